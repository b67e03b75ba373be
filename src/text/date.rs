//! Dates as written in content (RFC 3339 or a bare date, Vietnam time by
//! default) and as shown on the portal ("Thứ Ba, 05/10/2021 22:34 (GMT+7)").

use crate::msg::catalog::content as m;
use crate::t;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike};

/// Vietnam has used UTC+7 without daylight saving since 1975.
pub fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("valid offset")
}

/// Years a date in content may have: the Republic's first legal documents
/// to the end of this century. Anything else is a typo, and years of five
/// digits or negative would make feeds and sitemaps invalid.
pub const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;

fn in_range<T: Datelike>(d: T, s: &str) -> Result<T, String> {
    if YEARS.contains(&d.year()) {
        Ok(d)
    } else {
        Err(t!(
            m::DATE_YEAR_RANGE,
            date = s,
            year = d.year(),
            from = YEARS.start(),
            to = YEARS.end()
        ))
    }
}

/// Accepts `2021-10-05T22:34:00+07:00`, `2021-10-05 22:34`, `2021-10-05`
/// (00:00) — a time without an offset is Vietnam time. Returned in +07:00.
pub fn parse_datetime(s: &str) -> Result<DateTime<FixedOffset>, String> {
    in_range(parse_any_datetime(s)?, s.trim())
}

fn parse_any_datetime(s: &str) -> Result<DateTime<FixedOffset>, String> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.with_timezone(&vietnam()));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt) {
            return local(naive);
        }
    }
    if let Ok(dt) = DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S %z") {
        return Ok(dt.with_timezone(&vietnam()));
    }
    let date = parse_date(s)?;
    local(date.and_hms_opt(0, 0, 0).expect("midnight exists"))
}

fn local(naive: NaiveDateTime) -> Result<DateTime<FixedOffset>, String> {
    vietnam()
        .from_local_datetime(&naive)
        .single()
        .ok_or_else(|| t!(m::TIME_MISSING))
}

/// A calendar date, `YYYY-MM-DD`. The error says what is wrong in plain
/// words and, when the date was written day first, gives it back the right
/// way round.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    let d = NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| explain(t))?;
    in_range(d, t)
}

/// Why `t` is not a `YYYY-MM-DD` date, with the corrected date when obvious.
fn explain(t: &str) -> String {
    if day_first(t).is_some() {
        return t!(m::DATE_DAY_FIRST, date = t);
    }
    let parts: Vec<&str> = t.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
    {
        if !(1..=12).contains(&m) {
            return t!(m::DATE_NO_MONTH, date = t, month = m);
        }
        if NaiveDate::from_ymd_opt(y, m, d).is_none() {
            return t!(m::DATE_NO_DAY, date = t, month = m, year = y, day = d);
        }
    }
    t!(m::DATE_NOT_A_DATE, date = t)
}

/// How to write the date `t` the catalog needs: the corrected date when it
/// was written day first, else the format with an example.
pub fn date_fix(t: &str) -> String {
    match day_first(t.trim()) {
        Some(d) => t!(m::DATE_FIX, date = d.format("%Y-%m-%d")),
        None => t!(m::DATE_FIX_GENERIC),
    }
}

/// `15/11/2026`, `15-11-2026` or `15.11.2026` (as Vietnamese write dates).
fn day_first(t: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = t.split(['/', '-', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

const WEEKDAYS: [&str; 7] = [
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ Nhật",
];

/// "Thứ Ba, 05/10/2021 22:34 (GMT+7)"
/// "Thứ Ba, 05/10/2021": a date written without a time.
pub fn format_day(dt: &DateTime<FixedOffset>) -> String {
    format!(
        "{}, {:02}/{:02}/{}",
        WEEKDAYS[dt.weekday().num_days_from_monday() as usize],
        dt.day(),
        dt.month(),
        dt.year()
    )
}

pub fn format_datetime(dt: &DateTime<FixedOffset>) -> String {
    let offset_h = dt.offset().local_minus_utc() / 3600;
    format!(
        "{}, {:02}/{:02}/{} {:02}:{:02} (GMT{:+})",
        WEEKDAYS[dt.weekday().num_days_from_monday() as usize],
        dt.day(),
        dt.month(),
        dt.year(),
        dt.hour(),
        dt.minute(),
        offset_h
    )
}

/// "05/10/2021"
pub fn format_date(d: &NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_vietnamese_portals() {
        let dt = parse_datetime("2021-10-05T22:34:00+07:00").unwrap();
        assert_eq!(format_datetime(&dt), "Thứ Ba, 05/10/2021 22:34 (GMT+7)");
        let utc = parse_datetime("2021-10-05T15:34:00Z").unwrap();
        assert_eq!(format_datetime(&utc), "Thứ Ba, 05/10/2021 22:34 (GMT+7)");
        let sunday = parse_datetime("2026-11-22").unwrap();
        assert_eq!(
            format_datetime(&sunday),
            "Chủ Nhật, 22/11/2026 00:00 (GMT+7)"
        );
        assert_eq!(
            format_date(&parse_date("2025-07-01").unwrap()),
            "01/07/2025"
        );
    }

    #[test]
    // Unit tests run in the default language, Vietnamese.
    fn errors_say_what_is_wrong_and_give_the_date_back() {
        assert_eq!(
            parse_date("15/11/2026").unwrap_err(),
            "\"15/11/2026\" viết ngày trước"
        );
        assert_eq!(
            date_fix("15/11/2026"),
            "viết theo thứ tự năm-tháng-ngày: 2026-11-15"
        );
        assert_eq!(
            parse_date("2025-13-40").unwrap_err(),
            "\"2025-13-40\" không phải ngày: không có tháng 13"
        );
        assert_eq!(
            parse_date("2025-02-30").unwrap_err(),
            "\"2025-02-30\" không phải ngày: tháng 2 năm 2025 không có ngày 30"
        );
        assert_eq!(
            parse_date("hôm qua").unwrap_err(),
            "\"hôm qua\" không phải ngày"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(parse_datetime("2025-02-30").is_err());
        assert!(parse_datetime("05/10/2021").is_err());
    }

    #[test]
    fn years_outside_1945_2100_are_refused() {
        for bad in [
            "+99999-01-01",
            "-0001-01-01",
            "1900-01-01",
            "2101-01-01",
            "20250-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
            assert!(parse_datetime(bad).is_err(), "{bad}");
        }
        assert!(parse_datetime("+99999-01-01T00:00:00+07:00").is_err());
        assert!(parse_date("1945-09-02").is_ok());
        assert!(parse_date("2100-12-31").is_ok());
    }
}
