// TinyMCE 8, self-hosted from npm (served under /vendor/tinymce/), with the
// analyzer as its plugin 'articleanalyzer'.
import { registerTinyMCEPlugin } from '../article-analyzer.js';
import { analyzerOn, overlay, setup } from './common.js';

const tinymce = window.tinymce;
registerTinyMCEPlugin(tinymce);

const ready = new Promise((resolve) => {
  tinymce.init({
    selector: '#editor',
    license_key: 'gpl',
    base_url: new URL('../vendor/tinymce', import.meta.url).href,
    suffix: '.min',
    plugins: analyzerOn ? 'lists articleanalyzer' : 'lists',
    articleanalyzer: { panel: '#panel', overlay },
    toolbar: 'undo redo | bold italic | bullist numlist',
    menubar: false,
    promotion: false,
    branding: false,
    height: 460,
    setup(editor) {
      if (analyzerOn) editor.on('ArticleAnalyzerReady', (ev) => resolve({ editor, controller: ev.controller }));
      else editor.on('init', () => resolve({ editor }));
    },
  });
});

ready.then(({ editor, controller }) => {
  window.__editor = editor;
  setup(() => controller, () => editor.getContent());
});
