//! A quotation's surroundings as words: the pieces of the sentences around it, where each
//! sentence ends, and what they say about its speaker.

use crate::text::chars::is_word_char;
use crate::text::quotes::Found;
use crate::text::segment::Span;

/// One piece of the sentences around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    /// A word, with any attached full stop, apostrophe or hyphen.
    Word(&'a str),
    /// A punctuation mark that separates phrases.
    Punct(char),
    /// A quotation, by its index.
    Quote(usize),
    /// The end of a sentence.
    Stop,
}

/// What the words around a quotation say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A person or organisation by name.
    Named(String),
    /// An unnamed source as the article describes it.
    Described(String),
    /// `he` or `she` (or `il`, `er`, `ella`…).
    Pronoun,
    /// `they` (or `ils`, `ellos`…).
    Plural,
    /// Nothing in the sentence.
    None,
}

/// The index of the sentence that contains byte `at`, or the last one that starts before it.
pub fn sentence_at(sentences: &[Span], at: usize) -> Option<usize> {
    let after = sentences.partition_point(|s| s.start <= at);
    after.checked_sub(1)
}

/// Cuts `text[from..to]` into words, punctuation, (masked) quotations and the ends of the
/// `sentences` it crosses.
pub fn items<'a>(
    text: &'a str,
    from: usize,
    to: usize,
    quotes: &[Found],
    sentences: &[Span],
) -> Vec<Item<'a>> {
    let mut out = Vec::new();
    let mut next_quote = quotes.partition_point(|q| q.close <= from);
    let mut next_sentence = sentences.partition_point(|s| s.start <= from);
    let mut i = from;
    while i < to {
        if let Some(s) = sentences.get(next_sentence)
            && s.start <= i
        {
            if !out.is_empty() && out.last() != Some(&Item::Stop) {
                out.push(Item::Stop);
            }
            next_sentence += 1;
            continue;
        }
        if let Some(q) = quotes.get(next_quote)
            && q.open <= i
        {
            if q.open < to {
                out.push(Item::Quote(next_quote));
            }
            i = i.max(q.close);
            // A sentence that starts inside the quotation ends no clause around it: `“…
            // It is a long game.” - Matthew Ingram` is signed where it closes.
            while sentences.get(next_sentence).is_some_and(|s| s.start < i) {
                next_sentence += 1;
            }
            next_quote += 1;
            continue;
        }
        // The next quotation or sentence starts after `i` (both were checked above).
        let limit = quotes
            .get(next_quote)
            .map_or(to, |q| q.open.min(to))
            .min(sentences.get(next_sentence).map_or(to, |s| s.start));
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_word_char(c) {
            let len = text[i..limit]
                .find(|c: char| !is_word_char(c) && !matches!(c, '.' | '\'' | '’' | '-'))
                .unwrap_or(limit - i);
            let word = text[i..i + len].trim_end_matches(['\'', '’', '-']);
            out.push(Item::Word(word));
            i += len.max(1);
        } else {
            // A hyphen with space around it is a dash (`“…” - William Fallon`).
            let dash = c == '-' && text[..i].ends_with(' ') && text[i + 1..].starts_with(' ');
            if dash
                || matches!(
                    c,
                    ',' | ';' | ':' | '(' | ')' | '—' | '–' | '!' | '?' | '"' | '“' | '”'
                )
            {
                out.push(Item::Punct(c));
            }
            i += c.len_utf8();
        }
    }
    out
}

/// The word at `index`, if it is one.
pub fn word_at<'a>(items: &[Item<'a>], index: usize) -> Option<&'a str> {
    match items.get(index) {
        Some(Item::Word(word)) => Some(word),
        _ => None,
    }
}
