// The report from the analyzer's flat arrays (`analyzeFlat`, see
// src/flat.rs): the same value `JSON.parse(analyzeJson(text))` gives,
// built without writing or reading any JSON. Ops are u32s: 0 null,
// 1 false, 2 true, 3 the next number of `nums`, 4 the next op as a
// number, 6 an array (length, items), 7 an object (entries, then key and
// value for each), and 8 + i string i: the strings lie end to end in
// `strings`, `lens[i]` UTF-16 units each.

/** @param {{ ops: Uint32Array, nums: Float64Array, strings: string, lens: Uint32Array }} flat */
export function decodeReport({ ops, nums, strings, lens }) {
  const strs = new Array(lens.length);
  for (let i = 0, at = 0; i < lens.length; i++) {
    const end = at + lens[i];
    strs[i] = strings.slice(at, end);
    at = end;
  }
  let p = 0;
  let q = 0;
  const value = () => {
    const op = ops[p++];
    if (op >= 8) return strs[op - 8];
    switch (op) {
      case 0: return null;
      case 1: return false;
      case 2: return true;
      case 3: return nums[q++];
      case 4: return ops[p++];
      case 6: {
        const n = ops[p++];
        const a = [];
        for (let i = 0; i < n; i++) a.push(value());
        return a;
      }
      case 7: {
        const n = ops[p++];
        const o = {};
        for (let i = 0; i < n; i++) {
          const k = strs[ops[p++] - 8];
          const v = value();
          // As JSON.parse: "__proto__" is an own key, never the prototype.
          if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
          else o[k] = v;
        }
        return o;
      }
      default: throw new Error(`flat report: unknown op ${op} at ${p - 1}`);
    }
  };
  const report = value();
  if (p !== ops.length || q !== nums.length) throw new Error('flat report: trailing data');
  return report;
}
