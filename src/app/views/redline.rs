//! The redline view: one column, like tracked changes. Deleted words are struck through,
//! inserted words underlined, and a moved sentence is marked where it went and where it
//! came from. Paragraphs flow as in the new version.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText, Stroke, TextStyle, Ui};

use super::Look;
use crate::app::command::Command;
use crate::app::screen::{Screen, ViewState, find_line};
use crate::app::virtual_list::Visible;
use crate::app::state::settings::View;
use crate::app::style::Palette;
use crate::comparison::{Kind, Op};
use crate::present::{Label, Line, Presented};

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
    let visible = view.list.show(ui, area, |ui, g| {
        let Some(group) = groups.get(g) else {
            return;
        };
        if let Some(command) = group_ui(
            ui,
            presented,
            lines,
            group.clone(),
            &font,
            &look.palette,
            look.filtered,
        ) {
            commands.push(command);
        }
    });
    view.top_line = groups
        .get(view.list.anchor())
        .and_then(|g| lines.get(g.start))
        .copied();
    visible
}

/// One paragraph: its changes as flowing tracked-changes text, or a fold.
fn group_ui(
    ui: &mut Ui,
    presented: &Presented,
    lines: &[Line],
    group: Range<usize>,
    font: &FontId,
    p: &Palette,
    filtered: bool,
) -> Option<Command> {
    let c = presented.comparison();
    if let Line::Fold { first, count } = lines[group.start] {
        let mut command = None;
        let text = RichText::new(super::fold_text(count, filtered)).color(p.muted);
        if ui.add(egui::Button::new(text).frame(false)).clicked() {
            command = Some(Command::Expand(first));
        }
        ui.add_space(6.0);
        return command;
    }
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width() - 24.0;
    let base = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let deleted = TextFormat {
        color: p.removed_fg,
        background: p.removed_bg,
        strikethrough: Stroke::new(1.0, p.removed_fg),
        ..base.clone()
    };
    let inserted = TextFormat {
        color: p.added_fg,
        background: p.added_bg,
        underline: Stroke::new(1.0, p.added_fg),
        ..base.clone()
    };
    let moved = TextFormat {
        color: p.moved,
        background: p.moved_bg,
        font_id: FontId::proportional(font.size * 0.85),
        ..base.clone()
    };
    for (k, line) in lines[group.clone()].iter().enumerate() {
        if k > 0 {
            job.append(" ", 0.0, base.clone());
        }
        let symbol = Label::Moved.look().symbol;
        match *line {
            Line::Ghost(index) => {
                if let Some(block) = presented.block_of(index) {
                    job.append(
                        &format!("{symbol} moved to paragraph {}: ", block.to.0),
                        0.0,
                        moved.clone(),
                    );
                    job.append(&presented.block_old_text(block), 0.0, deleted.clone());
                }
            }
            Line::Change(index) => {
                let change = &c.sentences[index];
                if change.moved {
                    let from = presented.rows()[index].old_paragraph.unwrap_or(0);
                    job.append(
                        &format!("{symbol} from paragraph {from} "),
                        0.0,
                        moved.clone(),
                    );
                }
                match change.kind {
                    Kind::Unchanged => job.append(&c.new.joined(&change.new), 0.0, base.clone()),
                    Kind::Added => job.append(&c.new.joined(&change.new), 0.0, inserted.clone()),
                    Kind::Removed => job.append(&c.old.joined(&change.old), 0.0, deleted.clone()),
                    Kind::Edited | Kind::Split | Kind::Merged => {
                        for op in &change.words {
                            let marked = match op.op {
                                Op::Equal => None,
                                Op::Delete => Some(&deleted),
                                Op::Insert => Some(&inserted),
                            };
                            match marked {
                                None => job.append(&op.text, 0.0, base.clone()),
                                Some(format) => {
                                    let core = op.text.trim();
                                    let lead =
                                        &op.text[..op.text.len() - op.text.trim_start().len()];
                                    let trail = &op.text[op.text.trim_end().len()..];
                                    job.append(lead, 0.0, base.clone());
                                    job.append(core, 0.0, format.clone());
                                    job.append(trail, 0.0, base.clone());
                                }
                            }
                        }
                    }
                }
            }
            Line::Fold { .. } => {}
        }
    }
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        ui.add(egui::Label::new(job).wrap());
    });
    ui.add_space(10.0);
    None
}
