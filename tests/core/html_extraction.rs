//! HTML extraction scored against Readability's gold on 15 saved news pages
//! (`tests/fixtures/html/`), as `shared/research/scripts/score_html_extraction.py` scores it:
//! gold units are the text runs of `expected.html` between block-level tags; a unit is
//! found when it occurs verbatim in the extracted text (white space folded).

use std::path::Path;

use dom_query::{Document, NodeRef};
use palimpsest::ingest::{self, LoadOptions, Source};

const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "math",
];

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn runs(node: &NodeRef, buf: &mut String, out: &mut Vec<String>) {
    let flush = |buf: &mut String, out: &mut Vec<String>| {
        let t = fold(buf);
        if !t.is_empty() {
            out.push(t);
        }
        buf.clear();
    };
    for child in node.children_it(false) {
        if child.is_text() {
            buf.push_str(&child.text());
        } else if child.is_element() {
            let name = child.node_name().map(|n| n.to_string()).unwrap_or_default();
            if SKIP.contains(&name.as_str()) {
                continue;
            }
            if name == "br" {
                buf.push(' ');
                continue;
            }
            let block = BLOCK.contains(&name.as_str());
            if block {
                flush(buf, out);
            }
            runs(&child, buf, out);
            if block {
                flush(buf, out);
            }
        }
    }
}

fn gold_units(expected_html: &str) -> Vec<String> {
    let doc = Document::from(expected_html);
    let mut buf = String::new();
    let mut out = Vec::new();
    runs(&doc.root(), &mut buf, &mut out);
    let t = fold(&buf);
    if !t.is_empty() {
        out.push(t);
    }
    out
}

struct Score {
    unit_recall: f64,
    f1: f64,
}

fn nonspace(s: &str) -> usize {
    s.chars().filter(|c| *c != ' ').count()
}

fn score(units: &[String], extracted: &str, allowed: &[String]) -> Score {
    let e = fold(extracted);
    let mut covered = vec![false; e.len()];
    let mut mark = |i: usize, n: usize| covered[i..i + n].iter_mut().for_each(|c| *c = true);
    let (mut found, mut gold_chars, mut found_chars, mut cursor) = (0, 0, 0, 0);
    for u in units {
        let w = nonspace(u);
        gold_chars += w;
        let at = e[cursor..]
            .find(u.as_str())
            .map(|i| i + cursor)
            .or_else(|| e.find(u.as_str()));
        if let Some(i) = at {
            cursor = i + u.len();
            found += 1;
            found_chars += w;
            mark(i, u.len());
        }
    }
    for a in allowed {
        let a = fold(a);
        if a.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(i) = e[from..].find(a.as_str()) {
            mark(from + i, a.len());
            from += i + 1;
            while !e.is_char_boundary(from) {
                from += 1;
            }
        }
    }
    let ext_chars = nonspace(&e);
    let cov_chars = e
        .char_indices()
        .filter(|(i, c)| covered[*i] && *c != ' ')
        .count();
    let r = found_chars as f64 / gold_chars.max(1) as f64;
    let p = cov_chars as f64 / ext_chars.max(1) as f64;
    Score {
        unit_recall: found as f64 / units.len().max(1) as f64,
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    }
}

#[test]
fn article_text_matches_readability_on_news_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let mut pages: Vec<_> = std::fs::read_dir(&root)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expected.html").is_file())
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 15);
    let (mut recall_sum, mut f1_sum) = (0.0, 0.0);
    for page in &pages {
        let expected = std::fs::read_to_string(page.join("expected.html")).expect("gold");
        let meta: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(page.join("expected-metadata.json")).expect("metadata"),
        )
        .expect("metadata JSON");
        let allowed: Vec<String> = ["title", "byline", "excerpt"]
            .iter()
            .filter_map(|k| meta[k].as_str().map(str::to_owned))
            .collect();
        let input = Source::File(page.join("source.html"));
        let loaded = ingest::load(&input, LoadOptions::default()).expect("page loads");
        assert_eq!(loaded.format, ingest::Format::Html);
        let s = score(&gold_units(&expected), &loaded.text, &allowed);
        eprintln!(
            "{:<16} unit recall {:.3}  char F1 {:.3}",
            page.file_name().and_then(|n| n.to_str()).unwrap_or("?"),
            s.unit_recall,
            s.f1
        );
        recall_sum += s.unit_recall;
        f1_sum += s.f1;
    }
    let n = pages.len() as f64;
    let (recall, f1) = (recall_sum / n, f1_sum / n);
    eprintln!("mean unit recall {recall:.3}, mean char F1 {f1:.3}");
    assert!(f1 >= 0.93, "char F1 {f1:.3} < 0.93");
    assert!(recall >= 0.95, "paragraph recall {recall:.3} < 0.95");
}
