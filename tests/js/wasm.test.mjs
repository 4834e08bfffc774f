// The WASM package under Node gives the same report as the native CLI, and
// its spans slice back in JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve, join } from 'node:path';
import { initSync, analyze, analyzeJson } from '../../www/pkg/article_analyzer.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
initSync({ module: readFileSync(join(repo, 'www/pkg/article_analyzer_bg.wasm')) });
const cli = process.env.ARTICLE_ANALYZER_BIN || join(repo, 'target/release/article-analyzer');

const samples = readdirSync(join(repo, 'www/samples')).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(repo, 'www/samples', f), 'utf8'));
const tricky = [
  '',
  'Ke\u0301t na\u0323p 77/110 \u0111a\u0309ng vie\u0302n, \u0111a\u0323t 70%.\r\nTa\u0306ng 3,5%.',
  '😀 đạt\u00A070% 👩‍👩‍👧 tăng １２％\r lone CR\u200Bzw 1.234,5 tỷ đồng',
  'The council voted 7 to 2; up 25% from $1.2 million.',
];

function cliReport(text) {
  return JSON.parse(execFileSync(cli, ['analyze'], { input: text, maxBuffer: 1 << 28 }).toString('utf8'));
}

function assertSlices(text, report) {
  for (const span of [...report.figures, ...report.entities]) {
    assert.equal(text.slice(span.start, span.end), span.text, `span ${span.id}`);
  }
}

test('the WASM report equals the CLI report', () => {
  for (const text of [...samples, ...tricky]) {
    const wasm = analyze(text, { lang: 'auto' });
    assert.deepEqual(wasm, cliReport(text));
    assert.deepEqual(JSON.parse(analyzeJson(text, {})), wasm);
    assertSlices(text, wasm);
  }
});

test('bad input is a clear error, not a crash', () => {
  assert.throws(() => analyze(42, {}), TypeError);
  assert.throws(() => analyze(undefined), TypeError);
  assert.throws(() => analyze('x', { lang: 'fr' }), TypeError);
  const big = analyze('a'.repeat(10 * 1024 * 1024 + 1), {});
  assert.equal(big.error.code, 'input-too-large');
  assert.equal(big.error.limit, 10 * 1024 * 1024);
  // The module still works afterwards.
  assert.equal(analyze('đạt 70%', {}).version, 1);
});

test('options.lang forces the language', () => {
  assert.equal(analyze('Kết nạp 77/110 đảng viên', { lang: 'en' }).language, 'en');
  assert.equal(analyze('The rate rose 5 percent', { lang: 'vi' }).language, 'vi');
  assert.equal(analyze('The rate rose 5 percent').language, 'en');
});
