#!/usr/bin/env bash
# Chaos and load run of the worker fleet on real brokers.
#
# For each backend (default: nats redis): start the broker on a free loopback port, serve the
# test recordings over local HTTP, enqueue 30 jobs, run 3 workers, kill -9 a random worker at
# least 5 times during the run and restart it, then check that every result exists exactly
# once, nothing was lost and nothing reached the dead letters. Prints one CHAOS line per
# backend: jobs, kills, redeliveries, duplicates, lost, dead, webhook keys, wall time.
#
#   scripts/chaos.sh [nats] [redis]
#   LIVEAUDIT_CHAOS_JOBS=30 LIVEAUDIT_CHAOS_WORKERS=3 LIVEAUDIT_CHAOS_KILLS=5 scripts/chaos.sh
set -euo pipefail
cd "$(dirname "$0")/.."

backends=("$@")
[ "${#backends[@]}" -gt 0 ] || backends=(nats redis)

need=()
for b in "${backends[@]}"; do
  case "$b" in
    nats) command -v nats-server >/dev/null || [ -x /usr/sbin/nats-server ] || need+=(nats-server) ;;
    redis) command -v redis-server >/dev/null || need+=(redis-server) ;;
    *) echo "unknown backend $b (nats, redis)" >&2; exit 2 ;;
  esac
done
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
[ -f models/ggml-base.bin ] || [ -n "${LIVEAUDIT_MODEL:-}" ] || scripts/fetch-models.sh

export LIVEAUDIT_REQUIRE_BROKERS=1
status=0
for b in "${backends[@]}"; do
  echo "== chaos run on $b"
  log=$(mktemp)
  if cargo test --release --test worker "chaos_$b" -- --ignored --nocapture --test-threads 1 2>&1 | tee "$log" | grep -E '^(chaos|CHAOS|test |thread)'; then :; fi
  if ! grep -q "test result: ok. 1 passed" "$log"; then
    echo "chaos run on $b FAILED (full output: $log)" >&2
    status=1
  else
    rm -f "$log"
  fi
done
exit $status
