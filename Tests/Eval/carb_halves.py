#!/usr/bin/env python3
"""Scores kg's CaRB output on the two halves of CaRB dev separately.

Rules and confidence weights of the open-IE mode were tuned looking only at half A (the odd
lines of dev.txt); half B (the even lines) is held out, so its figures show whether a change
generalises. Sentences are matched as carb_score.py matches them (spaces, PTB brackets and
punctuation ignored).

    .build/release/kg extract --carb ../shared/eval/carb/dev.txt > carb.tsv
    python3 Tests/Eval/carb_halves.py carb.tsv [--single-match]
"""
import os
import re
import string
import subprocess
import sys
import tempfile

SHARED = os.environ.get("KG_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
CARB = os.path.join(SHARED, "eval", "carb")
PTB = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"), ("{", "-LCB-"), ("}", "-RCB-"))
PUNCT = re.compile("[" + re.escape(string.punctuation) + "]")


def normalised(sentence):
    sentence = sentence.replace(" ", "")
    for bracket, escape in PTB:
        sentence = sentence.replace(escape, bracket)
    return PUNCT.sub("", sentence)


def lines(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read().splitlines(keepends=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    system, extra = sys.argv[1], sys.argv[2:]
    dev = lines(os.path.join(CARB, "dev.txt"))
    half = {normalised(line.rstrip("\n")): "AB"[i % 2] for i, line in enumerate(dev)}
    gold = lines(os.path.join(CARB, "dev.gold.tsv"))
    predictions = lines(system)
    with tempfile.TemporaryDirectory() as folder:
        for name in "AB":
            paths = []
            for kind, rows in (("gold", gold), ("system", predictions)):
                path = os.path.join(folder, f"{kind}-{name}.tsv")
                with open(path, "w", encoding="utf-8", errors="surrogateescape") as out:
                    out.writelines(r for r in rows if half.get(normalised(r.split("\t")[0])) == name)
                paths.append(path)
            score = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "carb_score.py"),
                                    "--gold", paths[0], "--system", paths[1]] + extra,
                                   capture_output=True, text=True, check=True)
            label = "tuning half A (odd lines)" if name == "A" else "held-out half B (even lines)"
            print(f"{label}: {score.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
