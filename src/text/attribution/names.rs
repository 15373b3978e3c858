//! The people an article names: full names to complete surnames with, and the capitalised
//! words that are not names.

use rustc_hash::FxHashMap as HashMap;

use crate::text::lexicon::{FUNCTION_WORDS, NOT_NAMES, ROLES};

/// The people an article names in full, so that a surname can be completed, and where
/// its capitalised words stand.
pub struct NameIndex<'a> {
    /// Surname → the first full name that ends with it.
    pub full: HashMap<String, String>,
    /// Byte offsets of capitalised words, with the word (possessive dropped).
    pub capitals: Vec<(usize, &'a str)>,
}

impl<'a> NameIndex<'a> {
    /// Collects, in one pass over the text, its capitalised words and the names of two or
    /// more capitalised words they form, without titles and roles.
    pub fn build(text: &'a str) -> Self {
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
    pub fn complete(&self, name: &str) -> String {
        if name.contains(' ') {
            return name.to_owned();
        }
        self.full
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    }

    /// `true` when `speaker` looks like a named person rather than a description.
    pub fn is_person(&self, speaker: &str) -> bool {
        speaker.chars().next().is_some_and(char::is_uppercase)
    }

    /// The named person who opens `sentence` as its subject (`Peskov was asked …`).
    pub fn subject_of(&self, sentence: &str) -> Option<String> {
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
pub fn is_not_a_name(word: &str) -> bool {
    is_function_word(word) || NOT_NAMES.contains(word)
}

/// `true` for words that start sentences but never names (`The`, `In`, `But`).
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

/// `true` for a title or role word (`President`, `Sen.`, `spokesman`).
pub fn is_role(word: &str) -> bool {
    ROLES.contains(word.trim_end_matches('.'))
}
