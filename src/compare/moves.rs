//! Moves: the matched pairs outside a largest order-preserving subset.
//!
//! Of all matched pairs, a largest subset whose old and new positions rise together stays
//! in place; every other pair moved. That is the smallest set of moves that explains the
//! new order. Among subsets of the same size, the one with the greatest total weight (the
//! length of its sentences) is kept, so that short sentences are the ones that move. It is
//! a longest increasing subsequence, found in O(n log n) with a Fenwick tree of prefix
//! maxima over the new positions.

/// A matched pair: positions in both documents and a weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Position in the old document.
    pub old: usize,
    /// Position in the new document.
    pub new: usize,
    /// Weight; heavier pairs are kept in place on ties.
    pub weight: u64,
}

/// For each pair, `true` when it stays in place, `false` when it moved.
pub fn in_place(pairs: &[Pair]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_unstable_by_key(|&i| (pairs[i].old, pairs[i].new));
    let size = pairs.iter().map(|p| p.new + 1).max().unwrap_or(0);
    let mut tree = Fenwick::new(size);
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    let mut best_end: Option<Best> = None;
    let mut start = 0;
    // The pairs of one old position, scored: one buffer for all positions.
    let mut scored: Vec<(usize, Best)> = Vec::new();
    while start < order.len() {
        // Pairs that share an old position cannot both be kept: score them all before any
        // of them enters the tree.
        let mut end = start;
        while end < order.len() && pairs[order[end]].old == pairs[order[start]].old {
            end += 1;
        }
        scored.clear();
        scored.extend(order[start..end].iter().map(|&i| {
            let before = tree.prefix_max(pairs[i].new);
            previous[i] = before.map(|b| b.index);
            let (count, weight) = before.map_or((0, 0), |b| (b.count, b.weight));
            let best = Best {
                count: count + 1,
                weight: weight + pairs[i].weight,
                index: i,
            };
            (i, best)
        }));
        for &(i, best) in &scored {
            tree.update(pairs[i].new, best);
            if best_end.is_none_or(|b| best.beats(&b)) {
                best_end = Some(best);
            }
        }
        start = end;
    }
    let mut keep = vec![false; pairs.len()];
    let mut cursor = best_end.map(|b| b.index);
    while let Some(i) = cursor {
        keep[i] = true;
        cursor = previous[i];
    }
    keep
}

/// The best chain ending at some pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Best {
    count: usize,
    weight: u64,
    index: usize,
}

impl Best {
    fn beats(&self, other: &Self) -> bool {
        (self.count, self.weight) > (other.count, other.weight)
    }
}

/// Prefix maxima of chains, indexed by new position.
struct Fenwick {
    tree: Vec<Option<Best>>,
}

impl Fenwick {
    fn new(size: usize) -> Self {
        Self {
            tree: vec![None; size + 1],
        }
    }

    /// The best chain ending at a new position below `end`.
    fn prefix_max(&self, end: usize) -> Option<Best> {
        let mut i = end;
        let mut best: Option<Best> = None;
        while i > 0 {
            if let Some(candidate) = self.tree[i]
                && best.is_none_or(|b| candidate.beats(&b))
            {
                best = Some(candidate);
            }
            i &= i - 1;
        }
        best
    }

    /// Records a chain ending at new position `at`.
    fn update(&mut self, at: usize, value: Best) {
        let mut i = at + 1;
        while i < self.tree.len() {
            if self.tree[i].is_none_or(|b| value.beats(&b)) {
                self.tree[i] = Some(value);
            }
            i += i & i.wrapping_neg();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(usize, usize, u64)]) -> Vec<Pair> {
        list.iter()
            .map(|&(old, new, weight)| Pair { old, new, weight })
            .collect()
    }

    #[test]
    fn keeps_the_longest_rising_chain() {
        let p = pairs(&[(0, 0, 1), (1, 3, 1), (2, 1, 1), (3, 2, 1), (4, 4, 1)]);
        assert_eq!(in_place(&p), [true, false, true, true, true]);
    }

    #[test]
    fn ties_keep_the_heavier_pairs_in_place() {
        let light_moves = pairs(&[(0, 1, 10), (1, 0, 90)]);
        assert_eq!(in_place(&light_moves), [false, true]);
        let heavy_first = pairs(&[(0, 1, 90), (1, 0, 10)]);
        assert_eq!(in_place(&heavy_first), [true, false]);
    }

    #[test]
    fn nothing_to_keep() {
        assert!(in_place(&[]).is_empty());
    }
}
