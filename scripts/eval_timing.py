#!/usr/bin/env python3
"""Timestamp accuracy of liveaudit output against the corpus truth.

usage: python3 scripts/eval_timing.py CORPUS_DIR RESULTS_DIR [--sessions a,b]

RESULTS_DIR holds <id>/findings.json or <id>.json (liveaudit audit --out, or the asr_eval
example). For every labelled utterance the transcript's characters are aligned to the script
(edit-distance alignment on Chinese characters), and the times of the first and last aligned
characters are compared with the utterance's start and end. Also printed: findings' spans, how
far each finding's start falls from the labelled sentence it belongs to, and characters
transcribed inside music-only stretches (more than 1 s away from any utterance).
"""
import json
import os
import statistics
import sys


def is_han(c):
    return "\u4e00" <= c <= "\u9fff"


def char_times(seg):
    """Per-character (start_ms, end_ms) of a segment, as liveaudit's Segment::char_times."""
    text = seg.get("text", "")
    toks = seg.get("tokens") or []
    if toks and "".join(t["text"] for t in toks) == text:
        out = []
        for t in toks:
            n = len(t["text"])
            span = t["end_ms"] - t["start_ms"]
            for i in range(n):
                out.append((t["start_ms"] + span * i // n, t["start_ms"] + span * (i + 1) // n))
        return out
    n = max(len(text), 1)
    span = seg["end_ms"] - seg["start_ms"]
    return [(seg["start_ms"] + span * i // n, seg["start_ms"] + span * (i + 1) // n) for i in range(len(text))]


def align(ref, hyp):
    """Edit-distance alignment; returns for each ref index the matched hyp index or None."""
    n, m = len(ref), len(hyp)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]))
    out = [None] * n
    i, j = n, m
    while i > 0 and j > 0:
        if d[i][j] == d[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1]):
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif d[i][j] == d[i - 1][j] + 1:
            i -= 1
        else:
            j -= 1
    return out


def load(results, sid):
    for p in (f"{results}/{sid}/findings.json", f"{results}/{sid}.json"):
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    return None


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = None
    if "--sessions" in sys.argv:
        only = set(sys.argv[sys.argv.index("--sessions") + 1].split(","))
        args.remove(sys.argv[sys.argv.index("--sessions") + 1])
    corpus, results = args[0], args[1]
    start_err, end_err, spans, f_offsets, music_chars = [], [], [], [], {}
    late = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".truth.json"):
            continue
        truth = json.load(open(f"{corpus}/{name}", encoding="utf-8"))
        sid = truth["id"]
        if only and sid not in only:
            continue
        doc = load(results, sid)
        if doc is None:
            continue
        utts = truth["utterances"]
        hyp, times = [], []
        for seg in doc.get("transcript", []):
            for c, t in zip(seg.get("text", ""), char_times(seg)):
                if is_han(c):
                    hyp.append(c)
                    times.append(t)
        ref, owner = [], []
        for k, u in enumerate(utts):
            for c in u["text"]:
                if is_han(c):
                    ref.append(c)
                    owner.append(k)
        a = align(ref, hyp)
        for k, u in enumerate(utts):
            idx = [a[i] for i in range(len(ref)) if owner[i] == k and a[i] is not None]
            if not idx:
                continue
            start_err.append(times[min(idx)][0] / 1000 - u["start"])
            end_err.append(times[max(idx)][1] / 1000 - u["end"])
        # characters far from any utterance
        n_music = 0
        for (s, e) in times:
            mid = (s + e) / 2000
            if all(mid < u["start"] - 1.0 or mid > u["end"] + 1.0 for u in utts):
                n_music += 1
        music_chars[sid] = n_music
        for f in doc.get("findings", []):
            span = (f["end_ms"] - f["start_ms"]) / 1000
            spans.append(span)
            labelled = [u for u in utts if f["category"] in u["labels"]]
            if labelled:
                # offset of the finding start from the nearest labelled sentence
                def dist(u):
                    s = f["start_ms"] / 1000
                    return 0.0 if u["start"] - 1.0 <= s <= u["end"] else min(abs(s - u["start"]), abs(s - u["end"]))
                best = min(labelled, key=dist)
                d = dist(best)
                f_offsets.append(d)
                if d > 0:
                    late.append(f"{sid} {f['id']} {f['category']} {f['start_ms']/1000:.2f}s vs [{best['start']:.2f},{best['end']:.2f}]")
    ae = [abs(x) for x in start_err]
    be = [abs(x) for x in end_err]
    print(f"utterances aligned: {len(start_err)}")
    print(f"utterance start error: median {statistics.median(ae):.2f} s, p90 {pct(ae, 0.9):.2f} s, mean signed {statistics.mean(start_err):+.2f} s")
    print(f"utterance end error:   median {statistics.median(be):.2f} s, p90 {pct(be, 0.9):.2f} s, mean signed {statistics.mean(end_err):+.2f} s")
    if spans:
        print(f"findings: {len(spans)}, span median {statistics.median(spans):.2f} s, max {max(spans):.2f} s")
        ok = sum(1 for d in f_offsets if d == 0)
        print(f"finding starts inside [sentence start - 1 s, sentence end]: {ok}/{len(f_offsets)}")
        for line in late:
            print("  outside:", line)
    print("characters transcribed > 1 s from any utterance:", ", ".join(f"{k} {v}" for k, v in music_chars.items()))


if __name__ == "__main__":
    main()
