//! `similar`'s Myers diff, made symmetric.
//!
//! Among the many shortest edit scripts of repeated items, the one chosen must not depend
//! on which version is called old, so that comparing the other way round mirrors the
//! result: the diff always runs from the smaller sequence, and is turned round when the
//! sides were swapped.

use std::time::Instant;

use similar::{Algorithm, DiffOp};

/// The shortest edit script from `a` to `b`, within `deadline`.
pub fn diff(a: &[u64], b: &[u64], deadline: Option<Instant>) -> Vec<DiffOp> {
    if a <= b {
        return similar::capture_diff_deadline(
            Algorithm::Myers,
            a,
            0..a.len(),
            b,
            0..b.len(),
            deadline,
        );
    }
    similar::capture_diff_deadline(Algorithm::Myers, b, 0..b.len(), a, 0..a.len(), deadline)
        .into_iter()
        .map(turn_round)
        .collect()
}

/// An operation from `b` to `a` as the operation from `a` to `b`.
fn turn_round(op: DiffOp) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => DiffOp::Equal {
            old_index: new_index,
            new_index: old_index,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Insert {
            old_index: new_index,
            new_index: old_index,
            new_len: old_len,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Delete {
            old_index: new_index,
            old_len: new_len,
            new_index: old_index,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: new_index,
            old_len: new_len,
            new_index: old_index,
            new_len: old_len,
        },
    }
}
