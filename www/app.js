// The editor's page: paste a draft, see it highlighted and checked, review.
//
// The editing area is a plain-text contenteditable holding one <div> per
// line (what the browser's own editing commands build), so a keystroke on a
// long article re-lays out one line, not the whole article. Highlights are
// drawn with the CSS Custom Highlight API, so the DOM holds exactly the
// author's text and nothing else; copy and cut write the text as read by
// `readLines`, so what leaves the page is what was put in. Article text
// reaches the DOM only as text nodes.
//
// Drawing, tooltips and the review panel are the embedding package's own
// (lib/overlay.js, lib/hover.js, lib/panel.js): the page is one more editor
// they draw over, so marks look and behave the same here and in a CMS.
import { createAnalyzer, retryable, retryDelay } from './lib/client.js';
import { readLines, writeLines, rangeFor, offsetAt } from './lib/textmap.js';
import { marksFor, marksAt } from './lib/marks.js';
import { createPainter } from './lib/overlay.js';
import { createHover } from './lib/hover.js';
import { connectPanel } from './lib/panel.js';
import { reportLang, strings } from './lib/i18n.js';
import { toCsv, toJson, toPlainText, download } from './lib/export.js';
import { store } from './lib/store.js';
import { num } from './lib/format.js';

performance.mark('aa:app');
// The worker boot.js started, and the first text it sent it, if it ran.
const early = window.__articleAnalyzerEarly;
delete window.__articleAnalyzerEarly;
const analyzer = createAnalyzer({ worker: true, early });

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const panel = $('panel');
const tooltip = $('tooltip');

// Pastes larger than this are written into the DOM directly: the browser's
// insertText builds one line at a time and takes seconds on a long article.
// Such a paste is undone by our own undo (below), not the browser's.
const DIRECT_PASTE_CHARS = 20000;

const state = {
  report: null,
  map: null,
  marks: [],
  hidden: new Set(),
  reviews: store.reviews(),
  uiLang: store.uiLang() || 'auto',
  seq: 0,
  timings: [],
  firstReportAt: null,
  redrawMs: 0,
  sample: null,      // the sample's text while the editor holds it untouched
  undo: [],          // texts replaced by the page itself (clear, samples, large pastes)
  editsSinceReplace: 0,
  edit: 0,           // bumped on every change to the text
  shownEdit: -1,     // the change the shown report is of
};

// Chromium and Safari know plaintext-only; elsewhere, pastes are still plain (see 'paste').
editor.setAttribute('contenteditable', 'plaintext-only');
if (editor.contentEditable !== 'plaintext-only') editor.setAttribute('contenteditable', 'true');

function lang() {
  if (state.uiLang === 'vi' || state.uiLang === 'en') return state.uiLang;
  return reportLang(state.report);
}

function applyStrings() {
  const l = lang();
  const s = strings(l);
  // Setting lang, even to the same value, restyles and lays out the whole page (60 ms on a long article).
  if (document.documentElement.lang !== l) document.documentElement.lang = l;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = s[node.dataset.i18n];
    if (typeof v === 'string' && node.textContent !== v) node.textContent = v;
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    const v = s[node.dataset.i18nLabel];
    if (typeof v === 'string') node.setAttribute('aria-label', v);
  }
  if (editor.dataset.placeholder !== s.placeholder) editor.dataset.placeholder = s.placeholder;
  if ($('ui-lang').value !== state.uiLang) $('ui-lang').value = state.uiLang;
}

function showAlert(message) {
  const a = $('alert');
  a.textContent = message || '';
  a.hidden = !message;
}

// #status is a live region: it announces what changed (a paste, the counts),
// not every analysis; #timing, silent, shows progress and speed.
function setTiming(message) {
  $('timing').textContent = message || '';
}

function setStatus(message, undoable = false) {
  $('status').textContent = message || '';
  $('undo').hidden = !undoable || !state.undo.length;
}

const currentText = () => readLines(editor).text;

// ------------------------------------------------------------ analysis

let debounce = 0;

function schedule(delay) {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, delay);
}

// Wait longer between analyses of a long article, so the main thread's
// share (redrawing thousands of highlights) never crowds out typing.
function typingDelay() {
  const last = state.timings[state.timings.length - 1] || 0;
  return Math.min(1500, Math.max(250, 2 * last, 4 * state.redrawMs));
}

async function analyzeNow() {
  clearTimeout(debounce);
  clearTimeout(retryTimer);
  // After a failure, a new text goes to a fresh worker, not one that may be stuck.
  if (state.failing) analyzer.dispose();
  const map = readLines(editor);
  const seq = ++state.seq;
  const t0 = performance.now();
  const edit = state.edit;
  setTiming(strings(lang()).analyzing);
  try {
    const report = await analyzer.analyze(map.text, { lang: 'auto' });
    if (seq !== state.seq) return;
    const ms = performance.now() - t0;
    state.timings.push(ms);
    retries = 0;
    state.failing = false;
    showAlert('');
    state.shownEdit = edit;
    show(report, map, ms);
  } catch (e) {
    if (seq !== state.seq) return;
    const s = strings(lang());
    setTiming('');
    if (e.code === 'input-too-large') {
      showAlert(s.tooLarge(e.limit));
      show({ version: 1, language: lang(), entities: [], figures: [], checks: [] }, map, 0);
    } else if (e instanceof TypeError) {
      showAlert(e.message);
    } else if (retryable(e)) {
      showAlert(e.code === 'load-failed' ? s.loadFailed : e.code === 'trap' ? s.trapped : s.crashed);
      state.failing = true;
      retry();
    }
  }
}

// Try again, backing off (the client's policy, as attach() uses it), never
// touching the text, and never giving up: the page is nothing without its
// analyzer. The client has dropped the failed worker, so the next call starts
// a fresh worker and module (and keeps the watchdog's lengthened budget if
// the failure was a time-out).
let retries = 0;
let retryTimer = 0;
function retry() {
  retries += 1;
  clearTimeout(retryTimer);
  retryTimer = setTimeout(analyzeNow, retryDelay(retries));
}

function show(report, map, ms) {
  const first = state.firstReportAt === null;
  if (first) performance.mark('aa:show'); // the start-up timeline's marks: see benches/startup.mjs
  state.report = report;
  state.map = map;
  if (first) state.firstReportAt = performance.now();
  applyStrings();
  redraw();
  panel.update({ report, text: map.text, lang: lang(), reviews: state.reviews, hidden: state.hidden });
  const s = strings(lang());
  setTiming(s.took(ms < 10 ? ms.toFixed(1) : ms.toFixed(0)));
  const bad = report.checks.filter((c) => c.status === 'inconsistent').length;
  const summary = s.summary(report.figures.length, report.checks.length, bad);
  if ($('undo').hidden && summary !== state.summary) setStatus(summary);
  state.summary = summary;
  if (first) {
    performance.mark('aa:shown');
    warmNumbers();
  }
}

// Up to this many marks are all drawn. Beyond, only those near what the
// editor shows: every highlighted range costs time in each frame the text
// changes, and a long article has thousands.
const painter = createPainter({ doc: document, win: window, mode: 'highlights', clip: editor, drawAllUpTo: 300 });

function redraw() {
  if (!state.report || !state.map) {
    painter.clear();
    return;
  }
  state.marks = marksFor(state.report, lang(), state.reviews);
  const t0 = performance.now();
  painter.paint(state.marks.slice().sort((x, y) => x.start - y.start), state.map, state.hidden);
  state.redrawMs = performance.now() - t0;
}

// Scrolling or resizing moves the band of drawn marks with what is on screen.
let paintFrame = 0;
function relayoutSoon() {
  cancelAnimationFrame(paintFrame);
  paintFrame = requestAnimationFrame(() => painter.relayout());
}
editor.addEventListener('scroll', relayoutSoon, { passive: true });
addEventListener('scroll', relayoutSoon, { passive: true });
addEventListener('resize', relayoutSoon, { passive: true });

// ------------------------------------------------------------ editing

editor.addEventListener('input', (ev) => {
  performance.mark('aa-input-start');
  state.edit += 1;
  if (ev.inputType === 'historyUndo') state.editsSinceReplace -= 1;
  else if (ev.inputType !== 'historyRedo') state.editsSinceReplace += 1;
  state.sample = null;
  $('hint').hidden = true;
  hover.hide();
  liftEditedHighlights();
  saveDraftSoon();
  schedule(pasting ? 0 : typingDelay());
  pasting = false;
  if (!$('undo').hidden) { setStatus(''); state.summary = null; }
  performance.measure('aa-input', 'aa-input-start');
});

// Highlights are static ranges: after an edit, those in the edited text node
// would sit a few characters off until the next analysis. Lift them instead;
// the other lines keep their nodes, so their marks stay where they are.
function liftEditedHighlights() {
  const node = getSelection().anchorNode;
  const piece = node && state.map?.pieces.find((p) => p.node === node);
  if (piece) painter.trim(piece.start, piece.start + piece.length);
  else painter.unfocus();
}

// Undo of the page's own replacements (clear, a sample, a large paste):
// the browser's undo has no record of them, so Ctrl+Z right after one, or
// the "undo" button, brings the previous text back.
const ownUndo = () => state.editsSinceReplace <= 0 && state.undo.length > 0;
editor.addEventListener('keydown', (ev) => {
  if ((ev.ctrlKey || ev.metaKey) && !ev.shiftKey && !ev.altKey && ev.key.toLowerCase() === 'z' && ownUndo()) {
    ev.preventDefault();
    undoReplace();
  }
});
editor.addEventListener('beforeinput', (ev) => {
  if (ev.inputType === 'historyUndo' && ownUndo()) {
    ev.preventDefault();
    undoReplace();
  }
});

function replaceText(text, { caret = null, undoable = true } = {}) {
  $('hint').hidden = true;
  const before = currentText();
  if (undoable && before !== text && before.length) state.undo.push(before);
  if (state.undo.length > 20) state.undo.shift();
  state.editsSinceReplace = 0;
  state.edit += 1;
  writeLines(editor, text);
  if (caret !== null) {
    const map = readLines(editor);
    const r = rangeFor(map, caret, caret);
    if (r) { const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r); }
  }
  saveDraft(text);
  analyzeNow();
}

function undoReplace() {
  const text = state.undo.pop();
  if (typeof text !== 'string') return;
  state.sample = null;
  replaceText(text, { undoable: false });
  setStatus(strings(lang()).restored);
}

let pasting = false;
editor.addEventListener('paste', (ev) => {
  // Rich text keeps only its text.
  const text = ev.clipboardData?.getData('text/plain');
  if (typeof text !== 'string') return;
  ev.preventDefault();
  if (!text.length) return;
  const untouchedSample = state.sample !== null;
  const map = readLines(editor);
  const sel = getSelection();
  let a = 0;
  let b = map.text.length;
  if (!untouchedSample && sel.rangeCount && editor.contains(sel.getRangeAt(0).startContainer)) {
    const r = sel.getRangeAt(0);
    a = offsetAt(map, r.startContainer, r.startOffset);
    b = offsetAt(map, r.endContainer, r.endOffset);
    if (a < 0 || b < 0) { a = map.text.length; b = a; }
  }
  state.sample = null;
  // A pasted draft replaces an untouched sample; a long one, or one with CR line
  // ends (which insertText would drop), is written directly.
  if (text.length > DIRECT_PASTE_CHARS || untouchedSample || text.includes('\r')) {
    const next = map.text.slice(0, a) + text + map.text.slice(b);
    replaceText(next, { caret: a + text.length, undoable: true });
    setStatus(strings(lang()).pasted, true);
    return;
  }
  pasting = true;
  document.execCommand('insertText', false, text);
});

// What the editor's text is, exactly, as read by readLines; the browser's
// own serialization of a selection would turn no-break spaces into spaces
// and count line breaks its own way.
function selectedText() {
  const sel = getSelection();
  if (!sel.rangeCount) return null;
  const r = sel.getRangeAt(0);
  if (!editor.contains(r.commonAncestorContainer)) return null;
  const map = readLines(editor);
  const a = offsetAt(map, r.startContainer, r.startOffset);
  const b = offsetAt(map, r.endContainer, r.endOffset);
  if (a < 0 || b < 0) return null;
  return map.text.slice(Math.min(a, b), Math.max(a, b));
}

for (const type of ['copy', 'cut']) {
  editor.addEventListener(type, (ev) => {
    const text = selectedText();
    if (text === null || !ev.clipboardData) return;
    ev.preventDefault();
    ev.clipboardData.setData('text/plain', text);
    if (type === 'cut') document.execCommand('delete');
  });
}

let saveTimer = 0;
function saveDraftSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraftNow, 400);
}
function saveDraftNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  saveDraft(currentText());
}
function saveDraft(text) {
  const ok = store.saveDraft(text);
  if (ok !== state.draftSaved) $('draft-note').textContent = ok ? '' : strings(lang()).draftTooBig;
  state.draftSaved = ok;
}
// Leaving or reloading the page within the save delay must not lose the last keystrokes.
addEventListener('pagehide', () => { if (saveTimer) saveDraftNow(); });
document.addEventListener('visibilitychange', () => { if (document.hidden && saveTimer) saveDraftNow(); });

async function fetchSample(name) {
  const res = await fetch(`samples/${name}.txt`);
  if (!res.ok) throw new Error(`samples/${name}.txt: ${res.status}`);
  return res.text();
}

// `fetched`: the sample's text as boot.js fetched it, if it did.
async function loadSample(name, fetched = null) {
  const text = fetched ? await fetched.catch(() => fetchSample(name)) : await fetchSample(name);
  if (state.firstReportAt === null) performance.mark('aa:sample');
  replaceText(text);
  state.sample = text;
  $('hint').hidden = false;
  if (state.undo.length) setStatus(strings(lang()).sampleLoaded, true);
}

// ------------------------------------------------------------ tooltips

// Under the pointer: the drawn marks' own geometry (hover.js), as in a CMS.
// Until the shown report is of the text as it is, no tooltip.
const hover = createHover({
  source: { root: editor, clip: editor, doc: document, win: window, frame: null },
  marks: () => (state.shownEdit === state.edit ? painter.marks : []),
  map: () => painter.map,
  element: tooltip,
  describes: editor,
});
editor.addEventListener('blur', () => hover.hide());
// Keyboard users: the caret on a highlight shows its tooltip.
document.addEventListener('selectionchange', () => {
  if (document.activeElement !== editor || !state.map) return;
  const sel = getSelection();
  if (!sel.rangeCount || !sel.isCollapsed) return;
  const r = sel.getRangeAt(0);
  if (r.startContainer.nodeType !== 3) return hover.hide();
  const off = offsetAt(state.map, r.startContainer, r.startOffset);
  const rect = r.getBoundingClientRect();
  if (off >= 0 && state.shownEdit === state.edit) hover.show(marksAt(state.marks, off), rect.left, rect.top);
});

// ------------------------------------------------------------ review panel

connectPanel(panel, {
  reviews: () => state.reviews,
  hidden: () => state.hidden,
  redraw,
  reviewed: () => store.saveReviews(state.reviews),
  select({ start, end, ranges }) {
    if (!state.map) return;
    const range = rangeFor(state.map, start, end);
    if (!range) return;
    editor.focus({ preventScroll: true });
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    painter.focus(ranges, state.map);
    const rect = range.getBoundingClientRect();
    const box = editor.getBoundingClientRect();
    if (rect.top < box.top || rect.bottom > box.bottom) editor.scrollTop += rect.top - box.top - box.height / 3;
    const again = range.getBoundingClientRect();
    if (again.top < 0 || again.bottom > window.innerHeight) window.scrollBy(0, again.top - window.innerHeight / 3);
  },
});

// ------------------------------------------------------------ toolbar

function sampleButton(id, name) {
  $(id).addEventListener('click', () => loadSample(typeof name === 'function' ? name() : name).catch((e) => showAlert(String(e.message || e))));
}
sampleButton('sample-vi', 'vi');
sampleButton('sample-en', 'en');
sampleButton('sample-error', () => (lang() === 'en' ? 'en-error' : 'vi-error'));
$('clear').addEventListener('click', () => {
  const had = currentText().length > 0;
  state.sample = null;
  replaceText('');
  editor.focus();
  if (had) setStatus(strings(lang()).cleared, true);
});
$('undo').addEventListener('click', () => { undoReplace(); editor.focus(); });
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
    t.className = 'offscreen';
    document.body.append(t);
    t.select();
    document.execCommand('copy');
    t.remove();
  }
  setStatus(strings(lang()).copied);
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
  if (ev.target.checked) saveDraft(currentText());
  else { clearTimeout(saveTimer); saveTimer = 0; }
  setStatus(strings(lang())[ev.target.checked ? 'draftKept' : 'draftNotKept']);
});
$('forget').addEventListener('click', () => {
  clearTimeout(saveTimer);
  saveTimer = 0;
  store.forget();
  state.reviews = new Map();
  state.undo = [];
  state.uiLang = 'auto';
  $('keep-draft').checked = store.keepDraft();
  applyStrings();
  redraw();
  panel.update({ reviews: state.reviews, lang: lang() });
  setStatus(strings(lang()).forgotten);
});

// For tests and debugging: read the page's state, never change the text.
window.__articleAnalyzer = {
  get report() { return state.report; },
  get timings() { return state.timings.slice(); },
  get firstReportAt() { return state.firstReportAt; },
  get redrawMs() { return state.redrawMs; },
  get drawnCount() { return painter.marks.length; },
  get marks() { return state.marks; },
  get shownText() { return state.map?.text ?? null; },
  get fresh() { return state.shownEdit === state.edit; },
  text: currentText,
  analyzeNow,
};

// ------------------------------------------------------------ start

$('keep-draft').checked = store.keepDraft();
applyStrings();
const draft = store.keepDraft() ? store.draft() : null;
if (typeof draft === 'string') {
  writeLines(editor, draft);
  analyzeNow();
} else {
  // First visit: show what the page does on a sample; a paste replaces it.
  loadSample('vi', early?.sample).catch(() => analyzeNow());
}
// Tooltips write the report's numbers with Intl.NumberFormat, whose first
// use in a page costs tens of milliseconds (the locale's data): paid once
// the first report is shown and the page is idle, so neither that report
// nor the first hover waits for it.
function warmNumbers() {
  const warm = () => { num(0, lang()); num(0, lang(), 2); };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
}
