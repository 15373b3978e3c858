//! Any text searched for quotations and speakers: no panic, every quotation inside its text
//! and after the start of its sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palimpsest::compare::verify;
use palimpsest::document::Document;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::from_text("fuzz.txt", text);
    if let Err(problem) = verify::document(&doc) {
        panic!("{problem}");
    }
});
