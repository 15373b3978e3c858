//! Real article revisions from public git histories (Markdown posts with front matter,
//! shortcodes, tables, code and HTML) and saved HTML pages, each with the changes a careful
//! editor listed by hand (`tests/fixtures/real/`, licences in `SOURCES-*.md`): how many of
//! them Palimpsest reports right, which changes it invents, and whether any quotation is
//! made of markup.

use std::collections::BTreeMap;

use palimpsest::compare;
use palimpsest::comparison::{Comparison, Kind, Options};
use serde::Deserialize;

use crate::common;

#[derive(Deserialize)]
#[serde(untagged)]
enum Text {
    One(String),
    Many(Vec<String>),
}

impl Text {
    fn joined(&self) -> String {
        match self {
            Self::One(t) => t.clone(),
            Self::Many(ts) => ts.join(" "),
        }
    }
}

#[derive(Deserialize)]
struct Change {
    kind: String,
    old: Option<Text>,
    new: Option<Text>,
}

#[derive(Deserialize)]
struct Expected {
    source: String,
    changes: Vec<Change>,
}

/// The words of `text` in lower case, markup and punctuation aside.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `true` when `a` and `b` hold nearly the same words: nine in ten of the longer's words
/// are in the other, in any order.
fn same_text(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return wa.is_empty() && wb.is_empty();
    }
    let mut rest = wb.clone();
    let mut shared = 0;
    for w in &wa {
        if let Some(at) = rest.iter().position(|r| r == w) {
            rest.swap_remove(at);
            shared += 1;
        }
    }
    shared * 10 >= wa.len().max(wb.len()) * 9
}

/// One change Palimpsest reports: its kind, whether it moved, and the text of each side.
struct Reported {
    kind: Kind,
    moved: bool,
    old: String,
    new: String,
}

fn reported(c: &Comparison) -> Vec<Reported> {
    c.sentences
        .iter()
        .filter(|r| !r.is_quiet())
        .map(|r| Reported {
            kind: r.kind,
            moved: r.moved,
            old: c.old.joined(&r.old),
            new: c.new.joined(&r.new),
        })
        .collect()
}

/// The reported change that is `expected`, if one is.
fn find(found: &[Reported], taken: &[bool], expected: &Change) -> Option<usize> {
    let old = expected.old.as_ref().map(Text::joined).unwrap_or_default();
    let new = expected.new.as_ref().map(Text::joined).unwrap_or_default();
    (0..found.len()).find(|&i| {
        let r = &found[i];
        let kind_fits = match expected.kind.as_str() {
            "edited" => r.kind == Kind::Edited,
            "added" => r.kind == Kind::Added,
            "removed" => r.kind == Kind::Removed,
            "moved" => r.moved,
            "split" => r.kind == Kind::Split,
            "merged" => r.kind == Kind::Merged,
            _ => false,
        };
        let old_fits = old.is_empty() || same_text(&r.old, &old);
        let new_fits = new.is_empty() || same_text(&r.new, &new);
        !taken[i] && kind_fits && old_fits && new_fits
    })
}

/// The reported rows that together are `expected` when the editor listed a passage of
/// several sentences as one change: pair rows lying wholly inside the passage on both
/// sides, at least one of them, and no sentence of the passage added or removed.
fn find_passage(found: &[Reported], taken: &[bool], expected: &Change) -> Vec<usize> {
    if !matches!(expected.kind.as_str(), "edited" | "split" | "merged") {
        return Vec::new();
    }
    let (Some(old), Some(new)) = (&expected.old, &expected.new) else {
        return Vec::new();
    };
    let spaced = |text: &str| format!(" {} ", words(text).join(" "));
    let (old, new) = (spaced(&old.joined()), spaced(&new.joined()));
    let inside =
        |passage: &str, text: &str| !text.trim().is_empty() && passage.contains(&spaced(text));
    let mut rows = Vec::new();
    for (i, r) in found.iter().enumerate().filter(|(i, _)| !taken[*i]) {
        match r.kind {
            Kind::Added if inside(&new, &r.new) => return Vec::new(),
            Kind::Removed if inside(&old, &r.old) => return Vec::new(),
            Kind::Edited | Kind::Split | Kind::Merged
                if !r.moved && inside(&old, &r.old) && inside(&new, &r.new) =>
            {
                rows.push(i);
            }
            _ => {}
        }
    }
    rows
}

/// `true` for a quotation that is markup rather than words: a file name, a link, an
/// attribute (`width=300`), a tag, an id, a path. Words quoted in the prose stay words,
/// even technical ones (“HTTP”, "text/javascript", “n = [number of respondents]”).
fn markup(quoted: &str) -> bool {
    let lower = quoted.to_lowercase();
    let attribute = quoted
        .split_whitespace()
        .any(|w| w.len() > 1 && w.contains('=') && !w.starts_with('=') && !w.ends_with('='));
    let path = !quoted.contains(' ')
        && (quoted.contains(['#', '_'])
            || quoted.starts_with(['/', '.'])
            || quoted.matches('/').count() >= 2);
    quoted.contains(['<', '>', '{', '}'])
        || attribute
        || lower.contains("://")
        || lower.starts_with("www.")
        || [
            ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".html", ".md",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
        || path
}

#[derive(Default)]
struct Score {
    pairs: usize,
    expected: usize,
    right: usize,
    invented: usize,
    markup_quotes: usize,
}

#[test]
fn real_revisions_read_as_an_editor_reads_them() {
    let root = common::fixture("real");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("real corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expected.json").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 50, "{} pairs", dirs.len());
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    for dir in &dirs {
        let expected: Expected = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected.json")).expect("expected.json"),
        )
        .expect("expected.json parses");
        let ext = if dir.join("old.md").exists() {
            "md"
        } else {
            "html"
        };
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let load = |side: &str| common::load(&format!("real/{name}/{side}.{ext}"));
        let c = compare::compare(load("old"), load("new"), &Options::default());
        common::check_invariants(&c);
        let found = reported(&c);
        let mut taken = vec![false; found.len()];
        let score = scores.entry(expected.source.clone()).or_default();
        score.pairs += 1;
        for change in &expected.changes {
            score.expected += 1;
            match find(&found, &taken, change) {
                Some(i) => {
                    taken[i] = true;
                    score.right += 1;
                }
                None if !find_passage(&found, &taken, change).is_empty() => {
                    for i in find_passage(&found, &taken, change) {
                        taken[i] = true;
                    }
                    score.right += 1;
                }
                None => misses.push(format!(
                    "{name}: missed {} {:?} → {:?}",
                    change.kind,
                    change
                        .old
                        .as_ref()
                        .map(|t| palimpsest::present::shorten(&t.joined(), 90)),
                    change
                        .new
                        .as_ref()
                        .map(|t| palimpsest::present::shorten(&t.joined(), 90)),
                )),
            }
        }
        for r in found
            .iter()
            .zip(&taken)
            .filter(|(_, t)| !**t)
            .map(|(r, _)| r)
        {
            score.invented += 1;
            misses.push(format!(
                "{name}: invented {:?}{} {:?} → {:?}",
                r.kind,
                if r.moved { " (moved)" } else { "" },
                palimpsest::present::shorten(&r.old, 90),
                palimpsest::present::shorten(&r.new, 90),
            ));
        }
        for doc in [&c.old, &c.new] {
            for id in 0..doc.quotes.len() {
                if markup(doc.quote_text(id)) {
                    score.markup_quotes += 1;
                    misses.push(format!("{name}: markup quotation {:?}", doc.quote_text(id)));
                }
            }
        }
    }
    eprintln!(
        "source                             pairs  right / expected  invented  markup quotes"
    );
    let mut total = Score::default();
    for (source, s) in &scores {
        eprintln!(
            "{source:<34} {:>5}  {:>5} / {:<8}  {:>8}  {:>13}",
            s.pairs, s.right, s.expected, s.invented, s.markup_quotes
        );
        total.pairs += s.pairs;
        total.expected += s.expected;
        total.right += s.right;
        total.invented += s.invented;
        total.markup_quotes += s.markup_quotes;
    }
    eprintln!(
        "all                                {:>5}  {:>5} / {:<8}  {:>8}  {:>13}",
        total.pairs, total.right, total.expected, total.invented, total.markup_quotes
    );
    for miss in &misses {
        eprintln!("{miss}");
    }
}

/// The markup check itself: what it calls markup and what it leaves as words.
#[test]
fn the_markup_check_tells_markup_from_quoted_words() {
    for markup_text in [
        "images/gopher.png",
        "https://github.com/foo/bar",
        "width=300",
        "#install-section",
        "my_variable_id",
        "/usr/local/bin",
        "<b>bold</b>",
        "{{ .Title }}",
    ] {
        assert!(markup(markup_text), "{markup_text}");
    }
    for words in [
        "HTTP",
        "text/javascript",
        "n = [number of respondents]",
        "and/or",
        "We will be back.",
    ] {
        assert!(!markup(words), "{words}");
    }
}
