//! The desktop app driven headless with egui_kittest: rows and their kinds, the quotations
//! panel, navigation, filters, options, dropped files and errors, all read by label.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use palimpsest::app::{Command, PalimpsestApp, Settings, Start};

const OLD: &str = "tests/fixtures/seed/putin-v1.txt";
const NEW: &str = "tests/fixtures/seed/putin-v2.txt";

/// Steps the app until it is idle (the worker done), then once more to draw the result.
fn settle(harness: &mut Harness<'_, PalimpsestApp>) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        harness.step();
        if !harness.state().busy() {
            break;
        }
        assert!(Instant::now() < deadline, "the app settled in time");
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run_steps(3);
}

fn open(start: Start) -> Harness<'static, PalimpsestApp> {
    let app = PalimpsestApp::new(egui::Context::default(), Settings::default(), start);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 3000.0))
        .with_context_setup(app_fonts)
        .build_ui_state(|ui, app: &mut PalimpsestApp| app.ui(ui), app);
    settle(&mut harness);
    harness
}

fn seed() -> Harness<'static, PalimpsestApp> {
    open(Start::Files(OLD.into(), NEW.into()))
}

#[test]
fn rows_show_every_kind_of_change() {
    let harness = seed();
    for label in [
        "unchanged: date 2017-06-02 Russian President",
        "edited: He added that IP addresses",
        "edited: “Technology experts can invent anything and then put",
        "edited: “I believe that if a sound",
        "removed: He described the focus on Kislyak’s contacts",
        "split: He asks Putin whether, as a former KGB agent, he despises Snowden. Snowden was given refuge",
        "moved: He said the allegations of Russian hacking",
        "moved: “It was necessary to apologize",
        "added: “Snowden did not betray his country”, Putin told Stone.",
    ] {
        harness.get_by_label_contains(label);
    }
    assert_eq!(
        harness
            .get_all_by_label_contains("moved to paragraph")
            .count(),
        2
    );
    harness.get_by_label("↕ moved from paragraph 5");
}

#[test]
fn the_quotations_panel_answers_who_said_what() {
    let harness = seed();
    harness.get_by_label("“Snowden did not betray his country”");
    harness.get_by_label("“catastrophic nonsense”");
    harness
        .get_by_label("“Technology experts can invent anything and then put the blame on anyone”");
    harness.get_by_label("“It was necessary to apologize to the people and vow not to make such mistakes in the future”");
    harness.get_by_label("Dmitry Peskov");
    assert!(harness.get_all_by_label("Vladimir Putin").count() >= 4);
    harness.get_by_label("Added (1)");
    harness.get_by_label("Removed (1)");
    harness.get_by_label("Edited (1)");
    harness.get_by_label("Moved (1)");
    harness.get_by_label("New speaker (1)");
}

#[test]
fn next_and_previous_move_the_selection() {
    let mut harness = seed();
    assert_eq!(harness.state().selected(), None);
    harness.key_press(egui::Key::N);
    harness.run_steps(2);
    let first = harness.state().selected().expect("a change is selected");
    let c = harness.state().comparison().expect("compared");
    assert_eq!(
        c.sentences[first].old,
        [2],
        "the first change is the edited S2"
    );
    harness.key_press(egui::Key::F8);
    harness.run_steps(2);
    let second = harness.state().selected().expect("selected");
    assert!(second > first);
    harness.get_by_label("◀ Previous").click();
    harness.run_steps(2);
    assert_eq!(harness.state().selected(), Some(first));
    harness.get_by_label("Next ▶").click();
    harness.run_steps(2);
    assert_eq!(harness.state().selected(), Some(second));
}

#[test]
fn a_filter_shows_only_that_kind() {
    let mut harness = seed();
    harness.get_by_label("↕ 2 moved").click();
    harness.run_steps(3);
    harness.get_by_label_contains("moved: He said the allegations");
    assert!(
        harness
            .query_by_label_contains("unchanged: date 2017-06-02")
            .is_none()
    );
    assert!(
        harness
            .query_by_label_contains("edited: He added that IP")
            .is_none()
    );
    assert!(
        harness
            .get_all_by_label_contains("hidden by the filter")
            .count()
            >= 2
    );
    harness.get_by_label("↕ 2 moved").click();
    harness.run_steps(3);
    harness.get_by_label_contains("unchanged: date 2017-06-02");
}

#[test]
fn changing_an_option_compares_again() {
    let mut harness = seed();
    let toolbar_options = harness
        .get_all_by_label("Options")
        .last()
        .expect("the toolbar's Options");
    toolbar_options.click();
    harness.run_steps(2);
    harness.get_by_label("Detect moves").click();
    settle(&mut harness);
    let c = harness.state().comparison().expect("compared");
    assert!(!c.options.detect_moves);
    assert_eq!(c.summary.moved, 0);
    assert_eq!(c.summary.removed, 3);
    assert!(
        !harness.state().settings().options.detect_moves,
        "the option is remembered"
    );
    harness.get_by_label("− 3 removed");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_file_dropped_on_the_right_opens_as_the_new_version() {
    let mut harness = seed();
    let dir = tempfile::tempdir().expect("temp dir");
    let third = dir.path().join("putin-v3.txt");
    let text = std::fs::read_to_string(NEW)
        .expect("fixture")
        .replace("Oliver Stone", "the director Oliver Stone");
    std::fs::write(&third, text).expect("written");
    harness.hover_at(egui::pos2(1000.0, 400.0));
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(third)));
    harness.step();
    settle(&mut harness);
    let c = harness.state().comparison().expect("compared");
    assert_eq!(c.new.name, "putin-v3.txt");
    assert_eq!(c.old.name, "putin-v1.txt");
    harness.get_by_label("putin-v3.txt");
    harness.get_by_label_contains(
        "edited: Yet speaking in an interview with the director Oliver Stone",
    );
}

#[test]
fn a_missing_file_shows_an_error_and_keeps_the_comparison() {
    let mut harness = seed();
    harness
        .state_mut()
        .command(Command::Open(palimpsest::app::Pair::files(
            "no-such-version.txt".into(),
            NEW.into(),
        )));
    harness.step();
    settle(&mut harness);
    assert_eq!(
        harness.state().error(),
        Some("no-such-version.txt: no such file")
    );
    harness.get_by_label("no-such-version.txt: no such file");
    harness.get_by_label("— still showing the last comparison");
    harness.get_by_label_contains("edited: He added that IP addresses");
    harness.get_by_label("✕").click();
    harness.run_steps(2);
    assert_eq!(harness.state().error(), None);
}

#[test]
fn unreadable_files_show_an_error_line_and_keep_the_comparison() {
    let mut harness = seed();
    let dir = tempfile::tempdir().expect("temp dir");
    let png = dir.path().join("photo.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("written");
    let pdf = dir.path().join("draft.txt");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").expect("written");
    let cases = [
        (
            png,
            "photo.png: looks like a binary file (a PNG image), not text",
        ),
        (
            pdf,
            "draft.txt: looks like a PDF document; PDF is not supported yet",
        ),
        (dir.path().to_owned(), "is a folder, not a file"),
    ];
    for (path, said) in cases {
        harness
            .state_mut()
            .command(Command::Open(palimpsest::app::Pair::files(
                OLD.into(),
                path,
            )));
        harness.step();
        settle(&mut harness);
        let error = harness.state().error().unwrap_or_default().to_owned();
        assert!(error.contains(said), "{error}");
        harness.get_by_label(&error);
        harness.get_by_label("— still showing the last comparison");
        harness.get_by_label_contains("edited: He added that IP addresses");
    }
}

#[test]
fn a_file_changed_on_disk_is_compared_again() {
    // Opened by relative paths, as from a shell in the project folder.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let cwd = std::env::current_dir().expect("a current folder");
    let relative = |path: PathBuf| {
        path.strip_prefix(&cwd)
            .map_or(path.clone(), Path::to_path_buf)
    };
    let old = relative(dir.path().join("old.txt"));
    let new = relative(dir.path().join("new.txt"));
    std::fs::copy(OLD, &old).expect("copied");
    std::fs::copy(NEW, &new).expect("copied");
    let mut harness = open(Start::Files(old, new.clone()));
    harness.get_by_label_contains("edited: He added that IP addresses");
    let text = std::fs::read_to_string(NEW)
        .expect("fixture")
        .replace("Oliver Stone", "the director Oliver Stone");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&new, text).expect("written");
    let deadline = Instant::now() + Duration::from_secs(10);
    while harness
        .query_by_label_contains("the director Oliver Stone")
        .is_none()
    {
        assert!(Instant::now() < deadline, "compared again after the change");
        std::thread::sleep(Duration::from_millis(100));
        harness.step();
        settle(&mut harness);
    }
}

#[test]
fn first_run_opens_the_bundled_sample() {
    let harness = open(Start::Last);
    let c = harness.state().comparison().expect("compared");
    assert_eq!(
        (c.old.name.as_str(), c.new.name.as_str()),
        ("putin-v1.txt", "putin-v2.txt")
    );
    harness.get_by_label_contains("split: He asks Putin whether");
}

#[test]
fn the_redline_view_marks_changes_in_one_column() {
    let mut harness = seed();
    harness.get_by_label("Redline").click();
    harness.run_steps(3);
    harness.get_by_label_contains("could not stand as evidence in any court");
    harness.get_by_label_contains("↕ moved to paragraph 7");
}

/// The same fonts as the app, and nothing from the machine: every test starts here.
fn app_fonts(ctx: &egui::Context) {
    palimpsest::app::fonts::install(ctx);
}

/// Every character of every string and char literal in the app's sources (and in the
/// error messages and warnings it shows) has a glyph in the fonts the app ships: a label
/// with a character those fonts lack fails here, whichever test happens to draw it.
#[test]
fn every_character_the_app_can_show_has_a_glyph() {
    let ctx = egui::Context::default();
    app_fonts(&ctx);
    ctx.run_ui(egui::RawInput::default(), |_| {})
        .textures_delta
        .clear();
    let mut sources = Vec::new();
    rust_files(Path::new("src/app"), &mut sources);
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
