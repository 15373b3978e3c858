//! The redline view: one column, like tracked changes. Deleted words are struck through,
//! inserted words underlined, and a moved sentence is marked where it went and where it
//! came from. Paragraphs flow as in the new version.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Stroke, TextStyle, Ui};

use super::Look;
use crate::app::command::Command;
use crate::app::screen::{Screen, ViewState, find_line};
use crate::app::state::settings::View;
use crate::app::style::Palette;
use crate::app::text_layout;
use crate::app::virtual_list::Visible;
use crate::comparison::{Kind, Op, WordOp};
use crate::present::{self, Label, Line, Presented};

/// Groups the lines into paragraphs: each group is a range of lines.
fn paragraphs(lines: &[Line], starts: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let new_group = match line {
            Line::Change(c) => starts(*c),
            Line::Fold { .. } => true,
            Line::Ghost(_) => false,
        };
        let after_fold = i > 0 && matches!(lines[i - 1], Line::Fold { .. });
        match out.last_mut() {
            Some(last) if !new_group && !after_fold => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// Draws the view; returns which part of the paragraphs is in view.
pub fn ui(
    ui: &mut Ui,
    screen: &Screen,
    look: &Look,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) -> Visible {
    let presented = &screen.presented;
    let lines = &screen.layout.lines;
    let rows = presented.rows();
    let groups = paragraphs(lines, |c| rows[c].starts_paragraph);
    let width = ui.available_width();
    let font = TextStyle::Body.resolve(ui.style());
    let line = ui.fonts_mut(|f| f.row_height(&font));
    let char_width = ui.fonts_mut(|f| f.glyph_width(&font, 'e')).max(4.0);
    let key = (
        screen.generation,
        screen.layout_generation,
        width.round() as u32,
        View::Redline,
    );
    let group_of = |line: usize| groups.partition_point(|g| g.end <= line);
    if view.list_key != Some(key) {
        let per_line = ((width - 40.0) / char_width).max(10.0);
        view.list.reset(groups.len(), |g| {
            let chars: f32 = groups[g]
                .clone()
                .map(|r| match lines[r] {
                    Line::Change(c) => (rows[c].old_len + rows[c].new_len) as f32 * 0.6,
                    _ => 40.0,
                })
                .sum();
            (chars / per_line).ceil().max(1.0) * line + 14.0
        });
        if let Some(top) = view.top_line.and_then(|l| find_line(&screen.layout, l)) {
            view.list.keep_at(group_of(top));
        }
        view.list_key = Some(key);
    }
    if let Some(target) = view.scroll_to.take() {
        view.list.scroll_to(group_of(target), line);
    }
    view.apply_scroll();
    let area = egui::ScrollArea::vertical()
        .id_salt("redline")
        .auto_shrink(false);
    let paragraph = Paragraph {
        presented,
        font: &font,
        palette: &look.palette,
        filtered: look.filtered,
        selected: view.selected,
        search: look.search,
    };
    let visible = view.list.show(ui, area, |ui, g| {
        let Some(group) = groups.get(g) else {
            return;
        };
        if let Some(command) = group_ui(ui, &paragraph, lines, group.clone()) {
            commands.push(command);
        }
    });
    view.top_line = groups
        .get(view.list.anchor())
        .and_then(|g| lines.get(g.start))
        .copied();
    visible
}

/// The longest line the redline lays out, in characters: a readable measure, whatever
/// the window's width.
const MEASURE: f32 = 96.0;

/// What a paragraph of the redline needs besides its lines.
struct Paragraph<'a> {
    presented: &'a Presented,
    font: &'a FontId,
    palette: &'a Palette,
    filtered: bool,
    selected: Option<usize>,
    search: Option<&'a str>,
}

/// A run of a redline row: its text, how it is marked, and where it starts in the text of
/// the side its quotations are counted on (`None` for text of the other side).
struct Run<'a> {
    text: &'a str,
    format: TextFormat,
    at: Option<usize>,
}

/// One paragraph: its changes as flowing tracked-changes text, or a fold.
fn group_ui(ui: &mut Ui, cx: &Paragraph, lines: &[Line], group: Range<usize>) -> Option<Command> {
    let p = cx.palette;
    let c = cx.presented.comparison();
    if let Line::Fold { first, count } = lines[group.start] {
        let mut command = None;
        let text = RichText::new(super::fold_text(count, cx.filtered)).color(p.muted);
        if ui.add(egui::Button::new(text).frame(false)).clicked() {
            command = Some(Command::Expand(first));
        }
        ui.add_space(6.0);
        return command;
    }
    let char_width = ui.fonts_mut(|f| f.glyph_width(cx.font, 'e')).max(4.0);
    let width = (ui.available_width() - 24.0).min(MEASURE * char_width);
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let base = TextFormat {
        font_id: cx.font.clone(),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let formats = Formats::new(&base, p);
    let symbol = Label::Moved.look().symbol;
    for (k, line) in lines[group.clone()].iter().enumerate() {
        if k > 0 {
            job.append(" ", 0.0, base.clone());
        }
        match *line {
            Line::Ghost(index) => {
                if let Some(block) = cx.presented.block_of(index) {
                    let marker = format!("{symbol} moved to paragraph {}: ", block.to.0);
                    job.append(&marker, 0.0, formats.marker.clone());
                    let text = cx.presented.block_old_text(block);
                    let runs = [Run {
                        text: &text,
                        format: formats.moved.clone(),
                        at: None,
                    }];
                    append_runs(&mut job, &runs, &[], cx.search, p);
                }
            }
            Line::Change(index) => {
                let change = &c.sentences[index];
                if let Some(block) = cx.presented.block_starting_at(index) {
                    let marker = format!("{symbol} from paragraph {} ", block.from.0);
                    job.append(&marker, 0.0, formats.marker.clone());
                }
                let mut plain = if change.moved {
                    formats.moved.clone()
                } else {
                    base.clone()
                };
                if cx.selected == Some(index) {
                    plain.background = p.selected.gamma_multiply(0.25);
                }
                let (old_side, texts) = match change.kind {
                    Kind::Removed => (true, vec![c.old.joined(&change.old)]),
                    Kind::Unchanged | Kind::Added => (false, vec![c.new.joined(&change.new)]),
                    Kind::Edited | Kind::Split | Kind::Merged => (false, Vec::new()),
                };
                let doc = if old_side { &c.old } else { &c.new };
                let ids = if old_side { &change.old } else { &change.new };
                let quotes = doc.quote_ranges(ids);
                let runs: Vec<Run> = match change.kind {
                    Kind::Removed => vec![Run {
                        text: &texts[0],
                        format: formats.deleted.clone(),
                        at: Some(0),
                    }],
                    Kind::Added => vec![Run {
                        text: &texts[0],
                        format: formats.inserted.clone(),
                        at: Some(0),
                    }],
                    Kind::Unchanged => vec![Run {
                        text: &texts[0],
                        format: plain,
                        at: Some(0),
                    }],
                    Kind::Edited | Kind::Split | Kind::Merged => {
                        word_runs(&change.words, &plain, &formats)
                    }
                };
                append_runs(&mut job, &runs, &quotes, cx.search, p);
                for flag in change.flags.iter().flatten() {
                    job.append(" ", 0.0, base.clone());
                    job.append(&present::flag_badge(flag), 0.0, formats.flag.clone());
                }
            }
            Line::Fold { .. } => {}
        }
    }
    ui.horizontal(|ui| {
        ui.add_space(12.0 + ((ui.available_width() - 24.0 - width) / 2.0).max(0.0));
        text_layout::show(ui, job);
    });
    ui.add_space(10.0);
    None
}

/// The marks of the redline.
struct Formats {
    deleted: TextFormat,
    inserted: TextFormat,
    moved: TextFormat,
    marker: TextFormat,
    flag: TextFormat,
}

impl Formats {
    fn new(base: &TextFormat, p: &Palette) -> Self {
        Self {
            deleted: TextFormat {
                color: p.removed_fg,
                background: p.removed_bg,
                strikethrough: Stroke::new(1.0, p.removed_fg),
                ..base.clone()
            },
            inserted: TextFormat {
                color: p.added_fg,
                background: p.added_bg,
                underline: Stroke::new(1.0, p.added_fg),
                ..base.clone()
            },
            moved: TextFormat {
                color: p.moved,
                ..base.clone()
            },
            marker: TextFormat {
                color: p.moved,
                background: p.moved_bg,
                font_id: FontId::proportional(base.font_id.size * 0.85),
                ..base.clone()
            },
            flag: TextFormat {
                color: p.flag,
                background: p.flag_bg,
                font_id: FontId::proportional(base.font_id.size * 0.85),
                ..base.clone()
            },
        }
    }
}

/// The runs of a word diff: deleted words struck through, inserted words underlined, the
/// rest in `plain`; white space around a change stays unmarked.
fn word_runs<'a>(ops: &'a [WordOp], plain: &TextFormat, formats: &Formats) -> Vec<Run<'a>> {
    let mut runs = Vec::new();
    let mut at = 0;
    for op in ops {
        let text = op.text.as_str();
        let (format, new_side) = match op.op {
            Op::Equal => (plain, true),
            Op::Delete => (&formats.deleted, false),
            Op::Insert => (&formats.inserted, true),
        };
        let offset = new_side.then_some(at);
        if op.op == Op::Equal || text.trim().is_empty() {
            runs.push(Run {
                text,
                format: plain.clone(),
                at: offset,
            });
        } else {
            let lead = text.len() - text.trim_start().len();
            let core_end = text.trim_end().len();
            for (range, format) in [
                (0..lead, plain),
                (lead..core_end, format),
                (core_end..text.len(), plain),
            ] {
                if !range.is_empty() {
                    runs.push(Run {
                        text: &text[range.clone()],
                        format: format.clone(),
                        at: offset.map(|o| o + range.start),
                    });
                }
            }
        }
        if new_side {
            at += text.len();
        }
    }
    runs
}

/// Appends `runs` to `job`, tinting the quotations (`quotes`, ranges of the side's text)
/// and the matches of `search`.
fn append_runs(
    job: &mut LayoutJob,
    runs: &[Run],
    quotes: &[(Range<usize>, usize)],
    search: Option<&str>,
    p: &Palette,
) {
    for run in runs {
        let matches = search
            .map(|q| text_layout::find_all(run.text, q))
            .unwrap_or_default();
        let mut cuts: Vec<usize> = vec![0, run.text.len()];
        for r in &matches {
            cuts.extend([r.start, r.end]);
        }
        if let Some(at) = run.at {
            for (r, _) in quotes {
                for edge in [r.start, r.end] {
                    if edge > at && edge < at + run.text.len() {
                        cuts.push(edge - at);
                    }
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            let Some(text) = run.text.get(pair[0]..pair[1]) else {
                continue;
            };
            let mut format = run.format.clone();
            let quoted = run.at.is_some_and(|at| {
                quotes
                    .iter()
                    .any(|(r, _)| r.start <= at + pair[0] && at + pair[1] <= r.end)
            });
            if quoted && format.background == Color32::TRANSPARENT {
                format.background = p.quote_bg;
            }
            if matches
                .iter()
                .any(|r| r.start <= pair[0] && pair[1] <= r.end)
            {
                format.background = p.search_bg;
            }
            job.append(text, 0.0, format);
        }
    }
}
