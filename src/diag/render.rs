//! The one place diagnostics become text: a `file:line:col: message` line
//! that editors and CI logs can parse, then a code frame of the offending
//! line with the column marked, then the fix.

use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Diagnostic, Severity};

/// The source line `line` (1-based) of `file`, if it can be read as text.
fn source_line(root: &Path, file: &Path, line: usize) -> Option<String> {
    let bytes = std::fs::read(root.join(file)).ok()?;
    let text = crate::text::clean::decode(bytes).ok()?;
    // A tab is shown as an arrow, one character for one: invisible
    // indentation is the usual cause of a YAML error.
    text.lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.replace('\t', "→"))
}

/// Where the value starting at byte `start` ends: a quoted text at its
/// closing quote, a flow list or mapping at its closing bracket, anything
/// else at the next space, comma or closing bracket.
fn span_end(src: &str, start: usize) -> usize {
    let rest = &src[start..];
    let close = match rest.chars().next() {
        Some(q @ ('"' | '\'')) => Some(q),
        Some('[') => Some(']'),
        Some('{') => Some('}'),
        _ => None,
    };
    if let Some(c) = close
        && let Some(i) = rest[1..].find(c)
    {
        return start + 1 + i + c.len_utf8();
    }
    rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}'))
        .map_or(src.len(), |n| start + n)
}

/// Renders one diagnostic; `color` only when writing to a terminal.
pub fn render(d: &Diagnostic, root: &Path, color: bool) -> String {
    use crate::msg::catalog::cli as m;
    let level = match d.severity {
        Severity::Error => Level::ERROR.with_name(m::LABEL_ERROR.text()),
        Severity::Warning => Level::WARNING.with_name(m::LABEL_WARNING.text()),
    };
    let title = if d.line == 0 {
        format!("{}: {}", d.file.display(), d.message)
    } else {
        format!(
            "{}:{}:{}: {}",
            d.file.display(),
            d.line,
            d.column,
            d.message
        )
    };
    let source = if d.line > 0 {
        source_line(root, &d.file, d.line)
    } else {
        None
    };
    let mut group = Group::with_title(level.primary_title(&title));
    if let Some(src) = &source {
        // Columns count characters; spans are bytes.
        let start = src
            .char_indices()
            .nth(d.column.saturating_sub(1))
            .map_or(src.len(), |(i, _)| i);
        let end = span_end(src, start)
            .max(start + 1)
            .min(src.len().max(start));
        let snippet = Snippet::source(src.as_str())
            .line_start(d.line)
            .annotation(AnnotationKind::Primary.span(start..end.max(start)));
        group = group.element(snippet);
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    if source.is_none() {
        // No line to show (a whole-file problem): a frame would be empty.
        let mut text = renderer.render(&[group]);
        if let Some(help) = &d.help {
            text.push_str(&format!("\n  {}: {help}", m::LABEL_HELP.text()));
        }
        return text;
    }
    let mut report = vec![group];
    if let Some(help) = &d.help {
        report.push(Group::with_title(
            Level::HELP
                .with_name(m::LABEL_HELP.text())
                .secondary_title(help),
        ));
    }
    renderer.render(&report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg::catalog::cli as m;
    use std::path::PathBuf;

    #[test]
    fn frame_marks_the_column() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "thu_tuc:\n  - ma: \"1.0\"\n").unwrap();
        let d = Diagnostic::error(
            &PathBuf::from("a.yaml"),
            2,
            9,
            "mã thủ tục `1.0` is not a national procedure code",
        )
        .help("write it as 1.001193");
        let text = render(&d, dir.path(), false);
        let (error, help) = (m::LABEL_ERROR.text(), m::LABEL_HELP.text());
        assert!(
            text.starts_with(&format!("{error}: a.yaml:2:9: mã thủ tục")),
            "{text}"
        );
        assert!(text.contains("2 |   - ma: \"1.0\""), "{text}");
        assert!(text.contains("^^^^^"), "{text}");
        assert!(
            text.contains(&format!("{help}: write it as 1.001193")),
            "{text}"
        );
    }
}
