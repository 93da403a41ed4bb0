#!/usr/bin/env python3
"""Latency of `liveaudit audit --follow` findings against a live simulator's publish log.

A finding's latency runs from the moment the words that end it were published (HLS: the
segment holding its end_ms appeared in the playlist; HTTP-FLV with --from-start: the tag at
end_ms was sent, i.e. clock start + end_ms / speed) to the moment liveaudit printed it.

    follow_latency.py PUBLISH_LOG FINDINGS_JSONL [--speed S] [--offset-ms MS] [--flv]

FINDINGS_JSONL is what `audit --follow` printed on stdout (one JSON line per finding; lines
of several rooms may be mixed: `--recording NAME` keeps one). `--offset-ms` is the media time
of the first segment the follower read (0 when it joined at the start). Prints one line per
finding and then count, p50, p95 and max in seconds.
"""

import argparse
import datetime as dt
import json
import sys


def parse_time(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("publish_log")
    ap.add_argument("findings")
    ap.add_argument("--speed", type=float, default=1.0)
    ap.add_argument("--offset-ms", type=float, default=0.0)
    ap.add_argument("--flv", action="store_true", help="published by tag time, not by segment")
    ap.add_argument("--recording", help="only findings of this recording (output name)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()

    segs = [json.loads(l) for l in open(a.publish_log) if l.strip()]
    if not segs:
        sys.exit("empty publish log")
    start = min(s["published_at"] - s["media_end"] / a.speed for s in segs)
    lat = []
    for line in open(a.findings):
        line = line.strip()
        if not line.startswith("{"):
            continue
        ev = json.loads(line)
        if ev.get("event") != "finding":
            continue
        if a.recording and ev.get("recording") != a.recording:
            continue
        f = ev["finding"]
        t = (f["end_ms"] + a.offset_ms) / 1000.0
        if a.flv:
            published = start + t / a.speed
        else:
            holding = [s for s in segs if s["media_start"] <= t < s["media_end"] + 1e-6]
            if not holding:
                holding = [max(segs, key=lambda s: s["media_end"])]
            published = holding[0]["published_at"]
        latency = parse_time(ev["emitted_at"]) - published
        lat.append(latency)
        if not a.quiet:
            print(f'{ev.get("recording", "")} {f["id"]} end {t:7.1f} s  latency {latency:6.1f} s  「{f["quote"]}」')
    print(
        f"findings {len(lat)}  p50 {percentile(lat, 50):.1f} s  p95 {percentile(lat, 95):.1f} s  "
        f"max {max(lat) if lat else float('nan'):.1f} s"
    )


if __name__ == "__main__":
    main()
