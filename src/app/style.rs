//! Colours, symbols and names of the kinds of change, for light and dark themes.
//!
//! Every kind has a colour and a symbol, so that the views read without colour.

use egui::Color32;

use crate::comparison::Kind;
use crate::present::Label;

/// The colours of one theme.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Background of removed text.
    pub removed_bg: Color32,
    /// Removed text.
    pub removed_fg: Color32,
    /// Background of added text.
    pub added_bg: Color32,
    /// Added text.
    pub added_fg: Color32,
    /// Edited rows' mark and tint.
    pub edited: Color32,
    /// Background of edited rows.
    pub edited_bg: Color32,
    /// Moved rows' mark.
    pub moved: Color32,
    /// Background of move markers.
    pub moved_bg: Color32,
    /// Split and merged rows' mark.
    pub split: Color32,
    /// Background of split and merged rows.
    pub split_bg: Color32,
    /// Background of quotations inside the text.
    pub quote_bg: Color32,
    /// Background of search matches.
    pub search_bg: Color32,
    /// Outline of the selected row.
    pub selected: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// Badges of the changes of meaning.
    pub flag: Color32,
    /// Background of those badges.
    pub flag_bg: Color32,
}

/// The palette for the current theme.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            removed_bg: Color32::from_rgb(0x4a, 0x1c, 0x20),
            removed_fg: Color32::from_rgb(0xff, 0xa1, 0x98),
            added_bg: Color32::from_rgb(0x15, 0x3d, 0x24),
            added_fg: Color32::from_rgb(0x7e, 0xe7, 0x87),
            edited: Color32::from_rgb(0xe3, 0xb3, 0x41),
            edited_bg: Color32::from_rgb(0x2b, 0x25, 0x14),
            moved: Color32::from_rgb(0xd2, 0xa8, 0xff),
            moved_bg: Color32::from_rgb(0x2a, 0x20, 0x40),
            split: Color32::from_rgb(0x79, 0xc0, 0xff),
            split_bg: Color32::from_rgb(0x13, 0x2b, 0x45),
            quote_bg: Color32::from_rgb(0x2d, 0x33, 0x3d),
            search_bg: Color32::from_rgb(0x7a, 0x5c, 0x00),
            selected: Color32::from_rgb(0x58, 0xa6, 0xff),
            muted: Color32::from_rgb(0x91, 0x98, 0xa1),
            flag: Color32::from_rgb(0xff, 0xa6, 0x57),
            flag_bg: Color32::from_rgb(0x3a, 0x24, 0x12),
        }
    } else {
        Palette {
            removed_bg: Color32::from_rgb(0xff, 0xdf, 0xdc),
            removed_fg: Color32::from_rgb(0x82, 0x07, 0x1e),
            added_bg: Color32::from_rgb(0xcf, 0xf5, 0xd6),
            added_fg: Color32::from_rgb(0x11, 0x63, 0x29),
            edited: Color32::from_rgb(0x9a, 0x67, 0x00),
            edited_bg: Color32::from_rgb(0xff, 0xf8, 0xdb),
            moved: Color32::from_rgb(0x66, 0x39, 0xba),
            moved_bg: Color32::from_rgb(0xf1, 0xeb, 0xfc),
            split: Color32::from_rgb(0x05, 0x50, 0xae),
            split_bg: Color32::from_rgb(0xe2, 0xf1, 0xff),
            quote_bg: Color32::from_rgb(0xe9, 0xee, 0xf5),
            search_bg: Color32::from_rgb(0xff, 0xe0, 0x66),
            selected: Color32::from_rgb(0x09, 0x69, 0xda),
            muted: Color32::from_rgb(0x59, 0x63, 0x6e),
            flag: Color32::from_rgb(0xbc, 0x4c, 0x00),
            flag_bg: Color32::from_rgb(0xff, 0xf1, 0xe5),
        }
    }
}

/// The colour of a label's mark.
pub fn color(p: &Palette, label: Label) -> Color32 {
    match label {
        Label::Unchanged => p.muted,
        Label::Moved | Label::NewSpeaker => p.moved,
        Label::Edited => p.edited,
        Label::Added => p.added_fg,
        Label::Removed => p.removed_fg,
        Label::Split | Label::Merged => p.split,
    }
}

/// The background of a sentence row of `kind`, if tinted.
pub fn row_background(p: &Palette, kind: Kind) -> Option<Color32> {
    match kind {
        Kind::Edited => Some(p.edited_bg),
        Kind::Split | Kind::Merged => Some(p.split_bg),
        _ => None,
    }
}
