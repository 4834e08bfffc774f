//! Hash tables of static words, made in one pass.
//!
//! A `HashMap` of a few thousand words costs an insert per word on the
//! page's way to its first report, and a table laid out by build.rs would
//! put its slots in the page's download (random numbers, which gzip cannot
//! shrink). This one is placed in a single pass over the words: open
//! addressing, linear probing, at most half full, a slot holding its
//! word's number in 16 bits and 16 more bits of its hash, the words end to
//! end in one static string. Most words looked up are in no table: the
//! hash bits turn them away without reading the stored word.

/// Slots per word, at least: a miss probes about two and a half slots.
const SPREAD: usize = 2;

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash of a word's bytes: eight per multiply, the tail in at most two
/// loads (words are short).
#[inline]
pub fn hash(b: &[u8]) -> u64 {
    let mut h = (b.len() as u64).wrapping_mul(MIX);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes);
        h = (h ^ w).wrapping_mul(MIX).rotate_left(29);
    }
    let r = chunks.remainder();
    let u32_at = |k: usize| r.get(k..k + 4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map_or(0, |b| u64::from(u32::from_le_bytes(b)));
    let byte = |k: usize| u64::from(r.get(k).copied().unwrap_or(0));
    let tail = match r.len() {
        0 => 0,
        n @ 1..=3 => byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16,
        n => u32_at(0) | u32_at(n - 4) << 32,
    };
    let h = (h ^ tail).wrapping_mul(MIX);
    h ^ h >> 32
}

/// A `Hasher` for std maps keyed by short strings, built on `hash`: the
/// text layer's few small maps (abbreviations, function words) are asked
/// once a word or a period, where SipHash cost more than the lookup.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0 ^ hash(bytes)).wrapping_mul(MIX);
    }

    /// The end mark `str`'s `Hash` writes after the bytes.
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).rotate_left(5);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0 ^ self.0 >> 29
    }
}

/// A std hash map hashed by `WordHasher`.
pub type WordHashMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// The slots of a table of `words` (distinct, fewer than 2^16 - 1): 0 for
/// an empty slot, else 1 + the word's number in the low 16 bits and the
/// hash's `tag` in the high 16.
fn layout<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> Box<[u32]> {
    let n = (words.len() * SPREAD).next_power_of_two().max(8);
    let mask = n - 1;
    let mut slots = vec![0u32; n];
    for (k, w) in words.enumerate() {
        let h = hash(w.as_bytes());
        let mut i = h as usize & mask;
        while slots.get(i).is_some_and(|&s| s != 0) {
            i = (i + 1) & mask;
        }
        if let Some(s) = slots.get_mut(i) {
            *s = tag(h) | u32::from(u16::try_from(k + 1).unwrap_or(0));
        }
    }
    slots.into_boxed_slice()
}

/// The bits of a hash a slot keeps beside the word's number: the top 16,
/// which the slot's index (the low bits) does not use.
#[inline(always)]
fn tag(h: u64) -> u32 {
    ((h >> 48) as u32) << 16
}

/// Words and their values, looked up by the slots `layout` made.
pub struct WordTable<V: 'static> {
    slots: Box<[u32]>,
    /// The words end to end; word `k` ends at `ends[k]`.
    text: &'static str,
    ends: Box<[u32]>,
    values: Box<[V]>,
}

impl<V> WordTable<V> {
    /// The table of the words of `text`, of byte lengths `lens` (fewer
    /// than 2^16 - 1 words, distinct), with their `values`.
    pub fn new(text: &'static str, lens: &[u8], values: Box<[V]>) -> Self {
        let mut end = 0u32;
        let ends: Box<[u32]> = lens
            .iter()
            .map(|&n| {
                end += u32::from(n);
                end
            })
            .collect();
        let mut t = WordTable { slots: Box::new([]), text, ends, values };
        t.slots = layout((0..t.ends.len()).map(|k| t.word(k).unwrap_or("")));
        t
    }

    /// Word `k`.
    #[inline]
    fn word(&self, k: usize) -> Option<&'static str> {
        let start = match k.checked_sub(1) {
            Some(j) => *self.ends.get(j)? as usize,
            None => 0,
        };
        self.text.get(start..*self.ends.get(k)? as usize)
    }

    /// The value of word `w`.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        self.get_bytes(w.as_bytes())
    }

    /// The value of the word whose bytes are `w`.
    #[inline]
    pub fn get_bytes(&self, w: &[u8]) -> Option<&V> {
        let mask = self.slots.len().wrapping_sub(1);
        let h = hash(w);
        let want = tag(h);
        let mut i = h as usize & mask;
        // At most half full, so an empty slot ends every probe. Only a
        // slot with the word's hash bits is worth reading the word of.
        loop {
            let s = *self.slots.get(i)?;
            let k = usize::from(s as u16).checked_sub(1)?;
            if s & 0xFFFF_0000 == want && self.word_bytes(k) == Some(w) {
                return self.values.get(k);
            }
            i = (i + 1) & mask;
        }
    }

    /// Word `k`'s bytes (no char-boundary tests: they are compared bytewise).
    #[inline]
    fn word_bytes(&self, k: usize) -> Option<&'static [u8]> {
        let start = match k.checked_sub(1) {
            Some(j) => *self.ends.get(j)? as usize,
            None => 0,
        };
        self.text.as_bytes().get(start..*self.ends.get(k)? as usize)
    }

    #[inline]
    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The words with their values, in number order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> + '_ {
        self.values.iter().enumerate().filter_map(|(k, v)| Some((self.word(k)?, v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word is found with its value, and words next to them are not.
    #[test]
    fn finds_its_words_only() {
        let words: Vec<String> = (0..3000).map(|k| format!("w{k}ừ")).chain(["", "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi"].map(String::from)).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let text: &'static str = Box::leak(words.concat().into_boxed_str());
        let lens: Vec<u8> = words.iter().map(|w| w.len() as u8).collect();
        let t = WordTable::new(text, &lens, (0..words.len()).collect());
        assert!(t.iter().map(|(w, _)| w).eq(words.iter().copied()));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(t.get(w), Some(&k), "{w:?}");
            assert_eq!(t.get(&format!("{w}x")), None);
        }
        assert_eq!(t.get("w3000ừ"), None);
        let empty: WordTable<()> = WordTable::new("", &[], Box::new([]));
        assert_eq!(empty.get("a"), None);
    }
}
