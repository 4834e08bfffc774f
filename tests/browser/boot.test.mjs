// Where the page's first report is computed (www/boot.js): a short kept
// draft on the page itself, before any worker exists, with a worker started
// for the edits that follow; a draft once noted as having stopped the page,
// and a long one, in a worker from the start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, pastePlain } from './harness.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

const KEY = 'article-analyzer:';

// boot.js's note: FNV-1a over the UTF-16 code units.
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Before any of the page's code: every worker started, with when and from
// where, and how many there were when the first report reached the page.
const WATCH_WORKERS = `
  window.__workers = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      window.__workers.push({ at: performance.now(), url: String(url) });
    }
  };
  new MutationObserver(() => {
    if (window.__workersAtFirst === undefined && window.__articleAnalyzer && window.__articleAnalyzer.report) {
      window.__workersAtFirst = window.__workers.length;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/** Open the page with `entries` (key → value, JSON-encoded) as all it keeps in storage. */
async function openWith(entries) {
  const page = await b.newPage();
  await page.goto(b.url + '/samples/en.txt');
  await page.evaluate(([prefix, kept]) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(kept)) localStorage.setItem(prefix + k, JSON.stringify(v));
  }, [KEY, entries]);
  await page.addInitScript(WATCH_WORKERS);
  await page.goto(b.url + '/');
  return page;
}

async function waitShown(page, text) {
  await page.waitForFunction((t) => {
    const a = window.__articleAnalyzer;
    return a && a.report && a.shownText === t && a.fresh;
  }, text, { timeout: 20000 });
}

const marks = (page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('aa:')));
const workerMarks = (w) => w.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));

test('a short kept draft: its first report computed on the page, before any worker; a worker takes the edits', async () => {
  const draft = 'Kết nạp 84/120 đảng viên, đạt 70%.';
  // A note left by another text is no reason to keep this one off the page.
  const page = await openWith({ draft, stuck: hash('another text') });
  await waitShown(page, draft);
  assert.equal(await page.evaluate(() => window.__workersAtFirst), 0, 'no worker when the first report was shown');
  const m = await marks(page);
  assert.ok(m.includes('aa:page-analyzed'), `analyzed on the page: ${m}`);
  assert.ok(m.indexOf('aa:page-analyzed') < m.indexOf('aa:show'), `before it was shown: ${m}`);
  const r = await page.evaluate(() => window.__articleAnalyzer.report);
  assert.ok(r.checks.some((c) => c.rule === 'ratio-percent' && c.status === 'consistent'), 'the draft\'s own report');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY + 'stuck'), null, 'no note left, the other text\'s dropped');
  // The worker follows the first report, handed the compiled module (it fetches no WASM).
  await page.waitForFunction(() => window.__workers.length === 1, null, { timeout: 20000 });
  const w = await page.evaluate(() => window.__workers[0]);
  assert.ok(w.at >= (await page.evaluate(() => window.__articleAnalyzer.firstReportAt)), 'started after the first report');
  assert.match(w.url, /worker\.js\?module=1$/);
  // An edit: analyzed by that worker, whose first text it is.
  const edited = 'Kết nạp 84/120 đảng viên, đạt 75%.';
  await pastePlain(page, edited);
  await waitShown(page, edited);
  const inconsistent = (await page.evaluate(() => window.__articleAnalyzer.report)).checks.find((c) => c.rule === 'ratio-percent');
  assert.equal(inconsistent?.status, 'inconsistent');
  const [worker] = page.workers();
  assert.ok(worker, 'a worker');
  const wm = await workerMarks(worker);
  assert.ok(wm.includes('aa:analyzed'), `the worker analyzed the edit: ${wm}`);
  assert.equal(await worker.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length), 0);
  assert.equal(await page.evaluate(() => window.__workers.length), 1, 'one worker for the page');
  await page.close();
});

test('a kept draft noted as having stopped the page: analyzed in a worker, the note kept', async () => {
  const draft = 'Doanh thu tăng 30%, từ 100 lên 130 tỷ đồng.';
  const page = await openWith({ draft, stuck: hash(draft) });
  await waitShown(page, draft);
  assert.equal(await page.evaluate(() => window.__workersAtFirst), 1, 'a worker was started for the first report');
  const m = await marks(page);
  assert.ok(!m.includes('aa:page-analyzed'), `not analyzed on the page: ${m}`);
  const [worker] = page.workers();
  assert.ok(worker, 'a worker');
  assert.ok((await workerMarks(worker)).includes('aa:analyzed'), 'the worker analyzed the draft');
  assert.ok((await page.evaluate(() => window.__articleAnalyzer.report)).figures.some((f) => f.text === '30%'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY + 'stuck'), JSON.stringify(hash(draft)),
    'the note stays: the next visit keeps that draft off the page too');
  await page.close();
});

test('a long kept draft: sent to a worker boot.js starts at once', async () => {
  const unit = 'Năm 2023, tỉnh có 84/120 xã đạt chuẩn, tức 70%.\n';
  const draft = unit.repeat(Math.ceil(20001 / unit.length));
  assert.ok(draft.length > 20000);
  const page = await openWith({ draft });
  await waitShown(page, draft);
  const ws = await page.evaluate(() => window.__workers);
  assert.equal(ws.length, 1);
  assert.match(ws[0].url, /worker\.js\?first=1&module=1$/, 'boot.js\'s worker, told a first text is coming');
  assert.ok(!(await marks(page)).includes('aa:page-analyzed'), 'not analyzed on the page');
  await page.close();
});
