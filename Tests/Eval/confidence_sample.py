#!/usr/bin/env python3
"""Draws the edges `shared/eval/edge_sample.py` draws (same seed, same order, same --named filter) with the
features the confidence model is fitted on, as tab-separated rows to judge (the verdict column is left empty).

Usage: confidence_sample.py GRAPH.jsonl --n 40 --seed 7 [--named] [--skip JUDGED.tsv] [--min-confidence X]
  --skip leaves out edges already in a judged file (so a checking sample is fresh); --min-confidence keeps only
  edges whose exported confidence is at least X (a sample of the trusted edges).

Columns: see FIELDS. `reading` is the first evidence row's confidence: the construction score of
Confidence.score when the graph was built with the identity calibration (docs/confidence.md says how to refit)."""
import argparse, json, random, sys

FIELDS = ["sample", "edge", "subject", "subject_type", "relation", "object", "object_type", "phrase", "negated",
          "modality", "reading", "sentences", "articles", "confidence", "sentence", "verdict"]
LITERALS = {"concept", "time", "number"}


def load(path):
    ents, edges = {}, []
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        (ents.__setitem__(o["id"], o) if o.get("kind") == "entity" else edges.append(o))
    return ents, edges


def drawn(ents, edges, n, seed, named):
    """The first n edges in edge_sample.py's order."""
    if named:
        edges = [e for e in edges if ents[e["subject"]]["type"] not in LITERALS
                 and ents[e["object"]]["type"] not in LITERALS and e["relation"] != "title"]
    edges = list(edges)
    random.Random(seed).shuffle(edges)
    return edges


def row(name, e, ents):
    s, o, ev = ents[e["subject"]], ents[e["object"]], (e.get("evidence") or [{}])[0]
    clean = lambda text: " ".join(str(text).split())
    return {"sample": name, "edge": e["id"], "subject": clean(s["name"]), "subject_type": s["type"],
            "relation": e["relation"], "object": clean(o["name"]), "object_type": o["type"],
            "phrase": clean(ev.get("phrase", "")), "negated": int(bool(e.get("negated"))),
            "modality": ev.get("modality", "asserted"), "reading": ev.get("confidence", e.get("confidence")),
            "sentences": len(e.get("evidence") or []),
            "articles": len({x["article"]["id"] for x in e.get("evidence") or []}),
            "confidence": e.get("confidence"), "sentence": clean(ev.get("sentence", "")), "verdict": ""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph"); ap.add_argument("--n", type=int, default=40); ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--named", action="store_true"); ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("--min-confidence", type=float)
    a = ap.parse_args()
    ents, edges = load(a.graph)
    skip = set()
    for path in a.skip:
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or line.startswith("sample\t"): continue
            skip.add(int(line.split("\t")[1]))
    name = f"{'named' if a.named else 'any'}-{a.seed}" + (f"-min{a.min_confidence}" if a.min_confidence is not None else "")
    out = sys.stdout
    out.write("\t".join(FIELDS) + "\n")
    count = 0
    for e in drawn(ents, edges, a.n, a.seed, a.named):
        if count == a.n: break
        if e["id"] in skip: continue
        if a.min_confidence is not None and e["confidence"] < a.min_confidence: continue
        r = row(name, e, ents)
        out.write("\t".join(str(r[f]) for f in FIELDS) + "\n")
        count += 1


if __name__ == "__main__":
    main()
