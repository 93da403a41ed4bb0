#!/usr/bin/env bash
# Runs every cargo-fuzz target for a fixed number of iterations (default 10^6, at most
# 30 minutes each) and prints how many inputs each ran, for the README's reliability section.
#
#   scripts/fuzz.sh                 # all targets, 1,000,000 runs each
#   RUNS=100000 scripts/fuzz.sh flv mp4_edit
#
# Needs the nightly toolchain and cargo-fuzz (`rustup toolchain install nightly`,
# `cargo install cargo-fuzz`). Corpora and crash artifacts live in the cache, outside the
# checkout, seeded from fuzz/seeds and tests/fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-1000000}
MAX_TIME=${MAX_TIME:-1800}
CACHE=${LIVEAUDIT_CACHE:-$HOME/.cache/liveaudit}
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$CACHE/fuzz-target}
ALL=(flv mpegts m3u8 hls mp4_edit opus_head findings_json job_json manifest_json)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

seed() { # target -> corpus folder filled with seeds
  local t=$1 dir=$CACHE/fuzz-corpus/$1
  mkdir -p "$dir"
  [ -d "fuzz/seeds/$t" ] && cp -n fuzz/seeds/"$t"/* "$dir"/ 2>/dev/null || true
  case $t in
    flv) cp -n tests/fixtures/media/live/*.flv "$dir"/ ;;
    mpegts) cp -n tests/fixtures/media/live/*.ts "$dir"/ ;;
    m3u8 | hls) for f in tests/fixtures/media/live/hls_*/*.m3u8; do
        cp -n "$f" "$dir/$(basename "$(dirname "$f")").m3u8"; done ;;
  esac
  echo "$dir"
}

# FUZZ_NO_BUILD=1 runs the binaries already built (after a change outside the fuzzed code).
[ -n "${FUZZ_NO_BUILD:-}" ] || (cd fuzz && cargo +nightly fuzz build -O) 2>&1 | tail -1 >&2
bin_dir=$CARGO_TARGET_DIR/$(rustc -vV | sed -n 's/^host: //p')/release
printf '%-14s %12s %9s %10s  %s\n' target runs seconds runs/s result
status=0
for t in "${TARGETS[@]}"; do
  corpus=$(seed "$t")
  artifacts=$CACHE/fuzz-artifacts/$t/
  mkdir -p "$artifacts"
  log=$CACHE/fuzz-logs/$t.log
  mkdir -p "$(dirname "$log")"
  set +e
  # The binary itself, not `cargo fuzz run`: that would rebuild whenever the checkout moved.
  "$bin_dir/$t" "$corpus" -runs="$RUNS" -max_total_time="$MAX_TIME" -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  if [ $rc -eq 0 ] && [ -n "$runs" ]; then
    result=ok
  else
    result="FAILED (rc $rc, see $log, artifacts in $artifacts)"
    status=1
    runs=${runs:-?}; secs=${secs:-?}
  fi
  rate=$([ "$secs" != "?" ] && [ "$secs" -gt 0 ] && echo $((runs / secs)) || echo -)
  printf '%-14s %12s %9s %10s  %s\n' "$t" "$runs" "$secs" "$rate" "$result"
done
exit $status
