//! Markdown as content systems keep it: the front matter at the top (YAML `---`, TOML
//! `+++`, JSON `{…}`), which is metadata and gives the title; and template tags in the body
//! (Hugo shortcodes `{{< … >}}` `{{% … %}}`, Go `{{raw …}}` `{{code …}}`, Liquid and Jinja
//! `{{ … }}` `{% … %}`, the `.code` lines of Go's old present format), which are not prose.
//! A tag that wraps code becomes a fenced code block, a figure's caption a paragraph, and
//! the words between a pair of tags stay; the tags and their arguments go.

/// The front matter of `text`, if it opens with one: its title and where the body starts.
pub fn front_matter(text: &str) -> (Option<String>, usize) {
    let lead = text.len() - text.trim_start_matches('\u{feff}').len();
    let rest = &text[lead..];
    for fence in ["---", "+++"] {
        if rest.starts_with(fence) && rest[fence.len()..].starts_with(['\n', '\r']) {
            let body = &rest[fence.len()..];
            let mut at = 0;
            for line in body.split_inclusive('\n') {
                let bare = line.trim_end();
                if at > 0 && (bare == fence || (fence == "---" && bare == "...")) {
                    let block = &body[..at];
                    let end = lead + fence.len() + at + line.len();
                    return (title_of(block, fence == "+++"), end);
                }
                at += line.len();
            }
            return (None, 0);
        }
    }
    if rest.starts_with('{') {
        let mut at = 0;
        for line in rest.split_inclusive('\n') {
            at += line.len();
            if line.trim_end() == "}" {
                let title = serde_json::from_str::<serde_json::Value>(&rest[..at])
                    .ok()
                    .and_then(|v| v.get("title").and_then(|t| t.as_str()).map(str::to_owned));
                return match title {
                    Some(title) => (Some(title), lead + at),
                    None if serde_json::from_str::<serde_json::Value>(&rest[..at]).is_ok() => {
                        (None, lead + at)
                    }
                    None => (None, 0),
                };
            }
        }
    }
    (None, 0)
}

/// The `title` of a YAML (or, with `toml`, TOML) front matter block: quoted or not, on
/// its line or folded over the indented lines after it.
fn title_of(block: &str, toml: bool) -> Option<String> {
    let separator = if toml { '=' } else { ':' };
    let mut lines = block.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(rest) = line.strip_prefix("title") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix(separator) else {
            continue;
        };
        let value = value.trim();
        let mut title = if matches!(value, ">" | ">-" | "|" | "|-" | "") {
            let mut parts = Vec::new();
            while let Some(next) = lines.peek().filter(|l| l.starts_with([' ', '\t'])) {
                parts.push(next.trim());
                lines.next();
            }
            parts.join(" ")
        } else {
            value.to_owned()
        };
        if title.len() >= 2
            && ((title.starts_with('"') && title.ends_with('"'))
                || (title.starts_with('\'') && title.ends_with('\'')))
        {
            title = title[1..title.len() - 1]
                .replace("\\\"", "\"")
                .replace("''", "'");
        }
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        return (!title.is_empty()).then_some(title);
    }
    None
}

/// Tags that wrap code: their content becomes a fenced code block.
const CODE_TAGS: [&str; 3] = ["highlight", "code", "codeblock"];

/// `markdown` with its template tags replaced: code they wrap fenced, captions as
/// paragraphs, every other tag (and attribute lists such as `{#id}`) gone. Also used on
/// the text of HTML pages, whose templates (`{% extends "page.html" %}`) are not prose.
pub fn expand(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(at) = rest.find(['{', '\n']) {
        let (before, tail) = rest.split_at(at);
        out.push_str(before);
        if let Some(line) = tail.strip_prefix('\n') {
            out.push('\n');
            rest = present_directive(line).unwrap_or(line);
            continue;
        }
        match tag_at(tail) {
            // A tag where a link's destination goes (`[ga]: {{< relref x >}}`, `[a]({{<
            // ref b >}})`) stands for an address: keep the link a link, not text.
            Some((len, replacement)) if replacement.is_empty() && awaits_destination(&out) => {
                out.push('#');
                rest = &tail[len..];
            }
            Some((len, replacement)) => {
                out.push_str(&replacement);
                rest = &tail[len..];
            }
            None => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `true` when `so_far` ends where a link's destination starts: after `](`, or after the
/// label of a link reference definition (`[ga]: `) at the start of its line.
fn awaits_destination(so_far: &str) -> bool {
    if so_far.ends_with("](") || so_far.ends_with("](<") {
        return true;
    }
    let line = so_far.rsplit('\n').next().unwrap_or(so_far);
    let line = line.trim_start_matches(' ');
    line.starts_with('[')
        && line.trim_end().ends_with("]:")
        && line.trim_end().len() > 3
        && !line[1..line.trim_end().len() - 2].contains([']', '['])
}

/// After a line break: a directive line of Go's present format (`.code x.go /a/`), skipped.
fn present_directive(line: &str) -> Option<&str> {
    let directive = [
        ".code ",
        ".play ",
        ".image ",
        ".iframe ",
        ".html ",
        ".caption ",
    ]
    .iter()
    .any(|d| line.starts_with(d));
    directive.then(|| line.find('\n').map_or("", |end| &line[end..]))
}

/// The template tag that starts `text`, if one does: its length and what replaces it.
fn tag_at(text: &str) -> Option<(usize, String)> {
    // An attribute list (`{#id}`, `{.class}`, `{: .note}`, `{style="…"}`) ends its line.
    let attributes = ["{#", "{.", "{:", "{style=", "{class=", "{width="]
        .iter()
        .any(|lead| text.starts_with(lead));
    if attributes {
        let end = text.find('}')?;
        let line_ends = text[end + 1..]
            .chars()
            .take_while(|c| *c != '\n')
            .all(char::is_whitespace);
        if line_ends && !text[..end].contains('\n') {
            return Some((end + 1, String::new()));
        }
    }
    // Go: {{raw `…`}} wraps code that is shown as written; {{raw "<"}} one character or
    // word of it, in its line.
    if let Some(body) = text.strip_prefix("{{raw `") {
        let end = body.find("`}}")?;
        return Some((7 + end + 3, format!("\n\n```\n{}\n```\n\n", &body[..end])));
    }
    if let Some(body) = text.strip_prefix("{{raw \"") {
        let end = body.find("\"}}")?;
        if !body[..end].contains('\n') {
            return Some((7 + end + 3, body[..end].to_owned()));
        }
    }
    let (open, close) = if text.starts_with("{{<") {
        ("{{<", ">}}")
    } else if text.starts_with("{{%") {
        ("{{%", "%}}")
    } else if text.starts_with("{{") {
        ("{{", "}}")
    } else if text.starts_with("{%") {
        ("{%", "%}")
    } else {
        return None;
    };
    let end = text[open.len()..].find(close)? + open.len() + close.len();
    let inner = text[open.len()..end - close.len()].trim();
    let inner = inner
        .trim_start_matches(['-', '/', '*'])
        .trim_end_matches(['-', '*']);
    let name = inner
        .split(|c: char| c.is_whitespace() || c == '"')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let closing = text[open.len()..].trim_start().starts_with('/') || name.starts_with("end");
    let bare = name.trim_start_matches("end");
    let replacement = if CODE_TAGS.contains(&bare) && open != "{{" {
        if closing { "\n```\n\n" } else { "\n\n```\n" }.to_owned()
    } else if name == "figure" || name == "img" || name == "image" {
        attribute(inner, "caption").map_or_else(String::new, |c| format!("\n\n{c}\n\n"))
    } else {
        String::new()
    };
    Some((end, replacement))
}

/// The value of `name="…"` among a tag's arguments.
fn attribute(inner: &str, name: &str) -> Option<String> {
    let at = inner.find(&format!("{name}="))? + name.len() + 1;
    let value = &inner[at..];
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let body = &value[1..];
    let end = body.find(quote)?;
    Some(body[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_the_title() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "---\ntitle: \"Go 1.22\"\ndate: 2024\n---\nBody.",
                Some("Go 1.22"),
                "Body.",
            ),
            (
                "+++\ntitle = 'Rust: why'\n+++\n\nBody.",
                Some("Rust: why"),
                "\nBody.",
            ),
            (
                "---\ntitle: >-\n  A long\n  title\nauthor: x\n---\nBody.",
                Some("A long title"),
                "Body.",
            ),
            (
                "{\n  \"title\": \"JSON post\"\n}\nBody.",
                Some("JSON post"),
                "Body.",
            ),
            ("---\nauthor: x\n---\nBody.", None, "Body."),
            ("Body --- with dashes.", None, "Body --- with dashes."),
        ];
        for (text, title, body) in cases {
            let (found, at) = front_matter(text);
            assert_eq!(found.as_deref(), *title, "{text}");
            assert_eq!(&text[at..], *body, "{text}");
        }
    }

    #[test]
    fn template_tags_are_not_prose() {
        let cases: &[(&str, &str)] = &[
            (
                "A {{< figure src=\"x.png\" caption=\"The gopher\" >}} B",
                "A \n\nThe gopher\n\n B",
            ),
            (
                "{{% alert title=\"Note\" %}}Read this.{{% /alert %}}",
                "Read this.",
            ),
            ("Run {{< param version >}} now.", "Run  now."),
            ("{{raw `\n  x := 1\n`}}", "\n\n```\n\n  x := 1\n\n```\n\n"),
            ("\tif n {{raw \"<\"}}= 1 {", "\tif n <= 1 {"),
            ("a {{raw \"{{\"}} b", "a {{ b"),
            (
                "{% highlight go %}x{% endhighlight %}",
                "\n\n```\nx\n```\n\n",
            ),
            ("Hi {{ .Site.Title }}!", "Hi !"),
            ("Text.\n.code ctx.go /a/\nMore.", "Text.\n\nMore."),
            ("A {brace} stays.", "A {brace} stays."),
            (
                "[ga]: {{< relref grpc-on-dotnetcore >}}\n[io]: https://x.org",
                "[ga]: #\n[io]: https://x.org",
            ),
            (
                "See [the post]({{< ref \"/blog/a.md\" >}}) and [b](<{{< ref b >}}>).",
                "See [the post](#) and [b](<#>).",
            ),
            ("[not a label] {{< x >}} here", "[not a label]  here"),
            (
                "## Booth {#booth}\n{style=\"margin: auto\"}\nText.",
                "## Booth \n\nText.",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(expand(text), *want, "{text}");
        }
    }
}
