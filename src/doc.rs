//! What render hands to the later stages besides files: the body of each
//! article and page as HTML and as plain text. Search indexes the text;
//! `serve` keeps the bodies between rebuilds.

pub struct Rendered {
    pub html: String,
    /// Plain text of the first paragraph (cut at a word near
    /// `render::markdown::SUMMARY_CHARS`), for summaries and descriptions.
    pub first_paragraph: String,
    /// All the text of the body, for the search index.
    pub plain: String,
    /// Every image of the site the body shows, as written (`tep/anh/a.jpg`,
    /// `/tep/…` or a file of the article's own folder), with its byte
    /// offset in the Markdown: a missing one fails the build at its line.
    pub images: Vec<(String, usize)>,
    /// Every file of the site the body links to (`[Mẫu](tep/mau/a.docx)`),
    /// read the same way as images: a missing one fails the build too.
    pub files: Vec<(String, usize)>,
}

/// Rendered Markdown of every article and page, kept between rebuilds by
/// `serve` so an edit re-renders one body, not all of them.
#[derive(Default)]
pub struct Bodies {
    pub articles: Vec<Rendered>,
    pub pages: Vec<Rendered>,
}
