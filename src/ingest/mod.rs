//! Reading a file: bytes in, readable text out, with its encoding and format.
//!
//! Input files are opened read-only and never written. A file over the size limit is
//! refused before it is read; binary data is refused with a message that says what it
//! looks like.

mod blocks;
pub mod controls;
mod decode;
mod error;
mod html;
mod html_elements;
mod html_guard;
mod html_tokens;
pub mod identity;
mod markdown;
mod office;
mod pdf;
pub(crate) mod pdf_layout;
mod read;
mod template_blocks;
mod templates;

pub use blocks::{Attribution, Dropped, Unit};

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::samples;

pub use error::{ErrorKind, IngestError, human_size};

/// The default size limit: 256 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 256 * 1024 * 1024;

/// Where a version comes from: a file, standard input, or the bundled sample. The app
/// remembers sources between runs, so their names in the settings file never change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
    /// The bundled sample's older version.
    SampleOld,
    /// The bundled sample's newer version.
    SampleNew,
    /// Text pasted in the app, with what to call it (`pasted text, 14:03 UTC`).
    Pasted {
        /// The text.
        text: String,
        /// Its name.
        label: String,
    },
}

impl Source {
    /// Text pasted now, named after the time (UTC).
    pub fn pasted(text: String) -> Self {
        let now = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        let label = format!("pasted text, {} UTC", now.get(11..16).unwrap_or_default());
        Self::Pasted { text, label }
    }

    /// `true` for pasted text, which is not remembered between runs.
    pub fn is_pasted(&self) -> bool {
        matches!(self, Self::Pasted { .. })
    }

    /// `-` means standard input; anything else is a path (in any encoding the system
    /// allows).
    pub fn from_arg(arg: &std::ffi::OsStr) -> Self {
        if arg == "-" {
            Self::Stdin
        } else {
            Self::File(PathBuf::from(arg))
        }
    }

    /// The name reports give it: the path as given, `-` for standard input, or the
    /// sample's file name.
    pub fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "-".to_owned(),
            Self::SampleOld => samples::OLD.name.to_owned(),
            Self::SampleNew => samples::NEW.name.to_owned(),
            Self::Pasted { label, .. } => label.clone(),
        }
    }

    /// The short name to show in a window: the file name alone.
    pub fn file_name(&self) -> String {
        match self {
            Self::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            other => other.name(),
        }
    }

    /// The path, for files.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::File(path) => Some(path),
            Self::Stdin | Self::SampleOld | Self::SampleNew | Self::Pasted { .. } => None,
        }
    }

    /// When the file was last modified (standard input and the samples never change).
    pub fn modified(&self) -> Option<SystemTime> {
        self.path()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok())
    }

    /// The same source with an absolute path, to be remembered whatever folder the app
    /// starts in.
    pub fn absolute(&self) -> Self {
        match self {
            Self::File(path) => Self::File(std::path::absolute(path).unwrap_or(path.clone())),
            other => other.clone(),
        }
    }
}

/// The kind of document the text was extracted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
    /// A Word document (.docx).
    Docx,
    /// An OpenDocument text (.odt).
    Odt,
    /// A PDF with a text layer.
    Pdf,
}

impl Format {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Pdf => "pdf",
        }
    }

    /// Whether the file is text in some encoding (not a Word, OpenDocument or PDF file).
    pub fn is_text(self) -> bool {
        matches!(self, Self::Text | Self::Markdown | Self::Html)
    }
}

/// How to read a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this many bytes are refused.
    pub max_size: u64,
    /// How tracked changes in Word and OpenDocument files are read.
    pub tracked: Tracked,
}

/// How the tracked changes of a Word or OpenDocument file are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tracked {
    /// As if every change were accepted: insertions in, deletions out.
    #[default]
    Accepted,
    /// As the document was before the changes: deletions in, insertions out.
    Original,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_size: DEFAULT_MAX_SIZE,
            tracked: Tracked::Accepted,
        }
    }
}

/// A file read and reduced to its readable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The name the user gave (a path as typed, or `-`).
    pub name: String,
    /// The path, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// When the file was last modified, if known.
    pub modified: Option<SystemTime>,
    /// The encoding the bytes were decoded from.
    pub encoding: &'static str,
    /// How many broken byte sequences were replaced with U+FFFD while decoding.
    pub replaced: usize,
    /// The format the text was extracted from.
    pub format: Format,
    /// The readable text: paragraphs separated by blank lines, line endings as `\n`.
    pub text: String,
    /// The stretches of the text read whole (headings, list items, table rows, captions,
    /// code), in order.
    pub units: Vec<Unit>,
    /// The document's own title (a Markdown front matter's), if it has one.
    pub title: Option<String>,
    /// Text left out of the readable text, and where.
    pub dropped: Vec<Dropped>,
    /// Quotations whose speaker the markup names (a block quotation closed by `— Name`).
    pub attributions: Vec<Attribution>,
}

/// The files of `folder` that can be versions of one story: not its subfolders, not
/// hidden files.
pub fn versions_in(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect())
}

/// Reads `source` and extracts its readable text.
pub fn load(source: &Source, options: LoadOptions) -> Result<Loaded, IngestError> {
    let name = source.name();
    let (bytes, modified) = match source {
        Source::File(path) => read::read_file(path, &name, options.max_size)?,
        Source::Stdin => (read::read_stdin(options.max_size)?, None),
        Source::SampleOld => (samples::OLD.text.as_bytes().to_vec(), None),
        Source::SampleNew => (samples::NEW.text.as_bytes().to_vec(), None),
        Source::Pasted { text, .. } => (text.as_bytes().to_vec(), None),
    };
    let path = source.path().map(Path::to_path_buf);
    let mut loaded = from_owned_bytes(bytes, &name, path, options.tracked)?;
    loaded.modified = modified;
    Ok(loaded)
}

/// Decodes `bytes` and extracts their readable text; `name` and `path` say where they
/// came from (the extension of `path` helps decide the format).
pub fn from_bytes(bytes: &[u8], name: &str, path: Option<PathBuf>) -> Result<Loaded, IngestError> {
    from_owned_bytes(bytes.to_vec(), name, path, Tracked::Accepted)
}

/// Like [`from_bytes`], taking the bytes over (UTF-8 text is then not copied).
fn from_owned_bytes(
    bytes: Vec<u8>,
    name: &str,
    path: Option<PathBuf>,
    tracked: Tracked,
) -> Result<Loaded, IngestError> {
    if bytes.starts_with(b"PK\x03\x04") {
        match office::read(&bytes, tracked) {
            Ok(Some(office)) => return Ok(from_office(office, name, path)),
            Ok(None) => {}
            Err(reason) => {
                let what = format!("a Word or OpenDocument file that cannot be read: {reason}");
                return Err(IngestError::new(name, ErrorKind::Io(what)));
            }
        }
    }
    if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        let builder =
            pdf::read(&bytes).map_err(|reason| IngestError::new(name, ErrorKind::Io(reason)))?;
        return Ok(from_builder(builder, Format::Pdf, None, name, path));
    }
    let decoded = decode::decode(bytes, name)?;
    let format = detect_format(path.as_deref(), &decoded.text);
    let (text, units, title, dropped, attributions) = extract(decoded.text, format);
    Ok(Loaded {
        name: name.to_owned(),
        path,
        modified: None,
        encoding: decoded.encoding,
        replaced: decoded.replaced,
        format,
        text,
        units,
        title,
        dropped,
        attributions,
    })
}

/// Reads text handed over as a string (by a script, not from a file) as `format`, or as the
/// format its content suggests when `None`.
pub fn from_text(text: &str, name: &str, format: Option<Format>) -> Loaded {
    let format = format.unwrap_or_else(|| detect_format(None, text));
    let (text, units, title, dropped, attributions) = extract(text.to_owned(), format);
    Loaded {
        name: name.to_owned(),
        path: None,
        modified: None,
        encoding: "UTF-8",
        replaced: 0,
        format,
        text,
        units,
        title,
        dropped,
        attributions,
    }
}

/// What [`extract`] finds: the text, its units, its title, what was left out and the
/// quotations the markup attributes.
type Extracted = (
    String,
    Vec<Unit>,
    Option<String>,
    Vec<Dropped>,
    Vec<Attribution>,
);

/// The readable text of decoded `text` in `format`.
fn extract(text: String, format: Format) -> Extracted {
    match format {
        Format::Text | Format::Docx | Format::Odt | Format::Pdf => {
            (text, Vec::new(), None, Vec::new(), Vec::new())
        }
        Format::Markdown => {
            let read = markdown::read(&text);
            (
                read.text,
                read.units,
                read.title,
                read.dropped,
                read.attributions,
            )
        }
        Format::Html => {
            let (text, units, dropped, attributions) = html::article(&text).finish();
            (text, units, None, dropped, attributions)
        }
    }
}

/// Reads `xml` as the main part of a Word document (`word`) or of an OpenDocument text,
/// as if it came from such a file: for fuzzing the readers.
pub fn from_office_part(xml: &str, word: bool) -> Result<Loaded, IngestError> {
    office::read_part(xml, word, Tracked::Accepted)
        .map(|office| from_office(office, "part.xml", None))
        .map_err(|reason| IngestError::new("part.xml", ErrorKind::Io(reason)))
}

/// A Word or OpenDocument file's text, as [`Loaded`].
fn from_office(office: office::Office, name: &str, path: Option<PathBuf>) -> Loaded {
    let format = if office.format == "odt" {
        Format::Odt
    } else {
        Format::Docx
    };
    from_builder(office.builder, format, office.title, name, path)
}

/// A document read into a [`blocks::Builder`] (Word, OpenDocument, PDF), as [`Loaded`].
fn from_builder(
    builder: blocks::Builder,
    format: Format,
    title: Option<String>,
    name: &str,
    path: Option<PathBuf>,
) -> Loaded {
    let (text, units, dropped, attributions) = builder.finish();
    Loaded {
        name: name.to_owned(),
        path,
        modified: None,
        encoding: "UTF-8",
        replaced: 0,
        format,
        text,
        units,
        title,
        dropped,
        attributions,
    }
}

/// Decides the format from the file extension, or else from the text itself.
pub fn detect_format(path: Option<&Path>, text: &str) -> Format {
    let extension = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
        _ if looks_like_html(text) => Format::Html,
        Some("txt" | "text") => Format::Text,
        _ if looks_like_markdown(text) => Format::Markdown,
        _ => Format::Text,
    }
}

/// A document that starts with `<` and carries HTML tags.
fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if !head.starts_with('<') {
        return false;
    }
    let lower = head[..head.len().min(4096)].to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<p>",
        "<p ",
        "<div",
        "<article",
        "<h1",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// Markdown's tell-tale marks: ATX headings, inline links, or strong emphasis.
fn looks_like_markdown(text: &str) -> bool {
    let heading = text.lines().take(200).any(|line| {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
    });
    heading || text.contains("](http") || text.contains("](/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_a_script_is_read_as_told_or_as_it_looks() {
        let markdown = from_text(
            "---\ntitle: Budget\n---\n\nIt passed.",
            "s",
            Some(Format::Markdown),
        );
        assert_eq!(
            (markdown.title.as_deref(), markdown.text.as_str()),
            (Some("Budget"), "It passed.")
        );
        let html = from_text("<html><body><p>It passed.</p></body></html>", "s", None);
        assert_eq!((html.format, html.path), (Format::Html, None));
        let plain = from_text("# Not a heading", "s", Some(Format::Text));
        assert_eq!(plain.text, "# Not a heading");
    }

    #[test]
    fn formats_by_extension_and_by_sniffing() {
        let p = |s: &str| Some(PathBuf::from(s));
        assert_eq!(detect_format(p("a.html").as_deref(), "x"), Format::Html);
        assert_eq!(detect_format(p("a.md").as_deref(), "x"), Format::Markdown);
        assert_eq!(detect_format(p("a.txt").as_deref(), "# x"), Format::Text);
        assert_eq!(
            detect_format(p("a.txt").as_deref(), "<!DOCTYPE html><p>x"),
            Format::Html
        );
        assert_eq!(detect_format(None, "  <html><body>x"), Format::Html);
        assert_eq!(detect_format(None, "# Title\n\nBody."), Format::Markdown);
        assert_eq!(detect_format(None, "<3 you"), Format::Text);
        assert_eq!(detect_format(None, "Plain words."), Format::Text);
    }
}
