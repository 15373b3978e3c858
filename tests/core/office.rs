//! Word and OpenDocument versions, made with pandoc from the sample pair and from a rich
//! document (title, heading, list, table, footnote, tracked changes): they read and compare
//! like the text they hold, whatever their extension.

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

#[test]
fn word_and_opendocument_versions_compare_like_the_text() {
    let text = compare::compare(
        common::load("seed/putin-v1.txt"),
        common::load("seed/putin-v2.txt"),
        &Options::default(),
    );
    for (old, new) in [
        ("office/putin-v1.docx", "office/putin-v2.docx"),
        ("office/putin-v1.odt", "office/putin-v2.odt"),
        ("office/putin-v1.docx", "office/putin-v2.odt"),
        ("seed/putin-v1.txt", "office/putin-v2.docx"),
    ] {
        let c = compare::compare(common::load(old), common::load(new), &Options::default());
        common::check_invariants(&c);
        assert_eq!(sentences(&c.old), sentences(&text.old), "{old}");
        assert_eq!(sentences(&c.new), sentences(&text.new), "{new}");
        assert_eq!(c.summary, text.summary, "{old} → {new}");
    }
    assert_eq!(common::load("office/putin-v1.docx").format, Format::Docx);
    assert_eq!(common::load("office/putin-v1.odt").format, Format::Odt);
}

#[test]
fn a_rich_word_document_reads_as_its_reader_sees_it() {
    let doc = common::load("office/rich.docx");
    assert_eq!(
        sentences(&doc),
        [
            "Council rejects the budget",
            "Council rejects the budget",
            "The council met on Monday and rejected the budget.",
            "First item of the list",
            "Second item of the list",
            "Vote | Count",
            "Yes | 4",
            "No | 7",
            "“We will try again,” Ana Ruiz said.",
            "Footnote 1: The vote was held in public.",
        ]
    );
    assert_eq!(doc.title.as_deref(), Some("Council rejects the budget"));
    assert_eq!(
        doc.warnings[0].message,
        "the document has tracked changes by Ana Ruiz, Ben Okafor; it is read as if they were all accepted"
    );
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn the_same_document_saved_by_libreoffice_as_opendocument_reads_the_same() {
    let word = common::load("office/rich.docx");
    let open = common::load("office/rich.odt");
    assert_eq!(sentences(&open), sentences(&word));
    assert_eq!(open.warnings[0].message, word.warnings[0].message);
    let c = compare::compare(word, open, &Options::default());
    assert!(!c.summary.differs());
}

#[test]
fn formats_are_found_by_content_and_broken_archives_named() {
    let dir = tempfile::tempdir().expect("a folder");
    let renamed = dir.path().join("draft.txt");
    std::fs::copy(common::fixture("office/rich.docx"), &renamed).expect("copied");
    let doc = Document::load(&Source::File(renamed), LoadOptions::default()).expect("read");
    assert_eq!(doc.format, Format::Docx);
    let bytes = std::fs::read(common::fixture("office/rich.docx")).expect("read");
    let truncated = dir.path().join("truncated.docx");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("written");
    let error = Document::load(&Source::File(truncated), LoadOptions::default())
        .expect_err("half an archive");
    assert!(error.to_string().contains("truncated.docx"), "{error}");
    let locked = Document::load(
        &Source::File(common::fixture("office/locked.docx")),
        LoadOptions::default(),
    )
    .expect_err("a password");
    assert!(
        locked.to_string().contains("protected by a password"),
        "{locked}"
    );
    let bomb = Document::load(
        &Source::File(common::fixture("office/bomb.docx")),
        LoadOptions::default(),
    )
    .expect_err("1 GiB of XML");
    assert!(
        bomb.to_string()
            .contains("its part word/document.xml unpacks to more than 64 MiB"),
        "{bomb}"
    );
    let zip = dir.path().join("photos.zip");
    std::fs::write(&zip, b"PK\x03\x04 not really an archive").expect("written");
    let error = Document::load(&Source::File(zip), LoadOptions::default()).expect_err("a ZIP");
    assert!(error.to_string().contains("ZIP archive"), "{error}");
}

#[test]
fn tracked_changes_can_be_read_as_before_them() {
    let original = LoadOptions {
        tracked: palimpsest::ingest::Tracked::Original,
        ..LoadOptions::default()
    };
    for name in ["office/rich.docx", "office/rich.odt"] {
        let before = Document::load(&Source::File(common::fixture(name)), original).expect("read");
        let after = common::load(name);
        assert_eq!(
            before.sentence_text(2),
            "The council met on Monday and approved the budget.",
            "{name}"
        );
        assert_eq!(
            after.sentence_text(2),
            "The council met on Monday and rejected the budget."
        );
        assert!(
            before.warnings[0]
                .message
                .ends_with("it is read as it was before them")
        );
        // The document before and after its changes: one edit, the verb.
        let c = compare::compare(before, after, &Options::default());
        assert_eq!((c.summary.edited, c.summary.unchanged), (1, 9), "{name}");
    }
}

#[test]
fn real_word_files_from_public_sources_read_as_written() {
    let overview = common::load("office/real/gsa-fedramp-overview.docx");
    assert_eq!(
        sentences(&overview)[..2],
        ["Overview", "Who Should Use This Document?"]
    );
    let oscal = common::load("office/real/gsa-fedramp-working-with-oscal.docx");
    assert!(sentences(&oscal).contains(
        &"The Guide to OSCAL-based FedRAMP Content provides important concepts necessary for working with any OSCAL-based FedRAMP file."
    ));
    let handbook = common::load("office/real/doj-trustee-handbook-ch1.docx");
    assert_eq!(sentences(&handbook)[..2], ["CHAPTER 1", "INTRODUCTION"]);
    for doc in [&overview, &oscal, &handbook] {
        assert!(doc.sentences.len() > 10);
        assert!(
            !sentences(doc)
                .iter()
                .any(|s| s.contains("<w:") || s.contains("w:val"))
        );
    }
}

#[test]
fn a_real_redline_reads_as_either_of_its_two_versions() {
    let original = common::load("office/real/redlines-original.docx");
    let modified = common::load("office/real/redlines-modified.docx");
    let accepted = common::load("office/real/redlines-tracked.docx");
    let before = Document::load(
        &Source::File(common::fixture("office/real/redlines-tracked.docx")),
        LoadOptions {
            tracked: palimpsest::ingest::Tracked::Original,
            ..LoadOptions::default()
        },
    )
    .expect("read");
    assert_eq!(sentences(&accepted), sentences(&modified));
    assert_eq!(sentences(&before), sentences(&original));
    assert!(
        accepted.warnings[0]
            .message
            .contains("tracked changes by TestAuthor")
    );
    let c = compare::compare(original, modified, &Options::default());
    common::check_invariants(&c);
    let s = &c.summary;
    assert_eq!((s.unchanged, s.edited, s.added, s.removed), (2, 4, 2, 1));
}
