#!/usr/bin/env python3
"""Fits the confidence model of Sources/KGRelations/Confidence.swift and Sources/KGCore/EdgeConfidence.swift on
judged edges, and prints the coefficients Swift uses and reliability tables.

Usage: fit_confidence.py Tests/Eval/judged-edges.tsv [--threshold 0.8]
Rows whose sample column starts with `fit/` are fitted on. `check/` rows (drawn from the same graph, built without
calibration, so `reading` is the construction score) are scored with the fitted model. `calibrated/` rows were drawn
from a graph built with the calibration in place: their `confidence` column is what kg gave them, shown as is.
A verdict is RIGHT, PARTLY or WRONG; PARTLY counts as wrong (a calibrated confidence is the chance of being right).

The model is a logistic regression, plain Python (Newton's method with a small ridge penalty) so that it runs
anywhere:
    logit P(right) = intercept + reading * logit(construction score) + person * (the subject is a person)
                     + title * (the relation is `title`) + support * ln(supporting sentences)
                     + one-word person * (the subject is a person named by one word)
The candidates left out (ends that are not named entities, modal or negated, words in the raw phrase, a place as
subject) are printed with the coefficient each gets when added, and the 10-fold cross-validated log loss with and
without it, so that a refit can see whether one has started to matter."""
import argparse, math, random

FEATURES = ["intercept", "reading", "person", "title", "support", "one-word person"]
CANDIDATES = {
    "unnamed": lambda r: float((r["subject_type"] in LITERALS) + (r["object_type"] in LITERALS)),
    "hedged": lambda r: float(r["modality"] != "asserted" or r["negated"] == "1"),
    "phrase words": lambda r: float(max(0, len(r["phrase"].split()) - 1)),
    "place subject": lambda r: float(r["subject_type"] == "place"),
}
LITERALS = {"concept", "time", "number"}
RIDGE = 1.0  # a weak pull towards 0 on every coefficient but the intercept: 250 judgements are few


def logit(p):
    p = min(0.999, max(0.001, float(p)))
    return math.log(p / (1 - p))


def features(r):
    return [1.0, logit(r["reading"]), float(r["subject_type"] == "person"), float(r["relation"] == "title"),
            math.log(int(r["sentences"])), float(r["subject_type"] == "person" and " " not in r["subject"])]


def read(path):
    rows, header = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        cells = line.rstrip("\n").split("\t")
        if header is None: header = cells; continue
        rows.append(dict(zip(header, cells)))
    return rows


def solve(a, b):
    """Gaussian elimination with partial pivoting: a x = b."""
    n = len(b); m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c])); m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs, ys):
    w = [0.0] * len(xs[0])
    for _ in range(50):
        grad = [0.0] * len(w); hess = [[0.0] * len(w) for _ in w]
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i in range(len(w)):
                grad[i] += (p - y) * x[i]
                for j in range(len(w)): hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, len(w)):
            grad[i] += RIDGE * w[i]; hess[i][i] += RIDGE
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9: break
    return w


def predict(w, x):
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))


def cross_validated_log_loss(xs, ys, folds=10):
    order = list(range(len(xs))); random.Random(1).shuffle(order)
    loss = 0.0
    for k in range(folds):
        held = set(order[k::folds])
        w = fit([xs[i] for i in order if i not in held], [ys[i] for i in order if i not in held])
        for i in held:
            p = predict(w, xs[i]); loss -= math.log(p if ys[i] else 1 - p)
    return loss / len(xs)


def reliability(name, probs, ys, threshold):
    print(f"\n{name}: {len(ys)} edges, {sum(ys)} right")
    print("  confidence   edges  right  accuracy  mean confidence")
    bins = [(0, .2), (.2, .4), (.4, .6), (.6, .8), (.8, .9), (.9, 1.01)]
    for lo, hi in bins:
        inside = [(p, y) for p, y in zip(probs, ys) if lo <= p < hi]
        if not inside: print(f"  {lo:.1f}-{min(hi, 1):.1f}      0"); continue
        right = sum(y for _, y in inside)
        print(f"  {lo:.1f}-{min(hi, 1):.1f}   {len(inside):5d}  {right:5d}     {right / len(inside):.2f}"
              f"      {sum(p for p, _ in inside) / len(inside):.2f}")
    above = [y for p, y in zip(probs, ys) if p >= threshold]
    if above:
        print(f"  at or above {threshold}: {sum(above)}/{len(above)} right = {sum(above) / len(above):.2f}")
    for t in [x / 100 for x in range(20, 100, 5)]:
        sel = [y for p, y in zip(probs, ys) if p >= t]
        if sel: print(f"    >= {t:.2f}: {sum(sel)}/{len(sel)} = {sum(sel) / len(sel):.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("judged"); ap.add_argument("--threshold", type=float, default=0.8)
    a = ap.parse_args()
    rows = [r for r in read(a.judged) if r["verdict"] in ("RIGHT", "PARTLY", "WRONG")]
    fitted = [r for r in rows if r["sample"].startswith("fit/")]
    checked = [r for r in rows if r["sample"].startswith("check/")]
    xs = [features(r) for r in fitted]; ys = [int(r["verdict"] == "RIGHT") for r in fitted]
    w = fit(xs, ys)
    print("coefficients (logit scale), for Confidence.swift and EdgeConfidence.swift:")
    for name, value in zip(FEATURES, w): print(f"  {name:10s} {value:+.3f}")
    print(f"  cross-validated log loss {cross_validated_log_loss(xs, ys):.3f}")
    print("candidates left out (coefficient when added, cross-validated log loss with it):")
    for name, value in CANDIDATES.items():
        extended = [x + [value(r)] for x, r in zip(xs, fitted)]
        print(f"  {name:13s} {fit(extended, ys)[-1]:+.3f}  {cross_validated_log_loss(extended, ys):.3f}")
    partly = sum(r["verdict"] == "PARTLY" for r in rows)
    print(f"\njudged {len(rows)}: {sum(r['verdict'] == 'RIGHT' for r in rows)} right, {partly} partly, "
          f"{sum(r['verdict'] == 'WRONG' for r in rows)} wrong")
    reliability("fit sample, construction score as it was", [float(r["reading"]) for r in fitted], ys, a.threshold)
    reliability("fit sample, fitted model", [predict(w, x) for x in xs], ys, a.threshold)
    if checked:
        cy = [int(r["verdict"] == "RIGHT") for r in checked]
        reliability("check sample, construction score as it was", [float(r["reading"]) for r in checked], cy, a.threshold)
        reliability("check sample, fitted model", [predict(w, features(r)) for r in checked], cy, a.threshold)
    for name in sorted({r["sample"] for r in rows if r["sample"].startswith("calibrated/")}):
        group = [r for r in rows if r["sample"] == name]
        reliability(f"{name}, confidence as kg gave it", [float(r["confidence"]) for r in group],
                    [int(r["verdict"] == "RIGHT") for r in group], a.threshold)


if __name__ == "__main__":
    main()
