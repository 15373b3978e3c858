//! PDF versions: the sample pair printed by Chromium (one column, and two columns with the
//! browser's header and footer), real US government PDFs, and made-up hostile files. They
//! read and compare like the text they hold, or are refused with a reason.

use crate::common;

use palimpsest::compare;
use palimpsest::comparison::Options;
use palimpsest::document::Document;
use palimpsest::ingest::{Format, LoadOptions, Source};

fn sentences(doc: &Document) -> Vec<&str> {
    (0..doc.sentences.len())
        .map(|id| doc.sentence_text(id))
        .collect()
}

fn load_bytes(bytes: &[u8]) -> Result<Document, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let path = dir.path().join("made.pdf");
    std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
    Document::load(&Source::File(path), LoadOptions::default()).map_err(|e| e.to_string())
}

/// A PDF of `pages` pages in Helvetica, each with the one line `line(n)` at height 500.
fn made_pdf(pages: usize, line: impl Fn(usize) -> String) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            (0..pages)
                .map(|i| format!("{} 0 R", 4 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    for n in 1..=pages {
        let content = format!("BT /F1 12 Tf 72 500 Td ({}) Tj ET", line(n));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
             /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * (n - 1)
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn the_sample_pair_as_pdf_compares_like_the_text() {
    let text = compare::compare(
        common::load("seed/putin-v1.txt"),
        common::load("seed/putin-v2.txt"),
        &Options::default(),
    );
    for (old, new) in [
        ("pdf/putin-v1.pdf", "pdf/putin-v2.pdf"),
        ("pdf/putin-v1-columns.pdf", "pdf/putin-v2-columns.pdf"),
        ("office/putin-v1.docx", "pdf/putin-v2.pdf"),
        ("pdf/putin-v1.pdf", "office/putin-v2.odt"),
        ("seed/putin-v1.txt", "pdf/putin-v2-columns.pdf"),
    ] {
        let c = compare::compare(common::load(old), common::load(new), &Options::default());
        common::check_invariants(&c);
        assert_eq!(sentences(&c.old), sentences(&text.old), "{old}");
        assert_eq!(sentences(&c.new), sentences(&text.new), "{new}");
        assert_eq!(c.summary, text.summary, "{old} → {new}");
    }
    let pdf = common::load("pdf/putin-v1.pdf");
    assert_eq!(pdf.format, Format::Pdf);
    assert_eq!((pdf.sentences.len(), pdf.quotes.len()), (16, 8));
    // Reports name the format alone: a PDF has no text encoding.
    let line = palimpsest::present::describe(&pdf);
    assert!(
        line.ends_with(" · pdf · 16 sentences, 8 quotations"),
        "{line}"
    );
    let text = palimpsest::present::describe(&common::load("seed/putin-v1.txt"));
    assert!(text.contains(" · UTF-8 text · "), "{text}");
}

#[test]
fn running_heads_of_a_long_printed_document_are_left_out() {
    let doc = common::load("pdf/go-blog-101-pages.pdf");
    let all = sentences(&doc).join("\n");
    for running in ["file://", "/101", "PM Go blog posts"] {
        assert!(!all.contains(running), "{running} was kept");
    }
    assert!(
        doc.warnings.iter().any(|w| w
            .message
            .ends_with("lines of running headers, footers and page numbers")),
        "{:?}",
        doc.warnings
    );
    assert!(
        all.contains(
            "On Sunday, we celebrated the 15th anniversary of the Go open source release!"
        )
    );
}

#[test]
fn real_government_pdfs_read_in_order() {
    let register = common::load("pdf/federal-register-2020-17221.pdf");
    let text = sentences(&register);
    let at = |s: &str| text.iter().position(|t| *t == s);
    let title = at("Airworthiness Directives; The Boeing Company Airplanes").expect("the title");
    let agency =
        at("AGENCY: Federal Aviation Administration (FAA), DOT.").expect("the agency line");
    assert!(title < agency);
    assert!(
        !text
            .iter()
            .any(|t| t.contains("Federal Register / Vol. 85"))
    );
    assert!(text.iter().any(|t| t.contains("AD 2018–23–51")));
    let newsletter = common::load("pdf/nasa-tops-newsletter-2023-08.pdf");
    assert!(
        sentences(&newsletter)
            .contains(&"The August Community Forum will be held on August 10 at 1 PM ET.")
    );
    let opinion = common::load("pdf/ca5-st-pierre-v-standard-2022.pdf");
    assert!(opinion.sentences.len() > 80 && !opinion.quotes.is_empty());
}

#[test]
fn hostile_pdfs_get_a_reason_not_a_crash() {
    let refused = |name: &str| {
        Document::load(&Source::File(common::fixture(name)), LoadOptions::default())
            .expect_err(name)
            .to_string()
    };
    assert!(refused("pdf/locked.pdf").contains("protected by a password"));
    assert!(refused("pdf/scan.pdf").contains("no text layer; it looks like a scanned image"));
    let whole = std::fs::read(common::fixture("pdf/putin-v1.pdf")).expect("read");
    let cut = load_bytes(&whole[..whole.len() / 2]).expect_err("half a file");
    assert!(cut.contains("the PDF is cut short"), "{cut}");
    let at = whole
        .windows(9)
        .rposition(|w| w == b"startxref")
        .expect("an xref");
    let mut broken = whole[..at].to_vec();
    broken.extend(b"startxref\n999\n%%EOF\n");
    let mended = load_bytes(&broken).expect("an xref is rebuilt");
    assert_eq!(
        sentences(&mended),
        sentences(&common::load("pdf/putin-v1.pdf"))
    );
    // A file on which the PDF library panics (found by fuzzing): caught, and said plainly.
    let fuzzed =
        std::fs::read(common::fixture("fuzz/pdf/library-panic-obj-keyword")).expect("read");
    let damaged = load_bytes(&fuzzed[1..]).expect_err("a panic inside the library");
    assert!(damaged.contains("damaged beyond repair"), "{damaged}");
    let too_many = load_bytes(&made_pdf(10_001, |_| "A line.".into())).expect_err("too long");
    assert!(too_many.contains("has 10001 pages"), "{too_many}");
}

#[test]
fn two_thousand_pages_read_whole() {
    let doc = load_bytes(&made_pdf(2000, |n| {
        format!("Filing page {n} says it again.")
    }))
    .expect("read");
    assert_eq!(doc.sentences.len(), 2000);
    assert_eq!(doc.sentence_text(1999), "Filing page 2000 says it again.");
}
