//! PDF files with a text layer, found by their `%PDF-` header. The glyphs of each page and
//! where they stand come from `pdf_oxide` (chosen by measurement; see the README's design
//! notes); [`super::pdf_layout`] rebuilds the paragraphs. A file cut short, one locked by a
//! password, or one with no text at all (a scan) is refused with a reason; pages without
//! text in an otherwise readable file are named in a warning.

use std::panic::{self, AssertUnwindSafe, catch_unwind};
use std::sync::Once;

use pdf_oxide::PdfDocument;

use super::blocks::Builder;
use super::pdf_layout::{self, Glyph, Page};

/// The most pages read: a tiny file can name the same page a million times.
const MAX_PAGES: usize = 10_000;

/// The most glyphs read, about 40 MB of them: a larger text is not an article.
const MAX_GLYPHS: usize = 2_000_000;

/// Reads `bytes` as a PDF: its readable text, or why it cannot be read.
pub fn read(bytes: &[u8]) -> Result<Builder, String> {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(
            "the PDF is cut short: its end-of-file marker is missing (was the download complete?)"
                .to_owned(),
        );
    }
    quiet_library_panics();
    let Pages {
        pages,
        broken,
        rotated,
    } = catch_unwind(AssertUnwindSafe(|| pages(bytes)))
        .map_err(|_| "the PDF's structure is damaged beyond repair".to_owned())??;
    let blank: Vec<usize> = (1..=pages.len())
        .filter(|&n| pages[n - 1].glyphs.iter().all(|g| g.text.is_whitespace()))
        .filter(|n| !broken.contains(n))
        .collect();
    if blank.len() + broken.len() == pages.len() {
        return Err(if pages.is_empty() {
            "the PDF has no pages".to_owned()
        } else if !broken.is_empty() {
            "the PDF's pages cannot be read: their contents are damaged".to_owned()
        } else {
            "the PDF has no text layer; it looks like a scanned image (run it through OCR, \
             for example ocrmypdf, and open the result)"
                .to_owned()
        });
    }
    let layout = pdf_layout::layout(&pages);
    let mut builder = Builder::default();
    if !broken.is_empty() {
        builder.warn_at_start(format!(
            "{} cannot be read (damaged contents), left out: {}",
            plural(broken.len(), "page"),
            page_list(&broken)
        ));
    }
    if !blank.is_empty() {
        builder.warn_at_start(format!(
            "{} without a text layer (scanned images?): {}",
            plural(blank.len(), "page"),
            page_list(&blank)
        ));
    }
    for paragraph in &layout.paragraphs {
        // Typesetters such as the US Government Publishing Office set double quotation
        // marks as two single ones.
        builder.prose(&paragraph.replace("‘‘", "“").replace("’’", "”"));
    }
    if rotated > 0 {
        builder.drop(format!(
            "{} of turned text (along a margin)",
            plural(rotated, "character")
        ));
    }
    if layout.running > 0 {
        builder.drop(format!(
            "{} of running headers, footers and page numbers",
            plural(layout.running, "line")
        ));
    }
    Ok(builder)
}

/// Keeps the panic message of the PDF library off standard error: such a panic is caught
/// and reported as a damaged file. Every other panic goes to the hook there was before.
fn quiet_library_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let before = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let in_library = info
                .location()
                .is_some_and(|at| at.file().contains("pdf_oxide"));
            if !in_library {
                before(info);
            }
        }));
    });
}

/// The glyphs of a PDF's pages.
struct Pages {
    /// Every page's upright glyphs.
    pages: Vec<Page>,
    /// The numbers of the pages whose contents cannot be read.
    broken: Vec<usize>,
    /// How many glyphs were left out for being turned (text along a margin).
    rotated: usize,
}

/// The glyphs of every page, or why the document cannot be read at all.
fn pages(bytes: &[u8]) -> Result<Pages, String> {
    let document = PdfDocument::from_bytes(bytes.to_vec())
        .map_err(|e| format!("the PDF's structure is damaged ({e})"))?;
    if document.is_encrypted() && !document.authenticate(b"").unwrap_or(false) {
        return Err(
            "the PDF is protected by a password; open it in a PDF reader, \
                    save a copy without the password, and compare that"
                .to_owned(),
        );
    }
    let count = document
        .page_count()
        .map_err(|e| format!("the PDF's page tree is damaged ({e})"))?;
    if count > MAX_PAGES {
        return Err(format!(
            "the PDF has {count} pages; Palimpsest reads documents of up to {MAX_PAGES}"
        ));
    }
    let mut pages = Vec::with_capacity(count);
    let mut broken = Vec::new();
    let mut rotated = 0;
    let mut glyphs = 0;
    for index in 0..count {
        let height = document
            .get_page_media_box(index)
            .map_or(792.0, |(_, low, _, high)| (high - low).abs());
        let chars = document.extract_chars(index).unwrap_or_else(|_| {
            broken.push(index + 1);
            Vec::new()
        });
        glyphs += chars.len();
        if glyphs > MAX_GLYPHS {
            return Err(format!(
                "the PDF holds more than {MAX_GLYPHS} characters of text by page {}; \
                 Palimpsest compares articles and filings, not whole libraries",
                index + 1
            ));
        }
        let upright = chars.len();
        let chars: Vec<_> = chars
            .into_iter()
            .filter(|c| c.rotation_degrees.abs() < 1.0 || c.char.is_whitespace())
            .collect();
        rotated += upright - chars.len();
        let glyphs = chars
            .iter()
            .map(|c| Glyph {
                x: c.origin_x,
                y: c.origin_y,
                size: c.font_size,
                width: c.advance_width,
                text: c.char,
            })
            .collect();
        pages.push(Page { height, glyphs });
    }
    Ok(Pages {
        pages,
        broken,
        rotated,
    })
}

/// `1 page`, `3 lines`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// `2, 5, 9` or, when long, the first ten and how many more.
fn page_list(pages: &[usize]) -> String {
    let shown: Vec<String> = pages.iter().take(10).map(usize::to_string).collect();
    match pages.len().saturating_sub(10) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_its_end_is_refused() {
        let reason = read(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
            .err()
            .unwrap_or_default();
        assert!(reason.contains("cut short"), "{reason}");
    }

    #[test]
    fn garbage_with_an_end_marker_is_refused_not_read() {
        let reason = read(b"%PDF-1.7\nnothing here at all\n%%EOF\n")
            .err()
            .unwrap_or_default();
        assert!(!reason.is_empty());
    }

    #[test]
    fn doubled_single_quotation_marks_read_as_double_ones() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pdf/federal-register-2020-17221.pdf"
        ))
        .unwrap_or_default();
        let (text, _, _, _) = read(&bytes).map(Builder::finish).unwrap_or_default();
        assert!(text.contains("“Docket No. FAA–2020–0686; Product Identifier 2019–NM–035–AD”"));
        assert!(!text.contains("‘‘") && !text.contains("’’"));
    }

    #[test]
    fn page_lists_stay_short() {
        assert_eq!(page_list(&[2, 5]), "2, 5");
        let many: Vec<usize> = (1..=13).collect();
        assert_eq!(page_list(&many), "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more");
        assert_eq!(plural(1, "page"), "1 page");
    }
}
