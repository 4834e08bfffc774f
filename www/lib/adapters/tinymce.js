// TinyMCE: the analyzer as a TinyMCE plugin. TinyMCE edits in an iframe, so
// the marks are painted in the iframe's document (its own CSS.highlights, and
// highlights.css linked into its <head>, which getContent() never serializes)
// and the text is read from its <body>, leaving out what TinyMCE keeps there
// for itself: bogus elements (data-mce-bogus: the filler <br>, the caret
// container) and the zero-width characters it puts beside the caret.
import { attach, domSource } from '../attach.js';

const ZWNBSP = /\uFEFF/g;

function bogus(el) {
  const b = el.getAttribute('data-mce-bogus');
  if (b === 'all') return true;
  if (b !== null && el.nodeName === 'BR') return true;
  return el.getAttribute('data-mce-type') === 'bookmark';
}

/** A source over an initialized TinyMCE editor, for attach(). */
export function tinymceSource(editor) {
  const body = editor.getBody();
  if (!body) throw new Error('article-analyzer: the TinyMCE editor is not initialized yet (attach on its "init" event)');
  const frame = editor.iframeElement || null;
  return domSource(body, {
    kind: 'tinymce',
    frame: frame && frame.ownerDocument !== body.ownerDocument ? frame : null,
    // An inline editor's body is an element of the page itself.
    clip: frame && frame.ownerDocument !== body.ownerDocument ? frame : body,
    skip: bogus,
    drop: ZWNBSP,
    // TinyMCE changes content without input events too: undo, redo, commands, setContent.
    changes(change) {
      const events = 'Undo Redo SetContent ExecCommand PastePostProcess';
      const fn = (ev) => { if (!(ev && /^(mceFocus|SelectAll)$/i.test(ev.command || ''))) change(); };
      editor.on(events, fn);
      return () => editor.off(events, fn);
    },
    select(range) {
      editor.focus();
      editor.selection.setRng(range);
      editor.selection.scrollIntoView();
    },
  });
}

/** Attach to an initialized TinyMCE editor; returns the controller. */
export function attachTinyMCE(editor, options = {}) {
  return attach(tinymceSource(editor), options);
}

/**
 * Register the plugin 'articleanalyzer' with TinyMCE's PluginManager. Use it
 * with `plugins: 'articleanalyzer'` and options under `articleanalyzer: { panel, lang, … }`.
 * `defaults` apply to every editor. The controller is `editor.plugins.articleanalyzer.controller`.
 */
export function registerTinyMCEPlugin(tinymce, defaults = {}) {
  tinymce.PluginManager.add('articleanalyzer', (editor) => {
    editor.options.register('articleanalyzer', { processor: 'object', default: {} });
    let controller = null;
    editor.on('init', () => {
      controller = attachTinyMCE(editor, { ...defaults, ...editor.options.get('articleanalyzer') });
      editor.dispatch('ArticleAnalyzerReady', { controller });
    });
    editor.on('remove', () => { controller?.detach(); controller = null; });
    return {
      get controller() { return controller; },
      getMetadata: () => ({ name: 'article-analyzer', url: 'https://github.com/' }),
    };
  });
}
