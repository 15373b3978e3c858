//! `he` and `she` resolved to a person: the first person mentioned in the nearest sentence
//! before the pronoun (in its paragraph or the one before) whose gender, when the article
//! tells it, agrees, and whose name is no organisation's (`Whole Foods`). People are the
//! names the article gives a title, a role or an honorific, and the speakers it names; else
//! the last person named as a speaker (a guess, tied to no sentence).

use rustc_hash::FxHashMap as HashMap;

use super::clause::sentence_at;
use super::names::{Gender, NameIndex, ends_a_place, organisation_like};
use super::{Attributed, Basis};
use crate::text::lexicon::{FEMALE_FIRST_NAMES, MALE_FIRST_NAMES};
use crate::text::segment::Span;

/// Finds the person a pronoun stands for, learning genders as it goes.
pub struct Resolver<'a> {
    text: &'a str,
    sentences: &'a [Span],
    names: &'a NameIndex,
    /// Genders learned from pronouns that refer to a named speaker.
    learned: HashMap<String, Gender>,
    /// The named speakers so far by surname (the first named with it).
    speakers: HashMap<String, String>,
    /// How many attributed quotations `speakers` has taken in.
    taken: usize,
    /// The quotations taken in whose speaker is named, in order.
    named: Vec<usize>,
    /// The capitalised words of whole sentences, outside quotation marks, by sentence
    /// (each sentence is read once, however many pronouns look back at it).
    capitalised: HashMap<usize, Vec<String>>,
}

/// How many sentences back a pronoun looks for its person: nearer than that is where
/// writers name them, and the bound keeps a long transcript of "he said" linear.
const LOOK_BACK: usize = 12;
/// How many named speakers back the last one whose gender agrees is looked for.
const LAST_SPEAKERS: usize = 200;

impl<'a> Resolver<'a> {
    /// A resolver for the quotations of `text`.
    pub fn new(text: &'a str, sentences: &'a [Span], names: &'a NameIndex) -> Self {
        Self {
            text,
            sentences,
            names,
            learned: HashMap::default(),
            speakers: HashMap::default(),
            taken: 0,
            named: Vec::new(),
            capitalised: HashMap::default(),
        }
    }

    /// Records that `name` is referred to as `gender`.
    pub fn learn(&mut self, name: &str, gender: Gender) {
        self.learned.entry(name.to_owned()).or_insert(gender);
    }

    /// The person a pronoun of `gender` at byte `at` stands for, with the sentence that
    /// names them: the first person mentioned in the nearest sentence before it (its own
    /// sentence, then back to the start of the paragraph before).
    pub fn person_before(
        &mut self,
        at: usize,
        gender: Option<Gender>,
        out: &[Attributed],
    ) -> Option<(String, Option<usize>)> {
        let own = sentence_at(self.sentences, at)?;
        let paragraph = self.sentences[own].paragraph;
        for (index, quote) in out.iter().enumerate().skip(self.taken) {
            if quote.basis == Some(Basis::Named)
                && let Some(name) = &quote.speaker
            {
                self.named.push(index);
                let surname = name.rsplit(' ').next().unwrap_or(name);
                self.speakers
                    .entry(surname.to_owned())
                    .or_insert_with(|| name.clone());
            }
        }
        self.taken = out.len();
        let mut s = own;
        for _ in 0..LOOK_BACK {
            let span = self.sentences[s];
            let end = span.end.min(at);
            let Some(region) = self.text.get(span.start..end) else {
                break;
            };
            let found = if end == span.end {
                self.capitalised
                    .entry(s)
                    .or_insert_with(|| capitalised(region));
                self.capitalised
                    .get(&s)
                    .and_then(|words| self.first_person(words, gender))
            } else {
                self.first_person(&capitalised(region), gender)
            };
            if let Some(name) = found {
                return Some((name, Some(s)));
            }
            if s == 0 || self.sentences[s - 1].paragraph + 1 < paragraph {
                break;
            }
            s -= 1;
        }
        // No person is mentioned nearby: the last person named as a speaker, a guess that
        // no sentence in particular supports.
        self.named
            .iter()
            .rev()
            .take(LAST_SPEAKERS)
            .filter_map(|&index| out[index].speaker.as_deref())
            .find(|name| name.contains(' ') && self.agrees(name, gender))
            .map(|name| (name.to_owned(), None))
    }

    /// The first person of `words` (a region's capitalised words) whose gender agrees: a
    /// speaker the article named before (`says ANA vice president Mitsuo Morimoto`: the
    /// one quoted, not the airline), else a surname it gives a title or honorific.
    fn first_person(&self, words: &[String], gender: Option<Gender>) -> Option<String> {
        let fits = |name: &str| self.agrees(name, gender) && super::names::plausible(name);
        words
            .iter()
            .filter_map(|bare| self.speakers.get(bare.as_str()))
            .find(|name| fits(name))
            .cloned()
            .or_else(|| {
                words
                    .iter()
                    .filter(|bare| self.names.persons.contains(bare.as_str()))
                    .map(|bare| self.names.complete(bare))
                    .find(|name| fits(name))
            })
    }

    /// `false` when the article gives `name` the other gender, or when a pronoun with a
    /// gender meets the name of an organisation.
    fn agrees(&self, name: &str, gender: Option<Gender>) -> bool {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        // `Whole Foods`, `PBS`, `United States`: no `he` or `she`.
        if gender.is_some() && (organisation_like(name) || ends_a_place(surname)) {
            return false;
        }
        let known = self
            .learned
            .get(name)
            .or_else(|| self.names.gender.get(surname))
            .copied()
            .or_else(|| first_name_gender(name));
        match (known, gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// The gender a full name's first name usually has (`Tom Weller`: he), if it is a common
/// one.
fn first_name_gender(name: &str) -> Option<Gender> {
    let (first, _) = name.split_once(' ')?;
    if FEMALE_FIRST_NAMES.contains(first) {
        Some(Gender::Female)
    } else if MALE_FIRST_NAMES.contains(first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The capitalised words of `region` outside quotation marks, but those in the possessive
/// after the first: in `Cengiz called Mohammad's admission a lie. She said`, she is not
/// Mohammad; in `Putin's answer came late. He said`, he is Putin.
fn capitalised(region: &str) -> Vec<String> {
    let possessive = |word: &str| word.ends_with("’s") || word.ends_with("'s");
    unquoted(region)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|word| word.starts_with(char::is_uppercase))
        .enumerate()
        .filter(|(k, word)| *k == 0 || !possessive(word))
        .map(|(_, word)| {
            word.strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .unwrap_or(word)
                .trim_end_matches(['\'', '’'])
        })
        .map(str::to_owned)
        .collect()
}

/// `region` with the words inside quotation marks blanked out: a name someone quotes is
/// not the one the narrative refers to.
fn unquoted(region: &str) -> String {
    let mut out = String::with_capacity(region.len());
    let mut inside = false;
    for c in region.chars() {
        if matches!(c, '“' | '”' | '"' | '«' | '»' | '„') {
            inside = match c {
                '“' | '«' | '„' => true,
                '”' | '»' => false,
                _ => !inside,
            };
            out.push(' ');
        } else if inside {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}
