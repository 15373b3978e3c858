//! The readable text of a document as a reader builds it: paragraphs separated by blank
//! lines, the stretches to read whole (a heading, a list item, a table row, a caption, a
//! code block), and what was left out on purpose, with where.

/// A stretch of the text to read whole, as one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset just past its last char.
    pub end: usize,
    /// It is code: compared as text, never a source of quotations.
    pub code: bool,
}

/// Text left out of the readable text, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Byte offset in the readable text where it stood.
    pub offset: usize,
    /// What was left out, in words.
    pub what: String,
}

/// Builds the readable text of a document.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    units: Vec<Unit>,
    dropped: Vec<Dropped>,
}

impl Builder {
    /// A paragraph of prose; white space folds to single spaces.
    pub fn prose(&mut self, text: &str) {
        self.paragraph(text, None);
    }

    /// A paragraph read whole (a heading, a list item, a table row, a caption).
    pub fn whole(&mut self, text: &str) {
        self.paragraph(text, Some(false));
    }

    /// A code block, kept as written but for blank lines at its ends.
    pub fn code(&mut self, text: &str) {
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        let first = lines.iter().position(|l| !l.is_empty());
        let last = lines.iter().rposition(|l| !l.is_empty());
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let block = lines[first..=last].join("\n");
        self.push(&block, Some(true));
    }

    /// Records text left out here.
    pub fn drop(&mut self, what: impl Into<String>) {
        self.dropped.push(Dropped {
            offset: self.text.len(),
            what: what.into(),
        });
    }

    /// Records something about the whole document (tracked changes), said first.
    pub fn warn_at_start(&mut self, what: impl Into<String>) {
        self.dropped.insert(
            0,
            Dropped {
                offset: 0,
                what: what.into(),
            },
        );
    }

    /// The text, its units and what was left out.
    pub fn finish(self) -> (String, Vec<Unit>, Vec<Dropped>) {
        (self.text, self.units, self.dropped)
    }

    fn paragraph(&mut self, text: &str, unit: Option<bool>) {
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.push(&folded, unit);
    }

    fn push(&mut self, text: &str, unit: Option<bool>) {
        if !text.chars().any(|c| !c.is_whitespace()) {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(text);
        if let Some(code) = unit {
            self.units.push(Unit {
                start,
                end: self.text.len(),
                code,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_units_and_code() {
        let mut b = Builder::default();
        b.prose("A  paragraph\nof prose.");
        b.whole("A heading");
        b.code("\n\nfn main() {\n\n    run();   \n}\n\n");
        b.prose("   ");
        b.drop("a script");
        let (text, units, dropped) = b.finish();
        assert_eq!(
            text,
            "A paragraph of prose.\n\nA heading\n\nfn main() {\n\n    run();\n}"
        );
        assert_eq!(units.len(), 2);
        assert!(!units[0].code && units[1].code);
        assert_eq!(
            &text[units[1].start..units[1].end],
            "fn main() {\n\n    run();\n}"
        );
        assert_eq!(dropped[0].offset, text.len());
    }
}
