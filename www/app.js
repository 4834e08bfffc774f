// The editor's page: paste a draft, see it highlighted and checked, review.
//
// The editing area is a plain-text contenteditable. Highlights are drawn
// with the CSS Custom Highlight API, so the DOM holds exactly the author's
// text and nothing else: what they copy out is what they put in. Article
// text reaches the DOM only as text nodes.
import { createAnalyzer } from './lib/client.js';
import { readText, rangeFor, staticRangeFor, offsetOf } from './lib/textmap.js';
import { marksFor, marksAt, drawHighlights, clearHighlights, checkKey } from './lib/marks.js';
import { strings } from './lib/i18n.js';
import { toCsv, toJson, toPlainText, download } from './lib/export.js';
import { store } from './lib/store.js';
import './lib/panel.js';

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const panel = $('panel');
const tooltip = $('tooltip');

const state = {
  report: null,
  map: null,
  marks: [],
  names: [],
  hidden: new Set(),
  reviews: store.reviews(),
  uiLang: store.uiLang() || 'auto',
  seq: 0,
  timings: [],
};

let analyzer = createAnalyzer({ worker: true });

function lang() {
  if (state.uiLang === 'vi' || state.uiLang === 'en') return state.uiLang;
  return state.report?.language === 'en' ? 'en' : 'vi';
}

function applyStrings() {
  const l = lang();
  const s = strings(l);
  document.documentElement.lang = l;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = s[node.dataset.i18n];
    if (typeof v === 'string') node.textContent = v;
  }
  editor.dataset.placeholder = s.placeholder;
  $('ui-lang').value = state.uiLang;
}

function showAlert(message) {
  const a = $('alert');
  a.textContent = message || '';
  a.hidden = !message;
}

// ------------------------------------------------------------ analysis

let debounce = 0;

function schedule(delay) {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, delay);
}

async function analyzeNow() {
  const map = readText(editor);
  const seq = ++state.seq;
  const t0 = performance.now();
  $('status').textContent = strings(lang()).analyzing;
  try {
    const report = await analyzer.analyze(map.text, { lang: 'auto' });
    if (seq !== state.seq) return;
    state.timings.push(performance.now() - t0);
    showAlert('');
    show(report, map, performance.now() - t0);
  } catch (e) {
    if (seq !== state.seq) return;
    const s = strings(lang());
    if (e.code === 'input-too-large') {
      showAlert(s.tooLarge(e.limit));
    } else if (e.code === 'load-failed') {
      showAlert(s.loadFailed);
      retry();
    } else if (e instanceof TypeError) {
      showAlert(e.message);
    } else {
      showAlert(s.crashed);
      retry();
    }
    $('status').textContent = '';
  }
}

let retries = 0;
function retry() {
  // A fresh worker (and module) on each try, backing off, never giving up the text.
  retries += 1;
  analyzer.dispose();
  analyzer = createAnalyzer({ worker: true });
  setTimeout(analyzeNow, Math.min(30000, 500 * 2 ** Math.min(retries, 6)));
}

function show(report, map, ms) {
  retries = 0;
  state.report = report;
  state.map = map;
  applyStrings();
  redraw();
  panel.update({ report, text: map.text, lang: lang(), reviews: state.reviews, hidden: state.hidden });
  $('status').textContent = strings(lang()).ready(ms < 1 ? ms.toFixed(2) : ms.toFixed(0), report.figures.length);
}

function redraw() {
  clearHighlights(state.names);
  if (!state.report || !state.map) return;
  state.marks = marksFor(state.report, lang(), state.reviews);
  const map = state.map;
  state.names = drawHighlights(state.marks, (s, e) => staticRangeFor(map, s, e), state.hidden);
}

// ------------------------------------------------------------ editing

editor.addEventListener('input', () => {
  store.saveDraftSoon(editor);
  schedule(pasting ? 0 : 200);
  pasting = false;
});

let pasting = false;
editor.addEventListener('paste', (ev) => {
  // Rich text keeps only its text; the text is inserted as typed text.
  const text = ev.clipboardData?.getData('text/plain');
  if (typeof text !== 'string') return;
  ev.preventDefault();
  pasting = true;
  document.execCommand('insertText', false, text);
});

let saveTimer = 0;
store.saveDraftSoon = (el) => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => store.saveDraft(readText(el).text), 400);
};

function setText(text) {
  editor.textContent = text;
  store.saveDraft(text);
  analyzeNow();
}

async function loadSample(name) {
  const res = await fetch(`samples/${name}.txt`);
  setText(await res.text());
}

// ------------------------------------------------------------ tooltips

function showTooltip(offset, x, y) {
  const here = marksAt(state.marks, offset);
  if (!here.length) return hideTooltip();
  const lines = [];
  for (const m of here) for (const l of m.tooltip) if (!lines.includes(l)) lines.push(l);
  tooltip.textContent = lines.join('\n');
  tooltip.hidden = false;
  const w = tooltip.offsetWidth;
  const h = tooltip.offsetHeight;
  tooltip.style.left = `${Math.max(4, Math.min(window.innerWidth - w - 4, x))}px`;
  tooltip.style.top = `${y + 18 + h > window.innerHeight ? y - h - 8 : y + 18}px`;
}

function hideTooltip() {
  tooltip.hidden = true;
}

function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p ? [p.offsetNode, p.offset] : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? [r.startContainer, r.startOffset] : null;
}

let hoverFrame = 0;
editor.addEventListener('mousemove', (ev) => {
  cancelAnimationFrame(hoverFrame);
  hoverFrame = requestAnimationFrame(() => {
    if (!state.map) return;
    const pos = caretAt(ev.clientX, ev.clientY);
    if (!pos) return hideTooltip();
    const off = offsetOf(state.map, pos[0], pos[1]);
    showTooltip(off, ev.clientX, ev.clientY);
  });
});
editor.addEventListener('mouseleave', hideTooltip);
editor.addEventListener('blur', hideTooltip);
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== editor || !state.map) return;
  const sel = getSelection();
  if (!sel.rangeCount || !sel.isCollapsed) return;
  const r = sel.getRangeAt(0);
  const off = offsetOf(state.map, r.startContainer, r.startOffset);
  const rect = r.getBoundingClientRect();
  if (off >= 0) showTooltip(off, rect.left, rect.top);
});

// ------------------------------------------------------------ review panel

panel.addEventListener('aa-select', (ev) => {
  const { ranges } = ev.detail;
  if (!ranges.length || !state.map) return;
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const range = rangeFor(state.map, start, end);
  if (!range) return;
  editor.focus({ preventScroll: true });
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  if (globalThis.CSS?.highlights && typeof Highlight !== 'undefined') {
    const focus = ranges.map((r) => staticRangeFor(state.map, r.start, r.end)).filter(Boolean);
    CSS.highlights.set('aa-focus', new Highlight(...focus));
  }
  const rect = range.getBoundingClientRect();
  const box = editor.getBoundingClientRect();
  if (rect.top < box.top || rect.bottom > box.bottom) editor.scrollTop += rect.top - box.top - box.height / 3;
  if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 3);
});

panel.addEventListener('aa-review', (ev) => {
  const { key, review } = ev.detail;
  if (review) state.reviews.set(key, review); else state.reviews.delete(key);
  store.saveReviews(state.reviews);
  redraw();
  panel.update({ reviews: state.reviews });
});

panel.addEventListener('aa-filter', (ev) => {
  const { kind, visible } = ev.detail;
  if (visible) state.hidden.delete(kind); else state.hidden.add(kind);
  redraw();
  panel.update({ hidden: state.hidden });
});

// ------------------------------------------------------------ toolbar

$('sample-vi').addEventListener('click', () => loadSample('vi'));
$('sample-en').addEventListener('click', () => loadSample('en'));
$('sample-error').addEventListener('click', () => loadSample(lang() === 'en' ? 'en-error' : 'vi-error'));
$('clear').addEventListener('click', () => { setText(''); editor.focus(); });
$('export-csv').addEventListener('click', () => state.report && download('article-analyzer.csv', toCsv(state.report, state.reviews), 'text/csv;charset=utf-8'));
$('export-json').addEventListener('click', () => state.report && download('article-analyzer.json', toJson(state.report, state.reviews), 'application/json'));
$('copy-report').addEventListener('click', async () => {
  if (!state.report) return;
  const text = toPlainText(state.report, lang(), state.reviews);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const t = document.createElement('textarea');
    t.value = text;
    document.body.append(t);
    t.select();
    document.execCommand('copy');
    t.remove();
  }
  $('status').textContent = strings(lang()).copied;
});
$('ui-lang').addEventListener('change', (ev) => {
  state.uiLang = ev.target.value;
  store.setUiLang(state.uiLang);
  applyStrings();
  redraw();
  panel.update({ lang: lang() });
});
$('keep-draft').addEventListener('change', (ev) => {
  store.setKeepDraft(ev.target.checked);
  if (ev.target.checked) store.saveDraft(readText(editor).text);
});
$('forget').addEventListener('click', () => {
  store.forget();
  state.reviews = new Map();
  $('keep-draft').checked = store.keepDraft();
  redraw();
  panel.update({ reviews: state.reviews });
});

// For tests and debugging only: read the page's state, never change the text.
window.__articleAnalyzer = {
  get report() { return state.report; },
  get timings() { return state.timings.slice(); },
  get marks() { return state.marks; },
  text: () => readText(editor).text,
  analyzeNow,
};

// ------------------------------------------------------------ start

$('keep-draft').checked = store.keepDraft();
applyStrings();
const draft = store.keepDraft() ? store.draft() : null;
if (typeof draft === 'string' && draft.length) {
  editor.textContent = draft;
  analyzeNow();
} else {
  loadSample('vi').catch(() => analyzeNow());
}
