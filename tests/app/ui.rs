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

fn open(start: Start) -> Harness<'static, PalimpsestApp> {
    crate::open_with(Settings::default(), start, egui::vec2(1400.0, 3000.0))
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
    // Named in their sentences, and shown lighter with a "?" where only inferred.
    assert!(harness.get_all_by_label("Vladimir Putin").count() >= 2);
    assert!(harness.get_all_by_label("Vladimir Putin ?").count() >= 2);
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
    crate::settle(&mut harness);
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
    crate::settle(&mut harness);
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
    crate::settle(&mut harness);
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
fn a_pdf_pair_opens_like_the_text_and_names_its_format_without_an_encoding() {
    let harness = open(Start::Files(
        "tests/fixtures/pdf/putin-v1-columns.pdf".into(),
        "tests/fixtures/pdf/putin-v2-columns.pdf".into(),
    ));
    harness.get_by_label_contains("edited: He added that IP addresses");
    harness.get_by_label_contains("split: He asks Putin whether");
    harness.get_by_label_contains("putin-v1-columns.pdf: pdf   putin-v2-columns.pdf: pdf");
    assert!(harness.query_by_label_contains("pdf UTF-8").is_none());
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
        (pdf, "draft.txt: could not be read: the PDF is cut short"),
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
        crate::settle(&mut harness);
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
        .query_all_by_label_contains("the director Oliver Stone")
        .next()
        .is_none()
    {
        assert!(Instant::now() < deadline, "compared again after the change");
        std::thread::sleep(Duration::from_millis(100));
        harness.step();
        crate::settle(&mut harness);
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

/// The top of the node labelled exactly `label`.
fn top_of(harness: &Harness<'_, PalimpsestApp>, label: &str) -> f32 {
    harness.get_by_label(label).rect().top()
}

#[test]
fn the_quotations_panel_follows_a_swap_and_changed_options() {
    let mut harness = seed();
    harness.get_by_label("Moved (1)");
    harness.state_mut().command(Command::Swap);
    harness.step();
    crate::settle(&mut harness);
    let (added, removed) = (
        top_of(&harness, "Added (1)"),
        top_of(&harness, "Removed (1)"),
    );
    let was_removed = top_of(&harness, "“catastrophic nonsense”");
    let was_added = top_of(&harness, "“Snowden did not betray his country”");
    assert!(
        added < was_removed && was_removed < removed && removed < was_added,
        "after the swap the removed quotation is added and the other way round"
    );

    let mut options = harness.state().settings().options;
    options.detect_moves = false;
    harness.state_mut().command(Command::SetOptions(options));
    harness.step();
    crate::settle(&mut harness);
    assert!(
        harness.query_by_label("Moved (1)").is_none(),
        "nothing moved"
    );
}

#[test]
fn an_empty_old_version_lists_every_quotation_as_added() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("written");
    // As many quotation changes as the sample has (9), so that a cache kept by their
    // number would not notice the new comparison.
    let nine = dir.path().join("nine.txt");
    let text = std::fs::read_to_string(NEW).expect("fixture");
    std::fs::write(&nine, format!("{text}\n\n“One more,” she said.")).expect("written");
    let mut harness = seed();
    harness
        .state_mut()
        .command(Command::Open(palimpsest::app::Pair::files(empty, nine)));
    harness.step();
    crate::settle(&mut harness);
    harness.get_by_label("Added (9)");
    assert!(harness.query_by_label_contains("Unchanged").is_none());
}

#[test]
fn the_moved_from_button_goes_to_the_old_place() {
    let mut harness = seed();
    harness.get_by_label("↕ moved from paragraph 5").click();
    harness.run_steps(2);
    assert!(
        matches!(
            harness.state().flashed(),
            Some(palimpsest::present::Line::Ghost(_))
        ),
        "the marker at the old place glows: {:?}",
        harness.state().flashed()
    );
    assert_eq!(harness.state().selected(), None, "the row was not clicked");
}

#[test]
fn an_idle_window_keeps_watching_the_files() {
    let mut harness = seed();
    harness.run_steps(2);
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .expect("the root viewport");
    assert!(
        delay <= Duration::from_secs(1),
        "the window wakes up to look at the files within a second, not after {delay:?}"
    );
}

#[test]
fn the_toolbar_says_which_change_is_selected() {
    let mut harness = seed();
    harness.get_by_label("8 changes");
    harness.key_press(egui::Key::N);
    harness.run_steps(2);
    harness.get_by_label("change 1 of 8");
    harness.key_press(egui::Key::N);
    harness.run_steps(2);
    harness.get_by_label("change 2 of 8");
}

#[test]
fn identical_versions_say_so() {
    let harness = open(Start::Files(OLD.into(), OLD.into()));
    harness.get_by_label("The two versions are identical");
    harness.get_by_label("no changes");
}

#[test]
fn the_legend_explains_every_symbol() {
    let mut harness = seed();
    harness.get_by_label("Help").click();
    harness.run_steps(2);
    harness
        .get_by_label("Legend of symbols and colours")
        .click();
    harness.run_steps(4);
    for heading in ["Moved", "Split", "Merged", "New speaker"] {
        assert!(harness.get_all_by_label(heading).count() >= 1, "{heading}");
    }
    harness.get_by_label_contains("only in the new version");
}

#[test]
fn the_sample_says_it_is_a_sample() {
    let harness = open(Start::Last);
    harness.get_by_label_contains("This is a sample pair.");
}

#[test]
fn rows_and_quotations_wear_the_badges_of_their_changes_of_meaning() {
    let harness = seed();
    harness.get_by_label("👤 Dmitry Peskov added");
    // On the row and in the quotations panel.
    assert_eq!(harness.get_all_by_label("❝ then added").count(), 2);
    assert_eq!(
        harness
            .get_all_by_label("! Vladimir Putin → Dmitry Peskov")
            .count(),
        2
    );
    // S2's "couldn't" → "could not" and "in any court" change no meaning.
    assert!(harness.query_by_label_contains("¬").is_none());
    assert!(harness.query_by_label_contains("№").is_none());
}

#[test]
fn the_meaning_chip_shows_and_steps_through_the_changes_of_meaning_only() {
    let mut harness = seed();
    harness.get_by_label("⚑ 4 changed the meaning").click();
    harness.run_steps(3);
    harness.get_by_label("4 changes of meaning");
    assert!(
        harness
            .query_by_label_contains("edited: He added that IP")
            .is_none(),
        "a copy-edit is hidden"
    );
    harness.get_by_label_contains("removed: He described the focus");
    harness.get_by_label_contains("added: “Snowden did not betray");
    let c = harness.state().comparison().expect("compared").clone();
    let mut visited = Vec::new();
    for _ in 0..4 {
        harness.key_press(egui::Key::N);
        harness.run_steps(2);
        visited.push(harness.state().selected().expect("a change is selected"));
    }
    harness.get_by_label("change of meaning 4 of 4");
    let kinds: Vec<&str> = visited
        .iter()
        .map(|&row| c.sentences[row].kind.name())
        .collect();
    assert_eq!(kinds, ["edited", "removed", "edited", "added"]);
    assert!(visited.iter().all(|&row| {
        let change = &c.sentences[row];
        change.is_significant() || change.old.is_empty() || change.new.is_empty()
    }));
}

#[test]
fn the_quotations_panel_keeps_its_width_and_wraps_long_quotations() {
    let harness = crate::open_with(
        Settings::default(),
        Start::Files(OLD.into(), NEW.into()),
        egui::vec2(1600.0, 1000.0),
    );
    // The panel opens at 30% of the window and its words stay inside it: a quotation laid
    // out on one line used to widen it to half the window, under the text.
    let heading = harness.get_by_label("Quotations").rect();
    assert!(heading.min.x > 1600.0 * 0.65, "{heading:?}");
    let long = harness
        .get_all_by_label_contains("“I believe that if a sound, pragmatic look")
        .map(|node| node.rect())
        .find(|rect| rect.min.x > 1000.0)
        .expect("the quotation in the panel");
    assert!(
        long.min.x > 1600.0 * 0.65 && long.max.x <= 1600.0,
        "{long:?}"
    );
    assert!(long.height() > 40.0, "wrapped over several lines: {long:?}");
}

#[test]
fn one_file_opens_as_the_newer_version_and_asks_for_the_older() {
    use egui::accesskit::Role;
    let mut harness = open(Start::Newer(NEW.into()));
    harness.get_by_label("Open files by path");
    harness.get_by_label("Which older version should putin-v2.txt be compared with?");
    let new = harness.get_by_role_and_label(Role::TextInput, "New version");
    assert_eq!(new.value().as_deref(), Some(NEW));
    let old = harness.get_by_role_and_label(Role::TextInput, "Old version");
    assert_eq!(old.value().as_deref(), Some(""));
    old.focus();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(Role::TextInput, "Old version")
        .type_text(OLD);
    harness.run_steps(2);
    harness.get_by_label("Compare").click();
    crate::settle(&mut harness);
    assert!(harness.query_by_label("Open files by path").is_none());
    let c = harness.state().comparison().expect("compared");
    assert_eq!(
        (c.old.name.as_str(), c.new.name.as_str()),
        ("putin-v1.txt", "putin-v2.txt")
    );
    assert_eq!(c.old.path.as_deref(), Some(Path::new(OLD)));
}

#[test]
fn several_versions_open_on_a_timeline_that_steps_through_them() {
    let dir = tempfile::tempdir().expect("a folder");
    let start = std::time::SystemTime::now() - Duration::from_secs(3600);
    let mut paths = Vec::new();
    for i in 1..=3 {
        let path = dir
            .path()
            .join(format!("draft-{}.txt", ["c", "a", "b"][i - 1]));
        std::fs::copy(format!("tests/fixtures/history/synthetic/v{i}.txt"), &path).expect("copied");
        let file = std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("opens");
        file.set_modified(start + Duration::from_secs(60 * i as u64))
            .expect("dated");
        paths.push(path);
    }
    // Given out of order: the timeline orders them by when they were saved.
    let mut harness = open(Start::Versions(vec![
        paths[2].clone(),
        paths[0].clone(),
        paths[1].clone(),
    ]));
    harness.get_by_label("3 versions");
    let names = |h: &Harness<'_, PalimpsestApp>| {
        let c = h.state().comparison().expect("compared");
        (c.old.name.clone(), c.new.name.clone())
    };
    assert_eq!(
        names(&harness),
        ("draft-a.txt".to_owned(), "draft-b.txt".to_owned()),
        "the last step first"
    );
    harness.get_by_label("v1 draft-c.txt");
    harness.get_by_label("v2 draft-a.txt (1) · old").click();
    crate::settle(&mut harness);
    assert_eq!(
        names(&harness),
        ("draft-c.txt".to_owned(), "draft-a.txt".to_owned())
    );
    harness.get_by_label("v3 draft-b.txt (1)");
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    crate::settle(&mut harness);
    assert_eq!(
        names(&harness),
        ("draft-a.txt".to_owned(), "draft-b.txt".to_owned())
    );
    harness.get_by_label("◀").click();
    crate::settle(&mut harness);
    assert_eq!(
        harness.state().timeline().map(|t| (t.old, t.new)),
        Some((0, 1))
    );
    // Opening another pair leaves the timeline.
    harness
        .state_mut()
        .command(Command::Open(palimpsest::app::Pair::sample()));
    crate::settle(&mut harness);
    assert!(harness.state().timeline().is_none());
    assert!(harness.query_by_label("3 versions").is_none());
    // Three files dropped at once open a timeline again.
    harness.state_mut().drop_files(paths.clone(), false);
    crate::settle(&mut harness);
    assert_eq!(
        harness.state().timeline().map(|t| t.versions.len()),
        Some(3)
    );
    assert_eq!(
        names(&harness),
        ("draft-a.txt".to_owned(), "draft-b.txt".to_owned())
    );
}

#[test]
fn copied_text_is_pasted_as_a_version_and_not_remembered() {
    let mut harness = seed();
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Paste as new").click();
    harness.run_steps(1);
    harness.event(egui::Event::Paste(
        "Russian President Vladimir Putin called on U.S. businessmen on Friday. “We will win,” Putin said."
            .to_owned(),
    ));
    crate::settle(&mut harness);
    let c = harness.state().comparison().expect("compared");
    assert_eq!(c.old.name, "putin-v1.txt");
    assert!(c.new.name.starts_with("pasted text, "), "{}", c.new.name);
    assert_eq!(c.new.sentences.len(), 2);
    let last = harness
        .state()
        .settings()
        .last
        .clone()
        .expect("a last pair");
    assert!(
        !last.new.is_pasted(),
        "pasted text stays out of the settings"
    );
    // A paste of nothing says so and keeps the comparison.
    harness.state_mut().command(Command::Paste(true));
    harness.run_steps(1);
    harness.event(egui::Event::Paste("   ".to_owned()));
    harness.run_steps(2);
    harness.get_by_label("The clipboard holds no text to paste.");
    assert!(
        harness
            .state()
            .comparison()
            .is_some_and(|c| c.new.name.starts_with("pasted text"))
    );
}

#[test]
fn tracked_changes_can_be_read_as_before_them() {
    let docx = "tests/fixtures/office/rich.docx";
    let mut harness = open(Start::Files(docx.into(), docx.into()));
    let third = |h: &Harness<'_, PalimpsestApp>| {
        h.state()
            .comparison()
            .expect("compared")
            .new
            .sentence_text(2)
            .to_owned()
    };
    assert_eq!(
        third(&harness),
        "The council met on Monday and rejected the budget."
    );
    harness
        .get_all_by_label("Options")
        .next()
        .expect("the options menu")
        .click();
    harness.run_steps(2);
    harness
        .get_by_label("Tracked changes as before them")
        .click();
    crate::settle(&mut harness);
    assert_eq!(
        third(&harness),
        "The council met on Monday and approved the budget."
    );
    assert!(harness.state().settings().tracked_original);
}
