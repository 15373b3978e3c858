//! Comparison keys: the text of a sentence, word or quotation as the options see it.
//!
//! White space always folds to single spaces. With `normalize_typography`, curly and
//! straight quotes, dashes, ellipses and no-break spaces count as the same; with
//! `ignore_punctuation`, punctuation disappears; with `ignore_case`, case does. Most
//! sentences are already in normal form (single spaces, default options), and are then
//! used as they are, without a copy.

use std::borrow::Cow;
use std::hash::Hasher as _;

use rustc_hash::FxHasher;

use crate::comparison::Options;
use crate::text::byte_scan;

/// `text` as the options see it: borrowed when it is already in that form.
pub fn normal_form<'a>(text: &'a str, options: &Options) -> Cow<'a, str> {
    let plain =
        !options.ignore_case && !options.ignore_punctuation && !options.normalize_typography;
    if !plain {
        return Cow::Owned(normalized(text, options).collect());
    }
    if is_folded(text) {
        return Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    Cow::Owned(folded)
}

/// The hash of a normal form.
pub fn hash(normal: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(normal.as_bytes());
    hasher.finish()
}

/// The hash of `text` normalised under `options`.
pub fn key(text: &str, options: &Options) -> u64 {
    hash(&normal_form(text, options))
}

/// `true` when `a` and `b` are the same text under `options`.
pub fn same(a: &str, b: &str, options: &Options) -> bool {
    normal_form(a, options) == normal_form(b, options)
}

/// `true` when `text` has no white space but single ASCII spaces between words.
fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut previous_space = false;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let word = byte_scan::word(chunk);
        // Eight ASCII bytes with no control char are read at once: only their spaces count.
        if word & byte_scan::HIGH == 0 && byte_scan::bytes_below(word, b' ') == 0 {
            let spaces = byte_scan::bytes_equal(word, b' ');
            if spaces & (spaces << 8) != 0 || previous_space && spaces & 0x80 != 0 {
                return false;
            }
            previous_space = spaces >> 63 != 0;
        } else {
            for i in at..at + 8 {
                if blank_at(bytes, i, previous_space) {
                    return false;
                }
                previous_space = bytes[i] == b' ';
            }
        }
        at += 8;
    }
    for i in at..bytes.len() {
        if blank_at(bytes, i, previous_space) {
            return false;
        }
        previous_space = bytes[i] == b' ';
    }
    true
}

/// `true` when the byte at `i` starts white space that a folded text has no place for.
fn blank_at(bytes: &[u8], i: usize, previous_space: bool) -> bool {
    match bytes[i] {
        b' ' => previous_space,
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => true,
        // The non-ASCII white space: U+0085 and U+00A0 (C2), U+1680 (E1), U+2000–U+200A,
        // U+2028, U+2029, U+202F and U+205F (E2), U+3000 (E3).
        0xC2 => matches!(bytes.get(i + 1), Some(0x85 | 0xA0)),
        0xE1 => bytes.get(i + 1..i + 3) == Some(&[0x9A, 0x80]),
        0xE2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) | (Some(0x81), Some(0x9F))
        ),
        0xE3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]),
        _ => false,
    }
}

/// `text` as the options see it, as a stream of chars.
pub fn normalized<'a>(text: &'a str, options: &'a Options) -> impl Iterator<Item = char> + 'a {
    let mapped = text.chars().flat_map(move |c| map_char(c, options));
    Folded {
        inner: mapped,
        held: None,
        pending_space: false,
        started: false,
    }
}

/// One char of the input as zero or more chars of the key.
fn map_char(c: char, options: &Options) -> MappedChar {
    let c = if options.normalize_typography {
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' => '"',
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | '`' => '\'',
            '–' | '—' | '―' | '‒' | '−' | '‐' | '‑' => '-',
            '…' => return MappedChar::Ellipsis(3),
            c if c.is_whitespace() => ' ',
            c => c,
        }
    } else {
        c
    };
    if c.is_whitespace() {
        return MappedChar::One(Some(' '));
    }
    if options.ignore_punctuation && !c.is_alphanumeric() {
        return MappedChar::One(None);
    }
    if options.ignore_case && !c.is_lowercase() {
        return MappedChar::Lower(c.to_lowercase());
    }
    MappedChar::One(Some(c))
}

/// The chars one input char stands for.
enum MappedChar {
    /// One char, or none.
    One(Option<char>),
    /// A lower-cased char (which may be several).
    Lower(std::char::ToLowercase),
    /// Full stops left of an ellipsis.
    Ellipsis(u8),
}

impl Iterator for MappedChar {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match self {
            Self::One(c) => c.take(),
            Self::Lower(chars) => chars.next(),
            Self::Ellipsis(0) => None,
            Self::Ellipsis(n) => {
                *n -= 1;
                Some('.')
            }
        }
    }
}

/// Folds runs of spaces into one and drops them at both ends.
struct Folded<I> {
    inner: I,
    /// A char read past a space, returned after it.
    held: Option<char>,
    pending_space: bool,
    started: bool,
}

impl<I: Iterator<Item = char>> Iterator for Folded<I> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        loop {
            let c = self.inner.next()?;
            if c == ' ' {
                self.pending_space = self.started;
                continue;
            }
            self.started = true;
            if std::mem::take(&mut self.pending_space) {
                self.held = Some(c);
                return Some(' ');
            }
            return Some(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str, options: &Options) -> String {
        normalized(text, options).collect()
    }

    #[test]
    fn folded_text_is_known_eight_bytes_at_a_time() {
        let pieces = [
            "word", " ", "  ", "\t", "\n", "\u{a0}", "\u{2009}", "\u{3000}", "“", "’s", "é",
            "\u{1f}", "\u{7f}", "\u{2014}", "x",
        ];
        // Every piece at every offset of a chunk, after and before every other piece.
        for lead in 0..9 {
            for a in pieces {
                for b in pieces {
                    let text = format!("{}{a}{b}{a}z", "q".repeat(lead));
                    let expected = text.split_whitespace().collect::<Vec<_>>().join(" ") == text;
                    assert_eq!(is_folded(&text), expected, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn white_space_always_folds() {
        let o = Options::default();
        assert_eq!(norm("  a \n\t b  ", &o), "a b");
        assert!(same("He  said\nit.", "He said it.", &o));
        assert!(!same("He said it.", "he said it.", &o));
        assert_eq!(key("a  b", &o), key("a b", &o));
        assert!(matches!(normal_form("a b", &o), Cow::Borrowed(_)));
        assert!(matches!(normal_form("Grüße — “ja”", &o), Cow::Borrowed(_)));
        assert_eq!(normal_form(" a", &o), "a");
        for spaced in [
            "a\u{a0}b",
            "a\u{2009}b",
            "a\u{3000}b",
            "a\nb",
            "a  b",
            "a\u{85}b",
            "a\u{1680}b",
            "a\u{2028}b",
            "a\u{202f}b",
            "a\u{205f}b",
        ] {
            assert_eq!(normal_form(spaced, &o), "a b", "{spaced:?}");
        }
    }

    #[test]
    fn options_widen_what_counts_as_the_same() {
        let typography = Options {
            normalize_typography: true,
            ..Options::default()
        };
        assert!(same("“Yes” — it’s…", "\"Yes\" - it's...", &typography));
        let punctuation = Options {
            ignore_punctuation: true,
            ..Options::default()
        };
        assert!(same("Yes, it is.", "Yes it is", &punctuation));
        let case = Options {
            ignore_case: true,
            ..Options::default()
        };
        assert!(same("The U.S. Senate", "the u.s. senate", &case));
        assert!(!same("Yes, it is.", "Yes it is", &case));
    }
}
