#!/usr/bin/env bash
# Peak memory of full audits of long recordings (issue 19: peak RSS ≤ 400 MB for a 1-hour and
# a 4-hour recording with the base model, the 4-hour figure within 10 % of the 1-hour one).
#
#   scripts/measure-rss.sh [HOURS...]      # default: 1 4
#
# The recordings are scripts/soak.sh's: the public corpus sessions looped into continuous
# speech over music, AAC in FLV (needs ffmpeg and ../shared/corpus), built once in the cache.
# Continuous speech is the hard case: every window is full, so the Whisper state's buffers
# reach their largest and the transcript, findings and evidence grow the whole time.
# Each file is audited with evidence on under /usr/bin/time -v; the script prints peak RSS,
# wall time, speed and counts per file, then the longest file's peak over the shortest's.
# Run it alone: a second whisper process on 2 cores slows both ten-fold (memory is unaffected).
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${LIVEAUDIT_CACHE:-$HOME/.cache/liveaudit}
bin="${LIVEAUDIT_BIN:-${CARGO_TARGET_DIR:-target}/release/liveaudit}"
[ -x "$bin" ] || cargo build --release
hours=("$@")
[ ${#hours[@]} -gt 0 ] || hours=(1 4)
scripts/soak.sh build >/dev/null
work="${TMPDIR:-/tmp}/liveaudit-rss"
mkdir -p "$work"
declare -A peak
for h in "${hours[@]}"; do
  flv="$CACHE/soak/long_${h}h.flv"
  [ -s "$flv" ] || { echo "measure-rss: $flv missing (soak.sh builds 1, 4 and 8 hours)" >&2; exit 2; }
  out="$work/out_${h}h"
  rm -rf "$out"
  /usr/bin/time -v "$bin" --quiet audit "$flv" --out "$out" 2> "$out.time" || {
    tail -20 "$out.time"; exit 1; }
  rss_kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$out.time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out.time")
  peak[$h]=$((rss_kb / 1024))
  python3 - "$out" "$wall" "${peak[$h]}" "$h" <<'PY'
import glob, json, sys
out, wall, rss, hours = sys.argv[1:5]
secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
for p in glob.glob(out + "/*/findings.json"):
    d = json.load(open(p, encoding="utf-8"))
    audio = d["input"]["duration_ms"] / 1000
    print(f"{hours} h: peak RSS {rss} MB, wall {secs:.0f} s ({audio / secs:.1f}x real time), "
          f"{len(d['transcript'])} segments, {len(d['findings'])} findings")
PY
done
first=${hours[0]}
last=${hours[${#hours[@]}-1]}
if [ "$first" != "$last" ]; then
  awk -v a="${peak[$first]}" -v b="${peak[$last]}" -v fh="$first" -v lh="$last" \
    'BEGIN { printf "peak RSS %s h / %s h: %.3f\n", lh, fh, b / a }'
fi
