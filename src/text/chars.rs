//! Character classes shared by the sentence splitter and the quotation finder.

use crate::text::byte_scan;

/// Ends a sentence: full stop, question and exclamation marks, ellipsis, and their CJK,
/// Arabic and Devanagari counterparts.
pub fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '؟'
            | '।'
            | '॥'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
    )
}

/// `char::is_alphanumeric`, answered without Unicode's tables for ASCII and for the
/// punctuation news text is full of (quotation marks, dashes, the general punctuation
/// block, no-break spaces), where a hostile text spends most of its time.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if matches!(c, '\u{2000}'..='\u{206f}' | '\u{a0}' | '«' | '»') {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Ends a sentence even without white space after it (CJK full-width marks).
pub fn is_full_width_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// May close a sentence after its terminator: closing quotation marks and brackets.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '”' | '’' | '"' | '\'' | '»' | '›' | '」' | '』' | '“' | '）' | '】'
    )
}

/// May open a sentence: opening quotation marks, brackets and Spanish inverted marks.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '“'
            | '‘'
            | '"'
            | '\''
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '「'
            | '『'
            | '¿'
            | '¡'
            | '（'
            | '【'
    )
}

/// A dash or bullet that may lead a list item or a clause.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃' | '▪' | '◦' | '‣' | '●' | '○' | '■' | '□' | '➢' | '►' | '–' | '—'
    )
}

/// Bytes that can start a char of interest to the scanners: the ASCII terminators and
/// quotation marks, and the lead bytes of their non-ASCII counterparts.
const LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let ascii: &[u8] = b".!?\"'`";
    let mut i = 0;
    while i < ascii.len() {
        table[ascii[i] as usize] = true;
        i += 1;
    }
    // « » (C2), ؟ (D8), । ॥ (E0), “ ” ‘ ’ „ ‚ ‹ › … ‼ ⁇ ⁈ ⁉ (E2), 。「」『』 (E3), ！？｡ (EF).
    let leads: &[u8] = &[0xC2, 0xD8, 0xE0, 0xE2, 0xE3, 0xEF];
    let mut j = 0;
    while j < leads.len() {
        table[leads[j] as usize] = true;
        j += 1;
    }
    table
};

/// The byte offset of the first char at or after `from` for which `wanted` holds, looking
/// only at chars that can be terminators or quotation marks (a fast byte scan instead of
/// decoding every char).
pub fn find_mark(s: &str, from: usize, wanted: impl Fn(char) -> bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // Eight bytes with no mark and no lead byte of one are passed over at once.
        if let Some(chunk) = bytes.get(i..i + 8)
            && !may_hold_mark(byte_scan::word(chunk))
        {
            i += 8;
            continue;
        }
        if LEADS[bytes[i] as usize]
            && let Some(c) = s.get(i..).and_then(|rest| rest.chars().next())
            && wanted(c)
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `true` when one of the eight bytes of `word` is a byte of [`LEADS`] (or any byte above
/// ASCII, which is cheaper to test and rarer than a lead byte is).
fn may_hold_mark(word: u64) -> bool {
    word & byte_scan::HIGH != 0
        || b".!?\"'`"
            .iter()
            .any(|&mark| byte_scan::bytes_equal(word, mark) != 0)
}

/// The char just before byte offset `i` of `s`, if any.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

/// The char starting at byte offset `i` of `s`, if any.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|tail| tail.chars().next())
}

/// Byte offset of the first non-white-space char at or after `i` (or `s.len()`).
pub fn skip_space(s: &str, i: usize) -> usize {
    match s.get(i..) {
        Some(tail) => i + (tail.len() - tail.trim_start().len()),
        None => s.len(),
    }
}

/// The byte range of `s[start..end]` without leading and trailing white space.
pub fn trim_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = s.get(start..end) else {
        return (start, start);
    };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead == slice.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_found_eight_bytes_at_a_time() {
        let pieces = [
            "word", " ", ".", "!", "?", "\"", "'", "`", "…", "“", "”", "’", "。", "！", "؟", "é",
            "«",
        ];
        let quote = |c: char| matches!(c, '"' | '“' | '«' | '„');
        for lead in 0..9 {
            for a in pieces {
                for b in pieces {
                    let text = format!("{}{a}abcdefgh{b}{a}z", "q".repeat(lead));
                    for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                        let naive = |wanted: &dyn Fn(char) -> bool| {
                            text[from..]
                                .char_indices()
                                .find(|&(_, c)| wanted(c))
                                .map(|(i, _)| from + i)
                        };
                        assert_eq!(find_mark(&text, from, is_terminator), naive(&is_terminator));
                        assert_eq!(find_mark(&text, from, quote), naive(&quote), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn neighbours_respect_char_boundaries() {
        let s = "a“b";
        assert_eq!(char_before(s, 4), Some('“'));
        assert_eq!(char_at(s, 1), Some('“'));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_before(s, 0), None);
    }

    #[test]
    fn finds_marks_by_bytes() {
        let s = "Ja, “so” — 終わり。 Fin!";
        assert_eq!(find_mark(s, 0, is_terminator), s.find('。'));
        assert_eq!(find_mark(s, 0, |c| c == '”'), s.find('”'));
        assert_eq!(
            find_mark(s, s.find('。').map_or(0, |i| i + 3), is_terminator),
            s.find('!')
        );
        assert_eq!(find_mark(s, 0, |c| c == '«'), None);
    }

    #[test]
    fn trims_to_the_words() {
        assert_eq!(trim_range("  ab \n", 0, 6), (2, 4));
        assert_eq!(trim_range("   ", 0, 3), (0, 0));
        assert_eq!(skip_space("a  b", 1), 3);
    }
}
