#!/usr/bin/env bash
# Runs every audit path over the same recordings so changes to the audit core can be checked
# for equal findings: the sequential CLI (`audit --parallel 1`), the batch scheduler
# (`audit --parallel 2`) and a queue worker job (sqlite queue, file sink), plus an HLS
# playlist carrying EXT-X-PROGRAM-DATE-TIME through `audit` and through a job, whose findings
# must get the same wall-clock times.
#
#   scripts/core-equivalence.sh run OUT_DIR           # writes OUT_DIR/{seq,par2,job,hls}/…
#   scripts/core-equivalence.sh compare BEFORE AFTER  # same findings per path (engine aside)
#   scripts/core-equivalence.sh hls OUT_DIR           # audit vs job wall-clock times on HLS
#
# Uses ../shared/corpus/livestream (the public corpus) and the release binary; takes a few
# minutes on 2 cores. Run it alone: whisper processes side by side slow each other down.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${LIVEAUDIT_BIN:-${CARGO_TARGET_DIR:-target}/release/liveaudit}"
corpus=../shared/corpus/livestream

run() {
  local out="$1"
  [ -d "$corpus" ] || { echo "$corpus not found: this check needs the public corpus" >&2; exit 2; }
  mkdir -p "$out"
  out="$(cd "$out" && pwd)"
  local recs=("$corpus"/pub0{1,2,3,4,5,6}_* "$corpus"/pub07_milk_hls/index.m3u8 "$corpus"/pub08_*)
  local inputs=()
  for r in "${recs[@]}"; do case "$r" in *.truth.json) ;; *) inputs+=("$r") ;; esac; done
  "$bin" audit -q --parallel 1 --no-evidence --out "$out/seq" "${inputs[@]}"
  "$bin" audit -q --parallel 2 --no-evidence --out "$out/par2" "${inputs[@]}"
  local q="sqlite://$out/queue.db"
  for r in "${inputs[@]}"; do
    local name
    name="$(basename "$r")"; name="${name%%.*}"
    [ "$name" = index ] && name=pub07_milk_hls
    "$bin" enqueue -q --queue "$q" --job-id "$name" "$(realpath "$r")"
  done
  "$bin" worker -q --queue "$q" --out "$out/job" --exit-when-empty --listen off --source-root "$(realpath "$corpus")"
  hls "$out"
}

# A copy of pub07's playlist with a program date and a discontinuity (the second half of the
# recording an hour later), audited by the CLI and by a job.
hls() {
  local out
  out="$(cd "$1" && pwd)"
  local dir="$out/room_hls"
  mkdir -p "$dir"
  cp "$corpus"/pub07_milk_hls/seg*.ts "$dir/"
  python3 - "$corpus/pub07_milk_hls/index.m3u8" "$dir/index.m3u8" <<'EOF'
import sys
lines = open(sys.argv[1]).read().splitlines()
out, seen = [], 0
for l in lines:
    if l.startswith("#EXTINF"):
        if seen == 0:
            out.append("#EXT-X-PROGRAM-DATE-TIME:2026-03-01T20:00:00.000+08:00")
        if seen == 2:
            out.append("#EXT-X-DISCONTINUITY")
            out.append("#EXT-X-PROGRAM-DATE-TIME:2026-03-01T21:00:00.000+08:00")
        seen += 1
    out.append(l)
open(sys.argv[2], "w").write("\n".join(out) + "\n")
EOF
  "$bin" audit -q --no-evidence --out "$out/hls/audit" "$dir/index.m3u8"
  local q="sqlite://$out/hls-queue.db"
  "$bin" enqueue -q --queue "$q" --job-id room "$dir/index.m3u8"
  "$bin" worker -q --queue "$q" --out "$out/hls/job" --exit-when-empty --listen off --source-root "$out"
  python3 - "$out/hls/audit/room/findings.json" "$out/hls/job/room/findings.json" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
ta = [(f["id"], f.get("wall_clock")) for f in a["findings"]]
tb = [(f["id"], f.get("wall_clock")) for f in b["findings"]]
print(f"hls: audit started_at {a['input'].get('started_at')}, job {b['input'].get('started_at')}")
for x, y in zip(ta, tb):
    print(f"  {x[0]}: audit {x[1]}  job {y[1]}")
same = ta == tb and a["input"].get("started_at") == b["input"].get("started_at")
print("hls: same wall-clock times" if same else "hls: DIFFERENT wall-clock times")
sys.exit(0 if same else 1)
EOF
}

compare() {
  python3 - "$1" "$2" <<'EOF'
import json, os, sys
before, after = sys.argv[1:3]
bad = 0
for path in ("seq", "par2", "job"):
    root = os.path.join(before, path)
    names = sorted(os.listdir(root)) if os.path.isdir(root) else []
    for name in names:
        docs = []
        for side in (before, after):
            p = os.path.join(side, path, name, "findings.json")
            if not os.path.exists(p):
                docs.append(None)
                continue
            d = json.load(open(p))
            d.pop("engine", None)
            docs.append(json.dumps(d, sort_keys=True, ensure_ascii=False))
        same = docs[0] == docs[1] and docs[0] is not None
        bad += not same
        n = len(json.loads(docs[0])["findings"]) if docs[0] else "?"
        print(f"{path:5} {name:24} {'same' if same else 'DIFFERENT'} ({n} findings)")
print("all paths byte-equal (engine fields aside)" if not bad else f"{bad} document(s) differ")
sys.exit(1 if bad else 0)
EOF
}

case "${1:-}" in
  run) run "$2" ;;
  compare) compare "$2" "$3" ;;
  hls) hls "$2" ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
