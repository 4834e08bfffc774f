// Exports of the report: CSV and JSON files and a plain-text summary.
// CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
// are neutralised with a leading apostrophe; every cell is quoted.
import { formatValue } from './format.js';
import { checkKey, sortedChecks } from './marks.js';
import { kindLabel, strings } from './i18n.js';

export function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  // A plain number (-3.5) is data to every spreadsheet; anything else starting so is not.
  if (/^[=+\-@\t\r]/.test(s) && !(typeof value === 'number' && Number.isFinite(value))) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function csvRow(cells) {
  return cells.map(csvCell).join(',');
}

export function toCsv(report, reviews = new Map()) {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const rows = [csvRow(['type', 'id', 'kind_or_rule', 'text', 'start', 'end', 'value', 'status', 'review', 'message', 'figures'])];
  for (const f of report.figures) {
    rows.push(csvRow(['figure', f.id, f.kind, f.text, f.start, f.end, f.value ?? f.iso ?? '', '', '', '', '']));
  }
  for (const e of report.entities) {
    rows.push(csvRow(['entity', e.id, e.kind, e.text, e.start, e.end, e.expansion ?? '', '', '', '', '']));
  }
  for (const c of report.checks) {
    rows.push(csvRow(['check', c.id, c.rule, c.figures.map((id) => byId.get(id)?.text ?? id).join(' | '), '', '', c.expected ?? '', c.status,
      reviews.get(checkKey(c, byId)) ?? '', c.message, c.figures.join(' ')]));
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}

export function toJson(report, reviews = new Map()) {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const checks = report.checks.map((c) => ({ ...c, review: reviews.get(checkKey(c, byId)) ?? null }));
  return JSON.stringify({ ...report, checks }, null, 2);
}

export function toPlainText(report, lang, reviews = new Map()) {
  const s = strings(lang);
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const lines = [`${s.review}:`];
  for (const c of sortedChecks(report)) {
    const review = reviews.get(checkKey(c, byId));
    lines.push(`- [${s.status[c.status] || c.status}${review ? ` · ${s[review] || review}` : ''}] ${c.message}`);
  }
  if (!report.checks.length) lines.push(`- ${s.noChecks}`);
  lines.push('', `${kindLabel(lang, 'number')}:`);
  for (const f of report.figures) lines.push(`- ${f.text} — ${kindLabel(lang, f.kind)}: ${formatValue(f, lang)}`);
  if (report.entities.length) {
    lines.push('');
    for (const e of report.entities) lines.push(`- ${e.text} — ${kindLabel(lang, e.kind)}`);
  }
  return lines.join('\n') + '\n';
}

/** Offer `content` as a file download. */
export function download(filename, content, mime) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
