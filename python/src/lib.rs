//! Palimpsest for Python: the core's comparison, reading and history as a Python module
//! (`palimpsest._palimpsest`, re-exported by the `palimpsest` package). Every function
//! takes text, lets go of the GIL while it works, and returns the JSON report of the
//! command line as a `str`; the package's Python side turns it into dicts.

use palimpsest::batch;
use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::history::{History, Version};
use palimpsest::ingest::{self, Format};
use palimpsest::report::history::write_json;
use palimpsest::report::json::{ComparisonJson, DocumentJson};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// The comparison's options from the keyword arguments.
fn options(
    ignore_case: bool,
    ignore_punctuation: bool,
    normalize_typography: bool,
    detect_moves: bool,
    pair_in_place: bool,
    threshold: Option<f64>,
) -> PyResult<Options> {
    let threshold = threshold.unwrap_or(Options::default().similarity_threshold);
    if !(0.0..=1.0).contains(&threshold) {
        return Err(PyValueError::new_err(format!(
            "threshold must be between 0 and 1, not {threshold}"
        )));
    }
    Ok(Options {
        ignore_case,
        ignore_punctuation,
        normalize_typography,
        detect_moves,
        pair_in_place,
        similarity_threshold: threshold,
    })
}

/// `text` read as `format` (`text`, `markdown`, `html`, or `None` to tell from the text).
fn document(name: &str, text: &str, format: Option<&str>) -> PyResult<Document> {
    let format = match format {
        None => None,
        Some("text") => Some(Format::Text),
        Some("markdown") => Some(Format::Markdown),
        Some("html") => Some(Format::Html),
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "format must be \"text\", \"markdown\", \"html\" or None, not {other:?}"
            )));
        }
    };
    Ok(Document::from_loaded(ingest::from_text(text, name, format)))
}

fn to_json(value: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Compares two versions; returns the pair report (`palimpsest/report/1`) as JSON text.
#[pyfunction]
#[pyo3(signature = (old, new, *, format=None, ignore_case=false, ignore_punctuation=false,
    normalize_typography=false, detect_moves=true, pair_in_place=true, threshold=None))]
#[allow(clippy::too_many_arguments)]
fn compare_json(
    py: Python<'_>,
    old: &str,
    new: &str,
    format: Option<&str>,
    ignore_case: bool,
    ignore_punctuation: bool,
    normalize_typography: bool,
    detect_moves: bool,
    pair_in_place: bool,
    threshold: Option<f64>,
) -> PyResult<String> {
    let options = options(
        ignore_case,
        ignore_punctuation,
        normalize_typography,
        detect_moves,
        pair_in_place,
        threshold,
    )?;
    py.detach(|| {
        let old = document("old", old, format)?;
        let new = document("new", new, format)?;
        to_json(&ComparisonJson::new(&compare::compare(old, new, &options)))
    })
}

/// Reads one version; returns the document (sentences, quotations, speakers) as JSON text.
#[pyfunction]
#[pyo3(signature = (text, *, format=None, name="text"))]
fn read_json(py: Python<'_>, text: &str, format: Option<&str>, name: &str) -> PyResult<String> {
    py.detach(|| to_json(&DocumentJson::new(&document(name, text, format)?)))
}

/// Follows a story through its versions, oldest first; returns the history report
/// (`palimpsest/history/1`) as JSON text.
#[pyfunction]
#[pyo3(signature = (versions, *, labels=None, format=None, threshold=None))]
fn history_json(
    py: Python<'_>,
    versions: Vec<String>,
    labels: Option<Vec<String>>,
    format: Option<&str>,
    threshold: Option<f64>,
) -> PyResult<String> {
    if versions.len() < 2 {
        return Err(PyValueError::new_err(format!(
            "a history needs at least two versions, not {}",
            versions.len()
        )));
    }
    let labels = labels.unwrap_or_else(|| (1..=versions.len()).map(|n| format!("v{n}")).collect());
    if labels.len() != versions.len() {
        return Err(PyValueError::new_err(format!(
            "{} labels for {} versions",
            labels.len(),
            versions.len()
        )));
    }
    let options = options(false, false, false, true, true, threshold)?;
    py.detach(|| {
        let versions = versions
            .iter()
            .zip(labels)
            .map(|(text, label)| {
                Ok(Version {
                    document: document(&label, text, format)?,
                    label,
                    time: None,
                })
            })
            .collect::<PyResult<Vec<_>>>()?;
        let mut out = Vec::new();
        write_json(&mut out, &History::new(versions, &options), false)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    })
}

/// The result line `palimpsest batch` writes for one input line (`{"id", "old", "new"}`),
/// without its newline: the same bytes, for running a corpus on another scheduler.
#[pyfunction]
#[pyo3(signature = (line, *, number=1, summary_only=false, threshold=None))]
fn batch_line(
    py: Python<'_>,
    line: &str,
    number: usize,
    summary_only: bool,
    threshold: Option<f64>,
) -> PyResult<String> {
    let settings = batch::Settings {
        options: options(false, false, false, true, true, threshold)?,
        summary_only,
        ..batch::Settings::default()
    };
    py.detach(|| {
        let mut result = batch::result_of(line, number, &settings, |_| false).unwrap_or_default();
        result.truncate(result.trim_end_matches('\n').len());
        Ok(result)
    })
}

/// The module: the four functions above.
#[pymodule]
fn _palimpsest(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(compare_json, module)?)?;
    module.add_function(wrap_pyfunction!(read_json, module)?)?;
    module.add_function(wrap_pyfunction!(history_json, module)?)?;
    module.add_function(wrap_pyfunction!(batch_line, module)?)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
