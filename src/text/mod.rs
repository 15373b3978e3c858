//! Reading one article: its sentences, its quotations and who said them.

mod abbreviations;
mod attribution;
pub mod byte_scan;
mod chars;
pub mod lexicon;
pub mod quotes;
pub mod segment;
mod words;

use serde::Serialize;

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Paragraph number, from 0.
    pub paragraph: usize,
    /// Byte offset of the first char in the document's text.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// It is a block of code, compared as text.
    pub code: bool,
}

/// How a quotation's speaker was found: how sure the attribution is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Named in the quotation's own sentence (`Ruiz said`).
    Named,
    /// Described in its own sentence (`a spokesman said`).
    Described,
    /// A pronoun in its sentence, resolved to a person named before (`he said`).
    Pronoun,
    /// A role in its sentence, resolved to the person the article named with it before
    /// (`Foreign Minister Jos Ramos-Horta` … `the minister said`).
    Role,
    /// No cue of its own: the speaker of the quotations around it.
    Context,
}

/// One quotation of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Index of the sentence where the quotation starts.
    pub sentence: usize,
    /// Byte offset of the first quoted char (inside the marks).
    pub start: usize,
    /// Byte offset just past the last quoted char.
    pub end: usize,
    /// Who the article attributes it to: a name, a description, or nobody.
    pub speaker: Option<String>,
    /// How the speaker was found.
    pub basis: Option<Basis>,
    /// The sentence whose words name the speaker (or the pronoun's antecedent).
    pub source: Option<usize>,
}

/// Something odd in the text that did not stop it from being read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Byte offset in the text where it was noticed.
    pub offset: usize,
    /// What was noticed, in a sentence.
    pub message: String,
}

/// The readable text of an article with its sentences and quotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Sentences in reading order.
    pub sentences: Vec<Sentence>,
    /// Outermost quotations in reading order.
    pub quotes: Vec<Quote>,
    /// Unclosed quotations and the like.
    pub warnings: Vec<Warning>,
}

pub use segment::Whole;

/// Splits `text` into sentences and finds its quotations and their speakers.
pub fn analyse(text: &str) -> Analysis {
    analyse_with(text, &[], &[])
}

/// [`analyse`], reading each of `wholes` (sorted) as one sentence, and no code as a
/// quotation; each of `named` (start, end, speaker; sorted) is a quotation of that speaker
/// without marks in the text (a block quotation closed by the speaker's name).
pub fn analyse_with(text: &str, wholes: &[Whole], named: &[(usize, usize, &str)]) -> Analysis {
    let (paragraphs, spans) = segment::sentences_with(text, wholes);
    let code: Vec<(usize, usize)> = wholes
        .iter()
        .filter(|w| w.inline)
        .map(|w| (w.start, w.end))
        .collect();
    let found = quotes::find(text, &paragraphs, &code);
    let speakers = attribution::speakers(text, &spans, &found);
    let mut warnings = Vec::new();
    let within_named = |q: &quotes::Found| named.iter().any(|&(s, e, _)| s <= q.open && q.end <= e);
    let mut quotes: Vec<Quote> = found
        .iter()
        .zip(speakers)
        .filter(|(q, _)| !within_named(q))
        .map(|(q, who)| {
            if q.unclosed {
                warnings.push(Warning {
                    offset: q.open,
                    message: format!(
                        "quotation mark opened in paragraph {} is never closed",
                        q.paragraph + 1
                    ),
                });
            }
            Quote {
                sentence: attribution::sentence_at(&spans, q.start).unwrap_or(0),
                start: q.start,
                end: q.end,
                speaker: who.speaker,
                basis: who.basis,
                source: who.source,
            }
        })
        .collect();
    quotes.extend(named.iter().map(|&(start, end, speaker)| Quote {
        sentence: attribution::sentence_at(&spans, start).unwrap_or(0),
        start,
        end,
        speaker: Some(speaker.to_owned()),
        basis: Some(Basis::Named),
        source: None,
    }));
    quotes.sort_by_key(|q| q.start);
    let sentences = spans
        .into_iter()
        .map(|s| Sentence {
            paragraph: s.paragraph,
            start: s.start,
            end: s.end,
            code: s.code,
        })
        .collect();
    Analysis {
        sentences,
        quotes,
        warnings,
    }
}
