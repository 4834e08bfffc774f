// Where the time to the first report goes: fresh first-visit loads of the
// page (the same loads and the same "first report" as benches/browser.mjs),
// each one's events on one clock: the navigation, the files fetched (by the
// page and by the worker), and the aa:* performance marks the page
// (boot.js, app.js, lib/client.js) and its worker (lib/worker.js) set on the
// first text's way through. Prints the cold load's timeline and each
// event's median over the warm loads.
//
// The worker starts once the first report is shown, so its events come
// after that report; the first report is read by its name, never by its
// place in the timeline. app.js runs only once every module it imports and
// every style sheet above it are in, so those count as two events each
// (the first asked for, the last in), not one per file.
//
// `node benches/startup.mjs [loads] [--vs DIR]` (default 7 loads); after the
// WASM is built. With --vs, DIR is another checkout (its own www/pkg built):
// both are served, their loads interleaved, and the first report compared
// load by load; on a shared machine only a difference that holds over many
// loads, and again on a second run, is one.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIRST_REPORT, openBrowser } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const vsAt = args.indexOf('--vs');
const VS = vsAt >= 0 ? args.splice(vsAt, 2)[1] : null;
const N = Math.max(2, Number(args[0] || 7));
const FIRST = 'FIRST REPORT';
// Fetched, never waited for by the report.
const QUIET = /\/favicon/;

/** [name, ms since navigation] of one global's resources and marks. */
function entries() {
  const out = [];
  const groups = {};
  const group = (name, r) => {
    const g = groups[name] || (groups[name] = { n: 0, start: Infinity, end: -Infinity });
    g.n += 1;
    g.start = Math.min(g.start, r.startTime);
    g.end = Math.max(g.end, r.responseEnd);
  };
  for (const r of performance.getEntriesByType('resource')) {
    const path = new URL(r.name).pathname;
    const inPage = typeof document !== 'undefined';
    if (inPage && path.endsWith('.css')) group('style sheets', r);
    else if (inPage && r.initiatorType === 'script' && /^\/(app|lib\/[^/]+)\.js$/.test(path)) group('app.js + its modules', r);
    // A worker's own script: Chromium dates the entry's start from when the
    // worker ran, after its response ended; only the end is real.
    else if (inPage && r.startTime > r.responseEnd) out.push([`got   ${path}`, r.responseEnd]);
    else out.push([`fetch ${path}`, r.startTime], [`got   ${path}`, r.responseEnd]);
  }
  for (const [name, g] of Object.entries(groups)) {
    out.push([`fetch ${name} (first of ${g.n})`, g.start], [`got   ${name} (last of ${g.n})`, g.end]);
  }
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('aa:')) out.push([`mark  ${m.name}`, m.startTime]);
  return { origin: performance.timeOrigin, out };
}

const b = await openBrowser();
const trees = [{ name: 'this tree', url: b.url, loads: [] }];
let other = null;
if (VS) {
  other = await (await import(pathToFileURL(join(resolve(VS), 'scripts/serve.mjs')).href)).startServer({ port: 0 });
  trees.push({ name: VS, url: other.url, loads: [] });
}
try {
  for (let i = 0; i < N; i++) {
    // Alternate which tree goes first, so neither always follows the other.
    for (const t of i % 2 ? [...trees].reverse() : trees) t.loads.push(await timeline(t.url));
  }
} finally {
  await b.close();
  await other?.close();
}

/** One fresh first-visit load of `url`: its events, sorted, on the page's clock. */
async function timeline(url) {
  const page = await b.newPage();
  await page.addInitScript(FIRST_REPORT);
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(url + '/');
  await page.waitForFunction(() => window.__firstReport, null, { timeout: 30000, polling: 20 });
  const main = await page.evaluate(`(${entries})()`);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { first: window.__firstReport, html: n.responseEnd, interactive: n.domInteractive, dcl: n.domContentLoadedEventStart };
  });
  const ev = [['html received', nav.html], ['document interactive', nav.interactive], ['DOMContentLoaded', nav.dcl], ...main.out];
  for (const w of workers) {
    try {
      const we = await w.evaluate(`(${entries})()`);
      for (const [name, t] of we.out) ev.push([`${name} (worker)`, t + we.origin - main.origin]);
    } catch { /* a worker already gone */ }
  }
  ev.push([FIRST, nav.first]);
  await page.close();
  return ev.filter(([name]) => !QUIET.test(name.replace(' (worker)', ''))).sort((x, y) => x[1] - y[1]);
}

const show = (ev) => { for (const [name, t] of ev) console.log(`${t.toFixed(0).padStart(6)} ms  ${name}`); };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const firstOf = (ev) => ev.find(([name]) => name === FIRST)[1];
for (const { name, loads } of trees) {
  const tag = VS ? ` [${name}]` : '';
  console.log(`startup${tag}: cold load (empty cache)`);
  show(loads[0]);
  const times = new Map();
  for (const ev of loads.slice(1)) for (const [n, t] of ev) times.set(n, [...(times.get(n) || []), t]);
  console.log(`startup${tag}: median of ${N - 1} warm loads`);
  show([...times].map(([n, ts]) => [n, median(ts)]).sort((x, y) => x[1] - y[1]));
  const firsts = loads.map(firstOf);
  console.log(`startup${tag}: first report ${firsts.map((t) => t.toFixed(0)).join(', ')} ms (cold first); median of the warm loads ${median(firsts.slice(1)).toFixed(0)} ms`);
}
if (VS) {
  // Each warm load against the other tree's load next to it: the machine's
  // load drifts less between neighbours than across the run.
  const d = trees[0].loads.slice(1).map((ev, i) => firstOf(ev) - firstOf(trees[1].loads[i + 1]));
  console.log(`startup: first report, this tree minus ${VS}, paired warm loads: median ${median(d).toFixed(1)} ms; ` +
    `this tree sooner in ${d.filter((x) => x < 0).length} of ${d.length}`);
}
