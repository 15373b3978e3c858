//! What an edit changed in what a story says: the flags of edited, split and merged rows
//! and of edited or re-attributed quotations.
//!
//! Each detector finds the mentions of one kind on both sides of an edit (quantities,
//! dates, names, negations, reporting verbs, modal verbs and hedges), each with a key
//! that says what it means (`percent 16`, `february 2`, `not`, `admit`); the mentions
//! whose keys are on one side only are what changed, and become flags with the words of
//! either side. Words inside quotation marks that changed give a `quote` flag, and a
//! quotation of the row that got another speaker a `speaker` flag. Only edited rows are
//! read, and only by the detectors that the deleted and inserted words call for (a
//! copy-edit of lower-case words calls for none); a quotation takes its flags from the
//! rows that hold it. The cost grows with the edits, not with the document, and the rows
//! are shared between two threads.

mod dates;
mod names;
mod numbers;
mod stance;
mod tokens;

use std::collections::HashSet;
use std::ops::Range;

use crate::comparison::{Flag, FlagKind, Kind, Op, QuoteChange, QuoteKind, SentenceChange, WordOp};
use crate::document::Document;
use crate::text::lexicon::{
    ATTRIBUTION, CURRENCIES, DATE_LEADS, DATE_PERIODS, MODALITY, NEGATIONS, NUMBER_IDIOMS,
    NUMBER_WORDS, ORDINAL_WORDS, RELATIVE_DATES, SCALE_WORDS, lookup,
};

/// Something a detector found: the words as written, where they stand, and what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The words as written.
    pub text: String,
    /// Byte offset of the first word.
    pub start: usize,
    /// Byte offset just past the last word.
    pub end: usize,
    /// What they mean, as compared.
    pub key: String,
}

impl Mention {
    /// A mention of `text[start..end]` meaning `key`.
    pub fn new(text: &str, start: usize, end: usize, key: String) -> Self {
        Self {
            text: text.get(start..end).unwrap_or_default().to_owned(),
            start,
            end,
            key,
        }
    }
}

/// The words on either side of a change (old, new): none where there were none.
pub type Change = (Option<String>, Option<String>);

/// One side of an edit: its text and the byte ranges of its quotations.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The text.
    pub text: &'a str,
    /// Where its quotations stand (the quoted words, without the marks).
    pub quotes: &'a [Range<usize>],
}

/// Personal pronouns: a name that replaces one (or is replaced by one) names the same
/// person, so it is no change of name.
const PRONOUNS: [&str; 11] = [
    "he", "she", "they", "him", "her", "his", "hers", "them", "their", "it", "its",
];

/// The flags of an edit from `old` to `new`, whose word diff is `words`; `speakers` are
/// the speaker changes of its quotations (old speaker, new speaker).
pub fn flags(old: Side, new: Side, words: &[WordOp], speakers: &[Change]) -> Vec<Flag> {
    let mut out = detected(old, new, words);
    if let Some(flag) = quoted_words(old, new, words) {
        out.push(flag);
    }
    for (old_speaker, new_speaker) in speakers {
        out.push(Flag {
            kind: FlagKind::Speaker,
            old: old_speaker.clone(),
            new: new_speaker.clone(),
        });
    }
    out.sort_by_key(|f| f.kind);
    out
}

/// One side of an edit as the detectors read it.
struct Reading<'a> {
    /// The text.
    text: &'a str,
    /// Its tokens.
    tokens: Vec<tokens::Token<'a>>,
    /// Its tokens in lower case.
    words: Vec<String>,
    /// Its dates and times.
    dates: Vec<Mention>,
    /// Where its dates stand (no other detector reads those words).
    taken: Vec<Range<usize>>,
}

impl<'a> Reading<'a> {
    /// Reads `text`.
    fn new(text: &'a str) -> Self {
        let tokens = tokens::tokens(text);
        let words = tokens.iter().map(|t| t.lower().into_owned()).collect();
        let dates = dates::dates(text, &tokens);
        let taken = dates.iter().map(|d| d.start..d.end).collect();
        Self {
            text,
            tokens,
            words,
            dates,
            taken,
        }
    }
}

/// The flags the detectors find in an edit (all but `quote` and `speaker`), running only
/// the detectors that the deleted and inserted words call for.
fn detected(old: Side, new: Side, words: &[WordOp]) -> Vec<Flag> {
    let wanted = wanted(words);
    if wanted.is_empty() {
        return Vec::new();
    }
    let (old, new) = (Reading::new(old.text), Reading::new(new.text));
    let mut out = Vec::new();
    for kind in wanted {
        let changes = match kind {
            FlagKind::Number => changed_numbers(&old, &new),
            FlagKind::Date => differences(&old, &new, old.dates.clone(), new.dates.clone(), equal),
            FlagKind::Name => changed_names(&old, &new),
            FlagKind::Negation => changed_negations(&old, &new),
            FlagKind::Attribution => changed_attributions(&old, &new),
            FlagKind::Modality => differences(
                &old,
                &new,
                stance::modalities(old.text, &old.tokens),
                stance::modalities(new.text, &new.tokens),
                equal,
            ),
            FlagKind::Quote | FlagKind::Speaker => Vec::new(),
        };
        out.extend(
            changes
                .into_iter()
                .map(|(old, new)| Flag { kind, old, new }),
        );
    }
    out
}

/// Keys that match only when equal.
fn equal(a: &str, b: &str) -> bool {
    a == b
}

/// The quantities that appeared, disappeared or changed; `one` written out where the
/// other side says `a` is no change.
fn changed_numbers(old: &Reading, new: &Reading) -> Vec<Change> {
    let mut numbers = differences(
        old,
        new,
        numbers::quantities(old.text, &old.tokens, &old.taken),
        numbers::quantities(new.text, &new.tokens, &new.taken),
        equal,
    );
    let has_article = |r: &Reading| r.words.iter().any(|w| w == "a" || w == "an");
    numbers.retain(|(o, n)| match (o.as_deref(), n.as_deref()) {
        (Some(word), None) => !(word.eq_ignore_ascii_case("one") && has_article(new)),
        (None, Some(word)) => !(word.eq_ignore_ascii_case("one") && has_article(old)),
        _ => true,
    });
    numbers
}

/// The negations that appeared or disappeared; `not sufficient` where the other side says
/// `insufficient` denies as much.
fn changed_negations(old: &Reading, new: &Reading) -> Vec<Change> {
    let mut negations = differences(
        old,
        new,
        stance::negations(old.text, &old.tokens),
        stance::negations(new.text, &new.tokens),
        equal,
    );
    let prefixed = |words: &[String], other: &[String]| {
        other
            .windows(2)
            .any(|pair| pair[0] == "not" && words.iter().any(|w| stance::negated_form(w, &pair[1])))
    };
    negations.retain(|(o, n)| match (o, n) {
        (None, Some(_)) => !prefixed(&old.words, &new.words),
        (Some(_), None) => !prefixed(&new.words, &old.words),
        _ => true,
    });
    negations
}

/// The reporting verbs whose stance changed, and `according to` added or dropped. A
/// neutral verb of saying more or less is no change of stance, unless one side then
/// attributes nothing at all.
fn changed_attributions(old: &Reading, new: &Reading) -> Vec<Change> {
    let (old_reports, new_reports) = (
        stance::attributions(old.text, &old.tokens),
        stance::attributions(new.text, &new.tokens),
    );
    let both_attributed = !old_reports.is_empty() && !new_reports.is_empty();
    let mut reports = differences(old, new, old_reports, new_reports, equal);
    if both_attributed {
        let neutral = |w: &Option<String>| {
            w.as_deref()
                .is_some_and(|w| lookup(ATTRIBUTION, w) == Some("say"))
        };
        reports.retain(|(o, n)| !((o.is_none() || neutral(o)) && (n.is_none() || neutral(n))));
    }
    reports
}

/// The names added, dropped or replaced. A name matches any name of the other side that
/// names the same (`Asian European` is both `Asian` and `European`), and a name put in
/// place of a pronoun (or the other way round) names the same person.
fn changed_names(old: &Reading, new: &Reading) -> Vec<Change> {
    let all = || old.tokens.iter().chain(&new.tokens);
    let lowercase: HashSet<std::borrow::Cow<str>> = all()
        .filter(|t| !t.is_capitalised())
        .map(tokens::Token::lower)
        .collect();
    let capitalised: HashSet<String> = all()
        .filter(|t| t.is_capitalised() && !t.opens_sentence)
        .map(|t| t.lower().into_owned())
        .collect();
    let usage = names::Usage {
        common: &|w| lowercase.contains(w),
        proper: &|w| capitalised.contains(w),
    };
    let (a, b) = (
        distinct(names::names(old.text, &old.tokens, &old.taken, &usage)),
        distinct(names::names(new.text, &new.tokens, &new.taken, &usage)),
    );
    let unmatched = |these: &[Mention], those: &[Mention]| -> Vec<Mention> {
        these
            .iter()
            .filter(|m| !those.iter().any(|n| names::same(&m.key, &n.key)))
            .cloned()
            .collect()
    };
    let mut names = differences(old, new, unmatched(&a, &b), unmatched(&b, &a), names::same);
    let pronouns = |r: &Reading| {
        r.words
            .iter()
            .filter(|w| PRONOUNS.contains(&w.as_str()))
            .count()
    };
    let (old_pronouns, new_pronouns) = (pronouns(old), pronouns(new));
    let mut for_pronoun_lost = old_pronouns.saturating_sub(new_pronouns);
    let mut for_pronoun_gained = new_pronouns.saturating_sub(old_pronouns);
    names.retain(|(o, n)| match (o, n) {
        (None, Some(_)) if for_pronoun_lost > 0 => {
            for_pronoun_lost -= 1;
            false
        }
        (Some(_), None) if for_pronoun_gained > 0 => {
            for_pronoun_gained -= 1;
            false
        }
        _ => true,
    });
    names
}

/// The mentions of different names: a name said twice is one name.
fn distinct(mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for m in mentions {
        if !out.iter().any(|o| names::same(&o.key, &m.key)) {
            out.push(m);
        }
    }
    out
}

/// The mentions of one side (`old` of `old_side`, `new` of `new_side`) that have no match
/// on the other, paired up in order (a replacement) while both sides have some left. A mention whose
/// words are a typo of a word of the other side (`alledged` → `alleged`) is a correction,
/// not a change.
fn differences(
    old_side: &Reading,
    new_side: &Reading,
    old: Vec<Mention>,
    mut new: Vec<Mention>,
    same: fn(&str, &str) -> bool,
) -> Vec<Change> {
    let mut dropped = Vec::new();
    for mention in old {
        match new.iter().position(|n| same(&mention.key, &n.key)) {
            Some(at) => {
                new.remove(at);
            }
            None => dropped.push(mention),
        }
    }
    let corrected = |m: &Mention, other: &[String]| {
        let word = m.text.to_lowercase();
        word.chars().count() >= 5
            && !word.contains(' ')
            && other.iter().any(|w| *w != word && names::typo(&word, w))
    };
    dropped.retain(|m| !corrected(m, &new_side.words));
    new.retain(|m| !corrected(m, &old_side.words));
    let mut out = Vec::new();
    let mut added = new.into_iter();
    for mention in dropped {
        out.push((Some(mention.text), added.next().map(|m| m.text)));
    }
    out.extend(added.map(|m| (None, Some(m.text))));
    out
}

/// A `quote` flag when words inside quotation marks were deleted or inserted (more than
/// punctuation, a capital, an apostrophe or a typo). Quotation marks around a title
/// (`the program "Palettes"`) quote nobody.
fn quoted_words(old: Side, new: Side, words: &[WordOp]) -> Option<Flag> {
    let speech = |side: &Side| -> Vec<Range<usize>> {
        side.quotes
            .iter()
            .filter(|q| side.text.get((*q).clone()).is_some_and(|t| !is_title(t)))
            .cloned()
            .collect()
    };
    let (old_speech, new_speech) = (speech(&old), speech(&new));
    let (old, new) = (
        Side {
            quotes: &old_speech,
            ..old
        },
        Side {
            quotes: &new_speech,
            ..new
        },
    );
    let inside = |quotes: &[Range<usize>], at: &Range<usize>| {
        quotes.iter().any(|q| q.start < at.end && at.start < q.end)
    };
    let (mut deleted, mut inserted) = (Vec::new(), Vec::new());
    let (mut old_at, mut new_at) = (0, 0);
    for op in words {
        let len = op.text.len();
        match op.op {
            Op::Equal => {
                old_at += len;
                new_at += len;
            }
            Op::Delete => {
                if inside(old.quotes, &(old_at..old_at + len)) {
                    deleted.push(op.text.trim());
                }
                old_at += len;
            }
            Op::Insert => {
                if inside(new.quotes, &(new_at..new_at + len)) {
                    inserted.push(op.text.trim());
                }
                new_at += len;
            }
        }
    }
    let (gone, came) = (quoted(&deleted), quoted(&inserted));
    let only_typos = |gone: &[String], came: &[String]| {
        gone.len() == came.len()
            && gone
                .iter()
                .zip(came)
                .all(|(a, b)| a == b || names::typo(a, b))
    };
    // The words quoted, all told: a quotation mark moved over a word, a capital or an
    // apostrophe (`bills`, `bill's`) changes nothing said.
    let all_quoted = |side: &Side| -> Vec<String> {
        let parts: Vec<&str> = side
            .quotes
            .iter()
            .filter_map(|q| side.text.get(q.clone()))
            .collect();
        quoted(&parts)
    };
    if (gone.is_empty() && came.is_empty())
        || only_typos(&gone, &came)
        || only_typos(&all_quoted(&old), &all_quoted(&new))
    {
        return None;
    }
    let join = |parts: &[&str]| {
        let text = parts.join(" … ");
        (!text.trim().is_empty()).then(|| text.trim().to_owned())
    };
    Some(Flag {
        kind: FlagKind::Quote,
        old: join(&deleted),
        new: join(&inserted),
    })
}

/// The detectors the words an edit deleted or inserted call for: numbers for digits,
/// number words and signs of money or percent, dates for digits, capitals and date words,
/// names for capitals, and each list of words for its own detector. Most copy-edits call
/// for none, and their rows are not read further.
fn wanted(words: &[WordOp]) -> Vec<FlagKind> {
    let mut out = Vec::new();
    for op in words.iter().filter(|op| op.op != Op::Equal) {
        if op.text.contains(['$', '£', '€', '¥', '%']) {
            out.push(FlagKind::Number);
        }
        for word in op
            .text
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '.')))
        {
            called_for(word.trim_matches('.'), &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Adds to `out` the kinds of detector that read `word`.
fn called_for(word: &str, out: &mut Vec<FlagKind>) {
    if word.is_empty() {
        return;
    }
    let lower = word.to_lowercase();
    let stem = lower
        .strip_suffix("n't")
        .or_else(|| lower.strip_suffix("n’t"));
    let head = lower.split('-').next().unwrap_or_default();
    let mut add = |kind: FlagKind, yes: bool| {
        if yes {
            out.push(kind);
        }
    };
    let digits = word.chars().any(|c| c.is_ascii_digit());
    let capital = word.chars().any(char::is_uppercase);
    add(
        FlagKind::Number,
        digits
            || NUMBER_IDIOMS.contains(&lower)
            || matches!(lower.as_str(), "per" | "cent" | "percent")
            || lookup(NUMBER_WORDS, head).is_some()
            || lookup(ORDINAL_WORDS, &lower).is_some()
            || lookup(SCALE_WORDS, &lower).is_some()
            || lookup(CURRENCIES, &lower).is_some(),
    );
    add(
        FlagKind::Date,
        digits
            || capital
            || RELATIVE_DATES.contains(&lower)
            || DATE_LEADS.contains(&lower)
            || DATE_PERIODS.contains(&lower)
            || matches!(
                lower.as_str(),
                "am" | "pm" | "a.m" | "p.m" | "noon" | "midnight"
            ),
    );
    add(FlagKind::Name, capital);
    add(
        FlagKind::Negation,
        stem.is_some() || NEGATIONS.contains(&lower) || matches!(lower.as_str(), "only" | "just"),
    );
    add(
        FlagKind::Attribution,
        lower == "according" || lookup(ATTRIBUTION, &lower).is_some(),
    );
    add(
        FlagKind::Modality,
        lookup(MODALITY, stem.unwrap_or(&lower)).is_some() || matches!(stem, Some("wo" | "ca")),
    );
}

/// `true` for quoted words that read as a title: at most six words, each capitalised but
/// the small ones (`Wow! Taiwan Design Award`, `Palettes`).
fn is_title(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an" | "and" | "for" | "in" | "of" | "on" | "the" | "to"
        )
    };
    !words.is_empty()
        && words.len() <= 6
        && words.iter().enumerate().all(|(i, w)| {
            let first = w.chars().find(|c| c.is_alphanumeric());
            first.is_none_or(|c| c.is_uppercase() || c.is_ascii_digit()) || (i > 0 && small(w))
        })
}

/// The words of `parts` as compared inside a quotation: in lower case, without
/// apostrophes.
fn quoted(parts: &[&str]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|p| p.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’'))))
        .map(|w| w.replace(['\'', '’'], "").to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Sets the flags of every edited, split and merged row and of every edited or
/// re-attributed quotation of a comparison of `old` and `new`.
pub fn flag(
    old: &Document,
    new: &Document,
    sentences: &mut [SentenceChange],
    quotes: &mut [QuoteChange],
) {
    // The speaker changes of the quotations, by the row that holds them.
    let mut row_of_new = vec![usize::MAX; new.sentences.len()];
    for (row, change) in sentences.iter().enumerate() {
        for &n in &change.new {
            row_of_new[n] = row;
        }
    }
    let mut speakers: rustc_hash::FxHashMap<usize, Vec<Change>> = rustc_hash::FxHashMap::default();
    for q in quotes.iter().filter(|q| q.speaker_changed) {
        let row = q
            .new
            .and_then(|n| new.quotes.get(n))
            .and_then(|quote| row_of_new.get(quote.sentence).copied())
            .filter(|&r| r != usize::MAX);
        if let Some(row) = row {
            speakers
                .entry(row)
                .or_default()
                .push((q.old_speaker.clone(), q.new_speaker.clone()));
        }
    }
    let edited = |kind: Kind| matches!(kind, Kind::Edited | Kind::Split | Kind::Merged);
    let todo: Vec<usize> = (0..sentences.len())
        .filter(|&r| edited(sentences[r].kind))
        .collect();
    let rows: &[SentenceChange] = sentences;
    let work = |&row: &usize| {
        let said = speakers.get(&row).map_or(&[][..], Vec::as_slice);
        row_flags(old, new, &rows[row], said)
    };
    // Every other row on a second thread when there is enough to share.
    let (even, odd): (Vec<Vec<Flag>>, Vec<Vec<Flag>>) = if todo.len() >= 64 {
        crate::parallel::join(
            "palimpsest-meaning",
            || todo.iter().step_by(2).map(work).collect(),
            || todo.iter().skip(1).step_by(2).map(work).collect(),
        )
    } else {
        (todo.iter().map(work).collect(), Vec::new())
    };
    let mut odd = odd.into_iter();
    let found = even
        .into_iter()
        .flat_map(|flags| std::iter::once(flags).chain(odd.next()));
    for (&row, flags) in todo.iter().zip(found) {
        sentences[row].flags = Some(flags);
    }
    let mut row_of_old = vec![usize::MAX; old.sentences.len()];
    for (row, change) in sentences.iter().enumerate() {
        for &o in &change.old {
            row_of_old[o] = row;
        }
    }
    for q in quotes.iter_mut() {
        if q.kind != QuoteKind::Edited && !q.speaker_changed {
            continue;
        }
        // The rows that hold the quotation, on either side (a quotation may run over
        // several sentences).
        let mut holders: Vec<&SentenceChange> = Vec::new();
        for (doc, id, rows_of) in [(old, q.old, &row_of_old), (new, q.new, &row_of_new)] {
            let Some(quote) = id.and_then(|i| doc.quotes.get(i)) else {
                continue;
            };
            let first = doc.sentences.partition_point(|s| s.end <= quote.start);
            let last = doc.sentences.partition_point(|s| s.start < quote.end);
            for sentence in first..last.max(first + 1) {
                if let Some(change) = rows_of.get(sentence).and_then(|&r| sentences.get(r))
                    && !holders.iter().any(|h| std::ptr::eq(*h, change))
                {
                    holders.push(change);
                }
            }
        }
        q.flags = Some(quote_flags(old, new, q, &holders));
    }
}

/// The flags of an edited, split or merged row.
fn row_flags(
    old: &Document,
    new: &Document,
    change: &SentenceChange,
    speakers: &[Change],
) -> Vec<Flag> {
    let (old_text, new_text) = (old.joined(&change.old), new.joined(&change.new));
    let ranges = |doc: &Document, ids: &[usize]| -> Vec<Range<usize>> {
        doc.quote_ranges(ids).into_iter().map(|(r, _)| r).collect()
    };
    let (old_quotes, new_quotes) = (ranges(old, &change.old), ranges(new, &change.new));
    flags(
        Side {
            text: &old_text,
            quotes: &old_quotes,
        },
        Side {
            text: &new_text,
            quotes: &new_quotes,
        },
        &change.words,
        speakers,
    )
}

/// The flags of an edited or re-attributed quotation (its words are all quoted). The
/// flags of the rows that hold it (`holders`) are read rather than the quotation again:
/// those whose words lie inside it are its own. Only when a row that holds it was added
/// or removed (its words paired with nothing) is the quotation read afresh.
fn quote_flags(
    old: &Document,
    new: &Document,
    q: &QuoteChange,
    holders: &[&SentenceChange],
) -> Vec<Flag> {
    let old_text = q.old.map_or("", |i| old.quote_text(i));
    let new_text = q.new.map_or("", |i| new.quote_text(i));
    let (old_all, new_all) = (0..old_text.len(), 0..new_text.len());
    let speaker = q
        .speaker_changed
        .then(|| (q.old_speaker.clone(), q.new_speaker.clone()));
    let (old_side, new_side) = (
        Side {
            text: old_text,
            quotes: std::slice::from_ref(&old_all),
        },
        Side {
            text: new_text,
            quotes: std::slice::from_ref(&new_all),
        },
    );
    if holders
        .iter()
        .any(|h| matches!(h.kind, Kind::Added | Kind::Removed))
    {
        return flags(old_side, new_side, &q.words, speaker.as_slice());
    }
    let inside =
        |words: &Option<String>, text: &str| words.as_deref().is_none_or(|w| text.contains(w));
    let mut out: Vec<Flag> = Vec::new();
    for flag in holders.iter().flat_map(|h| h.flags.iter().flatten()) {
        let own = !matches!(flag.kind, FlagKind::Quote | FlagKind::Speaker)
            && inside(&flag.old, old_text)
            && inside(&flag.new, new_text)
            && !out.contains(flag);
        if own {
            out.push(flag.clone());
        }
    }
    out.extend(quoted_words(old_side, new_side, &q.words));
    if let Some((old_speaker, new_speaker)) = speaker {
        out.push(Flag {
            kind: FlagKind::Speaker,
            old: old_speaker,
            new: new_speaker,
        });
    }
    out.sort_by_key(|f| f.kind);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::Options;

    /// The kinds and words of the flags of an edit from `old` to `new`.
    fn found(old: &str, new: &str) -> Vec<String> {
        let diff = crate::compare::words::diff(old, new, &Options::default(), None);
        let quotes = |text: &str| -> Vec<Range<usize>> {
            Document::from_text("t", text)
                .quotes
                .iter()
                .map(|q| q.start..q.end)
                .collect()
        };
        let (old_quotes, new_quotes) = (quotes(old), quotes(new));
        flags(
            Side {
                text: old,
                quotes: &old_quotes,
            },
            Side {
                text: new,
                quotes: &new_quotes,
            },
            &diff.ops,
            &[],
        )
        .into_iter()
        .map(|f| {
            format!(
                "{} {} → {}",
                f.kind.name(),
                f.old.unwrap_or_default(),
                f.new.unwrap_or_default()
            )
        })
        .collect()
    }

    /// Edits of my own, each with the flags an editor would give.
    #[test]
    fn each_kind_of_change_is_flagged_and_copy_edits_are_not() {
        let cases: &[(&str, &str, &[&str])] = &[
            // numbers
            (
                "Three people died.",
                "Thirty people died.",
                &["number Three → Thirty"],
            ),
            (
                "It rose 16 per cent.",
                "It rose 18 per cent.",
                &["number 16 per cent → 18 per cent"],
            ),
            ("He paid 5 dollars.", "He paid five dollars.", &[]),
            ("A 23 year old man.", "A 23-year-old man.", &[]),
            ("It cost $30,000.", "It cost $30.000.", &[]),
            ("She bought a one-way ticket.", "She bought a ticket.", &[]),
            ("One man was hurt.", "A man was hurt.", &[]),
            // dates
            (
                "He left on Monday.",
                "He left on Tuesday.",
                &["date Monday → Tuesday"],
            ),
            ("It ends on Feb. 2.", "It ends on February 2nd.", &[]),
            (
                "A raid at 0600 local time.",
                "A raid at 06:00 local time.",
                &[],
            ),
            (
                "They met yesterday.",
                "They met last week.",
                &["date yesterday → last week"],
            ),
            // names
            // A name for the pronoun that stood for it names nobody new.
            (
                "He said it was over.",
                "Dmitry Peskov said it was over.",
                &[],
            ),
            (
                "Obama met Putin.",
                "Obama met Medvedev.",
                &["name Putin → Medvedev"],
            ),
            ("Barack Obama met him.", "Obama met him.", &[]),
            (
                "Reports say it rained.",
                "Over 250 say it rained.",
                &["number  → 250"],
            ),
            ("Mr. Ivin died.", "Mr. Ivins died.", &[]),
            ("It owns Italy's media.", "It owns the Italian media.", &[]),
            // negation
            ("They could not agree.", "They couldn't agree.", &[]),
            ("They agreed.", "They did not agree.", &["negation  → not"]),
            ("It is insufficient.", "It is not sufficient.", &[]),
            ("Not only runners came.", "Runners came.", &[]),
            // attribution
            (
                "He said it.",
                "He admitted it.",
                &["attribution said → admitted"],
            ),
            ("He said it.", "He told them it.", &[]),
            (
                "It was cheap, he said.",
                "It was cheap, according to him.",
                &["attribution said → according to"],
            ),
            // modality
            (
                "Prices will rise.",
                "Prices may rise.",
                &["modality  → may"],
            ),
            ("Prices may rise.", "Prices might rise.", &[]),
            (
                "He stole it.",
                "He allegedly stole it.",
                &["modality  → allegedly"],
            ),
            // quotations
            (
                "He said: \"we will win\".",
                "He said: \"we could win\".",
                &["modality  → could", "quote will → could"],
            ),
            (
                "He said: \"we will win\".",
                "He said: \"We will win.\"",
                &[],
            ),
            ("It aired on \"Palettes\" first.", "It aired first.", &[]),
        ];
        for (old, new, want) in cases {
            assert_eq!(found(old, new), *want, "{old} → {new}");
        }
    }
}
