// <article-analyzer-panel>: the review panel, shared by the page and the
// editor embeds. It lists the checks (inconsistent first) with their message
// and source sentence, lets a reviewer mark each verified or dismissed, and
// shows counts and filters per kind. It renders article text only through
// text nodes, and talks to its host through events:
//   aa-select  { check, ranges: [{start, end}] }   — show these figures
//   aa-review  { key, review: 'verified'|'dismissed'|null }
//   aa-filter  { kind, visible }
import { checkKey, countKinds, ENTITY_KINDS, sortedChecks, quoteFor } from './marks.js';
import { kindLabel, strings } from './i18n.js';

const SYMBOL = { inconsistent: '✗', unverifiable: '?', consistent: '✓', verified: '✓', dismissed: '–' };

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

// Outside a browser (Node importing the package for createAnalyzer) there is no HTMLElement: define nothing.
export class ArticleAnalyzerPanel extends (globalThis.HTMLElement || class {}) {
  constructor() {
    super();
    this.state = { report: null, text: '', lang: 'vi', reviews: new Map(), hidden: new Set() };
  }

  connectedCallback() {
    this.setAttribute('role', 'region');
    if (!this.state.report) this.render();
  }

  /** Show a report. Any field left out keeps its previous value. */
  update(next) {
    Object.assign(this.state, next);
    this.render();
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Draw the state. A keystroke changes few checks, so rows are kept by
   * check (its rule and figure texts, and which repeat of them it is) and
   * only the rows whose content changed are built again; the rest keep their
   * elements and only learn their figures' new offsets. Counts and legend are
   * rebuilt only when what they show changed. Nothing here reads layout.
   */
  render() {
    const { report, text, lang, reviews, hidden } = this.state;
    const s = strings(lang);
    if (this.getAttribute('aria-label') !== s.review) this.setAttribute('aria-label', s.review);
    if (!this.parts || this.parts.lang !== lang) {
      this.parts = { lang, head: el('h2', { class: 'aa-panel-title', text: s.review }), list: el('ul', { class: 'aa-checks', role: 'list' }) };
      this.rows = new Map();
    }
    const { head, list } = this.parts;
    if (!report) {
      this.rows = new Map();
      this.parts.summary = this.parts.legend = null;
      this.parts.summaryKey = this.parts.legendKey = null;
      list.replaceChildren();
      this.replaceChildren(head, el('p', { class: 'aa-empty', text: s.noChecks }));
      return;
    }
    const byId = new Map(report.figures.map((f) => [f.id, f]));
    const counts = { inconsistent: 0, unverifiable: 0, consistent: 0 };
    for (const c of report.checks) counts[c.status] = (counts[c.status] || 0) + 1;
    const summaryKey = JSON.stringify(counts);
    if (this.parts.summaryKey !== summaryKey) {
      this.parts.summaryKey = summaryKey;
      this.parts.summary = el('p', { class: 'aa-counts' },
        ...Object.entries(counts).map(([k, n]) => el('span', { class: `aa-count aa-status-${k}`, text: `${SYMBOL[k]} ${s.status[k] || k}: ${n}` })));
    }

    const rows = new Map();
    const seen = new Map();
    const order = [];
    for (const c of sortedChecks(report)) {
      const key = checkKey(c, byId);
      const nth = seen.get(key) || 0;
      seen.set(key, nth + 1);
      const rowKey = `${nth}#${key}`;
      const review = reviews.get(key) || null;
      const figs = c.figures.map((id) => byId.get(id)).filter(Boolean);
      const ranges = figs.map((f) => ({ start: f.start, end: f.end }));
      const sentence = quoteFor(text, figs.slice().sort((x, y) => x.start - y.start));
      const look = [c.status, c.rule, c.message, review, sentence].join('\u0000');
      let row = this.rows.get(rowKey);
      if (!row || row.look !== look) {
        const fresh = this.row({ key, check: c, ranges, review, sentence }, s);
        fresh.look = look;
        if (row) {
          const focusOn = focusedControl(row.li);
          if (row.li.parentNode === list) list.replaceChild(fresh.li, row.li);
          if (focusOn) fresh.li.querySelector(`.${focusOn}`)?.focus({ preventScroll: true });
        }
        row = fresh;
      } else {
        row.check = c;
        row.ranges = ranges;
        if (row.li.dataset.check !== String(c.id)) row.li.dataset.check = c.id;
      }
      rows.set(rowKey, row);
      order.push(row.li);
    }
    for (const [k, row] of this.rows) if (rows.get(k) !== row) row.li.remove();
    this.rows = rows;
    if (!order.length) order.push(el('li', { class: 'aa-empty', text: s.noChecks }));
    if (list.firstChild?.classList.contains('aa-empty') && list.firstChild !== order[0]) list.firstChild.remove();
    // Put the rows in order, moving only those out of place.
    let prev = null;
    for (const li of order) {
      const want = prev ? prev.nextSibling : list.firstChild;
      if (want !== li) list.insertBefore(li, want);
      prev = li;
    }
    while (prev && prev.nextSibling) prev.nextSibling.remove();

    // Legend, counts and filters for the kinds present (and the usual entity kinds).
    const kinds = countKinds(report);
    const shown = [...new Set([...ENTITY_KINDS.filter((k) => kinds.has(k)), ...kinds.keys()])];
    const legendKey = JSON.stringify(shown.map((k) => [k, kinds.get(k), hidden.has(k)]));
    if (this.parts.legendKey !== legendKey) {
      this.parts.legendKey = legendKey;
      const legend = el('fieldset', { class: 'aa-legend' }, el('legend', { text: `${s.legend} · ${s.filters}` }));
      for (const kind of shown) {
        const id = `aa-filter-${kind}-${Math.random().toString(36).slice(2, 7)}`;
        const box = el('input', { type: 'checkbox', id, 'data-kind': kind, onchange: (ev) => this.emit('aa-filter', { kind, visible: ev.target.checked }) });
        box.checked = !hidden.has(kind);
        legend.append(el('div', { class: 'aa-filter' }, box,
          el('label', { for: id }, el('span', { class: `aa-swatch aa-kind-${kind}`, 'aria-hidden': 'true' }), el('span', { text: ` ${kindLabel(lang, kind)} (${kinds.get(kind)})` }))));
      }
      if (this.parts.legend) refocusByKind(this.parts.legend, legend);
      this.parts.legend = legend;
    }
    const want = [head, this.parts.summary, this.parts.legend, list];
    const have = this.children;
    if (have.length !== want.length || want.some((e, i) => have[i] !== e)) this.replaceChildren(...want);
  }

  /** One check's row; its handlers read the row, so a kept row acts on its figures' current offsets. */
  row({ key, check, ranges, review, sentence }, s) {
    const row = { key, check, ranges, review, li: null, look: '' };
    const select = () => this.emit('aa-select', { check: row.check, ranges: row.ranges });
    const c = check;
    const main = el('div', {
      class: 'aa-check-main', role: 'button', tabindex: '0',
      onclick: select,
      onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(); } },
    },
    el('span', { class: `aa-badge aa-status-${c.status}`, text: `${SYMBOL[c.status] || ''} ${s.status[c.status] || c.status}` }),
    review ? el('span', { class: `aa-review aa-review-${review}`, text: `${SYMBOL[review]} ${s[review]}` }) : null,
    el('span', { class: 'aa-msg', text: c.message }),
    sentence ? el('q', { class: 'aa-sentence', text: sentence }) : null,
    el('span', { class: 'aa-rule', text: `${s.rule}: ${c.rule}` }));
    const mark = (value) => () => this.emit('aa-review', { key, review: review === value ? null : value });
    const actions = el('div', { class: 'aa-actions' },
      el('button', { type: 'button', class: 'aa-verify', 'aria-pressed': String(review === 'verified'), onclick: mark('verified'), text: review === 'verified' ? s.undo : s.markVerified }),
      el('button', { type: 'button', class: 'aa-dismiss', 'aria-pressed': String(review === 'dismissed'), onclick: mark('dismissed'), text: review === 'dismissed' ? s.undo : s.markDismissed }));
    row.li = el('li', { class: `aa-check aa-status-${c.status}${review ? ` aa-reviewed-${review}` : ''}`, 'data-check': c.id, 'data-rule': c.rule }, main, actions);
    return row;
  }
}

/** A row built again keeps the keyboard where it was: the class of the row's control that has focus, if any. */
function focusedControl(li) {
  const active = li.ownerDocument.activeElement;
  if (!active || !li.contains(active)) return null;
  return ['aa-check-main', 'aa-verify', 'aa-dismiss'].find((k) => active.classList.contains(k)) || 'aa-check-main';
}

function refocusByKind(old, fresh) {
  const active = old.ownerDocument.activeElement;
  if (!active || !old.contains(active) || !active.dataset.kind) return;
  queueMicrotask(() => fresh.querySelector(`input[data-kind="${CSS.escape(active.dataset.kind)}"]`)?.focus({ preventScroll: true }));
}

/**
 * Wire a panel to its host, the same way for the page and attach(): a
 * reviewer's mark goes into `reviews()` (a Map), a filter into `hidden()`
 * (a Set), then `redraw()` draws the marks again and the panel is updated;
 * selecting a check calls `select({ start, end, ranges })` with the span of
 * its figures. `reviewed(key, review)` is told of each mark after the
 * redraw. Returns a function removing the listeners.
 */
export function connectPanel(panel, { reviews, hidden, redraw, select, reviewed = () => {} }) {
  const on = {
    'aa-select': (ev) => {
      const ranges = ev.detail?.ranges || [];
      if (!ranges.length) return;
      select({ start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)), ranges });
    },
    'aa-review': (ev) => {
      const { key, review } = ev.detail || {};
      const marks = reviews();
      if (review) marks.set(key, review); else marks.delete(key);
      redraw();
      panel.update?.({ reviews: marks, hidden: hidden() });
      reviewed(key, review);
    },
    'aa-filter': (ev) => {
      const { kind, visible } = ev.detail || {};
      const off = hidden();
      if (visible) off.delete(kind); else off.add(kind);
      redraw();
      panel.update?.({ reviews: reviews(), hidden: off });
    },
  };
  for (const [type, fn] of Object.entries(on)) panel.addEventListener(type, fn);
  return () => { for (const [type, fn] of Object.entries(on)) panel.removeEventListener(type, fn); };
}

if (globalThis.customElements && !customElements.get('article-analyzer-panel')) customElements.define('article-analyzer-panel', ArticleAnalyzerPanel);
