//! Character classes shared by the sentence splitter and the quotation finder.

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
    fn neighbours_respect_char_boundaries() {
        let s = "a“b";
        assert_eq!(char_before(s, 4), Some('“'));
        assert_eq!(char_at(s, 1), Some('“'));
        assert_eq!(char_at(s, 2), None);
        assert_eq!(char_before(s, 0), None);
    }

    #[test]
    fn trims_to_the_words() {
        assert_eq!(trim_range("  ab \n", 0, 6), (2, 4));
        assert_eq!(trim_range("   ", 0, 3), (0, 0));
        assert_eq!(skip_space("a  b", 1), 3);
    }
}
