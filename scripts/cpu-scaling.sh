#!/usr/bin/env bash
# How audit throughput scales with cores: audits the same recordings once per layout of
# whisper states × threads per state (one loaded model), prints each run's `throughput:` line
# (audio s, wall s, real-time factor) and whether every layout gave the same transcripts and
# findings as the first. For a 2-core laptop and a 16-core batch node alike.
#
#   scripts/cpu-scaling.sh [CORPUS_DIR_OR_FILES...]      (default ../shared/corpus/livestream)
#
# Environment:
#   LAYOUTS        space-separated PARALLELxTHREADS (default: for n = nproc, "1xn" and the
#                  splits of n into 2, 4 and 8 states where they fit)
#   MODEL          ggml model file (default: liveaudit's own, base q8_0 from the model cache)
#   LIVEAUDIT_BIN  binary (default target/release/liveaudit, built if missing)
#   OUT            output folder (default a temporary one)
set -euo pipefail
cd "$(dirname "$0")/.."
die() { echo "cpu-scaling: $*" >&2; exit 1; }

model_args=()
if [ -n "${MODEL:-}" ]; then
  [ -f "$MODEL" ] || die "no model at $MODEL"
  model_args=(--model "$MODEL")
fi
bin="${LIVEAUDIT_BIN:-${CARGO_TARGET_DIR:-target}/release/liveaudit}"
if [ ! -x "$bin" ]; then
  [ -z "${LIVEAUDIT_BIN:-}" ] || die "no binary at $bin"
  cargo build --release --quiet --bin liveaudit
fi
cores=$(nproc)
layouts="${LAYOUTS:-}"
if [ -z "$layouts" ]; then
  layouts="1x$cores"
  for p in 2 4 8; do
    if [ "$p" -le "$cores" ]; then layouts+=" ${p}x$((cores / p))"; fi
  done
fi

if [ "$#" -eq 0 ]; then set -- ../shared/corpus/livestream; fi
list=$(scripts/list-recordings.sh "$@") || die "bad input list"
inputs=()
if [ -n "$list" ]; then mapfile -t inputs <<<"$list"; fi
[ "${#inputs[@]}" -gt 0 ] || die "no recordings found in: $*"

out="${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/cpu-scaling.XXXXXX")}"
mkdir -p "$out"
echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $cores cores; ${#inputs[@]} recordings; model ${MODEL:-default}"
first=""
for layout in $layouts; do
  p="${layout%x*}"; t="${layout#*x}"
  run="$out/$layout"
  rm -rf "$run"; mkdir -p "$run"
  LIVEAUDIT_LOG="${LIVEAUDIT_LOG:-warn}" "$bin" audit "${inputs[@]}" --out "$run/out" \
    "${model_args[@]}" --parallel "$p" --threads "$t" > "$run/stdout.txt" 2> "$run/stderr.txt" \
    || { tail -20 "$run/stderr.txt" >&2; die "audit $layout failed; log: $run/stderr.txt"; }
  line=$(grep '^throughput:' "$run/stderr.txt" | tail -1)
  [ -n "$line" ] || die "no throughput line in $run/stderr.txt"
  echo "$layout  ${line#throughput: }"
  if [ -z "$first" ]; then
    first=$layout
  elif command -v python3 >/dev/null 2>&1; then
    python3 scripts/compare_runs.py "$out/$first/out" "$run/out" "$first" "$layout" || true
  fi
done
echo "outputs and logs: $out"
