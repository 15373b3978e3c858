//! Sentence rows: what each pair of the pairing is (unchanged, edited, split, merged),
//! the sentences left over (added, removed), in display order. Without move detection, a
//! pair that moved is taken apart into a removed and an added row.

use std::time::Instant;

use super::fuzzy::Class;
use super::pairing::{Group, Pairing};
use super::{order, pairing, words};
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
    let (old_class, new_class) = (classes(old), classes(new));
    let mut paired = pairing::pair(
        &old_texts,
        &new_texts,
        options,
        (true, (&old_class, &new_class)),
        deadline,
    );
    if options.pair_in_place {
        pair_in_place(
            &mut paired,
            (&old_texts, &new_texts),
            (&old_class, &new_class),
            options,
            deadline,
        );
    }
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

/// The class of every sentence of `doc`: code, a line standing alone without final
/// punctuation (a heading, a list item), or prose.
fn classes(doc: &Document) -> Vec<Class> {
    let alone = |i: usize| {
        let paragraph = doc.sentences[i].paragraph;
        let before = i > 0 && doc.sentences[i - 1].paragraph == paragraph;
        let after = doc
            .sentences
            .get(i + 1)
            .is_some_and(|s| s.paragraph == paragraph);
        !before && !after
    };
    (0..doc.sentences.len())
        .map(|i| {
            let text = doc.sentence_text(i);
            let bare = text.ends_with(|c: char| c.is_alphanumeric() || c == ')');
            if doc.sentences[i].code {
                Class::Code
            } else if bare && alone(i) {
                Class::Line
            } else {
                Class::Prose
            }
        })
        .collect()
}

/// The most sentences on each side of a gap that pair in place.
const MAX_IN_PLACE: usize = 3;
/// Sentences of at most this many words are labels (headings, table cells, "OK.").
const LABEL_WORDS: usize = 3;

/// Pairs sentences rewritten in place. Between two pairs that stayed in place, a gap that
/// holds as many free old sentences as free new ones (at most [`MAX_IN_PLACE`]) is a
/// passage reworded where it stands ("Thank you!" → "We cannot fix what we do not know
/// about, thank you!"): its sentences pair in order when they keep half the share of
/// words a pair needs elsewhere, when both are labels that end alike ("Objective" →
/// "Goal", "OK." → "Okay.", but not "(Why not?" → "fmt.Println(v)"), or when both are
/// blocks of code (an example replaced by another).
/// Sentences left free anywhere else stay added and removed.
fn pair_in_place(
    paired: &mut Pairing,
    (old, new): (&[&str], &[&str]),
    (old_class, new_class): (&[Class], &[Class]),
    options: &Options,
    deadline: Option<Instant>,
) {
    let mut anchors: Vec<(usize, usize, usize, usize)> = paired
        .groups
        .iter()
        .filter(|g| g.in_place)
        .filter_map(|g| {
            Some((
                *g.old.first()?,
                *g.old.last()?,
                *g.new.first()?,
                *g.new.last()?,
            ))
        })
        .collect();
    anchors.sort_unstable();
    let mut previous = (0, 0);
    let ends = anchors
        .iter()
        .map(|&(old_first, old_last, new_first, new_last)| {
            ((old_first, new_first), (old_last + 1, new_last + 1))
        })
        .chain([((old.len(), new.len()), (old.len(), new.len()))]);
    let mut found = Vec::new();
    for (start, after) in ends {
        let free = |from: usize, to: usize, free: &[bool]| -> Vec<usize> {
            (from..to.max(from)).filter(|&i| free[i]).collect()
        };
        let old_gap = free(previous.0, start.0, &paired.old_free);
        let new_gap = free(previous.1, start.1, &paired.new_free);
        if !old_gap.is_empty() && old_gap.len() == new_gap.len() && old_gap.len() <= MAX_IN_PLACE {
            found.extend(old_gap.into_iter().zip(new_gap));
        }
        previous = after;
    }
    for (i, j) in found {
        let mut diff = words::diff(old[i], new[j], options, deadline);
        diff.similarity = diff
            .similarity
            .max(words::content_similarity(old[i], new[j], options));
        let ending = |text: &str| text.chars().last().filter(|c| !c.is_alphanumeric());
        let labels = [old[i], new[j]]
            .iter()
            .all(|text| text.split_whitespace().count() <= LABEL_WORDS)
            && ending(old[i]) == ending(new[j]);
        let examples = old_class[i] == Class::Code && new_class[j] == Class::Code;
        let fit = old_class[i].pairs_with(new_class[j]);
        if !fit || (diff.similarity < options.similarity_threshold / 2.0 && !labels && !examples) {
            continue;
        }
        paired.old_free[i] = false;
        paired.new_free[j] = false;
        paired.groups.push(Group {
            old: vec![i],
            new: vec![j],
            diff: Some(diff),
            in_place: true,
        });
    }
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

    /// A Markdown document read from `text`.
    fn markdown(name: &str, text: &str) -> Document {
        use crate::ingest::{self, Format};
        Document::from_loaded(ingest::from_text(text, name, Some(Format::Markdown)))
    }

    /// The kinds of the rows comparing `old` and `new` (paragraphs of plain text).
    fn kinds(old: &str, new: &str, options: &Options) -> Vec<Kind> {
        let c = compare::compare(
            Document::from_text("a", old),
            Document::from_text("b", new),
            options,
        );
        c.sentences.iter().map(|r| r.kind).collect()
    }

    #[test]
    fn a_sentence_rewritten_where_it_stands_is_an_edit() {
        use Kind::{Added, Edited, Removed, Unchanged};
        let before = "The fund opened in May of last year.";
        let after = "It will close at the end of June.";
        let cases: &[(&str, &str, &[Kind])] = &[
            (
                "Thank you!",
                "We cannot fix problems we do not know about, thank you!",
                &[Unchanged, Edited, Unchanged],
            ),
            (
                "You must disclose your use of tools.",
                "You must disclose any tool involvement in finding or reporting issues.",
                &[Unchanged, Edited, Unchanged],
            ),
            ("Objective\n\n", "Goal\n\n", &[Unchanged, Edited, Unchanged]),
            ("OK.", "Okay.", &[Unchanged, Edited, Unchanged]),
            (
                "\n\n(Why not print it?\n\n",
                "\n\nfmt.Println(v)\n\n",
                &[Unchanged, Removed, Added, Unchanged],
            ),
            (
                "Ruiz thanked the volunteers who came.",
                "Rain is forecast for most of the coast tomorrow.",
                &[Unchanged, Removed, Added, Unchanged],
            ),
            (
                "Thank you! See you soon.",
                "We cannot fix problems we do not know about, thank you!",
                &[Unchanged, Removed, Removed, Added, Unchanged],
            ),
        ];
        for (old_middle, new_middle, want) in cases {
            let old = format!("{before} {old_middle} {after}");
            let new = format!("{before} {new_middle} {after}");
            let got = kinds(&old, &new, &Options::default());
            assert_eq!(&got, want, "{old_middle} → {new_middle}");
        }
        let strict = Options {
            pair_in_place: false,
            ..Options::default()
        };
        let got = kinds(
            &format!("{before} Thank you! {after}"),
            &format!("{before} We cannot fix problems we do not know about, thank you! {after}"),
            &strict,
        );
        assert_eq!(got, [Unchanged, Removed, Added, Unchanged]);
    }

    #[test]
    fn rewritten_lines_pair_in_order_around_a_new_one() {
        let old = "Book a session below.\n\nEnd user feedback session 1\n\nEnd user feedback session 2\n\nEnd user feedback session 3\n\nSee you there.";
        let new = "Book a session below.\n\nAll times are in Central European Time.\n\nMarch 20, 10:45: End user feedback session - Profiling\n\nMarch 20, 15:00: End user feedback session - JavaScript\n\nMarch 21, 11:00: End user feedback session - Logs\n\nSee you there.";
        let c = compare::compare(
            Document::from_text("a", old),
            Document::from_text("b", new),
            &Options::default(),
        );
        let edits: Vec<(usize, usize)> = c
            .sentences
            .iter()
            .filter(|r| r.kind == Kind::Edited)
            .map(|r| (r.old[0], r.new[0]))
            .collect();
        assert_eq!(edits, [(1, 2), (2, 3), (3, 4)]);
        assert!(c.sentences.iter().all(|r| !r.moved));
    }

    #[test]
    fn a_code_block_joins_no_split_of_prose() {
        let cases = [
            (
                "Intro.\n\n    interface{}\n\nIt is satisfied by any value at all, since any value has methods.\n\nEnd.",
                "Intro.\n\n    any\n\nIt is satisfied by any value at all, since every value has methods.\n\nEnd.",
            ),
            (
                "Intro.\n\nRun the tool in your project and read what it reports.\n\nEnd.",
                "Intro.\n\nRun the tool in your project and read what it reports.\n\n```\ntool project\n```\n\nEnd.",
            ),
        ];
        for (old, new) in cases {
            let c = compare::compare(
                markdown("a.md", old),
                markdown("b.md", new),
                &Options::default(),
            );
            assert!(
                c.sentences.iter().all(|r| r.kind != Kind::Split),
                "{old} → {new}"
            );
        }
    }

    /// The kinds of the rows comparing two Markdown texts, in display order.
    fn row_kinds(old: &str, new: &str) -> Vec<Kind> {
        let c = compare::compare(
            markdown("a.md", old),
            markdown("b.md", new),
            &Options::default(),
        );
        c.sentences.iter().map(|r| r.kind).collect()
    }

    #[test]
    fn a_heading_is_no_part_of_the_prose_after_it() {
        use Kind::{Added, Edited, Unchanged};
        let cases = [
            (
                "Intro.\n\nCome join us to listen, learn, and get involved.\n\nEnd.",
                "Intro.\n\n## Join us\n\nCome listen, learn, and get involved.\n\nEnd.",
                vec![Unchanged, Added, Edited, Unchanged],
            ),
            (
                "Intro.\n\nThe new survey results show strong growth this year.\n\nEnd.",
                "Intro.\n\n## Survey results\n\nThe new results show strong growth.\n\nEnd.",
                vec![Unchanged, Added, Edited, Unchanged],
            ),
            (
                "Intro.\n\nWe have bridges in Go, Java, Python and Rust.\n\nEnd.",
                "Intro.\n\nWe have bridges for:\n\n- Go\n- Java\n- Python\n- Rust\n\nEnd.",
                vec![Unchanged, Kind::Split, Unchanged],
            ),
        ];
        for (old, new, expected) in cases {
            assert_eq!(row_kinds(old, new), expected, "{old} → {new}");
        }
    }

    #[test]
    fn a_code_block_pairs_with_no_sentence_of_prose() {
        use Kind::{Added, Removed, Unchanged};
        let cases = [
            (
                "Intro.\n\n(Why not fmt.Println(v)?\n\nEnd.",
                "Intro.\n\n```\nfmt.Println(v)\n```\n\nEnd.",
            ),
            (
                "Intro.\n\nRun go test ./... in the folder.\n\nEnd.",
                "Intro.\n\n    go test ./...\n\nEnd.",
            ),
        ];
        for (old, new) in cases {
            let mut kinds = row_kinds(old, new);
            kinds.sort_by_key(|k| format!("{k:?}"));
            assert_eq!(
                kinds,
                [Added, Removed, Unchanged, Unchanged],
                "{old} → {new}"
            );
        }
    }

    #[test]
    fn an_example_replaced_by_another_is_an_edit() {
        let old =
            "For example:\n\n```\nfn visit(&mut self) {\n    walk(self);\n}\n```\n\nThat is all.";
        let new = "For example:\n\n```\nif let Some(v) = release() {\n    println!(\"{v}\");\n}\n```\n\nThat is all.";
        let c = compare::compare(
            markdown("a.md", old),
            markdown("b.md", new),
            &Options::default(),
        );
        let kinds: Vec<Kind> = c.sentences.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [Kind::Unchanged, Kind::Edited, Kind::Unchanged]);
        let prose = compare::compare(
            markdown("a.md", "For example:\n\nWe walk the tree.\n\nThat is all."),
            markdown(
                "b.md",
                "For example:\n\nRelease notes follow soon.\n\nThat is all.",
            ),
            &Options::default(),
        );
        assert!(prose.sentences.iter().all(|r| r.kind != Kind::Edited));
    }
}
