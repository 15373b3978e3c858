//! One line of a JSON Lines corpus in, one result line out: what `palimpsest batch` writes
//! for each pair, shared with the Python package so that both give the same bytes.
//!
//! An input line is `{"id": …, "old": TEXT, "new": TEXT}` (or `"old_path"`/`"new_path"`
//! for files). Its result is the pair report with the `id` first, or with `summary_only`
//! just `{"id", "summary", "flags", "approximate"}`; a line that cannot be read or compared
//! gives `{"id", "error"}`.

use std::path::PathBuf;

use serde::Deserialize;
use serde_json::Value;

use crate::compare;
use crate::comparison::{Comparison, Flag, Options};
use crate::document::Document;
use crate::ingest::{LoadOptions, Source};
use crate::report::json::ComparisonJson;

/// How each pair is compared, and what its result line holds.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The comparison's options.
    pub options: Options,
    /// How files named by `old_path`/`new_path` are read.
    pub load: LoadOptions,
    /// Write only the summary and the flags.
    pub summary_only: bool,
}

/// One input line.
#[derive(Debug, Deserialize)]
struct Pair {
    #[serde(default)]
    id: Value,
    old: Option<String>,
    new: Option<String>,
    old_path: Option<PathBuf>,
    new_path: Option<PathBuf>,
}

/// With `--summary-only`: the counts and the flags of the pair's rows.
#[derive(serde::Serialize)]
struct Brief<'a> {
    id: &'a Value,
    summary: &'a crate::comparison::Summary,
    flags: Vec<&'a Flag>,
    approximate: bool,
}

/// The result line (ending in a newline) of input line `number` (from 1, the id of a line
/// without one), or `None` when `skip` says its id (as JSON) is already done.
pub fn result_of(
    line: &str,
    number: usize,
    settings: &Settings,
    skip: impl Fn(&str) -> bool,
) -> Option<String> {
    let pair: Pair = match serde_json::from_str(line) {
        Ok(pair) => pair,
        Err(e) => {
            return Some(error_line(
                &Value::Null,
                &format!("line {number}: not a pair: {e}"),
            ));
        }
    };
    let id = if pair.id.is_null() {
        Value::from(number)
    } else {
        pair.id.clone()
    };
    if skip(&id.to_string()) {
        return None;
    }
    let side =
        |text: Option<String>, path: Option<PathBuf>, which: &str| -> Result<Document, String> {
            match (text, path) {
                (Some(text), _) => Ok(Document::from_text(which, &text)),
                (None, Some(path)) => {
                    Document::load(&Source::File(path), settings.load).map_err(|e| e.to_string())
                }
                (None, None) => Err(format!(
                    "line {number}: no \"{which}\" text and no \"{which}_path\""
                )),
            }
        };
    let compared = side(pair.old, pair.old_path, "old").and_then(|old| {
        side(pair.new, pair.new_path, "new")
            .map(|new| compare::compare(old, new, &settings.options))
    });
    Some(match compared {
        Ok(c) => result_line(&id, &c, settings.summary_only),
        Err(e) => error_line(&id, &e),
    })
}

/// A result line: the report (or the brief) with the id first.
fn result_line(id: &Value, c: &Comparison, summary_only: bool) -> String {
    let body = if summary_only {
        // The rows' flags; a quotation's flags are those of the rows that hold it.
        let flags = c
            .sentences
            .iter()
            .filter_map(|s| s.flags.as_deref())
            .flatten()
            .collect();
        serde_json::to_string(&Brief {
            id,
            summary: &c.summary,
            flags,
            approximate: c.approximate,
        })
    } else {
        serde_json::to_string(&ComparisonJson::new(c)).map(|report| {
            let rest = report.strip_prefix('{').unwrap_or(&report);
            format!("{{\"id\":{id},{rest}")
        })
    };
    match body {
        Ok(mut line) => {
            line.push('\n');
            line
        }
        Err(e) => error_line(id, &format!("the report could not be written: {e}")),
    }
}

/// An error line: the id and what went wrong.
pub fn error_line(id: &Value, message: &str) -> String {
    let mut line = serde_json::json!({ "id": id, "error": message }).to_string();
    line.push('\n');
    line
}
