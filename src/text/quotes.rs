//! Finds quotations: pairs of quotation marks, told apart from apostrophes.
//!
//! Marks: `“ ” " „ ‘ ’ ' ‚ « » ‹ › 「 」 『 』`, and the ``` `` ``` and `''` of text typed
//! for TeX or tokenised as treebanks keep it (``` `` We won , '' he said ```). Each mark is classified by what stands on
//! either side of it (white space before and a letter after opens; a letter or punctuation
//! before and white space after closes), so straight quotes and real-world typography such
//! as a quotation closed with a second `“` are read as a reader would. Quotes nest; only the
//! outermost ones are reported. A quotation left open at the end of a paragraph continues
//! when the next paragraph opens with a mark of the same kind (the newspaper convention for
//! quotations that run over several paragraphs); otherwise it is reported with a warning.
//! A double mark that opens while one of its kind is still open shows the first was never
//! closed: it ends with its sentence, and the new one starts. Marks in inline code (`{ git
//! = "…" }`) quote nothing.

use super::chars::{char_at, char_before, find_mark, trim_range};

/// A quotation found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark, or the end of the paragraph if it has none.
    pub close: usize,
    /// Byte offset of the first quoted char (white space trimmed).
    pub start: usize,
    /// Byte offset just past the last quoted char (white space and a trailing comma trimmed).
    pub end: usize,
    /// Paragraph number.
    pub paragraph: usize,
    /// `true` when no closing mark was found and the quotation does not continue in the
    /// next paragraph.
    pub unclosed: bool,
}

/// Quotation marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `“ ” „` (and `“` used as a closing mark).
    CurlyDouble,
    /// `"`.
    StraightDouble,
    /// `‘ ’ ‚`.
    CurlySingle,
    /// `'`.
    StraightSingle,
    /// `« »`, and `» «` in the Danish and German order.
    Guillemet,
    /// `‹ ›`.
    SingleGuillemet,
    /// `「 」`.
    Corner,
    /// `『 』`.
    WhiteCorner,
    /// ``` `` ``` opening and `''` closing, two chars each.
    Doubled,
}

/// What a mark can do where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    can_open: bool,
    can_close: bool,
}

/// Finds the quotations of every paragraph; `paragraphs` are byte ranges into `text`, and
/// the marks inside `code` (sorted byte ranges of inline code, `{ git = "…" }`) quote
/// nothing.
pub fn find(text: &str, paragraphs: &[(usize, usize)], code: &[(usize, usize)]) -> Vec<Found> {
    let mut out = Vec::new();
    let marks: Vec<Vec<Mark>> = paragraphs
        .iter()
        .map(|&(start, end)| {
            let mut marks = marks_in(text, start, end);
            if !code.is_empty() {
                marks.retain(|m| {
                    let after = code.partition_point(|&(_, e)| e <= m.at);
                    code.get(after).is_none_or(|&(s, _)| s > m.at)
                });
            }
            marks
        })
        .collect();
    for (number, &(start, end)) in paragraphs.iter().enumerate() {
        let next_opens = marks.get(number + 1).and_then(|m| {
            let first = m.first()?;
            let next_start = paragraphs.get(number + 1)?.0;
            (first.at == next_start && first.can_open).then_some(first.family)
        });
        pair_paragraph(
            text,
            &marks[number],
            (start, end),
            number,
            next_opens,
            &mut out,
        );
    }
    out
}

/// Pairs the marks of one paragraph and appends its outermost quotations to `out`.
fn pair_paragraph(
    text: &str,
    marks: &[Mark],
    (_, paragraph_end): (usize, usize),
    paragraph: usize,
    next_opens: Option<Family>,
    out: &mut Vec<Found>,
) {
    let mut stack: Vec<Mark> = Vec::new();
    for &mark in marks {
        let matching = mark
            .can_close
            .then(|| stack.iter().rposition(|open| open.family == mark.family))
            .flatten();
        // A double quotation mark cannot open inside one of its own kind: the one still
        // open was never closed (`his party "will offer … so well. Brown claimed it has
        // "already cut crime."`). It ends with the last sentence before the new mark.
        if matching.is_none()
            && mark.can_open
            && matches!(mark.family, Family::StraightDouble | Family::CurlyDouble)
            && let Some(index) = stack.iter().position(|open| open.family == mark.family)
        {
            let open = stack[index];
            stack.truncate(index);
            if stack.is_empty() {
                let end = unclosed_end(text, open.at + open.len, mark.at);
                push_quote(text, open, end, end, paragraph, true, out);
            }
        }
        if let Some(index) = matching {
            let open = stack[index];
            stack.truncate(index);
            if stack.is_empty() {
                push_quote(
                    text,
                    open,
                    mark.at,
                    mark.at + mark.len,
                    paragraph,
                    false,
                    out,
                );
            }
        } else if mark.can_open {
            stack.push(mark);
        }
    }
    if let Some(open) = stack.first().copied() {
        let continues = next_opens == Some(open.family);
        push_quote(
            text,
            open,
            paragraph_end,
            paragraph_end,
            paragraph,
            !continues,
            out,
        );
    }
}

/// Where a quotation opened at `from` and never closed ends, before `to`: with the first
/// sentence that ends (a `.`, `!` or `?` before white space) when it opened inside a
/// sentence of the reporter's, else with the last one; `to` when none ends.
fn unclosed_end(text: &str, from: usize, to: usize) -> usize {
    let region = &text[from..to];
    let mut ends = region.char_indices().filter(|&(at, c)| {
        matches!(c, '.' | '!' | '?')
            && region[at + 1..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
    });
    let woven = text[..from]
        .trim_end_matches(|c: char| !c.is_whitespace())
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    let end = if woven { ends.next() } else { ends.next_back() };
    end.map_or(to, |(at, _)| from + at + 1)
}

/// Records the quotation between an opening mark and `inner_end`, unless it holds no words.
fn push_quote(
    text: &str,
    open: Mark,
    inner_end: usize,
    close: usize,
    paragraph: usize,
    unclosed: bool,
    out: &mut Vec<Found>,
) {
    let (start, mut end) = trim_range(text, open.at + open.len, inner_end);
    while end > start && text[..end].ends_with([',', ';', ':']) {
        end = trim_range(text, start, end - 1).1;
    }
    if start < end && text[start..end].contains(char::is_alphanumeric) {
        out.push(Found {
            open: open.at,
            close,
            start,
            end,
            paragraph,
            unclosed,
        });
    }
}

/// The quotation marks of `text[start..end]`, with what each can do where it stands.
fn marks_in(text: &str, start: usize, end: usize) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut from = start;
    while let Some(at) = find_mark(&text[..end], from, |c| family_of(c).is_some()) {
        let c = char_at(text, at).unwrap_or('"');
        from = at + c.len_utf8();
        let Some(family) = family_of(c) else {
            continue;
        };
        if let Some(mark) = doubled(text, at, c) {
            from = at + 2;
            marks.push(mark);
            continue;
        }
        if c == '`' {
            continue;
        }
        if let Some(len) = elision_len(text, at, c) {
            from = at + len;
            continue;
        }
        let before = char_before(text, at).filter(|_| at > start);
        let after = char_at(text, at + c.len_utf8()).filter(|_| at + c.len_utf8() < end);
        let left = flanks_left(before, after);
        let right = flanks_right(before, after);
        let (can_open, can_close) = match c {
            '“' => (left, right),
            '”' => (left && !right, right || !left),
            '„' | '‚' | '«' | '‹' | '「' | '『' => (true, false),
            '‘' => (left, right && !left),
            '»' | '›' | '」' | '』' => (false, true),
            '’' | '\'' => {
                // A possessive set apart from its word (`Round 2 's votes`) quotes nothing.
                let possessive = after == Some('s')
                    && char_at(text, at + c.len_utf8() + 1).is_none_or(|n| !n.is_alphanumeric());
                if is_apostrophe(before, after) || possessive {
                    continue;
                }
                (left, right)
            }
            _ => (left || !right, right || !left),
        };
        marks.push(Mark {
            at,
            len: c.len_utf8(),
            family,
            can_open,
            can_close,
        });
    }
    reverse_guillemets(&mut marks);
    marks
}

/// In Danish and German, `»` opens and `«` closes: when a `»` can only be read as opening
/// (no `«` before it), swap the roles of the guillemets of the paragraph.
fn reverse_guillemets(marks: &mut [Mark]) {
    let first = marks.iter().find(|m| m.family == Family::Guillemet);
    let reversed = first.is_some_and(|m| !m.can_open);
    if reversed {
        for m in marks.iter_mut().filter(|m| m.family == Family::Guillemet) {
            std::mem::swap(&mut m.can_open, &mut m.can_close);
        }
    }
}

/// The family of a quotation mark, or `None` for any other char.
fn family_of(c: char) -> Option<Family> {
    Some(match c {
        '`' => Family::Doubled,
        '“' | '”' | '„' => Family::CurlyDouble,
        '"' => Family::StraightDouble,
        '‘' | '’' | '‚' => Family::CurlySingle,
        '\'' => Family::StraightSingle,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '」' => Family::Corner,
        '『' | '』' => Family::WhiteCorner,
        _ => return None,
    })
}

/// The two-char mark at `at` (``` `` ``` opens, `''` closes), if `c` starts one.
fn doubled(text: &str, at: usize, c: char) -> Option<Mark> {
    let twice = text.as_bytes().get(at + 1) == Some(&(c as u8));
    let opens = match c {
        '`' if twice => true,
        '\'' if twice => false,
        _ => return None,
    };
    Some(Mark {
        at,
        len: 2,
        family: Family::Doubled,
        can_open: opens,
        can_close: !opens,
    })
}

/// White space or an opening bracket or dash before, and a word after: an opening mark.
fn flanks_left(before: Option<char>, after: Option<char>) -> bool {
    let open_before = before.is_none_or(|c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"')
    });
    // Nothing quoted starts with a comma or a full stop: `Iran ",` closes.
    let word_after = after.is_some_and(|c| {
        !c.is_whitespace() && !matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']')
    });
    open_before && word_after
}

/// A word or punctuation before, and white space or punctuation after: a closing mark.
fn flanks_right(before: Option<char>, after: Option<char>) -> bool {
    let word_before = before.is_some_and(|c| !c.is_whitespace());
    let open_after = after.is_none_or(|c| {
        c.is_whitespace()
            || (c.is_ascii_punctuation() && c != '(')
            || matches!(c, '—' | '–' | '…' | '”' | '’' | '»')
    });
    word_before && open_after
}

/// `’` or `'` inside a word (`couldn’t`, `Putin’s`) or eliding digits (`’90s`).
fn is_apostrophe(before: Option<char>, after: Option<char>) -> bool {
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    let digit_after = after.is_some_and(|c| c.is_ascii_digit());
    (letter_before && letter_after) || (!letter_before && digit_after)
}

/// Length of an elision that starts with a mark: `’n’`, `’em`, `’til`, `’cause`, `’tis`.
fn elision_len(text: &str, at: usize, c: char) -> Option<usize> {
    if !matches!(c, '’' | '\'' | '‘') {
        return None;
    }
    let tail = &text[at + c.len_utf8()..];
    if let Some(rest) = tail.strip_prefix('n')
        && let Some(close) = rest.chars().next().filter(|m| matches!(m, '’' | '\''))
    {
        return Some(c.len_utf8() + 1 + close.len_utf8());
    }
    // A contraction or possessive set off by a stray space, as in text that went through
    // a LaTeX round trip (`Abbas 's`, `don 't`).
    let after_space = char_before(text, at).is_some_and(char::is_whitespace);
    for ending in ["s", "t", "d", "ll", "re", "ve", "m"] {
        if after_space
            && let Some(rest) = tail.strip_prefix(ending)
            && !rest.starts_with(char::is_alphanumeric)
        {
            return Some(c.len_utf8() + ending.len());
        }
    }
    for word in ["em", "til", "cause", "tis", "twas", "bout", "round"] {
        if let Some(rest) = tail.strip_prefix(word)
            && !rest.starts_with(char::is_alphanumeric)
        {
            return Some(c.len_utf8() + word.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::paragraphs;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        find(text, &paragraphs(text), &[])
            .into_iter()
            .map(|q| (&text[q.start..q.end], q.unclosed))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        quotes(text).into_iter().map(|(q, _)| q).collect()
    }

    #[test]
    fn every_kind_of_mark() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “yes” today.", &["yes"]),
            ("He said \"yes\" today.", &["yes"]),
            ("Er sagte „ja“ heute.", &["ja"]),
            ("He said ‘yes’ today.", &["yes"]),
            ("He said 'yes' today.", &["yes"]),
            ("Il a dit « oui » hier.", &["oui"]),
            ("Er sagte »ja« heute.", &["ja"]),
            ("Il a dit ‹ oui › hier.", &["oui"]),
            ("彼は「はい」と言った。", &["はい"]),
            ("彼は『はい』と言った。", &["はい"]),
            ("Sie sagte ‚ja‘ heute.", &["ja"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "{text}");
        }
    }

    #[test]
    fn doubled_marks_of_tex_and_treebanks() {
        let cases: &[(&str, &[&str])] = &[
            ("`` We won , '' he said .", &["We won"]),
            ("He called it ``a disgrace''.", &["a disgrace"]),
            (
                "`` It is ` fine ' , '' she said , `` truly . ''",
                &["It is ` fine '", "truly ."],
            ),
            ("It returned '' and `x` then ``.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "{text}");
        }
    }

    #[test]
    fn marks_inside_inline_code_quote_nothing() {
        let text = "Pin it with foo = { git = \"https://x.org/a\" } and say \"done\".";
        let start = text.find("foo").expect("code");
        let end = text.find('}').expect("code") + 1;
        let found = find(text, &paragraphs(text), &[(start, end)]);
        let words: Vec<&str> = found.iter().map(|q| &text[q.start..q.end]).collect();
        assert_eq!(words, ["done"]);
    }

    #[test]
    fn a_mark_left_open_ends_before_the_next_quotation() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            (
                "Brown said his party \"will serve you well. He went on. Brown claimed it \"cut crime by 32%.\"",
                &[("will serve you well.", true), ("cut crime by 32%.", false)],
            ),
            (
                "\"We are tired. We are going home. Then she left. Later Ruiz said \"no\" again.",
                &[
                    ("We are tired. We are going home. Then she left.", true),
                    ("no", false),
                ],
            ),
            (
                "They called it “a farce. Others said “a triumph” instead.",
                &[("a farce.", true), ("a triumph", false)],
            ),
            (
                "A so called \" Romeo exception and a \"safe harbour\" rule.",
                &[("Romeo exception and a", true), ("safe harbour", false)],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&quotes(text), expected, "{text}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text =
            "Putin’s team couldn’t play rock ’n’ roll like in the ’90s, the students’ union said.";
        assert!(words(text).is_empty());
        let text = "It's 'rock 'n' roll' they'd say.";
        assert_eq!(words(text), ["rock 'n' roll"]);
        let text = "Abbas 's claim and Bush ’s plan don 't hold.";
        assert!(words(text).is_empty());
    }

    #[test]
    fn nested_quotes_report_the_outer_one() {
        let text = "“He told me ‘never’ twice,” she said. Then “again”.";
        assert_eq!(words(text), ["He told me ‘never’ twice", "again"]);
    }

    #[test]
    fn closing_with_a_second_opening_mark() {
        let text =
            "“We are inviting our partners to localize their production in Russia“, Putin said.";
        assert_eq!(
            words(text),
            ["We are inviting our partners to localize their production in Russia"]
        );
    }

    #[test]
    fn multi_paragraph_quotations_continue() {
        let text = "“First paragraph of the quote.\n\n“Second paragraph,” she said.";
        assert_eq!(
            quotes(text),
            [
                ("First paragraph of the quote.", false),
                ("Second paragraph", false)
            ]
        );
    }

    #[test]
    fn an_unclosed_quotation_is_flagged() {
        let text = "He said “this never ends.\n\nNew paragraph here.";
        assert_eq!(quotes(text), [("this never ends.", true)]);
        assert!(words("A stray ” mark.").is_empty());
    }
}
