//! The JavaScript face of the analyzer: the only module that knows about JS.
//!
//! `analyze(text, options)` returns the v1 report as a plain JS object.
//! Bad input never panics (a panic would kill the module): a non-string is
//! a `TypeError`, an over-large input the `{ error: { code, limit, message } }`
//! object of the contract, returned rather than thrown so that a caller
//! tells it from a fault (a trap or a crashed worker) by its shape.

use crate::{Lang, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Read `options`: `undefined`, `null` or an object whose optional `lang`
/// is "auto", "vi" or "en". Anything else is a `TypeError` that says what
/// was passed, so a caller's mistake is not silently ignored.
fn options_from(value: &JsValue) -> Result<Options, JsValue> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(type_error(&format!("analyze(text, options): options must be an object such as {{ lang: \"vi\" }}, not {}", type_name(value))));
    }
    let lang = js_sys::Reflect::get(value, &JsValue::from_str("lang")).unwrap_or(JsValue::UNDEFINED);
    if lang.is_undefined() || lang.is_null() {
        return Ok(options);
    }
    let Some(s) = lang.as_string() else {
        return Err(type_error(&format!("options.lang must be \"auto\", \"vi\" or \"en\", not {}", type_name(&lang))));
    };
    options.lang = match s.as_str() {
        "auto" | "" => None,
        other => match Lang::parse(other) {
            Some(l) => Some(l),
            None => return Err(type_error(&format!("options.lang must be \"auto\", \"vi\" or \"en\", not {other:?}"))),
        },
    };
    Ok(options)
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// `typeof value`, with `null` and arrays told apart, for error messages.
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    if js_sys::Array::is_array(value) {
        return "an array".into();
    }
    value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
}

/// The input, or why it is not analyzed. A string longer than the limit in
/// UTF-16 units is larger still in UTF-8 (every unit is at least one
/// byte), so it is refused before it is copied into WASM memory: copying a
/// huge string could exhaust that memory, which would trap.
enum Input {
    Text(String),
    TooLarge,
}

fn text_from(value: &JsValue) -> Result<Input, JsValue> {
    let Some(js) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(type_error(&format!("analyze(text, options): text must be a string, not {}", type_name(value))));
    };
    if js.length() as usize > crate::MAX_INPUT_BYTES {
        return Ok(Input::TooLarge);
    }
    Ok(match js.as_string() {
        Some(s) => Input::Text(s),
        None => Input::TooLarge,
    })
}

/// The error object of the contract (docs/report-v1.md):
/// `{ error: { code: "input-too-large", limit, message } }`.
#[derive(Serialize)]
struct ErrorOut {
    error: ErrorBody,
}

#[derive(Serialize)]
struct ErrorBody {
    code: &'static str,
    limit: usize,
    message: String,
}

fn error_out(e: &crate::Error) -> ErrorOut {
    match e {
        crate::Error::InputTooLarge { .. } => too_large(),
    }
}

fn too_large() -> ErrorOut {
    let limit = crate::MAX_INPUT_BYTES;
    ErrorOut {
        error: ErrorBody {
            code: "input-too-large",
            limit,
            message: format!("the text is larger than the limit of {} MiB ({limit} bytes in UTF-8)", limit / (1024 * 1024)),
        },
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Analyze `text`; returns the v1 report as a plain object, or the error
/// object for an input over the limit. Throws `TypeError` for a text that
/// is not a string or options that are not understood.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(&options)?;
    let Input::Text(text) = text else {
        return to_js(&too_large());
    };
    match crate::analyze(&text, &options) {
        Ok(report) => to_js(&report),
        Err(e) => to_js(&error_out(&e)),
    }
}

/// Analyze `text`; returns the v1 report as a JSON string.
///
/// The JSON is handed to JS piece by piece as it is written, so that WASM
/// memory never holds the whole of it: a 10 MB article's report is about
/// four times its size, and linear memory, once grown, never shrinks.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: JsValue, options: JsValue) -> Result<js_sys::JsString, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(&options)?;
    let report = match &text {
        Input::TooLarge => Err(too_large()),
        Input::Text(text) => crate::analyze(text, &options).map_err(|e| error_out(&e)),
    };
    match report {
        Ok(report) => {
            let mut joined = JsJoin::default();
            let mut buf = String::with_capacity(CHUNK + CHUNK / 4);
            report.write_json(&mut buf, CHUNK, &mut |piece| joined.push(piece));
            joined.push(&mut buf);
            Ok(joined.finish())
        }
        // Serializing a plain struct of strings and a number cannot fail;
        // should it ever, say so rather than trap.
        Err(error) => match serde_json::to_string(&error) {
            Ok(json) => Ok(json.as_str().into()),
            Err(e) => Err(js_sys::Error::new(&format!("serialize: {e}")).into()),
        },
    }
}

/// Analyze `text`; returns the v1 report as flat arrays
/// (`{ ops, nums, strings, wide, lens }`, see `src/flat.rs`), which
/// `decodeReport` in `www/lib/flat.js` turns into the very object
/// `JSON.parse(analyzeJson(text))` gives, in a fraction of the time. The
/// arrays are JavaScript's own copies, so a worker can transfer them.
#[wasm_bindgen(js_name = analyzeFlat)]
pub fn analyze_flat(text: JsValue, options: JsValue) -> Result<js_sys::Object, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(&options)?;
    // The arrays go to JS in pieces as they are written (a 10 MB article's
    // ops alone are about 40 MB), joined there at the end.
    let mut pieces = FlatPieces::default();
    let flat = match text {
        Input::TooLarge => crate::flat::encode_in_pieces(&too_large(), &mut |p| pieces.push(p)),
        Input::Text(text) => match crate::analyze(&text, &options) {
            Ok(report) => Ok(report.write_flat(&mut |p| pieces.push(p))),
            Err(e) => crate::flat::encode_in_pieces(&error_out(&e), &mut |p| pieces.push(p)),
        },
    };
    let flat = flat.map_err(|e| JsValue::from(js_sys::Error::new(&format!("serialize: {e}"))))?;
    pieces.push(&flat);
    drop(flat);
    let out = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(key), &value).map(|_| ());
    set("ops", join_u32(&pieces.ops).into())?;
    let nums = js_sys::Float64Array::new_with_length(pieces.nums.iter().map(|p| p.length()).sum());
    let mut at = 0;
    for p in &pieces.nums {
        nums.set(p, at);
        at += p.length();
    }
    set("nums", nums.into())?;
    set("strings", pieces.strings.finish().into())?;
    set("wide", pieces.wide.finish().into())?;
    set("lens", join_u32(&pieces.lens).into())?;
    Ok(out)
}

/// The pieces of a flat report, as JS's own arrays and strings.
#[derive(Default)]
struct FlatPieces {
    ops: Vec<js_sys::Uint32Array>,
    nums: Vec<js_sys::Float64Array>,
    strings: JsJoin,
    wide: JsJoin,
    lens: Vec<js_sys::Uint32Array>,
}

impl FlatPieces {
    fn push(&mut self, piece: &crate::flat::Flat) {
        self.ops.push(js_sys::Uint32Array::from(&piece.ops[..]));
        self.nums.push(js_sys::Float64Array::from(&piece.nums[..]));
        self.lens.push(js_sys::Uint32Array::from(&piece.lens[..]));
        self.strings.add(&piece.strings);
        self.wide.add(&piece.wide);
    }
}

/// One array of the pieces, end to end.
fn join_u32(pieces: &[js_sys::Uint32Array]) -> js_sys::Uint32Array {
    if let [one] = pieces {
        return one.clone();
    }
    let all = js_sys::Uint32Array::new_with_length(pieces.iter().map(|p| p.length()).sum());
    let mut at = 0;
    for p in pieces {
        all.set(p, at);
        at += p.length();
    }
    all
}

/// Pieces of text (JSON, or a flat report's strings) turned into JS
/// strings and joined on the JS side (V8 joins strings without copying
/// them).
#[derive(Default)]
struct JsJoin {
    done: Option<js_sys::JsString>,
}

/// The size of the pieces handed to JS.
const CHUNK: usize = 1 << 18;

impl JsJoin {
    /// Hand `piece` to JS and empty it for the next one.
    fn push(&mut self, piece: &mut String) {
        self.add(piece);
        piece.clear();
    }

    /// Hand `piece` to JS; an empty one is not handed.
    fn add(&mut self, piece: &str) {
        if piece.is_empty() && self.done.is_some() {
            return;
        }
        let js = js_sys::JsString::from(piece);
        self.done = Some(match self.done.take() {
            Some(acc) => acc.concat(&js),
            None => js,
        });
    }

    fn finish(self) -> js_sys::JsString {
        self.done.unwrap_or_else(|| js_sys::JsString::from(""))
    }
}

/// The report contract's version.
#[wasm_bindgen(js_name = reportVersion)]
pub fn report_version() -> u32 {
    crate::report::VERSION
}
