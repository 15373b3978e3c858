//! Quotations with no name beside them: `he`/`she` resolved to the person the article is
//! talking about, and quotations that continue the speaker of the ones before.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::clause::sentence_at;
use super::names::NameIndex;
use crate::text::quotes::Found;
use crate::text::segment::Span;

/// Resolves `he`/`she` for quotation `q`: a person who is the subject of an earlier
/// sentence of the same paragraph, else the speaker of the previous quotation when it is
/// in the same or the previous paragraph, else the person the article mentions most.
pub fn resolve_pronoun(
    text: &str,
    sentences: &[Span],
    quotes: &[Found],
    q: usize,
    resolved: &[Option<String>],
    names: &NameIndex,
    salience: &Salience,
) -> Option<String> {
    let quote = &quotes[q];
    if let Some(subject) = paragraph_subject(text, sentences, quote, names) {
        return Some(subject);
    }
    if q > 0
        && quote.paragraph <= quotes[q - 1].paragraph + 1
        && let Some(Some(previous)) = resolved.get(q - 1)
        && names.is_person(previous)
    {
        return Some(previous.clone());
    }
    salience.leader().map(|surname| names.complete(surname))
}

/// The most recent named person who is the subject of a sentence of the quotation's
/// paragraph before the quotation's own sentence (`Peskov was asked … “…,” he said.`).
fn paragraph_subject(
    text: &str,
    sentences: &[Span],
    quote: &Found,
    names: &NameIndex,
) -> Option<String> {
    let own = sentence_at(sentences, quote.open)?;
    sentences[..own]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == quote.paragraph)
        .find_map(|s| names.subject_of(&text[s.start..s.end]))
}

/// A quotation with no attribution of its own that opens its sentence takes the speaker
/// of the quotation before it in the same paragraph, or of the nearest earlier quotation
/// within the two paragraphs before.
pub fn inherit_from_before(
    text: &str,
    sentences: &[Span],
    quotes: &[Found],
    q: usize,
    resolved: &[Option<String>],
) -> Option<String> {
    let quote = &quotes[q];
    if !stands_alone(text, sentences, quote) || q == 0 {
        return None;
    }
    let previous = &quotes[q - 1];
    if previous.paragraph + 2 < quote.paragraph {
        return None;
    }
    resolved.get(q - 1).cloned().flatten()
}

/// `true` when the quotation opens its sentence: a full utterance, not a phrase woven into
/// the reporter's words (a scare quote).
pub fn stands_alone(text: &str, sentences: &[Span], quote: &Found) -> bool {
    let Some(index) = sentence_at(sentences, quote.open) else {
        return false;
    };
    let head = &text[sentences[index].start.min(quote.open)..quote.open];
    !head.contains(char::is_alphanumeric)
}

/// How often each person who speaks or acts in the article has been mentioned so far,
/// read in step with the quotations.
pub struct Salience {
    /// Byte offsets of mentions of a known surname, in order, with the surname.
    mentions: Vec<(usize, String)>,
    /// How many mentions have been counted.
    counted: usize,
    /// Count per surname.
    counts: HashMap<String, usize>,
    /// The most mentioned surname so far (the latest on a tie).
    leader: Option<(String, usize)>,
}

impl Salience {
    /// Finds the mentions of `persons` (surnames) among the capitalised words.
    pub fn new(capitals: &[(usize, &str)], persons: &HashSet<String>) -> Self {
        let mentions = capitals
            .iter()
            .filter(|(_, word)| persons.contains(*word))
            .map(|&(offset, word)| (offset, word.to_owned()))
            .collect();
        Self {
            mentions,
            counted: 0,
            counts: HashMap::default(),
            leader: None,
        }
    }

    /// Counts the mentions before byte `at`.
    pub fn advance_to(&mut self, at: usize) {
        while let Some((offset, surname)) = self.mentions.get(self.counted) {
            if *offset >= at {
                break;
            }
            let count = self.counts.entry(surname.clone()).or_insert(0);
            *count += 1;
            if self.leader.as_ref().is_none_or(|(_, best)| *count >= *best) {
                self.leader = Some((surname.clone(), *count));
            }
            self.counted += 1;
        }
    }

    /// The surname mentioned most so far.
    pub fn leader(&self) -> Option<&str> {
        self.leader.as_ref().map(|(name, _)| name.as_str())
    }
}
