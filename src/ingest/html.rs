//! The readable text of an HTML page: its title, headings and paragraphs.
//!
//! The page is parsed with an HTML5 parser (html5ever, through dom_query) and its article
//! is found with dom_smoothie, a port of Mozilla's Readability (the reader view of
//! Firefox). The article's block elements become paragraphs separated by a blank line;
//! `<br>` and line breaks inside a paragraph become spaces; entities are decoded. When no
//! article stands out, the whole body is read instead, without scripts, styles,
//! navigation, headers, footers, asides and forms.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use super::html_elements::{BLOCKS, FURNITURE, SKIPPED, collapse};
use super::html_tokens;

/// Pages nested deeper than this skip Readability, whose scoring is quadratic in depth
/// (3,000 levels take over a second); real pages stay under a hundred.
const MAX_READABLE_DEPTH: usize = 512;

/// Pages nested deeper than this are read token by token ([`html_tokens`]): building
/// their tree would take time growing with the square of the depth.
const MAX_TREE_DEPTH: usize = 2_000;

/// Extracts the article of an HTML page as paragraphs separated by blank lines.
pub fn article_text(html: &str) -> String {
    let flat = html_tokens::read(html);
    if flat.depth > MAX_TREE_DEPTH {
        return with_title(flat.title, flat.paragraphs);
    }
    let article = if flat.depth > MAX_READABLE_DEPTH {
        None
    } else {
        let config = Config {
            max_elements_to_parse: 200_000,
            ..Config::default()
        };
        Readability::new(html, None, Some(config))
            .ok()
            .and_then(|mut r| r.parse().ok())
    };
    let (title, paragraphs) = match article {
        Some(article) => {
            let content = Document::fragment(article.content);
            (article.title, paragraphs_of(&content.root(), &[]))
        }
        None => {
            let page = Document::from(html);
            let title = page.select("title").text().to_string();
            (title, paragraphs_of(&page.root(), FURNITURE))
        }
    };
    with_title(collapse(&title), paragraphs)
}

/// The paragraphs as one text, headed by the title unless the first paragraph repeats it.
fn with_title(title: String, mut paragraphs: Vec<String>) -> String {
    if !title.is_empty() && paragraphs.first() != Some(&title) {
        paragraphs.insert(0, title);
    }
    paragraphs.join("\n\n")
}

/// The text of the block elements under `root`, one string per paragraph, skipping
/// [`SKIPPED`] elements and the `extra` ones.
fn paragraphs_of(root: &NodeRef, extra: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut stack = vec![(*root, false)];
    while let Some((node, visited)) = stack.pop() {
        let name = node.node_name();
        let name = name.as_deref().unwrap_or("");
        let is_block = node.is_element() && BLOCKS.contains(&name);
        if visited {
            if is_block {
                flush(&mut current, &mut out);
            }
            continue;
        }
        if node.is_text() {
            current.push_str(&node.text());
            continue;
        }
        if node.is_element() {
            if SKIPPED.contains(&name) || extra.contains(&name) || hidden(&node) {
                continue;
            }
            if name == "br" {
                current.push(' ');
                continue;
            }
            if is_block {
                flush(&mut current, &mut out);
            }
        }
        stack.push((node, true));
        let children: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(|child| (child, false)));
    }
    flush(&mut current, &mut out);
    out
}

/// `true` for elements the page hides from readers.
fn hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| &*v == "true")
        || node
            .attr("style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

/// Ends the current paragraph, if it has any words.
fn flush(current: &mut String, out: &mut Vec<String>) {
    let text = collapse(current);
    if !text.is_empty() {
        out.push(text);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_and_drops_furniture() {
        let html = r#"<html><head><title>Page title</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a></nav>
            <h1>Big news</h1>
            <p>First line<br>same paragraph &amp; more.</p>
            <script>alert("x")</script>
            <ul><li>One</li><li>Two</li></ul>
            <footer>Copyright</footer></body></html>"#;
        let page = Document::from(html);
        let paragraphs = paragraphs_of(&page.root(), FURNITURE);
        assert_eq!(
            paragraphs,
            [
                "Big news",
                "First line same paragraph & more.",
                "One",
                "Two"
            ]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(5_000),
            "</span></div>".repeat(5_000)
        );
        let page = Document::from(html.as_str());
        assert_eq!(paragraphs_of(&page.root(), FURNITURE), ["deep"]);
    }
}
