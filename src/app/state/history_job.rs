//! A story's whole history, followed off the UI thread once several versions are open: the
//! timeline's change counts, the quotation lifelines and the sentence history read it.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use super::pair;
use crate::comparison::Options;
use crate::history::{History, Version};
use crate::ingest::{LoadOptions, Source};

/// The history of the versions open, once followed, and the one being followed.
#[derive(Default)]
pub struct HistoryJob {
    /// The versions the history (or the work in flight) is for.
    versions: Vec<Source>,
    receiver: Option<Receiver<Result<History, String>>>,
    /// The history, when followed.
    pub history: Option<Arc<History>>,
    /// Why it could not be followed.
    pub error: Option<String>,
}

impl HistoryJob {
    /// Follows the history of `versions` unless it is known or being followed; `wake` is
    /// called when it is ready.
    pub fn want(
        &mut self,
        versions: &[Source],
        options: Options,
        wake: impl Fn() + Send + 'static,
    ) {
        if self.versions == versions {
            return;
        }
        self.versions = versions.to_vec();
        self.history = None;
        self.error = None;
        let (sender, receiver) = channel();
        self.receiver = Some(receiver);
        let sources = versions.to_vec();
        let worker = move || {
            let read: Result<Vec<Version>, String> = sources
                .iter()
                .map(|source| {
                    let document =
                        pair::load(source, LoadOptions::default()).map_err(|e| e.to_string())?;
                    Ok(Version {
                        label: source.file_name(),
                        time: source.modified(),
                        document,
                    })
                })
                .collect();
            sender.send(read.map(|v| History::new(v, &options))).ok();
            wake();
        };
        if let Err(error) = std::thread::Builder::new()
            .name("history".into())
            .spawn(worker)
        {
            self.receiver = None;
            self.error = Some(format!("could not start following the history: {error}"));
        }
    }

    /// Forgets the history (no timeline any more).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Takes in the history once it has arrived.
    pub fn poll(&mut self) {
        let Some(receiver) = &self.receiver else {
            return;
        };
        if let Ok(result) = receiver.try_recv() {
            self.receiver = None;
            match result {
                Ok(history) => self.history = Some(Arc::new(history)),
                Err(error) => self.error = Some(error),
            }
        }
    }

    /// `true` while the history is being followed.
    pub fn busy(&self) -> bool {
        self.receiver.is_some()
    }
}
