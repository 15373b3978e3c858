//! What HTML elements mean for the text of a page, shared by the tree reader ([`html`])
//! and the token reader ([`html_tokens`]).
//!
//! [`html`]: super::html
//! [`html_tokens`]: super::html_tokens

/// Elements whose content is never article text.
pub const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object",
    "embed", "canvas", "video", "audio", "button", "select", "textarea", "input", "option", "map",
];

/// Page furniture, also skipped when the whole body is read.
pub const FURNITURE: &[&str] = &["nav", "header", "footer", "aside", "form", "menu", "dialog"];

/// Elements that start and end a paragraph.
pub const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "section",
    "article",
    "main",
    "address",
    "hr",
    "details",
    "summary",
    "center",
    "fieldset",
    "legend",
    "body",
    "html",
    "header",
    "footer",
    "nav",
    "aside",
    "form",
    "hgroup",
    "picture",
];

/// Folds every run of white space (line breaks and no-break spaces included) into one
/// space, without leading or trailing space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
