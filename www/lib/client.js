// createAnalyzer: the WASM analyzer behind a promise, in a Web Worker by
// default. If the worker dies (a trap, a crash, a failed load) pending
// calls are rejected with a clear error and the next call starts a fresh
// worker, so one bad input never leaves the page without an analyzer.

const here = new URL('.', import.meta.url);

export class AnalyzerError extends Error {
  constructor(code, message, extra = {}) {
    super(message);
    this.code = code;
    Object.assign(this, extra);
  }
}

function checkInput(text) {
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
}

function unwrap(report) {
  if (report && report.error) throw new AnalyzerError(report.error.code, report.error.message || report.error.code, report.error);
  return report;
}

class WorkerAnalyzer {
  constructor(wasmUrl) {
    this.wasmUrl = wasmUrl;
    this.worker = null;
    this.pending = new Map();
    this.seq = 0;
  }

  start() {
    const url = new URL('worker.js', here);
    if (this.wasmUrl) url.searchParams.set('wasm', new URL(this.wasmUrl, document.baseURI).href);
    const w = new Worker(url, { type: 'module' });
    w.onmessage = (ev) => {
      const m = ev.data || {};
      if (m.fatal) return this.fail(new AnalyzerError('load-failed', m.fatal));
      if (m.ready) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) {
        if (m.error.code !== 'type-error') this.reset();
        p.reject(new AnalyzerError(m.error.code, m.error.message));
      } else {
        try { p.resolve(unwrap(JSON.parse(m.json))); } catch (e) { p.reject(e); }
      }
    };
    w.onerror = (ev) => { ev.preventDefault?.(); this.fail(new AnalyzerError('worker-crashed', ev.message || 'worker crashed')); };
    this.worker = w;
  }

  reset() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  fail(err) {
    this.reset();
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  analyze(text, options = {}) {
    checkInput(text);
    if (!this.worker) this.start();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
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
      return unwrap(JSON.parse(mod.analyzeJson(text, options)));
    } catch (e) {
      if (e instanceof TypeError || e instanceof AnalyzerError) throw e;
      this.mod = null; // a trap: load a fresh instance next time
      throw new AnalyzerError('trap', String(e && e.message || e));
    }
  }

  dispose() { this.mod = null; }
}

/**
 * createAnalyzer({ worker = true, wasmUrl }) → { analyze(text, options) → Promise<Report>, dispose() }
 */
export function createAnalyzer({ worker = true, wasmUrl } = {}) {
  const impl = worker && typeof Worker !== 'undefined' ? new WorkerAnalyzer(wasmUrl) : new InlineAnalyzer(wasmUrl);
  return { analyze: (text, options) => impl.analyze(text, options), dispose: () => impl.dispose() };
}
