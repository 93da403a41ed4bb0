#!/usr/bin/env bash
# Prints the recordings among its arguments, one path a line: a folder gives its audio and
# video files and the index.m3u8 of each HLS sub-folder; a file is printed as it is. Shared by
# the device and scaling scripts so they audit the same inputs.
#
#   scripts/list-recordings.sh DIR_OR_FILE...
set -euo pipefail
for a in "$@"; do
  if [ -d "$a" ]; then
    for f in "$a"/*; do
      case "$f" in
        *.flv|*.ts|*.m4a|*.mp3|*.ogg|*.wav|*.flac|*.mp4|*.mkv|*.webm|*.aac|*.opus) echo "$f" ;;
      esac
      if [ -f "$f/index.m3u8" ]; then echo "$f/index.m3u8"; fi
    done
  elif [ -e "$a" ]; then
    echo "$a"
  else
    echo "list-recordings: no such input: $a" >&2
    exit 1
  fi
done
