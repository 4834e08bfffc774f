// The WASM package under Node gives the same report as the native CLI, and
// its spans slice back in JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve, join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

function cliJson(text, lang = 'auto') {
  return execFileSync(cli, ['analyze', '--lang', lang], { input: text, maxBuffer: 1 << 28 }).toString('utf8').replace(/\n$/, '');
}

function cliReport(text) {
  return JSON.parse(cliJson(text));
}

// Edge cases for byte-identity: empty and blank input, a lone surrogate
// (both sides read it as U+FFFD), marks without a base, huge and
// degenerate numbers, a non-ASCII text ending exactly at a 256-byte
// boundary (a bug the fuzzer found), dates that do not exist.
const edges = [
  '', ' ', '\n\n', '\uFEFF', '\u0301\u0323', 'a\uD800b 5%', '\uDC00', '9'.repeat(400), '1e309 1/0 0/0 0%',
  `${'9'.repeat(40)}%`, 'tăng từ 0 lên 5 tỷ đồng, tăng 100%', '31/2/2018 25:61 2020 – 2016',
  '\uFFFD' + 'x'.repeat(253) + '3', 'MMMMMMMMMMMMMMM XIV', '１２３４５％ 1\u00A0234\u202F5',
];

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

test('the WASM JSON is byte-identical to the CLI output, in every language mode', () => {
  for (const text of [...samples, ...tricky, ...edges]) {
    for (const lang of ['auto', 'vi', 'en']) {
      const wasm = analyzeJson(text, { lang });
      assert.equal(wasm, cliJson(text, lang), `lang ${lang}, text ${JSON.stringify(text.slice(0, 60))}`);
      assert.deepEqual(analyze(text, { lang }), JSON.parse(wasm));
      assertSlices(text, JSON.parse(wasm));
    }
  }
});

test('a report of several pieces (analyzeJson hands JS 256 KiB at a time) is still the CLI\'s bytes', () => {
  // The samples, each with a character outside the BMP and a JSON escape
  // between them, repeated until the JSON spans several pieces.
  let text = samples.join('\n😀 "x"\t\\\n');
  while (text.length < 200_000) text += `\n${text}`;
  const wasm = analyzeJson(text, {});
  assert.ok(wasm.length > 3 * 262_144, `report of ${wasm.length} chars is too small to come in pieces`);
  assert.equal(wasm, cliJson(text));
});

test('the same input gives the same bytes: repeated calls and a second module instance', async () => {
  const texts = [...samples, ...tricky, ...edges];
  const here = texts.map((t) => analyzeJson(t, {}));
  assert.deepEqual(texts.map((t) => analyzeJson(t, {})), here);
  // A worker thread imports the package afresh: its own module instance.
  const pkg = join(repo, 'www/pkg/article_analyzer.js');
  const wasmFile = join(repo, 'www/pkg/article_analyzer_bg.wasm');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    import(workerData.pkg).then((m) => {
      m.initSync({ module: readFileSync(workerData.wasmFile) });
      parentPort.postMessage(workerData.texts.map((t) => m.analyzeJson(t, {})));
    });`;
  const there = await new Promise((ok, fail) => {
    const w = new Worker(code, { eval: true, workerData: { pkg: 'file://' + pkg, wasmFile, texts } });
    w.once('message', ok);
    w.once('error', fail);
  });
  assert.deepEqual(there, here);
});

const LIMIT = 10 * 1024 * 1024;

function assertTooLarge(result) {
  assert.deepEqual(Object.keys(result), ['error']);
  assert.deepEqual(Object.keys(result.error).sort(), ['code', 'limit', 'message']);
  assert.equal(result.error.code, 'input-too-large');
  assert.equal(result.error.limit, LIMIT);
  assert.match(result.error.message, /10 MiB/);
}

test('inputs up to 10 MiB are analyzed, larger ones get { error: { code: "input-too-large", limit } }', () => {
  // Exactly at the limit: analyzed.
  const head = 'Đạt 70%. ';
  const full = head.padEnd(LIMIT - (Buffer.byteLength(head) - head.length), 'x');
  assert.equal(Buffer.byteLength(full), LIMIT);
  const atLimit = analyze(full, {});
  assert.equal(atLimit.version, 1);
  assert.ok(atLimit.figures.length >= 1);
  // One byte over, in ASCII (refused before it is copied into WASM memory).
  assertTooLarge(analyze('a'.repeat(LIMIT + 1), {}));
  assertTooLarge(JSON.parse(analyzeJson('a'.repeat(LIMIT + 1), {})));
  // Fewer UTF-16 units than the limit but more UTF-8 bytes (3 each).
  assertTooLarge(analyze('ế'.repeat(LIMIT / 3 + 1), { lang: 'vi' }));
  assertTooLarge(JSON.parse(analyzeJson('ế'.repeat(LIMIT / 3 + 1), {})));
  // The module still works afterwards.
  assert.equal(analyze('đạt 70%', {}).version, 1);
});

test('a non-string text or bad options is a TypeError that says what was passed', () => {
  const cases = [
    [() => analyze(42, {}), /text must be a string, not number/],
    [() => analyze(undefined), /text must be a string, not undefined/],
    [() => analyze(null, {}), /text must be a string, not null/],
    [() => analyze(['đạt 70%'], {}), /text must be a string, not an array/],
    [() => analyze({ text: 'x' }, {}), /text must be a string, not object/],
    [() => analyzeJson(42, {}), /text must be a string, not number/],
    [() => analyze('x', 'vi'), /options must be an object/],
    [() => analyze('x', { lang: 'fr' }), /options.lang must be "auto", "vi" or "en", not "fr"/],
    [() => analyze('x', { lang: 5 }), /options.lang must be .*not number/],
  ];
  for (const [call, message] of cases) {
    assert.throws(call, (e) => e instanceof TypeError && message.test(e.message), String(message));
  }
  // Options may be left out, null, or without lang.
  for (const options of [undefined, null, {}, { lang: null }, { lang: 'auto' }]) {
    assert.equal(analyze('đạt 70%', options).version, 1);
  }
  // The module still works afterwards.
  assert.equal(analyze('đạt 70%', {}).figures[0].value, 70);
});

test('options.lang forces the language', () => {
  assert.equal(analyze('Kết nạp 77/110 đảng viên', { lang: 'en' }).language, 'en');
  assert.equal(analyze('The rate rose 5 percent', { lang: 'vi' }).language, 'vi');
  assert.equal(analyze('The rate rose 5 percent').language, 'en');
});
