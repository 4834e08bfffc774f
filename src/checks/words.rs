//! The shape of the language tables the checks read (the tables themselves
//! live in `src/lang/{vi,en}/checks.rs`), and matching of cue words.

use crate::lang::{en, vi, Lang};

/// Cue words and phrases, each list lowercase.
pub struct Words {
    /// Tie a share to its part: "đạt", "chiếm", "or", "representing".
    pub share: &'static [&'static str],
    /// Verbs that state a share of something the text must name: "đạt 97%".
    pub share_verb: &'static [&'static str],
    /// Introduce the whole a share is of: "trong tổng số", "out of".
    pub whole: &'static [&'static str],
    /// Introduce a whole stated before its parts: "trong số 120 đại biểu,
    /// 84 người (70%)", "of the 2,000 people surveyed, 512 (25.6%)".
    pub whole_first: &'static [&'static str],
    /// The same when all the sentence has before the whole: "Of 500
    /// people surveyed, 320 (64%)…", "Trong 500 người được hỏi, …" ("of"
    /// or "trong" alone, inside a sentence, introduces too much else).
    pub whole_opening: &'static [&'static str],
    /// Say that what follows is a part of the amount just named: "có 120
    /// xã, trong đó 96 xã …", "1,200 staff, of whom 300 …".
    pub subset: &'static [&'static str],
    pub from: &'static [&'static str],
    pub to_up: &'static [&'static str],
    pub to_down: &'static [&'static str],
    pub to: &'static [&'static str],
    pub up: &'static [&'static str],
    pub down: &'static [&'static str],
    /// "so với", "compared with": introduce the old value after the new.
    pub compared: &'static [&'static str],
    pub total: &'static [&'static str],
    /// Total cues that follow the figure: "180 patients in total".
    pub total_after: &'static [&'static str],
    pub remaining: &'static [&'static str],
    /// A share of a plan or target may exceed 100%.
    pub target: &'static [&'static str],
    /// Answer labels that show a list of shares is meant to be complete.
    pub complete: &'static [&'static str],
    /// Introduce a list of shares that makes up a whole: "cơ cấu kinh tế:
    /// nông nghiệp 25,3%, …", "a breakdown: …".
    pub complete_intro: &'static [&'static str],
    pub respondents: &'static [&'static str],
    pub founded: &'static [&'static str],
    pub elapsed: &'static [&'static str],
    pub past: &'static [&'static str],
    pub future: &'static [&'static str],
}

/// Message fragments and templates (`{name}` placeholders).
pub struct Messages {
    pub matches: &'static str,
    pub not: &'static str,
    pub approx_note: &'static str,
    /// After an inconsistent change whose stated figure could follow from
    /// unrounded values of the rounded inputs.
    pub rounded_note: &'static str,
    pub increase: &'static str,
    pub decrease: &'static str,
    pub from_to: &'static str,
    pub points: &'static str,
    pub relative: &'static str,
    pub times: &'static str,
    pub sum: &'static str,
    pub shares_sum: &'static str,
    pub no_base: &'static str,
    pub no_previous: &'static str,
    pub grim: &'static str,
    pub grim_ok: &'static str,
    pub invalid_date: &'static str,
    pub weekday: &'static str,
    pub weekday_ok: &'static str,
    pub after_dateline: &'static str,
    pub before_dateline: &'static str,
    pub range_reversed: &'static str,
    pub duration: &'static str,
    pub repeated: &'static str,
    pub repeated_ok: &'static str,
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &vi::checks::WORDS,
        Lang::En => &en::checks::WORDS,
    }
}

pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Vi => &vi::checks::MESSAGES,
        Lang::En => &en::checks::MESSAGES,
    }
}

/// The parts one after another: what `format!` makes of `&str` arguments
/// with no width or precision, without the formatting machinery (its
/// dispatch costs more than a message takes to copy).
pub fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// Fill `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    fill_then(template, args, &[])
}

/// [`fill`], then the `rest` one after another: a message that goes on
/// past its template ("A to B: up 25% — matches 25%") made in one
/// allocation, not the filled template copied into a second.
pub fn fill_then(template: &str, args: &[(&str, &str)], rest: &[&str]) -> String {
    if let Some(out) = fill_in_one_walk(template, args, rest) {
        return out;
    }
    let mut out = fill_in_turn(template, args);
    for r in rest {
        out.push_str(r);
    }
    out
}

/// [`fill`] one replacement after another, for the templates and values
/// [`fill_in_one_walk`] declines.
fn fill_in_turn(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        // One replacement after another, as `str::replace` in turn (a value
        // may hold a later placeholder's text); the string is only made
        // anew where the placeholder is. Found by [`find_placeholder`]:
        // `str::find`'s searcher costs more to set up than a message takes
        // to search, and the "{k}" it would look for need not be made.
        let len = k.len() + 2;
        if let Some(at) = find_placeholder(out.as_bytes(), k.as_bytes(), 0) {
            if find_placeholder(out.as_bytes(), k.as_bytes(), at + len).is_some() {
                out = out.replace(&["{", k, "}"].concat(), v);
            } else {
                // Made anew in three pieces: `replace_range`'s splice costs
                // more than a message takes to copy.
                let (head, tail) = (out.get(..at).unwrap_or(""), out.get(at + len..).unwrap_or(""));
                out = concat(&[head, v, tail]);
            }
        }
    }
    out
}

/// [`fill`] in one walk over the template and one allocation, when no
/// replacement can make or unmake a placeholder: the template's braces
/// only as "{name}" and none in the keys or values (every message
/// template; a figure's text with a brace takes the turn-by-turn way).
/// Then each "{k}" of the template is replaced by the first `k`'s value,
/// which is what replacing one key after another gives.
/// `rest` is appended after, in the same allocation.
fn fill_in_one_walk(template: &str, args: &[(&str, &str)], rest: &[&str]) -> Option<String> {
    let brace = |b: &u8| matches!(b, b'{' | b'}');
    if args.iter().any(|(k, v)| k.as_bytes().iter().any(brace) || v.as_bytes().iter().any(brace)) {
        return None;
    }
    let t = template.as_bytes();
    let extra = rest.iter().map(|r| r.len()).sum::<usize>();
    let mut out = String::with_capacity(template.len() + args.iter().map(|(_, v)| v.len()).sum::<usize>() + extra);
    let (mut i, mut copied) = (0, 0);
    while i < t.len() {
        match t[i] {
            b'}' => return None,
            b'{' => {
                let close = i + 1 + t.get(i + 1..)?.iter().position(brace)?;
                if t[close] != b'}' {
                    return None;
                }
                let name = template.get(i + 1..close)?;
                if let Some((_, v)) = args.iter().find(|(k, _)| *k == name) {
                    out.push_str(template.get(copied..i)?);
                    out.push_str(v);
                    copied = close + 1;
                }
                i = close + 1;
            }
            _ => i += 1,
        }
    }
    out.push_str(template.get(copied..)?);
    for r in rest {
        out.push_str(r);
    }
    Some(out)
}

/// The first "{k}" in `hay` at `from` or later: `find_from` of those
/// bytes, without making them.
fn find_placeholder(hay: &[u8], k: &[u8], mut from: usize) -> Option<usize> {
    while let Some(i) = find_from(hay, b"{", from) {
        let rest = &hay[i + 1..];
        if rest.starts_with(k) && rest.get(k.len()) == Some(&b'}') {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Does `hay` (already lowercase) contain `cue` as whole words?
pub fn has_word(hay: &str, cue: &str) -> bool {
    find_word(hay, cue).is_some()
}

/// The first occurrence of `cue` in `hay` at or after `from`. Haystacks
/// here are a few dozen bytes around a figure, where `str::find`'s
/// searcher costs more to set up than to run: `memchr` finds each
/// candidate first byte (16 bytes at a time), then the rest is compared.
/// A match of valid UTF-8 in valid UTF-8 always starts on a char boundary.
fn find_from(hay: &[u8], cue: &[u8], mut from: usize) -> Option<usize> {
    let Some((&first, rest)) = cue.split_first() else { return Some(from) };
    let last = hay.len().checked_sub(cue.len())?;
    while from <= last {
        let window = &hay[from..=last];
        // memchr's setup costs more than a short plain scan.
        let at = if window.len() < 16 { window.iter().position(|&b| b == first) } else { memchr::memchr(first, window) };
        let i = from + at?;
        if &hay[i + 1..i + cue.len()] == rest {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// The byte offset of the first whole-word occurrence of `cue` in `hay`.
pub fn find_word(hay: &str, cue: &str) -> Option<usize> {
    let bytes = hay.as_bytes();
    let mut from = 0;
    while let Some(i) = find_from(bytes, cue.as_bytes(), from) {
        let end = i + cue.len();
        let before_ok = i == 0 || !is_word_byte(bytes[i - 1]) || !cue.as_bytes().first().is_some_and(|&b| is_word_byte(b));
        let after_ok = end >= bytes.len() || !is_word_byte(bytes[end]) || !cue.as_bytes().last().is_some_and(|&b| is_word_byte(b));
        if before_ok && after_ok {
            return Some(i);
        }
        from = end;
        while from < hay.len() && !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Does `hay` contain any of `cues` as whole words? The same answer as
/// `has_word` for each cue in turn, in one pass ([`scan`]).
pub fn any_word(hay: &str, cues: &[&str]) -> bool {
    if !scan_fits(hay, cues.len()) {
        return cues.iter().any(|c| has_word(hay, c));
    }
    scan(hay, cues, &[], |_, _| true)
}

/// The latest of the first whole-word occurrences of `cues` in `hay`:
/// the largest `find_word(hay, c)`, found in one pass ([`scan`]).
pub fn last_first_word(hay: &str, cues: &[&str]) -> Option<usize> {
    if !scan_fits(hay, cues.len()) {
        return cues.iter().filter_map(|c| find_word(hay, c)).max();
    }
    if cues.iter().any(|c| c.is_empty()) {
        // "" is found at 0 (and an empty `hay` holds only "").
        return cues.iter().filter_map(|c| find_word(hay, c)).max();
    }
    let mut last = None;
    let mut found = 0u64;
    scan(hay, cues, &[], |k, i| {
        if found & (1 << k) == 0 {
            found |= 1 << k;
            last = Some(i);
        }
        found == all_bits(cues.len())
    });
    last
}

/// `(last_first_word(hay, a), last_first_word(hay, b))` in one walk.
pub fn last_first_words(hay: &str, a: &[&str], b: &[&str]) -> (Option<usize>, Option<usize>) {
    let n = a.len() + b.len();
    if !scan_fits(hay, n) || a.iter().chain(b).any(|c| c.is_empty()) {
        return (last_first_word(hay, a), last_first_word(hay, b));
    }
    let mut lasts = Lasts::new(a.len(), n);
    scan(hay, a, b, |k, i| lasts.see(k, i));
    lasts.get()
}

/// What a backward scan over cues `a` then `b` has seen: for each list, where
/// its first-seen cue was. The scan may stop once every cue has been seen.
struct Lasts {
    a_len: usize,
    all: u64,
    found: u64,
    last_a: Option<usize>,
    last_b: Option<usize>,
}

impl Lasts {
    fn new(a_len: usize, n: usize) -> Self {
        Lasts { a_len, all: all_bits(n), found: 0, last_a: None, last_b: None }
    }

    /// Cue `k` seen at `i`; true once all have been.
    fn see(&mut self, k: usize, i: usize) -> bool {
        if self.found & (1 << k) == 0 {
            self.found |= 1 << k;
            if k < self.a_len {
                self.last_a = Some(i);
            } else {
                self.last_b = Some(i);
            }
        }
        self.found == self.all
    }

    fn get(&self) -> (Option<usize>, Option<usize>) {
        (self.last_a, self.last_b)
    }
}

/// The most cues [`scan`] follows at once: the bits of a `u64`. The two
/// lists [`last_first_words`] follows at once (the English "up" and
/// "down" words) are more than 32 together, and at 32 they were walked
/// twice, once per list.
const MAX_CUES: usize = 64;

/// Every cue list of both languages, and each pair of lists `ReadyCues`
/// walks as one, within [`MAX_CUES`]. Past it a list is still answered
/// right, cue by cue (`Cues::new` and `scan_fits` fall back), but at many
/// times the cost of one walk: a build error tells whoever adds the cue.
const _: () = assert!(cues_fit(&vi::checks::WORDS) && cues_fit(&en::checks::WORDS), "a cue list (or up + down, to_up + to_down, remaining + complete) has more than MAX_CUES cues");

/// Every field named (no `..`), so that a list added to `Words` is asked too.
const fn cues_fit(w: &Words) -> bool {
    let Words { share, share_verb, whole, whole_first, whole_opening, subset, from, to_up, to_down, to, up, down, compared, total, total_after, remaining, target, complete, complete_intro, respondents, founded, elapsed, past, future } = *w;
    let lists = [share, share_verb, whole, whole_first, whole_opening, subset, from, to_up, to_down, to, up, down, compared, total, total_after, remaining, target, complete, complete_intro, respondents, founded, elapsed, past, future];
    let mut k = 0;
    while k < lists.len() {
        if lists[k].len() > MAX_CUES {
            return false;
        }
        k += 1;
    }
    up.len() + down.len() <= MAX_CUES && to_up.len() + to_down.len() <= MAX_CUES && remaining.len() + complete.len() <= MAX_CUES
}

/// The set of the first `n` cues (`n` at most 64).
fn all_bits(n: usize) -> u64 {
    u64::MAX.checked_shr(64 - n as u32).filter(|_| n > 0).unwrap_or(0)
}

/// Can [`scan`] walk `hay` for `n` cues? (At most [`MAX_CUES`], offsets in u32.)
fn scan_fits(hay: &str, n: usize) -> bool {
    n <= MAX_CUES && u32::try_from(hay.len()).is_ok()
}

/// Walk `hay` once for all of `cues` and then `more` (at most
/// [`MAX_CUES`] in all, numbered on from `cues` into `more`), calling
/// `found(k, i)` at each whole-word occurrence `i` of cue `k` that
/// [`find_word`]'s search would look at, in order of `i`, until it
/// returns true; then answer true. A byte that starts no cue is passed
/// over after one table look-up, a byte that starts only cues of 4 bytes or
/// more after a second one on a hash of the 4 bytes there (Vietnamese
/// cues share first letters, and their accented letters share lead
/// bytes), and each cue keeps its own resume point, so that after an
/// occurrence fails the whole-word test the next one looked at starts
/// past it, as in [`find_word`]. An empty cue answers true at once.
fn scan(hay: &str, cues: &[&str], more: &[&str], found: impl FnMut(usize, usize) -> bool) -> bool {
    match Filter::new(cues, more) {
        Some(filter) => filter.scan(hay, cues, more, found),
        None => true, // "" is found anywhere
    }
}

/// What [`scan`] looks at first, made from its cues: for each byte, 1 if
/// a cue starts with it, 2 if one of fewer than 4 bytes does; and hashes of
/// the first 4 bytes of the long ones.
#[derive(Clone)]
struct Filter {
    first: [u8; 256],
    /// Per first byte, a bit per low nibble of the second bytes of the
    /// cues of 4 bytes or more that start with it: a byte the filter lets
    /// through is most often followed by a byte none of them goes on with.
    second: [u16; 256],
    quads: u64,
    /// Per first byte, the cues (bit `k` for cue `k`) that start with it:
    /// a start the filter lets through is compared with those alone, not
    /// with every cue of the lists (the English up and down words are 48).
    starts: [u64; 256],
}

impl Filter {
    const START: u8 = 1;
    const SHORT: u8 = 2;

    /// `None` if a cue is "".
    fn new(cues: &[&str], more: &[&str]) -> Option<Filter> {
        let (mut first, mut second, mut quads, mut starts) = ([0u8; 256], [0u16; 256], 0u64, [0u64; 256]);
        for (k, c) in cues.iter().chain(more).enumerate() {
            let &b = c.as_bytes().first()?;
            first[usize::from(b)] |= Self::START;
            // (At most MAX_CUES cues: every one has its bit.)
            starts[usize::from(b)] |= 1u64.checked_shl(k as u32).unwrap_or(0);
            match quad_hash(c.as_bytes()) {
                Some(h) => {
                    quads |= 1 << h;
                    second[usize::from(b)] |= 1 << (c.as_bytes()[1] & 15);
                }
                None => first[usize::from(b)] |= Self::SHORT,
            }
        }
        Some(Filter { first, second, quads, starts })
    }

    fn scan(&self, hay: &str, cues: &[&str], more: &[&str], mut found: impl FnMut(usize, usize) -> bool) -> bool {
        // Resume points as u32: a haystack here is a few dozen bytes, and
        // one past u32 offsets is read the slow way (see `scan_fits`).
        let mut resume = Resume::default();
        (0..hay.len()).any(|i| self.at(hay, i, cues, more, &mut resume, &mut found))
    }

    /// [`Filter::scan`] looking only at the starts `skip` lets through,
    /// in the same order: the same calls of `found`, the same answer.
    fn scan_skipping(&self, skip: &Skip, hay: &str, cues: &[&str], more: &[&str], mut found: impl FnMut(usize, usize) -> bool) -> bool {
        let bytes = hay.as_bytes();
        let mut resume = Resume::default();
        // `end`: the last byte of the first `skip.len` bytes of a cue
        // starting at `end + 1 - skip.len`.
        let mut end = skip.len - 1;
        while let (Some(&x), Some(&y)) = (bytes.get(end.wrapping_sub(1)), bytes.get(end)) {
            let shift = skip.shift[Skip::hash(x, y)];
            if shift != 0 {
                end += usize::from(shift);
                continue;
            }
            if self.at(hay, end + 1 - skip.len, cues, more, &mut resume, &mut found) {
                return true;
            }
            end += 1;
        }
        false
    }

    /// The cues that start at `i`, looked at in turn: true once `found`
    /// says so.
    #[inline(always)]
    fn at(&self, hay: &str, i: usize, cues: &[&str], more: &[&str], resume: &mut Resume, found: &mut impl FnMut(usize, usize) -> bool) -> bool {
        let bytes = hay.as_bytes();
        let b = bytes[i];
        let kind = self.first[usize::from(b)];
        if kind == 0 {
            return false;
        }
        if kind & Self::SHORT == 0 {
            // Every cue that starts with `b` has 4 bytes or more: none
            // starts here unless its second and first four bytes could.
            let next = bytes.get(i + 1).map_or(0, |&n| self.second[usize::from(b)] & (1 << (n & 15)));
            if next == 0 || quad_hash(&bytes[i..]).is_none_or(|h| self.quads & (1 << h) == 0) {
                return false; // no cue of 4 bytes or more starts here, and no shorter one starts with `b`
            }
        }
        // The cues that start with `b`, in the lists' order.
        let mut todo = self.starts[usize::from(b)];
        while todo != 0 {
            let k = todo.trailing_zeros() as usize;
            todo &= todo - 1;
            let Some(c) = cues.get(k).or_else(|| more.get(k - cues.len())) else { continue };
            let cue = c.as_bytes();
            if resume.before(k, i) || !bytes[i..].starts_with(cue) {
                continue;
            }
            let end = i + cue.len();
            let before_ok = i == 0 || !is_word_byte(bytes[i - 1]) || !is_word_byte(cue[0]);
            let after_ok = end >= bytes.len() || !is_word_byte(bytes[end]) || !is_word_byte(cue[cue.len() - 1]);
            if before_ok && after_ok && found(k, i) {
                return true;
            }
            // find_word's search for this cue goes on past this occurrence.
            let mut next = end;
            while next < hay.len() && !hay.is_char_boundary(next) {
                next += 1;
            }
            resume.set(k, next);
        }
        false
    }
}

/// Each cue's resume point in a [`Filter::scan`]: the offset before which
/// its next occurrence is not looked at. Most scans see no occurrence
/// that fails the whole-word test, so the points are made (zeroed) only
/// at the first that does, not for every haystack.
#[derive(Default)]
struct Resume(Option<[u32; MAX_CUES]>);

impl Resume {
    /// Is offset `i` before cue `k`'s resume point?
    #[inline(always)]
    fn before(&self, k: usize, i: usize) -> bool {
        self.0.as_ref().is_some_and(|r| r.get(k).is_some_and(|&at| (i as u32) < at))
    }

    fn set(&mut self, k: usize, next: usize) {
        if let Some(at) = self.0.get_or_insert([0; MAX_CUES]).get_mut(k) {
            *at = u32::try_from(next).unwrap_or(u32::MAX);
        }
    }
}

/// Where a cue can start, for lists whose cues all have 4 bytes or more
/// (most Vietnamese lists): the Wu–Manber skip over pairs of bytes. With
/// `len` the shortest cue's length (at most 32), a cue starting at `s`
/// has its first `len` bytes end at `s + len - 1`; `shift[hash(x, y)]` is
/// how far past a pair `x y` ending at some `e` that end can lie, over all
/// the pairs inside the cues' first `len` bytes (`len - 1` for a pair in
/// none of them). A scan that moves on by the shift passes over no start,
/// and looks at a start only where the shift is 0: a few of a window's
/// bytes, where [`Filter::scan`] looks at each.
#[derive(Clone)]
struct Skip {
    len: usize,
    shift: Box<[u8; Skip::SIZE]>,
}

impl Skip {
    const SIZE: usize = 4096;

    fn hash(x: u8, y: u8) -> usize {
        (usize::from(u16::from_le_bytes([x, y]).wrapping_mul(0x9E37)) >> 4) % Self::SIZE
    }

    /// `None` for lists with a cue shorter than 4 bytes, or none at all.
    fn new(lists: &[&[&str]]) -> Option<Skip> {
        let len = lists.iter().flat_map(|l| l.iter()).map(|c| c.len()).min()?.min(32);
        if len < 4 {
            return None;
        }
        let mut shift = Box::new([(len - 1) as u8; Self::SIZE]);
        for c in lists.iter().flat_map(|l| l.iter()) {
            let head = &c.as_bytes()[..len];
            for q in 1..len {
                let h = Self::hash(head[q - 1], head[q]);
                shift[h] = shift[h].min((len - 1 - q) as u8);
            }
        }
        Some(Skip { len, shift })
    }
}

/// One or two cue lists made ready once for many haystacks: the same
/// answers as [`any_word`] and [`last_first_words`], without making the
/// first-byte filter anew for each (a rule asks about every figure).
#[derive(Clone)]
pub struct Cues {
    a: &'static [&'static str],
    b: &'static [&'static str],
    /// `None` when [`scan`] cannot follow these lists (too many, or "").
    filter: Option<Filter>,
    /// For lists of long cues only.
    skip: Option<Skip>,
}

impl Cues {
    pub fn new(a: &'static [&'static str], b: &'static [&'static str]) -> Cues {
        let filter = if a.len() + b.len() <= MAX_CUES { Filter::new(a, b) } else { None };
        let skip = filter.as_ref().and_then(|_| Skip::new(&[a, b]));
        Cues { a, b, filter, skip }
    }

    /// `any_word(hay, a)` (for lists made with an empty `b`).
    pub fn any(&self, hay: &str) -> bool {
        match &self.filter {
            Some(f) if self.b.is_empty() && scan_fits(hay, self.a.len()) => match &self.skip {
                Some(skip) => f.scan_skipping(skip, hay, self.a, &[], |_, _| true),
                None => f.scan(hay, self.a, &[], |_, _| true),
            },
            _ => any_word(hay, self.a),
        }
    }

    /// `any_word(hay, a) || any_word(hay, b)`, in one walk.
    pub fn any_of_both(&self, hay: &str) -> bool {
        let (a, b) = (self.a, self.b);
        match &self.filter {
            Some(f) if scan_fits(hay, a.len() + b.len()) => match &self.skip {
                Some(skip) => f.scan_skipping(skip, hay, a, b, |_, _| true),
                None => f.scan(hay, a, b, |_, _| true),
            },
            _ => any_word(hay, a) || any_word(hay, b),
        }
    }

    /// `last_first_words(hay, a, b)`.
    pub fn last_first(&self, hay: &str) -> (Option<usize>, Option<usize>) {
        let (a, b) = (self.a, self.b);
        let n = a.len() + b.len();
        let Some(f) = self.filter.as_ref().filter(|_| scan_fits(hay, n)) else { return last_first_words(hay, a, b) };
        let mut lasts = Lasts::new(a.len(), n);
        match &self.skip {
            Some(skip) => f.scan_skipping(skip, hay, a, b, |k, i| lasts.see(k, i)),
            None => f.scan(hay, a, b, |k, i| lasts.see(k, i)),
        };
        lasts.get()
    }
}

/// A 6-bit hash of the first 4 bytes of `bytes`, if it has 4.
fn quad_hash(bytes: &[u8]) -> Option<u32> {
    let quad: [u8; 4] = bytes.get(..4)?.try_into().ok()?;
    Some(u32::from_le_bytes(quad).wrapping_mul(0x9E37_79B1) >> 26)
}

/// Does `hay` end with one of `cues` (as whole words, ignoring trailing
/// spaces and punctuation such as "(")?
pub fn ends_with_word(hay: &str, cues: &[&str]) -> bool {
    ends_with_word_trimmed(trim_cue_end(hay), cues)
}

/// [`ends_with_word`] for any of several lists, trimming `hay` once.
pub fn ends_with_any_word(hay: &str, lists: &[&[&str]]) -> bool {
    let h = trim_cue_end(hay);
    lists.iter().any(|cues| ends_with_word_trimmed(h, cues))
}

/// `hay` without the spaces and punctuation [`ends_with_word`] passes over
/// at its end: `trim_end_matches` of them, a byte at a time over ASCII.
pub fn trim_cue_end(hay: &str) -> &str {
    let mut h = hay;
    while let Some(&b) = h.as_bytes().last() {
        let cut = if b.is_ascii() {
            ((b as char).is_whitespace() || matches!(b, b'(' | b':' | b'"')) as usize
        } else {
            match h.chars().next_back() {
                Some(c) if c.is_whitespace() || c == '“' => c.len_utf8(),
                _ => 0,
            }
        };
        if cut == 0 {
            break;
        }
        h = &h[..h.len() - cut];
    }
    h
}

/// The last bytes of some cue lists' cues, made ready once: a haystack
/// whose last byte ends none of them ends with none of them (see
/// [`ends_with_word_trimmed`], which compares that byte first), and is
/// turned away without a look at each cue. A haystack that passes is
/// also asked about its last two or three bytes: many words end in the
/// last byte of a cue ("tăng", "trong" and "xuống" in 'g'), few in its
/// last three.
#[derive(Clone)]
pub struct Ends {
    bits: [u64; 4],
    /// Hashes ([`Ends::tail_bit`]) of the last two bytes of each cue of
    /// two, and of the last three of each longer one.
    tails: [u64; 16],
    /// A cue of one byte: its last byte is all a haystack can be asked.
    one_byte: bool,
    /// A "" cue ends every haystack.
    empty: bool,
}

impl Ends {
    pub fn new(lists: &[&[&str]]) -> Ends {
        let mut ends = Ends { bits: [0; 4], tails: [0; 16], one_byte: false, empty: false };
        for c in lists.iter().flat_map(|l| l.iter()) {
            let b = c.as_bytes();
            match b.last() {
                Some(&last) => ends.bits[usize::from(last >> 6)] |= 1 << (last & 63),
                None => ends.empty = true,
            }
            match Self::tail_bit(b) {
                Some(k) => ends.tails[k / 64] |= 1 << (k % 64),
                None => ends.one_byte |= b.len() == 1,
            }
        }
        ends
    }

    /// A 10-bit hash of the last three bytes of `b` (of its two, if it
    /// has two); `None` for fewer than two.
    #[inline]
    fn tail_bit(b: &[u8]) -> Option<usize> {
        let n = b.len();
        let key = match n {
            0 | 1 => return None,
            2 => u32::from(b[0]) << 8 | u32::from(b[1]),
            _ => 1 << 24 | u32::from(b[n - 3]) << 16 | u32::from(b[n - 2]) << 8 | u32::from(b[n - 1]),
        };
        Some((key.wrapping_mul(0x9E37_79B1) >> 22) as usize)
    }

    /// Could a haystack whose last bytes are `b`'s end with a cue?
    /// (Both tails asked: a cue of two bytes may end a longer haystack.)
    fn may_end_tail(&self, b: &[u8]) -> bool {
        let n = b.len();
        let has = |k: Option<usize>| k.is_some_and(|k| self.tails[k / 64] & (1 << (k % 64)) != 0);
        self.one_byte || has(Self::tail_bit(b.get(n.saturating_sub(2)..).unwrap_or(&[]))) || has(Self::tail_bit(b.get(n.saturating_sub(3)..).unwrap_or(&[])).filter(|_| n >= 3))
    }

    /// False only if `ends_with_word_trimmed(h, cues)` is false for every
    /// list the set was made of.
    pub fn may_end(&self, h: &str) -> bool {
        self.may_end_last(h.as_bytes().last().copied()) && (self.empty || self.may_end_tail(h.as_bytes()))
    }

    /// [`Ends::may_end`] of a haystack whose last byte is `last` (`None`:
    /// empty), asked before the haystack is made: its last byte alone.
    pub fn may_end_last(&self, last: Option<u8>) -> bool {
        self.empty || last.is_some_and(|b| self.bits[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

/// One cue list asked at the ends of many haystacks, with its [`Ends`]
/// made once: most haystacks end in a byte no cue ends in.
pub struct EndCues {
    cues: &'static [&'static str],
    ends: Ends,
}

impl EndCues {
    pub fn new(cues: &'static [&'static str]) -> EndCues {
        EndCues { cues, ends: Ends::new(&[cues]) }
    }

    /// False only if no haystack whose trimmed end is `last` (`None`:
    /// empty) ends with a cue.
    pub fn may_end_last(&self, last: Option<u8>) -> bool {
        self.ends.may_end_last(last)
    }

    /// `ends_with_word(hay, cues)`.
    pub fn ends(&self, hay: &str) -> bool {
        let h = trim_cue_end(hay);
        self.ends.may_end(h) && ends_with_word_trimmed(h, self.cues)
    }
}

/// [`ends_with_word`] on a haystack already passed through [`trim_cue_end`].
pub fn ends_with_word_trimmed(h: &str, cues: &[&str]) -> bool {
    let last = h.as_bytes().last();
    cues.iter().any(|c| {
        // The last byte first: most cues differ there, and it spares a memcmp.
        (c.is_empty() || c.as_bytes().last() == last) && h.ends_with(c) && {
            let start = h.len() - c.len();
            start == 0 || !h[..start].chars().last().is_some_and(|p| p.is_alphanumeric())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(has_word("kết nạp, đạt 70", "đạt"));
        assert!(!has_word("cấp đạtx", "đạt"));
        assert!(has_word("up 25", "up"));
        assert!(!has_word("support", "up"));
        assert!(ends_with_word(" respondents (", &["respondents"]));
        assert!(ends_with_word("trong tổng số ", &["tổng số"]));
        assert!(!ends_with_word("xtổng số ", &["tổng số"]));
    }

    #[test]
    fn fill_replaces_in_turn() {
        let naive = |t: &str, args: &[(&str, &str)]| {
            let mut out = t.to_string();
            for (k, v) in args {
                out = out.replace(&format!("{{{k}}}"), v);
            }
            out
        };
        let templates = ["", "{a}", "Từ {a} đến {b}", "{a}{a} {b} {a}", "{{a}}", "{b}{a}", "x {c} y", "{a", "a}", "{}", "{a}b}", "{{a}b}", "ế{a}ề{b}", "}{a}"];
        let values = ["", "5", "{b}", "{a}", "ế {", "}", "{a}{b}", "b", "a", "1,5 tỷ"];
        for t in templates {
            for a in values {
                for b in values {
                    let args = [("a", a), ("b", b)];
                    assert_eq!(fill(t, &args), naive(t, &args), "{t:?} {a:?} {b:?}");
                    assert_eq!(fill_then(t, &args, &[": ", b, "%"]), naive(t, &args) + ": " + b + "%", "{t:?} {a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn trim_like_trim_end_matches() {
        for t in ["", " ", "a ", "tổng số (", "x\u{a0}\u{2003} :\"“", "“", "a“ ", "ế\t\r\n\u{b}\u{c}", "( ", "ab:", "a\u{85}", "ê\u{3000}"] {
            let want = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ':' | '"' | '“'));
            assert_eq!(trim_cue_end(t), want, "{t:?}");
        }
        for b in 0..128u8 {
            let t = format!("a{}", b as char);
            let want = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ':' | '"' | '“'));
            assert_eq!(trim_cue_end(&t), want, "{b}");
        }
    }

    #[test]
    fn any_word_agrees_with_has_word() {
        let hays = ["", "tổn tổng số", "tăng tăng", "so với năm trước, tăng 25%", "đạtđạt đạt", "up, up and away", "ăn", "a", "targets target", "as much as much as", "ttổng tổng số", "xtarget target"];
        let lists: [&[&str]; 8] = [&[], &[""], &["tăng", "đạt"], &["up", "away"], &["target", "as much as"], &["tổng", "tổng số", "số"], &["tổng cộng", "tất cả", "nâng tổng số", "up"], &["ă", "a", "năm trước,"]];
        for h in hays {
            for cues in lists {
                assert_eq!(any_word(h, cues), cues.iter().any(|c| has_word(h, c)), "{h:?} / {cues:?}");
                assert_eq!(last_first_word(h, cues), cues.iter().filter_map(|c| find_word(h, c)).max(), "{h:?} / {cues:?}");
                for c in cues {
                    assert_eq!(any_word(h, &[c]), has_word(h, c), "{h:?} / {c:?}");
                }
            }
        }
    }

    /// Lists of more than 16 cues (the English direction words) too.
    #[test]
    fn long_lists_agree_with_has_word() {
        let w = words(Lang::En);
        let hays = ["", "sales rose more than expected", "up up", "overturned, over budget", "lower than a lower bound", "grew, grown", "the jump in costs", "droppeddrop drop", "as much as much as", "more", "x"];
        for h in hays {
            for cues in [w.up, w.down, w.total, w.compared] {
                assert_eq!(any_word(h, cues), cues.iter().any(|c| has_word(h, c)), "{h:?}");
                assert_eq!(last_first_word(h, cues), cues.iter().filter_map(|c| find_word(h, c)).max(), "{h:?}");
            }
            let vi = words(Lang::Vi);
            for (a, b) in [(w.up, w.down), (vi.up, vi.down), (w.total, w.up), (&["up", ""][..], w.down)] {
                assert_eq!(last_first_words(h, a, b), (last_first_word(h, a), last_first_word(h, b)), "{h:?}");
            }
        }
        for h in ["tăng giảm", "giảm mạnh rồi tăng", "sụt giảm, tăng trưởng", "cao hơn thấp hơn cao hơn", "tổng số, tất cả", "up, up and away"] {
            let vi = words(Lang::Vi);
            assert_eq!(last_first_words(h, vi.up, vi.down), (last_first_word(h, vi.up), last_first_word(h, vi.down)), "{h:?}");
            for lang in [Lang::Vi, Lang::En] {
                let w = words(lang);
                for (a, b) in [(w.up, w.down), (w.total, &[][..]), (w.down, &[][..]), (w.up, w.total), (&["up", ""][..], w.down), (&[""][..], &[][..])] {
                    let cues = Cues::new(a, b);
                    assert_eq!(cues.last_first(h), (last_first_word(h, a), last_first_word(h, b)), "{h:?}");
                    assert_eq!(cues.any_of_both(h), any_word(h, a) || any_word(h, b), "{h:?}");
                    if b.is_empty() {
                        assert_eq!(cues.any(h), any_word(h, a), "{h:?}");
                    }
                }
            }
        }
    }

    /// A haystack `Ends` turns away ends with no cue of its lists.
    #[test]
    fn ends_turn_away_only_what_no_cue_ends() {
        for lang in [Lang::Vi, Lang::En] {
            let w = words(lang);
            for lists in [&[w.from][..], &[w.to_up, w.to_down, w.to], &[&["", "x"][..]], &[&["o", "lên"][..]], &[w.total, w.whole, w.remaining], &[]] {
                let ends = Ends::new(lists);
                let cued = lists.iter().flat_map(|l| l.iter()).flat_map(|c| [c.to_string(), format!("a {c}"), format!("tăng, {c}")]);
                let hays = ["", "a", "từ", "tăng từ", "rose from", "up to", "giảm xuống", "lên", "x", "đến", "so với", "(", "ế", "tới", "o", "to"].map(String::from);
                for h in hays.into_iter().chain(cued) {
                    let any = lists.iter().any(|cues| ends_with_word_trimmed(&h, cues));
                    assert!(ends.may_end(&h) || !any, "{h:?}");
                }
            }
        }
    }

    /// `EndCues::ends` answers as `ends_with_word` does, trailing marks too.
    #[test]
    fn end_cues_agree_with_ends_with_word() {
        for lang in [Lang::Vi, Lang::En] {
            let w = words(lang);
            for cues in [w.total, w.whole, w.whole_first, w.remaining, w.share, w.share_verb, &["", "x"][..]] {
                let ready = EndCues::new(cues);
                for h in ["", "a", "tổng số", "trong tổng số (", "tổng số: ", "a total of", "in total “", "xtotal", "còn lại", "hiện còn", "out of", "of", "x", "ế", "chiếm", "đạt", "hay", "or (", "accounting for"] {
                    assert_eq!(ready.ends(h), ends_with_word(h, cues), "{h:?} / {cues:?}");
                }
            }
        }
    }

    /// The skipping scan ([`Skip`]) of the lists it applies to answers as
    /// `has_word` and `find_word` do, on haystacks cut from the cues
    /// themselves (up to 80 bytes, as windows are), and on cues next to
    /// letters and marks.
    #[test]
    fn skipping_scan_agrees_with_find_word() {
        for lang in [Lang::Vi, Lang::En] {
            let w = words(lang);
            let lists: [(&'static [&'static str], &'static [&'static str]); 10] =
                [(w.total, &[]), (w.total_after, &[]), (w.from, &[]), (w.up, w.down), (w.up, &[]), (w.down, &[]), (w.remaining, &[]), (w.remaining, w.complete), (w.to_up, w.to_down), (&["xyzw", "xyzwv"], &["yzwx"])];
            for (a, b) in lists {
                let cues = Cues::new(a, b);
                let mut text = String::new();
                for (n, c) in a.iter().chain(b).enumerate() {
                    text.push_str(["", " ", "x", "ế", ", ", "  "][n % 6]);
                    text.push_str(c);
                    text.push_str(&c[..crate::checks::claims::floor_boundary(c, c.len() / 2)]);
                    text.push_str([" ", "", "a", " ", "đ"][n % 5]);
                }
                for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)).step_by(3) {
                    for end in (start..=text.len().min(start + 80)).filter(|&i| text.is_char_boundary(i)) {
                        let h = &text[start..end];
                        if b.is_empty() {
                            assert_eq!(cues.any(h), a.iter().any(|c| has_word(h, c)), "{h:?}");
                        }
                        assert_eq!(cues.any_of_both(h), a.iter().chain(b).any(|c| has_word(h, c)), "{h:?}");
                        let want = (a.iter().filter_map(|c| find_word(h, c)).max(), b.iter().filter_map(|c| find_word(h, c)).max());
                        assert_eq!(cues.last_first(h), want, "{h:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn find_word_agrees_with_str_find() {
        let hays = ["", "tổn tổng số", "tăng tăng", "so với năm trước, tăng 25%", "đạtđạt đạt", "up, up and away", "ăn", "a"];
        let cues = ["", "tăng", "so với", "đạt", "up", "ă", "a", "năm trước,"];
        for h in hays {
            for c in cues {
                let reference = h.match_indices(c).map(|(i, _)| i).collect::<Vec<_>>();
                let mine: Vec<usize> = (0..=h.len()).filter(|&i| h.is_char_boundary(i) && super::find_from(h.as_bytes(), c.as_bytes(), i) == Some(i)).collect();
                if !c.is_empty() {
                    assert_eq!(mine, reference, "{h:?} / {c:?}");
                }
                assert_eq!(super::find_from(h.as_bytes(), c.as_bytes(), 0), h.find(c), "{h:?} / {c:?}");
            }
        }
    }
}
