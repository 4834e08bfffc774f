// What each report costs the page's main thread on a 20,000-word article:
// the review panel's update, the highlights' repaint (the page's own
// redrawMs), and all long tasks (PerformanceObserver 'longtask', > 50 ms)
// from a keystroke until its report is drawn and the page is idle again,
// and all the main thread's task time over the same stretch (Chromium's
// Performance.getMetrics TaskDuration: script, style, layout, paint).
// A measurement to print, not a test: `node benches/report-cost.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openFirstVisit, pastePlain, repo } from '../tests/browser/harness.mjs';

const sample = (n) => readFileSync(join(repo, 'www/samples', `${n}.txt`), 'utf8');
const unit = ['vi', 'en', 'vi-error', 'en-error'].map(sample).join('\n');
const big = unit.repeat(Math.ceil(20000 / unit.split(/\s+/).length));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

const b = await openBrowser();
try {
  const page = await b.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  });
  await openFirstVisit(page, b.url);
  await page.waitForFunction(() => window.__articleAnalyzer?.report, null, { timeout: 20000 });
  // Time each panel update.
  await page.evaluate(() => {
    const panel = document.getElementById('panel');
    const update = panel.update.bind(panel);
    window.__panel = [];
    panel.update = (next) => { const t = performance.now(); update(next); window.__panel.push(performance.now() - t); };
  });
  await pastePlain(page, big);
  await page.waitForFunction((n) => { const a = window.__articleAnalyzer; return a.text().length === n && a.fresh && a.shownText?.length === n; }, big.length, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const info = await page.evaluate(() => ({ figures: window.__articleAnalyzer.report.figures.length, checks: window.__articleAnalyzer.report.checks.length, panel: window.__panel.at(-1), redraw: window.__articleAnalyzer.redrawMs }));
  console.log(`article: ${big.split(/\s+/).filter(Boolean).length} words, ${big.length} chars, ${info.figures} figures, ${info.checks} checks; after paste: panel ${info.panel.toFixed(0)} ms, redraw ${info.redraw.toFixed(0)} ms`);
  await page.evaluate(() => {
    const ed = document.getElementById('editor');
    const lines = [...ed.children].filter((d) => d.firstChild?.nodeType === 3 && d.firstChild.length > 40);
    const line = lines[Math.floor(lines.length / 2)];
    line.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(line.firstChild, 20);
    r.collapse(true);
    ed.focus();
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  const rows = [];
  const metrics = await page.context().newCDPSession(page);
  await metrics.send('Performance.enable');
  const taskMs = async () => (await metrics.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  for (const ch of 'x 12 y') {
    await page.waitForTimeout(300);
    const t0 = await page.evaluate(() => { window.__panel = []; return performance.now(); });
    const busy0 = await taskMs();
    await page.keyboard.type(ch);
    await page.waitForFunction(() => window.__articleAnalyzer.fresh && window.__panel.length > 0, null, { timeout: 30000, polling: 20 });
    await page.waitForTimeout(600);
    const busy = (await taskMs()) - busy0;
    const r = await page.evaluate((t) => ({
      long: window.__long.filter((e) => e.start >= t).reduce((s, e) => s + e.duration, 0),
      panel: window.__panel.reduce((s, x) => s + x, 0),
      redraw: window.__articleAnalyzer.redrawMs,
    }), t0);
    r.busy = busy;
    rows.push(r);
    console.log(`key ${JSON.stringify(ch)}: main thread busy ${r.busy.toFixed(0)} ms, long tasks ${r.long.toFixed(0)} ms, panel.update ${r.panel.toFixed(0)} ms, highlight redraw ${r.redraw.toFixed(0)} ms`);
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = new Map(profile.nodes.map((n) => [n.id, 0]));
    profile.samples.forEach((id, i) => dt.set(id, dt.get(id) + (profile.timeDeltas[i] || 0)));
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(k, (self.get(k) || 0) + dt.get(n.id) / 1000);
    }
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n);
    const callers = new Map();
    for (const n of profile.nodes) {
      if (!['getBoundingClientRect', 'caretPositionFromPoint', '(garbage collector)'].includes(n.callFrame.functionName)) continue;
      let p = parent.get(n.id); const chain = [];
      while (p && chain.length < 4) { chain.push(`${p.callFrame.functionName}:${p.callFrame.lineNumber + 1}`); p = parent.get(p.id); }
      const k = `${n.callFrame.functionName} <- ${chain.join(' <- ')}`;
      callers.set(k, (callers.get(k) || 0) + dt.get(n.id) / 1000);
    }
    for (const [k, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
    for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  self ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  }
  console.log(`median per report: main thread busy ${median(rows.map((r) => r.busy)).toFixed(0)} ms, long tasks ${median(rows.map((r) => r.long)).toFixed(0)} ms, panel ${median(rows.map((r) => r.panel)).toFixed(0)} ms, redraw ${median(rows.map((r) => r.redraw)).toFixed(0)} ms`);
} finally {
  await b.close();
}
