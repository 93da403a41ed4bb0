#!/usr/bin/env bash
# How many live rooms one machine follows, and how late their findings come.
#
#   scripts/follow-bench.sh [--flv] [--loop K] [--parallel P] [--threads T] [--max-window S] RECORDING...
#
# Starts one live simulator (scripts/live-sim.py: 6 s segments, a window of 5, published in
# real time) per recording, follows them all with ONE `liveaudit audit --follow` process
# (HLS, or HTTP-FLV with --flv), and prints for each room and for all of them the latency of
# every finding from the moment the words that end it were published to the moment liveaudit
# printed it (p50, p95, max), the lag warnings liveaudit logged, and the rooms' audio against
# wall time. Run it alone: another whisper process on the same cores slows both ten-fold.
#
# Needs: a release build (cargo build --release), the model (scripts/fetch-models.sh),
# python3 and ffmpeg. Example (8 rooms, each recording played twice):
#   scripts/follow-bench.sh --loop 2 ../shared/corpus/livestream/pub0[1-8]*.{flv,ts,m4a,mp3,ogg,wav,flac}
set -euo pipefail
cd "$(dirname "$0")/.."

flv=0
loop=1
parallel=""
threads=""
window=""
recs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --flv) flv=1 ;;
    --loop) loop="$2"; shift ;;
    --parallel) parallel="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --max-window) window="$2"; shift ;;
    *) recs+=("$1") ;;
  esac
  shift
done
[ "${#recs[@]}" -gt 0 ] || { sed -n '2,16p' "$0"; exit 2; }

bin="${CARGO_TARGET_DIR:-target}/release/liveaudit"
[ -x "$bin" ] || { echo "no release build at $bin (cargo build --release)" >&2; exit 1; }
work="$(mktemp -d)"
sims=()
cleanup() { for p in "${sims[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

urls=()
for i in "${!recs[@]}"; do
  log="$work/room$i.publish.jsonl"
  python3 scripts/live-sim.py "${recs[$i]}" --loop "$loop" --from-start \
    --publish-log "$log" >"$work/room$i.sim" 2>/dev/null &
  sims+=("$!")
done
for i in "${!recs[@]}"; do
  until [ -s "$work/room$i.sim" ]; do sleep 0.2; done
  if [ "$flv" = 1 ]; then
    urls+=("$(awk '{print $3}' "$work/room$i.sim")")
  else
    urls+=("$(awk '{print $2}' "$work/room$i.sim")")
  fi
done

args=(audit --follow --idle 20s --allow-private-sources --no-evidence --out "$work/out")
[ -n "$parallel" ] && args+=(--parallel "$parallel")
[ -n "$threads" ] && args+=(--threads "$threads")
[ -n "$window" ] && args+=(--max-window "$window")
t0=$(date +%s.%N)
LIVEAUDIT_LOG="${LIVEAUDIT_LOG:-warn}" "$bin" "${args[@]}" "${urls[@]}" \
  >"$work/findings.jsonl" 2>"$work/liveaudit.err" || true
t1=$(date +%s.%N)

echo "rooms ${#recs[@]}  transport $([ $flv = 1 ] && echo http-flv || echo hls)  max window ${window:-24} s  wall $(echo "$t1 - $t0" | bc) s"
grep -h "throughput:" "$work/liveaudit.err" || true
all="$work/all.txt"
: >"$all"
for i in "${!recs[@]}"; do
  # Room i's output name: the one whose findings came from its simulator's port.
  port=$(sed -E 's#.*127\.0\.0\.1:([0-9]+)/.*#\1#' "$work/room$i.sim")
  name=$(python3 -c "
import json,sys
for l in open(sys.argv[1]):
    if l.startswith('{'):
        e=json.loads(l)
        if ':$port/' in e['input']:
            print(e['recording']); break
" "$work/findings.jsonl")
  [ -n "$name" ] || { echo "room $i ($(basename "${recs[$i]}")): no findings"; continue; }
  extra=()
  [ "$flv" = 1 ] && extra+=(--flv)
  line=$(python3 scripts/follow_latency.py "$work/room$i.publish.jsonl" "$work/findings.jsonl" \
    --recording "$name" --quiet "${extra[@]}")
  echo "room $i ($(basename "${recs[$i]}")): $line"
  python3 scripts/follow_latency.py "$work/room$i.publish.jsonl" "$work/findings.jsonl" \
    --recording "$name" "${extra[@]}" | grep latency | awk '{print $7}' >>"$all"
done
python3 - "$all" <<'EOF'
import sys
xs = sorted(float(l) for l in open(sys.argv[1]) if l.strip())
if xs:
    p = lambda q: xs[min(len(xs) - 1, round(q / 100 * (len(xs) - 1)))]
    print(f"all rooms: findings {len(xs)}  p50 {p(50):.1f} s  p95 {p(95):.1f} s  max {xs[-1]:.1f} s")
EOF
echo "lag warnings: $(grep -c 'falling behind' "$work/liveaudit.err" || true)"
grep -h "falling behind" "$work/liveaudit.err" | tail -3 || true
echo "outputs in $work"
trap - EXIT
cleanup
