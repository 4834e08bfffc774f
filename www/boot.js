// The page's first script, a classic one at the top of <head>, so it runs
// before the page's modules have even been fetched. It compiles the WASM
// and computes the report of the text the page opens with: the kept draft,
// or else the sample article.
//
// A small first text is analyzed here, on the page, not in a worker: a new
// worker runs its first line only once the page's main thread, busy loading
// the page, has handed it its script, and it then still has its glue code
// to fetch, whereas here the WASM, the glue and the sample are on their way
// from the start (index.html preloads them), so the first report is ready
// about when app.js is. The worker every later text goes to is started by
// app.js once that report is shown (lib/client.js), and handed the compiled
// module, whose functions this analysis has already compiled. If the page
// cannot analyze the text (no WASM, a trap), it goes to the worker like any
// other. A long draft goes to a worker started here, at once.
//
// app.js adopts all this (lib/client.js, createAnalyzer's `early`); without
// this script the page still works, only later.
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
  // The WASM, fetched and compiled here; a worker is handed the compiled
  // module and only instantiates it. Where the page cannot compile it (an
  // old browser, a stricter policy), the worker fetches it itself.
  let compiled = null;
  try {
    const url = new URL('pkg/article_analyzer_bg.wasm', document.baseURI).href;
    compiled = WebAssembly.compileStreaming(fetch(url));
    compiled.catch(() => {}); // reported by the worker, which then fetches it itself
  } catch {
    compiled = null;
  }
  const early = {
    worker: null,              // a worker started here (for a long draft)
    module: compiled,          // the compiled WASM (a promise), for every worker
    events: [],                // what that worker said before app.js took it over, in order
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
  // A kept draft is analyzed here if it is short: a few ms once compiled,
  // but nothing can interrupt the page while it runs.
  // Without a compiled module, a first visit leaves it all to app.js.
  if (compiled !== null && (sampleUrl !== null || draft.length <= 20000)) analyzeHere();
  else if (sampleUrl !== null || !startWorker()) return;
  window.__articleAnalyzerEarly = early;

  function analyzeHere() {
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
    early.report.catch(() => {}); // the adopter sends the text to a worker instead
    text.then(known, () => {});
  }

  // A worker, sent the draft now (`first`: no warm-up before it).
  function startWorker() {
    let worker;
    try {
      worker = new Worker(`lib/worker.js?first=1${compiled ? '&module=1' : ''}`, { type: 'module' });
    } catch {
      return false;
    }
    if (compiled) {
      const post = (module) => {
        try { worker.postMessage({ module }); } catch { worker.postMessage({ module: null }); }
      };
      compiled.then(post, () => post(null));
    }
    worker.postMessage({ id: 0, text: draft, options: early.options });
    known(draft);
    worker.addEventListener('message', (ev) => { if (!early.adopted) early.events.push(ev); });
    for (const type of ['error', 'messageerror']) {
      worker.addEventListener(type, (ev) => {
        if (early.adopted) return;
        if (type === 'error') ev.preventDefault();
        early.events.push(ev);
      });
    }
    early.worker = worker;
    return true;
  }

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
