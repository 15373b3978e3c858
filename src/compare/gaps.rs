//! Pairs what changed between two items that stayed, the way a reader reads a passage
//! rewritten where it stands: in order.
//!
//! Exact matches that keep their order are anchors. Between two anchors, the free items
//! of each side form a gap; an order-keeping alignment of the gap (dynamic programming, as
//! a diff aligns lines) pairs them one to one, or one to a run of 2–[`MAX_RUN`] for splits
//! and merges, maximising the total similarity. Five session titles rewritten as five
//! dated ones pair first with first, even when a sixth, new line sits among them, where a
//! greedy choice of the best-scoring pair anywhere would shift them by one. Gaps larger
//! than [`MAX_CELLS`], and all gaps once [`CELLS_PER_ITEM`] cells per item are spent, are
//! left to the greedy search ([`fuzzy`](super::fuzzy)), so the work stays linear in the
//! length of the documents.

use super::fuzzy::{self, Class, MAX_RUN, Proposal};
use super::words;

/// The largest gap aligned here, in old items × new items.
const MAX_CELLS: usize = 4096;
/// Cells allowed in all the gaps of a comparison, per item of both documents.
pub const CELLS_PER_ITEM: usize = 16;

/// The free items of one side of a gap (ids in order) and their bags of words.
pub struct Side<'a> {
    /// Ids of the free items, in reading order.
    pub ids: &'a [usize],
    /// Bags of words of every item of the side, by id.
    pub bags: &'a [Vec<u64>],
    /// The class of every item of the side, by id (empty: all prose).
    pub class: &'a [Class],
}

/// One step back through the alignment table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Start,
    SkipOld,
    SkipNew,
    /// `old` items of the old side paired with `new` of the new side (one of them is 1).
    Pair {
        old: usize,
        new: usize,
    },
}

/// The pairs of an order-keeping alignment of one gap whose estimated similarity reaches
/// `min_score`; runs (splits and merges) only when `runs` is set and only of consecutive ids.
/// A gap of more cells than [`MAX_CELLS`] or than are left in `budget` is not aligned.
pub fn align(
    old: &Side,
    new: &Side,
    min_score: f64,
    runs: bool,
    budget: &mut usize,
) -> Vec<Proposal> {
    let (m, n) = (old.ids.len(), new.ids.len());
    if m == 0 || n == 0 || m * n > MAX_CELLS.min(*budget) {
        return Vec::new();
    }
    *budget -= m * n;
    let width = n + 1;
    let mut best = vec![0.0_f64; (m + 1) * width];
    let mut step = vec![Step::Start; (m + 1) * width];
    for i in 0..=m {
        for j in 0..=n {
            if i == 0 && j == 0 {
                continue;
            }
            let mut choice = (f64::NEG_INFINITY, Step::Start);
            let mut consider = |score: f64, s: Step| {
                if score > choice.0 {
                    choice = (score, s);
                }
            };
            // A run's last part shares words with the other side, or it is no run: where
            // the last two items share none, only skips are left.
            let touching = i > 0
                && j > 0
                && words::shared(&old.bags[old.ids[i - 1]], &new.bags[new.ids[j - 1]]) > 0;
            for (o, k) in shapes(runs).filter(|_| touching) {
                if i < o || j < k {
                    continue;
                }
                let Some(score) = group_score(old, new, (i - o, i), (j - k, j)) else {
                    continue;
                };
                if score >= min_score {
                    consider(
                        best[(i - o) * width + j - k] + score,
                        Step::Pair { old: o, new: k },
                    );
                }
            }
            if i > 0 {
                consider(best[(i - 1) * width + j], Step::SkipOld);
            }
            if j > 0 {
                consider(best[i * width + j - 1], Step::SkipNew);
            }
            best[i * width + j] = choice.0;
            step[i * width + j] = choice.1;
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (m, n);
    while i > 0 || j > 0 {
        match step[i * width + j] {
            Step::Start => break,
            Step::SkipOld => i -= 1,
            Step::SkipNew => j -= 1,
            Step::Pair { old: o, new: k } => {
                let score = group_score(old, new, (i - o, i), (j - k, j)).unwrap_or(0.0);
                pairs.push(Proposal {
                    old: old.ids[i - o..i].to_vec(),
                    new: new.ids[j - k..j].to_vec(),
                    score,
                });
                i -= o;
                j -= k;
            }
        }
    }
    pairs.reverse();
    pairs
}

/// The shapes of a pair: one to one, then splits and merges of every run length.
fn shapes(runs: bool) -> impl Iterator<Item = (usize, usize)> {
    let longest = if runs { MAX_RUN } else { 1 };
    std::iter::once((1, 1))
        .chain((2..=longest).map(|k| (1, k)))
        .chain((2..=longest).map(|k| (k, 1)))
}

/// The estimated similarity of the old items `old_at` (a range of positions in the gap)
/// and the new items `new_at`; `None` when a run is not of consecutive ids or a part of it
/// is not mostly made of the other side's words.
fn group_score(
    old: &Side,
    new: &Side,
    old_at: (usize, usize),
    new_at: (usize, usize),
) -> Option<f64> {
    let (old_ids, new_ids) = (&old.ids[old_at.0..old_at.1], &new.ids[new_at.0..new_at.1]);
    match (old_ids, new_ids) {
        ([o], [n]) => Class::of(old.class, *o)
            .pairs_with(Class::of(new.class, *n))
            .then(|| words::dice(&old.bags[*o], &new.bags[*n])),
        ([o], many) => run((*o, old), many, new),
        (many, [n]) => run((*n, new), many, old),
        _ => None,
    }
}

/// The score of the consecutive items `ids` of side `many` against item `one` of the
/// other side; `None` when they are not consecutive or not of one class fit for `one`.
fn run((one, one_side): (usize, &Side), ids: &[usize], many: &Side) -> Option<f64> {
    let consecutive = ids.windows(2).all(|w| w[1] == w[0] + 1);
    let alike = Class::of(one_side.class, one).runs_with(many.class, ids.iter().copied());
    let first = *ids.first()?;
    (consecutive && alike).then_some(())?;
    fuzzy::run_score(&one_side.bags[one], &many.bags[first..first + ids.len()])
}

#[cfg(test)]
mod tests {
    use super::super::fuzzy::tests::bags;
    use super::*;

    fn pairs(old: &[&str], new: &[&str]) -> Vec<(Vec<usize>, Vec<usize>)> {
        let (old_bags, new_bags) = (bags(old), bags(new));
        let old_ids: Vec<usize> = (0..old.len()).collect();
        let new_ids: Vec<usize> = (0..new.len()).collect();
        let old_side = Side {
            ids: &old_ids,
            bags: &old_bags,
            class: &[],
        };
        let new_side = Side {
            ids: &new_ids,
            bags: &new_bags,
            class: &[],
        };
        let mut budget = MAX_CELLS;
        align(&old_side, &new_side, 0.4, true, &mut budget)
            .into_iter()
            .map(|p| (p.old, p.new))
            .collect()
    }

    #[test]
    fn rewritten_lines_pair_in_order_around_a_new_one() {
        let got = pairs(
            &[
                "End user feedback session 1",
                "End user feedback session 2",
                "End user feedback session 3",
            ],
            &[
                "All times are in Central European Time.",
                "March 20, 10:45: End user feedback session - Profiling",
                "March 20, 11:45: End user feedback session - Tracing",
                "March 21, 14:30: End user feedback session - Logs",
            ],
        );
        assert_eq!(
            got,
            [(vec![0], vec![1]), (vec![1], vec![2]), (vec![2], vec![3])]
        );
    }

    #[test]
    fn a_split_beats_pairing_one_half() {
        let got = pairs(
            &["The storm hit the coast overnight and thousands lost power across the region."],
            &[
                "The storm hit the coast overnight.",
                "Thousands lost power across the region.",
            ],
        );
        assert_eq!(got, [(vec![0], vec![0, 1])]);
    }

    #[test]
    fn unrelated_sentences_stay_apart() {
        let got = pairs(
            &["The minister resigned on Tuesday."],
            &["Rain is forecast for the weekend."],
        );
        assert!(got.is_empty());
    }

    #[test]
    fn a_spent_budget_leaves_the_gap_alone() {
        let (old, new) = (
            ["The storm hit the coast."],
            ["The storm hit the coast at night."],
        );
        let (old_bags, new_bags) = (bags(&old), bags(&new));
        let side = |bags| Side {
            ids: &[0],
            bags,
            class: &[],
        };
        let mut budget = 0;
        assert!(align(&side(&old_bags), &side(&new_bags), 0.4, true, &mut budget).is_empty());
        let mut budget = 1;
        assert_eq!(
            align(&side(&old_bags), &side(&new_bags), 0.4, true, &mut budget).len(),
            1
        );
        assert_eq!(budget, 0);
    }

    #[test]
    fn crossed_edits_keep_the_best_order() {
        let got = pairs(
            &[
                "The council approved the budget on Monday night.",
                "Residents protested outside the town hall for hours.",
            ],
            &[
                "Residents protested outside the old town hall for hours.",
                "The council approved the new budget on Monday night.",
            ],
        );
        assert_eq!(
            got.len(),
            1,
            "only one of two crossed edits keeps the order"
        );
    }
}
