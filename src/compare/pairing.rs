//! One pairing pipeline for sentences and quotations alike.
//!
//! Items (the texts of sentences or of quotations) pair first by their key under the
//! options ([`exact`]); the rest pair by similarity of words, in order between exact
//! pairs that stayed ([`gaps`]), then anywhere ([`fuzzy`]), with runs of several items for
//! splits and merges when asked, each proposal confirmed by a
//! word-level diff ([`words`]) against the similarity threshold; then the pairs outside a
//! largest order-preserving subset are the ones that moved ([`moves`]). What a pair *is*
//! (an edited sentence, a split, a quotation with a new speaker) is for the caller to say.

use std::borrow::Cow;
use std::time::Instant;

use super::fuzzy::{self, Class, Proposal, Unmatched};
use super::gaps::{self, Side};
use super::words::{self, WordDiff};
use super::{exact, moves, normalize};
use crate::comparison::Options;

/// Lists above this many items are keyed on two threads.
const PARALLEL_KEYS: usize = 2_000;

/// Paired items: old ids and new ids (consecutive), and how they compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Old item ids.
    pub old: Vec<usize>,
    /// New item ids.
    pub new: Vec<usize>,
    /// The word diff, when the texts are not the same under the options.
    pub diff: Option<WordDiff>,
    /// Inside the largest order-preserving set of groups (did not move).
    pub in_place: bool,
}

/// The outcome of pairing two lists of items.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    /// Paired items: exact matches first, then similar ones, best first.
    pub groups: Vec<Group>,
    /// Old items left unpaired.
    pub old_free: Vec<bool>,
    /// New items left unpaired.
    pub new_free: Vec<bool>,
    /// The deadline cut the work short.
    pub approximate: bool,
}

/// Pairs the items `old` with the items `new` under `options`; with `runs`, one item may
/// pair with a run of 2–5 consecutive items of the other side of one class; `class` gives
/// each item's class (old, new; empty: all prose), and code pairs only with code.
pub fn pair<'a>(
    old: &[&'a str],
    new: &[&'a str],
    options: &Options,
    (runs, class): (bool, (&[Class], &[Class])),
    deadline: Option<Instant>,
) -> Pairing {
    let ((old_normal, old_keys), (new_normal, new_keys)) = if old.len() + new.len() > PARALLEL_KEYS
    {
        crate::parallel::join("keys-old", || keys(old, options), || keys(new, options))
    } else {
        (keys(old, options), keys(new, options))
    };
    let same = |i: usize, j: usize| old_normal[i] == new_normal[j];
    let (exact_pairs, mut approximate) = exact::pairs(&old_keys, &new_keys, same, deadline);
    let mut groups: Vec<Group> = exact_pairs
        .into_iter()
        .map(|(i, j)| Group {
            old: vec![i],
            new: vec![j],
            diff: None,
            in_place: true,
        })
        .collect();
    let mut old_free = vec![true; old.len()];
    let mut new_free = vec![true; new.len()];
    for g in &groups {
        g.old.iter().for_each(|&i| old_free[i] = false);
        g.new.iter().for_each(|&j| new_free[j] = false);
    }

    let bags = |items: &[&str], free: &[bool]| -> Vec<Vec<u64>> {
        items
            .iter()
            .zip(free)
            .map(|(text, &free)| {
                if free {
                    words::bag(text, options)
                } else {
                    Vec::new()
                }
            })
            .collect()
    };
    let (old_bags, new_bags) = (bags(old, &old_free), bags(new, &new_free));
    let min_score = options.similarity_threshold * 0.8;
    let length =
        |items: &[&str], ids: &[usize]| -> u64 { ids.iter().map(|&i| items[i].len() as u64).sum() };
    let weighted = |groups: &[Group]| -> Vec<moves::Pair> {
        groups
            .iter()
            .map(|g| moves::Pair {
                old: g.old[0],
                new: g.new[0],
                weight: length(old, &g.old) + length(new, &g.new),
            })
            .collect()
    };
    let anchors: Vec<(usize, usize)> = groups
        .iter()
        .zip(moves::in_place(&weighted(&groups)))
        .filter(|(_, stays)| *stays)
        .map(|(g, _)| (g.old[0], g.new[0]))
        .collect();
    let in_gaps = gap_proposals(
        &anchors,
        (&old_free, &new_free),
        (&old_bags, &new_bags),
        class,
        min_score,
        runs,
    );
    let mut confirm = |proposal: Proposal, old_free: &mut [bool], new_free: &mut [bool]| {
        let clear =
            proposal.old.iter().all(|&i| old_free[i]) && proposal.new.iter().all(|&j| new_free[j]);
        if !clear {
            return;
        }
        let (old_text, new_text) = (joined(old, &proposal.old), joined(new, &proposal.new));
        let mut diff = words::diff(&old_text, &new_text, options, deadline);
        // Reordered or recased words are the same words: a pair whose ordered share of
        // words kept falls short stands on the content words it shares.
        if diff.similarity < options.similarity_threshold {
            diff.similarity = words::content_similarity(&old_text, &new_text, options);
        }
        if diff.similarity < options.similarity_threshold {
            return;
        }
        proposal.old.iter().for_each(|&i| old_free[i] = false);
        proposal.new.iter().for_each(|&j| new_free[j] = false);
        groups.push(Group {
            old: proposal.old,
            new: proposal.new,
            diff: Some(diff),
            in_place: true,
        });
    };
    for proposal in in_gaps {
        confirm(proposal, &mut old_free, &mut new_free);
    }
    let unmatched = Unmatched {
        old_bags: &old_bags,
        new_bags: &new_bags,
        old_free: &old_free,
        new_free: &new_free,
        old_class: class.0,
        new_class: class.1,
    };
    let (proposals, fuzzy_approximate) = fuzzy::propose(&unmatched, min_score, runs, deadline);
    approximate |= fuzzy_approximate;
    for proposal in proposals {
        confirm(proposal, &mut old_free, &mut new_free);
    }

    let stays = moves::in_place(&weighted(&groups));
    for (group, stays) in groups.iter_mut().zip(stays) {
        group.in_place = stays;
    }
    Pairing {
        groups,
        old_free,
        new_free,
        approximate,
    }
}

/// The proposals of an order-keeping alignment of every gap between two `anchors` (pairs
/// that stayed in place, by old id) and after the last: what was rewritten where it stands.
fn gap_proposals(
    anchors: &[(usize, usize)],
    (old_free, new_free): (&[bool], &[bool]),
    (old_bags, new_bags): (&[Vec<u64>], &[Vec<u64>]),
    (old_class, new_class): (&[Class], &[Class]),
    min_score: f64,
    runs: bool,
) -> Vec<Proposal> {
    let mut sorted = anchors.to_vec();
    sorted.sort_unstable();
    let ends = sorted
        .iter()
        .copied()
        .chain([(old_free.len(), new_free.len())]);
    let free_in = |free: &[bool], from: usize, to: usize| -> Vec<usize> {
        (from..to.max(from)).filter(|&i| free[i]).collect()
    };
    let mut proposals = Vec::new();
    let mut budget = gaps::CELLS_PER_ITEM * (old_free.len() + new_free.len());
    let mut from = (0, 0);
    for (old_end, new_end) in ends {
        let old_ids = free_in(old_free, from.0, old_end);
        let new_ids = free_in(new_free, from.1, new_end);
        let (old_side, new_side) = (
            Side {
                ids: &old_ids,
                bags: old_bags,
                class: old_class,
            },
            Side {
                ids: &new_ids,
                bags: new_bags,
                class: new_class,
            },
        );
        proposals.extend(gaps::align(
            &old_side,
            &new_side,
            min_score,
            runs,
            &mut budget,
        ));
        from = (old_end + 1, new_end + 1);
    }
    proposals
}

/// The normal form and key of every item.
fn keys<'a>(items: &[&'a str], options: &Options) -> (Vec<Cow<'a, str>>, Vec<u64>) {
    let normal: Vec<Cow<'a, str>> = items
        .iter()
        .map(|text| normalize::normal_form(text, options))
        .collect();
    let keys = normal.iter().map(|n| normalize::hash(n)).collect();
    (normal, keys)
}

/// The texts of consecutive items, joined by a space (borrowed for a single item).
fn joined<'a>(items: &[&'a str], ids: &[usize]) -> Cow<'a, str> {
    match ids {
        [one] => Cow::Borrowed(items[*one]),
        _ => Cow::Owned(ids.iter().map(|&i| items[i]).collect::<Vec<_>>().join(" ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_similar_and_lone_items() {
        let old = [
            "The cat sat on the mat.",
            "It rained all day long.",
            "Gone.",
        ];
        let new = [
            "It rained all day long.",
            "The cat sat on the red mat.",
            "New.",
        ];
        let p = pair(&old, &new, &Options::default(), (false, (&[], &[])), None);
        assert_eq!(p.groups.len(), 2);
        assert_eq!(
            (p.groups[0].old.as_slice(), p.groups[0].new.as_slice()),
            (&[1][..], &[0][..])
        );
        assert!(p.groups[0].diff.is_none());
        assert!(p.groups[1].diff.is_some());
        assert_eq!(p.old_free, [false, false, true]);
        assert_eq!(p.new_free, [false, false, true]);
        assert_eq!(
            p.groups.iter().filter(|g| !g.in_place).count(),
            1,
            "one of the two crossed pairs moved"
        );
    }

    #[test]
    fn runs_only_when_asked() {
        let old = ["He came home and he slept until the morning came."];
        let new = ["He came home.", "He slept until the morning came."];
        let one_to_one = pair(&old, &new, &Options::default(), (false, (&[], &[])), None);
        assert!(one_to_one.groups.iter().all(|g| g.new.len() == 1));
        let split = pair(&old, &new, &Options::default(), (true, (&[], &[])), None);
        assert_eq!(split.groups[0].new, [0, 1]);
    }
}
