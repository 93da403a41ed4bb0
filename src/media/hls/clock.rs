//! Time on an HLS timeline: MPEG-TS timestamps that wrap at 2^33, conversions between time
//! bases, and `EXT-X-PROGRAM-DATE-TIME` values.

use symphonia::core::units::TimeBase;

/// `p` plus the multiple of 2^33 that brings it nearest to `expected` (MPEG-TS PTS wrap).
pub(super) fn nearest_wrap(p: i64, expected: i64) -> i64 {
    const WRAP: i64 = 1 << 33;
    let k = (expected - p + WRAP / 2).div_euclid(WRAP);
    p + k * WRAP
}

/// Converts `ticks` between time bases.
pub(super) fn rescale(ticks: i64, from: TimeBase, to: TimeBase) -> i64 {
    if from == to {
        return ticks;
    }
    let num = i128::from(ticks) * i128::from(from.numer.get()) * i128::from(to.denom.get());
    let den = i128::from(from.denom.get()) * i128::from(to.numer.get());
    num.div_euclid(den)
        .clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Parses an `EXT-X-PROGRAM-DATE-TIME` value (ISO 8601 with an offset or Z).
pub fn parse_date_time(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s)
        .or_else(|_| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_and_dates() {
        assert_eq!(nearest_wrap(100, (1 << 33) + 50), (1 << 33) + 100);
        assert_eq!(nearest_wrap(100, 90), 100);
        assert!(parse_date_time("2026-11-28T20:00:00.000+08:00").is_some());
        assert!(parse_date_time("2026-11-28T12:00:00Z").is_some());
        assert!(parse_date_time("2026-11-28T20:00:00.000+0800").is_some());
        assert!(parse_date_time("yesterday").is_none());
    }
}
