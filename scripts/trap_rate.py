#!/usr/bin/env python3
"""Trap lines flagged, and (with -v) every line the engine got wrong, for a text evaluation set.

usage: trap_rate.py TRUTH_DIR RESULTS_DIR [-v]

TRUTH_DIR holds <id>.truth.json files whose utterances may carry "trap": true (a lawful line
written to look like a violation); RESULTS_DIR holds <id>/findings.json. A trap counts as
flagged when any finding overlaps its time. score.py gives recall and precision; this adds the
figure it does not: the share of traps flagged (the issue's bound is 2 %).
With -v it lists MISS (a label without its finding), EXTRA (a category the line was not
labelled with), TRAP and FP-neutral lines, for reading a development set's errors.
Standard library only.
"""
import glob
import json
import sys


def main():
    truth_dir, res_dir = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    flagged = total = 0
    rows = []
    for path in sorted(glob.glob(f"{truth_dir}/*.truth.json")):
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        sid = truth["id"]
        with open(f"{res_dir}/{sid}/findings.json", encoding="utf-8") as f:
            findings = json.load(f)["findings"]
        for u in truth["utterances"]:
            s, e = u["start"] * 1000, u["end"] * 1000
            hits = [x for x in findings if x["start_ms"] <= e and x["end_ms"] >= s]
            seen = [(x["category"], x["quote"]) for x in hits]
            if u.get("trap"):
                total += 1
                if hits:
                    flagged += 1
                    rows.append(("TRAP", sid, u["text"], seen))
            elif u["labels"] and not u.get("ignore"):
                cats = {x["category"] for x in hits}
                miss = [lab for lab in u["labels"] if lab not in cats]
                extra = [(c, q) for c, q in seen if c not in u["labels"]]
                if miss or extra:
                    rows.append(("MISS" if miss else "EXTRA", sid, u["text"], miss, extra))
            elif not u.get("ignore") and hits:
                rows.append(("FP-neutral", sid, u["text"], seen))
    rate = flagged / total if total else 0.0
    print(f"trap lines flagged: {flagged}/{total} = {rate:.3f}")
    if verbose:
        for r in rows:
            print(*r)


if __name__ == "__main__":
    main()
