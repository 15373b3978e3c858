//! What the app keeps besides what it shows: settings, the comparing worker, exports, file
//! dialogs, the search, and the pair of versions.

pub mod dialogs;
pub mod export;
pub mod history_job;
pub mod job;
pub mod pair;
pub mod search;
pub mod settings;
pub mod timeline;
