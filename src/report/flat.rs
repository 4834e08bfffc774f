//! The report's flat arrays (`crate::flat`), written by hand.
//!
//! Through serde the flat encoding cost a sixth of the page's analysis:
//! a figure's `#[serde(flatten)]` quantity sends the whole figure through
//! serde's map path, every key and value through a generic call. Here the
//! report is walked as `json.rs` walks it, each value goes straight to the
//! encoder's primitives in the order the `Serialize` impls give, and each
//! object is closed with its shape named by a number of this walk's own
//! (which of a few dozen key lists it has), so that no key is written or
//! looked up but the first time a shape is met. The arrays are exactly
//! the ones the serde encoder writes for the report, piece by piece; the
//! tests hold the two to that on every kind of item and on the
//! repository's texts.

use super::json::{entity_kind, kind, status_name, time_unit};
use super::{CheckOut, EntityOut, FigureOut, Id, Report};
use crate::checks::Status;
use crate::entities::EntityKind;
use crate::figures::{Bound, Kind, Quantity, TimeUnit};
use crate::flat::{Encoder, Flat, Known, FALSE, INT, NULL, SHARED_MAX, TRUE};

/// The names of an enum's variants as [`Known`]s, made when compiling from
/// `json.rs`'s names (which the tests there hold to serde's).
macro_rules! known_names {
    ($fn:ident($ty:ident) from $name:ident: $($variant:ident),*) => {
        fn $fn(v: $ty) -> &'static Known {
            match v {
                $($ty::$variant => {
                    const K: Known = Known::new($name($ty::$variant));
                    &K
                })*
            }
        }
    };
}

known_names!(kind_name(Kind) from kind: Number, Percent, PercentagePoint, Ratio, Money, Date, Time, Range, Ordinal, Duration, Multiplier, Identifier);
known_names!(entity_kind_name(EntityKind) from entity_kind: Person, Organization, Location, Title, Document, Event);
known_names!(status_known(Status) from status_name: Consistent, Inconsistent, Unverifiable);
known_names!(time_unit_name(TimeUnit) from time_unit: Year, Month, Week, Day, Hour, Minute);

// The walk's numbers for its shapes (`Encoder::close_known`).
const REPORT_SHAPE: usize = 0;
const CHECK_SHAPE: usize = 1;
/// Then one per set of an entity's optional fields (three bits).
const ENTITY_SHAPES: usize = 2;
/// Then six per kind of figure: with a weekday or not, times without a
/// `unit`, with a null one, with a string one.
const FIGURE_SHAPES: usize = ENTITY_SHAPES + 8;

/// Write the report into `enc`.
#[inline(never)]
pub(super) fn write(r: &Report, enc: &mut Encoder) {
    let mut w = Writer { enc };
    w.uint(r.version);
    w.enc.string(r.language.code());
    for e in r.entities.iter() {
        w.entity(&e);
    }
    w.array(r.entities.len());
    for f in r.figures.iter() {
        w.figure(&f);
    }
    w.array(r.figures.len());
    for c in r.checks.iter() {
        w.check(&c);
    }
    w.array(r.checks.len());
    w.enc.close_known(REPORT_SHAPE, || vec!["version", "language", "entities", "figures", "checks"]);
}

/// The report's flat form, handed to `flush` in pieces of about `piece`
/// ops; what is left after the last piece is returned.
pub(super) fn encode(r: &Report, piece: usize, flush: Option<&mut dyn FnMut(&Flat)>) -> Flat {
    let mut enc = Encoder::new(flush, piece);
    write(r, &mut enc);
    enc.finish()
}

struct Writer<'e, 'f> {
    enc: &'e mut Encoder<'f>,
}

impl Writer<'_, '_> {
    /// Close an array of the last `n` values, as serde's sequence.
    fn array(&mut self, n: usize) {
        self.enc.close_array(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn uint(&mut self, n: u32) {
        self.enc.op(INT);
        self.enc.op(n);
    }

    fn opt_float(&mut self, v: Option<f64>) {
        match v {
            Some(v) => self.enc.num(v),
            None => self.enc.op(NULL),
        }
    }

    fn bool(&mut self, b: bool) {
        self.enc.op(if b { TRUE } else { FALSE });
    }

    /// An id's text (as [`Id::write`] gives it), straight into the
    /// encoder's padded form.
    fn id(&mut self, id: Id) {
        let mut bytes = [0u8; SHARED_MAX];
        bytes[0] = if id.prefix.is_ascii() { id.prefix } else { b'?' };
        // Up to 8 digits (any id of a real report) in one pass, each new
        // (higher) digit shifted in below the others: the bytes of `packed`
        // in memory order are the digits in reading order.
        if id.number < 100_000_000 {
            let (mut n, mut packed, mut width) = (id.number, 0u64, 0);
            loop {
                packed = packed << 8 | u64::from(b'0' + (n % 10) as u8);
                width += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            bytes[1..9].copy_from_slice(&packed.to_le_bytes());
            self.enc.ascii(&bytes, width + 1);
            return;
        }
        let mut width = 1;
        let mut n = id.number / 10;
        while n > 0 {
            width += 1;
            n /= 10;
        }
        let mut n = id.number;
        for at in (1..=width).rev() {
            bytes[at] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.enc.ascii(&bytes, width + 1);
    }

    fn entity(&mut self, e: &EntityOut) {
        let EntityOut { id, kind, text, start, end, of, same_as, expansion } = *e;
        self.id(id);
        self.enc.known(entity_kind_name(kind));
        self.text_at(text, start, end);
        if let Some(of) = of {
            self.id(of);
        }
        if let Some(same_as) = same_as {
            self.id(same_as);
        }
        if let Some(expansion) = expansion {
            self.enc.string(expansion);
        }
        let (of, same_as, expansion) = (of.is_some(), same_as.is_some(), expansion.is_some());
        let slot = ENTITY_SHAPES + usize::from(of) + 2 * usize::from(same_as) + 4 * usize::from(expansion);
        self.enc.close_known(slot, || {
            let mut keys = vec!["id", "kind", "text", "start", "end"];
            keys.extend(of.then_some("of"));
            keys.extend(same_as.then_some("same_as"));
            keys.extend(expansion.then_some("expansion"));
            keys
        });
    }

    /// The `text`, `start` and `end` fields of an entity or a figure.
    fn text_at(&mut self, text: &str, start: u32, end: u32) {
        self.enc.string(text);
        self.uint(start);
        self.uint(end);
    }

    /// A figure, its quantity's fields flattened into it as serde does.
    fn figure(&mut self, f: &FigureOut) {
        let FigureOut { id, quantity, text, start, end, counted, approximate } = *f;
        self.id(id);
        let kind = quantity.kind();
        self.enc.known(kind_name(kind));
        self.quantity_fields(quantity);
        self.text_at(text, start, end);
        let unit = match counted {
            None => 0,
            Some(None) => {
                self.enc.op(NULL);
                1
            }
            Some(Some(unit)) => {
                self.enc.string(unit);
                2
            }
        };
        self.bool(approximate);
        let weekday = matches!(quantity, Quantity::Date { weekday: Some(_), .. });
        let slot = FIGURE_SHAPES + 6 * kind as usize + 3 * usize::from(weekday) + unit;
        self.enc.close_known(slot, || {
            let mut keys = vec!["id", "kind"];
            keys.extend_from_slice(quantity_keys(quantity));
            keys.extend_from_slice(&["text", "start", "end"]);
            keys.extend((unit > 0).then_some("unit"));
            keys.push("approximate");
            keys
        });
    }

    /// The fields of a quantity after its `kind`, in the model's order
    /// (their keys are [`quantity_keys`]).
    fn quantity_fields(&mut self, q: &Quantity) {
        match q {
            Quantity::Number { value, decimals } | Quantity::Percent { value, decimals } | Quantity::PercentagePoint { value, decimals } => {
                self.enc.num(*value);
                self.uint(u32::from(*decimals));
            }
            Quantity::Ratio { numerator, denominator, value } => {
                self.enc.num(*numerator);
                self.enc.num(*denominator);
                self.enc.num(*value);
            }
            Quantity::Money { value, currency, decimals } => {
                self.enc.num(*value);
                self.enc.string(currency);
                self.uint(u32::from(*decimals));
            }
            Quantity::Date { iso, weekday, valid } => {
                self.enc.string(iso);
                if let Some(weekday) = weekday {
                    self.enc.string(weekday);
                }
                self.bool(*valid);
            }
            Quantity::Time { iso } => self.enc.string(iso),
            Quantity::Range { from, to, inner } => {
                self.bound(from);
                self.bound(to);
                self.enc.known(kind_name(*inner));
            }
            Quantity::Ordinal { value } | Quantity::Multiplier { value } => self.enc.num(*value),
            Quantity::Duration { value, unit } => {
                self.enc.num(*value);
                self.enc.known(time_unit_name(*unit));
            }
            Quantity::Identifier => {}
        }
    }

    fn bound(&mut self, b: &Bound) {
        match b {
            Bound::Value(v) => self.enc.num(*v),
            Bound::Iso(iso) => self.enc.string(iso),
        }
    }

    fn check(&mut self, c: &CheckOut) {
        let CheckOut { id, rule, status, figures, expected, stated, message } = *c;
        self.id(id);
        self.enc.string(rule);
        self.enc.known(status_known(status));
        for f in figures.iter() {
            self.id(f);
        }
        self.array(figures.len());
        self.opt_float(expected);
        self.opt_float(stated);
        self.enc.string(message);
        self.enc.close_known(CHECK_SHAPE, || vec!["id", "rule", "status", "figures", "expected", "stated", "message"]);
    }
}

/// The keys of a quantity's fields after its `kind`, as serde names them.
fn quantity_keys(q: &Quantity) -> &'static [&'static str] {
    match q {
        Quantity::Number { .. } | Quantity::Percent { .. } | Quantity::PercentagePoint { .. } => &["value", "decimals"],
        Quantity::Ratio { .. } => &["numerator", "denominator", "value"],
        Quantity::Money { .. } => &["value", "currency", "decimals"],
        Quantity::Date { weekday: Some(_), .. } => &["iso", "weekday", "valid"],
        Quantity::Date { weekday: None, .. } => &["iso", "valid"],
        Quantity::Time { .. } => &["iso"],
        Quantity::Range { .. } => &["from", "to", "inner"],
        Quantity::Ordinal { .. } | Quantity::Multiplier { .. } => &["value"],
        Quantity::Duration { .. } => &["value", "unit"],
        Quantity::Identifier => &[],
    }
}

#[cfg(test)]
mod tests {
    use crate::flat::{self, Encoder, Flat};
    use crate::lang::Lang;
    use crate::report::{Id, Report};
    use crate::text::Document;
    use crate::Options;
    use std::path::{Path, PathBuf};

    /// The pieces (and what is left) of the serde encoder and of the hand
    /// writer, at pieces of `piece` ops.
    fn pieces(r: &Report, piece: usize) -> [(Vec<Flat>, Flat); 2] {
        let mut by_serde = Vec::new();
        let serde_tail = flat::encode_in_pieces_of(r, piece, &mut |p| by_serde.push(p.clone())).expect("serde encode");
        let mut by_hand = Vec::new();
        let hand_tail = super::encode(r, piece, Some(&mut |p: &Flat| by_hand.push(p.clone())));
        [(by_serde, serde_tail), (by_hand, hand_tail)]
    }

    /// The hand writer gives serde's arrays, whole and piece by piece.
    /// Returns how many pieces the small pieces made.
    fn same_as_serde(r: &Report, what: &str) -> usize {
        let want = flat::encode(r).expect("serde encode");
        let got = r.to_flat();
        assert!(got == want, "{what}: the whole report differs");
        let mut n = 0;
        for piece in [1, 7, 64, 1000] {
            let [(want_pieces, want_tail), (got_pieces, got_tail)] = pieces(r, piece);
            assert_eq!(got_pieces.len(), want_pieces.len(), "{what}: pieces of {piece}");
            for (i, (g, w)) in got_pieces.iter().zip(&want_pieces).enumerate() {
                assert!(g == w, "{what}: piece {i} of pieces of {piece} differs");
            }
            assert!(got_tail == want_tail, "{what}: the rest after pieces of {piece} differs");
            n += got_pieces.len();
        }
        // Pieces of the real size too.
        let mut whole = Vec::new();
        let tail = r.write_flat(&mut |p| whole.push(p.clone()));
        let serde_whole_tail = flat::encode_in_pieces(r, &mut |_| {}).expect("serde encode");
        assert!(tail == serde_whole_tail, "{what}: the rest after pieces of PIECE differs");
        n
    }

    fn files(dir: &str) -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "md"))
            .collect();
        out.sort();
        out
    }

    fn check_text(text: &str, options: &Options, what: &str) -> usize {
        let report = crate::analyze(text, options).expect("analyze");
        same_as_serde(&report, what)
    }

    /// The repository's texts: test data, samples, and the fuzz corpora
    /// (read as the fuzz targets read them: the first byte picks the language).
    #[test]
    fn repository_texts_give_serdes_arrays() {
        let mut texts = 0;
        let mut pieces = 0;
        for dir in ["tests/data/checks", "tests/data/entities", "tests/data/figures", "tests/data/figures/heldout", "www/samples"] {
            for path in files(dir) {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                for lang in [None, Some(Lang::Vi), Some(Lang::En)] {
                    pieces += check_text(&text, &Options { lang }, &path.display().to_string());
                }
                texts += 1;
            }
        }
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&corpus).expect("fuzz/corpus").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
        dirs.sort();
        let fuzz_dirs = ["tests/data/fuzz".to_string()].into_iter().chain(dirs.iter().map(|d| d.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(d).display().to_string().trim_start_matches('/').to_string()));
        for dir in fuzz_dirs {
            for path in files(&dir) {
                let Ok(data) = std::fs::read(&path) else { continue };
                let (lang, rest) = match data.split_first() {
                    Some((&first, rest)) => ([None, Some(Lang::Vi), Some(Lang::En)][usize::from(first % 3)], rest),
                    None => (None, &data[..]),
                };
                pieces += check_text(&String::from_utf8_lossy(rest), &Options { lang }, &path.display().to_string());
                texts += 1;
            }
        }
        assert!(texts > 3000, "{texts} texts");
        assert!(pieces > 10_000, "{pieces} pieces");
    }

    /// Ids written straight give what their text gives, of any width and
    /// prefix, new or seen before.
    #[test]
    fn ids_as_their_text() {
        let ids: Vec<Id> = [b'f', b'e', b'c', 0xC3]
            .into_iter()
            .flat_map(|p| [0, 8, 9, 10, 98, 99, 100, 12_344, 999_999, u32::MAX as usize - 2, u32::MAX as usize - 1, usize::MAX - 1].map(|i| Id::new(p, i)))
            .collect();
        let mut by_text = Encoder::new(None, flat::PIECE);
        let mut by_hand = Encoder::new(None, flat::PIECE);
        for id in ids.iter().chain(&ids) {
            by_text.string(id.write(&mut [0; 11]));
            super::Writer { enc: &mut by_hand }.id(*id);
        }
        assert_eq!(by_hand.finish(), by_text.finish());
    }

    /// Every kind of quantity, bound, link and optional field, with
    /// awkward values (not finite, empty, repeated short strings).
    #[test]
    fn every_shape_gives_serdes_arrays() {
        crate::report::fixtures::every_shape(|report| assert!(same_as_serde(report, "every shape") > 20));
        // And an empty report.
        let doc = Document::new("", None);
        same_as_serde(&Report::build(&doc, Vec::new(), Vec::new(), Vec::new()), "empty");
    }
}
