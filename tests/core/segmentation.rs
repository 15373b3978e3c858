//! Sentence splitting scored on the gold sets kept in `tests/fixtures/segmentation/`.

use palimpsest::text::segment;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    sentences: Vec<String>,
}

fn load(name: &str) -> Vec<Case> {
    let path = format!(
        "{}/tests/fixtures/segmentation/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("fixture exists");
    serde_json::from_slice(&bytes).expect("fixture is valid JSON")
}

/// Returns the failing cases of a gold set, with what the splitter gave.
fn failures(cases: &[Case]) -> Vec<String> {
    let mut out = Vec::new();
    for case in cases {
        let got: Vec<&str> = segment::sentences(&case.text)
            .iter()
            .map(|s| &case.text[s.start..s.end])
            .collect();
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got != want {
            out.push(format!("{}\n  want {want:?}\n  got  {got:?}", case.id));
        }
    }
    out
}

fn report(name: &str, cases: &[Case], fails: &[String]) {
    let passed = cases.len() - fails.len();
    eprintln!("{name}: {passed}/{} pass", cases.len());
    for f in fails {
        eprintln!("{f}");
    }
}

#[test]
fn passes_every_english_golden_rule() {
    let cases = load("golden_rules_en.json");
    let fails = failures(&cases);
    report("golden rules", &cases, &fails);
    assert_eq!(cases.len(), 48);
    assert!(fails.is_empty(), "{} golden rules fail", fails.len());
}

#[test]
fn passes_95_percent_of_wikinews_paragraphs() {
    let cases = load("gum_news_paragraphs_en.json");
    let fails = failures(&cases);
    report("GUM news", &cases, &fails);
    assert_eq!(cases.len(), 345);
    let passed = cases.len() - fails.len();
    assert!(
        passed * 100 >= cases.len() * 95,
        "only {passed}/345 GUM paragraphs pass"
    );
}

/// Today's scores on the other gold sets are floors: a change that loses a case fails.
#[test]
fn keeps_its_scores_on_the_other_gold_sets() {
    for (name, total, floor) in [
        ("pragmatic_segmenter_golden_rules_en.json", 52, 48),
        ("pysbd_regression_en.json", 13, 11),
        ("pragmatic_segmenter_more_en.json", 129, 80),
    ] {
        let cases = load(name);
        let fails = failures(&cases);
        report(name, &cases, &fails);
        assert_eq!(cases.len(), total, "{name} has {total} cases");
        let passed = cases.len() - fails.len();
        assert!(
            passed >= floor,
            "{name}: {passed}/{total} pass, below {floor}"
        );
    }
}
