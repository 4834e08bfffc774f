//! The report's compact JSON, written by hand.
//!
//! Through serde the JSON was a sixth of the whole analysis: every string
//! went through the generic escaping loop and every field through a
//! writer call that could fail. Here the bytes go straight into a `String`,
//! and a string is copied in runs between the rare characters JSON must
//! escape. The output is byte for byte what `serde_json::to_string` gives
//! for the report's `Serialize` (the same numbers: floats are formatted by
//! serde_json's own formatter); the tests below and in `report.rs` hold the
//! two to that on every kind of item and on the repository's texts.
//!
//! The matches below name every variant and every field, so a field added
//! to the model stops the build here rather than going missing in the JSON.

use super::{CheckOut, EntityOut, FigureOut, Id, Report};
use crate::checks::Status;
use crate::entities::EntityKind;
use crate::figures::{Bound, Kind, Quantity, TimeUnit};
use serde_json::ser::Formatter;

/// Bytes a report's JSON takes, about: what to reserve at once rather than
/// grow (and copy) a string of tens of megabytes step by step.
pub(super) fn size_hint(r: &Report) -> usize {
    128 + r.figures.len() * 150 + r.entities.len() * 110 + r.checks.len() * 220
}

#[inline(never)]
pub(super) fn write(r: &Report, out: &mut String, chunk: usize, drain: &mut dyn FnMut(&mut String)) {
    let mut w = Json { out, quads: quads(), scratch: Vec::new() };
    w.raw("{\"version\":");
    w.uint(r.version);
    w.raw(",\"language\":\"");
    w.raw(r.language.code());
    w.raw("\",\"entities\":[");
    for (i, e) in r.entities.iter().enumerate() {
        if i > 0 {
            w.raw(",");
        }
        w.entity(&e);
        w.drain_at(chunk, drain);
    }
    w.raw("],\"figures\":[");
    for (i, f) in r.figures.iter().enumerate() {
        if i > 0 {
            w.raw(",");
        }
        w.figure(&f);
        w.drain_at(chunk, drain);
    }
    w.raw("],\"checks\":[");
    for (i, c) in r.checks.iter().enumerate() {
        if i > 0 {
            w.raw(",");
        }
        w.check(&c);
        w.drain_at(chunk, drain);
    }
    w.raw("]}");
}

/// For each byte, what follows the backslash when JSON escapes it (`u` for
/// `\u00XX`), or 0 for a byte written as it is: the quote, the backslash
/// and the control characters, as serde_json escapes them.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// "0000" to "9999", four digits each: numbers are appended four digits at
/// a time, a slice of this, rather than a character at a time. Made at the
/// first report rather than held in the binary, which the page downloads
/// (as a static it was 40 KB of the .wasm): four bytes stored per number,
/// from a table of the hundred pairs, rather than four chars pushed (a
/// tenth of the instructions, on the page's way to its first report).
fn quads() -> &'static str {
    static QUADS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    const PAIRS: [[u8; 2]; 100] = {
        let mut t = [[0u8; 2]; 100];
        let mut n = 0;
        while n < 100 {
            t[n] = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
            n += 1;
        }
        t
    };
    QUADS.get_or_init(|| {
        let mut t = vec![0u8; 40_000];
        for (block, high) in t.chunks_exact_mut(400).zip(PAIRS) {
            for (q, low) in block.chunks_exact_mut(4).zip(PAIRS) {
                q.copy_from_slice(&[high[0], high[1], low[0], low[1]]);
            }
        }
        String::from_utf8(t).unwrap_or_default()
    })
}

/// "00" to "99", two digits each, for the decimals of a float.
static PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut n = 0;
    while n < 100 {
        t[2 * n] = b'0' + (n / 10) as u8;
        t[2 * n + 1] = b'0' + (n % 10) as u8;
        n += 1;
    }
    t
};

/// Does any of the 8 bytes in `w` need escaping (below 0x20, `"` or `\`)?
/// Exact as a yes or no: the classic zero-byte tests, which only err about
/// which byte, never about whether one does.
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    control | zero(w ^ (ONES * b'"' as u64)) | zero(w ^ (ONES * b'\\' as u64)) != 0
}

struct Json<'o> {
    out: &'o mut String,
    /// [`quads`], looked up once per report.
    quads: &'static str,
    /// Where a float is formatted before it is appended.
    scratch: Vec<u8>,
}

impl Json<'_> {
    fn drain_at(&mut self, chunk: usize, drain: &mut dyn FnMut(&mut String)) {
        if self.out.len() >= chunk {
            drain(self.out);
        }
    }

    /// Text that needs no escaping: punctuation, keys, names of kinds.
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A JSON string: runs of bytes that need no escaping are copied whole.
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let bytes = s.as_bytes();
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time past those that need no escaping.
            if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
                if !needs_escape(u64::from_le_bytes(word)) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            i += 1;
            let escape = ESCAPE[b as usize];
            if escape == 0 {
                continue;
            }
            let i = i - 1;
            // Escaped bytes are ASCII, so both ends of a run are char
            // boundaries and `get` always succeeds.
            self.out.push_str(s.get(run..i).unwrap_or(""));
            self.out.push('\\');
            self.out.push(escape as char);
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("00");
                self.out.push(HEX[(b >> 4) as usize] as char);
                self.out.push(HEX[(b & 0xF) as usize] as char);
            }
            run = i + 1;
        }
        self.out.push_str(s.get(run..).unwrap_or(""));
        self.out.push('"');
    }

    fn uint(&mut self, n: u32) {
        self.digits(u64::from(n));
    }

    /// A number's decimal digits, from the table four at a time. Every
    /// piece is copied as 4 bytes, a length known when compiling (a
    /// copy of a length known only when running is a `memcpy` call,
    /// which cost more than the digits).
    fn digits(&mut self, n: u64) {
        if n < 10_000 {
            self.leading(n);
        } else if n < 100_000_000 {
            self.leading(n / 10_000);
            self.quad(n % 10_000);
        } else {
            self.digits(n / 100_000_000);
            self.quad(n / 10_000 % 10_000);
            self.quad(n % 10_000);
        }
    }

    /// The digits of `n` (below 10 000), not padded: its 4-digit entry is
    /// copied from where its digits start, with the bytes of the next
    /// entry after them, which are then cut off.
    fn leading(&mut self, n: u64) {
        let width = 1 + (n >= 10) as usize + (n >= 100) as usize + (n >= 1000) as usize;
        let start = 4 * n as usize + 4 - width;
        self.out.push_str(self.quads.get(start..start + 4).unwrap_or("0000"));
        self.out.truncate(self.out.len() - (4 - width));
    }

    /// The 4 digits of `n` (below 10 000), zero-padded.
    fn quad(&mut self, n: u64) {
        let start = 4 * n as usize;
        self.out.push_str(self.quads.get(start..start + 4).unwrap_or("0000"));
    }

    /// A float as serde_json writes it: `null` when not finite, else
    /// serde_json's own shortest form ("70.0", "0.7", "1e21"). A whole
    /// number below 10^15 (most figures) is its digits and ".0", which
    /// is that form, without the general algorithm.
    fn float(&mut self, v: f64) {
        if !v.is_finite() {
            self.raw("null");
            return;
        }
        // Whole numbers and their decimals are found by conversions to
        // integers, not `fract` and `round` (calls into libm on x86-64).
        let a = v.abs();
        if a < 1e15 {
            let whole = a as u64;
            if whole as f64 == a {
                if v.is_sign_negative() {
                    self.raw("-");
                }
                self.digits(whole);
                self.raw(".0");
                return;
            }
            // A value of one or two decimals (most shares and changes):
            // when k/100 with k whole gives `v` back (a division is rounded
            // correctly, as is the parse of the digits), those digits are
            // the shortest that do, the only ones of their length below
            // 10^13 (where doubles are far closer than 0.01), and so the
            // digits serde_json writes, whichever way k was found.
            let k = (a * 100.0 + 0.5) as u64;
            if a < 1e13 && k as f64 / 100.0 == a {
                if v.is_sign_negative() {
                    self.raw("-");
                }
                self.digits(k / 100);
                let cents = (k % 100) as usize;
                self.out.push('.');
                self.out.push(char::from(PAIRS[2 * cents]));
                if cents % 10 != 0 {
                    self.out.push(char::from(PAIRS[2 * cents + 1]));
                }
                return;
            }
        }
        self.scratch.clear();
        // Writing into a Vec cannot fail, and what it writes is ASCII.
        let _ = serde_json::ser::CompactFormatter.write_f64(&mut self.scratch, v);
        self.out.push_str(std::str::from_utf8(&self.scratch).unwrap_or("null"));
    }

    fn opt_float(&mut self, v: Option<f64>) {
        match v {
            Some(v) => self.float(v),
            None => self.raw("null"),
        }
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { "true" } else { "false" });
    }

    fn id(&mut self, id: Id) {
        self.out.push('"');
        self.out.push(if id.prefix.is_ascii() { id.prefix as char } else { '?' });
        self.uint(id.number);
        self.out.push('"');
    }

    fn entity(&mut self, e: &EntityOut) {
        let EntityOut { id, kind, text, start, end, of, same_as, expansion } = *e;
        self.raw("{\"id\":");
        self.id(id);
        self.raw(",\"kind\":\"");
        self.raw(entity_kind(kind));
        self.raw("\",\"text\":");
        self.string(text);
        self.raw(",\"start\":");
        self.uint(start);
        self.raw(",\"end\":");
        self.uint(end);
        if let Some(of) = of {
            self.raw(",\"of\":");
            self.id(of);
        }
        if let Some(same_as) = same_as {
            self.raw(",\"same_as\":");
            self.id(same_as);
        }
        if let Some(expansion) = expansion {
            self.raw(",\"expansion\":");
            self.string(expansion);
        }
        self.raw("}");
    }

    fn figure(&mut self, f: &FigureOut) {
        let FigureOut { id, quantity, text, start, end, counted, approximate } = *f;
        self.raw("{\"id\":");
        self.id(id);
        self.raw(",\"kind\":\"");
        self.raw(kind(quantity.kind()));
        self.raw("\"");
        self.quantity_fields(quantity);
        self.raw(",\"text\":");
        self.string(text);
        self.raw(",\"start\":");
        self.uint(start);
        self.raw(",\"end\":");
        self.uint(end);
        match counted {
            None => {}
            Some(None) => self.raw(",\"unit\":null"),
            Some(Some(unit)) => {
                self.raw(",\"unit\":");
                self.string(unit);
            }
        }
        self.raw(",\"approximate\":");
        self.bool(approximate);
        self.raw("}");
    }

    /// The fields of a quantity after its `kind`, in the model's order.
    fn quantity_fields(&mut self, q: &Quantity) {
        match q {
            Quantity::Number { value, decimals }
            | Quantity::Percent { value, decimals }
            | Quantity::PercentagePoint { value, decimals } => {
                self.raw(",\"value\":");
                self.float(*value);
                self.raw(",\"decimals\":");
                self.uint(u32::from(*decimals));
            }
            Quantity::Ratio { numerator, denominator, value } => {
                self.raw(",\"numerator\":");
                self.float(*numerator);
                self.raw(",\"denominator\":");
                self.float(*denominator);
                self.raw(",\"value\":");
                self.float(*value);
            }
            Quantity::Money { value, currency, decimals } => {
                self.raw(",\"value\":");
                self.float(*value);
                self.raw(",\"currency\":");
                self.string(currency);
                self.raw(",\"decimals\":");
                self.uint(u32::from(*decimals));
            }
            Quantity::Date { iso, weekday, valid } => {
                self.raw(",\"iso\":");
                self.string(iso);
                if let Some(weekday) = weekday {
                    self.raw(",\"weekday\":");
                    self.string(weekday);
                }
                self.raw(",\"valid\":");
                self.bool(*valid);
            }
            Quantity::Time { iso } => {
                self.raw(",\"iso\":");
                self.string(iso);
            }
            Quantity::Range { from, to, inner } => {
                self.raw(",\"from\":");
                self.bound(from);
                self.raw(",\"to\":");
                self.bound(to);
                self.raw(",\"inner\":\"");
                self.raw(kind(*inner));
                self.raw("\"");
            }
            Quantity::Ordinal { value } | Quantity::Multiplier { value } => {
                self.raw(",\"value\":");
                self.float(*value);
            }
            Quantity::Duration { value, unit } => {
                self.raw(",\"value\":");
                self.float(*value);
                self.raw(",\"unit\":\"");
                self.raw(time_unit(*unit));
                self.raw("\"");
            }
            Quantity::Identifier => {}
        }
    }

    fn bound(&mut self, b: &Bound) {
        match b {
            Bound::Value(v) => self.float(*v),
            Bound::Iso(iso) => self.string(iso),
        }
    }

    fn check(&mut self, c: &CheckOut) {
        let CheckOut { id, rule, status, figures, expected, stated, message } = *c;
        self.raw("{\"id\":");
        self.id(id);
        self.raw(",\"rule\":");
        self.string(rule);
        self.raw(",\"status\":\"");
        self.raw(status_name(status));
        self.raw("\",\"figures\":[");
        for (i, f) in figures.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.id(f);
        }
        self.raw("],\"expected\":");
        self.opt_float(expected);
        self.raw(",\"stated\":");
        self.opt_float(stated);
        self.raw(",\"message\":");
        self.string(message);
        self.raw("}");
    }
}

// The names serde gives these enums (their `rename_all`); the tests below
// compare each with serde's.

pub(super) const fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Number => "number",
        Kind::Percent => "percent",
        Kind::PercentagePoint => "percentage-point",
        Kind::Ratio => "ratio",
        Kind::Money => "money",
        Kind::Date => "date",
        Kind::Time => "time",
        Kind::Range => "range",
        Kind::Ordinal => "ordinal",
        Kind::Duration => "duration",
        Kind::Multiplier => "multiplier",
        Kind::Identifier => "identifier",
    }
}

pub(super) const fn entity_kind(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Location => "location",
        EntityKind::Title => "title",
        EntityKind::Document => "document",
        EntityKind::Event => "event",
    }
}

pub(super) const fn status_name(s: Status) -> &'static str {
    match s {
        Status::Consistent => "consistent",
        Status::Inconsistent => "inconsistent",
        Status::Unverifiable => "unverifiable",
    }
}

pub(super) const fn time_unit(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Year => "year",
        TimeUnit::Month => "month",
        TimeUnit::Week => "week",
        TimeUnit::Day => "day",
        TimeUnit::Hour => "hour",
        TimeUnit::Minute => "minute",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn serde_name<T: serde::Serialize>(v: T) -> String {
        serde_json::to_string(&v).unwrap_or_default().trim_matches('"').to_string()
    }

    #[test]
    fn quads_are_the_four_digit_numbers() {
        let want: String = (0..10_000).map(|n| format!("{n:04}")).collect();
        assert_eq!(quads(), want);
    }

    #[test]
    fn names_are_serdes() {
        use Kind::*;
        for k in [Number, Percent, PercentagePoint, Ratio, Money, Date, Time, Range, Ordinal, Duration, Multiplier, Identifier] {
            assert_eq!(kind(k), serde_name(k));
        }
        use EntityKind::*;
        for k in [Person, Organization, Location, Title, Document, Event] {
            assert_eq!(entity_kind(k), serde_name(k));
        }
        for s in [Status::Consistent, Status::Inconsistent, Status::Unverifiable] {
            assert_eq!(status_name(s), serde_name(s));
        }
        use TimeUnit::*;
        for u in [Year, Month, Week, Day, Hour, Minute] {
            assert_eq!(time_unit(u), serde_name(u));
        }
        for l in [Lang::Vi, Lang::En] {
            assert_eq!(l.code(), serde_name(l));
        }
    }

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        Json { out: &mut out, quads: quads(), scratch: Vec::new() }.string(s);
        out
    }

    #[test]
    fn strings_escape_as_serde_does() {
        for b in 0u8..0x80 {
            let s = format!("a{}b{}", b as char, b as char);
            assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap_or_default(), "byte {b:#x}");
        }
        let mut rng = crate::test_rng(7);
        let pieces = ["\"", "\\", "\n", "\r\n", "\u{7f}", "\u{1f}", "ế", "😀", "\u{2028}", "x", " ", "\t", "/"];
        for _ in 0..2000 {
            let s: String = (0..rng(40)).map(|_| pieces[rng(pieces.len())]).collect();
            assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap_or_default(), "{s:?}");
        }
    }

    /// The eight-byte test says yes exactly when one of the bytes is in
    /// the escape table, whatever byte it is, wherever, beside any others.
    #[test]
    fn word_test_agrees_with_the_table() {
        for filler in [b'a', b' ', b'!', b'#', b'[', b']', 0x1F, 0x7F, 0x80, 0xC3, 0xFF] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = [filler; 8];
                    word[at] = b;
                    let want = word.iter().any(|&x| ESCAPE[x as usize] != 0);
                    assert_eq!(needs_escape(u64::from_le_bytes(word)), want, "{word:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_as_serde_writes_them() {
        let mut floats = vec![0.0, -0.0, 0.7, 70.0, -3.0, 1e21, 1e-7, 123456789.125, f64::MAX, f64::MIN_POSITIVE, 5e-324];
        floats.extend([f64::NAN, f64::INFINITY, -f64::INFINITY, 2f64.powi(53), 2f64.powi(53) + 2.0]);
        // Whole numbers on both sides of the fast path's limit and of
        // every power of ten, and a spread of small ones.
        for e in 0..=17 {
            let p = 10f64.powi(e);
            floats.extend([p - 1.0, p, p + 1.0, -p, 999_999_999_999_999.0, 1e15 + 2.0]);
        }
        floats.extend((0..20_000).map(|i| (i * 7919 % 100_003) as f64));
        // One and two decimals, computed as the checks compute them, and
        // their neighbours one unit in the last place away, on both sides
        // of the fast path's limit.
        let mut rng = crate::test_rng(11);
        for i in 0..10_000u64 {
            let k = (i * 104_729 % 2_000_003) as f64 - 1_000_000.0;
            let scale = [1.0, 1e3, 1e6, 1e9, 1e10, 1e11][rng(6)];
            for v in [k / 100.0, k / 10.0, k * scale / 100.0, (k / 100.0) * 1.0000001, 1e13 - k / 100.0, 1e13 + k / 100.0] {
                floats.extend([v, f64::from_bits(v.to_bits() + 1), f64::from_bits(v.to_bits().saturating_sub(1)), -v]);
            }
            let (a, b) = (rng(100_000) as f64, 1.0 + rng(1000) as f64);
            floats.extend([a / b * 100.0, ((a / b * 100.0) * 10.0).round() / 10.0, ((a / b * 1000.0).round()) / 100.0]);
        }
        for v in floats {
            let mut out = String::new();
            Json { out: &mut out, quads: quads(), scratch: Vec::new() }.float(v);
            assert_eq!(out, serde_json::to_string(&v).unwrap_or_default());
        }
        for n in [0, 7, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 10_001, 99_999_999, 100_000_000, 65535, u32::MAX] {
            let mut out = String::new();
            Json { out: &mut out, quads: quads(), scratch: Vec::new() }.uint(n);
            assert_eq!(out, n.to_string());
        }
        let mut many: Vec<u64> = (0..20_000).chain((0..20_000).map(|i| i * 7919 % 10_000_019)).collect();
        for e in 0..20 {
            let p = 10u64.pow(e);
            many.extend([p - 1, p, p + 1, p.saturating_mul(9).saturating_add(99)]);
        }
        many.extend([u64::MAX, u64::MAX - 1, 10u64.pow(19), 10u64.pow(16) + 1, 12_345_678_901_234_567]);
        for n in many {
            let mut out = String::new();
            Json { out: &mut out, quads: quads(), scratch: Vec::new() }.digits(n);
            assert_eq!(out, n.to_string());
        }
    }

    /// Every kind of quantity, bound, link and optional field, with
    /// awkward values, gives serde's bytes.
    #[test]
    fn every_shape_matches_serde() {
        crate::report::fixtures::every_shape(|report| {
            let want = serde_json::to_string(report).unwrap_or_default();
            assert_eq!(report.to_json(false), want);
            // In pieces: the same bytes, every piece whole characters.
            let mut pieces = Vec::new();
            let mut out = String::new();
            report.write_json(&mut out, 40, &mut |buf| pieces.push(std::mem::take(buf)));
            pieces.push(out);
            assert!(pieces.len() > 5);
            assert_eq!(pieces.concat(), want);
        });
    }
}
