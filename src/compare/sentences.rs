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
            move_block: None,
            similarity: Some(similarity),
            words,
            flags: None,
        });
    }
    let lone = |kind, old: Vec<usize>, new: Vec<usize>| SentenceChange {
        kind,
        old,
        new,
        moved: false,
        move_block: None,
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
    let mut rows = order::apply(changes, &display);
    number_move_blocks(&mut rows);
    (rows, paired.approximate)
}

/// Numbers the blocks of moved rows that moved together: each row of a block follows the
/// one before it in both versions, so a reshuffled paragraph is one block, not one move
/// per sentence.
fn number_move_blocks(rows: &mut [SentenceChange]) {
    let mut blocks = 0;
    let mut previous: Option<(usize, usize)> = None;
    for row in rows.iter_mut().filter(|r| r.moved) {
        let (Some(&first_old), Some(&first_new)) = (row.old.first(), row.new.first()) else {
            continue;
        };
        let continues = previous.is_some_and(|(o, n)| first_old == o + 1 && first_new == n + 1);
        if !continues {
            blocks += 1;
        }
        row.move_block = Some(blocks - 1);
        previous = row.old.last().copied().zip(row.new.last().copied());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare;

    #[test]
    fn a_moved_paragraph_is_one_block() {
        let old = "First one stays here. Second one stays here.\n\nMoving one is here. Moving two is here.\n\nThird one stays. Fourth one stays. Last one stays here.";
        let new = "First one stays here. Second one stays here.\n\nThird one stays. Fourth one stays. Last one stays here.\n\nMoving one is here. Moving two is here.";
        let c = compare::compare(
            Document::from_text("a", old),
            Document::from_text("b", new),
            &Options::default(),
        );
        let blocks: Vec<Option<usize>> = c.sentences.iter().map(|r| r.move_block).collect();
        assert_eq!(blocks, [None, None, None, None, None, Some(0), Some(0)]);
    }

    #[test]
    fn separate_moves_are_separate_blocks() {
        let old =
            "Alpha sentence one. Beta sentence two. Gamma sentence three. Delta sentence four.";
        let new =
            "Beta sentence two. Alpha sentence one. Delta sentence four. Gamma sentence three.";
        let c = compare::compare(
            Document::from_text("a", old),
            Document::from_text("b", new),
            &Options::default(),
        );
        let blocks: Vec<usize> = c.sentences.iter().filter_map(|r| r.move_block).collect();
        assert_eq!(blocks, [0, 1]);
    }
}
