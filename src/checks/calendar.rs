//! Calendar arithmetic for the date checks: proleptic Gregorian, no
//! time zones (news dates are calendar days).

/// A calendar date as precise as the text gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl CalDate {
    /// Parse "2018-06-12", "2016-05" or "2018".
    pub fn from_iso(iso: &str) -> Option<CalDate> {
        let mut parts = iso.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: Option<u8> = match parts.next() {
            Some(m) => Some(m.parse().ok()?),
            None => None,
        };
        let day: Option<u8> = match parts.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        Some(CalDate { year, month, day })
    }

    pub fn is_full(&self) -> bool {
        self.month.is_some() && self.day.is_some()
    }

    /// Days since 1970-01-01, for full dates.
    pub fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The date as a fractional year (mid-period when less precise).
    pub fn as_year(&self) -> f64 {
        let y = self.year as f64;
        match (self.month, self.day) {
            (Some(m), Some(d)) => y + (m as f64 - 1.0) / 12.0 + (d as f64 - 1.0) / 365.25,
            (Some(m), None) => y + (m as f64 - 0.5) / 12.0,
            _ => y + 0.5,
        }
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn is_valid(y: i32, m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Howard Hinnant's days-from-civil algorithm.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = y as i64 - if m <= 2 { 1 } else { 0 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(y: i32, m: u8, d: u8) -> Option<u8> {
    if !is_valid(y, m, d) {
        return None;
    }
    // 1970-01-01 was a Thursday (3).
    Some(((days_from_civil(y, m, d) + 3).rem_euclid(7)) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_weekdays() {
        // Checked against Python's datetime.
        assert_eq!(weekday(2018, 6, 12), Some(1)); // Tuesday
        assert_eq!(weekday(2024, 3, 12), Some(1)); // Tuesday
        assert_eq!(weekday(2023, 7, 19), Some(2)); // Wednesday
        assert_eq!(weekday(2000, 1, 1), Some(5)); // Saturday
        assert_eq!(weekday(2020, 2, 29), Some(5)); // Saturday
        assert_eq!(weekday(2020, 2, 30), None);
    }

    #[test]
    fn validity() {
        assert!(!is_valid(2018, 2, 31));
        assert!(is_valid(2020, 2, 29));
        assert!(!is_valid(2100, 2, 29));
        assert!(is_valid(2000, 2, 29));
        assert!(!is_valid(2018, 13, 1));
    }

    #[test]
    fn parse_iso() {
        assert_eq!(CalDate::from_iso("2016-05"), Some(CalDate { year: 2016, month: Some(5), day: None }));
        assert_eq!(CalDate::from_iso("2018"), Some(CalDate { year: 2018, month: None, day: None }));
        assert_eq!(CalDate::from_iso("x"), None);
    }
}
