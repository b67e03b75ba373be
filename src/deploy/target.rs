//! `s3://BUCKET[/PREFIX]`, checked before anything is read or sent.

use crate::msg::catalog::deploy as m;
use crate::t;

/// Where a site goes: a bucket, and a folder in it (empty for its root,
/// else ending in `/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub bucket: String,
    pub prefix: String,
}

impl Target {
    /// The object key of a site file.
    pub fn key(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The object's address, as a plan prints it.
    pub fn url(&self, path: &str) -> String {
        format!("s3://{}/{}", self.bucket, self.key(path))
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.prefix)
    }
}

/// Parses a target; the error says what is wrong with it.
pub fn parse(text: &str) -> Result<Target, String> {
    let bad = |why: String| t!(m::TARGET_BAD, target = text, why = why);
    let rest = text
        .strip_prefix("s3://")
        .ok_or_else(|| bad(m::TARGET_NOT_S3.text().to_owned()))?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    // S3's rules for new buckets: 3–63 of a-z 0-9 . -, starting and ending
    // with a letter or digit.
    let ok = (3..=63).contains(&bucket.len())
        && bucket
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && bucket.as_bytes()[0].is_ascii_alphanumeric()
        && bucket.as_bytes()[bucket.len() - 1].is_ascii_alphanumeric()
        && !bucket.contains("..");
    if !ok {
        return Err(bad(m::TARGET_BUCKET.text().to_owned()));
    }
    let parts: Vec<&str> = prefix.split('/').filter(|p| !p.is_empty()).collect();
    if parts
        .iter()
        .any(|p| *p == "." || *p == ".." || p.contains('\\') || p.chars().any(char::is_control))
    {
        return Err(bad(m::TARGET_PREFIX.text().to_owned()));
    }
    let prefix = parts.iter().map(|p| format!("{p}/")).collect();
    Ok(Target {
        bucket: bucket.to_owned(),
        prefix,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_and_prefixes() {
        let t = parse("s3://cong-tt.ninhbinh/site//ban-moi/").unwrap();
        assert_eq!(t.bucket, "cong-tt.ninhbinh");
        assert_eq!(t.prefix, "site/ban-moi/");
        assert_eq!(t.key("index.html"), "site/ban-moi/index.html");
        assert_eq!(parse("s3://cong").unwrap().prefix, "");
        for bad in [
            "cong",
            "s3://",
            "s3://Cong",
            "s3://ab",
            "s3://-cong",
            "s3://cong/../x",
            "s3://cong/a/./b",
            "s3://co_ng",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
