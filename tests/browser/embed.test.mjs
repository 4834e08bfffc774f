// The embedding examples in headless Chromium: a <textarea>, a contenteditable
// element, TinyMCE 8 and CKEditor 5, each with the analyzer attached.
// For each: type a paragraph with a planted inconsistency and see the marks
// land on exactly the figures' characters and the panel list it; paste text
// that looks like markup and see it stay text; check that what the editor
// saves is byte-identical with and without the analyzer after typing,
// pasting, undo and redo; detach and check nothing of ours remains; and
// measure a keystroke's main-thread time on a 20,000-word article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, foreignRequests, repo } from './harness.mjs';

let b;
before(async () => { b = await openBrowser(); });
after(async () => { await b?.close(); });

const TYPED = 'Doanh thu tăng từ 200 lên 250 tỷ đồng, tăng 30% so với năm trước.';
// Plain text that looks like markup, with a claim inside it (40/50 is 80%, not 90%).
const PASTED = 'Ghi chú <img src=x onerror="window.__xss=1"><script>window.__xss=2</script> <a href="javascript:window.__xss=3">xem</a>: ký 40/50 hợp đồng, đạt 90%.';
const PASTED_HTML = '<p>Ghi chú <img src=x onerror="window.__xss=4"><b onclick="window.__xss=5">đậm</b>: ký 40/50 hợp đồng, đạt 90%.</p><script>window.__xss=6</script>';

const EXAMPLES = {
  textarea: { prefix: 'aa-over-', root: () => document.getElementById('editor') },
  contenteditable: { prefix: '', root: () => document.getElementById('editor') },
  tinymce: { prefix: '', root: () => window.__editor.getBody() },
  ckeditor: { prefix: '', root: () => window.__editor.editing.view.getDomRoot() },
};

async function open(kind, on = true) {
  const page = await b.newPage();
  await page.goto(`${b.url}/examples/${kind}.html${on ? '' : '?analyzer=off'}`);
  await page.waitForFunction(() => window.__embed, null, { timeout: 20000 });
  if (on) await page.waitForFunction(() => window.__embed.reports > 0, null, { timeout: 20000 });
  return page;
}

/** Put the caret at the end of the editor's text. */
async function focusEnd(page, kind) {
  if (kind === 'tinymce') {
    await page.frameLocator('iframe').locator('body').click();
  } else if (kind === 'ckeditor') {
    await page.locator('.ck-editor__editable').click();
  } else {
    await page.locator('#editor').click();
  }
  await page.keyboard.press('Control+End');
}

/** Paste through the real clipboard (Ctrl+V), as an editor would. */
async function paste(page, text, html) {
  await page.evaluate(async ([t, h]) => {
    const item = { 'text/plain': new Blob([t], { type: 'text/plain' }) };
    if (h) item['text/html'] = new Blob([h], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(item)]);
  }, [text, html]);
  await page.keyboard.press('Control+V');
}

const saved = (page) => page.evaluate(() => window.__embed.saved());

/** Wait for the analysis of the editor's current text. */
async function settled(page, on, needle) {
  await page.waitForTimeout(60);
  if (!on) return;
  await page.waitForFunction((n) => {
    const c = window.__embed.controller;
    return c.text !== null && c.text.includes(n) && window.__embed.report && c.drawn > 0;
  }, needle, { timeout: 20000 });
  // Let a re-analysis already scheduled run too.
  await page.waitForTimeout(400);
}

/** The texts of the ranges of one highlight, in whatever document holds them (iframes too). */
function highlightTexts(page, name) {
  return page.evaluate((n) => {
    const wins = [window, ...[...document.querySelectorAll('iframe')].map((f) => f.contentWindow)];
    const out = [];
    for (const w of wins) {
      const h = w.CSS?.highlights?.get(n);
      if (!h) continue;
      for (const r of h) {
        const live = w.document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(live.toString());
      }
    }
    return out.sort();
  }, name);
}

/** Everything of ours that could be left behind, across the page and its iframes. */
function leftovers(page) {
  return page.evaluate(() => {
    const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
    let highlights = 0;
    let overlays = 0;
    let styles = 0;
    for (const d of docs) {
      highlights += d.defaultView.CSS?.highlights?.size || 0;
      overlays += d.querySelectorAll('[data-aa-overlay], .aa-mirror, .aa-boxes, .aa-box').length;
      styles += d.querySelectorAll('link[data-aa-styles]').length;
    }
    return { highlights, overlays, styles, panel: document.querySelectorAll('#panel .aa-check').length };
  });
}

/** Listeners on the window, the document, the editor's root and the panel (through the DevTools protocol). */
async function listenerCounts(page, kind) {
  const cdp = await page.context().newCDPSession(page);
  const counts = {};
  const targets = {
    window: 'window',
    document: 'document',
    root: `(${EXAMPLES[kind].root.toString()})()`,
    rootWindow: `(${EXAMPLES[kind].root.toString()})().ownerDocument.defaultView`,
    panel: "document.getElementById('panel')",
  };
  for (const [name, expr] of Object.entries(targets)) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    const types = listeners.map((l) => l.type).sort();
    counts[name] = types.join(',');
  }
  await cdp.detach();
  return counts;
}

async function scenario(kind, on) {
  const page = await open(kind, on);
  const out = { page, saved: [] };
  out.saved.push(await saved(page));
  out.listenersBefore = on ? null : await listenerCounts(page, kind);
  await focusEnd(page, kind);
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPED, { delay: 5 });
  await settled(page, on, '30% so với');
  out.saved.push(await saved(page));
  out.afterTyping = on ? await collectMarks(page, kind) : null;

  await page.keyboard.press('Enter');
  await paste(page, PASTED, null);
  await settled(page, on, '40/50');
  out.saved.push(await saved(page));
  out.afterPaste = on ? await collectMarks(page, kind) : null;

  await page.keyboard.press('Enter');
  await paste(page, PASTED, PASTED_HTML);
  await settled(page, on, '40/50');
  out.saved.push(await saved(page));

  for (const key of ['Control+Z', 'Control+Z', 'Control+Z', 'Control+Shift+Z']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
    out.saved.push(await saved(page));
  }
  await settled(page, on, '30% so với');
  out.saved.push(await saved(page));
  out.xss = await page.evaluate(() => {
    const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)];
    return {
      flag: docs.map((d) => d.defaultView.__xss ?? null),
      imgs: docs.reduce((n, d) => n + d.querySelectorAll('img[src="x"], script:not([src]), a[href^="javascript"]').length, 0),
      panelTags: document.querySelectorAll('#panel img, #panel script, #panel a, #panel b').length,
      panelText: document.getElementById('panel').textContent,
    };
  });
  return out;
}

async function collectMarks(page, kind) {
  const prefix = EXAMPLES[kind].prefix;
  return {
    report: await page.evaluate(() => window.__embed.report),
    text: await page.evaluate(() => window.__embed.controller.text),
    inconsistent: await highlightTexts(page, `${prefix}aa-c-inconsistent`),
    consistent: await highlightTexts(page, `${prefix}aa-c-consistent`),
    money: await highlightTexts(page, `${prefix}aa-f-money`),
    panel: await page.locator('#panel .aa-check.aa-status-inconsistent').allTextContents(),
  };
}

/** Texts of the figures of the report's checks with this status. */
function checkFigureTexts(report, status) {
  const byId = new Map(report.figures.map((f) => [f.id, f]));
  const texts = new Set();
  for (const c of report.checks) if (c.status === status) for (const id of c.figures) texts.add(byId.get(id).text);
  return [...texts].sort();
}

for (const kind of Object.keys(EXAMPLES)) {
  test(`${kind}: marks on the right characters, panel, saved content byte-identical, XSS, detach`, async () => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.url });
    const off = await scenario(kind, false);
    const on = await scenario(kind, true);
    const page = on.page;
    if (process.env.AA_DEBUG) console.log(kind, JSON.stringify({ saved: on.saved, typing: { ...on.afterTyping, report: undefined }, paste: { ...on.afterPaste, report: undefined }, xss: on.xss }, null, 1));

    // The planted inconsistency: 200 → 250 is +25%, not 30%.
    const t = on.afterTyping;
    const check = t.report.checks.find((c) => c.rule === 'percent-change' && c.status === 'inconsistent');
    assert.ok(check, `percent-change flagged in ${JSON.stringify(t.report.checks)}`);
    const figs = check.figures.map((id) => t.report.figures.find((f) => f.id === id).text);
    assert.deepEqual(figs, ['200', '250 tỷ đồng', '30%']);
    for (const f of t.report.figures) assert.equal(t.text.slice(f.start, f.end), f.text);
    // Each highlighted range's text is its figure's text, and every checked figure is highlighted.
    assert.deepEqual(t.inconsistent, checkFigureTexts(t.report, 'inconsistent'));
    assert.deepEqual(t.consistent, checkFigureTexts(t.report, 'consistent'));
    assert.ok(t.consistent.includes('77/110') && t.consistent.includes('70%'), t.consistent.join('|'));
    if (kind !== 'textarea') assert.ok(t.money.includes('1.200 tỷ đồng'), `a figure across <strong>: ${t.money.join('|')}`);
    assert.ok(t.panel.some((s) => s.includes('25,0%') && s.includes('30%')), t.panel.join('\n'));

    // The pasted "markup" is text: analyzed as such, listed as such, never run.
    const p = on.afterPaste;
    assert.ok(p.text.includes('<img src=x onerror="window.__xss=1">'), 'the pasted markup is in the analyzed text as text');
    assert.ok(p.report.checks.some((c) => c.status === 'inconsistent' && c.rule === 'ratio-percent'), JSON.stringify(p.report.checks));
    assert.ok(p.inconsistent.includes('40/50') && p.inconsistent.includes('90%'), p.inconsistent.join('|'));
    for (const r of [off, on]) {
      assert.deepEqual(r.xss.flag.filter((x) => x !== null), [], 'no pasted script ran');
      assert.equal(r.xss.imgs, 0, 'no pasted element was created');
    }
    assert.equal(on.xss.panelTags, 0);
    assert.ok(on.xss.panelText.includes('<img src=x') || on.xss.panelText.includes('40/50'), on.xss.panelText);

    // What the editor saves is the same, step by step, with and without the analyzer.
    assert.equal(on.saved.length, off.saved.length);
    for (let i = 0; i < on.saved.length; i += 1) assert.equal(on.saved[i], off.saved[i], `saved content at step ${i}`);
    assert.ok(on.saved[1].includes('tăng 30%'), 'typing reached the editor');
    assert.notEqual(on.saved[4], on.saved[6], 'undo changed the content');

    // The textarea's mirror is laid out like the textarea.
    if (kind === 'textarea') {
      const geo = await page.evaluate(() => {
        const ta = document.getElementById('editor');
        const m = document.querySelector('.aa-mirror');
        const a = ta.getBoundingClientRect();
        const c = m.getBoundingClientRect();
        return { dx: Math.abs(a.left - c.left) + Math.abs(a.top - c.top), dw: Math.abs(a.width - c.width) + Math.abs(a.height - c.height), sh: [ta.scrollHeight, m.scrollHeight], st: [ta.scrollTop, m.scrollTop] };
      });
      assert.ok(geo.dx < 1 && geo.dw < 1, JSON.stringify(geo));
      assert.ok(Math.abs(geo.sh[0] - geo.sh[1]) <= 1, `same wrapping: ${geo.sh}`);
      assert.equal(geo.st[0], geo.st[1]);
    }

    // Off and on again; then detach: nothing of ours is left, and typing analyzes nothing.
    await page.locator('#enabled').uncheck();
    assert.equal((await leftovers(page)).highlights, 0, 'disabled: no highlights');
    await page.locator('#enabled').check();
    await page.waitForFunction(() => window.__embed.controller.drawn > 0);
    const before = await saved(page);
    await page.locator('#detach').click();
    const left = await leftovers(page);
    assert.deepEqual(left, { highlights: 0, overlays: 0, styles: 0, panel: 0 });
    assert.equal(await saved(page), before, 'detach leaves the content as it was');
    assert.deepEqual(await listenerCounts(page, kind), off.listenersBefore, 'listeners as without the analyzer');
    const reports = await page.evaluate(() => window.__embed.reports);
    await focusEnd(page, kind);
    await page.keyboard.type(' 5%');
    await page.waitForTimeout(700);
    assert.equal(await page.evaluate(() => window.__embed.reports), reports);
    assert.deepEqual(await leftovers(page), { highlights: 0, overlays: 0, styles: 0, panel: 0 });

    assert.deepEqual(foreignRequests(b.requests, b.url), []);
    await off.page.close();
    await page.close();
  });
}

test('keystroke main-thread time on a 20,000-word article, per editor', async () => {
  const unit = readFileSync(join(repo, 'www/samples/vi.txt'), 'utf8') + '\n' + readFileSync(join(repo, 'www/samples/en.txt'), 'utf8') + '\n';
  const paras = unit.split(/\n+/).filter((s) => s.trim());
  const perUnit = unit.split(/\s+/).filter(Boolean).length;
  const all = [];
  for (let i = 0; i < Math.ceil(20000 / perUnit); i += 1) all.push(...paras);
  const words = all.join(' ').split(/\s+/).filter(Boolean).length;
  const lines = [];
  for (const kind of Object.keys(EXAMPLES)) {
    const results = {};
    for (const on of [false, true]) {
      const page = await open(kind, on);
      // Load the article the way each editor is given a document (not typed: that would take minutes).
      await page.evaluate((ps) => {
        const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const ed = document.getElementById('editor');
        if (window.__editor?.setContent) window.__editor.setContent(ps.map((p) => `<p>${esc(p)}</p>`).join(''));
        else if (window.__editor?.setData) window.__editor.setData(ps.map((p) => `<p>${esc(p)}</p>`).join(''));
        else if (ed.nodeName === 'TEXTAREA') { ed.value = ps.join('\n\n'); ed.dispatchEvent(new Event('input', { bubbles: true })); }
        else {
          ed.replaceChildren(...ps.map((p) => { const e = document.createElement('p'); e.textContent = p; return e; }));
          ed.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }, all);
      if (on) {
        await page.waitForFunction(() => (window.__embed.controller.text || '').length > 100000 && window.__embed.report.figures.length > 1000 && window.__embed.controller.drawn > 0, null, { timeout: 60000 });
      }
      const info = on ? await page.evaluate(() => window.__embed.info) : null;
      await focusEnd(page, kind);
      await page.evaluate((k) => {
        // One keystroke's main-thread work: from keydown to the end of the task it runs in
        // (the editor's and the analyzer's handlers, the DOM edit, input events).
        const w = k === 'tinymce' ? window.__editor.getWin() : window;
        window.__keys = [];
        const ch = new MessageChannel();
        let t0 = 0;
        ch.port1.onmessage = () => window.__keys.push(performance.now() - t0);
        w.addEventListener('keydown', () => { t0 = performance.now(); ch.port2.postMessage(0); }, true);
      }, kind);
      await page.keyboard.type('tăng 25% so với năm trước ', { delay: 25 });
      const times = await page.evaluate(() => window.__keys.slice().sort((a, c) => a - c));
      results[on ? 'on' : 'off'] = { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], n: times.length, info };
      if (on) {
        // The re-analysis after the pause still lands, on the new text.
        await page.waitForFunction(() => (window.__embed.controller.text || '').includes('tăng 25% so với năm trước'), null, { timeout: 60000 });
        results.after = await page.evaluate(() => window.__embed.info);
      }
      await page.close();
    }
    const { on, off, after: a } = results;
    lines.push(`${kind.padEnd(16)} keystroke median ${on.median.toFixed(2)} ms (without analyzer ${off.median.toFixed(2)} ms), max ${on.max.toFixed(1)} ms, ${on.n} keys;`
      + ` analysis ${a.analyzeMs?.toFixed(0)} ms in the worker, drawing ${a.paintMs.toFixed(1)} ms on the main thread once per pause`);
    assert.ok(on.n >= 20, `${kind}: keys measured`);
    // The target is 16 ms; the bound asserted is loose so that a busy CI machine cannot fail it.
    assert.ok(on.median < 100, `${kind}: median ${on.median}`);
  }
  console.log(`embed: ${words} words\n  ${lines.join('\n  ')}`);
});
