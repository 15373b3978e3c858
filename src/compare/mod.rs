//! Comparing two versions: which sentences were kept, edited, added, removed, moved,
//! split or merged, and what happened to every quotation.
//!
//! 1. Sentences are compared by a key (see [`normalize`]); equal keys pair up
//!    ([`exact`]).
//! 2. What is left pairs by similarity of words: edited sentences, even far apart,
//!    and sentences split in several or merged into one ([`fuzzy`]), confirmed by a
//!    word-level diff ([`words`]) against the similarity threshold.
//! 3. Pairs outside a largest order-preserving subset moved ([`moves`]).
//! 4. Rows are put in display order ([`order`]); quotations get the same treatment
//!    ([`quotes`]).
//!
//! No step is quadratic in the number of sentences, and `similar` runs under a deadline:
//! when it is hit, the comparison is marked approximate rather than running on.

mod exact;
mod fuzzy;
pub mod moves;
pub mod normalize;
mod order;
mod quotes;
pub mod verify;
pub mod words;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::document::Document;
pub use words::{Op, WordOp};

/// How long a comparison may take before it settles for an approximate answer.
pub const TIME_BUDGET: Duration = Duration::from_secs(10);

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
}

impl Default for Options {
    fn default() -> Self {
        Self {
            ignore_case: false,
            ignore_punctuation: false,
            normalize_typography: false,
            similarity_threshold: 0.5,
            detect_moves: true,
        }
    }
}

/// What happened to a sentence or a group of sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// Share of words kept, 1 for unchanged; none for added and removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level diff, for edited, split and merged rows.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordOp>,
}

/// What happened to a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}

impl Summary {
    /// `true` when the two versions differ in any way the options see.
    pub fn differs(&self) -> bool {
        self.edited + self.added + self.removed + self.split + self.merged + self.moved > 0
            || self.quotes_edited + self.quotes_added + self.quotes_removed > 0
            || self.quotes_moved + self.quotes_speaker_changed > 0
    }
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

/// Compares two versions, giving up on perfection after [`TIME_BUDGET`].
pub fn compare(old: Document, new: Document, options: &Options) -> Comparison {
    compare_until(old, new, options, Some(Instant::now() + TIME_BUDGET))
}

/// Compares two versions; past `deadline` the result is marked approximate.
pub fn compare_until(
    old: Document,
    new: Document,
    options: &Options,
    deadline: Option<Instant>,
) -> Comparison {
    // Quotations are compared on a second thread while the sentences are.
    let ((sentences, sentences_approximate), (quotes, quotes_approximate)) =
        std::thread::scope(|scope| {
            let quotes = std::thread::Builder::new()
                .name("compare-quotes".into())
                .spawn_scoped(scope, || quotes::compare(&old, &new, options, deadline));
            let sentences = compare_sentences(&old, &new, options, deadline);
            let quotes = match quotes {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| quotes::compare(&old, &new, options, deadline)),
                Err(_) => quotes::compare(&old, &new, options, deadline),
            };
            (sentences, quotes)
        });
    let summary = summarize(&old, &new, &sentences, &quotes);
    Comparison {
        options: *options,
        old,
        new,
        sentences,
        quotes,
        summary,
        approximate: sentences_approximate || quotes_approximate,
    }
}

/// A matched group of sentences before it becomes a row.
struct Group {
    old: Vec<usize>,
    new: Vec<usize>,
    kind: Kind,
    similarity: f64,
    words: Vec<WordOp>,
}

fn compare_sentences(
    old: &Document,
    new: &Document,
    options: &Options,
    deadline: Option<Instant>,
) -> (Vec<SentenceChange>, bool) {
    let old_text = |i: usize| old.sentence_text(i);
    let new_text = |j: usize| new.sentence_text(j);
    let keyed = |doc| sentence_keys(doc, options);
    let ((old_normal, old_keys), (new_normal, new_keys)) = std::thread::scope(|scope| {
        let old_side = std::thread::Builder::new()
            .name("keys-old".into())
            .spawn_scoped(scope, || keyed(old));
        let new_side = keyed(new);
        let old_side = match old_side {
            Ok(handle) => handle.join().unwrap_or_else(|_| keyed(old)),
            Err(_) => keyed(old),
        };
        (old_side, new_side)
    });
    let same = |i: usize, j: usize| old_normal[i] == new_normal[j];
    let (exact_pairs, mut approximate) = exact::pairs(&old_keys, &new_keys, same, deadline);

    let mut groups: Vec<Group> = exact_pairs
        .into_iter()
        .map(|(i, j)| Group {
            old: vec![i],
            new: vec![j],
            kind: Kind::Unchanged,
            similarity: 1.0,
            words: Vec::new(),
        })
        .collect();
    let mut old_free = vec![true; old.sentences.len()];
    let mut new_free = vec![true; new.sentences.len()];
    for g in &groups {
        g.old.iter().for_each(|&i| old_free[i] = false);
        g.new.iter().for_each(|&j| new_free[j] = false);
    }

    let bags = |doc: &Document, free: &[bool]| -> Vec<Vec<u64>> {
        (0..doc.sentences.len())
            .map(|i| {
                if free[i] {
                    words::bag(doc.sentence_text(i), options)
                } else {
                    Vec::new()
                }
            })
            .collect()
    };
    let old_bags = bags(old, &old_free);
    let new_bags = bags(new, &new_free);
    let unmatched = fuzzy::Unmatched {
        old_bags: &old_bags,
        new_bags: &new_bags,
        old_free: &old_free,
        new_free: &new_free,
    };
    let (proposals, fuzzy_approximate) = fuzzy::propose(
        &unmatched,
        options.similarity_threshold * 0.8,
        true,
        deadline,
    );
    approximate |= fuzzy_approximate;
    for proposal in proposals {
        let old_joined = join(old, &proposal.old);
        let new_joined = join(new, &proposal.new);
        let diff = words::diff(&old_joined, &new_joined, options, deadline);
        if diff.similarity < options.similarity_threshold {
            continue;
        }
        let kind = match (proposal.old.len(), proposal.new.len()) {
            (1, 1) => Kind::Edited,
            (1, _) => Kind::Split,
            _ => Kind::Merged,
        };
        proposal.old.iter().for_each(|&i| old_free[i] = false);
        proposal.new.iter().for_each(|&j| new_free[j] = false);
        groups.push(Group {
            old: proposal.old,
            new: proposal.new,
            kind,
            similarity: diff.similarity,
            words: diff.ops,
        });
    }

    let weight = |g: &Group| -> u64 {
        let old_len: usize = g.old.iter().map(|&i| old_text(i).len()).sum();
        let new_len: usize = g.new.iter().map(|&j| new_text(j).len()).sum();
        (old_len + new_len) as u64
    };
    let pairs: Vec<moves::Pair> = groups
        .iter()
        .map(|g| moves::Pair {
            old: g.old[0],
            new: g.new[0],
            weight: weight(g),
        })
        .collect();
    let in_place = moves::in_place(&pairs);

    let mut changes: Vec<SentenceChange> =
        Vec::with_capacity(old.sentences.len() + new.sentences.len());
    for (group, stays) in groups.into_iter().zip(in_place) {
        if !stays && !options.detect_moves {
            group.old.iter().for_each(|&i| old_free[i] = true);
            group.new.iter().for_each(|&j| new_free[j] = true);
            continue;
        }
        changes.push(SentenceChange {
            kind: group.kind,
            old: group.old,
            new: group.new,
            moved: !stays,
            similarity: Some(group.similarity),
            words: group.words,
        });
    }
    for (i, _) in old_free.iter().enumerate().filter(|(_, free)| **free) {
        changes.push(lone(Kind::Removed, vec![i], Vec::new()));
    }
    for (j, _) in new_free.iter().enumerate().filter(|(_, free)| **free) {
        changes.push(lone(Kind::Added, Vec::new(), vec![j]));
    }
    let ids: Vec<(&[usize], &[usize])> = changes
        .iter()
        .map(|c| (c.old.as_slice(), c.new.as_slice()))
        .collect();
    let order = order::display_order(&ids, old.sentences.len(), new.sentences.len());
    (reorder(changes, &order), approximate)
}

/// The normal form and key of every sentence of `doc`.
fn sentence_keys<'a>(
    doc: &'a Document,
    options: &Options,
) -> (Vec<std::borrow::Cow<'a, str>>, Vec<u64>) {
    let normal: Vec<_> = (0..doc.sentences.len())
        .map(|i| normalize::normal_form(doc.sentence_text(i), options))
        .collect();
    let keys = normal.iter().map(|n| normalize::hash(n)).collect();
    (normal, keys)
}

/// `similar`'s Myers diff of `a` against `b`, computed the same way whichever side is
/// which: among the many shortest edit scripts of repeated items, the one chosen must not
/// depend on which version is called old, so that comparing the other way round mirrors
/// the result.
fn myers(a: &[u64], b: &[u64], deadline: Option<Instant>) -> Vec<similar::DiffOp> {
    use similar::{Algorithm, DiffOp};
    if a <= b {
        return similar::capture_diff_deadline(
            Algorithm::Myers,
            a,
            0..a.len(),
            b,
            0..b.len(),
            deadline,
        );
    }
    similar::capture_diff_deadline(Algorithm::Myers, b, 0..b.len(), a, 0..a.len(), deadline)
        .into_iter()
        .map(|op| match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => DiffOp::Equal {
                old_index: new_index,
                new_index: old_index,
                len,
            },
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => DiffOp::Insert {
                old_index: new_index,
                new_index: old_index,
                new_len: old_len,
            },
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => DiffOp::Delete {
                old_index: new_index,
                old_len: new_len,
                new_index: old_index,
            },
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => DiffOp::Replace {
                old_index: new_index,
                old_len: new_len,
                new_index: old_index,
                new_len: old_len,
            },
        })
        .collect()
}

/// An added or removed row.
fn lone(kind: Kind, old: Vec<usize>, new: Vec<usize>) -> SentenceChange {
    SentenceChange {
        kind,
        old,
        new,
        moved: false,
        similarity: None,
        words: Vec::new(),
    }
}

/// The text of consecutive sentences, joined by a space.
fn join(doc: &Document, ids: &[usize]) -> String {
    ids.iter()
        .map(|&i| doc.sentence_text(i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `items` in the given order (a permutation of their indices).
fn reorder<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i)?.take())
        .collect()
}

fn summarize(
    old: &Document,
    new: &Document,
    sentences: &[SentenceChange],
    quotes: &[QuoteChange],
) -> Summary {
    let mut s = Summary {
        old_sentences: old.sentences.len(),
        new_sentences: new.sentences.len(),
        old_quotes: old.quotes.len(),
        new_quotes: new.quotes.len(),
        ..Summary::default()
    };
    for change in sentences {
        let count = match change.kind {
            Kind::Unchanged => &mut s.unchanged,
            Kind::Edited => &mut s.edited,
            Kind::Added => &mut s.added,
            Kind::Removed => &mut s.removed,
            Kind::Split => &mut s.split,
            Kind::Merged => &mut s.merged,
        };
        *count += 1;
        s.moved += usize::from(change.moved);
    }
    for change in quotes {
        let count = match change.kind {
            QuoteKind::Unchanged => &mut s.quotes_unchanged,
            QuoteKind::Edited => &mut s.quotes_edited,
            QuoteKind::Added => &mut s.quotes_added,
            QuoteKind::Removed => &mut s.quotes_removed,
        };
        *count += 1;
        s.quotes_moved += usize::from(change.moved);
        s.quotes_speaker_changed += usize::from(change.speaker_changed);
    }
    s
}
