//! A story's history over real revisions: every chain of versions, including a version
//! that comes back and unrelated ones, keeps the history's invariants.

use crate::common;

use palimpsest::comparison::Options;
use palimpsest::history::{History, Version};

fn version(relative: &str) -> Version {
    Version {
        document: common::load(relative),
        label: relative.to_owned(),
        time: None,
    }
}

#[test]
fn chains_of_real_revisions_keep_the_invariants() {
    let pairs = [
        "wikinews-10044-r3",
        "wikinews-106849-r1",
        "wikinews-2795820-r2",
    ];
    for name in pairs {
        let (v1, v2) = (
            format!("revisions/{name}-v1.txt"),
            format!("revisions/{name}-v2.txt"),
        );
        // Forward, back (everything restored), forward again.
        let chain = [&v1, &v2, &v1, &v2].map(|p| version(p)).to_vec();
        let h = History::new(chain, &Options::default());
        h.verify().expect("invariants");
        let back = &h.steps[1].summary;
        let restored = h
            .lineages
            .iter()
            .filter(|l| l.cells[0].is_some() && l.cells[1].is_none() && l.cells[2].is_some())
            .count();
        assert_eq!(restored, back.added.min(restored), "{name}");
        for life in &h.lifelines {
            let kinds: Vec<_> = life.events.iter().map(|e| e.version).collect();
            assert!(kinds.windows(2).all(|w| w[0] <= w[1]));
        }
    }
    let mixed = [
        "revisions/wikinews-10044-r3-v1.txt",
        "seed/putin-v1.txt",
        "seed/putin-v2.txt",
        "revisions/wikinews-106849-r1-v2.txt",
        "seed/putin-v1.txt",
    ]
    .map(version)
    .to_vec();
    let h = History::new(mixed, &Options::default());
    h.verify().expect("invariants");
    let quotes_back = h
        .lifelines
        .iter()
        .filter(|l| {
            l.events
                .iter()
                .any(|e| e.kind == palimpsest::history::EventKind::Restored)
        })
        .count();
    assert!(
        quotes_back >= 5,
        "the seed's quotations come back in the last version: {quotes_back}"
    );
}

/// The synthetic history of `tests/fixtures/history/synthetic/`, whose every lineage and
/// lifeline is known, matches exactly; and each step is the pair comparison of its files.
#[test]
fn the_synthetic_history_matches_its_truth() {
    let dir = "history/synthetic";
    let versions: Vec<Version> = (1..=6)
        .map(|i| version(&format!("{dir}/v{i}.txt")))
        .collect();
    let h = History::new(versions, &Options::default());
    h.verify().expect("invariants");
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::fixture(&format!("{dir}/expected.json"))).expect("truth"),
    )
    .expect("JSON");
    let quote_text = |cells: &[Option<usize>]| -> String {
        cells
            .iter()
            .enumerate()
            .rev()
            .find_map(|(v, c)| c.map(|q| h.versions[v].document.quote_text(q).to_owned()))
            .unwrap_or_default()
    };
    let expected = truth["lifelines"].as_array().expect("lifelines");
    assert_eq!(h.lifelines.len(), expected.len());
    for want in expected {
        let start = want["quote"].as_str().expect("quote");
        let life = h
            .lifelines
            .iter()
            .find(|l| quote_text(&l.cells).starts_with(start))
            .unwrap_or_else(|| panic!("a lifeline for {start}"));
        let got: Vec<serde_json::Value> = life
            .events
            .iter()
            .map(|e| serde_json::json!([e.version + 1, e.kind, e.speaker]))
            .collect();
        assert_eq!(&serde_json::Value::from(got), &want["events"], "{start}");
    }
    for want in truth["lineages"].as_array().expect("lineages") {
        let start = want["sentence"].as_str().expect("sentence");
        let holds = |l: &palimpsest::history::Lineage| {
            l.cells.iter().enumerate().any(|(v, c)| {
                c.is_some_and(|s| h.versions[v].document.sentence_text(s).contains(start))
            })
        };
        let (id, lineage) = h
            .lineages
            .iter()
            .enumerate()
            .find(|(_, l)| holds(l))
            .unwrap_or_else(|| panic!("a lineage for {start}"));
        let present: Vec<usize> = (0..6)
            .filter(|&v| lineage.cells[v].is_some())
            .map(|v| v + 1)
            .collect();
        assert_eq!(serde_json::json!(present), want["present"], "{start}");
        assert_eq!(
            serde_json::json!(lineage.introduced + 1),
            want["introduced"],
            "{start}"
        );
        assert_eq!(
            serde_json::json!(lineage.last_changed.map(|v| v + 1)),
            want["last_changed"],
            "{start}"
        );
        if let Some(parent) = want["parent"].as_str() {
            let parents: Vec<usize> = h
                .lineages
                .iter()
                .enumerate()
                .filter(|(_, l)| l.introduced == 0 && holds_text(&h, l, parent))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(lineage.parents, parents, "{start}");
            assert!(lineage.parents.iter().all(|&p| p < id));
        }
    }
    // Each step is the comparison `diff` makes of the same two files.
    for (i, step) in h.steps.iter().enumerate() {
        let pair = palimpsest::compare::compare(
            common::load(&format!("{dir}/v{}.txt", i + 1)),
            common::load(&format!("{dir}/v{}.txt", i + 2)),
            &Options::default(),
        );
        assert_eq!(
            (&step.sentences, &step.quotes, &step.summary),
            (&pair.sentences, &pair.quotes, &pair.summary),
            "step {i}"
        );
    }
}

fn holds_text(h: &History, l: &palimpsest::history::Lineage, start: &str) -> bool {
    l.cells
        .iter()
        .enumerate()
        .any(|(v, c)| c.is_some_and(|s| h.versions[v].document.sentence_text(s).starts_with(start)))
}
