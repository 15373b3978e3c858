//! The toolbar: what is compared, open and swap, views, navigation, progress.

use egui::{RichText, Ui};

use super::menu::options_ui;
use crate::app::command::Command;
use crate::app::state::dialogs::Purpose;
use crate::app::state::job::Stage;
use crate::app::state::pair::Pair;
use crate::app::state::settings::{Settings, View};
use crate::ingest::Source;
use crate::report::Format;

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
}

/// Draws the toolbar.
pub fn ui(
    ui: &mut Ui,
    bar: &Toolbar,
    threshold_draft: &mut Option<f64>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Open…")
                .on_hover_text("Open both versions (Ctrl+O)")
                .clicked()
            {
                commands.push(Command::Dialog(Purpose::OpenBoth));
            }
            side_button(ui, &bar.pair.old, Purpose::OpenOld, "old", commands);
            ui.label(RichText::new("→").weak());
            side_button(ui, &bar.pair.new, Purpose::OpenNew, "new", commands);
            if ui.button("⇄ Swap").on_hover_text("Swap sides").clicked() {
                commands.push(Command::Swap);
            }
            if ui
                .button("⟳ Reload")
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
            if ui
                .button("◀ Previous")
                .on_hover_text("Previous change (P, Shift+F8)")
                .clicked()
            {
                commands.push(Command::Previous);
            }
            if ui
                .button("Next ▶")
                .on_hover_text("Next change (N, F8)")
                .clicked()
            {
                commands.push(Command::Next);
            }
            if ui
                .selectable_label(bar.search_open, "🔍 Search")
                .on_hover_text("Search both sides (Ctrl+F)")
                .clicked()
            {
                commands.push(Command::ToggleSearch);
            }
            let panel = bar.settings.quotes_panel;
            if ui.selectable_label(panel, "❝ Quotations").clicked() {
                commands.push(Command::ShowQuotesPanel(!panel));
            }
            ui.menu_button("Options", |ui| {
                options_ui(ui, bar.settings, threshold_draft, commands);
            });
            if ui
                .add_enabled(bar.has_screen, egui::Button::new("Export…"))
                .on_hover_text("Export an HTML report (Ctrl+E); other formats in File ▸ Export")
                .clicked()
            {
                commands.push(Command::Dialog(Purpose::Export(Format::Html)));
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

/// A button naming one side's file; click to open another.
fn side_button(
    ui: &mut Ui,
    source: &Source,
    purpose: Purpose,
    side: &str,
    commands: &mut Vec<Command>,
) {
    let hover = match source.path() {
        Some(path) => format!(
            "The {side} version: {}\nClick to open another file, or drop one on this side.",
            path.display()
        ),
        None => format!("The {side} version: the bundled sample\nClick to open a file instead."),
    };
    if ui
        .button(RichText::new(source.file_name()).strong())
        .on_hover_text(hover)
        .clicked()
    {
        commands.push(Command::Dialog(purpose));
    }
}
