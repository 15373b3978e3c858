//! Quotation changes: what each pair of the pairing is (unchanged or edited words, moved,
//! a new speaker), the quotations left over (added, removed), in display order.
//!
//! Quotations pair one to one, never in runs. A change of speaker is flagged whether the
//! words changed or not. Without move detection, quotations still pair but never show as
//! moved: a quotation that is in both versions was not removed.

use std::time::Instant;

use super::{order, pairing};
use crate::comparison::{Options, QuoteChange, QuoteKind};
use crate::document::Document;

/// The changes of every quotation of `old` and `new`; also says whether the deadline was
/// hit.
pub fn changes<'a>(
    old: &'a Document,
    new: &'a Document,
    options: &Options,
    deadline: Option<Instant>,
) -> (Vec<QuoteChange>, bool) {
    let texts = |doc: &'a Document| -> Vec<&'a str> {
        (0..doc.quotes.len()).map(|i| doc.quote_text(i)).collect()
    };
    let paired = pairing::pair(&texts(old), &texts(new), options, false, deadline);
    let speaker = |doc: &Document, id: usize| doc.quotes.get(id).and_then(|q| q.speaker.clone());
    let mut changes: Vec<QuoteChange> = Vec::with_capacity(old.quotes.len() + new.quotes.len());
    for group in paired.groups {
        let (i, j) = (group.old[0], group.new[0]);
        let (old_speaker, new_speaker) = (speaker(old, i), speaker(new, j));
        let (kind, similarity, words) = match group.diff {
            Some(d) => (QuoteKind::Edited, d.similarity, d.ops),
            None => (QuoteKind::Unchanged, 1.0, Vec::new()),
        };
        changes.push(QuoteChange {
            kind,
            old: Some(i),
            new: Some(j),
            moved: !group.in_place && options.detect_moves,
            speaker_changed: old_speaker != new_speaker,
            old_speaker,
            new_speaker,
            similarity: Some(similarity),
            words,
            flags: None,
        });
    }
    let lone = |kind, old_id: Option<usize>, new_id: Option<usize>| QuoteChange {
        kind,
        old: old_id,
        new: new_id,
        moved: false,
        speaker_changed: false,
        old_speaker: old_id.and_then(|i| speaker(old, i)),
        new_speaker: new_id.and_then(|j| speaker(new, j)),
        similarity: None,
        words: Vec::new(),
        flags: None,
    };
    for (i, _) in paired
        .old_free
        .iter()
        .enumerate()
        .filter(|(_, free)| **free)
    {
        changes.push(lone(QuoteKind::Removed, Some(i), None));
    }
    for (j, _) in paired
        .new_free
        .iter()
        .enumerate()
        .filter(|(_, free)| **free)
    {
        changes.push(lone(QuoteKind::Added, None, Some(j)));
    }
    let ids: Vec<(&[usize], &[usize])> = changes
        .iter()
        .map(|c| (c.old.as_slice(), c.new.as_slice()))
        .collect();
    let display = order::display_order(&ids, old.quotes.len(), new.quotes.len());
    (order::apply(changes, &display), paired.approximate)
}
