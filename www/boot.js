// The page's first script, a classic one at the top of <head>, so it runs
// before the page's modules have even been fetched. It compiles the WASM,
// starts the analyzer's worker (which is handed the compiled module) and gives it the
// text the page opens with: the kept draft, or else the sample article,
// which the worker fetches itself, beside the WASM. So the first report is
// computed while app.js and its modules load and start, and none of it
// waits for the page's main thread. app.js adopts the worker and that
// first report (lib/client.js, createAnalyzer's `early`); without this
// script the page still works, only later.
(() => {
  const PREFIX = 'article-analyzer:'; // lib/store.js's keys
  const get = (key, fallback) => {
    try {
      const v = localStorage.getItem(PREFIX + key);
      return v === null ? fallback : JSON.parse(v);
    } catch {
      return fallback;
    }
  };
  const draft = get('keepDraft', true) ? get('draft', null) : null;
  const sampleUrl = typeof draft === 'string' ? null : new URL('samples/vi.txt', document.baseURI).href;
  // The WASM is fetched and compiled here, on the page, while the worker is
  // still starting (a new worker takes tens of ms to run its first line);
  // the compiled module is then posted to it, and the worker only
  // instantiates it. Where the page cannot compile it (an old browser, a
  // stricter policy), `module: null` tells the worker to fetch it itself.
  let compiled = null;
  try {
    const url = new URL('pkg/article_analyzer_bg.wasm', document.baseURI).href;
    compiled = WebAssembly.compileStreaming(fetch(url));
  } catch {
    compiled = null;
  }
  let worker;
  try {
    // The sample's address in the worker's own: its fetch starts with the worker's first line.
    const params = `first=1${compiled ? '&module=1' : ''}${sampleUrl ? `&fetch=${encodeURIComponent(sampleUrl)}` : ''}`;
    worker = new Worker(`lib/worker.js?${params}`, { type: 'module' });
  } catch {
    return;
  }
  if (compiled) {
    compiled.then(
      (module) => {
        try {
          worker.postMessage({ module });
        } catch {
          worker.postMessage({ module: null });
        }
      },
      () => worker.postMessage({ module: null }),
    );
  }
  const early = {
    worker,
    events: [],                // what the worker said before app.js took it over, in order
    adopted: false,
    options: { lang: 'auto' }, // what app.js asks for
    text: null,                // the first text, once known
    onsend: null,              // set by the adopter: called when the first text is known
    sample: null,              // on a first visit, the sample's text (a promise)
  };
  const known = (text) => {
    early.text = text;
    if (early.onsend) early.onsend(text);
  };
  let sampleFetched = null;
  if (sampleUrl === null) {
    worker.postMessage({ id: 0, text: draft, options: early.options });
    known(draft);
  } else {
    early.sample = new Promise((resolve, reject) => { sampleFetched = { resolve, reject }; });
    early.sample.catch(() => {}); // app.js fetches it again, and reports the failure
    worker.postMessage({ id: 0, fetch: sampleUrl, options: early.options });
  }
  worker.addEventListener('message', (ev) => {
    const m = ev.data || {};
    if (m.id === 0 && sampleFetched) {
      if (typeof m.fetched === 'string') {
        known(m.fetched);
        sampleFetched.resolve(m.fetched);
      } else if (m.error) {
        sampleFetched.reject(new Error(m.error.message));
      }
    }
    if (!early.adopted) early.events.push(ev);
  });
  for (const type of ['error', 'messageerror']) {
    worker.addEventListener(type, (ev) => {
      if (early.adopted) return;
      if (type === 'error') ev.preventDefault();
      early.events.push(ev);
      if (sampleFetched) sampleFetched.reject(new Error('the analyzer failed to start'));
    });
  }
  window.__articleAnalyzerEarly = early;
})();
