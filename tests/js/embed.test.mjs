// The embedding API's analyzer outside a browser: createAnalyzer({ worker: false })
// runs the WASM in the calling thread, which is how Node (tests, build
// scripts, a CMS's server-side check) uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, AnalyzerError } from '../../www/article-analyzer.js';

test('worker: false analyzes in this thread, offsets slice the caller\'s string', async () => {
  const a = createAnalyzer({ worker: false });
  const text = 'Doanh thu tăng từ 200 lên 250 tỷ đồng, tăng 30% so với năm trước. 😀 Kết nạp 77/110 đảng viên, đạt 70%.';
  const r = await a.analyze(text, { lang: 'auto' });
  assert.equal(r.version, 1);
  assert.equal(r.language, 'vi');
  for (const s of [...r.figures, ...r.entities]) assert.equal(text.slice(s.start, s.end), s.text);
  const bad = r.checks.find((c) => c.rule === 'percent-change');
  assert.equal(bad.status, 'inconsistent');
  assert.equal(bad.expected, 25);
  assert.ok(r.checks.some((c) => c.rule === 'ratio-percent' && c.status === 'consistent'));
  // The same module instance answers again, and English is detected.
  const en = await a.analyze('Revenue rose from $200 million to $250 million, up 30%.');
  assert.equal(en.language, 'en');
  assert.ok(en.checks.some((c) => c.status === 'inconsistent'));
  a.dispose();
});

test('without Web Workers (Node), worker: true falls back to the calling thread', async () => {
  const a = createAnalyzer();
  const r = await a.analyze('đạt 70%');
  assert.equal(r.figures[0].text, '70%');
  a.dispose();
});

test('errors are clear: TypeError for a non-string, input-too-large with its limit', async () => {
  const a = createAnalyzer({ worker: false });
  await assert.rejects(() => a.analyze(42), TypeError);
  await assert.rejects(() => a.analyze('a'.repeat(10 * 1024 * 1024 + 1)), (e) => e instanceof AnalyzerError && e.code === 'input-too-large' && e.limit === 10 * 1024 * 1024);
  assert.equal((await a.analyze('tăng 5%')).figures.length, 1);
  a.dispose();
});
