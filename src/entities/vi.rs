//! Vietnamese: names read from capitalization, cue words and the shape of
//! official names.
//!
//! Vietnamese capitalizes every syllable of a personal or place name
//! ("Mai Thanh Dân", "Cần Thơ") but only the first syllable of each part
//! of an organization's or a title's name ("Sở Kế hoạch và Đầu tư",
//! "Trung tâm Dự báo khí tượng thủy văn quốc gia"). So a name is found
//! where a cue or a head word starts it (a person cue, a title, an
//! organization's head, a place noun), and its body is carried on over
//! capitalized words, the lowercase syllable that completes a capitalized
//! one, the lowercase compounds official names use, and connectors that
//! lead to more of the name. A capitalized run that no head starts is a
//! place when the gazetteer knows it, a person when it opens with a
//! surname, an organization when it is an abbreviation.
//!
//! The scan moves left to right and never returns to a token it passed,
//! so it is linear in the sentence and its entities never overlap.

use super::lexicon::*;
use super::tokens::Sentence;
use super::Found;
use crate::entities::EntityKind;
use crate::text::TokenKind;

/// Could `w` (lowercase) be a Vietnamese syllable? Foreign names
/// ("Iwamasa", "Vingroup") are not, which tells where a Vietnamese name
/// ends and a foreign one begins.
pub fn is_syllable(w: &str) -> bool {
    let rest = strip_final(strip_initial(w.as_bytes()));
    let (mut n, mut i) = (0, 0);
    while i < rest.len() {
        n += 1;
        match vowel_len(rest, i) {
            Some(len) if n <= 3 => i += len,
            _ => return false,
        }
    }
    n >= 1
}

/// The byte length of the vowel (`is_vowel`) whose UTF-8 sequence starts
/// at byte `i` of `b`, read from the bytes: ASCII, C3-C6 pairs and the
/// E1 BA/BB block (U+1EA1-U+1EF9). Called for every capitalized word.
#[inline]
fn vowel_len(b: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    let len = match (at(0), at(1)) {
        (b'a' | b'e' | b'i' | b'o' | b'u' | b'y', _) => 1,
        // à-ã, è-ê, ì í, ò-õ, ù ú, ý.
        (0xC3, 0xA0..=0xA3 | 0xA8..=0xAA | 0xAC | 0xAD | 0xB2..=0xB5 | 0xB9 | 0xBA | 0xBD) => 2,
        // ă ĩ, ũ, ơ ư.
        (0xC4, 0x83 | 0xA9) | (0xC5, 0xA9) | (0xC6, 0xA1 | 0xB0) => 2,
        (0xE1, 0xBA) if (0xA1..=0xBF).contains(&at(2)) => 3,
        (0xE1, 0xBB) if (0x80..=0xB9).contains(&at(2)) => 3,
        _ => return None,
    };
    Some(len)
}

/// `w` without its initial consonant (the longest of ngh, ng, nh, ch, gh,
/// gi, kh, ph, qu, th, tr, b, c, d, đ, g, h, k, l, m, n, p, q, r, s, t, v, x).
/// Bytes, not `str`: what is cut off is whole chars, and a byte slice is
/// cut with no char-boundary tests.
fn strip_initial(w: &[u8]) -> &[u8] {
    let n = match w {
        [b'n', b'g', b'h', ..] => 3,
        [b'n', b'g' | b'h', ..] | [b'c' | b'k' | b'p' | b't', b'h', ..] | [b'g', b'h' | b'i', ..] | [b'q', b'u', ..] | [b't', b'r', ..] => 2,
        [b'b' | b'c' | b'd' | b'g' | b'h' | b'k' | b'l' | b'm' | b'n' | b'p' | b'q' | b'r' | b's' | b't' | b'v' | b'x', ..] => 1,
        // đ (U+0111).
        [0xC4, 0x91, ..] => 2,
        _ => 0,
    };
    w.get(n..).unwrap_or(w)
}

/// `w` without its final consonant (the longest of ch, ng, nh, c, m, n, p, t).
fn strip_final(w: &[u8]) -> &[u8] {
    let n = match w {
        [.., b'c', b'h'] | [.., b'n', b'g' | b'h'] => 2,
        [.., b'c' | b'm' | b'n' | b'p' | b't'] => 1,
        _ => 0,
    };
    w.get(..w.len() - n).unwrap_or(w)
}

/// The vowels, char by char: what `vowel_len` reads from the bytes.
#[cfg(test)]
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
        || matches!(c as u32, 0xE0..=0xE3 | 0xE8..=0xEA | 0xEC | 0xED | 0xF2..=0xF5 | 0xF9 | 0xFA | 0xFD | 0x129 | 0x169 | 0x1A1 | 0x1B0 | 0x103 | 0x1EA1..=0x1EF9)
}

pub struct Vi<'s> {
    pub s: &'s Sentence<'s>,
    pub lx: &'static Lexicon,
    /// The document's matching text, which token spans index.
    pub text: &'s str,
}

impl<'s> Vi<'s> {
    fn w(&self, i: usize) -> Option<&'s str> {
        self.s.low(i)
    }

    fn cap(&self, i: usize) -> bool {
        self.s.cap(i)
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.s.tok(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.s.is(i, p)
    }

    /// A known place starting at `i`, written capitalized: (tokens, kind).
    fn place_at(&self, i: usize) -> Option<(usize, Place)> {
        if !self.cap(i) {
            return None;
        }
        let (n, k) = self.s.at(&self.lx.places, F_PLACES, i)?;
        // The last word is capitalized too ("Cần Thơ", not "Cần thơ ...").
        let last = i + n - 1;
        let ok = self.s.tok(last).is_some_and(|t| t.cap() || t.kind != TokenKind::Word) && !self.cap(i + n);
        ok.then_some((n, *k))
    }

    /// A capitalized run of up to `max` words from `i` (initials "M.K." count
    /// as words): its end.
    fn name_run(&self, i: usize, max: usize) -> usize {
        let mut j = i;
        let mut words = 0;
        while words < max && self.cap(j) {
            j += 1;
            words += 1;
            // The dot first: most words have none after them, and then
            // the word's chars are not counted.
            if self.punct(j, ".") && self.cap(j + 1) && self.w(j - 1).is_some_and(|w| w.chars().count() == 1) {
                j += 1;
            }
            // "Bà Rịa - Vũng Tàu" style hyphens between capitalized parts.
        }
        j
    }

    /// Does a personal name (surname + 1-3 capitalized syllables) start at `i`?
    fn surname_name(&self, i: usize) -> Option<usize> {
        // The word and its hash lookup last: most capitalized words have no
        // capitalized one after them.
        if !self.cap(i) || !self.cap(i + 1) || !self.w(i).is_some_and(|w| self.lx.surnames.contains(w)) {
            return None;
        }
        let end = self.name_run(i, 4);
        let syllables = (i..end).all(|j| self.w(j).is_some_and(is_syllable));
        (end - i >= 2 && syllables).then_some(end)
    }

    fn is_compound(&self, a: &str, b: &str) -> bool {
        let mut key = String::with_capacity(a.len() + b.len() + 1);
        key.push_str(a);
        key.push(' ');
        key.push_str(b);
        self.lx.compounds.contains(key.as_str())
    }

    /// Is token `j` the second half of a listed pair with the one before it?
    fn completes(&self, j: usize) -> bool {
        match (j.checked_sub(1).and_then(|p| self.w(p)), self.w(j)) {
            (Some(a), Some(b)) => {
                let mut key = String::with_capacity(a.len() + b.len() + 1);
                key.push_str(a);
                key.push(' ');
                key.push_str(b);
                self.lx.completions.contains(key.as_str())
            }
            _ => false,
        }
    }

    /// Does a lowercase compound start at `j`? Its token count.
    fn compound_at(&self, j: usize) -> usize {
        let (Some(a), Some(t)) = (self.w(j), self.s.tok(j)) else { return 0 };
        if t.cap() || t.kind != TokenKind::Word {
            return 0;
        }
        if self.lx.compounds.contains(a) {
            // Prefer the two-word reading when there is one.
            if let Some(b) = self.w(j + 1) {
                if !self.cap(j + 1) && self.is_compound(a, b) {
                    return 2;
                }
            }
            return 1;
        }
        if !self.lx.compound_firsts.contains(a) {
            return 0;
        }
        match self.w(j + 1) {
            Some(b) if !self.cap(j + 1) && self.is_compound(a, b) => {
                if let Some(c) = self.w(j + 2) {
                    let mut three = String::from(a);
                    three.push(' ');
                    three.push_str(b);
                    if !self.cap(j + 2) && self.is_compound(&three, c) {
                        return 3;
                    }
                }
                2
            }
            _ => 0,
        }
    }

    /// The name after a place noun at `j` ("tỉnh |An Giang", "phường |7"): its end.
    fn place_name(&self, j: usize, numbered: bool) -> Option<usize> {
        if let Some((n, _)) = self.place_at(j) {
            return Some(j + n);
        }
        let t = self.s.tok(j)?;
        if t.kind == TokenKind::Number && numbered && self.w(j)?.len() <= 3 {
            return Some(j + 1);
        }
        if !self.cap(j) || self.s.at(&self.lx.org_heads, F_ORG_HEADS, j).is_some() || self.s.at(&self.lx.titles, F_TITLES, j).is_some() {
            return None;
        }
        // A name after the place noun, up to a person's name that follows
        // ("tỉnh Đồng Tháp Nguyễn Văn A").
        let mut e = j;
        while self.cap(e) && e < j + 5 {
            if e > j && self.surname_name(e).is_some() {
                break;
            }
            e += 1;
            if self.punct(e, "-") && self.cap(e + 1) {
                e += 1;
            }
        }
        // Roman numerals and digits after the name ("Mỹ Thuận 2").
        if self.s.tok(e).is_some_and(|t| t.kind == TokenKind::Number) && self.w(e).is_some_and(|w| w.len() <= 2) {
            e += 1;
        }
        Some(e)
    }

    /// A place noun with its name at `i`: the end.
    fn noun_place(&self, i: usize) -> Option<usize> {
        let (n, numbered) = self.s.at(&self.lx.place_nouns, F_PLACE_NOUNS, i)?;
        // "TP." is written glued or spaced before the name.
        self.place_name(i + n, *numbered)
    }

    /// Carry an organization's or a title's name on from token `j`; returns
    /// the end. A title stops before a person's name; an organization only
    /// once its name has begun (organizations are named after people:
    /// "Trường THPT Lê Quý Đôn").
    fn body(&self, mut j: usize, head_end: usize, title: bool) -> usize {
        let mut good = j;
        let mut prev_cap = self.s.tok(j.saturating_sub(1)).is_some_and(|t| t.cap());
        let mut foreign_ok = true;
        // The body has words of its own, not only abbreviations ("Trường THPT").
        let mut named = false;
        let limit = j + 24;
        while j < self.s.len() && j < limit {
            let Some(t) = self.s.tok(j).copied() else { break };
            let Some(w) = self.w(j) else { break };
            match t.kind {
                TokenKind::Word if t.cap() => {
                    let place = self.place_at(j);
                    if (title || named) && place.is_none() && self.surname_name(j).is_some() {
                        break;
                    }
                    if let Some((n, _)) = place {
                        j += n;
                        good = j;
                        prev_cap = false;
                        foreign_ok = false;
                        named = true;
                        continue;
                    }
                    let single = || w.chars().count() == 1;
                    if !t.caps() && !single() && !is_syllable(w) {
                        if !foreign_ok {
                            break;
                        }
                    } else {
                        foreign_ok = false;
                    }
                    j += 1;
                    good = j;
                    named |= !t.caps();
                    // An abbreviation is whole; a capitalized syllable may be
                    // completed by a lowercase one.
                    prev_cap = !t.caps();
                    // "TP.HCM", "V.League": a glued period inside a name.
                    if self.punct(j, ".") && self.s.tok(j + 1).is_some_and(|n| !n.space_before() && n.cap()) {
                        j += 1;
                    }
                }
                TokenKind::Word => {
                    if let Some((n, numbered)) = self.s.at(&self.lx.place_nouns, F_PLACE_NOUNS, j) {
                        if matches!(w, "tỉnh" | "thành" | "tp" | "quận" | "huyện" | "thị" | "phường" | "xã" | "bang" | "châu") {
                            let person_next = self.surname_name(j + n).is_some() && self.place_at(j + n).is_none();
                            match self.place_name(j + n, *numbered).filter(|_| !person_next) {
                                Some(e) => {
                                    j = e;
                                    good = j;
                                    prev_cap = false;
                                    continue;
                                }
                                None => {
                                    // A bare "tỉnh", "thành phố": the one the article is about.
                                    if matches!(w, "tỉnh" | "thành" | "tp" | "quận" | "huyện") {
                                        j += n;
                                        good = j;
                                    }
                                    break;
                                }
                            }
                        }
                    }
                    let c = self.compound_at(j);
                    if c > 0 {
                        j += c;
                        good = j;
                        prev_cap = false;
                        continue;
                    }
                    if matches!(w, "và" | "các" | "tại" | "thuộc") {
                        let next_cap = self.cap(j + 1) && self.s.at(&self.lx.org_heads, F_ORG_HEADS, j + 1).is_none();
                        if next_cap || (w != "tại" && self.compound_at(j + 1) > 0) {
                            j += 1;
                            continue;
                        }
                        break;
                    }
                    // The lowercase syllable that completes a capitalized one ("Y tế", "Xây dựng").
                    let completes = prev_cap
                        && (self.completes(j) || (!self.lx.stops.contains(w) && is_syllable(w)));
                    if completes {
                        j += 1;
                        good = j;
                        prev_cap = false;
                        continue;
                    }
                    break;
                }
                TokenKind::Number => {
                    if w.len() <= 2 && j > head_end.saturating_sub(1) && good == j {
                        j += 1;
                        good = j;
                        continue;
                    }
                    break;
                }
                TokenKind::Punct => {
                    if (w == "-" || w == "–" || w == "&") && self.cap(j + 1) && j > head_end {
                        j += 1;
                        continue;
                    }
                    break;
                }
            }
        }
        good
    }

    /// Scan the sentence, appending what it names to `out`. Once a
    /// sentence, so not inlined (see `Sentence::fill`).
    #[inline(never)]
    pub fn scan(&self, out: &mut Vec<Found>) {
        let n = self.s.len();
        let mut i = 0;
        while i < n {
            // What `step` does with a token that is not capitalized and
            // starts no byline, cue or place noun: nothing. Such runs go
            // by on a slice iterator, with no bounds test per token.
            let rest = self.s.toks.get(i..).unwrap_or(&[]);
            i += rest.iter().position(|t| t.cap() || t.flags & (F_BYLINES | F_PERSON_CUES | F_PLACE_NOUNS) != 0).unwrap_or(rest.len());
            if i >= n {
                break;
            }
            match self.step(i, out) {
                Some(next) if next > i => i = next,
                _ => i += 1,
            }
        }
    }

    fn emit(&self, out: &mut Vec<Found>, a: usize, b: usize, kind: EntityKind) -> Option<usize> {
        let span = self.s.span(a, b)?;
        out.push(Found::new(span, kind));
        Some(b)
    }

    /// A person's name after a cue or a title, from `j`.
    fn person_after(&self, j: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !self.cap(j) {
            return None;
        }
        // A place or an organization is not a person ("ông ... tỉnh", "anh Hà Nội" rarely).
        if self.s.at(&self.lx.titles, F_TITLES, j).is_some() {
            return None;
        }
        let end = self.name_run(j, 4);
        self.emit(out, j, end, EntityKind::Person)
    }

    fn step(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let w = self.w(i)?;
        let t = *self.s.tok(i)?;
        // A weekday's name ("Thứ Sáu", "Chủ Nhật") names no place or person.
        if matches!(w, "thứ" | "chủ") {
            if let Some(next) = self.w(i + 1) {
                let day = crate::lang::vi::dates::WEEKDAY_NAMES.iter().any(|d| {
                    let mut parts = d.split(' ');
                    parts.next().is_some_and(|a| a.to_lowercase() == w) && parts.next().is_some_and(|b| b.to_lowercase() == next)
                });
                if day {
                    return Some(i + 2);
                }
            }
        }
        // Bylines: "Tin, ảnh: Minh Thái".
        if let Some((n, _)) = self.s.at(&self.lx.bylines, F_BYLINES, i) {
            if let Some(e) = self.person_after(i + n, out) {
                return Some(e);
            }
        }
        // Person cues: "ông", "bà", "đồng chí", "TS.", "PGS.TS".
        // A cue's later words are written lowercase ("cầu thủ"), or as
        // initials ("PGS. TS."): "cầu Thủ Thiêm" is a bridge's name.
        let cue = self.s.at(&self.lx.person_cues, F_PERSON_CUES, i)
            .filter(|&(n, _)| !(i + 1..i + n).any(|k| self.cap(k) && !self.s.tok(k).is_some_and(|t| t.caps())));
        if let Some((n, _)) = cue {
            let j = i + n;
            // Not a title, a place or an organization after the cue ("ông Chủ tịch", "bà Rịa").
            let name = self.cap(j)
                && self.s.at(&self.lx.titles, F_TITLES, j).is_none()
                && self.place_at(j).is_none_or(|(m, _)| self.cap(j + m))
                && (self.s.at(&self.lx.org_heads, F_ORG_HEADS, j).is_none() || self.surname_name(j).is_some());
            if name {
                return self.person_after(j, out);
            }
        }
        if !t.cap() {
            return self.lower_step(i, out);
        }
        // Titles, with the body they head and the person after them.
        if let Some((n, _)) = self.s.at(&self.lx.titles, F_TITLES, i) {
            let end = self.body(i + n, i + n, true);
            self.emit(out, i, end, EntityKind::Title)?;
            return Some(self.person_after(end, out).unwrap_or(end));
        }
        // Named documents: "Nghị quyết số 57-NQ/TW", "Luật Đất đai 2024".
        if let Some((n, _)) = self.s.at(&self.lx.doc_heads, F_DOC_HEADS, i) {
            if let Some(end) = self.document(i + n) {
                return self.emit(out, i, end, EntityKind::Document);
            }
        }
        // Events.
        if let Some((n, _)) = self.s.at(&self.lx.event_names, F_EVENT_NAMES, i) {
            let mut end = i + n;
            if self.s.tok(end).is_some_and(|t| t.kind == TokenKind::Number) {
                end += 1;
            }
            return self.emit(out, i, end, EntityKind::Event);
        }
        if let Some((n, _)) = self.s.at(&self.lx.event_heads, F_EVENT_HEADS, i) {
            let mut end = self.body(i + n, i + n, false);
            if end > i + n && self.s.tok(end).is_some_and(|t| t.kind == TokenKind::Number) && self.w(end).is_some_and(|w| w.len() == 4) {
                end += 1;
            }
            if end > i + n {
                return self.emit(out, i, end, EntityKind::Event);
            }
        }
        // Organizations known by their name alone: "Vietcombank", "Becamex Bình Dương".
        if let Some((n, _)) = self.s.at(&self.lx.known_orgs, F_KNOWN_ORGS, i) {
            let e = self.emit(out, i, i + n, EntityKind::Organization)?;
            return Some(self.aside(e, out));
        }
        // A club named by its city or sponsor and "FC": "Quảng Nam FC".
        if let Some(n) = (1..=4).take_while(|&n| self.cap(i + n)).find(|&n| self.w(i + n) == Some("fc")) {
            let e = self.emit(out, i, i + n + 1, EntityKind::Organization)?;
            return Some(self.aside(e, out));
        }
        // Organizations (unless a place that starts with a head word: "Đài Loan", "Hội An").
        let place = self.place_at(i);
        if let Some((n, alone)) = self.s.at(&self.lx.org_heads, F_ORG_HEADS, i) {
            let beats_place = place.is_none_or(|(m, _)| n > 1 || m <= 1);
            if beats_place {
                let end = self.body(i + n, i + n, false);
                if end > i + n || *alone {
                    let e = self.emit(out, i, end, EntityKind::Organization)?;
                    if let Some(last) = out.last_mut() {
                        if let Some(long) = self.lx.org_abbr.get(w) {
                            if t.caps() {
                                let rest = self.s.span(i + 1, end).map(|_| ()).is_some();
                                last.expansion = Some(if rest { format!("{long}{}", self.tail_text(i + 1, end)) } else { long.to_string() });
                            }
                        }
                    }
                    return Some(self.aside(e, out));
                }
            }
        }
        // Place nouns written capitalized at a sentence's start ("Thành phố Cần Thơ").
        if let Some(end) = self.noun_place(i) {
            let e = self.emit(out, i, end, EntityKind::Location)?;
            return Some(self.aside(e, out));
        }
        if let Some((n, _)) = self.s.at(&self.lx.place_abbr, F_PLACE_ABBR, i) {
            return self.emit(out, i, i + n, EntityKind::Location);
        }
        if let Some((n, kind)) = place {
            // A district named after a person, written without "quận":
            // the name reading wins when it opens with a surname.
            if kind == Place::Minor && self.surname_name(i).is_some() {
                return self.emit(out, i, self.surname_name(i)?, EntityKind::Person);
            }
            // A single-syllable country at a sentence's start ("Anh ấy") is not one.
            if n == 1 && i == 0 && (kind == Place::Minor || matches!(w, "anh" | "nga" | "đức" | "mỹ" | "ý" | "úc" | "pháp")) {
                return Some(i + 1);
            }
            let e = self.emit(out, i, i + n, EntityKind::Location)?;
            return Some(self.aside(e, out));
        }
        if let Some(end) = self.surname_name(i) {
            return self.emit(out, i, end, EntityKind::Person);
        }
        // Abbreviations: known ones, or unknown all-caps words (not Roman numerals).
        if t.caps() && t.is_word() {
            if let Some(long) = self.lx.org_abbr.get(w) {
                let e = self.emit(out, i, i + 1, EntityKind::Organization)?;
                if let Some(last) = out.last_mut() {
                    last.expansion = Some(long.to_string());
                }
                return Some(e);
            }
            let roman = w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
            if !roman && !self.lx.not_caps.contains(w) && w.chars().count() <= 6 {
                return self.emit(out, i, i + 1, EntityKind::Organization);
            }
            return Some(i + 1);
        }
        if t.camel() && t.is_word() {
            return self.emit(out, i, i + 1, EntityKind::Organization);
        }
        // Two to four capitalized words, some not Vietnamese: a foreign
        // person's name more often than anything else ("Elon Musk").
        // A run of two needs a capitalized word or an initial's dot next:
        // a lone capitalized word is not read as a run.
        let end = if self.cap(i + 1) || self.punct(i + 1, ".") { self.name_run(i, 4) } else { i + 1 };
        if end >= i + 2 && !self.cap(end) {
            let foreign = (i..end).any(|k| self.w(k).is_some_and(|w| w.chars().count() > 1 && !is_syllable(w)));
            let plain = (i..end).all(|k| self.s.tok(k).is_some_and(|t| !t.caps() && !t.camel()));
            if foreign && plain && !(i == 0 && is_syllable(w)) {
                return self.emit(out, i, end, EntityKind::Person);
            }
        }
        // A lone capitalized syllable inside a sentence may be a short
        // mention of a person named in full elsewhere ("Lực lập công ty").
        let after_cap = i > 0 && self.cap(i - 1);
        let after_colon = i > 0 && self.punct(i - 1, ":");
        if !(self.cap(i + 1) || after_cap || after_colon) && is_syllable(w) {
            if let Some(span) = self.s.span(i, i + 1) {
                let mut f = Found::new(span, EntityKind::Person);
                f.pending = true;
                out.push(f);
            }
        }
        Some(i + 1)
    }

    /// Lowercase tokens: place nouns ("tỉnh An Giang", "quận 8").
    fn lower_step(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if let Some((n, _)) = self.s.at(&self.lx.place_nouns, F_PLACE_NOUNS, i) {
            if let Some(end) = self.noun_place(i) {
                // "thành phố" and "tỉnh" not followed by a name are left alone.
                if end > i + n {
                    let e = self.emit(out, i, end, EntityKind::Location)?;
                    return Some(self.aside(e, out));
                }
            }
        }
        Some(i + 1)
    }

    /// The rest of a document's name after its head.
    fn document(&self, j: usize) -> Option<usize> {
        let t = self.s.tok(j)?;
        // "Nghị quyết số 57-NQ/TW", "Nghị định 100/2019/NĐ-CP".
        let mut k = j;
        if self.w(k) == Some("số") {
            k += 1;
        }
        if self.s.tok(k).is_some_and(|t| t.kind == TokenKind::Number) {
            // The number's glued parts ("/2019/NĐ-CP"), not a comma after it.
            let mut e = k + 1;
            let mut end = e;
            while let Some(n) = self.s.tok(e) {
                if n.space_before() {
                    break;
                }
                let part = n.kind != TokenKind::Punct || matches!(self.w(e), Some("/" | "-"));
                if !part {
                    break;
                }
                e += 1;
                if n.kind != TokenKind::Punct {
                    end = e;
                }
            }
            return Some(end);
        }
        if !t.cap() {
            return None;
        }
        let mut end = self.body(j, j, false);
        // "(sửa đổi)" and a year after the name.
        if self.s.tok(end).is_some_and(|t| t.kind == TokenKind::Number) && self.w(end).is_some_and(|w| w.len() == 4) {
            end += 1;
        }
        if self.punct(end, "(") && self.w(end + 1) == Some("sửa") && self.w(end + 2) == Some("đổi") && self.punct(end + 3, ")") {
            end += 4;
        }
        (end > j).then_some(end)
    }

    /// Text of tokens `a..b` as written, with a leading space (for expansions).
    fn tail_text(&self, a: usize, b: usize) -> String {
        match self.s.span(a, b).and_then(|sp| self.text.get(sp.start..sp.end)) {
            Some(t) => format!(" {t}"),
            None => String::new(),
        }
    }

    /// An abbreviation in parentheses after a name ("Tổ chức Y tế Thế giới
    /// (WHO)") names the same thing: emit it with the name as expansion.
    fn aside(&self, e: usize, out: &mut Vec<Found>) -> usize {
        if !(self.punct(e, "(") && self.punct(e + 2, ")")) {
            return e;
        }
        let Some(t) = self.s.tok(e + 1).copied() else { return e };
        if !(t.cap() && t.is_word()) {
            return e;
        }
        let Some(prev) = out.last().cloned() else { return e };
        if let Some(span) = self.s.span(e + 1, e + 2) {
            let mut f = Found::new(span, prev.kind);
            f.expansion_of = Some(prev.span);
            out.push(f);
        }
        e + 3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The syllable test as first written, with lists of initials and finals.
    fn reference_is_syllable(w: &str) -> bool {
        const INITIALS: &[&str] = &[
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k",
            "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
        ];
        const FINALS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t"];
        let mut rest = w;
        for i in INITIALS {
            if let Some(r) = rest.strip_prefix(i) {
                rest = r;
                break;
            }
        }
        for f in FINALS {
            if let Some(r) = rest.strip_suffix(f) {
                rest = r;
                break;
            }
        }
        let n = rest.chars().count();
        (1..=3).contains(&n) && rest.chars().all(is_vowel)
    }

    /// The byte reading of a vowel agrees with `is_vowel` on every char up
    /// to U+FFFF and a few beyond.
    #[test]
    fn vowel_bytes_match_is_vowel() {
        for c in (0u32..0x1_0000).chain([0x1_F600, 0x10_FFFF]).filter_map(char::from_u32) {
            let s = format!("{c}");
            let want = is_vowel(c).then_some(s.len());
            assert_eq!(vowel_len(s.as_bytes(), 0), want, "{c:?}");
        }
    }

    #[test]
    fn syllables_match_the_reference() {
        let pieces = ["n", "g", "h", "c", "k", "p", "t", "r", "i", "q", "u", "đ", "a", "ơ", "ư", "ế", "o", "y", "m", "x", "b", "e", "w", "z", "1", "-"];
        let mut next = crate::test_rng(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..100_000 {
            let len = next(8);
            let w: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(is_syllable(&w), reference_is_syllable(&w), "{w:?}");
        }
        for w in ["nghiêng", "người", "thương", "giữa", "quốc", "đạt", "iwamasa", "vingroup", "a", "", "ng"] {
            assert_eq!(is_syllable(w), reference_is_syllable(w), "{w:?}");
        }
    }
}
