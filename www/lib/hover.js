// Tooltips for marks drawn over an editor that is not ours: hovering a
// highlighted figure shows what it was read as and what its checks found.
// The mark under the pointer is found by geometry (the marks' own rectangles),
// not by asking the editor where its caret would go, so it works the same over
// a textarea's mirror, inside TinyMCE's iframe and over CKEditor's view. The
// tooltip is one element in the host page, filled with text nodes only.
import { rangeFor } from './textmap.js';

const ORDER = { check: 0, figure: 1, entity: 2 };

/**
 * createHover({ source, marks: () => the marks drawn, map: () => their text map })
 * → { hide(), destroy() }. Listens on the editor's element for pointer moves.
 */
export function createHover({ source, marks, map }) {
  const hostDoc = source.clip.ownerDocument;
  const target = source.root;
  let tip = null;
  let frameReq = 0;
  let last = null;

  function element() {
    if (tip && tip.isConnected) return tip;
    tip = hostDoc.createElement('div');
    tip.className = 'aa-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.dataset.aaOverlay = '';
    Object.assign(tip.style, { position: 'fixed', zIndex: '2147483000', pointerEvents: 'none', whiteSpace: 'pre-line', margin: '0' });
    tip.hidden = true;
    hostDoc.body.append(tip);
    return tip;
  }

  function hide() {
    if (tip) tip.hidden = true;
    last = null;
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
    return hits.sort((a, c) => ORDER[a.layer] - ORDER[c.layer]);
  }

  function show(ev) {
    // Pointer coordinates are in the event's window; the marks' rectangles in the source's.
    let x = ev.clientX;
    let y = ev.clientY;
    if (ev.view && ev.view !== source.win) { hide(); return; }
    const hits = at(x, y);
    if (!hits.length) { hide(); return; }
    const key = hits.map((h) => h.id + h.layer).join(' ');
    if (source.frame) {
      const f = source.frame.getBoundingClientRect();
      x += f.left + source.frame.clientLeft;
      y += f.top + source.frame.clientTop;
    }
    const t = element();
    if (key !== last) {
      const lines = [];
      for (const h of hits) for (const l of h.tooltip) if (!lines.includes(l)) lines.push(l);
      t.textContent = lines.join('\n');
      last = key;
    }
    t.hidden = false;
    const w = t.offsetWidth;
    const h = t.offsetHeight;
    const vw = hostDoc.defaultView.innerWidth;
    const vh = hostDoc.defaultView.innerHeight;
    t.style.left = `${Math.max(4, Math.min(vw - w - 4, x + 8))}px`;
    t.style.top = `${y + 20 + h > vh ? y - h - 8 : y + 20}px`;
  }

  const move = (ev) => {
    cancelAnimationFrame(frameReq);
    frameReq = requestAnimationFrame(() => show(ev));
  };
  const leave = () => { cancelAnimationFrame(frameReq); hide(); };
  target.addEventListener('mousemove', move, { passive: true });
  target.addEventListener('mouseleave', leave);
  target.addEventListener('keydown', leave);

  return {
    hide,
    destroy() {
      cancelAnimationFrame(frameReq);
      target.removeEventListener('mousemove', move, { passive: true });
      target.removeEventListener('mouseleave', leave);
      target.removeEventListener('keydown', leave);
      tip?.remove();
      tip = null;
    },
  };
}
