// From a report to what is drawn: one mark per entity, figure and checked
// figure, each with the highlight name its kind is drawn with and the lines
// of its tooltip. Shared by the page and the editor embeds, which both draw
// them with overlay.js, so the text itself is never touched.
import { formatValue } from './format.js';
import { kindLabel, strings } from './i18n.js';

export const ENTITY_KINDS = ['person', 'organization', 'location', 'title', 'document', 'event'];
export const FIGURE_KINDS = ['number', 'percent', 'percentage-point', 'ratio', 'money', 'date', 'time', 'range', 'ordinal', 'duration', 'multiplier', 'identifier'];
const STATUS_ORDER = { inconsistent: 0, unverifiable: 1, consistent: 2 };

/** The key a reviewer's mark is stored under: survives edits elsewhere in the text. */
export function checkKey(check, figuresById) {
  return [check.rule, ...check.figures.map((id) => figuresById.get(id)?.text ?? id)].join('|');
}

/** Checks in review order: inconsistent first. */
export function sortedChecks(report) {
  return [...report.checks].sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3));
}

/**
 * A mark. Its `tooltip` lines are made when first read: a long article has
 * thousands of marks, a reader hovers a few, and formatting every value
 * took more of a keystroke's main-thread time than drawing them.
 */
class Mark {
  #lines;
  #tooltip = null;
  constructor(start, end, layer, kind, highlight, id, lines) {
    this.start = start;
    this.end = end;
    this.layer = layer;
    this.kind = kind;
    this.highlight = highlight;
    this.id = id;
    this.#lines = lines;
  }

  /** @returns {string[]} */
  get tooltip() {
    return (this.#tooltip ??= this.#lines());
  }

  toJSON() {
    const { start, end, layer, kind, highlight, id, tooltip } = this;
    return { start, end, layer, kind, highlight, id, tooltip };
  }
}

/**
 * Marks for a report. `reviews` maps check keys to 'verified' | 'dismissed'.
 * Each mark: { start, end, layer, kind, highlight, id, tooltip: [lines] }.
 */
export function marksFor(report, lang, reviews = new Map()) {
  const figuresById = new Map(report.figures.map((f) => [f.id, f]));
  const checksByFigure = new Map();
  for (const c of report.checks) {
    for (const id of c.figures) {
      if (!checksByFigure.has(id)) checksByFigure.set(id, []);
      checksByFigure.get(id).push(c);
    }
  }
  const s = strings(lang);
  const marks = [];
  const entitiesById = new Map(report.entities.map((e) => [e.id, e]));
  for (const e of report.entities) {
    const known = ENTITY_KINDS.includes(e.kind);
    marks.push(new Mark(e.start, e.end, 'entity', e.kind, `aa-e-${known ? e.kind : 'other'}`, e.id, () => {
      const tooltip = [`${kindLabel(lang, e.kind)}: ${e.text}`];
      if (e.expansion) tooltip.push(e.expansion);
      // `of` (a title's person) and `same_as` (a later mention's first one) name other entities.
      const of = entitiesById.get(e.of);
      if (of) tooltip.push(`${s.entityOf}: ${of.text}`);
      const same = entitiesById.get(e.same_as);
      if (same && same.text !== e.text) tooltip.push(`${s.sameAs}: ${same.text}`);
      return tooltip;
    }));
  }
  for (const f of report.figures) {
    const known = FIGURE_KINDS.includes(f.kind);
    marks.push(new Mark(f.start, f.end, 'figure', f.kind, `aa-f-${known ? f.kind : 'other'}`, f.id,
      () => [`${kindLabel(lang, f.kind)}: ${formatValue(f, lang)}`]));
    const checks = (checksByFigure.get(f.id) || []).slice().sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3));
    if (checks.length) {
      const c = checks[0];
      const review = reviews.get(checkKey(c, figuresById));
      const status = review === 'verified' ? 'verified' : review === 'dismissed' ? 'dismissed' : c.status;
      marks.push(new Mark(f.start, f.end, 'check', status, `aa-c-${status}`, c.id,
        () => checks.map((k) => `${s.status[k.status] || k.status}: ${k.message}`)));
    }
  }
  return marks;
}

/** Counts per kind, for the legend and filters. */
export function countKinds(report) {
  const counts = new Map();
  for (const x of [...report.entities, ...report.figures]) counts.set(x.kind, (counts.get(x.kind) || 0) + 1);
  return counts;
}

const LAYER_ORDER = { check: 0, figure: 1, entity: 2 };

/** Sort order of marks for a tooltip: checks, then figures, then entities. */
export const innermostFirst = (a, b) => LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer];

/** The marks covering a text offset, innermost layers first. */
export function marksAt(marks, offset) {
  return marks.filter((m) => m.start <= offset && offset < m.end).sort(innermostFirst);
}

/** The sentence around [start, end) of text, for the review panel. */
export function sentenceAround(text, start, end) {
  const [a, b] = sentenceSpan(text, start, end);
  return text.slice(a, b).trim();
}

/** Where the sentence around [start, end) of text begins and ends, as [a, b). */
export function sentenceSpan(text, start, end) {
  // A period ends a sentence only before white space: "1.234,5" and "TP.HCM" do not.
  // Compared by code unit, not by regular expression: the panel asks for every check on every report.
  const endsAt = (i) => {
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) return true;
    return c === 0x2e && (i + 1 >= text.length || /\s/.test(text[i + 1]));
  };
  let a = start;
  while (a > 0 && !endsAt(a - 1)) a -= 1;
  let b = end;
  while (b < text.length && !endsAt(b)) b += 1;
  if (b < text.length && text[b] !== '\n') b += 1;
  return [a, b];
}

/**
 * What the panel quotes for figures at `spans` (in text order): their
 * sentence, or, when they lie in different sentences (a figure repeated
 * paragraphs apart), the first one's and the last one's joined by "…" — never
 * the whole stretch of article between them.
 */
export function quoteFor(text, spans) {
  if (!spans.length) return '';
  const first = spans[0];
  const last = spans[spans.length - 1];
  const [a, b] = sentenceSpan(text, first.start, first.end);
  if (last.end <= b) return text.slice(a, Math.max(b, last.end)).trim();
  return `${text.slice(a, b).trim()} … ${sentenceAround(text, last.start, last.end)}`;
}
