//! Quotation changes: the quotations of both versions matched by their words.
//!
//! Quotations with the same words (under the options) pair first, as sentences do; the
//! rest pair by similarity of words (one to one), confirmed by a word-level diff against
//! the similarity threshold, so that a single changed word inside a quotation shows as an
//! edit. Moves are found as for sentences, and a change of speaker is flagged whether the
//! words changed or not. Without move detection, quotations still pair but never show as
//! moved: a quotation that is in both versions was not removed.

use std::time::Instant;

use super::{Options, QuoteChange, QuoteKind, exact, fuzzy, moves, normalize, order, words};
use crate::document::Document;

/// Matches the quotations of `old` and `new`; also says whether the deadline was hit.
pub fn compare(
    old: &Document,
    new: &Document,
    options: &Options,
    deadline: Option<Instant>,
) -> (Vec<QuoteChange>, bool) {
    let old_normal: Vec<_> = (0..old.quotes.len())
        .map(|i| normalize::normal_form(old.quote_text(i), options))
        .collect();
    let new_normal: Vec<_> = (0..new.quotes.len())
        .map(|j| normalize::normal_form(new.quote_text(j), options))
        .collect();
    let old_keys: Vec<u64> = old_normal.iter().map(|n| normalize::hash(n)).collect();
    let new_keys: Vec<u64> = new_normal.iter().map(|n| normalize::hash(n)).collect();
    let same = |i: usize, j: usize| old_normal[i] == new_normal[j];
    let (pairs, mut approximate) = exact::pairs(&old_keys, &new_keys, same, deadline);
    let mut matched: Vec<(usize, usize, Option<words::WordDiff>)> =
        pairs.into_iter().map(|(i, j)| (i, j, None)).collect();

    let mut old_free = vec![true; old.quotes.len()];
    let mut new_free = vec![true; new.quotes.len()];
    for &(i, j, _) in &matched {
        old_free[i] = false;
        new_free[j] = false;
    }
    let bag = |doc: &Document, free: &[bool], i: usize| {
        if free[i] {
            words::bag(doc.quote_text(i), options)
        } else {
            Vec::new()
        }
    };
    let old_bags: Vec<Vec<u64>> = (0..old.quotes.len())
        .map(|i| bag(old, &old_free, i))
        .collect();
    let new_bags: Vec<Vec<u64>> = (0..new.quotes.len())
        .map(|j| bag(new, &new_free, j))
        .collect();
    let unmatched = fuzzy::Unmatched {
        old_bags: &old_bags,
        new_bags: &new_bags,
        old_free: &old_free,
        new_free: &new_free,
    };
    let (proposals, fuzzy_approximate) = fuzzy::propose(
        &unmatched,
        options.similarity_threshold * 0.8,
        false,
        deadline,
    );
    approximate |= fuzzy_approximate;
    for proposal in proposals {
        let (i, j) = (proposal.old[0], proposal.new[0]);
        let diff = words::diff(old.quote_text(i), new.quote_text(j), options, deadline);
        if diff.similarity >= options.similarity_threshold {
            old_free[i] = false;
            new_free[j] = false;
            matched.push((i, j, Some(diff)));
        }
    }

    let pairs: Vec<moves::Pair> = matched
        .iter()
        .map(|&(old, new, _)| moves::Pair {
            old,
            new,
            weight: old_keys.len() as u64,
        })
        .collect();
    let in_place = moves::in_place(&pairs);
    let speaker = |doc: &Document, id: usize| doc.quotes.get(id).and_then(|q| q.speaker.clone());
    let mut changes: Vec<QuoteChange> = Vec::with_capacity(old.quotes.len() + new.quotes.len());
    for ((i, j, diff), stays) in matched.into_iter().zip(in_place) {
        let (old_speaker, new_speaker) = (speaker(old, i), speaker(new, j));
        let (kind, similarity, words) = match diff {
            Some(d) => (QuoteKind::Edited, d.similarity, d.ops),
            None => (QuoteKind::Unchanged, 1.0, Vec::new()),
        };
        changes.push(QuoteChange {
            kind,
            old: Some(i),
            new: Some(j),
            moved: !stays && options.detect_moves,
            speaker_changed: old_speaker != new_speaker,
            old_speaker,
            new_speaker,
            similarity: Some(similarity),
            words,
        });
    }
    for (i, _) in old_free.iter().enumerate().filter(|(_, free)| **free) {
        changes.push(lone(
            QuoteKind::Removed,
            Some(i),
            None,
            speaker(old, i),
            None,
        ));
    }
    for (j, _) in new_free.iter().enumerate().filter(|(_, free)| **free) {
        changes.push(lone(QuoteKind::Added, None, Some(j), None, speaker(new, j)));
    }
    let ids: Vec<(&[usize], &[usize])> = changes
        .iter()
        .map(|c| (c.old.as_slice(), c.new.as_slice()))
        .collect();
    let order = order::display_order(&ids, old.quotes.len(), new.quotes.len());
    (super::reorder(changes, &order), approximate)
}

/// An added or removed quotation.
fn lone(
    kind: QuoteKind,
    old: Option<usize>,
    new: Option<usize>,
    old_speaker: Option<String>,
    new_speaker: Option<String>,
) -> QuoteChange {
    QuoteChange {
        kind,
        old,
        new,
        moved: false,
        speaker_changed: false,
        old_speaker,
        new_speaker,
        similarity: None,
        words: Vec::new(),
    }
}
