//! Quantities: digits and written numbers (`three`, `a dozen`, `1.5 million`), with their
//! unit (a percentage, a sum of money), and ordinals. `5`, `five` and `5th` are the same
//! quantity (an ordinal counts like its number), as are `30,000` and `30.000`; `5` and
//! `6` are not.

use std::ops::Range;

use super::Mention;
use super::tokens::Token;
use crate::text::lexicon::{
    CURRENCIES, NUMBER_IDIOMS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, lookup,
};

/// Words after which `one` is a pronoun, not a number (`the one who`).
const NOT_A_NUMBER_AFTER: [&str; 10] = [
    "the", "this", "that", "no", "any", "each", "every", "which", "another", "someone",
];

/// Words after which an ordinal word counts a place in a series.
const ORDINAL_LEADS: [&str; 13] = [
    "a", "an", "each", "every", "her", "his", "its", "my", "our", "that", "the", "their", "this",
];

/// The quantities of `text`, leaving out the tokens inside `taken` (dates).
pub fn quantities(text: &str, tokens: &[Token], taken: &[Range<usize>]) -> Vec<Mention> {
    let free = |t: &Token| !taken.iter().any(|r| r.start <= t.start && t.end <= r.end);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !free(t) {
            i += 1;
            continue;
        }
        let Some((mut value, ordinal)) = value_of(t) else {
            i += 1;
            continue;
        };
        let previous = i.checked_sub(1).map(|p| tokens[p].text.to_lowercase());
        let pronoun = t.text.eq_ignore_ascii_case("one")
            && (previous
                .as_deref()
                .is_some_and(|p| NOT_A_NUMBER_AFTER.contains(&p))
                || tokens.get(i + 1).is_some_and(|n| n.text == "of"));
        let time_unit = t.text.eq_ignore_ascii_case("second")
            && previous
                .as_deref()
                .is_some_and(|p| matches!(p, "a" | "per" | "every"));
        // An ordinal word counts after a determiner (`the third round`, `its second`), not
        // as an adverb (`read out Round 2 first`).
        let adverb = ordinal
            && !t.is_number()
            && !t.text.contains('-')
            && !previous.as_deref().is_some_and(|p| {
                ORDINAL_LEADS.contains(&p) || p.ends_with("'s") || p.ends_with("’s")
            });
        if pronoun || time_unit || adverb || NUMBER_IDIOMS.contains(t.text) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        // Written numbers and scales that follow on: `twenty five`, `1.5 million`.
        while let Some(next) = tokens.get(end).filter(|n| free(n)) {
            if let Some(scale) = lookup(SCALE_WORDS, next.text) {
                value *= scale;
            } else if let Some((more, false)) = value_of(next).filter(|_| !next.is_number()) {
                if more >= 1.0 && value >= 20.0 && more < 10.0 {
                    value += more;
                } else {
                    break;
                }
            } else {
                break;
            }
            end += 1;
        }
        let mut unit = String::new();
        let mut first = start;
        if let Some(currency) = start
            .checked_sub(1)
            .and_then(|p| lookup(CURRENCIES, tokens[p].text))
        {
            unit = format!("money {currency}");
            first = start - 1;
        }
        if let Some(next) = tokens.get(end) {
            let after = next.text.to_lowercase();
            if after == "%" || after == "percent" {
                unit = "percent".to_owned();
                end += 1;
            } else if after == "per" && tokens.get(end + 1).is_some_and(|n| n.text == "cent") {
                unit = "percent".to_owned();
                end += 2;
            } else if let Some(currency) = lookup(CURRENCIES, next.text).filter(|_| unit.is_empty())
            {
                unit = format!("money {currency}");
                end += 1;
            }
        }
        let (from, to) = (tokens[first].start, tokens[end - 1].end);
        out.push(Mention::new(
            text,
            from,
            to,
            format!("{unit} {}", rounded(value)),
        ));
        i = end;
    }
    out
}

/// The value of a token, and whether it is an ordinal: digits (`1,200.5`, `3bn`, `2nd`),
/// written numbers (`three`, `twenty-five`) and ordinals (`second`).
fn value_of(token: &Token) -> Option<(f64, bool)> {
    let word = token.text;
    if token.is_number() {
        let written: String = word
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .collect();
        let written = written.trim_end_matches(['.', ',']);
        let value = figure(written)?;
        let suffix = word[written.len()..].to_lowercase();
        if suffix.starts_with(['-', '‐']) || matches!(suffix.as_str(), "'s" | "’s") {
            // `23-year-old`, `15-team`, `Round 1's`.
            return Some((value, false));
        }
        return match suffix.as_str() {
            "" => Some((value, false)),
            "st" | "nd" | "rd" | "th" => Some((value, true)),
            other => lookup(SCALE_WORDS, other).map(|scale| (value * scale, false)),
        };
    }
    if let Some(value) = lookup(NUMBER_WORDS, word) {
        return Some((value, false));
    }
    if let Some(value) = lookup(ORDINAL_WORDS, word) {
        return Some((value, true));
    }
    let (head, tail) = word.split_once(['-', '‐'])?;
    // `twenty-five`
    if let (Some(tens), Some(ones)) = (lookup(NUMBER_WORDS, head), lookup(NUMBER_WORDS, tail))
        && tens >= 20.0
        && ones < 10.0
    {
        return Some((tens + ones, false));
    }
    // `eight-lane`, `nine-year`, `15-team`: the number of a compound.
    let part = Token {
        text: head,
        end: 0,
        start: 0,
        opens_sentence: false,
    };
    value_of(&part)
}

/// The value of digits written with separators: `,` groups thousands, and so does `.`
/// when every group after it has three digits and no `,` is used (`30.000`); otherwise
/// `.` is the decimal point.
fn figure(written: &str) -> Option<f64> {
    let groups: Vec<&str> = written.split('.').collect();
    let dotted_thousands = !written.contains(',')
        && groups.len() > 1
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    let digits = if dotted_thousands {
        written.replace('.', "")
    } else {
        written.replace(',', "")
    };
    digits.parse().ok()
}

/// A value as compared: six significant digits, without a trailing `.0`.
fn rounded(value: f64) -> String {
    let text = format!("{value:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        quantities(text, &tokens(text), &[])
            .into_iter()
            .map(|m| m.key)
            .collect()
    }

    #[test]
    fn quantities_of_news_prose() {
        let cases: &[(&str, &[&str])] = &[
            ("from 16 per cent to 25%", &["percent 16", "percent 25"]),
            ("a $1.2 billion deal", &["money dollar 1200000000"]),
            ("five people and 5 dogs", &[" 5", " 5"]),
            ("twenty-five or twenty five", &[" 25", " 25"]),
            ("the second round, 2nd place", &[" 2", " 2"]),
            ("Round 2 first, then a one-way ticket", &[" 2"]),
            ("Round 1's votes, Blunkett's second time", &[" 1", " 2"]),
            ("a 23-year-old and an eight-lane road", &[" 23", " 8"]),
            (
                "pay $ 30.000 or 30,000 USD",
                &["money dollar 30000", "money dollar 30000"],
            ),
            ("a dozen eggs", &[" 12"]),
            ("the one who came, one of them", &[]),
            ("wait a second", &[]),
            ("1,200 people", &[" 1200"]),
            ("a 5-year plan, a five-year plan", &[" 5", " 5"]),
            ("the 6th and the sixth", &[" 6", " 6"]),
            ("3.5 and 1.25 and 1.500", &[" 3.5", " 1.25", " 1500"]),
            ("in any court", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(keys(text), *want, "{text}");
        }
    }
}
