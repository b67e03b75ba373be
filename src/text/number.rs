//! Numbers the Vietnamese way: "1.895", "12,5", "93,56%".

/// Groups thousands with dots: 1895 → "1.895".
pub fn format_int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Up to `decimals` places with a decimal comma, trailing zeros dropped:
/// 12.5 → "12,5", 1895.0 → "1.895".
pub fn format_decimal(x: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let int: i64 = int.parse().unwrap_or(0);
    let sign = if x < 0.0 && (int != 0 || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{}", format_int(int))
    } else {
        format!("{sign}{},{frac}", format_int(int))
    }
}

/// A share as a percentage with two decimals: (1565, 1895) → "82,59%".
/// A share as "93,56%"; a share of nothing is unknown, shown "–", never 0.
pub fn format_percent(part: f64, whole: f64) -> String {
    if whole == 0.0 {
        return "–".to_owned();
    }
    let p = part / whole * 100.0;
    let s = format!("{p:.2}").replace('.', ",");
    format!("{s}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_decimal_comma() {
        assert_eq!(format_int(1895), "1.895");
        assert_eq!(format_int(1_000_000), "1.000.000");
        assert_eq!(format_int(999), "999");
        assert_eq!(format_int(-8000), "-8.000");
        assert_eq!(format_decimal(12.5, 2), "12,5");
        assert_eq!(format_decimal(1895.0, 2), "1.895");
        assert_eq!(format_percent(93.56, 100.0), "93,56%");
        assert_eq!(format_percent(1565.0, 1895.0), "82,59%");
    }
}
