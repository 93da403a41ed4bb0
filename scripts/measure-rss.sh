#!/usr/bin/env bash
# Peak memory of a full audit of a long recording (issue 3: a 4-hour FLV must be processed
# without holding it whole; target ≤ 500 MB RSS including the base model).
#   scripts/measure-rss.sh [HOURS] [SPEECH_EVERY_MIN]
# Generates the FLV with scripts/gen-long-flv.py (needs ../shared/corpus), audits it with
# /usr/bin/time -v and prints the peak RSS and wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
hours="${1:-4}"
every="${2:-60}"
work="${TMPDIR:-/tmp}/liveaudit-rss"
mkdir -p "$work"
flv="$work/long_${hours}h.flv"
[ -s "$flv" ] || python3 scripts/gen-long-flv.py "$flv" --hours "$hours" --speech-every "$every"
bin="${LIVEAUDIT_BIN:-target/release/liveaudit}"
[ -x "$bin" ] || cargo build --release
rm -rf "$work/out"
/usr/bin/time -v "$bin" --quiet audit "$flv" --out "$work/out" 2> "$work/time.txt" || {
  tail -20 "$work/time.txt"; exit 1; }
grep -E "Maximum resident set size|Elapsed \(wall clock\)|User time|System time" "$work/time.txt"
rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
echo "peak RSS: $((rss_kb / 1024)) MB for a ${hours}-hour FLV ($(du -m "$flv" | cut -f1) MB file)"
python3 - "$work/out" <<'PY'
import json, sys, glob
for p in glob.glob(sys.argv[1] + "/*/findings.json"):
    d = json.load(open(p, encoding="utf-8"))
    print(f"{p}: duration {d['input']['duration_ms'] / 3.6e6:.2f} h, "
          f"{len(d['transcript'])} segments, {len(d['findings'])} findings")
PY
