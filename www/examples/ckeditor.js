// CKEditor 5 (v48), self-hosted from npm through its browser build (served
// under /vendor/ckeditor5/), with the analyzer as a plugin.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List, Heading, Clipboard } from '../vendor/ckeditor5/dist/browser/ckeditor5.js';
import { ArticleAnalyzer } from '../article-analyzer.js';
import { analyzerOn, overlay, setup } from './common.js';

const plugins = [Essentials, Paragraph, Bold, Italic, List, Heading, Clipboard];
if (analyzerOn) plugins.push(ArticleAnalyzer);

const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins,
  toolbar: ['undo', 'redo', '|', 'heading', 'bold', 'italic', 'bulletedList', 'numberedList'],
  articleAnalyzer: { panel: '#panel', overlay },
});
window.__editor = editor;
setup(() => editor.plugins.get('ArticleAnalyzer').controller, () => editor.getData());
