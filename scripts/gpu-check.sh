#!/usr/bin/env bash
# GPU device check (issue 8): builds liveaudit with CUDA, audits the corpus with --parallel 1
# and then 4 over one loaded model, samples the GPU every second, and prints the real-time
# factor, peak GPU memory and mean utilisation of each run, and whether both runs gave the
# same transcripts and findings. Sized to finish in under 8 minutes on one H200 with the base
# model (the CUDA build of whisper.cpp is most of it; set LIVEAUDIT_BIN to skip it).
#
#   scripts/gpu-check.sh [CORPUS_DIR_OR_FILES...]      (default ../shared/corpus/livestream)
#
# Works without network access on the GPU machine: the model is a local file (copy it there)
# and cargo can build offline from a vendored or pre-fetched registry (CARGO_OFFLINE=1).
#
# Environment:
#   MODEL               ggml model (default models/ggml-base.bin; a GPU batch node would use
#                       models/ggml-large-v3-turbo.bin from `liveaudit models fetch large-v3-turbo`)
#   PARALLEL            whisper states per run, in order (default "1 4")
#   THREADS             CPU threads per state (default 4)
#   GPU                 index of the GPU to sample (default 0)
#   LIVEAUDIT_BIN       a CUDA build to use instead of building one
#   CARGO_TARGET_DIR    build folder (default target/cuda, apart from the CPU build)
#   CARGO_OFFLINE=1     build with --offline
#   CMAKE_CUDA_ARCHITECTURES  default "80;90" (A100, H100/H200); GGML_NATIVE defaults to OFF
#   OUT                 output folder (default a temporary one)
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "gpu-check: $*" >&2; exit 1; }

model="${MODEL:-models/ggml-base.bin}"
parallel_list="${PARALLEL:-1 4}"
threads="${THREADS:-4}"
gpu="${GPU:-0}"
[ -f "$model" ] || die "no model at $model: copy one there (offline machines) or set MODEL=path"

command -v nvidia-smi >/dev/null 2>&1 \
  || die "nvidia-smi not found: no NVIDIA driver here, so no GPU to check (run it on a GPU machine)"
nvidia-smi -i "$gpu" --query-gpu=name,memory.total,driver_version,compute_cap --format=csv,noheader \
  || die "nvidia-smi cannot query GPU $gpu"

# Inputs: the corpus folder's recordings (including the HLS folder) or what was given.
if [ "$#" -eq 0 ]; then set -- ../shared/corpus/livestream; fi
list=$(scripts/list-recordings.sh "$@") || die "bad input list"
inputs=()
if [ -n "$list" ]; then mapfile -t inputs <<<"$list"; fi
[ "${#inputs[@]}" -gt 0 ] || die "no recordings found in: $*"

# Portable CUDA build: no -march=native, kernels for A100 (80) and H100/H200 (90).
# whisper-rs-sys passes every GGML_*, WHISPER_* and CMAKE_* variable to whisper.cpp's cmake.
export GGML_NATIVE="${GGML_NATIVE:-OFF}"
export CMAKE_CUDA_ARCHITECTURES="${CMAKE_CUDA_ARCHITECTURES:-80;90}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/cuda}"
bin="${LIVEAUDIT_BIN:-}"
if [ -z "$bin" ]; then
  if ! command -v nvcc >/dev/null 2>&1 && [ -x /usr/local/cuda/bin/nvcc ]; then
    export PATH="/usr/local/cuda/bin:$PATH"
  fi
  command -v nvcc >/dev/null 2>&1 \
    || die "nvcc not found: install the CUDA toolkit (12.x; /usr/local/cuda/bin on PATH) or set LIVEAUDIT_BIN to a CUDA build"
  command -v cmake >/dev/null 2>&1 || die "cmake not found (needed to build whisper.cpp)"
  command -v cargo >/dev/null 2>&1 || die "cargo not found"
  echo "== build (--features cuda, GGML_NATIVE=$GGML_NATIVE, CMAKE_CUDA_ARCHITECTURES=$CMAKE_CUDA_ARCHITECTURES)"
  t0=$(date +%s)
  cargo build --release --locked --features cuda ${CARGO_OFFLINE:+--offline}
  echo "build: $(( $(date +%s) - t0 )) s"
  bin="$CARGO_TARGET_DIR/release/liveaudit"
fi
[ -x "$bin" ] || die "no binary at $bin"

out="${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/gpu-check.XXXXXX")}"
mkdir -p "$out"
sampler=""
stop_sampler() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; sampler=""; fi
}
trap stop_sampler EXIT

summary=()
for n in $parallel_list; do
  run="$out/p$n"
  rm -rf "$run"; mkdir -p "$run"
  # One sample a second: utilisation %, memory used MiB.
  nvidia-smi -i "$gpu" --query-gpu=utilization.gpu,memory.used --format=csv,noheader,nounits -l 1 \
    > "$run/gpu.csv" 2>/dev/null &
  sampler=$!
  echo "== audit --parallel $n (${#inputs[@]} recordings, $model, $threads threads per state)"
  set +e
  LIVEAUDIT_LOG="${LIVEAUDIT_LOG:-warn,whisper_rs=info}" \
    "$bin" audit "${inputs[@]}" --out "$run/out" --model "$model" --parallel "$n" \
    --threads "$threads" > "$run/stdout.txt" 2> "$run/stderr.txt"
  rc=$?
  set -e
  stop_sampler
  grep -q "CUDA" "$run/stderr.txt" \
    || echo "warning: no CUDA backend in whisper.cpp's log: is this a --features cuda build?" >&2
  if [ "$rc" -ne 0 ]; then
    tail -20 "$run/stderr.txt" >&2
    [ "$rc" -eq 3 ] || die "audit --parallel $n failed (exit $rc); log: $run/stderr.txt"
    echo "warning: some inputs were bad (exit 3); see $run/stderr.txt" >&2
  fi
  line=$(grep '^throughput:' "$run/stderr.txt" | tail -1)
  [ -n "$line" ] || die "no throughput line in $run/stderr.txt"
  gpu_stats=$(awk -F', *' 'NF >= 2 { n++; u += $1; if ($2 > m) m = $2 }
    END { if (n) printf "peak GPU memory %d MiB, mean GPU utilisation %.0f%% (%d samples)", m, u / n, n;
          else printf "no GPU samples" }' "$run/gpu.csv")
  echo "$line"
  echo "$gpu_stats"
  summary+=("parallel $n: ${line#throughput: }; $gpu_stats")
done

echo
echo "== summary ($(nvidia-smi -i "$gpu" --query-gpu=name --format=csv,noheader), model $(basename "$model"))"
printf '%s\n' "${summary[@]}"

# Same transcripts and findings whatever the number of states?
first=""
for n in $parallel_list; do
  if [ -z "$first" ]; then first=$n; continue; fi
  if command -v python3 >/dev/null 2>&1; then
    python3 scripts/compare_runs.py "$out/p$first/out" "$out/p$n/out" "parallel $first" "parallel $n" || true
  fi
done
echo "outputs and logs: $out"
