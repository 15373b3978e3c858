//! Every character the app can show has a glyph in the fonts it ships.

use std::path::{Path, PathBuf};

/// Every character of every string and char literal in the app's sources and the
/// presentation model it reads (and in the error messages and warnings it shows) has a glyph in the fonts the app ships: a label
/// with a character those fonts lack fails here, whichever test happens to draw it.
#[test]
fn every_character_the_app_can_show_has_a_glyph() {
    let ctx = egui::Context::default();
    crate::app_fonts(&ctx);
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let mut sources = Vec::new();
    rust_files(Path::new("src/app"), &mut sources);
    rust_files(Path::new("src/present"), &mut sources);
    sources.extend(
        [
            "src/ingest/error.rs",
            "src/document.rs",
            "src/report/mod.rs",
        ]
        .map(PathBuf::from),
    );
    let mut missing = Vec::new();
    let mut checked = 0;
    for path in &sources {
        let code = std::fs::read_to_string(path).expect("readable source");
        for literal in literals(&code) {
            for c in literal.chars().filter(|c| !c.is_control()) {
                checked += 1;
                for font in [
                    egui::FontId::proportional(14.0),
                    egui::FontId::monospace(14.0),
                ] {
                    if !ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                        missing.push(format!(
                            "{} U+{:04X} in {:?} ({}: {literal:?})",
                            c,
                            c as u32,
                            font.family,
                            path.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        checked > 5_000,
        "only {checked} characters found: is the scan broken?"
    );
    assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
}

/// The scanner finds what a label would show, escapes resolved, and nothing in comments.
#[test]
fn the_literal_scanner_reads_rust_strings() {
    let code = r####"
        // "not this"
        /* nor "this" */
        let a = "plain \"quoted\" \u{2195}";
        let b = r#"raw "inside""#;
        let c = '↕';
        fn f<'a>(x: &'a str) -> char { '\'' }
        let d = b"bytes";
    "####;
    assert_eq!(
        literals(code),
        ["plain \"quoted\" ↕", "raw \"inside\"", "↕", "'", "bytes"]
    );
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("source folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string and char literals of Rust source, with their escapes resolved.
fn literals(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !word_before(&chars, i) {
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            let start = i + 1 + hashes + 1;
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let mut end = start;
            while end < chars.len() && !chars[end..].starts_with(&closing) {
                end += 1;
            }
            out.push(chars[start.min(end)..end].iter().collect());
            i = end + closing.len();
        } else if c == '"' {
            let (text, end) = escaped(&chars, i + 1, '"');
            out.push(text);
            i = end + 1;
        } else if c == '\'' {
            // A char literal, or a lifetime ('a, 'static) that has no closing quote.
            let closes = match next {
                Some('\\') => true,
                Some(_) => chars.get(i + 2) == Some(&'\''),
                None => false,
            };
            if closes {
                let (text, end) = escaped(&chars, i + 1, '\'');
                out.push(text);
                i = end + 1;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// `true` when the char before `at` continues an identifier (`for`, `bar"`).
fn word_before(chars: &[char], at: usize) -> bool {
    at > 0 && (chars[at - 1].is_alphanumeric() || chars[at - 1] == '_')
}

/// The text of a quoted literal from `start` up to the unescaped `close`, and where it ends.
fn escaped(chars: &[char], start: usize, close: char) -> (String, usize) {
    let mut text = String::new();
    let mut i = start;
    while i < chars.len() && chars[i] != close {
        if chars[i] == '\\' {
            i += 1;
            match chars.get(i) {
                Some('n') => text.push('\n'),
                Some('t') => text.push('\t'),
                Some('r') => text.push('\r'),
                Some('0') => text.push('\0'),
                Some('u') => {
                    let hex: String = chars[i + 2..].iter().take_while(|&&h| h != '}').collect();
                    i += 2 + hex.len();
                    if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                        text.push(c);
                    }
                }
                Some('\n') => {
                    while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                        i += 1;
                    }
                }
                Some(&other) => text.push(other),
                None => {}
            }
        } else {
            text.push(chars[i]);
        }
        i += 1;
    }
    (text, i)
}
