//! Value parsers for flags: times and lengths on a recording, durations of waits. A leaf
//! module, so `args` (which names them in clap attributes) and the commands can both use it.

use std::time::Duration;

/// Parses a time on the recording: `HH:MM:SS[.mmm]`, `MM:SS[.mmm]` or seconds.
pub fn parse_time(s: &str) -> Result<u64, String> {
    let bad = || format!("{s:?} is not a time (expected HH:MM:SS[.mmm], MM:SS or seconds)");
    let parts: Vec<&str> = s.trim().split(':').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return Err(bad());
    }
    let mut ms = 0f64;
    for (i, p) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let v: f64 = if last {
            p.parse().map_err(|_| bad())?
        } else {
            p.parse::<u64>().map_err(|_| bad())? as f64
        };
        if !v.is_finite() || v < 0.0 || (i > 0 && v >= 60.0) {
            return Err(bad());
        }
        ms = ms * 60.0 + v;
    }
    Ok((ms * 1000.0).round() as u64)
}

/// Parses a length: `20s`, `1.5s`, `500ms`, `2m`, `1m30s`, `1h`, or a time as [`parse_time`].
pub fn parse_span(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let bad = || format!("{s:?} is not a length (e.g. 20s, 1m30s, 500ms, 00:00:20)");
    if t.contains(':') || t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return parse_time(t).map_err(|_| bad());
    }
    let mut total = 0f64;
    let mut num = String::new();
    let mut chars = t.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let v: f64 = num.parse().map_err(|_| bad())?;
        num.clear();
        let unit = match c {
            'h' => 3_600_000.0,
            'm' if chars.peek() == Some(&'s') => {
                chars.next();
                1.0
            }
            'm' => 60_000.0,
            's' => 1000.0,
            _ => return Err(bad()),
        };
        total += v * unit;
        any = true;
    }
    if !num.is_empty() || !any || total <= 0.0 {
        return Err(bad());
    }
    Ok(total.round() as u64)
}

/// Parses `500ms`, `30s`, `5m`, `1h` or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 30s, 500ms, 5m)"))?;
    let secs = match unit {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("{s:?}: unknown unit {unit:?} (ms, s, m, h)")),
    };
    if !(0.0..=7.0 * 86400.0).contains(&secs) {
        return Err(format!("{s:?} is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_spans_parse() {
        assert_eq!(parse_time("00:12:31"), Ok(751_000));
        assert_eq!(parse_time("12:31.5"), Ok(751_500));
        assert_eq!(parse_time("17.9"), Ok(17_900));
        assert!(parse_time("1:75").is_err());
        assert!(parse_time("abc").is_err());
        assert!(parse_time("1::2").is_err());
        assert_eq!(parse_span("20s"), Ok(20_000));
        assert_eq!(parse_span("1m30s"), Ok(90_000));
        assert_eq!(parse_span("500ms"), Ok(500));
        assert_eq!(parse_span("00:00:20"), Ok(20_000));
        assert_eq!(parse_span("1.5s"), Ok(1_500));
        assert!(parse_span("20x").is_err());
        assert!(parse_span("0s").is_err());
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("5 parsecs").is_err());
        assert!(parse_duration("-1s").is_err());
    }
}
