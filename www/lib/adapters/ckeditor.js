// CKEditor 5: the analyzer as a CKEditor plugin. Nothing goes through the
// model — no markers, no attributes — so editor.getData() and the undo
// stack are exactly what they would be without it. The marks are painted
// over the editing view's DOM with the CSS Custom Highlight API; the text is
// read from that DOM, leaving out what CKEditor renders for itself (filler
// <br>s, the inline filler next to the caret, widget UI).
//
// The plugin is a plain class, so this file does not import 'ckeditor5'.
import { attach, domSource } from '../attach.js';

const INLINE_FILLER = /\u2060/g;
const UI = ['ck-widget__type-around', 'ck-widget__resizer', 'ck-clipboard-drop-target-position', 'ck-fake-selection-container'];

function own(el) {
  if (el.nodeName === 'BR' && el.hasAttribute('data-cke-filler')) return true;
  if (el.hasAttribute('data-cke-ignore-events')) return true;
  for (const c of UI) if (el.classList.contains(c)) return true;
  return false;
}

/** A source over a ready CKEditor 5 editor (its main root), for attach(). */
export function ckeditorSource(editor, rootName = 'main') {
  const root = editor.editing.view.getDomRoot(rootName);
  if (!root) throw new Error('article-analyzer: the CKEditor editable is not rendered yet (attach once the editor is ready)');
  return domSource(root, {
    kind: 'ckeditor',
    skip: own,
    drop: INLINE_FILLER,
    // Every change of the document (typing, paste, undo, redo, setData) is a model change.
    changes(change) {
      const doc = editor.model.document;
      const fn = () => change();
      doc.on('change:data', fn);
      return () => doc.off('change:data', fn);
    },
    select(range) {
      // Through the view, so the model selection follows; never a model write.
      const view = editor.editing.view;
      try {
        const viewRange = view.domConverter.domRangeToView(range);
        if (viewRange) {
          const modelRange = editor.editing.mapper.toModelRange(viewRange);
          editor.model.change((writer) => writer.setSelection(modelRange));
          view.focus();
          view.scrollToTheSelection();
          return;
        }
      } catch { /* fall back to the DOM selection */ }
      root.focus();
      const sel = root.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    },
  });
}

/** Attach to a ready CKEditor 5 editor; returns the controller. */
export function attachCKEditor(editor, options = {}) {
  return attach(ckeditorSource(editor, options.rootName), options);
}

/**
 * The plugin: `plugins: [ ..., ArticleAnalyzer ]`, options under
 * `articleAnalyzer: { panel, lang, … }`. The controller is
 * `editor.plugins.get('ArticleAnalyzer').controller`.
 */
export class ArticleAnalyzer {
  static get pluginName() { return 'ArticleAnalyzer'; }
  static get isOfficialPlugin() { return false; }
  static get isPremiumPlugin() { return false; }

  constructor(editor) {
    this.editor = editor;
    this.controller = null;
  }

  init() {
    this.editor.on('ready', () => {
      this.controller = attachCKEditor(this.editor, this.editor.config.get('articleAnalyzer') || {});
      this.editor.fire('articleAnalyzer:ready', this.controller);
    });
  }

  destroy() {
    this.controller?.detach();
    this.controller = null;
  }
}
