//! What the app remembers between runs, kept by eframe's storage.

use serde::{Deserialize, Serialize};

use super::source::Pair;
use crate::compare::Options;

/// The key under which the settings are stored.
pub const KEY: &str = "palimpsest-settings";

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
        }
    }
}

impl Settings {
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
    fn old_settings_read_with_defaults() {
        let s: Settings = serde_json::from_str(r#"{"quotes_panel": false}"#).unwrap();
        assert!(!s.quotes_panel);
        assert_eq!(s.options, Options::default());
    }
}
