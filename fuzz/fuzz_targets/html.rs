//! Any text read as an HTML page: extraction never panics and gives analysable text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palimpsest::compare::verify;
use palimpsest::document::Document;
use palimpsest::ingest;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let page = format!("<!DOCTYPE html><html><body>{html}</body></html>");
    if let Ok(loaded) = ingest::from_bytes(page.as_bytes(), "page.html", Some("page.html".into())) {
        let doc = Document::from_loaded(loaded);
        if let Err(problem) = verify::document(&doc) {
            panic!("{problem}");
        }
    }
});
