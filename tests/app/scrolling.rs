//! The view lands where it is asked to and keeps the reader's place: the scroll-bar thumb,
//! the wheel, the overview strip, jumps to rows not yet drawn, opened folds and zoom.

use std::path::PathBuf;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use palimpsest::app::{Command, PalimpsestApp, Settings, Start};

const SIZE: egui::Vec2 = egui::vec2(1400.0, 900.0);

/// Where the overview strip stands; the floating scroll bar of the main view runs along
/// its left edge.
fn strip(harness: &Harness<'_, PalimpsestApp>) -> egui::Rect {
    harness.get_by_label("Overview of the changes").rect()
}

/// Paragraphs of real news: the Wikinews paragraphs of the GUM gold set.
fn paragraphs() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Case {
        text: String,
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/segmentation/gum_news_paragraphs_en.json");
    let cases: Vec<Case> =
        serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("JSON");
    cases
        .into_iter()
        .map(|c| c.text)
        .filter(|t| t.len() > 150)
        .collect()
}

/// A pair of about `count` paragraphs whose new version reorders them (every seventh
/// paragraph in turn), written to a temporary folder.
fn reshuffled(count: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let paragraphs: Vec<String> = paragraphs().into_iter().take(count).collect();
    let n = paragraphs.len();
    let order: Vec<usize> = (0..n).map(|i| (i * 7) % n).collect();
    let old = paragraphs.join("\n\n");
    let new = order
        .iter()
        .map(|&i| paragraphs[i].as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let (old_path, new_path) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&old_path, old).expect("written");
    std::fs::write(&new_path, new).expect("written");
    (dir, old_path, new_path)
}

fn without_panel() -> Settings {
    Settings {
        quotes_panel: false,
        ..Settings::default()
    }
}

/// The rows drawn inside the window, top to bottom, with their labels.
fn visible_rows(harness: &Harness<'_, PalimpsestApp>) -> Vec<(f32, String)> {
    let mut rows: Vec<(f32, String)> = harness
        .get_all_by_role(Role::Row)
        .filter_map(|node| {
            let rect = node.rect();
            let label = node.accesskit_node().label()?;
            (rect.bottom() > 120.0 && rect.top() < SIZE.y - 30.0).then_some((rect.top(), label))
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows
}

fn drag(harness: &mut Harness<'_, PalimpsestApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for k in 1..=8 {
        harness.hover_at(from.lerp(to, k as f32 / 8.0));
        harness.step();
    }
    harness.drop_at(to);
    harness.run_steps(4);
}

/// The text of the last sentence of the new version.
fn last_sentence(harness: &Harness<'_, PalimpsestApp>) -> String {
    let c = harness.state().comparison().expect("compared");
    let last = c.new.sentences.len() - 1;
    c.new.sentence_text(last).chars().take(40).collect()
}

#[test]
fn dragging_the_thumb_to_the_end_shows_the_last_rows() {
    let (_dir, old, new) = reshuffled(80);
    let mut harness = crate::open_with(without_panel(), Start::Files(old, new), SIZE);
    assert!(!visible_rows(&harness).is_empty());
    let strip = strip(&harness);
    let bar = strip.left() - 4.0;
    drag(
        &mut harness,
        egui::pos2(bar, strip.top() + 20.0),
        egui::pos2(bar, SIZE.y - 10.0),
    );
    let rows = visible_rows(&harness);
    assert!(rows.len() >= 3, "rows after the drag: {rows:?}");
    let last = last_sentence(&harness);
    assert!(
        rows.iter().any(|(_, label)| label.contains(&last)),
        "the last sentence {last:?} in view: {rows:?}"
    );

    // The wheel brings earlier rows back.
    let before = rows[0].1.clone();
    harness.hover_at(egui::pos2(600.0, 500.0));
    for _ in 0..6 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, 3.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.step();
    }
    harness.run_steps(4);
    let rows = visible_rows(&harness);
    assert!(rows.len() >= 3, "rows after the wheel: {rows:?}");
    assert_ne!(rows[0].1, before, "the wheel scrolled");
}

#[test]
fn a_click_low_on_the_overview_strip_lands_low() {
    let (_dir, old, new) = reshuffled(80);
    let mut harness = crate::open_with(without_panel(), Start::Files(old, new), SIZE);
    let first = visible_rows(&harness)[0].1.clone();
    let low = egui::pos2(strip(&harness).center().x, strip(&harness).bottom() - 4.0);
    harness.hover_at(low);
    harness.step();
    harness.drag_at(low);
    harness.step();
    harness.drop_at(low);
    harness.run_steps(6);
    let rows = visible_rows(&harness);
    assert!(rows.len() >= 3, "rows after the click: {rows:?}");
    assert!(
        rows.iter().all(|(_, l)| *l != first),
        "left the top: {rows:?}"
    );
    let last = last_sentence(&harness);
    assert!(
        rows.iter().any(|(_, label)| label.contains(&last)),
        "the end in view: {rows:?}"
    );
}

#[test]
fn a_jump_to_a_row_not_yet_drawn_puts_it_near_the_top() {
    let (_dir, old, new) = reshuffled(80);
    let mut harness = crate::open_with(without_panel(), Start::Files(old, new), SIZE);
    let view_top = harness.get_by_label("Old — old.txt").rect().bottom();
    let c = harness.state().comparison().expect("compared");
    let target = c.sentences.len() * 3 / 4;
    let text: String = c.row_text(&c.sentences[target]).chars().take(40).collect();
    harness.state_mut().command(Command::GoToChange(target));
    harness.run_steps(6);
    let rows = visible_rows(&harness);
    let (top, _) = rows
        .iter()
        .find(|(_, label)| label.contains(&text))
        .unwrap_or_else(|| panic!("{text:?} in view: {rows:?}"));
    // Three lines of context above it, whatever the heights of the rows before it.
    let below = top - view_top;
    assert!(
        (45.0..75.0).contains(&below),
        "the row lands three lines below the top of the view, not {below}"
    );
}

/// A long story with one change in the middle and one at the end: two long folds.
fn long_story() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let paragraphs = paragraphs();
    let old = paragraphs.join("\n\n");
    let mut changed = paragraphs.clone();
    changed.insert(
        changed.len() / 2,
        "A sentence added in the middle.".to_owned(),
    );
    changed.push("A paragraph added at the end of the story.".to_owned());
    let new = changed.join("\n\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let (old_path, new_path) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&old_path, old).expect("written");
    std::fs::write(&new_path, new).expect("written");
    (dir, old_path, new_path)
}

#[test]
fn opening_a_fold_and_zooming_keep_the_place() {
    let (_dir, old, new) = long_story();
    let mut harness = crate::open_with(without_panel(), Start::Files(old, new), SIZE);
    harness.key_press(egui::Key::N);
    harness.run_steps(6);
    let added = "added: A sentence added in the middle.";
    assert!(
        visible_rows(&harness).iter().any(|(_, l)| l == added),
        "the middle change in view: {:?}",
        visible_rows(&harness)
    );
    let fold = harness
        .get_all_by_label_contains("unchanged sentences — show")
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("a fold below the change");
    let at = |harness: &Harness<'_, PalimpsestApp>| {
        visible_rows(harness)
            .into_iter()
            .find(|(_, l)| l == added)
            .map(|(y, _)| y)
    };
    let before = at(&harness).expect("in view");
    fold.click();
    harness.run_steps(6);
    let after = at(&harness);
    assert!(
        after.is_some_and(|y| (y - before).abs() < 2.0),
        "the change stays where it was after opening a fold below it: {before} then {after:?}"
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run_steps(8);
    let rows = visible_rows(&harness);
    assert!(
        rows.iter().any(|(_, l)| l == added),
        "still in view after zooming: {rows:?}"
    );
}

/// A click on a quotation in the panel brings its sentence into view, even inside a fold
/// of unchanged rows: the first frame after the fold opens, the scroll area still knows
/// only the folded height and clamps the offset, which is no scroll by the reader.
#[test]
fn a_quotation_chosen_in_the_panel_comes_into_view() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/real/rustblog-all-hands-2026-retro-ec034ac6-60e56481");
    let start = Start::Files(dir.join("old.md"), dir.join("new.md"));
    let mut harness = crate::open_with(Settings::default(), start, SIZE);
    let c = harness.state().comparison().expect("compared");
    let id = c.new.quotes.len() - 3;
    let text: String = c.new.quote_text(id).chars().take(40).collect();
    harness
        .state_mut()
        .command(Command::GoToQuote { old: false, id });
    harness.run_steps(6);
    let rows = visible_rows(&harness);
    assert!(
        rows.iter().any(|(_, label)| label.contains(&text)),
        "{text:?} in view: {rows:?}"
    );
}
