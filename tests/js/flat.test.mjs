// The flat hand-over (analyzeFlat + decodeReport) gives exactly the value
// JSON.parse(analyzeJson(…)) gives: the same keys in the same order, the
// same numbers, the same strings, for every input the fuzzer kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, join } from 'node:path';
import { initSync, analyzeJson, analyzeFlat } from '../../www/pkg/article_analyzer.js';
import { decodeReport } from '../../www/lib/flat.js';

const repo = resolve(fileURLToPath(import.meta.url), '../../..');
initSync({ module: readFileSync(join(repo, 'www/pkg/article_analyzer_bg.wasm')) });

const samples = readdirSync(join(repo, 'www/samples')).filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(repo, 'www/samples', f), 'utf8'));
const corpus = join(repo, 'fuzz/corpus/analyze');
const fuzzed = readdirSync(corpus).map((f) => readFileSync(join(corpus, f)).toString('utf8'));

function same(text, options = {}) {
  const want = JSON.parse(analyzeJson(text, options));
  const got = decodeReport(analyzeFlat(text, options));
  assert.deepStrictEqual(got, want);
  // Key order too: JSON.stringify writes keys in insertion order.
  assert.equal(JSON.stringify(got), JSON.stringify(want));
}

test('samples, odd strings and every fuzz-corpus input decode to the JSON report', () => {
  const odd = ['', '\uFEFF', 'a\uD800b 5%', '😀 đạt\u00A070% 👩‍👩‍👧 tăng １２％', '9'.repeat(400), '1e309 1/0 0/0 0%',
    '{"__proto__": 1} "\\u0000" \u2028\u2029 </script>'];
  for (const text of [...samples, ...odd]) for (const lang of ['auto', 'vi', 'en']) same(text, { lang });
  assert.ok(fuzzed.length > 1000, `${fuzzed.length} fuzz inputs`);
  for (const text of fuzzed) same(text);
});

test('a report too big for one piece of ops is joined whole', () => {
  const text = samples.join('\n\n').repeat(100);
  const flat = analyzeFlat(text, {});
  assert.ok(flat.ops.length > 1 << 17, `${flat.ops.length} ops`);
  same(text);
});

test('the error object and the TypeErrors are those of analyzeJson', () => {
  const big = 'a'.repeat(10 * 1024 * 1024 + 1);
  assert.deepStrictEqual(decodeReport(analyzeFlat(big, {})), JSON.parse(analyzeJson(big, {})));
  assert.throws(() => analyzeFlat(42, {}), (e) => e instanceof TypeError && /text must be a string, not number/.test(e.message));
  assert.throws(() => analyzeFlat('x', { lang: 'fr' }), TypeError);
  const flat = (ops) => ({ ops: new Uint32Array(ops), nums: new Float64Array(), strings: '', lens: new Uint32Array() });
  // An array of more values than there are, an object of a shape not defined.
  assert.throws(() => decodeReport(flat([0, 6, 2])), /malformed op/);
  assert.throws(() => decodeReport(flat([0, 7, 0])), /malformed op/);
  assert.throws(() => decodeReport(flat([0, 0])), /trailing data/);
  // Strings are numbered as they first come: string 1 before string 0, or
  // past the last, is malformed.
  const two = (ops) => ({ ops: new Uint32Array(ops), nums: new Float64Array(), strings: 'ab', lens: new Uint32Array([2, 2]) });
  assert.deepStrictEqual(decodeReport(two([8, 9, 8, 6, 3])), ['a', 'b', 'a']);
  // Strings of Latin-1 and the others lie in two texts, told by the low bit.
  const apart = { ops: new Uint32Array([8, 9, 10, 9, 6, 4]), nums: new Float64Array(), strings: 'aé', wide: 'ā😀', lens: new Uint32Array([2, 7, 2]) };
  assert.deepStrictEqual(decodeReport(apart), ['a', 'ā😀', 'é', 'ā😀']);
  assert.throws(() => decodeReport(two([9])), /malformed op/);
  assert.throws(() => decodeReport(two([8, 9, 10, 6, 3])), /malformed op/);
  assert.throws(() => decodeReport(two([5, 1, 9, 7, 0])), /malformed op/);
});
