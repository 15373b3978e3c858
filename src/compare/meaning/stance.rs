//! Single words that carry meaning by their class: negations (`not`, `n't`, `never`, but
//! not `not only`; `not sufficient` says what `insufficient` says),
//! reporting verbs by stance (`said` is neutral, `admitted` and `claimed` are not), and
//! the words that make a statement tentative (`may`, `allegedly`, `appears`) or certain
//! (`confirmed`). An edit that only trades a word for another of the same class
//! (`couldn't` → `could not`, `said` → `told`, `may` → `might`) keeps the meaning. Verbs
//! and modals are lower case in the middle of a sentence: `States` in `United States` and
//! the month `May` are neither.

use super::Mention;
use super::tokens::Token;
use crate::text::lexicon::{ATTRIBUTION, MODALITY, NEGATIONS, lookup};

/// The negations of `text` (each keyed `not`).
pub fn negations(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let lower = t.lower();
        // `No. 5` is a number, not a negation.
        let numbered = lower == "no"
            && text[t.end..].starts_with('.')
            && tokens.get(i + 1).is_some_and(Token::is_number);
        let contracted = lower.ends_with("n't") || lower.ends_with("n’t");
        // `not only … but` adds, it does not deny.
        let not_only = lower == "not"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower().as_ref(), "only" | "just"));
        if ((NEGATIONS.contains(&lower) && !numbered) || contracted) && !not_only {
            out.push(Mention::new(text, t.start, t.end, "not".to_owned()));
        }
    }
    out
}

/// `true` when `word` is `stem` with a negative prefix (`insufficient`, `sufficient`;
/// `non-violent`, `violent`).
pub fn negated_form(word: &str, stem: &str) -> bool {
    ["un", "in", "im", "il", "ir", "non-", "non", "dis"]
        .iter()
        .any(|prefix| word.strip_prefix(prefix) == Some(stem))
        && stem.len() >= 4
}

/// The reporting verbs of `text`, keyed by stance, and `according to`.
pub fn attributions(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.is_capitalised() && !t.opens_sentence {
            continue;
        }
        let lower = t.lower();
        if lower == "according" && tokens.get(i + 1).is_some_and(|n| n.text == "to") {
            out.push(Mention::new(
                text,
                t.start,
                tokens[i + 1].end,
                "according".to_owned(),
            ));
        } else if let Some(stance) = lookup(ATTRIBUTION, &lower) {
            out.push(Mention::new(text, t.start, t.end, stance.to_owned()));
        }
    }
    out
}

/// The modal verbs and hedges of `text`, keyed by the certainty they express.
pub fn modalities(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for t in tokens {
        if t.is_capitalised() && !t.opens_sentence {
            continue;
        }
        let lower = t.lower();
        let stem = lower
            .strip_suffix("n't")
            .or_else(|| lower.strip_suffix("n’t"))
            .map(|s| match s {
                "wo" => "will",
                "ca" => "can",
                other => other,
            })
            .unwrap_or(&lower);
        if let Some(certainty) = lookup(MODALITY, stem) {
            out.push(Mention::new(text, t.start, t.end, certainty.to_owned()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn keys(found: Vec<Mention>) -> Vec<String> {
        found.into_iter().map(|m| m.key).collect()
    }

    #[test]
    fn negations_counted_whatever_their_spelling() {
        let n = |t: &str| keys(negations(t, &tokens(t))).len();
        assert_eq!(n("It couldn’t stand as evidence."), 1);
        assert_eq!(n("It could not stand as evidence."), 1);
        assert_eq!(n("Nobody came, and never without reason."), 3);
        assert_eq!(n("Rule No. 5 applies."), 0);
    }

    #[test]
    fn stances_and_certainties() {
        let a = |t: &str| keys(attributions(t, &tokens(t)));
        assert_eq!(a("He said and she told them."), ["say", "say"]);
        assert_eq!(
            a("He admitted it, according to police."),
            ["admit", "according"]
        );
        let m = |t: &str| keys(modalities(t, &tokens(t)));
        assert_eq!(m("It will rain; it won't stop."), Vec::<String>::new());
        assert_eq!(
            m("It may allegedly rain in May."),
            ["tentative", "tentative"]
        );
        assert_eq!(m("It was officially confirmed."), ["certain", "certain"]);
        assert_eq!(m("Purportedly, the United States agreed."), ["tentative"]);
    }
}
