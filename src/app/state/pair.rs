//! The two versions the app compares, each a [`Source`].

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::ingest::{IngestError, LoadOptions, Source};

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

    /// `true` for the bundled sample pair.
    pub fn is_sample(&self) -> bool {
        *self == Self::sample()
    }

    /// The same pair with absolute paths, to be remembered whatever folder the app starts in.
    pub fn absolute(&self) -> Self {
        Self {
            old: self.old.absolute(),
            new: self.new.absolute(),
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
        format!("{} → {}", self.old.file_name(), self.new.file_name())
    }

    /// `true` when both versions are files that still exist (or are not files).
    pub fn exists(&self) -> bool {
        [&self.old, &self.new]
            .iter()
            .all(|s| s.path().is_none_or(Path::is_file))
    }

    /// The folder of the first version that is a file.
    pub fn folder(&self) -> Option<PathBuf> {
        [&self.old, &self.new].iter().find_map(|s| {
            s.path()
                .and_then(Path::parent)
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
        })
    }
}

/// Reads one version as the app shows it: named by its file name alone.
pub fn load(source: &Source, options: LoadOptions) -> Result<Document, IngestError> {
    let mut doc = Document::load(source, options)?;
    doc.name = source.file_name();
    Ok(doc)
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

    #[test]
    fn settings_written_by_earlier_versions_still_read() {
        let json = r#"{"old":{"File":"/a/old.txt"},"new":"SampleNew"}"#;
        let pair: Pair = serde_json::from_str(json).expect("reads");
        assert_eq!(pair.old, Source::File("/a/old.txt".into()));
        assert_eq!(pair.new, Source::SampleNew);
    }
}
