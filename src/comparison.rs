//! The hand-off: two versions compared, as every consumer (reports, the presentation
//! model, the app, scripts through the JSON) receives it.
//!
//! [`compare`](crate::compare) fills it in; nothing downstream works it out again. Beside
//! the data, it answers the small questions every consumer asks: which rows are quiet,
//! where a change stands, what text a row holds.

use serde::{Deserialize, Serialize};

use crate::document::Document;

/// What decides the comparison (the spec's `options`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Case differences count as unchanged.
    pub ignore_case: bool,
    /// Punctuation-only differences count as unchanged.
    pub ignore_punctuation: bool,
    /// Curly vs straight quotes, dashes and ellipses count as unchanged.
    pub normalize_typography: bool,
    /// Below this similarity (0–1), two sentences are not a pair.
    pub similarity_threshold: f64,
    /// Find moved sentences; without it, a moved sentence is removed and added.
    pub detect_moves: bool,
    /// A sentence rewritten where it stands pairs at half the threshold (two labels or two
    /// blocks of code at any similarity); without it, every pair reaches the threshold.
    pub pair_in_place: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            ignore_case: false,
            ignore_punctuation: false,
            normalize_typography: false,
            similarity_threshold: 0.5,
            detect_moves: true,
            pair_in_place: true,
        }
    }
}

/// What happened to a sentence or a group of sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The same text in both versions.
    Unchanged,
    /// Reworded: one old sentence, one new.
    Edited,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// One old sentence became two or more consecutive new ones.
    Split,
    /// Two or more consecutive old sentences became one new one.
    Merged,
}

impl Kind {
    /// The name used in the JSON and CSV reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Edited => "edited",
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Split => "split",
            Self::Merged => "merged",
        }
    }
}

/// What a run of a word-level diff does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// A run of text of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordOp {
    /// What the run does.
    pub op: Op,
    /// The run's text, spaces and punctuation included.
    pub text: String,
}

/// Rebuilds the old (`Op::Delete`) or new (`Op::Insert`) text from diff runs.
pub fn rebuild(ops: &[WordOp], side: Op) -> String {
    ops.iter()
        .filter(|o| o.op == Op::Equal || o.op == side)
        .map(|o| o.text.as_str())
        .collect()
}

/// What an edit changed in what a story says (the spec's `Flag` kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FlagKind {
    /// A quantity appeared, disappeared or changed.
    Number,
    /// A date or time expression changed.
    Date,
    /// A proper name was added, dropped or replaced.
    Name,
    /// A negation appeared or disappeared.
    Negation,
    /// The reporting verb or its stance changed.
    Attribution,
    /// Certainty changed (a modal verb or a hedge).
    Modality,
    /// Words inside quotation marks changed.
    Quote,
    /// A quotation's speaker changed.
    Speaker,
}

impl FlagKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Self; 8] = [
        Self::Number,
        Self::Date,
        Self::Name,
        Self::Negation,
        Self::Attribution,
        Self::Modality,
        Self::Quote,
        Self::Speaker,
    ];

    /// The name used in the JSON and CSV reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Date => "date",
            Self::Name => "name",
            Self::Negation => "negation",
            Self::Attribution => "attribution",
            Self::Modality => "modality",
            Self::Quote => "quote",
            Self::Speaker => "speaker",
        }
    }
}

/// One change of meaning found in an edit: its kind and the words on either side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// What kind of meaning changed.
    pub kind: FlagKind,
    /// The words on the old side, or none when only added.
    pub old: Option<String>,
    /// The words on the new side, or none when only removed.
    pub new: Option<String>,
}

/// One row of the comparison (the spec's `SentenceChange`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceChange {
    /// What happened.
    pub kind: Kind,
    /// Old sentence ids.
    pub old: Vec<usize>,
    /// New sentence ids.
    pub new: Vec<usize>,
    /// Outside the largest order-preserving set of matched rows.
    pub moved: bool,
    /// For a moved row, the block of rows that moved together (consecutive in both
    /// versions), numbered from 0 in display order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub move_block: Option<usize>,
    /// Share of words kept, 1 for unchanged; none for added and removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level diff, for edited, split and merged rows.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordOp>,
    /// What the edit changed in the meaning, for edited, split and merged rows (empty
    /// when it only changed the wording); none for the other kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<Flag>>,
}

impl SentenceChange {
    /// An edit that changed what the story says.
    pub fn is_significant(&self) -> bool {
        self.flags.as_ref().is_some_and(|f| !f.is_empty())
    }

    /// Unchanged and in place: the rows a reader can skip.
    pub fn is_quiet(&self) -> bool {
        self.kind == Kind::Unchanged && !self.moved
    }
}

/// What happened to a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The same words.
    Unchanged,
    /// Words changed.
    Edited,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

impl QuoteKind {
    /// The name used in the JSON and CSV reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Edited => "edited",
            Self::Added => "added",
            Self::Removed => "removed",
        }
    }
}

/// One quotation of either version and what happened to it (the spec's `QuoteChange`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteChange {
    /// What happened to the words.
    pub kind: QuoteKind,
    /// Old quotation id.
    pub old: Option<usize>,
    /// New quotation id.
    pub new: Option<usize>,
    /// Outside the largest order-preserving set of matched quotations.
    pub moved: bool,
    /// The speaker was added, dropped or replaced.
    pub speaker_changed: bool,
    /// Speaker in the old version.
    pub old_speaker: Option<String>,
    /// Speaker in the new version.
    pub new_speaker: Option<String>,
    /// Share of words kept; none for added and removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level diff of the quoted words, for edited quotations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordOp>,
    /// What changed in the quotation's meaning, for edited quotations and those with a
    /// new speaker; none for the others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<Flag>>,
}

impl QuoteChange {
    /// The same words, in place, with the same speaker.
    pub fn is_quiet(&self) -> bool {
        self.kind == QuoteKind::Unchanged && !self.moved && !self.speaker_changed
    }

    /// The speaker a reader sees: the old one for a removed quotation, else the new one.
    pub fn speaker(&self) -> Option<&str> {
        if self.kind == QuoteKind::Removed {
            self.old_speaker.as_deref()
        } else {
            self.new_speaker.as_deref()
        }
    }
}

/// Counts that add up (the spec's `Summary`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sentences in the old version.
    pub old_sentences: usize,
    /// Sentences in the new version.
    pub new_sentences: usize,
    /// Rows of kind unchanged (moved or not).
    pub unchanged: usize,
    /// Rows of kind edited.
    pub edited: usize,
    /// Rows of kind added.
    pub added: usize,
    /// Rows of kind removed.
    pub removed: usize,
    /// Rows of kind split.
    pub split: usize,
    /// Rows of kind merged.
    pub merged: usize,
    /// Rows that moved.
    pub moved: usize,
    /// Quotations in the old version.
    pub old_quotes: usize,
    /// Quotations in the new version.
    pub new_quotes: usize,
    /// Quotations of kind unchanged.
    pub quotes_unchanged: usize,
    /// Quotations of kind edited.
    pub quotes_edited: usize,
    /// Quotations of kind added.
    pub quotes_added: usize,
    /// Quotations of kind removed.
    pub quotes_removed: usize,
    /// Quotations that moved.
    pub quotes_moved: usize,
    /// Quotations whose speaker changed.
    pub quotes_speaker_changed: usize,
    /// Rows whose edit changed what the story says (rows with flags).
    pub significant: usize,
}

impl Summary {
    /// Counts the rows and quotation changes of two documents' comparison.
    pub fn count(
        old: &Document,
        new: &Document,
        sentences: &[SentenceChange],
        quotes: &[QuoteChange],
    ) -> Self {
        let mut s = Self {
            old_sentences: old.sentences.len(),
            new_sentences: new.sentences.len(),
            old_quotes: old.quotes.len(),
            new_quotes: new.quotes.len(),
            ..Self::default()
        };
        for change in sentences {
            s.significant += usize::from(change.is_significant());
            *match change.kind {
                Kind::Unchanged => &mut s.unchanged,
                Kind::Edited => &mut s.edited,
                Kind::Added => &mut s.added,
                Kind::Removed => &mut s.removed,
                Kind::Split => &mut s.split,
                Kind::Merged => &mut s.merged,
            } += 1;
            s.moved += usize::from(change.moved);
        }
        for change in quotes {
            *match change.kind {
                QuoteKind::Unchanged => &mut s.quotes_unchanged,
                QuoteKind::Edited => &mut s.quotes_edited,
                QuoteKind::Added => &mut s.quotes_added,
                QuoteKind::Removed => &mut s.quotes_removed,
            } += 1;
            s.quotes_moved += usize::from(change.moved);
            s.quotes_speaker_changed += usize::from(change.speaker_changed);
        }
        s
    }

    /// `true` when the two versions differ in any way the options see.
    pub fn differs(&self) -> bool {
        self.edited + self.added + self.removed + self.split + self.merged + self.moved > 0
            || self.quotes_edited + self.quotes_added + self.quotes_removed > 0
            || self.quotes_moved + self.quotes_speaker_changed > 0
    }
}

/// What comparing two versions finds: a [`Comparison`] but for the versions, so that it
/// can be found while they are lent elsewhere (to be written out, say).
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    /// Sentence rows in display order.
    pub sentences: Vec<SentenceChange>,
    /// Quotation changes in display order.
    pub quotes: Vec<QuoteChange>,
    /// Counts.
    pub summary: Summary,
    /// The deadline was hit: the pairing may be incomplete.
    pub approximate: bool,
}

/// Two versions compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// What decided the comparison.
    pub options: Options,
    /// The old version.
    pub old: Document,
    /// The new version.
    pub new: Document,
    /// Sentence rows in display order.
    pub sentences: Vec<SentenceChange>,
    /// Quotation changes in display order.
    pub quotes: Vec<QuoteChange>,
    /// Counts.
    pub summary: Summary,
    /// The deadline was hit: the pairing may be incomplete.
    pub approximate: bool,
}

impl Comparison {
    /// The comparison of `old` with `new` under `options` that found `changes`.
    pub fn new(old: Document, new: Document, options: Options, changes: Changes) -> Self {
        Self {
            options,
            old,
            new,
            sentences: changes.sentences,
            quotes: changes.quotes,
            summary: changes.summary,
            approximate: changes.approximate,
        }
    }

    /// The paragraphs where `change` stands, counted from 1: in the old version and in the
    /// new, `None` on a side it is absent from (an added or removed sentence).
    pub fn paragraphs_of(&self, change: &SentenceChange) -> (Option<usize>, Option<usize>) {
        (
            change.old.first().map(|&o| self.old.paragraph_number(o)),
            change.new.first().map(|&n| self.new.paragraph_number(n)),
        )
    }

    /// The old (`old` is `true`) or new text of a row, its sentences joined by spaces.
    pub fn side_text(&self, change: &SentenceChange, old: bool) -> String {
        if old {
            self.old.joined(&change.old)
        } else {
            self.new.joined(&change.new)
        }
    }

    /// The text a reader sees for a row: the new text, or the old one for a removed row.
    pub fn row_text(&self, change: &SentenceChange) -> String {
        self.side_text(change, change.new.is_empty())
    }

    /// Rows that are unchanged and did not move.
    pub fn unchanged_in_place(&self) -> usize {
        self.sentences.iter().filter(|c| c.is_quiet()).count()
    }

    /// The row that holds sentence `id` of the old (`old` is `true`) or new version.
    pub fn row_of_sentence(&self, old: bool, id: usize) -> Option<usize> {
        self.sentences.iter().position(|change| {
            if old {
                change.old.contains(&id)
            } else {
                change.new.contains(&id)
            }
        })
    }
}
