//! Who said it, scored on 578 quotations annotated by hand (`tests/fixtures/speakers/`):
//! English Wikinews revisions and saved news pages, French, German and Spanish treebank
//! sentences and pages; on 116 more in Wikinews articles, annotated after the rules were
//! written (`tests/fixtures/speakers-heldout/`); on 64 in a story and biographies
//! (`tests/fixtures/speakers-heldout-2/`); and on 79 in 47 Wikinews articles that no rule
//! has seen (`tests/fixtures/speakers-heldout-3/`). Per language and class: quotations
//! found, speakers right, and scare quotes left without a speaker.

use std::collections::BTreeMap;

use palimpsest::document::Document;
use serde::Deserialize;

use crate::common;

#[derive(Deserialize)]
struct Gold {
    source: String,
    lang: String,
    quote: String,
    occurrence: usize,
    speaker: Option<String>,
    speaker_kind: String,
    class: String,
    context: String,
    file: Option<String>,
}

/// A speaker as compared: lower case, words only, without titles, honorifics or a
/// possessive.
fn words(speaker: &str) -> Vec<String> {
    const TITLES: [&str; 14] = [
        "mr", "mrs", "ms", "dr", "prof", "sir", "m", "mme", "sr", "sra", "herr", "frau", "the",
        "det",
    ];
    speaker
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_matches(['\'', '’', '-'])
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()))
        .collect()
}

/// `true` when `found` names who `gold` names: the same words once titles are dropped,
/// or (for a description) most of its words.
fn same_speaker(found: &str, gold: &str, kind: &str) -> bool {
    let (f, g) = (words(found), words(gold));
    if f == g {
        return true;
    }
    if kind == "name" {
        return false;
    }
    let shared = g.iter().filter(|w| f.contains(w)).count();
    shared * 2 > g.len() && shared * 2 >= f.len()
}

/// Byte offset of the `occurrence`-th copy of `needle` in `text`.
fn nth(text: &str, needle: &str, occurrence: usize) -> Option<usize> {
    text.match_indices(needle)
        .nth(occurrence.saturating_sub(1))
        .map(|(at, _)| at)
}

/// `true` for a speaker that reads as a name (capitalised words, particles, initials) or
/// as a noun phrase (a determiner, a possessive or a number first, or a plural group).
fn noun_phrase_like(speaker: &str) -> bool {
    const DETERMINERS: [&str; 39] = [
        "a", "an", "the", "one", "two", "three", "several", "some", "many", "his", "her", "their",
        "its", "our", "my", "your", "this", "these", "those", "all", "each", "every", "both", "le",
        "la", "les", "l'", "un", "une", "der", "die", "das", "ein", "eine", "el", "los", "las",
        "una", "sa",
    ];
    let words: Vec<&str> = speaker.split_whitespace().collect();
    // An article or a number alone (`Un`, `El`, `000`) names nobody.
    if let [word] = words.as_slice()
        && (DETERMINERS.contains(&word.to_lowercase().as_str())
            || !word.chars().any(char::is_alphabetic))
    {
        return false;
    }
    let name_word = |w: &&str| {
        w.chars().next().is_some_and(|c| c.is_uppercase())
            || matches!(
                *w,
                "de" | "van"
                    | "von"
                    | "bin"
                    | "al"
                    | "la"
                    | "le"
                    | "del"
                    | "da"
                    | "di"
                    | "y"
                    | "and"
            )
            || w.split_once('-').is_some_and(|(particle, name)| {
                matches!(particle, "al" | "el" | "bin" | "ibn" | "abu")
                    && name.chars().next().is_some_and(char::is_uppercase)
            })
    };
    // A name, or names joined by the words that join a role to an organisation (`CEO of
    // the Refugee Council Enver Solomon`).
    let name = words.iter().all(name_word)
        || (words.first().is_some_and(name_word)
            && words.last().is_some_and(name_word)
            && words
                .iter()
                .all(|w| name_word(w) || matches!(*w, "of" | "the" | "for" | "to" | "at")));
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    // A name in the possessive opens a noun phrase (`Rio de Janeiro's homicide branch`).
    let possessive = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))
        .is_some_and(|p| words[..=p].iter().all(name_word));
    // A group and where it is from (`representatives from Iran`, `spokespeople for the
    // circus`).
    let group = (first.ends_with('s') || first.ends_with("people"))
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "of" | "from" | "for" | "at" | "with"));
    let described = DETERMINERS.contains(&first.as_str())
        || possessive
        || group
        || first.chars().all(|c| c.is_ascii_digit())
        || (words.len() <= 3
            && words
                .last()
                .is_some_and(|w| w.ends_with('s') || *w == "people"));
    name || described
}

#[derive(Default)]
struct Tally {
    total: usize,
    found: usize,
    right: usize,
}

/// What scoring a gold set gives: per language and class, per language and kind of
/// speaker, the misses, the speakers found that read as fragments.
struct Scores {
    tally: BTreeMap<(String, String), Tally>,
    by_kind: BTreeMap<(String, String), (usize, usize)>,
    misses: Vec<String>,
    nested: usize,
    fragments: Vec<String>,
}

impl Scores {
    /// Right / total for one language and kind of speaker.
    fn kind(&self, lang: &str, kind: &str) -> (usize, usize) {
        self.by_kind
            .get(&(lang.to_owned(), kind.to_owned()))
            .copied()
            .unwrap_or_default()
    }

    /// Found / total over one language.
    fn found(&self, lang: &str) -> (usize, usize) {
        self.tally
            .iter()
            .filter(|((l, _), _)| l == lang)
            .fold((0, 0), |(f, t), (_, s)| (f + s.found, t + s.total))
    }

    /// Prints the tables and the misses.
    fn print(&self) {
        eprintln!("lang class                          found  right / total");
        let mut by_lang: BTreeMap<&str, Tally> = BTreeMap::new();
        for ((lang, class), t) in &self.tally {
            eprintln!(
                "{lang:<4} {class:<30} {:>5}  {:>5} / {}",
                t.found, t.right, t.total
            );
            let l = by_lang.entry(lang).or_default();
            l.total += t.total;
            l.found += t.found;
            l.right += t.right;
        }
        for (lang, t) in &by_lang {
            eprintln!(
                "{lang:<4} all                            {:>5}  {:>5} / {}",
                t.found, t.right, t.total
            );
        }
        eprintln!("{} quotations inside others, left aside", self.nested);
        eprintln!("speakers that read as fragments: {:?}", self.fragments);
        for ((lang, kind), (right, total)) in &self.by_kind {
            eprintln!("{lang:<4} speaker {kind:<14} right {right} / {total} found");
        }
        for miss in &self.misses {
            eprintln!("{miss}");
        }
    }
}

/// Scores Palimpsest's quotations and speakers against the gold set in `dir` (a
/// `gold.jsonl`, and the texts it quotes in `sources/`).
fn score(dir: &str) -> Scores {
    let gold: Vec<Gold> = std::fs::read_to_string(common::fixture(&format!("{dir}/gold.jsonl")))
        .expect("gold set")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a gold quotation"))
        .collect();
    let mut docs: BTreeMap<String, (String, Document)> = BTreeMap::new();
    let mut tally: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut nested_quotes = 0;
    // Per kind of gold speaker (name, description, organisation, none): right / total.
    let mut by_kind: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for g in &gold {
        let key = g
            .file
            .clone()
            .unwrap_or_else(|| format!("{} {}", g.source, g.context));
        let (text, doc) = docs.entry(key).or_insert_with(|| {
            let text = match &g.file {
                Some(file) => {
                    std::fs::read_to_string(common::fixture(&format!("{dir}/sources/{file}")))
                        .expect("source text")
                }
                None => g.context.clone(),
            };
            let doc = Document::from_text("gold", &text);
            (text, doc)
        });
        let Some(start) = nth(
            text,
            &g.quote,
            if g.file.is_some() { g.occurrence } else { 1 },
        ) else {
            panic!("{}: quote not in its text: {:?}", g.source, g.quote);
        };
        let end = start + g.quote.len();
        // A quotation inside another one: only the outermost are reported.
        let nested = gold.iter().any(|o| {
            !std::ptr::eq(o, g)
                && o.source == g.source
                && o.quote.len() > g.quote.len()
                && o.quote.contains(&g.quote)
                && o.context.contains(&g.quote)
        });
        if nested {
            nested_quotes += 1;
            continue;
        }
        let entry = tally.entry((g.lang.clone(), g.class.clone())).or_default();
        entry.total += 1;
        // The quotation found must be the same words, give or take a little at either end
        // (a trailing comma, a space): four fifths of each overlap the other.
        let found = doc
            .quotes
            .iter()
            .filter(|q| q.start < end && start < q.end)
            .max_by_key(|q| q.end.min(end) - q.start.max(start))
            .filter(|q| {
                let overlap = q.end.min(end) - q.start.max(start);
                overlap * 5 >= (end - start) * 4 && overlap * 5 >= (q.end - q.start) * 4
            });
        let Some(found) = found else {
            misses.push(format!("{} [{}] not found: {:?}", g.lang, g.class, g.quote));
            continue;
        };
        entry.found += 1;
        let right = match (&found.speaker, &g.speaker) {
            (None, None) => true,
            (Some(f), Some(s)) => same_speaker(f, s, &g.speaker_kind),
            _ => false,
        };
        let kind = by_kind
            .entry((g.lang.clone(), g.speaker_kind.clone()))
            .or_default();
        kind.1 += 1;
        kind.0 += usize::from(right);
        if right {
            entry.right += 1;
        } else {
            misses.push(format!(
                "{} [{}/{}] {:?} → {:?} (gold {:?}) in {:?}",
                g.lang,
                g.class,
                g.speaker_kind,
                palimpsest::present::shorten(&g.quote, 50),
                found.speaker,
                g.speaker,
                palimpsest::present::shorten(&g.context, 160)
            ));
        }
    }
    // No speaker is a clause fragment: every one reads as a name or a noun phrase.
    let fragments: Vec<String> = docs
        .values()
        .flat_map(|(_, doc)| doc.quotes.iter().filter_map(|q| q.speaker.clone()))
        .filter(|speaker| !noun_phrase_like(speaker))
        .collect();
    Scores {
        tally,
        by_kind,
        misses,
        nested: nested_quotes,
        fragments,
    }
}

/// The share `right / total`.
fn rate((right, total): (usize, usize)) -> f64 {
    right as f64 / total.max(1) as f64
}

/// Scores the gold set in `dir`, prints it, and checks that no speaker is a fragment and
/// that English quotations found, named speakers right and terms without a speaker reach
/// the given shares.
fn check(dir: &str, (found, named, nobody): (f64, f64, f64)) {
    let scores = score(dir);
    scores.print();
    assert!(scores.fragments.is_empty(), "{:?}", scores.fragments);
    let right_names = scores.kind("en", "name");
    let right_nobody = scores.kind("en", "none");
    assert!(rate(scores.found("en")) >= found, "found");
    assert!(rate(right_names) >= named, "named speakers {right_names:?}");
    assert!(
        rate(right_nobody) >= nobody,
        "scare quotes and terms {right_nobody:?}"
    );
}

/// The goals: 98% of the quotations found, 90% of named speakers right, 95% of scare quotes
/// and terms without a speaker.
#[test]
fn speakers_of_real_news_quotations() {
    check("speakers", (0.98, 0.90, 0.95));
}

/// Quotations annotated in Wikinews articles after the rules were written
/// (`tests/fixtures/speakers-heldout/`). First measured at 112/116 found, 38/62 named
/// speakers right and 18/24 terms without a speaker; then fixes for the classes its misses
/// showed (names after their institution, cited headlines, acronyms, then sentence openers
/// and titles before names, asides in brackets, names that run into the next paragraph,
/// `with X stating`, a quotation's first word taken for a person) took it to 54/62 and
/// 22/24, so it is held out no longer.
#[test]
fn speakers_of_held_out_news() {
    check("speakers-heldout", (0.96, 0.87, 0.91));
}

/// A second held-out set, annotated after the fixes found on the first (a Wikinews story and
/// Wikipedia biographies, `tests/fixtures/speakers-heldout-2/`): first measured at 62/64
/// found, 13/34 named speakers right, 25/26 terms without a speaker; fixes for the classes
/// its misses showed took it to 20/34, so it is held out no longer either.
#[test]
fn speakers_of_held_out_biographies() {
    check("speakers-heldout-2", (0.96, 0.58, 0.96));
}

/// A third held-out set, annotated blind after those fixes (47 Wikinews articles,
/// `tests/fixtures/speakers-heldout-3/`): first measured at 78/78 found, 30/44 named
/// speakers right, 13/17 terms without a speaker; fixes for the classes its misses showed
/// (a participle's phrase before the subject, a name beside a description, `a Western
/// official`, terms coordinated after `dubbed`, the name after `told` being the one told)
/// took it to 33/44 and 14/17, so it is held out no longer.
#[test]
fn speakers_of_unseen_news() {
    check("speakers-heldout-3", (0.98, 0.75, 0.82));
}

/// A fourth held-out set, annotated blind after the fixes the third showed (34 GUM
/// biographies, interviews, speeches and essays and 4 Wikinews articles,
/// `tests/fixtures/speakers-heldout-4/`): floors under its first measurement, 177/189
/// found, 22/49 named speakers right, 93/95 terms without a speaker. Of the three speakers
/// it showed as fragments, `this breed` and `all of our friends…` are noun phrases the
/// check did not know; `he's in the end` was one, and no longer is. Fixes for classes its
/// misses showed (a message from someone, a name after a role, `American patriot Thomas
/// Paine distinguished`) took named speakers to 25/49.
#[test]
fn speakers_of_unseen_interviews_and_speeches() {
    check("speakers-heldout-4", (0.93, 0.50, 0.97));
}

/// A fifth held-out set, annotated blind (39 Wikinews articles of the MEANTIME corpus, as
/// tokenised text, `tests/fixtures/speakers-heldout-5/`). First measured at 52/166 found:
/// the ``` `` … '' ``` marks of tokenised text were not read. With them read, and no rule
/// of attribution changed: 154/166 found, 64/109 named speakers right, 25/26 terms without
/// a speaker. Fixes for the classes its misses showed (a closing mark set apart by a
/// space closes the sentence before, a description and then the name it stands for, a
/// pronoun preferring the person quoted to their organisation, a people's name before a
/// role, a person named after their company, a role in lower case as a title) took named
/// speakers to 87/109, so it is held out no longer; the rules of the sixth and seventh
/// sets, to 104/109.
#[test]
fn speakers_of_unseen_tokenised_news() {
    check("speakers-heldout-5", (0.92, 0.93, 0.96));
}

/// Paragraphs moved, no sentence edited: no quotation changes speaker (40 real stories).
#[test]
fn reshuffled_stories_raise_no_speaker_alerts() {
    let mut stories = 0;
    let mut quotations = 0;
    let mut alerts = Vec::new();
    // The development set's stories and the untokenised news of the seventh held-out set.
    let mut entries: Vec<_> = ["speakers/sources", "speakers-heldout-7/sources"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(common::fixture(dir)).expect("sources"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("a source");
        let paragraphs: Vec<&str> = if text.contains("\n\n") {
            text.split("\n\n").collect()
        } else {
            text.lines().collect()
        };
        if paragraphs.len() < 4 {
            continue;
        }
        // Every other paragraph to the end, as an editor moving blocks around would.
        let mut moved: Vec<&str> = paragraphs.iter().step_by(2).copied().collect();
        moved.extend(paragraphs.iter().skip(1).step_by(2));
        let separator = if text.contains("\n\n") { "\n\n" } else { "\n" };
        let c = palimpsest::compare::compare(
            Document::from_text("old", &text),
            Document::from_text("new", &moved.join(separator)),
            &palimpsest::comparison::Options::default(),
        );
        stories += 1;
        quotations += c.quotes.len();
        for q in c.quotes.iter().filter(|q| q.speaker_changed) {
            alerts.push(format!(
                "{}: {:?} → {:?}",
                path.display(),
                q.old_speaker,
                q.new_speaker
            ));
        }
    }
    eprintln!("{stories} stories, {quotations} quotations reshuffled");
    assert!(stories >= 30);
    assert!(alerts.is_empty(), "{alerts:#?}");
}

/// The sixth held-out set (133 quotations in 47 tokenised Wikinews texts, the rest of the
/// MEANTIME articles with quotation marks, `tests/fixtures/speakers-heldout-6/`). First
/// measured blind: 121/126 found, 72/99 named speakers right, 6/6 terms without a speaker.
/// Fixes for the classes its misses showed (a company after `of` is nobody a pronoun
/// stands for, a date is no person, a pronoun right before its verb, a name ending in
/// `-ing` is no participle, the name right before the verb, a clause after `the` is quoted
/// words, the person after what an organisation owns) took named speakers to 88/99; the
/// rules of the seventh set, to 89/99.
#[test]
fn speakers_of_the_last_unseen_news() {
    check("speakers-heldout-6", (0.95, 0.87, 0.95));
}

/// The seventh held-out set (203 scored quotations in 25 English Wikinews articles of
/// 2019 and 2020, ordinary prose, `tests/fixtures/speakers-heldout-7/`). First measured
/// blind: 193/194 found, 96/130 named speakers right, 20/25 terms without a speaker. Fixes
/// for the classes its misses showed (titles such as `Whip` and `Broadcaster`, a company
/// is no first name, marks around a name, the full name before `of` and a place, clauses
/// a subordinator opens, `a Republican`, what a relative says, particles inside names,
/// slogans on banners, organisations named with `of`, the name after an institution,
/// possessives a pronoun does not stand for, genders learned from the sentence only and
/// from common first names, an acronym is no `he`)
/// took named speakers to 115/130.
#[test]
fn speakers_of_unseen_prose_news() {
    check("speakers-heldout-7", (0.98, 0.85, 0.85));
}
