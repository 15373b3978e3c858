//! Where each version comes from: a file, or the bundled sample.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::ingest::{self, IngestError, Input, LoadOptions};
use crate::samples;

/// One version's origin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// The bundled sample's older version.
    SampleOld,
    /// The bundled sample's newer version.
    SampleNew,
}

impl Source {
    /// The name to show: the file name, or the sample's.
    pub fn name(&self) -> String {
        match self {
            Self::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Self::SampleOld => samples::OLD.name.to_owned(),
            Self::SampleNew => samples::NEW.name.to_owned(),
        }
    }

    /// The path, for files.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::File(path) => Some(path),
            Self::SampleOld | Self::SampleNew => None,
        }
    }

    /// When the file was last modified (samples never change).
    pub fn modified(&self) -> Option<SystemTime> {
        self.path()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok())
    }

    /// Reads and analyses the version.
    pub fn load(&self, options: LoadOptions) -> Result<Document, IngestError> {
        match self {
            Self::File(path) => {
                let mut doc = Document::load(&Input::Path(path.clone()), options)?;
                doc.name = self.name();
                Ok(doc)
            }
            Self::SampleOld | Self::SampleNew => {
                let sample = if *self == Self::SampleOld {
                    samples::OLD
                } else {
                    samples::NEW
                };
                let loaded = ingest::from_bytes(sample.text.as_bytes(), sample.name, None)?;
                Ok(Document::from_loaded(loaded))
            }
        }
    }
}

/// The two versions being compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    /// The older version.
    pub old: Source,
    /// The newer version.
    pub new: Source,
}

impl Pair {
    /// The bundled sample pair.
    pub fn sample() -> Self {
        Self {
            old: Source::SampleOld,
            new: Source::SampleNew,
        }
    }

    /// Two files.
    pub fn files(old: PathBuf, new: PathBuf) -> Self {
        Self {
            old: Source::File(old),
            new: Source::File(new),
        }
    }

    /// The same pair with absolute paths, to be remembered whatever folder the app starts in.
    pub fn absolute(&self) -> Self {
        let absolute = |source: &Source| match source {
            Source::File(path) => Source::File(std::path::absolute(path).unwrap_or(path.clone())),
            other => other.clone(),
        };
        Self {
            old: absolute(&self.old),
            new: absolute(&self.new),
        }
    }

    /// The same pair the other way round.
    pub fn swapped(&self) -> Self {
        Self {
            old: self.new.clone(),
            new: self.old.clone(),
        }
    }

    /// `old → new`, for menus and titles.
    pub fn title(&self) -> String {
        format!("{} → {}", self.old.name(), self.new.name())
    }

    /// `true` when both versions are files that still exist.
    pub fn exists(&self) -> bool {
        [&self.old, &self.new]
            .iter()
            .all(|s| s.path().is_none_or(Path::is_file))
    }
}

/// Orders two dropped or picked files by modification time, older first.
pub fn older_first(a: PathBuf, b: PathBuf) -> (PathBuf, PathBuf) {
    let time = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (time(&a), time(&b)) {
        (Some(ta), Some(tb)) if tb < ta => (b, a),
        _ => (a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_pairs_have_absolute_paths() {
        let pair = Pair::files("old.txt".into(), "/data/new.txt".into()).absolute();
        let cwd = std::env::current_dir().expect("a current folder");
        assert_eq!(pair.old, Source::File(cwd.join("old.txt")));
        assert_eq!(pair.new, Source::File("/data/new.txt".into()));
        assert_eq!(Pair::sample().absolute(), Pair::sample());
    }
}
