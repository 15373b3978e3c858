//! All 189 real Wikinews revision pairs of IteraTeR-HUMAN compare without error and keep
//! every invariant, and small human edits inside a sentence come out as edited rows.

use crate::common;

use palimpsest::compare;
use palimpsest::comparison::{Kind, Options};
use palimpsest::document::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    doc_id: String,
    revision_depth: u32,
    before_revision: String,
    after_revision: String,
    edit_actions: Vec<Edit>,
}

#[derive(Deserialize)]
struct Edit {
    #[serde(rename = "type")]
    kind: String,
    before: Option<String>,
    after: Option<String>,
    start_char_pos: usize,
    end_char_pos: usize,
}

impl Record {
    fn name(&self) -> String {
        format!("wikinews-{}-r{}", self.doc_id, self.revision_depth)
    }
}

fn records() -> Vec<Record> {
    let text = std::fs::read_to_string(common::fixture("revisions/iterater_human_news.jsonl"))
        .expect("fixture");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect()
}

/// A replacement of at most four words by at most four words, inside one sentence.
fn is_small(edit: &Edit) -> bool {
    let short = |s: &Option<String>| {
        s.as_deref().is_some_and(|t| {
            let words = t.split_whitespace().count();
            (1..=4).contains(&words) && !t.contains(['.', '!', '?', '"'])
        })
    };
    edit.kind == "R" && short(&edit.before) && short(&edit.after)
}

fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

#[test]
fn every_pair_compares_and_keeps_the_invariants() {
    let records = records();
    assert_eq!(records.len(), 189);
    let (mut small, mut edited) = (0, 0);
    let mut misses = Vec::new();
    for record in &records {
        let old = Document::from_text("v1", &record.before_revision);
        let new = Document::from_text("v2", &record.after_revision);
        let c = compare::compare(old, new, &Options::default());
        common::check_invariants(&c);
        assert!(!c.approximate, "{}", record.name());
        for edit in record.edit_actions.iter().filter(|e| is_small(e)) {
            let start = byte_offset(&c.old.text, edit.start_char_pos);
            let end = byte_offset(&c.old.text, edit.end_char_pos);
            let Some(id) = c
                .old
                .sentences
                .iter()
                .position(|s| s.start <= start && end <= s.end)
            else {
                continue;
            };
            small += 1;
            let row = c
                .sentences
                .iter()
                .find(|ch| ch.old.contains(&id))
                .expect("row");
            if row.kind == Kind::Removed {
                misses.push(format!(
                    "{}: {:?} → {:?} in S{id}",
                    record.name(),
                    edit.before,
                    edit.after
                ));
            } else {
                edited += 1;
            }
        }
    }
    eprintln!("{edited}/{small} small edits inside a sentence come out paired");
    for miss in &misses {
        eprintln!("  removed instead: {miss}");
    }
    assert!(small > 300, "enough small edits to judge: {small}");
    assert!(
        edited * 100 >= small * 98,
        "only {edited}/{small} small edits paired"
    );
}

#[test]
fn comparing_a_pair_either_way_mirrors_the_counts() {
    for record in records() {
        let forward = compare::compare(
            Document::from_text("v1", &record.before_revision),
            Document::from_text("v2", &record.after_revision),
            &Options::default(),
        );
        let backward = compare::compare(
            Document::from_text("v2", &record.after_revision),
            Document::from_text("v1", &record.before_revision),
            &Options::default(),
        );
        let (f, b) = (forward.summary, backward.summary);
        assert_eq!(
            (
                f.added,
                f.removed,
                f.split,
                f.merged,
                f.edited,
                f.unchanged,
                f.moved
            ),
            (
                b.removed,
                b.added,
                b.merged,
                b.split,
                b.edited,
                b.unchanged,
                b.moved
            ),
            "{}",
            record.name()
        );
        assert_eq!(
            (f.quotes_added, f.quotes_removed),
            (b.quotes_removed, b.quotes_added),
            "{}",
            record.name()
        );
    }
}
