// The page's first script, a classic one at the top of <head>, so it runs
// before the page's modules have even been fetched. It compiles the WASM,
// starts the analyzer's worker (which is handed the compiled module) and
// computes the report of the text the page opens with: the kept draft, or
// else the sample article.
//
// A small first text is analyzed here, on the page, not in the worker: a
// new worker runs its first line only once the page's main thread, busy
// loading the page, has handed it its script, and it then still has its
// glue code to fetch, whereas the WASM, the glue and the sample are on
// their way from the start (index.html preloads them). So the first report
// is ready about when app.js is. A long draft goes to the worker, as every
// later text does; the functions this analysis compiled serve the worker
// too (the module, and its compiled code, is shared). If the page cannot
// analyze it (no WASM, a trap), the text goes to the worker like any other.
// app.js adopts the worker and that first report (lib/client.js,
// createAnalyzer's `early`); without this script the page still works,
// only later.
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
  // The WASM is fetched and compiled here, on the page; the compiled module
  // is then posted to the worker, which only instantiates it. Where the page
  // cannot compile it (an old browser, a stricter policy), `module: null`
  // tells the worker to fetch it itself.
  let compiled = null;
  try {
    const url = new URL('pkg/article_analyzer_bg.wasm', document.baseURI).href;
    compiled = WebAssembly.compileStreaming(fetch(url));
  } catch {
    compiled = null;
  }
  // A kept draft is analyzed here if it is short: a few ms once compiled,
  // but nothing can interrupt the page while it runs.
  const here = compiled !== null && (sampleUrl !== null || draft.length <= 20000);
  let worker;
  try {
    // `first`: a first text is coming, so no warm-up. The sample's address
    // in the worker's own, when the worker is to analyze it: its fetch
    // starts with the worker's first line.
    const fetchThere = sampleUrl !== null && !here;
    const params = `first=1${compiled ? '&module=1' : ''}${fetchThere ? `&fetch=${encodeURIComponent(sampleUrl)}` : ''}`;
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
    report: null,              // when analyzed here: the first text's report (a promise of analyzeFlat's arrays)
  };
  const known = (text) => {
    early.text = text;
    if (early.onsend) early.onsend(text);
  };
  let sampleFetched = null;
  if (here) {
    const text = sampleUrl === null ? Promise.resolve(draft) : fetch(sampleUrl).then((res) => {
      if (!res.ok) throw new Error(`${sampleUrl}: ${res.status}`);
      return res.text();
    });
    if (sampleUrl !== null) {
      early.sample = text;
      text.catch(() => {}); // app.js fetches it again, and reports the failure
    }
    const glue = import(new URL('pkg/article_analyzer.js', document.baseURI).href);
    early.report = Promise.all([glue, compiled, text]).then(([g, module, t]) => {
      performance.mark('aa:page-analyze'); // for benches/startup.mjs
      const stuck = get('stuck', null);
      if (stuck === hash(t)) throw new Error('this text stopped the page before');
      if (stuck !== null) forget('stuck'); // another text's
      g.initSync({ module });
      const flat = guarded(t, () => g.analyzeFlat(t, early.options));
      performance.mark('aa:page-analyzed');
      return flat;
    });
    early.report.catch(() => {}); // the adopter sends the text to the worker instead
    text.then(known, () => {});
  } else if (sampleUrl === null) {
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

  // Run `analyze` on `text` with a note left in storage while it runs. A
  // trap removes it too; only a page that never came back (the analysis
  // stuck in a loop, or the tab closed meanwhile) leaves it, and from then
  // on that text goes to the worker, whose watchdog notices a loop. The
  // note is the text's hash, never the text.
  function guarded(text, analyze) {
    try { localStorage.setItem(PREFIX + 'stuck', JSON.stringify(hash(text))); } catch { /* off-limits: no guard */ }
    try {
      return analyze();
    } finally {
      forget('stuck');
    }
  }

  function forget(key) {
    try { localStorage.removeItem(PREFIX + key); } catch { /* ignore */ }
  }

  // FNV-1a over the UTF-16 code units.
  function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }
})();
