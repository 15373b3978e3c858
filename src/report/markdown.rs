//! The Markdown report, GitHub-flavoured: a summary table, the quotation changes, then the
//! sentence rows with `~~deleted~~` and `**inserted**` words. It reads as plain text too.
//!
//! Article text is escaped: Markdown punctuation gets a backslash and `<`, `>` and `&`
//! become entities, so a hostile article renders as text, never as markup.

use std::fmt::Write as _;

use super::{joined, paragraph_number, paragraphs_of, unchanged_in_place};
use crate::compare::{Comparison, Kind, Op, QuoteKind, WordOp};

/// Renders the Markdown report of `comparison`.
pub fn render(c: &Comparison, only_changes: bool) -> String {
    let mut out = String::new();
    let s = &c.summary;
    let _ = writeln!(out, "# {} → {}\n", escape(&c.old.name), escape(&c.new.name));
    let o = &c.options;
    let _ = writeln!(
        out,
        "Compared with palimpsest {}. Options: case {}, punctuation {}, typography {}, similarity threshold {:.2}, moves {}.\n",
        env!("CARGO_PKG_VERSION"),
        if o.ignore_case { "ignored" } else { "matters" },
        if o.ignore_punctuation {
            "ignored"
        } else {
            "matters"
        },
        if o.normalize_typography {
            "normalised"
        } else {
            "matters"
        },
        o.similarity_threshold,
        if o.detect_moves {
            "detected"
        } else {
            "not detected"
        },
    );
    if c.approximate {
        out.push_str(
            "> **Approximate:** the time budget ran out before every pairing was tried.\n\n",
        );
    }
    out.push_str("## Summary\n\n| | Sentences | Quotations |\n|---|---:|---:|\n");
    let rows = [
        (
            "Old → new",
            format!("{} → {}", s.old_sentences, s.new_sentences),
            format!("{} → {}", s.old_quotes, s.new_quotes),
        ),
        (
            "Unchanged, in place",
            unchanged_in_place(c).to_string(),
            quiet_quotes(c).to_string(),
        ),
        ("↕ Moved", s.moved.to_string(), s.quotes_moved.to_string()),
        (
            "~ Edited",
            s.edited.to_string(),
            s.quotes_edited.to_string(),
        ),
        ("÷ Split", s.split.to_string(), "–".to_owned()),
        ("⊕ Merged", s.merged.to_string(), "–".to_owned()),
        ("\\+ Added", s.added.to_string(), s.quotes_added.to_string()),
        (
            "− Removed",
            s.removed.to_string(),
            s.quotes_removed.to_string(),
        ),
        (
            "! New speaker",
            "–".to_owned(),
            s.quotes_speaker_changed.to_string(),
        ),
    ];
    for (label, sentences, quotes) in rows {
        let _ = writeln!(out, "| {label} | {sentences} | {quotes} |");
    }

    out.push_str("\n## Quotation changes\n\n");
    let mut listed = 0;
    for q in &c.quotes {
        let label = match q.kind {
            QuoteKind::Added => "\\+ Added",
            QuoteKind::Removed => "− Removed",
            QuoteKind::Edited => "~ Edited",
            QuoteKind::Unchanged if q.speaker_changed => "! New speaker",
            QuoteKind::Unchanged if q.moved => "↕ Moved",
            QuoteKind::Unchanged => continue,
        };
        listed += 1;
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
        } else if q.kind == QuoteKind::Removed {
            speaker(q.old_speaker.as_deref())
        } else {
            speaker(q.new_speaker.as_deref())
        };
        let moved = if q.moved && q.kind != QuoteKind::Unchanged {
            " (moved)"
        } else {
            ""
        };
        let _ = writeln!(out, "- **{label}**{moved}: “{words}” — {who}");
    }
    let quiet = quiet_quotes(c);
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
    out.push_str("Marks: `=` unchanged, `~` edited, `+` added, `-` removed, `>` moved, `/` split, `\\` merged; ¶ is the paragraph in the new version (the old one for removed sentences).\n\n");
    for change in &c.sentences {
        if only_changes && change.kind == Kind::Unchanged && !change.moved {
            continue;
        }
        let mark = match (change.kind, change.moved) {
            (Kind::Unchanged, true) => ">",
            (Kind::Unchanged, false) => "=",
            (Kind::Edited, _) => "~",
            (Kind::Added, _) => "+",
            (Kind::Removed, _) => "-",
            (Kind::Split, _) => "/",
            (Kind::Merged, _) => "\\",
        };
        let (old_paragraph, new_paragraph) = paragraphs_of(c, change);
        let paragraph = new_paragraph.or(old_paragraph).unwrap_or(0);
        let text = match change.kind {
            Kind::Unchanged => escape(&joined(&c.new, &change.new)),
            Kind::Added => mark_text("**", &joined(&c.new, &change.new)),
            Kind::Removed => mark_text("~~", &joined(&c.old, &change.old)),
            Kind::Edited | Kind::Split | Kind::Merged => diff(&change.words),
        };
        let note = match (change.kind, change.moved) {
            (Kind::Split, _) => format!(" _(split into {})_", change.new.len()),
            (Kind::Merged, _) => format!(" _(merged from {})_", change.old.len()),
            (_, true) => format!(
                " _(moved from ¶{})_",
                change
                    .old
                    .first()
                    .map_or(0, |&o| paragraph_number(&c.old, o))
            ),
            _ => String::new(),
        };
        let _ = writeln!(out, "- `{mark}` ¶{paragraph} {text}{note}");
    }
    out
}

/// Quotations unchanged, in place, with the same speaker.
fn quiet_quotes(c: &Comparison) -> usize {
    c.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Unchanged && !q.moved && !q.speaker_changed)
        .count()
}

/// A word diff with `~~deleted~~` and `**inserted**` runs.
fn diff(ops: &[WordOp]) -> String {
    let mut out = String::new();
    for op in ops {
        match op.op {
            Op::Equal => out.push_str(&escape(&one_line(&op.text))),
            Op::Delete => out.push_str(&mark("~~", &op.text)),
            Op::Insert => out.push_str(&mark("**", &op.text)),
        }
    }
    out
}

/// Wraps a whole sentence in `marker`.
fn mark_text(marker: &str, text: &str) -> String {
    mark(marker, text)
}

/// Wraps `text` in `marker`, keeping surrounding spaces outside so that the emphasis
/// still renders.
fn mark(marker: &str, text: &str) -> String {
    let core = one_line(text.trim());
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

/// Folds line breaks into spaces.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// Escapes the Markdown punctuation that could make emphasis, code or links with a
/// backslash, and HTML with entities.
pub fn escape(text: &str) -> String {
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
    fn emphasis_keeps_spaces_outside() {
        assert_eq!(mark("**", "then "), "**then** ");
        assert_eq!(mark("~~", " old"), " ~~old~~");
    }
}
