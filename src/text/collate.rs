//! Vietnamese collation (ICU `vi`): "Đ" after "D", "ư" after "u",
//! unlike byte order.

use std::sync::OnceLock;

use icu_collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu_locale_core::locale;

fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        Collator::try_new(locale!("vi").into(), CollatorOptions::default())
            .expect("the vi collation is compiled into the binary")
    })
}

/// A byte key whose order is Vietnamese collation order; compute once per
/// string and sort by it.
pub fn sort_key(s: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(s.len() * 2);
    let Ok(()) = collator().write_sort_key_to(s, &mut key);
    key
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    #[test]
    fn vietnamese_order() {
        let mut words = vec![
            "Đăng ký",
            "Xác nhận",
            "Chứng thực",
            "Dân tộc",
            "Ủy quyền",
            "Uống",
            "Ấn định",
            "An ninh",
            "Ăn uống",
        ];
        words.sort_by_cached_key(|w| sort_key(w));
        assert_eq!(
            words,
            [
                "An ninh",
                "Ăn uống",
                "Ấn định",
                "Chứng thực",
                "Dân tộc",
                "Đăng ký",
                "Uống",
                "Ủy quyền",
                "Xác nhận"
            ]
        );
    }
}
