//! Comparing off the UI thread: a named worker per request, its progress, and superseding.
//!
//! Every request gets a generation number; a newer request supersedes the older one,
//! whose worker is asked to stop at its next step and whose result is dropped if it
//! arrives anyway. The worker wakes the UI when it is done.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use super::pair::{self, Pair};
use crate::compare;
use crate::comparison::Options;
use crate::document;
use crate::ingest::{LoadOptions, Tracked};
use crate::present::Presented;

/// What a worker is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and analysing both versions, at once.
    Reading = 0,
    /// Pairing sentences and quotations.
    Comparing = 1,
}

impl Stage {
    /// How many stages a request goes through.
    pub const COUNT: u8 = 2;

    fn from_u8(value: u8) -> Self {
        match value {
            0 => Self::Reading,
            _ => Self::Comparing,
        }
    }
}

/// A comparison to make.
#[derive(Debug, Clone)]
pub struct Request {
    /// The two versions.
    pub pair: Pair,
    /// Comparison options.
    pub options: Options,
    /// How tracked changes in Word and OpenDocument files are read.
    pub tracked: Tracked,
    /// The last comparison of the same pair (when only the options changed): its
    /// documents are used again instead of reading the files.
    pub reuse: Option<Arc<Presented>>,
}

/// What a worker sends back.
#[derive(Debug)]
pub struct Outcome {
    /// The request's generation.
    pub generation: u64,
    /// The pair that was compared.
    pub pair: Pair,
    /// The comparison, or the error message naming the file.
    pub result: Result<Finished, String>,
}

/// A finished comparison, ready to show, and how long it took.
#[derive(Debug)]
pub struct Finished {
    /// The comparison with the facts its views need.
    pub presented: Presented,
    /// Wall time from request to result.
    pub elapsed: Duration,
}

/// The request in flight.
struct Running {
    stage: Arc<AtomicU8>,
    cancel: Arc<AtomicBool>,
    pair: Pair,
}

/// Starts workers and collects their results.
pub struct Jobs {
    sender: Sender<Outcome>,
    receiver: Receiver<Outcome>,
    generation: u64,
    running: Option<Running>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            generation: 0,
            running: None,
        }
    }
}

impl Jobs {
    /// Starts comparing `request` on a worker thread, superseding any request in flight.
    /// `wake` is called when the result is ready.
    pub fn start(&mut self, request: Request, wake: impl Fn() + Send + 'static) {
        if let Some(previous) = self.running.take() {
            previous.cancel.store(true, Ordering::Relaxed);
        }
        self.generation += 1;
        let generation = self.generation;
        let stage = Arc::new(AtomicU8::new(Stage::Reading as u8));
        let cancel = Arc::new(AtomicBool::new(false));
        self.running = Some(Running {
            stage: Arc::clone(&stage),
            cancel: Arc::clone(&cancel),
            pair: request.pair.clone(),
        });
        let sender = self.sender.clone();
        let worker = move || {
            let pair = request.pair.clone();
            let result = work(request, &stage, &cancel);
            if !cancel.load(Ordering::Relaxed) {
                sender
                    .send(Outcome {
                        generation,
                        pair,
                        result,
                    })
                    .ok();
                wake();
            }
        };
        let spawned = std::thread::Builder::new()
            .name(format!("compare-{generation}"))
            .spawn(worker);
        if let Err(error) = spawned {
            self.running = None;
            self.sender
                .send(Outcome {
                    generation,
                    pair: Pair::sample(),
                    result: Err(format!("could not start comparing: {error}")),
                })
                .ok();
        }
    }

    /// The result of the latest request, once it has arrived; older results are dropped.
    pub fn poll(&mut self) -> Option<Outcome> {
        let mut latest = None;
        while let Ok(outcome) = self.receiver.try_recv() {
            if outcome.generation == self.generation {
                self.running = None;
                latest = Some(outcome);
            }
        }
        latest
    }

    /// `true` while a request is in flight.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// The stage of the request in flight and the pair it compares.
    pub fn progress(&self) -> Option<(Stage, &Pair)> {
        self.running
            .as_ref()
            .map(|r| (Stage::from_u8(r.stage.load(Ordering::Relaxed)), &r.pair))
    }
}

/// Reads (unless given) and compares, reporting the stage as it goes.
fn work(request: Request, stage: &AtomicU8, cancel: &AtomicBool) -> Result<Finished, String> {
    let started = Instant::now();
    let load_options = LoadOptions {
        tracked: request.tracked,
        ..LoadOptions::default()
    };
    let (old, new) = match request.reuse {
        Some(previous) => (
            previous.comparison().old.clone(),
            previous.comparison().new.clone(),
        ),
        None => {
            stage.store(Stage::Reading as u8, Ordering::Relaxed);
            document::load_both(
                || pair::load(&request.pair.old, load_options),
                || pair::load(&request.pair.new, load_options),
            )
            .map_err(|e| e.to_string())?
        }
    };
    if cancel.load(Ordering::Relaxed) {
        return Err("superseded".to_owned());
    }
    stage.store(Stage::Comparing as u8, Ordering::Relaxed);
    let presented = Presented::new(compare::compare(old, new, &request.options));
    Ok(Finished {
        presented,
        elapsed: started.elapsed(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(jobs: &mut Jobs) -> Outcome {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(outcome) = jobs.poll() {
                return outcome;
            }
            assert!(Instant::now() < deadline, "worker finished in time");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_newer_request_supersedes_an_older_one() {
        let mut jobs = Jobs::default();
        let request = Request {
            pair: Pair::sample(),
            options: Options::default(),
            tracked: Tracked::Accepted,
            reuse: None,
        };
        jobs.start(request.clone(), || {});
        let strict = Request {
            options: Options {
                similarity_threshold: 0.95,
                ..Options::default()
            },
            ..request
        };
        jobs.start(strict, || {});
        assert!(jobs.busy());
        let outcome = wait(&mut jobs);
        assert_eq!(outcome.generation, 2);
        let finished = outcome.result.expect("compared");
        assert_eq!(
            finished.presented.comparison().options.similarity_threshold,
            0.95
        );
        assert!(!jobs.busy());
        std::thread::sleep(Duration::from_millis(50));
        assert!(jobs.poll().is_none(), "the older result is dropped");
    }

    #[test]
    fn errors_name_the_file() {
        let mut jobs = Jobs::default();
        let pair = Pair::files("no-such-old.txt".into(), "no-such-new.txt".into());
        jobs.start(
            Request {
                pair,
                options: Options::default(),
                tracked: Tracked::Accepted,
                reuse: None,
            },
            || {},
        );
        let outcome = wait(&mut jobs);
        assert_eq!(
            outcome.result.err().as_deref(),
            Some("no-such-old.txt: no such file")
        );
    }
}
