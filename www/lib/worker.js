// The analyzer in a Web Worker, so that typing never waits for it.
// Messages in: { id, text, options }. Messages out: { id, report } or
// { id, error: { code, message } }. The first message after start-up is
// { ready: true } or { fatal: message } if the WASM could not be loaded.
import init, { analyzeJson } from '../pkg/article_analyzer.js';

const params = new URL(self.location.href).searchParams;
const wasmUrl = params.get('wasm') || new URL('../pkg/article_analyzer_bg.wasm', import.meta.url).href;

const ready = init({ module_or_path: wasmUrl }).then(
  () => self.postMessage({ ready: true }),
  (e) => { self.postMessage({ fatal: String(e && e.message || e) }); throw e; },
);

self.onmessage = async (ev) => {
  const { id, text, options } = ev.data || {};
  try {
    await ready;
  } catch {
    return;
  }
  try {
    // A JSON string crosses the worker boundary faster than a deep object.
    const json = analyzeJson(text, options || {});
    self.postMessage({ id, json });
  } catch (e) {
    // A trap inside WASM leaves the module unusable: tell the page, which
    // starts a fresh worker.
    self.postMessage({ id, error: { code: e instanceof TypeError ? 'type-error' : 'trap', message: String(e && e.message || e) } });
    if (!(e instanceof TypeError)) self.close();
  }
};
