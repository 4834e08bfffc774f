// Offsets between an editable element's DOM and the plain text the analyzer
// sees. Text nodes contribute their characters, <br> a line break, and block
// elements (the <div>/<p> some editors wrap lines in) a line break between
// them — so a highlight at [start, end) of the text lands on exactly those
// characters in the DOM.

const BLOCK = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'UL', 'OL', 'TABLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// Table cells are read one per line, so "12" and "3" in two cells never read as "123".
const CELL = new Set(['TD', 'TH', 'DT', 'DD', 'FIGURE', 'ADDRESS', 'MAIN', 'NAV', 'ASIDE']);
// Things with no text of their own (an image, a rule) read as a space between the words around them.
const ATOM = new Set(['IMG', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'INPUT', 'SELECT', 'CANVAS', 'HR', 'MATH']);

/**
 * Read `root` into { text, pieces }, where each piece is { node, start, length }
 * (node is a Text node, or null for a line break the structure implies), plus
 * `at`, where the piece starts inside its node, when that is not 0.
 *
 * Editors keep things in their DOM that are not the author's text: `skip(el)`
 * leaves such elements out (a caret placeholder, a filler <br>), and `drop`, a
 * global RegExp, leaves out characters such as the zero-width fillers editors
 * put next to the caret; the text nodes around them map piece by piece.
 */
export function readText(root, { blockBreaks = true, skip = null, drop = null } = {}) {
  const pieces = [];
  let text = '';
  // The last character, kept aside: asking the growing string for it would
  // flatten it on every block, which is quadratic on a long article.
  let last = '';
  const add = (node, s, at = 0) => {
    const p = { node, start: text.length, length: s.length };
    if (at) p.at = at;
    pieces.push(p);
    text += s;
    last = s[s.length - 1];
  };
  const addText = (n) => {
    const data = n.data;
    if (!drop) { add(n, data); return; }
    drop.lastIndex = 0;
    let from = 0;
    for (let m = drop.exec(data); m; m = drop.exec(data)) {
      if (m.index > from) add(n, data.slice(from, m.index), from);
      from = m.index + m[0].length;
      if (!m[0].length) drop.lastIndex += 1;
    }
    if (from < data.length) add(n, from ? data.slice(from) : data, from);
  };
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (n.data) addText(n);
      } else if (n.nodeType === 1) {
        const tag = n.nodeName;
        if (SKIP.has(tag) || n.getAttribute?.('data-aa-skip') != null || (skip && skip(n))) continue;
        if (tag === 'BR') { add(null, '\n'); continue; }
        if (ATOM.has(tag.toUpperCase())) { if (text.length && !/\s/.test(last)) add(null, ' '); continue; }
        const block = blockBreaks && (BLOCK.has(tag) || CELL.has(tag));
        if (block && text.length && last !== '\n') add(null, '\n');
        walk(n);
        if (block && n.nextSibling && last !== '\n') add(null, '\n');
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
  return [p.node, (p.at || 0) + Math.max(0, Math.min(p.length, offset - p.start))];
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
  let last = null;
  for (const p of map.pieces) {
    if (p.node !== node) continue;
    const at = p.at || 0;
    if (offset <= at + p.length) return p.start + Math.max(0, offset - at);
    last = p;
  }
  if (last) return last.start + last.length;
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

/**
 * Read a contenteditable the way its lines are laid out, for the page's own
 * editor (and any editable whose text must round-trip exactly). Unlike
 * `readText`, every block boundary is exactly one line break, and a <br>
 * that ends its line is not a second one: `<div>A</div><div><br></div>`
 * is "A\n" — an empty line after A, which is what the browser shows and
 * what its editing commands (insertText, insertParagraph) build from "A\n".
 * Same { text, pieces } shape as `readText`; each piece also has an
 * `anchor` node (the node it stands for, or for a line break the first node
 * of the line it opens), used by `offsetAt`.
 */
export function readLines(root) {
  const pieces = [];
  let text = '';
  let open = false;   // is a line open (has content or a <br> started it)?
  let lines = 0;      // lines opened so far
  const begin = (anchor) => {
    if (open) return;
    // Each line starts with a piece anchored on its first node: a line break,
    // or for the first line an empty piece, so a point before it maps to 0.
    pieces.push({ node: null, anchor, start: text.length, length: lines > 0 ? 1 : 0 });
    if (lines > 0) text += '\n';
    lines += 1;
    open = true;
  };
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!n.data) continue;
        begin(n);
        pieces.push({ node: n, anchor: n, start: text.length, length: n.data.length });
        text += n.data;
      } else if (n.nodeType === 1) {
        const tag = n.nodeName;
        if (SKIP.has(tag) || n.getAttribute?.('data-aa-skip') != null) continue;
        if (tag === 'BR') { begin(n); open = false; continue; }
        const block = BLOCK.has(tag);
        if (block) open = false;
        walk(n);
        if (block) open = false;
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/**
 * The text offset of any DOM boundary point (container, offset) inside the
 * root a `readLines`/`readText` map was read from: a point inside a text node
 * maps to its character, a point between elements to the start of whatever
 * text follows it (or the end of the text). Works for selections made with
 * select-all, triple-click or the keyboard, which often end on elements.
 */
export function offsetAt(map, container, offset) {
  const ps = map.pieces;
  if (container && container.nodeType === 3) {
    for (const p of ps) if (p.node === container) return p.start + Math.min(offset, p.length);
  }
  const doc = container?.ownerDocument || globalThis.document;
  if (!doc || !container) return -1;
  const point = doc.createRange();
  try { point.setStart(container, offset); } catch { return -1; }
  // The first piece whose node lies at or after the point (pieces are in document order).
  const after = (p) => {
    const node = p.anchor || p.node;
    if (!node) return false;
    try { return point.comparePoint(node, 0) >= 0; } catch { return false; }
  };
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(ps[mid])) hi = mid; else lo = mid + 1;
  }
  if (lo >= ps.length) return map.text.length;
  const p = ps[lo];
  // A point before a line break's line is at the start of that line.
  return p.node ? p.start : p.start + p.length;
}

/** Build the DOM `readLines` reads back as exactly `text`: one block per line. */
export function writeLines(root, text, doc = root.ownerDocument) {
  const frag = doc.createDocumentFragment();
  if (text.length) {
    for (const line of text.split('\n')) {
      const div = doc.createElement('div');
      if (line) div.append(doc.createTextNode(line)); else div.append(doc.createElement('br'));
      frag.append(div);
    }
  }
  root.replaceChildren(frag);
}
