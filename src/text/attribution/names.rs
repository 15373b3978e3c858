//! The people an article names: full names to complete surnames with, and the capitalised
//! words that are not names.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::text::byte_scan;
use crate::text::lexicon::{
    ACCORDING_TO, ADVERBIAL_LEADS, FUNCTION_WORDS, HONORIFICS, MONTHS, NOT_NAMES,
    ORGANISATION_WORDS, PARTICLES, PLURAL_PRONOUNS, ROLES, SINGULAR_PRONOUNS, STARTERS,
    SUBORDINATORS, VERBS_WITH_OBJECT, WEEKDAYS, is_speech_verb,
};

/// Whether a person is referred to as `he` or `she`, as far as the article tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// `he`, `Mr`, `M.`, `Herr`, `Sr.`
    Male,
    /// `she`, `Mrs`, `Ms`, `Mme`, `Frau`, `Sra.`
    Female,
}

impl Gender {
    /// The gender an honorific or a pronoun gives, if any.
    pub fn of(word: &str) -> Option<Self> {
        match word.trim_end_matches('.').to_lowercase().as_str() {
            "mr" | "m" | "herr" | "sr" | "signor" | "monsieur" | "he" | "il" | "er" | "él"
            | "lui" | "ele" | "on" => Some(Self::Male),
            "mrs" | "ms" | "miss" | "mme" | "mlle" | "frau" | "sra" | "srta" | "signora"
            | "madame" | "she" | "elle" | "sie" | "ella" | "lei" | "ela" | "ona" => {
                Some(Self::Female)
            }
            _ => None,
        }
    }
}

/// The people an article names in full, so that a surname or a first name can be
/// completed, and the gender honorifics give them.
pub struct NameIndex {
    /// Surname → the first full name that ends with it.
    pub full: HashMap<String, String>,
    /// First name → the first full name that starts with it.
    pub first: HashMap<String, String>,
    /// The first words or last words of a full name (`Te Kaurinui`, `Robert Parata`) → the
    /// first full name the article gives with them.
    pub parts: HashMap<String, String>,
    /// An acronym given in brackets after a name (`(KCNA)`) → that name.
    pub acronyms: HashMap<String, String>,
    /// Surname → the gender an honorific before it gives.
    pub gender: HashMap<String, Gender>,
    /// Surnames the article gives a title, role or honorific: people, not places.
    pub persons: HashSet<String>,
    /// A title the article gives before a full name, in lower case, and its last word
    /// (`foreign minister` and `minister` for `Foreign Minister Jos Ramos-Horta`) → the
    /// first full name given with it.
    roles: HashMap<String, String>,
}

impl NameIndex {
    /// Collects, in one pass over the text, its capitalised words and the names of two or
    /// more capitalised words they form, without titles and roles.
    pub fn build(text: &str) -> Self {
        let mut full = HashMap::default();
        let mut first = HashMap::default();
        let mut parts: HashMap<String, String> = HashMap::default();
        let mut acronyms: HashMap<String, String> = HashMap::default();
        let mut gender = HashMap::default();
        let mut persons = HashSet::default();
        let mut roles: HashMap<String, String> = HashMap::default();
        // The word before the run is a role in lower case (`fire inspector Frank Garrido`).
        let mut role_before = false;
        // That word, when it is a role (`chief` in `bank chief Ben Bernanke`).
        let mut role_word: &str = "";
        let mut after_preposition = false;
        let mut speakers = Speakers::default();
        let mut run: Vec<&str> = Vec::new();
        let mut seen: HashSet<u64> = HashSet::default();
        let mut flush = |run: &mut Vec<&str>,
                         (role_before, role_word): (bool, &str),
                         after_preposition: bool| {
            // A lone capitalised word names a person only after a role (`inspector
            // Garrido`); most are sentence openers, and are passed over cheaply.
            while run.last().is_some_and(|w| PARTICLES.contains_as_written(w)) {
                run.pop();
            }
            if run.len() < 2 && !role_before {
                run.clear();
                return;
            }
            // What follows depends on nothing else, and keeps the first of everything: a
            // run met before in the same place adds nothing.
            if !seen.insert(run_key(run, role_before, role_word, after_preposition)) {
                run.clear();
                return;
            }
            let start = title_end(run);
            let mut name = after_institution(&run[start..]);
            // `the District of Columbia Jeffrey Taylor`: the first word belongs to the place.
            if after_preposition && start == 0 && name.len() >= 3 {
                name = &name[1..];
            }
            let opener = |w: &&str| is_opener(w);
            // `For Kevin Allton, an instructor…`: the words that open the sentence go.
            let lead = name.iter().take_while(|w| opener(w)).count();
            if lead > 0 && name.len() - lead >= 2 {
                name = &name[lead..];
            }
            if (start > 0 || role_before)
                && let Some(last) = name.last()
                && !opener(last)
                && !single_char(last)
            {
                persons.insert((*last).to_owned());
            }
            if let (Some(honorific), Some(last)) =
                (start.checked_sub(1).map(|p| run[p]), name.last())
                && let Some(g) = Gender::of(honorific)
            {
                gender.entry((*last).to_owned()).or_insert(g);
            }
            // `Selon Macron`, `However Smith`: a word that opens a sentence, not a name.
            let sentence_initial_word = name.first().is_some_and(opener);
            let joined = (name.len() >= 2 && name.len() <= 4 && !sentence_initial_word)
                .then(|| name.join(" "))
                .filter(|joined| plausible(joined));
            if let Some(joined) = &joined {
                if start > 0 {
                    record_title(&mut roles, &run[..start], joined);
                } else if !role_word.is_empty() {
                    record_title(&mut roles, &[role_word], joined);
                }
            }
            if let Some(joined) = joined {
                record_name((&mut parts, &mut first, &mut full), name, joined);
            }
            run.clear();
        };
        // ASCII white space is enough to find names, and much faster to split on.
        // The token in lower case right before the current one, if it was one: read only
        // when a name starts after it, which most words are not followed by.
        let mut previous: &str = "";
        // `added: “Labour has…`: after a colon or a comma, or inside a quotation mark, the
        // capitalised word after a verb of saying opens the quotation, not a name.
        let mut previous_closed = false;
        // A blank line ends a paragraph and any name in it (`… - Matthew Ingram` then
        // `Writing in a blog post, …`): it stands as a token of its own.
        let tokens = Tokens::new(text);
        let mut apposition = Apposition::default();
        for token in tokens {
            // `Mohammad bin Salman`, `Charles de Gaulle`: a particle inside a name.
            // A lone `der` is German grammar (`sagte Merkel der Zeitung`), not a name.
            let article = matches!(token, "der" | "den" | "das" | "des")
                && !run.last().is_some_and(|w| matches!(*w, "van" | "von"));
            if !run.is_empty() && PARTICLES.contains_as_written(token) && !article {
                run.push(token);
                continue;
            }
            if !starts_with_capital(token) {
                // Most words are neither in nor after a name: their letters are read only
                // when they are.
                let bare = || token.trim_matches(|c: char| !c.is_alphanumeric());
                if apposition.waits(token)
                    && let Some(person) = apposition.read(token, bare(), &run)
                {
                    speakers.names.insert(person);
                }
                if !run.is_empty() {
                    speakers.read(bare(), &run, after_preposition);
                    flush(&mut run, (role_before, role_word), after_preposition);
                }
                previous = token;
                previous_closed = token.ends_with([':', ',', ';']);
                continue;
            }
            if run.is_empty() {
                let previous = previous.trim_matches(|c: char| !c.is_alphanumeric());
                (role_before, role_word) = before_run(previous, previous_closed, token);
                after_preposition =
                    matches!(previous, "of" | "for" | "from" | "in" | "at" | "with");
            }
            previous = "";
            // `Korean Central News Agency (KCNA)`: the letters stand for the name.
            if let Some((acronym, named)) = acronym_of(token, &run) {
                acronyms
                    .entry(acronym.to_owned())
                    .or_insert_with(|| named.join(" "));
                flush(&mut run, (role_before, role_word), after_preposition);
                continue;
            }
            let word = bare_word(token);
            let ends_phrase =
                token.ends_with([',', ';', ':', ')', '”', '"', '!', '?']) || token.ends_with(". ");
            let core = token.trim_end_matches(|c: char| !c.is_alphanumeric());
            let possessive = core.ends_with("’s") || core.ends_with("'s");
            let capitalised =
                word.chars().next().is_some_and(char::is_uppercase) || particle_joined(word);
            if capitalised {
                // An initial keeps its full stop (`Edward C. White`).
                let bare = word.trim_end_matches('.');
                run.push(if single_char(bare) { word } else { bare });
            } else {
                flush(&mut run, (role_before, role_word), after_preposition);
                role_before = false;
                after_preposition = false;
            }
            let initial = single_char(word.trim_end_matches('.'));
            if let Some(person) = apposition.read(token, word, &run) {
                speakers.names.insert(person);
            }
            if ends_phrase
                || possessive
                || token.ends_with('.') && !is_role(word) && !is_honorific(word) && !initial
            {
                flush(&mut run, (role_before, role_word), after_preposition);
                role_before = false;
                after_preposition = false;
            }
        }
        flush(&mut run, (role_before, role_word), after_preposition);
        persons.extend(speakers.names.into_iter().filter(|w| {
            !single_char(w) && !w.is_empty() && !is_opener(w) && !STARTERS.contains(w)
        }));
        Self {
            full,
            first,
            parts,
            acronyms,
            gender,
            persons,
            roles,
        }
    }

    /// The person a definite description names (`the foreign minister`), when the
    /// article gave that title before a full name.
    pub fn by_role(&self, description: &str) -> Option<&str> {
        let (article, title) = description.split_once(' ')?;
        if !article.eq_ignore_ascii_case("the") {
            return None;
        }
        let title = title.to_lowercase();
        let head = title.rsplit(' ').next().unwrap_or(&title);
        self.roles
            .get(&title)
            .or_else(|| self.roles.get(head))
            .map(String::as_str)
    }

    /// The full name for a surname (or a first name, or the first words of a name) the
    /// article gives in full elsewhere, else `name`: the first one it gives.
    pub fn complete(&self, name: &str) -> String {
        if name.contains(' ') {
            return self
                .parts
                .get(name)
                .cloned()
                .unwrap_or_else(|| name.to_owned());
        }
        self.acronyms
            .get(name)
            .or_else(|| self.full.get(name))
            .or_else(|| self.first.get(name))
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    }
}

/// `token` without the marks around it, but the full stop right after its last letter
/// (`C.`, `Inc.`): `“Facebook Ireland Limited”.` gives `Limited`.
fn bare_word(token: &str) -> &str {
    let end = token.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let end = if token[end..].starts_with('.') {
        end + 1
    } else {
        end
    };
    token[..end].trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The maps a full name completes from.
type Completions<'m> = (
    &'m mut HashMap<String, String>,
    &'m mut HashMap<String, String>,
    &'m mut HashMap<String, String>,
);

/// Records the full name `joined` (the words `name`) under its parts of two words or more,
/// its first name and its surname, unless a name came with them first. A single word is
/// completed from the first name or surname: `Fiona` is Fiona Parry even when Eloise Parry
/// came first.
fn record_name((parts, first, full): Completions, name: &[&str], joined: String) {
    for k in 2..name.len() {
        for part in [&name[..k], &name[name.len() - k..]] {
            parts
                .entry(part.join(" "))
                .or_insert_with(|| joined.clone());
        }
    }
    // `Ford` stays Ford, not `Ford Motor Company`: a company is no first name.
    let company = name.last().is_some_and(|w| ORGANISATION_WORDS.contains(w));
    if let Some(given) = name.first().filter(|_| !company) {
        first
            .entry((*given).to_owned())
            .or_insert_with(|| joined.clone());
    }
    if let Some(last) = name.last()
        && !full.contains_key(*last)
    {
        full.insert((*last).to_owned(), joined);
    }
}

/// A hash of a run of capitalised words and what comes before it, to know it again.
fn run_key(run: &[&str], role_before: bool, role_word: &str, after_preposition: bool) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    (run, role_before, role_word, after_preposition).hash(&mut hasher);
    hasher.finish()
}

/// The names an article makes speakers of: the name before a verb of saying (`Ruiz
/// said`), or before `of` when a company's name comes between (`David Buik of BGC
/// Partners commented`).
#[derive(Default)]
struct Speakers {
    /// The surnames found so far.
    names: HashSet<String>,
    /// The surname before the last `of`, `from` or `at`.
    owner: Option<String>,
}

impl Speakers {
    /// Reads the word `bare`, in small letters, right after the capitalised words `run`
    /// (which come after a preposition when `after_preposition`).
    fn read(&mut self, bare: &str, run: &[&str], after_preposition: bool) {
        let Some(name) = run.last() else {
            return;
        };
        if is_speech_verb(bare) {
            if after_preposition {
                self.names.extend(self.owner.take());
            } else if !self.names.contains(*name) {
                self.names.insert((*name).to_owned());
            }
        }
        if matches!(bare, "of" | "from" | "at") && run.len() >= 2 {
            self.owner = Some((*name).to_owned());
        }
    }
}

/// A full name set off by a comma (`Peter Cardillo, chief market economist at Avalon,`),
/// waiting a few words for a role or an age that makes it a person's.
#[derive(Default)]
struct Apposition {
    /// The surname of the name before the comma.
    surname: Option<String>,
    /// How many more words the role may come in.
    left: u8,
    /// The name is a single word, which only an age makes a person's.
    alone: bool,
}

impl Apposition {
    /// `true` when `token` can change anything: a name waits for its role, or a comma
    /// may set one off.
    #[inline]
    fn waits(&self, token: &str) -> bool {
        self.surname.is_some() || token.ends_with(',')
    }

    /// Reads `token` (`bare`: its letters and digits), with `run` the capitalised words
    /// before it; returns the surname once a role or an age follows it.
    #[inline]
    fn read(&mut self, token: &str, bare: &str, run: &[&str]) -> Option<String> {
        if !self.waits(token) {
            return None;
        }
        let surname = self.surname.take();
        if let Some(surname) = surname
            && self.left > 0
        {
            let age = (1..=3).contains(&bare.len()) && bare.bytes().all(|b| b.is_ascii_digit());
            if (is_role(bare) && !self.alone) || age {
                return Some(surname);
            }
            // `General Motors, but stated that General…`: a clause goes on, not a description.
            let clause = is_speech_verb(bare) || matches!(bare, "that" | "but" | "and" | "who");
            if !token.ends_with(['.', ';', ':']) && !clause {
                self.left -= 1;
                self.surname = Some(surname);
            }
        }
        if token.ends_with(',') && (1..=4).contains(&run.len()) {
            self.surname = run.last().map(|name| (*name).to_owned());
            // A lone word before a comma is mostly an opener (`However,`): only an age
            // makes it a person's (`Barra, 51,`).
            self.left = if run.len() == 1 { 1 } else { 5 };
            self.alone = run.len() == 1;
        }
        None
    }
}

/// The words of a text split on ASCII white space, with a `"\n"` token after each blank
/// line (`\n\n`) and one at the end: the paragraphs' words, each paragraph closed.
struct Tokens<'a> {
    text: &'a str,
    /// Where the next token or white space starts.
    at: usize,
    /// A paragraph ended in the white space just passed.
    ended: bool,
    /// The end of the text has been given.
    done: bool,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            ended: false,
            done: false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        loop {
            if std::mem::take(&mut self.ended) {
                return Some("\n");
            }
            let Some(&byte) = bytes.get(self.at) else {
                return (!std::mem::replace(&mut self.done, true)).then_some("\n");
            };
            if byte.is_ascii_whitespace() {
                // Blank lines pair up from the left, as `str::split("\n\n")` finds them.
                if byte == b'\n' && bytes.get(self.at + 1) == Some(&b'\n') {
                    self.ended = true;
                    self.at += 2;
                } else {
                    self.at += 1;
                }
                continue;
            }
            let start = self.at;
            self.at = start + white_space_at(&bytes[start..]);
            // White space is ASCII: both ends are char boundaries.
            return self.text.get(start..self.at);
        }
    }
}

/// The offset of the first ASCII white space in `bytes` (its length if none), found eight
/// bytes at a time: white space is among the bytes below `!`, which a word rarely holds.
fn white_space_at(bytes: &[u8]) -> usize {
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        // Every byte below `!` is flagged (and, after one, maybe a byte above it that
        // borrowed): each flagged byte is looked at, lowest first.
        let mut low = byte_scan::bytes_below(byte_scan::word(chunk), b'!');
        while low != 0 {
            let i = at + (low.trailing_zeros() / 8) as usize;
            if bytes[i].is_ascii_whitespace() {
                return i;
            }
            low &= low - 1;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(bytes.len(), |n| at + n)
}

/// The acronym in `token` (`(KCNA)`, `(KCNA),`) when its letters are the initials of the
/// capitalised words of `run` (`Korean Central News Agency`), with the words it stands for
/// (a `The` before them aside).
fn acronym_of<'a, 'b, 'c>(token: &'a str, run: &'b [&'c str]) -> Option<(&'a str, &'b [&'c str])> {
    let inner = token
        .strip_prefix('(')?
        .trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let inner = inner.strip_suffix(')').unwrap_or(inner);
    let letters = (2..=8).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase());
    if !letters {
        return None;
    }
    let run = &run[run.iter().take_while(|w| is_opener(w)).count()..];
    let initials: String = run
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (initials == inner).then_some((inner, run))
}

/// Particles joined by a hyphen to the capitalised name they belong to (`al-Amr`).
const JOINED_PARTICLES: [&str; 12] = [
    "abu", "al", "an", "ar", "as", "ash", "at", "ad", "bin", "el", "ibn", "ul",
];

/// `true` for a name that a particle in small letters opens (`al-Amr`, `el-Sisi`,
/// `bin-Talal`).
pub fn particle_joined(word: &str) -> bool {
    let short = word
        .as_bytes()
        .get(..4)
        .is_some_and(|head| head.contains(&b'-'));
    short
        && word.split_once('-').is_some_and(|(particle, rest)| {
            JOINED_PARTICLES.contains(&particle)
                && rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// `true` when the first letter or digit of `token` (after any quotation marks or
/// brackets) is a capital letter, or a particle opens a name (`al-Amr`).
fn starts_with_capital(token: &str) -> bool {
    match token.as_bytes().first() {
        Some(b'a' | b'b' | b'e' | b'i' | b'u') if particle_joined(token) => true,
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
pub fn is_not_a_name(word: &str) -> bool {
    is_function_word(word) || NOT_NAMES.contains(word)
}

/// `true` for words that start sentences but never names (`The`, `In`, `But`).
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

/// `true` when `name` can be a name: no word of it is a pronoun, a function word or a word
/// that opens a sentence (`Kenya He`, `Can I`), and a single word is no `-ing` form
/// (`Talking`).
pub fn plausible(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let single_participle = words.len() == 1 && name.to_lowercase().ends_with("ing");
    !single_participle
        && !words.is_empty()
        && words.iter().enumerate().all(|(i, w)| {
            // `Department of Agriculture`, `Mohammad bin Salman`: small words inside.
            let inside = i > 0
                && i + 1 < words.len()
                && (matches!(*w, "of" | "the" | "for" | "and" | "on")
                    || PARTICLES.contains_as_written(w));
            // `December 10, 2013`: a date; `May` may be a name.
            let date = *w != "May" && (MONTHS.contains(w) || WEEKDAYS.contains(w));
            inside
                || !date
                    && !is_opener(w)
                    && !STARTERS.contains(w)
                    && !SINGULAR_PRONOUNS.contains(w)
                    && !PLURAL_PRONOUNS.contains(w)
                    && *w != "I"
        })
}

/// `true` for a capitalised word that opens a sentence or a phrase rather than a name
/// (`However`, `Selon`, `In`).
fn is_opener(word: &str) -> bool {
    is_not_a_name(word)
        || ACCORDING_TO.contains(word)
        || ADVERBIAL_LEADS.contains(word)
        || SUBORDINATORS.contains(word)
}

/// Where the titles before a name end: after the last role word, or after an honorific
/// (`Education Mr. Toccafondi`), but a single letter only at the head (`M.` in
/// `Robert M. Danin` is an initial).
pub fn title_end(run: &[&str]) -> usize {
    let end = run
        .iter()
        .enumerate()
        .rposition(|(k, w)| {
            let spelled_out = {
                let bare = w.trim_end_matches('.');
                !bare.is_empty() && !single_char(bare)
            };
            is_role(w)
                || (is_honorific(w)
                    && k + 1 < run.len()
                    && (spelled_out || run[..k].iter().all(|b| is_role(b) || is_honorific(b))))
        })
        .map_or(0, |p| p + 1);
    // `General Motors`, `General Electric`: a title that opens a company's name.
    let company = end < run.len() && run[end..].iter().all(|w| ORGANISATION_WORDS.contains(w));
    if company { 0 } else { end }
}

/// `true` when `word` is exactly one char, found without counting them all.
fn single_char(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Whether the word before a run of capitalised words starting with `token` makes it a
/// person's (a role, or a verb of saying: `said Tom Forte`), and that word when it is a
/// role. `closed`: the word ended a clause (`added:`).
fn before_run<'a>(previous: &'a str, closed: bool, token: &str) -> (bool, &'a str) {
    if previous.is_empty() {
        return (false, "");
    }
    if is_role(previous) {
        return (true, previous);
    }
    let opens_quotation = token.starts_with(['"', '“', '«', '„', '‘', '\'']);
    let speaks = is_speech_verb(previous)
        && !VERBS_WITH_OBJECT.contains(previous)
        && !closed
        && !opens_quotation;
    (speaks, "")
}

/// Records `title` (the words before a full name, honorifics aside) and its last word as
/// naming `name`, unless a name came with them first.
fn record_title(roles: &mut HashMap<String, String>, title: &[&str], name: &str) {
    let words: Vec<String> = title
        .iter()
        .filter(|w| !is_honorific(w))
        .map(|w| w.to_lowercase())
        .collect();
    if let Some(last) = words.last() {
        roles
            .entry(words.join(" "))
            .or_insert_with(|| name.to_owned());
        roles.entry(last.clone()).or_insert_with(|| name.to_owned());
    }
}

/// `true` for an honorific (`Mr.`, `Mme`, `Herr`).
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(word.trim_end_matches('.'))
}

/// Words that end the name of a country: a name that goes on past one is a person's.
const PLACE_ENDS: [&str; 6] = [
    "states", "kingdom", "nations", "republic", "emirates", "islands",
];

/// `true` for a name that reads as an organisation's: it ends in a word such as `Agency`
/// or `Bank`, or it is letters standing for one (`KCNA`, `PBS`).
pub fn organisation_like(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let acronym =
        !name.contains(' ') && name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
    acronym || ORGANISATION_WORDS.contains(last)
}

/// `true` for a word that ends the name of a country (`States`, `Kingdom`).
pub fn ends_a_place(word: &str) -> bool {
    PLACE_ENDS.contains(&word.to_lowercase().as_str())
}

/// A run of capitalised words without the institution or country that opens it, when a
/// name of two words or more follows (`Refugee Council Enver Solomon` → `Enver Solomon`,
/// `United States Hamdullah Mohib` → `Hamdullah Mohib`).
pub fn after_institution<'a, 'b>(run: &'b [&'a str]) -> &'b [&'a str] {
    run.iter()
        .take(run.len().saturating_sub(2))
        .rposition(|w| {
            ORGANISATION_WORDS.contains(w) || PLACE_ENDS.contains(&w.to_lowercase().as_str())
        })
        .map_or(run, |end| &run[end + 1..])
}

/// `true` for a title or role word (`President`, `Sen.`, `spokesman`).
pub fn is_role(word: &str) -> bool {
    ROLES.contains(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_the_words_of_each_paragraph() {
        let pieces = [
            "Ann",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\n\n\n",
            "\t",
            "\r\n",
            "\u{b}",
            "\u{1f}",
            "é",
            "“Yes,”",
            "!",
        ];
        // Every piece at every offset of an eight-byte chunk, after and before every other.
        for lead in 0..9 {
            for a in pieces {
                for b in pieces {
                    let text = format!("{}{a}{b}{a}z{b}", "q".repeat(lead));
                    let expected: Vec<&str> = text
                        .split("\n\n")
                        .flat_map(|p| p.split_ascii_whitespace().chain(["\n"]))
                        .collect();
                    assert_eq!(Tokens::new(&text).collect::<Vec<_>>(), expected, "{text:?}");
                }
            }
        }
    }
}
