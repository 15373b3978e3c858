//! Word-level diffs and the similarity of two sentences.
//!
//! Text is cut at Unicode word boundaries (UAX #29, `unicode-segmentation`) into words and
//! punctuation marks, each carrying the spaces after it, so that the pieces rebuild the
//! text exactly. Two texts are diffed with `similar`'s Myers algorithm over those pieces,
//! each piece compared by its key under the options (trailing space aside); Myers gives the shortest edit script, which is what a reader
//! expects inside one sentence. **Similarity** is the share of words kept:
//! `2 × words in equal runs / (words in old + words in new)`, where a word is a piece with
//! a letter or digit in it (the word-level counterpart of difflib's ratio). Bags of word
//! keys give a cheap estimate of it (the Dice coefficient) when looking for candidates.

use std::borrow::Cow;
use std::time::Instant;

use similar::DiffOp;
use unicode_segmentation::UnicodeSegmentation as _;

use super::{myers, normalize};
use crate::comparison::{Op, Options, WordOp};

/// A word-level diff and the similarity it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct WordDiff {
    /// Runs that rebuild the old text (equal + delete) and the new text (equal + insert).
    pub ops: Vec<WordOp>,
    /// Share of words kept, from 0 to 1.
    pub similarity: f64,
}

/// The pieces of `text`: words and punctuation marks, each with the white space after it
/// (white space at the very start is a piece of its own); they concatenate back to `text`.
/// Keeping spaces out of the alignment makes it align words, not the gaps between them.
pub fn pieces(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, piece) in text.split_word_bound_indices() {
        let blank = piece.chars().all(char::is_whitespace);
        if at > start && !blank {
            out.push(&text[start..at]);
            start = at;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `true` when a piece is a word (has a letter or digit).
pub fn is_word(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// The sorted keys of the words of `text`, lower-cased: a bag for quick similarity.
pub fn bag(text: &str, options: &Options) -> Vec<u64> {
    let bag_options = Options {
        ignore_case: true,
        ..*options
    };
    let mut keys: Vec<u64> = text
        .unicode_words()
        .map(|w| normalize::key(&singular(w), &bag_options))
        .collect();
    keys.sort_unstable();
    keys
}

/// An English plural as its singular, for bags of words (`activities` → `activity`,
/// `LLMs` → `LLM`, `boxes` → `box`): the same word counts once whatever its number. Short
/// words and words ending in `ss`, `us` or `is` stay as they are.
pub fn singular(word: &str) -> Cow<'_, str> {
    if word.len() <= 3 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let ends = |suffix: &&str| {
        word.len() >= suffix.len() + 2
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if ends(&"ies") {
        return Cow::Owned(format!("{}y", &word[..word.len() - 3]));
    }
    if ["sses", "xes", "ches", "shes"].iter().any(ends) {
        return Cow::Borrowed(&word[..word.len() - 2]);
    }
    if ends(&"s") && !["ss", "us", "is"].iter().any(ends) {
        return Cow::Borrowed(&word[..word.len() - 1]);
    }
    Cow::Borrowed(word)
}

/// How much two texts share their content words whatever the order and case: the Dice
/// coefficient of their bags of words without [`STOP_WORDS`]. A sentence whose words were
/// reordered (`one broken link may end the visit` → `the visit may end at one broken link`)
/// or recased (`Javascript` → `JavaScript`) shares them all.
///
/// [`STOP_WORDS`]: crate::text::lexicon::STOP_WORDS
pub fn content_similarity(old: &str, new: &str, options: &Options) -> f64 {
    let (a, b) = (content_keys(old, options), content_keys(new, options));
    if a.len() + b.len() < 4 {
        return 0.0;
    }
    dice(&a, &b)
}

/// The content words of `text` (no stop words, any case) as a sorted bag of keys, for
/// [`dice`].
pub fn content_keys(text: &str, options: &Options) -> Vec<u64> {
    let options = Options {
        ignore_case: true,
        ..*options
    };
    let mut keys: Vec<u64> = text
        .unicode_words()
        .filter(|w| !crate::text::lexicon::STOP_WORDS.contains(w))
        .map(|w| normalize::key(&singular(w), &options))
        .collect();
    keys.sort_unstable();
    keys
}

/// The Dice coefficient of two sorted bags: `2 × shared / (len a + len b)`.
pub fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// How many keys two sorted bags share (with multiplicity).
pub fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// Diffs `old` and `new` word by word. Pieces that match only under the options (a change
/// of case with `ignore_case`) count as kept but are shown as deleted and inserted, so that
/// the runs always rebuild both texts exactly.
pub fn diff(old: &str, new: &str, options: &Options, deadline: Option<Instant>) -> WordDiff {
    let head = common_head(old, new);
    let tail = common_tail(&old[head..], &new[head..]);
    let (old_middle, new_middle) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
    let old_pieces = pieces(old_middle);
    let new_pieces = pieces(new_middle);
    let old_keys: Vec<u64> = old_pieces.iter().map(|p| piece_key(p, options)).collect();
    let new_keys: Vec<u64> = new_pieces.iter().map(|p| piece_key(p, options)).collect();
    let ops = myers::diff(&old_keys, &new_keys, deadline);
    let mut builder = Builder::default();
    builder.push(Op::Equal, &old[..head]);
    let shared_words = count_words(&old[..head]) + count_words(&old[old.len() - tail..]);
    let mut kept_words = shared_words;
    for op in ops {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (a, b) = (old_pieces[old_index + k], new_pieces[new_index + k]);
                    kept_words += usize::from(is_word(a));
                    let (a_core, b_core) = (a.trim_end(), b.trim_end());
                    if a == b {
                        builder.push(Op::Equal, a);
                    } else if a_core == b_core {
                        builder.push(Op::Equal, a_core);
                        builder.push(Op::Delete, &a[a_core.len()..]);
                        builder.push(Op::Insert, &b[b_core.len()..]);
                    } else {
                        builder.push(Op::Delete, a);
                        builder.push(Op::Insert, b);
                    }
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => builder.extend(Op::Delete, &old_pieces[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => builder.extend(Op::Insert, &new_pieces[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                builder.extend(Op::Delete, &old_pieces[old_index..old_index + old_len]);
                builder.extend(Op::Insert, &new_pieces[new_index..new_index + new_len]);
            }
        }
    }
    builder.push(Op::Equal, &old[old.len() - tail..]);
    let words = 2 * shared_words
        + old_pieces.iter().filter(|p| is_word(p)).count()
        + new_pieces.iter().filter(|p| is_word(p)).count();
    let similarity = if words == 0 {
        if normalize::same(old, new, options) {
            1.0
        } else {
            0.0
        }
    } else {
        2.0 * kept_words as f64 / words as f64
    };
    WordDiff {
        ops: builder.finish(),
        similarity,
    }
}

/// The length of the longest common prefix of `old` and `new` that ends where a piece
/// starts in both. Diffing only what lies between the common head and tail keeps a
/// one-word change in a 20 MB run-on sentence cheap.
fn common_head(old: &str, new: &str) -> usize {
    let mut at = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while at > 0 && !(piece_starts(old, at) && piece_starts(new, at)) {
        at -= 1;
    }
    at
}

/// The length of the longest common suffix of `old` and `new` that starts where a piece
/// starts in both.
fn common_tail(old: &str, new: &str) -> usize {
    let mut len = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    while len > 0 && !(piece_starts(old, old.len() - len) && piece_starts(new, new.len() - len)) {
        len -= 1;
    }
    len
}

/// `true` when a piece starts at byte `at` of `text`: white space before, none after.
fn piece_starts(text: &str, at: usize) -> bool {
    text.is_char_boundary(at)
        && text[..at].ends_with(char::is_whitespace)
        && text[at..].starts_with(|c: char| !c.is_whitespace())
}

/// How many words (pieces with a letter or digit) `text` has.
fn count_words(text: &str) -> usize {
    text.split_word_bounds().filter(|s| is_word(s)).count()
}

/// The key of one piece: its normalised text; all punctuation is alike when punctuation is
/// ignored.
fn piece_key(piece: &str, options: &Options) -> u64 {
    let piece = piece.trim_end();
    if options.ignore_punctuation && !is_word(piece) && !piece.is_empty() {
        return 0;
    }
    normalize::key(piece, options)
}

/// Collects pieces into runs: adjacent pieces with the same op join; inside a change,
/// deletions come before insertions; a space or punctuation mark alone between two
/// changes joins them rather than splitting them into many small runs.
#[derive(Default)]
struct Builder<'a> {
    /// Pieces in diff order.
    pieces: Vec<(Op, &'a str)>,
}

impl<'a> Builder<'a> {
    fn push(&mut self, op: Op, text: &'a str) {
        if !text.is_empty() {
            self.pieces.push((op, text));
        }
    }

    fn extend(&mut self, op: Op, texts: &[&'a str]) {
        for text in texts {
            self.push(op, text);
        }
    }

    fn finish(self) -> Vec<WordOp> {
        let pieces = absorb_lone_separators(self.pieces);
        let mut out: Vec<WordOp> = Vec::new();
        let mut deleted = String::new();
        let mut inserted = String::new();
        let flush = |out: &mut Vec<WordOp>, deleted: &mut String, inserted: &mut String| {
            for (op, text) in [(Op::Delete, deleted), (Op::Insert, inserted)] {
                if !text.is_empty() {
                    out.push(WordOp {
                        op,
                        text: std::mem::take(text),
                    });
                }
            }
        };
        for (op, text) in pieces {
            match op {
                Op::Delete => deleted.push_str(text),
                Op::Insert => inserted.push_str(text),
                Op::Equal => {
                    flush(&mut out, &mut deleted, &mut inserted);
                    match out.last_mut() {
                        Some(last) if last.op == Op::Equal => last.text.push_str(text),
                        _ => out.push(WordOp {
                            op,
                            text: text.to_owned(),
                        }),
                    }
                }
            }
        }
        flush(&mut out, &mut deleted, &mut inserted);
        out
    }
}

/// Turns an equal piece that is only a space or punctuation, standing between two changed
/// pieces, into a deletion and an insertion, so that `could not` replacing `couldn’t`
/// reads as one change rather than three.
fn absorb_lone_separators(pieces: Vec<(Op, &str)>) -> Vec<(Op, &str)> {
    let changed = |p: Option<&(Op, &str)>| p.is_some_and(|(op, _)| *op != Op::Equal);
    let mut out = Vec::with_capacity(pieces.len());
    for (i, &(op, text)) in pieces.iter().enumerate() {
        let lone = op == Op::Equal
            && !is_word(text)
            && changed(i.checked_sub(1).and_then(|j| pieces.get(j)))
            && changed(pieces.get(i + 1));
        if lone {
            out.push((Op::Delete, text));
            out.push((Op::Insert, text));
        } else {
            out.push((op, text));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::rebuild;

    fn ops(old: &str, new: &str) -> Vec<(Op, String)> {
        diff(old, new, &Options::default(), None)
            .ops
            .into_iter()
            .map(|o| (o.op, o.text))
            .collect()
    }

    #[test]
    fn plurals_count_as_their_singular() {
        let cases = [
            ("activities", "activity"),
            ("LLMs", "LLM"),
            ("boxes", "box"),
            ("matches", "match"),
            ("schedules", "schedule"),
            ("class", "class"),
            ("status", "status"),
            ("analysis", "analysis"),
            ("gas", "gas"),
            ("états", "états"),
        ];
        for (word, expected) in cases {
            assert_eq!(singular(word), expected, "{word}");
        }
        let options = Options::default();
        assert!(
            content_similarity(
                "Check out the schedule of activities here.",
                "For the activity schedule, see the calendar.",
                &options
            ) >= 0.5
        );
    }

    #[test]
    fn a_single_inserted_word() {
        assert_eq!(
            ops(
                "invent anything and put the blame",
                "invent anything and then put the blame"
            ),
            [
                (Op::Equal, "invent anything and ".to_owned()),
                (Op::Insert, "then ".to_owned()),
                (Op::Equal, "put the blame".to_owned()),
            ]
        );
    }

    #[test]
    fn a_replaced_phrase_reads_as_one_change() {
        let d = diff(
            "and couldn’t stand as evidence.",
            "and could not stand as evidence in any court.",
            &Options::default(),
            None,
        );
        assert_eq!(
            rebuild(&d.ops, Op::Delete),
            "and couldn’t stand as evidence."
        );
        assert_eq!(
            rebuild(&d.ops, Op::Insert),
            "and could not stand as evidence in any court."
        );
        assert_eq!(d.ops[1].op, Op::Delete);
        assert_eq!(d.ops[1].text.trim(), "couldn’t");
        assert_eq!(d.ops[2].text.trim(), "could not");
        assert!(
            (d.similarity - 2.0 * 4.0 / 14.0).abs() < 1e-9,
            "{}",
            d.similarity
        );
    }

    #[test]
    fn options_count_matches_but_show_the_change() {
        let options = Options {
            ignore_case: true,
            ..Options::default()
        };
        let d = diff("Hello world", "hello world", &options, None);
        assert_eq!(d.similarity, 1.0);
        assert_eq!(rebuild(&d.ops, Op::Insert), "hello world");
    }

    #[test]
    fn bags_estimate_similarity() {
        let o = Options::default();
        let a = bag("The cat sat on the mat", &o);
        let b = bag("the cat sat", &o);
        assert_eq!(shared(&a, &b), 3);
        assert!((dice(&a, &b) - 6.0 / 9.0).abs() < 1e-9);
    }
}
