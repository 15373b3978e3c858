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

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::quotes::Found;
use super::segment::Span;
use super::words::Words;

/// Verbs of saying, in the forms news prose uses for attribution.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "told",
    "tells",
    "asked",
    "asks",
    "warned",
    "warns",
    "wrote",
    "writes",
    "insisted",
    "insists",
    "stated",
    "states",
    "explained",
    "explains",
    "noted",
    "notes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "declared",
    "declares",
    "replied",
    "replies",
    "answered",
    "answers",
    "responded",
    "responds",
    "commented",
    "comments",
    "remarked",
    "announced",
    "announces",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "recalled",
    "recalls",
    "suggested",
    "suggests",
    "urged",
    "urges",
    "described",
    "describes",
    "called",
    "calls",
    "tweeted",
    "tweets",
    "posted",
    "observed",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "predicted",
    "concluded",
    "emphasized",
    "emphasised",
    "stressed",
    "stresses",
    "cautioned",
    "complained",
    "conceded",
    "joked",
    "shouted",
    "exclaimed",
    "continued",
    "continues",
    "agreed",
    "agrees",
    "testified",
    "reported",
    "reports",
    "quipped",
    "pleaded",
    "vowed",
    "promised",
    "mused",
    "thundered",
    "déclaré",
    "dit",
    "affirmé",
    "estimé",
    "expliqué",
    "dijo",
    "afirmó",
    "declaró",
    "disse",
    "afirmou",
    "declarou",
    "sagte",
    "erklärte",
    "заявил",
    "заявила",
    "сказал",
    "сказала",
];

/// Verbs that never take the speaker after them (`“…,” told reporters` is not English).
const VERBS_WITH_OBJECT: &[&str] = &["told", "tells", "described", "describes", "called", "calls"];

/// Words between a speaker and the verb that are not part of the name (`Putin also said`).
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "would",
    "will",
    "once",
    "previously",
    "recently",
    "further",
    "repeatedly",
    "reportedly",
    "again",
    "earlier",
    "finally",
    "only",
    "just",
    "often",
    "immediately",
    "simply",
    "once",
    "has",
    "then",
    "now",
    "yesterday",
    "today",
    "had",
    "did",
    "does",
    "publicly",
    "privately",
    "separately",
];

/// Words that end a noun phrase scanned backwards from the verb.
const CLAUSE_WORDS: &[&str] = &[
    "that",
    "and",
    "but",
    "as",
    "while",
    "because",
    "if",
    "although",
    "though",
    "when",
    "after",
    "before",
    "since",
    "so",
    "whether",
    "where",
    "nevertheless",
    "yet",
    "however",
];

/// Words that end a noun phrase scanned forwards from the verb.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "while", "when", "from", "with", "that", "as",
    "and", "but", "last", "this",
];

/// Titles and roles dropped from the front of a name (`Russian President Vladimir Putin`).
const ROLES: &[&str] = &[
    "president",
    "vice",
    "minister",
    "prime",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen",
    "gov",
    "governor",
    "rep",
    "representative",
    "mayor",
    "judge",
    "justice",
    "chief",
    "director",
    "administrator",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "officer",
    "commissioner",
    "councillor",
    "councilman",
    "councilwoman",
    "professor",
    "prof",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "general",
    "gen",
    "col",
    "lt",
    "capt",
    "sgt",
    "admiral",
    "adm",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "father",
    "bishop",
    "archbishop",
    "coach",
    "manager",
    "captain",
    "detective",
    "inspector",
    "deputy",
    "premier",
    "chancellor",
    "speaker",
    "leader",
    "executive",
    "founder",
    "analyst",
    "economist",
    "editor",
    "author",
    "lawyer",
    "attorney",
    "agent",
    "dean",
    "principal",
    "sheriff",
    "commander",
    "marshal",
    "member",
    "candidate",
    "state",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "general",
    "party",
    "emeritus",
    "associate",
    "assistant",
    "senior",
    "team",
    "former",
    "acting",
    "mp",
    "mep",
    "congressman",
    "congresswoman",
    "pastor",
    "rabbi",
    "imam",
    "cardinal",
    "m",
    "mme",
];

/// Plural or generic sources that read as descriptions even when capitalised at the
/// start of a sentence (`Officials said`).
const GENERIC_SOURCES: &[&str] = &[
    "officials",
    "police",
    "authorities",
    "analysts",
    "experts",
    "witnesses",
    "residents",
    "critics",
    "sources",
    "researchers",
    "scientists",
    "doctors",
    "prosecutors",
    "investigators",
    "officers",
    "protesters",
    "lawmakers",
    "diplomats",
    "supporters",
    "organizers",
    "organisers",
    "observers",
    "activists",
    "officials",
    "others",
];

/// Words that start a description of an unnamed source.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "two", "three", "several", "some", "many", "another", "his", "her",
    "their", "its",
];

/// Name particles that may sit in lower case inside a name (`Charles de Gaulle`).
const PARTICLES: &[&str] = &[
    "de", "da", "das", "do", "dos", "van", "von", "der", "den", "bin", "bint", "al", "el", "del",
    "della", "di", "du", "la", "le", "ter", "ten", "y",
];

/// `true` when `word` (compared without case and trailing punctuation) is a verb of saying.
pub fn is_speech_verb(word: &str) -> bool {
    static SET: Words = Words::new(SPEECH_VERBS);
    SET.contains(word.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// One piece of a sentence around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item<'a> {
    /// A word, with any attached full stop, apostrophe or hyphen.
    Word(&'a str),
    /// A punctuation mark that separates phrases.
    Punct(char),
    /// A quotation, by its index.
    Quote(usize),
}

/// What the words around a quotation say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Attribution {
    /// A person or organisation by name.
    Named(String),
    /// An unnamed source as the article describes it.
    Described(String),
    /// `he` or `she`.
    Pronoun,
    /// Nothing in the sentence.
    None,
}

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
    let takes_object = VERBS_WITH_OBJECT
        .iter()
        .any(|v| v.eq_ignore_ascii_case(word.trim_end_matches('.')));
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

/// The index of the sentence that contains byte `at`, or the last one that starts before it.
pub fn sentence_at(sentences: &[Span], at: usize) -> Option<usize> {
    let after = sentences.partition_point(|s| s.start <= at);
    after.checked_sub(1)
}

/// Cuts `text[from..to]` into words, punctuation and (masked) quotations.
fn items<'a>(text: &'a str, from: usize, to: usize, quotes: &[Found]) -> Vec<Item<'a>> {
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

/// The words before `index`, back to the start of the clause, skipping adverbs next to it.
fn phrase_before<'a>(items: &[Item<'a>], index: usize) -> Vec<&'a str> {
    let mut words = Vec::new();
    let mut i = index;
    while i > 0 {
        i -= 1;
        let Item::Word(word) = items[i] else {
            break;
        };
        let lower = word.to_lowercase();
        let adverb = ADVERBS.contains(&lower.as_str()) || (lower.ends_with("ly") && lower == word);
        if words.is_empty() && adverb {
            continue;
        }
        if CLAUSE_WORDS.contains(&lower.as_str()) || words.len() >= 12 {
            break;
        }
        words.push(word);
    }
    words.reverse();
    words
}

/// The words after `index`: a name (`said Mr. Putin on Friday`), or a description up to
/// punctuation or a preposition (`said an official who declined to be named`).
fn phrase_after<'a>(items: &[Item<'a>], index: usize) -> Vec<&'a str> {
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
        let ends_name = named && !capitalised && !PARTICLES.contains(&bare);
        if ends_name || (!named && PREPOSITIONS.contains(&bare)) || words.len() >= 12 {
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
fn resolve_phrase(words: &[&str]) -> Attribution {
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
    let descriptive = words
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
        && run_start > 0
        && preposition_before(words, run_start);
    if name.is_empty() || descriptive {
        return describe(words);
    }
    if name.len() == 1
        && run_start == 0
        && GENERIC_SOURCES.contains(&name[0].to_lowercase().as_str())
    {
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
        && DETERMINERS.contains(&first.to_lowercase().as_str())
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
        let particle = start < words.len() && PARTICLES.contains(&word);
        if !(capitalised || particle) {
            break;
        }
        start -= 1;
    }
    while start < words.len() && PARTICLES.contains(&words[start]) {
        start += 1;
    }
    start
}

/// `true` for a title or role word (`President`, `Sen.`, `spokesman`).
fn is_role(word: &str) -> bool {
    static SET: Words = Words::new(ROLES);
    SET.contains(word.trim_end_matches('.'))
}

/// A name without a possessive ending or a final full stop.
fn clean_name(name: &str) -> String {
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(name);
    trim_final_stop(name).to_owned()
}

/// Resolves `he`/`she` for quotation `q`: a person who is the subject of an earlier
/// sentence of the same paragraph, else the speaker of the previous quotation when it is
/// in the same or the previous paragraph, else the person the article mentions most.
fn resolve_pronoun(
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
fn inherit_from_before(
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
fn stands_alone(text: &str, sentences: &[Span], quote: &Found) -> bool {
    let Some(index) = sentence_at(sentences, quote.open) else {
        return false;
    };
    let head = &text[sentences[index].start.min(quote.open)..quote.open];
    !head.contains(char::is_alphanumeric)
}

/// The people an article names in full, so that a surname can be completed, and where
/// its capitalised words stand.
struct NameIndex<'a> {
    /// Surname → the first full name that ends with it.
    full: HashMap<String, String>,
    /// Byte offsets of capitalised words, with the word (possessive dropped).
    capitals: Vec<(usize, &'a str)>,
}

impl<'a> NameIndex<'a> {
    /// Collects, in one pass over the text, its capitalised words and the names of two or
    /// more capitalised words they form, without titles and roles.
    fn build(text: &'a str) -> Self {
        let mut full = HashMap::default();
        let mut capitals = Vec::new();
        let mut run: Vec<&str> = Vec::new();
        let mut flush = |run: &mut Vec<&str>| {
            let start = run.iter().rposition(|w| is_role(w)).map_or(0, |p| p + 1);
            let name = &run[start..];
            let sentence_initial_word = name.first().is_some_and(|w| is_function_word(w));
            if name.len() >= 2
                && name.len() <= 4
                && !sentence_initial_word
                && let Some(last) = name.last()
                && !full.contains_key(*last)
            {
                full.insert((*last).to_owned(), name.join(" "));
            }
            run.clear();
        };
        // ASCII white space is enough to find names, and much faster to split on.
        for token in text.split_ascii_whitespace() {
            if !starts_with_capital(token) {
                if !run.is_empty() {
                    flush(&mut run);
                }
                continue;
            }
            let offset = token.as_ptr() as usize - text.as_ptr() as usize;
            let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
            let bare = bare
                .strip_suffix("’s")
                .or_else(|| bare.strip_suffix("'s"))
                .unwrap_or(bare);
            capitals.push((offset, bare));
            let word = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let ends_phrase =
                token.ends_with([',', ';', ':', ')', '”', '"']) || token.ends_with(". ");
            let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
            let possessive = core.ends_with("’s") || core.ends_with("'s");
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if capitalised {
                run.push(word.trim_end_matches('.'));
            } else {
                flush(&mut run);
            }
            if ends_phrase || possessive || token.ends_with('.') && !is_role(word) {
                flush(&mut run);
            }
        }
        flush(&mut run);
        Self { full, capitals }
    }

    /// The full name for a surname the article gives in full elsewhere, else `name`.
    fn complete(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_owned();
        }
        self.full
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    }

    /// `true` when `speaker` looks like a named person rather than a description.
    fn is_person(&self, speaker: &str) -> bool {
        speaker.chars().next().is_some_and(char::is_uppercase)
    }

    /// The named person who opens `sentence` as its subject (`Peskov was asked …`).
    fn subject_of(&self, sentence: &str) -> Option<String> {
        let mut words = sentence.split_whitespace();
        let mut name: Vec<&str> = Vec::new();
        for word in words.by_ref() {
            if word.chars().next().is_some_and(char::is_uppercase)
                && !word.contains(['’', '\'', ','])
            {
                name.push(word.trim_end_matches('.'));
            } else {
                let verb_like = word.chars().next().is_some_and(char::is_lowercase);
                let last = name.last()?;
                return (verb_like && self.full.contains_key(*last)).then(|| self.complete(last));
            }
        }
        None
    }
}

/// `true` when the first letter or digit of `token` (after any quotation marks or
/// brackets) is a capital letter.
fn starts_with_capital(token: &str) -> bool {
    match token.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => b.is_ascii_uppercase(),
        Some(_) => token
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase),
        None => false,
    }
}

/// `true` for capitalised words that start a sentence but are not part of a name
/// (`Yesterday Blunkett declared`, `Meanwhile Smith said`).
fn is_not_a_name(word: &str) -> bool {
    is_function_word(word)
        || matches!(
            word.to_lowercase().as_str(),
            "yesterday"
                | "today"
                | "tomorrow"
                | "tonight"
                | "earlier"
                | "later"
                | "meanwhile"
                | "however"
                | "also"
                | "then"
                | "now"
                | "still"
                | "instead"
                | "separately"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "last"
                | "next"
                | "finally"
        )
}

/// `true` for words that start sentences but never names (`The`, `In`, `But`).
fn is_function_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "but"
            | "and"
            | "if"
            | "when"
            | "this"
            | "that"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "as"
            | "for"
            | "of"
            | "yet"
            | "so"
            | "after"
    )
}

/// How often each person who speaks or acts in the article has been mentioned so far,
/// read in step with the quotations.
struct Salience {
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
    fn new(capitals: &[(usize, &str)], persons: &HashSet<String>) -> Self {
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
    fn advance_to(&mut self, at: usize) {
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
    fn leader(&self) -> Option<&str> {
        self.leader.as_ref().map(|(name, _)| name.as_str())
    }
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
