//! Any bytes, as any kind of file: decoding, format sniffing, extraction and analysis must
//! never panic, and the document they give must keep its invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palimpsest::compare::verify;
use palimpsest::document::Document;
use palimpsest::ingest;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = match kind % 4 {
        0 => "f.txt",
        1 => "f.md",
        2 => "f.html",
        _ => "f",
    };
    if let Ok(loaded) = ingest::from_bytes(bytes, name, Some(name.into())) {
        let doc = Document::from_loaded(loaded);
        if let Err(problem) = verify::document(&doc) {
            panic!("{problem}");
        }
    }
});
