//! Exact matches: sentences whose keys are equal, wherever they stand.
//!
//! The alignment follows the idea of Patience diff, which suits prose because most
//! sentences of an article occur once: sentences whose key occurs as often in both
//! documents are paired in order and serve as anchors where they keep their order (a
//! longest increasing subsequence, O(n log n)). Running `similar`'s Patience over a whole
//! reshuffled document instead takes seconds, because its recursion degrades into Myers on
//! large gaps. The remaining repeated sentences are aligned inside each gap between anchors
//! with `similar`'s Myers algorithm (shortest edit script, under a deadline), over only the
//! sentences whose key occurs in that gap on both sides, so the gaps stay small; whatever
//! is left pairs in reading order.

use std::time::Instant;

use rustc_hash::FxHashMap;
use similar::DiffOp;

use super::moves::{self, Pair};
use super::myers;

/// Pairs `(old, new)` of sentences with equal keys; `same(old, new)` confirms a match
/// (keys are hashes). Returns the pairs, sorted, and whether the deadline cut the work short.
pub fn pairs(
    old_keys: &[u64],
    new_keys: &[u64],
    same: impl Fn(usize, usize) -> bool,
    deadline: Option<Instant>,
) -> (Vec<(usize, usize)>, bool) {
    let mut occurrences: FxHashMap<u64, (Places, Places)> = FxHashMap::default();
    for (i, key) in old_keys.iter().enumerate() {
        occurrences.entry(*key).or_default().0.push(i);
    }
    for (j, key) in new_keys.iter().enumerate() {
        if let Some(entry) = occurrences.get_mut(key) {
            entry.1.push(j);
        }
    }
    let mut matched = Matched::new(old_keys.len(), new_keys.len(), same);

    let mut balanced: Vec<(usize, usize)> = occurrences
        .values()
        .filter(|(o, n)| o.len() == n.len())
        .flat_map(|(o, n)| o.iter().copied().zip(n.iter().copied()))
        .collect();
    balanced.sort_unstable();
    for &(i, j) in &balanced {
        matched.take(i, j);
    }

    let weighted: Vec<Pair> = matched
        .pairs
        .iter()
        .map(|&(old, new)| Pair {
            old,
            new,
            weight: 1,
        })
        .collect();
    let keep = moves::in_place(&weighted);
    let mut anchors: Vec<(usize, usize)> = matched
        .pairs
        .iter()
        .zip(&keep)
        .filter_map(|(pair, keep)| keep.then_some(*pair))
        .collect();
    anchors.sort_unstable();

    let unbalanced = |key: &u64| {
        occurrences
            .get(key)
            .is_some_and(|(o, n)| !n.is_empty() && o.len() != n.len())
    };
    let mut approximate = false;
    let starts = std::iter::once((0, 0)).chain(anchors.iter().map(|&(i, j)| (i + 1, j + 1)));
    let ends = anchors
        .iter()
        .copied()
        .chain(std::iter::once((old_keys.len(), new_keys.len())));
    for ((old_start, new_start), (old_end, new_end)) in starts.zip(ends) {
        let gap_old: Vec<usize> = (old_start..old_end)
            .filter(|&i| unbalanced(&old_keys[i]))
            .collect();
        let gap_new: Vec<usize> = (new_start..new_end)
            .filter(|&j| unbalanced(&new_keys[j]))
            .collect();
        if gap_old.is_empty() || gap_new.is_empty() {
            continue;
        }
        let a: Vec<u64> = gap_old.iter().map(|&i| old_keys[i]).collect();
        let b: Vec<u64> = gap_new.iter().map(|&j| new_keys[j]).collect();
        let ops = myers::diff(&a, &b, deadline);
        for op in ops {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                for k in 0..len {
                    matched.take(gap_old[old_index + k], gap_new[new_index + k]);
                }
            }
        }
        approximate |= deadline.is_some_and(|d| Instant::now() > d);
    }

    let mut leftovers: Vec<&(Places, Places)> = occurrences
        .iter()
        .filter(|(k, _)| unbalanced(k))
        .map(|(_, v)| v)
        .collect();
    leftovers.sort_unstable_by_key(|(o, _)| o.first().copied());
    for (o, n) in leftovers {
        let free_old: Vec<usize> = o
            .iter()
            .copied()
            .filter(|&i| !matched.old_taken[i])
            .collect();
        let free_new: Vec<usize> = n
            .iter()
            .copied()
            .filter(|&j| !matched.new_taken[j])
            .collect();
        for (i, j) in free_old.into_iter().zip(free_new) {
            matched.take(i, j);
        }
    }
    let mut out = matched.pairs;
    out.sort_unstable();
    (out, approximate)
}

/// Where a key occurs in one document. Most sentences occur once: one place is kept
/// without a list of its own.
#[derive(Debug, Default)]
enum Places {
    #[default]
    None,
    One(usize),
    Many(Vec<usize>),
}

impl Places {
    fn push(&mut self, at: usize) {
        *self = match std::mem::take(self) {
            Self::None => Self::One(at),
            Self::One(first) => Self::Many(vec![first, at]),
            Self::Many(mut all) => {
                all.push(at);
                Self::Many(all)
            }
        };
    }
}

impl std::ops::Deref for Places {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        match self {
            Self::None => &[],
            Self::One(at) => std::slice::from_ref(at),
            Self::Many(all) => all,
        }
    }
}

/// Pairs found so far, and which sentences they use.
struct Matched<F> {
    pairs: Vec<(usize, usize)>,
    old_taken: Vec<bool>,
    new_taken: Vec<bool>,
    same: F,
}

impl<F: Fn(usize, usize) -> bool> Matched<F> {
    fn new(old_len: usize, new_len: usize, same: F) -> Self {
        Self {
            pairs: Vec::new(),
            old_taken: vec![false; old_len],
            new_taken: vec![false; new_len],
            same,
        }
    }

    /// Pairs `i` and `j` when both are free and really the same.
    fn take(&mut self, i: usize, j: usize) {
        if !self.old_taken[i] && !self.new_taken[j] && (self.same)(i, j) {
            self.old_taken[i] = true;
            self.new_taken[j] = true;
            self.pairs.push((i, j));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(old: &[u64], new: &[u64]) -> Vec<(usize, usize)> {
        pairs(old, new, |i, j| old[i] == new[j], None).0
    }

    #[test]
    fn unique_sentences_pair_wherever_they_are() {
        assert_eq!(run(&[1, 2, 3], &[3, 1, 2]), [(0, 1), (1, 2), (2, 0)]);
        assert_eq!(run(&[1, 2], &[3, 4]), []);
    }

    #[test]
    fn repeated_sentences_align_between_anchors() {
        // 9 occurs twice before and once after: the copy between the same anchors pairs.
        let old = [1, 9, 2, 9, 3];
        let new = [1, 2, 9, 3];
        assert_eq!(run(&old, &new), [(0, 0), (2, 1), (3, 2), (4, 3)]);
    }

    #[test]
    fn leftover_repeats_pair_in_reading_order() {
        let old = [9, 1, 9];
        let new = [2, 9];
        assert_eq!(run(&old, &new), [(0, 1)]);
    }
}
