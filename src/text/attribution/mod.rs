//! Who said it: finds the speaker of each quotation in the words around it.
//!
//! In the sentences a quotation spans (its own words masked), the verb of saying nearest to
//! it (`said`, `told`, `added`, …), `according to` or a colon right before the opening mark
//! points at the speaker: the noun phrase before the verb (`Kremlin spokesman Dmitry Peskov
//! said`) or after it (`said Mr. Putin`). Titles and roles are dropped from names, a
//! surname is completed from the article (`Putin` → `Vladimir Putin`), unnamed sources keep
//! their description (`a spokesman for the commission`), and `he`/`she` resolve to the
//! person the article is talking about. A quotation with no attribution of its own that
//! stands as a sentence inherits the speaker of the quotations next to it.

mod clause;
mod names;
mod phrases;
mod pronouns;

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::{VERBS_WITH_OBJECT, is_speech_verb};
use super::quotes::Found;
use super::segment::Span;
pub use clause::sentence_at;
use clause::{Attribution, Item, items};
use names::NameIndex;
use phrases::{phrase_after, phrase_before, resolve_phrase};
use pronouns::{Salience, inherit_from_before, resolve_pronoun, stands_alone};

/// Finds the speaker of every quotation; `quotes` are in reading order.
pub fn speakers(text: &str, sentences: &[Span], quotes: &[Found]) -> Vec<Option<String>> {
    let names = NameIndex::build(text);
    let raw: Vec<Attribution> = (0..quotes.len())
        .map(|q| attribute(text, sentences, quotes, q))
        .collect();
    let persons: HashSet<String> = raw
        .iter()
        .filter_map(|a| match a {
            Attribution::Named(name) => names.complete(name).rsplit(' ').next().map(str::to_owned),
            _ => None,
        })
        .collect();
    let mut salience = Salience::new(&names.capitals, &persons);
    let mut resolved: Vec<Option<String>> = Vec::with_capacity(quotes.len());
    for (q, attribution) in raw.iter().enumerate() {
        let quote = &quotes[q];
        salience.advance_to(quote.open);
        let speaker = match attribution {
            Attribution::Named(name) => Some(names.complete(name)),
            Attribution::Described(description) => Some(description.clone()),
            Attribution::Pronoun => {
                resolve_pronoun(text, sentences, quotes, q, &resolved, &names, &salience)
            }
            Attribution::None => inherit_from_before(text, sentences, quotes, q, &resolved),
        };
        resolved.push(speaker);
    }
    for q in 0..quotes.len() {
        if resolved[q].is_none()
            && raw[q] == Attribution::None
            && stands_alone(text, sentences, &quotes[q])
        {
            let next = quotes
                .get(q + 1)
                .filter(|n| n.paragraph == quotes[q].paragraph)
                .and_then(|_| resolved[q + 1].clone());
            resolved[q] = next;
        }
    }
    resolved
}

/// Reads the attribution of quotation `q` from the sentences it spans.
fn attribute(text: &str, sentences: &[Span], quotes: &[Found], q: usize) -> Attribution {
    let quote = &quotes[q];
    let (from, to) = context(text, sentences, quote);
    let items = items(text, from, to, quotes);
    let Some(at) = items.iter().position(|i| *i == Item::Quote(q)) else {
        return Attribution::None;
    };
    let mut best: Option<(usize, Attribution)> = None;
    let mut consider = |distance: usize, found: Attribution| {
        if found != Attribution::None && best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, found));
        }
    };
    for (index, item) in items.iter().enumerate() {
        let distance = index.abs_diff(at);
        match *item {
            Item::Word(word) if is_speech_verb(word) => {
                consider(distance, by_verb(&items, index, at, word));
            }
            Item::Word(word)
                if word.eq_ignore_ascii_case("according")
                    && items.get(index + 1) == Some(&Item::Word("to")) =>
            {
                consider(distance, resolve_phrase(&phrase_after(&items, index + 1)));
            }
            Item::Punct(':') if index + 1 == at => {
                let phrase = phrase_before(&items, index);
                if !phrase.iter().any(|w| is_speech_verb(w)) {
                    consider(distance, resolve_phrase(&phrase));
                }
            }
            _ => {}
        }
    }
    best.map_or(Attribution::None, |(_, found)| found)
}

/// The attribution a verb of saying at `verb` gives the quotation at `at`.
fn by_verb(items: &[Item], verb: usize, at: usize, word: &str) -> Attribution {
    let right_after = verb > at
        && items[at + 1..verb]
            .iter()
            .all(|i| matches!(i, Item::Punct(_)));
    let takes_object = VERBS_WITH_OBJECT.contains(word.trim_end_matches('.'));
    if right_after && !takes_object {
        let after = resolve_phrase(&phrase_after(items, verb));
        if after != Attribution::None {
            return after;
        }
    }
    let infinitive = verb > 0 && items[verb - 1] == Item::Word("to");
    let participle = word.ends_with("ing");
    if infinitive || participle {
        return Attribution::None;
    }
    resolve_phrase(&phrase_before(items, verb))
}

/// How far before its opening mark or after its closing mark a quotation's attribution is
/// looked for, in bytes: a few dozen words, so a run-on text costs no more than prose.
const REACH: usize = 400;

/// The byte range of the sentences that quotation `quote` touches, within [`REACH`] of it.
fn context(text: &str, sentences: &[Span], quote: &Found) -> (usize, usize) {
    let first = sentence_at(sentences, quote.open);
    let last = sentence_at(sentences, quote.end.saturating_sub(1).max(quote.open));
    let (from, to) = match (first, last) {
        (Some(f), Some(l)) => (
            sentences[f].start.min(quote.open),
            sentences[l].end.max(quote.close),
        ),
        _ => (quote.open, quote.close),
    };
    (
        from.max(text.floor_char_boundary(quote.open.saturating_sub(REACH))),
        to.min(text.ceil_char_boundary(quote.close + REACH)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{quotes, segment};

    fn speakers_of(text: &str) -> Vec<(String, Option<String>)> {
        let sentences = segment::sentences(text);
        let found = quotes::find(text, &segment::paragraphs(text));
        let who = speakers(text, &sentences, &found);
        found
            .iter()
            .zip(who)
            .map(|(q, s)| (text[q.start..q.end].to_owned(), s))
            .collect()
    }

    fn speaker(text: &str) -> Option<String> {
        speakers_of(text).into_iter().next().and_then(|(_, s)| s)
    }

    #[test]
    fn attribution_patterns() {
        let cases: &[(&str, Option<&str>)] = &[
            ("“We will win,” Putin said.", Some("Putin")),
            ("“We will win,” said Mr. Putin.", Some("Putin")),
            ("“We will win,” Putin says.", Some("Putin")),
            ("“We will win,” Putin added.", Some("Putin")),
            ("Putin told reporters: “We will win.”", Some("Putin")),
            ("“Why?” Putin asked.", Some("Putin")),
            ("Putin warned that “nobody wins”.", Some("Putin")),
            ("Putin wrote, “We will win.”", Some("Putin")),
            ("Putin insisted: “We will win.”", Some("Putin")),
            ("According to Peskov, “nothing changed”.", Some("Peskov")),
            ("Peskov: “Nothing changed.”", Some("Peskov")),
            (
                "“Nothing changed,” Kremlin spokesman Dmitry Peskov said.",
                Some("Dmitry Peskov"),
            ),
            (
                "“Nothing changed,” said Dmitry Peskov, the Kremlin spokesman.",
                Some("Dmitry Peskov"),
            ),
            (
                "“Nothing changed,” a spokesman for the electoral commission said.",
                Some("a spokesman for the electoral commission"),
            ),
            (
                "“Nothing changed,” said an official who declined to be named.",
                Some("an official who declined to be named"),
            ),
            ("The company said “nothing changed”.", Some("the company")),
            ("It was a “catastrophe” for everyone.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(speaker(text).as_deref(), *expected, "{text}");
        }
    }

    #[test]
    fn completes_surnames_and_resolves_pronouns() {
        let text = "Russian President Vladimir Putin spoke on Friday. “We will win,” Putin said.\n\n“It is hard,” he said. “But we try.”\n\nLater, Peskov Dmitry spoke.";
        let who = speakers_of(text);
        let names: Vec<Option<&str>> = who.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            names,
            [
                Some("Vladimir Putin"),
                Some("Vladimir Putin"),
                Some("Vladimir Putin")
            ]
        );
    }

    #[test]
    fn scare_quotes_do_not_inherit() {
        let text = "“We will win,” Putin said. The plan was “bold”.";
        let who = speakers_of(text);
        assert_eq!(who[1].1, None);
    }
}
