//! The terminal report: one line per sentence row, the quotation changes, and a summary.
//!
//! Each row starts with a two-char mark that reads without colour: the first says what
//! happened (` ` unchanged, `~` edited, split or merged, `-` removed, `+` added), the
//! second is `>` when the row moved. Inside edited rows, deleted words read `[-so-]` and
//! inserted words `{+so+}`, the convention of `wdiff` and `git diff --word-diff`; on a
//! colour terminal they are struck through in red and underlined in green instead.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use super::{joined, paragraph_number, paragraphs_of};

use crate::compare::{
    Comparison, Kind, Op, QuoteChange, QuoteKind, SentenceChange, Summary, WordOp,
};
use crate::document::Document;

/// How the report marks changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Use ANSI colours and attributes instead of bracket marks.
    pub color: bool,
    /// Leave out unchanged rows that did not move.
    pub only_changes: bool,
}

const DELETED: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
    .strikethrough();
const INSERTED: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)))
    .underline();
const HEADING: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Writes the terminal report of `comparison`.
pub fn write(
    out: &mut (impl Write + ?Sized),
    comparison: &Comparison,
    style: TextStyle,
) -> io::Result<()> {
    let (old, new) = (&comparison.old, &comparison.new);
    heading(out, &format!("{} → {}", old.name, new.name), style)?;
    if comparison.approximate {
        writeln!(
            out,
            "(approximate: the time budget ran out before every pairing was tried)"
        )?;
    }
    writeln!(out)?;
    for change in &comparison.sentences {
        let quiet = change.kind == Kind::Unchanged && !change.moved;
        if style.only_changes && quiet {
            continue;
        }
        sentence_row(out, comparison, change, style)?;
    }
    writeln!(out)?;
    heading(out, "Quotations", style)?;
    let mut quiet = 0;
    for change in &comparison.quotes {
        if change.kind == QuoteKind::Unchanged && !change.moved && !change.speaker_changed {
            quiet += 1;
            continue;
        }
        quote_row(out, old, new, change, style)?;
    }
    if quiet > 0 {
        let plural = if quiet == 1 { "" } else { "s" };
        writeln!(out, "   {quiet} unchanged quotation{plural}")?;
    }
    if comparison.quotes.is_empty() {
        writeln!(out, "   none in either version")?;
    }
    writeln!(out)?;
    writeln!(out, "{}", summary_line(&comparison.summary))
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
    comparison: &Comparison,
    change: &SentenceChange,
    style: TextStyle,
) -> io::Result<()> {
    let (old, new) = (&comparison.old, &comparison.new);
    let kind_mark = match change.kind {
        Kind::Unchanged => ' ',
        Kind::Edited | Kind::Split | Kind::Merged => '~',
        Kind::Removed => '-',
        Kind::Added => '+',
    };
    let move_mark = if change.moved { '>' } else { ' ' };
    let (old_paragraph, new_paragraph) = paragraphs_of(comparison, change);
    let paragraph = new_paragraph.or(old_paragraph).unwrap_or(0);
    write!(out, "{kind_mark}{move_mark} ¶{paragraph:<3} ")?;
    match change.kind {
        Kind::Unchanged | Kind::Added => {
            let text = joined(new, &change.new);
            write!(out, "{}", one_line(&text))?;
        }
        Kind::Removed => {
            let text = one_line(&joined(old, &change.old));
            paint(out, &text, DELETED, style, ("[-", "-]"))?;
        }
        Kind::Edited | Kind::Split | Kind::Merged => words(out, &change.words, style)?,
    }
    match change.kind {
        Kind::Split => write!(out, "  [split into {}]", change.new.len())?,
        Kind::Merged => write!(out, "  [merged from {}]", change.old.len())?,
        _ => {}
    }
    if change.moved
        && let Some(&o) = change.old.first()
    {
        let from = format!("  (moved from ¶{})", paragraph_number(old, o));
        paint(out, &from, DIM, style, ("", ""))?;
    }
    writeln!(out)
}

/// One quotation change: mark, quoted words (with the word diff when edited), speaker.
fn quote_row(
    out: &mut (impl Write + ?Sized),
    old: &Document,
    new: &Document,
    change: &QuoteChange,
    style: TextStyle,
) -> io::Result<()> {
    let mark = match change.kind {
        QuoteKind::Added => "+ ",
        QuoteKind::Removed => "- ",
        QuoteKind::Edited => "~ ",
        QuoteKind::Unchanged if change.speaker_changed => "! ",
        QuoteKind::Unchanged => "> ",
    };
    write!(out, "{mark}“")?;
    match (change.kind, change.old, change.new) {
        (QuoteKind::Edited, _, _) => words(out, &change.words, style)?,
        (QuoteKind::Removed, Some(o), _) => {
            paint(
                out,
                &one_line(old.quote_text(o)),
                DELETED,
                style,
                ("[-", "-]"),
            )?;
        }
        (_, _, Some(n)) => write!(out, "{}", one_line(new.quote_text(n)))?,
        _ => {}
    }
    write!(out, "”")?;
    let nobody = "no speaker";
    let old_speaker = change.old_speaker.as_deref().unwrap_or(nobody);
    let new_speaker = change.new_speaker.as_deref().unwrap_or(nobody);
    if change.speaker_changed {
        write!(out, " — speaker: {old_speaker} → {new_speaker}")?;
    } else if change.kind == QuoteKind::Removed {
        write!(out, " — {old_speaker}")?;
    } else {
        write!(out, " — {new_speaker}")?;
    }
    if change.moved {
        paint(out, "  (moved)", DIM, style, ("", ""))?;
    }
    writeln!(out)
}

/// A word-level diff, inline.
fn words(out: &mut (impl Write + ?Sized), ops: &[WordOp], style: TextStyle) -> io::Result<()> {
    for op in ops {
        let text = one_line_keep_edges(&op.text);
        if op.text.trim().is_empty() {
            // A change of white space alone reads as one space, or as nothing once deleted.
            if op.op != Op::Delete {
                write!(out, " ")?;
            }
            continue;
        }
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
        "Sentences {} → {}: {} unchanged ({} moved), {} edited, {} split, {} merged, {} added, {} removed. \
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

/// Folds line breaks so that a row stays on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Like [`one_line`], but keeps a space at either end (runs of a diff join up).
fn one_line_keep_edges(text: &str) -> String {
    let inner = one_line(text);
    let lead = if text.starts_with(char::is_whitespace) && !inner.is_empty() {
        " "
    } else {
        ""
    };
    let trail = if text.ends_with(char::is_whitespace) && !inner.is_empty() {
        " "
    } else {
        ""
    };
    if inner.is_empty() && !text.is_empty() {
        return " ".to_owned();
    }
    format!("{lead}{inner}{trail}")
}
