//! The HTML report: one self-contained page (inline CSS, no fonts, images or network),
//! readable without JavaScript, light or dark with the system, printable to PDF.
//!
//! Every piece of article text goes through maud's escaping, so a hostile article cannot
//! inject markup, and sits in a cell with `dir="auto"`, isolated, so that right-to-left
//! text cannot reorder the page around it (its bidi controls were made visible when it
//! was read). Each change carries its label's symbol as well as a colour, deleted
//! words are `<del>` and inserted words `<ins>`, and a moved row links to a marker at its
//! old place and back.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::comparison::{Flag, FlagKind, Kind, Op, QuoteKind, WordOp};
use crate::present::{self, Filter, Hidden, Label, Line, Presented};

const CSS: &str = include_str!("../../assets/report.css");
const SCRIPT: &str = include_str!("../../assets/report.js");

/// What the HTML report shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HtmlOptions {
    /// The rows its table of sentences shows.
    pub filter: Filter,
}

/// Renders the report of `p` as one HTML page.
pub fn render(p: &Presented, options: HtmlOptions) -> String {
    let title = format!("{} — Palimpsest", p.headline());
    page(
        &title,
        html! {
            (header(p))
            (changes(p, options))
        },
    )
}

/// A pair's changes: what changed the meaning, the quotations, the sentences.
pub fn changes(p: &Presented, options: HtmlOptions) -> Markup {
    html! {
        (meaning_section(p))
        (quotes_section(p))
        (sentences_section(p, options))
    }
}

/// One self-contained page with the report's style, the legend and the filters' script.
pub fn page(title: &str, body: Markup) -> String {
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
                (body)
                footer {
                    "Made with " (tool()) ". Symbols: " (legend()) "; "
                    del { "deleted words" } ", " ins { "inserted words" } ". Changes of meaning: "
                    (flag_legend()) "."
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

/// The symbols of every label, in words: "~ edited, + added, …".
fn legend() -> String {
    [
        Label::Edited,
        Label::Added,
        Label::Removed,
        Label::Moved,
        Label::Split,
        Label::Merged,
        Label::NewSpeaker,
    ]
    .iter()
    .map(|l| format!("{} {}", l.look().symbol, l.look().name))
    .collect::<Vec<_>>()
    .join(", ")
}

/// The symbols of every kind of flag, in words: "№ number, ◷ date, …".
fn flag_legend() -> String {
    FlagKind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                present::flag_look(*k).symbol,
                present::flag_look(*k).name
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The badges of a row's or a quotation's flags.
fn badges(flags: Option<&[Flag]>) -> Markup {
    html! {
        @for flag in flags.unwrap_or_default() {
            " "
            span class=(format!("flag {}", flag.kind.name())) title=(present::flag_line(flag)) {
                (present::flag_badge(flag))
            }
        }
    }
}

/// Every change of meaning first: the flagged edits and the sentences added or removed,
/// each with its paragraph, badges and a link to its row.
fn meaning_section(p: &Presented) -> Markup {
    let c = p.comparison();
    let rows = p.meaning_changes();
    html! {
        section #meaning {
            h2 { "What changed the meaning" }
            @if rows.is_empty() {
                p.nobody {
                    "No edit changed a number, date, name, negation, attribution, certainty, "
                    "quotation or speaker, and no sentence was added or removed."
                }
            } @else {
                ol.meaning {
                    @for index in rows {
                        @let change = &c.sentences[index];
                        @let facts = p.rows()[index];
                        @let look = facts.label.look();
                        @let paragraph = facts.new_paragraph.or(facts.old_paragraph).unwrap_or(0);
                        li class=(look.class) {
                            a.where href=(format!("#r{index}")) {
                                "¶" (paragraph) " " (look.symbol) " " (present::row_name(change))
                            }
                            (badges(change.flags.as_deref()))
                            div.said {
                                @match change.kind {
                                    Kind::Removed => del { (c.old.joined(&change.old)) },
                                    Kind::Added => ins { (c.new.joined(&change.new)) },
                                    _ => (words(&change.words, true, true)),
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn header(p: &Presented) -> Markup {
    let c = p.comparison();
    let s = &c.summary;
    html! {
        header {
            h1 { (c.old.name) span.arrow { "→" } (c.new.name) }
            dl.meta {
                dt { "Old" } dd { (present::describe(&c.old)) }
                dt { "New" } dd { (present::describe(&c.new)) }
                dt { "Options" } dd { (present::option_phrases(&c.options).join(" · ")) }
                dt { "Made by" } dd { (tool()) }
            }
            @if c.approximate {
                p.notice { (present::APPROXIMATE) }
            }
            ul.summary aria-label="Summary" {
                li { span.label { "Sentences" } b { (s.old_sentences) " → " (s.new_sentences) } }
                @let meaning = p.meaning_changes().len();
                li.meaning {
                    a href="#meaning" {
                        b { (meaning) } @if meaning == 1 { " change of meaning" } @else { " changes of meaning" }
                    }
                }
                @for (label, count) in p.row_counts() {
                    li { (label.look().symbol) " " b { (count) } " " (label.look().name) }
                }
            }
            ul.summary aria-label="Quotation summary" {
                li { span.label { "Quotations" } b { (s.old_quotes) " → " (s.new_quotes) } }
                @for (label, count) in p.quote_counts().into_iter().filter(|(l, _)| *l != Label::Unchanged) {
                    li { (label.look().symbol) " " b { (count) } " " (label.look().name) }
                }
            }
            div.filters {
                label { input #only-changes type="checkbox"; " Only changes" }
                label { input #only-meaning type="checkbox"; " Only changes of meaning" }
            }
        }
    }
}

fn quotes_section(p: &Presented) -> Markup {
    let c = p.comparison();
    let (unchanged, changed): (Vec<usize>, Vec<usize>) =
        (0..c.quotes.len()).partition(|&i| c.quotes[i].is_quiet());
    html! {
        section #quotations {
            h2 { "Quotations" }
            @if c.quotes.is_empty() {
                p.nobody { "Neither version has quotations." }
            } @else {
                @if changed.is_empty() {
                    p { "No quotation changed." }
                } @else {
                    (quotes_table(p, &changed))
                }
                @if !unchanged.is_empty() {
                    details {
                        summary { (unchanged.len()) " unchanged quotation" @if unchanged.len() != 1 { "s" } }
                        (quotes_table(p, &unchanged))
                    }
                }
            }
        }
    }
}

fn quotes_table(p: &Presented, rows: &[usize]) -> Markup {
    let c = p.comparison();
    html! {
        table.quotes {
            thead { tr { th.change { "Change" } th.speaker { "Speaker before" } th.speaker { "Speaker after" } th { "Quotation" } } }
            tbody {
                @for &index in rows {
                    @let q = &c.quotes[index];
                    @let look = p.quote_labels()[index].look();
                    @let notes = p.quote_notes(index);
                    @let class = notes.iter().fold(look.class.to_owned(), |class, n| format!("{class} {}", n.look().class));
                    tr class=(class) {
                        td.change {
                            (look.symbol) " " (look.name)
                            @for note in &notes { ", " (note.look().name) }
                        }
                        td.speaker dir="auto" { (speaker(q.old_speaker.as_deref(), q.old.is_some())) }
                        td.speaker dir="auto" { (speaker(q.new_speaker.as_deref(), q.new.is_some() || q.speaker_changed)) }
                        td dir="auto" { "“" (quote_words(p, index)) "”" (badges(q.flags.as_deref())) }
                    }
                }
            }
        }
    }
}

fn speaker(name: Option<&str>, present: bool) -> Markup {
    html! {
        @match (name, present) {
            (Some(name), _) => (name),
            (None, true) => span.nobody { (present::speaker_or_nobody(None)) },
            (None, false) => span.nobody { "—" },
        }
    }
}

fn quote_words(p: &Presented, index: usize) -> Markup {
    let c = p.comparison();
    let q = &c.quotes[index];
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

fn sentences_section(p: &Presented, options: HtmlOptions) -> Markup {
    let c = p.comparison();
    let lines = present::layout(p, options.filter, &Hidden::Omitted).lines;
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
                    @for line in lines {
                        @match line {
                            Line::Change(index) => (row(p, index)),
                            Line::Ghost(index) => (ghost(p, index)),
                            Line::Fold { .. } => "",
                        }
                    }
                }
            }
        }
    }
}

/// The marker at the old place of the block of moved rows that starts at row `index`.
fn ghost(p: &Presented, index: usize) -> Markup {
    let Some(block) = p.block_of(index) else {
        return html! {};
    };
    let to = if block.to.0 == block.to.1 {
        format!("¶{}", block.to.0)
    } else {
        format!("¶{}–{}", block.to.0, block.to.1)
    };
    let what = if block.len() == 1 {
        "moved".to_owned()
    } else {
        format!("{} sentences moved", block.len())
    };
    html! {
        tr.ghost id=(format!("g{index}")) {
            td.mark { (Label::Moved.look().symbol) }
            td.para { (block.from.0) }
            td colspan="3" {
                a href=(format!("#r{index}")) { (what) " to " (to) ": " }
                (present::shorten(&p.block_old_text(block), 80))
            }
        }
    }
}

fn row(p: &Presented, index: usize) -> Markup {
    let c = p.comparison();
    let change = &c.sentences[index];
    let facts = p.rows()[index];
    let look = facts.label.look();
    let mut classes = Label::of_kind(change.kind).look().class.to_owned();
    if change.moved {
        classes.push_str(" moved");
    }
    if facts.starts_paragraph && !change.new.is_empty() {
        classes.push_str(" para-start");
    }
    if facts.changes_meaning() {
        classes.push_str(" meaning");
    }
    let mark = if facts.quiet { "" } else { look.symbol };
    html! {
        tr class=(classes) id=(format!("r{index}")) {
            td.mark title=(look.name) { (mark) }
            td.para { @if let Some(n) = facts.old_paragraph { (n) } }
            td.old dir="auto" {
                @match change.kind {
                    Kind::Added => "",
                    Kind::Removed => del { (c.old.joined(&change.old)) },
                    Kind::Unchanged => (c.old.joined(&change.old)),
                    Kind::Edited | Kind::Split | Kind::Merged => (words(&change.words, true, false)),
                }
            }
            td.para { @if let Some(n) = facts.new_paragraph { (n) } }
            td.new dir="auto" {
                @match change.kind {
                    Kind::Removed => "",
                    Kind::Added => ins { (c.new.joined(&change.new)) },
                    Kind::Unchanged => (c.new.joined(&change.new)),
                    Kind::Edited | Kind::Split | Kind::Merged => (words(&change.words, false, true)),
                }
                @if let Some(block) = p.block_starting_at(index) {
                    " "
                    a.tag.moved href=(format!("#g{index}")) title="Go to its old place" {
                        (Label::Moved.look().symbol) " " (present::moved_from(block))
                    }
                }
                @if let Some(note) = present::run_note(change) {
                    span class=(format!("tag {}", look.class)) { (note) }
                }
                (badges(change.flags.as_deref()))
            }
        }
    }
}
