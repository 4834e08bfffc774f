//! The report as flat arrays, for handing it to JavaScript fast.
//!
//! A JSON string costs twice: serde_json writes every number as decimal
//! text, and `JSON.parse` reads it back, character by character. A 4 MB
//! article's report is 17 MB of JSON, and parsing it took longer than a
//! quarter of the whole analysis in the browser. Here any `Serialize`
//! value is written instead as a stream of `u32` ops, its numbers as
//! `f64`s and its strings once each into one of two texts, which
//! JavaScript decodes in one call each; `www/lib/flat.js` turns the arrays back into the
//! very value `JSON.parse` would give (the tests compare the two).
//!
//! The stream is written values first, each array or object after its
//! items, so that the decoder is a loop over a stack rather than a
//! recursion, and each object is built in one go from its values: a
//! report's objects have a few shapes (their key lists), each defined
//! once in the stream and then named by number, so that no key is
//! written per object, and JavaScript can build an object of a shape it
//! knows with one literal, which V8 makes far faster than key-by-key
//! stores (decoding the report of 1 MB of English took 153 M instructions
//! in Node before, 89 M after). Lengths are known when a container is
//! closed, so a piece may be flushed after any of them. Ops stay below
//! 2³⁰ (V8's small integers): small whole numbers written as `2³¹ + n`,
//! one op instead of two, made the decoding slower, not faster.
//!
//! The stream follows serde_json's data model exactly, so the result is
//! the same value for the same `Serialize`, whatever the report's shape:
//! non-finite floats become `null`, unit variants strings, newtype
//! variants one-key objects, bytes arrays of numbers, and map keys must
//! be strings.
//!
//! Strings whose every character is in Latin-1 go to one text and the
//! others to a second: V8 keeps a string of Latin-1 characters in one byte
//! a character, but one text holding a single character beyond makes the
//! whole of it two bytes a character, and every string cut from it a
//! two-byte copy. Ids, kinds, dates and most English texts are Latin-1; a
//! Vietnamese report's names and units mostly are not, and an English
//! one's messages hold a few arrows and quotes.

use serde::ser::{self, Serialize};
use std::collections::HashMap;

/// `null`.
pub const NULL: u32 = 0;
pub const FALSE: u32 = 1;
pub const TRUE: u32 = 2;
/// A number: the next of [`Flat::nums`].
pub const NUM: u32 = 3;
/// A whole number below 2³²: the next op is its value.
pub const INT: u32 = 4;
/// A shape (the next shape number, counting from 0): the next op is its
/// number of keys, then a string op for each key. No value.
pub const SHAPE: u32 = 5;
/// An array: the next op is its length `n`; its items are the last `n`
/// values.
pub const ARR: u32 = 6;
/// An object: the next op is its shape; its values, in the shape's key
/// order, are the last values, one per key.
pub const OBJ: u32 = 7;
/// An op of `STR` or more is string number `op - STR` of [`Flat::lens`].
pub const STR: u32 = 8;

/// Strings of at most this many bytes are written once however often they
/// occur: kinds, units, currencies and keys repeat on every figure.
pub(crate) const SHARED_MAX: usize = 32;

/// A value as ops, numbers and strings (see the module docs).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Flat {
    pub ops: Vec<u32>,
    pub nums: Vec<f64>,
    /// Every string of Latin-1 characters only, one after another.
    pub strings: String,
    /// Every other string, one after another.
    pub wide: String,
    /// Each string's length in UTF-16 units (the unit of JavaScript's
    /// `slice`) times two, plus one for a string of `wide`.
    pub lens: Vec<u32>,
}

/// Why a value could not be flattened: only a map key that is not a
/// string, or a custom `Serialize` that fails (serde_json refuses those too).
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Flatten `value`.
pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Flat, Error> {
    let mut enc = Encoder::new(None, PIECE);
    value.serialize(&mut enc)?;
    Ok(enc.flat)
}

/// Flatten `value`, handing it to `flush` in pieces of about [`PIECE`]
/// ops (with the numbers and new strings they read) as it is written: a
/// large report's arrays need not all be in memory at once. Joined end to
/// end, the pieces and then the returned `Flat` are what [`encode`] gives;
/// string numbers count across pieces.
pub fn encode_in_pieces<T: Serialize + ?Sized>(value: &T, flush: &mut dyn FnMut(&Flat)) -> Result<Flat, Error> {
    encode_in_pieces_of(value, PIECE, flush)
}

/// [`encode_in_pieces`] with pieces of about `piece` ops (the tests' small pieces).
pub(crate) fn encode_in_pieces_of<T: Serialize + ?Sized>(value: &T, piece: usize, flush: &mut dyn FnMut(&Flat)) -> Result<Flat, Error> {
    let mut enc = Encoder::new(Some(flush), piece);
    value.serialize(&mut enc)?;
    Ok(enc.flat)
}

/// The ops a piece holds, about.
pub const PIECE: usize = 1 << 16;

/// Slots of the cache of short strings: a bounded table, so that a text
/// of many distinct short strings (ids, figures' texts) costs no more
/// memory than one of few.
const SLOTS: usize = 4096;

/// The writer of the stream, for serde's `Serialize` and for a value's
/// own hand-written walk (the report's, `report/flat.rs`), which gives the
/// same ops by calling these primitives where serde would.
pub(crate) struct Encoder<'f> {
    flat: Flat,
    /// Strings written before `flat`'s, in earlier pieces.
    flushed_strings: u32,
    /// Short strings written lately, by hash.
    shared: Vec<Shared>,
    /// The keys of the objects open, end to end, each as its length in
    /// four bytes and its bytes: an object's key list is a slice of it.
    keys: Vec<u8>,
    /// The shapes defined so far, by key list (as in `keys`).
    shapes: HashMap<Box<[u8]>, u32>,
    /// Shapes by a number that a hand-written walk gives each of its
    /// shapes (see [`Encoder::close_known`]); `u32::MAX` for none yet.
    slots: Vec<u32>,
    flush: Option<&'f mut dyn FnMut(&Flat)>,
    /// The ops a piece holds, about: [`PIECE`] but in tests.
    piece: usize,
}

/// A short string of the cache, kept whole: the piece it went out in may
/// be gone.
#[derive(Clone, Copy)]
struct Shared {
    hash: u64,
    index: u32,
    len: u8,
    bytes: [u8; SHARED_MAX],
}

/// A short string known when compiling, with its hash and its bytes
/// zero-padded as the cache keeps them (see [`Encoder::known`]).
pub(crate) struct Known {
    s: &'static str,
    hash: u64,
    bytes: [u8; SHARED_MAX],
}

impl Known {
    /// Fails to compile for a string longer than the cache keeps.
    pub(crate) const fn new(s: &'static str) -> Known {
        let b = s.as_bytes();
        assert!(b.len() <= SHARED_MAX);
        let mut bytes = [0; SHARED_MAX];
        let mut hash = FNV_BASIS;
        let mut i = 0;
        while i < b.len() {
            bytes[i] = b[i];
            hash = (hash ^ b[i] as u64).wrapping_mul(FNV_PRIME);
            i += 1;
        }
        Known { s, hash, bytes }
    }
}

const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// FNV-1a: the strings hashed are a few bytes each, where it beats SipHash by far.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_BASIS, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// UTF-16 units of a string: one per char, two for a char outside the BMP
/// (whose 4-byte UTF-8 lead is >= 0xF0), counted eight bytes at a time by
/// the report's own count.
fn utf16_len(s: &str) -> u32 {
    crate::report::utf16_units(s.as_bytes())
}

/// A string's entry of [`Flat::lens`] and whether it goes to
/// [`Flat::wide`]. A char of Latin-1 is one byte in UTF-8 or two led by
/// 0xC2 or 0xC3, so a string is Latin-1 when no byte is 0xC4 or above, and
/// its UTF-16 units are its bytes less one for each pair.
fn len_entry(s: &str) -> (u32, bool) {
    let bytes = s.as_bytes();
    let mut high = 0usize;
    for &b in bytes {
        if b >= 0xC4 {
            return (utf16_len(s).saturating_mul(2) | 1, true);
        }
        high += usize::from(b >> 7);
    }
    (((bytes.len() - high / 2) as u32).saturating_mul(2), false)
}

impl<'f> Encoder<'f> {
    /// An encoder that hands pieces of about `piece` ops to `flush`, if given.
    pub(crate) fn new(flush: Option<&'f mut dyn FnMut(&Flat)>, piece: usize) -> Encoder<'f> {
        Encoder { flat: Flat::default(), flushed_strings: 0, shared: Vec::new(), keys: Vec::new(), shapes: HashMap::new(), slots: Vec::new(), flush, piece }
    }

    /// What is left of the stream after the last piece flushed.
    pub(crate) fn finish(self) -> Flat {
        self.flat
    }

    pub(crate) fn op(&mut self, op: u32) {
        self.flat.ops.push(op);
    }

    pub(crate) fn num(&mut self, v: f64) {
        if v.is_finite() {
            self.op(NUM);
            self.flat.nums.push(v);
        } else {
            self.op(NULL); // as serde_json writes NaN and infinities
        }
    }

    pub(crate) fn uint(&mut self, v: u64) {
        match u32::try_from(v) {
            Ok(v) => {
                self.op(INT);
                self.op(v);
            }
            Err(_) => self.num(v as f64),
        }
    }

    fn int(&mut self, v: i64) {
        match u64::try_from(v) {
            Ok(v) => self.uint(v),
            Err(_) => self.num(v as f64),
        }
    }

    /// The index of `s` in the string table, writing it there if new (or
    /// if too long to look for).
    fn string_index(&mut self, s: &str) -> u32 {
        let slot = (s.len() <= SHARED_MAX).then(|| {
            let h = fnv(s.as_bytes());
            (h, h as usize % SLOTS)
        });
        if let Some((h, slot)) = slot {
            if self.shared.is_empty() {
                self.shared = vec![Shared { hash: 0, index: u32::MAX, len: 0, bytes: [0; SHARED_MAX] }; SLOTS];
            }
            let seen = &self.shared[slot];
            if seen.hash == h && seen.index != u32::MAX && seen.bytes.get(..usize::from(seen.len)) == Some(s.as_bytes()) {
                return seen.index;
            }
        }
        self.insert(s, slot)
    }

    /// A string known when compiling (a key), looked up as
    /// [`Encoder::string`] looks it up, with the same outcome, but with its
    /// hash made beforehand and its bytes compared as whole arrays (both
    /// are zero-padded), without a call to `memcmp`.
    ///
    /// Inlined where a key is written: nearly every look-up finds the key
    /// (the cache is allocated, and the key in its slot), and that is a
    /// few compares; the rest is apart, in [`Encoder::known_new`].
    #[inline]
    pub(crate) fn known(&mut self, k: &Known) {
        let slot = k.hash as usize % SLOTS;
        let i = match self.shared.get(slot) {
            Some(seen) if seen.hash == k.hash && seen.index != u32::MAX && usize::from(seen.len) == k.s.len() && seen.bytes == k.bytes => seen.index,
            _ => self.known_new(k, slot),
        };
        self.op(STR.saturating_add(i));
    }

    /// [`Encoder::known`] for a key not in the cache (or no cache yet).
    #[inline(never)]
    fn known_new(&mut self, k: &Known, slot: usize) -> u32 {
        if self.shared.is_empty() {
            self.shared = vec![Shared { hash: 0, index: u32::MAX, len: 0, bytes: [0; SHARED_MAX] }; SLOTS];
        }
        self.insert(k.s, Some((k.hash, slot)))
    }

    /// A short ASCII string (an id), given as the cache keeps it:
    /// `bytes[..len]` is the string, all ASCII, the rest zeros, `len` at
    /// most [`SHARED_MAX`]. The same outcome as [`Encoder::string`], the
    /// bytes compared as whole arrays and copied without a UTF-8 check.
    pub(crate) fn ascii(&mut self, bytes: &[u8; SHARED_MAX], len: usize) {
        debug_assert!(len <= SHARED_MAX && bytes[..len].is_ascii() && bytes[len..].iter().all(|&b| b == 0));
        if self.shared.is_empty() {
            self.shared = vec![Shared { hash: 0, index: u32::MAX, len: 0, bytes: [0; SHARED_MAX] }; SLOTS];
        }
        let string = &bytes[..len.min(SHARED_MAX)];
        let hash = fnv(string);
        let slot = hash as usize % SLOTS;
        let seen = &self.shared[slot];
        let i = if seen.hash == hash && seen.index != u32::MAX && usize::from(seen.len) == string.len() && seen.bytes == *bytes {
            seen.index
        } else {
            let i = self.flushed_strings + self.flat.lens.len() as u32;
            self.flat.strings.push_str(std::str::from_utf8(string).unwrap_or_default());
            self.flat.lens.push(2 * string.len() as u32);
            self.shared[slot] = Shared { hash, index: i, len: string.len() as u8, bytes: *bytes };
            i
        };
        self.op(STR.saturating_add(i));
    }

    /// Write `s` into the string table, and into the cache at `slot` if
    /// it is short.
    fn insert(&mut self, s: &str, slot: Option<(u64, usize)>) -> u32 {
        let i = self.flushed_strings + self.flat.lens.len() as u32;
        let (len, wide) = len_entry(s);
        if wide {
            self.flat.wide.push_str(s);
        } else {
            self.flat.strings.push_str(s);
        }
        self.flat.lens.push(len);
        if let Some((hash, slot)) = slot {
            let mut bytes = [0; SHARED_MAX];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            self.shared[slot] = Shared { hash, index: i, len: s.len() as u8, bytes };
        }
        i
    }

    pub(crate) fn string(&mut self, s: &str) {
        let i = self.string_index(s);
        self.op(STR.saturating_add(i));
    }

    /// Start an object: its keys go on the key stack from here.
    pub(crate) fn open_object(&mut self) -> usize {
        self.keys.len()
    }

    /// A key of the object open last.
    pub(crate) fn key(&mut self, key: &str) {
        self.keys.extend_from_slice(&(key.len() as u32).to_le_bytes());
        self.keys.extend_from_slice(key.as_bytes());
    }

    /// Close an array of the last `n` values.
    pub(crate) fn close_array(&mut self, n: u32) {
        self.op(ARR);
        self.op(n);
        self.maybe_flush();
    }

    /// Close the object whose keys begin at `keys_at` of the key stack
    /// (as [`Encoder::open_object`] gave it), defining its shape if new.
    pub(crate) fn close_object(&mut self, keys_at: usize) {
        let list = self.keys.get(keys_at..).unwrap_or_default();
        let shape = match self.shapes.get(list) {
            Some(&s) => s,
            None => {
                let list: Box<[u8]> = list.into();
                self.define(list)
            }
        };
        self.keys.truncate(keys_at);
        self.op(OBJ);
        self.op(shape);
        self.maybe_flush();
    }

    /// Close an object of one of a hand-written walk's shapes, numbered
    /// `slot` by the walk, with the keys `keys` gives (asked for only the
    /// first time): the same ops as [`Encoder::close_object`] for those
    /// keys, without a key stack or a look-up but the first time.
    #[inline]
    pub(crate) fn close_known(&mut self, slot: usize, keys: impl FnOnce() -> Vec<&'static str>) {
        let shape = match self.slots.get(slot) {
            Some(&s) if s != u32::MAX => s,
            _ => self.known_shape(slot, &keys()),
        };
        self.op(OBJ);
        self.op(shape);
        self.maybe_flush();
    }

    /// The shape of `keys`, defined if new, and kept at `slot`.
    #[inline(never)]
    fn known_shape(&mut self, slot: usize, keys: &[&str]) -> u32 {
        let at = self.open_object();
        for k in keys {
            self.key(k);
        }
        let list: Box<[u8]> = self.keys.get(at..).unwrap_or_default().into();
        self.keys.truncate(at);
        let shape = match self.shapes.get(&list) {
            Some(&s) => s,
            None => self.define(list),
        };
        if self.slots.len() <= slot {
            self.slots.resize(slot + 1, u32::MAX);
        }
        self.slots[slot] = shape;
        shape
    }

    /// Write the definition of the shape of key list `list` (as in
    /// [`Encoder::keys`]), numbered next.
    fn define(&mut self, list: Box<[u8]>) -> u32 {
        let shape = self.shapes.len() as u32;
        let mut keys = Vec::new();
        let mut rest = &list[..];
        while let (Some(len), Some(tail)) = (rest.get(..4), rest.get(4..)) {
            let n = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
            keys.push(std::str::from_utf8(tail.get(..n).unwrap_or_default()).unwrap_or_default().to_string());
            rest = tail.get(n..).unwrap_or_default();
        }
        self.op(SHAPE);
        self.op(keys.len() as u32);
        for k in &keys {
            self.string(k);
        }
        self.shapes.insert(list, shape);
        shape
    }

    /// Start an array or object of serde's.
    fn open(&mut self, len: Option<usize>) -> Compound<'_, 'f> {
        let keys_at = self.open_object();
        Compound { enc: self, keys_at, told: len.and_then(|n| u32::try_from(n).ok()), n: 0 }
    }

    /// Hand the ops so far to the caller's `flush`, if there are enough.
    pub(crate) fn maybe_flush(&mut self) {
        if self.flat.ops.len() >= self.piece {
            if let Some(flush) = self.flush.as_mut() {
                flush(&self.flat);
                self.flushed_strings += self.flat.lens.len() as u32;
                self.flat.ops.clear();
                self.flat.nums.clear();
                self.flat.strings.clear();
                self.flat.wide.clear();
                self.flat.lens.clear();
            }
        }
    }
}

/// An array or object being written.
pub(crate) struct Compound<'e, 'f> {
    enc: &'e mut Encoder<'f>,
    /// Where an object's keys begin on the key stack.
    keys_at: usize,
    /// The length serde gave, to check.
    told: Option<u32>,
    n: u32,
}

impl<'e, 'f> Compound<'e, 'f> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.n += 1;
        value.serialize(&mut *self.enc)
    }

    fn key(&mut self, key: &str) {
        self.n += 1;
        self.enc.key(key);
    }

    fn checked(&self) -> Result<(), Error> {
        match self.told {
            Some(told) if told != self.n => Err(Error("a Serialize that wrote another length than it announced".into())),
            _ => Ok(()),
        }
    }

    /// Close it as an array; gives the encoder back.
    fn close_array(self) -> Result<&'e mut Encoder<'f>, Error> {
        self.checked()?;
        self.enc.close_array(self.n);
        Ok(self.enc)
    }

    /// Close it as an object; gives the encoder back.
    fn close_object(self) -> Result<&'e mut Encoder<'f>, Error> {
        self.checked()?;
        self.enc.close_object(self.keys_at);
        Ok(self.enc)
    }
}

/// An externally tagged variant with content: `{ "Variant": content }`.
pub(crate) struct Tagged<'e, 'f> {
    /// Where the outer object's key begins on the key stack.
    outer_at: usize,
    inner: Compound<'e, 'f>,
}

impl<'e, 'f> Tagged<'e, 'f> {
    fn open(enc: &'e mut Encoder<'f>, variant: &str) -> Tagged<'e, 'f> {
        let outer_at = enc.open_object();
        enc.key(variant);
        Tagged { outer_at, inner: enc.open(None) }
    }

    /// Close the content (an object if `object`, else an array), then the
    /// one-key object around it.
    fn close(self, object: bool) -> Result<(), Error> {
        let enc = if object { self.inner.close_object()? } else { self.inner.close_array()? };
        enc.close_object(self.outer_at);
        Ok(())
    }
}

impl<'e, 'f> ser::Serializer for &'e mut Encoder<'f> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'e, 'f>;
    type SerializeTuple = Compound<'e, 'f>;
    type SerializeTupleStruct = Compound<'e, 'f>;
    type SerializeTupleVariant = Tagged<'e, 'f>;
    type SerializeMap = Compound<'e, 'f>;
    type SerializeStruct = Compound<'e, 'f>;
    type SerializeStructVariant = Tagged<'e, 'f>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.op(if v { TRUE } else { FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.int(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.int(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.int(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.int(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.uint(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.uint(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.uint(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.uint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.num(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.num(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(Some(v.len()));
        for b in v {
            seq.item(b)?;
        }
        seq.close_array().map(|_| ())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.op(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.op(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.op(NULL);
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut obj = self.open(Some(1));
        obj.key(variant);
        value.serialize(&mut *obj.enc)?;
        obj.close_object().map(|_| ())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'e, 'f>, Error> {
        Ok(self.open(len))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'e, 'f>, Error> {
        Ok(self.open(Some(len)))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'e, 'f>, Error> {
        Ok(self.open(Some(len)))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Tagged<'e, 'f>, Error> {
        Ok(Tagged::open(self, variant))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'e, 'f>, Error> {
        Ok(self.open(len))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'e, 'f>, Error> {
        Ok(self.open(Some(len)))
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Tagged<'e, 'f>, Error> {
        Ok(Tagged::open(self, variant))
    }
}

/// Arrays: sequences, tuples and tuple structs are all written alike.
macro_rules! array_of_items {
    ($trait:ident, $method:ident) => {
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.close_array().map(|_| ())
            }
        }
    };
}

array_of_items!(SerializeSeq, serialize_element);
array_of_items!(SerializeTuple, serialize_element);
array_of_items!(SerializeTupleStruct, serialize_field);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys are rare here (the report's own walk names its keys), so
        // serde_json's value of a key is good enough to tell a string.
        match serde_json::to_value(key) {
            Ok(serde_json::Value::String(k)) => {
                self.key(&k);
                Ok(())
            }
            _ => Err(Error("a map key that is not a string".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        self.close_object().map(|_| ())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.enc)
    }
    fn end(self) -> Result<(), Error> {
        self.close_object().map(|_| ())
    }
}

impl ser::SerializeTupleVariant for Tagged<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.item(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close(false)
    }
}

impl ser::SerializeStructVariant for Tagged<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.inner.key(key);
        value.serialize(&mut *self.inner.enc)
    }
    fn end(self) -> Result<(), Error> {
        self.close(true)
    }
}

/// Read a flat value back (the tests' stand-in for `www/lib/flat.js`).
#[cfg(test)]
pub fn decode(flat: &Flat) -> Option<serde_json::Value> {
    use serde_json::Value;
    let mut strings = Vec::with_capacity(flat.lens.len());
    let units: [Vec<u16>; 2] = [flat.strings.encode_utf16().collect(), flat.wide.encode_utf16().collect()];
    let mut at = [0usize; 2];
    for &n in &flat.lens {
        let (table, n) = ((n & 1) as usize, (n >> 1) as usize);
        if table == 0 && units[0].get(at[0]..at[0] + n)?.iter().any(|&u| u > 0xFF) {
            return None;
        }
        strings.push(String::from_utf16(units[table].get(at[table]..at[table] + n)?).ok()?);
        at[table] += n;
    }
    let (mut stack, mut shapes, mut p, mut q) = (Vec::<Value>::new(), Vec::<Vec<String>>::new(), 0, 0);
    let next = |p: &mut usize| {
        *p += 1;
        flat.ops.get(*p - 1).copied()
    };
    while p < flat.ops.len() {
        let op = next(&mut p)?;
        match op {
            NULL => stack.push(Value::Null),
            FALSE => stack.push(Value::Bool(false)),
            TRUE => stack.push(Value::Bool(true)),
            NUM => {
                q += 1;
                stack.push(serde_json::Number::from_f64(*flat.nums.get(q - 1)?).map_or(Value::Null, Value::Number));
            }
            INT => stack.push(Value::from(next(&mut p)?)),
            SHAPE => {
                let n = next(&mut p)?;
                let keys = (0..n).map(|_| Some(strings.get(next(&mut p)?.checked_sub(STR)? as usize)?.clone())).collect::<Option<_>>()?;
                shapes.push(keys);
            }
            ARR => {
                let n = next(&mut p)? as usize;
                let items = stack.split_off(stack.len().checked_sub(n)?);
                stack.push(Value::Array(items));
            }
            OBJ => {
                let keys = shapes.get(next(&mut p)? as usize)?;
                let values = stack.split_off(stack.len().checked_sub(keys.len())?);
                stack.push(Value::Object(keys.iter().cloned().zip(values).collect()));
            }
            op => stack.push(Value::String(strings.get((op - STR) as usize)?.clone())),
        }
    }
    (stack.len() == 1 && q == flat.nums.len()).then(|| stack.pop()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// serde_json's value of `v`, numbers compared as f64 as JavaScript does.
    fn as_js(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value;
        match v {
            Value::Number(n) => n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
            Value::Array(a) => Value::Array(a.into_iter().map(as_js).collect()),
            Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k, as_js(v))).collect()),
            v => v,
        }
    }

    fn same_as_json<T: Serialize>(v: &T) {
        let want: serde_json::Value = serde_json::from_str(&serde_json::to_string(v).expect("json")).expect("parse");
        let flat = encode(v).expect("encode");
        assert_eq!(decode(&flat).map(as_js), Some(as_js(want)));
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(i32, &'static str),
        Struct { a: f64, b: Option<bool> },
    }

    #[derive(Serialize)]
    struct Inner {
        x: u64,
    }

    #[derive(Serialize)]
    struct S {
        #[serde(flatten)]
        inner: Inner,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        t: (char, i8),
        unit: (),
        e: Vec<E>,
        m: BTreeMap<String, Vec<f64>>,
        bytes: &'static [u8],
    }

    #[test]
    fn the_value_serde_json_gives() {
        same_as_json(&S {
            inner: Inner { x: u64::MAX },
            skipped: None,
            t: ('ế', -5),
            unit: (),
            e: vec![E::Unit, E::New(7), E::Tuple(-1, "😀 ngày"), E::Struct { a: f64::NAN, b: Some(true) }, E::Struct { a: -0.5, b: None }],
            m: [("k".to_string(), vec![1.0, f64::INFINITY, 1e300]), ("".to_string(), vec![])].into_iter().collect(),
            bytes: b"\x00\xff",
        });
        same_as_json(&vec!["a"; 100]);
        same_as_json(&(i64::MIN, 4_294_967_296u64, u32::MAX, 0.1 + 0.2));
    }

    #[test]
    fn short_strings_are_written_once() {
        let flat = encode(&vec!["tỷ đồng", "VND", "tỷ đồng", "VND"]).expect("encode");
        assert_eq!(flat.strings, "VND");
        assert_eq!(flat.wide, "tỷ đồng");
        assert_eq!(flat.lens, [7 * 2 + 1, 3 * 2]);
        assert_eq!(flat.ops, [STR, STR + 1, STR, STR + 1, ARR, 4]);
    }

    #[test]
    fn latin1_strings_are_apart_from_the_others() {
        let flat = encode(&vec!["café ÿ\u{80}", "Ā", "f12", "😀a", "\u{FF}"]).expect("encode");
        assert_eq!(flat.strings, "café ÿ\u{80}f12\u{FF}");
        assert_eq!(flat.wide, "Ā😀a");
        assert_eq!(flat.lens, [7 * 2, 2 + 1, 3 * 2, 3 * 2 + 1, 2]);
        same_as_json(&vec!["café ÿ\u{80}", "Ā", "f12", "😀a", "\u{FF}", "", "\u{100}"]);
    }

    #[test]
    fn a_shape_is_defined_once() {
        #[derive(Serialize)]
        struct P {
            a: u8,
            b: bool,
        }
        let flat = encode(&vec![P { a: 1, b: true }, P { a: 2, b: false }]).expect("encode");
        assert_eq!(flat.ops, [INT, 1, TRUE, SHAPE, 2, STR, STR + 1, OBJ, 0, INT, 2, FALSE, OBJ, 0, ARR, 2]);
        assert_eq!(flat.strings, "ab");
    }

    #[test]
    fn reports_round_trip() {
        for text in [
            "Ngày 12/6/2018, UBND tỉnh Cần Thơ cho biết doanh thu tăng từ 200 lên 250 tỷ đồng, tăng 30%.",
            "On June 2, 2018, Mayor Ann Lee said 77 of 110 homes (70%) had power. 😀",
            "",
        ] {
            let report = crate::analyze(text, &crate::Options::default()).expect("analyze");
            same_as_json(&report);
        }
    }

    #[test]
    fn pieces_join_to_the_whole() {
        let text = "Doanh thu tăng từ 200 lên 250 tỷ đồng, tăng 30% (ngày 12/6/2018). ".repeat(3000);
        let report = crate::analyze(&text, &crate::Options::default()).expect("analyze");
        let whole = encode(&report).expect("encode");
        let (mut joined, mut pieces) = (Flat::default(), 0);
        let tail = encode_in_pieces(&report, &mut |piece| {
            pieces += 1;
            joined.ops.extend_from_slice(&piece.ops);
            joined.nums.extend_from_slice(&piece.nums);
            joined.strings.push_str(&piece.strings);
            joined.wide.push_str(&piece.wide);
            joined.lens.extend_from_slice(&piece.lens);
        })
        .expect("encode");
        joined.ops.extend_from_slice(&tail.ops);
        joined.nums.extend_from_slice(&tail.nums);
        joined.strings.push_str(&tail.strings);
        joined.wide.push_str(&tail.wide);
        joined.lens.extend_from_slice(&tail.lens);
        assert!(pieces > 2, "{pieces} pieces");
        assert_eq!(joined, whole);
    }

    #[test]
    fn a_wrong_announced_length_is_an_error() {
        struct Liar;
        impl Serialize for Liar {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeSeq;
                let mut seq = s.serialize_seq(Some(2))?;
                seq.serialize_element(&1)?;
                seq.end()
            }
        }
        assert!(encode(&Liar).is_err());
    }

    #[test]
    fn map_keys_must_be_strings() {
        let m: BTreeMap<u8, u8> = [(1, 2)].into_iter().collect();
        assert!(encode(&m).is_err());
    }
}
