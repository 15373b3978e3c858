//! Property tests: random documents and random edits keep every invariant of the report.

use crate::common;

use palimpsest::compare;
use palimpsest::comparison::{Kind, Options};
use palimpsest::document::Document;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "minister", "vote", "budget", "river", "council", "storm", "market", "school", "police",
    "court", "report", "city", "water", "border", "strike", "health", "energy", "price", "road",
    "night", "farmers", "rally", "talks", "deal", "crisis", "union", "bank", "fire", "power",
    "museum", "judge", "army", "plan", "crowd", "letter", "bridge",
];

/// A sentence of 3–12 words from a small vocabulary, possibly with a quotation.
fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(0..WORDS.len(), 3..12),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(ids, quoted, said)| {
            let words: Vec<&str> = ids.iter().map(|&i| WORDS[i]).collect();
            let mut s = String::from("The ");
            s.push_str(&words.join(" "));
            if quoted {
                s = format!("“{s}”");
            }
            if said {
                s.push_str(", the mayor said");
            }
            s.push('.');
            s
        })
}

/// A document: sentences in paragraphs of one to three.
fn document() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 0..24)
}

fn render(sentences: &[String]) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            out.push_str(if i % 3 == 0 { "\n\n" } else { " " });
        }
        out.push_str(s);
    }
    out
}

/// One random edit of a document.
#[derive(Debug, Clone)]
enum Edit {
    Remove(usize),
    Add(usize, String),
    Reword(usize, usize, usize),
    Move(usize, usize),
    Split(usize),
    Merge(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), sentence()).prop_map(|(at, s)| Edit::Add(at, s)),
        (any::<usize>(), any::<usize>(), 0..WORDS.len())
            .prop_map(|(at, w, r)| Edit::Reword(at, w, r)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Move(a, b)),
        any::<usize>().prop_map(Edit::Split),
        any::<usize>().prop_map(Edit::Merge),
    ]
}

fn apply(doc: &mut Vec<String>, edit: &Edit) {
    if doc.is_empty() {
        if let Edit::Add(_, s) = edit {
            doc.push(s.clone());
        }
        return;
    }
    let n = doc.len();
    match edit {
        Edit::Remove(at) => {
            doc.remove(at % n);
        }
        Edit::Add(at, s) => doc.insert(at % (n + 1), s.clone()),
        Edit::Reword(at, w, r) => {
            let s = &doc[at % n];
            let mut words: Vec<String> = s.split(' ').map(str::to_owned).collect();
            let i = 1 + w % (words.len() - 1).max(1);
            if let Some(word) = words.get_mut(i)
                && word.chars().all(char::is_alphabetic)
            {
                *word = WORDS[*r].to_owned();
            }
            doc[at % n] = words.join(" ");
        }
        Edit::Move(a, b) => {
            let s = doc.remove(a % n);
            doc.insert(b % n, s);
        }
        Edit::Split(at) => {
            let s = doc[at % n].clone();
            if !s.starts_with('“') && s.split(' ').count() >= 6 {
                let words: Vec<&str> = s.trim_end_matches('.').split(' ').collect();
                let half = words.len() / 2;
                let first = format!("{}.", words[..half].join(" "));
                let second = format!("The {}.", words[half..].join(" "));
                doc[at % n] = first;
                doc.insert(at % n + 1, second);
            }
        }
        Edit::Merge(at) => {
            let i = at % n;
            if i + 1 < n && !doc[i].starts_with('“') && !doc[i + 1].starts_with('“') {
                let second = doc.remove(i + 1);
                let first = doc[i].trim_end_matches('.').to_owned();
                doc[i] = format!(
                    "{first} and {}",
                    second.trim_start_matches("The ").to_lowercase()
                );
            }
        }
    }
}

fn compared(old: &str, new: &str, options: &Options) -> palimpsest::comparison::Comparison {
    compare::compare(
        Document::from_text("old", old),
        Document::from_text("new", new),
        options,
    )
}

fn options() -> impl Strategy<Value = Options> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0.3f64..0.9,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                ignore_case,
                ignore_punctuation,
                normalize_typography,
                similarity_threshold,
                detect_moves,
                pair_in_place,
            )| Options {
                ignore_case,
                ignore_punctuation,
                normalize_typography,
                similarity_threshold,
                detect_moves,
                pair_in_place,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_edits_keep_the_invariants(
        doc in document(),
        edits in prop::collection::vec(edit(), 0..8),
        options in options(),
    ) {
        let mut new = doc.clone();
        for e in &edits {
            apply(&mut new, e);
        }
        let c = compared(&render(&doc), &render(&new), &options);
        common::check_invariants(&c);
    }

    #[test]
    fn a_document_compared_with_itself_is_unchanged(doc in document(), options in options()) {
        let text = render(&doc);
        let c = compared(&text, &text, &options);
        common::check_invariants(&c);
        prop_assert!(c.sentences.iter().all(|ch| ch.kind == Kind::Unchanged && !ch.moved));
        prop_assert!(!c.summary.differs());
    }

    #[test]
    fn swapping_sides_swaps_added_and_removed(
        doc in document(),
        edits in prop::collection::vec(edit(), 0..8),
    ) {
        let mut new = doc.clone();
        for e in &edits {
            apply(&mut new, e);
        }
        let (a, b) = (render(&doc), render(&new));
        let f = compared(&a, &b, &Options::default()).summary;
        let r = compared(&b, &a, &Options::default()).summary;
        prop_assert_eq!((f.added, f.removed, f.split, f.merged), (r.removed, r.added, r.merged, r.split));
        prop_assert_eq!((f.unchanged, f.edited, f.moved), (r.unchanged, r.edited, r.moved));
        prop_assert_eq!((f.quotes_added, f.quotes_removed), (r.quotes_removed, r.quotes_added));
    }
}
