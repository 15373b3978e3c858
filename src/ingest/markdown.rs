//! The readable text of a Markdown document: headings, paragraphs and list items, with
//! emphasis markers dropped and links reduced to their text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Renders Markdown as plain paragraphs separated by blank lines.
pub fn plain_text(markdown: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_image = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::CodeBlock(_)
                | Tag::TableCell,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell,
            )
            | Event::Rule => flush(&mut current, &mut paragraphs),
            Event::Text(text) | Event::Code(text) if in_image == 0 => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        out.push(text);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduces_markup_to_text() {
        let md = "# The *big* story\n\nA [link](http://x) and **bold**\ntext.\n\n- one\n- two\n\n![alt](i.png)";
        assert_eq!(
            plain_text(md),
            "The big story\n\nA link and bold text.\n\none\n\ntwo"
        );
    }
}
