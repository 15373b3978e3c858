//! Fixed lists of words, looked up without regard to case and without allocating.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A set of lower-case words.
pub struct Words {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl Words {
    /// A set of the given lower-case words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    /// The words, as listed.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// `true` when `word` is in the set exactly as written (no change of case).
    pub fn contains_as_written(&self, word: &str) -> bool {
        self.set().contains(word)
    }

    /// `true` when `word`, in lower case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        let set = self.set();
        let mut buffer = [0u8; 32];
        match buffer.get_mut(..word.len()) {
            Some(slot) if word.is_ascii() => {
                slot.copy_from_slice(word.as_bytes());
                slot.make_ascii_lowercase();
                std::str::from_utf8(slot).is_ok_and(|w| set.contains(w))
            }
            _ => set.contains(word.to_lowercase().as_str()),
        }
    }

    fn set(&self) -> &FxHashSet<&'static str> {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: Words = Words::new(&["said", "mr", "т.е"]);

    #[test]
    fn case_does_not_matter() {
        assert!(SAMPLE.contains("Said"));
        assert!(SAMPLE.contains("MR"));
        assert!(SAMPLE.contains("Т.Е"));
        assert!(!SAMPLE.contains("sai"));
        assert!(!SAMPLE.contains(&"x".repeat(40)));
    }
}
