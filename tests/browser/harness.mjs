// Shared set-up for browser tests: our static server on a free port and
// Debian's Chromium driven by playwright-core, with a fresh profile and the
// flags that keep it off the network. Every request and console error is
// recorded so tests can assert that nothing leaves 127.0.0.1 and that the
// page's Content-Security-Policy is never violated.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const repo = resolve(fileURLToPath(import.meta.url), '../../..');
export const outDir = join(repo, 'test-output');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];

/** An init script that clears storage (a first visit) and records when the
 * first report is on the page in `window.__firstReport`: a MutationObserver
 * callback runs right after the page writes the report's status line. */
export const FIRST_REPORT = `
  try { localStorage.clear(); } catch {}
  new MutationObserver(() => {
    if (!window.__firstReport && window.__articleAnalyzer && window.__articleAnalyzer.report) {
      window.__firstReport = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

export async function openBrowser() {
  const server = await startServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'aa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
  });
  const requests = [];
  const consoleErrors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  context.on('weberror', (e) => consoleErrors.push(String(e.error())));
  // Every CSP violation the page sees, whether or not it reaches the console.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  mkdirSync(outDir, { recursive: true });
  return {
    url: server.url,
    context,
    requests,
    consoleErrors,
    async newPage() { return context.newPage(); },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but our own server. */
export function foreignRequests(requests, base) {
  return requests.filter((u) => !u.startsWith(base + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Replace the page editor's text as a user's paste of plain text would. */
export async function pastePlain(page, text) {
  await page.evaluate((t) => {
    const ed = document.getElementById('editor');
    ed.focus();
    document.execCommand('selectAll');
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    ed.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Open the page as a first visit: storage is cleared from a page of the same
 * origin that runs none of the page's code, so nothing the page does while it
 * starts (the first visit saves its sample as the draft) can write after the clear.
 */
export async function openFirstVisit(page, base) {
  await page.goto(base + '/samples/en.txt');
  await page.evaluate(() => localStorage.clear());
  await page.goto(base + '/');
}
