// The report from the analyzer's flat arrays (`analyzeFlat`, see
// src/flat.rs): the same value `JSON.parse(analyzeJson(text))` gives,
// built without writing or reading any JSON.
//
// Ops are u32s, values first: each op pushes a value onto a stack, and an
// array or object is built from the last values. 0 null, 1 false, 2 true,
// 3 the next number of `nums`, 4 the next op as a number, 5 a shape (no
// value): the next op is n, then n string ops, its keys; shapes are
// numbered 0, 1, … as they come. 6 an array: the next op is n, its items
// the last n values. 7 an object: the next op is its shape, its values
// the last ones, one per key in order. 8 + i string i: the strings lie
// end to end, numbered as they first come in the ops (a string op names
// one met before or the next), those of Latin-1 characters only in
// `strings` and the others in `wide`; `lens[i]` is string i's length in
// UTF-16 units times two, plus one if it is in `wide`. V8 keeps a text of
// Latin-1 in one byte a character, and a string cut from it too, where a
// single other character would make all of them two.
//
// An object is built by one literal when its shape is one of the report's
// (V8 builds those far faster than an object key by key), else key by
// key. The literals are the cases of one function rather than a function
// each, so that the call that builds an object always calls the same
// function. Measured on the report of 1 MB of English, in instructions:
// 153 M with a key op per entry and key-by-key stores, 116 M with shapes
// and a literal function each, 89 M with this.

/** @typedef {(v: unknown[], i: number) => object} Build */

// The report's shapes, as the Rust side writes them (src/report/flat.rs).
// Each one's keys are read off it (see `KNOWN`), so a literal can only be
// wrong by missing, which costs speed, not correctness.
/** The report's object of literal `k` from `v[i…]`; undefined past the last. */
function literal(k, v, i) {
  switch (k) {
    case 0: return { version: v[i], language: v[i + 1], entities: v[i + 2], figures: v[i + 3], checks: v[i + 4] };
    case 1: return { id: v[i], rule: v[i + 1], status: v[i + 2], figures: v[i + 3], expected: v[i + 4], stated: v[i + 5], message: v[i + 6] };
    // Entities.
    case 2: return { id: v[i], kind: v[i + 1], text: v[i + 2], start: v[i + 3], end: v[i + 4] };
    case 3: return { id: v[i], kind: v[i + 1], text: v[i + 2], start: v[i + 3], end: v[i + 4], of: v[i + 5] };
    case 4: return { id: v[i], kind: v[i + 1], text: v[i + 2], start: v[i + 3], end: v[i + 4], same_as: v[i + 5] };
    case 5: return { id: v[i], kind: v[i + 1], text: v[i + 2], start: v[i + 3], end: v[i + 4], expansion: v[i + 5] };
    // Figures: number, percent, percentage point; ratio; money; date; time;
    // range; ordinal and multiplier; duration; identifier.
    case 6: return { id: v[i], kind: v[i + 1], value: v[i + 2], decimals: v[i + 3], text: v[i + 4], start: v[i + 5], end: v[i + 6], unit: v[i + 7], approximate: v[i + 8] };
    case 7: return { id: v[i], kind: v[i + 1], numerator: v[i + 2], denominator: v[i + 3], value: v[i + 4], text: v[i + 5], start: v[i + 6], end: v[i + 7], unit: v[i + 8], approximate: v[i + 9] };
    case 8: return { id: v[i], kind: v[i + 1], value: v[i + 2], currency: v[i + 3], decimals: v[i + 4], text: v[i + 5], start: v[i + 6], end: v[i + 7], unit: v[i + 8], approximate: v[i + 9] };
    case 9: return { id: v[i], kind: v[i + 1], iso: v[i + 2], valid: v[i + 3], text: v[i + 4], start: v[i + 5], end: v[i + 6], unit: v[i + 7], approximate: v[i + 8] };
    case 10: return { id: v[i], kind: v[i + 1], iso: v[i + 2], weekday: v[i + 3], valid: v[i + 4], text: v[i + 5], start: v[i + 6], end: v[i + 7], unit: v[i + 8], approximate: v[i + 9] };
    case 11: return { id: v[i], kind: v[i + 1], iso: v[i + 2], text: v[i + 3], start: v[i + 4], end: v[i + 5], unit: v[i + 6], approximate: v[i + 7] };
    case 12: return { id: v[i], kind: v[i + 1], from: v[i + 2], to: v[i + 3], inner: v[i + 4], text: v[i + 5], start: v[i + 6], end: v[i + 7], unit: v[i + 8], approximate: v[i + 9] };
    case 13: return { id: v[i], kind: v[i + 1], value: v[i + 2], text: v[i + 3], start: v[i + 4], end: v[i + 5], unit: v[i + 6], approximate: v[i + 7] };
    case 14: return { id: v[i], kind: v[i + 1], value: v[i + 2], unit: v[i + 3], text: v[i + 4], start: v[i + 5], end: v[i + 6], approximate: v[i + 7] };
    case 15: return { id: v[i], kind: v[i + 1], text: v[i + 2], start: v[i + 3], end: v[i + 4], unit: v[i + 5], approximate: v[i + 6] };
    // The error object.
    case 16: return { error: v[i] };
    case 17: return { code: v[i], limit: v[i + 1], message: v[i + 2] };
  }
  return undefined;
}

/** The literals' numbers by their key lists, each checked to put value j at key j. */
const KNOWN = new Map();
const probe = Array.from({ length: 64 }, (_, j) => j);
for (let k = 0, o; (o = literal(k, probe, 0)) !== undefined; k++) {
  const keys = Object.keys(o);
  if (!keys.every((key, j) => o[key] === j)) throw new Error(`flat report: literal ${keys} is out of order`);
  KNOWN.set(JSON.stringify(keys), k);
}
// Every field of every literal holds any value from here on: one built of
// nulls after the one of small integers makes V8 keep its fields tagged,
// where a number is stored as it comes; a field that had only ever held
// numbers would box each one, even a small integer, in a heap number of
// its own.
// Run a few rounds, on a packed array like the decoder's stack: V8 keeps
// a function's type feedback only from its first dozen or so calls on, and
// the report's checks, which come last, would otherwise meet code made
// before any check was built, which deoptimizes there.
const nulls = Array.from({ length: 64 }, () => null);
for (let round = 0; round < 12; round++) for (let k = 0; literal(k, nulls, 0) !== undefined; k++);

/** @typedef {{ n: number, k: number, build: Build | undefined }} Shape n keys, built by literal k, or by build if k is -1 */

/** @param {string[]} keys @returns {Shape} */
function shapeOf(keys) {
  const n = keys.length;
  const known = KNOWN.get(JSON.stringify(keys));
  if (known !== undefined) return { n, k: known, build: undefined };
  return {
    n,
    k: -1,
    build: (v, i) => {
      const o = {};
      for (let k = 0; k < n; k++) {
        const key = keys[k];
        // As JSON.parse: "__proto__" is an own key, never the prototype.
        if (key === '__proto__') Object.defineProperty(o, key, { value: v[i + k], enumerable: true, writable: true, configurable: true });
        else o[key] = v[i + k];
      }
      return o;
    },
  };
}

/** @param {{ ops: Uint32Array, nums: Float64Array, strings: string, wide?: string, lens: Uint32Array }} flat */
export function decodeReport({ ops, nums, strings, wide = '', lens }) {
  // Strings are numbered as they first come, so each is cut from its
  // text when first met: no pass of its own over them. `strs` is made at
  // its full length, which starts holey with small integers: a string
  // stored at once gives it its map for strings before the loop, whose
  // optimized code would otherwise see the map change under it (and
  // deoptimize) on every call.
  const strs = new Array(lens.length);
  strs[0] = '';
  let ns = 0;
  let at = 0;
  let wat = 0;
  /** @type {Shape[]} */
  const shapes = [];
  const stack = [];
  let sp = 0;
  let q = 0;
  const bad = (p) => new Error(`flat report: malformed op ${ops[p]} at ${p}`);
  for (let p = 0; p < ops.length;) {
    const op = ops[p++];
    if (op >= 8) {
      const i = op - 8;
      if (i < ns) stack[sp++] = strs[i];
      else {
        if (i !== ns || i >= lens.length) throw bad(p - 1);
        const n = lens[i];
        let s;
        if ((n & 1) === 0) {
          const end = at + (n >>> 1);
          s = strings.slice(at, end);
          at = end;
        } else {
          const end = wat + (n >>> 1);
          s = wide.slice(wat, end);
          wat = end;
        }
        strs[ns++] = s;
        stack[sp++] = s;
      }
      continue;
    }
    switch (op) {
      case 0: stack[sp++] = null; break;
      case 1: stack[sp++] = false; break;
      case 2: stack[sp++] = true; break;
      case 3: stack[sp++] = nums[q++]; break;
      case 4: stack[sp++] = ops[p++]; break;
      case 5: {
        const n = ops[p++];
        const keys = new Array(n);
        for (let k = 0; k < n; k++) {
          const s = ops[p++] - 8;
          if (!(s >= 0 && s <= ns && s < lens.length)) throw bad(p - 1);
          if (s === ns) {
            const n = lens[s];
            if ((n & 1) === 0) {
              const end = at + (n >>> 1);
              strs[ns++] = strings.slice(at, end);
              at = end;
            } else {
              const end = wat + (n >>> 1);
              strs[ns++] = wide.slice(wat, end);
              wat = end;
            }
          }
          keys[k] = strs[s];
        }
        shapes.push(shapeOf(keys));
        break;
      }
      case 6: {
        const n = ops[p++];
        if (n > sp) throw bad(p - 2);
        sp -= n;
        stack[sp] = stack.slice(sp, sp + n);
        sp++;
        break;
      }
      case 7: {
        const shape = shapes[ops[p++]];
        if (shape === undefined || shape.n > sp) throw bad(p - 2);
        sp -= shape.n;
        stack[sp] = shape.k >= 0 ? literal(shape.k, stack, sp) : shape.build(stack, sp);
        sp++;
        break;
      }
      default: throw bad(p - 1);
    }
  }
  if (sp !== 1 || q !== nums.length) throw new Error('flat report: trailing data');
  return stack[0];
}

// Every op, both string texts and the end once each, a few times over, so
// that the decoder's type feedback is complete before a report comes: V8
// optimizes it while it decodes the first large report, and code made
// before a path had run deoptimizes when it gets there (a `false`, the
// checks after the loop), each time costing that call most of its
// optimized speed. Microseconds, in the interpreter.
{
  const warm = {
    ops: new Uint32Array([5, 3, 8, 9, 10, 5, 1, 11, 12, 4, 7, 13, 7, 0, 0, 1, 2, 3, 12, 13, 6, 6, 6, 2, 7, 1]),
    nums: new Float64Array([0.5]),
    strings: 'codelimitmessageerrorx',
    wide: '\u0101',
    lens: new Uint32Array([8, 10, 14, 10, 2, 3]),
  };
  for (let i = 0; i < 16; i++) decodeReport(warm);
}
