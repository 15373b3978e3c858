//! Display order: the new document's order, each removed item right after the row that
//! holds the old item before it, so that a side-by-side view can be drawn top to bottom.

/// The order in which to show changes, given each change's old and new ids (as slices of
/// item positions) and the number of old and new items. Returns indices into the changes.
pub fn display_order(
    changes: &[(&[usize], &[usize])],
    old_len: usize,
    new_len: usize,
) -> Vec<usize> {
    let mut row_of_old = vec![usize::MAX; old_len];
    let mut first_new_of = vec![usize::MAX; new_len];
    for (index, (old, new)) in changes.iter().enumerate() {
        for &o in *old {
            if let Some(slot) = row_of_old.get_mut(o) {
                *slot = index;
            }
        }
        if let Some(slot) = new.iter().min().and_then(|&n| first_new_of.get_mut(n)) {
            *slot = index;
        }
    }
    let mut removed: Vec<(usize, usize)> = changes
        .iter()
        .enumerate()
        .filter(|(_, (_, new))| new.is_empty())
        .filter_map(|(index, (old, _))| old.iter().min().map(|&o| (o, index)))
        .collect();
    removed.sort_unstable();
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); changes.len()];
    let mut top = Vec::new();
    for (o, index) in removed {
        match o.checked_sub(1).and_then(|p| row_of_old.get(p)) {
            Some(&row) if row != usize::MAX => after[row].push(index),
            _ => top.push(index),
        }
    }
    let mut out = Vec::with_capacity(changes.len());
    let mut stack: Vec<usize> = top.into_iter().rev().collect();
    let mut next_new = 0;
    loop {
        if let Some(index) = stack.pop() {
            out.push(index);
            stack.extend(after[index].iter().rev());
            continue;
        }
        let Some(&index) = first_new_of.get(next_new) else {
            break;
        };
        next_new += 1;
        if index != usize::MAX {
            stack.push(index);
        }
    }
    out
}

/// `items` in the given order (a permutation of their indices).
pub fn apply<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i)?.take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_rows_follow_their_old_neighbour() {
        // old: A B C D, new: A C E. B follows A; D follows C; E is added.
        let changes: Vec<(&[usize], &[usize])> = vec![
            (&[0], &[0]),
            (&[1], &[]),
            (&[2], &[1]),
            (&[3], &[]),
            (&[], &[2]),
        ];
        assert_eq!(display_order(&changes, 4, 3), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn removed_first_items_come_first_and_runs_keep_their_order() {
        let changes: Vec<(&[usize], &[usize])> = vec![(&[2], &[0]), (&[1], &[]), (&[0], &[])];
        assert_eq!(display_order(&changes, 3, 1), [2, 1, 0]);
    }

    #[test]
    fn a_split_row_shows_once_at_its_first_new_item() {
        let changes: Vec<(&[usize], &[usize])> = vec![(&[0], &[0, 1]), (&[1], &[2])];
        assert_eq!(display_order(&changes, 2, 3), [0, 1]);
    }
}
