//! HTML pages kept as Django or Jinja child templates (`{% extends "base.html" %}`), as
//! sites such as html5rocks keep their articles in git. Only the template's blocks reach
//! the page, each where the parent template puts it, and the article is the block named
//! `content` (or `body`, `main`, `article`); the other blocks (breadcrumbs, head tags, a
//! browser-support script) are the page's frame, so reading them as prose invents changes.

/// Names of the block that holds the article.
const ARTICLE_BLOCKS: [&str; 4] = ["content", "body", "main", "article"];

/// The article block of a child template, if `page` is one with such a block: the
/// block's text, and how many words the rest of the template holds outside tags.
pub fn article_block(page: &str) -> Option<(&str, usize)> {
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut extends = false;
    let mut found = None;
    let mut at = 0;
    while let Some(start) = page[at..].find("{%").map(|i| at + i) {
        let end = page[start..].find("%}").map(|i| start + i + 2)?;
        let inner = page[start + 2..end - 2].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let mut words = inner.split_whitespace();
        match words.next() {
            Some("extends") => extends = true,
            Some("block") => open.push((words.next().unwrap_or("").to_owned(), end)),
            Some("endblock") => {
                if let Some((name, body)) = open.pop()
                    && found.is_none()
                    && ARTICLE_BLOCKS.contains(&name.as_str())
                {
                    found = Some((body, start));
                }
            }
            _ => {}
        }
        at = end;
    }
    let (body, body_end) = found.filter(|_| extends)?;
    let outside = visible_words(&page[..body]) + visible_words(&page[body_end..]);
    Some((&page[body..body_end], outside))
}

/// The words of `html` outside template tags, HTML tags and comments.
fn visible_words(html: &str) -> usize {
    let mut words = 0;
    let mut rest = html;
    while !rest.is_empty() {
        let skip = [("{%", "%}"), ("{{", "}}"), ("<!--", "-->"), ("<", ">")]
            .iter()
            .find(|(open, _)| rest.starts_with(open));
        if let Some((open, close)) = skip {
            let len = rest[open.len()..]
                .find(close)
                .map_or(rest.len(), |i| open.len() + i + close.len());
            rest = &rest[len..];
            continue;
        }
        let len = rest
            .find(['{', '<'])
            .filter(|&i| i > 0)
            .unwrap_or_else(|| rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i));
        words += rest[..len].split_whitespace().count();
        rest = &rest[len..];
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_template_is_read_from_its_article_block() {
        let page = "{% extends \"tutorial.html\" %}\n{% block crumbs %}{{ tut.title }}{% endblock %}\n\
                    {% block support %}\n  return !!Modernizr.flexbox\n{% endblock %}\n\
                    {% block content %}<h2>Intro</h2>{% block inner %}<p>Hi.</p>{% endblock %}\
                    {% endblock %}\n<!-- end -->";
        let (body, outside) = article_block(page).expect("a child template");
        assert_eq!(
            body,
            "<h2>Intro</h2>{% block inner %}<p>Hi.</p>{% endblock %}"
        );
        assert_eq!(outside, 2);
    }

    #[test]
    fn other_pages_are_read_whole() {
        for page in [
            "<html><body><p>{% block content %}Hi.{% endblock %}</p></body></html>",
            "{% extends \"base.html\" %}{% block sidebar %}Links{% endblock %}",
            "<p>Set {% raw %}{%{% endraw %} in the page.</p>",
            "{% extends \"base.html\" %}{% block content %}unclosed",
        ] {
            assert!(article_block(page).is_none(), "{page}");
        }
    }
}
