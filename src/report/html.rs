//! The HTML report: one self-contained page (inline CSS, no fonts, images or network),
//! readable without JavaScript, light or dark with the system, printable to PDF.
//!
//! Every piece of article text goes through maud's escaping, so a hostile article cannot
//! inject markup. Each change carries a symbol as well as a colour (`~` edited, `+` added,
//! `−` removed, `↕` moved, `÷` split, `⊕` merged), deleted words are `<del>` and inserted
//! words `<ins>`, and a moved row links to a marker at its old place and back.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{joined, paragraphs_of, unchanged_in_place};
use crate::compare::{Comparison, Kind, Op, QuoteChange, QuoteKind, SentenceChange, WordOp};
use crate::document::Document;

const CSS: &str = include_str!("../../assets/report.css");
const SCRIPT: &str = include_str!("../../assets/report.js");

/// What the HTML report shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HtmlOptions {
    /// Leave out unchanged rows that did not move.
    pub only_changes: bool,
}

/// Renders the report of `comparison` as one HTML page.
pub fn render(comparison: &Comparison, options: HtmlOptions) -> String {
    let (old, new) = (&comparison.old, &comparison.new);
    let title = format!("{} → {} — Palimpsest", old.name, new.name);
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(tool());
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                (header(comparison))
                (quotes_section(comparison))
                (sentences_section(comparison, options))
                footer {
                    "Made with " (tool()) ". Symbols: ~ edited, + added, − removed, ↕ moved, ÷ split, ⊕ merged; "
                    del { "deleted words" } ", " ins { "inserted words" } "."
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    };
    page.into_string()
}

fn tool() -> String {
    format!("palimpsest {}", env!("CARGO_PKG_VERSION"))
}

fn header(c: &Comparison) -> Markup {
    let s = &c.summary;
    let o = &c.options;
    let mut option_words = [
        if o.ignore_case {
            "case ignored"
        } else {
            "case matters"
        },
        if o.ignore_punctuation {
            "punctuation ignored"
        } else {
            "punctuation matters"
        },
        if o.normalize_typography {
            "typography normalised"
        } else {
            "typography matters"
        },
        if o.detect_moves {
            "moves detected"
        } else {
            "moves not detected"
        },
    ]
    .join(" · ");
    option_words.push_str(&format!(
        " · similarity threshold {:.2}",
        o.similarity_threshold
    ));
    html! {
        header {
            h1 { (c.old.name) span.arrow { "→" } (c.new.name) }
            dl.meta {
                dt { "Old" } dd { (describe(&c.old)) }
                dt { "New" } dd { (describe(&c.new)) }
                dt { "Options" } dd { (option_words) }
                dt { "Made by" } dd { (tool()) }
            }
            @if c.approximate {
                p.notice { "Approximate: the time budget ran out before every pairing was tried." }
            }
            ul.summary aria-label="Summary" {
                li { span.label { "Sentences" } b { (s.old_sentences) " → " (s.new_sentences) } }
                li { "= " b { (unchanged_in_place(c)) } " unchanged" }
                li { "↕ " b { (s.moved) } " moved" }
                li { "~ " b { (s.edited) } " edited" }
                li { "÷ " b { (s.split) } " split" }
                li { "⊕ " b { (s.merged) } " merged" }
                li { "+ " b { (s.added) } " added" }
                li { "− " b { (s.removed) } " removed" }
            }
            ul.summary aria-label="Quotation summary" {
                li { span.label { "Quotations" } b { (s.old_quotes) " → " (s.new_quotes) } }
                li { "~ " b { (s.quotes_edited) } " edited" }
                li { "+ " b { (s.quotes_added) } " added" }
                li { "− " b { (s.quotes_removed) } " removed" }
                li { "↕ " b { (s.quotes_moved) } " moved" }
                li { "! " b { (s.quotes_speaker_changed) } " new speaker" }
            }
            div.filters {
                label { input #only-changes type="checkbox"; " Only changes" }
            }
        }
    }
}

/// A line about one version: name, date, encoding, format and size.
fn describe(doc: &Document) -> String {
    let mut parts = vec![doc.name.clone()];
    if let Some(modified) = doc.modified {
        parts.push(format!("modified {}", utc_minutes(modified)));
    }
    parts.push(format!("{} {}", doc.encoding, doc.format.name()));
    parts.push(format!(
        "{} sentences, {} quotations",
        doc.sentences.len(),
        doc.quotes.len()
    ));
    parts.join(" · ")
}

/// A time as `2026-11-26 13:59 UTC`.
fn utc_minutes(time: std::time::SystemTime) -> String {
    let stamp = humantime::format_rfc3339_seconds(time).to_string();
    let minutes = stamp.get(..16).unwrap_or(&stamp);
    format!("{} UTC", minutes.replace('T', " "))
}

fn quotes_section(c: &Comparison) -> Markup {
    let quiet = |q: &&QuoteChange| q.kind == QuoteKind::Unchanged && !q.moved && !q.speaker_changed;
    let changed: Vec<&QuoteChange> = c.quotes.iter().filter(|q| !quiet(q)).collect();
    let unchanged: Vec<&QuoteChange> = c.quotes.iter().filter(quiet).collect();
    html! {
        section #quotations {
            h2 { "Quotations" }
            @if c.quotes.is_empty() {
                p.nobody { "Neither version has quotations." }
            } @else {
                @if changed.is_empty() {
                    p { "No quotation changed." }
                } @else {
                    (quotes_table(c, &changed))
                }
                @if !unchanged.is_empty() {
                    details {
                        summary { (unchanged.len()) " unchanged quotation" @if unchanged.len() != 1 { "s" } }
                        (quotes_table(c, &unchanged))
                    }
                }
            }
        }
    }
}

fn quotes_table(c: &Comparison, rows: &[&QuoteChange]) -> Markup {
    html! {
        table.quotes {
            thead { tr { th.change { "Change" } th.speaker { "Speaker before" } th.speaker { "Speaker after" } th { "Quotation" } } }
            tbody {
                @for q in rows {
                    @let (class, label) = quote_label(q);
                    tr class=(class) {
                        td.change { (label) }
                        td.speaker { (speaker(q.old_speaker.as_deref(), q.old.is_some())) }
                        td.speaker {
                            @if q.speaker_changed { (speaker(q.new_speaker.as_deref(), true)) }
                            @else { (speaker(q.new_speaker.as_deref(), q.new.is_some())) }
                        }
                        td { "“" (quote_words(c, q)) "”" }
                    }
                }
            }
        }
    }
}

fn quote_label(q: &QuoteChange) -> (&'static str, &'static str) {
    match q.kind {
        QuoteKind::Added => ("added", "+ added"),
        QuoteKind::Removed => ("removed", "− removed"),
        QuoteKind::Edited if q.moved => ("edited moved", "~ edited, moved"),
        QuoteKind::Edited => ("edited", "~ edited"),
        QuoteKind::Unchanged if q.speaker_changed => ("speaker", "! new speaker"),
        QuoteKind::Unchanged if q.moved => ("moved", "↕ moved"),
        QuoteKind::Unchanged => ("unchanged", "= unchanged"),
    }
}

fn speaker(name: Option<&str>, present: bool) -> Markup {
    html! {
        @match (name, present) {
            (Some(name), _) => (name),
            (None, true) => span.nobody { "no speaker" },
            (None, false) => span.nobody { "—" },
        }
    }
}

fn quote_words(c: &Comparison, q: &QuoteChange) -> Markup {
    html! {
        @match (q.kind, q.old, q.new) {
            (QuoteKind::Edited, _, _) => (words(&q.words, true, true)),
            (QuoteKind::Removed, Some(o), _) => del { (c.old.quote_text(o)) },
            (QuoteKind::Added, _, Some(n)) => ins { (c.new.quote_text(n)) },
            (_, _, Some(n)) => (c.new.quote_text(n)),
            _ => "",
        }
    }
}

/// The runs of a word diff: equal text, plus `<del>` runs when `deleted`, plus `<ins>`
/// runs when `inserted`.
fn words(ops: &[WordOp], deleted: bool, inserted: bool) -> Markup {
    html! {
        @for op in ops {
            @let (lead, core, trail) = split_space(&op.text);
            @match op.op {
                Op::Equal => (op.text),
                Op::Delete if deleted && core.is_empty() => (op.text),
                Op::Insert if inserted && core.is_empty() => (op.text),
                Op::Delete if deleted => { (lead) del { (core) } (trail) },
                Op::Insert if inserted => { (lead) ins { (core) } (trail) },
                _ => "",
            }
        }
    }
}

/// `text` as leading white space, words, and trailing white space, so that highlights
/// cover words only.
fn split_space(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    (lead, core, trail)
}

fn sentences_section(c: &Comparison, options: HtmlOptions) -> Markup {
    let ghosts = ghost_rows(c);
    html! {
        section #sentences {
            h2 { "Sentences" }
            table.sxs {
                thead {
                    tr {
                        th.mark { span hidden { "Change" } }
                        th.para { "¶" }
                        th { "Old — " (c.old.name) }
                        th.para { "¶" }
                        th { "New — " (c.new.name) }
                    }
                }
                tbody {
                    @for index in ghosts.top.iter() { (ghost(c, *index)) }
                    @for (index, change) in c.sentences.iter().enumerate() {
                        @if !(options.only_changes && change.kind == Kind::Unchanged && !change.moved) {
                            (row(c, index, change))
                        }
                        @for g in ghosts.after[index].iter() { (ghost(c, *g)) }
                    }
                }
            }
        }
    }
}

/// Where the old place of each moved row is marked: after the row that holds the old
/// sentence before it, or at the top.
struct Ghosts {
    top: Vec<usize>,
    after: Vec<Vec<usize>>,
}

fn ghost_rows(c: &Comparison) -> Ghosts {
    let mut row_of_old = vec![usize::MAX; c.old.sentences.len()];
    for (index, change) in c.sentences.iter().enumerate() {
        for &o in &change.old {
            row_of_old[o] = index;
        }
    }
    let mut ghosts = Ghosts {
        top: Vec::new(),
        after: vec![Vec::new(); c.sentences.len()],
    };
    let mut moved: Vec<(usize, usize)> = c
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, ch)| ch.moved)
        .filter_map(|(index, ch)| ch.old.first().map(|&o| (o, index)))
        .collect();
    moved.sort_unstable();
    for (o, index) in moved {
        match o.checked_sub(1).map(|p| row_of_old[p]) {
            Some(row) if row != usize::MAX => ghosts.after[row].push(index),
            _ => ghosts.top.push(index),
        }
    }
    ghosts
}

/// The marker at the old place of moved row `index`.
fn ghost(c: &Comparison, index: usize) -> Markup {
    let change = &c.sentences[index];
    let (old_paragraph, new_paragraph) = paragraphs_of(c, change);
    let (old_paragraph, new_paragraph) = (old_paragraph.unwrap_or(0), new_paragraph.unwrap_or(0));
    html! {
        tr.ghost id=(format!("g{index}")) {
            td.mark { "↕" }
            td.para { (old_paragraph) }
            td colspan="3" {
                a href=(format!("#r{index}")) { "moved to ¶" (new_paragraph) ": " }
                (shorten(&joined(&c.old, &change.old), 80))
            }
        }
    }
}

fn row(c: &Comparison, index: usize, change: &SentenceChange) -> Markup {
    let (class, mark, title) = row_label(change);
    let (old_paragraph, new_paragraph) = paragraphs_of(c, change);
    let starts_paragraph = match change.new.first() {
        Some(&n) => {
            n == 0
                || c.new.sentences.get(n - 1).map(|s| s.paragraph)
                    != c.new.sentences.get(n).map(|s| s.paragraph)
        }
        None => false,
    };
    let classes = if starts_paragraph {
        format!("{class} para-start")
    } else {
        class.clone()
    };
    html! {
        tr class=(classes) id=(format!("r{index}")) {
            td.mark title=(title) { (mark) }
            td.para { @if let Some(p) = old_paragraph { (p) } }
            td.old {
                @match change.kind {
                    Kind::Added => "",
                    Kind::Removed => del { (joined(&c.old, &change.old)) },
                    Kind::Unchanged => (joined(&c.old, &change.old)),
                    Kind::Edited | Kind::Split | Kind::Merged => (words(&change.words, true, false)),
                }
            }
            td.para { @if let Some(p) = new_paragraph { (p) } }
            td.new {
                @match change.kind {
                    Kind::Removed => "",
                    Kind::Added => ins { (joined(&c.new, &change.new)) },
                    Kind::Unchanged => (joined(&c.new, &change.new)),
                    Kind::Edited | Kind::Split | Kind::Merged => (words(&change.words, false, true)),
                }
                @if change.moved {
                    " "
                    a.tag.moved href=(format!("#g{index}")) title="Go to its old place" {
                        "↕ moved from ¶" (old_paragraph.unwrap_or(0))
                    }
                }
                @match change.kind {
                    Kind::Split => span.tag.split { "split into " (change.new.len()) },
                    Kind::Merged => span.tag.merged { "merged from " (change.old.len()) },
                    _ => "",
                }
            }
        }
    }
}

/// CSS class, symbol and tooltip of a row.
fn row_label(change: &SentenceChange) -> (String, &'static str, &'static str) {
    let (class, mark, title) = match change.kind {
        Kind::Unchanged if change.moved => ("unchanged", "↕", "moved"),
        Kind::Unchanged => ("unchanged", "", "unchanged"),
        Kind::Edited => ("edited", "~", "edited"),
        Kind::Added => ("added", "+", "added"),
        Kind::Removed => ("removed", "−", "removed"),
        Kind::Split => ("split", "÷", "split"),
        Kind::Merged => ("merged", "⊕", "merged"),
    };
    let class = if change.moved {
        format!("{class} moved")
    } else {
        class.to_owned()
    };
    (class, mark, title)
}

/// At most `max` chars of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}
