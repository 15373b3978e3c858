//! The `office` target: see [`palimpsest::fuzz::office`] for what it checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problem) = palimpsest::fuzz::office(data) {
        panic!("{problem}");
    }
});
