//! Fenced code highlighting with syntect. The syntax set is large, so it is
//! loaded on first use only: most sites never have a code block.

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// Escaped, class-annotated HTML for the inside of a `<code>` element;
/// colours come from the theme's CSS (`.hl-*` classes).
pub fn highlight(code: &str, lang: &str) -> String {
    // Highlighting costs ~100× plain escaping and multiplies the bytes:
    // a huge block is shown plain (content::limits::HIGHLIGHT_BYTES).
    if code.len() > crate::content::limits::HIGHLIGHT_BYTES {
        return crate::text::html::escape(code);
    }
    let set = syntaxes();
    let syntax = set
        .find_syntax_by_token(lang)
        .unwrap_or_else(|| set.find_syntax_plain_text());
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        set,
        ClassStyle::SpacedPrefixed { prefix: "hl-" },
    );
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return crate::text::html::escape(code);
        }
    }
    generator.finalize()
}
