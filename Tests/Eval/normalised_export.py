#!/usr/bin/env python3
"""Prints a `kg export --format jsonl` dump without ids, sorted, so that two graphs of the same
articles compare line by line whatever ids their runs gave: an edge names its ends by name and
type, evidence drops its article's id and is sorted within its edge.

    kg export --db one.sqlite --format jsonl > one.jsonl
    kg export --db two.sqlite --format jsonl > two.jsonl
    diff <(python3 Tests/Eval/normalised_export.py one.jsonl) <(python3 Tests/Eval/normalised_export.py two.jsonl)
"""
import json
import sys


def normalised(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    names = {row["id"]: f'{row["name"]} ({row["type"]})' for row in rows if row.get("kind") == "entity"}
    lines = []
    for row in rows:
        row.pop("id", None)
        for end in ("subject", "object"):
            if end in row:
                row[end] = names.get(row[end], row[end])
        for evidence in row.get("evidence", []):
            evidence.get("article", {}).pop("id", None)
        if "evidence" in row:
            row["evidence"].sort(key=lambda evidence: json.dumps(evidence, sort_keys=True))
        lines.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return sorted(lines)


if __name__ == "__main__":
    print("\n".join(normalised(sys.argv[1])))
