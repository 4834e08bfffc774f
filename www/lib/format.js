// How a figure's parsed value reads to an editor: "3,2 tỷ đồng = 3 200 000 000 VND".
// Kinds this file does not know fall back to their fields, so new kinds show up
// without page changes.
import { strings } from './i18n.js';

const LOCALE = { vi: 'vi-VN', en: 'en-US' };

const formatters = new Map();

export function num(value, lang, maxDecimals = 6) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const key = `${lang}|${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(LOCALE[lang] || 'en-US', { maximumFractionDigits: maxDecimals })));
  return f.format(value);
}

/** A number with its thousands grouped by spaces, as the issue writes money: 3 200 000 000. */
export function spaced(value, lang, maxDecimals = 2) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.');
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '−' : ''}${body}${frac ? (lang === 'vi' ? ',' : '.') + frac : ''}`;
}

const UNIT = {
  vi: { year: 'năm', month: 'tháng', week: 'tuần', day: 'ngày', hour: 'giờ', minute: 'phút' },
  en: { year: 'years', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes' },
};

function bound(b, lang) {
  return typeof b === 'number' ? num(b, lang) : String(b);
}

/** The value part of a figure's tooltip. */
export function formatValue(f, lang) {
  const s = strings(lang);
  const unit = f.unit ? ` ${f.unit}` : '';
  const approx = f.approximate ? ` (${s.approx})` : '';
  switch (f.kind) {
    case 'number': return `${num(f.value, lang)}${unit}${approx}`;
    case 'percent': return `${num(f.value, lang)}%${approx}`;
    case 'percentage-point': return `${num(f.value, lang)} ${lang === 'vi' ? 'điểm phần trăm' : 'percentage points'}`;
    case 'ratio': return `${num(f.numerator, lang)}/${num(f.denominator, lang)} = ${num(f.value * 100, lang, 2)}%${unit}`;
    case 'money': return `${f.text} = ${spaced(f.value, lang)} ${f.currency}${approx}`;
    case 'date': return `${f.iso}${f.weekday ? ` (${f.weekday})` : ''}${f.valid === false ? ` — ${s.invalidDate}` : ''}`;
    case 'time': return f.iso;
    case 'range': return `${bound(f.from, lang)} – ${bound(f.to, lang)} (${s.kinds[f.inner] || f.inner})`;
    case 'ordinal': return `#${num(f.value, lang)}`;
    case 'duration': return `${num(f.value, lang)} ${(UNIT[lang] || UNIT.en)[f.unit] || f.unit}`;
    case 'multiplier': return `× ${num(f.value, lang)}`;
    case 'identifier': return f.text;
    default: {
      const skip = new Set(['id', 'kind', 'text', 'start', 'end']);
      return Object.entries(f).filter(([k, v]) => !skip.has(k) && v !== null && v !== false)
        .map(([k, v]) => `${k}: ${typeof v === 'number' ? num(v, lang) : v}`).join(', ') || f.text;
    }
  }
}
