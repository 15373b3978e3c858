//! The menu bar, the toolbar, the error banner, the status bar, the path field for
//! systems without file dialogs, and the hint shown while files are dragged over.

use egui::{Align, Align2, Color32, Layout, RichText, Ui};

use super::dialogs::{self, Purpose};
use super::job::Stage;
use super::rows::Filter;
use super::settings::{Theme, View};
use super::source::{Pair, Source};
use super::{Command, EXPORT, OPEN, PalimpsestApp, apply_theme};
use crate::compare::Options;
use crate::report::Format;

/// The menu bar: File, View, Options, Help.
pub fn menu_bar_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu_ui(app, ui));
            ui.menu_button("View", |ui| view_menu_ui(app, ui));
            ui.menu_button("Options", |ui| options_ui(app, ui));
            ui.menu_button("Help", help_ui);
        });
    });
}

fn file_menu_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    let open_keys = ui.ctx().format_shortcut(&OPEN);
    let export_keys = ui.ctx().format_shortcut(&EXPORT);
    if ui.button("Open old…").clicked() {
        app.commands.push(Command::Dialog(Purpose::OpenOld));
    }
    if ui.button("Open new…").clicked() {
        app.commands.push(Command::Dialog(Purpose::OpenNew));
    }
    if ui
        .add(egui::Button::new("Open both…").shortcut_text(open_keys))
        .clicked()
    {
        app.commands.push(Command::Dialog(Purpose::OpenBoth));
    }
    if ui.button("Type paths…").clicked() {
        app.commands.push(Command::TypePaths);
    }
    ui.menu_button("Recent", |ui| {
        let recent = app.settings.recent.clone();
        if recent.is_empty() {
            ui.label(RichText::new("No recent pairs yet").weak());
        }
        for pair in recent {
            let label = pair.title();
            let hover = [&pair.old, &pair.new]
                .iter()
                .filter_map(|s| s.path().map(|p| p.display().to_string()))
                .collect::<Vec<_>>()
                .join("\n");
            if ui.button(label).on_hover_text(hover).clicked() {
                app.commands.push(Command::Open(pair));
            }
        }
        ui.separator();
        if ui.button("The sample pair").clicked() {
            app.commands.push(Command::Open(Pair::sample()));
        }
    });
    ui.separator();
    if ui.button("Swap sides").clicked() {
        app.commands.push(Command::Swap);
    }
    if ui
        .add(egui::Button::new("Reload").shortcut_text("F5"))
        .clicked()
    {
        app.commands.push(Command::Reload);
    }
    ui.separator();
    ui.menu_button("Export", |ui| {
        for format in [Format::Html, Format::Markdown, Format::Json, Format::Csv] {
            let mut button = egui::Button::new(format!("{}…", format.label()));
            if format == Format::Html {
                button = button.shortcut_text(export_keys.clone());
            }
            if ui.add_enabled(app.current.is_some(), button).clicked() {
                app.commands.push(Command::Dialog(Purpose::Export(format)));
            }
        }
    });
    ui.separator();
    if ui.button("Quit").clicked() {
        ui.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn view_menu_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    ui.radio_value(&mut app.settings.view, View::SideBySide, "Side by side");
    ui.radio_value(
        &mut app.settings.view,
        View::Redline,
        "Redline (one column)",
    );
    ui.separator();
    ui.checkbox(&mut app.settings.quotes_panel, "Quotations panel");
    if ui
        .checkbox(&mut app.settings.fold_unchanged, "Fold unchanged sentences")
        .changed()
    {
        app.rebuild_rows();
    }
    ui.separator();
    ui.menu_button("Theme", |ui| {
        for (theme, label) in [
            (Theme::System, "Follow the system"),
            (Theme::Light, "Light"),
            (Theme::Dark, "Dark"),
        ] {
            if ui
                .radio_value(&mut app.settings.theme, theme, label)
                .changed()
            {
                apply_theme(ui.ctx(), theme);
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
        app.search.open = true;
        app.search.focus = true;
    }
}

/// The comparison options, applied at once.
pub fn options_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    let mut options: Options = app.settings.options;
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
    ui.horizontal(|ui| {
        let label = ui.label("Similarity threshold");
        let slider = ui
            .add(egui::Slider::new(&mut options.similarity_threshold, 0.1..=1.0).fixed_decimals(2))
            .labelled_by(label.id)
            .on_hover_text("Two sentences that share less than this share of words are not a pair");
        changed |= slider.drag_stopped() || (slider.changed() && !slider.dragged());
    });
    if changed {
        app.commands.push(Command::SetOptions(options));
    } else if options.similarity_threshold != app.settings.options.similarity_threshold {
        // While the slider is dragged, show the value but compare only on release.
        app.settings.options.similarity_threshold = options.similarity_threshold;
    }
}

fn help_ui(ui: &mut Ui) {
    ui.label(RichText::new(format!("Palimpsest {}", env!("CARGO_PKG_VERSION"))).strong());
    ui.label("See exactly how an article changed: sentences and quotations.");
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

/// The toolbar: what is compared, open and swap, views, navigation, progress.
pub fn toolbar_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let (old, new) = (app.pair.old.name(), app.pair.new.name());
            if ui
                .button("Open…")
                .on_hover_text("Open both versions (Ctrl+O)")
                .clicked()
            {
                app.commands.push(Command::Dialog(Purpose::OpenBoth));
            }
            side_button(app, ui, &old, Purpose::OpenOld, "old");
            ui.label(RichText::new("→").weak());
            side_button(app, ui, &new, Purpose::OpenNew, "new");
            if ui.button("⇄ Swap").on_hover_text("Swap sides").clicked() {
                app.commands.push(Command::Swap);
            }
            if ui
                .button("⟳ Reload")
                .on_hover_text("Read both files again (F5)")
                .clicked()
            {
                app.commands.push(Command::Reload);
            }
            ui.separator();
            ui.selectable_value(&mut app.settings.view, View::SideBySide, "Side by side");
            ui.selectable_value(&mut app.settings.view, View::Redline, "Redline");
            ui.separator();
            if ui
                .button("◀ Previous")
                .on_hover_text("Previous change (P, Shift+F8)")
                .clicked()
            {
                app.commands.push(Command::Previous);
            }
            if ui
                .button("Next ▶")
                .on_hover_text("Next change (N, F8)")
                .clicked()
            {
                app.commands.push(Command::Next);
            }
            if ui
                .button("🔍 Search")
                .on_hover_text("Search both sides (Ctrl+F)")
                .clicked()
            {
                app.search.open = !app.search.open;
                app.search.focus = app.search.open;
            }
            ui.toggle_value(&mut app.settings.quotes_panel, "❝ Quotations");
            ui.menu_button("Options", |ui| options_ui(app, ui));
            if ui
                .add_enabled(app.current.is_some(), egui::Button::new("Export…"))
                .on_hover_text("Export an HTML report (Ctrl+E); other formats in File ▸ Export")
                .clicked()
            {
                app.commands
                    .push(Command::Dialog(Purpose::Export(Format::Html)));
            }
            if let Some((stage, pair)) = app.jobs.progress() {
                ui.separator();
                ui.spinner();
                let what = match stage {
                    Stage::Reading => {
                        format!("Reading {} and {}…", pair.old.name(), pair.new.name())
                    }
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
fn side_button(app: &mut PalimpsestApp, ui: &mut Ui, name: &str, purpose: Purpose, side: &str) {
    let source = if purpose == Purpose::OpenOld {
        &app.pair.old
    } else {
        &app.pair.new
    };
    let hover = match source {
        Source::File(path) => format!(
            "The {side} version: {}\nClick to open another file, or drop one on this side.",
            path.display()
        ),
        _ => format!("The {side} version: the bundled sample\nClick to open a file instead."),
    };
    if ui
        .button(RichText::new(name).strong())
        .on_hover_text(hover)
        .clicked()
    {
        app.commands.push(Command::Dialog(purpose));
    }
}

/// The error banner: what went wrong, naming the file; the last good comparison stays.
pub fn error_ui(app: &mut PalimpsestApp, ui: &mut Ui, error: &str) {
    let fill = if ui.visuals().dark_mode {
        Color32::from_rgb(0x5a, 0x1e, 0x1e)
    } else {
        Color32::from_rgb(0xff, 0xeb, 0xe9)
    };
    egui::Panel::top("error")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(10, 6)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("⚠").strong());
                ui.label(RichText::new(error).strong());
                if app.current.is_some() {
                    ui.label(RichText::new("— still showing the last comparison").weak());
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button("✕").on_hover_text("Dismiss").clicked() {
                        app.commands.push(Command::DismissError);
                    }
                });
            });
        });
}

/// The status bar: formats, encodings, timing, approximate results.
pub fn status_ui(app: &mut PalimpsestApp, ui: &mut Ui) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let Some(current) = &app.current else {
                ui.label("No comparison yet");
                return;
            };
            let c = &current.comparison;
            let describe = |d: &crate::document::Document| {
                format!("{}: {} {}", d.name, d.format.name(), d.encoding)
            };
            ui.label(RichText::new(format!("{}   {}", describe(&c.old), describe(&c.new))).weak());
            ui.separator();
            ui.label(
                RichText::new(format!("compared in {} ms", current.elapsed.as_millis())).weak(),
            );
            if c.approximate {
                ui.separator();
                ui.label(
                    RichText::new("approximate: the time budget ran out")
                        .color(Color32::from_rgb(0xbf, 0x87, 0x00)),
                );
            }
            let warnings = c.old.warnings.len() + c.new.warnings.len();
            if warnings > 0 {
                ui.separator();
                let notes: Vec<String> = c
                    .old
                    .warnings
                    .iter()
                    .map(|w| format!("{}: {}", c.old.name, w.message))
                    .chain(
                        c.new
                            .warnings
                            .iter()
                            .map(|w| format!("{}: {}", c.new.name, w.message)),
                    )
                    .collect();
                ui.label(RichText::new(format!("⚠ {warnings} warning(s)")).weak())
                    .on_hover_text(notes.join("\n"));
            }
            if app.filter != Filter::All {
                ui.separator();
                ui.label(RichText::new("filtered").strong());
            }
        });
    });
}

/// The path field shown where no dialog can open, or on request.
pub struct PathPrompt {
    purpose: Option<Purpose>,
    old: String,
    new: String,
    export: String,
}

impl PathPrompt {
    /// A prompt for `purpose` (both versions when `None`), filled from `pair`.
    pub fn new(pair: &Pair, purpose: Option<Purpose>) -> Self {
        let path = |s: &Source| {
            s.path()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        Self {
            purpose,
            old: path(&pair.old),
            new: path(&pair.new),
            export: String::new(),
        }
    }

    /// Fills the export path with a suggestion.
    pub fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.export = suggestion.unwrap_or_default();
        self
    }
}

/// The path field window, if open.
pub fn path_prompt_ui(app: &mut PalimpsestApp, ctx: &egui::Context) {
    let Some(mut prompt) = app.path_prompt.take() else {
        return;
    };
    let mut open = true;
    let mut done = false;
    let unavailable = app.dialogs.unavailable;
    egui::Window::new("Open files by path")
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_TOP, [0.0, 80.0])
        .open(&mut open)
        .show(ctx, |ui| {
            if unavailable {
                ui.label(RichText::new("No file dialog can open on this system (install zenity or xdg-desktop-portal to get one).").weak());
                ui.label(RichText::new("Type a path below (Tab completes), drop files on the window, or pick a recent pair.").weak());
                ui.add_space(6.0);
            }
            match prompt.purpose {
                Some(Purpose::Export(format)) => {
                    path_field(ui, "Save report as", &mut prompt.export);
                    ui.horizontal(|ui| {
                        if ui.button(format!("Export {}", format.label())).clicked() && !prompt.export.trim().is_empty() {
                            app.commands.push(Command::ExportTo(format, prompt.export.trim().into()));
                            done = true;
                        }
                    });
                }
                purpose => {
                    let both = matches!(purpose, None | Some(Purpose::OpenBoth));
                    if both || purpose == Some(Purpose::OpenOld) {
                        path_field(ui, "Old version", &mut prompt.old);
                    }
                    if both || purpose == Some(Purpose::OpenNew) {
                        path_field(ui, "New version", &mut prompt.new);
                    }
                    ui.horizontal(|ui| {
                        let ready = !prompt.old.trim().is_empty() && !prompt.new.trim().is_empty();
                        if ui.add_enabled(ready || !both, egui::Button::new("Compare")).clicked() {
                            let side = |typed: &str, current: &Source| {
                                if typed.trim().is_empty() { current.clone() } else { Source::File(typed.trim().into()) }
                            };
                            let pair = Pair {
                                old: side(&prompt.old, &app.pair.old),
                                new: side(&prompt.new, &app.pair.new),
                            };
                            app.commands.push(Command::Open(pair));
                            done = true;
                        }
                    });
                    if !app.settings.recent.is_empty() {
                        ui.separator();
                        ui.label(RichText::new("Recent pairs").strong());
                        for pair in app.settings.recent.clone() {
                            if ui.link(pair.title()).clicked() {
                                app.commands.push(Command::Open(pair));
                                done = true;
                            }
                        }
                    }
                }
            }
        });
    if open && !done {
        app.path_prompt = Some(prompt);
    }
}

/// A labelled path field with completion: Tab completes the common part, and matching
/// entries are listed to click.
fn path_field(ui: &mut Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    let edit = ui.add(
        egui::TextEdit::singleline(text)
            .desired_width(460.0)
            .hint_text("/path/to/article.txt")
            .lock_focus(true),
    );
    let edit = edit.labelled_by(label.id);
    let options = dialogs::completions(text, 8);
    if edit.has_focus()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Tab))
        && let Some(prefix) = dialogs::common_prefix(&options)
        && prefix.len() > text.len()
    {
        *text = prefix;
    }
    let exact = options.len() == 1 && options[0] == *text;
    if edit.has_focus() && !options.is_empty() && !exact {
        ui.indent(label.id, |ui| {
            for option in options {
                if ui.small_button(&option).clicked() {
                    *text = option;
                }
            }
        });
    }
}

/// While files are dragged over the window: where to drop them.
pub fn drop_hint_ui(ctx: &egui::Context) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(160));
    let count = ctx.input(|i| i.raw.hovered_files.len());
    let text = if count >= 2 {
        "Drop to compare these two files (older first)".to_owned()
    } else {
        "Drop on the left half to open as the old version, on the right half as the new".to_owned()
    };
    painter.line_segment(
        [screen.center_top(), screen.center_bottom()],
        egui::Stroke::new(1.0, Color32::from_white_alpha(80)),
    );
    painter.text(
        screen.center(),
        Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(22.0),
        Color32::WHITE,
    );
}
