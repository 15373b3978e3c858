//! A quotation's surroundings as words: the pieces of the sentences around it, and what
//! they say about its speaker.

use crate::text::quotes::Found;
use crate::text::segment::Span;

/// One piece of a sentence around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item<'a> {
    /// A word, with any attached full stop, apostrophe or hyphen.
    Word(&'a str),
    /// A punctuation mark that separates phrases.
    Punct(char),
    /// A quotation, by its index.
    Quote(usize),
}

/// What the words around a quotation say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribution {
    /// A person or organisation by name.
    Named(String),
    /// An unnamed source as the article describes it.
    Described(String),
    /// `he` or `she`.
    Pronoun,
    /// Nothing in the sentence.
    None,
}

/// The index of the sentence that contains byte `at`, or the last one that starts before it.
pub fn sentence_at(sentences: &[Span], at: usize) -> Option<usize> {
    let after = sentences.partition_point(|s| s.start <= at);
    after.checked_sub(1)
}

/// Cuts `text[from..to]` into words, punctuation and (masked) quotations.
pub fn items<'a>(text: &'a str, from: usize, to: usize, quotes: &[Found]) -> Vec<Item<'a>> {
    let mut out = Vec::new();
    let first_quote = quotes.partition_point(|q| q.close <= from);
    let mut next_quote = first_quote;
    let mut i = from;
    while i < to {
        if let Some(q) = quotes.get(next_quote)
            && q.open <= i
        {
            if q.open < to {
                out.push(Item::Quote(next_quote));
            }
            i = i.max(q.close);
            next_quote += 1;
            continue;
        }
        let limit = quotes.get(next_quote).map_or(to, |q| q.open.min(to)).max(i);
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
            if matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '—' | '–' | '!' | '?' | '"' | '“' | '”'
            ) {
                out.push(Item::Punct(c));
            }
            i += c.len_utf8();
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}
