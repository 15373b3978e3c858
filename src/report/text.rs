//! The terminal report: one line per sentence row, the quotation changes, and a summary.
//!
//! Each row starts with a two-char mark that reads without colour: the first is the
//! label's plain-text mark (` ` unchanged, `~` edited, `/` split, `\` merged, `-` removed,
//! `+` added), the second is `>` when the row moved; a `!` before the paragraph marks a
//! change of meaning, whose flags follow the text in braces (`{number: 16 → 18}`).
//! Inside edited rows, deleted words
//! read `[-so-]` and inserted words `{+so+}`, the convention of `wdiff` and `git diff
//! --word-diff`; on a colour terminal they are struck through in red and underlined in
//! green instead.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::comparison::{Flag, Kind, Op, QuoteKind, Summary, WordOp};
use crate::present::{self, Filter, Hidden, Label, Line, Presented};

/// How the report marks changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Use ANSI colours and attributes instead of bracket marks.
    pub color: bool,
    /// The sentence rows to show.
    pub filter: Filter,
}

const DELETED: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .strikethrough();
const INSERTED: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)))
    .underline();
const HEADING: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const MEANING: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)))
    .bold();

/// Writes the terminal report of `p`.
pub fn write(out: &mut (impl Write + ?Sized), p: &Presented, style: TextStyle) -> io::Result<()> {
    let c = p.comparison();
    heading(out, &p.headline(), style)?;
    if c.approximate {
        writeln!(
            out,
            "({})",
            present::APPROXIMATE.to_lowercase().trim_end_matches('.')
        )?;
    }
    writeln!(out)?;
    for line in present::layout(p, style.filter, &Hidden::Omitted).lines {
        if let Line::Change(index) = line {
            sentence_row(out, p, index, style)?;
        }
    }
    writeln!(out)?;
    heading(out, "Quotations", style)?;
    let mut quiet = 0;
    for (index, q) in c.quotes.iter().enumerate() {
        if q.is_quiet() {
            quiet += 1;
            continue;
        }
        quote_row(out, p, index, style)?;
    }
    if quiet > 0 {
        let plural = if quiet == 1 { "" } else { "s" };
        writeln!(out, "   {quiet} unchanged quotation{plural}")?;
    }
    if c.quotes.is_empty() {
        writeln!(out, "   none in either version")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", summary_line(&c.summary))
}

fn heading(out: &mut (impl Write + ?Sized), text: &str, style: TextStyle) -> io::Result<()> {
    if style.color {
        writeln!(out, "{}{text}{}", HEADING.render(), HEADING.render_reset())
    } else {
        writeln!(out, "{text}")
    }
}

/// One sentence row: mark, paragraph, text (with the word diff when reworded), and where a
/// moved row came from.
fn sentence_row(
    out: &mut (impl Write + ?Sized),
    p: &Presented,
    index: usize,
    style: TextStyle,
) -> io::Result<()> {
    let c = p.comparison();
    let change = &c.sentences[index];
    let kind_mark = Label::of_kind(change.kind).look().ascii;
    let move_mark = if change.moved {
        Label::Moved.look().ascii
    } else {
        ' '
    };
    let (old_paragraph, new_paragraph) = c.paragraphs_of(change);
    let paragraph = new_paragraph.or(old_paragraph).unwrap_or(0);
    let meaning_mark = if p.rows()[index].changes_meaning() {
        '!'
    } else {
        ' '
    };
    write!(out, "{kind_mark}{move_mark}{meaning_mark}¶{paragraph:<3} ")?;
    match change.kind {
        Kind::Unchanged | Kind::Added => {
            write!(out, "{}", present::one_line(&c.new.joined(&change.new)))?;
        }
        Kind::Removed => {
            let text = present::one_line(&c.old.joined(&change.old));
            paint(out, &text, DELETED, style, ("[-", "-]"))?;
        }
        Kind::Edited | Kind::Split | Kind::Merged => words(out, &change.words, style)?,
    }
    if let Some(note) = present::run_note(change) {
        write!(out, "  [{note}]")?;
    }
    flags(out, change.flags.as_deref(), style)?;
    if change.moved
        && let Some(from) = old_paragraph
    {
        paint(
            out,
            &format!("  (moved from ¶{from})"),
            DIM,
            style,
            ("", ""),
        )?;
    }
    writeln!(out)
}

/// One quotation change: mark, quoted words (with the word diff when edited), speaker.
fn quote_row(
    out: &mut (impl Write + ?Sized),
    p: &Presented,
    index: usize,
    style: TextStyle,
) -> io::Result<()> {
    let c = p.comparison();
    let change = &c.quotes[index];
    let label = p.quote_labels()[index];
    write!(out, "{} “", label.look().ascii)?;
    match (change.kind, change.old, change.new) {
        (QuoteKind::Edited, _, _) => words(out, &change.words, style)?,
        (QuoteKind::Removed, Some(o), _) => {
            let text = present::one_line(c.old.quote_text(o));
            paint(out, &text, DELETED, style, ("[-", "-]"))?;
        }
        (_, _, Some(n)) => write!(out, "{}", present::one_line(c.new.quote_text(n)))?,
        _ => {}
    }
    write!(out, "”")?;
    if change.speaker_changed {
        write!(out, " — speaker: {}", present::speaker_line(change))?;
    } else {
        write!(out, " — {}", present::speaker_line(change))?;
    }
    flags(out, change.flags.as_deref(), style)?;
    for note in p.quote_notes(index) {
        paint(
            out,
            &format!("  ({})", note.look().name),
            DIM,
            style,
            ("", ""),
        )?;
    }
    writeln!(out)
}

/// The flags of a row or quotation, after its text: `  {number: 16 → 18; negation: not
/// added}`.
fn flags(
    out: &mut (impl Write + ?Sized),
    flags: Option<&[Flag]>,
    style: TextStyle,
) -> io::Result<()> {
    let flags = flags.unwrap_or_default();
    if flags.is_empty() {
        return Ok(());
    }
    let words: Vec<String> = flags.iter().map(present::flag_line).collect();
    paint(
        out,
        &format!("  {{{}}}", words.join("; ")),
        MEANING,
        style,
        ("", ""),
    )
}

/// A word-level diff, inline.
fn words(out: &mut (impl Write + ?Sized), ops: &[WordOp], style: TextStyle) -> io::Result<()> {
    for op in ops {
        if op.text.trim().is_empty() {
            // A change of white space alone reads as one space, or as nothing once deleted.
            if op.op != Op::Delete {
                write!(out, " ")?;
            }
            continue;
        }
        let text = present::one_line(&op.text);
        match op.op {
            Op::Equal => write!(out, "{text}")?,
            Op::Delete => paint(out, &text, DELETED, style, ("[-", "-]"))?,
            Op::Insert => paint(out, &text, INSERTED, style, ("{+", "+}"))?,
        }
    }
    Ok(())
}

/// Writes `text` in `paint` on a colour terminal, or between `marks` otherwise.
fn paint(
    out: &mut (impl Write + ?Sized),
    text: &str,
    paint: Style,
    style: TextStyle,
    (open, close): (&str, &str),
) -> io::Result<()> {
    if style.color {
        write!(out, "{}{text}{}", paint.render(), paint.render_reset())
    } else {
        write!(out, "{open}{text}{close}")
    }
}

/// The summary in one line.
pub fn summary_line(s: &Summary) -> String {
    format!(
        "Sentences {} → {}: {} unchanged ({} moved), {} edited, {} split, {} merged, {} added, {} removed; \
         {} edits changed the meaning. \
         Quotations {} → {}: {} unchanged, {} edited, {} added, {} removed, {} moved, {} with a new speaker.",
        s.old_sentences,
        s.new_sentences,
        s.unchanged,
        s.moved,
        s.edited,
        s.split,
        s.merged,
        s.added,
        s.removed,
        s.significant,
        s.old_quotes,
        s.new_quotes,
        s.quotes_unchanged,
        s.quotes_edited,
        s.quotes_added,
        s.quotes_removed,
        s.quotes_moved,
        s.quotes_speaker_changed,
    )
}
