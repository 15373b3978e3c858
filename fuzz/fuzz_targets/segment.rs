//! Any text split into sentences: offsets in bounds, on char boundaries, in order, trimmed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palimpsest::text::segment;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut last_end = 0;
    for s in segment::sentences(text) {
        assert!(s.start < s.end && s.end <= text.len(), "in bounds");
        assert!(s.start >= last_end, "in order, without overlap");
        let sentence = text.get(s.start..s.end).expect("char boundaries");
        assert_eq!(sentence, sentence.trim(), "trimmed");
        last_end = s.end;
    }
});
