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
    /// It is code inside a paragraph of prose (`reflect.Value`): it ends no sentence and
    /// holds no quotation.
    pub inline: bool,
}

/// Text left out of the readable text, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Byte offset in the readable text where it stood.
    pub offset: usize,
    /// What was left out, in words.
    pub what: String,
}

/// A quotation that the markup marks and attributes (a block quotation closed by
/// `— Name`): neither quotation marks nor the name stand in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Byte offset in the readable text of the quotation's first char.
    pub start: usize,
    /// Byte offset just past its last char.
    pub end: usize,
    /// Who said it, as the markup names them.
    pub speaker: String,
}

/// Builds the readable text of a document.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    units: Vec<Unit>,
    dropped: Vec<Dropped>,
    attributions: Vec<Attribution>,
}

impl Builder {
    /// A paragraph of prose; white space folds to single spaces.
    pub fn prose(&mut self, text: &str) {
        self.paragraph(text, None);
    }

    /// A paragraph of prose with stretches of inline code (sorted byte ranges of `text`).
    pub fn prose_with_code(&mut self, text: &str, code: &[(usize, usize)]) {
        let (folded, code) = fold_keeping(text, code);
        if folded.is_empty() {
            return;
        }
        self.push(&folded, None);
        let start = self.text.len() - folded.len();
        for (s, e) in code {
            self.units.push(Unit {
                start: start + s,
                end: start + e,
                code: true,
                inline: true,
            });
        }
    }

    /// A paragraph of prose that is one quotation of `speaker`.
    pub fn quotation(&mut self, words: &str, speaker: &str) {
        let before = self.text.len();
        self.prose(words);
        if self.text.len() > before {
            self.attributions.push(Attribution {
                start: self.text.len() - self.text[before..].trim_start().len(),
                end: self.text.len(),
                speaker: speaker.to_owned(),
            });
        }
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

    /// The text, its units, what was left out and the quotations the markup attributes.
    pub fn finish(self) -> (String, Vec<Unit>, Vec<Dropped>, Vec<Attribution>) {
        (self.text, self.units, self.dropped, self.attributions)
    }

    fn paragraph(&mut self, text: &str, unit: Option<bool>) {
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if folded.chars().all(is_ornament) {
            return;
        }
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
                inline: false,
            });
        }
    }
}

/// `true` for white space and the marks that stand alone only as decoration: the large
/// opening quotation mark of a pull quote, a `* * *` section break, a dash.
fn is_ornament(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»„‟‹›—–―…·•❝❞§¶".contains(c)
}

/// `text` with every run of white space as one space, trimmed, and the byte ranges
/// `spans` of `text` moved to match (a range of nothing but white space is dropped).
fn fold_keeping(text: &str, spans: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let mut folded = String::with_capacity(text.len());
    // Each word: where it starts in `text`, where in `folded`, its length.
    let mut words: Vec<(usize, usize, usize)> = Vec::new();
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        words.push((at, folded.len(), word.len()));
        folded.push_str(word);
    }
    let moved = spans
        .iter()
        .filter_map(|&(s, e)| {
            let first = words.partition_point(|&(at, _, len)| at + len <= s);
            let last = words.partition_point(|&(at, _, _)| at < e).checked_sub(1)?;
            let (&(fa, ff, _), &(la, lf, ll)) = (words.get(first)?, words.get(last)?);
            let start = ff + s.saturating_sub(fa);
            let end = lf + (e - la).min(ll);
            (first <= last && start < end).then_some((start, end))
        })
        .collect();
    (folded, moved)
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
        let (text, units, dropped, _) = b.finish();
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

    #[test]
    fn ornaments_alone_are_no_paragraph() {
        let mut b = Builder::default();
        for ornament in ["“", "* * *", "—", "❝", "…"] {
            b.prose(ornament);
            b.whole(ornament);
        }
        b.prose("“Kept,” she said.");
        b.whole("§ 3");
        let (text, units, _, _) = b.finish();
        assert_eq!(text, "“Kept,” she said.\n\n§ 3");
        assert_eq!(units.len(), 1);
    }
}
