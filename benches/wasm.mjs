// The WASM package from www/pkg under Node, on the corpus that
// `cargo bench --bench analyze` wrote to target/bench/: throughput including
// handing the report to JavaScript (serde-wasm-bindgen objects from
// `analyze` against a JSON string from `analyzeJson` + JSON.parse), the peers
// (compromise, wink-nlp) on the same English text in the same process, and
// the peak WASM linear memory for a 10 MB input. Writes target/bench/wasm.json.
//
// Run by scripts/bench; alone: `node benches/wasm.mjs` after the native bench;
// `node benches/wasm.mjs --memory` measures only the peak memory (and does
// not write wasm.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const out = join(repo, 'target/bench');
const require = createRequire(import.meta.url);
const pkgJs = pathToFileURL(join(repo, 'www/pkg/article_analyzer.js')).href;
const wasmBytes = readFileSync(join(repo, 'www/pkg/article_analyzer_bg.wasm'));

/** A fresh module instance (its own linear memory): import the glue under a new URL. */
let instances = 0;
async function instance() {
  const mod = await import(`${pkgJs}?instance=${++instances}`);
  const exports = mod.initSync({ module: wasmBytes });
  return { mod, memory: exports.memory };
}

/** CPU seconds this process has used (user + system): other processes on a
 * busy machine do not count against whoever is being measured. */
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** CPU seconds per call, best of `runs` batches of at least `batch` seconds each. */
function best(fn, runs = 3, batch = 0) {
  let bestSecs = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = cpu();
    let n = 0;
    let secs;
    do {
      fn();
      n++;
      secs = cpu() - t0;
    } while (secs < batch);
    bestSecs = Math.min(bestSecs, secs / n);
  }
  return bestSecs;
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');
const mbs = (s, secs) => bytes(s) / 1e6 / secs;

/** The first paragraphs of `text` within `n` UTF-8 bytes (as the native bench's head()). */
function head(text, n) {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= n) return text;
  const cut = buf.subarray(0, n).toString('utf8');
  const i = cut.lastIndexOf('\n\n');
  return i > 0 ? cut.slice(0, i + 2) : cut;
}

const vi = readFileSync(join(out, 'corpus-vi.txt'), 'utf8');
const en = readFileSync(join(out, 'corpus-en.txt'), 'utf8');
const result = { node: process.version };
const memoryOnly = process.argv.includes('--memory');
const { mod } = await instance();

// 1. Throughput, and which hand-over is faster.
result.corpus = {};
if (!memoryOnly) {
  for (const [name, text, lang] of [['vi', vi, 'vi'], ['en', en, 'en']]) {
    const options = { lang };
    mod.analyzeJson(text, options); // warm up
    const object = best(() => mod.analyze(text, options));
    const json = best(() => JSON.parse(mod.analyzeJson(text, options)));
    const string = best(() => mod.analyzeJson(text, options));
    result.corpus[name] = { bytes: bytes(text), object_secs: object, json_secs: json, string_secs: string,
      object_mbs: mbs(text, object), json_mbs: mbs(text, json), string_mbs: mbs(text, string) };
    console.log(`wasm ${name} corpus ${(bytes(text) / 1e6).toFixed(2)} MB: objects ${mbs(text, object).toFixed(1)} MB/s, ` +
      `JSON string + JSON.parse ${mbs(text, json).toFixed(1)} MB/s (string alone ${mbs(text, string).toFixed(1)} MB/s)`);
  }
  const c = result.corpus;
  const total = c.vi.bytes + c.en.bytes;
  result.object_mbs = total / 1e6 / (c.vi.object_secs + c.en.object_secs);
  result.json_mbs = total / 1e6 / (c.vi.json_secs + c.en.json_secs);
  result.faster = result.json_mbs >= result.object_mbs ? 'json' : 'object';
  result.mixed_mbs = Math.max(result.json_mbs, result.object_mbs);
  console.log(`wasm mixed corpus: objects ${result.object_mbs.toFixed(1)} MB/s, JSON ${result.json_mbs.toFixed(1)} MB/s → ${result.faster} is faster`);

  // 2. Peers on the same English text, same process. compromise is slow
  // enough (and slower per byte on longer texts) that the whole 2 MB would
  // take many minutes, so all three read the corpus's first 32 KB of
  // paragraphs — the size the performance issue measured the peers on.
  const part = head(en, 32_000);
  const compromise = require('compromise');
  const winkNLP = require('wink-nlp');
  const wink = winkNLP(require('wink-eng-lite-web-model'));
  const its = wink.its;
  const runs = {
    ours: () => JSON.parse(mod.analyzeJson(part, { lang: 'en' })),
    // What compromise offers of ours: people, places, organizations, numbers, percentages, money.
    compromise: () => {
      const d = compromise(part);
      return [d.people().out('offset'), d.places().out('offset'), d.organizations().out('offset'),
        d.numbers().out('offset'), d.percentages().out('offset'), d.money().out('offset')];
    },
    // wink-nlp's entities: numbers, dates, money, percent (no people or organizations).
    'wink-nlp': () => {
      const d = wink.readDoc(part);
      return [d.entities().out(its.detail), d.entities().out(its.span)];
    },
  };
  result.peers = { bytes: bytes(part) };
  for (const [name, fn] of Object.entries(runs)) {
    fn();
    const secs = best(fn, 3, name === 'ours' ? 0.2 : 0);
    result.peers[name] = { secs, mbs: mbs(part, secs) };
  }
  const p = result.peers;
  p.ratio_wink = p['wink-nlp'].secs / p.ours.secs;
  p.ratio_compromise = p.compromise.secs / p.ours.secs;
  console.log(`peers on ${(p.bytes / 1e3).toFixed(0)} KB English: ours (WASM) ${p.ours.mbs.toFixed(2)} MB/s, ` +
    `wink-nlp ${p['wink-nlp'].mbs.toFixed(2)} MB/s (×${p.ratio_wink.toFixed(1)}), compromise ${p.compromise.mbs.toFixed(3)} MB/s (×${p.ratio_compromise.toFixed(0)})`);
}

// 3. Peak linear memory for a 10 MB input. Linear memory never shrinks, so
// its size after the call, in an instance that did nothing else, is the peak.
const big = head(vi.repeat(Math.ceil(10_000_000 / bytes(vi)) + 1), 10_000_000);
result.memory = { bytes: bytes(big) };
for (const api of ['analyze', 'analyzeJson']) {
  const { mod: m, memory } = await instance();
  const start = memory.buffer.byteLength;
  const t0 = cpu();
  const r = m[api](big, { lang: 'auto' });
  const secs = cpu() - t0;
  const report = typeof r === 'string' ? JSON.parse(r) : r;
  if (report.error) throw new Error(`10 MB input refused: ${JSON.stringify(report.error)}`);
  result.memory[api] = { start: start, peak: memory.buffer.byteLength, secs, figures: report.figures.length };
  console.log(`wasm memory, ${(bytes(big) / 1e6).toFixed(1)} MB input via ${api}: ${(start / 2 ** 20).toFixed(1)} MiB at start, ` +
    `${(memory.buffer.byteLength / 2 ** 20).toFixed(1)} MiB peak, ${secs.toFixed(2)} s`);
}
result.memory.peak = Math.max(result.memory.analyze.peak, result.memory.analyzeJson.peak);

if (!memoryOnly) writeFileSync(join(out, 'wasm.json'), JSON.stringify(result, null, 2));
