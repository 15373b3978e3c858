//! Fixed lists of words, looked up without regard to case and without allocating.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A set of lower-case words.
pub struct Words {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The words as hash sets, with what lets most lookups end before hashing: the shortest
/// and longest word's length in bytes, and which bytes the words start with. Words of up
/// to 16 bytes are kept packed in a number, which hashes in two multiplications.
struct Index {
    set: FxHashSet<&'static [u8]>,
    packed: FxHashSet<u128>,
    shortest: usize,
    longest: usize,
    first_bytes: [bool; 256],
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
        let Some(&first) = bytes.first() else {
            return index.set.contains(bytes);
        };
        (index.shortest..=index.longest).contains(&bytes.len())
            && index.first_bytes[usize::from(first)]
            && index.set.contains(bytes)
    }

    /// `true` when `word`, in lower case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        let index = self.index();
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return index.set.contains(bytes);
        };
        if !word.is_ascii() {
            return index.set.contains(word.to_lowercase().as_bytes());
        }
        if bytes.len() < index.shortest
            || bytes.len() > index.longest
            || !index.first_bytes[usize::from(first.to_ascii_lowercase())]
        {
            return false;
        }
        if bytes.len() <= 16 {
            return index.packed.contains(&pack(bytes, true));
        }
        index.set.contains(word.to_ascii_lowercase().as_bytes())
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut first_bytes = [false; 256];
            for word in self.words {
                if let Some(&b) = word.as_bytes().first() {
                    first_bytes[usize::from(b)] = true;
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
                first_bytes,
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
