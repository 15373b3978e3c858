//! The presentation model: a comparison as people are shown it, worked out once for every
//! report and every view of the app.
//!
//! [`Presented`] holds the [`Comparison`] with the facts each row and quotation needs to be
//! drawn (its [`Label`], paragraphs, whether it starts a paragraph or holds a quotation);
//! [`layout`] lays rows out for a filter, with the markers of moves and the folds; the
//! helpers below put options, versions and counts into words. A new kind of change is
//! one entry in [`labels`] plus its look in each renderer.

pub mod labels;
pub mod layout;

use crate::comparison::{Comparison, Options, QuoteChange, SentenceChange};
use crate::document::Document;
pub use labels::{FlagLook, Label, Look, flag_badge, flag_line, flag_look, flag_words, row_name};
pub use layout::{Filter, Hidden, Layout, Line, layout};

/// What every view needs to know about one sentence row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowFacts {
    /// What the row is called.
    pub label: Label,
    /// What happened to its words.
    pub kind: crate::comparison::Kind,
    /// It moved.
    pub moved: bool,
    /// Unchanged and in place.
    pub quiet: bool,
    /// Its edit changed what the story says (it has flags).
    pub significant: bool,
    /// One of its sentences holds a quotation.
    pub has_quote: bool,
    /// Its first sentence starts a paragraph (in the new version, or the old one for a
    /// removed row).
    pub starts_paragraph: bool,
    /// Its paragraph in the old version, counted from 1.
    pub old_paragraph: Option<usize>,
    /// Its paragraph in the new version, counted from 1.
    pub new_paragraph: Option<usize>,
    /// The block of rows it moved with (index into [`Presented::blocks`]).
    pub move_block: Option<usize>,
    /// Bytes of old text, for height estimates.
    pub old_len: u32,
    /// Bytes of new text.
    pub new_len: u32,
}

/// Rows that moved together: consecutive in both versions, shown as one move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveBlock {
    /// The rows, in display order.
    pub rows: std::ops::Range<usize>,
    /// The first and last paragraph it came from, counted from 1.
    pub from: (usize, usize),
    /// The first and last paragraph it went to, counted from 1.
    pub to: (usize, usize),
}

impl MoveBlock {
    /// How many rows moved together.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// `true` for a block of no rows (never made).
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Where it moved, in words: "moved from paragraph 5", "3 sentences moved from
    /// paragraphs 5–6 to paragraph 9".
    pub fn note(&self) -> String {
        let span = |(a, b): (usize, usize)| {
            if a == b {
                format!("paragraph {a}")
            } else {
                format!("paragraphs {a}–{b}")
            }
        };
        if self.len() == 1 {
            format!("moved from {}", span(self.from))
        } else {
            format!(
                "{} sentences moved together from {} to {}",
                self.len(),
                span(self.from),
                span(self.to)
            )
        }
    }
}

impl RowFacts {
    /// Anything but an unchanged sentence in place.
    pub fn is_change(&self) -> bool {
        !self.quiet
    }

    /// It changed what the story says: an edit with flags, or a sentence added or removed.
    pub fn changes_meaning(&self) -> bool {
        self.significant
            || matches!(
                self.kind,
                crate::comparison::Kind::Added | crate::comparison::Kind::Removed
            )
    }
}

/// A comparison with the facts of its rows and quotations.
#[derive(Debug, Clone, PartialEq)]
pub struct Presented {
    comparison: Comparison,
    rows: Vec<RowFacts>,
    quotes: Vec<Label>,
    row_of_old: Vec<usize>,
    blocks: Vec<MoveBlock>,
    changes: Vec<usize>,
}

impl Presented {
    /// Works out the facts of every row and quotation of `comparison`.
    pub fn new(comparison: Comparison) -> Self {
        let c = &comparison;
        let quoted = |doc: &Document| {
            let mut has = vec![false; doc.sentences.len()];
            for q in &doc.quotes {
                if let Some(slot) = has.get_mut(q.sentence) {
                    *slot = true;
                }
            }
            has
        };
        let (old_quoted, new_quoted) = (quoted(&c.old), quoted(&c.new));
        let len = |doc: &Document, ids: &[usize]| -> u32 {
            let total: usize = ids.iter().map(|&i| doc.sentence_text(i).len() + 1).sum();
            u32::try_from(total).unwrap_or(u32::MAX)
        };
        let rows: Vec<RowFacts> = c
            .sentences
            .iter()
            .map(|ch| {
                let (old_paragraph, new_paragraph) = c.paragraphs_of(ch);
                RowFacts {
                    label: Label::of_row(ch),
                    kind: ch.kind,
                    moved: ch.moved,
                    quiet: ch.is_quiet(),
                    significant: ch.is_significant(),
                    has_quote: ch.old.iter().any(|&o| old_quoted[o])
                        || ch.new.iter().any(|&n| new_quoted[n]),
                    starts_paragraph: match (ch.new.first(), ch.old.first()) {
                        (Some(&n), _) => c.new.starts_paragraph(n),
                        (None, Some(&o)) => c.old.starts_paragraph(o),
                        (None, None) => false,
                    },
                    old_paragraph,
                    new_paragraph,
                    move_block: ch.move_block,
                    old_len: len(&c.old, &ch.old),
                    new_len: len(&c.new, &ch.new),
                }
            })
            .collect();
        let mut row_of_old = vec![usize::MAX; c.old.sentences.len()];
        for (index, change) in c.sentences.iter().enumerate() {
            for &o in &change.old {
                row_of_old[o] = index;
            }
        }
        let quotes = c.quotes.iter().map(Label::of_quote).collect();
        let blocks = blocks(&rows);
        let changes = (0..rows.len()).filter(|&i| rows[i].is_change()).collect();
        Self {
            comparison,
            rows,
            quotes,
            row_of_old,
            blocks,
            changes,
        }
    }

    /// The rows that changed (all but the unchanged ones in place), in display order.
    pub fn changes(&self) -> &[usize] {
        &self.changes
    }

    /// The changes a reader steps through under `filter` (its rows that changed), in
    /// display order.
    pub fn steps(&self, filter: Filter) -> std::borrow::Cow<'_, [usize]> {
        match filter {
            Filter::All | Filter::Changes => std::borrow::Cow::Borrowed(&self.changes),
            _ => self
                .changes
                .iter()
                .copied()
                .filter(|&i| filter.shows(&self.rows[i]))
                .collect(),
        }
    }

    /// The rows that changed what the story says (see [`RowFacts::changes_meaning`]).
    pub fn meaning_changes(&self) -> Vec<usize> {
        self.steps(Filter::Significant).into_owned()
    }

    /// Where row `index` stands among the changes: `Some(k)` for the k-th change, from 0.
    pub fn change_number(&self, index: usize) -> Option<usize> {
        self.changes.binary_search(&index).ok()
    }

    /// The blocks of rows that moved together, in display order.
    pub fn blocks(&self) -> &[MoveBlock] {
        &self.blocks
    }

    /// The block that row `index` opens, if it is the first row of one.
    pub fn block_starting_at(&self, index: usize) -> Option<&MoveBlock> {
        self.block_of(index).filter(|b| b.rows.start == index)
    }

    /// The old text of the rows of a block, joined by spaces.
    pub fn block_old_text(&self, block: &MoveBlock) -> String {
        let c = &self.comparison;
        block
            .rows
            .clone()
            .map(|i| c.old.joined(&c.sentences[i].old))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The block of row `index`, if it moved.
    pub fn block_of(&self, index: usize) -> Option<&MoveBlock> {
        self.rows
            .get(index)
            .and_then(|r| r.move_block)
            .and_then(|b| self.blocks.get(b))
    }

    /// The comparison itself.
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// The comparison presented, given back.
    pub fn into_comparison(self) -> Comparison {
        self.comparison
    }

    /// The facts of every row, in display order.
    pub fn rows(&self) -> &[RowFacts] {
        &self.rows
    }

    /// The label of every quotation change, in display order.
    pub fn quote_labels(&self) -> &[Label] {
        &self.quotes
    }

    /// The row that holds old sentence `id`.
    pub fn row_of_old(&self, id: usize) -> Option<usize> {
        self.row_of_old
            .get(id)
            .copied()
            .filter(|&r| r != usize::MAX)
    }

    /// The row that holds quotation `id` of the old (`old` is `true`) or new version.
    pub fn row_of_quote(&self, old: bool, id: usize) -> Option<usize> {
        let c = &self.comparison;
        let doc = if old { &c.old } else { &c.new };
        let sentence = doc.quotes.get(id)?.sentence;
        if old {
            self.row_of_old(sentence)
        } else {
            c.row_of_sentence(false, sentence)
        }
    }

    /// `old → new`: the names of the two versions.
    pub fn headline(&self) -> String {
        format!(
            "{} → {}",
            self.comparison.old.name, self.comparison.new.name
        )
    }

    /// The rows of each label, in [`Label::ALL`] order (unchanged counts the rows in
    /// place only; a new speaker is not a row's label).
    pub fn row_counts(&self) -> Vec<(Label, usize)> {
        let s = &self.comparison.summary;
        vec![
            (Label::Unchanged, self.comparison.unchanged_in_place()),
            (Label::Moved, s.moved),
            (Label::Edited, s.edited),
            (Label::Split, s.split),
            (Label::Merged, s.merged),
            (Label::Added, s.added),
            (Label::Removed, s.removed),
        ]
    }

    /// The quotation changes of each kind: unchanged (in place, same speaker), moved,
    /// edited, added, removed, new speaker.
    pub fn quote_counts(&self) -> Vec<(Label, usize)> {
        let s = &self.comparison.summary;
        let quiet = self
            .comparison
            .quotes
            .iter()
            .filter(|q| q.is_quiet())
            .count();
        vec![
            (Label::Unchanged, quiet),
            (Label::Moved, s.quotes_moved),
            (Label::Edited, s.quotes_edited),
            (Label::Added, s.quotes_added),
            (Label::Removed, s.quotes_removed),
            (Label::NewSpeaker, s.quotes_speaker_changed),
        ]
    }

    /// The notes a quotation change carries beside its label ("moved" when it moved but
    /// is labelled for something else).
    pub fn quote_notes(&self, index: usize) -> Vec<Label> {
        let (Some(q), Some(&label)) = (self.comparison.quotes.get(index), self.quotes.get(index))
        else {
            return Vec::new();
        };
        let mut notes = Vec::new();
        if q.moved && label != Label::Moved {
            notes.push(Label::Moved);
        }
        notes
    }
}

/// The move blocks of `rows`, gathered from each row's block number.
fn blocks(rows: &[RowFacts]) -> Vec<MoveBlock> {
    let mut out: Vec<MoveBlock> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let Some(block) = row.move_block else {
            continue;
        };
        let (from, to) = (
            row.old_paragraph.unwrap_or(0),
            row.new_paragraph.unwrap_or(0),
        );
        match out.get_mut(block) {
            Some(b) => {
                b.rows.end = index + 1;
                b.from.1 = from;
                b.to.1 = to;
            }
            None => out.push(MoveBlock {
                rows: index..index + 1,
                from: (from, from),
                to: (to, to),
            }),
        }
    }
    out
}

/// The options in words, in one order: "case matters", "punctuation matters", "typography
/// matters", "similarity threshold 0.50", "moves detected".
pub fn option_phrases(o: &Options) -> [String; 6] {
    let pick = |on: bool, yes: &str, no: &str| if on { yes } else { no }.to_owned();
    [
        pick(o.ignore_case, "case ignored", "case matters"),
        pick(
            o.ignore_punctuation,
            "punctuation ignored",
            "punctuation matters",
        ),
        pick(
            o.normalize_typography,
            "typography normalised",
            "typography matters",
        ),
        format!("similarity threshold {:.2}", o.similarity_threshold),
        pick(o.detect_moves, "moves detected", "moves not detected"),
        pick(
            o.pair_in_place,
            "rewrites paired in place",
            "pairs at the threshold only",
        ),
    ]
}

/// The note shown when the time budget cut the comparison short.
pub const APPROXIMATE: &str =
    "Approximate: the time budget ran out before every pairing was tried.";

/// A line about one version: name, title, date, encoding, format and counts.
pub fn describe(doc: &Document) -> String {
    let mut parts = vec![doc.name.clone()];
    if let Some(title) = &doc.title {
        parts.push(format!("“{title}”"));
    }
    if let Some(modified) = doc.modified {
        parts.push(format!("modified {}", utc_minutes(modified)));
    }
    parts.push(match doc.format.is_text() {
        true => format!("{} {}", doc.encoding, doc.format.name()),
        false => doc.format.name().to_owned(),
    });
    parts.push(format!(
        "{} sentences, {} quotations",
        doc.sentences.len(),
        doc.quotes.len()
    ));
    parts.join(" · ")
}

/// A time as `2026-11-26 13:59 UTC`.
fn utc_minutes(time: std::time::SystemTime) -> String {
    let stamp = humantime::format_rfc3339_seconds(time).to_string();
    let minutes = stamp.get(..16).unwrap_or(&stamp);
    format!("{} UTC", minutes.replace('T', " "))
}

/// How sure a speaker is, in words, when it is not named or described in the quotation's
/// own sentence: "resolved from “he”", "not named here: from the quotations around it".
pub fn speaker_basis_note(basis: Option<crate::text::Basis>) -> Option<&'static str> {
    match basis? {
        crate::text::Basis::Named | crate::text::Basis::Described => None,
        crate::text::Basis::Pronoun => {
            Some("resolved from a pronoun (he, she, they) to the person named before")
        }
        crate::text::Basis::Role => {
            Some("resolved from a role (the minister) to the person named with it before")
        }
        crate::text::Basis::Context => {
            Some("not named in its sentence: taken from the quotations and sentences around it")
        }
    }
}

/// `speaker`, or "no speaker" when nobody is named.
pub fn speaker_or_nobody(speaker: Option<&str>) -> &str {
    speaker.unwrap_or("no speaker")
}

/// The speaker line of a quotation change: "Putin → Dmitry Peskov" when it changed, else
/// the speaker a reader sees.
pub fn speaker_line(q: &QuoteChange) -> String {
    if q.speaker_changed {
        format!(
            "{} → {}",
            speaker_or_nobody(q.old_speaker.as_deref()),
            speaker_or_nobody(q.new_speaker.as_deref())
        )
    } else {
        speaker_or_nobody(q.speaker()).to_owned()
    }
}

/// Where a block came from, with `¶` for paragraph: "moved from ¶5", or "moved from ¶5,
/// with the next 2" for a block of three rows.
pub fn moved_from(block: &MoveBlock) -> String {
    match block.len() {
        1 => format!("moved from ¶{}", block.from.0),
        2 => format!("moved from ¶{}, with the next", block.from.0),
        n => format!("moved from ¶{}, with the next {}", block.from.0, n - 1),
    }
}

/// The note of a split or merged row ("split into 2", "merged from 3"), if it is one.
pub fn run_note(change: &SentenceChange) -> Option<String> {
    match change.kind {
        crate::comparison::Kind::Split => Some(format!("split into {}", change.new.len())),
        crate::comparison::Kind::Merged => Some(format!("merged from {}", change.old.len())),
        _ => None,
    }
}

/// `text` on one line: every run of white space becomes one space (a run at either end
/// too, so that pieces of a word diff still join up).
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// `text` with its first letter in capitals.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// At most `max` chars of `text`, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_folds_white_space_and_keeps_edges() {
        assert_eq!(one_line("a\n b\t\tc"), "a b c");
        assert_eq!(one_line("then "), "then ");
        assert_eq!(one_line(" \n "), " ");
        assert_eq!(one_line(""), "");
    }

    #[test]
    fn shortens_by_chars() {
        assert_eq!(shorten("Grüße", 3), "Grü…");
        assert_eq!(shorten("abc", 3), "abc");
    }
}
