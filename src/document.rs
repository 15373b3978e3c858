//! A document: one version of an article, read and analysed.

use std::path::PathBuf;
use std::time::SystemTime;

use crate::ingest::{self, Format, IngestError, LoadOptions, Loaded, Source};
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
    /// The document's own title (a Markdown front matter's), if it has one.
    pub title: Option<String>,
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
    /// Reads and analyses `source`.
    pub fn load(source: &Source, options: LoadOptions) -> Result<Self, IngestError> {
        ingest::load(source, options).map(Self::from_loaded)
    }

    /// Analyses text that has already been read. Here, where every way of reading ends,
    /// control characters become visible symbols (in the text, the name and the title).
    pub fn from_loaded(mut loaded: Loaded) -> Self {
        use crate::ingest::controls;
        loaded.text = controls::make_visible(
            std::mem::take(&mut loaded.text),
            &mut loaded.units,
            &mut loaded.dropped,
            &mut loaded.attributions,
        );
        loaded.name = controls::visible_line(&loaded.name).into_owned();
        loaded.title = loaded
            .title
            .map(|t| controls::visible_line(&t).into_owned());
        let wholes: Vec<text::Whole> = loaded
            .units
            .iter()
            .map(|u| text::Whole {
                start: u.start,
                end: u.end,
                code: u.code,
                inline: u.inline,
            })
            .collect();
        let named: Vec<(usize, usize, &str)> = loaded
            .attributions
            .iter()
            .map(|a| (a.start, a.end, a.speaker.as_str()))
            .collect();
        let mut analysis = text::analyse_with(&loaded.text, &wholes, &named);
        for dropped in &loaded.dropped {
            analysis.warnings.push(Warning {
                offset: dropped.offset,
                message: dropped.what.clone(),
            });
        }
        if loaded.replaced > 0 {
            let offset = loaded.text.find('\u{FFFD}').unwrap_or(0);
            let chars = loaded.text.chars().count();
            let message = if loaded.replaced * 2 > chars {
                format!(
                    "most of the text could not be decoded: {} of its {chars} characters are \u{FFFD} (read as {})",
                    loaded.replaced, loaded.encoding
                )
            } else {
                format!(
                    "{} invalid {} byte sequence{} shown as \u{FFFD}",
                    loaded.replaced,
                    loaded.encoding,
                    if loaded.replaced == 1 { " is" } else { "s are" }
                )
            };
            analysis.warnings.insert(0, Warning { offset, message });
        }
        Self {
            name: loaded.name,
            path: loaded.path,
            modified: loaded.modified,
            encoding: loaded.encoding,
            format: loaded.format,
            title: loaded.title,
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
            units: Vec::new(),
            title: None,
            dropped: Vec::new(),
            attributions: Vec::new(),
        })
    }

    /// The text of sentence `id`.
    pub fn sentence_text(&self, id: usize) -> &str {
        self.sentences
            .get(id)
            .and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or("")
    }

    /// The sentences `ids`, joined by spaces.
    pub fn joined(&self, ids: &[usize]) -> String {
        ids.iter()
            .map(|&i| self.sentence_text(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The quotations inside sentences `ids`, as byte ranges into the sentences joined by
    /// single spaces ([`Document::joined`]), with the quotation's id.
    pub fn quote_ranges(&self, ids: &[usize]) -> Vec<(std::ops::Range<usize>, usize)> {
        let mut out = Vec::new();
        let mut offset = 0;
        for &id in ids {
            let Some(sentence) = self.sentences.get(id) else {
                continue;
            };
            let first = self.quotes.partition_point(|q| q.sentence < id);
            for (qid, quote) in self.quotes.iter().enumerate().skip(first) {
                if quote.start >= sentence.end {
                    break;
                }
                let start = quote.start.max(sentence.start) - sentence.start + offset;
                let end = quote.end.min(sentence.end).saturating_sub(sentence.start) + offset;
                if start < end {
                    out.push((start..end, qid));
                }
            }
            offset += sentence.end - sentence.start + 1;
        }
        out
    }

    /// The paragraph of sentence `id`, counted from 1 as people count.
    pub fn paragraph_number(&self, id: usize) -> usize {
        self.sentences.get(id).map_or(0, |s| s.paragraph + 1)
    }

    /// `true` when sentence `id` is the first of its paragraph.
    pub fn starts_paragraph(&self, id: usize) -> bool {
        id == 0
            || self.sentences.get(id - 1).map(|s| s.paragraph)
                != self.sentences.get(id).map(|s| s.paragraph)
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
    let (old_doc, new_doc) = crate::parallel::join("load-old", old, new);
    Ok((old_doc?, new_doc?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_ranges_follow_joined_sentences() {
        let doc = Document::from_text("t", "He said “yes”. She said “no”.");
        let ranges = doc.quote_ranges(&[0, 1]);
        let joined = format!("{} {}", doc.sentence_text(0), doc.sentence_text(1));
        let words: Vec<&str> = ranges.iter().map(|(r, _)| &joined[r.clone()]).collect();
        assert_eq!(words, ["yes", "no"]);
    }
}
