//! Pairs what exact matching left over: edited sentences, splits and merges.
//!
//! Candidates come from an inverted index of rare words: each unmatched sentence looks up
//! at most [`ANCHOR_WORDS`] of its rarest words (words found in more than
//! [`MAX_POSTINGS`] sentences are not indexed) and keeps the [`CANDIDATES`] sentences of the
//! other side that share most of them, in both directions. Each candidate is scored with
//! the Dice coefficient of the two bags of words; a split is one old sentence against a run
//! of 2–5 consecutive new sentences (a merge the reverse), scored on the run's joined bag,
//! where each part must be mostly made of the other side's words. Proposals are accepted
//! greedily, best score first, each sentence at most once. Every step is linear in the
//! number of unmatched sentences, so a completely reshuffled document stays fast.

use std::time::Instant;

use rustc_hash::{FxHashMap, FxHashSet};

use super::words;

/// Words found in more unmatched sentences than this are not indexed.
const MAX_POSTINGS: usize = 64;
/// How many of a sentence's rarest words it looks up.
const ANCHOR_WORDS: usize = 8;
/// How many candidates a sentence keeps.
const CANDIDATES: usize = 6;
/// The longest run of sentences a split or merge may span.
pub const MAX_RUN: usize = 5;
/// A part of a split or merge must share at least this share of its words with the other side.
const MIN_CONTAINMENT: f64 = 0.5;

/// A proposed pairing of old and new sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Old sentence ids, consecutive.
    pub old: Vec<usize>,
    /// New sentence ids, consecutive.
    pub new: Vec<usize>,
    /// Estimated similarity (Dice of the bags).
    pub score: f64,
}

/// What an item is, for pairing: a block of code pairs only with code, and a line that
/// stands alone (a heading) starts no split or merge of prose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Class {
    /// A sentence of prose.
    #[default]
    Prose,
    /// A line standing alone without final punctuation: a heading, a list item, a caption.
    Line,
    /// A block of code.
    Code,
}

impl Class {
    /// The class of item `i` of a side (`classes` empty: all prose).
    pub fn of(classes: &[Class], i: usize) -> Class {
        classes.get(i).copied().unwrap_or_default()
    }

    /// `true` when an item of this class may pair with one of class `other`.
    pub fn pairs_with(self, other: Class) -> bool {
        (self == Class::Code) == (other == Class::Code)
    }

    /// `true` when the items `parts` of a side (ids into `classes`, in order) may together
    /// pair with an item of this class: each fit to pair with it, and no line before prose
    /// (a sentence may introduce a list, but a heading is no part of the prose after it).
    pub fn runs_with(self, classes: &[Class], parts: impl IntoIterator<Item = usize>) -> bool {
        let mut line_seen = false;
        parts.into_iter().all(|i| {
            let class = Class::of(classes, i);
            let fits = self.pairs_with(class) && !(line_seen && class == Class::Prose);
            line_seen |= class == Class::Line;
            fits
        })
    }
}

/// The unmatched sentences of both sides, with their bags of words.
pub struct Unmatched<'a> {
    /// Bags of every old sentence (empty for matched ones).
    pub old_bags: &'a [Vec<u64>],
    /// Bags of every new sentence (empty for matched ones).
    pub new_bags: &'a [Vec<u64>],
    /// Which old sentences are still free.
    pub old_free: &'a [bool],
    /// Which new sentences are still free.
    pub new_free: &'a [bool],
    /// The class of every old sentence (empty: all prose).
    pub old_class: &'a [Class],
    /// The class of every new sentence (empty: all prose).
    pub new_class: &'a [Class],
}

/// Proposes pairings of free items whose estimated similarity reaches `min_score`, best
/// first, each item in at most one; with `runs`, splits and merges too. Also says whether
/// the deadline cut the search short.
pub fn propose(
    free: &Unmatched,
    min_score: f64,
    runs: bool,
    deadline: Option<Instant>,
) -> (Vec<Proposal>, bool) {
    let old_index = Index::build(free.old_bags, free.old_free);
    let new_index = Index::build(free.new_bags, free.new_free);
    let df = |word: &u64| old_index.df(word) + new_index.df(word);
    let mut pairs: FxHashSet<(usize, usize)> = FxHashSet::default();
    let mut approximate = false;
    for (o, bag) in free.old_bags.iter().enumerate() {
        if !free.old_free[o] {
            continue;
        }
        if o % 256 == 0 && deadline.is_some_and(|d| Instant::now() > d) {
            approximate = true;
            break;
        }
        for n in new_index.candidates(bag, &df) {
            pairs.insert((o, n));
        }
    }
    for (n, bag) in free.new_bags.iter().enumerate() {
        if !free.new_free[n] || approximate {
            continue;
        }
        if n % 256 == 0 && deadline.is_some_and(|d| Instant::now() > d) {
            approximate = true;
            break;
        }
        for o in old_index.candidates(bag, &df) {
            pairs.insert((o, n));
        }
    }

    let mut proposals = Vec::new();
    for &(o, n) in &pairs {
        let score = words::dice(&free.old_bags[o], &free.new_bags[n]);
        if score >= min_score
            && Class::of(free.old_class, o).pairs_with(Class::of(free.new_class, n))
        {
            proposals.push(Proposal {
                old: vec![o],
                new: vec![n],
                score,
            });
        }
        if runs {
            proposals.extend(run_proposals(o, n, free, min_score, Side::New));
            proposals.extend(run_proposals(n, o, free, min_score, Side::Old));
        }
    }
    // Ties are broken on the unordered pair of id lists, so that comparing the other way
    // round chooses the mirror image of the same proposals.
    let unordered = |p: &Proposal| {
        if p.old <= p.new {
            (p.old.clone(), p.new.clone())
        } else {
            (p.new.clone(), p.old.clone())
        }
    };
    proposals.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then((a.old.len() + a.new.len()).cmp(&(b.old.len() + b.new.len())))
            .then(distance(a).cmp(&distance(b)))
            .then_with(|| unordered(a).cmp(&unordered(b)))
    });
    proposals.dedup();

    let mut old_used = vec![false; free.old_free.len()];
    let mut new_used = vec![false; free.new_free.len()];
    let mut accepted = Vec::new();
    for proposal in proposals {
        let clear = proposal.old.iter().all(|&o| !old_used[o])
            && proposal.new.iter().all(|&n| !new_used[n]);
        if clear {
            proposal.old.iter().for_each(|&o| old_used[o] = true);
            proposal.new.iter().for_each(|&n| new_used[n] = true);
            accepted.push(proposal);
        }
    }
    (accepted, approximate)
}

/// Which side a run of several sentences is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// A split: one old sentence, several new.
    New,
    /// A merge: several old sentences, one new.
    Old,
}

/// Runs of 2–[`MAX_RUN`] consecutive free sentences on the `many` side that contain `member`
/// and together match sentence `one` of the other side.
fn run_proposals(
    one: usize,
    member: usize,
    free: &Unmatched,
    min_score: f64,
    side: Side,
) -> Vec<Proposal> {
    let (one_bags, many_bags, many_free, one_class, many_class) = match side {
        Side::New => (
            free.old_bags,
            free.new_bags,
            free.new_free,
            free.old_class,
            free.new_class,
        ),
        Side::Old => (
            free.new_bags,
            free.old_bags,
            free.old_free,
            free.new_class,
            free.old_class,
        ),
    };
    let target = &one_bags[one];
    let one_class = Class::of(one_class, one);
    let mut out = Vec::new();
    for len in 2..=MAX_RUN {
        for start in member.saturating_sub(len - 1)..=member {
            let end = start + len;
            if end > many_free.len()
                || !many_free[start..end].iter().all(|f| *f)
                || !one_class.runs_with(many_class, start..end)
            {
                continue;
            }
            let Some(score) = run_score(target, &many_bags[start..end]) else {
                continue;
            };
            if score >= min_score {
                let run: Vec<usize> = (start..end).collect();
                let (old, new) = match side {
                    Side::New => (vec![one], run),
                    Side::Old => (run, vec![one]),
                };
                out.push(Proposal { old, new, score });
            }
        }
    }
    out
}

/// How well the run of sentences `parts` matches the sentence `target` of the other side
/// (Dice of the joined bag), when each part is mostly made of the target's words.
pub fn run_score(target: &[u64], parts: &[Vec<u64>]) -> Option<f64> {
    let contained = parts.iter().all(|part| {
        !part.is_empty()
            && words::shared(target, part) as f64 >= MIN_CONTAINMENT * part.len() as f64
    });
    if !contained {
        return None;
    }
    let mut joined: Vec<u64> = parts.iter().flatten().copied().collect();
    joined.sort_unstable();
    Some(words::dice(target, &joined))
}

/// How far apart the two sides of a proposal sit.
fn distance(p: &Proposal) -> usize {
    let o = p.old.first().copied().unwrap_or(0);
    let n = p.new.first().copied().unwrap_or(0);
    o.abs_diff(n)
}

/// Rare word → the free sentences of one side that contain it.
struct Index {
    postings: FxHashMap<u64, Vec<usize>>,
}

impl Index {
    fn build(bags: &[Vec<u64>], free: &[bool]) -> Self {
        let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for (id, bag) in bags.iter().enumerate() {
            if !free[id] {
                continue;
            }
            let mut last = None;
            for &word in bag {
                if last != Some(word) {
                    postings.entry(word).or_default().push(id);
                    last = Some(word);
                }
            }
        }
        Self { postings }
    }

    /// In how many sentences of this side `word` occurs.
    fn df(&self, word: &u64) -> usize {
        self.postings.get(word).map_or(0, Vec::len)
    }

    /// The sentences that share most of the rarest words of `bag`.
    fn candidates(&self, bag: &[u64], df: &impl Fn(&u64) -> usize) -> Vec<usize> {
        let mut words: Vec<u64> = bag.to_vec();
        words.dedup();
        words.retain(|w| self.df(w) > 0 && df(w) <= MAX_POSTINGS);
        words.sort_unstable_by_key(|w| (df(w), *w));
        words.truncate(ANCHOR_WORDS);
        let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
        for word in &words {
            for &id in self.postings.get(word).map_or(&[][..], Vec::as_slice) {
                *counts.entry(id).or_insert(0) += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(CANDIDATES);
        ranked.into_iter().map(|(id, _)| id).collect()
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::comparison::Options;

    /// The bags of words of `texts` under the default options.
    pub(in crate::compare) fn bags(texts: &[&str]) -> Vec<Vec<u64>> {
        texts
            .iter()
            .map(|t| words::bag(t, &Options::default()))
            .collect()
    }

    fn propose_for(old: &[&str], new: &[&str]) -> Vec<(Vec<usize>, Vec<usize>)> {
        let (old_bags, new_bags) = (bags(old), bags(new));
        let (old_free, new_free) = (vec![true; old.len()], vec![true; new.len()]);
        let free = Unmatched {
            old_bags: &old_bags,
            new_bags: &new_bags,
            old_free: &old_free,
            new_free: &new_free,
            old_class: &[],
            new_class: &[],
        };
        let (proposals, approximate) = propose(&free, 0.5, true, None);
        assert!(!approximate);
        let mut out: Vec<_> = proposals.into_iter().map(|p| (p.old, p.new)).collect();
        out.sort();
        out
    }

    #[test]
    fn edited_sentences_pair_even_far_apart() {
        let got = propose_for(
            &[
                "The minister resigned on Tuesday after the vote.",
                "Unrelated words entirely here.",
            ],
            &[
                "Something else happened in Paris.",
                "The minister resigned on Wednesday after the vote.",
            ],
        );
        assert_eq!(got, [(vec![0], vec![1])]);
    }

    #[test]
    fn a_sentence_split_in_two() {
        let got = propose_for(
            &[
                "He asks Putin whether he despises Snowden, who was given refuge in Russia after the leaks.",
            ],
            &[
                "He asks Putin whether he despises Snowden.",
                "Snowden was given refuge in Russia after the leaks.",
            ],
        );
        assert_eq!(got, [(vec![0], vec![0, 1])]);
    }

    #[test]
    fn an_inline_list_split_into_five_items() {
        let got = propose_for(
            &["Cell::{replace, get, get_mut, from_mut, as_slice_of_cells}"],
            &[
                "Cell::replace",
                "Cell::get",
                "Cell::get_mut",
                "Cell::from_mut",
                "Cell::as_slice_of_cells",
            ],
        );
        assert_eq!(got, [(vec![0], vec![0, 1, 2, 3, 4])]);
        let got = propose_for(
            &["Pack a tent, a stove, a lamp, a map and a knife."],
            &["A tent", "A stove", "A lamp", "A map", "A knife"],
        );
        assert_eq!(got, [(vec![0], vec![0, 1, 2, 3, 4])]);
    }

    #[test]
    fn two_sentences_merged() {
        let got = propose_for(
            &[
                "The storm hit the coast overnight.",
                "Thousands lost power across the region.",
            ],
            &["The storm hit the coast overnight and thousands lost power across the region."],
        );
        assert_eq!(got, [(vec![0, 1], vec![0])]);
    }
}
