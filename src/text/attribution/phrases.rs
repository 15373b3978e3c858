//! The noun phrase beside a verb of saying, and what it names: a person, an unnamed
//! source as described, or a pronoun.

use super::clause::{Attribution, Item};
use super::names::{is_function_word, is_not_a_name, is_role};
use crate::text::lexicon::{
    ADVERBS, CLAUSE_WORDS, DETERMINERS, GENERIC_SOURCES, PARTICLES, PREPOSITIONS,
};

/// The words before `index`, back to the start of the clause, skipping adverbs next to it.
pub fn phrase_before<'a>(items: &[Item<'a>], index: usize) -> Vec<&'a str> {
    let mut words = Vec::new();
    let mut i = index;
    while i > 0 {
        i -= 1;
        let Item::Word(word) = items[i] else {
            break;
        };
        let lower = word.to_lowercase();
        let adverb = ADVERBS.contains(&lower) || (lower.ends_with("ly") && lower == word);
        if words.is_empty() && adverb {
            continue;
        }
        if CLAUSE_WORDS.contains(&lower) || words.len() >= 12 {
            break;
        }
        words.push(word);
    }
    words.reverse();
    words
}

/// The words after `index`: a name (`said Mr. Putin on Friday`), or a description up to
/// punctuation or a preposition (`said an official who declined to be named`).
pub fn phrase_after<'a>(items: &[Item<'a>], index: usize) -> Vec<&'a str> {
    let mut words = Vec::new();
    let mut named = false;
    for item in &items[index + 1..] {
        let Item::Word(word) = *item else {
            break;
        };
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if words.is_empty() {
            named = capitalised;
        }
        let bare = word.trim_end_matches('.');
        let ends_name = named && !capitalised && !PARTICLES.contains_as_written(bare);
        if ends_name || (!named && PREPOSITIONS.contains_as_written(bare)) || words.len() >= 12 {
            break;
        }
        words.push(word);
    }
    if let Some(last) = words.last_mut() {
        *last = trim_final_stop(last);
    }
    words
}

/// Drops a sentence-final full stop from a word, keeping it on abbreviations (`Jr.`).
fn trim_final_stop(word: &str) -> &str {
    let bare = word.trim_end_matches('.');
    let abbreviation = bare.contains('.') || bare.chars().count() <= 2;
    if abbreviation { word } else { bare }
}

/// What a noun phrase next to a verb of saying names.
pub fn resolve_phrase(words: &[&str]) -> Attribution {
    let Some(&last) = words.last() else {
        return Attribution::None;
    };
    if words.len() == 1 && matches!(last.to_lowercase().as_str(), "he" | "she") {
        return Attribution::Pronoun;
    }
    if words.len() == 1
        && matches!(
            last.to_lowercase().as_str(),
            "they" | "we" | "i" | "you" | "it" | "who" | "which"
        )
    {
        return Attribution::None;
    }
    let mut run_start = name_run_start(words);
    while run_start + 1 < words.len() && is_not_a_name(words[run_start]) {
        run_start += 1;
    }
    let run = &words[run_start..];
    let name_start = run.iter().rposition(|w| is_role(w)).map_or(0, |p| p + 1);
    let name = &run[name_start..];
    let descriptive = words.first().is_some_and(|w| DETERMINERS.contains(w))
        && run_start > 0
        && preposition_before(words, run_start);
    if name.is_empty() || descriptive {
        return describe(words);
    }
    if name.len() == 1 && run_start == 0 && GENERIC_SOURCES.contains(name[0]) {
        return describe(words);
    }
    Attribution::Named(clean_name(&name.join(" ")))
}

/// `true` when the words before `run_start` (skipping `the`) end with a preposition, as in
/// `a spokesman for the Electoral Commission`.
fn preposition_before(words: &[&str], run_start: usize) -> bool {
    words[..run_start]
        .iter()
        .rev()
        .find(|w| !w.eq_ignore_ascii_case("the"))
        .is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "for" | "of" | "at" | "from" | "with" | "in"
            )
        })
}

/// An unnamed source as written, with a leading article in lower case.
fn describe(words: &[&str]) -> Attribution {
    let ends_in_function_word = words.last().is_some_and(|w| {
        is_function_word(w)
            || matches!(
                w.to_lowercase().as_str(),
                "to" | "by" | "which" | "who" | "with"
            )
    });
    if words.is_empty() || words.len() > 12 || ends_in_function_word {
        return Attribution::None;
    }
    let mut text = words.join(" ");
    if let Some(first) = words.first()
        && DETERMINERS.contains(first)
    {
        text.replace_range(..first.len(), &first.to_lowercase());
    }
    Attribution::Described(text.trim_end_matches('.').to_owned())
}

/// Where the run of capitalised words at the end of `words` starts.
fn name_run_start(words: &[&str]) -> usize {
    let mut start = words.len();
    while start > 0 {
        let word = words[start - 1];
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let particle = start < words.len() && PARTICLES.contains_as_written(word);
        if !(capitalised || particle) {
            break;
        }
        start -= 1;
    }
    while start < words.len() && PARTICLES.contains_as_written(words[start]) {
        start += 1;
    }
    start
}

/// A name without a possessive ending or a final full stop.
fn clean_name(name: &str) -> String {
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(name);
    trim_final_stop(name).to_owned()
}
