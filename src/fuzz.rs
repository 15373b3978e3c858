//! What each fuzz target in `fuzz/` does with one input. The targets and the test that
//! replays their findings (`tests/fuzz_regressions.rs`) both call these, so a saved input
//! is replayed exactly as the fuzzer ran it. Each returns the broken invariant, if any;
//! a panic is a finding too.

use std::time::{Duration, Instant};

use crate::compare::{self, verify};
use crate::comparison::Options;
use crate::document::Document;
use crate::ingest;
use crate::text::segment;

/// A fuzz target: one input in, the broken invariant out.
pub type Target = fn(&[u8]) -> Result<(), String>;

/// How long one comparison may take before its report is marked approximate.
const DEADLINE: Duration = Duration::from_secs(2);

/// Any text split into sentences: offsets in bounds, on char boundaries, in order, trimmed.
pub fn segment(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let spans = segment::sentences(text);
    verify::sentences(text, spans.iter().map(|s| (s.start, s.end)))
}

/// Any text searched for quotations and speakers: every quotation inside its text and
/// after the start of its sentence.
pub fn quotes(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    verify::document(&Document::from_text("fuzz.txt", text))
}

/// Any bytes as any kind of file (the first byte picks the extension): decoding, format
/// sniffing, extraction and analysis give a document that keeps its invariants.
pub fn decode(data: &[u8]) -> Result<(), String> {
    let Some((&kind, bytes)) = data.split_first() else {
        return Ok(());
    };
    let name = ["f.txt", "f.md", "f.html", "f"][usize::from(kind % 4)];
    match ingest::from_bytes(bytes, name, Some(name.into())) {
        Ok(loaded) => verify::document(&Document::from_loaded(loaded)),
        Err(_) => Ok(()),
    }
}

/// Any text as a Word document's body or an OpenDocument's content (the first byte picks
/// which): the readers give a document that keeps its invariants.
pub fn office(data: &[u8]) -> Result<(), String> {
    let Some((&kind, rest)) = data.split_first() else {
        return Ok(());
    };
    let xml = String::from_utf8_lossy(rest);
    match ingest::from_office_part(&xml, kind % 2 == 0) {
        Ok(loaded) => verify::document(&Document::from_loaded(loaded)),
        Err(_) => Ok(()),
    }
}

/// Texts split at U+0001 as the versions of a story (up to eight), followed through: the
/// history keeps its invariants.
pub fn history(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let versions: Vec<crate::history::Version> = text
        .split('\u{1}')
        .take(8)
        .enumerate()
        .map(|(i, t)| crate::history::Version {
            document: Document::from_text(&format!("v{i}"), t),
            label: format!("v{i}"),
            time: None,
        })
        .collect();
    crate::history::History::new(versions, &Options::default()).verify()
}

/// Any text as the body of an HTML page: extraction gives analysable text.
pub fn html(data: &[u8]) -> Result<(), String> {
    let page = format!(
        "<!DOCTYPE html><html><body>{}</body></html>",
        String::from_utf8_lossy(data)
    );
    match ingest::from_bytes(page.as_bytes(), "page.html", Some("page.html".into())) {
        Ok(loaded) => verify::document(&Document::from_loaded(loaded)),
        Err(_) => Ok(()),
    }
}

/// Two texts (split at the first U+0001; the first byte's low bits pick the options)
/// compared within [`DEADLINE`]: every invariant of the report.
pub fn compare(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let (old, new) = text.split_once('\u{1}').unwrap_or((text, ""));
    let flags = data.first().copied().unwrap_or(0);
    let options = Options {
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        normalize_typography: flags & 4 != 0,
        detect_moves: flags & 8 == 0,
        pair_in_place: flags & 16 == 0,
        ..Options::default()
    };
    let c = compare::compare_until(
        Document::from_text("old", old),
        Document::from_text("new", new),
        &options,
        Some(Instant::now() + DEADLINE),
    );
    verify::comparison(&c)
}

/// Any bytes as a PDF file (first byte even), or as glyphs for the page layout (odd: each
/// 5-byte record is a glyph's x, y, size, letter, and whether a new page starts): a
/// document that keeps its invariants.
pub fn pdf(data: &[u8]) -> Result<(), String> {
    use crate::ingest::pdf_layout::{self, Glyph, Page};
    let Some((&kind, rest)) = data.split_first() else {
        return Ok(());
    };
    if kind % 2 == 0 {
        return match ingest::from_bytes(rest, "f.pdf", Some("f.pdf".into())) {
            Ok(loaded) => verify::document(&Document::from_loaded(loaded)),
            Err(_) => Ok(()),
        };
    }
    let letters: Vec<char> = " abcdefgh ijklmnop qrstuvwxyz.,-“”\u{ad}ABC1"
        .chars()
        .collect();
    let mut pages = vec![Page::default()];
    for record in rest.chunks_exact(5) {
        if record[4] & 1 == 1 {
            pages.push(Page::default());
        }
        let size = f32::from(record[2] % 24);
        let glyph = Glyph {
            x: f32::from(record[0]) * 2.5,
            y: f32::from(record[1]) * 3.0,
            size,
            width: size / 2.0,
            text: letters[usize::from(record[3]) % letters.len()],
        };
        if let Some(page) = pages.last_mut() {
            page.height = 792.0;
            page.glyphs.push(glyph);
        }
    }
    let text = pdf_layout::layout(&pages).paragraphs.join("\n\n");
    verify::document(&Document::from_text("f.txt", &text))
}
