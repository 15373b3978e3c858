//! What the app remembers between runs.
//!
//! Settings live in `settings.json` in the app's storage folder. They are written to a
//! temporary file that is then renamed over the old one (eframe's own storage truncates
//! and rewrites its file, which a crash can leave empty), so a crash never loses them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::pair::Pair;
use crate::comparison::Options;

/// The settings file in the app's storage folder.
pub fn default_path() -> Option<PathBuf> {
    eframe::storage_dir("palimpsest").map(|dir| dir.join("settings.json"))
}

/// How many recent pairs the menu keeps.
pub const RECENT: usize = 10;

/// How the comparison is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// Old and new side by side, one row per change.
    #[default]
    SideBySide,
    /// One column, like tracked changes.
    Redline,
}

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Remembered settings; new fields get their defaults when older settings are read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Comparison options.
    pub options: Options,
    /// The pair open when the app last closed.
    pub last: Option<Pair>,
    /// Recently opened pairs, newest first.
    pub recent: Vec<Pair>,
    /// Side by side or redline.
    pub view: View,
    /// Light or dark.
    pub theme: Theme,
    /// Show the quotations panel.
    pub quotes_panel: bool,
    /// Fold long runs of unchanged sentences.
    pub fold_unchanged: bool,
    /// Read the tracked changes of Word and OpenDocument files as the document was before
    /// them, not as accepted.
    pub tracked_original: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            options: Options::default(),
            last: None,
            recent: Vec::new(),
            view: View::SideBySide,
            theme: Theme::System,
            quotes_panel: true,
            fold_unchanged: true,
            tracked_original: false,
        }
    }
}

impl Settings {
    /// Reads the settings at `path`; defaults when there are none or they cannot be read.
    pub fn load(path: &Path) -> Self {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings to `path` atomically.
    pub fn save(&self, path: &Path) -> Result<(), crate::report::output::OutputError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).ok();
        }
        crate::report::output::write_atomic(path, &[], |w| {
            serde_json::to_writer_pretty(&mut *w, self).map_err(std::io::Error::other)
        })
    }

    /// Puts `pair` first in the recent list (files only; the sample is always at hand).
    pub fn remember(&mut self, pair: &Pair) {
        if pair.old.path().is_none() && pair.new.path().is_none() {
            return;
        }
        self.recent.retain(|p| p != pair);
        self.recent.insert(0, pair.clone());
        self.recent.truncate(RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_pairs_are_unique_newest_first_and_bounded() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(&Pair::files(format!("a{i}").into(), "b".into()));
        }
        s.remember(&Pair::files("a3".into(), "b".into()));
        assert_eq!(s.recent.len(), RECENT);
        assert_eq!(s.recent[0], Pair::files("a3".into(), "b".into()));
        s.remember(&Pair::sample());
        assert_ne!(s.recent[0], Pair::sample());
    }

    #[test]
    fn settings_survive_a_round_trip_and_a_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.json");
        let mut s = Settings::default();
        s.remember(&Pair::files("a.txt".into(), "b.txt".into()));
        s.view = View::Redline;
        s.save(&path).unwrap();
        assert_eq!(Settings::load(&path), s);
        std::fs::write(&path, "{ truncated").unwrap();
        assert_eq!(Settings::load(&path), Settings::default());
        assert_eq!(
            Settings::load(&dir.path().join("missing.json")),
            Settings::default()
        );
    }

    #[test]
    fn old_settings_read_with_defaults() {
        let s: Settings = serde_json::from_str(r#"{"quotes_panel": false}"#).unwrap();
        assert!(!s.quotes_panel);
        assert_eq!(s.options, Options::default());
    }
}
