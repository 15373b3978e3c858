//! The comparison on screen and the state of the view that shows it.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use rustc_hash::FxHashSet;

use super::state::pair::Pair;
use super::virtual_list::VirtualList;
use crate::present::{self, Filter, Hidden, Layout, Line, Presented};

/// A comparison on screen and its lines for the current filter and folds.
pub struct Screen {
    /// Counts the comparisons shown since the app started; caches built for an older one
    /// are stale.
    pub generation: u64,
    /// The pair it compares, as the user opened it.
    pub pair: Pair,
    /// The comparison with its facts.
    pub presented: Arc<Presented>,
    /// Its lines, as filtered and folded.
    pub layout: Layout,
    /// Counts the layouts made: a row height measured for an older one is stale.
    pub layout_generation: u64,
    /// How long reading and comparing took.
    pub elapsed: Duration,
    /// When each file was last modified, as read.
    pub modified: (Option<SystemTime>, Option<SystemTime>),
}

impl Screen {
    /// Lays out the lines again for `view`'s filter and folds.
    pub fn relayout(&mut self, view: &ViewState, fold_unchanged: bool) {
        self.layout = present::layout(
            &self.presented,
            view.filter,
            &Hidden::Folded {
                quiet_runs: fold_unchanged,
                expanded: &view.expanded,
            },
        );
        self.layout_generation += 1;
    }
}

/// What the main view keeps between frames.
#[derive(Default)]
pub struct ViewState {
    /// Which rows are shown.
    pub filter: Filter,
    /// The first rows of the folds the reader opened.
    pub expanded: FxHashSet<usize>,
    /// Heights of the lines (or paragraphs) drawn so far.
    pub list: VirtualList,
    /// What `list` was measured for: comparison and layout generations, width, view.
    pub list_key: Option<(u64, u64, u32, super::state::settings::View)>,
    /// The line at the top of the view, to find again when the lines are laid out anew.
    pub top_line: Option<Line>,
    /// The selected row.
    pub selected: Option<usize>,
    /// The line that glows after a jump, and since when.
    pub flash: Option<(Line, Instant)>,
    /// The line to scroll to in the next frame.
    pub scroll_to: Option<usize>,
    /// A scroll by the keyboard to make in the next frame.
    pub scroll: Option<Scroll>,
}

/// A scroll asked for by the keyboard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scroll {
    /// By this many views' heights (negative: up).
    Pages(f32),
    /// To the start.
    Start,
    /// To the end.
    End,
}

impl ViewState {
    /// Carries out a keyboard scroll, if one is asked for, on the list of the view.
    pub fn apply_scroll(&mut self) {
        match self.scroll.take() {
            Some(Scroll::Pages(pages)) => self.list.scroll_pages(pages),
            Some(Scroll::Start) => self.list.scroll_to(0, 0.0),
            Some(Scroll::End) => self.list.scroll_to_end(),
            None => {}
        }
    }
}

/// The line of `layout` that shows `line` of an earlier layout: the same row, its fold,
/// or the marker of the same block.
pub fn find_line(layout: &Layout, line: Line) -> Option<usize> {
    match line {
        Line::Change(i) => layout.line_of_change.get(i).copied(),
        Line::Ghost(i) => layout
            .ghost_of_change
            .get(i)
            .copied()
            .flatten()
            .or_else(|| layout.line_of_change.get(i).copied()),
        Line::Fold { first, .. } => layout.line_of_change.get(first).copied(),
    }
}
