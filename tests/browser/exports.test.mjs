// The page's pure modules under Node (no browser): exports are safe for any
// text, every UI string exists in both languages, values read as the issue
// writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv, toJson, toPlainText } from '../../www/lib/export.js';
import { STRINGS } from '../../www/lib/i18n.js';
import { formatValue } from '../../www/lib/format.js';

const nasty = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', 'a "quoted" word', 'line\nbreak', '\uD800 lone', '\u0000\u001f', '=HYPERLINK("javascript:alert(1)")', '<img src=x onerror=alert(1)>'];

test('CSV cells: formulas neutralised, quotes doubled, plain numbers left as numbers', () => {
  for (const s of nasty) {
    const cell = csvCell(s);
    assert.ok(cell.startsWith('"') && cell.endsWith('"'));
    const inner = cell.slice(1, -1).replace(/""/g, '"');
    assert.ok(!/^[=+\-@\t\r]/.test(inner), `${JSON.stringify(s)} → ${cell}`);
    assert.equal(inner.replace(/^'/, ''), s);
  }
  assert.equal(csvCell(-3.5), '"-3.5"');
  assert.equal(csvCell('-3.5'), `"'-3.5"`);
  assert.equal(csvCell(null), '""');
});

function report(text) {
  return {
    version: 1, language: 'vi',
    entities: [{ id: 'e1', kind: 'person', text, start: 0, end: text.length }],
    figures: [{ id: 'f1', kind: 'number', text, start: 0, end: text.length, value: -2, unit: null, approximate: false, decimals: 0 }],
    checks: [{ id: 'c1', rule: 'sum-total', status: 'inconsistent', figures: ['f1'], expected: -1, stated: -2, message: text }],
  };
}

test('JSON export parses back for any text; CSV keeps one row per item', () => {
  for (const s of nasty) {
    const r = report(s);
    const back = JSON.parse(toJson(r, new Map([['sum-total|' + s, 'verified']])));
    assert.equal(back.figures[0].text, s);
    assert.equal(back.checks[0].review, 'verified');
    const csv = toCsv(r);
    assert.ok(csv.startsWith('\ufeff"type"'));
    assert.ok(toPlainText(r, 'en').includes('To review'));
  }
});

test('every UI string exists in Vietnamese and English', () => {
  const keys = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`])).sort();
  assert.deepEqual(keys(STRINGS.vi), keys(STRINGS.en));
  for (const lang of ['vi', 'en']) {
    for (const [k, v] of Object.entries(STRINGS[lang])) if (typeof v === 'string') assert.ok(v.length > 0, `${lang}.${k}`);
  }
});

test('parsed values read as an editor writes them', () => {
  assert.equal(formatValue({ kind: 'money', text: '3,2 tỷ đồng', value: 3.2e9, currency: 'VND' }, 'vi'), '3,2 tỷ đồng = 3 200 000 000 VND');
  assert.equal(formatValue({ kind: 'money', text: '$412.6 million', value: 412.6e6, currency: 'USD' }, 'en'), '$412.6 million = 412 600 000 USD');
  assert.equal(formatValue({ kind: 'ratio', text: '77/110', numerator: 77, denominator: 110, value: 0.7 }, 'vi'), '77/110 = 70%');
  // A kind this page does not know yet still shows its fields.
  assert.match(formatValue({ kind: 'temperature', text: '30 °C', value: 30, unit: 'C' }, 'en'), /value: 30/);
});

test('the draft store: kept only while on, never an older copy left behind when full, forget clears all', async () => {
  const data = new Map();
  let quota = Infinity;
  globalThis.localStorage = {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => { if (v.length > quota) throw new Error('QuotaExceededError'); data.set(k, String(v)); },
    removeItem: (k) => data.delete(k),
    get length() { return data.size; },
    key: (i) => [...data.keys()][i] ?? null,
  };
  const { store } = await import('../../www/lib/store.js');
  assert.equal(store.keepDraft(), true, 'on by default');
  assert.equal(store.saveDraft('một'), true);
  assert.equal(store.draft(), 'một');
  quota = 10;
  assert.equal(store.saveDraft('a draft far too long for the quota'), false);
  assert.equal(store.draft(), null, 'the older draft is not left to come back on reload');
  quota = Infinity;
  store.setKeepDraft(false);
  assert.equal(store.saveDraft('hai'), true);
  assert.equal(store.draft(), null, 'nothing kept while off');
  store.saveReviews(new Map([['ratio-percent|84/120|70%', 'verified']]));
  data.set('another-app:key', 'kept');
  store.forget();
  assert.deepEqual([...data.keys()], ['another-app:key'], 'only this page\'s keys go');
  data.clear();
  assert.equal(data.size, 0);
});
