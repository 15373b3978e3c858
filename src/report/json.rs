//! The JSON wire format of `../shared/spec/report-format.md` (`palimpsest/report/1`).
//!
//! Wire types borrow from the model and are serialize-only: the JSON is a view of a
//! [`Document`], never a second copy of it.

use serde::Serialize;

use crate::document::Document;
use crate::text::Warning;

/// A [`Document`] as the spec's `Document` object.
#[derive(Debug, Serialize)]
pub struct DocumentJson<'a> {
    /// File name, `-` for standard input.
    pub name: &'a str,
    /// The path as given, or null.
    pub path: Option<String>,
    /// The encoding the bytes were decoded from.
    pub encoding: &'a str,
    /// `text`, `markdown` or `html`.
    pub format: &'a str,
    /// The readable text the offsets index into.
    pub text: &'a str,
    /// Sentences in reading order.
    pub sentences: Vec<SentenceJson<'a>>,
    /// Quotations in reading order.
    pub quotes: Vec<QuoteJson<'a>>,
    /// Oddities noticed while reading (an addition to the spec; may be empty).
    pub warnings: &'a [Warning],
}

/// One sentence: id, paragraph, byte offsets and text.
#[derive(Debug, Serialize)]
pub struct SentenceJson<'a> {
    /// Index in reading order.
    pub id: usize,
    /// Paragraph number.
    pub paragraph: usize,
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// The sentence.
    pub text: &'a str,
}

/// One quotation: id, sentence, byte offsets, quoted words and speaker.
#[derive(Debug, Serialize)]
pub struct QuoteJson<'a> {
    /// Index in reading order.
    pub id: usize,
    /// The sentence where the quotation starts.
    pub sentence: usize,
    /// Byte offset of the first quoted char.
    pub start: usize,
    /// Byte offset just past the last quoted char.
    pub end: usize,
    /// The quoted words, without the marks.
    pub text: &'a str,
    /// Who said it, or null.
    pub speaker: Option<&'a str>,
}

impl<'a> DocumentJson<'a> {
    /// The wire view of `doc`.
    pub fn new(doc: &'a Document) -> Self {
        Self {
            name: &doc.name,
            path: doc.path.as_ref().map(|p| p.display().to_string()),
            encoding: doc.encoding,
            format: doc.format.name(),
            text: &doc.text,
            sentences: doc
                .sentences
                .iter()
                .enumerate()
                .map(|(id, s)| SentenceJson {
                    id,
                    paragraph: s.paragraph,
                    start: s.start,
                    end: s.end,
                    text: doc.sentence_text(id),
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .enumerate()
                .map(|(id, q)| QuoteJson {
                    id,
                    sentence: q.sentence,
                    start: q.start,
                    end: q.end,
                    text: doc.quote_text(id),
                    speaker: q.speaker.as_deref(),
                })
                .collect(),
            warnings: &doc.warnings,
        }
    }
}
