//! The rows the views draw: changes in display order, markers at the old places of moved
//! sentences, and folds that hide runs of rows the user does not need to see.

use rustc_hash::FxHashSet;

use crate::compare::{Comparison, Kind};

/// Runs of at least this many quiet rows fold when folding is on.
pub const FOLD_MIN: usize = 8;
/// Quiet rows kept visible at each end of a folded run.
pub const CONTEXT: usize = 2;

/// One row of a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A change (index into the comparison's sentence changes).
    Change(usize),
    /// The old place of a moved change.
    Ghost(usize),
    /// Changes `first..first + count`, folded away.
    Fold {
        /// The first change of the run.
        first: usize,
        /// How many changes it hides.
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

/// What the views need to know about each change, computed once per comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeInfo {
    /// What happened.
    pub kind: Kind,
    /// It moved.
    pub moved: bool,
    /// One of its sentences holds a quotation.
    pub has_quote: bool,
    /// Its first sentence starts a paragraph.
    pub starts_paragraph: bool,
    /// Bytes of old and new text, for height estimates.
    pub old_len: u32,
    /// Bytes of new text.
    pub new_len: u32,
}

impl ChangeInfo {
    /// Anything but an unchanged sentence in place.
    pub fn is_change(&self) -> bool {
        self.kind != Kind::Unchanged || self.moved
    }

    fn matches(&self, filter: Filter) -> bool {
        match filter {
            Filter::All => true,
            Filter::Changes => self.is_change(),
            Filter::Quotes => self.has_quote,
            Filter::Moved => self.moved,
            Filter::Edited => self.kind == Kind::Edited,
            Filter::Split => self.kind == Kind::Split,
            Filter::Merged => self.kind == Kind::Merged,
            Filter::Added => self.kind == Kind::Added,
            Filter::Removed => self.kind == Kind::Removed,
        }
    }
}

/// Facts about every change of a comparison.
pub fn change_infos(c: &Comparison) -> Vec<ChangeInfo> {
    let quoted = |doc: &crate::document::Document| {
        let mut has = vec![false; doc.sentences.len()];
        for q in &doc.quotes {
            if let Some(slot) = has.get_mut(q.sentence) {
                *slot = true;
            }
        }
        has
    };
    let (old_quoted, new_quoted) = (quoted(&c.old), quoted(&c.new));
    let len = |doc: &crate::document::Document, ids: &[usize]| -> u32 {
        let total: usize = ids.iter().map(|&i| doc.sentence_text(i).len() + 1).sum();
        u32::try_from(total).unwrap_or(u32::MAX)
    };
    let starts = |doc: &crate::document::Document, id: usize| {
        id == 0
            || doc.sentences.get(id - 1).map(|s| s.paragraph)
                != doc.sentences.get(id).map(|s| s.paragraph)
    };
    c.sentences
        .iter()
        .map(|ch| ChangeInfo {
            kind: ch.kind,
            moved: ch.moved,
            has_quote: ch.old.iter().any(|&o| old_quoted[o])
                || ch.new.iter().any(|&n| new_quoted[n]),
            starts_paragraph: match (ch.new.first(), ch.old.first()) {
                (Some(&n), _) => starts(&c.new, n),
                (None, Some(&o)) => starts(&c.old, o),
                (None, None) => false,
            },
            old_len: len(&c.old, &ch.old),
            new_len: len(&c.new, &ch.new),
        })
        .collect()
}

/// The rows of a view, and where each change and marker landed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    /// Rows in order.
    pub rows: Vec<Row>,
    /// The row of each change, if shown (else the row of the fold that hides it).
    pub row_of_change: Vec<usize>,
    /// The row of each moved change's marker at its old place.
    pub ghost_of_change: Vec<Option<usize>>,
}

/// Lays out the rows for `filter`, folding quiet runs when `fold` is on, except the
/// folds whose first change is in `expanded`.
pub fn build(
    c: &Comparison,
    infos: &[ChangeInfo],
    filter: Filter,
    fold: bool,
    expanded: &FxHashSet<usize>,
) -> Rows {
    let n = infos.len();
    let shown: Vec<bool> = infos.iter().map(|i| i.matches(filter)).collect();
    let quiet = |i: usize| {
        if filter == Filter::All {
            !infos[i].is_change()
        } else {
            !shown[i]
        }
    };
    let mut folded_from: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        if !quiet(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && quiet(i) {
            i += 1;
        }
        let (fold_start, fold_end) = if filter == Filter::All {
            if !fold || i - start < FOLD_MIN {
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

    let mut ghosts_after: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut ghosts_top = Vec::new();
    let mut row_of_old = vec![usize::MAX; c.old.sentences.len()];
    for (index, change) in c.sentences.iter().enumerate() {
        for &o in &change.old {
            row_of_old[o] = index;
        }
    }
    for (index, change) in c.sentences.iter().enumerate() {
        if !change.moved || folded_from[index].is_some() || !shown[index] {
            continue;
        }
        match change
            .old
            .first()
            .and_then(|&o| o.checked_sub(1))
            .map(|p| row_of_old[p])
        {
            Some(target) if target != usize::MAX => ghosts_after[target].push(index),
            _ => ghosts_top.push(index),
        }
    }

    let mut out = Rows {
        rows: Vec::with_capacity(n + ghosts_top.len()),
        row_of_change: vec![0; n],
        ghost_of_change: vec![None; n],
    };
    let push_ghost = |out: &mut Rows, g: usize| {
        out.ghost_of_change[g] = Some(out.rows.len());
        out.rows.push(Row::Ghost(g));
    };
    for &g in &ghosts_top {
        push_ghost(&mut out, g);
    }
    let mut i = 0;
    while i < n {
        if let Some((first, count)) = folded_from[i] {
            let row = out.rows.len();
            out.rows.push(Row::Fold { first, count });
            for j in first..first + count {
                out.row_of_change[j] = row;
            }
            for ghosts in &ghosts_after[first..first + count] {
                for &g in ghosts {
                    push_ghost(&mut out, g);
                }
            }
            i = first + count;
            continue;
        }
        out.row_of_change[i] = out.rows.len();
        out.rows.push(Row::Change(i));
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
    use crate::compare::{self, Options};
    use crate::document::Document;

    fn seed() -> Comparison {
        compare::compare(
            Document::from_text("v1", crate::samples::OLD.text),
            Document::from_text("v2", crate::samples::NEW.text),
            &Options::default(),
        )
    }

    #[test]
    fn every_change_and_a_marker_per_move() {
        let c = seed();
        let infos = change_infos(&c);
        let rows = build(&c, &infos, Filter::All, false, &FxHashSet::default());
        let changes = rows
            .rows
            .iter()
            .filter(|r| matches!(r, Row::Change(_)))
            .count();
        let ghosts = rows
            .rows
            .iter()
            .filter(|r| matches!(r, Row::Ghost(_)))
            .count();
        assert_eq!(changes, c.sentences.len());
        assert_eq!(ghosts, 2);
        for (index, change) in c.sentences.iter().enumerate() {
            assert_eq!(rows.rows[rows.row_of_change[index]], Row::Change(index));
            assert_eq!(rows.ghost_of_change[index].is_some(), change.moved);
        }
    }

    #[test]
    fn filters_fold_what_they_hide_and_folds_expand() {
        let c = seed();
        let infos = change_infos(&c);
        let rows = build(&c, &infos, Filter::Moved, true, &FxHashSet::default());
        let shown: Vec<usize> = rows
            .rows
            .iter()
            .filter_map(|r| {
                if let Row::Change(i) = r {
                    Some(*i)
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(shown.len(), 2);
        assert!(shown.iter().all(|&i| c.sentences[i].moved));
        let Some(Row::Fold { first, .. }) = rows.rows.first().copied() else {
            panic!("starts with a fold: {:?}", rows.rows.first());
        };
        let mut expanded = FxHashSet::default();
        expanded.insert(first);
        let more = build(&c, &infos, Filter::Moved, true, &expanded);
        assert!(more.rows.len() > rows.rows.len());
    }

    #[test]
    fn long_quiet_runs_fold_with_context() {
        let text: String = (0..30)
            .map(|i| format!("Sentence number {i} stays. "))
            .collect();
        let new = format!("{text}A new one at the end.");
        let c = compare::compare(
            Document::from_text("a", &text),
            Document::from_text("b", &new),
            &Options::default(),
        );
        let infos = change_infos(&c);
        let rows = build(&c, &infos, Filter::All, true, &FxHashSet::default());
        assert_eq!(
            rows.rows[0],
            Row::Fold {
                first: 0,
                count: 28
            }
        );
        assert_eq!(rows.rows.len(), 1 + CONTEXT + 1);
    }
}
