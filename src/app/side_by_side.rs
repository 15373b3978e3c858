//! The main view: old and new side by side, one row per change, scrolling together.
//!
//! Each row has a mark in the gutter (symbol and colour), the paragraph numbers of both
//! sides, and both texts with the changed words marked. Quotations have a subtle
//! background and name their speaker on hover. A moved row links to a marker at its old
//! place and back; runs of unchanged sentences fold into one row that opens on click.

use std::ops::Range;
use std::time::Instant;

use egui::{Align, Color32, FontId, Layout, RichText, Sense, Stroke, TextStyle, Ui, Vec2};

use super::rows::Row;
use super::style::{self, Palette};
use super::text_layout::{self, Look, Mark, Piece};
use super::{Command, FLASH, PalimpsestApp, ScrollTarget};
use crate::compare::{Comparison, Kind, Op};
use crate::report::{joined, paragraphs_of};

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

/// Draws the view; returns the first and last visible rows as fractions of all rows.
pub fn view_ui(app: &mut PalimpsestApp, ui: &mut Ui) -> (f32, f32) {
    let Some(current) = app.current.as_ref() else {
        return (0.0, 0.0);
    };
    let comparison = std::sync::Arc::clone(&current.comparison);
    let width = ui.available_width();
    let columns = Columns::for_width(width);
    let font = TextStyle::Body.resolve(ui.style());
    let line = ui.fonts_mut(|f| f.row_height(&font));
    let char_width = ui.fonts_mut(|f| f.glyph_width(&font, 'e')).max(4.0);
    header_ui(ui, &comparison, columns);

    let key = (
        current.rows.rows.len(),
        width.round() as u32,
        super::View::SideBySide,
    );
    if app.list_key != key {
        let rows = &current.rows.rows;
        let infos = &current.infos;
        let per_line = (columns.text / char_width).max(10.0);
        app.list.reset(rows.len(), |i| match rows[i] {
            Row::Change(c) => {
                let longest = infos[c].old_len.max(infos[c].new_len) as f32;
                (longest / per_line).ceil().max(1.0) * line + 2.0 * PAD
            }
            Row::Ghost(_) | Row::Fold { .. } => line + 2.0 * PAD,
        });
        app.list_key = key;
    }

    let mut area = egui::ScrollArea::vertical()
        .id_salt("side-by-side")
        .auto_shrink(false);
    if let Some(ScrollTarget::Row(row)) = app.scroll_to.take() {
        area = area.vertical_scroll_offset((app.list.top_of(row) - 3.0 * line).max(0.0));
    } else if app.scroll_shift != 0.0 {
        let state_offset =
            egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id("side-by-side"))
                .map_or(0.0, |s| s.clamped_offset().y);
        area = area.vertical_scroll_offset(state_offset + app.scroll_shift);
        app.scroll_shift = 0.0;
    }
    let palette = style::palette(ui.visuals().dark_mode);
    let flash = app.flash.filter(|(_, at)| at.elapsed() < FLASH);
    let selected = app.selected;
    let search = app.search.query().map(str::to_owned);
    let mut commands = Vec::new();
    let mut visible = (0.0, 0.0);
    let rows = &current.rows.rows;
    let list = &mut app.list;
    let output = area.show_viewport(ui, |ui, viewport| {
        visible = list.visible_share(viewport);
        let context = RowContext {
            comparison: &comparison,
            palette: &palette,
            columns,
            font: &font,
            selected,
            flash,
            search: search.as_deref(),
        };
        list.show(ui, viewport, |ui, i| {
            if let Some(command) = row_ui(ui, &context, rows[i]) {
                commands.push(command);
            }
        })
    });
    app.scroll_shift += output.inner;
    app.commands.extend(commands);
    visible
}

/// What every row needs to draw itself.
struct RowContext<'a> {
    comparison: &'a Comparison,
    palette: &'a Palette,
    columns: Columns,
    font: &'a FontId,
    selected: Option<usize>,
    flash: Option<(Row, Instant)>,
    search: Option<&'a str>,
}

/// The column titles above the rows, aligned with the text columns.
fn header_ui(ui: &mut Ui, c: &Comparison, columns: Columns) {
    let height = ui.spacing().interact_size.y;
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
    let (old_x, new_x) = columns.starts();
    for (x, title) in [
        (old_x, format!("Old — {}", c.old.name)),
        (new_x, format!("New — {}", c.new.name)),
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

/// Draws one row and returns what a click on it asks for.
fn row_ui(ui: &mut Ui, cx: &RowContext, row: Row) -> Option<Command> {
    match row {
        Row::Change(index) => change_ui(ui, cx, index),
        Row::Ghost(index) => ghost_ui(ui, cx, index),
        Row::Fold { first, count } => fold_ui(ui, cx, first, count),
    }
}

fn change_ui(ui: &mut Ui, cx: &RowContext, index: usize) -> Option<Command> {
    let c = cx.comparison;
    let change = &c.sentences[index];
    let p = cx.palette;
    let background = ui.painter().add(egui::Shape::Noop);
    let mut command = None;
    let top = ui.max_rect().min;
    let starts_paragraph = match (change.new.first(), change.old.first()) {
        (Some(&n), _) => {
            n == 0
                || c.new.sentences.get(n - 1).map(|s| s.paragraph)
                    != c.new.sentences.get(n).map(|s| s.paragraph)
        }
        (None, Some(&o)) => {
            o == 0
                || c.old.sentences.get(o - 1).map(|s| s.paragraph)
                    != c.old.sentences.get(o).map(|s| s.paragraph)
        }
        _ => false,
    };
    let inner = ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(PAD);
        let symbol = style::symbol(change.kind, change.moved);
        let color = style::color(p, change.kind, change.moved);
        ui.allocate_ui_with_layout(
            Vec2::new(GUTTER, 0.0),
            Layout::top_down(Align::Center),
            |ui| {
                ui.add_space(PAD);
                ui.label(RichText::new(symbol).color(color).strong())
                    .on_hover_text(style::name(change.kind, change.moved));
            },
        );
        let (old_paragraph, new_paragraph) = paragraphs_of(c, change);
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
                text_body_ui(ui, cx, &new_side, false);
                let tags = change.moved || matches!(change.kind, Kind::Split | Kind::Merged);
                if tags {
                    ui.horizontal_wrapped(|ui| {
                        if change.moved {
                            let from = old_paragraph.unwrap_or(0);
                            let button = egui::Button::new(
                                RichText::new(format!("↕ moved from paragraph {from}"))
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
                        match change.kind {
                            Kind::Split => {
                                ui.label(
                                    RichText::new(format!("÷ split into {}", change.new.len()))
                                        .color(p.split)
                                        .small(),
                                );
                            }
                            Kind::Merged => {
                                ui.label(
                                    RichText::new(format!("⊕ merged from {}", change.old.len()))
                                        .color(p.split)
                                        .small(),
                                );
                            }
                            _ => {}
                        }
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
    let response = ui.interact(rect, ui.scope_id().with(("row", index)), Sense::click());
    let kind_name = style::name(change.kind, change.moved);
    let label_text = match change.new.first() {
        Some(_) => joined(&c.new, &change.new),
        None => joined(&c.old, &change.old),
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Row, true, format!("{kind_name}: {label_text}"))
    });
    if response.clicked() && command.is_none() {
        command = Some(Command::GoToChange(index));
    }
    let mut fill = Color32::TRANSPARENT;
    if let Some(tint) = style::row_background(p, change.kind) {
        fill = tint.gamma_multiply(0.6);
    }
    if response.hovered() {
        fill = ui
            .visuals()
            .widgets
            .hovered
            .weak_bg_fill
            .gamma_multiply(0.5);
    }
    if let Some((Row::Change(flashed), at)) = cx.flash
        && flashed == index
    {
        let left = 1.0 - at.elapsed().as_secs_f32() / super::FLASH.as_secs_f32();
        fill = p.selected.gamma_multiply(0.35 * left.max(0.0));
    }
    ui.painter()
        .set(background, egui::Shape::rect_filled(rect, 0.0, fill));
    if starts_paragraph {
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
            let text = joined(doc, ids);
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
        quotes: text_layout::quote_ranges(doc, ids),
        text,
    }
}

/// A text column: the side's text, or nothing.
fn text_ui(ui: &mut Ui, cx: &RowContext, side: &SideText, old: bool, _index: usize) {
    ui.allocate_ui_with_layout(
        Vec2::new(cx.columns.text, 0.0),
        Layout::top_down(Align::Min),
        |ui| {
            ui.set_width(cx.columns.text);
            ui.add_space(PAD);
            text_body_ui(ui, cx, side, old);
            ui.add_space(PAD);
        },
    );
    ui.add_space(PAD);
}

/// The wrapped text of one side, with a tooltip naming the speaker of the quotation under
/// the pointer.
fn text_body_ui(ui: &mut Ui, cx: &RowContext, side: &SideText, old: bool) {
    ui.set_width(cx.columns.text);
    if side.pieces.is_empty() {
        return;
    }
    let matches = cx
        .search
        .map(|q| text_layout::find_all(&side.text, q))
        .unwrap_or_default();
    let look = Look {
        font: cx.font.clone(),
        color: ui.visuals().text_color(),
        palette: cx.palette,
        wrap_width: cx.columns.text,
    };
    let job = text_layout::job(&side.pieces, &side.quotes, &matches, &look);
    let (pos, galley, response) = egui::Label::new(job).sense(Sense::hover()).layout_in_ui(ui);
    ui.painter()
        .galley(pos, galley.clone(), ui.visuals().text_color());
    if let Some(hover) = response.hover_pos() {
        let cursor = galley.cursor_from_pos(hover - pos);
        let byte = side
            .text
            .char_indices()
            .nth(cursor.index.0)
            .map_or(side.text.len(), |(b, _)| b);
        if let Some((_, id)) = side.quotes.iter().find(|(r, _)| r.contains(&byte)) {
            let doc = if old {
                &cx.comparison.old
            } else {
                &cx.comparison.new
            };
            let speaker = doc
                .quotes
                .get(*id)
                .and_then(|q| q.speaker.as_deref())
                .unwrap_or("no speaker named");
            response.on_hover_text_at_pointer(format!("Quotation — {speaker}"));
        }
    }
}

fn ghost_ui(ui: &mut Ui, cx: &RowContext, index: usize) -> Option<Command> {
    let c = cx.comparison;
    let change = &c.sentences[index];
    let p = cx.palette;
    let background = ui.painter().add(egui::Shape::Noop);
    let (from, to) = paragraphs_of(c, change);
    let (from, to) = (from.unwrap_or(0), to.unwrap_or(0));
    let mut command = None;
    let inner = ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        ui.add_space(PAD);
        ui.allocate_ui_with_layout(
            Vec2::new(GUTTER, 0.0),
            Layout::top_down(Align::Center),
            |ui| {
                ui.label(RichText::new("↕").color(p.moved).strong());
            },
        );
        ui.allocate_ui_with_layout(
            Vec2::new(PARAGRAPH, 0.0),
            Layout::top_down(Align::Max),
            |ui| {
                ui.set_width(PARAGRAPH);
                ui.label(RichText::new(from.to_string()).small().color(p.muted));
            },
        );
        ui.add_space(PAD);
        let text = joined(&c.old, &change.old);
        let short: String = text.chars().take(90).collect();
        let ellipsis = if short.len() < text.len() { "…" } else { "" };
        let link = ui.add(egui::Link::new(
            RichText::new(format!("moved to paragraph {to}")).color(p.moved),
        ));
        if link.on_hover_text("Go to where it is now").clicked() {
            command = Some(Command::GoToChange(index));
        }
        ui.add_space(8.0);
        ui.add(
            egui::Label::new(
                RichText::new(format!("{short}{ellipsis}"))
                    .color(p.muted)
                    .italics(),
            )
            .truncate(),
        );
    });
    let rect = egui::Rect::from_min_max(
        inner.response.rect.min,
        egui::pos2(ui.max_rect().max.x, inner.response.rect.max.y + 2.0),
    );
    let mut fill = p.moved_bg;
    if let Some((Row::Ghost(flashed), at)) = cx.flash
        && flashed == index
    {
        let left = 1.0 - at.elapsed().as_secs_f32() / super::FLASH.as_secs_f32();
        fill = p.selected.gamma_multiply(0.35 * left.max(0.0));
    }
    ui.painter()
        .set(background, egui::Shape::rect_filled(rect, 0.0, fill));
    command
}

fn fold_ui(ui: &mut Ui, cx: &RowContext, first: usize, count: usize) -> Option<Command> {
    let hidden_changes = cx.comparison.sentences[first..first + count]
        .iter()
        .any(|c| c.kind != Kind::Unchanged || c.moved);
    let what = if hidden_changes {
        "hidden by the filter"
    } else {
        "unchanged"
    };
    let plural = if count == 1 { "sentence" } else { "sentences" };
    let mut command = None;
    ui.horizontal(|ui| {
        ui.add_space(columns_start(cx));
        let text =
            RichText::new(format!("… {count} {what} {plural} — show")).color(cx.palette.muted);
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
