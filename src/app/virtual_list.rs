//! A list of rows of different heights where only the visible rows are laid out.
//!
//! Heights start as estimates and become exact once a row has been drawn. A Fenwick tree
//! keeps the running totals, so finding the row at a scroll position and updating a
//! height both take O(log n), whatever the length of the document.

use egui::{Rect, Ui, UiBuilder, Vec2};

/// Heights of the rows of one view.
#[derive(Debug, Clone, Default)]
pub struct VirtualList {
    heights: Vec<f32>,
    tree: Vec<f32>,
}

impl VirtualList {
    /// Starts over with `count` rows of estimated heights.
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
    }

    /// The height of all rows together.
    pub fn total(&self) -> f32 {
        self.top_of(self.heights.len())
    }

    /// Where row `index` starts (the sum of the heights before it).
    pub fn top_of(&self, index: usize) -> f32 {
        let mut i = index.min(self.heights.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i];
            i &= i - 1;
        }
        sum
    }

    /// The height of row `index`.
    pub fn height(&self, index: usize) -> f32 {
        self.heights.get(index).copied().unwrap_or(0.0)
    }

    /// The row at vertical position `y` (the last row when past the end).
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

    /// Which share of the rows `viewport` shows, as (top, bottom) fractions from 0 to 1:
    /// what the overview strip marks as in view.
    pub fn visible_share(&self, viewport: egui::Rect) -> (f32, f32) {
        let n = self.heights.len().max(1) as f32;
        let first = self.row_at(viewport.min.y);
        let last = self.row_at(viewport.max.y);
        (first as f32 / n, (last + 1) as f32 / n)
    }

    /// Records the real height of row `index`; returns how much it changed.
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

    /// Draws the rows that intersect `viewport` (in content coordinates) into `ui`, a
    /// scroll area's content, measuring each. Returns the height change of rows above the
    /// viewport's top, which the caller adds to the scroll offset to keep the view still.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        viewport: Rect,
        mut draw: impl FnMut(&mut Ui, usize),
    ) -> f32 {
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        ui.set_min_size(Vec2::new(width, self.total()));
        if self.heights.is_empty() {
            return 0.0;
        }
        let mut index = self.row_at(viewport.min.y.max(0.0));
        let mut top = self.top_of(index);
        let mut shift = 0.0;
        while index < self.heights.len() && top < viewport.max.y {
            let rect = Rect::from_min_size(
                origin + Vec2::new(0.0, top),
                Vec2::new(width, self.height(index)),
            );
            let response = ui
                .scope_builder(UiBuilder::new().max_rect(rect), |ui| draw(ui, index))
                .response;
            let height = response.rect.height().max(1.0);
            let delta = self.set_height(index, height);
            if top < viewport.min.y {
                shift += delta;
            }
            top += height;
            index += 1;
        }
        ui.set_min_size(Vec2::new(width, self.total()));
        shift
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
    fn the_share_in_view() {
        let mut list = VirtualList::default();
        list.reset(5, |i| (i + 1) as f32 * 10.0);
        let view = |top: f32, bottom: f32| {
            egui::Rect::from_min_max(egui::pos2(0.0, top), egui::pos2(100.0, bottom))
        };
        assert_eq!(list.visible_share(view(0.0, 15.0)), (0.0, 0.4));
        assert_eq!(list.visible_share(view(60.0, 1000.0)), (0.6, 1.0));
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
}
