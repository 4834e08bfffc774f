// <article-analyzer-panel>: the review panel, shared by the page and the
// editor embeds. It lists the checks (inconsistent first) with their message
// and source sentence, lets a reviewer mark each verified or dismissed, and
// shows counts and filters per kind. It renders article text only through
// text nodes, and talks to its host through events:
//   aa-select  { check, ranges: [{start, end}] }   — show these figures
//   aa-review  { key, review: 'verified'|'dismissed'|null }
//   aa-filter  { kind, visible }
import { checkKey, countKinds, ENTITY_KINDS, sortedChecks, sentenceAround } from './marks.js';
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

  render() {
    const { report, text, lang, reviews, hidden } = this.state;
    const s = strings(lang);
    this.setAttribute('aria-label', s.review);
    const head = el('h2', { class: 'aa-panel-title', text: s.review });
    if (!report) {
      this.replaceChildren(head, el('p', { class: 'aa-empty', text: s.noChecks }));
      return;
    }
    const byId = new Map(report.figures.map((f) => [f.id, f]));
    const counts = { inconsistent: 0, unverifiable: 0, consistent: 0 };
    for (const c of report.checks) counts[c.status] = (counts[c.status] || 0) + 1;
    const summary = el('p', { class: 'aa-counts' },
      ...Object.entries(counts).map(([k, n]) => el('span', { class: `aa-count aa-status-${k}`, text: `${SYMBOL[k]} ${s.status[k] || k}: ${n}` })));
    const list = el('ul', { class: 'aa-checks', role: 'list' });
    for (const c of sortedChecks(report)) {
      const key = checkKey(c, byId);
      const review = reviews.get(key) || null;
      const figs = c.figures.map((id) => byId.get(id)).filter(Boolean);
      const ranges = figs.map((f) => ({ start: f.start, end: f.end }));
      const first = figs[0];
      const sentence = first ? sentenceAround(text, first.start, figs[figs.length - 1].end) : '';
      const select = () => this.emit('aa-select', { check: c, ranges });
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
      list.append(el('li', { class: `aa-check aa-status-${c.status}${review ? ` aa-reviewed-${review}` : ''}`, 'data-check': c.id, 'data-rule': c.rule }, main, actions));
    }
    if (!report.checks.length) list.append(el('li', { class: 'aa-empty', text: s.noChecks }));

    // Legend, counts and filters for the kinds present (and the usual entity kinds).
    const kinds = countKinds(report);
    const legend = el('fieldset', { class: 'aa-legend' }, el('legend', { text: `${s.legend} · ${s.filters}` }));
    const shown = [...new Set([...ENTITY_KINDS.filter((k) => kinds.has(k)), ...kinds.keys()])];
    for (const kind of shown) {
      const id = `aa-filter-${kind}-${Math.random().toString(36).slice(2, 7)}`;
      const box = el('input', { type: 'checkbox', id, 'data-kind': kind, onchange: (ev) => this.emit('aa-filter', { kind, visible: ev.target.checked }) });
      box.checked = !hidden.has(kind);
      legend.append(el('div', { class: 'aa-filter' }, box,
        el('label', { for: id }, el('span', { class: `aa-swatch aa-kind-${kind}`, 'aria-hidden': 'true' }), el('span', { text: ` ${kindLabel(lang, kind)} (${kinds.get(kind)})` }))));
    }
    this.replaceChildren(head, summary, legend, list);
  }
}

if (globalThis.customElements && !customElements.get('article-analyzer-panel')) customElements.define('article-analyzer-panel', ArticleAnalyzerPanel);
