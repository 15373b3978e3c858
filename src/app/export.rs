//! Exporting a report from the app: written atomically on a worker thread, then a notice
//! with "Open report" and "Show in folder".

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use egui::{Align2, RichText};

use super::PalimpsestApp;
use crate::compare::Comparison;
use crate::report::{self, Format, ReportOptions, output};

/// What happened to an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// Written to this file.
    Saved(PathBuf),
    /// Not written, and why (naming the file).
    Failed(String),
}

/// The export in flight and the last result.
pub struct Exports {
    sender: Sender<Done>,
    receiver: Receiver<Done>,
    running: bool,
    /// The last result, shown until dismissed.
    pub last: Option<Done>,
}

impl Default for Exports {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            running: false,
            last: None,
        }
    }
}

impl Exports {
    /// `true` while a report is being written.
    pub fn busy(&self) -> bool {
        self.running
    }

    /// Writes the report of `comparison` in `format` to `path` on a worker thread.
    pub fn start(
        &mut self,
        comparison: Arc<Comparison>,
        format: Format,
        path: PathBuf,
        wake: impl Fn() + Send + 'static,
    ) {
        self.running = true;
        self.last = None;
        let sender = self.sender.clone();
        let job = move || {
            let inputs: Vec<&std::path::Path> = [&comparison.old, &comparison.new]
                .into_iter()
                .filter_map(|d| d.path.as_deref())
                .collect();
            let written = output::write_atomic(&path, &inputs, |w| {
                report::write(
                    w,
                    &comparison,
                    format,
                    ReportOptions {
                        pretty: true,
                        ..ReportOptions::default()
                    },
                )
            });
            let done = match written {
                Ok(()) => Done::Saved(path),
                Err(error) => Done::Failed(error.to_string()),
            };
            sender.send(done).ok();
            wake();
        };
        if std::thread::Builder::new()
            .name("export".into())
            .spawn(job)
            .is_err()
        {
            self.running = false;
            self.last = Some(Done::Failed(
                "could not start writing the report".to_owned(),
            ));
        }
    }

    /// Takes in a finished export.
    pub fn poll(&mut self) {
        if let Ok(done) = self.receiver.try_recv() {
            self.running = false;
            self.last = Some(done);
        }
    }
}

/// The notice after an export: where it went, or why it failed.
pub fn export_notice_ui(app: &mut PalimpsestApp, ctx: &egui::Context) {
    let Some(done) = app.export.last.clone() else {
        return;
    };
    let mut open = true;
    egui::Window::new("Export")
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::RIGHT_BOTTOM, [-16.0, -40.0])
        .open(&mut open)
        .show(ctx, |ui| match &done {
            Done::Saved(path) => {
                ui.label(RichText::new("Report saved").strong());
                ui.label(path.display().to_string());
                ui.horizontal(|ui| {
                    if ui.button("Open report").clicked()
                        && let Err(error) = opener::open(path)
                    {
                        app.error = Some(format!(
                            "{}: could not open the report: {error}",
                            path.display()
                        ));
                    }
                    let folder = path
                        .parent()
                        .filter(|p| !p.as_os_str().is_empty())
                        .map_or_else(|| PathBuf::from("."), PathBuf::from);
                    if ui.button("Show in folder").clicked()
                        && let Err(error) = opener::open(&folder)
                    {
                        app.error = Some(format!(
                            "{}: could not open the folder: {error}",
                            folder.display()
                        ));
                    }
                });
            }
            Done::Failed(message) => {
                ui.label(RichText::new("The report was not saved").strong());
                ui.label(message);
            }
        });
    if !open {
        app.export.last = None;
    }
}
