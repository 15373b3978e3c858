//! Text of a row as an egui layout job: deleted and inserted words, quotations with a
//! subtle background, and search matches.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use super::style::Palette;
use crate::comparison::{Op, WordOp};

/// How a piece of text is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Plain text.
    Plain,
    /// Deleted: struck through on red.
    Deleted,
    /// Inserted: underlined on green.
    Inserted,
}

/// A piece of text with its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The text.
    pub text: &'a str,
    /// How it is marked.
    pub mark: Mark,
}

/// The pieces of one side of a word diff: old (`Op::Delete`) or new (`Op::Insert`). White
/// space around a changed run stays unmarked, so that only words are highlighted.
pub fn diff_pieces(ops: &[WordOp], side: Op) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    for op in ops.iter().filter(|o| o.op == Op::Equal || o.op == side) {
        let mark = match op.op {
            Op::Equal => Mark::Plain,
            Op::Delete => Mark::Deleted,
            Op::Insert => Mark::Inserted,
        };
        let text = op.text.as_str();
        let core = text.trim();
        if mark == Mark::Plain || core.is_empty() {
            out.push(Piece {
                text,
                mark: Mark::Plain,
            });
            continue;
        }
        let lead = &text[..text.len() - text.trim_start().len()];
        let trail = &text[text.trim_end().len()..];
        for (part, part_mark) in [(lead, Mark::Plain), (core, mark), (trail, Mark::Plain)] {
            if !part.is_empty() {
                out.push(Piece {
                    text: part,
                    mark: part_mark,
                });
            }
        }
    }
    out
}

/// Byte ranges where `needle` occurs in `haystack`, ignoring case.
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = haystack.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut matched = 0;
        let mut j = i;
        while matched < needle.len() && j < chars.len() {
            let mut lower = chars[j].1.to_lowercase();
            let mut ok = true;
            for c in lower.by_ref() {
                if needle.get(matched) != Some(&c) {
                    ok = false;
                    break;
                }
                matched += 1;
            }
            if !ok {
                break;
            }
            j += 1;
        }
        if matched == needle.len() {
            let end = chars.get(j).map_or(haystack.len(), |(at, _)| *at);
            out.push(chars[i].0..end);
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Shows `job` as selectable text (drag to select, Ctrl+C to copy), with its underlines
/// kept on every row; returns where it stands, its layout and its response.
pub fn show(ui: &mut egui::Ui, job: LayoutJob) -> (egui::Pos2, Arc<egui::Galley>, egui::Response) {
    // Wrapped even in a horizontal layout, where a label would otherwise run on.
    let (pos, galley, response) = egui::Label::new(job)
        .selectable(true)
        .wrap()
        .layout_in_ui(ui);
    egui::text_selection::LabelSelectionState::label_text_selection(
        ui,
        &response,
        pos,
        galley.clone(),
        ui.visuals().text_color(),
        Stroke::NONE,
    );
    underlines_on_top(ui.painter(), pos, &galley);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), galley.text())
    });
    (pos, galley, response)
}

/// Paints the underlines of `galley` (drawn at `pos`) again, on top of everything: egui
/// draws a row's underline at its bottom edge, where the next row's background then covers
/// it, so that underlined text with a background (inserted words) would keep its line only
/// on its last row.
pub fn underlines_on_top(painter: &egui::Painter, pos: egui::Pos2, galley: &egui::Galley) {
    let job = &galley.job;
    let mut strokes: Vec<Stroke> = Vec::new();
    for section in &job.sections {
        let range = section.byte_range.start.0..section.byte_range.end.0;
        let chars = job.text.get(range).map_or(0, |t| t.chars().count());
        strokes.extend(std::iter::repeat_n(section.format.underline, chars));
    }
    let mut char_index = 0;
    for placed in &galley.rows {
        let mut run: Option<(Stroke, f32, f32, f32)> = None;
        let draw = |run: Option<(Stroke, f32, f32, f32)>| {
            if let Some((stroke, left, right, y)) = run {
                let y = pos.y + placed.pos.y + y - stroke.width;
                painter.hline(
                    (pos.x + placed.pos.x + left)..=(pos.x + placed.pos.x + right),
                    y,
                    stroke,
                );
            }
        };
        for glyph in &placed.row.glyphs {
            let stroke = strokes.get(char_index).copied().unwrap_or(Stroke::NONE);
            char_index += 1;
            let bottom = glyph.logical_rect().bottom();
            match &mut run {
                Some((s, _, right, _)) if *s == stroke && !stroke.is_empty() => {
                    *right = glyph.max_x();
                }
                _ => {
                    draw(run.take());
                    if !stroke.is_empty() {
                        run = Some((stroke, glyph.pos.x, glyph.max_x(), bottom));
                    }
                }
            }
        }
        draw(run);
        char_index += usize::from(placed.ends_with_newline);
    }
}

/// Everything that decides how a row's text looks.
pub struct TextLook<'a> {
    /// The font.
    pub font: FontId,
    /// Normal text colour.
    pub color: Color32,
    /// The theme's colours.
    pub palette: &'a Palette,
    /// Width to wrap at.
    pub wrap_width: f32,
}

/// Lays out `pieces` with quotations and search matches highlighted.
pub fn job(
    pieces: &[Piece],
    quotes: &[(Range<usize>, usize)],
    matches: &[Range<usize>],
    look: &TextLook,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = look.wrap_width;
    let mut offset = 0;
    for piece in pieces {
        let piece_end = offset + piece.text.len();
        let mut cuts: Vec<usize> = vec![offset, piece_end];
        for range in quotes.iter().map(|(r, _)| r).chain(matches) {
            for at in [range.start, range.end] {
                if at > offset && at < piece_end {
                    cuts.push(at);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            let Some(text) = piece.text.get(start - offset..end - offset) else {
                continue;
            };
            let in_quote = quotes.iter().any(|(r, _)| r.start <= start && end <= r.end);
            let in_match = matches.iter().any(|r| r.start <= start && end <= r.end);
            job.append(text, 0.0, format(piece.mark, in_quote, in_match, look));
        }
        offset = piece_end;
    }
    job
}

fn format(mark: Mark, in_quote: bool, in_match: bool, look: &TextLook) -> TextFormat {
    let p = look.palette;
    let mut format = TextFormat {
        font_id: look.font.clone(),
        color: look.color,
        ..TextFormat::default()
    };
    if in_quote {
        format.background = p.quote_bg;
    }
    match mark {
        Mark::Plain => {}
        Mark::Deleted => {
            format.background = p.removed_bg;
            format.color = p.removed_fg;
            format.strikethrough = Stroke::new(1.0, p.removed_fg);
        }
        Mark::Inserted => {
            format.background = p.added_bg;
            format.color = p.added_fg;
            format.underline = Stroke::new(1.0, p.added_fg);
        }
    }
    if in_match {
        format.background = p.search_bg;
    }
    format
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_without_case() {
        assert_eq!(find_all("Putin said PUTIN", "putin"), [0..5, 11..16]);
        assert_eq!(find_all("Grüße GRÜSSE grÜße", "grüße").len(), 2);
        assert!(find_all("abc", "").is_empty());
    }
}
