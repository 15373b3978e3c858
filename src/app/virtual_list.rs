//! A scrolling list of lines of different heights where only the visible lines are laid
//! out, and where the view keeps its place.
//!
//! Heights start as estimates and become exact once a line has been drawn; a Fenwick tree
//! keeps the running totals, so finding the line at a scroll position and updating a
//! height both take O(log n), whatever the length of the document.
//!
//! The reader's place is an anchor: the line at the top of the view and how far into it
//! the view starts. Each frame the scroll offset is worked out from the anchor with the
//! heights known then, so lines measured above the view, a new width, a zoom or an opened
//! fold never move what the reader is looking at; a scroll by the reader (wheel, thumb,
//! keys) moves the anchor instead. A jump to a line not yet measured lands exactly, since
//! it is the anchor that is placed, not an offset computed from estimates.

use egui::scroll_area::ScrollArea;
use egui::{Rect, Ui, UiBuilder, Vec2};

/// Heights of the lines of one view, and where the view stands.
#[derive(Debug, Clone, Default)]
pub struct VirtualList {
    heights: Vec<f32>,
    tree: Vec<f32>,
    /// The line at the top of the view.
    anchor: usize,
    /// How far below the top of the anchor line the view starts (negative: above it).
    within: f32,
    /// The height of the view in the last frame.
    viewport: f32,
    /// Frames left after a jump in which the scroll area may still hold the content height
    /// of the lines before it (a fold just opened) and clamp the offset asked for: that
    /// is no scroll by the reader.
    settling: u8,
}

/// The part of the lines in view, as fractions of all lines from 0 to 1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Visible {
    /// Where the view starts.
    pub top: f32,
    /// Where it ends.
    pub bottom: f32,
}

impl VirtualList {
    /// Starts over with `count` lines of estimated heights; the anchor stays (within the
    /// new count), so a new width or zoom keeps the reader's place.
    pub fn reset(&mut self, count: usize, estimate: impl Fn(usize) -> f32) {
        self.heights = (0..count).map(estimate).collect();
        self.tree = vec![0.0; count + 1];
        self.tree[1..].copy_from_slice(&self.heights);
        for j in 1..=count {
            let parent = j + (j & j.wrapping_neg());
            if parent <= count {
                let value = self.tree[j];
                self.tree[parent] += value;
            }
        }
        self.anchor = self.anchor.min(count.saturating_sub(1));
    }

    /// The height of all lines together.
    pub fn total(&self) -> f32 {
        self.top_of(self.heights.len())
    }

    /// Where line `index` starts (the sum of the heights before it).
    pub fn top_of(&self, index: usize) -> f32 {
        let mut i = index.min(self.heights.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i];
            i &= i - 1;
        }
        sum
    }

    /// The height of line `index`.
    pub fn height(&self, index: usize) -> f32 {
        self.heights.get(index).copied().unwrap_or(0.0)
    }

    /// The line at vertical position `y` (the last line when past the end).
    pub fn row_at(&self, y: f32) -> usize {
        let n = self.heights.len();
        if n == 0 {
            return 0;
        }
        let mut position = 0;
        let mut remaining = y;
        let mut step = n.next_power_of_two();
        while step > 0 {
            let next = position + step;
            if next <= n && self.tree[next] <= remaining {
                position = next;
                remaining -= self.tree[next];
            }
            step >>= 1;
        }
        position.min(n - 1)
    }

    /// Records the real height of line `index`; returns how much it changed.
    pub fn set_height(&mut self, index: usize, height: f32) -> f32 {
        let Some(old) = self.heights.get_mut(index) else {
            return 0.0;
        };
        let delta = height - *old;
        if delta.abs() < 0.5 {
            return 0.0;
        }
        *old = height;
        let mut i = index + 1;
        while i < self.tree.len() {
            self.tree[i] += delta;
            i += i & i.wrapping_neg();
        }
        delta
    }

    /// The line at the top of the view.
    pub fn anchor(&self) -> usize {
        self.anchor
    }

    /// Puts line `index` at the top of the view, `margin` below the top edge.
    pub fn scroll_to(&mut self, index: usize, margin: f32) {
        self.anchor = index.min(self.heights.len().saturating_sub(1));
        self.within = -margin;
        self.settling = 2;
    }

    /// Puts line `index` at the top of the view as far into it as the line the view
    /// showed before (after the lines were laid out anew).
    pub fn keep_at(&mut self, index: usize) {
        self.anchor = index.min(self.heights.len().saturating_sub(1));
    }

    /// Scrolls by `delta` (positive: down), as page keys do.
    pub fn scroll_by(&mut self, delta: f32) {
        let offset = self.offset() + delta;
        self.anchor_at(offset.clamp(0.0, self.max_offset()));
    }

    /// Scrolls down by most of a view's height (`pages` of them; negative: up).
    pub fn scroll_pages(&mut self, pages: f32) {
        self.scroll_by(pages * (self.viewport * 0.9).max(40.0));
    }

    /// Scrolls to the very end.
    pub fn scroll_to_end(&mut self) {
        self.anchor_at(self.max_offset());
    }

    /// The offset the view starts at, worked out from the anchor.
    fn offset(&self) -> f32 {
        (self.top_of(self.anchor) + self.within).clamp(0.0, self.max_offset())
    }

    /// The largest offset: the end of the last line at the bottom of the view.
    fn max_offset(&self) -> f32 {
        (self.total() - self.viewport).max(0.0)
    }

    /// Anchors the view at `offset`.
    fn anchor_at(&mut self, offset: f32) {
        self.anchor = self.row_at(offset.max(0.0));
        self.within = offset - self.top_of(self.anchor);
    }

    /// Shows the lines in view in `area` (a vertical scroll area), drawing each with
    /// `draw` and measuring it. Returns which part of the lines is in view.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        area: ScrollArea,
        mut draw: impl FnMut(&mut Ui, usize),
    ) -> Visible {
        self.viewport = ui.available_height();
        let offset = self.offset();
        let mut changed = false;
        let output = area
            .vertical_scroll_offset(offset)
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.max_rect().min;
                let width = ui.available_width();
                ui.set_min_size(Vec2::new(width, self.total()));
                if self.heights.is_empty() {
                    return Visible::default();
                }
                let first = self.row_at(viewport.min.y.max(0.0));
                let mut index = first;
                let mut top = self.top_of(index);
                while index < self.heights.len() && top < viewport.max.y {
                    let rect = Rect::from_min_size(
                        origin + Vec2::new(0.0, top),
                        Vec2::new(width, self.height(index)),
                    );
                    let response = ui
                        .scope_builder(UiBuilder::new().max_rect(rect), |ui| draw(ui, index))
                        .response;
                    let height = response.rect.height().max(1.0);
                    changed |= self.set_height(index, height) != 0.0;
                    top += height;
                    index += 1;
                }
                ui.set_min_size(Vec2::new(width, self.total()));
                let n = self.heights.len() as f32;
                Visible {
                    top: first as f32 / n,
                    bottom: index as f32 / n,
                }
            });
        let seen = output.state.clamped_offset().y;
        if self.settling > 0 {
            self.settling -= 1;
            ui.ctx().request_repaint();
        } else if (seen - offset).abs() > 0.5 {
            // The reader scrolled (wheel, thumb, keys): the view follows them.
            self.anchor_at(seen);
        }
        if changed {
            ui.ctx().request_repaint();
        }
        output.inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_sums_and_lookup() {
        let mut list = VirtualList::default();
        list.reset(5, |i| (i + 1) as f32 * 10.0);
        assert_eq!(list.total(), 150.0);
        assert_eq!(list.top_of(3), 60.0);
        assert_eq!(list.row_at(0.0), 0);
        assert_eq!(list.row_at(9.9), 0);
        assert_eq!(list.row_at(10.0), 1);
        assert_eq!(list.row_at(59.0), 2);
        assert_eq!(list.row_at(1000.0), 4);
        assert_eq!(list.set_height(1, 50.0), 30.0);
        assert_eq!(list.total(), 180.0);
        assert_eq!(list.top_of(3), 90.0);
        assert_eq!(list.row_at(35.0), 1);
    }

    #[test]
    fn matches_a_plain_sum_on_many_rows() {
        let mut list = VirtualList::default();
        let n = 1000;
        list.reset(n, |i| (i % 7 + 1) as f32);
        for i in (0..n).step_by(13) {
            list.set_height(i, 3.0);
        }
        let mut sum = 0.0;
        for i in 0..n {
            assert_eq!(list.top_of(i), sum);
            assert_eq!(list.row_at(sum), i);
            sum += list.height(i);
        }
    }

    #[test]
    fn the_anchor_keeps_its_place_when_lines_above_change() {
        let mut list = VirtualList::default();
        list.reset(100, |_| 20.0);
        list.viewport = 200.0;
        list.scroll_to(50, 0.0);
        assert_eq!(list.offset(), 1000.0);
        list.set_height(10, 60.0);
        assert_eq!(list.offset(), 1040.0, "the line stays at the top");
        list.reset(100, |_| 30.0);
        assert_eq!(list.anchor(), 50, "a new width keeps the line");
        list.scroll_pages(1.0);
        assert_eq!(list.anchor(), 56);
        list.scroll_to_end();
        assert_eq!(list.offset(), 3000.0 - 200.0);
    }
}
