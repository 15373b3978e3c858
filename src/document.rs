//! A document: one version of an article, read and analysed.

use std::path::PathBuf;
use std::time::SystemTime;

use crate::ingest::{self, Format, IngestError, Input, LoadOptions, Loaded};
use crate::text::{self, Quote, Sentence, Warning};

/// One version of an article: where it came from, its readable text, its sentences and
/// its quotations. This is the spec's `Document` object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The name the user gave (a path as typed, or `-` for standard input).
    pub name: String,
    /// The path, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// When the file was last modified, if known.
    pub modified: Option<SystemTime>,
    /// The encoding the bytes were decoded from.
    pub encoding: &'static str,
    /// The format the text was extracted from.
    pub format: Format,
    /// The readable text the offsets index into.
    pub text: String,
    /// Sentences in reading order; a sentence's id is its index.
    pub sentences: Vec<Sentence>,
    /// Quotations in reading order; a quotation's id is its index.
    pub quotes: Vec<Quote>,
    /// Oddities noticed while reading (an unclosed quotation, …).
    pub warnings: Vec<Warning>,
}

impl Document {
    /// Reads and analyses `input`.
    pub fn load(input: &Input, options: LoadOptions) -> Result<Self, IngestError> {
        ingest::load(input, options).map(Self::from_loaded)
    }

    /// Analyses text that has already been read.
    pub fn from_loaded(loaded: Loaded) -> Self {
        let mut analysis = text::analyse(&loaded.text);
        if loaded.replaced > 0 {
            let offset = loaded.text.find('\u{FFFD}').unwrap_or(0);
            let message = format!(
                "{} invalid UTF-8 byte sequence{} shown as \u{FFFD}",
                loaded.replaced,
                if loaded.replaced == 1 { " is" } else { "s are" }
            );
            analysis.warnings.insert(0, Warning { offset, message });
        }
        Self {
            name: loaded.name,
            path: loaded.path,
            modified: loaded.modified,
            encoding: loaded.encoding,
            format: loaded.format,
            text: loaded.text,
            sentences: analysis.sentences,
            quotes: analysis.quotes,
            warnings: analysis.warnings,
        }
    }

    /// A document made from plain text in memory, named `name`.
    pub fn from_text(name: &str, text: &str) -> Self {
        Self::from_loaded(Loaded {
            name: name.to_owned(),
            path: None,
            modified: None,
            encoding: "UTF-8",
            replaced: 0,
            format: Format::Text,
            text: text.to_owned(),
        })
    }

    /// The text of sentence `id`.
    pub fn sentence_text(&self, id: usize) -> &str {
        self.sentences
            .get(id)
            .and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or("")
    }

    /// The quoted words of quotation `id`.
    pub fn quote_text(&self, id: usize) -> &str {
        self.quotes
            .get(id)
            .and_then(|q| self.text.get(q.start..q.end))
            .unwrap_or("")
    }
}

/// Reads two versions at once, the old one on a thread of its own (or after the new one,
/// if no thread can start); a panic in either load is passed on as if it happened here.
pub fn load_both<E: Send>(
    old: impl Fn() -> Result<Document, E> + Sync,
    new: impl FnOnce() -> Result<Document, E>,
) -> Result<(Document, Document), E> {
    std::thread::scope(|scope| {
        let job = std::thread::Builder::new()
            .name("load-old".into())
            .spawn_scoped(scope, &old);
        let new_doc = new();
        let old_doc = match job {
            Ok(job) => job
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => old(),
        };
        Ok((old_doc?, new_doc?))
    })
}
