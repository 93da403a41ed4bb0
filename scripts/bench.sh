#!/usr/bin/env bash
# liveaudit against faster-whisper on the public corpus, side by side in one run.
#
# usage: scripts/bench.sh [CORPUS_DIR] [OUT_DIR] [--threads N]
#        BENCH_TYPES="q8_0 f16 q5_1 q5_0 q4_0" scripts/bench.sh   # more quantizations
#        BENCH_ROUNDS=5 scripts/bench.sh                           # rounds (default 3)
#        FW_PROMPT=TEXT scripts/bench.sh                           # faster-whisper's same-prompt run
#
# Both engines get the same base weights (the ggml files and the CTranslate2 files that
# scripts/fetch-models.sh unpacks from the same release; liveaudit's default is q8_0, as
# faster-whisper's int8 is quantized), the same thread count (2 by default,
# the CI machine), VAD on and word/token timestamps on. faster-whisper runs int8 with its own
# Silero VAD, pip-installed into a venv under the model cache. Each engine's time includes
# decoding the recordings. faster-whisper runs twice per round: with liveaudit's prompt, and with
# no prompt (its default, faster here because the prompted runs fall into repetition loops on
# some sessions); liveaudit is compared with the faster of the two. Prints per round the wall
# seconds of every run and liveaudit's speed over faster-whisper's, their medians, and each
# engine's CER (score.py over its transcripts).
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
model_dir="${LIVEAUDIT_MODELS_DIR:-$here/models}"
ct2="$cache/ct2/whisper-base"
# liveaudit runs once per model type: the default q8_0 and the f16 file it is made from, and
# any other ggml quantization named here (made with `liveaudit models quantize`).
types="${BENCH_TYPES:-q8_0 f16}"

venv="$cache/fw-venv"
if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import faster_whisper" 2>/dev/null; then
    echo "bench: installing faster-whisper into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet faster-whisper >&2
fi

cargo build --release --quiet --bin liveaudit --example asr_eval
rm -rf "$out"
mkdir -p "$out"

model_for() {
    case "$1" in
        f16) echo "$model_dir/ggml-base.bin" ;;
        q8_0) echo "$model_dir/ggml-base-q8_0.bin" ;;
        *)
            local m="$cache/models/ggml-base-$1.bin"
            [[ -f "$m" ]] || "$CARGO_TARGET_DIR/release/liveaudit" models quantize \
                "$model_dir/ggml-base.bin" "$m" --type "$1" >&2
            echo "$m"
            ;;
    esac
}

# One round: every liveaudit type, then faster-whisper with liveaudit's prompt and with none
# (its own default). This machine's speed drifts by tens of percent from minute to minute, so
# the engines take turns round after round and the ratios are taken within each round.
rounds="${BENCH_ROUNDS:-3}"
fw_configs=("same-prompt" "no-prompt")
fw_prompt() { [[ "$1" == "same-prompt" ]] && echo "${FW_PROMPT-简体中文}" || echo ""; }
for r in $(seq 1 "$rounds"); do
    for t in $types; do
        echo "== round $r: liveaudit (whisper.cpp base $t, $threads threads)"
        mkdir -p "$out/r$r/liveaudit-$t"
        "$CARGO_TARGET_DIR/release/examples/asr_eval" "$corpus" "$out/r$r/liveaudit-$t" \
            --model "$(model_for "$t")" --threads "$threads" | tee "$out/r$r/liveaudit-$t.txt"
    done
    for c in "${fw_configs[@]}"; do
        echo "== round $r: faster-whisper (CTranslate2 base int8, $threads threads, $c)"
        mkdir -p "$out/r$r/fw-$c"
        FW_PROMPT="$(fw_prompt "$c")" "$venv/bin/python" "$here/scripts/fw_bench.py" "$ct2" \
            "$corpus" "$out/r$r/fw-$c" --threads "$threads" --compute int8 | tee "$out/r$r/fw-$c.txt"
    done
done

python3 - "$out" "$rounds" "$score" "$corpus" "${FW_PROMPT-简体中文}" $types <<'PY'
import json, statistics, subprocess, sys
out, rounds, score, corpus, prompt, *types = sys.argv[1:]
rounds = int(rounds)
fw = ["same-prompt", "no-prompt"]

def total(path):
    for line in open(path):
        f = line.split()
        if f and f[0] == "TOTAL":
            return float(f[1]), float(f[-2])
    raise SystemExit(f"bench: no TOTAL line in {path}")

def cer(d):
    r = subprocess.run([sys.executable, score, corpus, d, "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)["cer"]

audio = total(f"{out}/r1/fw-no-prompt.txt")[0]
cols = [f"liveaudit-{t}" for t in types] + [f"fw-{c}" for c in fw]
print(f"\nwall seconds per round over {audio:.1f} s of audio ({'; '.join(cols)}), and each liveaudit")
print("type's speed over the faster faster-whisper run of the same round:")
print(f"{'round':6}" + "".join(f" {c:>17}" for c in cols) + "".join(f" {'vs_fw-' + t:>12}" for t in types))
ratios = {t: [] for t in types}
for r in range(1, rounds + 1):
    la = {t: total(f"{out}/r{r}/liveaudit-{t}.txt")[1] for t in types}
    fws = {c: total(f"{out}/r{r}/fw-{c}.txt")[1] for c in fw}
    best = min(fws.values())
    for t in types:
        ratios[t].append(best / la[t])
    print(f"{r:<6}" + "".join(f" {la[t]:17.1f}" for t in types) + "".join(f" {fws[c]:17.1f}" for c in fw)
          + "".join(f" {best / la[t]:11.2f}x" for t in types))
print(f"{'median':6}" + " " * 18 * len(cols) + "".join(f" {statistics.median(ratios[t]):11.2f}x" for t in types))
print("\nengine                        x_real (median)    CER")
for t in types:
    xs = [audio / total(f"{out}/r{r}/liveaudit-{t}.txt")[1] for r in range(1, rounds + 1)]
    print(f"liveaudit {t:<20} {statistics.median(xs):13.1f} {cer(f'{out}/r1/liveaudit-{t}'):8.3f}")
for c in fw:
    xs = [audio / total(f"{out}/r{r}/fw-{c}.txt")[1] for r in range(1, rounds + 1)]
    print(f"faster-whisper {c:<15} {statistics.median(xs):13.1f} {cer(f'{out}/r1/fw-{c}'):8.3f}")
print(f"(CER of round 1; liveaudit's prompt is its default 简体中文; faster-whisper same-prompt: '{prompt}', no-prompt: none)")
PY
