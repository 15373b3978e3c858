//! Reports: views of documents and comparisons for people and programs.

pub mod json;
pub mod output;
pub mod text;
