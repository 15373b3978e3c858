//! Every input the fuzzers found a crash, hang or broken invariant with (kept in
//! `tests/fixtures/fuzz/<target>/`), run through the same checks as the fuzz targets.

use std::path::Path;
use std::time::{Duration, Instant};

use palimpsest::compare::{self, Options, verify};
use palimpsest::document::Document;
use palimpsest::ingest;
use palimpsest::text::segment;

/// The saved inputs of one fuzz target.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("readable"),
            )
        })
        .collect();
    out.sort();
    out
}

fn check_document(doc: &Document, name: &str) {
    if let Err(problem) = verify::document(doc) {
        panic!("{name}: {problem}");
    }
}

#[test]
fn segment() {
    for (name, data) in inputs("segment") {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let mut last_end = 0;
        for s in segment::sentences(text) {
            assert!(
                s.start < s.end && s.end <= text.len() && s.start >= last_end,
                "{name}"
            );
            let sentence = text.get(s.start..s.end).expect("char boundaries");
            assert_eq!(sentence, sentence.trim(), "{name}");
            last_end = s.end;
        }
    }
}

#[test]
fn quotes() {
    for (name, data) in inputs("quotes") {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        check_document(&Document::from_text("fuzz.txt", text), &name);
    }
}

#[test]
fn decode() {
    for (name, data) in inputs("decode") {
        let Some((&kind, bytes)) = data.split_first() else {
            continue;
        };
        let file = ["f.txt", "f.md", "f.html", "f"][usize::from(kind % 4)];
        if let Ok(loaded) = ingest::from_bytes(bytes, file, Some(file.into())) {
            check_document(&Document::from_loaded(loaded), &name);
        }
    }
}

#[test]
fn html() {
    for (name, data) in inputs("html") {
        let page = format!(
            "<!DOCTYPE html><html><body>{}</body></html>",
            String::from_utf8_lossy(&data)
        );
        if let Ok(loaded) =
            ingest::from_bytes(page.as_bytes(), "page.html", Some("page.html".into()))
        {
            check_document(&Document::from_loaded(loaded), &name);
        }
    }
}

#[test]
fn compare() {
    for (name, data) in inputs("compare") {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
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
        let started = Instant::now();
        let deadline = started + Duration::from_secs(2);
        let c = compare::compare_until(
            Document::from_text("old", old),
            Document::from_text("new", new),
            &options,
            Some(deadline),
        );
        if let Err(problem) = verify::comparison(&c) {
            panic!("{name}: {problem}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            started.elapsed()
        );
    }
}
