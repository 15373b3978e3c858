//! Snapshots of every report format for the sample pair and real Wikinews pairs, and the
//! checks each format must pass: the HTML parses cleanly, hostile text is escaped, the CSV
//! reads back, the JSON validates against `assets/report.schema.json`.
//! Review snapshot changes with `cargo insta review`.

use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::ingest::{LoadOptions, Source};
use palimpsest::present::{Filter, Presented};
use palimpsest::report::{self, Format, ReportOptions};

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

/// A comparison of two fixtures, without file dates (they change with every checkout).
fn comparison(old: &str, new: &str) -> Presented {
    let load = |p: &str| {
        let mut doc =
            Document::load(&Source::File(p.into()), LoadOptions::default()).expect("fixture");
        doc.modified = None;
        doc
    };
    Presented::new(compare::compare(load(old), load(new), &Options::default()))
}

fn render(c: &Presented, format: Format) -> String {
    let mut out = Vec::new();
    let options = ReportOptions {
        pretty: true,
        ..ReportOptions::default()
    };
    report::write(&mut out, c, format, options).expect("written");
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn snapshots_of_every_format() {
    for (name, old, new) in PAIRS {
        let c = comparison(old, new);
        for format in Format::ALL {
            let text = render(&c, format);
            insta::assert_snapshot!(format!("{}-{name}", format.extension()), text);
        }
    }
}

#[test]
fn the_html_report_parses_cleanly_and_stands_alone() {
    for (_, old, new) in PAIRS {
        let c = comparison(old, new);
        let html = render(&c, Format::Html);
        let doc = dom_query::Document::from(html.as_str());
        let errors = doc.errors.borrow();
        assert!(errors.is_empty(), "HTML5 parse errors: {errors:?}");
        let c = c.comparison();
        assert_eq!(
            doc.select("table.sxs tbody tr:not(.ghost)").length(),
            c.sentences.len()
        );
        let blocks = c.sentences.iter().filter_map(|r| r.move_block).max();
        assert_eq!(doc.select("tr.ghost").length(), blocks.map_or(0, |b| b + 1));
        for external in ["link", "img", "iframe", "object"] {
            assert_eq!(doc.select(external).length(), 0, "no <{external}>");
        }
        assert_eq!(doc.select("script[src]").length(), 0);
        for anchor in doc.select("a[href^='#']").iter() {
            let target = anchor
                .attr("href")
                .map(|h| h[1..].to_string())
                .unwrap_or_default();
            assert_eq!(
                doc.select(&format!("[id='{target}']")).length(),
                1,
                "anchor #{target} resolves"
            );
        }
    }
}

fn hostile() -> Presented {
    let old = "He wrote <script>alert(\"x\")</script> & left. The <img src=x onerror=alert(1)> tag stayed.\n\n“Quote *with* [link](javascript:alert(1)) & <b>bold</b>,” she said.";
    let new = "He wrote <script>alert(\"y\")</script> & left. The <img src=x onerror=alert(2)> tag stayed.\n\n“Quote *with* [link](javascript:alert(1)) & <b>bolder</b>,” she said. New <iframe src=evil> & 'single' \"double\".";
    Presented::new(compare::compare(
        Document::from_text("<old>.txt", old),
        Document::from_text("new&.txt", new),
        &Options::default(),
    ))
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let html = render(&hostile(), Format::Html);
    let doc = dom_query::Document::from(html.as_str());
    assert!(doc.errors.borrow().is_empty());
    assert_eq!(
        doc.select("script").length(),
        1,
        "only the report's own script"
    );
    assert_eq!(
        doc.select("img, iframe, td b").length(),
        0,
        "no element from the article"
    );
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert"));
    assert!(html.contains("&lt;img src=x onerror=alert"));
    assert!(html.contains("&lt;old&gt;.txt"));
    let body_text = doc.select("body").text().to_string();
    assert!(body_text.contains("<iframe src=evil>"));
}

#[test]
fn hostile_text_is_escaped_in_markdown() {
    let md = render(&hostile(), Format::Markdown);
    for raw in ["<script", "<img", "<iframe", "<b>", "[link](javascript"] {
        assert!(!md.contains(raw), "raw {raw:?} in Markdown");
    }
    assert!(md.contains("\\[link\\](javascript"));
    assert!(md.contains("&lt;script&gt;"));
    assert!(md.contains("\\*with\\*"));
    assert!(md.contains("&amp;"));
}

#[test]
fn the_csv_reads_back_as_the_same_rows() {
    for (_, old, new) in PAIRS
        .iter()
        .map(|p| (p.0, p.1, p.2))
        .chain([("", "", "")])
        .filter(|p| !p.1.is_empty())
    {
        let c = comparison(old, new);
        check_csv(&c);
    }
    check_csv(&hostile());
}

fn check_csv(c: &Presented) {
    let text = render(c, Format::Csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "unit",
            "kind",
            "moved",
            "old_ids",
            "new_ids",
            "old_text",
            "new_text",
            "similarity",
            "old_speaker",
            "new_speaker",
            "label",
            "flags"
        ]
    );
    let read: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    let expected: Vec<Vec<String>> = report::csv::rows(c, Filter::All)
        .into_iter()
        .map(|r| {
            vec![
                r.unit.to_owned(),
                r.kind.to_owned(),
                r.moved.to_string(),
                r.old_ids,
                r.new_ids,
                r.old_text,
                r.new_text,
                r.similarity,
                r.old_speaker,
                r.new_speaker,
                r.label.to_owned(),
                r.flags,
            ]
        })
        .collect();
    assert_eq!(read, expected);
    let c = c.comparison();
    assert_eq!(read.len(), c.sentences.len() + c.quotes.len());
}

#[test]
fn the_json_report_validates_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../assets/report.schema.json"))
            .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let mut comparisons: Vec<Presented> = PAIRS.iter().map(|(_, o, n)| comparison(o, n)).collect();
    comparisons.push(hostile());
    for c in &comparisons {
        let json: serde_json::Value = serde_json::from_str(&render(c, Format::Json)).expect("JSON");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let broken = serde_json::json!({"schema": "palimpsest/report/1"});
    assert!(!validator.is_valid(&broken));
}
