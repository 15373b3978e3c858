//! Every input the fuzzers found a crash, hang or broken invariant with (kept in
//! `tests/fixtures/fuzz/<target>/`), run through the very checks of the fuzz targets
//! (`palimpsest::fuzz`), each in bounded time.

use std::path::Path;
use std::time::{Duration, Instant};

use palimpsest::fuzz::{self, Target};

/// The saved inputs of one fuzz target.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: the inputs of fuzz target {target}: {e}", dir.display()));
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

/// Replays the saved inputs of `target` through `check`; every target has at least its
/// seeds.
fn replay(target: &str, check: Target) {
    let inputs = inputs(target);
    assert!(
        inputs.iter().any(|(name, _)| name.starts_with("seed-")),
        "{target} has no seed input"
    );
    for (name, data) in inputs {
        let started = Instant::now();
        if let Err(problem) = check(&data) {
            panic!("{target}/{name}: {problem}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{target}/{name} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn segment() {
    replay("segment", fuzz::segment);
}

#[test]
fn quotes() {
    replay("quotes", fuzz::quotes);
}

#[test]
fn decode() {
    replay("decode", fuzz::decode);
}

#[test]
fn history() {
    replay("history", fuzz::history);
}

#[test]
fn office() {
    replay("office", fuzz::office);
}

#[test]
fn html() {
    replay("html", fuzz::html);
}

#[test]
fn compare() {
    replay("compare", fuzz::compare);
}

#[test]
fn pdf() {
    replay("pdf", fuzz::pdf);
}
