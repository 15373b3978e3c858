//! Any two texts compared: no panic, a bounded time (the report says when it is
//! approximate), and every invariant of the report.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use palimpsest::compare::{self, Options, verify};
use palimpsest::document::Document;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (old, new) = text.split_once('\u{1}').unwrap_or((text, ""));
    let flags = data.first().copied().unwrap_or(0);
    let options = Options {
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        normalize_typography: flags & 4 != 0,
        detect_moves: flags & 8 == 0,
        ..Options::default()
    };
    let deadline = Instant::now() + Duration::from_secs(2);
    let c = compare::compare_until(Document::from_text("old", old), Document::from_text("new", new), &options, Some(deadline));
    if let Err(problem) = verify::comparison(&c) {
        panic!("{problem}");
    }
});
