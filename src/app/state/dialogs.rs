//! File dialogs that never block the window, and a typed path for when none can open.
//!
//! rfd's dialogs run on their own thread and send their answer back. On Linux rfd talks
//! to the XDG desktop portal and falls back to `zenity`; with neither it returns nothing
//! at once and says why only in the log. A dialog that "answers" faster than a person
//! could is taken to mean that none can open here: the app then offers a path field with
//! completion instead, besides drag and drop and the recent pairs.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::report::Format;

/// Faster than this, a dialog did not really open.
const NO_DIALOG: Duration = Duration::from_millis(300);

/// What a dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Pick the older version.
    OpenOld,
    /// Pick the newer version.
    OpenNew,
    /// Pick both versions at once.
    OpenBoth,
    /// Choose where to save a report.
    Export(Format),
    /// Choose where to save the pasted text of the old (`true`) or new version.
    SavePasted(bool),
    /// Pick a folder holding the versions of one story.
    OpenFolder,
}

/// A dialog's answer.
#[derive(Debug)]
pub struct Answer {
    /// What it was for.
    pub purpose: Purpose,
    /// The chosen paths; empty when cancelled.
    pub paths: Vec<PathBuf>,
}

/// The dialog in flight, if any, and whether dialogs work here at all.
pub struct Dialogs {
    sender: Sender<(Answer, Duration)>,
    receiver: Receiver<(Answer, Duration)>,
    open: bool,
    /// No dialog can open on this system.
    pub unavailable: bool,
}

impl Default for Dialogs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            open: false,
            unavailable: !likely_available(),
        }
    }
}

/// `true` when a portal or zenity can probably show a dialog.
fn likely_available() -> bool {
    if cfg!(not(target_os = "linux")) {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    on_path("zenity") || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
}

impl Dialogs {
    /// `true` while a dialog is open.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Opens a dialog for `purpose` on its own thread; `wake` is called with its answer.
    pub fn open(
        &mut self,
        purpose: Purpose,
        folder: Option<PathBuf>,
        file_name: Option<String>,
        wake: impl Fn() + Send + 'static,
    ) {
        if self.open {
            return;
        }
        self.open = true;
        let sender = self.sender.clone();
        let job = move || {
            let started = Instant::now();
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let paths = match purpose {
                Purpose::OpenOld => dialog
                    .set_title("Choose the older version")
                    .pick_file()
                    .into_iter()
                    .collect(),
                Purpose::OpenNew => dialog
                    .set_title("Choose the newer version")
                    .pick_file()
                    .into_iter()
                    .collect(),
                Purpose::OpenBoth => dialog
                    .set_title("Choose both versions, or all the versions of one story")
                    .pick_files()
                    .unwrap_or_default(),
                Purpose::OpenFolder => dialog
                    .set_title("Choose a folder of versions of one story")
                    .pick_folder()
                    .into_iter()
                    .collect(),
                Purpose::SavePasted(_) => dialog
                    .set_title("Save the pasted text as")
                    .set_file_name(file_name.clone().unwrap_or_default())
                    .add_filter("Text", &["txt"])
                    .save_file()
                    .into_iter()
                    .collect(),
                Purpose::Export(format) => dialog
                    .set_title("Save the report as")
                    .set_file_name(file_name.unwrap_or_default())
                    .add_filter(format.label(), &[format.extension()])
                    .save_file()
                    .into_iter()
                    .collect(),
            };
            sender
                .send((Answer { purpose, paths }, started.elapsed()))
                .ok();
            wake();
        };
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(job);
        if spawned.is_err() {
            self.open = false;
            self.unavailable = true;
        }
    }

    /// The answer of the dialog, once given. A cancel faster than a person could manage
    /// marks dialogs as unavailable (the answer then has no paths).
    pub fn poll(&mut self) -> Option<Answer> {
        let (answer, elapsed) = self.receiver.try_recv().ok()?;
        self.open = false;
        if answer.paths.is_empty() && elapsed < NO_DIALOG {
            log::info!(
                "the file dialog closed after {elapsed:?} without an answer: no dialog can open"
            );
            self.unavailable = true;
        }
        Some(answer)
    }
}

/// Completions for a typed path: entries of its folder that start with its last part,
/// folders with a trailing slash, sorted, at most `limit`.
pub fn completions(typed: &str, limit: usize) -> Vec<String> {
    let (folder, prefix) = match typed.rfind('/') {
        Some(at) => (&typed[..=at], &typed[at + 1..]),
        None => ("", typed),
    };
    let dir = if folder.is_empty() {
        Path::new(".")
    } else {
        Path::new(folder)
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            let hidden = name.starts_with('.') && !prefix.starts_with('.');
            if hidden || !name.starts_with(prefix) {
                return None;
            }
            let slash = if entry.path().is_dir() { "/" } else { "" };
            Some(format!("{folder}{name}{slash}"))
        })
        .collect();
    out.sort();
    out.truncate(limit);
    out
}

/// The longest common start of `options`, or `None` when there are none.
pub fn common_prefix(options: &[String]) -> Option<String> {
    let first = options.first()?;
    let mut end = first.len();
    for other in &options[1..] {
        end = first
            .char_indices()
            .zip(other.chars())
            .find(|((_, a), b)| a != b)
            .map_or(end.min(other.len()), |((at, _), _)| at.min(end));
    }
    Some(first[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_paths() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("story-v1.txt"), "a").unwrap();
        std::fs::write(dir.path().join("story-v2.txt"), "b").unwrap();
        std::fs::create_dir(dir.path().join("stories")).unwrap();
        let typed = format!("{}/stor", dir.path().display());
        let found = completions(&typed, 10);
        assert_eq!(found.len(), 3);
        assert!(found.iter().any(|f| f.ends_with("stories/")));
        assert_eq!(
            common_prefix(&found),
            Some(format!("{}/stor", dir.path().display()))
        );
        let typed = format!("{}/story-", dir.path().display());
        assert_eq!(
            common_prefix(&completions(&typed, 10)),
            Some(format!("{}/story-v", dir.path().display()))
        );
    }
}
