// createAnalyzer: the WASM analyzer behind a promise, in a Web Worker by
// default. If the worker dies (a trap, a crash, a failed load) pending
// calls are rejected with a clear error and the next call starts a fresh
// worker, so one bad input never leaves the page without an analyzer.
// A worker can also die without a word (closed, or stuck in a loop): a
// watchdog gives each call a time budget that grows with the text's length
// and doubles after every time-out, so a slow machine is never mistaken for
// a dead worker twice.

import { decodeReport } from './flat.js';

const here = new URL('.', import.meta.url);

export class AnalyzerError extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    Object.assign(this, extra);
  }
}

/**
 * Whether a failed call is worth another try: the worker died, timed out or
 * could not load the WASM. Not when the input itself was refused (too
 * large, not a string) or the analyzer was disposed.
 */
export function retryable(e) {
  return !!e && !(e instanceof TypeError) && e.code !== 'input-too-large' && e.code !== 'disposed';
}

/** How long to wait before the `n`th try in a row (1, 2, …): doubling from 500 ms, at most 30 s. */
export function retryDelay(n) {
  return Math.min(30000, 250 * 2 ** Math.min(Math.max(n, 1), 7));
}

function checkInput(text) {
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
}

function unwrap(report) {
  if (report && report.error) throw new AnalyzerError(report.error.code, report.error.message || report.error.code, report.error);
  return report;
}

// A call's time budget: generous, since analysis is linear and fast (about
// 1 MB/s on a slow machine); what it guards against is a worker that died.
const BASE_BUDGET_MS = 4000;
const BUDGET_MS_PER_CHAR = 0.02;
const LOAD_BUDGET_MS = 60000;

class WorkerAnalyzer {
  constructor(wasmUrl, timeoutMs, early) {
    this.wasmUrl = wasmUrl;
    this.early = early || null;
    this.first = null;
    this.module = null; // the page's compiled WASM (a promise), handed to every worker started
    this.worker = null;
    this.ready = false;
    this.pending = new Map();
    this.seq = 0;
    this.scale = 1;
    this.timeoutMs = timeoutMs;
    this.timer = 0;
  }

  budget() {
    let chars = 0;
    for (const p of this.pending.values()) chars += p.length;
    const ms = this.timeoutMs ?? BASE_BUDGET_MS + chars * BUDGET_MS_PER_CHAR;
    return ms * this.scale;
  }

  // Restarted on every sign of life; fires only when pending calls get no answer.
  watch() {
    clearTimeout(this.timer);
    if (!this.pending.size) return;
    const ms = this.ready ? this.budget() : Math.max(LOAD_BUDGET_MS, this.budget());
    this.timer = setTimeout(() => {
      this.scale = Math.min(this.scale * 2, 64);
      this.fail(new AnalyzerError('worker-timeout', `the analyzer gave no answer in ${Math.round(ms)} ms`));
    }, ms);
  }

  start() {
    if (this.early) return this.adopt();
    const url = new URL('worker.js', here);
    if (this.wasmUrl) url.searchParams.set('wasm', new URL(this.wasmUrl, document.baseURI).href);
    const module = this.module;
    if (module) url.searchParams.set('module', '1');
    const w = new Worker(url, { type: 'module' });
    if (module) {
      const post = (m) => {
        try { w.postMessage({ module: m }); } catch { w.postMessage({ module: null }); }
      };
      module.then(post, () => post(null));
    }
    this.wire(w);
  }

  // Once the page has shown the report boot.js computed, start the worker
  // the texts that follow go to (it was not started sooner so as not to
  // compete with the page's own loading).
  startSoon() {
    setTimeout(() => { if (!this.worker) this.start(); }, 0);
  }

  // Take over what the page's first script (boot.js) started: the compiled
  // WASM, and a worker, with what it has said so far and the text it was
  // sent first, whose report is the answer to the first call that asks for
  // the same. Where boot.js analyzed that text on the page (`early.report`)
  // there is no worker yet; if it could not, the text goes to a worker like
  // any other.
  adopt() {
    const early = this.early;
    this.early = null;
    this.module = early.module || null;
    const expect = (text) => {
      let promise;
      if (early.report) {
        promise = early.report.then(
          (flat) => { this.replied(); return unwrap(decodeReport(flat)); },
          () => this.call(text, early.options),
        );
      } else {
        promise = new Promise((resolve, reject) => this.pending.set(0, { resolve, reject, length: text.length }));
        this.watch();
      }
      promise.catch(() => {}); // unclaimed, its failure is reported by the calls that follow
      this.first = { text, options: JSON.stringify(early.options), promise };
    };
    if (early.worker) this.wire(early.worker);
    early.adopted = true;
    if (early.text !== null) expect(early.text);
    else early.onsend = expect;
    for (const ev of early.events.splice(0)) {
      if (ev.type === 'message') this.worker.onmessage(ev);
      else if (ev.type === 'error') this.worker.onerror(ev);
      else this.worker.onmessageerror(ev);
    }
  }

  // For benches/startup.mjs: when the first report reached the page's analyzer.
  replied() {
    if (!this.answered) { this.answered = true; performance.mark('aa:first-reply'); }
  }

  wire(w) {
    w.onmessage = (ev) => {
      const m = ev.data || {};
      if (m.fatal) return this.fail(new AnalyzerError('load-failed', m.fatal));
      if (m.ready) { this.ready = true; this.watch(); return; }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.watch();
      if (m.error) {
        const err = m.error.code === 'type-error' ? Object.assign(new TypeError(m.error.message), { code: 'type-error' })
          : new AnalyzerError(m.error.code, m.error.message);
        p.reject(err);
        // A trap leaves the module unusable: every other call fails with it, the next starts afresh.
        if (m.error.code !== 'type-error') this.fail(err);
      } else {
        this.scale = 1;
        this.replied();
        try { p.resolve(unwrap(decodeReport(m.flat))); } catch (e) { p.reject(e); }
      }
    };
    w.onerror = (ev) => { ev.preventDefault?.(); this.fail(new AnalyzerError('worker-crashed', ev.message || 'worker crashed')); };
    w.onmessageerror = () => this.fail(new AnalyzerError('worker-crashed', 'unreadable message from the worker'));
    this.worker = w;
    this.ready = false;
  }

  reset() {
    this.first = null;
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.ready = false;
  }

  fail(err) {
    clearTimeout(this.timer);
    this.reset();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  analyze(text, options = {}) {
    checkInput(text);
    if (this.early) this.start();
    const first = this.first;
    this.first = null;
    if (first && first.text === text && first.options === JSON.stringify(options)) {
      if (!this.worker) first.promise.then(() => this.startSoon(), () => {});
      return first.promise;
    }
    return this.call(text, options);
  }

  call(text, options) {
    if (!this.worker) this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, length: text.length });
      this.worker.postMessage({ id, text, options });
      this.watch();
    });
  }

  dispose() { this.fail(new AnalyzerError('disposed', 'analyzer disposed')); }
}

class InlineAnalyzer {
  constructor(wasmUrl) {
    this.wasmUrl = wasmUrl;
    this.mod = null;
  }

  async load() {
    if (!this.mod) {
      const mod = await import(new URL('../pkg/article_analyzer.js', here).href);
      const wasm = this.wasmUrl || new URL('../pkg/article_analyzer_bg.wasm', here);
      if (typeof window === 'undefined' && typeof process !== 'undefined') {
        const { readFile } = await import('node:fs/promises');
        mod.initSync({ module: await readFile(wasm) });
      } else {
        await mod.default({ module_or_path: wasm });
      }
      this.mod = mod;
    }
    return this.mod;
  }

  async analyze(text, options = {}) {
    checkInput(text);
    const mod = await this.load();
    try {
      return unwrap(decodeReport(mod.analyzeFlat(text, options)));
    } catch (e) {
      if (e instanceof TypeError || e instanceof AnalyzerError) throw e;
      this.mod = null; // a trap: load a fresh instance next time
      throw new AnalyzerError('trap', String(e && e.message || e));
    }
  }

  dispose() { this.mod = null; }
}

/**
 * createAnalyzer({ worker = true, wasmUrl, timeoutMs, early }) → { analyze(text, options) → Promise<Report>, dispose() }
 *
 * Errors are AnalyzerError with a `code`: 'input-too-large' (with `limit`),
 * 'load-failed', 'trap', 'worker-crashed', 'worker-timeout', 'disposed';
 * a non-string text is a TypeError. `timeoutMs` overrides the watchdog's
 * per-call budget (worker mode only). `early` is a worker already started,
 * and maybe already sent a text, by a page's first script, or that text's
 * report as the page computed it (see boot.js).
 */
export function createAnalyzer({ worker = true, wasmUrl, timeoutMs, early } = {}) {
  const impl = worker && typeof Worker !== 'undefined' ? new WorkerAnalyzer(wasmUrl, timeoutMs, early) : new InlineAnalyzer(wasmUrl);
  // Load the module now, while the page is still starting: the first
  // report then waits for the analysis only.
  if (impl instanceof WorkerAnalyzer) impl.start();
  return { analyze: (text, options) => impl.analyze(text, options), dispose: () => impl.dispose() };
}
