//! The lines a view or report shows, top to bottom: the rows that pass a filter, markers
//! at the old places of moved rows, and the runs of rows it hides (folded into one line,
//! or left out).

use rustc_hash::FxHashSet;

use super::{Presented, RowFacts};
use crate::comparison::Kind;

/// Runs of at least this many quiet rows fold when folding is on.
pub const FOLD_MIN: usize = 8;
/// Quiet rows kept visible at each end of a folded run.
pub const CONTEXT: usize = 2;

/// One line of a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A row (index into the comparison's sentence changes).
    Change(usize),
    /// The old place of a block of moved rows (the index of its first row).
    Ghost(usize),
    /// Rows `first..first + count`, folded away.
    Fold {
        /// The first row of the run.
        first: usize,
        /// How many rows it hides.
        count: usize,
    },
}

/// Which rows to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Filter {
    /// Everything.
    #[default]
    All,
    /// Every change (not unchanged sentences in place).
    Changes,
    /// The changes of what the story says: edits with flags, and sentences added or
    /// removed.
    Significant,
    /// Sentences with quotations.
    Quotes,
    /// Moved sentences.
    Moved,
    /// Edited sentences.
    Edited,
    /// Split sentences.
    Split,
    /// Merged sentences.
    Merged,
    /// Added sentences.
    Added,
    /// Removed sentences.
    Removed,
}

impl Filter {
    /// `true` when the filter shows a row with these facts.
    pub fn shows(self, row: &RowFacts) -> bool {
        match self {
            Self::All => true,
            Self::Changes => !row.quiet,
            Self::Significant => row.changes_meaning(),
            Self::Quotes => row.has_quote,
            Self::Moved => row.moved,
            Self::Edited => row.kind == Kind::Edited,
            Self::Split => row.kind == Kind::Split,
            Self::Merged => row.kind == Kind::Merged,
            Self::Added => row.kind == Kind::Added,
            Self::Removed => row.kind == Kind::Removed,
        }
    }
}

/// What becomes of the rows a view does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hidden<'a> {
    /// They are left out (reports).
    Omitted,
    /// They fold into one line each run, except the runs that start at these rows. With
    /// no filter, only runs of [`FOLD_MIN`] quiet rows or more fold, keeping [`CONTEXT`]
    /// rows of context at each end, and only when `quiet_runs` is on.
    Folded {
        /// Fold long runs of unchanged rows when nothing is filtered.
        quiet_runs: bool,
        /// The first rows of the folds the reader opened.
        expanded: &'a FxHashSet<usize>,
    },
}

/// The lines of a view, and where each row and marker landed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Lines in order.
    pub lines: Vec<Line>,
    /// The line of each row, if shown (else of the fold that hides it, or of the line
    /// before it when it is left out).
    pub line_of_change: Vec<usize>,
    /// The line of the marker at the old place of each moved row's block.
    pub ghost_of_change: Vec<Option<usize>>,
}

/// Lays out the rows of `p` that `filter` shows; `hidden` says what becomes of the rest.
pub fn layout(p: &Presented, filter: Filter, hidden: &Hidden) -> Layout {
    let rows = p.rows();
    let n = rows.len();
    let shown: Vec<bool> = rows.iter().map(|r| filter.shows(r)).collect();
    let hide = |i: usize| {
        if filter == Filter::All {
            rows[i].quiet
        } else {
            !shown[i]
        }
    };
    // Each hidden row, with the fold it belongs to when it is folded.
    let mut folded_from: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut omitted = vec![false; n];
    let mut i = 0;
    while i < n {
        if !hide(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && hide(i) {
            i += 1;
        }
        match hidden {
            Hidden::Omitted => {
                if filter != Filter::All {
                    omitted[start..i].iter_mut().for_each(|o| *o = true);
                }
            }
            Hidden::Folded {
                quiet_runs,
                expanded,
            } => {
                let (fold_start, fold_end) = if filter == Filter::All {
                    if !quiet_runs || i - start < FOLD_MIN {
                        continue;
                    }
                    let lead = if start == 0 { 0 } else { CONTEXT };
                    let tail = if i == n { 0 } else { CONTEXT };
                    (start + lead, i - tail)
                } else {
                    (start, i)
                };
                if fold_end > fold_start && !expanded.contains(&fold_start) {
                    for slot in &mut folded_from[fold_start..fold_end] {
                        *slot = Some((fold_start, fold_end - fold_start));
                    }
                }
            }
        }
    }

    // The marker of each block of moved rows that is shown goes after the row holding the
    // old sentence before the block's (or at the top), in the order of the old version.
    let mut ghosts_after: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut ghosts_top = Vec::new();
    let mut moved: Vec<(usize, usize)> = p
        .blocks()
        .iter()
        .map(|b| b.rows.start)
        .filter(|&i| folded_from[i].is_none() && !omitted[i] && shown[i])
        .filter_map(|i| p.comparison().sentences[i].old.first().map(|&o| (o, i)))
        .collect();
    moved.sort_unstable();
    for (o, index) in moved {
        match o.checked_sub(1).and_then(|before| p.row_of_old(before)) {
            Some(target) => ghosts_after[target].push(index),
            None => ghosts_top.push(index),
        }
    }

    let mut out = Layout {
        lines: Vec::with_capacity(n + ghosts_top.len()),
        line_of_change: vec![0; n],
        ghost_of_change: vec![None; n],
    };
    let push_ghost = |out: &mut Layout, g: usize| {
        if let Some(block) = p.block_of(g) {
            for row in block.rows.clone() {
                out.ghost_of_change[row] = Some(out.lines.len());
            }
        }
        out.lines.push(Line::Ghost(g));
    };
    for &g in &ghosts_top {
        push_ghost(&mut out, g);
    }
    let mut i = 0;
    while i < n {
        if let Some((first, count)) = folded_from[i] {
            let line = out.lines.len();
            out.lines.push(Line::Fold { first, count });
            for j in first..first + count {
                out.line_of_change[j] = line;
            }
            for ghosts in &ghosts_after[first..first + count] {
                for &g in ghosts {
                    push_ghost(&mut out, g);
                }
            }
            i = first + count;
            continue;
        }
        if omitted[i] {
            out.line_of_change[i] = out.lines.len().saturating_sub(1);
        } else {
            out.line_of_change[i] = out.lines.len();
            out.lines.push(Line::Change(i));
        }
        for &g in &ghosts_after[i] {
            push_ghost(&mut out, g);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare;
    use crate::comparison::Options;
    use crate::document::Document;

    fn seed() -> Presented {
        Presented::new(compare::compare(
            Document::from_text("v1", crate::samples::OLD.text),
            Document::from_text("v2", crate::samples::NEW.text),
            &Options::default(),
        ))
    }

    fn folded(expanded: &FxHashSet<usize>) -> Hidden<'_> {
        Hidden::Folded {
            quiet_runs: true,
            expanded,
        }
    }

    #[test]
    fn every_change_and_a_marker_per_move() {
        let p = seed();
        let none = FxHashSet::default();
        let view = layout(
            &p,
            Filter::All,
            &Hidden::Folded {
                quiet_runs: false,
                expanded: &none,
            },
        );
        let changes = view
            .lines
            .iter()
            .filter(|r| matches!(r, Line::Change(_)))
            .count();
        let ghosts = view
            .lines
            .iter()
            .filter(|r| matches!(r, Line::Ghost(_)))
            .count();
        assert_eq!(changes, p.comparison().sentences.len());
        assert_eq!(ghosts, 2);
        for (index, change) in p.comparison().sentences.iter().enumerate() {
            assert_eq!(view.lines[view.line_of_change[index]], Line::Change(index));
            assert_eq!(view.ghost_of_change[index].is_some(), change.moved);
        }
    }

    #[test]
    fn filters_fold_what_they_hide_and_folds_expand() {
        let p = seed();
        let none = FxHashSet::default();
        let view = layout(&p, Filter::Moved, &folded(&none));
        let shown: Vec<usize> = view
            .lines
            .iter()
            .filter_map(|r| {
                if let Line::Change(i) = r {
                    Some(*i)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(shown.len(), 2);
        assert!(shown.iter().all(|&i| p.comparison().sentences[i].moved));
        let Some(Line::Fold { first, .. }) = view.lines.first().copied() else {
            panic!("starts with a fold: {:?}", view.lines.first());
        };
        let mut expanded = FxHashSet::default();
        expanded.insert(first);
        let more = layout(&p, Filter::Moved, &folded(&expanded));
        assert!(more.lines.len() > view.lines.len());
    }

    #[test]
    fn long_quiet_runs_fold_with_context() {
        let text: String = (0..30)
            .map(|i| format!("Sentence number {i} stays. "))
            .collect();
        let new = format!("{text}A new one at the end.");
        let p = Presented::new(compare::compare(
            Document::from_text("a", &text),
            Document::from_text("b", &new),
            &Options::default(),
        ));
        let none = FxHashSet::default();
        let view = layout(&p, Filter::All, &folded(&none));
        assert_eq!(
            view.lines[0],
            Line::Fold {
                first: 0,
                count: 28
            }
        );
        assert_eq!(view.lines.len(), 1 + CONTEXT + 1);
    }

    #[test]
    fn reports_leave_hidden_rows_out_but_keep_markers() {
        let p = seed();
        let view = layout(&p, Filter::Changes, &Hidden::Omitted);
        assert!(view.lines.iter().all(|l| !matches!(l, Line::Fold { .. })));
        let ghosts = view
            .lines
            .iter()
            .filter(|r| matches!(r, Line::Ghost(_)))
            .count();
        assert_eq!(ghosts, 2);
        let quiet = view
            .lines
            .iter()
            .filter(|l| matches!(l, Line::Change(i) if p.rows()[*i].quiet))
            .count();
        assert_eq!(quiet, 0);
    }
}
