//! Tags rewritten before the page is parsed. Tags too long to be real are cut down:
//! html5ever checks each new attribute against the tag's others, so one tag with 100,000
//! attributes takes quadratic time (15 s for 1 MB). A tag longer than [`MAX_TAG`] bytes
//! keeps its name and loses its attributes, which are never article text. And quotations
//! and figures lose their names ([`unnamed_quotes`]) before Readability judges them by it.

use std::borrow::Cow;

/// The longest tag kept as it is; real ones stay under a few kilobytes.
pub const MAX_TAG: usize = 16 * 1024;

/// `html` with every tag longer than [`MAX_TAG`] bytes reduced to `<name>`; borrowed when
/// no tag is that long (nearly always).
pub fn tame(html: &str) -> Cow<'_, str> {
    rewrite_tags(html, |tag, name_end| {
        (tag.len() > MAX_TAG).then(|| format!("{}>", &tag[..name_end]))
    })
}

/// Elements that are article content whatever their `class` or `id` says.
const CONTENT: &[&str] = &["blockquote", "figure", "figcaption"];

/// `html` with the `class` and `id` attributes of every [`CONTENT`] element removed:
/// Readability drops any element whose names look unlikely (`comment`, `related`,
/// `social`), and a pull quote classed `commentary` would go with its text. Borrowed when
/// there is nothing to remove.
pub fn unnamed_quotes(html: &str) -> Cow<'_, str> {
    rewrite_tags(html, |tag, name_end| {
        let name = &tag[1..name_end];
        if !CONTENT.iter().any(|c| c.eq_ignore_ascii_case(name)) {
            return None;
        }
        let mut out = tag[..name_end].to_owned();
        for (_, raw) in attributes(&tag[name_end..]).filter(|(name, _)| {
            !name.eq_ignore_ascii_case("class") && !name.eq_ignore_ascii_case("id")
        }) {
            out.push(' ');
            out.push_str(raw);
        }
        out.push('>');
        Some(out)
    })
}

/// `html` with each tag (`<name …>` or `</name …>`) that `replace` rewrites replaced; it
/// gets the whole tag and where its name ends. Borrowed when no tag is rewritten.
fn rewrite_tags(
    html: &str,
    mut replace: impl FnMut(&str, usize) -> Option<String>,
) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + offset;
        let name_start = start + 1 + usize::from(bytes.get(start + 1) == Some(&b'/'));
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b':')))
            .map_or(bytes.len(), |p| name_start + p);
        let end = tag_end(bytes, name_end);
        if let Some(replacement) = replace(&html[start..end], name_end - start) {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..start]);
            out.push_str(&replacement);
            copied = end;
        }
        i = end.max(start + 1);
    }
    match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    }
}

/// The attributes of the rest of a tag after its name (up to and with its `>`): each
/// one's name and its whole text (`name="value"`).
fn attributes(rest: &str) -> impl Iterator<Item = (&str, &str)> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return None;
        }
        let start = i;
        while i < bytes.len()
            && !matches!(bytes[i], b'=' | b'>' | b'/')
            && !bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        let name = &rest[start..i];
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'=' {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    j += 1;
                    while j < bytes.len() && bytes[j] != q {
                        j += 1;
                    }
                    j = (j + 1).min(bytes.len());
                }
                _ => {
                    while j < bytes.len() && bytes[j] != b'>' && !bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                }
            }
            i = j;
        }
        Some((name, &rest[start..i]))
    })
}

/// The byte just past the `>` that ends the tag whose name starts at `from` (or the end
/// of the text): quotes only count around an attribute value, after `=`.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut after_equals = false;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'>' => return i + 1,
                b'"' | b'\'' if after_equals => quote = Some(b),
                b'=' => after_equals = true,
                b if b.is_ascii_whitespace() => {}
                _ => after_equals = false,
            },
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_tags_lose_their_attributes_and_short_ones_stay() {
        let page = "<p class=\"a\">Kept <b>as is</b> > and < fine.</p>";
        assert!(matches!(tame(page), Cow::Borrowed(_)));
        let attributes: String = (0..5000).map(|j| format!(" a{j}=\"x>y\"")).collect();
        let long = format!("<div><p{attributes}>Text.</p><img{attributes}/></div>");
        assert_eq!(tame(&long), "<div><p>Text.</p><img></div>");
        let unclosed = format!("<p>Before.</p><span{attributes}");
        assert_eq!(tame(&unclosed), "<p>Before.</p><span>");
        let custom = format!("<amp-img{attributes}>");
        assert_eq!(tame(&custom), "<amp-img>");
    }

    #[test]
    fn quotations_and_figures_lose_their_names_only() {
        let page = "<div class=\"comments\"><p>x</p></div>";
        assert!(matches!(unnamed_quotes(page), Cow::Borrowed(_)));
        let cases = [
            (
                "<blockquote class=\"commentary talkinghead\" id=\"grunt\">Text</blockquote>",
                "<blockquote>Text</blockquote>",
            ),
            (
                "<FIGURE ID=x data-kind='pull \"quote\"' hidden><figcaption class=a>C</figcaption></FIGURE>",
                "<FIGURE data-kind='pull \"quote\"' hidden><figcaption>C</figcaption></FIGURE>",
            ),
            (
                "<blockquote cite=\"https://example.com/a>b\" class=tweet>Said.</blockquote>",
                "<blockquote cite=\"https://example.com/a>b\">Said.</blockquote>",
            ),
            ("<blockquote", "<blockquote>"),
            ("<blockquotes class=x>", "<blockquotes class=x>"),
        ];
        for (page, want) in cases {
            assert_eq!(unnamed_quotes(page), want, "{page}");
        }
    }
}
