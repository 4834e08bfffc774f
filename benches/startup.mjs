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
// `node benches/startup.mjs [loads]` (default 7); after the WASM is built.
import { FIRST_REPORT, openBrowser } from '../tests/browser/harness.mjs';

const N = Math.max(2, Number(process.argv[2] || 7));
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
const loads = [];
try {
  for (let i = 0; i < N; i++) {
    const page = await b.newPage();
    await page.addInitScript(FIRST_REPORT);
    const workers = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(b.url + '/');
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
    loads.push(ev.filter(([name]) => !QUIET.test(name.replace(' (worker)', ''))).sort((x, y) => x[1] - y[1]));
    await page.close();
  }
} finally {
  await b.close();
}

const show = (ev) => { for (const [name, t] of ev) console.log(`${t.toFixed(0).padStart(6)} ms  ${name}`); };
console.log('startup: cold load (empty cache)');
show(loads[0]);
const times = new Map();
for (const ev of loads.slice(1)) for (const [name, t] of ev) times.set(name, [...(times.get(name) || []), t]);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`startup: median of ${N - 1} warm loads`);
show([...times].map(([name, ts]) => [name, median(ts)]).sort((x, y) => x[1] - y[1]));
const firsts = loads.map((ev) => ev.find(([name]) => name === FIRST)[1]);
console.log(`startup: first report ${firsts.map((t) => t.toFixed(0)).join(', ')} ms (cold first); median of the warm loads ${median(firsts.slice(1)).toFixed(0)} ms`);
