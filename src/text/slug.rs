//! URL slugs: folded Vietnamese ("Đăng ký" → "dang-ky"), other scripts
//! transliterated, everything else a single dash.

use super::fold;

/// Slugs longer than this are shortened (content::limits::SEGMENT_BYTES).
const MAX: usize = 100;

/// The slug of `s`, at most 100 bytes: a longer one is cut at a word and
/// ends with 8 hex digits of a hash of the whole, so two long names that
/// share a beginning keep different slugs, the same in every build.
pub fn slugify(s: &str) -> String {
    let full = slugify_unbounded(s);
    if full.len() <= MAX {
        return full;
    }
    // FNV-1a: tiny, stable across versions and platforms.
    let hash = full.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    });
    let head = &full[..MAX - 10];
    let head = head.rfind('-').map_or(head, |i| &head[..i]);
    format!("{head}-{hash:08x}")
}

/// The slug of `s` at any length (for checking a slug typed by an officer).
pub fn slugify_unbounded(s: &str) -> String {
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
    use super::{slugify, slugify_unbounded};

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

    #[test]
    fn long_slugs_are_shortened_deterministically() {
        let a = "Ban Quản lý các khu công nghiệp tỉnh; Bộ phận Một cửa Sở Xây dựng; Trung tâm Phục vụ hành chính công tỉnh Ninh Bình";
        let b = format!("{a} (cơ sở 2)");
        let (sa, sb) = (slugify(a), slugify(&b));
        assert!(sa.len() <= 100 && sb.len() <= 100, "{sa} {sb}");
        assert_ne!(sa, sb);
        assert_eq!(sa, slugify(a));
        assert!(
            sa.starts_with("ban-quan-ly-cac-khu-cong-nghiep-tinh-bo-phan-mot-cua"),
            "{sa}"
        );
        assert!(slugify_unbounded(a).len() > 100);
    }
}
