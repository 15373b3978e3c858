//! Comparing two versions: which sentences were kept, edited, added, removed, moved,
//! split or merged, and what happened to every quotation.
//!
//! Sentences and quotations go through the same [`pairing`] pipeline:
//! 1. items are compared by a key (see [`normalize`]); equal keys pair up ([`exact`]);
//! 2. what is left pairs by similarity of words: first in order between the exact pairs
//!    that stayed, as a passage is rewritten where it stands ([`gaps`]), then anywhere:
//!    edited items, even far apart, and (for sentences) one split in several or several
//!    merged into one ([`fuzzy`]), each confirmed by a word-level diff ([`words`]) against
//!    the similarity threshold;
//! 3. pairs outside a largest order-preserving subset moved ([`moves`]).
//!
//! [`sentences`] and [`quotes`] then say what each pair is and put the changes in display
//! order ([`order`]); [`meaning`] flags the edits that change what the story says; the
//! result is the hand-off, a [`Comparison`].
//!
//! No step is quadratic in the number of sentences, and `similar` runs under a deadline:
//! when it is hit, by the alignment or by the word diff of any pair, the comparison is
//! marked approximate rather than running on.

mod exact;
mod fuzzy;
mod gaps;
pub mod meaning;
pub mod moves;
mod myers;
pub mod normalize;
mod order;
mod pairing;
mod quotes;
mod sentences;
pub mod verify;
pub mod words;

use std::time::{Duration, Instant};

use crate::comparison::{Changes, Comparison, Options, Summary};
use crate::document::Document;

/// How long a comparison may take before it settles for an approximate answer.
pub const TIME_BUDGET: Duration = Duration::from_secs(10);

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
    let changes = changes(&old, &new, options, deadline);
    Comparison::new(old, new, *options, changes)
}

/// What comparing `old` with `new` finds; past `deadline` it is marked approximate.
pub fn changes(
    old: &Document,
    new: &Document,
    options: &Options,
    deadline: Option<Instant>,
) -> Changes {
    // Quotations are compared on a second thread while the sentences are.
    let ((mut quotes, quotes_approximate), (mut sentences, sentences_approximate)) =
        crate::parallel::join(
            "compare-quotes",
            || quotes::changes(old, new, options, deadline),
            || sentences::rows(old, new, options, deadline),
        );
    quotes::settle_speakers(old, new, &sentences, &mut quotes);
    meaning::flag(old, new, &mut sentences, &mut quotes);
    // Any stage that met the deadline (a word diff inside a pair too) stopped early.
    let late = deadline.is_some_and(|d| Instant::now() > d);
    let summary = Summary::count(old, new, &sentences, &quotes);
    Changes {
        sentences,
        quotes,
        summary,
        approximate: sentences_approximate || quotes_approximate || late,
    }
}
