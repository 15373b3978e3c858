//! The words of one side of an edit, with where they stand: what the detectors of meaning
//! read.

use crate::text::lexicon::{PREPOSITIVE, ROLES};

/// One word, number or sign of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// It opens a sentence or a quotation (first in the text, after `.`, `!`, `?`, `:` or an
    /// opening quotation mark).
    pub opens_sentence: bool,
}

impl<'a> Token<'a> {
    /// `true` for a token of digits (with `,` or `.` between them).
    pub fn is_number(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// `true` for a word whose first letter is a capital.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The token in lower case (borrowed when it has no capital).
    pub fn lower(&self) -> std::borrow::Cow<'a, str> {
        if self.text.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(self.text.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(self.text)
        }
    }
}

/// `true` when the digits and hyphens of `so_far` open an ISO date (`2017`, `2017-06`), the
/// only place a hyphen joins digits: elsewhere it stands for "to" (`10:45-11:45`, `3-2`).
fn iso_so_far(so_far: &str) -> bool {
    let parts: Vec<&str> = so_far.split('-').collect();
    parts[0].len() == 4
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.len() <= 2
}

/// The tokens of `text` (a sentence opens after `.`, `!`, `?` or `:`, but not after a
/// title or an initial, and so does a quotation): runs of letters and digits (with `.` or `,` between digits, an
/// apostrophe or hyphen inside a word, `.` inside an abbreviation like `U.S.`), and the
/// signs `$ £ € ¥ %` on their own.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut sentence_open = true;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '$' | '£' | '€' | '¥' | '%') {
            out.push(Token {
                text: &text[at..at + c.len_utf8()],
                start: at,
                end: at + c.len_utf8(),
                opens_sentence: false,
            });
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            // The full stop of a title (`Dr.`) or an initial (`J.`) ends no sentence.
            let abbreviation = c == '.'
                && out.last().is_some_and(|t: &Token| {
                    t.end == at
                        && (ROLES.contains(t.text)
                            || PREPOSITIVE.contains(t.text)
                            || (t.text.chars().count() == 1 && t.is_capitalised()))
                });
            // A quotation opens like a sentence: `told Wikinews: "Post offices…`.
            let opening_quote = matches!(c, '"' | '“' | '«')
                && (i == 0 || chars[i - 1].1.is_whitespace() || chars[i - 1].1 == ':');
            if (matches!(c, '.' | '!' | '?' | ':') && !abbreviation) || opening_quote {
                sentence_open = true;
            }
            i += 1;
            continue;
        }
        let start = at;
        let mut j = i + 1;
        while j < chars.len() {
            let (_, d) = chars[j];
            let next = chars.get(j + 1).map(|p| p.1);
            let previous = chars[j - 1].1;
            let joins = d.is_alphanumeric()
                || (matches!(d, ',' | '.')
                    && previous.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit()))
                || (matches!(d, '\'' | '’' | '-')
                    && previous.is_alphanumeric()
                    && next.is_some_and(char::is_alphanumeric)
                    && !(d == '-'
                        && previous.is_ascii_digit()
                        && !iso_so_far(&text[at..chars[j].0])))
                || (d == '.' && previous.is_alphabetic() && is_abbreviation_dot(&chars, j));
            if !joins {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |p| p.0);
        out.push(Token {
            text: &text[start..end],
            start,
            end,
            opens_sentence: sentence_open,
        });
        sentence_open = false;
        i = j;
    }
    out
}

/// `true` when the full stop at `j` sits inside a dotted abbreviation (`U.S.`, `a.m.`):
/// a single letter before it and a single letter and a full stop after it.
fn is_abbreviation_dot(chars: &[(usize, char)], j: usize) -> bool {
    let single_before = j < 2 || !chars[j - 2].1.is_alphanumeric();
    let letter_after = chars.get(j + 1).is_some_and(|p| p.1.is_alphabetic());
    let dot_after = chars.get(j + 2).is_some_and(|p| p.1 == '.');
    single_before && letter_after && dot_after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_abbreviations_and_contractions_stay_whole() {
        assert_eq!(
            texts("He couldn’t pay $1,200.50 (3.5%) in the U.S. at 9 p.m. today."),
            [
                "He",
                "couldn’t",
                "pay",
                "$",
                "1,200.50",
                "3.5",
                "%",
                "in",
                "the",
                "U.S",
                "at",
                "9",
                "p.m",
                "today"
            ]
        );
    }

    #[test]
    fn sentence_openings_are_marked() {
        let t = tokens(
            "Rain fell. Then it stopped! Nobody knew Det. Insp. Houlahan or J. Smith: \"Why\" and \"How\"",
        );
        let opens: Vec<&str> = t
            .iter()
            .filter(|t| t.opens_sentence)
            .map(|t| t.text)
            .collect();
        assert_eq!(opens, ["Rain", "Then", "Nobody", "Why", "How"]);
    }
}
