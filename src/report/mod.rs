//! Reports: views of a comparison for people (text, HTML, Markdown) and programs (JSON,
//! CSV). Every report is a view of the same [`Comparison`].

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod output;
pub mod text;

use std::io::{self, Write};

use crate::compare::{Comparison, Kind, SentenceChange};
use crate::document::Document;

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The terminal report.
    Text,
    /// The JSON report of the specification.
    Json,
    /// A self-contained HTML page.
    Html,
    /// GitHub-flavoured Markdown.
    Markdown,
    /// One CSV row per change.
    Csv,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 5] = [
        Self::Html,
        Self::Markdown,
        Self::Json,
        Self::Csv,
        Self::Text,
    ];

    /// The format a file name asks for by its extension.
    pub fn from_extension(path: &std::path::Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "html" | "htm" => Self::Html,
            "md" | "markdown" => Self::Markdown,
            "json" => Self::Json,
            "csv" => Self::Csv,
            "txt" | "text" => Self::Text,
            _ => return None,
        })
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Text => "txt",
            Self::Json => "json",
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "Text",
            Self::Json => "JSON",
            Self::Html => "HTML",
            Self::Markdown => "Markdown",
            Self::Csv => "CSV",
        }
    }
}

/// How to write a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// Leave out unchanged rows that did not move (not in JSON, whose contract lists every
    /// sentence).
    pub only_changes: bool,
    /// Colour the text report with ANSI escapes.
    pub color: bool,
    /// Indent the JSON for people (compact JSON is smaller and faster to write).
    pub pretty: bool,
}

/// Writes the report of `comparison` in `format`.
pub fn write(
    out: &mut dyn Write,
    comparison: &Comparison,
    format: Format,
    options: ReportOptions,
) -> io::Result<()> {
    match format {
        Format::Text => {
            let style = text::TextStyle {
                color: options.color,
                only_changes: options.only_changes,
            };
            text::write(out, comparison, style)
        }
        Format::Json => json::write(out, comparison, options.pretty),
        Format::Html => {
            let html_options = html::HtmlOptions {
                only_changes: options.only_changes,
            };
            out.write_all(html::render(comparison, html_options).as_bytes())
        }
        Format::Markdown => {
            out.write_all(markdown::render(comparison, options.only_changes).as_bytes())
        }
        Format::Csv => csv::write(out, comparison, options.only_changes),
    }
}

/// A suggested file name for the report: `putin-v1-vs-putin-v2.html`.
pub fn suggested_name(comparison: &Comparison, format: Format) -> String {
    let stem = |doc: &Document| {
        let name = doc
            .path
            .as_deref()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .unwrap_or(if doc.name == "-" { "stdin" } else { &doc.name });
        name.chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect::<String>()
    };
    format!(
        "{}-vs-{}.{}",
        stem(&comparison.old),
        stem(&comparison.new),
        format.extension()
    )
}

/// The sentences `ids` of `doc`, joined by spaces.
pub fn joined(doc: &Document, ids: &[usize]) -> String {
    ids.iter()
        .map(|&i| doc.sentence_text(i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraphs where `change` stands, counted from 1: in the old version and in the
/// new, `None` on a side it is absent from (an added or removed sentence).
pub fn paragraphs_of(c: &Comparison, change: &SentenceChange) -> (Option<usize>, Option<usize>) {
    (
        change.old.first().map(|&o| paragraph_number(&c.old, o)),
        change.new.first().map(|&n| paragraph_number(&c.new, n)),
    )
}

/// The paragraph of sentence `id`, counted from 1 as people count.
pub fn paragraph_number(doc: &Document, id: usize) -> usize {
    doc.sentences.get(id).map_or(0, |s| s.paragraph + 1)
}

/// Rows that are unchanged and did not move.
pub fn unchanged_in_place(comparison: &Comparison) -> usize {
    comparison
        .sentences
        .iter()
        .filter(|c| c.kind == Kind::Unchanged && !c.moved)
        .count()
}
