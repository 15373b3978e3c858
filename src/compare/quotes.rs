//! Quotation changes: what each pair of the pairing is (unchanged or edited words, moved,
//! a new speaker), the quotations left over (added, removed), in display order.
//!
//! Quotations pair one to one, never in runs. A change of speaker is flagged whether the
//! words changed or not, but only when the words that attribute it changed
//! ([`settle_speakers`]): a speaker found anew only because paragraphs moved is no change.
//! Without move detection, quotations still pair but never show as moved: a quotation that
//! is in both versions was not removed.

use std::time::Instant;

use super::{order, pairing};
use crate::comparison::{Kind, Options, QuoteChange, QuoteKind, SentenceChange};
use crate::document::Document;
use crate::text::Basis;

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
    let paired = pairing::pair(
        &texts(old),
        &texts(new),
        options,
        (false, (&[], &[])),
        deadline,
    );
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

/// Keeps `speaker_changed` only where the text that attributes the quotation changed: its
/// own sentence, or the sentence its speaker was found in (the antecedent of `he`, the
/// quotation it continues). When both are unchanged sentences in both versions, a speaker
/// resolved differently only because the order around it changed is no change of speaker;
/// the two speakers stay as found.
pub fn settle_speakers(
    old: &Document,
    new: &Document,
    rows: &[SentenceChange],
    quotes: &mut [QuoteChange],
) {
    // Each unchanged sentence's partner in the other version.
    let mut old_kept = vec![None; old.sentences.len()];
    let mut new_kept = vec![None; new.sentences.len()];
    for row in rows.iter().filter(|r| r.kind == Kind::Unchanged) {
        if let (Some(&o), Some(&n)) = (row.old.first(), row.new.first()) {
            old_kept[o] = Some(n);
            new_kept[n] = Some(o);
        }
    }
    for q in quotes.iter_mut().filter(|q| q.speaker_changed) {
        let (Some(oq), Some(nq)) = (
            q.old.and_then(|i| old.quotes.get(i)),
            q.new.and_then(|j| new.quotes.get(j)),
        ) else {
            continue;
        };
        if old_kept.get(oq.sentence).copied().flatten() != Some(nq.sentence) {
            continue;
        }
        let kept_old = |s: usize| old_kept.get(s).is_some_and(Option::is_some);
        let kept_new = |s: usize| new_kept.get(s).is_some_and(Option::is_some);
        let named_in_own =
            |basis: Option<Basis>| matches!(basis, Some(Basis::Named | Basis::Described));
        let real = match (oq.source, nq.source) {
            // Named in the same unchanged sentence: only the completion of a name differs.
            _ if named_in_own(oq.basis) && named_in_own(nq.basis) => false,
            (Some(a), Some(b)) => !(kept_old(a) && kept_new(b)),
            (Some(a), None) => !kept_old(a),
            (None, Some(b)) => !kept_new(b),
            (None, None) => false,
        };
        q.speaker_changed = real;
    }
}
