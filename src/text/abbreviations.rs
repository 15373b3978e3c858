//! What the word before a full stop says about whether the sentence ends there.

use super::lexicon::{BEFORE_NUMBER, CONTINUING, PREPOSITIVE, STARTERS, STATES};

/// How a word that ends in a full stop behaves at a possible sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// A title or other word that always leads on (`Mr.`, `Dr.`, `St.`, `e.g.`, `vs.`).
    Prepositive,
    /// Leads on when a number follows (`No. 5`, `p. 55`, `Jan. 5`), otherwise ends normally.
    BeforeNumber,
    /// An initialism or state abbreviation (`U.S.`, `E.U.`, `Calif.`): ends the sentence only
    /// when a word that typically starts one follows (`U.S. How…` but not `U.S. Government`).
    Initialism,
    /// A clock abbreviation (`a.m.`, `P.M.`).
    Clock,
    /// A single letter (`E.` in `Jonas E. Smith`, `I.` in `you and I.`).
    Letter,
    /// An ordinary word, number, URL or e-mail address, or a suffix such as `Inc.` or `Jr.`
    /// (`& Co. It closed` ends, `& Co. at noon` does not), which ends like a word.
    Plain,
}

/// Classifies `word`, the text just before a full stop (without that stop).
pub fn classify(word: &str) -> WordKind {
    if word.is_empty() || is_address(word) {
        return WordKind::Plain;
    }
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if bare.is_empty() {
        return WordKind::Plain;
    }
    let mut letters = bare.chars();
    if let (Some(c), None) = (letters.next(), letters.next())
        && c.is_alphabetic()
    {
        return WordKind::Letter;
    }
    if bare.eq_ignore_ascii_case("a.m") || bare.eq_ignore_ascii_case("p.m") {
        return WordKind::Clock;
    }
    // `el sr. Gillard`: in small letters, Spanish `sr.` is a title, not `Sr.` (Senior).
    if PREPOSITIVE.contains(bare) || bare == "sr" {
        return WordKind::Prepositive;
    }
    if BEFORE_NUMBER.contains(bare) {
        return WordKind::BeforeNumber;
    }
    let starts_upper = word
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    if is_dotted_initialism(bare) || (starts_upper && STATES.contains(bare)) {
        return WordKind::Initialism;
    }
    WordKind::Plain
}

/// `true` when `word` typically starts a sentence (compared without case).
pub fn is_starter(word: &str) -> bool {
    let end = word
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(word.len());
    STARTERS.contains(&word[..end])
}

/// Single letters separated by full stops: `U.S`, `e.g`, `U.S.A`, `D.C`.
/// `true` when a sentence may end at a full stop after `word` although the next opens in
/// small letters, as names and commands do (`…in the parent repo. git blame points…`): a
/// word of three or more letters, small but for the first, that is no abbreviation.
pub fn ends_before_small_letter(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().skip(1).all(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && !PREPOSITIVE.contains(word)
        && !BEFORE_NUMBER.contains(word)
        && !CONTINUING.contains(word)
}

fn is_dotted_initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

/// URLs and e-mail addresses end like ordinary words.
fn is_address(word: &str) -> bool {
    word.contains("://")
        || word.contains('@')
        || word
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case("www."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words_before_a_full_stop() {
        let cases = [
            ("Mr", WordKind::Prepositive),
            ("Dr", WordKind::Prepositive),
            ("e.g", WordKind::Prepositive),
            ("Co", WordKind::Plain),
            ("No", WordKind::BeforeNumber),
            ("Jan", WordKind::BeforeNumber),
            ("U.S", WordKind::Initialism),
            ("U.S.A", WordKind::Initialism),
            ("Calif", WordKind::Initialism),
            ("a.m", WordKind::Clock),
            ("P.M", WordKind::Clock),
            ("E", WordKind::Letter),
            ("Jane.Doe@example.com", WordKind::Plain),
            ("100.00", WordKind::Plain),
            ("history", WordKind::Plain),
        ];
        for (word, kind) in cases {
            assert_eq!(classify(word), kind, "{word}");
        }
    }

    #[test]
    fn knows_sentence_starters() {
        assert!(is_starter("How"));
        assert!(is_starter("It’s"));
        assert!(!is_starter("Government"));
    }
}
