//! Several versions of one story opened at once: which two of them are compared.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::pair::Pair;
use crate::ingest::Source;

/// The versions, oldest first, and the pair of them on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Every version, oldest first.
    pub versions: Vec<Source>,
    /// The older version compared (an index into `versions`).
    pub old: usize,
    /// The newer version compared.
    pub new: usize,
}

impl Timeline {
    /// The files `paths` ordered oldest first (by modification time, then name), showing
    /// the last step; `None` for fewer than two.
    pub fn of_files(mut paths: Vec<PathBuf>) -> Option<Self> {
        if paths.len() < 2 {
            return None;
        }
        let time = |p: &Path| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH)
        };
        paths.sort_by(|a, b| time(a).cmp(&time(b)).then_with(|| a.cmp(b)));
        let last = paths.len() - 1;
        Some(Self {
            versions: paths.into_iter().map(Source::File).collect(),
            old: last - 1,
            new: last,
        })
    }

    /// The files of `folder` (not hidden ones, not subfolders) as a timeline.
    pub fn of_folder(folder: &Path) -> Option<Self> {
        Self::of_files(crate::ingest::versions_in(folder).ok()?)
    }

    /// The pair on screen.
    pub fn pair(&self) -> Pair {
        Pair {
            old: self.versions[self.old].clone(),
            new: self.versions[self.new].clone(),
        }
    }

    /// The same versions comparing `old` with `new` (kept in range and in order).
    pub fn showing(&self, old: usize, new: usize) -> Self {
        let last = self.versions.len() - 1;
        let new = new.clamp(1, last);
        Self {
            versions: self.versions.clone(),
            old: old.min(new - 1),
            new,
        }
    }

    /// The step before (`forward` false) or after the one shown: a version and the one
    /// before it.
    pub fn stepped(&self, forward: bool) -> Self {
        let new = if forward {
            self.new + 1
        } else {
            self.new.saturating_sub(1)
        };
        self.showing(new.saturating_sub(1), new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(count: usize) -> Timeline {
        Timeline {
            versions: (0..count)
                .map(|i| Source::File(format!("v{i}").into()))
                .collect(),
            old: count - 2,
            new: count - 1,
        }
    }

    #[test]
    fn steps_stay_in_range_and_in_order() {
        let t = timeline(4);
        assert_eq!((t.old, t.new), (2, 3));
        let back = t.stepped(false);
        assert_eq!((back.old, back.new), (1, 2));
        let first = back.stepped(false).stepped(false).stepped(false);
        assert_eq!((first.old, first.new), (0, 1));
        assert_eq!(t.stepped(true), t);
        let wide = t.showing(0, 3);
        assert_eq!((wide.old, wide.new), (0, 3));
        let reversed = t.showing(3, 1);
        assert_eq!((reversed.old, reversed.new), (0, 1));
        assert!(Timeline::of_files(vec!["one".into()]).is_none());
    }
}
