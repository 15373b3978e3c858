//! The Markdown report, GitHub-flavoured: a summary table, the changes of meaning, the
//! quotation changes, then the sentence rows with `~~deleted~~` and `**inserted**` words
//! and their flags in italics. It reads as plain text too.
//!
//! Article text is escaped: Markdown punctuation gets a backslash and `<`, `>` and `&`
//! become entities, so a hostile article renders as text, never as markup.

use std::fmt::Write as _;

use crate::comparison::{Flag, Kind, Op, QuoteKind, WordOp};
use crate::present::{self, Filter, Hidden, Label, Line, Presented};

/// Renders the Markdown report of `p`.
pub fn render(p: &Presented, filter: Filter) -> String {
    let c = p.comparison();
    let mut out = String::new();
    let s = &c.summary;
    let _ = writeln!(out, "# {}\n", escape(&p.headline()));
    let _ = writeln!(
        out,
        "Compared with palimpsest {}. Options: {}.\n",
        env!("CARGO_PKG_VERSION"),
        present::option_phrases(&c.options).join(", ")
    );
    if c.approximate {
        let (head, rest) = present::APPROXIMATE
            .split_once(": ")
            .unwrap_or(("Approximate", present::APPROXIMATE));
        let _ = writeln!(out, "> **{head}:** {rest}\n");
    }
    out.push_str("## Summary\n\n| | Sentences | Quotations |\n|---|---:|---:|\n");
    let _ = writeln!(
        out,
        "| Old → new | {} → {} | {} → {} |",
        s.old_sentences, s.new_sentences, s.old_quotes, s.new_quotes
    );
    let rows = p.row_counts();
    let quotes = p.quote_counts();
    for label in Label::ALL {
        let count = |list: &[(Label, usize)]| {
            list.iter()
                .find(|(l, _)| *l == label)
                .map_or_else(|| "–".to_owned(), |(_, n)| n.to_string())
        };
        let look = label.look();
        let name = if label == Label::Unchanged {
            "Unchanged, in place"
        } else {
            look.heading
        };
        let _ = writeln!(
            out,
            "| {} {name} | {} | {} |",
            symbol(label),
            count(&rows),
            count(&quotes)
        );
    }

    meaning(&mut out, p);
    out.push_str("\n## Quotation changes\n\n");
    let mut listed = 0;
    for (index, q) in c.quotes.iter().enumerate() {
        if q.is_quiet() {
            continue;
        }
        listed += 1;
        let look = p.quote_labels()[index].look();
        let words = match (q.kind, q.old, q.new) {
            (QuoteKind::Edited, _, _) => diff(&q.words),
            (QuoteKind::Removed, Some(o), _) => mark("~~", c.old.quote_text(o)),
            (QuoteKind::Added, _, Some(n)) => mark("**", c.new.quote_text(n)),
            (_, _, Some(n)) => escape(c.new.quote_text(n)),
            _ => String::new(),
        };
        let speaker = |s: Option<&str>| s.map_or_else(|| "_no speaker_".to_owned(), escape);
        let who = if q.speaker_changed {
            format!(
                "{} → {}",
                speaker(q.old_speaker.as_deref()),
                speaker(q.new_speaker.as_deref())
            )
        } else {
            speaker(q.speaker())
        };
        let notes: String = p
            .quote_notes(index)
            .iter()
            .map(|note| format!(" ({})", note.look().name))
            .collect();
        let _ = writeln!(
            out,
            "- **{} {}**{notes}: “{words}” — {who}{}",
            symbol(p.quote_labels()[index]),
            look.heading,
            badges(q.flags.as_deref())
        );
    }
    let quiet = c.quotes.iter().filter(|q| q.is_quiet()).count();
    if quiet > 0 {
        let _ = writeln!(
            out,
            "- {quiet} unchanged quotation{}",
            if quiet == 1 { "" } else { "s" }
        );
    }
    if listed == 0 && quiet == 0 {
        out.push_str("Neither version has quotations.\n");
    }

    out.push_str("\n## Sentences\n\n");
    let legend: Vec<String> = [
        Label::Unchanged,
        Label::Edited,
        Label::Added,
        Label::Removed,
        Label::Moved,
        Label::Split,
        Label::Merged,
    ]
    .iter()
    .map(|l| format!("`{}` {}", l.look().symbol, l.look().name))
    .collect();
    let _ = writeln!(
        out,
        "Marks: {}; ¶ is the paragraph in the new version (the old one for removed sentences).\n",
        legend.join(", ")
    );
    for line in present::layout(p, filter, &Hidden::Omitted).lines {
        let Line::Change(index) = line else {
            continue;
        };
        let change = &c.sentences[index];
        let facts = p.rows()[index];
        let paragraph = facts.new_paragraph.or(facts.old_paragraph).unwrap_or(0);
        let text = match change.kind {
            Kind::Unchanged => escape(&c.new.joined(&change.new)),
            Kind::Added => mark("**", &c.new.joined(&change.new)),
            Kind::Removed => mark("~~", &c.old.joined(&change.old)),
            Kind::Edited | Kind::Split | Kind::Merged => diff(&change.words),
        };
        let note = match (present::run_note(change), p.block_starting_at(index)) {
            (Some(note), _) => format!(" _({note})_"),
            (None, Some(block)) => format!(" _({})_", present::moved_from(block)),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "- `{}` ¶{paragraph} {text}{note}{}",
            facts.label.look().symbol,
            badges(change.flags.as_deref())
        );
    }
    out
}

/// The section that lists every change of meaning: the flagged edits and the sentences
/// added or removed, each with its paragraph and flags.
fn meaning(out: &mut String, p: &Presented) {
    let c = p.comparison();
    out.push_str("\n## What changed the meaning\n\n");
    let rows = p.meaning_changes();
    if rows.is_empty() {
        out.push_str(
            "No edit changed a number, date, name, negation, attribution, certainty, quotation \
             or speaker, and no sentence was added or removed.\n",
        );
        return;
    }
    for index in rows {
        let change = &c.sentences[index];
        let facts = p.rows()[index];
        let paragraph = facts.new_paragraph.or(facts.old_paragraph).unwrap_or(0);
        let text = match change.kind {
            Kind::Added => mark("**", &c.new.joined(&change.new)),
            Kind::Removed => mark("~~", &c.old.joined(&change.old)),
            _ => diff(&change.words),
        };
        let _ = writeln!(
            out,
            "- ¶{paragraph} **{}**: {text}{}",
            present::row_name(change),
            badges(change.flags.as_deref())
        );
    }
}

/// The flags of a row or quotation, after its text: " — _№ 16 → 18_, _¬ not added_".
fn badges(flags: Option<&[Flag]>) -> String {
    let flags = flags.unwrap_or_default();
    if flags.is_empty() {
        return String::new();
    }
    let words: Vec<String> = flags
        .iter()
        .map(|f| format!("_{}_", escape(&present::flag_badge(f))))
        .collect();
    format!(" — {}", words.join(", "))
}

/// A label's symbol, with a backslash where Markdown would read it as a list marker.
fn symbol(label: Label) -> String {
    let symbol = label.look().symbol;
    if symbol == "+" {
        format!("\\{symbol}")
    } else {
        symbol.to_owned()
    }
}

/// A word diff with `~~deleted~~` and `**inserted**` runs.
fn diff(ops: &[WordOp]) -> String {
    let mut out = String::new();
    for op in ops {
        match op.op {
            Op::Equal => out.push_str(&escape(&present::one_line(&op.text))),
            Op::Delete => out.push_str(&mark("~~", &op.text)),
            Op::Insert => out.push_str(&mark("**", &op.text)),
        }
    }
    out
}

/// Wraps `text` in `marker`, keeping surrounding spaces outside so that the emphasis
/// still renders.
fn mark(marker: &str, text: &str) -> String {
    let core = present::one_line(text.trim());
    if core.is_empty() {
        return if text.is_empty() || marker == "~~" {
            String::new()
        } else {
            " ".to_owned()
        };
    }
    let lead = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{lead}{marker}{}{marker}{trail}", escape(&core))
}

/// Escapes the Markdown punctuation that could make emphasis, code or links with a
/// backslash, and HTML with entities; line breaks fold to spaces, so that no line of an
/// article starts a line of the report (where it could be a heading, list, table or link
/// definition).
pub fn escape(text: &str) -> String {
    let text = present::one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_markdown() {
        assert_eq!(
            escape("<script>a*b</script> & [x](y)"),
            "&lt;script&gt;a\\*b&lt;/script&gt; &amp; \\[x\\](y)"
        );
    }

    #[test]
    fn article_lines_never_start_a_report_line() {
        let hostile = "ok\n# Heading\n- item\n| a | b |\n[x]: http://evil\n> quote";
        let escaped = escape(hostile);
        assert!(!escaped.contains('\n'), "{escaped}");
        assert_eq!(
            escaped,
            "ok # Heading - item | a | b | \\[x\\]: http://evil &gt; quote"
        );
    }

    #[test]
    fn emphasis_keeps_spaces_outside() {
        assert_eq!(mark("**", "then "), "**then** ");
        assert_eq!(mark("~~", " old"), " ~~old~~");
    }
}
