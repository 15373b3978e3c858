//! Control characters made visible: escape sequences (ESC, CSI), backspaces, stray
//! carriage returns, NULs and bidirectional overrides and isolates never reach a terminal,
//! a report or the app as themselves, where they could rewrite what is shown (retitle a
//! window, clear a screen, write the clipboard, reorder a line). Each becomes a visible
//! symbol: C0 controls their Unicode "control picture" (ESC → ␛), DEL ␡, C1 controls
//! `⟨U+009B⟩`, bidi controls their abbreviation (`⟨RLO⟩`).

use std::borrow::Cow;

use super::blocks::{Attribution, Dropped, Unit};

/// How `c` is shown, if it must not be shown as itself; `keep_lines` keeps line feeds
/// and tabs (article text) or shows them too (one-line messages).
fn replacement(c: char, keep_lines: bool) -> Option<Cow<'static, str>> {
    let name = match c {
        '\n' | '\t' if keep_lines => return None,
        '\u{0}'..='\u{1f}' => {
            let picture = char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}');
            return Some(Cow::Owned(picture.to_string()));
        }
        '\u{7f}' => return Some(Cow::Borrowed("␡")),
        '\u{80}'..='\u{9f}' => return Some(Cow::Owned(format!("⟨U+{:04X}⟩", c as u32))),
        '\u{202a}' => "⟨LRE⟩",
        '\u{202b}' => "⟨RLE⟩",
        '\u{202c}' => "⟨PDF⟩",
        '\u{202d}' => "⟨LRO⟩",
        '\u{202e}' => "⟨RLO⟩",
        '\u{2066}' => "⟨LRI⟩",
        '\u{2067}' => "⟨RLI⟩",
        '\u{2068}' => "⟨FSI⟩",
        '\u{2069}' => "⟨PDI⟩",
        _ => return None,
    };
    Some(Cow::Borrowed(name))
}

/// `true` if some char of `text` must be made visible; a quick byte scan, so that clean
/// text (nearly all of it) costs one pass and no copy.
fn needs_work(text: &str, keep_lines: bool) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => !keep_lines,
        0..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    })
}

/// `text` on one line, every control character (line breaks too) shown as a symbol: for
/// file names and messages.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    if !needs_work(text, false) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match replacement(c, false) {
            Some(shown) => out.push_str(&shown),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Article text with its control characters shown as symbols (line feeds and tabs kept),
/// and the offsets of `units` and `dropped` moved to match.
pub fn make_visible(
    text: String,
    units: &mut [Unit],
    dropped: &mut [Dropped],
    attributions: &mut [Attribution],
) -> String {
    if !needs_work(&text, true) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64);
    // (offset in `text` just past a replaced char, how much longer `out` is from there on)
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    for (at, c) in text.char_indices() {
        match replacement(c, true) {
            Some(shown) => {
                out.push_str(&shown);
                let growth = out.len() - (at + c.len_utf8());
                shifts.push((at + c.len_utf8(), growth));
            }
            None => out.push(c),
        }
    }
    let moved = |offset: usize| {
        let before = shifts.partition_point(|&(end, _)| end <= offset);
        offset + before.checked_sub(1).map_or(0, |i| shifts[i].1)
    };
    for unit in units {
        unit.start = moved(unit.start);
        unit.end = moved(unit.end);
    }
    for d in dropped {
        d.offset = moved(d.offset);
    }
    for a in attributions {
        a.start = moved(a.start);
        a.end = moved(a.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_become_symbols() {
        assert_eq!(visible_line("a\u{1b}]0;pwned\u{7}b"), "a␛]0;pwned␇b");
        assert_eq!(visible_line("two\nlines\r"), "two␊lines␍");
        assert_eq!(visible_line("x\u{9b}2J"), "x⟨U+009B⟩2J");
        assert_eq!(visible_line("abc\u{202e}fed"), "abc⟨RLO⟩fed");
        assert_eq!(visible_line("\u{2067}x\u{2069}"), "⟨RLI⟩x⟨PDI⟩");
        assert_eq!(visible_line("del\u{7f}nul\u{0}bs\u{8}"), "del␡nul␀bs␈");
        assert!(matches!(
            visible_line("plain “text” — é ‏"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn article_text_keeps_its_lines_and_its_offsets_follow() {
        let text = "A\u{1b}[2J b.\n\nC\u{202e}d.".to_owned();
        let c = text.find('C').unwrap();
        let mut units = vec![Unit {
            start: c,
            end: text.len(),
            code: false,
            inline: false,
        }];
        let mut dropped = vec![Dropped {
            offset: c,
            what: "x".into(),
        }];
        let out = make_visible(text, &mut units, &mut dropped, &mut []);
        assert_eq!(out, "A␛[2J b.\n\nC⟨RLO⟩d.");
        assert_eq!(&out[units[0].start..units[0].end], "C⟨RLO⟩d.");
        assert_eq!(&out[dropped[0].offset..dropped[0].offset + 1], "C");
        let clean = "no controls\there\n".to_owned();
        assert_eq!(
            make_visible(clean.clone(), &mut [], &mut [], &mut []),
            clean
        );
    }
}
