//! The overview strip beside the scroll bar: a tick per change in its colour, the visible
//! part outlined; click or drag to jump.

use egui::{Color32, Rect, Sense, Stroke, Ui};

use crate::app::command::Command;
use crate::app::screen::Screen;
use crate::app::style;
use crate::app::virtual_list::Visible;
use crate::present::{Label, Line};

/// Draws the strip in `rect`; `visible` is the part of the lines in view.
pub fn ui(ui: &mut Ui, screen: &Screen, rect: Rect, visible: Visible, commands: &mut Vec<Command>) {
    let lines = &screen.layout.lines;
    if lines.is_empty() || rect.height() < 10.0 {
        return;
    }
    let rows = screen.presented.rows();
    let p = style::palette(ui.visuals().dark_mode);
    let response = ui.interact(
        rect,
        ui.scope_id().with("overview"),
        Sense::click_and_drag(),
    );
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let height = rect.height().floor() as usize;
    // Moves are drawn faint and narrow, edits, additions and removals on top of them at full
    // width: a reshuffled story does not hide its real changes behind a wall of moves.
    let mut moves: Vec<bool> = vec![false; height.max(1)];
    let mut marks: Vec<Option<Color32>> = vec![None; height.max(1)];
    let n = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let y = i * height / n;
        match *line {
            Line::Change(c) if rows[c].is_change() && rows[c].label != Label::Moved => {
                if let Some(slot) = marks.get_mut(y) {
                    *slot = Some(style::color(&p, rows[c].label));
                }
            }
            Line::Change(c) if screen.presented.block_starting_at(c).is_some() => {
                if let Some(slot) = moves.get_mut(y) {
                    *slot = true;
                }
            }
            _ => {}
        }
    }
    let bar = |y: usize, left: f32, color: Color32| {
        let top = rect.top() + y as f32;
        painter.rect_filled(
            Rect::from_min_max(
                egui::pos2(left, top),
                egui::pos2(rect.right() - 2.0, top + 2.0),
            ),
            0.0,
            color,
        );
    };
    for (y, _) in moves.iter().enumerate().filter(|(_, m)| **m) {
        bar(y, rect.center().x, p.moved.gamma_multiply(0.6));
    }
    for (y, color) in marks.iter().enumerate() {
        if let Some(color) = color {
            bar(y, rect.left() + 2.0, *color);
        }
    }
    let shown = Rect::from_min_max(
        egui::pos2(
            rect.left(),
            rect.top() + visible.top.clamp(0.0, 1.0) * rect.height(),
        ),
        egui::pos2(
            rect.right(),
            rect.top() + visible.bottom.clamp(0.0, 1.0) * rect.height(),
        ),
    );
    painter.rect_stroke(
        shown,
        2.0,
        Stroke::new(1.0, ui.visuals().text_color().gamma_multiply(0.5)),
        egui::StrokeKind::Inside,
    );
    if let Some(pos) = response.interact_pointer_pos() {
        let fraction = ((pos.y - rect.top()) / rect.height()).clamp(0.0, 1.0);
        let line = ((fraction * n as f32) as usize).min(n - 1);
        commands.push(Command::ScrollToLine(line));
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, "Overview of the changes")
    });
    response.on_hover_text("Overview: each mark is a change. Click to jump there.");
}
