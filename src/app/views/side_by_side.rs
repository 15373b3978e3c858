//! The main view: old and new side by side, one row per change, scrolling together.
//!
//! Each row has a mark in the gutter (symbol and colour), the paragraph numbers of both
//! sides, and both texts with the changed words marked. Quotations have a subtle
//! background and name their speaker on hover. A moved row links to a marker at its old
//! place and back; runs of unchanged sentences fold into one row that opens on click.

use std::ops::Range;

use egui::{Align, Color32, FontId, Layout, RichText, Sense, Stroke, TextStyle, Ui, Vec2};

use super::Look;
use crate::app::command::Command;
use crate::app::screen::{Screen, ViewState, find_line};
use crate::app::state::settings::View;
use crate::app::style::{self, Palette};
use crate::app::text_layout::{self, Mark, Piece, TextLook};
use crate::app::virtual_list::Visible;
use crate::comparison::{Comparison, Kind, Op};
use crate::present::{self, Label, Line, Presented, row_name};

const GUTTER: f32 = 22.0;
const PARAGRAPH: f32 = 30.0;
const PAD: f32 = 5.0;

/// Room kept free on the right for the scroll bar, which floats over the content.
const SCROLL_BAR: f32 = 14.0;

/// Column widths of a row.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    /// Width of each text column.
    pub text: f32,
}

impl Columns {
    /// The columns for a view `width` wide. A row is: pad, gutter, paragraph, pad, old
    /// text, pad, paragraph, pad, new text, pad, scroll bar.
    pub fn for_width(width: f32) -> Self {
        Self {
            text: ((width - GUTTER - 2.0 * PARAGRAPH - 5.0 * PAD - SCROLL_BAR) / 2.0).max(80.0),
        }
    }

    /// Where the old and new text columns start, from the left edge of a row.
    pub fn starts(self) -> (f32, f32) {
        let old = PAD + GUTTER + PARAGRAPH + PAD;
        (old, old + self.text + PAD + PARAGRAPH + PAD)
    }
}

/// Draws the view; returns which part of the lines is in view.
pub fn ui(
    ui: &mut Ui,
    screen: &Screen,
    look: &Look,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) -> Visible {
    let presented = &screen.presented;
    let comparison = presented.comparison();
    let width = ui.available_width();
    let columns = Columns::for_width(width);
    let font = TextStyle::Body.resolve(ui.style());
    let line = ui.fonts_mut(|f| f.row_height(&font));
    let char_width = ui.fonts_mut(|f| f.glyph_width(&font, 'e')).max(4.0);
    header_ui(ui, comparison, columns);

    let lines = &screen.layout.lines;
    let key = (
        screen.generation,
        screen.layout_generation,
        width.round() as u32,
        View::SideBySide,
    );
    if view.list_key != Some(key) {
        let rows = presented.rows();
        let per_line = (columns.text / char_width).max(10.0);
        view.list.reset(lines.len(), |i| match lines[i] {
            Line::Change(c) => {
                let longest = rows[c].old_len.max(rows[c].new_len) as f32;
                (longest / per_line).ceil().max(1.0) * line + 2.0 * PAD
            }
            Line::Ghost(_) | Line::Fold { .. } => line + 2.0 * PAD,
        });
        if let Some(top) = view.top_line.and_then(|l| find_line(&screen.layout, l)) {
            view.list.keep_at(top);
        }
        view.list_key = Some(key);
    }
    if let Some(target) = view.scroll_to.take() {
        view.list.scroll_to(target, 3.0 * line);
    }
    view.apply_scroll();
    let area = egui::ScrollArea::vertical()
        .id_salt("side-by-side")
        .auto_shrink(false);
    let context = RowContext {
        presented,
        palette: &look.palette,
        columns,
        font: &font,
        selected: view.selected,
        look,
    };
    let visible = view.list.show(ui, area, |ui, i| {
        if let Some(command) = lines.get(i).and_then(|&line| line_ui(ui, &context, line)) {
            commands.push(command);
        }
    });
    view.top_line = lines.get(view.list.anchor()).copied();
    visible
}

/// What every line needs to draw itself.
struct RowContext<'a> {
    presented: &'a Presented,
    palette: &'a Palette,
    columns: Columns,
    font: &'a FontId,
    selected: Option<usize>,
    look: &'a Look<'a>,
}

/// The column titles above the rows, aligned with the text columns.
fn header_ui(ui: &mut Ui, c: &Comparison, columns: Columns) {
    let height = ui.spacing().interact_size.y;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
    let (old_x, new_x) = columns.starts();
    // A document's own title (a Markdown front matter's) follows its file name.
    let heading = |side: &str, doc: &crate::document::Document| match &doc.title {
        Some(title) => format!("{side} — {} · “{title}”", doc.name),
        None => format!("{side} — {}", doc.name),
    };
    for (x, title) in [
        (old_x, heading("Old", &c.old)),
        (new_x, heading("New", &c.new)),
    ] {
        let cell = egui::Rect::from_min_size(
            rect.min + Vec2::new(x, 0.0),
            Vec2::new(columns.text, height),
        );
        ui.scope_builder(
            egui::UiBuilder::new()
                .max_rect(cell)
                .layout(Layout::left_to_right(Align::Center)),
            |ui| {
                ui.add(egui::Label::new(RichText::new(title).strong()).truncate());
            },
        );
    }
    ui.separator();
}

/// Draws one line and returns what a click on it asks for.
fn line_ui(ui: &mut Ui, cx: &RowContext, line: Line) -> Option<Command> {
    match line {
        Line::Change(index) => change_ui(ui, cx, index),
        Line::Ghost(index) => ghost_ui(ui, cx, index),
        Line::Fold { first, count } => fold_ui(ui, cx, first, count),
    }
}

fn change_ui(ui: &mut Ui, cx: &RowContext, index: usize) -> Option<Command> {
    let c = cx.presented.comparison();
    let change = &c.sentences[index];
    let facts = cx.presented.rows()[index];
    let p = cx.palette;
    let background = ui.painter().add(egui::Shape::Noop);
    let mut command = None;
    let top = ui.max_rect().min;
    // The row's own click area comes first, so that the buttons drawn on it take their
    // clicks before it does.
    let response = ui.interact(
        ui.max_rect(),
        ui.scope_id().with(("row", index)),
        Sense::click(),
    );
    let inner = ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(PAD);
        let symbol = if facts.quiet {
            ""
        } else {
            facts.label.look().symbol
        };
        let color = style::color(p, facts.label);
        ui.allocate_ui_with_layout(
            Vec2::new(GUTTER, 0.0),
            Layout::top_down(Align::Center),
            |ui| {
                ui.add_space(PAD);
                ui.label(RichText::new(symbol).color(color).strong())
                    .on_hover_text(super::row_hover(
                        &row_name(change),
                        change.flags.as_deref().unwrap_or_default(),
                    ));
            },
        );
        let (old_paragraph, new_paragraph) = (facts.old_paragraph, facts.new_paragraph);
        paragraph_ui(ui, old_paragraph, p);
        let old_side = side_text(c, index, true);
        text_ui(ui, cx, &old_side, true, index);
        paragraph_ui(ui, new_paragraph, p);
        ui.allocate_ui_with_layout(
            Vec2::new(cx.columns.text, 0.0),
            Layout::top_down(Align::Min),
            |ui| {
                ui.add_space(PAD);
                let new_side = side_text(c, index, false);
                text_body_ui(ui, cx, &new_side, false, index);
                let note = present::run_note(change);
                let block = cx.presented.block_starting_at(index);
                let flags = change.flags.as_deref().unwrap_or_default();
                if block.is_some() || note.is_some() || !flags.is_empty() {
                    ui.horizontal_wrapped(|ui| {
                        if let Some(block) = block {
                            let button = egui::Button::new(
                                RichText::new(format!(
                                    "{} {}",
                                    Label::Moved.look().symbol,
                                    block.note()
                                ))
                                .color(p.moved)
                                .small(),
                            )
                            .fill(p.moved_bg)
                            .stroke(Stroke::new(1.0, p.moved));
                            if ui
                                .add(button)
                                .on_hover_text("Go to its old place")
                                .clicked()
                            {
                                command = Some(Command::GoToGhost(index));
                            }
                        }
                        if let Some(note) = &note {
                            ui.label(
                                RichText::new(format!("{} {note}", facts.label.look().symbol))
                                    .color(p.split)
                                    .small(),
                            );
                        }
                        super::badges_ui(ui, flags, p);
                    });
                }
                ui.add_space(PAD);
            },
        );
    });
    let rect = egui::Rect::from_min_max(
        top,
        egui::pos2(ui.max_rect().max.x, inner.response.rect.max.y),
    );
    let kind_name = row_name(change);
    let label_text = c.row_text(change);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Row, true, format!("{kind_name}: {label_text}"))
    });
    if response.clicked() && command.is_none() {
        command = Some(Command::GoToChange(index));
    }
    response.context_menu(|ui| copy_menu_ui(ui, cx, index, change.new.is_empty()));
    let mut fill = Color32::TRANSPARENT;
    if let Some(tint) = style::row_background(p, change.kind) {
        fill = tint.gamma_multiply(0.6);
    }
    if response.contains_pointer() {
        fill = ui
            .visuals()
            .widgets
            .hovered
            .weak_bg_fill
            .gamma_multiply(0.5);
    }
    if let Some(left) = cx.look.glow(Line::Change(index)) {
        fill = p.selected.gamma_multiply(0.35 * left);
    }
    ui.painter()
        .set(background, egui::Shape::rect_filled(rect, 0.0, fill));
    if facts.starts_paragraph {
        ui.painter().hline(
            rect.x_range(),
            rect.top(),
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        );
    }
    if cx.selected == Some(index) {
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            2.0,
            Stroke::new(2.0, p.selected),
            egui::StrokeKind::Inside,
        );
    }
    command
}

/// A paragraph number, right-aligned in its column.
fn paragraph_ui(ui: &mut Ui, paragraph: Option<usize>, p: &Palette) {
    ui.allocate_ui_with_layout(
        Vec2::new(PARAGRAPH, 0.0),
        Layout::top_down(Align::Max),
        |ui| {
            ui.set_width(PARAGRAPH);
            ui.add_space(PAD + 1.0);
            if let Some(paragraph) = paragraph {
                ui.label(RichText::new(paragraph.to_string()).small().color(p.muted))
                    .on_hover_text(format!("Paragraph {paragraph}"));
            }
        },
    );
    ui.add_space(PAD);
}

/// One side's text, with its marks and quotations.
pub struct SideText<'a> {
    /// Pieces with their marks.
    pub pieces: Vec<Piece<'a>>,
    /// Quotations inside, as ranges into the joined pieces, with their ids.
    pub quotes: Vec<(Range<usize>, usize)>,
    /// The joined text (for search and hover).
    pub text: String,
}

/// The old or new side of change `index`.
pub fn side_text(c: &Comparison, index: usize, old: bool) -> SideText<'_> {
    let change = &c.sentences[index];
    let (doc, ids) = if old {
        (&c.old, &change.old)
    } else {
        (&c.new, &change.new)
    };
    let (text, pieces) = match change.kind {
        Kind::Edited | Kind::Split | Kind::Merged => {
            let pieces =
                text_layout::diff_pieces(&change.words, if old { Op::Delete } else { Op::Insert });
            (pieces.iter().map(|p| p.text).collect::<String>(), pieces)
        }
        _ => {
            let mark = match change.kind {
                Kind::Removed => Mark::Deleted,
                Kind::Added => Mark::Inserted,
                _ => Mark::Plain,
            };
            let text = doc.joined(ids);
            let pieces = if ids.is_empty() {
                Vec::new()
            } else {
                ids.iter()
                    .enumerate()
                    .flat_map(|(k, &id)| {
                        let space = Piece {
                            text: " ",
                            mark: Mark::Plain,
                        };
                        let sentence = Piece {
                            text: doc.sentence_text(id),
                            mark,
                        };
                        if k == 0 {
                            vec![sentence]
                        } else {
                            vec![space, sentence]
                        }
                    })
                    .collect()
            };
            (text, pieces)
        }
    };
    SideText {
        pieces,
        quotes: doc.quote_ranges(ids),
        text,
    }
}

/// A text column: the side's text, or nothing.
fn text_ui(ui: &mut Ui, cx: &RowContext, side: &SideText, old: bool, index: usize) {
    ui.allocate_ui_with_layout(
        Vec2::new(cx.columns.text, 0.0),
        Layout::top_down(Align::Min),
        |ui| {
            ui.set_width(cx.columns.text);
            ui.add_space(PAD);
            text_body_ui(ui, cx, side, old, index);
            ui.add_space(PAD);
        },
    );
    ui.add_space(PAD);
}

/// The wrapped text of one side, with a tooltip naming the speaker of the quotation under
/// the pointer.
fn text_body_ui(ui: &mut Ui, cx: &RowContext, side: &SideText, old: bool, index: usize) {
    ui.set_width(cx.columns.text);
    if side.pieces.is_empty() {
        return;
    }
    let matches = cx
        .look
        .search
        .map(|q| text_layout::find_all(&side.text, q))
        .unwrap_or_default();
    let look = TextLook {
        font: cx.font.clone(),
        color: ui.visuals().text_color(),
        palette: cx.palette,
        wrap_width: cx.columns.text,
    };
    let job = text_layout::job(&side.pieces, &side.quotes, &matches, &look);
    let (pos, galley, response) = text_layout::show(ui, job);
    response.context_menu(|ui| copy_menu_ui(ui, cx, index, old));
    if let Some(hover) = response.hover_pos() {
        let cursor = galley.cursor_from_pos(hover - pos);
        let byte = side
            .text
            .char_indices()
            .nth(cursor.index.0)
            .map_or(side.text.len(), |(b, _)| b);
        if let Some((_, id)) = side.quotes.iter().find(|(r, _)| r.contains(&byte)) {
            let c = cx.presented.comparison();
            let doc = if old { &c.old } else { &c.new };
            let quote = doc.quotes.get(*id);
            let speaker = quote
                .and_then(|q| q.speaker.as_deref())
                .unwrap_or("no speaker named");
            let note = quote
                .and_then(|q| present::speaker_basis_note(q.basis))
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            response.on_hover_text_at_pointer(format!("Quotation — {speaker}{note}"));
        }
    }
}

/// The right-click menu of a row: copy this side's sentence, both versions, or the
/// quotations of this side with their speakers.
fn copy_menu_ui(ui: &mut Ui, cx: &RowContext, index: usize, old: bool) {
    let c = cx.presented.comparison();
    let change = &c.sentences[index];
    let text = c.side_text(change, old);
    let which = if old { "old" } else { "new" };
    if !text.is_empty() && ui.button(format!("Copy the {which} sentence")).clicked() {
        ui.ctx().copy_text(text);
    }
    if ui.button("Copy both versions").clicked() {
        let both = format!(
            "Old: {}\nNew: {}",
            c.side_text(change, true),
            c.side_text(change, false)
        );
        ui.ctx().copy_text(both);
    }
    let (doc, ids) = if old {
        (&c.old, &change.old)
    } else {
        (&c.new, &change.new)
    };
    let quotes: Vec<String> = doc
        .quote_ranges(ids)
        .into_iter()
        .map(|(_, id)| {
            let speaker = doc.quotes.get(id).and_then(|q| q.speaker.as_deref());
            format!(
                "“{}” — {}",
                doc.quote_text(id),
                present::speaker_or_nobody(speaker)
            )
        })
        .collect();
    if !quotes.is_empty() && ui.button("Copy the quotation with its speaker").clicked() {
        ui.ctx().copy_text(quotes.join("\n"));
    }
}

fn ghost_ui(ui: &mut Ui, cx: &RowContext, index: usize) -> Option<Command> {
    let p = cx.palette;
    let block = cx.presented.block_of(index)?;
    let background = ui.painter().add(egui::Shape::Noop);
    let mut command = None;
    let inner = ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(PAD);
        ui.allocate_ui_with_layout(
            Vec2::new(GUTTER, 0.0),
            Layout::top_down(Align::Center),
            |ui| {
                ui.label(
                    RichText::new(Label::Moved.look().symbol)
                        .color(p.moved)
                        .strong(),
                );
            },
        );
        ui.allocate_ui_with_layout(
            Vec2::new(PARAGRAPH, 0.0),
            Layout::top_down(Align::Max),
            |ui| {
                ui.set_width(PARAGRAPH);
                ui.label(
                    RichText::new(block.from.0.to_string())
                        .small()
                        .color(p.muted),
                );
            },
        );
        ui.add_space(PAD);
        let to = if block.to.0 == block.to.1 {
            format!("paragraph {}", block.to.0)
        } else {
            format!("paragraphs {}–{}", block.to.0, block.to.1)
        };
        let what = if block.len() == 1 {
            format!("moved to {to}")
        } else {
            format!("{} sentences moved to {to}", block.len())
        };
        let link = ui.add(egui::Link::new(RichText::new(what).color(p.moved)));
        if link.on_hover_text("Go to where it is now").clicked() {
            command = Some(Command::GoToChange(index));
        }
        ui.add_space(8.0);
        let short = present::shorten(&cx.presented.block_old_text(block), 90);
        ui.add(egui::Label::new(RichText::new(short).color(p.muted).italics()).truncate());
    });
    let rect = egui::Rect::from_min_max(
        inner.response.rect.min,
        egui::pos2(ui.max_rect().max.x, inner.response.rect.max.y + 2.0),
    );
    let mut fill = p.moved_bg;
    if let Some(left) = cx.look.glow(Line::Ghost(index)) {
        fill = p.selected.gamma_multiply(0.35 * left);
    }
    ui.painter()
        .set(background, egui::Shape::rect_filled(rect, 0.0, fill));
    command
}

fn fold_ui(ui: &mut Ui, cx: &RowContext, first: usize, count: usize) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        ui.add_space(columns_start(cx));
        let text = RichText::new(super::fold_text(count, cx.look.filtered)).color(cx.palette.muted);
        if ui
            .add(egui::Button::new(text).frame(false))
            .on_hover_text("Show these sentences")
            .clicked()
        {
            command = Some(Command::Expand(first));
        }
    });
    ui.separator();
    command
}

/// Where the old text column starts.
fn columns_start(cx: &RowContext) -> f32 {
    cx.columns.starts().0
}
