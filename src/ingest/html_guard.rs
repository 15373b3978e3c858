//! Tags too long to be real are cut down before the HTML parser sees them: html5ever checks
//! each new attribute against the tag's others, so one tag with 100,000 attributes takes
//! quadratic time (15 s for 1 MB). A tag longer than [`MAX_TAG`] bytes keeps its name and
//! loses its attributes, which are never article text.

use std::borrow::Cow;

/// The longest tag kept as it is; real ones stay under a few kilobytes.
pub const MAX_TAG: usize = 16 * 1024;

/// `html` with every tag longer than [`MAX_TAG`] bytes reduced to `<name>`; borrowed when
/// no tag is that long (nearly always).
pub fn tame(html: &str) -> Cow<'_, str> {
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
        let end = tag_end(bytes, name_start);
        if end - start > MAX_TAG {
            let name_end = bytes[name_start..end]
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
                .map_or(end, |p| name_start + p);
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..name_end]);
            out.push('>');
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
    }
}
