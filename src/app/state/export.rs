//! Exporting a report from the app: written atomically on a worker thread; the result
//! stays until the notice that shows it is dismissed.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

use crate::ingest::identity::FileId;
use crate::present::Presented;
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
    /// The last result, shown until dismissed, and when it came.
    pub last: Option<(Done, Instant)>,
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

    /// Writes the report of `presented` in `format` to `path` on a worker thread.
    pub fn start(
        &mut self,
        presented: Arc<Presented>,
        format: Format,
        path: PathBuf,
        wake: impl Fn() + Send + 'static,
    ) {
        self.running = true;
        self.last = None;
        let sender = self.sender.clone();
        let job = move || {
            let comparison = presented.comparison();
            let inputs: Vec<FileId> = [&comparison.old, &comparison.new]
                .into_iter()
                .filter_map(|d| d.path.as_deref().and_then(FileId::of_path))
                .collect();
            let written = output::write_atomic(&path, &inputs, |w| {
                report::write(
                    w,
                    &presented,
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
            self.last = Some((
                Done::Failed("could not start writing the report".to_owned()),
                Instant::now(),
            ));
        }
    }

    /// Takes in a finished export.
    pub fn poll(&mut self) {
        if let Ok(done) = self.receiver.try_recv() {
            self.running = false;
            self.last = Some((done, Instant::now()));
        }
    }
}
