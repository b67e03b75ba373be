//! The safety oracle: parses a published HTML or XML file the way a
//! browser or feed reader would and lists everything that could run
//! script, load a frame, change the document's base or inject CSS.
//! Shared by the hostile-input tests and the Markdown fuzz target.
#![allow(dead_code)]

use scraper::{Html, Node};

/// Attributes whose value a browser loads or navigates to.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
    "cite",
    "srcset",
    "xlink:href",
    "ping",
];

const FORBIDDEN_TAGS: &[&str] = &[
    "iframe", "object", "embed", "base", "frame", "frameset", "applet", "portal",
];

/// True when a browser would run `url` as script or a document of its own.
pub fn dangerous_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "javascript:",
        "vbscript:",
        "data:text/html",
        "data:image/svg",
        "data:application",
    ]
    .iter()
    .any(|s| squeezed.starts_with(s))
        || (squeezed.starts_with("data:") && !squeezed.starts_with("data:image/"))
}

/// CSS with the bodies of its strings removed, as a CSS tokenizer ends
/// them: at the closing quote, or at a line break or form feed.
fn css_outside_strings(css: &str) -> String {
    let mut out = String::new();
    let mut chars = css.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => match c {
                '\\' => {
                    chars.next();
                }
                '\n' | '\r' | '\u{c}' => quote = None,
                c if c == q => quote = None,
                _ => {}
            },
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}

/// Problems in one HTML document. `markers` are words planted in hostile
/// content: found in CSS outside a string, they prove an injection.
pub fn check_html(html: &str, markers: &[&str]) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut problems = Vec::new();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        let name = el.name();
        if FORBIDDEN_TAGS.contains(&name) {
            problems.push(format!("<{name}> element"));
        }
        for (attr, value) in el.attrs() {
            let attr = attr.to_ascii_lowercase();
            if attr.starts_with("on") {
                problems.push(format!("<{name} {attr}=…> event handler"));
            }
            if URL_ATTRS.contains(&attr.as_str()) && dangerous_url(value) {
                problems.push(format!("<{name} {attr}=\"{value}\">"));
            }
            if attr == "style"
                && !matches!(
                    value,
                    "text-align: left" | "text-align: center" | "text-align: right"
                )
            {
                problems.push(format!("<{name} style=\"{value}\">"));
            }
            if attr == "content" && value.to_ascii_lowercase().contains("url=") {
                let target = value.split_once(['=']).map_or("", |(_, u)| u);
                if dangerous_url(target.trim_start_matches(['\'', '"'])) {
                    problems.push(format!("<meta content=\"{value}\"> refresh"));
                }
            }
        }
        let text: String = node
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        if name == "script" {
            let json = el.attr("type") == Some("application/ld+json");
            let external = el.attr("src").is_some() && text.trim().is_empty();
            if json {
                if serde_json::from_str::<serde_json::Value>(&text).is_err() {
                    problems.push("a JSON-LD block that is not JSON".into());
                }
            } else if !external {
                problems.push(format!("inline <script>{}</script>", text.trim()));
            }
        }
        if name == "style" {
            let outside = css_outside_strings(&text).to_lowercase();
            for m in markers {
                if outside.contains(&m.to_lowercase()) {
                    problems.push(format!("content `{m}` in CSS outside a string"));
                }
            }
            for bad in ["@import", "url(", "expression("] {
                if outside.contains(bad) {
                    problems.push(format!("`{bad}` in a <style>"));
                }
            }
        }
    }
    problems
}

/// Problems in one XML file: links must be safe, and every `type="html"`
/// text (Atom content) is itself checked as HTML.
pub fn check_xml(xml: &str, markers: &[&str]) -> Vec<String> {
    let doc = match roxmltree::Document::parse(xml) {
        Ok(d) => d,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let mut problems = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        for a in node.attributes() {
            if matches!(a.name(), "href" | "src" | "uri") && dangerous_url(a.value()) {
                problems.push(format!(
                    "<{} {}=\"{}\">",
                    node.tag_name().name(),
                    a.name(),
                    a.value()
                ));
            }
        }
        if matches!(node.tag_name().name(), "loc" | "id" | "uri")
            && let Some(t) = node.text()
            && dangerous_url(t)
        {
            problems.push(format!("<{}>{t}", node.tag_name().name()));
        }
        if node.attribute("type") == Some("html") {
            let inner: String = node.descendants().filter_map(|n| n.text()).collect();
            for p in check_html(&inner, markers) {
                problems.push(format!("in <{}>: {p}", node.tag_name().name()));
            }
        }
    }
    problems
}

/// Every problem in the published folder, as `file: problem` lines.
pub fn check_tree(dir: &std::path::Path, markers: &[&str]) -> Vec<String> {
    let mut all = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.expect("walk output");
        let path = e.path();
        let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
        if !e.file_type().is_file() || !matches!(ext, "html" | "xml" | "svg") {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("output is UTF-8");
        let found = if ext == "html" {
            check_html(&text, markers)
        } else {
            check_xml(&text, markers)
        };
        let rel = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        all.extend(found.into_iter().map(|p| format!("{rel}: {p}")));
    }
    all
}
