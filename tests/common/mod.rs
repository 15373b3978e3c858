//! Helpers shared by the integration tests: loading fixtures and checking the invariants
//! every comparison must keep.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::path::PathBuf;

use palimpsest::compare::{Comparison, Kind, Op, QuoteKind, words};
use palimpsest::document::Document;
use palimpsest::ingest::{Input, LoadOptions};

/// The path of a file under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// Loads a fixture as a document.
pub fn load(relative: &str) -> Document {
    Document::load(&Input::Path(fixture(relative)), LoadOptions::default()).expect("fixture loads")
}

/// Checks every invariant of the report spec on `c`; panics with what broke.
pub fn check_invariants(c: &Comparison) {
    check_document(&c.old);
    check_document(&c.new);
    let mut old_seen = vec![0; c.old.sentences.len()];
    let mut new_seen = vec![0; c.new.sentences.len()];
    for change in &c.sentences {
        for &o in &change.old {
            old_seen[o] += 1;
        }
        for &n in &change.new {
            new_seen[n] += 1;
        }
        let (o, n) = (change.old.len(), change.new.len());
        let shape = match change.kind {
            Kind::Unchanged | Kind::Edited => o == 1 && n == 1,
            Kind::Added => o == 0 && n == 1,
            Kind::Removed => o == 1 && n == 0,
            Kind::Split => o == 1 && n >= 2,
            Kind::Merged => o >= 2 && n == 1,
        };
        assert!(shape, "{:?} with {o} old and {n} new", change.kind);
        assert!(
            change.old.windows(2).all(|w| w[1] == w[0] + 1),
            "consecutive old ids"
        );
        assert!(
            change.new.windows(2).all(|w| w[1] == w[0] + 1),
            "consecutive new ids"
        );
        if matches!(change.kind, Kind::Added | Kind::Removed) {
            assert!(!change.moved && change.similarity.is_none());
        }
        if matches!(change.kind, Kind::Edited | Kind::Split | Kind::Merged) {
            let old_text = join(&c.old, &change.old);
            let new_text = join(&c.new, &change.new);
            assert_eq!(words::rebuild(&change.words, Op::Delete), old_text);
            assert_eq!(words::rebuild(&change.words, Op::Insert), new_text);
            let similarity = change.similarity.expect("similarity");
            assert!(similarity >= c.options.similarity_threshold && similarity <= 1.0);
        }
        if change.kind == Kind::Unchanged {
            assert_eq!(change.similarity, Some(1.0));
        }
    }
    assert!(
        old_seen.iter().all(|&n| n == 1),
        "each old sentence in exactly one row"
    );
    assert!(
        new_seen.iter().all(|&n| n == 1),
        "each new sentence in exactly one row"
    );
    let firsts: Vec<usize> = c
        .sentences
        .iter()
        .filter_map(|ch| ch.new.first().copied())
        .collect();
    assert!(
        firsts.windows(2).all(|w| w[0] < w[1]),
        "rows follow the new order"
    );

    let mut old_quotes = vec![0; c.old.quotes.len()];
    let mut new_quotes = vec![0; c.new.quotes.len()];
    for q in &c.quotes {
        q.old.iter().for_each(|&o| old_quotes[o] += 1);
        q.new.iter().for_each(|&n| new_quotes[n] += 1);
        match q.kind {
            QuoteKind::Added => assert!(q.old.is_none() && q.new.is_some() && !q.moved),
            QuoteKind::Removed => assert!(q.old.is_some() && q.new.is_none() && !q.moved),
            QuoteKind::Unchanged | QuoteKind::Edited => assert!(q.old.is_some() && q.new.is_some()),
        }
        assert_eq!(
            q.speaker_changed,
            q.old.is_some() && q.new.is_some() && q.old_speaker != q.new_speaker
        );
        if q.kind == QuoteKind::Edited {
            let (o, n) = (q.old.expect("old"), q.new.expect("new"));
            assert_eq!(words::rebuild(&q.words, Op::Delete), c.old.quote_text(o));
            assert_eq!(words::rebuild(&q.words, Op::Insert), c.new.quote_text(n));
        }
    }
    assert!(
        old_quotes.iter().all(|&n| n == 1),
        "each old quote in exactly one change"
    );
    assert!(
        new_quotes.iter().all(|&n| n == 1),
        "each new quote in exactly one change"
    );

    let s = &c.summary;
    assert_eq!(s.old_sentences, c.old.sentences.len());
    assert_eq!(s.new_sentences, c.new.sentences.len());
    assert_eq!(
        s.unchanged + s.edited + s.added + s.removed + s.split + s.merged,
        c.sentences.len()
    );
    let old_in = |k: Kind| {
        c.sentences
            .iter()
            .filter(|ch| ch.kind == k)
            .map(|ch| ch.old.len())
            .sum::<usize>()
    };
    let new_in = |k: Kind| {
        c.sentences
            .iter()
            .filter(|ch| ch.kind == k)
            .map(|ch| ch.new.len())
            .sum::<usize>()
    };
    assert_eq!(
        s.unchanged + s.edited + s.removed + s.split + old_in(Kind::Merged),
        s.old_sentences
    );
    assert_eq!(
        s.unchanged + s.edited + s.added + s.merged + new_in(Kind::Split),
        s.new_sentences
    );
    assert_eq!(s.moved, c.sentences.iter().filter(|ch| ch.moved).count());
    assert_eq!(
        s.quotes_unchanged + s.quotes_edited + s.quotes_removed,
        s.old_quotes
    );
    assert_eq!(
        s.quotes_unchanged + s.quotes_edited + s.quotes_added,
        s.new_quotes
    );
}

/// Offsets slice the text to the sentence, in order and without overlap.
pub fn check_document(doc: &Document) {
    let mut last_end = 0;
    for (id, s) in doc.sentences.iter().enumerate() {
        assert!(
            s.start < s.end && s.end <= doc.text.len(),
            "S{id} in bounds"
        );
        assert!(s.start >= last_end, "S{id} after the previous one");
        let text = doc.text.get(s.start..s.end).expect("char boundaries");
        assert_eq!(text, text.trim(), "S{id} trimmed");
        last_end = s.end;
    }
    for (id, q) in doc.quotes.iter().enumerate() {
        assert!(
            q.start < q.end && q.end <= doc.text.len(),
            "Q{id} in bounds"
        );
        assert!(
            doc.text.get(q.start..q.end).is_some(),
            "Q{id} on char boundaries"
        );
        let sentence = doc
            .sentences
            .get(q.sentence)
            .expect("quote's sentence exists");
        assert!(
            sentence.start <= q.start,
            "Q{id} starts in or after its sentence"
        );
    }
}

fn join(doc: &Document, ids: &[usize]) -> String {
    ids.iter()
        .map(|&i| doc.sentence_text(i))
        .collect::<Vec<_>>()
        .join(" ")
}
