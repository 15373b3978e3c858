//! The sample pair compares exactly as `tests/fixtures/seed/putin-expected.md` works out by
//! hand, in every count and pairing.

use crate::common;

use palimpsest::compare;
use palimpsest::comparison::{Kind, Options, QuoteKind};

fn seed() -> palimpsest::comparison::Comparison {
    let old = common::load("seed/putin-v1.txt");
    let new = common::load("seed/putin-v2.txt");
    compare::compare(old, new, &Options::default())
}

#[test]
fn sentence_changes_match_the_expected_comparison() {
    let c = seed();
    common::check_invariants(&c);
    let rows = |kind: Kind| -> Vec<(Vec<usize>, Vec<usize>, bool)> {
        c.sentences
            .iter()
            .filter(|ch| ch.kind == kind)
            .map(|ch| (ch.old.clone(), ch.new.clone(), ch.moved))
            .collect()
    };
    let unchanged_old: Vec<usize> = rows(Kind::Unchanged)
        .iter()
        .filter(|(_, _, moved)| !moved)
        .map(|(o, _, _)| o[0])
        .collect();
    assert_eq!(unchanged_old, [0, 1, 3, 5, 11, 12, 13, 14, 15]);
    let moved: Vec<usize> = rows(Kind::Unchanged)
        .iter()
        .filter(|(_, _, moved)| *moved)
        .map(|(o, _, _)| o[0])
        .collect();
    assert_eq!(moved, [8, 10]);
    let edited: Vec<usize> = rows(Kind::Edited).iter().map(|(o, _, _)| o[0]).collect();
    assert_eq!(edited, [2, 4, 7]);
    assert!(rows(Kind::Edited).iter().all(|(_, _, moved)| !moved));
    assert_eq!(rows(Kind::Removed), [(vec![6], vec![], false)]);
    assert_eq!(rows(Kind::Split), [(vec![9], vec![7, 8], false)]);
    assert_eq!(rows(Kind::Merged), []);
    let added = rows(Kind::Added);
    assert_eq!(added.len(), 1);
    assert!(
        c.new
            .sentence_text(added[0].1[0])
            .starts_with("“Snowden did not betray his country”")
    );

    let s = c.summary;
    assert_eq!(
        (
            s.old_sentences,
            s.new_sentences,
            s.unchanged,
            s.moved,
            s.edited,
            s.removed,
            s.split,
            s.merged,
            s.added
        ),
        (16, 17, 11, 2, 3, 1, 1, 0, 1)
    );
    assert!(!c.approximate);
}

#[test]
fn edited_rows_carry_the_changed_words() {
    let c = seed();
    let inserted = |old: usize| -> String {
        let row = c.sentences.iter().find(|ch| ch.old == [old]).expect("row");
        row.words
            .iter()
            .filter(|w| w.op == palimpsest::comparison::Op::Insert)
            .map(|w| w.text.trim())
            .collect::<Vec<_>>()
            .join("|")
    };
    assert_eq!(inserted(4), "then");
    assert_eq!(inserted(7), "Kremlin spokesman Dmitry Peskov");
    assert_eq!(inserted(2), "could not|in any court");
}

#[test]
fn quotation_changes_match_the_expected_comparison() {
    let c = seed();
    let find = |old: Option<usize>| c.quotes.iter().find(|q| q.old == old && old.is_some());
    for unchanged in [0, 1, 6, 7] {
        let q = find(Some(unchanged)).expect("matched");
        assert_eq!(
            (q.kind, q.moved, q.speaker_changed),
            (QuoteKind::Unchanged, false, false),
            "Q{unchanged}"
        );
    }
    let edited = find(Some(2)).expect("Q2");
    assert_eq!(edited.kind, QuoteKind::Edited);
    assert!(
        edited
            .words
            .iter()
            .any(|w| w.op == palimpsest::comparison::Op::Insert && w.text.trim() == "then")
    );
    assert_eq!(find(Some(3)).expect("Q3").kind, QuoteKind::Removed);
    let speaker = find(Some(4)).expect("Q4");
    assert_eq!(
        (speaker.kind, speaker.speaker_changed, speaker.moved),
        (QuoteKind::Unchanged, true, false)
    );
    assert_eq!(speaker.new_speaker.as_deref(), Some("Dmitry Peskov"));
    let moved = find(Some(5)).expect("Q5");
    assert_eq!(
        (moved.kind, moved.moved, moved.speaker_changed),
        (QuoteKind::Unchanged, true, false)
    );
    let added: Vec<_> = c
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Added)
        .collect();
    assert_eq!(added.len(), 1);
    let added_id = added[0].new.expect("new id");
    assert_eq!(
        c.new.quote_text(added_id),
        "Snowden did not betray his country"
    );
    assert!(
        added[0]
            .new_speaker
            .as_deref()
            .is_some_and(|s| s.ends_with("Putin"))
    );

    let s = c.summary;
    assert_eq!(
        (
            s.old_quotes,
            s.new_quotes,
            s.quotes_unchanged,
            s.quotes_edited,
            s.quotes_removed,
            s.quotes_added,
            s.quotes_moved,
            s.quotes_speaker_changed
        ),
        (8, 8, 6, 1, 1, 1, 1, 1)
    );
}

#[test]
fn display_order_places_the_removed_sentence_after_its_old_neighbour() {
    let c = seed();
    let at = c
        .sentences
        .iter()
        .position(|ch| ch.kind == Kind::Removed)
        .expect("removed row");
    assert_eq!(c.sentences[at - 1].old, [5]);
}
