// The minimal page: load the WASM, analyze the text area, list the report.
// Article text only ever reaches the DOM through textContent.
import init, { analyze } from './pkg/article_analyzer.js';

const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function render(report) {
  const out = $('result');
  out.replaceChildren();
  out.append(el('p', `language: ${report.language} · ${report.figures.length} figures · ${report.entities.length} entities · ${report.checks.length} checks`));
  const checks = el('ul');
  for (const c of report.checks) checks.append(el('li', `${c.status}: ${c.message}`, `check check-${c.status}`));
  const figs = el('ul');
  for (const f of report.figures) figs.append(el('li', `${f.kind} “${f.text}” = ${f.value ?? f.iso ?? ''}`, 'figure'));
  const ents = el('ul');
  for (const e of report.entities) ents.append(el('li', `${e.kind}: ${e.text}`, 'entity'));
  out.append(checks, figs, ents);
}

async function main() {
  $('status').textContent = '…';
  await init();
  const area = $('draft');
  if (!area.value) area.value = await (await fetch('samples/vi.txt')).text();
  const run = () => {
    const t0 = performance.now();
    const report = analyze(area.value, { lang: 'auto' });
    render(report);
    $('status').textContent = `${(performance.now() - t0).toFixed(1)} ms`;
  };
  $('analyze').addEventListener('click', run);
  run();
}

main().catch((e) => { $('status').textContent = `Lỗi / Error: ${e.message}`; });
