//! The path field, shown where no file dialog can open (or from File ▸ Type paths…):
//! typed paths with Tab completion, and the recent pairs.

use egui::{Align2, RichText, Ui};

use crate::app::command::Command;
use crate::app::state::dialogs::{self, Purpose};
use crate::app::state::pair::Pair;
use crate::app::state::timeline::Timeline;
use crate::ingest::Source;

/// The path field shown where no dialog can open, or on request.
pub struct PathPrompt {
    purpose: Option<Purpose>,
    /// What the prompt is waiting for, said above the fields.
    question: Option<String>,
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
            question: None,
            old: path(&pair.old),
            new: path(&pair.new),
            export: String::new(),
        }
    }

    /// A prompt for both versions with `new` filled in, waiting for the older one.
    pub fn for_newer(new: &std::path::Path) -> Self {
        let name = new.file_name().unwrap_or(new.as_os_str()).to_string_lossy();
        Self {
            purpose: Some(Purpose::OpenBoth),
            question: Some(format!(
                "Which older version should {name} be compared with?"
            )),
            old: String::new(),
            new: new.display().to_string(),
            export: String::new(),
        }
    }

    /// Fills the export path with a suggestion.
    pub fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.export = suggestion.unwrap_or_default();
        self
    }
}

/// The path field window, if open; it closes itself once it has asked for something.
pub fn ui(
    ctx: &egui::Context,
    state: &mut Option<PathPrompt>,
    pair: &Pair,
    recent: &[Pair],
    unavailable: bool,
    commands: &mut Vec<Command>,
) {
    let Some(mut prompt) = state.take() else {
        return;
    };
    let mut open = true;
    let mut done = false;
    egui::Window::new("Open files by path")
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_TOP, [0.0, 80.0])
        .open(&mut open)
        .show(ctx, |ui| {
            if let Some(question) = &prompt.question {
                ui.label(RichText::new(question).strong());
                ui.add_space(4.0);
            }
            if unavailable {
                ui.label(RichText::new("No file dialog can open on this system (install zenity or xdg-desktop-portal to get one).").weak());
                ui.label(RichText::new("Type a path below (Tab completes), drop files on the window, or pick a recent pair.").weak());
                ui.add_space(6.0);
            }
            match prompt.purpose {
                Some(Purpose::OpenFolder) => {
                    path_field(ui, "Folder of versions", &mut prompt.export);
                    if ui.button("Open").clicked() && !prompt.export.trim().is_empty() {
                        let folder = std::path::PathBuf::from(prompt.export.trim());
                        commands.push(match Timeline::of_folder(&folder) {
                            Some(timeline) => Command::ShowVersions(timeline),
                            None => Command::ShowError(format!(
                                "{}: not a folder with two or more files",
                                folder.display()
                            )),
                        });
                        done = true;
                    }
                }
                Some(Purpose::SavePasted(old)) => {
                    path_field(ui, "Save pasted text as", &mut prompt.export);
                    if ui.button("Save").clicked() && !prompt.export.trim().is_empty() {
                        commands.push(Command::SavePastedTo(old, prompt.export.trim().into()));
                        done = true;
                    }
                }
                Some(Purpose::Export(format)) => {
                    path_field(ui, "Save report as", &mut prompt.export);
                    ui.horizontal(|ui| {
                        if ui.button(format!("Export {}", format.label())).clicked() && !prompt.export.trim().is_empty() {
                            commands.push(Command::ExportTo(format, prompt.export.trim().into()));
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
                                old: side(&prompt.old, &pair.old),
                                new: side(&prompt.new, &pair.new),
                            };
                            commands.push(Command::Open(pair));
                            done = true;
                        }
                    });
                    if !recent.is_empty() {
                        ui.separator();
                        ui.label(RichText::new("Recent pairs").strong());
                        for pair in recent {
                            if ui.link(pair.title()).clicked() {
                                commands.push(Command::Open(pair.clone()));
                                done = true;
                            }
                        }
                    }
                }
            }
        });
    if open && !done {
        *state = Some(prompt);
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
