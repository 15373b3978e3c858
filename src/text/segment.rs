//! Splits an article into paragraphs and sentences, the way an editor reads news prose.
//!
//! The text is first cut into paragraphs at blank lines, then into blocks (list items,
//! headings and datelines that share a paragraph with body text), then into sentences at
//! terminators (`. ! ? …` and their CJK counterparts). Whether a full stop ends a sentence
//! depends on the word before it (`Mr.`, `U.S.`, `a.m.`, initials, numbers; see
//! [`abbreviations`](super::abbreviations)) and on what follows (a lower-case word never
//! starts a sentence, but code does, whatever its case). No sentence ends inside inline
//! code (`reflect.Value`). A line break inside a paragraph is white space.

use super::abbreviations::{self, WordKind};
use super::chars::{
    char_at, char_before, find_mark, is_bullet, is_closer, is_full_width_terminator, is_opener,
    is_terminator, skip_space, trim_range,
};
use super::lexicon::{self, CREDITS, MONTHS, WEEKDAYS};

/// One sentence: byte offsets into the text, end exclusive, white space trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Paragraph number, counting from 0 in reading order.
    pub paragraph: usize,
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// It is a block of code.
    pub code: bool,
}

/// Splits `text` into sentences, in reading order.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_with(text, &[]).1
}

/// Splits `text` into paragraphs and sentences, reading each of `wholes` (sorted byte
/// ranges: a heading, a list item, a table row, a code block) as one paragraph of one
/// sentence. Returns the paragraphs (a code block's as an empty range, so that nothing in
/// it is read as a quotation) and the sentences, numbered alike.
pub fn sentences_with(text: &str, wholes: &[Whole]) -> (Vec<(usize, usize)>, Vec<Span>) {
    let (inline, wholes): (Vec<Whole>, Vec<Whole>) = wholes.iter().partition(|w| w.inline);
    let code: Vec<(usize, usize)> = inline.iter().map(|w| (w.start, w.end)).collect();
    let found = paragraphs(text);
    let mut out = Vec::new();
    let mut kept = Vec::with_capacity(found.len());
    let mut w = 0;
    let mut p = 0;
    while p < found.len() {
        let (start, end) = found[p];
        while wholes.get(w).is_some_and(|u| u.end <= start) {
            w += 1;
        }
        let number = kept.len();
        if let Some(whole) = wholes.get(w).filter(|u| u.start < end) {
            let (s, e) = trim_range(text, whole.start.max(start), whole.end.max(start));
            if s < e {
                out.push(Span {
                    paragraph: number,
                    start: s,
                    end: e,
                    code: whole.code,
                });
            }
            kept.push(if whole.code { (s, s) } else { (s, e) });
            while found.get(p).is_some_and(|q| q.0 < whole.end) {
                p += 1;
            }
            w += 1;
            continue;
        }
        for (block_start, block_end) in blocks(text, start, end) {
            split_block(text, (block_start, block_end), &code, number, &mut out);
        }
        kept.push((start, end));
        p += 1;
    }
    (kept, out)
}

/// A stretch of text read whole: one sentence, never split (a heading, a list item, a
/// table row, a caption); a code block also holds no quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    /// Byte offset of its first char.
    pub start: usize,
    /// Byte offset just past its last char.
    pub end: usize,
    /// It is code.
    pub code: bool,
    /// It is a stretch of code inside prose (`reflect.Value`): its stops end no
    /// sentence and its marks open no quotation, but it is no paragraph of its own.
    pub inline: bool,
}

/// Lines longer than this are paragraphs, not the hard-wrapped lines of one.
const PARAGRAPH_LINE: usize = 120;

/// Byte ranges of the paragraphs of `text`: runs of lines separated by blank lines; or,
/// in a text without blank lines whose lines run long (one paragraph a line, as text
/// copied from a web page or a word processor comes), its lines.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let blank_line = text
        .split_inclusive('\n')
        .any(|line| line.trim().is_empty() && line.ends_with('\n'));
    let long_line = text.lines().any(|line| line.len() > PARAGRAPH_LINE);
    if !blank_line && long_line && text.trim_end().contains('\n') {
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let (s, e) = trim_range(text, line_start, line_start + line.len());
            if s < e {
                out.push((s, e));
            }
            line_start += line.len();
        }
        return out;
    }
    let mut current: Option<(usize, usize)> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if line.trim().is_empty() {
            if let Some(range) = current.take() {
                out.push(range);
            }
        } else {
            let (s, e) = trim_range(text, line_start, line_end);
            current = Some(match current {
                Some((first, _)) => (first, e),
                None => (s, e),
            });
        }
        line_start = line_end;
    }
    out.extend(current);
    out
}

/// Cuts a paragraph into blocks that never share a sentence: list items, a heading or
/// dateline line above body text, and inline numbered lists (`1) … 2) …`).
fn blocks(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut line_blocks = Vec::new();
    let lines = line_ranges(text, start, end);
    let longest = lines
        .iter()
        .map(|&(s, e)| text[s..e].chars().count())
        .max()
        .unwrap_or(0);
    let mut block_start = start;
    for (index, &(line_start, line_end)) in lines.iter().enumerate() {
        let line = &text[line_start..line_end];
        let starts_item = index > 0 && list_marker_len(line.trim_start()).is_some();
        if starts_item && line_start > block_start {
            line_blocks.push((block_start, line_start));
            block_start = line_start;
        }
        let is_last = index + 1 == lines.len();
        if !is_last && is_heading_line(line, longest) {
            line_blocks.push((block_start, line_end));
            block_start = skip_space(text, line_end).min(end);
        }
    }
    if block_start < end {
        line_blocks.push((block_start, end));
    }
    let mut out = Vec::new();
    for (s, e) in line_blocks {
        for (a, b) in split_inline(text, s, e) {
            let (a, b) = trim_range(text, a, b);
            if a < b {
                out.push((a, b));
            }
        }
    }
    out
}

/// The lines of `text[start..end]`, trimmed, without empty ones.
fn line_ranges(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = start;
    for line in text[start..end].split_inclusive('\n') {
        let line_end = line_start + line.len();
        let (s, e) = trim_range(text, line_start, line_end);
        if s < e {
            out.push((s, e));
        }
        line_start = line_end;
    }
    out
}

/// A short line without final punctuation above longer lines: a headline, dateline or
/// caption that sits in the same paragraph as body text.
fn is_heading_line(line: &str, longest: usize) -> bool {
    let trimmed = line.trim_end();
    let Some(last) = trimmed.chars().next_back() else {
        return false;
    };
    let ends_open = last.is_alphanumeric() || last == ')' || last == '”' || last == '"';
    ends_open && longest >= 40 && trimmed.chars().count() * 2 < longest
}

/// The byte length of a list marker at the start of `line` (`- `, `• `, `1. `, `a) `),
/// including the space after it.
fn list_marker_len(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    let mut at = 0;
    if is_bullet(first) || matches!(first, '-' | '*' | '+') {
        at = skip_space(line, first.len_utf8());
        let spaced = at > first.len_utf8();
        if numbered_marker(&line[at..]).is_none() {
            return spaced.then_some(at);
        }
    }
    let marker = numbered_marker(&line[at..])?;
    let end = at + marker.len;
    line[end..].starts_with([' ', '\t']).then_some(end + 1)
}

/// A numbered or lettered list marker such as `12.`, `3)`, `1.)` or `b.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// The number, or the letter's position in the alphabet.
    value: u32,
    /// `true` for `a.`/`b)` markers.
    letter: bool,
    /// The punctuation after the value: `.`, `)` or `.)`.
    style: u8,
    /// Byte length of the marker.
    len: usize,
}

/// Reads a numbered or lettered marker at the start of `s`.
fn numbered_marker(s: &str) -> Option<Marker> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (value, letter, head) = if digits > 0 {
        if digits > 3 {
            return None;
        }
        (s[..digits].parse().ok()?, false, digits)
    } else {
        let c = s.bytes().next()?;
        if !c.is_ascii_lowercase() {
            return None;
        }
        (u32::from(c - b'a') + 1, true, 1)
    };
    let rest = &s[head..];
    let (style, punct) = if rest.starts_with(".)") {
        (2, 2)
    } else if rest.starts_with(')') {
        (1, 1)
    } else if rest.starts_with('.') {
        (0, 1)
    } else {
        return None;
    };
    Some(Marker {
        value,
        letter,
        style,
        len: head + punct,
    })
}

/// Splits a block at inline list items (`1) The first 2) The second`, `• 9. A • 10. B`),
/// after a leading dateline (`Thursday, May 7, 2015 On Tuesday…`), and before a caption
/// credit that follows unpunctuated text (`Belle Image: Nick Moreau.`).
fn split_inline(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let block = &text[start..end];
    let mut cuts = inline_list_cuts(block);
    cuts.extend(dateline_cut(block));
    cuts.extend(credit_cuts(block));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts {
        if cut > from && cut < block.len() {
            out.push((start + from, start + cut));
            from = cut;
        }
    }
    out.push((start + from, end));
    out
}

/// Offsets where the next item of an inline list begins, when the block starts with one.
fn inline_list_cuts(block: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let Some(first) = block.chars().next() else {
        return cuts;
    };
    if is_bullet(first) {
        for (i, c) in block.char_indices().skip(1) {
            let spaced = char_before(block, i).is_some_and(char::is_whitespace);
            if c == first && spaced {
                cuts.push(i);
            }
        }
        return cuts;
    }
    let Some(mut marker) = numbered_marker(block) else {
        return cuts;
    };
    if !block[marker.len..].starts_with(' ') {
        return cuts;
    }
    let mut from = marker.len;
    while let Some((at, next)) = find_next_marker(block, from, marker) {
        cuts.push(at);
        from = at + next.len;
        marker = next;
    }
    cuts
}

/// The next marker after `from` that continues the list of `previous` (value + 1, same
/// style), preceded by white space and followed by a space.
fn find_next_marker(block: &str, from: usize, previous: Marker) -> Option<(usize, Marker)> {
    let mut i = from;
    while i < block.len() {
        let at = skip_space(block, i);
        if at > i
            && let Some(m) = numbered_marker(&block[at..])
            && m.value == previous.value + 1
            && m.letter == previous.letter
            && m.style == previous.style
            && block[at + m.len..].starts_with(' ')
        {
            return Some((at, m));
        }
        let step = char_at(block, at).map_or(1, char::len_utf8);
        i = at + step;
    }
    None
}

/// The end of a dateline (`Thursday, May 7, 2015`) that opens a block and runs straight
/// into a capitalised sentence.
fn dateline_cut(block: &str) -> Option<usize> {
    let mut rest = block;
    if let Some(day) = WEEKDAYS.iter().find(|d| rest.starts_with(*d)) {
        rest = rest[day.len()..].strip_prefix(", ")?;
    }
    let month = MONTHS.iter().find(|m| rest.starts_with(*m))?;
    rest = rest[month.len()..].strip_prefix(' ')?;
    let day_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day_digits) {
        return None;
    }
    rest = rest[day_digits..].strip_prefix(", ")?;
    let year_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if year_digits != 4 {
        return None;
    }
    let cut = block.len() - rest.len() + 4;
    let after = block[cut..].strip_prefix(' ')?;
    after
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(cut)
}

/// Offsets of caption credits (`Image: …`) that follow text without final punctuation.
fn credit_cuts(block: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut from = 0;
    // A colon is found by a fast byte search, then the space after it is looked at.
    while let Some(found) = block[from..].find(':') {
        let colon = from + found;
        from = colon + 1;
        if !block[from..].starts_with(' ') {
            continue;
        }
        from += 1;
        let head = &block[..colon];
        let label_start = head.rfind(' ').map_or(0, |p| p + 1);
        let label = &head[label_start..];
        let credit = label_start > 0 && CREDITS.contains(&label);
        if credit
            && char_before(block, label_start - 1).is_some_and(|c| c.is_alphanumeric() || c == '.')
        {
            cuts.push(label_start);
        }
    }
    cuts
}

/// A run of terminators, spaced dots and closing marks that may end a sentence.
#[derive(Debug)]
struct Cluster {
    /// Byte offset just past the run (and its closing quotes or brackets).
    end: usize,
    /// Number of full stops in the run (an ellipsis char counts as three).
    dots: usize,
    /// Contains `?`, `!` or a CJK or other non-Latin terminator.
    strong: bool,
    /// Contains a full-width terminator, which needs no space after it.
    full_width: bool,
    /// The first full stop touches the word before it and spaced dots follow (`word. . . .`).
    attached_then_spaced: bool,
    /// A closing quotation mark or bracket follows the terminators.
    closed: bool,
}

impl Cluster {
    /// Reads the run of terminators starting at byte `pos` of `block`.
    fn read(block: &str, pos: usize) -> Self {
        let mut cluster = Self {
            end: pos,
            dots: 0,
            strong: false,
            full_width: false,
            attached_then_spaced: false,
            closed: false,
        };
        let attached = char_before(block, pos).is_some_and(|c| !c.is_whitespace());
        let mut i = pos;
        while let Some(c) = char_at(block, i) {
            if is_terminator(c) {
                match c {
                    '.' => cluster.dots += 1,
                    '…' => cluster.dots += 3,
                    _ => cluster.strong = true,
                }
                cluster.full_width |= is_full_width_terminator(c);
                i += c.len_utf8();
                cluster.end = i;
            } else if is_closer(c) && i > pos {
                cluster.closed = true;
                i += c.len_utf8();
                cluster.end = i;
            } else if let Some(len) = citation_len(&block[i..]).filter(|_| i > pos) {
                i += len;
                cluster.end = i;
            } else if c == ' ' && spaced_dot(&block[i..]) && cluster.dots > 0 {
                if cluster.dots == 1 && attached && block[pos..].starts_with('.') {
                    cluster.attached_then_spaced = true;
                }
                i += 1;
            } else if let Some(len) = spaced_closer(&block[i..]).filter(|_| i > pos) {
                i += len;
                cluster.end = i;
                cluster.closed = true;
            } else {
                break;
            }
        }
        cluster
    }
}

/// `true` when `s` is a space and a dot of a spaced ellipsis (`. . .`), not a space before
/// a name that starts with a dot (`cloneNode(). .content is…`, `. .NET`).
fn spaced_dot(s: &str) -> bool {
    s.strip_prefix(" .")
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// The length of a space and a closing mark standing alone after it, as tokenised text
/// sets them (`… challenges . '' One`): the mark closes the sentence before.
fn spaced_closer(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(' ')?;
    let mark = ["''", "”", "\""]
        .into_iter()
        .find(|m| rest.starts_with(m))?;
    let after = &rest[mark.len()..];
    (after.is_empty() || after.starts_with(char::is_whitespace)).then_some(1 + mark.len())
}

/// The byte length of a reference mark such as `[12]` at the start of `s`.
fn citation_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && inner[digits..].starts_with(']')).then_some(digits + 2)
}

/// What starts the text after a possible boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Nothing: the block ends.
    End,
    /// A lower-case letter: the sentence goes on.
    Lower,
    /// An upper-case letter, or a letter of a script without case.
    Upper,
    /// A digit.
    Digit,
    /// Another symbol (`$`, `—`).
    Other,
}

/// Classifies the first meaningful char of `word`, skipping opening marks and bullets.
fn next_kind(word: &str) -> Next {
    let Some(c) = word
        .chars()
        .find(|&c| !is_opener(c) && !is_bullet(c) && c != '-')
    else {
        return if word.is_empty() {
            Next::End
        } else {
            Next::Other
        };
    };
    if c.is_lowercase() {
        Next::Lower
    } else if c.is_numeric() {
        Next::Digit
    } else if c.is_alphabetic() {
        Next::Upper
    } else {
        Next::Other
    }
}

/// The white-space-delimited word that starts at `i` of `s`.
fn word_at(s: &str, i: usize) -> &str {
    let tail = &s[i..];
    let len = tail.find(char::is_whitespace).unwrap_or(tail.len());
    &tail[..len]
}

/// The white-space-delimited word that ends at `i` of `s`, without opening or closing marks;
/// at most its last [`LONGEST_WORD`] bytes, so that a long run without spaces is not read
/// again at each of its full stops.
fn word_before(s: &str, i: usize) -> &str {
    let head = &s[..i];
    let mut floor = i.saturating_sub(LONGEST_WORD);
    while !head.is_char_boundary(floor) {
        floor += 1;
    }
    let start = head[floor..]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(floor, |(p, c)| floor + p + c.len_utf8());
    head[start..]
        .trim_start_matches(|c: char| is_opener(c) || c == '-')
        .trim_end_matches(is_closer)
}

/// The longest word looked at before a full stop; no abbreviation is longer.
const LONGEST_WORD: usize = 64;

/// Splits one block into sentences and appends them to `out`; no sentence ends inside
/// `code` (sorted byte ranges of inline code).
fn split_block(
    text: &str,
    (start, end): (usize, usize),
    code: &[(usize, usize)],
    paragraph: usize,
    out: &mut Vec<Span>,
) {
    let block = &text[start..end];
    let first_code = code.partition_point(|&(_, e)| e <= start);
    let code = &code[first_code..code.partition_point(|&(s, _)| s < end)];
    let first_of_block = out.len();
    let mut push = |from: usize, to: usize| {
        let (s, e) = trim_range(block, from, to);
        if s >= e {
            return;
        }
        let words = block[s..e].contains(char::is_alphanumeric);
        let joins = !words && out.len() > first_of_block;
        match out.last_mut() {
            Some(last) if joins => last.end = start + e,
            _ => out.push(Span {
                paragraph,
                start: start + s,
                end: start + e,
                code: false,
            }),
        }
    };
    let mut sentence_start = 0;
    // Whether the sentence so far has a word, known up to `scanned`: each byte is looked
    // at once, however many terminators a wordless stretch (`? ? ?`, `😀. 😀.`) has.
    let (mut scanned, mut has_word) = (0, false);
    let mut i = list_marker_len(block).unwrap_or(0);
    let integrated = integrated_quotes(block);
    while let Some(pos) = find_mark(block, i, is_terminator) {
        let cluster = Cluster::read(block, pos);
        let quoted = integrated
            .iter()
            .any(|&(open, close)| open < pos && cluster.end <= close)
            || code
                .iter()
                .any(|&(s, e)| s <= start + pos && start + cluster.end < e);
        let code_at = |at: usize| code.iter().any(|&(s, _)| s == start + at);
        if !quoted && let Some(cut) = boundary(block, sentence_start, pos, &cluster, &code_at) {
            if cut > scanned {
                has_word = has_word || block[scanned..cut].contains(char::is_alphanumeric);
                scanned = cut;
            }
            if has_word {
                push(sentence_start, cut);
                sentence_start = cut;
                has_word = block[cut..scanned].contains(char::is_alphanumeric);
            }
        }
        let step = char_at(block, pos).map_or(1, char::len_utf8);
        i = cluster.end.max(pos + step);
    }
    push(sentence_start, block.len());
}

/// Double-quoted passages woven into the syntax of their sentence as reported speech
/// (`says "many schools will quit. Then …"`, `wrote that "…"`): the opening mark follows a
/// verb of saying directly, with no comma or colon. Their inner full stops do not end the
/// sentence around them. Byte ranges run from the opening to the closing mark.
fn integrated_quotes(block: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(open) = find_mark(block, from, |c| matches!(c, '"' | '“' | '«' | '„')) {
        let mark = char_at(block, open).unwrap_or('"');
        from = open + mark.len_utf8();
        let follows_word =
            char_before(block, open) == Some(' ') && follows_speech_verb(&block[..open - 1]);
        let opens = char_at(block, from).is_some_and(|c| !c.is_whitespace());
        if !(follows_word && opens) {
            continue;
        }
        let closes: &[char] = match mark {
            '«' => &['»'],
            '„' => &['“', '”'],
            '“' => &['”', '“'],
            _ => &['"'],
        };
        let Some(len) = block[from..].find(closes) else {
            break;
        };
        let close = from + len;
        spans.push((open, close));
        from = close + char_at(block, close).map_or(1, char::len_utf8);
    }
    spans
}

/// `true` when `head` ends with a verb of saying, optionally followed by `that`.
fn follows_speech_verb(head: &str) -> bool {
    let mut words = head.rsplit(' ');
    let mut last = words.next().unwrap_or("");
    if last == "that" {
        last = words.next().unwrap_or("");
    }
    let unpunctuated = last.chars().next_back().is_some_and(char::is_alphabetic);
    unpunctuated && lexicon::is_speech_verb(last)
}

/// Where the sentence ends if the terminator run at `pos` ends it, or `None`.
fn boundary(
    block: &str,
    sentence_start: usize,
    pos: usize,
    cluster: &Cluster,
    code_at: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let after = cluster.end;
    if cluster.full_width {
        return Some(after);
    }
    match char_at(block, after) {
        None => return Some(after),
        // `…at the clinic.Ana Ruiz is…`, where emphasis markup held the space: a word
        // of small letters, a stop, then a capitalised word that a space ends (a word
        // that punctuation ends is a name in code: `strings.Builder:`, `fmt.Println(v)`).
        Some(c) if c.is_uppercase() && !cluster.full_width => {
            let capitalised = word_at(block, after)
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            let spaced = char_at(block, after + capitalised.len()).is_none_or(char::is_whitespace);
            let glued = spaced
                && char_at(block, after + c.len_utf8()).is_some_and(char::is_lowercase)
                && word_before(block, pos)
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    >= 3
                && word_before(block, pos)
                    .chars()
                    .all(|c| c.is_lowercase() || matches!(c, '_' | '*' | ')' | '’' | '”'))
                && cluster.dots == 1;
            return glued.then_some(after);
        }
        Some(c) if !c.is_whitespace() => return None,
        Some(_) => {}
    }
    let mut next_start = skip_space(block, after);
    while word_at(block, next_start)
        .chars()
        .all(|c| matches!(c, '-' | '–' | '—'))
        && next_start < block.len()
    {
        next_start = skip_space(block, next_start + word_at(block, next_start).len());
    }
    let next_word = word_at(block, next_start);
    // Code opens a sentence in whatever case it is written (`… baz. `std::sync` does …`).
    let next = match next_kind(next_word) {
        Next::Lower if code_at(next_start) => Next::Upper,
        kind => kind,
    };
    if next == Next::End {
        return Some(after);
    }
    // `“Why?” Putin asked.`: the name and verb after a quotation that opens its sentence
    // belong to it; after one woven into a sentence (`described her as “a planet.”
    // Zenghelis described…`) they open the next.
    let opens_with_quote = block[sentence_start..pos]
        .trim_start()
        .starts_with(['“', '"', '«', '„', '‘', '\'']);
    if cluster.closed && opens_with_quote && is_attribution(&block[next_start..]) {
        return None;
    }
    // `“…hardest part.” — Ana Ruiz`: a name after a dash signs the quotation.
    let dashed = block[after..next_start].contains(['—', '–', '―', '-']);
    if cluster.closed && dashed && is_signature(&block[next_start..]) {
        return None;
    }
    if cluster.strong && cluster.dots == 0 {
        return (next != Next::Lower).then_some(after);
    }
    if cluster.attached_then_spaced {
        return (next != Next::Lower).then_some(pos + 1);
    }
    if cluster.dots >= 4 {
        return (next != Next::Lower).then_some(after);
    }
    if cluster.dots == 3 && char_before(block, pos) == Some('[') {
        let capital = next_word.chars().next().is_some_and(char::is_uppercase);
        return capital.then_some(after);
    }
    if cluster.dots == 3 {
        let is_pronoun_i = next_word
            .trim_start_matches(is_opener)
            .split(|c: char| !c.is_alphabetic())
            .next()
            == Some("I");
        return (next == Next::Upper && !is_pronoun_i).then_some(after);
    }
    let word = word_before(block, pos);
    let ends = match abbreviations::classify(word) {
        WordKind::Prepositive => false,
        WordKind::BeforeNumber => next != Next::Lower && next != Next::Digit,
        WordKind::Initialism => {
            next == Next::Upper && (cluster.closed || abbreviations::is_starter(next_word))
        }
        WordKind::Clock => {
            next == Next::Upper
                && !is_fronted_time(&block[sentence_start..pos], next_word)
                && !is_time_zone(next_word)
        }
        WordKind::Letter => {
            next == Next::Upper && letter_ends(block, sentence_start, word, next_word)
        }
        // `Apple Inc. CEO Steve Jobs`: a company's suffix before its officer's title.
        WordKind::Plain if company_suffix(word) && next == Next::Upper && titles(next_word) => {
            false
        }
        WordKind::Plain => {
            let lettered = next_word
                .trim_start_matches(is_opener)
                .chars()
                .take_while(|c| c.is_alphabetic())
                .count()
                >= 2;
            next != Next::Lower
                || (!cluster.closed && lettered && abbreviations::ends_before_small_letter(word))
        }
    };
    ends.then_some(after)
}

/// `true` for the suffix of a company's name (`Inc`, `Corp`, `Ltd`, `Co`, `LLC`, `plc`).
fn company_suffix(word: &str) -> bool {
    lexicon::COMPANY_SUFFIXES.contains(word.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// `true` when `next_word` is a title or role (`CEO`, `Chairman`, `spokesman`).
fn titles(next_word: &str) -> bool {
    let bare = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    lexicon::ROLES.contains(bare)
}

/// `true` when `rest` opens with a short capitalised name and a verb of saying, as after
/// a quotation in `“Why?” Putin asked.`: the attribution belongs to the quotation's sentence.
fn is_attribution(rest: &str) -> bool {
    let mut words = rest.split_whitespace().take(6).enumerate().peekable();
    while let Some((count, word)) = words.next().filter(|(count, _)| *count < 5) {
        if count > 0 && lexicon::is_speech_verb(word) {
            // `Despite saying this`, `The agency said it was feeding 50,000`: a sentence of
            // its own that reports something else.
            let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
            let clause = words.peek().is_some_and(|(_, next)| {
                matches!(
                    *next,
                    "it" | "that" | "he" | "she" | "they" | "we" | "there" | "I" | "you"
                )
            });
            return !bare.ends_with("ing")
                && (!clause || word.ends_with([',', '.']))
                && (!word.ends_with([',', ';', ':']) || word.ends_with('.'));
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// `true` when `rest`, the end of a paragraph, is a short name and nothing else (`Ana
/// Ruiz`, `Harbour Office (@harbour)`): the signature of a quotation.
fn is_signature(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(7).collect();
    (1..=6).contains(&words.len())
        && !rest.contains(['.', '!', '?'])
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

/// `true` for a time zone written after a clock time (`9 p.m. PT`, `10 a.m. GMT`).
fn is_time_zone(word: &str) -> bool {
    let bare = word.trim_end_matches([',', ';', ')', '.']);
    matches!(
        bare,
        "PT" | "PST"
            | "PDT"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "WET"
            | "IST"
            | "JST"
            | "AEST"
            | "AEDT"
            | "HKT"
            | "SGT"
            | "MSK"
    )
}

/// `true` when a sentence that reads `At 5 a.m.` so far is a fronted time phrase, so that
/// the capitalised word after it (`Mr. Smith went…`) continues the same sentence.
fn is_fronted_time(so_far: &str, next_word: &str) -> bool {
    if abbreviations::is_starter(next_word) {
        return false;
    }
    let words: Vec<&str> = so_far.split_whitespace().take(4).collect();
    let leads = [
        "At",
        "By",
        "Around",
        "About",
        "Until",
        "Till",
        "Before",
        "After",
        "From",
        "Since",
        "Shortly",
        "Just",
        "On",
        "Tomorrow",
        "Today",
        "Yesterday",
    ];
    words.len() <= 3 && words.first().is_some_and(|w| leads.contains(w))
}

/// Whether a single letter before a full stop ends the sentence: `you and I.` and
/// `vitamin C. The` do; `Albert I. Jones`, `J. K. Rowling` and `writer L. Ron` do not.
fn letter_ends(block: &str, sentence_start: usize, letter: &str, next_word: &str) -> bool {
    // `letter` is a slice of `block`, possibly without the closing marks after it.
    let word_start = (letter.as_ptr() as usize)
        .saturating_sub(block.as_ptr() as usize)
        .min(block.len());
    let previous = block[sentence_start..word_start.max(sentence_start)]
        .split_whitespace()
        .next_back();
    let Some(previous) = previous else {
        return false;
    };
    let previous_is_initial = {
        let mut chars = previous.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let previous_capitalised = previous
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    if letter.chars().all(char::is_lowercase) {
        return true;
    }
    if previous_is_initial || previous_capitalised {
        return false;
    }
    letter == "I" || abbreviations::is_starter(next_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn rules_from_the_issue() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Smith met Mrs. Jones and Dr. Lee. They talked.",
                &["Mr. Smith met Mrs. Jones and Dr. Lee.", "They talked."],
            ),
            (
                "Gov. Newsom, Sen. Padilla and Rep. Lee spoke. Gen. Milley and Lt. Col. Vindman listened.",
                &[
                    "Gov. Newsom, Sen. Padilla and Rep. Lee spoke.",
                    "Gen. Milley and Lt. Col. Vindman listened.",
                ],
            ),
            (
                "He lives on St. Mark's Place in apartment No. 5 and works at Acme Inc. in Ohio.",
                &[
                    "He lives on St. Mark's Place in apartment No. 5 and works at Acme Inc. in Ohio.",
                ],
            ),
            (
                "Shares of Acme Corp. fell. The vote is on Jan. 5 at 9 a.m. and ends at 5 p.m. on Feb. 2.",
                &[
                    "Shares of Acme Corp. fell.",
                    "The vote is on Jan. 5 at 9 a.m. and ends at 5 p.m. on Feb. 2.",
                ],
            ),
            (
                "Fruit, e.g. apples, i.e. food. Ali vs. Frazier was long.",
                &[
                    "Fruit, e.g. apples, i.e. food.",
                    "Ali vs. Frazier was long.",
                ],
            ),
            (
                "The U.S. and the U.K. met at the U.N. on Friday. Talks moved to the U.S. How long?",
                &[
                    "The U.S. and the U.K. met at the U.N. on Friday.",
                    "Talks moved to the U.S.",
                    "How long?",
                ],
            ),
            (
                "J. K. Rowling wrote it. Sales hit $1.2 billion. Costs rose 3.5%.",
                &[
                    "J. K. Rowling wrote it.",
                    "Sales hit $1.2 billion.",
                    "Costs rose 3.5%.",
                ],
            ),
            (
                "See https://example.com/a.html. Write to jane.doe@example.com. Thanks.",
                &[
                    "See https://example.com/a.html.",
                    "Write to jane.doe@example.com.",
                    "Thanks.",
                ],
            ),
            (
                "He paused... then spoke. It was late… Nobody left.",
                &["He paused... then spoke.", "It was late…", "Nobody left."],
            ),
            ("“Why?” he asked.", &["“Why?” he asked."]),
            ("“Why?” Putin asked.", &["“Why?” Putin asked."]),
            ("“Done.” Markets rallied.", &["“Done.”", "Markets rallied."]),
            (
                "he said, “it is over”. Then he left.",
                &["he said, “it is over”.", "Then he left."],
            ),
            (
                "“We lost. We will be back,” he said.",
                &["“We lost.", "We will be back,” he said."],
            ),
            (
                "He left (he was tired.) and slept. (Nobody saw him.) Then morning came.",
                &[
                    "He left (he was tired.) and slept.",
                    "(Nobody saw him.)",
                    "Then morning came.",
                ],
            ),
            (
                "東京は晴れ。大阪は雨！本当？",
                &["東京は晴れ。", "大阪は雨！", "本当？"],
            ),
            (
                "Москва, т.е. столица. Путин заявил это в пятницу.",
                &["Москва, т.е. столица.", "Путин заявил это в пятницу."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&split(text), expected, "{text}");
        }
    }

    #[test]
    fn inline_code_ends_no_sentence() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "(Also, from the reflect.Value it's easy.) Next one.",
                &["reflect.Value"],
                &["(Also, from the reflect.Value it's easy.)", "Next one."],
            ),
            (
                "Why not fmt.Println(v)? Because v is a reflect.Value; it holds one.",
                &["fmt.Println(v)", "reflect.Value"],
                &[
                    "Why not fmt.Println(v)?",
                    "Because v is a reflect.Value; it holds one.",
                ],
            ),
            (
                "Call os.Exit. Then stop. Run it with go run main.go. Done.",
                &["os.Exit", "main.go"],
                &[
                    "Call os.Exit.",
                    "Then stop.",
                    "Run it with go run main.go.",
                    "Done.",
                ],
            ),
            (
                "She works at the clinic.Ana Ruiz is her colleague.",
                &[],
                &["She works at the clinic.", "Ana Ruiz is her colleague."],
            ),
            (
                "bar unlocks it before awaiting baz. std::sync::MutexGuard does not implement Send.",
                &["bar", "baz", "std::sync::MutexGuard"],
                &[
                    "bar unlocks it before awaiting baz.",
                    "std::sync::MutexGuard does not implement Send.",
                ],
            ),
            (
                "Use a helper, e.g. unwrap_or works. Then go on.",
                &["unwrap_or"],
                &["Use a helper, e.g. unwrap_or works.", "Then go on."],
            ),
            (
                "It ends with etc. cargo build runs it.",
                &["cargo build"],
                &["It ends with etc.", "cargo build runs it."],
            ),
        ];
        for (text, code, expected) in cases {
            let wholes: Vec<Whole> = code
                .iter()
                .map(|c| {
                    let start = text.find(c).expect("code in the text");
                    Whole {
                        start,
                        end: start + c.len(),
                        code: true,
                        inline: true,
                    }
                })
                .collect();
            let (_, spans) = sentences_with(text, &wholes);
            let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    #[test]
    fn a_name_that_starts_with_a_dot_opens_a_sentence() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Copy it with cloneNode(). .content is read-only.",
                &["Copy it with cloneNode().", ".content is read-only."],
            ),
            (
                "Keys live in the project folder. .env files hold them.",
                &["Keys live in the project folder.", ".env files hold them."],
            ),
            (
                "It ported to Windows. .NET came later. He waited . . . and left.",
                &[
                    "It ported to Windows.",
                    ".NET came later.",
                    "He waited . . . and left.",
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&split(text), expected, "{text}");
        }
    }

    #[test]
    fn a_closing_mark_set_apart_closes_the_sentence_before() {
        let cases: &[(&str, &[&str])] = &[
            (
                "`` We have work to do . '' One thing is clear .",
                &["`` We have work to do . ''", "One thing is clear ."],
            ),
            (
                "He said “ it is over . ” Then he left .",
                &["He said “ it is over . ”", "Then he left ."],
            ),
            (
                "\" Stop . \" The police came . He said \"Go.\" Then he ran.",
                &[
                    "\" Stop . \"",
                    "The police came .",
                    "He said \"Go.\"",
                    "Then he ran.",
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&split(text), expected, "{text}");
        }
    }

    #[test]
    fn edges_found_in_real_text() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The desk is open until 9 p.m. PT on weekdays. Call us.",
                &["The desk is open until 9 p.m. PT on weekdays.", "Call us."],
            ),
            (
                "Polls close at 8 a.m. GMT, officials said. Counting starts then.",
                &[
                    "Polls close at 8 a.m. GMT, officials said.",
                    "Counting starts then.",
                ],
            ),
            (
                "The meeting ends at 5 p.m. Ruiz will speak after it.",
                &["The meeting ends at 5 p.m.", "Ruiz will speak after it."],
            ),
            (
                "“The pier was the hardest part.” — Ana Ruiz",
                &["“The pier was the hardest part.” — Ana Ruiz"],
            ),
            (
                "“We are open again.” — Harbour Office (@harbour)",
                &["“We are open again.” — Harbour Office (@harbour)"],
            ),
            (
                "\"So far, it's 1 to 0. But it's a long game.\" - Matthew Ingram",
                &[
                    "\"So far, it's 1 to 0.",
                    "But it's a long game.\" - Matthew Ingram",
                ],
            ),
            (
                "“It worked.” — then it failed. Nobody knew why.",
                &["“It worked.” — then it failed.", "Nobody knew why."],
            ),
            (
                "“Food is low.” The World Food Program said it fed 50,000 people.",
                &[
                    "“Food is low.”",
                    "The World Food Program said it fed 50,000 people.",
                ],
            ),
            (
                "“Go home.” Police said that the road was shut.",
                &["“Go home.”", "Police said that the road was shut."],
            ),
            (
                "“Not first in my book.” Despite saying this, he went on.",
                &[
                    "“Not first in my book.”",
                    "Despite saying this, he went on.",
                ],
            ),
            (
                "“It is over.” Ruiz said this week. Then she left.",
                &["“It is over.” Ruiz said this week.", "Then she left."],
            ),
            (
                "“Why now?” Ana Ruiz asked it, twice.",
                &["“Why now?” Ana Ruiz asked it, twice."],
            ),
            (
                "Koolhaas described her as “a planet in her own orbit.” Zenghelis described her as a star.",
                &[
                    "Koolhaas described her as “a planet in her own orbit.”",
                    "Zenghelis described her as a star.",
                ],
            ),
            (
                "The board called it “a good day.” Ruiz said it was not.",
                &["The board called it “a good day.”", "Ruiz said it was not."],
            ),
            (
                "She works at the clinic.Ana Ruiz is her colleague.",
                &["She works at the clinic.", "Ana Ruiz is her colleague."],
            ),
            (
                "Visit example.com or the U.S.Army site.",
                &["Visit example.com or the U.S.Army site."],
            ),
            (
                "Gates were shut at the port.Customs officers waited.",
                &["Gates were shut at the port.", "Customs officers waited."],
            ),
            (
                "It suggests using Go 1.10’s strings.Builder: it is faster.",
                &["It suggests using Go 1.10’s strings.Builder: it is faster."],
            ),
            (
                "Because v is a reflect.Value; we want the value it holds.",
                &["Because v is a reflect.Value; we want the value it holds."],
            ),
            (
                "Why not call fmt.Println(v) here? It prints the same.",
                &["Why not call fmt.Println(v) here?", "It prints the same."],
            ),
            (
                "It copies every commit to the parent repo. git blame then points at it.",
                &[
                    "It copies every commit to the parent repo.",
                    "git blame then points at it.",
                ],
            ),
            (
                "We will triage the issues on Friday. pnkfelix will write the document.",
                &[
                    "We will triage the issues on Friday.",
                    "pnkfelix will write the document.",
                ],
            ),
            (
                "It has two sins: a) leaving the church. b) refusing to lie.",
                &["It has two sins: a) leaving the church. b) refusing to lie."],
            ),
            (
                "Bring pens, paper etc. and some ink.",
                &["Bring pens, paper etc. and some ink."],
            ),
            (
                "Shares of Acme Inc. rose and Globex Corp. fell on Wed. night.",
                &["Shares of Acme Inc. rose and Globex Corp. fell on Wed. night."],
            ),
            (
                "She shouted “stop.” and then she left.",
                &["She shouted “stop.” and then she left."],
            ),
            (
                "Die Kosten für Strom, Mieten usw. sind gestiegen.",
                &["Die Kosten für Strom, Mieten usw. sind gestiegen."],
            ),
            (
                "The sum is kept in a big.Int, which never overflows.",
                &["The sum is kept in a big.Int, which never overflows."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "{text}");
        }
    }

    #[test]
    fn a_company_suffix_before_a_title_ends_no_sentence() {
        let cases: &[(&str, &[&str])] = &[
            (
                "“We love it,” said Apple Inc. CEO Steve Jobs. Globex Corp. Chairman Ana Ruiz agreed.",
                &[
                    "“We love it,” said Apple Inc. CEO Steve Jobs.",
                    "Globex Corp. Chairman Ana Ruiz agreed.",
                ],
            ),
            (
                "He works at Acme Inc. The firm is small. Shares of Globex Corp. Analysts left.",
                &[
                    "He works at Acme Inc.",
                    "The firm is small.",
                    "Shares of Globex Corp.",
                    "Analysts left.",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "{text}");
        }
    }

    #[test]
    fn paragraphs_lists_and_headings() {
        let text = "Headline Without a Stop\n\nBody text that was wrapped\nat the margin. Second.\n\n- first item\n- second item\n";
        assert_eq!(
            split(text),
            [
                "Headline Without a Stop",
                "Body text that was wrapped\nat the margin.",
                "Second.",
                "- first item",
                "- second item"
            ]
        );
        let numbers: Vec<usize> = sentences(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(numbers, [0, 1, 1, 2, 2]);
        let dated = "MOSCOW, June 2\nPresident Vladimir Putin called on U.S. businessmen on Friday to help.";
        assert_eq!(
            split(dated),
            [
                "MOSCOW, June 2",
                "President Vladimir Putin called on U.S. businessmen on Friday to help."
            ]
        );
    }

    #[test]
    fn inline_lists_datelines_and_credits() {
        assert_eq!(
            split("1) The first item 2) The second item"),
            ["1) The first item", "2) The second item"]
        );
        assert_eq!(
            split("Thursday, May 7, 2015 On Tuesday, it rained."),
            ["Thursday, May 7, 2015", "On Tuesday, it rained."]
        );
        assert_eq!(
            split("Belle Image: Nick Moreau."),
            ["Belle", "Image: Nick Moreau."]
        );
    }
}
