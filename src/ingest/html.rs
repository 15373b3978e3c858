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

use super::blocks::Builder;
use super::html_elements::{BLOCKS, FURNITURE, SKIPPED, collapse};
use super::{html_guard, html_tokens, template_blocks, templates};

/// Pages nested deeper than this skip Readability, whose scoring is quadratic in depth
/// (3,000 levels take over a second); real pages stay under a hundred.
const MAX_READABLE_DEPTH: usize = 512;

/// Pages nested deeper than this are read token by token ([`html_tokens`]): building
/// their tree would take time growing with the square of the depth.
const MAX_TREE_DEPTH: usize = 2_000;

/// Extracts the article of an HTML page: its title (first, read whole) and its blocks.
/// Of a child template, only the article block is read; the words of its other blocks are
/// said to be left out.
pub fn article(page: &str) -> Builder {
    let Some((block, outside)) = template_blocks::article_block(page) else {
        return page_article(page);
    };
    let mut out = page_article(block);
    if outside > 0 {
        out.warn_at_start(format!(
            "{outside} word{} in the template's blocks other than its article left out",
            if outside == 1 { "" } else { "s" }
        ));
    }
    out
}

/// Extracts the article of an HTML page whole.
fn page_article(html: &str) -> Builder {
    let html = &*html_guard::tame(html);
    let mut out = Builder::default();
    let flat = html_tokens::read(html);
    if flat.depth > MAX_TREE_DEPTH {
        out.whole(&flat.title);
        for paragraph in &flat.paragraphs {
            if *paragraph != flat.title {
                out.prose(paragraph);
            }
        }
        return out;
    }
    let html = &*html_guard::unnamed_quotes(html);
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
    match article {
        Some(article) => {
            let content = Document::fragment(article.content);
            read_blocks(
                &content.root(),
                &[],
                Some(&collapse(&article.title)),
                &mut out,
            );
        }
        None => {
            let page = Document::from(html);
            let title = collapse(&page.select("title").text());
            read_blocks(&page.root(), FURNITURE, Some(&title), &mut out);
        }
    }
    out
}

/// Reads a fragment of HTML (a block of it inside Markdown) into `out`.
pub fn fragment_into(html: &str, out: &mut Builder) {
    let fragment = Document::fragment(&*html_guard::tame(html));
    read_blocks(&fragment.root(), &[], None, out);
}

/// Elements read whole, as one sentence.
const WHOLE: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "figcaption",
    "caption",
    "summary",
];

/// Reads the block elements under `root` into `out`, skipping [`SKIPPED`] elements and
/// the `extra` ones: headings, list items and captions whole, table rows as their cells
/// joined with ` | `, `<pre>` as code, the other blocks as prose. `title` comes first,
/// unless the first block repeats it.
fn read_blocks(root: &NodeRef, extra: &[&str], title: Option<&str>, out: &mut Builder) {
    let mut blocks: Vec<(String, bool, Option<bool>)> = Vec::new();
    // Words left out (hidden or in a form control), before the block of that index.
    let mut dropped: Vec<(usize, String)> = Vec::new();
    let mut current = String::new();
    let mut whole = false;
    let mut stack = vec![(*root, false)];
    let push = |text: &mut String, whole: bool, code: Option<bool>, blocks: &mut Vec<_>| {
        let folded = if code == Some(true) {
            std::mem::take(text)
        } else {
            collapse(&templates::expand(&std::mem::take(text)))
        };
        if !folded.trim().is_empty() {
            blocks.push((folded, whole, code));
        }
    };
    while let Some((node, visited)) = stack.pop() {
        let name = node.node_name();
        let name = name.as_deref().unwrap_or("");
        let is_block = node.is_element() && BLOCKS.contains(&name);
        if visited {
            if is_block {
                push(&mut current, whole, None, &mut blocks);
                whole = false;
            }
            continue;
        }
        if node.is_text() {
            current.push_str(&node.text());
            continue;
        }
        if node.is_element() {
            if SKIPPED.contains(&name) || extra.contains(&name) || hidden(&node) {
                let words = node.text().split_whitespace().count();
                let code = matches!(name, "script" | "style" | "svg" | "math" | "head" | "title");
                if words > 0 && !code && !extra.contains(&name) {
                    dropped.push((
                        blocks.len(),
                        format!(
                            "{words} word{} in a hidden or interactive <{name}> left out",
                            if words == 1 { "" } else { "s" }
                        ),
                    ));
                }
                continue;
            }
            if name == "br" {
                current.push(' ');
                continue;
            }
            if name == "pre" {
                push(&mut current, whole, None, &mut blocks);
                let mut code = node.text().to_string();
                push(&mut code, false, Some(true), &mut blocks);
                continue;
            }
            if name == "tr" {
                push(&mut current, whole, None, &mut blocks);
                let cells: Vec<String> = node
                    .children_it(false)
                    .filter(|c| {
                        c.is_element() && matches!(c.node_name().as_deref(), Some("td" | "th"))
                    })
                    .map(|c| collapse(&c.text()))
                    .filter(|c| !c.is_empty())
                    .collect();
                let mut row = cells.join(" | ");
                push(&mut row, true, None, &mut blocks);
                continue;
            }
            if is_block {
                push(&mut current, whole, None, &mut blocks);
                whole = WHOLE.contains(&name);
            }
        }
        stack.push((node, true));
        let children: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(|child| (child, false)));
    }
    push(&mut current, whole, None, &mut blocks);
    if let Some(title) = title.filter(|t| !t.is_empty())
        && blocks.first().is_none_or(|(first, _, _)| first != title)
    {
        out.whole(title);
    }
    let mut dropped = dropped.into_iter().peekable();
    for (index, (text, whole, code)) in blocks.into_iter().enumerate() {
        while let Some((_, what)) = dropped.next_if(|(at, _)| *at <= index) {
            out.drop(what);
        }
        match (code, whole) {
            (Some(true), _) => out.code(&text),
            (_, true) => out.whole(&text),
            _ => out.prose(&text),
        }
    }
    for (_, what) in dropped {
        out.drop(what);
    }
}

/// `true` for elements the page hides from readers.
fn hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| &*v == "true")
        || node
            .attr("style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> (String, Vec<(String, bool)>) {
        let page = Document::from(html);
        let mut out = Builder::default();
        read_blocks(&page.root(), FURNITURE, None, &mut out);
        let (text, units, _, _) = out.finish();
        let units = units
            .iter()
            .map(|u| (text[u.start..u.end].to_owned(), u.code))
            .collect();
        (text, units)
    }

    #[test]
    fn reads_blocks_and_drops_furniture() {
        let html = r#"<html><head><title>Page title</title><style>p{}</style></head><body>
            <nav><a href="/">Home</a></nav>
            <h1>Big news</h1>
            <p>First line<br>same paragraph &amp; more.</p>
            <script>alert("x")</script>
            <ul><li>One</li><li>Two</li></ul>
            <table><tr><th>Name</th><th>Done</th></tr><tr><td>Ana</td><td></td></tr></table>
            <pre>let x = "y";
  go();</pre>
            <footer>Copyright</footer></body></html>"#;
        let (text, units) = read(html);
        assert_eq!(
            text,
            "Big news\n\nFirst line same paragraph & more.\n\nOne\n\nTwo\n\nName | Done\n\nAna\n\nlet x = \"y\";\n  go();"
        );
        assert!(units.contains(&("Big news".to_owned(), false)));
        assert!(units.contains(&("let x = \"y\";\n  go();".to_owned(), true)));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(5_000),
            "</span></div>".repeat(5_000)
        );
        assert_eq!(read(&html).0, "deep");
    }
}
