//! Dates and times: months with their days and years, weekdays, years, clock times
//! (`0600`, `6:00`, `6am`), ISO dates, and the words that date things (`yesterday`,
//! `last week`). Vague words (`recently`, `soon`) are not dates.

use super::Mention;
use super::tokens::Token;
use crate::text::lexicon::{DATE_LEADS, DATE_PERIODS, MONTHS, RELATIVE_DATES, WEEKDAYS};

/// Month abbreviations as news prose writes them (`Jan.`, `Sept.`), with their month.
const MONTH_ABBREVIATIONS: [(&str, &str); 12] = [
    ("Apr", "april"),
    ("Aug", "august"),
    ("Dec", "december"),
    ("Feb", "february"),
    ("Jan", "january"),
    ("Jul", "july"),
    ("Jun", "june"),
    ("Mar", "march"),
    ("Nov", "november"),
    ("Oct", "october"),
    ("Sep", "september"),
    ("Sept", "september"),
];

/// The date and time expressions of `text`.
pub fn dates(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(end) = date_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        let (start, stop) = (tokens[i].start, tokens[end - 1].end);
        out.push(Mention::new(
            text,
            start,
            stop,
            normalise(&text[start..stop]),
        ));
        i = end;
    }
    out
}

/// The end (exclusive token index) of the date expression that starts at token `i`.
fn date_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = &tokens[i];
    let word = t.text;
    let next = tokens.get(i + 1);
    if is_weekday(word) {
        // `Thursday, May 7, 2015` and `Sunday (20th)` are one date.
        return Some(match next {
            Some(n) if is_month(n.text) => month_date(tokens, i + 1),
            Some(n) if is_day(n) && !n.text.chars().all(|c| c.is_ascii_digit()) => {
                month_date(tokens, i + 1).max(i + 2)
            }
            Some(n) if is_day(n) && next_is_month(tokens, i + 2) => month_date(tokens, i + 2),
            _ => i + 1,
        });
    }
    // `the evening (19th)`: a day of the month in brackets.
    let bracketed = text[..t.start].ends_with('(') && text[t.end..].starts_with(')');
    if bracketed && is_day(t) && !word.chars().all(|c| c.is_ascii_digit()) {
        return Some(i + 1);
    }
    if is_month(word) && !(word == "May" && !t.opens_sentence && !next.is_some_and(is_day)) {
        return Some(month_date(tokens, i));
    }
    if is_day(t) && next.is_some_and(|n| is_month(n.text)) {
        return Some(month_date(tokens, i + 1));
    }
    if RELATIVE_DATES.contains(word) || matches!(word.to_lowercase().as_str(), "noon" | "midnight")
    {
        return Some(i + 1);
    }
    if DATE_LEADS.contains(word) {
        let mut j = i + 1;
        while tokens.get(j).is_some_and(|n| DATE_LEADS.contains(n.text)) {
            j += 1;
        }
        let period = tokens.get(j).is_some_and(|n| {
            DATE_PERIODS.contains(n.text) || is_weekday(n.text) || is_month(n.text)
        });
        // `this Saturday, May 17` is the date `Saturday, May 17`.
        let dated = is_weekday(tokens.get(j).map_or("", |n| n.text))
            && date_at(text, tokens, j).is_some_and(|end| end > j + 1);
        return (period && !dated).then_some(j + 1);
    }
    if t.is_number() {
        if is_iso_date(word) || is_clock(word) {
            return Some(i + 1);
        }
        // `0600 local time`, `0900 GMT`.
        let zone = next.is_some_and(|n| {
            matches!(
                n.text.to_lowercase().as_str(),
                "local" | "utc" | "gmt" | "hours" | "hrs" | "est" | "edt" | "pst" | "pdt" | "cet"
            )
        });
        // `0600` (no year starts with 0).
        let military = word.len() == 4
            && word.chars().all(|c| c.is_ascii_digit())
            && (word.starts_with('0') || (word.starts_with(['1', '2']) && zone))
            && word[..2].parse::<u32>().is_ok_and(|h| h <= 24)
            && word[2..].parse::<u32>().is_ok_and(|m| m < 60);
        if military {
            return Some(i + 1);
        }
        // `4 to 7pm`: a range ending in a clock time is one time.
        let range = next.is_some_and(|n| matches!(n.text, "to" | "until" | "and"))
            && tokens.get(i + 2).is_some_and(|c| is_clock(c.text))
            && word.parse::<u32>().is_ok_and(|h| h <= 24);
        if range {
            return Some(i + 3);
        }
        if let Some(n) = next {
            let clock = matches!(n.text.to_lowercase().as_str(), "a.m" | "p.m" | "am" | "pm");
            let colon = text[t.end..n.start].trim() == ":" && n.is_number();
            if clock || colon {
                let mut end = i + 2;
                if colon
                    && tokens.get(i + 2).is_some_and(|m| {
                        matches!(m.text.to_lowercase().as_str(), "a.m" | "p.m" | "am" | "pm")
                    })
                {
                    end += 1;
                }
                return Some(end);
            }
        }
        if is_year(word) && next.is_none_or(|n| n.text != "%") {
            return Some(i + 1);
        }
    }
    None
}

/// `true` when the token at `i` is a month.
fn next_is_month(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| is_month(t.text))
}

/// The end of a date that starts with a month at `i`: the month, a day, a year.
fn month_date(tokens: &[Token], i: usize) -> usize {
    let mut end = i + 1;
    if tokens.get(end).is_some_and(is_day) {
        end += 1;
    }
    if tokens.get(end).is_some_and(|t| is_year(t.text)) {
        end += 1;
    }
    end
}

fn is_month(word: &str) -> bool {
    MONTHS.contains(&word) || MONTH_ABBREVIATIONS.iter().any(|(a, _)| *a == word)
}

fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// A day of the month: 1 to 31, perhaps with an ordinal ending (`2nd`).
fn is_day(token: &Token) -> bool {
    let digits = token
        .text
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &token.text[digits.len()..];
    matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A year from 1800 to 2100, as four digits.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

/// `11am`, `9pm`.
fn is_clock(word: &str) -> bool {
    let lower = word.to_lowercase();
    let hour = lower.trim_end_matches("am").trim_end_matches("pm");
    hour.len() < lower.len() && hour.parse::<u32>().is_ok_and(|h| h <= 24)
}

/// `2017-06-02`.
fn is_iso_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

/// A date as compared: lower case, without full stops, commas, colons, brackets, ordinal
/// endings or
/// the space before `am`/`pm`, with months in full, its words in order (`February 2nd`,
/// `2 February`, `Feb. 2` and `February 2` are the same date, as are `11am` and
/// `11 a.m.`, `06:00` and `0600`).
fn normalise(text: &str) -> String {
    let cleaned = text.replace(['.', ',', ':'], "").replace(['(', ')'], " ");
    let mut words: Vec<String> = Vec::new();
    for written in cleaned.split_whitespace() {
        let word = MONTH_ABBREVIATIONS
            .iter()
            .find(|(a, _)| *a == written)
            .map_or_else(|| written.to_lowercase(), |(_, month)| (*month).to_owned());
        let word = word.as_str();
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let word = if !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
        {
            digits
        } else {
            word
        };
        match (words.last_mut(), word) {
            (Some(last), "am" | "pm") if last.chars().all(|c| c.is_ascii_digit()) => {
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
    }
    words.sort();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn found(text: &str) -> Vec<String> {
        dates(text, &tokens(text))
            .into_iter()
            .map(|m| m.text)
            .collect()
    }

    #[test]
    fn finds_the_date_expressions_of_news() {
        let cases: &[(&str, &[&str])] = &[
            (
                "It opened on Thursday, May 7, 2015 in Rome.",
                &["Thursday, May 7, 2015"],
            ),
            ("The vote is on 12 June.", &["12 June"]),
            (
                "He left yesterday and returns next week.",
                &["yesterday", "next week"],
            ),
            ("Talks end at 9 p.m. PT on weekdays.", &["9 p.m"]),
            ("The budget for 2016 grew.", &["2016"]),
            ("Sales grew 1999% in value.", &[]),
            ("It may rain, she said.", &[]),
            ("date 2017-06-02 Russian President", &["2017-06-02"]),
            (
                "Recently, it happened earlier this week.",
                &["earlier this week"],
            ),
            (
                "A raid at 0600 local time (0900) and 1400 GMT.",
                &["0600", "0900", "1400"],
            ),
            ("It cost 1400 dollars in 2016.", &["2016"]),
            (
                "Snow fell later in the evening (19th) and into Sunday (20th).",
                &["19th", "Sunday (20th"],
            ),
            (
                "Storms on Thursday 18 January 2007 hit.",
                &["Thursday 18 January 2007"],
            ),
            (
                "March 20th, 10:45-11:45: End User Feedback Session",
                &["March 20th", "10:45", "11:45"],
            ),
            ("Doors open 09:00-17:30 daily.", &["09:00", "17:30"]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn a_date_written_another_way_is_the_same_date() {
        let key = |t: &str| dates(t, &tokens(t))[0].key.clone();
        assert_eq!(key("on February 2nd"), key("on February 2"));
        assert_eq!(key("at 11am"), key("at 11 a.m."));
        assert_ne!(key("on June 12"), key("on June 13"));
        assert_eq!(key("on 13 February"), key("on February 13"));
        assert_eq!(key("at 0600 local time"), key("at 06:00 local time"));
        assert_eq!(key("on Mar. 2"), key("on March 2"));
    }
}
