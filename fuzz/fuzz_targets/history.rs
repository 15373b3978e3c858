//! The `history` target: see [`palimpsest::fuzz::history`] for what it checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problem) = palimpsest::fuzz::history(data) {
        panic!("{problem}");
    }
});
