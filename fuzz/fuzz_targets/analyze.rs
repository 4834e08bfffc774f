//! Fuzz `analyze`: no input may panic, and every report must keep the
//! invariants in tests/invariants (spans slice back in UTF-16, references
//! resolve, a layer's spans never cross, the report serializes, two runs
//! agree). The first byte picks auto/vi/en, so both languages' rules run.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let (options, text) = invariants::decode(data);
    if let Err(broken) = invariants::check(&text, &options) {
        panic!("invariant broken: {broken}\ninput: {text:?} options: {options:?}");
    }
});
