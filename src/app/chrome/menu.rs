//! The menu bar: File, View, Options, Help; and the comparison options it shares with the
//! toolbar.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::state::dialogs::Purpose;
use crate::app::state::pair::Pair;
use crate::app::state::settings::{Settings, Theme, View};
use crate::app::{EXPORT, OPEN};
use crate::report::Format;

/// Draws the menu bar. `threshold_draft` holds the similarity threshold while its slider
/// is dragged (the comparison runs again only on release).
pub fn ui(
    ui: &mut Ui,
    pair: &Pair,
    settings: &Settings,
    has_comparison: bool,
    threshold_draft: &mut Option<f64>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                file_ui(ui, pair, settings, has_comparison, commands);
            });
            ui.menu_button("View", |ui| view_ui(ui, settings, commands));
            ui.menu_button("Options", |ui| {
                options_ui(ui, settings, threshold_draft, commands);
            });
            ui.menu_button("Help", |ui| help_ui(ui, commands));
        });
    });
}

fn file_ui(
    ui: &mut Ui,
    pair: &Pair,
    settings: &Settings,
    has_comparison: bool,
    commands: &mut Vec<Command>,
) {
    let open_keys = ui.ctx().format_shortcut(&OPEN);
    let export_keys = ui.ctx().format_shortcut(&EXPORT);
    if ui.button("Open old…").clicked() {
        commands.push(Command::Dialog(Purpose::OpenOld));
    }
    if ui.button("Open new…").clicked() {
        commands.push(Command::Dialog(Purpose::OpenNew));
    }
    if ui
        .add(egui::Button::new("Open both…").shortcut_text(open_keys))
        .on_hover_text(
            "Pick two versions, or three and more of one story to open them on a timeline",
        )
        .clicked()
    {
        commands.push(Command::Dialog(Purpose::OpenBoth));
    }
    let paste_keys = ui.ctx().format_shortcut(&crate::app::PASTE);
    if ui
        .add(egui::Button::new("Paste as old"))
        .on_hover_text(format!("Compare the copied text as the older version ({paste_keys} pastes into the side under the pointer)"))
        .clicked()
    {
        commands.push(Command::Paste(true));
    }
    if ui
        .add(egui::Button::new("Paste as new").shortcut_text(paste_keys))
        .on_hover_text("Compare the copied text as the newer version")
        .clicked()
    {
        commands.push(Command::Paste(false));
    }
    if ui
        .button("Open a folder of versions…")
        .on_hover_text("Every file of the folder, oldest first, on a timeline")
        .clicked()
    {
        commands.push(Command::Dialog(Purpose::OpenFolder));
    }
    for (old, side) in [(true, &pair.old), (false, &pair.new)] {
        if side.is_pasted()
            && ui
                .button(if old {
                    "Save pasted old…"
                } else {
                    "Save pasted new…"
                })
                .on_hover_text("Save the pasted text to a file, which then stands for that version")
                .clicked()
        {
            commands.push(Command::Dialog(Purpose::SavePasted(old)));
        }
    }
    if ui.button("Type paths…").clicked() {
        commands.push(Command::TypePaths);
    }
    ui.menu_button("Recent", |ui| {
        if settings.recent.is_empty() {
            ui.label(RichText::new("No recent pairs yet").weak());
        }
        for pair in &settings.recent {
            let hover = [&pair.old, &pair.new]
                .iter()
                .filter_map(|s| s.path().map(|p| p.display().to_string()))
                .collect::<Vec<_>>()
                .join("\n");
            if ui.button(pair.title()).on_hover_text(hover).clicked() {
                commands.push(Command::Open(pair.clone()));
            }
        }
        ui.separator();
        if ui.button("The sample pair").clicked() {
            commands.push(Command::Open(Pair::sample()));
        }
    });
    ui.separator();
    if ui.button("Swap sides").clicked() {
        commands.push(Command::Swap);
    }
    if ui
        .add(egui::Button::new("Reload").shortcut_text("F5"))
        .clicked()
    {
        commands.push(Command::Reload);
    }
    ui.separator();
    ui.menu_button("Export", |ui| {
        for format in [Format::Html, Format::Markdown, Format::Json, Format::Csv] {
            let mut button = egui::Button::new(format!("{}…", format.label()));
            if format == Format::Html {
                button = button.shortcut_text(export_keys.clone());
            }
            if ui.add_enabled(has_comparison, button).clicked() {
                commands.push(Command::Dialog(Purpose::Export(format)));
            }
        }
    });
    ui.separator();
    if ui.button("Quit").clicked() {
        ui.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn view_ui(ui: &mut Ui, settings: &Settings, commands: &mut Vec<Command>) {
    for (view, label) in [
        (View::SideBySide, "Side by side"),
        (View::Redline, "Redline (one column)"),
    ] {
        if ui.radio(settings.view == view, label).clicked() {
            commands.push(Command::SetView(view));
        }
    }
    ui.separator();
    let mut quotes = settings.quotes_panel;
    if ui.checkbox(&mut quotes, "Quotations panel").changed() {
        commands.push(Command::ShowQuotesPanel(quotes));
    }
    let mut fold = settings.fold_unchanged;
    if ui.checkbox(&mut fold, "Fold unchanged sentences").changed() {
        commands.push(Command::FoldUnchanged(fold));
    }
    ui.separator();
    ui.menu_button("Theme", |ui| {
        for (theme, label) in [
            (Theme::System, "Follow the system"),
            (Theme::Light, "Light"),
            (Theme::Dark, "Dark"),
        ] {
            if ui.radio(settings.theme == theme, label).clicked() {
                commands.push(Command::SetTheme(theme));
            }
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Zoom in").shortcut_text("Ctrl +"))
        .clicked()
    {
        egui::gui_zoom::zoom_in(ui.ctx());
    }
    if ui
        .add(egui::Button::new("Zoom out").shortcut_text("Ctrl −"))
        .clicked()
    {
        egui::gui_zoom::zoom_out(ui.ctx());
    }
    if ui
        .add(egui::Button::new("Actual size").shortcut_text("Ctrl 0"))
        .clicked()
    {
        ui.ctx().set_zoom_factor(1.0);
    }
    ui.separator();
    if ui
        .add(egui::Button::new("Search…").shortcut_text("Ctrl F"))
        .clicked()
    {
        commands.push(Command::ToggleSearch);
    }
}

/// The comparison options; a change compares again at once, the threshold on release.
pub fn options_ui(
    ui: &mut Ui,
    settings: &Settings,
    threshold_draft: &mut Option<f64>,
    commands: &mut Vec<Command>,
) {
    let mut options = settings.options;
    if let Some(threshold) = *threshold_draft {
        options.similarity_threshold = threshold;
    }
    let mut changed = false;
    changed |= ui
        .checkbox(&mut options.ignore_case, "Ignore case")
        .changed();
    changed |= ui
        .checkbox(&mut options.ignore_punctuation, "Ignore punctuation")
        .changed();
    changed |= ui
        .checkbox(&mut options.normalize_typography, "Normalize typography")
        .on_hover_text("Curly and straight quotes, dashes and ellipses count as the same")
        .changed();
    changed |= ui
        .checkbox(&mut options.detect_moves, "Detect moves")
        .changed();
    changed |= ui
        .checkbox(&mut options.pair_in_place, "Pair rewrites in place")
        .on_hover_text(
            "A sentence rewritten where it stands is an edit even when it keeps fewer words \
             than the threshold asks",
        )
        .changed();
    ui.horizontal(|ui| {
        let label = ui.label("Similarity threshold");
        let slider = ui
            .add(egui::Slider::new(&mut options.similarity_threshold, 0.1..=1.0).fixed_decimals(2))
            .labelled_by(label.id)
            .on_hover_text("Two sentences that share less than this share of words are not a pair");
        changed |= slider.drag_stopped() || (slider.changed() && !slider.dragged());
        if slider.dragged() {
            *threshold_draft = Some(options.similarity_threshold);
        }
    });
    if changed {
        commands.push(Command::SetOptions(options));
    }
    let mut original = settings.tracked_original;
    if ui
        .checkbox(&mut original, "Tracked changes as before them")
        .on_hover_text("Word and OpenDocument files: read deletions in and insertions out, instead of as if every change were accepted")
        .changed()
    {
        commands.push(Command::SetTrackedOriginal(original));
    }
}

fn help_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.label(RichText::new(format!("Palimpsest {}", env!("CARGO_PKG_VERSION"))).strong());
    ui.label("See exactly how an article changed: sentences and quotations.");
    ui.separator();
    if ui.button("Legend of symbols and colours").clicked() {
        commands.push(Command::ShowLegend(true));
    }
    ui.separator();
    egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
        for (keys, what) in [
            ("Ctrl O", "Open both versions"),
            ("F5", "Reload"),
            ("N or F8", "Next change"),
            ("P or Shift F8", "Previous change"),
            ("Ctrl F", "Search both sides"),
            ("Ctrl E", "Export an HTML report"),
            ("Ctrl + / − / 0", "Zoom"),
        ] {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}
