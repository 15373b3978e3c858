//! What the user can ask for. Views, chrome, shortcuts and workers only push commands;
//! the app carries them out once per frame, after everything is drawn.

use std::path::PathBuf;

use crate::comparison::Options;
use crate::present::Filter;
use crate::report::Format;

use super::screen::Scroll;
use super::state::dialogs::Purpose;
use super::state::pair::Pair;
use super::state::settings::{Theme, View};
use super::state::timeline::Timeline;

/// Something the user asked for, carried out after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Compare this pair.
    Open(Pair),
    /// Compare the text on the clipboard as the old (`true`) or new version.
    Paste(bool),
    /// Save the pasted text of the old (`true`) or new version to this file, which then
    /// stands for that version.
    SavePastedTo(bool, PathBuf),
    /// Compare two of several versions of a story, as this timeline says.
    ShowVersions(Timeline),
    /// Read tracked changes as before them (`true`) or as accepted, and compare again.
    SetTrackedOriginal(bool),
    /// Show or hide the quotation lifelines of the versions open.
    ShowLifelines(bool),
    /// Show or hide the sentence history of the newest version open.
    ShowSentenceHistory(bool),
    /// Open a dialog (or the path field where none can open).
    Dialog(Purpose),
    /// Show the path field.
    TypePaths,
    /// Swap old and new.
    Swap,
    /// Read both files again.
    Reload,
    /// Compare again with these options.
    SetOptions(Options),
    /// Show only some rows (toggles back to all).
    Filter(Filter),
    /// Unfold the run starting at this row.
    Expand(usize),
    /// Select and scroll to a row, and flash it.
    GoToChange(usize),
    /// Scroll to the old place of a moved row, and flash it.
    GoToGhost(usize),
    /// Scroll to the row that holds a quotation (`old` side when `true`).
    GoToQuote {
        /// Which version the id belongs to.
        old: bool,
        /// The quotation id.
        id: usize,
    },
    /// Scroll so that this line of the view is at the top.
    ScrollToLine(usize),
    /// Scroll by pages, or to the start or the end.
    Scroll(Scroll),
    /// Select the next change.
    Next,
    /// Select the previous change.
    Previous,
    /// Export a report in this format to this file.
    ExportTo(Format, PathBuf),
    /// Show an error in the banner.
    ShowError(String),
    /// Dismiss the error banner.
    DismissError,
    /// Dismiss the notice of the last export.
    DismissExport,
    /// Side by side or redline.
    SetView(View),
    /// Show or hide the quotations panel.
    ShowQuotesPanel(bool),
    /// Fold long runs of unchanged sentences, or not.
    FoldUnchanged(bool),
    /// Light, dark, or as the system says.
    SetTheme(Theme),
    /// Open the search bar with the keyboard in its field, or close it.
    ToggleSearch,
    /// Close the search bar.
    CloseSearch,
    /// Show or hide the legend of symbols and colours.
    ShowLegend(bool),
}
