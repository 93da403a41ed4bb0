#!/usr/bin/env bash
# liveaudit against faster-whisper on the public corpus, side by side in one run.
#
# usage: scripts/bench.sh [CORPUS_DIR] [OUT_DIR] [--threads N]
#
# Both engines get the same base weights (the ggml file and the CTranslate2 files that
# scripts/fetch-models.sh unpacks from the same release), the same thread count (2 by default,
# the CI machine), VAD on and word/token timestamps on. faster-whisper runs int8 with its own
# Silero VAD, pip-installed into a venv under the model cache. Each engine's time includes
# decoding the recordings. Prints, per engine: audio seconds, wall seconds, times real time and
# CER (score.py over its transcripts), then liveaudit's speed over faster-whisper's.
#
# Run it on an idle machine: a parallel build halves either figure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/livestream}"
out="${2:-${TMPDIR:-/tmp}/liveaudit-bench}"
threads=2
if [[ "${3:-}" == "--threads" ]]; then
    threads="${4:?--threads needs a number}"
fi
cache="${LIVEAUDIT_CACHE:-$HOME/.cache/liveaudit}"
score="$here/../shared/tools/score.py"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$cache/target}"

if [[ ! -d "$corpus" ]]; then
    echo "bench: corpus directory $corpus not found (pass CORPUS_DIR)" >&2
    exit 2
fi
if [[ ! -f "$score" ]]; then
    echo "bench: scorer $score not found (the shared tools sit beside the project)" >&2
    exit 2
fi

"$here/scripts/fetch-models.sh" >&2
model="$cache/models/ggml-base.bin"
ct2="$cache/ct2/whisper-base"

venv="$cache/fw-venv"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import faster_whisper" 2>/dev/null; then
    echo "bench: installing faster-whisper into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet faster-whisper >&2
fi

cargo build --release --quiet --example asr_eval
rm -rf "$out"
mkdir -p "$out/liveaudit" "$out/faster-whisper"

echo "== liveaudit (whisper.cpp base, $threads threads)"
"$CARGO_TARGET_DIR/release/examples/asr_eval" "$corpus" "$out/liveaudit" \
    --model "$model" --threads "$threads" | tee "$out/liveaudit.txt"
echo "== faster-whisper (CTranslate2 base int8, $threads threads)"
"$venv/bin/python" "$here/scripts/fw_bench.py" "$ct2" "$corpus" "$out/faster-whisper" \
    --threads "$threads" --compute int8 | tee "$out/faster-whisper.txt"

cer() { python3 "$score" "$corpus" "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["cer"])'; }
total() { awk '$1 == "TOTAL" { print $2, $(NF-1) }' "$1"; }
read -r la_audio la_wall < <(total "$out/liveaudit.txt")
read -r fw_audio fw_wall < <(total "$out/faster-whisper.txt")
la_cer="$(cer "$out/liveaudit")"
fw_cer="$(cer "$out/faster-whisper")"
echo
awk -v la_a="$la_audio" -v la_w="$la_wall" -v la_c="$la_cer" \
    -v fw_a="$fw_audio" -v fw_w="$fw_wall" -v fw_c="$fw_cer" 'BEGIN {
    printf "%-16s %9s %8s %8s %6s\n", "engine", "audio_s", "wall_s", "x_real", "CER"
    printf "%-16s %9.1f %8.1f %8.1f %6.3f\n", "liveaudit", la_a, la_w, la_a / la_w, la_c
    printf "%-16s %9.1f %8.1f %8.1f %6.3f\n", "faster-whisper", fw_a, fw_w, fw_a / fw_w, fw_c
    printf "liveaudit speed / faster-whisper speed: %.2f\n", (la_a / la_w) / (fw_a / fw_w)
}'
