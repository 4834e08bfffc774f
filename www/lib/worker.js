// The analyzer in a Web Worker, so that typing never waits for it.
// Messages in: { id, text, options }, and { module } before any text when
// the page compiled the WASM (`module` in the worker's URL says one is
// coming); `first` in the URL says a first text is coming.
// Messages out: { id, flat } (the report as analyzeFlat's arrays, their
// buffers transferred; lib/flat.js decodes them) or { id, error: { code, message } }.
// The first message after start-up is { ready: true }, or { fatal: message }
// if the WASM could not be loaded.
// Marks (aa:*) of the first text's way through, for benches/startup.mjs.
performance.mark('aa:worker-start');
let firstCall = true;
const params = new URL(self.location.href).searchParams;
const wasmUrl = params.get('wasm') || new URL('../pkg/article_analyzer_bg.wasm', import.meta.url).href;

// The WASM: compiled by the page and posted as the first message (`module`
// in the URL), or else fetched here at once, beside its glue code, not after it.
let takeModule = null;
const wasmSource = params.has('module')
  ? new Promise((resolve) => { takeModule = resolve; }).then((m) => m || fetch(wasmUrl))
  : fetch(wasmUrl);
wasmSource.catch(() => {}); // a failure is reported by init below
let analyzeFlat = null;

// Sentences that make the analyzer build its tables for each language.
const WARM_UP = ['Ngày 2/9/2018, ông Trần Văn An cho biết 70% hộ dân ở tỉnh An Giang đã có điện.',
  'On June 2, 2018, Mayor Ann Lee said 70% of homes in Ohio had power.'];
// No warm-up when a first text is on its way (`first` in the URL): it
// would run the other language's tables in front of that text.
let busy = params.has('first');

const ready = import('../pkg/article_analyzer.js').then(async (glue) => {
  performance.mark('aa:glue');
  await glue.default({ module_or_path: await wasmSource });
  performance.mark('aa:instantiated');
  analyzeFlat = glue.analyzeFlat;
}).then(
  () => {
    self.postMessage({ ready: true });
    // Build the language tables (tens of ms before the engine has optimized
    // the code) while the page is still starting, unless a text came first.
    setTimeout(() => { for (const t of WARM_UP) if (!busy) analyzeFlat(t, {}); }, 0);
  },
  (e) => { self.postMessage({ fatal: String(e && e.message || e) }); throw e; },
);

self.onmessage = async (ev) => {
  if (takeModule && ev.data && 'module' in ev.data) {
    performance.mark('aa:module');
    takeModule(ev.data.module instanceof WebAssembly.Module ? ev.data.module : null);
    takeModule = null;
    return;
  }
  const { id, text, options } = ev.data || {};
  if (firstCall) performance.mark('aa:message');
  busy = true;
  try {
    await ready;
  } catch {
    return;
  }
  try {
    if (firstCall) performance.mark('aa:analyze');
    // Flat arrays, moved rather than copied: no JSON is written or parsed.
    const flat = analyzeFlat(text, options || {});
    if (firstCall) performance.mark('aa:analyzed');
    firstCall = false;
    self.postMessage({ id, flat }, [flat.ops.buffer, flat.nums.buffer, flat.lens.buffer]);
  } catch (e) {
    // A trap inside WASM leaves the module unusable: tell the page, which
    // starts a fresh worker.
    self.postMessage({ id, error: { code: e instanceof TypeError ? 'type-error' : 'trap', message: String(e && e.message || e) } });
    if (!(e instanceof TypeError)) self.close();
  }
};
