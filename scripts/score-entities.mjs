#!/usr/bin/env node
// Scores entity recognition on the dev sets in tests/data/entities/ — ours
// (the release CLI) and, on English, the npm package `compromise` — with one
// scorer, so the figures compare like with like.
//
//   node scripts/score-entities.mjs [--lang vi|en] [--system ours|compromise]
//        [--bin target/release/article-analyzer] [--floor person=0.85,...]
//        [--floor-match exact|overlap] [--set dev|heldout] [--errors]
//
// Each paragraph is analyzed on its own, as an article. Two matchings are
// printed: exact (same kind, same start and end) and overlap (same kind,
// spans share at least one character; each gold span matches at most one
// prediction). --floor asserts F1 per kind on the chosen matching (default
// exact) and exits 1 when one is below its floor.

import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = { per: 'person', org: 'organization', loc: 'location', title: 'title', doc: 'document', event: 'event' };
const ORDER = ['person', 'organization', 'location', 'title', 'document', 'event'];

function args(argv) {
  const o = { lang: null, set: '', system: null, bin: path.join(root, 'target/release/article-analyzer'), floors: {}, floorMatch: 'exact', errors: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--lang') o.lang = val();
    else if (a === '--system') o.system = val();
    else if (a === '--set') o.set = val() === 'heldout' ? '-heldout' : '';
    else if (a === '--bin') o.bin = path.resolve(val());
    else if (a === '--floor-match') o.floorMatch = val();
    else if (a === '--errors') o.errors = true;
    else if (a === '--floor') {
      for (const kv of val().split(',')) {
        const [k, v] = kv.split('=');
        o.floors[k] = Number(v);
      }
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

/** Paragraphs of a dev file: plain text and gold spans (UTF-16 offsets). */
export function parseDevSet(source) {
  const out = [];
  const blocks = source.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => !l.startsWith('#'));
    const raw = lines.join('\n').trim();
    if (!raw) continue;
    let text = '';
    const gold = [];
    const re = /\[([^\[\]|]+)\|(per|org|loc|title|doc|event)\]/g;
    let last = 0;
    for (let m; (m = re.exec(raw)); ) {
      text += raw.slice(last, m.index);
      const start = text.length;
      text += m[1];
      gold.push({ start, end: text.length, kind: KINDS[m[2]] });
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    if (/\[[^\]]*\|/.test(text)) throw new Error(`malformed mark-up in: ${raw.slice(0, 80)}`);
    out.push({ text, gold });
  }
  return out;
}

function ours(bin, lang, text) {
  const r = spawnSync(bin, ['analyze', '--lang', lang, '-'], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout).entities.map((e) => ({ start: e.start, end: e.end, kind: e.kind }));
}

let nlp = null;
async function compromise(text) {
  if (!nlp) nlp = (await import('compromise')).default;
  const doc = nlp(text);
  const out = [];
  const take = (view, kind) => {
    for (const m of view.json({ offset: true })) {
      const { start, length } = m.offset;
      // compromise keeps trailing punctuation out of the offset but may
      // include surrounding whitespace; trim it the same way the gold is.
      let s = start, e = start + length;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /[\s,.;:]/.test(text[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e, kind });
    }
  };
  take(doc.people(), 'person');
  take(doc.places(), 'location');
  take(doc.organizations(), 'organization');
  return out;
}

function match(gold, pred, mode) {
  const used = new Set();
  let tp = 0;
  const hits = new Set();
  pred.forEach((p, pi) => {
    const gi = gold.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.kind === p.kind &&
        (mode === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end),
    );
    if (gi >= 0) {
      used.add(gi);
      hits.add(pi);
      tp++;
    }
  });
  return { tp, usedGold: used, hitPred: hits };
}

function score(paragraphs, preds, kinds) {
  const res = {};
  for (const mode of ['exact', 'overlap']) {
    res[mode] = {};
    for (const k of kinds) {
      let tp = 0, np = 0, ng = 0;
      paragraphs.forEach((p, i) => {
        const g = p.gold.filter((x) => x.kind === k);
        const q = preds[i].filter((x) => x.kind === k);
        tp += match(g, q, mode).tp;
        np += q.length;
        ng += g.length;
      });
      const P = np ? tp / np : ng ? 0 : 1;
      const R = ng ? tp / ng : 1;
      const F = P + R ? (2 * P * R) / (P + R) : 0;
      res[mode][k] = { tp, np, ng, P, R, F };
    }
  }
  return res;
}

function printErrors(paragraphs, preds, kinds) {
  paragraphs.forEach((p, i) => {
    const g = p.gold.filter((x) => kinds.includes(x.kind));
    const q = preds[i].filter((x) => kinds.includes(x.kind));
    const m = match(g, q, 'exact');
    const fn = g.filter((_, j) => !m.usedGold.has(j));
    const fp = q.filter((_, j) => !m.hitPred.has(j));
    for (const x of fn) console.log(`  missed  ${x.kind.padEnd(12)} ${JSON.stringify(p.text.slice(x.start, x.end))}`);
    for (const x of fp) console.log(`  spurious ${x.kind.padEnd(11)} ${JSON.stringify(p.text.slice(x.start, x.end))}`);
  });
}

const f2 = (x) => x.toFixed(2);

async function main() {
  const o = args(process.argv.slice(2));
  const langs = o.lang ? [o.lang] : ['vi', 'en'];
  let failed = false;
  for (const lang of langs) {
    const paragraphs = parseDevSet(readFileSync(path.join(root, 'tests/data/entities', `${lang}${o.set}.txt`), 'utf8'));
    const systems = o.system ? [o.system] : lang === 'en' ? ['ours', 'compromise'] : ['ours'];
    for (const sys of systems) {
      if (sys === 'compromise' && lang !== 'en') continue;
      const preds = [];
      for (const p of paragraphs) preds.push(sys === 'ours' ? ours(o.bin, lang, p.text) : await compromise(p.text));
      const kinds = sys === 'ours' ? ORDER : ['person', 'organization', 'location'];
      const res = score(paragraphs, preds, kinds);
      const ng = paragraphs.reduce((n, p) => n + p.gold.length, 0);
      console.log(`\n${sys} · ${lang}${o.set} · ${paragraphs.length} paragraphs, ${ng} gold entities`);
      console.log(`${'kind'.padEnd(13)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}   exact P    R    F1    overlap P    R    F1`);
      for (const k of kinds) {
        const e = res.exact[k], v = res.overlap[k];
        console.log(
          `${k.padEnd(13)} ${String(e.ng).padStart(5)} ${String(e.np).padStart(5)}       ${f2(e.P)} ${f2(e.R)} ${f2(e.F)}           ${f2(v.P)} ${f2(v.R)} ${f2(v.F)}`,
        );
      }
      if (o.errors) printErrors(paragraphs, preds, kinds);
      if (sys === 'ours') {
        for (const [k, floor] of Object.entries(o.floors)) {
          const got = res[o.floorMatch][k];
          if (!got) throw new Error(`unknown kind in --floor: ${k}`);
          if (got.F < floor) {
            console.log(`FAIL ${lang} ${k}: F1 ${f2(got.F)} (${o.floorMatch}) is below the floor ${floor}`);
            failed = true;
          } else {
            console.log(`ok   ${lang} ${k}: F1 ${f2(got.F)} (${o.floorMatch}) >= ${floor}`);
          }
        }
      }
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
