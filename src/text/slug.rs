//! URL slugs: folded Vietnamese ("Đăng ký" → "dang-ky"), other scripts
//! transliterated, everything else a single dash.

use super::fold;

pub fn slugify(s: &str) -> String {
    let folded = deunicode::deunicode(&fold(s)).to_lowercase();
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn vietnamese_slugs() {
        assert_eq!(
            slugify("Hà Giang đẩy mạnh cải cách hành chính"),
            "ha-giang-day-manh-cai-cach-hanh-chinh"
        );
        assert_eq!(slugify("Đường Điện Biên Phủ"), "duong-dien-bien-phu");
        assert_eq!(slugify("  1234/QĐ-UBND  "), "1234-qd-ubnd");
        assert_eq!(slugify("<b>Tin</b> «mới»!"), "b-tin-b-moi");
        assert_eq!(slugify("---"), "");
    }
}
