//! Fixed lists of words, looked up without regard to case and without allocating.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A set of lower-case words.
pub struct Words {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The words as hash sets, with what lets most lookups end before hashing: the shortest
/// and longest word's length in bytes, the lengths of the words each byte starts (bit
/// `n` for `n` bytes, bit 31 for 31 or more), and which bytes the words end with. Words of
/// up to 16 bytes are kept packed in a number, which hashes in two multiplications.
struct Index {
    set: FxHashSet<&'static [u8]>,
    packed: FxHashSet<u128>,
    shortest: usize,
    longest: usize,
    lengths_by_first: [u32; 256],
    last_bytes: [bool; 256],
}

impl Index {
    /// `true` unless no word has the first byte, the length and the last byte of `bytes`.
    fn may_hold(&self, bytes: &[u8], first: u8, last: u8) -> bool {
        let length_bit = 1u32 << bytes.len().min(31);
        self.lengths_by_first[usize::from(first)] & length_bit != 0
            && self.last_bytes[usize::from(last)]
    }
}

/// The bytes of a word of at most 16 bytes in one number, in lower case when asked (no
/// word holds a NUL byte, so the padding tells no two words apart wrongly).
fn pack(bytes: &[u8], lower: bool) -> u128 {
    bytes.iter().rev().fold(0u128, |key, &b| {
        (key << 8) | u128::from(if lower { b.to_ascii_lowercase() } else { b })
    })
}

impl Words {
    /// A set of the given lower-case words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            index: OnceLock::new(),
        }
    }

    /// The words, as listed.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// `true` when `word` is in the set exactly as written (no change of case).
    pub fn contains_as_written(&self, word: &str) -> bool {
        let index = self.index();
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return index.set.contains(bytes);
        };
        index.may_hold(bytes, first, last) && index.set.contains(bytes)
    }

    /// `true` when `word`, in lower case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index();
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return index.set.contains(bytes);
        };
        if !word.is_ascii() {
            return index.set.contains(word.to_lowercase().as_bytes());
        }
        if bytes.len() < index.shortest || bytes.len() > index.longest {
            return false;
        }
        if !index.may_hold(bytes, first.to_ascii_lowercase(), last.to_ascii_lowercase()) {
            return false;
        }
        if bytes.len() <= 16 {
            return index.packed.contains(&pack(bytes, true));
        }
        index.set.contains(word.to_ascii_lowercase().as_bytes())
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut lengths_by_first = [0u32; 256];
            let mut last_bytes = [false; 256];
            for word in self.words {
                let bytes = word.as_bytes();
                if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
                    lengths_by_first[usize::from(first)] |= 1 << bytes.len().min(31);
                    last_bytes[usize::from(last)] = true;
                }
            }
            Index {
                set: self.words.iter().map(|w| w.as_bytes()).collect(),
                packed: self
                    .words
                    .iter()
                    .filter(|w| w.len() <= 16)
                    .map(|w| pack(w.as_bytes(), false))
                    .collect(),
                shortest: self.words.iter().map(|w| w.len()).min().unwrap_or(0),
                longest: self.words.iter().map(|w| w.len()).max().unwrap_or(0),
                lengths_by_first,
                last_bytes,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Words = Words::new(&["said", "mr", "т.е"]);
    static LONG: Words = Words::new(&["responsabilidades", "x"]);

    #[test]
    fn every_listed_word_passes_the_filters() {
        use crate::text::lexicon::*;
        static VERY_LONG: Words = Words::new(&["an-unusually-long-word-of-forty-bytes-ok", "ab"]);
        let lists: &[&Words] = &[
            &VERY_LONG,
            &SPEECH_VERBS,
            &VERBS_WITH_OBJECT,
            &ADVERBS,
            &CLAUSE_WORDS,
            &PREPOSITIONS,
            &ROLES,
            &GENERIC_SOURCES,
            &DETERMINERS,
            &PARTICLES,
            &FEMALE_FIRST_NAMES,
            &MALE_FIRST_NAMES,
            &COMPANY_SUFFIXES,
            &NOT_NAMES,
            &FUNCTION_WORDS,
            &PREPOSITIVE,
            &BEFORE_NUMBER,
            &STATES,
            &CONTINUING,
            &STARTERS,
            &RELATIVE_DATES,
            &DATE_LEADS,
            &DATE_PERIODS,
            &NEGATIONS,
            &DEMONYM_ENDINGS,
            &NUMBER_IDIOMS,
            &ACCORDING_TO,
            &SINGULAR_PRONOUNS,
            &ORGANISATION_WORDS,
            &PLURAL_PRONOUNS,
            &AUXILIARIES,
            &BE_FORMS,
            &SUBORDINATORS,
            &ADVERBIAL_LEADS,
            &HONORIFICS,
            &STOP_WORDS,
        ];
        for list in lists {
            for word in list.words() {
                let mut capitalised = word.chars();
                let capitalised: String = capitalised
                    .next()
                    .map(|c| c.to_uppercase().chain(capitalised).collect())
                    .unwrap_or_default();
                assert!(list.contains(word), "{word}");
                assert!(list.contains(&word.to_uppercase()), "{word}");
                assert!(list.contains(&capitalised), "{word}");
                assert!(list.contains_as_written(word), "{word}");
            }
        }
        assert!(!VERY_LONG.contains("an-unusually-long-word-of-forty-bytes-OX"));
    }

    #[test]
    fn case_does_not_matter() {
        assert!(SAMPLE.contains("Said"));
        assert!(SAMPLE.contains("MR"));
        assert!(SAMPLE.contains("Т.Е"));
        assert!(!SAMPLE.contains("sai"));
        assert!(!SAMPLE.contains(&"x".repeat(40)));
        assert!(!SAMPLE.contains(""));
        assert!(!SAMPLE.contains("m"));
        assert!(SAMPLE.contains_as_written("said"));
        assert!(LONG.contains("Responsabilidades"));
        assert!(!LONG.contains("responsabilidade"));
        assert!(!LONG.contains("responsabilidadesx"));
        assert!(!SAMPLE.contains_as_written("Said"));
    }
}
