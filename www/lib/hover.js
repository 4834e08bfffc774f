// Tooltips for marks drawn over an editor that is not ours: hovering a
// highlighted figure shows what it was read as and what its checks found.
// The mark under the pointer is found by geometry (the marks' own rectangles),
// not by asking the editor where its caret would go, so it works the same over
// a textarea's mirror, inside TinyMCE's iframe, over CKEditor's view and on the
// page's own editor. The tooltip is one element in the host page, filled with
// text nodes only.
import { rangeFor } from './textmap.js';
import { innermostFirst } from './marks.js';

/**
 * createHover({ source, marks: () => the marks drawn, map: () => their text map })
 * → { show(hits, x, y), hide(), destroy() }. Listens on the editor's element
 * for pointer moves. `element`: a tooltip element of the page's to fill
 * (one is made otherwise); `describes`: an element whose aria-describedby
 * names the tooltip while it shows (the tooltip then needs an id).
 */
export function createHover({ source, marks, map, element: given = null, describes = null }) {
  const hostDoc = source.clip.ownerDocument;
  const target = source.root;
  let tip = null;
  let frameReq = 0;
  let last = null;

  function element() {
    if (tip && tip.isConnected) return tip;
    tip = given || hostDoc.createElement('div');
    tip.classList.add('aa-tooltip');
    tip.setAttribute('role', 'tooltip');
    Object.assign(tip.style, { position: 'fixed', zIndex: '2147483000', pointerEvents: 'none', whiteSpace: 'pre-line', margin: '0' });
    if (!given) {
      tip.dataset.aaOverlay = '';
      tip.hidden = true;
      hostDoc.body.append(tip);
    }
    return tip;
  }

  function hide() {
    last = null;
    if (!tip || tip.hidden) return;
    tip.hidden = true;
    describes?.removeAttribute('aria-describedby');
  }

  function at(x, y) {
    const m = map();
    if (!m) return [];
    const hits = [];
    for (const mk of marks()) {
      const r = rangeFor(m, mk.start, mk.end, source.doc);
      if (!r) continue;
      for (const rect of r.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) { hits.push(mk); break; }
      }
    }
    return hits.sort(innermostFirst);
  }

  function pointer(ev) {
    // Pointer coordinates are in the event's window; the marks' rectangles in the source's.
    let x = ev.clientX;
    let y = ev.clientY;
    if (ev.view && ev.view !== source.win) { hide(); return; }
    const hits = at(x, y);
    if (!hits.length) { hide(); return; }
    if (source.frame) {
      const f = source.frame.getBoundingClientRect();
      x += f.left + source.frame.clientLeft;
      y += f.top + source.frame.clientTop;
    }
    show(hits, x, y);
  }

  /** Show the tooltip of these marks (innermost first) at a point of the host page's viewport. */
  function show(hits, x, y) {
    if (!hits.length) { hide(); return; }
    const key = hits.map((h) => h.id + h.layer).join(' ');
    const t = element();
    if (key !== last) {
      const lines = [];
      for (const h of hits) for (const l of h.tooltip) if (!lines.includes(l)) lines.push(l);
      t.textContent = lines.join('\n');
      last = key;
    }
    t.hidden = false;
    if (describes && t.id) describes.setAttribute('aria-describedby', t.id);
    const w = t.offsetWidth;
    const h = t.offsetHeight;
    const vw = hostDoc.defaultView.innerWidth;
    const vh = hostDoc.defaultView.innerHeight;
    t.style.left = `${Math.max(4, Math.min(vw - w - 4, x + 8))}px`;
    t.style.top = `${y + 20 + h > vh ? y - h - 8 : y + 20}px`;
  }

  const move = (ev) => {
    cancelAnimationFrame(frameReq);
    frameReq = requestAnimationFrame(() => pointer(ev));
  };
  const leave = () => { cancelAnimationFrame(frameReq); hide(); };
  target.addEventListener('mousemove', move, { passive: true });
  target.addEventListener('mouseleave', leave);
  target.addEventListener('keydown', leave);

  return {
    show,
    hide,
    destroy() {
      cancelAnimationFrame(frameReq);
      target.removeEventListener('mousemove', move, { passive: true });
      target.removeEventListener('mouseleave', leave);
      target.removeEventListener('keydown', leave);
      hide();
      if (!given) tip?.remove();
      tip = null;
    },
  };
}
