//! `he` and `she` resolved to a person: the first person mentioned in the nearest sentence
//! before the pronoun (in its paragraph or the one before) whose gender, when the article
//! tells it, agrees. People are the names the article gives a title, a role or an
//! honorific, and the speakers it names; else the last person named as a speaker (a guess,
//! tied to no sentence).

use rustc_hash::FxHashMap as HashMap;

use super::clause::sentence_at;
use super::names::{Gender, NameIndex};
use super::{Attributed, Basis};
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
}

/// How many sentences back a pronoun looks for its person: nearer than that is where
/// writers name them, and the bound keeps a long transcript of "he said" linear.
const LOOK_BACK: usize = 12;
/// How many attributed quotations back the last named speaker is looked for.
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
        for quote in out.get(self.taken..).unwrap_or_default() {
            if quote.basis == Some(Basis::Named)
                && let Some(name) = &quote.speaker
            {
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
            if let Some(region) = self.text.get(span.start..end)
                && let Some(name) = self.first_person(&unquoted(region), gender)
            {
                return Some((name, Some(s)));
            }
            if s == 0 || self.sentences[s - 1].paragraph + 1 < paragraph {
                break;
            }
            s -= 1;
        }
        // No person is mentioned nearby: the last person named as a speaker, a guess that
        // no sentence in particular supports.
        out.iter()
            .rev()
            .take(LAST_SPEAKERS)
            .filter(|a| a.basis == Some(Basis::Named))
            .filter_map(|a| a.speaker.as_deref())
            .find(|name| name.contains(' ') && self.agrees(name, gender))
            .map(|name| (name.to_owned(), None))
    }

    /// The first person `region` mentions whose gender agrees: a surname the article
    /// gives a title or honorific, or a speaker's.
    fn first_person(&self, region: &str, gender: Option<Gender>) -> Option<String> {
        for word in
            region.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        {
            let bare = word
                .strip_suffix("’s")
                .or_else(|| word.strip_suffix("'s"))
                .unwrap_or(word);
            if !bare.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let speaker = self.speakers.get(bare);
            let known = speaker.is_some() || self.names.persons.contains(bare);
            if !known {
                continue;
            }
            let name = speaker.map_or_else(|| self.names.complete(bare), Clone::clone);
            if self.agrees(&name, gender) && super::names::plausible(&name) {
                return Some(name);
            }
        }
        None
    }

    /// `false` when the article gives `name` the other gender.
    fn agrees(&self, name: &str, gender: Option<Gender>) -> bool {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let known = self
            .learned
            .get(name)
            .or_else(|| self.names.gender.get(surname));
        match (known, gender) {
            (Some(a), Some(b)) => *a == b,
            _ => true,
        }
    }
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
