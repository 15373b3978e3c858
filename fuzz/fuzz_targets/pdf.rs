//! The `pdf` target: see [`palimpsest::fuzz::pdf`] for what it checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problem) = palimpsest::fuzz::pdf(data) {
        panic!("{problem}");
    }
});
