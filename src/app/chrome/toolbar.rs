//! The toolbar: what is compared, open and swap, views, navigation, progress. It keeps to
//! one line: on a narrow window its buttons shrink to their symbols and the options and
//! export go into a "⋯" menu.

use egui::{RichText, Ui};

use super::menu::options_ui;
use crate::app::command::Command;
use crate::app::state::dialogs::Purpose;
use crate::app::state::job::Stage;
use crate::app::state::pair::Pair;
use crate::app::state::settings::{Settings, View};
use crate::ingest::Source;
use crate::report::Format;

/// Below this width (in points) the toolbar shows symbols instead of words.
const COMPACT: f32 = 1280.0;

/// What the toolbar shows.
pub struct Toolbar<'a> {
    /// The pair being compared (or about to be).
    pub pair: &'a Pair,
    /// The settings: view, panel, options.
    pub settings: &'a Settings,
    /// A comparison is on screen.
    pub has_screen: bool,
    /// The search bar is open.
    pub search_open: bool,
    /// The stage of the comparison in flight and its pair.
    pub progress: Option<(Stage, &'a Pair)>,
    /// The selected change among the changes (from 0), if any, and how many there are.
    pub position: (Option<usize>, usize),
    /// Only the changes of meaning are shown (and stepped through).
    pub meaning_only: bool,
}

/// Draws the toolbar.
pub fn ui(
    ui: &mut Ui,
    bar: &Toolbar,
    threshold_draft: &mut Option<f64>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        let compact = ui.available_width() < COMPACT;
        let word = |symbol: &str, words: &str| {
            if compact {
                symbol.to_owned()
            } else {
                format!("{symbol} {words}")
            }
        };
        ui.horizontal(|ui| {
            if ui
                .button("Open…")
                .on_hover_text("Open both versions (Ctrl+O)")
                .clicked()
            {
                commands.push(Command::Dialog(Purpose::OpenBoth));
            }
            let names = if compact { 110.0 } else { 220.0 };
            side_button(ui, &bar.pair.old, Purpose::OpenOld, "old", names, commands);
            ui.label(RichText::new("→").weak());
            side_button(ui, &bar.pair.new, Purpose::OpenNew, "new", names, commands);
            if ui
                .button(word("⇄", "Swap"))
                .on_hover_text("Swap sides")
                .clicked()
            {
                commands.push(Command::Swap);
            }
            if ui
                .button(word("⟳", "Reload"))
                .on_hover_text("Read both files again (F5)")
                .clicked()
            {
                commands.push(Command::Reload);
            }
            ui.separator();
            for (view, label) in [
                (View::SideBySide, "Side by side"),
                (View::Redline, "Redline"),
            ] {
                if ui
                    .selectable_label(bar.settings.view == view, label)
                    .clicked()
                {
                    commands.push(Command::SetView(view));
                }
            }
            ui.separator();
            navigation_ui(ui, bar, compact, commands);
            let search = ui
                .add_enabled(
                    bar.has_screen,
                    egui::Button::selectable(bar.search_open, word("🔍", "Search")),
                )
                .on_hover_text("Search both sides (Ctrl+F)");
            if search.clicked() {
                commands.push(Command::ToggleSearch);
            }
            let panel = bar.settings.quotes_panel;
            if ui
                .selectable_label(panel, word("❝", "Quotations"))
                .on_hover_text("Show or hide the quotations panel")
                .clicked()
            {
                commands.push(Command::ShowQuotesPanel(!panel));
            }
            if compact {
                ui.menu_button("⋯", |ui| {
                    ui.menu_button("Options", |ui| {
                        options_ui(ui, bar.settings, threshold_draft, commands);
                    });
                    export_button(ui, bar.has_screen, commands);
                })
                .response
                .on_hover_text("Options and export");
            } else {
                ui.menu_button("Options", |ui| {
                    options_ui(ui, bar.settings, threshold_draft, commands);
                });
                export_button(ui, bar.has_screen, commands);
            }
            if let Some((stage, pair)) = bar.progress {
                ui.separator();
                ui.spinner();
                let what = match stage {
                    Stage::Reading => format!(
                        "Reading {} and {}…",
                        pair.old.file_name(),
                        pair.new.file_name()
                    ),
                    Stage::Comparing => "Comparing…".to_owned(),
                };
                let fraction = (stage as u8 as f32 + 0.5) / f32::from(Stage::COUNT);
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(120.0)
                        .text(what),
                );
            }
        });
    });
}

/// Previous, where the selection stands among the changes, next.
fn navigation_ui(ui: &mut Ui, bar: &Toolbar, compact: bool, commands: &mut Vec<Command>) {
    let (at, total) = bar.position;
    let (one, many) = if bar.meaning_only {
        ("change of meaning", "changes of meaning")
    } else {
        ("change", "changes")
    };
    let previous = if compact { "◀" } else { "◀ Previous" };
    let next = if compact { "▶" } else { "Next ▶" };
    let can_go_back = at.is_some_and(|a| a > 0) || (at.is_none() && total > 0);
    if ui
        .add_enabled(can_go_back, egui::Button::new(previous))
        .on_hover_text(format!("Previous {one} (P, Shift+F8)"))
        .clicked()
    {
        commands.push(Command::Previous);
    }
    let where_ = match (at, total) {
        (_, 0) => format!("no {many}"),
        (Some(a), n) => format!("{one} {} of {n}", a + 1),
        (None, 1) => format!("1 {one}"),
        (None, n) => format!("{n} {many}"),
    };
    ui.label(RichText::new(where_).weak());
    let can_go_on = at.is_none_or(|a| a + 1 < total) && total > 0;
    if ui
        .add_enabled(can_go_on, egui::Button::new(next))
        .on_hover_text(format!("Next {one} (N, F8)"))
        .clicked()
    {
        commands.push(Command::Next);
    }
}

fn export_button(ui: &mut Ui, has_screen: bool, commands: &mut Vec<Command>) {
    if ui
        .add_enabled(has_screen, egui::Button::new("Export…"))
        .on_hover_text("Export an HTML report (Ctrl+E); other formats in File ▸ Export")
        .clicked()
    {
        commands.push(Command::Dialog(Purpose::Export(Format::Html)));
    }
}

/// A button naming one side's file; click to open another.
fn side_button(
    ui: &mut Ui,
    source: &Source,
    purpose: Purpose,
    side: &str,
    width: f32,
    commands: &mut Vec<Command>,
) {
    let hover = match source.path() {
        Some(path) => format!(
            "The {side} version: {}\nClick to open another file, or drop one on this side.",
            path.display()
        ),
        None => format!("The {side} version: the bundled sample\nClick to open a file instead."),
    };
    let button = egui::Button::new(RichText::new(source.file_name()).strong()).truncate();
    let response = ui
        .scope(|ui| {
            ui.set_max_width(width);
            ui.add(button)
        })
        .inner;
    if response.on_hover_text(hover).clicked() {
        commands.push(Command::Dialog(purpose));
    }
}
