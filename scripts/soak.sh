#!/usr/bin/env bash
# Long recordings as a monitoring centre has them (issue 22), built from the public corpus;
# no file is kept in the repository.
#
#   scripts/soak.sh build            # 1-, 4- and 8-hour AAC/FLV files in the cache
#   scripts/soak.sh run 4            # audit the 4-hour one: wall time, speed, peak RSS, findings
#   scripts/soak.sh resume [HOURS]   # kill -9 an audit at half, `audit --resume`, compare with
#                                    # an uninterrupted run: byte-equal findings? time share?
#
# The 1-hour file is the corpus sessions (pub01-06, pub08) one after another, looped to an hour
# and encoded once as AAC in FLV; the 4- and 8-hour files are that hour looped with
# `ffmpeg -stream_loop N -c copy`, as the issue built them. Needs ffmpeg and ../shared/corpus.
# Run it alone: a second whisper process on 2 cores slows both ten-fold.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${LIVEAUDIT_CACHE:-$HOME/.cache/liveaudit}
work=$CACHE/soak
bin=${LIVEAUDIT_BIN:-${CARGO_TARGET_DIR:-target}/release/liveaudit}
corpus=../shared/corpus/livestream
mkdir -p "$work"

build() {
  [ -d "$corpus" ] || { echo "$corpus not found: the soak files are built from the public corpus" >&2; exit 2; }
  command -v ffmpeg >/dev/null || { echo "ffmpeg is needed (apt-get install ffmpeg)" >&2; exit 2; }
  if [ ! -s "$work/long_1h.flv" ]; then
    local ins=() maps=""
    local i=0
    for f in "$corpus"/pub0{1,2,3,4,5,6}_*.{flv,ts,m4a,mp3,ogg,wav} "$corpus"/pub08_*.flac; do
      [ -f "$f" ] || continue
      ins+=(-i "$f")
      maps+="[$i:a]aresample=44100,aformat=channel_layouts=stereo[a$i];"
      i=$((i + 1))
    done
    local cat=""
    for j in $(seq 0 $((i - 1))); do cat+="[a$j]"; done
    ffmpeg -loglevel error -y "${ins[@]}" -filter_complex "${maps}${cat}concat=n=$i:v=0:a=1[out]" \
      -map "[out]" "$work/corpus.wav"
    ffmpeg -loglevel error -y -stream_loop -1 -i "$work/corpus.wav" -t 3600 -c:a aac -b:a 96k \
      "$work/long_1h.flv"
  fi
  local h
  for h in 4 8; do
    [ -s "$work/long_${h}h.flv" ] ||
      ffmpeg -loglevel error -y -stream_loop $((h - 1)) -i "$work/long_1h.flv" -c copy "$work/long_${h}h.flv"
  done
  ls -la "$work"/long_*.flv
}

# audit FILE OUT [extra args]: /usr/bin/time -v, stderr to OUT.time
audit() {
  local flv=$1 out=$2; shift 2
  /usr/bin/time -v "$bin" --quiet audit "$flv" --out "$out" --no-evidence "$@" 2> "$out.time"
}

summary() { # OUT.time OUT
  local t=$1 out=$2
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$t")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$t")
  python3 - "$out" "$wall" "$rss" <<'PY'
import glob, json, sys
out, wall, rss = sys.argv[1], sys.argv[2], sys.argv[3]
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
for p in glob.glob(out + "/*/findings.json"):
    d = json.load(open(p, encoding="utf-8"))
    audio = d["input"]["duration_ms"] / 1000
    print(f"{p}: {audio / 3600:.2f} h of audio, wall {secs:.0f} s, {audio / secs:.1f}x real time, "
          f"peak RSS {rss} MB, {len(d['transcript'])} segments, {len(d['findings'])} findings")
PY
}

run() {
  local h=${1:-4}
  build >/dev/null
  rm -rf "$work/out_${h}h"
  audit "$work/long_${h}h.flv" "$work/out_${h}h" || { tail -20 "$work/out_${h}h.time"; exit 1; }
  summary "$work/out_${h}h.time" "$work/out_${h}h"
}

resume() {
  local h=${1:-1}
  build >/dev/null
  local flv=$work/long_${h}h.flv full=$work/resume_full_${h}h part=$work/resume_part_${h}h
  rm -rf "$full" "$part" "$full.journal.jsonl"
  echo "uninterrupted run..."
  local t0 full_s half
  t0=$(date +%s.%N)
  audit "$flv" "$full"
  full_s=$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$(date +%s.%N)" "$t0")
  half=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / 2:.1f}')" "$full_s")
  echo "killed run: kill -9 at half the uninterrupted wall time ($half s)..."
  "$bin" --quiet audit "$flv" --out "$part" --no-evidence 2> "$part.err" &
  local pid=$!
  sleep "$half"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  local name
  name=$(basename "$flv" .flv)
  echo "journal holds $(grep -c '"window"' "$part/$name.journal.jsonl") windows"
  t0=$(date +%s.%N)
  audit "$flv" "$part" --resume
  local resumed_s
  resumed_s=$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$(date +%s.%N)" "$t0")
  python3 - "$full/$name/findings.json" "$part/$name/findings.json" "$full_s" "$resumed_s" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
for d in (a, b):
    d.pop("engine", None)
same = json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
full, resumed = float(sys.argv[3]), float(sys.argv[4])
print(f"uninterrupted {full:.0f} s, resumed {resumed:.0f} s ({100 * resumed / full:.0f} % of it); "
      f"findings.json {'byte-equal (engine aside)' if same else 'DIFFERENT'}: "
      f"{len(a['findings'])} findings, {len(a['transcript'])} segments")
sys.exit(0 if same else 1)
PY
}

case "${1:-}" in
  build) build ;;
  run) run "${2:-4}" ;;
  resume) resume "${2:-1}" ;;
  *) sed -n 2,12p "$0"; exit 2 ;;
esac
