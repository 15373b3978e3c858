//! What surrounds the views: the menu bar, the toolbar, the error banner, the summary and
//! status bars, the path field for systems without file dialogs, and the notices. Each
//! reads what it shows and pushes commands.

pub mod banner;
pub mod legend;
pub mod menu;
pub mod notices;
pub mod path_prompt;
pub mod status;
pub mod summary;
pub mod timeline;
pub mod toolbar;
