//! Snapshots of the text and JSON reports for the sample pair and real Wikinews pairs.
//! Review changes with `cargo insta review`.

use palimpsest::compare::{self, Options};
use palimpsest::document::Document;
use palimpsest::ingest::{Input, LoadOptions};
use palimpsest::report::json::ComparisonJson;
use palimpsest::report::text::{self, TextStyle};

const PAIRS: &[(&str, &str, &str)] = &[
    (
        "seed",
        "tests/fixtures/seed/putin-v1.txt",
        "tests/fixtures/seed/putin-v2.txt",
    ),
    (
        "wikinews-106849-r1",
        "tests/fixtures/revisions/wikinews-106849-r1-v1.txt",
        "tests/fixtures/revisions/wikinews-106849-r1-v2.txt",
    ),
    (
        "wikinews-10044-r3",
        "tests/fixtures/revisions/wikinews-10044-r3-v1.txt",
        "tests/fixtures/revisions/wikinews-10044-r3-v2.txt",
    ),
    (
        "wikinews-2795820-r2",
        "tests/fixtures/revisions/wikinews-2795820-r2-v1.txt",
        "tests/fixtures/revisions/wikinews-2795820-r2-v2.txt",
    ),
];

fn comparison(old: &str, new: &str) -> compare::Comparison {
    let load =
        |p: &str| Document::load(&Input::Path(p.into()), LoadOptions::default()).expect("fixture");
    compare::compare(load(old), load(new), &Options::default())
}

#[test]
fn text_reports() {
    for (name, old, new) in PAIRS {
        let c = comparison(old, new);
        let mut out = Vec::new();
        let style = TextStyle {
            color: false,
            only_changes: false,
        };
        text::write(&mut out, &c, style).expect("written");
        insta::assert_snapshot!(
            format!("text-{name}"),
            String::from_utf8(out).expect("UTF-8")
        );
    }
}

#[test]
fn json_reports() {
    for (name, old, new) in PAIRS {
        let c = comparison(old, new);
        let json = serde_json::to_string_pretty(&ComparisonJson::new(&c)).expect("serialises");
        insta::assert_snapshot!(format!("json-{name}"), json);
    }
}
