//! The desktop app: two versions side by side, every sentence and quotation change.
//!
//! The app is state, views and chrome. [`state`] holds what it keeps (settings, the
//! comparing worker, exports, dialogs, search); [`views`] draw the comparison on screen
//! (side by side, redline, the quotations panel, the overview strip); [`chrome`] draws
//! what is around them (menu, toolbar, summary and status bars, banners, the path
//! field). Views and chrome read what they draw and push [`Command`]s; each frame the app
//! polls its workers, draws panels first and the central view last, then carries out the
//! frame's commands in one place ([`PalimpsestApp::apply`]). Reading and comparing run
//! on a worker, dialogs and exports on threads of their own.

mod chrome;
pub mod command;
pub mod fonts;
mod screen;
pub mod state;
mod style;
mod text_layout;
mod views;
mod virtual_list;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::comparison::Comparison;
use crate::ingest::Source;
use crate::present::{Filter, Line};
use crate::report::Format;
pub use command::Command;
use screen::{Screen, Scroll, ViewState};
pub use state::dialogs::Purpose;
use state::dialogs::{self, Dialogs};
use state::export::Exports;
use state::job;
pub use state::pair::Pair;
use state::search::Search;
pub use state::settings::{Settings, Theme, View};

/// How often the files are checked for changes on disk.
const WATCH_EVERY: Duration = Duration::from_secs(1);
/// How long a jumped-to row glows.
const FLASH: Duration = Duration::from_millis(1200);

/// Open both versions (Ctrl+O).
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Export a report (Ctrl+E).
pub const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// The file name suggested for saved pasted text.
const PASTED_FILE: &str = "pasted-text.txt";

/// Paste the clipboard's text as the version under the pointer (Ctrl+Shift+V).
pub const PASTE: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::V);
/// Search (Ctrl+F).
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// What the app opens first.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// The last pair, or the bundled sample on first run.
    Last,
    /// These two files.
    Files(PathBuf, PathBuf),
    /// One file (as "Open with" gives it): the newer version, with the path field asking
    /// for the older one over the last pair.
    Newer(PathBuf),
    /// Three or more versions of one story: a timeline of them, showing the last step.
    Versions(Vec<PathBuf>),
}

/// The window's icon, drawn for the app (`assets/icons/palimpsest.svg`).
const ICON: &[u8] = include_bytes!("../../assets/icons/palimpsest-256.png");

/// Opens the app window and runs until it closes.
pub fn run(start: Start) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Palimpsest")
        .with_app_id("palimpsest")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(ICON) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => log::warn!("the app icon cannot be read, egui's is shown: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Palimpsest",
        options,
        Box::new(move |cc| {
            let path = state::settings::default_path();
            let settings = path.as_deref().map(Settings::load).unwrap_or_default();
            let mut app = PalimpsestApp::new(cc.egui_ctx.clone(), settings, start);
            app.settings_path = path;
            Ok(Box::new(app))
        }),
    )
}

/// The app's state.
pub struct PalimpsestApp {
    settings: Settings,
    pair: Pair,
    jobs: job::Jobs,
    screen: Option<Screen>,
    generation: u64,
    error: Option<String>,
    view: ViewState,
    search: Search,
    dialogs: Dialogs,
    path_prompt: Option<chrome::path_prompt::PathPrompt>,
    timeline: Option<state::timeline::Timeline>,
    /// A paste asked for: into the old side (`true`) or the new, and when.
    paste_into: Option<(bool, Instant)>,
    history: state::history_job::HistoryJob,
    lifelines_open: bool,
    sentence_history_open: bool,
    exports: Exports,
    quotes: views::quotes_panel::QuotesPanel,
    threshold_draft: Option<f64>,
    legend: bool,
    last_watch: Instant,
    ctx: egui::Context,
    commands: Vec<Command>,
    /// Where the settings are saved (none in tests).
    settings_path: Option<PathBuf>,
    /// The settings as last saved.
    saved: Option<Settings>,
}

impl PalimpsestApp {
    /// The app with `settings`, drawing with the app's fonts into `ctx` and starting to
    /// compare what `start` says.
    pub fn new(ctx: egui::Context, settings: Settings, start: Start) -> Self {
        fonts::install(&ctx);
        apply_theme(&ctx, settings.theme);
        let mut path_prompt = None;
        let mut timeline = None;
        let pair = match start {
            Start::Files(old, new) => Pair::files(old, new),
            Start::Versions(paths) => match state::timeline::Timeline::of_files(paths) {
                Some(t) => {
                    let pair = t.pair();
                    timeline = Some(t);
                    pair
                }
                None => Self::last_pair(&settings),
            },
            Start::Newer(new) => {
                path_prompt = Some(chrome::path_prompt::PathPrompt::for_newer(&new));
                Self::last_pair(&settings)
            }
            Start::Last => Self::last_pair(&settings),
        };
        let mut app = Self {
            settings,
            pair: pair.clone(),
            jobs: job::Jobs::default(),
            screen: None,
            generation: 0,
            error: None,
            view: ViewState::default(),
            search: Search::default(),
            dialogs: Dialogs::default(),
            path_prompt,
            timeline,
            paste_into: None,
            history: state::history_job::HistoryJob::default(),
            lifelines_open: false,
            sentence_history_open: false,
            exports: Exports::default(),
            quotes: views::quotes_panel::QuotesPanel::default(),
            threshold_draft: None,
            legend: false,
            last_watch: Instant::now(),
            ctx,
            commands: Vec::new(),
            settings_path: None,
            saved: None,
        };
        app.compare(pair, false);
        app
    }

    /// The last pair that still exists, or the bundled sample.
    fn last_pair(settings: &Settings) -> Pair {
        settings
            .last
            .clone()
            .filter(Pair::exists)
            .unwrap_or_else(Pair::sample)
    }

    /// The versions of a story open at once, and the two compared, if several are open.
    pub fn timeline(&self) -> Option<&state::timeline::Timeline> {
        self.timeline.as_ref()
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// `true` while comparing, a dialog is open, or an export is being written.
    pub fn busy(&self) -> bool {
        self.jobs.busy() || self.dialogs.is_open() || self.exports.busy() || self.history.busy()
    }

    /// The comparison on screen.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.screen.as_ref().map(|s| s.presented.comparison())
    }

    /// The error on screen, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The selected row.
    pub fn selected(&self) -> Option<usize> {
        self.view.selected
    }

    /// The line that glows after a jump to it, while it glows.
    pub fn flashed(&self) -> Option<Line> {
        self.view
            .flash
            .filter(|(_, at)| at.elapsed() < FLASH)
            .map(|(line, _)| line)
    }

    /// Queues a command, as a click would.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Treats paths dropped on the window: two open as a pair (older first), three or more
    /// (or a folder of them) as a timeline; one replaces the side it was dropped on
    /// (`on_left` for the old side).
    pub fn drop_files(&mut self, mut paths: Vec<PathBuf>, on_left: bool) {
        // A folder dropped on its own holds the versions of one story.
        if let [folder] = paths.as_slice()
            && folder.is_dir()
        {
            match state::timeline::Timeline::of_folder(folder) {
                Some(timeline) => self.commands.push(Command::ShowVersions(timeline)),
                None => {
                    self.error = Some(format!(
                        "{}: the folder holds fewer than two files to compare",
                        folder.display()
                    ));
                }
            }
            return;
        }
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
            2 => {
                let (old, new) = state::pair::older_first(paths.remove(0), paths.remove(0));
                self.commands.push(Command::Open(Pair::files(old, new)));
            }
            _ => {
                if let Some(timeline) = state::timeline::Timeline::of_files(paths) {
                    self.commands.push(Command::ShowVersions(timeline));
                }
            }
        }
    }

    /// Starts comparing `pair`; with `reuse`, the documents already read are compared again.
    fn compare(&mut self, pair: Pair, reuse: bool) {
        // Any other pair than the timeline's leaves the timeline.
        if self.timeline.as_ref().is_some_and(|t| t.pair() != pair) {
            self.timeline = None;
        }
        let reuse = self
            .screen
            .as_ref()
            .filter(|_| reuse && self.pair == pair)
            .map(|s| Arc::clone(&s.presented));
        self.pair = pair.clone();
        let ctx = self.ctx.clone();
        let tracked = if self.settings.tracked_original {
            crate::ingest::Tracked::Original
        } else {
            crate::ingest::Tracked::Accepted
        };
        let request = job::Request {
            pair,
            options: self.settings.options,
            tracked,
            reuse,
        };
        self.jobs.start(request, move || ctx.request_repaint());
    }

    /// Takes in a finished comparison, or shows why it failed (keeping the last good one).
    fn receive(&mut self, outcome: job::Outcome) {
        match outcome.result {
            Ok(finished) => {
                let presented = Arc::new(finished.presented);
                let same_pair = self.screen.as_ref().is_some_and(|s| s.pair == outcome.pair);
                if !same_pair {
                    self.view.expanded.clear();
                    self.view.selected = None;
                }
                self.error = None;
                // Pasted text is not written to the settings file.
                if !outcome.pair.old.is_pasted() && !outcome.pair.new.is_pasted() {
                    let kept = outcome.pair.absolute();
                    self.settings.remember(&kept);
                    self.settings.last = Some(kept);
                }
                let modified = (outcome.pair.old.modified(), outcome.pair.new.modified());
                self.generation += 1;
                let mut screen = Screen {
                    generation: self.generation,
                    pair: outcome.pair,
                    presented,
                    layout: Default::default(),
                    layout_generation: 0,
                    elapsed: finished.elapsed,
                    modified,
                };
                screen.relayout(&self.view, self.settings.fold_unchanged);
                self.screen = Some(screen);
                self.search.invalidate();
            }
            Err(message) => {
                self.error = Some(message);
                // The last good comparison stays on screen, and with it its pair.
                if let Some(screen) = &self.screen {
                    self.pair = screen.pair.clone();
                }
            }
        }
    }

    /// Lays out the lines again after a filter, fold or expansion change.
    fn relayout(&mut self) {
        if let Some(screen) = &mut self.screen {
            screen.relayout(&self.view, self.settings.fold_unchanged);
        }
    }

    /// Unfolds the fold that hides row `index`, if any; returns its line.
    fn reveal(&mut self, index: usize) -> Option<usize> {
        let screen = self.screen.as_ref()?;
        let line = *screen.layout.line_of_change.get(index)?;
        if let Some(Line::Fold { first, .. }) = screen.layout.lines.get(line).copied() {
            self.view.expanded.insert(first);
            self.relayout();
        }
        self.screen
            .as_ref()?
            .layout
            .line_of_change
            .get(index)
            .copied()
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Open(pair) => self.compare(pair, false),
            Command::SavePastedTo(old, path) => self.save_pasted(old, path),
            Command::Paste(old) => {
                self.paste_into = Some((old, Instant::now()));
                self.ctx
                    .send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            Command::ShowVersions(timeline) => {
                let pair = timeline.pair();
                self.timeline = Some(timeline);
                self.compare(pair, false);
            }
            Command::Dialog(purpose) => self.open_dialog(purpose),
            Command::TypePaths => {
                self.path_prompt = Some(chrome::path_prompt::PathPrompt::new(&self.pair, None));
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
                self.threshold_draft = None;
                if options != self.settings.options {
                    self.settings.options = options;
                    let pair = self.pair.clone();
                    self.compare(pair, true);
                }
            }
            Command::Filter(filter) => {
                self.view.filter = if self.view.filter == filter {
                    Filter::All
                } else {
                    filter
                };
                self.relayout();
            }
            Command::Expand(first) => {
                self.view.expanded.insert(first);
                self.relayout();
            }
            Command::GoToChange(index) => {
                if let Some(line) = self.reveal(index) {
                    self.view.selected = Some(index);
                    self.view.scroll_to = Some(line);
                    self.view.flash = Some((Line::Change(index), Instant::now()));
                }
            }
            Command::GoToGhost(index) => {
                let line = self
                    .screen
                    .as_ref()
                    .and_then(|s| s.layout.ghost_of_change.get(index).copied().flatten());
                if let Some(line) = line {
                    self.view.scroll_to = Some(line);
                    self.view.flash = Some((Line::Ghost(index), Instant::now()));
                }
            }
            Command::GoToQuote { old, id } => {
                let row = self
                    .screen
                    .as_ref()
                    .and_then(|s| s.presented.row_of_quote(old, id));
                if let Some(index) = row {
                    self.apply(Command::GoToChange(index));
                }
            }
            Command::ScrollToLine(line) => self.view.scroll_to = Some(line),
            Command::Scroll(scroll) => self.view.scroll = Some(scroll),
            Command::Next | Command::Previous => self.step_selection(command == Command::Next),
            Command::ExportTo(format, path) => {
                if let Some(screen) = &self.screen {
                    let ctx = self.ctx.clone();
                    self.exports
                        .start(Arc::clone(&screen.presented), format, path, move || {
                            ctx.request_repaint()
                        });
                }
            }
            Command::ShowError(message) => self.error = Some(message),
            Command::DismissError => self.error = None,
            Command::DismissExport => self.exports.last = None,
            Command::SetView(view) => self.settings.view = view,
            Command::ShowQuotesPanel(show) => self.settings.quotes_panel = show,
            Command::FoldUnchanged(fold) => {
                self.settings.fold_unchanged = fold;
                self.relayout();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                apply_theme(&self.ctx, theme);
            }
            Command::ToggleSearch => {
                self.search.open = !self.search.open;
                self.search.focus = self.search.open;
            }
            Command::CloseSearch => self.search.open = false,
            Command::ShowLegend(show) => self.legend = show,
            Command::ShowLifelines(show) => self.lifelines_open = show,
            Command::SetTrackedOriginal(original) => {
                self.settings.tracked_original = original;
                self.compare(self.pair.clone(), false);
            }
            Command::ShowSentenceHistory(show) => self.sentence_history_open = show,
        }
    }

    /// Moves the selection to the next (or previous) change.
    fn step_selection(&mut self, forward: bool) {
        let Some(screen) = &self.screen else {
            return;
        };
        let changes = screen.presented.steps(self.view.filter);
        let found = match (self.view.selected, forward) {
            (Some(s), true) => changes.iter().find(|&&i| i > s),
            (Some(s), false) => changes.iter().rev().find(|&&i| i < s),
            (None, true) => changes.first(),
            (None, false) => changes.last(),
        }
        .copied();
        if let Some(index) = found {
            self.apply(Command::GoToChange(index));
        }
    }

    fn open_dialog(&mut self, purpose: Purpose) {
        if self.dialogs.unavailable {
            self.path_prompt = Some(
                chrome::path_prompt::PathPrompt::new(&self.pair, Some(purpose))
                    .with_suggestion(self.export_suggestion(purpose)),
            );
            return;
        }
        let name = match purpose {
            Purpose::Export(format) => self
                .screen
                .as_ref()
                .map(|s| crate::report::suggested_name(&s.presented, format)),
            Purpose::SavePasted(_) => Some(PASTED_FILE.to_owned()),
            _ => None,
        };
        let ctx = self.ctx.clone();
        self.dialogs
            .open(purpose, self.pair.folder(), name, move || {
                ctx.request_repaint()
            });
    }

    /// The path suggested for an export or a pasted text in the path field.
    fn export_suggestion(&self, purpose: Purpose) -> Option<String> {
        let name = match purpose {
            Purpose::Export(format) => {
                crate::report::suggested_name(&self.screen.as_ref()?.presented, format)
            }
            Purpose::SavePasted(_) => PASTED_FILE.to_owned(),
            _ => return None,
        };
        Some(match self.pair.folder() {
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
        self.exports.poll();
        self.take_paste(ctx);
        self.history.poll();
        match &self.timeline {
            Some(timeline) => {
                let ctx = ctx.clone();
                self.history
                    .want(&timeline.versions, self.settings.options, move || {
                        ctx.request_repaint();
                    });
            }
            None => self.history.clear(),
        }
        if self.last_watch.elapsed() >= WATCH_EVERY {
            self.last_watch = Instant::now();
            self.watch();
        }
        if self.pair.old.path().is_some() || self.pair.new.path().is_some() {
            // An idle window wakes up to look at the files again.
            ctx.request_repaint_after(WATCH_EVERY);
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
        if self.view.flash.is_some_and(|(_, at)| at.elapsed() < FLASH) {
            ctx.request_repaint();
        }
    }

    /// Writes the pasted text of one side to `path` (atomically, never over a version being
    /// compared); the file then stands for that side.
    fn save_pasted(&mut self, old: bool, path: PathBuf) {
        let side = if old { &self.pair.old } else { &self.pair.new };
        let Source::Pasted { text, .. } = side else {
            return;
        };
        let inputs: Vec<crate::ingest::identity::FileId> = [&self.pair.old, &self.pair.new]
            .iter()
            .filter_map(|s| s.path().and_then(crate::ingest::identity::FileId::of_path))
            .collect();
        match crate::report::output::write_atomic(&path, &inputs, |w| w.write_all(text.as_bytes()))
        {
            Ok(()) => {
                let mut pair = self.pair.clone();
                if old {
                    pair.old = Source::File(path);
                } else {
                    pair.new = Source::File(path);
                }
                self.compare(pair, false);
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    /// Takes the pasted text asked for (a paste event), as the version it was asked for;
    /// an empty clipboard gives no event, and after two seconds a message says so.
    fn take_paste(&mut self, ctx: &egui::Context) {
        let Some((old, asked)) = self.paste_into else {
            return;
        };
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        match pasted {
            Some(text) if !text.trim().is_empty() => {
                self.paste_into = None;
                let source = Source::pasted(text);
                let mut pair = self.pair.clone();
                if old {
                    pair.old = source;
                } else {
                    pair.new = source;
                }
                self.commands.push(Command::Open(pair));
            }
            Some(_) => {
                self.paste_into = None;
                self.error = Some("The clipboard holds no text to paste.".to_owned());
            }
            None if asked.elapsed() > Duration::from_secs(2) => {
                self.paste_into = None;
                self.error = Some("The clipboard holds no text to paste.".to_owned());
            }
            None => ctx.request_repaint_after(Duration::from_millis(100)),
        }
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
            Purpose::OpenBoth if paths.len() == 2 => {
                let (old, new) = state::pair::older_first(paths.remove(0), paths.remove(0));
                self.commands.push(Command::Open(Pair::files(old, new)));
            }
            Purpose::OpenBoth if paths.len() > 2 => {
                if let Some(timeline) = state::timeline::Timeline::of_files(paths) {
                    self.commands.push(Command::ShowVersions(timeline));
                }
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
            Purpose::SavePasted(old) => self
                .commands
                .push(Command::SavePastedTo(old, paths.remove(0))),
            Purpose::OpenFolder => self.drop_files(paths, false),
        }
    }

    /// Compares again when either file changed on disk.
    fn watch(&mut self) {
        let Some(screen) = &self.screen else {
            return;
        };
        if self.jobs.busy() || screen.pair != self.pair {
            return;
        }
        let now = (self.pair.old.modified(), self.pair.new.modified());
        let changed = (now.0.is_some() && now.0 != screen.modified.0)
            || (now.1.is_some() && now.1 != screen.modified.1);
        if changed {
            self.commands.push(Command::Reload);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let commands = &mut self.commands;
        let timeline = self.timeline.as_ref();
        ctx.input_mut(|i| {
            if let Some(timeline) = timeline {
                for (key, forward) in [(Key::ArrowLeft, false), (Key::ArrowRight, true)] {
                    if i.consume_key(Modifiers::ALT, key) {
                        commands.push(Command::ShowVersions(timeline.stepped(forward)));
                    }
                }
            }
            if i.consume_shortcut(&OPEN) {
                commands.push(Command::Dialog(Purpose::OpenBoth));
            }
            if i.consume_shortcut(&EXPORT) {
                commands.push(Command::Dialog(Purpose::Export(Format::Html)));
            }
            if i.consume_shortcut(&FIND) {
                commands.push(Command::ToggleSearch);
            }
            if i.consume_shortcut(&PASTE) {
                // Into the side under the pointer: the left half is the old version.
                let width = i.viewport_rect().width();
                let x = i.pointer.latest_pos().map_or(width, |p| p.x);
                commands.push(Command::Paste(x < width / 2.0));
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                commands.push(Command::Reload);
            }
            if i.consume_key(Modifiers::SHIFT, Key::F8) {
                commands.push(Command::Previous);
            }
            if i.consume_key(Modifiers::NONE, Key::F8) {
                commands.push(Command::Next);
            }
            if !typing {
                if i.consume_key(Modifiers::NONE, Key::N) {
                    commands.push(Command::Next);
                }
                if i.consume_key(Modifiers::NONE, Key::P) {
                    commands.push(Command::Previous);
                }
                for (modifiers, key, scroll) in [
                    (Modifiers::NONE, Key::PageDown, Scroll::Pages(1.0)),
                    (Modifiers::NONE, Key::PageUp, Scroll::Pages(-1.0)),
                    (Modifiers::SHIFT, Key::Space, Scroll::Pages(-1.0)),
                    (Modifiers::NONE, Key::Space, Scroll::Pages(1.0)),
                    (Modifiers::NONE, Key::Home, Scroll::Start),
                    (Modifiers::NONE, Key::End, Scroll::End),
                ] {
                    if i.consume_key(modifiers, key) {
                        commands.push(Command::Scroll(scroll));
                    }
                }
            }
        });
    }

    /// Draws the whole window into `ui`, then carries out what the frame asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = ctx.clone();
        self.logic(&ctx);
        let mut commands = std::mem::take(&mut self.commands);
        let has_screen = self.screen.is_some();
        chrome::menu::ui(
            ui,
            &self.pair,
            &self.settings,
            has_screen,
            &mut self.threshold_draft,
            &mut commands,
        );
        chrome::toolbar::ui(
            ui,
            &chrome::toolbar::Toolbar {
                pair: &self.pair,
                settings: &self.settings,
                has_screen,
                search_open: self.search.open,
                progress: self.jobs.progress(),
                position: self.screen.as_ref().map_or((None, 0), |s| {
                    let steps = s.presented.steps(self.view.filter);
                    let at = self
                        .view
                        .selected
                        .and_then(|i| steps.binary_search(&i).ok());
                    (at, steps.len())
                }),
                meaning_only: self.view.filter == Filter::Significant,
            },
            &mut self.threshold_draft,
            &mut commands,
        );
        if let Some(timeline) = &self.timeline {
            let strip = chrome::timeline::Strip {
                timeline,
                history: self.history.history.as_deref(),
                lifelines: self.lifelines_open,
                sentences: self.sentence_history_open,
            };
            chrome::timeline::ui(ui, &strip, &mut commands);
        }
        if let Some(error) = &self.error {
            chrome::banner::ui(ui, error, has_screen, &mut commands);
        }
        if let Some(screen) = &self.screen {
            chrome::summary::ui(ui, &screen.presented, self.view.filter, &mut commands);
            chrome::status::ui(ui, Some(screen), self.view.filter);
        } else {
            chrome::status::ui(ui, None, self.view.filter);
        }
        if self.settings.quotes_panel
            && let Some(screen) = &self.screen
        {
            views::quotes_panel::ui(ui, screen, &mut self.quotes, &mut commands);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.search.open
                && let Some(screen) = &self.screen
            {
                views::search_bar::ui(
                    ui,
                    screen.presented.comparison(),
                    &mut self.search,
                    &mut commands,
                );
            }
            self.main_view_ui(ui, &mut commands);
        });
        chrome::path_prompt::ui(
            &ctx,
            &mut self.path_prompt,
            &self.pair,
            &self.settings.recent,
            self.dialogs.unavailable,
            &mut commands,
        );
        chrome::notices::export_ui(&ctx, self.exports.last.as_ref(), &mut commands);
        chrome::legend::window_ui(&ctx, self.legend, &mut commands);
        if let (Some(timeline), Some(history)) = (&self.timeline, &self.history.history) {
            let mut open = self.lifelines_open;
            if open {
                views::history::lifelines_ui(&ctx, history, timeline, &mut open, &mut commands);
            }
            if open != self.lifelines_open {
                commands.push(Command::ShowLifelines(open));
            }
            let mut open = self.sentence_history_open;
            if open {
                views::history::sentences_ui(&ctx, history, timeline, &mut open, &mut commands);
            }
            if open != self.sentence_history_open {
                commands.push(Command::ShowSentenceHistory(open));
            }
        }
        chrome::notices::drop_hint_ui(&ctx);
        for command in commands {
            self.apply(command);
        }
    }

    fn main_view_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(screen) = &self.screen else {
            if self.jobs.busy() {
                ui.centered_and_justified(|ui| ui.spinner());
                return;
            }
            ui.vertical_centered(|ui| {
                ui.add_space(ui.available_height() * 0.2);
                ui.heading("Compare two versions of an article");
                ui.label("Open them with Open… (Ctrl+O), or drop two files on the window.");
                ui.add_space(24.0);
                ui.group(chrome::legend::contents_ui);
            });
            return;
        };
        let strip = 14.0;
        let mut view_rect = ui.available_rect_before_wrap();
        view_rect.max.x -= strip;
        let strip_rect = egui::Rect::from_min_max(
            egui::pos2(view_rect.max.x, view_rect.min.y),
            ui.available_rect_before_wrap().max,
        );
        let mut view_ui = ui.new_child(egui::UiBuilder::new().max_rect(view_rect));
        let look = views::Look {
            palette: style::palette(ui.visuals().dark_mode),
            search: self.search.query(),
            flash: self.view.flash.filter(|(_, at)| at.elapsed() < FLASH),
            filtered: self.view.filter != Filter::All,
        };
        let visible = match self.settings.view {
            View::SideBySide => {
                views::side_by_side::ui(&mut view_ui, screen, &look, &mut self.view, commands)
            }
            View::Redline => {
                views::redline::ui(&mut view_ui, screen, &look, &mut self.view, commands)
            }
        };
        views::overview::ui(ui, screen, strip_rect, visible, commands);
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_reads_as_a_square_image() {
        let icon = eframe::icon_data::from_png_bytes(super::ICON).expect("a PNG");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
