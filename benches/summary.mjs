// The performance table and the budgets, from what the other benchmarks
// wrote to target/bench/ (native.json, figures.txt, wasm.json, browser.json).
// Prints one table and a summary line; exits 3 when a budget is missed, so
// a script can tell a miss from a failure to run.
//
// Budgets are those of the performance issue; they are asserted here, in a
// benchmark, never in a timed test.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const dir = join(repo, 'target/bench');
const load = (f) => (existsSync(join(dir, f)) ? JSON.parse(readFileSync(join(dir, f), 'utf8')) : null);
const native = load('native.json');
const wasm = load('wasm.json');
const browser = load('browser.json');
const figuresTxt = existsSync(join(dir, 'figures.txt')) ? readFileSync(join(dir, 'figures.txt'), 'utf8') : '';

const rows = [];
const misses = [];
let met = 0;
function row(what, value, budget = '', ok = null) {
  const status = ok === null ? '' : ok ? 'ok' : 'MISS';
  if (ok === true) met++;
  if (ok === false) misses.push(what);
  rows.push([what, value, budget, status]);
}
const f1 = (x) => x.toFixed(1);
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;

if (native) {
  const c = native.corpus;
  row(`native analyze, mixed vi/en corpus (${(c.bytes / 1e6).toFixed(1)} MB)`, `${f1(c.mixed_mbs)} MB/s`, '≥ 50 MB/s', c.mixed_mbs >= 50);
  row('  vi corpus / en corpus', `${f1(c.vi.mbs)} / ${f1(c.en.mbs)} MB/s`);
  row('  with the report serialized to JSON (vi / en)', `${f1(c.vi.json_mbs)} / ${f1(c.en.json_mbs)} MB/s`);
  const a = native.articles;
  row('  sample articles repeated (vi / en, 1 MB each)', `${f1(a.vi.mbs)} / ${f1(a.en.mbs)} MB/s`);
  const m = figuresTxt.match(/figures mixed: [\d.]+ MB, ([\d.]+) MB\/s/);
  const am = figuresTxt.match(/articles mixed: [\d.]+ MB, ([\d.]+) MB\/s/);
  if (m) row('  figures only (benches/figures.rs: corpus / articles)', `${m[1]} / ${am ? am[1] : '?'} MB/s`);
  const base = native.scaling.find((s) => s.bytes >= 90_000 && s.bytes < 1_000_000);
  for (const s of native.scaling) {
    const ratio = s.ms_per_mb / base.ms_per_mb;
    const size = s.bytes >= 1e6 ? `${(s.bytes / 1e6).toFixed(0)} MB` : `${(s.bytes / 1e3).toFixed(0)} KB`;
    row(`scaling ${size}`, `${s.ms_per_mb.toFixed(1)} ms/MB (×${ratio.toFixed(2)} of 100 KB)`, s.bytes > base.bytes ? '≤ ×1.5' : '', s.bytes > base.bytes ? ratio <= 1.5 : null);
  }
  for (const s of native.adversarial) {
    const label = s.unit === 'bytes' ? `${(s.full.bytes / 1e6).toFixed(0)} MB` : `${s.full.n.toLocaleString('en')} ${s.unit}`;
    row(`adversarial: ${s.name} (${label})`, `${s.full.ms_per_mb.toFixed(1)} ms/MB, ${(s.full.secs * 1e3).toFixed(0)} ms (×${s.ratio.toFixed(2)} of 1/10 size)`, '≤ ×1.5', s.ratio <= 1.5);
  }
}
if (wasm) {
  const better = { json: 'JSON string + JSON.parse', object: 'serde-wasm-bindgen objects', flat: 'flat arrays + decodeReport' }[wasm.faster];
  row('WASM in Node, mixed corpus, report handed to JS', `${f1(wasm.mixed_mbs)} MB/s (${better} fastest)`, '≥ 25 MB/s', wasm.mixed_mbs >= 25);
  row('  objects (analyze) / JSON (analyzeJson + parse) / flat (analyzeFlat + decode)', `${f1(wasm.object_mbs)} / ${f1(wasm.json_mbs)} / ${f1(wasm.flat_mbs ?? NaN)} MB/s`);
  const p = wasm.peers;
  row(`peers, same ${(p.bytes / 1e3).toFixed(0)} KB English, same run: ours (WASM)`, `${p.ours.mbs.toFixed(2)} MB/s`);
  row('  wink-nlp + wink-eng-lite-web-model', `${p['wink-nlp'].mbs.toFixed(2)} MB/s → ours ×${f1(p.ratio_wink)}`, '≥ ×10', p.ratio_wink >= 10);
  row('  compromise', `${p.compromise.mbs.toFixed(3)} MB/s → ours ×${p.ratio_compromise.toFixed(0)}`, '≥ ×100', p.ratio_compromise >= 100);
  const m = wasm.memory;
  row(`peak WASM memory, ${(m.bytes / 1e6).toFixed(0)} MB input, analyzeJson`, mib(m.analyzeJson.peak), '≤ 64 MiB', m.analyzeJson.peak <= 64 * 2 ** 20);
  row('  via analyze (objects)', mib(m.analyze.peak), '≤ 64 MiB', m.analyze.peak <= 64 * 2 ** 20);
  if (m.analyzeFlat) row('  via analyzeFlat (flat arrays: the page\'s path)', mib(m.analyzeFlat.peak), '≤ 64 MiB', m.analyzeFlat.peak <= 64 * 2 ** 20);
}
if (browser) {
  const fr = browser.first_report;
  row('browser: navigation → first report (median of 5)', `${fr.median_ms.toFixed(0)} ms (cold ${fr.cold_ms.toFixed(0)} ms)`, '≤ 150 ms', fr.median_ms <= 150);
  const a = browser.article_5000;
  row('browser: 5,000-word article, analyzer round trip (median)', `${a.analyzer_median_ms.toFixed(1)} ms`, '≤ 5 ms', a.analyzer_median_ms <= 5);
  row('  page analyze + highlights + panel (median)', `${a.page_median_ms.toFixed(1)} ms`);
  const k = browser.keystroke_20000;
  row('browser: main-thread time per keystroke, 20,000 words', `${k.median_ms.toFixed(1)} ms`);
  const s = browser.sizes;
  row(`page loads (${s.files.length} files): raw / gzip / brotli`, `${kib(s.raw)} / ${kib(s.gzip)} / ${kib(s.brotli)}`, '≤ 500 KB gzip', s.gzip <= 500_000);
  const w = s.files.find((f) => f.path.endsWith('.wasm'));
  if (w) row('  of which the .wasm', `${kib(w.raw)} / ${kib(w.gzip)} / ${kib(w.brotli)}`);
}

const machine = native?.machine || `${cpus()[0]?.model}, ${cpus().length} cores`;
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(`\nPerformance, ${new Date().toISOString().slice(0, 10)}, ${machine}, Node ${process.version}`);
console.log(line(['measure', 'value', 'budget', '']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const total = met + misses.length;
const missing = [!native && 'native', !wasm && 'wasm', !browser && 'browser'].filter(Boolean);
console.log(`\nbudgets: ${met}/${total} met${misses.length ? `; missed: ${misses.join('; ')}` : ''}${missing.length ? `; not run: ${missing.join(', ')}` : ''}`);
process.exit(misses.length || missing.length ? 3 : 0);
