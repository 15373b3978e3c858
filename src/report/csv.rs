//! The CSV report: one row per change, sentences then quotations, quoted as RFC 4180 says
//! (by the `csv` crate).
//!
//! Columns: `unit` (`sentence` or `quote`), `kind`, `moved`, `old_ids`, `new_ids` (ids
//! separated by spaces), `old_text`, `new_text`, `similarity` (four decimals, empty for
//! added and removed), `old_speaker`, `new_speaker` (empty for sentences), `label`,
//! what the views call the change ("edited", "moved", "new speaker", …), and `flags`, the
//! changes of meaning ("number: 16 → 18; negation: not added").
//!
//! Against CSV injection, as OWASP advises: a text cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return (which spreadsheets read as a formula) gets a leading
//! `'`, so that it shows as the text it is.

use std::io::{self, Write};

use serde::Serialize;

use crate::comparison::{Flag, QuoteKind};
use crate::present::{self, Filter, Hidden, Line, Presented};

/// One CSV row.
#[derive(Debug, Serialize, PartialEq)]
pub struct Row {
    /// `sentence` or `quote`.
    pub unit: &'static str,
    /// What happened, as in the JSON report.
    pub kind: &'static str,
    /// `true` when the item moved.
    pub moved: bool,
    /// Old ids, separated by spaces.
    pub old_ids: String,
    /// New ids, separated by spaces.
    pub new_ids: String,
    /// The old text.
    pub old_text: String,
    /// The new text.
    pub new_text: String,
    /// Share of words kept, four decimals.
    pub similarity: String,
    /// Speaker in the old version (quotations).
    pub old_speaker: String,
    /// Speaker in the new version (quotations).
    pub new_speaker: String,
    /// What the views call the change.
    pub label: &'static str,
    /// The changes of meaning, separated by `; `.
    pub flags: String,
}

/// The rows of the CSV report.
pub fn rows(p: &Presented, filter: Filter) -> Vec<Row> {
    let c = p.comparison();
    let ids = |list: &[usize]| {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let similarity = |s: Option<f64>| s.map(|s| format!("{s:.4}")).unwrap_or_default();
    let mut out = Vec::with_capacity(c.sentences.len() + c.quotes.len());
    let flags = |flags: Option<&[Flag]>| {
        flags
            .unwrap_or_default()
            .iter()
            .map(present::flag_line)
            .collect::<Vec<_>>()
            .join("; ")
    };
    for line in present::layout(p, filter, &Hidden::Omitted).lines {
        let Line::Change(index) = line else {
            continue;
        };
        let change = &c.sentences[index];
        out.push(Row {
            unit: "sentence",
            kind: change.kind.name(),
            moved: change.moved,
            old_ids: ids(&change.old),
            new_ids: ids(&change.new),
            old_text: cell(c.old.joined(&change.old)),
            new_text: cell(c.new.joined(&change.new)),
            similarity: similarity(change.similarity),
            old_speaker: String::new(),
            new_speaker: String::new(),
            label: p.rows()[index].label.look().name,
            flags: flags(change.flags.as_deref()),
        });
    }
    for (index, q) in c.quotes.iter().enumerate() {
        let keep = match filter {
            Filter::All => true,
            Filter::Significant => {
                q.flags.as_ref().is_some_and(|f| !f.is_empty())
                    || matches!(q.kind, QuoteKind::Added | QuoteKind::Removed)
            }
            _ => !q.is_quiet(),
        };
        if !keep {
            continue;
        }
        out.push(Row {
            unit: "quote",
            kind: q.kind.name(),
            moved: q.moved,
            old_ids: q.old.map(|o| o.to_string()).unwrap_or_default(),
            new_ids: q.new.map(|n| n.to_string()).unwrap_or_default(),
            old_text: cell(
                q.old
                    .map(|o| c.old.quote_text(o).to_owned())
                    .unwrap_or_default(),
            ),
            new_text: cell(
                q.new
                    .map(|n| c.new.quote_text(n).to_owned())
                    .unwrap_or_default(),
            ),
            similarity: similarity(q.similarity),
            old_speaker: cell(q.old_speaker.clone().unwrap_or_default()),
            new_speaker: cell(q.new_speaker.clone().unwrap_or_default()),
            label: p.quote_labels()[index].look().name,
            flags: flags(q.flags.as_deref()),
        });
    }
    out
}

/// A text cell that no spreadsheet reads as a formula: a leading `'` where it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return.
pub fn cell(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

/// Writes the CSV report of `p`.
pub fn write(out: &mut dyn Write, p: &Presented, filter: Filter) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    for row in rows(p, filter) {
        writer.serialize(row).map_err(io::Error::other)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_text_kept() {
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+1+2",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(cell(formula.to_owned()), format!("'{formula}"));
        }
        for text in ["Plain words.", "“=quoted”", " =spaced", "", "1-2"] {
            assert_eq!(cell(text.to_owned()), text);
        }
    }
}
