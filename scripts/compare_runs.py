#!/usr/bin/env python3
"""Whether two audit output folders hold the same transcripts and findings.

usage: compare_runs.py OUT_A OUT_B LABEL_A LABEL_B

Compares every RECORDING/findings.json under OUT_A with the one under OUT_B (transcript text
and each finding's rule, category, start, end and quote) and prints one line. Exit 1 when any
recording differs or is missing. Used by gpu-check.sh and cpu-scaling.sh to show that the
number of whisper states and threads changes speed only.
"""
import json
import pathlib
import sys


def key(p):
    d = json.loads(p.read_text(encoding="utf-8"))
    return (d["transcript"], [(f["rule_id"], f["category"], f["start_ms"], f["end_ms"], f["quote"])
                              for f in d["findings"]])


def main():
    a, b = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    names = sorted(p.parent.name for p in a.glob("*/findings.json"))
    diff = [n for n in names
            if not (b / n / "findings.json").is_file()
            or key(a / n / "findings.json") != key(b / n / "findings.json")]
    print(f"{sys.argv[3]} vs {sys.argv[4]}: {len(names) - len(diff)}/{len(names)} recordings identical"
          + (f"; different: {', '.join(diff)}" if diff else ""))
    return 1 if diff or not names else 0


if __name__ == "__main__":
    sys.exit(main())
