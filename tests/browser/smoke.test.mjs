// The served page loads the WASM, analyzes its sample and shows figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser, foreignRequests } from './harness.mjs';

test('the page analyzes its sample article', async () => {
  const b = await openBrowser();
  try {
    const page = await b.newPage();
    await page.goto(b.url + '/');
    await page.locator('.figure').first().waitFor({ timeout: 15000 });
    const n = await page.locator('.figure').count();
    assert.ok(n > 0, 'at least one figure rendered');
    assert.deepEqual(foreignRequests(b.requests, b.url), []);
    assert.deepEqual(b.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  } finally {
    await b.close();
  }
});
