// A <textarea> cannot show highlights: its text is not in the DOM. The mirror
// is a transparent copy of its text, laid out exactly like it (same font,
// padding, wrapping, width, scroll position) and laid over it with
// pointer-events off, so marks drawn on the mirror's text sit on the
// textarea's characters. It is a sibling of the textarea (absolutely
// positioned), so it scrolls with whatever scrolls the textarea; it is
// re-measured when the textarea scrolls, resizes, is focused or hovered, and
// before every analysis. The textarea itself, its value and its attributes
// are never touched.

const COPIED = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'tabSize', 'direction', 'writingMode', 'whiteSpace', 'overflowWrap', 'wordBreak',
  'hyphens', 'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'textRendering'];

/**
 * Offsets are relative to the offset parent, which is not always the overlay's
 * containing block (a transformed ancestor, a table cell): measure, and move
 * the overlay by what is left.
 */
export function align(overlay, target) {
  const a = target.getBoundingClientRect();
  const c = overlay.getBoundingClientRect();
  const dx = a.left - c.left;
  const dy = a.top - c.top;
  if (Math.abs(dx) > 0.5) overlay.style.left = `${parseFloat(overlay.style.left || '0') + dx}px`;
  if (Math.abs(dy) > 0.5) overlay.style.top = `${parseFloat(overlay.style.top || '0') + dy}px`;
}

export function createMirror(textarea) {
  const doc = textarea.ownerDocument;
  const win = doc.defaultView;
  const el = doc.createElement('div');
  el.className = 'aa-mirror';
  el.setAttribute('aria-hidden', 'true');
  el.dataset.aaOverlay = '';
  Object.assign(el.style, { position: 'absolute', margin: '0', pointerEvents: 'none', overflow: 'hidden', color: 'transparent', background: 'transparent', zIndex: '1' });
  textarea.after(el);
  let value = null;
  let pieces = [];
  let styleKey = '';

  // Restyling the mirror re-lays out all its text: do it only when something changed.
  function sync() {
    const cs = win.getComputedStyle(textarea);
    const key = [...COPIED.map((p) => cs[p]), textarea.offsetLeft, textarea.offsetTop, textarea.offsetWidth,
      textarea.offsetHeight, textarea.clientWidth, textarea.clientHeight].join('|');
    if (key === styleKey) { scroll(); return; }
    styleKey = key;
    const st = el.style;
    for (const p of COPIED) st[p] = cs[p];
    st.borderStyle = 'solid';
    st.borderColor = 'transparent';
    // The textarea's scroll bar narrows its text: widen the right padding to match.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const bar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - bl - br);
    st.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + bar}px`;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    const bb = parseFloat(cs.borderBottomWidth) || 0;
    const hbar = Math.max(0, textarea.offsetHeight - textarea.clientHeight - bt - bb);
    st.paddingBottom = `${(parseFloat(cs.paddingBottom) || 0) + hbar}px`;
    st.boxSizing = 'border-box';
    st.left = `${textarea.offsetLeft}px`;
    st.top = `${textarea.offsetTop}px`;
    st.width = `${textarea.offsetWidth}px`;
    st.height = `${textarea.offsetHeight}px`;
    // Same stacking level as the textarea, and later in the page: drawn just above it.
    st.zIndex = cs.zIndex === 'auto' ? '1' : cs.zIndex;
    if (cs.whiteSpace === 'normal') st.whiteSpace = 'pre-wrap';
    align(el, textarea);
    scroll();
  }

  function scroll() {
    el.scrollTop = textarea.scrollTop;
    el.scrollLeft = textarea.scrollLeft;
  }

  return {
    element: el,
    /**
     * Copy the textarea's text and return a text map over it. Each line is a
     * block of its own ("line\n" lays out as the textarea lays it out), so
     * measuring a character never lays out the whole article.
     */
    read() {
      const v = textarea.value;
      if (v !== value) {
        value = v;
        pieces = [];
        const blocks = [];
        let start = 0;
        while (start < v.length) {
          const nl = v.indexOf('\n', start);
          const end = nl < 0 ? v.length : nl + 1;
          const block = doc.createElement('div');
          const node = doc.createTextNode(v.slice(start, end));
          block.append(node);
          blocks.push(block);
          pieces.push({ node, start, length: end - start });
          start = end;
        }
        el.replaceChildren(...blocks);
      }
      scroll();
      return { text: v, pieces };
    },
    sync,
    scroll,
    destroy() { el.remove(); },
  };
}
