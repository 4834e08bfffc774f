//! The JavaScript face of the analyzer: the only module that knows about JS.
//!
//! `analyze(text, options)` returns the v1 report as a plain JS object.
//! Bad input never panics (a panic would kill the module): a non-string is
//! a `TypeError`, an over-large input an `{ error: { code, limit } }` object.

use crate::{Lang, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn options_from(value: &JsValue) -> Result<Options, JsValue> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let lang = js_sys::Reflect::get(value, &JsValue::from_str("lang")).unwrap_or(JsValue::UNDEFINED);
    if let Some(s) = lang.as_string() {
        options.lang = match s.as_str() {
            "auto" | "" => None,
            other => match Lang::parse(other) {
                Some(l) => Some(l),
                None => return Err(js_sys::TypeError::new(&format!("options.lang must be \"auto\", \"vi\" or \"en\", not {other:?}")).into()),
            },
        };
    }
    Ok(options)
}

fn text_from(value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| js_sys::TypeError::new("analyze(text): text must be a string").into())
}

fn error_object(e: &crate::Error) -> JsValue {
    let json = match e {
        crate::Error::InputTooLarge { size, limit } => {
            format!("{{\"error\":{{\"code\":\"{}\",\"limit\":{limit},\"size\":{size},\"message\":\"{e}\"}}}}", e.code())
        }
    };
    js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL)
}

/// Analyze `text`; returns the v1 report as a plain object.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(&options)?;
    match crate::analyze(&text, &options) {
        Ok(report) => {
            let ser = serde_wasm_bindgen::Serializer::json_compatible();
            report.serialize(&ser).map_err(|e| JsValue::from_str(&e.to_string()))
        }
        Err(e) => Ok(error_object(&e)),
    }
}

/// Analyze `text`; returns the v1 report as a JSON string.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: JsValue, options: JsValue) -> Result<String, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(&options)?;
    match crate::analyze(&text, &options) {
        Ok(report) => Ok(report.to_json(false)),
        Err(e) => Ok(js_sys::JSON::stringify(&error_object(&e)).ok().and_then(|s| s.as_string()).unwrap_or_default()),
    }
}

/// The report contract's version.
#[wasm_bindgen(js_name = reportVersion)]
pub fn report_version() -> u32 {
    crate::report::VERSION
}
