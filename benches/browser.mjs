// The page in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core, our static server): time from navigation to the first
// report on the sample article, what one keystroke costs the main thread on
// a 20,000-word article, a 5,000-word article analyzed end to end, and the
// size of everything the page loads (raw, gzip, brotli). Writes
// target/bench/browser.json.
//
// Main-thread time is Chromium's own account (the DevTools Protocol's
// Performance.getMetrics "TaskDuration": time the renderer's main thread
// spent running tasks — script, style, layout, paint), read before a key is
// pressed and after its report is drawn, so the analysis in the worker is
// not counted but everything the page does with its result is.
//
// Run by scripts/bench; alone: `node benches/browser.mjs` after the native bench.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { join } from 'node:path';
import { FIRST_REPORT, openBrowser, pastePlain, repo } from '../tests/browser/harness.mjs';

const out = join(repo, 'target/bench');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const vi = readFileSync(join(out, 'corpus-vi.txt'), 'utf8');

/** The corpus's first `n` words, with its own spacing and line breaks. */
function words(text, n) {
  const re = /\S+/g;
  let m;
  let k = 0;
  let end = 0;
  while (k < n && (m = re.exec(text))) { k++; end = m.index + m[0].length; }
  return text.slice(0, end);
}


async function paste(page, text) {
  await pastePlain(page, text);
  await page.waitForFunction((n) => window.__articleAnalyzer.text().length === n && window.__articleAnalyzer.report
    && window.__articleAnalyzer.timings.length > 0, text.length, { timeout: 60000, polling: 50 });
  // Let the report for the pasted text land (a report for the old text may come first).
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 300)));
}

const b = await openBrowser();
const result = {};
try {
  // 1. Navigation → first report, five fresh loads (the first is cold).
  const loads = [];
  let loaded = [];
  for (let i = 0; i < 5; i++) {
    const page = await b.newPage();
    await page.addInitScript(FIRST_REPORT);
    const seen = [];
    page.on('requestfinished', (r) => seen.push(r.url()));
    await page.goto(b.url + '/');
    await page.waitForFunction(() => window.__firstReport, null, { timeout: 30000, polling: 20 });
    loads.push(await page.evaluate(() => window.__firstReport));
    if (i === 0) loaded = seen.slice();
    await page.close();
  }
  result.first_report = { cold_ms: loads[0], median_ms: median(loads), runs_ms: loads };
  console.log(`browser: navigation → first report ${loads[0].toFixed(0)} ms cold, median of 5 loads ${median(loads).toFixed(0)} ms`);

  // 2. Sizes of what the first load fetched, from the files the server sent.
  const files = [...new Set(loaded.filter((u) => u.startsWith(b.url + '/')).map((u) => new URL(u).pathname))];
  result.sizes = { files: [] };
  let raw = 0; let gz = 0; let br = 0;
  for (const p of files) {
    const file = join(repo, 'www', p.endsWith('/') ? p + 'index.html' : p);
    let data;
    try { statSync(file); data = readFileSync(file); } catch { continue; }
    const g = gzipSync(data, { level: 9 }).length;
    const r = brotliCompressSync(data, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
    result.sizes.files.push({ path: p, raw: data.length, gzip: g, brotli: r });
    raw += data.length; gz += g; br += r;
  }
  Object.assign(result.sizes, { raw, gzip: gz, brotli: br });
  for (const f of result.sizes.files.sort((x, y) => y.raw - x.raw)) {
    console.log(`  ${f.path.padEnd(36)} ${(f.raw / 1024).toFixed(1).padStart(7)} KiB  ${(f.gzip / 1024).toFixed(1).padStart(6)} gzip  ${(f.brotli / 1024).toFixed(1).padStart(6)} br`);
  }
  console.log(`browser: the page loads ${files.length} files, ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzip, ${(br / 1024).toFixed(0)} KiB brotli`);

  // 3. A 5,000-word article end to end: the page's own analyzeNow() — read
  // the editor, worker round trip, JSON.parse, highlights and panel drawn.
  {
    const page = await b.newPage();
    await page.goto(b.url + '/');
    await page.waitForFunction(() => window.__articleAnalyzer?.report, null, { timeout: 30000 });
    const text = words(vi, 5000);
    await paste(page, text);
    const r = await page.evaluate(async () => {
      const a = window.__articleAnalyzer;
      const page = [];
      for (let i = 0; i < 5; i++) await a.analyzeNow();
      for (let i = 0; i < 30; i++) { const t = performance.now(); await a.analyzeNow(); page.push(performance.now() - t); }
      // The analyzer alone, as an embedder calls it (worker round trip + parse).
      const { createAnalyzer } = await import('./lib/client.js');
      const an = createAnalyzer({ worker: true });
      const textNow = a.text();
      const alone = [];
      for (let i = 0; i < 5; i++) await an.analyze(textNow);
      for (let i = 0; i < 30; i++) { const t = performance.now(); await an.analyze(textNow); alone.push(performance.now() - t); }
      an.dispose();
      return { page, alone, figures: a.report.figures.length };
    });
    result.article_5000 = { bytes: Buffer.byteLength(text), page_median_ms: median(r.page), analyzer_median_ms: median(r.alone), figures: r.figures };
    console.log(`browser: 5,000-word article (${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB, ${r.figures} figures): ` +
      `analyzer round trip ${median(r.alone).toFixed(1)} ms median, page analyze + draw ${median(r.page).toFixed(1)} ms median`);
    await page.close();
  }

  // 4. Keystrokes on a 20,000-word article: main-thread time per key.
  {
    const page = await b.newPage();
    await page.goto(b.url + '/');
    await page.waitForFunction(() => window.__articleAnalyzer?.report, null, { timeout: 30000 });
    const text = words(vi, 20000);
    await paste(page, text);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSecs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    await page.evaluate(() => {
      const ed = document.getElementById('editor');
      ed.focus();
      const sel = getSelection();
      sel.selectAllChildren(ed);
      sel.collapseToEnd();
    });
    const perKey = [];
    for (let i = 0; i < 7; i++) {
      const n = await page.evaluate(() => window.__articleAnalyzer.timings.length);
      const t0 = await taskSecs();
      await page.keyboard.type(String(i % 10));
      await page.waitForFunction((k) => window.__articleAnalyzer.timings.length > k, n, { timeout: 30000, polling: 100 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      perKey.push((await taskSecs() - t0) * 1e3);
    }
    const keys = perKey.slice(2); // the first keys warm up the page's code paths
    result.keystroke_20000 = { bytes: Buffer.byteLength(text), median_ms: median(keys), runs_ms: keys };
    console.log(`browser: keystroke on a 20,000-word article (${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB): ` +
      `${median(keys).toFixed(1)} ms main-thread time per key (median of ${keys.length})`);
    await page.close();
  }
} finally {
  await b.close();
}
writeFileSync(join(out, 'browser.json'), JSON.stringify(result, null, 2));
