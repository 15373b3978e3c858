//! Reports: views of a comparison for people (text, HTML, Markdown) and programs (JSON,
//! CSV). Every report reads the same presentation model, [`Presented`].

pub mod csv;
pub mod history;
pub mod html;
pub mod json;
pub mod markdown;
pub mod output;
pub mod text;

use std::io::{self, Write};

use crate::comparison::{Changes, Comparison, Options};
use crate::document::Document;
use crate::present::{Filter, Presented};

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
    /// The sentence rows to keep (not in JSON, whose contract lists every sentence):
    /// [`Filter::Changes`] leaves out unchanged rows in place, [`Filter::Significant`]
    /// keeps the changes of meaning.
    pub filter: Filter,
    /// Colour the text report with ANSI escapes.
    pub color: bool,
    /// Indent the JSON for people (compact JSON is smaller and faster to write).
    pub pretty: bool,
}

/// Writes the report of `presented` in `format`.
pub fn write(
    out: &mut dyn Write,
    presented: &Presented,
    format: Format,
    options: ReportOptions,
) -> io::Result<()> {
    match format {
        Format::Text => {
            let style = text::TextStyle {
                color: options.color,
                filter: options.filter,
            };
            text::write(out, presented, style)
        }
        Format::Json => json::write(out, presented.comparison(), options.pretty),
        Format::Html => {
            let html_options = html::HtmlOptions {
                filter: options.filter,
            };
            out.write_all(html::render(presented, html_options).as_bytes())
        }
        Format::Markdown => out.write_all(markdown::render(presented, options.filter).as_bytes()),
        Format::Csv => csv::write(out, presented, options.filter),
    }
}

/// Writes the report in `format` of the comparison of `old` with `new` under
/// `compare_options` that `compare` makes, and returns it. A JSON report does not wait for
/// the comparison to begin: see [`json::write_comparing`].
pub fn write_comparing(
    out: &mut dyn Write,
    (format, options): (Format, ReportOptions),
    (old, new): (Document, Document),
    compare_options: &Options,
    compare: impl Fn(&Document, &Document) -> Changes + Sync,
) -> io::Result<Comparison> {
    if format == Format::Json {
        return json::write_comparing(out, options.pretty, (old, new), compare_options, compare);
    }
    let changes = compare(&old, &new);
    let presented = Presented::new(Comparison::new(old, new, *compare_options, changes));
    write(out, &presented, format, options)?;
    Ok(presented.into_comparison())
}

/// A suggested file name for the report: `putin-v1-vs-putin-v2.html`.
pub fn suggested_name(presented: &Presented, format: Format) -> String {
    let comparison = presented.comparison();
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
