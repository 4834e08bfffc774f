// Drawing marks over an editor that is not ours. The editor's DOM is never
// touched: with the CSS Custom Highlight API the browser paints the ranges
// in place (and they follow scrolling and reflow by themselves); without it,
// absolutely positioned boxes are drawn in one container beside the editor,
// clipped to it, and redrawn when it scrolls or resizes.
//
// Only the marks near what is on screen are drawn (a screen's height above
// and below), and the band moves when the editor scrolls: the browser checks
// every highlighted range whenever the text changes, so thousands of ranges
// on a long article would cost every keystroke several milliseconds.
//
// Highlight names are per document, and a page may attach several editors:
// every painter adds its ranges to one shared Highlight per name and removes
// exactly its own, so editors never erase each other's marks. The marks
// themselves come from marks.js (marksFor / drawHighlights), as on the page.
import { drawHighlights } from './marks.js';
import { position, rangeFor, staticRangeFor } from './textmap.js';
import { align } from './mirror.js';

const shared = new WeakMap(); // Document → Map<name, Highlight>

function pool(doc) {
  let m = shared.get(doc);
  if (!m) shared.set(doc, (m = new Map()));
  return m;
}

/** The viewport rectangle of the character at `offset`, or null. */
function rectAt(map, offset, doc) {
  const p = position(map, offset, false);
  if (!p || p[0].nodeType !== 3) return null;
  const [node, o] = p;
  const len = node.data.length;
  if (!len) return null;
  const r = doc.createRange();
  const a = Math.min(o, len - 1);
  r.setStart(node, a);
  r.setEnd(node, a + 1);
  const rect = r.getBoundingClientRect();
  return rect.width || rect.height ? rect : null;
}

/** The first text offset whose line ends below `y` (offsets run down the page). */
function offsetAtY(map, y, doc) {
  let lo = 0;
  let hi = map.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let rect = rectAt(map, mid, doc);
    // A line break the structure implies has no box: look at the next character.
    for (let k = 1; !rect && k < 4 && mid + k < map.text.length; k += 1) rect = rectAt(map, mid + k, doc);
    if (rect && rect.bottom < y) lo = mid + 1; else hi = mid;
  }
  return lo;
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
  let band = null;  // [from, to): the text offsets drawn, or null for all
  let trimmed = false; // edited since the last paint

  /** What is on screen, as [top, bottom] in the viewport of the ranges' window, or null. */
  function screen() {
    const h = win.innerHeight;
    if (frame) return h > 0 ? [0, h] : null;
    const r = clip.getBoundingClientRect();
    const top = Math.max(0, r.top);
    const bottom = Math.min(h, r.bottom);
    return bottom > top ? [top, bottom] : null;
  }

  /** The offsets on screen, widened by a screen's height each way; null: draw everything. */
  function bandFor(map, margin = 1) {
    const s = screen();
    if (!s || map.text.length < 20000) return null;
    const h = (s[1] - s[0]) * margin;
    return [offsetAtY(map, s[0] - h, doc), Math.min(map.text.length, offsetAtY(map, s[1] + h, doc) + 1)];
  }

  function inBand(m) {
    return !band || (m.end > band[0] && m.start < band[1]);
  }

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
    // What makes it an overlay is set inline, so an editor's CSS reset (TinyMCE's .tox) cannot undo it.
    Object.assign(box.style, { position: 'absolute', margin: '0', padding: '0', border: '0', overflow: 'hidden', pointerEvents: 'none', zIndex: '1' });
    clip.after(box);
    return box;
  }

  function placeContainer() {
    const c = container();
    c.style.left = `${clip.offsetLeft}px`;
    c.style.top = `${clip.offsetTop}px`;
    c.style.width = `${clip.offsetWidth}px`;
    c.style.height = `${clip.offsetHeight}px`;
    align(c, clip);
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
      if ((hidden.has(m.kind) && m.layer !== 'check') || !inBand(m)) continue;
      const r = rangeFor(map, m.start, m.end, doc);
      if (!r) continue;
      const els = [];
      for (const rect of r.getClientRects()) {
        if (!rect.width && !rect.height) continue;
        const el = clip.ownerDocument.createElement('div');
        el.className = `aa-box aa-box-${m.layer} ${m.highlight}`;
        el.style.position = 'absolute';
        el.style.margin = '0';
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

  function drawRanges(marks, map, hidden) {
    drawHighlights(band ? marks.filter(inBand) : marks, (s, e) => {
      const r = staticRangeFor(map, s, e);
      if (r) spans.set(r, [s, e]);
      return r;
    }, hidden, registry(), variant);
  }

  return {
    mode: useHighlights ? 'highlights' : 'boxes',

    /** Draw `marks` (from marksFor) over the text map, leaving out hidden kinds. */
    paint(marks, map, hidden = new Set()) {
      this.clear();
      last = { marks, map, hidden };
      trimmed = false;
      band = bandFor(map);
      if (useHighlights) drawRanges(marks, map, hidden);
      else drawBoxes(marks, map, hidden);
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
      trimmed = true;
      // What is before the edit can still be redrawn when the editor scrolls.
      if (last) last = { ...last, marks: last.marks.filter((m) => m.end < offset) };
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

    /**
     * Call after scroll, resize or reflow: boxes are redrawn where the text
     * now is, and the band of drawn marks follows what is on screen.
     */
    relayout() {
      if (!last) return;
      if (useHighlights) {
        // While the text is being edited the band waits for the next report.
        if (!band || trimmed) return;
        const now = bandFor(last.map, 0);
        if (now && now[0] >= band[0] && now[1] <= band[1]) return;
        for (const e of entries) removeEntry(e);
        entries = [];
        band = bandFor(last.map);
        drawRanges(last.marks, last.map, last.hidden);
        return;
      }
      const { marks, map, hidden } = last;
      for (const e of entries) removeEntry(e);
      entries = [];
      band = bandFor(map);
      drawBoxes(marks, map, hidden);
    },

    clear() {
      for (const e of entries) removeEntry(e);
      entries = [];
      last = null;
      band = null;
      this.unfocus();
    },

    /** The marks drawn now (in the band, not hidden), and the text map they are drawn over. */
    get marks() {
      if (!last) return [];
      return last.marks.filter((m) => inBand(m) && !(last.hidden.has(m.kind) && m.layer !== 'check'));
    },
    get map() { return last ? last.map : null; },

    /** The text offsets drawn, [from, to), or null when all are. */
    get band() { return band ? band.slice() : null; },

    /** How many ranges (or boxes) are drawn: for tests and debugging. */
    get size() { return entries.length; },

    destroy() {
      this.clear();
      if (box) box.remove();
      box = null;
    },
  };
}
