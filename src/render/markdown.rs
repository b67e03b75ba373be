//! Markdown → HTML for one article: CommonMark plus tables, footnotes,
//! strikethrough, heading ids, highlighted code, glossary `<abbr>` on first
//! use, and raw HTML sanitised unless the site allows it.

use std::collections::HashSet;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::content::Abbreviation;
use crate::text;

#[derive(Clone)]
pub struct Settings<'a> {
    pub allow_html: bool,
    pub glossary: &'a [Abbreviation],
    /// Finds every abbreviation of the glossary in one pass over a text.
    matcher: Option<aho_corasick::AhoCorasick>,
    /// Prefixed to links starting with `/`.
    pub base_path: &'a str,
}

impl<'a> Settings<'a> {
    /// Settings for a site; the glossary's matcher is built once here.
    pub fn new(allow_html: bool, glossary: &'a [Abbreviation], base_path: &'a str) -> Self {
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(glossary.iter().map(|a| a.short.as_str()))
            .ok()
            .filter(|_| glossary.iter().any(|a| !a.short.is_empty()));
        Settings {
            allow_html,
            glossary,
            matcher,
            base_path,
        }
    }
}

pub use crate::doc::Rendered;

/// Automatic summaries stop near here: two lines on a phone, and what
/// search engines show of a description.
pub const SUMMARY_CHARS: usize = 280;

pub use crate::text::excerpt;

pub use crate::text::html::escape;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Finds the first not-yet-used abbreviation in `s` standing as a whole
/// word, the longest at that place ("PAR Index" over "PAR"); returns
/// (byte index, glossary index). Linear in `s` for any glossary size.
fn next_abbr(
    s: &str,
    matcher: &aho_corasick::AhoCorasick,
    used: &HashSet<usize>,
) -> Option<(usize, usize)> {
    let mut from = 0;
    while from < s.len() {
        let m = matcher.find(aho_corasick::Input::new(s).span(from..s.len()))?;
        let (start, end) = (m.start(), m.end());
        let before_ok = s[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let after_ok = s[end..].chars().next().is_none_or(|c| !is_word_char(c));
        if before_ok && after_ok && !used.contains(&m.pattern().as_usize()) {
            return Some((start, m.pattern().as_usize()));
        }
        // Try again from the next character.
        from = start + s[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

fn abbreviate(s: &str, settings: &Settings, used: &mut HashSet<usize>, out: &mut String) {
    abbreviate_with(s, settings, used, out, &|t| escape(t));
}

/// Wraps the first use of each abbreviation in `s`, passing the text
/// between them through `text` (escaping, or nothing for HTML text).
fn abbreviate_with(
    s: &str,
    settings: &Settings,
    used: &mut HashSet<usize>,
    out: &mut String,
    text: &dyn Fn(&str) -> String,
) {
    let (Some(matcher), glossary) = (&settings.matcher, settings.glossary) else {
        out.push_str(&text(s));
        return;
    };
    let mut rest = s;
    while used.len() < glossary.len() {
        let Some((i, gi)) = next_abbr(rest, matcher, used) else {
            break;
        };
        let a = &glossary[gi];
        out.push_str(&text(&rest[..i]));
        out.push_str(&format!(
            "<abbr title=\"{}\">{}</abbr>",
            escape(&a.full),
            escape(&a.short)
        ));
        used.insert(gi);
        rest = &rest[i + a.short.len()..];
    }
    out.push_str(&text(rest));
}

/// The first use of each abbreviation in the `<main>` of a rendered page
/// (a procedure page, a board) wrapped in `<abbr>`, as in articles. Only
/// text between tags is read, never inside `<script>`, `<style>`, `<abbr>`,
/// `<code>` or `<svg>`; the page's HTML is otherwise unchanged.
pub fn abbreviate_page(html: Vec<u8>, settings: &Settings) -> Vec<u8> {
    if settings.matcher.is_none() {
        return html;
    }
    let Ok(page) = std::str::from_utf8(&html) else {
        return html;
    };
    let (Some(start), Some(end)) = (page.find("<main"), page.rfind("</main>")) else {
        return html;
    };
    let mut out = String::with_capacity(page.len() + 256);
    out.push_str(&page[..start]);
    let mut used = HashSet::new();
    let mut skip: Option<&str> = None;
    let mut rest = &page[start..end];
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if skip.is_none() && !text.is_empty() {
            abbreviate_with(text, settings, &mut used, &mut out, &|t| t.to_owned());
        } else {
            out.push_str(text);
        }
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open..close];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match skip {
            Some(s) if tag.starts_with("</") && name == s => skip = None,
            None if !tag.starts_with("</")
                && ["script", "style", "abbr", "code", "svg", "title"].contains(&name.as_str()) =>
            {
                skip = ["script", "style", "abbr", "code", "svg", "title"]
                    .into_iter()
                    .find(|s| *s == name);
            }
            _ => {}
        }
        out.push_str(tag);
        rest = &rest[close..];
    }
    out.push_str(rest);
    out.push_str(&page[end..]);
    out.into_bytes()
}

/// A heading being collected: its id is made from its text once it ends.
struct PendingHeading<'a> {
    level: HeadingLevel,
    id: Option<CowStr<'a>>,
    classes: Vec<CowStr<'a>>,
    inner: Vec<Event<'a>>,
    plain: String,
}

/// Where the reader is relative to the first paragraph (the summary).
#[derive(Clone, Copy, PartialEq, Eq)]
enum FirstParagraph {
    Before,
    Inside,
    Done,
}

/// A fenced or indented code block being gathered, highlighted at its end.
struct CodeBlock {
    lang: String,
    text: String,
}

/// One article's events in, safe and enriched events out: raw HTML as
/// text (or kept for the sanitiser), links and images through the scheme
/// allowlist, heading ids, tables wrapped, abbreviations marked, and the
/// first paragraph and plain text collected on the way.
/// Reads an image's size from its file (see [`render_sized`]).
pub type ImageSize<'f> = &'f (dyn Fn(&str) -> Option<(u32, u32)> + Sync);

/// An image whose size is known: written whole at its end, with `width`
/// and `height` so the page does not jump while it loads.
struct SizedImage {
    src: String,
    title: String,
    size: (u32, u32),
    alt: String,
}

struct Converter<'s, 'a> {
    settings: &'s Settings<'s>,
    sizes: Option<ImageSize<'s>>,
    image: Option<SizedImage>,
    events: Vec<Event<'a>>,
    used_abbr: HashSet<usize>,
    used_ids: HashSet<String>,
    /// Next suffix to try for each base id: repeated headings ("Mục" a
    /// thousand times) cost one probe each, not a scan from "-2".
    next_suffix: std::collections::HashMap<String, usize>,
    has_raw_html: bool,
    first: FirstParagraph,
    first_paragraph: String,
    plain: String,
    code: Option<CodeBlock>,
    heading: Option<PendingHeading<'a>>,
    link_depth: usize,
    /// For each open link or image: was it kept (its URL allowed)?
    kept_links: Vec<bool>,
    kept_images: Vec<bool>,
    /// Local images and where they are written.
    images: Vec<(String, usize)>,
    /// Links to files of the site (`tep/…`, a bundle's own file).
    files: Vec<(String, usize)>,
    /// Byte offset of the event being converted.
    offset: usize,
}

impl<'s, 'a> Converter<'s, 'a> {
    fn new(settings: &'s Settings<'s>, sizes: Option<ImageSize<'s>>, len: usize) -> Self {
        Converter {
            settings,
            sizes,
            image: None,
            events: Vec::new(),
            used_abbr: HashSet::new(),
            used_ids: HashSet::new(),
            next_suffix: std::collections::HashMap::new(),
            has_raw_html: false,
            first: FirstParagraph::Before,
            first_paragraph: String::new(),
            plain: String::with_capacity(len),
            code: None,
            heading: None,
            link_depth: 0,
            kept_links: Vec::new(),
            kept_images: Vec::new(),
            images: Vec::new(),
            files: Vec::new(),
            offset: 0,
        }
    }

    /// Emits an event, into the pending heading when one is open.
    fn emit(&mut self, ev: Event<'a>) {
        // Inside a sized image only the text counts: it becomes the alt.
        if let Some(img) = self.image.as_mut() {
            if let Event::Text(t) | Event::Code(t) = &ev {
                img.alt.push_str(t);
            }
            return;
        }
        match self.heading.as_mut() {
            Some(h) => h.inner.push(ev),
            None => self.events.push(ev),
        }
    }

    fn event(&mut self, ev: Event<'a>) {
        if self.code.is_some() {
            return self.code_event(ev);
        }
        let allow_html = self.settings.allow_html;
        let ev = match ev {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_owned()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some(CodeBlock {
                    lang,
                    text: String::new(),
                });
                return;
            }
            Event::Start(Tag::Paragraph) => {
                if self.first == FirstParagraph::Before {
                    self.first = FirstParagraph::Inside;
                }
                Event::Start(Tag::Paragraph)
            }
            Event::End(TagEnd::Paragraph) => {
                if self.first == FirstParagraph::Inside {
                    self.first = FirstParagraph::Done;
                }
                Event::End(TagEnd::Paragraph)
            }
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                // `{#id .class}` only: any other attribute (`onfocus=…`,
                // `autofocus`) is dropped, never written.
                self.heading = Some(PendingHeading {
                    level,
                    id,
                    classes,
                    inner: Vec::new(),
                    plain: String::new(),
                });
                return;
            }
            Event::End(TagEnd::Heading(_)) => return self.heading_end(),
            // Raw HTML is shown as the officer typed it unless the site
            // allows HTML; then the whole article is sanitised.
            Event::Start(Tag::HtmlBlock) if !allow_html => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) if !allow_html => Event::End(TagEnd::Paragraph),
            Event::Html(h) | Event::InlineHtml(h) if !allow_html => Event::Text(h),
            Event::Html(h) | Event::InlineHtml(h) => {
                self.has_raw_html = true;
                Event::Html(h)
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                self.link_depth += 1;
                // A link whose scheme is not allowed keeps its text only.
                let keep = text::url::allowed(&dest_url);
                self.kept_links.push(keep);
                if !keep {
                    return;
                }
                if links_file(&dest_url) {
                    self.files.push((dest_url.to_string(), self.offset));
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: rebase(site_file(dest_url), self.settings.base_path),
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Link) => {
                self.link_depth -= 1;
                if !self.kept_links.pop().unwrap_or(true) {
                    return;
                }
                Event::End(TagEnd::Link)
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // An image whose scheme is not allowed shows its alt text.
                let keep = text::url::allowed(&dest_url);
                self.kept_images.push(keep);
                if !keep {
                    return;
                }
                let local = text::url::scheme(&dest_url).is_none() && !dest_url.starts_with("//");
                if local {
                    self.images.push((dest_url.to_string(), self.offset));
                }
                let size = if local && self.image.is_none() {
                    self.sizes.and_then(|f| f(&dest_url))
                } else {
                    None
                };
                let dest_url = rebase(site_file(dest_url), self.settings.base_path);
                if let Some(size) = size {
                    self.image = Some(SizedImage {
                        src: dest_url.to_string(),
                        title: title.to_string(),
                        size,
                        alt: String::new(),
                    });
                    return;
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Image) => {
                if !self.kept_images.pop().unwrap_or(true) {
                    return;
                }
                match self.image.take() {
                    Some(img) => Event::InlineHtml(img.html().into()),
                    None => Event::End(TagEnd::Image),
                }
            }
            Event::Start(Tag::Table(a)) => {
                self.events.push(Event::Html(
                    "<div class=\"bang\" role=\"region\" aria-label=\"Bảng\" tabindex=\"0\">"
                        .into(),
                ));
                Event::Start(Tag::Table(a))
            }
            Event::End(TagEnd::Table) => {
                self.events.push(Event::End(TagEnd::Table));
                Event::Html("</div>\n".into())
            }
            Event::Text(t) => self.text(t),
            Event::Code(c) => {
                if self.first == FirstParagraph::Inside {
                    self.first_paragraph.push_str(&c);
                }
                if let Some(h) = self.heading.as_mut() {
                    h.plain.push_str(&c);
                }
                Event::Code(c)
            }
            Event::SoftBreak | Event::HardBreak if self.first == FirstParagraph::Inside => {
                self.first_paragraph.push(' ');
                ev
            }
            other => other,
        };
        self.emit(ev);
    }

    /// Code blocks are gathered whole and highlighted.
    fn code_event(&mut self, ev: Event<'a>) {
        let Some(code) = self.code.as_mut() else {
            return;
        };
        match ev {
            Event::Text(t) => code.text.push_str(&t),
            Event::End(TagEnd::CodeBlock) => {
                let CodeBlock { lang, text } = self.code.take().expect("open code block");
                let body = if lang.is_empty() {
                    escape(&text)
                } else {
                    super::highlight::highlight(&text, &lang)
                };
                let class = if lang.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"language-{}\"", escape(&lang))
                };
                self.events.push(Event::Html(
                    format!("<pre><code{class}>{body}</code></pre>\n").into(),
                ));
            }
            _ => {}
        }
    }

    /// A heading's id comes from its text (or `{#id}`), unique in the page.
    fn heading_end(&mut self) {
        let Some(PendingHeading {
            level,
            id,
            classes,
            inner,
            plain,
        }) = self.heading.take()
        else {
            return;
        };
        let base = id.map(|i| i.to_string()).unwrap_or_else(|| {
            let s = text::slugify(&plain);
            if s.is_empty() { "muc".to_owned() } else { s }
        });
        let mut id = base.clone();
        if !self.used_ids.insert(id.clone()) {
            let n = self.next_suffix.entry(base.clone()).or_insert(1);
            loop {
                *n += 1;
                id = format!("{base}-{n}");
                if self.used_ids.insert(id.clone()) {
                    break;
                }
            }
        }
        self.events.push(Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes,
            attrs: Vec::new(),
        }));
        self.events.extend(inner);
        self.events.push(Event::End(TagEnd::Heading(level)));
    }

    fn text(&mut self, t: CowStr<'a>) -> Event<'a> {
        self.plain.push_str(&t);
        self.plain.push(' ');
        if self.first == FirstParagraph::Inside {
            self.first_paragraph.push_str(&t);
        }
        if let Some(h) = self.heading.as_mut() {
            h.plain.push_str(&t);
        }
        // No `<abbr>` in a link's text or an image's alt (an attribute).
        if self.link_depth == 0 && self.kept_images.is_empty() && self.settings.matcher.is_some() {
            let mut html = String::new();
            abbreviate(&t, self.settings, &mut self.used_abbr, &mut html);
            Event::InlineHtml(html.into())
        } else {
            Event::Text(t)
        }
    }
}

impl SizedImage {
    fn html(&self) -> String {
        let mut out = String::from("<img src=\"");
        let _ = pulldown_cmark_escape::escape_href(&mut out, &self.src);
        out.push_str("\" alt=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut out, &self.alt);
        out.push('"');
        if !self.title.is_empty() {
            out.push_str(" title=\"");
            let _ = pulldown_cmark_escape::escape_html(&mut out, &self.title);
            out.push('"');
        }
        let (w, h) = self.size;
        out.push_str(&format!(" width=\"{w}\" height=\"{h}\" loading=\"lazy\">"));
        out
    }
}

pub fn render(md: &str, settings: &Settings) -> Rendered {
    render_sized(md, settings, None)
}

/// [`render`], with `width` and `height` on every local image whose size
/// `sizes` can read.
pub fn render_sized(md: &str, settings: &Settings, sizes: Option<ImageSize>) -> Rendered {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut conv = Converter::new(settings, sizes, md.len());
    for (ev, range) in Parser::new_ext(md, opts).into_offset_iter() {
        conv.offset = range.start;
        conv.event(ev);
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, conv.events.into_iter());
    if conv.has_raw_html {
        html = match super::sanitize::clean(&html) {
            Some(clean) => clean,
            // Too deep to sanitise in linear time: show it all as text.
            None => {
                render_sized(
                    md,
                    &Settings {
                        allow_html: false,
                        ..settings.clone()
                    },
                    sizes,
                )
                .html
            }
        };
    }
    Rendered {
        html,
        first_paragraph: excerpt(conv.first_paragraph.trim(), SUMMARY_CHARS),
        plain: conv.plain,
        images: conv.images,
        files: conv.files,
    }
}

/// `tep/…` means `content/tep/…` wherever the article is (the convention
/// of `image:` and of the new-article template): it becomes `/tep/…`.
/// A link to a file of the site rather than to a page: `tep/…`,
/// `/tep/…`, or a file name with an extension beside a bundle's index.md
/// (pages end with `/`; `.html` addresses are pages or aliases).
fn links_file(url: &str) -> bool {
    if text::url::scheme(url).is_some() || url.starts_with("//") || url.starts_with('#') {
        return false;
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    if path.starts_with("tep/") || path.starts_with("/tep/") {
        return true;
    }
    !path.contains('/')
        && path.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && !ext.is_empty() && !ext.eq_ignore_ascii_case("html")
        })
}

fn site_file(url: CowStr<'_>) -> CowStr<'_> {
    if url.starts_with("tep/") {
        format!("/{url}").into()
    } else {
        url
    }
}

fn rebase<'a>(url: CowStr<'a>, base_path: &str) -> CowStr<'a> {
    if !base_path.is_empty() && url.starts_with('/') && !url.starts_with("//") {
        format!("{base_path}{url}").into()
    } else {
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(glossary: &[Abbreviation]) -> Settings<'_> {
        Settings::new(false, glossary, "")
    }

    #[test]
    fn pages_explain_each_abbreviation_once_in_their_main_text() {
        let g = vec![Abbreviation {
            short: "UBND".into(),
            full: "Ủy ban nhân dân".into(),
        }];
        let page = "<html><head><title>UBND</title></head><body><nav>UBND</nav>\
            <main><h1>Thủ tục</h1><script>var UBND=1</script><p>Nộp tại <a href=\"/x/\" title=\"UBND\">UBND xã</a>; \
            UBND trả kết quả.</p></main><footer>UBND</footer></body></html>";
        let out =
            String::from_utf8(abbreviate_page(page.as_bytes().to_vec(), &settings(&g))).unwrap();
        assert_eq!(out.matches("<abbr").count(), 1, "{out}");
        assert!(
            out.contains(
                "<a href=\"/x/\" title=\"UBND\"><abbr title=\"Ủy ban nhân dân\">UBND</abbr> xã</a>"
            ),
            "{out}"
        );
        assert!(out.contains("<script>var UBND=1</script>") && out.contains("<title>UBND</title>"));
        assert_eq!(
            out.replace("<abbr title=\"Ủy ban nhân dân\">UBND</abbr>", "UBND"),
            page
        );
    }

    #[test]
    fn images_get_their_size_and_keep_alt_text() {
        let glossary = [Abbreviation {
            short: "UBND".into(),
            full: "Ủy ban nhân dân".into(),
        }];
        let size = |dest: &str| (dest == "tep/a.png").then_some((640, 360));
        let html = render_sized(
            "![Hội nghị UBND *tỉnh* \"A\"](tep/a.png \"T\") ![b](tep/b.png)",
            &settings(&glossary),
            Some(&size),
        )
        .html;
        assert!(
            html.contains(
                r#"<img src="/tep/a.png" alt="Hội nghị UBND tỉnh “A”" title="T" width="640" height="360" loading="lazy">"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="/tep/b.png" alt="b" />"#),
            "{html}"
        );
        let plain = render("![Trụ sở UBND](tep/a.png)", &settings(&glossary)).html;
        assert!(
            plain.contains(r#"alt="Trụ sở UBND""#),
            "no markup in alt: {plain}"
        );
    }

    #[test]
    fn glossary_wraps_first_use_only() {
        let g = vec![
            Abbreviation {
                short: "CCHC".into(),
                full: "Cải cách hành chính".into(),
            },
            Abbreviation {
                short: "TTHC".into(),
                full: "Thủ tục hành chính".into(),
            },
        ];
        let r = render(
            "Công tác CCHC và TTHC. Lại CCHC, nhưng không CCHCX.",
            &settings(&g),
        );
        assert_eq!(
            r.html
                .matches("<abbr title=\"Cải cách hành chính\">CCHC</abbr>")
                .count(),
            1,
            "{}",
            r.html
        );
        assert_eq!(r.html.matches("<abbr").count(), 2);
        assert!(r.html.contains("CCHCX"));
    }

    #[test]
    fn longest_abbreviation_at_a_place_wins_and_large_glossaries_stay_fast() {
        let mut g: Vec<Abbreviation> = (0..2000)
            .map(|i| Abbreviation {
                short: format!("VT{i}"),
                full: format!("Viết tắt {i}"),
            })
            .collect();
        g.push(Abbreviation {
            short: "PAR".into(),
            full: "Chỉ số".into(),
        });
        g.push(Abbreviation {
            short: "PAR Index".into(),
            full: "Chỉ số CCHC".into(),
        });
        let body = "PAR Index và PAR. ".repeat(20_000) + "VT7 VT1999";
        let r = render(&body, &settings(&g));
        assert!(
            r.html
                .contains("<abbr title=\"Chỉ số CCHC\">PAR Index</abbr>")
        );
        assert!(r.html.contains("<abbr title=\"Chỉ số\">PAR</abbr>"));
        assert!(r.html.contains(">VT1999</abbr>"));
    }

    #[test]
    fn raw_html_is_shown_as_typed_by_default() {
        let r = render(
            "Bạn đọc gửi đoạn mã <script>alert(1)</script><b onclick=\"x()\">đậm</b>\n\n<div onmouseover=\"x()\">\nkhối\n</div>\n",
            &settings(&[]),
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<b "), "{}", r.html);
        assert!(
            r.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<p>&lt;div onmouseover="), "{}", r.html);
    }

    #[test]
    fn allowed_html_passes_the_allowlist_sanitiser() {
        let s = Settings::new(true, &[], "");
        let r = render(
            "Xin chào <script>alert(1)</script><b onclick=\"x()\" style=\"color:red\">đậm</b> <a href=\"javascript:x\">a</a> <iframe src=\"https://a.vn\"></iframe>\n\n| a |\n|--:|\n| 1 |\n",
            &s,
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("onclick"), "{}", r.html);
        assert!(!r.html.contains("color:red"), "{}", r.html);
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert!(!r.html.contains("iframe"), "{}", r.html);
        assert!(r.html.contains("<b>đậm</b>"), "{}", r.html);
        assert!(r.html.contains("style=\"text-align: right\""), "{}", r.html);
    }

    #[test]
    fn heading_attributes_other_than_id_and_class_are_dropped() {
        let r = render(
            "## Mục lục {#muc-luc .lon tabindex=1 autofocus=1 onfocus=fetch(1)}\n",
            &settings(&[]),
        );
        assert_eq!(
            r.html.trim(),
            "<h2 id=\"muc-luc\" class=\"lon\">Mục lục</h2>"
        );
    }

    #[test]
    fn links_outside_the_scheme_allowlist_keep_their_text_only() {
        let md = "[a](javascript:alert(1)) <javascript:alert(2)> [b][r] [c](JaVaScRiPt&#58;x) \
                  [d](vbscript:x) [e](data:text/html,x) ![ảnh](javascript:x) [ok](https://a.vn) <mailto:a@b.vn>\n\n\
                  [r]: javascript:alert(3)\n";
        let r = render(md, &settings(&[]));
        assert_eq!(r.html.matches("href=").count(), 2, "{}", r.html);
        assert!(!r.html.contains("src="), "{}", r.html);
        assert!(
            r.html.contains("<a href=\"https://a.vn\">ok</a>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("ảnh"), "{}", r.html);
        assert!(r.html.contains("href=\"mailto:a@b.vn\""), "{}", r.html);
    }

    #[test]
    fn headings_get_unique_ids_and_tables_footnotes_work() {
        let md = "## Kết quả\n\n## Kết quả\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n\nChú thích[^1]\n\n[^1]: Nguồn.\n\n~~cũ~~";
        let r = render(md, &settings(&[]));
        assert!(r.html.contains("<h2 id=\"ket-qua\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"ket-qua-2\">"));
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("footnote-definition"));
        assert!(r.html.contains("<del>cũ</del>"));
    }

    #[test]
    fn many_equal_headings_get_ids_in_linear_time() {
        let md = "## Mục\n\n".repeat(50_000) + "## Mục 2\n";
        let r = render(&md, &settings(&[]));
        assert!(
            r.html.contains("<h2 id=\"muc-50000\">"),
            "last repeated heading"
        );
        // "Mục 2" slugifies to muc-2, already taken: it moves on.
        assert!(r.html.contains("<h2 id=\"muc-2-2\">"));
    }

    #[test]
    fn long_first_paragraphs_are_cut_at_a_word() {
        let long = "Xã đã giải quyết hồ sơ đúng hạn. ".repeat(20);
        let r = render(&long, &settings(&[]));
        assert!(r.first_paragraph.chars().count() <= SUMMARY_CHARS + 1);
        assert!(r.first_paragraph.ends_with("…"));
        assert!(!r.first_paragraph.ends_with(" …"));
        assert_eq!(excerpt("ngắn", 10), "ngắn");
    }

    #[test]
    fn code_is_highlighted_and_first_paragraph_kept() {
        let r = render(
            "Mở đầu *đoạn* một.\n\nHai.\n\n```json\n{\"a\": 1}\n```\n",
            &settings(&[]),
        );
        assert_eq!(r.first_paragraph, "Mở đầu đoạn một.");
        assert!(
            r.html.contains("<pre><code class=\"language-json\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains("hl-"), "{}", r.html);
    }
}
