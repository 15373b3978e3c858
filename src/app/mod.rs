//! The desktop app: two versions side by side, every sentence and quotation change.
//!
//! The app only shows a [`Comparison`] and sends commands: reading and comparing run on
//! a worker ([`job`]), file dialogs on their own thread ([`dialogs`]), exports too
//! ([`export`]). Each frame, panels are laid out first (menu, toolbar, summary, status,
//! quotations) and the central view last; actions are collected as [`Command`]s and
//! carried out once the frame is drawn.

mod dialogs;
mod export;
pub mod fonts;
mod job;
mod overview;
mod quotes_panel;
mod redline;
mod rows;
mod search;
pub mod settings;
mod side_by_side;
pub mod source;
mod style;
mod summary_bar;
mod text_layout;
mod toolbar;
mod virtual_list;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use egui::{Key, KeyboardShortcut, Modifiers};
use rustc_hash::FxHashSet;

use crate::compare::{Comparison, Options};
use crate::report::Format;
pub use dialogs::Purpose;
use rows::{ChangeInfo, Filter, Row, Rows};
pub use settings::{Settings, Theme, View};
pub use source::{Pair, Source};
use virtual_list::VirtualList;

/// How often the files are checked for changes on disk.
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// How long a jumped-to row glows.
const FLASH: Duration = Duration::from_millis(1200);

/// Open both versions (Ctrl+O).
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Export a report (Ctrl+E).
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Search (Ctrl+F).
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// Something the user asked for, carried out after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Compare this pair.
    Open(Pair),
    /// Open a dialog (or the path field where none can open).
    Dialog(Purpose),
    /// Show the path field.
    TypePaths,
    /// Swap old and new.
    Swap,
    /// Read both files again.
    Reload,
    /// Compare again with these options.
    SetOptions(Options),
    /// Show only some rows (toggles back to all).
    Filter(Filter),
    /// Unfold the run starting at this change.
    Expand(usize),
    /// Select and scroll to a change, and flash it.
    GoToChange(usize),
    /// Scroll to the old place of a moved change, and flash it.
    GoToGhost(usize),
    /// Scroll to the row that holds a quotation (`old` side when `true`).
    GoToQuote {
        /// Which version the id belongs to.
        old: bool,
        /// The quotation id.
        id: usize,
    },
    /// Select the next change.
    Next,
    /// Select the previous change.
    Previous,
    /// Export a report in this format to this file.
    ExportTo(Format, PathBuf),
    /// Dismiss the error banner.
    DismissError,
}

/// A comparison on screen, with what the views derive from it.
struct Current {
    /// The pair it compares, as the user opened it.
    pair: Pair,
    comparison: Arc<Comparison>,
    infos: Vec<ChangeInfo>,
    rows: Rows,
    elapsed: Duration,
    modified: (Option<SystemTime>, Option<SystemTime>),
}

/// Where the next frame should scroll to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScrollTarget {
    /// The row at this index.
    Row(usize),
}

/// The app's state.
pub struct PalimpsestApp {
    settings: Settings,
    pair: Pair,
    jobs: job::Jobs,
    current: Option<Current>,
    error: Option<String>,
    filter: Filter,
    expanded: FxHashSet<usize>,
    list: VirtualList,
    list_key: (usize, u32, View),
    selected: Option<usize>,
    flash: Option<(Row, Instant)>,
    scroll_to: Option<ScrollTarget>,
    scroll_shift: f32,
    search: search::Search,
    dialogs: dialogs::Dialogs,
    path_prompt: Option<toolbar::PathPrompt>,
    export: export::Exports,
    quotes: quotes_panel::QuotesPanel,
    last_watch: Instant,
    ctx: egui::Context,
    commands: Vec<Command>,
    /// Where the settings are saved (none in tests).
    settings_path: Option<PathBuf>,
    /// The settings as last saved.
    saved: Option<Settings>,
}

/// What the app opens first.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// The last pair, or the bundled sample on first run.
    Last,
    /// These two files.
    Files(PathBuf, PathBuf),
}

/// Opens the app window and runs until it closes.
pub fn run(start: Start) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Palimpsest")
            .with_app_id("palimpsest")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Palimpsest",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let path = settings::default_path();
            let settings = path.as_deref().map(Settings::load).unwrap_or_default();
            let mut app = PalimpsestApp::new(cc.egui_ctx.clone(), settings, start);
            app.settings_path = path;
            Ok(Box::new(app))
        }),
    )
}

impl PalimpsestApp {
    /// The app with `settings`, starting to compare what `start` says.
    pub fn new(ctx: egui::Context, settings: Settings, start: Start) -> Self {
        apply_theme(&ctx, settings.theme);
        let pair = match start {
            Start::Files(old, new) => Pair::files(old, new),
            Start::Last => settings
                .last
                .clone()
                .filter(Pair::exists)
                .unwrap_or_else(Pair::sample),
        };
        let mut app = Self {
            settings,
            pair: pair.clone(),
            jobs: job::Jobs::default(),
            current: None,
            error: None,
            filter: Filter::All,
            expanded: FxHashSet::default(),
            list: VirtualList::default(),
            list_key: (usize::MAX, 0, View::SideBySide),
            selected: None,
            flash: None,
            scroll_to: None,
            scroll_shift: 0.0,
            search: search::Search::default(),
            dialogs: dialogs::Dialogs::default(),
            path_prompt: None,
            export: export::Exports::default(),
            quotes: quotes_panel::QuotesPanel::default(),
            last_watch: Instant::now(),
            ctx,
            commands: Vec::new(),
            settings_path: None,
            saved: None,
        };
        app.compare(pair, false);
        app
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// `true` while comparing, a dialog is open, or an export is being written.
    pub fn busy(&self) -> bool {
        self.jobs.busy() || self.dialogs.is_open() || self.export.busy()
    }

    /// The comparison on screen.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.current.as_ref().map(|c| c.comparison.as_ref())
    }

    /// The error on screen, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The selected change.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Queues a command, as a click would.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Treats paths dropped on the window: two open as a pair (older first); one replaces
    /// the side it was dropped on (`on_left` for the old side).
    pub fn drop_files(&mut self, mut paths: Vec<PathBuf>, on_left: bool) {
        paths.retain(|p| p.is_file() || !p.exists());
        match paths.len() {
            0 => {}
            1 => {
                let path = paths.remove(0);
                let mut pair = self.pair.clone();
                if on_left {
                    pair.old = Source::File(path);
                } else {
                    pair.new = Source::File(path);
                }
                self.commands.push(Command::Open(pair));
            }
            _ => {
                let (old, new) = source::older_first(paths.remove(0), paths.remove(0));
                self.commands.push(Command::Open(Pair::files(old, new)));
            }
        }
    }

    /// Starts comparing `pair`; with `reuse`, the documents already read are compared again.
    fn compare(&mut self, pair: Pair, reuse: bool) {
        let reuse = self
            .current
            .as_ref()
            .filter(|_| reuse && self.pair == pair)
            .map(|c| Arc::clone(&c.comparison));
        self.pair = pair.clone();
        let ctx = self.ctx.clone();
        let request = job::Request {
            pair,
            options: self.settings.options,
            reuse,
        };
        self.jobs.start(request, move || ctx.request_repaint());
    }

    /// Takes in a finished comparison, or shows why it failed (keeping the last good one).
    fn receive(&mut self, outcome: job::Outcome) {
        match outcome.result {
            Ok(finished) => {
                let comparison = Arc::new(finished.comparison);
                let infos = rows::change_infos(&comparison);
                let same_pair = self.current.as_ref().is_some_and(|c| {
                    c.comparison.old.name == comparison.old.name
                        && c.comparison.new.name == comparison.new.name
                });
                if !same_pair {
                    self.expanded.clear();
                    self.selected = None;
                }
                self.error = None;
                let kept = outcome.pair.absolute();
                self.settings.remember(&kept);
                self.settings.last = Some(kept);
                let modified = (outcome.pair.old.modified(), outcome.pair.new.modified());
                let rows = rows::build(
                    &comparison,
                    &infos,
                    self.filter,
                    self.settings.fold_unchanged,
                    &self.expanded,
                );
                self.current = Some(Current {
                    pair: outcome.pair,
                    comparison,
                    infos,
                    rows,
                    elapsed: finished.elapsed,
                    modified,
                });
                self.list_key.0 = usize::MAX;
                self.search.invalidate();
            }
            Err(message) => {
                self.error = Some(message);
                // The last good comparison stays on screen, and with it its pair.
                if let Some(current) = &self.current {
                    self.pair = current.pair.clone();
                }
            }
        }
    }

    /// Rebuilds the rows after a filter, fold or expansion change.
    fn rebuild_rows(&mut self) {
        if let Some(current) = &mut self.current {
            current.rows = rows::build(
                &current.comparison,
                &current.infos,
                self.filter,
                self.settings.fold_unchanged,
                &self.expanded,
            );
            self.list_key.0 = usize::MAX;
        }
    }

    /// Unfolds the fold that hides change `index`, if any; returns its row.
    fn reveal(&mut self, index: usize) -> Option<usize> {
        let row = {
            let current = self.current.as_ref()?;
            *current.rows.row_of_change.get(index)?
        };
        if let Some(Row::Fold { first, .. }) = self.current.as_ref()?.rows.rows.get(row).copied() {
            self.expanded.insert(first);
            self.rebuild_rows();
        }
        self.current
            .as_ref()?
            .rows
            .row_of_change
            .get(index)
            .copied()
    }

    /// Carries out the queued commands.
    fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            self.run_command(command);
        }
    }

    fn run_command(&mut self, command: Command) {
        match command {
            Command::Open(pair) => self.compare(pair, false),
            Command::Dialog(purpose) => self.open_dialog(purpose),
            Command::TypePaths => {
                self.path_prompt = Some(toolbar::PathPrompt::new(&self.pair, None))
            }
            Command::Swap => {
                let pair = self.pair.swapped();
                self.compare(pair, false);
            }
            Command::Reload => {
                let pair = self.pair.clone();
                self.compare(pair, false);
            }
            Command::SetOptions(options) => {
                if options != self.settings.options {
                    self.settings.options = options;
                    let pair = self.pair.clone();
                    self.compare(pair, true);
                }
            }
            Command::Filter(filter) => {
                self.filter = if self.filter == filter {
                    Filter::All
                } else {
                    filter
                };
                self.rebuild_rows();
            }
            Command::Expand(first) => {
                self.expanded.insert(first);
                self.rebuild_rows();
            }
            Command::GoToChange(index) => {
                if let Some(row) = self.reveal(index) {
                    self.selected = Some(index);
                    self.scroll_to = Some(ScrollTarget::Row(row));
                    self.flash = Some((Row::Change(index), Instant::now()));
                }
            }
            Command::GoToGhost(index) => {
                let row = self
                    .current
                    .as_ref()
                    .and_then(|c| c.rows.ghost_of_change.get(index).copied().flatten());
                if let Some(row) = row {
                    self.scroll_to = Some(ScrollTarget::Row(row));
                    self.flash = Some((Row::Ghost(index), Instant::now()));
                }
            }
            Command::GoToQuote { old, id } => {
                let change = self.current.as_ref().and_then(|c| {
                    let doc = if old {
                        &c.comparison.old
                    } else {
                        &c.comparison.new
                    };
                    let sentence = doc.quotes.get(id)?.sentence;
                    c.comparison.sentences.iter().position(|ch| {
                        if old {
                            ch.old.contains(&sentence)
                        } else {
                            ch.new.contains(&sentence)
                        }
                    })
                });
                if let Some(index) = change {
                    self.run_command(Command::GoToChange(index));
                }
            }
            Command::Next | Command::Previous => self.step_selection(command == Command::Next),
            Command::ExportTo(format, path) => {
                if let Some(current) = &self.current {
                    let ctx = self.ctx.clone();
                    self.export
                        .start(Arc::clone(&current.comparison), format, path, move || {
                            ctx.request_repaint()
                        });
                }
            }
            Command::DismissError => self.error = None,
        }
    }

    /// Moves the selection to the next (or previous) change.
    fn step_selection(&mut self, forward: bool) {
        let Some(current) = &self.current else {
            return;
        };
        let n = current.infos.len();
        let is_change = |i: usize| current.infos[i].is_change();
        let found = match (self.selected, forward) {
            (Some(s), true) => (s + 1..n).find(|&i| is_change(i)),
            (Some(s), false) => (0..s).rev().find(|&i| is_change(i)),
            (None, true) => (0..n).find(|&i| is_change(i)),
            (None, false) => (0..n).rev().find(|&i| is_change(i)),
        };
        if let Some(index) = found {
            self.run_command(Command::GoToChange(index));
        }
    }

    fn open_dialog(&mut self, purpose: Purpose) {
        if self.dialogs.unavailable {
            self.path_prompt = Some(
                toolbar::PathPrompt::new(&self.pair, Some(purpose))
                    .with_suggestion(self.export_suggestion(purpose)),
            );
            return;
        }
        let folder = [&self.pair.old, &self.pair.new].iter().find_map(|s| {
            s.path()
                .and_then(|p| p.parent())
                .map(std::path::Path::to_path_buf)
        });
        let name = match purpose {
            Purpose::Export(format) => self
                .current
                .as_ref()
                .map(|c| crate::report::suggested_name(&c.comparison, format)),
            _ => None,
        };
        let ctx = self.ctx.clone();
        self.dialogs
            .open(purpose, folder, name, move || ctx.request_repaint());
    }

    /// The path suggested for an export in the path field.
    fn export_suggestion(&self, purpose: Purpose) -> Option<String> {
        let Purpose::Export(format) = purpose else {
            return None;
        };
        let current = self.current.as_ref()?;
        let name = crate::report::suggested_name(&current.comparison, format);
        let folder = self
            .pair
            .old
            .path()
            .and_then(|p| p.parent())
            .filter(|p| !p.as_os_str().is_empty());
        Some(match folder {
            Some(folder) => folder.join(name).display().to_string(),
            None => name,
        })
    }

    /// Work that is not drawing: results of workers and dialogs, files changed on disk,
    /// dropped files and keyboard shortcuts.
    pub fn logic(&mut self, ctx: &egui::Context) {
        if let Some(outcome) = self.jobs.poll() {
            self.receive(outcome);
        }
        if let Some(answer) = self.dialogs.poll() {
            if answer.paths.is_empty() && self.dialogs.unavailable {
                self.open_dialog(answer.purpose);
            } else {
                self.answer(answer);
            }
        }
        self.export.poll();
        if self.last_watch.elapsed() >= WATCH_EVERY {
            self.last_watch = Instant::now();
            self.watch();
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            let width = ctx.content_rect().width();
            let x = ctx.input(|i| i.pointer.latest_pos()).map_or(0.0, |p| p.x);
            self.drop_files(dropped, x < width / 2.0);
        }
        self.shortcuts(ctx);
        if self.busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if self.flash.is_some_and(|(_, at)| at.elapsed() < FLASH) {
            ctx.request_repaint();
        }
        self.run_commands();
    }

    /// Acts on a dialog's answer.
    fn answer(&mut self, answer: dialogs::Answer) {
        let mut paths = answer.paths;
        if paths.is_empty() {
            return;
        }
        match answer.purpose {
            Purpose::OpenOld => self.commands.push(Command::Open(Pair {
                old: Source::File(paths.remove(0)),
                new: self.pair.new.clone(),
            })),
            Purpose::OpenNew => self.commands.push(Command::Open(Pair {
                old: self.pair.old.clone(),
                new: Source::File(paths.remove(0)),
            })),
            Purpose::OpenBoth if paths.len() >= 2 => {
                let (old, new) = source::older_first(paths.remove(0), paths.remove(0));
                self.commands.push(Command::Open(Pair::files(old, new)));
            }
            Purpose::OpenBoth => {
                self.error = Some(
                    "Pick two files at once (hold Ctrl or Shift), or open each side on its own."
                        .to_owned(),
                );
            }
            Purpose::Export(format) => self
                .commands
                .push(Command::ExportTo(format, paths.remove(0))),
        }
    }

    /// Compares again when either file changed on disk.
    fn watch(&mut self) {
        let Some(current) = &self.current else {
            return;
        };
        if self.jobs.busy() || current.pair != self.pair {
            return;
        }
        let now = (self.pair.old.modified(), self.pair.new.modified());
        let changed = (now.0.is_some() && now.0 != current.modified.0)
            || (now.1.is_some() && now.1 != current.modified.1);
        if changed {
            self.commands.push(Command::Reload);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&OPEN) {
                self.commands.push(Command::Dialog(Purpose::OpenBoth));
            }
            if i.consume_shortcut(&EXPORT) {
                self.commands
                    .push(Command::Dialog(Purpose::Export(Format::Html)));
            }
            if i.consume_shortcut(&FIND) {
                self.search.open = true;
                self.search.focus = true;
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                self.commands.push(Command::Reload);
            }
            if i.consume_key(Modifiers::SHIFT, Key::F8) {
                self.commands.push(Command::Previous);
            }
            if i.consume_key(Modifiers::NONE, Key::F8) {
                self.commands.push(Command::Next);
            }
            if !typing {
                if i.consume_key(Modifiers::NONE, Key::N) {
                    self.commands.push(Command::Next);
                }
                if i.consume_key(Modifiers::NONE, Key::P) {
                    self.commands.push(Command::Previous);
                }
            }
        });
    }

    /// Draws the whole window into `ui`.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = ctx.clone();
        self.logic(&ctx);
        toolbar::menu_bar_ui(self, ui);
        toolbar::toolbar_ui(self, ui);
        if let Some(error) = self.error.clone() {
            toolbar::error_ui(self, ui, &error);
        }
        summary_bar::summary_ui(self, ui);
        toolbar::status_ui(self, ui);
        if self.settings.quotes_panel {
            quotes_panel::quotes_panel_ui(self, ui);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.search.open {
                search::search_bar_ui(self, ui);
            }
            self.main_view_ui(ui);
        });
        toolbar::path_prompt_ui(self, &ctx);
        export::export_notice_ui(self, &ctx);
        toolbar::drop_hint_ui(&ctx);
        self.run_commands();
    }

    fn main_view_ui(&mut self, ui: &mut egui::Ui) {
        if self.current.is_none() {
            ui.centered_and_justified(|ui| {
                if self.jobs.busy() {
                    ui.spinner();
                } else {
                    ui.label("Open two versions of an article to compare them (Ctrl+O), or drop two files here.");
                }
            });
            return;
        }
        let strip = 14.0;
        let mut view_rect = ui.available_rect_before_wrap();
        view_rect.max.x -= strip;
        let strip_rect = egui::Rect::from_min_max(
            egui::pos2(view_rect.max.x, view_rect.min.y),
            ui.available_rect_before_wrap().max,
        );
        let mut view_ui = ui.new_child(egui::UiBuilder::new().max_rect(view_rect));
        let visible = match self.settings.view {
            View::SideBySide => side_by_side::view_ui(self, &mut view_ui),
            View::Redline => redline::view_ui(self, &mut view_ui),
        };
        overview::strip_ui(self, ui, strip_rect, visible);
        ui.allocate_rect(ui.available_rect_before_wrap(), egui::Sense::hover());
    }
}

/// Applies a theme preference to the context.
fn apply_theme(ctx: &egui::Context, theme: Theme) {
    ctx.set_theme(match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    });
}

impl eframe::App for PalimpsestApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        PalimpsestApp::ui(self, ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        if self.saved.as_ref() == Some(&self.settings) {
            return;
        }
        if let Some(path) = &self.settings_path {
            match self.settings.save(path) {
                Ok(()) => self.saved = Some(self.settings.clone()),
                Err(error) => log::warn!("settings not saved: {error}"),
            }
        }
    }
}
