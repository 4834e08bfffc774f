// Drawing marks over an editor that is not ours. The editor's DOM is never
// touched: with the CSS Custom Highlight API the browser paints the ranges
// in place (and they follow scrolling and reflow by themselves); without it,
// absolutely positioned boxes are drawn in one container beside the editor,
// clipped to it, and redrawn when it scrolls or resizes.
//
// Highlight names are per document, and a page may attach several editors:
// every painter adds its ranges to one shared Highlight per name and removes
// exactly its own, so editors never erase each other's marks. The marks
// themselves come from marks.js (marksFor / drawHighlights), as on the page.
import { drawHighlights } from './marks.js';
import { rangeFor, staticRangeFor } from './textmap.js';

const shared = new WeakMap(); // Document → Map<name, Highlight>

function pool(doc) {
  let m = shared.get(doc);
  if (!m) shared.set(doc, (m = new Map()));
  return m;
}

/** Whether a window can paint CSS Custom Highlights. */
export function canHighlight(win) {
  return !!(win && win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

/**
 * Make sure `doc` has the highlight styles: a <link> to highlights.css (a
 * file, so pages with a strict style-src keep working). Returns a function
 * removing what was added, or a no-op if it was there already.
 */
export function ensureStyles(doc, href = new URL('./highlights.css', import.meta.url).href) {
  const existing = [...doc.querySelectorAll('link[data-aa-styles]')].find((l) => l.href === href);
  if (existing) {
    existing.dataset.aaUsers = String(Number(existing.dataset.aaUsers || '1') + 1);
    return () => release(existing);
  }
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.aaStyles = '';
  link.dataset.aaUsers = '1';
  (doc.head || doc.documentElement).append(link);
  return () => release(link);
}

function release(link) {
  const n = Number(link.dataset.aaUsers || '1') - 1;
  if (n <= 0) link.remove(); else link.dataset.aaUsers = String(n);
}

/**
 * A painter for one editor.
 *   doc, win   where the editor's ranges live (an iframe's, for TinyMCE)
 *   mode       'highlights' | 'boxes' | 'auto'
 *   variant    prefix of the highlight names: '' paints in place, 'aa-over-'
 *              paints translucent marks in a mirror laid over a <textarea>
 *   clip       the element the boxes are clipped to (the editor, its iframe, the mirror)
 *   host       the document the boxes container goes in (the clip element's)
 */
export function createPainter({ doc, win = doc.defaultView, mode = 'auto', variant = '', clip, frame = null }) {
  const useHighlights = mode === 'highlights' || (mode === 'auto' && canHighlight(win));
  let entries = []; // { start, end, name, range } for highlights, { start, end, els } for boxes
  let focused = [];
  let box = null;   // the boxes container
  let last = null;  // { marks, map, hidden } for relayout

  function registry() {
    const names = pool(doc);
    return {
      set(name, h) {
        let target = names.get(name);
        if (!target) {
          target = new win.Highlight();
          target.priority = h.priority;
          names.set(name, target);
          win.CSS.highlights.set(name, target);
        }
        for (const r of h) {
          target.add(r);
          const at = spans.get(r);
          entries.push({ start: at ? at[0] : 0, end: at ? at[1] : Infinity, name, range: r });
        }
      },
    };
  }
  const spans = new WeakMap();

  function removeEntry(e) {
    if (e.els) { for (const el of e.els) el.remove(); return; }
    const names = pool(doc);
    const h = names.get(e.name);
    if (!h) return;
    h.delete(e.range);
    if (h.size === 0) {
      names.delete(e.name);
      if (win.CSS.highlights.get(e.name) === h) win.CSS.highlights.delete(e.name);
    }
  }

  function container() {
    if (box && box.isConnected) return box;
    const hostDoc = clip.ownerDocument;
    box = hostDoc.createElement('div');
    box.className = 'aa-boxes';
    box.setAttribute('aria-hidden', 'true');
    box.dataset.aaOverlay = '';
    clip.after(box);
    return box;
  }

  function placeContainer() {
    const c = container();
    c.style.left = `${clip.offsetLeft}px`;
    c.style.top = `${clip.offsetTop}px`;
    c.style.width = `${clip.offsetWidth}px`;
    c.style.height = `${clip.offsetHeight}px`;
    return c;
  }

  function drawBoxes(marks, map, hidden) {
    const c = placeContainer();
    const outer = clip.getBoundingClientRect();
    // Ranges inside an iframe measure from the frame's viewport.
    const ox = frame ? frame.clientLeft : -outer.left;
    const oy = frame ? frame.clientTop : -outer.top;
    const frag = clip.ownerDocument.createDocumentFragment();
    for (const m of marks) {
      if (hidden.has(m.kind) && m.layer !== 'check') continue;
      const r = rangeFor(map, m.start, m.end, doc);
      if (!r) continue;
      const els = [];
      for (const rect of r.getClientRects()) {
        if (!rect.width && !rect.height) continue;
        const el = clip.ownerDocument.createElement('div');
        el.className = `aa-box aa-box-${m.layer} ${m.highlight}`;
        el.style.left = `${rect.left + ox}px`;
        el.style.top = `${rect.top + oy}px`;
        el.style.width = `${rect.width}px`;
        el.style.height = `${rect.height}px`;
        frag.append(el);
        els.push(el);
      }
      entries.push({ start: m.start, end: m.end, els });
    }
    c.append(frag);
  }

  return {
    mode: useHighlights ? 'highlights' : 'boxes',

    /** Draw `marks` (from marksFor) over the text map, leaving out hidden kinds. */
    paint(marks, map, hidden = new Set()) {
      this.clear();
      last = { marks, map, hidden };
      if (useHighlights) {
        drawHighlights(marks, (s, e) => {
          const r = staticRangeFor(map, s, e);
          if (r) spans.set(r, [s, e]);
          return r;
        }, hidden, registry(), variant);
      } else {
        drawBoxes(marks, map, hidden);
      }
    },

    /**
     * The text changed at `offset`: drop the marks from there on (what is
     * before an edit has not moved), or all of them when it is not known.
     */
    trim(offset) {
      if (!(offset >= 0)) { this.clear(); return; }
      const keep = [];
      for (const e of entries) {
        if (e.end < offset) keep.push(e); else removeEntry(e);
      }
      entries = keep;
      last = null;
      this.unfocus();
    },

    /** Emphasize these text ranges (a panel selection). */
    focus(ranges, map) {
      this.unfocus();
      if (!useHighlights) return;
      const rs = ranges.map((r) => staticRangeFor(map, r.start, r.end)).filter(Boolean);
      const name = `${variant}aa-focus`;
      const names = pool(doc);
      let h = names.get(name);
      if (!h) {
        h = new win.Highlight();
        h.priority = 3;
        names.set(name, h);
        win.CSS.highlights.set(name, h);
      }
      for (const r of rs) { h.add(r); focused.push({ name, range: r }); }
    },

    unfocus() {
      for (const e of focused) removeEntry(e);
      focused = [];
    },

    /** Boxes follow layout: call after scroll, resize or reflow. */
    relayout() {
      if (useHighlights || !last) return;
      const { marks, map, hidden } = last;
      for (const e of entries) removeEntry(e);
      entries = [];
      drawBoxes(marks, map, hidden);
    },

    clear() {
      for (const e of entries) removeEntry(e);
      entries = [];
      last = null;
      this.unfocus();
    },

    /** How many ranges (or boxes) are drawn: for tests and debugging. */
    get size() { return entries.length; },

    destroy() {
      this.clear();
      if (box) box.remove();
      box = null;
    },
  };
}
