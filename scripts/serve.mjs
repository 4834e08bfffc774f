// A static file server for www/ on 127.0.0.1, used by `scripts/run` and by the
// browser tests. Python's http.server would do for the page alone; this one
// also maps /vendor/<pkg>/… to node_modules/<pkg>/… so the editor examples
// can load self-hosted TinyMCE and CKEditor 5 without copying them, and it
// never serves anything outside those two roots.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.map': 'application/json', '.ts': 'text/plain; charset=utf-8',
};
const VENDOR = new Set(['tinymce', 'ckeditor5']);

function locate(urlPath) {
  let p;
  try { p = decodeURIComponent(urlPath.split('?')[0]); } catch { return null; }
  if (p.includes('\0')) return null;
  let root = join(repo, 'www');
  const m = /^\/vendor\/([^/]+)(\/.*)?$/.exec(p);
  if (m) {
    if (!VENDOR.has(m[1])) return null;
    root = join(repo, 'node_modules', m[1]);
    p = m[2] || '/';
  }
  const file = normalize(join(root, p));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return locate.index(file);
    return st.isFile() ? file : null;
  } catch { return null; }
}
locate.index = (dir) => { try { const f = join(dir, 'index.html'); return statSync(f).isFile() ? f : null; } catch { return null; } };

export function startServer({ port = 8080, host = '127.0.0.1', quiet = true } = {}) {
  const server = createServer((req, res) => {
    const file = locate(req.url || '/');
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    const type = TYPES[extname(file)] || 'application/octet-stream';
    // Revalidated on every load (an edit shows at once), answered 304 when
    // unchanged: a browser then keeps its compiled WASM between visits.
    const st = statSync(file);
    const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    const headers = { 'content-type': type, 'cache-control': 'no-cache', etag };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers); res.end(); return; }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
    if (!quiet) console.log(req.method, req.url);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || process.argv[2] || 8080);
  const { url } = await startServer({ port });
  console.log(`article-analyzer: serving www/ at ${url}/  (Ctrl-C to stop)`);
}
