//! Sentence rows: what each pair of the pairing is (unchanged, edited, split, merged),
//! the sentences left over (added, removed), in display order. Without move detection, a
//! pair that moved is taken apart into a removed and an added row.

use std::time::Instant;

use super::{order, pairing};
use crate::comparison::{Kind, Options, SentenceChange};
use crate::document::Document;

/// The rows comparing the sentences of `old` and `new`; also says whether the deadline
/// was hit.
pub fn rows<'a>(
    old: &'a Document,
    new: &'a Document,
    options: &Options,
    deadline: Option<Instant>,
) -> (Vec<SentenceChange>, bool) {
    let texts = |doc: &'a Document| -> Vec<&'a str> {
        (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect()
    };
    let (old_texts, new_texts) = (texts(old), texts(new));
    let mut paired = pairing::pair(&old_texts, &new_texts, options, true, deadline);
    let mut changes: Vec<SentenceChange> =
        Vec::with_capacity(old.sentences.len() + new.sentences.len());
    for group in paired.groups {
        if !group.in_place && !options.detect_moves {
            group.old.iter().for_each(|&i| paired.old_free[i] = true);
            group.new.iter().for_each(|&j| paired.new_free[j] = true);
            continue;
        }
        let kind = match (group.old.len(), group.new.len(), &group.diff) {
            (1, 1, None) => Kind::Unchanged,
            (1, 1, Some(_)) => Kind::Edited,
            (1, _, _) => Kind::Split,
            _ => Kind::Merged,
        };
        let (similarity, words) = group
            .diff
            .map_or((1.0, Vec::new()), |d| (d.similarity, d.ops));
        changes.push(SentenceChange {
            kind,
            old: group.old,
            new: group.new,
            moved: !group.in_place,
            similarity: Some(similarity),
            words,
        });
    }
    let lone = |kind, old: Vec<usize>, new: Vec<usize>| SentenceChange {
        kind,
        old,
        new,
        moved: false,
        similarity: None,
        words: Vec::new(),
    };
    for (i, _) in paired
        .old_free
        .iter()
        .enumerate()
        .filter(|(_, free)| **free)
    {
        changes.push(lone(Kind::Removed, vec![i], Vec::new()));
    }
    for (j, _) in paired
        .new_free
        .iter()
        .enumerate()
        .filter(|(_, free)| **free)
    {
        changes.push(lone(Kind::Added, Vec::new(), vec![j]));
    }
    let ids: Vec<(&[usize], &[usize])> = changes
        .iter()
        .map(|c| (c.old.as_slice(), c.new.as_slice()))
        .collect();
    let display = order::display_order(&ids, old.sentences.len(), new.sentences.len());
    (order::apply(changes, &display), paired.approximate)
}
