//! The bundled sample pair reads exactly as `tests/fixtures/seed/putin-expected.md` lists it.

use palimpsest::document::Document;
use palimpsest::ingest::{LoadOptions, Source};

fn load(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/seed/{name}", env!("CARGO_MANIFEST_DIR"));
    Document::load(&Source::File(path.into()), LoadOptions::default()).expect("seed loads")
}

#[test]
fn v1_has_the_16_sentences_of_the_expected_comparison() {
    let doc = load("putin-v1.txt");
    let starts = [
        "date 2017-06-02 Russian President",
        "“We are inviting our partners",
        "He added that IP addresses",
        "“India is sixth biggest",
        "“Technology experts can invent",
        "Putin’s clarification comes",
        "He described the focus",
        "“I believe that if a sound",
        "He said the allegations",
        "He asks Putin whether",
        "“It was necessary to apologize",
        "It said the relationship covers",
        "He added that while watching",
        "Nevertheless, asked if he agreed",
        "Yet speaking in an interview",
        "Ambassador Sergei Kislyak’s meetings",
    ];
    assert_eq!(doc.sentences.len(), 16);
    for (id, start) in starts.iter().enumerate() {
        assert!(
            doc.sentence_text(id).starts_with(start),
            "S{id}: {}",
            doc.sentence_text(id)
        );
    }
    assert!(doc.sentence_text(9).ends_with("in U.S. history."));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn v1_has_the_8_quotations_with_their_speakers() {
    let doc = load("putin-v1.txt");
    let expected: [(usize, &str, Option<&str>); 8] = [
        (
            1,
            "We are inviting our partners to localize their production in Russia",
            Some("Putin"),
        ),
        (3, "India is sixth biggest manufacturer", Some("Putin")),
        (
            4,
            "Technology experts can invent anything and put the blame on anyone",
            Some("Putin"),
        ),
        (6, "catastrophic nonsense", Some("Putin")),
        (7, "I believe that if a sound", Some("Putin")),
        (10, "It was necessary to apologize", None),
        (12, "over the top", None),
        (13, "no", Some("Putin")),
    ];
    assert_eq!(doc.quotes.len(), 8);
    for (id, (sentence, text, speaker)) in expected.iter().enumerate() {
        let quote = &doc.quotes[id];
        assert_eq!(quote.sentence, *sentence, "Q{id}");
        assert!(
            doc.quote_text(id).starts_with(text),
            "Q{id}: {}",
            doc.quote_text(id)
        );
        if let Some(surname) = speaker {
            let got = quote.speaker.as_deref().unwrap_or("");
            assert!(got.ends_with(surname), "Q{id} speaker {got:?}");
        }
    }
    assert_eq!(doc.quotes[6].speaker, doc.quotes[0].speaker);
}

#[test]
fn v2_names_the_new_speaker_and_the_added_quotation() {
    let doc = load("putin-v2.txt");
    let find = |words: &str| {
        (0..doc.quotes.len())
            .find(|&id| doc.quote_text(id).starts_with(words))
            .map(|id| doc.quotes[id].speaker.clone())
    };
    assert_eq!(
        find("I believe that if a sound"),
        Some(Some("Dmitry Peskov".to_owned()))
    );
    let snowden = find("Snowden did not betray his country").expect("added quote found");
    assert!(snowden.is_some_and(|s| s.ends_with("Putin")));
    assert_eq!(find("catastrophic nonsense"), None);
    assert_eq!(doc.quotes.len(), 8);
    assert_eq!(doc.sentences.len(), 17);
}

#[test]
fn a_moved_quotation_keeps_its_speaker() {
    let old = load("putin-v1.txt");
    let new = load("putin-v2.txt");
    let speaker = |doc: &Document| {
        (0..doc.quotes.len())
            .find(|&id| doc.quote_text(id).starts_with("It was necessary"))
            .and_then(|id| doc.quotes[id].speaker.clone())
    };
    assert_eq!(speaker(&old), speaker(&new));
    assert!(speaker(&old).is_some_and(|s| s.ends_with("Putin")));
}
