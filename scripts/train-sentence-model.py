#!/usr/bin/env python3
"""Trains the rule engine's sentence model: one logistic regression per category over the
character 1–3-grams of a sentence (TF-IDF, sublinear counts, L2 norm), written as the TSV the
engine embeds (src/rules/packs/cn-livestream/sentence_model.tsv).

Why a model beside the patterns: the patterns quote the exact words of a claim and carry its
law, but each new host phrases claims in ways no list foresaw (first contact on held-out sets
J, K, L: recall 0.77–0.80; M: 0.61). A linear model over character n-grams, trained on every
labelled line the team has written, generalises to new phrasing and stays small and fast
enough to run on every sentence: held out one set at a time, the model alone scores F1
0.87–0.97 line by line on the set left out; on M, written later by another writer, patterns and
model together scored 0.844 where the patterns alone scored 0.727.

Trained on the written sets listed in TRAIN_SETS only. A held-out set joins them only after
its first contact has been measured (M: F1 0.844 with the model trained on devset and A–L;
N: 0.912 with it trained on devset and A–M); the next set written must stay out until then.

The model reads sentences as the rule engine does, normalised (simplified characters,
half-width punctuation, numbers as digits, 块 as 元): the lines are normalised by the project's
own binary (`liveaudit rules normalize --lines`), so training and checking cannot drift apart.

usage:
  scripts/train-sentence-model.py [--liveaudit BIN]           train, write the TSV
  scripts/train-sentence-model.py [--liveaudit BIN] --loso    also print each set's scores
                                                              with that set left out
BIN defaults to $CARGO_TARGET_DIR/release/liveaudit (or target/release/liveaudit); build it
first with `cargo build --release`.

Needs scikit-learn and numpy (pip install scikit-learn numpy, in a virtual environment);
the engine itself needs nothing of Python. Deterministic: the same sets give the same file.
"""
import glob
import json
import math
import os
import re
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["absolute_claim", "medical_claim", "cosmetic_claim", "price_claim", "sales_data_claim",
              "offsite_trade", "investment_claim", "superstition", "disparagement"]
TRAIN_SETS = ["tests/devset/text", "tests/unseen/text"] + [f"tests/heldout_{s}/text" for s in "bcdefghijklmnop"]
OUT = os.path.join(ROOT, "src/rules/packs/cn-livestream/sentence_model.tsv")
# Chosen on the sets left out one at a time (J, K, L with the engine of their first contact):
# a model finding needs 0.5, or 0.8 in a sentence where a pattern found another category (the
# model confuses neighbouring categories: a refund as medical where it is investment); a
# pattern finding is dropped where the model gives its sentence and its clause under VETO_ANY
# for every category, or under VETO_CATEGORY for the finding's own while it sees no clear
# claim (THRESHOLD) of another.
THRESHOLD, THRESHOLD_BESIDE, VETO_ANY, VETO_CATEGORY = 0.5, 0.8, 0.10, 0.05
NGRAMS, MIN_DF, C = 3, 5, 30.0
# The prefilter: a model of single characters, run first on every sentence (one lookup a
# character, where the full model walks 2- and 3-grams); the full model runs where it gives some
# category at least PREFILTER_THRESHOLD. With J, K and L each left out of both models, 0.05
# let through all but 2 of the 854 lines the full model flagged, and 37–45 % of the others
# (which are mostly trap lines: neutral talk passes far less). With M, N and O each left out,
# 0.1 let through all but 1 of the 798 lines the full model flagged and 21–32 % of the others
# (0.05: all but 3, and 34–44 %): 0.1 costs the engine a third less of the full model's time.
PREFILTER_THRESHOLD = 0.1
# Sentences whose probabilities the engine's unit test recomputes (the file stores them).
CHECKS = ["家人们这个面霜真的是全网最低价，专柜卖三百九十九。", "今天给大家讲讲怎么搭配这件外套。",
          "加我微信私下转账再便宜二十。", "吃了这个降血压，高血压的老人家放心吃。", "开过光的貔貅，戴上转运招财。"]


def prep(text):
    """What the engine does to a sentence before counting n-grams (keep in step with
    sentence_model.rs): ASCII lower case, every digit as 0, any run of white space as one space."""
    text = "".join(c.lower() if c.isascii() else c for c in text)
    text = re.sub(r"[0-9０-９]", "0", text)
    return re.sub(r"\s+", " ", text)


NORMALISED = {}


def liveaudit_binary():
    if "--liveaudit" in sys.argv:
        return sys.argv[sys.argv.index("--liveaudit") + 1]
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "liveaudit")


def normalise(lines):
    """The engine's normalised form of each line (one call of the binary for all)."""
    todo = sorted({l for l in lines if l not in NORMALISED})
    if todo:
        exe = liveaudit_binary()
        if not os.path.exists(exe):
            sys.exit(f"{exe}: not found; build it (cargo build --release) or pass --liveaudit BIN")
        out = subprocess.run([exe, "rules", "normalize", "--lines"], input="\n".join(todo) + "\n",
                             capture_output=True, text=True, check=True).stdout.split("\n")
        NORMALISED.update(zip(todo, out))
    return [NORMALISED[l] for l in lines]


def load(set_dir):
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, set_dir, "*.truth.json"))):
        with open(path, encoding="utf-8") as f:
            truth = json.load(f)
        for u in truth["utterances"]:
            if not u.get("ignore"):
                rows.append((u["text"].replace("\n", " "), set(u.get("labels", [])), bool(u.get("trap"))))
    if not rows:
        sys.exit(f"{set_dir}: no truth files")
    texts = normalise([r[0] for r in rows])
    return [(t, labels, trap) for t, (_, labels, trap) in zip(texts, rows)]


def fit(rows, ngrams=NGRAMS):
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, ngrams), min_df=MIN_DF, sublinear_tf=True,
                          preprocessor=prep)
    x = vec.fit_transform([r[0] for r in rows])
    models = []
    for cat in CATEGORIES:
        y = np.array([cat in r[1] for r in rows])
        models.append(LogisticRegression(C=C, max_iter=5000).fit(x, y))
    return vec, models


def probabilities(vec, models, texts):
    x = vec.transform(texts)
    return np.stack([m.predict_proba(x)[:, 1] for m in models], axis=1)


def loso(sets):
    for held in sets:
        rows = [r for s in sets if s != held for r in load(s)]
        vec, models = fit(rows)
        test = load(held)
        p = probabilities(vec, models, [r[0] for r in test])
        tp = fp = fn = traps = 0
        for (_, labels, trap), row in zip(test, p):
            pred = {c for c, v in zip(CATEGORIES, row) if v >= THRESHOLD}
            tp += len(pred & labels)
            fp += len(pred - labels)
            fn += len(labels - pred)
            traps += bool(trap and pred)
        r, pr = tp / max(1, tp + fn), tp / max(1, tp + fp)
        n_traps = sum(t for _, _, t in test)
        print(f"{held:24} model alone, set left out: recall {r:.3f} precision {pr:.3f} "
              f"F1 {2 * r * pr / max(1e-9, r + pr):.3f} traps {traps}/{n_traps}", flush=True)


def main():
    if "--loso" in sys.argv:
        loso(TRAIN_SETS)
    rows = [r for s in TRAIN_SETS for r in load(s)]
    vec, models = fit(rows)
    vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    idf = vec.idf_
    w = np.stack([m.coef_[0] for m in models], axis=1)
    checks = probabilities(vec, models, normalise(CHECKS))
    # The prefilter and its threshold.
    pvec, pmodels = fit(rows, ngrams=1)
    texts = [r[0] for r in rows]
    full = probabilities(vec, models, texts).max(axis=1)
    pre = probabilities(pvec, pmodels, texts).max(axis=1)
    pre_threshold = PREFILTER_THRESHOLD
    print(f"prefilter threshold {pre_threshold:.4f}: passes {np.mean(pre[full >= THRESHOLD] >= pre_threshold):.4f} "
          f"of the lines the model flags, {np.mean(pre[full < THRESHOLD] >= pre_threshold):.3f} of the rest")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# liveaudit sentence model v1: written by scripts/train-sentence-model.py, do not edit\n")
        f.write("# input: normalised sentences (liveaudit rules normalize); check lines are as said\n")
        f.write(f"# trained on {len(rows)} lines of: {' '.join(TRAIN_SETS)}\n")
        f.write(f"# char 1-{NGRAMS}-grams, min_df {MIN_DF}, tf-idf (sublinear, l2), logistic regression C {C}\n")
        f.write("ngrams\t%d\n" % NGRAMS)
        f.write("categories\t" + "\t".join(CATEGORIES) + "\n")
        f.write("intercept\t" + "\t".join(f"{m.intercept_[0]:.6g}" for m in models) + "\n")
        f.write(f"threshold\t{THRESHOLD}\nthreshold_beside\t{THRESHOLD_BESIDE}\nveto_any\t{VETO_ANY}\nveto_category\t{VETO_CATEGORY}\n")
        f.write("prefilter_intercept\t" + "\t".join(f"{m.intercept_[0]:.6g}" for m in pmodels) + "\n")
        f.write(f"prefilter_threshold\t{pre_threshold:.6g}\n")
        pw = np.stack([m.coef_[0] for m in pmodels], axis=1)
        for (gram, i) in sorted(pvec.vocabulary_.items(), key=lambda kv: kv[1]):
            if gram not in "\t\n":
                f.write("u\t" + gram + "\t" + f"{pvec.idf_[i]:.6g}" + "\t" + "\t".join(f"{v:.5g}" for v in pw[i]) + "\n")
        for text, p in zip(CHECKS, checks):
            f.write("check\t" + text + "\t" + "\t".join(f"{v:.6f}" for v in p) + "\n")
        for (gram, i) in vocab:
            if "\t" in gram or "\n" in gram:
                continue
            f.write("g\t" + gram + "\t" + f"{idf[i]:.6g}" + "\t" + "\t".join(f"{v:.5g}" for v in w[i]) + "\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(vocab)} n-grams from {len(rows)} lines")


if __name__ == "__main__":
    main()
