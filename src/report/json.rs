//! The JSON wire format of `docs/report-format.md` (`palimpsest/report/1`).
//!
//! Wire types borrow from the model and are serialize-only: the JSON is a view of a
//! [`Comparison`] or a [`Document`], never a second copy of it.

use serde::Serialize;

use crate::comparison::{Changes, Comparison, Flag, Kind, Options, QuoteKind, Summary, WordOp};
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

/// The schema name and version of the report.
pub const SCHEMA: &str = "palimpsest/report/1";

/// A [`Comparison`] as the spec's report object.
#[derive(Debug, Serialize)]
pub struct ComparisonJson<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// `palimpsest` and its version.
    pub tool: String,
    /// What decided the comparison.
    pub options: &'a Options,
    /// The old version.
    pub old: DocumentJson<'a>,
    /// The new version.
    pub new: DocumentJson<'a>,
    /// Sentence rows in display order.
    pub sentences: Vec<SentenceChangeJson<'a>>,
    /// Quotation changes in display order.
    pub quotes: Vec<QuoteChangeJson<'a>>,
    /// Counts.
    pub summary: &'a Summary,
    /// The time budget ran out and pairing may be incomplete (an addition to the spec).
    pub approximate: bool,
}

/// A sentence row with its similarity rounded to four decimals.
#[derive(Debug, Serialize)]
pub struct SentenceChangeJson<'a> {
    /// What happened.
    pub kind: Kind,
    /// Old sentence ids.
    pub old: &'a [usize],
    /// New sentence ids.
    pub new: &'a [usize],
    /// Outside the largest order-preserving set.
    pub moved: bool,
    /// The block of rows that moved together.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub move_block: Option<usize>,
    /// Share of words kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level diff.
    #[serde(skip_serializing_if = "<[WordOp]>::is_empty")]
    pub words: &'a [WordOp],
    /// What the edit changed in the meaning (edited, split and merged rows).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<&'a [Flag]>,
}

/// A quotation change with its similarity rounded to four decimals.
#[derive(Debug, Serialize)]
pub struct QuoteChangeJson<'a> {
    /// What happened to the words.
    pub kind: QuoteKind,
    /// Old quotation id.
    pub old: Option<usize>,
    /// New quotation id.
    pub new: Option<usize>,
    /// Outside the largest order-preserving set.
    pub moved: bool,
    /// The speaker was added, dropped or replaced.
    pub speaker_changed: bool,
    /// Speaker in the old version.
    pub old_speaker: Option<&'a str>,
    /// Speaker in the new version.
    pub new_speaker: Option<&'a str>,
    /// Share of words kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level diff of the quoted words.
    #[serde(skip_serializing_if = "<[WordOp]>::is_empty")]
    pub words: &'a [WordOp],
    /// What changed in the quotation's meaning (edited or re-attributed quotations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<&'a [Flag]>,
}

impl<'a> ComparisonJson<'a> {
    /// The wire view of `comparison`.
    pub fn new(comparison: &'a Comparison) -> Self {
        Self {
            schema: SCHEMA,
            tool: tool(),
            options: &comparison.options,
            old: DocumentJson::new(&comparison.old),
            new: DocumentJson::new(&comparison.new),
            sentences: sentence_rows(comparison),
            quotes: quote_rows(comparison),
            summary: &comparison.summary,
            approximate: comparison.approximate,
        }
    }
}

/// The sentence rows of `comparison` as the spec's `SentenceChange` objects.
pub fn sentence_rows(comparison: &Comparison) -> Vec<SentenceChangeJson<'_>> {
    comparison
        .sentences
        .iter()
        .map(|c| SentenceChangeJson {
            kind: c.kind,
            old: &c.old,
            new: &c.new,
            moved: c.moved,
            move_block: c.move_block,
            similarity: c.similarity.map(round),
            words: &c.words,
            flags: c.flags.as_deref(),
        })
        .collect()
}

/// The quotation changes of `comparison` as the spec's `QuoteChange` objects.
pub fn quote_rows(comparison: &Comparison) -> Vec<QuoteChangeJson<'_>> {
    comparison
        .quotes
        .iter()
        .map(|c| QuoteChangeJson {
            kind: c.kind,
            old: c.old,
            new: c.new,
            moved: c.moved,
            speaker_changed: c.speaker_changed,
            old_speaker: c.old_speaker.as_deref(),
            new_speaker: c.new_speaker.as_deref(),
            similarity: c.similarity.map(round),
            words: &c.words,
            flags: c.flags.as_deref(),
        })
        .collect()
}

/// Four decimals are plenty for a share of words, and keep reports stable and readable.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Writes the JSON report (indented when `pretty`; the bytes of [`write`]) of the
/// comparison of `old` with `new` under `options` that `compare` makes, and returns it. The
/// head of the report (schema, tool, options and both documents: most of its bytes) is
/// written here while `compare` runs on a thread of its own.
pub fn write_comparing(
    out: &mut dyn std::io::Write,
    pretty: bool,
    (old, new): (Document, Document),
    options: &Options,
    compare: impl Fn(&Document, &Document) -> Changes + Sync,
) -> std::io::Result<Comparison> {
    let comparison = if pretty {
        let mut serializer = serde_json::Serializer::pretty(&mut *out);
        stream(&mut serializer, (old, new), options, compare)
    } else {
        let mut serializer = serde_json::Serializer::new(&mut *out);
        stream(&mut serializer, (old, new), options, compare)
    }?;
    out.write_all(b"\n")?;
    Ok(comparison)
}

/// The fields of [`ComparisonJson`], in its order: the head while `old` and `new` are
/// compared, the rest once they are.
fn stream<W: std::io::Write, F: serde_json::ser::Formatter>(
    serializer: &mut serde_json::Serializer<W, F>,
    (old, new): (Document, Document),
    options: &Options,
    compare: impl Fn(&Document, &Document) -> Changes + Sync,
) -> serde_json::Result<Comparison> {
    use serde::ser::{SerializeStruct, Serializer};
    let mut report = serializer.serialize_struct("ComparisonJson", 9)?;
    let (changes, head) = crate::parallel::join(
        "compare",
        || compare(&old, &new),
        || {
            report.serialize_field("schema", SCHEMA)?;
            report.serialize_field("tool", &tool())?;
            report.serialize_field("options", options)?;
            report.serialize_field("old", &DocumentJson::new(&old))?;
            report.serialize_field("new", &DocumentJson::new(&new))
        },
    );
    head?;
    let comparison = Comparison::new(old, new, *options, changes);
    report.serialize_field("sentences", &sentence_rows(&comparison))?;
    report.serialize_field("quotes", &quote_rows(&comparison))?;
    report.serialize_field("summary", &comparison.summary)?;
    report.serialize_field("approximate", &comparison.approximate)?;
    report.end()?;
    Ok(comparison)
}

/// `palimpsest` and its version.
fn tool() -> String {
    format!("palimpsest {}", env!("CARGO_PKG_VERSION"))
}

/// Writes the JSON report of `comparison`, indented when `pretty`.
pub fn write(
    out: &mut dyn std::io::Write,
    comparison: &Comparison,
    pretty: bool,
) -> std::io::Result<()> {
    let report = ComparisonJson::new(comparison);
    if pretty {
        serde_json::to_writer_pretty(&mut *out, &report)?;
    } else {
        serde_json::to_writer(&mut *out, &report)?;
    }
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_while_comparing_it_is_the_same_report() {
        let old = Document::from_text(
            "putin-v1.txt",
            include_str!("../../tests/fixtures/seed/putin-v1.txt"),
        );
        let new = Document::from_text(
            "putin-v2.txt",
            include_str!("../../tests/fixtures/seed/putin-v2.txt"),
        );
        let options = Options::default();
        for pretty in [false, true] {
            let mut streamed = Vec::new();
            let compare =
                |old: &Document, new: &Document| crate::compare::changes(old, new, &options, None);
            let comparison = write_comparing(
                &mut streamed,
                pretty,
                (old.clone(), new.clone()),
                &options,
                compare,
            )
            .expect("written to memory");
            let mut whole = Vec::new();
            write(&mut whole, &comparison, pretty).expect("written to memory");
            assert_eq!(
                String::from_utf8_lossy(&streamed),
                String::from_utf8_lossy(&whole)
            );
            assert!(comparison.summary.differs());
        }
    }
}
