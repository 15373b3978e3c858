//! Helpers shared by the integration tests: loading fixtures and checking the invariants
//! every comparison must keep.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::path::{Path, PathBuf};

use palimpsest::compare::verify;
use palimpsest::comparison::{Comparison, Kind};
use palimpsest::document::Document;
use palimpsest::ingest::{LoadOptions, Source};

/// The path of a file under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// Loads a fixture as a document.
pub fn load(relative: &str) -> Document {
    Document::load(&Source::File(fixture(relative)), LoadOptions::default()).expect("fixture loads")
}

/// Checks every invariant of the report spec on `c`; panics with what broke. Edited,
/// split and merged rows must also reach the similarity threshold, but for a sentence
/// rewritten where it stands, which needs half of it (and nothing between two labels or
/// two blocks of code).
pub fn check_invariants(c: &Comparison) {
    if let Err(problem) = verify::comparison(c) {
        panic!("{problem}");
    }
    for change in &c.sentences {
        if matches!(change.kind, Kind::Edited | Kind::Split | Kind::Merged) {
            let similarity = change.similarity.expect("similarity");
            let threshold = c.options.similarity_threshold;
            let examples = change.old.iter().all(|&i| c.old.sentences[i].code)
                && change.new.iter().all(|&j| c.new.sentences[j].code);
            let labels = examples
                || [c.old.joined(&change.old), c.new.joined(&change.new)]
                    .iter()
                    .all(|text| text.split_whitespace().count() <= 3);
            let in_place = change.kind == Kind::Edited && !change.moved && c.options.pair_in_place;
            let floor = match (in_place, labels) {
                (true, true) => 0.0,
                (true, false) => threshold / 2.0,
                (false, _) => threshold,
            };
            assert!(similarity >= floor, "{similarity}");
        }
        if change.kind == Kind::Unchanged {
            assert_eq!(change.similarity, Some(1.0));
        }
    }
}

/// The `palimpsest` binary, ready to run.
pub fn palimpsest() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("palimpsest").expect("binary is built")
}

/// Writes `contents` to `name` in `dir` and returns the path.
pub fn write(dir: &tempfile::TempDir, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("temp file");
    path
}

/// A path as a command-line argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
