// Offsets between an editable element's DOM and the plain text the analyzer
// sees. Text nodes contribute their characters, <br> a line break, and block
// elements (the <div>/<p> some editors wrap lines in) a line break between
// them — so a highlight at [start, end) of the text lands on exactly those
// characters in the DOM.

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Read `root` into { text, pieces }, where each piece is { node, start, length }
 * (node is a Text node, or null for a line break the structure implies).
 */
export function readText(root, { blockBreaks = true } = {}) {
  const pieces = [];
  let text = '';
  const add = (node, s) => {
    pieces.push({ node, start: text.length, length: s.length });
    text += s;
  };
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (n.data) add(n, n.data);
      } else if (n.nodeType === 1) {
        const tag = n.nodeName;
        if (SKIP.has(tag) || n.getAttribute?.('data-aa-skip') != null) continue;
        if (tag === 'BR') { add(null, '\n'); continue; }
        const block = blockBreaks && BLOCK.has(tag);
        if (block && text.length && !text.endsWith('\n')) add(null, '\n');
        walk(n);
        if (block && n.nextSibling && !text.endsWith('\n')) add(null, '\n');
      }
    }
  };
  walk(root);
  return { text, pieces };
}

function pieceAt(map, offset, preferEnd) {
  const ps = map.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  // An end offset at a piece boundary belongs to the piece before.
  if (preferEnd && lo > 0 && ps[lo].start === offset) lo -= 1;
  return ps[lo];
}

/** A DOM position for a text offset: [node, offset]. */
export function position(map, offset, preferEnd = false) {
  let p = pieceAt(map, offset, preferEnd);
  if (!p) return null;
  // Line breaks the structure implies have no text node: use the next text node.
  if (!p.node) {
    const i = map.pieces.indexOf(p);
    const next = map.pieces.slice(i + 1).find((q) => q.node);
    const prev = map.pieces.slice(0, i).reverse().find((q) => q.node);
    if (preferEnd && prev) return [prev.node, prev.length];
    if (next) return [next.node, 0];
    if (prev) return [prev.node, prev.length];
    return null;
  }
  return [p.node, Math.max(0, Math.min(p.length, offset - p.start))];
}

/**
 * A StaticRange over text offsets [start, end), or null. Highlights use
 * static ranges: live ones would all be updated on every keystroke, which on
 * a long article costs more than the keystroke itself.
 */
export function staticRangeFor(map, start, end) {
  const a = position(map, start, false);
  const b = position(map, end, true);
  if (!a || !b) return null;
  try {
    return new StaticRange({ startContainer: a[0], startOffset: a[1], endContainer: b[0], endOffset: b[1] });
  } catch {
    return null;
  }
}

/** A (live) Range over text offsets [start, end), or null: for selections. */
export function rangeFor(map, start, end, doc = document) {
  const a = position(map, start, false);
  const b = position(map, end, true);
  if (!a || !b) return null;
  const r = doc.createRange();
  try {
    r.setStart(a[0], a[1]);
    r.setEnd(b[0], b[1]);
  } catch {
    return null;
  }
  return r;
}

/** The text offset of a DOM position inside the mapped root. */
export function offsetOf(map, node, offset) {
  for (const p of map.pieces) {
    if (p.node === node) return p.start + Math.min(offset, p.length);
  }
  // An element position: count the pieces before the child at `offset`.
  if (node && node.childNodes) {
    const child = node.childNodes[offset];
    if (child) {
      for (const p of map.pieces) {
        if (p.node && (child === p.node || child.contains?.(p.node))) return p.start;
      }
    }
  }
  return -1;
}
