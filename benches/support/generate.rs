//! Deterministic generator of long article pairs made of real prose, for benchmarks.
//!
//! Sentences come from the repository's fixtures (Wikinews revisions, the GUM paragraphs
//! and the sample pair). Each generated sentence is a fixture sentence with two of its
//! words swapped for other words of the corpus, so that sentences are almost all distinct,
//! as in a real article. The newer version applies a given share of edits, removals,
//! additions and moves to the older one, and can also move every paragraph.

#![allow(
    dead_code,
    reason = "shared by the benches and the make_pair example, which use different parts"
)]

use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Approximate size of the older version in bytes.
    pub bytes: usize,
    /// Share of sentences touched, split evenly between edits, removals, additions and
    /// moves (0.01 for 1%).
    pub change_rate: f64,
    /// Share of sentences reworded on top of that (0.2 for the reshuffled worst case).
    pub edit_rate: f64,
    /// Move every paragraph to a new place.
    pub shuffle_paragraphs: bool,
    /// Seed of the random choices.
    pub seed: u64,
}

/// A generated pair: paragraphs of sentences for both versions.
pub struct Pair {
    /// The older version.
    pub old: Vec<Vec<String>>,
    /// The newer version.
    pub new: Vec<Vec<String>>,
}

impl Pair {
    /// A version as an article: sentences joined by spaces, paragraphs by blank lines.
    pub fn article(paragraphs: &[Vec<String>]) -> String {
        let mut out = String::new();
        for p in paragraphs {
            out.push_str(&p.join(" "));
            out.push_str("\n\n");
        }
        out
    }

    /// A version with one sentence a line (the form line-based tools compare).
    pub fn lines(paragraphs: &[Vec<String>]) -> String {
        let mut out = String::new();
        for sentence in paragraphs.iter().flatten() {
            out.push_str(sentence);
            out.push('\n');
        }
        out
    }
}

/// Reads the fixture sentences under `root` (the repository).
pub fn corpus(root: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    let revisions = root.join("tests/fixtures/revisions/iterater_human_news.jsonl");
    if let Ok(lines) = std::fs::read_to_string(&revisions) {
        for line in lines.lines() {
            if let Ok(record) = serde_json::from_str::<serde_json::Value>(line) {
                for key in ["before_revision", "after_revision"] {
                    if let Some(t) = record[key].as_str() {
                        texts.push(t.to_owned());
                    }
                }
            }
        }
    }
    let gum = root.join("tests/fixtures/segmentation/gum_news_paragraphs_en.json");
    if let Ok(json) = std::fs::read_to_string(&gum)
        && let Ok(serde_json::Value::Array(cases)) = serde_json::from_str(&json)
    {
        texts.extend(
            cases
                .iter()
                .filter_map(|c| c["text"].as_str().map(str::to_owned)),
        );
    }
    for seed in ["putin-v1.txt", "putin-v2.txt"] {
        if let Ok(t) = std::fs::read_to_string(root.join("tests/fixtures/seed").join(seed)) {
            texts.push(t);
        }
    }
    let mut sentences = Vec::new();
    for text in &texts {
        let doc = palimpsest::document::Document::from_text("corpus", text);
        for id in 0..doc.sentences.len() {
            let s = doc.sentence_text(id);
            if s.split_whitespace().count() >= 6 && s.ends_with('.') {
                sentences.push(s.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    sentences.sort();
    sentences.dedup();
    sentences
}

/// Generates a pair from `corpus` sentences.
pub fn generate(corpus: &[String], spec: Spec) -> Pair {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let words = Words::new(corpus);
    let old = words.article(spec.bytes, &mut rng);
    let new = words.edit(&old, &spec, &mut rng);
    Pair { old, new }
}

/// A story of `bytes` bytes through `versions` versions, each made from the one before
/// with `spec`'s rates of change: for benchmarks of `palimpsest history`.
pub fn chain(corpus: &[String], spec: Spec, versions: usize) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let words = Words::new(corpus);
    let mut current = words.article(spec.bytes, &mut rng);
    let mut out = Vec::with_capacity(versions);
    for _ in 0..versions {
        out.push(Pair::article(&current));
        current = words.edit(&current, &spec, &mut rng);
    }
    out
}

/// The corpus's sentences and the words to reword them with.
struct Words<'a> {
    corpus: &'a [String],
    vocabulary: Vec<&'a str>,
}

impl<'a> Words<'a> {
    fn new(corpus: &'a [String]) -> Self {
        let vocabulary = corpus
            .iter()
            .flat_map(|s| s.split_whitespace())
            .filter(|w| w.chars().all(char::is_alphabetic) && w.len() > 3)
            .collect();
        Self { corpus, vocabulary }
    }

    /// A corpus sentence with two words replaced.
    fn fresh(&self, rng: &mut fastrand::Rng) -> String {
        let base = &self.corpus[rng.usize(..self.corpus.len())];
        let mut words: Vec<&str> = base.split_whitespace().collect();
        for _ in 0..2 {
            let at = rng.usize(1..words.len() - 1);
            if words[at].chars().all(char::is_alphabetic) {
                words[at] = self.vocabulary[rng.usize(..self.vocabulary.len())];
            }
        }
        words.join(" ")
    }

    /// Paragraphs of three to six fresh sentences, `bytes` bytes in all.
    fn article(&self, bytes: usize, rng: &mut fastrand::Rng) -> Vec<Vec<String>> {
        let mut old: Vec<Vec<String>> = Vec::new();
        let mut size = 0;
        while size < bytes {
            let count = rng.usize(3..=6);
            let paragraph: Vec<String> = (0..count).map(|_| self.fresh(rng)).collect();
            size += paragraph.iter().map(|s| s.len() + 1).sum::<usize>() + 1;
            old.push(paragraph);
        }
        old
    }

    /// `old` with sentences reworded, removed, added and moved at `spec`'s rates.
    fn edit(&self, old: &[Vec<String>], spec: &Spec, rng: &mut fastrand::Rng) -> Vec<Vec<String>> {
        let quarter = spec.change_rate / 4.0;
        let mut new: Vec<Vec<String>> = Vec::with_capacity(old.len());
        let mut moving: Vec<String> = Vec::new();
        for paragraph in old {
            let mut out = Vec::with_capacity(paragraph.len() + 1);
            for sentence in paragraph {
                let roll = rng.f64();
                if roll < quarter {
                    out.push(reword(sentence, &self.vocabulary, rng));
                } else if roll < 2.0 * quarter {
                    continue;
                } else if roll < 3.0 * quarter {
                    out.push(sentence.clone());
                    out.push(self.fresh(rng));
                } else if roll < 4.0 * quarter {
                    moving.push(sentence.clone());
                } else if rng.f64() < spec.edit_rate {
                    out.push(reword(sentence, &self.vocabulary, rng));
                } else {
                    out.push(sentence.clone());
                }
            }
            new.push(out);
        }
        for sentence in moving {
            let paragraph = rng.usize(..new.len());
            let at = rng.usize(..=new[paragraph].len());
            new[paragraph].insert(at, sentence);
        }
        new.retain(|p| !p.is_empty());
        if spec.shuffle_paragraphs {
            rng.shuffle(&mut new);
        }
        new
    }
}

/// Replaces one to three words of `sentence`.
fn reword(sentence: &str, vocabulary: &[&str], rng: &mut fastrand::Rng) -> String {
    let mut words: Vec<&str> = sentence.split_whitespace().collect();
    for _ in 0..rng.usize(1..=3) {
        let at = rng.usize(..words.len().saturating_sub(1).max(1));
        words[at] = vocabulary[rng.usize(..vocabulary.len())];
    }
    words.join(" ")
}
