//! Reading one national-portal record (DESIGN §2.9) without trusting its
//! shape: every field may be missing, null, empty or of another type in
//! records from other decisions and ministries, so values are read
//! through accessors that answer `None` rather than failing the record.

use serde_json::Value;

use crate::text;

/// Text as an officer should see it: NFC, no invisible marks, no
/// non-breaking spaces or tabs, lines trimmed, runs of spaces and blank
/// lines collapsed. Empty text is absent.
pub fn tidy(s: &str) -> Option<String> {
    let cleaned = text::clean::clean(&s.replace("\r\n", "\n").replace('\r', "\n")).text;
    let mut lines: Vec<String> = Vec::new();
    for line in cleaned.split('\n') {
        let line = line
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let out = lines.join("\n");
    (!out.is_empty()).then_some(out)
}

/// A name: one line, without the trailing punctuation that portal
/// entries often carry ("Văn phòng đăng ký đất đai." → "… đất đai").
pub fn name(s: &str) -> Option<String> {
    let t = tidy(s)?.replace('\n', " ");
    let t = t
        .trim_end_matches(['.', ',', ';', ':', ' '])
        .trim_start_matches(['-', '+', ' ']);
    (!t.is_empty()).then(|| t.to_owned())
}

/// `v[key]` as text, tidied.
pub fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(tidy)
}

/// `v[key]` as a name.
pub fn name_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(name)
}

/// `v[key]` as a list (absent or not a list: empty).
pub fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// `v[key]` as true; anything else is false.
pub fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool) == Some(true)
}

/// `v[key]` as a non-negative number, also when written as text: "7",
/// "12,5", and amounts grouped the Vietnamese way ("25.000", "1.500.000")
/// or the English way ("1,500,000").
pub fn number(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::Number(n) => n.as_f64().filter(|x| x.is_finite() && *x >= 0.0),
        Value::String(s) => parse_number(s.trim()),
        _ => None,
    }
}

fn grouped(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.bytes().all(|c| c.is_ascii_digit())
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.bytes().all(|c| c.is_ascii_digit()))
}

fn parse_number(s: &str) -> Option<f64> {
    let plain = if grouped(s, '.') {
        s.replace('.', "")
    } else if grouped(s, ',') {
        s.replace(',', "")
    } else {
        s.replace(',', ".")
    };
    plain
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && *x >= 0.0)
}

/// The names of a list of `{name, …}` objects, tidied, without repeats.
pub fn names(v: &Value, key: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in list(v, key) {
        if let Some(n) = name_of(item, "name")
            && !out.contains(&n)
        {
            out.push(n);
        }
    }
    out
}

/// A date given in milliseconds since 1970, read in Vietnam time (the
/// portal stores midnight GMT+7 as 17:00 UTC of the day before).
pub fn date_ms(v: &Value, key: &str) -> Option<chrono::NaiveDate> {
    let vn = chrono::FixedOffset::east_opt(7 * 3600)?;
    let ms = match v.get(key)? {
        Value::Number(n) => n.as_i64()?,
        // Also as text: milliseconds, or a date written out.
        Value::String(s) => {
            let s = s.trim();
            match s.parse::<i64>() {
                Ok(ms) => ms,
                Err(_) => {
                    let day = s.get(..10).unwrap_or(s);
                    return chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                        .or_else(|_| chrono::NaiveDate::parse_from_str(s, "%d/%m/%Y"))
                        .ok();
                }
            }
        }
        _ => return None,
    };
    chrono::DateTime::from_timestamp_millis(ms).map(|t| t.with_timezone(&vn).date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tidy_cleans_portal_text() {
        assert_eq!(
            tidy(" Bước\u{a0}1:\tnộp  hồ sơ \r\n\r\n\r\n- kiểm tra \n\n").as_deref(),
            Some("Bước 1: nộp hồ sơ\n\n- kiểm tra")
        );
        assert_eq!(tidy(" \u{a0}\n "), None);
        assert_eq!(
            name("Văn phòng đăng ký đất đai. ").as_deref(),
            Some("Văn phòng đăng ký đất đai")
        );
        // Decomposed input becomes NFC.
        assert_eq!(tidy("Ho\u{302}\u{323}").as_deref(), Some("Hộ"));
    }

    #[test]
    fn accessors_answer_none_for_odd_shapes() {
        let v = json!({"a": null, "b": "7", "c": 2.5, "d": "x", "e": -1, "l": "no",
            "vn": "25.000", "en": "1,500,000", "dec": "12,5"});
        assert_eq!(text(&v, "a"), None);
        assert_eq!(number(&v, "b"), Some(7.0));
        assert_eq!(number(&v, "vn"), Some(25000.0));
        assert_eq!(number(&v, "en"), Some(1_500_000.0));
        assert_eq!(number(&v, "dec"), Some(12.5));
        assert_eq!(number(&v, "c"), Some(2.5));
        assert_eq!(number(&v, "d"), None);
        assert_eq!(number(&v, "e"), None);
        assert!(list(&v, "l").is_empty());
        assert!(!flag(&v, "a"));
    }

    #[test]
    fn decision_dates_are_vietnam_days() {
        // 2026-07-12T17:00:00Z is midnight of 13/7/2026 in Hà Nội (the
        // decision 2670/QĐ-UBND of Hải Phòng).
        let v = json!({"d": 1783875600000i64, "s": "1783875600000", "iso": "2026-07-13", "vn": "13/07/2026"});
        for key in ["d", "s", "iso", "vn"] {
            assert_eq!(
                date_ms(&v, key),
                chrono::NaiveDate::from_ymd_opt(2026, 7, 13),
                "{key}"
            );
        }
    }
}
