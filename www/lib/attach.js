// attach(): the analyzer on an editor the page does not own — a <textarea>,
// a contenteditable element, or an editor adapter (TinyMCE, CKEditor 5).
//
// The editor is only ever read. Its text is mapped to the plain text the
// analyzer sees (textmap.js), analyzed off the main thread after a pause in
// typing (client.js), and the report is drawn over it (overlay.js, marks.js)
// and listed in the review panel (panel.js) — the same modules the page uses.
// Nothing is written into the editor, so what it saves is exactly what the
// author wrote; detach() removes every listener, overlay and highlight.
import { createAnalyzer, retryable, retryDelay } from './client.js';
import { readText, offsetOf, rangeFor } from './textmap.js';
import { checkKey, marksFor } from './marks.js';
import { createPainter, ensureStyles } from './overlay.js';
import { createMirror } from './mirror.js';
import { createHover } from './hover.js';
import { connectPanel } from './panel.js';
import { reportLang } from './i18n.js';

/** Listeners that are removed together. */
function listenerSet() {
  const offs = [];
  return {
    on(target, type, fn, opts) {
      target.addEventListener(type, fn, opts);
      offs.push(() => target.removeEventListener(type, fn, opts));
    },
    add(off) { offs.push(off); },
    clear() { while (offs.length) { try { offs.pop()(); } catch { /* already gone */ } } },
  };
}

// Edits whose place the selection does not tell: undo and redo change text
// anywhere, a drag and drop removes it from one place and puts it in another.
// Failed analyses in a row after which an embed stops retrying until the next edit.
const MAX_RETRIES = 5;

const ANYWHERE = /^(history|deleteByDrag|insertFromDrop)/;

/** Where the selection is about to change the text, as an offset in `map`. */
function editOffset(ev, map, win) {
  if (!map || ANYWHERE.test(ev.inputType || '')) return -1;
  let node = null;
  let off = 0;
  const tr = ev.getTargetRanges?.();
  if (tr && tr.length) {
    node = tr[0].startContainer;
    off = tr[0].startOffset;
  } else {
    const sel = win.getSelection?.();
    if (!sel || !sel.rangeCount) return -1;
    const r = sel.getRangeAt(0);
    node = r.startContainer;
    off = r.startOffset;
  }
  return offsetOf(map, node, off);
}

/**
 * A source for an element edited in place (contenteditable, or an editor's
 * editable root). `skip` and `drop` leave the editor's own non-text out of
 * the text (see textmap.js).
 */
export function domSource(root, { kind = 'contenteditable', frame = null, clip = frame || root, skip = null, drop = null, changes = null, select = null } = {}) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  return {
    kind, doc, win, root, frame, clip, variant: '',
    read: () => readText(root, { skip, drop }),
    listen({ edit, change, layout, mutate }, getMap) {
      const ls = listenerSet();
      ls.on(root, 'beforeinput', (ev) => edit(() => editOffset(ev, getMap(), win)), true);
      ls.on(root, 'input', () => change(), true);
      ls.on(root, 'scroll', layout, { passive: true });
      if (changes) ls.add(changes(change));
      // The DOM can change without an input event: a script sets the content, an
      // editor re-renders a paragraph. Read it again then (the text may be the same).
      if (mutate && typeof win.MutationObserver === 'function') {
        const mo = new win.MutationObserver(() => mutate());
        mo.observe(root, { childList: true, characterData: true, subtree: true });
        ls.add(() => mo.disconnect());
      }
      return () => ls.clear();
    },
    select(map, start, end, rangeOf) {
      const r = rangeOf(map, start, end, doc);
      if (!r) return;
      if (select) { select(r); return; }
      root.focus({ preventScroll: true });
      const sel = win.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      r.startContainer.parentElement?.scrollIntoView?.({ block: 'nearest' });
    },
    destroy() {},
  };
}

function textareaSource(ta) {
  const mirror = createMirror(ta);
  const doc = ta.ownerDocument;
  mirror.sync();
  return {
    kind: 'textarea', doc, win: doc.defaultView, root: ta, frame: null, clip: mirror.element, variant: 'aa-over-',
    read: () => { mirror.sync(); return mirror.read(); },
    listen({ edit, change, layout }) {
      const ls = listenerSet();
      ls.on(ta, 'beforeinput', (ev) => {
        const at = Math.min(ta.selectionStart, ta.selectionEnd);
        const collapsed = ta.selectionStart === ta.selectionEnd;
        const t = ev.inputType || '';
        // A backspace removes what is before the caret (two code units for an emoji);
        // a word or line deletion reaches further back than is worth working out.
        if (ANYWHERE.test(t)) edit(-1);
        else if (collapsed && t === 'deleteContentBackward') edit(Math.max(0, at - 2));
        else if (collapsed && /^delete.*Backward$/.test(t)) edit(-1);
        else edit(at);
      }, true);
      ls.on(ta, 'input', () => change(), true);
      ls.on(ta, 'scroll', () => { mirror.scroll(); layout(); }, { passive: true });
      // The page may have moved it without resizing anything (a transform, a class on an ancestor):
      // look again whenever the author turns to it.
      ls.on(ta, 'focus', layout);
      ls.on(ta, 'pointerenter', layout, { passive: true });
      return () => ls.clear();
    },
    select(map, start, end) {
      ta.focus({ preventScroll: false });
      ta.setSelectionRange(start, end);
    },
    sync: () => mirror.sync(),
    destroy: () => mirror.destroy(),
  };
}

function toSource(target) {
  if (target && typeof target.read === 'function' && typeof target.listen === 'function') return target;
  if (target && target.nodeType === 1) {
    if (target.nodeName === 'TEXTAREA') return textareaSource(target);
    if (target.isContentEditable || target.getAttribute('contenteditable') != null) return domSource(target);
  }
  throw new TypeError('attach(target): target must be a <textarea>, a contenteditable element, or an editor adapter');
}

function resolvePanel(panel, doc) {
  if (!panel) return null;
  if (typeof panel === 'string') return doc.querySelector(panel);
  return panel;
}

/**
 * attach(target, options) → { refresh, detach, on, setEnabled, report, text }
 * options: analyzer (shared), worker, wasmUrl, lang ('auto'|'vi'|'en'),
 * uiLang, debounce (ms), panel (element or selector), overlay
 * ('auto'|'highlights'|'boxes'), styles (URL of highlights.css, or false).
 */
export function attach(target, options = {}) {
  const source = toSource(target);
  const { debounce = 300, lang = 'auto', overlay = 'auto' } = options;
  const owned = !options.analyzer;
  const analyzer = options.analyzer || createAnalyzer({ worker: options.worker ?? true, wasmUrl: options.wasmUrl });
  const hostDoc = source.clip.ownerDocument;
  const painter = createPainter({ doc: source.doc, win: source.win, mode: overlay, variant: source.variant, clip: source.clip, frame: source.frame });
  const unstyle = [];
  if (options.styles !== false) {
    unstyle.push(ensureStyles(source.doc, options.styles || undefined));
    if (hostDoc !== source.doc) unstyle.push(ensureStyles(hostDoc, options.styles || undefined));
  }
  const panel = resolvePanel(options.panel, hostDoc);
  const hover = options.tooltips === false ? null : createHover({ source, marks: () => painter.marks, map: () => painter.map });
  const handlers = new Map();
  const ls = listenerSet();
  const state = {
    enabled: true, detached: false, report: null, map: null, marks: [], text: null,
    hidden: new Set(options.hidden || []), reviews: options.reviews || new Map(),
    version: 0, seq: 0, timer: 0, edit: null, frame: 0, failures: 0,
  };

  const emit = (type, ...args) => {
    for (const fn of handlers.get(type) || []) {
      try { fn(...args); } catch (e) { setTimeout(() => { throw e; }); }
    }
  };
  const uiLang = () => options.uiLang || reportLang(state.report);

  function schedule(delay = debounce) {
    clearTimeout(state.timer);
    state.timer = setTimeout(run, delay);
  }
  function unschedule() {
    clearTimeout(state.timer);
    state.timer = 0;
  }

  // Keystroke work is only this: forget the marks after the edit, restart the timer.
  // The edit offset holds for the change notifications of the same task (an
  // editor may report one edit twice: its own event and the DOM's input).
  function onEdit(at) {
    const offset = typeof at === 'function' ? at() : at;
    if (state.edit === null) setTimeout(() => { state.edit = null; }, 0);
    state.edit = state.edit === null || offset < 0 ? offset : Math.min(state.edit, offset);
  }
  function onChange() {
    if (state.detached) return;
    state.version += 1;
    painter.trim(state.edit === null ? -1 : state.edit);
    if (state.enabled) schedule();
  }
  // A DOM change no input event announced: re-read soon, unless a change is already pending.
  function onMutate() {
    if (state.detached || !state.enabled || state.timer) return;
    schedule();
  }
  function onLayout() {
    cancelAnimationFrame(state.frame);
    state.frame = requestAnimationFrame(timed(() => { source.sync?.(); painter.relayout(); }));
  }

  async function run() {
    unschedule();
    if (!state.enabled || state.detached) return state.report;
    const version = state.version;
    const map = source.read();
    if (map.text === state.text && state.report && state.map) {
      // Same text (a selection or formatting change): only the DOM nodes may have moved.
      show(state.report, map);
      return state.report;
    }
    const seq = ++state.seq;
    const t0 = performance.now();
    try {
      const report = await analyzer.analyze(map.text, { lang });
      if (seq !== state.seq || state.detached || !state.enabled) return state.report;
      if (version !== state.version) { schedule(); return state.report; }
      state.failures = 0;
      state.text = map.text;
      show(report, map, performance.now() - t0);
      return report;
    } catch (e) {
      if (seq !== state.seq || state.detached) return state.report;
      emit('error', e);
      // A crashed worker is replaced on the next call (client.js); an input that is too large stays so.
      // The page's own policy, except that an embed gives up after a few tries: its host decides.
      if (retryable(e) && state.failures < MAX_RETRIES) {
        state.failures += 1;
        schedule(retryDelay(state.failures));
      }
      return state.report;
    }
  }

  // Draw a report over the text it was made from. The same report over a
  // re-read DOM (formatting changed, a paragraph re-rendered) only redraws.
  let shown = null;
  function show(report, map, ms) {
    const t0 = performance.now();
    if (report !== state.report || !state.marks.length) state.marks = marksFor(report, uiLang(), state.reviews);
    state.report = report;
    state.map = map;
    painter.paint(state.marks, map, state.hidden);
    const t1 = performance.now();
    if (report === shown) return;
    shown = report;
    if (panel && panel.update) panel.update({ report, text: map.text, lang: uiLang(), reviews: state.reviews, hidden: state.hidden });
    stats.paintMs = t1 - t0;
    stats.panelMs = performance.now() - t1;
    emit('report', report, { text: map.text, analyzeMs: ms, paintMs: stats.paintMs, panelMs: stats.panelMs });
  }

  function repaint() {
    if (!state.report || !state.map) return;
    state.marks = marksFor(state.report, uiLang(), state.reviews);
    painter.paint(state.marks, state.map, state.hidden);
  }

  // The main-thread time spent in the analyzer's own handlers, for the tests' figures.
  const stats = { ownMs: 0, events: 0, paintMs: 0, panelMs: 0 };
  const timed = (fn) => (...args) => {
    const t0 = performance.now();
    try { return fn(...args); } finally { stats.ownMs += performance.now() - t0; stats.events += 1; }
  };
  ls.add(source.listen({ edit: timed(onEdit), change: timed(onChange), layout: timed(onLayout), mutate: timed(onMutate) }, () => state.map));
  const win = hostDoc.defaultView;
  const layout = timed(onLayout);
  ls.on(win, 'resize', layout, { passive: true });
  // Scrolling anywhere above the editor moves it (capture: scroll events do not bubble).
  ls.on(hostDoc, 'scroll', layout, { passive: true, capture: true });
  if (source.doc !== hostDoc) ls.on(source.doc, 'scroll', layout, { passive: true, capture: true });
  if (typeof win.ResizeObserver === 'function') {
    const ro = new win.ResizeObserver(layout);
    ro.observe(source.root.nodeType === 1 ? source.root : source.clip);
    if (source.frame) ro.observe(source.frame);
    ls.add(() => ro.disconnect());
  }
  if (panel) {
    ls.add(connectPanel(panel, {
      reviews: () => state.reviews,
      hidden: () => state.hidden,
      redraw: repaint,
      reviewed: (key, review) => emit('review', key, review),
      select({ start, end, ranges }) {
        if (!state.map) return;
        source.select(state.map, start, end, rangeFor);
        painter.focus(ranges, state.map);
      },
    }));
  }

  const controller = {
    /** Analyze now (no debounce); resolves to the report drawn. */
    refresh() {
      state.text = null;
      return run();
    },
    /** Remove every listener, overlay element and highlight; the editor is as it was. */
    detach() {
      if (state.detached) return;
      state.detached = true;
      unschedule();
      cancelAnimationFrame(state.frame);
      ls.clear();
      hover?.destroy();
      painter.destroy();
      source.destroy?.();
      for (const u of unstyle) u();
      if (panel?.update) panel.update({ report: null, text: '' });
      shown = null;
      handlers.clear();
      if (owned) analyzer.dispose();
    },
    /** Subscribe to 'report' (report, { text, analyzeMs, paintMs }), 'error' or 'review'; returns an unsubscribe function. */
    on(type, fn) {
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type).add(fn);
      return () => handlers.get(type)?.delete(fn);
    },
    /** Pause (false: marks removed, nothing analyzed) or resume (true: analyze now). */
    setEnabled(on) {
      if (state.detached) return;
      state.enabled = !!on;
      if (!state.enabled) {
        unschedule();
        state.seq += 1;
        painter.clear();
        hover?.hide();
        shown = null;
        if (panel?.update) panel.update({ report: null, text: '' });
      } else {
        controller.refresh();
      }
    },
    get report() { return state.report; },
    get text() { return state.map ? state.map.text : null; },
    get enabled() { return state.enabled; },
    get overlay() { return painter.mode; },
    get drawn() { return painter.size; },
    /** Main-thread time spent in the analyzer's input, scroll and resize handlers so far (ms), and their count. */
    get stats() { return { ...stats }; },
    reviewKey: (check) => checkKey(check, new Map((state.report?.figures || []).map((f) => [f.id, f]))),
  };
  controller.refresh();
  return controller;
}
