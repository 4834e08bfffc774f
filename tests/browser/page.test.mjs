// The editor's page in headless Chromium: paste, highlights, review panel,
// exports, safety (XSS, CSP, no foreign requests), fault recovery, speed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, foreignRequests, outDir, repo } from './harness.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

async function freshPage(width = 1440, height = 900) {
  const page = await b.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(b.url + '/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitReport(page);
  return page;
}

async function waitReport(page) {
  await page.waitForFunction(() => window.__articleAnalyzer?.report, null, { timeout: 20000 });
}

/** Paste text into the editor as a user would (a paste event with text/plain). */
async function paste(page, text) {
  await page.evaluate((t) => {
    const ed = document.getElementById('editor');
    ed.focus();
    document.execCommand('selectAll');
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    dt.setData('text/html', `<b>${t}</b>`);
    ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction((t) => window.__articleAnalyzer.text() === t && window.__articleAnalyzer.report, text);
  await page.waitForFunction((t) => {
    const r = window.__articleAnalyzer.report;
    return r && r.figures.every((f) => window.__articleAnalyzer.text().slice(f.start, f.end) === f.text);
  }, text);
}

test('the Vietnamese sample is highlighted and its 84/120 = 70% claim verified', async () => {
  const page = await freshPage();
  const r = await page.evaluate(() => window.__articleAnalyzer.report);
  assert.equal(r.language, 'vi');
  const ratio = r.figures.find((f) => f.kind === 'ratio' && f.text === '84/120');
  assert.ok(ratio, 'the ratio 84/120 is a figure');
  assert.ok(r.figures.some((f) => f.kind === 'percent' && f.text === '70%'));
  assert.ok(r.figures.some((f) => f.kind === 'date' && f.text === '19/7/2023'));
  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  for (const n of ['aa-f-ratio', 'aa-f-percent', 'aa-f-date', 'aa-c-consistent']) assert.ok(names.includes(n), `${n} in ${names}`);
  // The panel lists the claim as consistent; clicking it selects the figures.
  const item = page.locator('.aa-check.aa-status-consistent', { hasText: '84/120 = 70,0%' });
  await item.waitFor();
  await item.locator('.aa-check-main').click();
  const selected = await page.evaluate(() => getSelection().toString());
  assert.ok(selected.startsWith('84/120') && selected.endsWith('70%'), selected);
  await page.screenshot({ path: join(outDir, 'screenshot.png') });
  if (process.env.UPDATE_SCREENSHOT) copyFileSync(join(outDir, 'screenshot.png'), join(repo, 'docs/screenshot.png'));
  // Keyboard: Enter on a focused check selects too.
  await page.evaluate(() => getSelection().removeAllRanges());
  await item.locator('.aa-check-main').focus();
  await page.keyboard.press('Enter');
  assert.ok((await page.evaluate(() => getSelection().toString())).includes('84/120'));
  await page.close();
});

test('a planted error is marked red with the recomputed value', async () => {
  const page = await freshPage();
  await page.click('#sample-error');
  await page.waitForFunction(() => window.__articleAnalyzer.report?.checks.some((c) => c.status === 'inconsistent'));
  const bad = page.locator('.aa-check.aa-status-inconsistent', { hasText: '42/56 = 75,0%, không phải 80%' });
  await bad.waitFor();
  // Inconsistent checks come first.
  const first = await page.locator('.aa-check').first().getAttribute('class');
  assert.match(first, /aa-status-inconsistent/);
  assert.ok((await page.evaluate(() => [...CSS.highlights.keys()])).includes('aa-c-inconsistent'));
  // A reviewer's mark survives a reload.
  await bad.locator('.aa-verify').click();
  await page.locator('.aa-check.aa-reviewed-verified').first().waitFor();
  await page.reload();
  await waitReport(page);
  await page.locator('.aa-check.aa-reviewed-verified', { hasText: '42/56' }).waitFor();
  await page.close();
});

test('pasted markup stays text: nothing runs, nothing is rendered as HTML', async () => {
  const page = await freshPage();
  const evil = 'Tăng 30% <img src=x onerror="window.__xss=1"> và <script>window.__xss=1</script> <a href="javascript:window.__xss=1">x</a> =HYPERLINK("http://x") đạt 77/110.';
  await paste(page, evil);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('#editor img, #editor script, #editor a, #panel img, #panel script').count(), 0);
  assert.equal(await page.evaluate(() => document.getElementById('editor').textContent), evil);
  // Exports carry the text as data.
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = readFileSync(await csvDl.path(), 'utf8');
  assert.ok(!/^"=|,"=/m.test(csv), 'no cell starts with =');
  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await jsonDl.path(), 'utf8'));
  assert.equal(json.version, 1);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.close();
});

test('copying the text out gives back exactly what was pasted', async () => {
  const page = await freshPage();
  const text = 'Ke\u0301t na\u0323p 77/110 đảng viên, đạt\u00A070% 😀\n\nDòng hai: 1.234,5 tỷ đồng\u202Fnữa.\nEnglish: 77 of 110 (70%).';
  await paste(page, text);
  const out = await page.evaluate(() => {
    const ed = document.getElementById('editor');
    ed.focus();
    document.execCommand('selectAll');
    return getSelection().toString();
  });
  assert.equal(out, text);
  assert.equal(await page.evaluate(() => window.__articleAnalyzer.text()), text);
  await page.close();
});

test('typing into a 20,000-word article stays under 16 ms per keystroke (median)', async () => {
  const page = await freshPage();
  const unit = readFileSync(join(repo, 'www/samples/vi.txt'), 'utf8') + '\n' + readFileSync(join(repo, 'www/samples/en.txt'), 'utf8') + '\n';
  const words = unit.split(/\s+/).length;
  const big = unit.repeat(Math.ceil(20000 / words));
  await page.evaluate((t) => { document.getElementById('editor').textContent = t; }, big);
  await page.evaluate(() => window.__articleAnalyzer.analyzeNow());
  await page.waitForFunction((n) => window.__articleAnalyzer.text().length === n && window.__articleAnalyzer.report?.figures.length > 1000, big.length);
  await page.evaluate(() => {
    const ed = document.getElementById('editor');
    window.__keys = [];
    let t0 = 0;
    window.addEventListener('keydown', () => { t0 = performance.now(); }, true);
    ed.addEventListener('input', () => { window.__keys.push(performance.now() - t0); });
    const r = document.createRange();
    r.setStart(ed.firstChild, 500);
    r.collapse(true);
    ed.focus();
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  await page.keyboard.type('tăng 25% so với năm trước ', { delay: 30 });
  const times = await page.evaluate(() => window.__keys.slice().sort((a, b) => a - b));
  const median = times[Math.floor(times.length / 2)];
  console.log(`keystroke main-thread time on ${big.split(/\s+/).length} words: median ${median.toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms over ${times.length} keys`);
  assert.ok(times.length >= 10);
  assert.ok(median < 16, `median ${median}`);
  // The analysis of the long article still lands.
  await page.waitForFunction(() => window.__articleAnalyzer.text().includes('tăng 25% so với năm trước'));
  await page.close();
});

test('the WASM failing to load is survived: message, text kept, retried', async () => {
  const page = await b.newPage();
  let fail = true;
  await page.route('**/article_analyzer_bg.wasm', (route) => (fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await page.goto(b.url + '/');
  await page.locator('#alert:not([hidden])').waitFor({ timeout: 15000 });
  const msg = await page.locator('#alert').textContent();
  assert.ok(msg.length > 10 && !msg.includes('\n'), msg);
  const text = await page.evaluate(() => window.__articleAnalyzer.text());
  assert.ok(text.includes('84/120'), 'the draft is still in the editor');
  fail = false;
  await page.waitForFunction(() => window.__articleAnalyzer.report, null, { timeout: 20000 });
  assert.equal(await page.locator('#alert').isHidden(), true);
  await page.close();
});

test('works at 360 px, under the CSP, without leaving 127.0.0.1', async () => {
  const page = await freshPage(360, 740);
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
  await page.click('#sample-en');
  await page.waitForFunction(() => window.__articleAnalyzer.report?.language === 'en');
  assert.equal(await page.locator('h1').textContent(), 'Article figure checker');
  assert.deepEqual(foreignRequests(b.requests, b.url), []);
  assert.deepEqual(b.consoleErrors.filter((e) => /Content Security Policy|Refused to/.test(e)), []);
  await page.close();
});
