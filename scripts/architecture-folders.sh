#!/usr/bin/env bash
# Prints every folder of src/ that ARCHITECTURE.md does not name (as `src/<path>/`); exit 1
# when one is missing. The code map is only useful while it is complete.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=0
while IFS= read -r dir; do
  if ! grep -qF "\`$dir/\`" ARCHITECTURE.md; then
    echo "ARCHITECTURE.md does not name $dir/"
    missing=1
  fi
done < <(find src -mindepth 1 -type d | sort)
[ "$missing" = 0 ] && echo "ARCHITECTURE.md names every folder of src/"
exit "$missing"
