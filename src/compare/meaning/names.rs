//! Proper names: runs of capitalised words (people, organisations, places), without the
//! titles before them (`President`, `Dr.`), a possessive ending or a lower-case hyphenated
//! part (`Labour-led`). A capitalised word that opens a sentence is a name only when the
//! texts also write it capitalised elsewhere, or it is an acronym or the first of several
//! capitalised words. A name matches another when one's words are among the other's
//! (`Obama`, `Barack Obama`), when they differ by a typo or a run-together word
//! (`Peskovsaid`), or when one is the other's country, people or initials (`Japan`,
//! `Japanese`; `EU`, `European Union`).

use std::ops::Range;

use super::Mention;
use super::tokens::Token;
use crate::text::lexicon::{
    DEMONYM_ENDINGS, FUNCTION_WORDS, HONORIFICS, MONTHS, NOT_NAMES, PARTICLES, PLACES, PREPOSITIVE,
    ROLES, SCALE_WORDS, STARTERS, WEEKDAYS, is_speech_verb, lookup,
};

/// What the texts compared say about a word, in lower case.
pub struct Usage<'a> {
    /// The word is also written in lower case: an ordinary word.
    pub common: &'a dyn Fn(&str) -> bool,
    /// The word is written capitalised where no sentence opens: a name.
    pub proper: &'a dyn Fn(&str) -> bool,
}

/// The names of `text`, leaving out the tokens inside `taken` (dates).
pub fn names(text: &str, tokens: &[Token], taken: &[Range<usize>], usage: &Usage) -> Vec<Mention> {
    let name_like = |t: &Token| {
        let free = !taken.iter().any(|r| r.start <= t.start && t.end <= r.end);
        let bare = bare(t.text);
        let lower = bare.to_lowercase();
        let ordinary = (usage.common)(&lower)
            || NOT_NAMES.contains(bare)
            || (t.opens_sentence && (FUNCTION_WORDS.contains(bare) || STARTERS.contains(bare)));
        free && t.is_capitalised()
            && t.text != "I"
            && !t.is_number()
            && !ordinary
            && !MONTHS.contains(&bare)
            && !WEEKDAYS.contains(&bare)
    };
    // Nothing but spaces between two words of one name.
    let adjacent = |a: &Token, b: &Token| text[a.end..b.start].trim().is_empty();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // `US` in `US$` or `$5 billion US` is a currency, not a country.
        let currency = tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.text, "$" | "£" | "€"))
            || (tokens[i].text.len() <= 3
                && i.checked_sub(1).is_some_and(|p| {
                    tokens[p].is_number() || lookup(SCALE_WORDS, tokens[p].text).is_some()
                }));
        if !name_like(&tokens[i]) || currency {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        loop {
            let joined = tokens.get(end).is_some_and(|t| {
                name_like(t) && !t.opens_sentence && adjacent(&tokens[end - 1], t)
            });
            // `Charles de Gaulle`, `Bank of England`, `Centre for Ecology`.
            let particle = tokens.get(end).is_some_and(|t| {
                PARTICLES.contains_as_written(t.text) || matches!(t.text, "of" | "for")
            }) && tokens
                .get(end + 1)
                .is_some_and(|t| name_like(t) && adjacent(&tokens[end], t));
            if !(joined || particle) {
                break;
            }
            end += 1;
        }
        let first = &tokens[i];
        let lone_opener = first.opens_sentence && end == i + 1;
        let known = !lone_opener
            || is_acronym(bare(first.text))
            || (usage.proper)(&bare(first.text).to_lowercase());
        let words: Vec<String> = tokens[i..end]
            .iter()
            .filter_map(|t| key_word(t.text))
            .collect();
        if known && !words.is_empty() {
            let key = words.join(" ");
            let key = lookup(PLACES, &key).map_or(key, str::to_owned);
            out.push(Mention::new(text, first.start, tokens[end - 1].end, key));
        }
        i = end;
    }
    out
}

/// A word of a name as compared, in lower case: without a possessive ending, full stops,
/// the plural `s` of an acronym or the parts of a hyphenated word that are not
/// capitalised (`14-Awami` is `awami`, `Party-led` is `party`); `None` for a title.
fn key_word(word: &str) -> Option<String> {
    let bare = bare(word);
    let title = bare.trim_end_matches('.');
    if ROLES.contains(title) || PREPOSITIVE.contains(title) || HONORIFICS.contains(title) {
        return None;
    }
    let acronym_plural = bare
        .strip_suffix('s')
        .filter(|stem| is_acronym(stem))
        .unwrap_or(bare);
    let mut parts: Vec<&str> = acronym_plural.split(['-', '‐']).collect();
    if parts.len() > 1 {
        parts.retain(|p| p.starts_with(char::is_uppercase));
    }
    let key = parts.join("-").to_lowercase().replace('.', "");
    (!key.is_empty()).then_some(key)
}

/// `true` for a word of two or more capitals and nothing else (`BBC`, `U.S`).
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// A word without a possessive ending (`Kislyak’s`, `MPs'`).
fn bare(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix(['\'', '’']))
        .unwrap_or(word)
}

/// `true` when two names (as keys, in lower case) name the same: one's words are among
/// the other's, or they differ by a typo.
pub fn same(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let alike = |x: &str, y: &str| x == y || typo(x, y) || run_together(x, y) || people(x, y);
    let within = |x: &[&str], y: &[&str]| x.iter().all(|w| y.iter().any(|v| alike(w, v)));
    within(&wa, &wb)
        || within(&wb, &wa)
        || typo(a, b)
        || squeezed(a).eq(squeezed(b))
        || acronym(&wa, &wb)
        || acronym(&wb, &wa)
}

/// The letters of a name without spaces or hyphens (`anti-doping`, `anti doping`,
/// `antidoping`).
fn squeezed(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().filter(|c| !matches!(c, ' ' | '-' | '‐'))
}

/// `true` when one word is the other with a small word or a verb of saying run on
/// (`peskovsaid`, `peskov`).
fn run_together(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.strip_prefix(short).is_some_and(|rest| {
        short.chars().count() >= 4
            && !rest.is_empty()
            && (FUNCTION_WORDS.contains(rest) || is_speech_verb(rest))
    })
}

/// `true` when one word names a country and the other its people (`japan`, `japanese`;
/// `italy`, `italian`; `iraq`, `iraqi`): they share a stem and the longer has a demonym
/// ending.
fn people(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let stem = short.chars().count();
    shared >= 4
        && shared * 4 >= stem * 3
        && DEMONYM_ENDINGS
            .words()
            .iter()
            .any(|ending| long.ends_with(ending))
}

/// `true` when `short` is one word made of the initials of `long` (`eu`, `european union`;
/// `fcc`, `federal communications commission`), the small words aside.
fn acronym(short: &[&str], long: &[&str]) -> bool {
    let [word] = short else {
        return false;
    };
    let initials: String = long
        .iter()
        .flat_map(|w| w.split(['-', '‐']))
        .filter(|w| !matches!(*w, "of" | "and" | "for" | "the" | "&"))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.len() >= 2 && initials == *word
}

/// `true` when `a` and `b` are one or two edits apart, three from nine letters up (and not
/// shorter than five letters, where one edit makes another word, unless it only adds a
/// letter at the end).
pub fn typo(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    // Four letters take one more at the end (`ivin`, `ivins`), not another in the middle.
    if la.min(lb) == 4 && la.abs_diff(lb) == 1 {
        return a.starts_with(b) || b.starts_with(a);
    }
    // Longer names take a third (`demitriew`, `demetriou`).
    let allowed = if la.min(lb) >= 9 { 3 } else { 2 };
    if la.abs_diff(lb) > allowed || la.min(lb) < 5 {
        return false;
    }
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
        // Every way on is already too far.
        if row.iter().all(|&d| d > allowed) {
            return false;
        }
    }
    row[b.len()] <= allowed
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let usage = Usage {
            common: &|w| text.contains(&format!(" {w} ")),
            proper: &|_| false,
        };
        names(text, &tokens(text), &[], &usage)
            .into_iter()
            .map(|m| m.key)
            .collect()
    }

    #[test]
    fn names_without_titles_or_sentence_openers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Russian President Vladimir Putin met Charles de Gaulle.",
                &["russian vladimir putin", "charles de gaulle"],
            ),
            (
                "He said the MPAA and Kislyak’s team agreed.",
                &["mpaa", "kislyak"],
            ),
            ("The court ruled on Monday in June.", &[]),
            ("According to Reuters, it rained.", &["reuters"]),
            ("Reports say it rained. Winners were named.", &[]),
            (
                "BBC staff struck. Det. Insp. Houlahan spoke.",
                &["bbc", "houlahan"],
            ),
            (
                "The Awami League Party-led alliance told Wikinews: \"Post offices close.\"",
                &["awami league party", "wikinews"],
            ),
            (
                "Bucks County, PA and the MPs' votes.",
                &["bucks county", "pa", "mp"],
            ),
            (
                "Both American firms and the U.K. agreed.",
                &["united states", "united kingdom"],
            ),
            (
                "I said the Bank of England and the US $5 or $5 US or $5 billion US.",
                &["bank of england"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(keys(text), *want, "{text}");
        }
    }

    #[test]
    fn the_same_person_is_the_same_name() {
        assert!(same("obama", "barack obama"));
        assert!(same("glickman", "dan glickman"));
        assert!(same("kislyak", "kisylak"));
        assert!(!same("dmitry peskov", "vladimir putin"));
        assert!(
            !same("iran", "iraq"),
            "short names are not typos of each other"
        );
        assert!(same("ivin", "ivins"));
        assert!(same("andrew demitriew", "andrew demetriou"));
        assert!(same("hp", "hewlett-packard"));
        assert!(same("world anti doping agency", "world anti-doping agency"));
        assert!(same("dmitry peskovsaid", "dmitry peskov"));
        assert!(same("naty keyzilberman", "naty key zilberman"));
        assert!(same("japan", "japanese"));
        assert!(same("italy", "italian"));
        assert!(same("iraq", "iraqi"));
        assert!(same("canada", "canadian"));
        assert!(!same("austria", "australian"));
        assert!(!same("spears", "britney"));
        assert!(
            !same("john", "johnson"),
            "a longer name is not a run-on word"
        );
    }
}
