// article-analyzer for pages and CMS editors: one ES module to import, no
// bundler needed. Types: article-analyzer.d.ts beside it.
//
//   import { createAnalyzer, attach } from './article-analyzer.js';
//   const controller = attach(document.querySelector('textarea'), { panel: '#panel' });
//
// The WASM binary (pkg/article_analyzer_bg.wasm) is fetched from its URL,
// streamed and cached by the browser; analysis runs in a Web Worker.
export { createAnalyzer, AnalyzerError } from './lib/client.js';
export { attach, domSource } from './lib/attach.js';
export { ArticleAnalyzerPanel } from './lib/panel.js';
export { marksFor } from './lib/marks.js';
export { readText } from './lib/textmap.js';
export { tinymceSource, attachTinyMCE, registerTinyMCEPlugin } from './lib/adapters/tinymce.js';
export { ckeditorSource, attachCKEditor, ArticleAnalyzer } from './lib/adapters/ckeditor.js';
