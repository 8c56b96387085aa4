#!/usr/bin/env python3
"""Real-corpus sweep: extract every document in ../shared, then seeded mutations of them, and
report any article that traps or hangs the extractor, with a minimal reproduction.

kg itself is the harness: each batch of documents is written to a folder and run through
`kg extract --json --article-timeout T` (worker processes), which names every article that
crashed or timed out on standard error and goes on. A failing article is then shrunk, by
sentences and then by words, to the smallest text that still fails the same way.

Documents: UD EWT (train, dev, test) rebuilt into documents by `# newdoc`, wikigold and WNUT 17
(CoNLL, grouped into documents), CaRB dev sentences (grouped), the annotated news articles and
the seed article under eval/, and the BBC News corpus. Mutations: drop, duplicate and swap
sentences and words; insert titles, role nouns, possessives, quotes, brackets and dashes; change
case; join sentences and make very long ones.

Usage:
  Tests/Sweep/sweep.py --kg .build/release/kg [--budget SECONDS] [--seed N] [--jobs N] [--out DIR]
The last line is the summary; exit status 1 when anything trapped or timed out.
"""
import argparse
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("KG_SHARED", os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared")))
FAILURE = re.compile(r"^(?:kg: )?(.*?): error: extraction (crashed \(signal \d+\)|timed out after [\d.]+ s|worker exited.*)$")


def detokenize(tokens):
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|n't|'m)", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"').replace("-LRB- ", "(").replace(" -RRB-", ")")


def conll_documents(path, separator, group, name):
    """Sentences of a CoNLL token file, grouped `group` to a document (or by -DOCSTART-)."""
    documents, sentences, tokens = [], [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sentences:
                    documents.append(sentences)
                sentences, tokens = [], []
                continue
            if not line.strip():
                if tokens:
                    sentences.append(detokenize(tokens))
                    tokens = []
                    if group and len(sentences) >= group:
                        documents.append(sentences)
                        sentences = []
                continue
            tokens.append(line.split(separator)[0])
    if tokens:
        sentences.append(detokenize(tokens))
    if sentences:
        documents.append(sentences)
    return [(f"{name} {i + 1}", " ".join(s)) for i, s in enumerate(documents)]


def ewt_documents(path):
    documents, name, sentences = [], None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc id ="):
                if sentences:
                    documents.append((name, " ".join(sentences)))
                name, sentences = line.split("=", 1)[1].strip(), []
            elif line.startswith("# text ="):
                sentences.append(line.split("=", 1)[1].strip())
    if sentences:
        documents.append((name, " ".join(sentences)))
    return documents


def all_documents():
    """(title, body) of every document available under shared/."""
    documents = []
    for part in ("train", "dev", "test"):
        path = os.path.join(SHARED, "data", "ud-ewt", f"en_ewt-ud-{part}.conllu")
        if os.path.exists(path):
            documents += ewt_documents(path)
    wikigold = os.path.join(SHARED, "data", "ner", "wikigold", "wikigold.conll.txt")
    if os.path.exists(wikigold):
        documents += conll_documents(wikigold, " ", 0, "wikigold")
    for path in sorted(glob.glob(os.path.join(SHARED, "data", "ner", "wnut17", "*.conll"))):
        documents += conll_documents(path, "\t", 25, os.path.basename(path))
    carb = os.path.join(SHARED, "eval", "carb", "dev.txt")
    if os.path.exists(carb):
        with open(carb, encoding="utf-8") as f:
            lines = [detokenize(l.split()) for l in f if l.strip()]
        documents += [(f"CaRB {i // 25 + 1}", " ".join(lines[i:i + 25])) for i in range(0, len(lines), 25)]
    for path in sorted(glob.glob(os.path.join(SHARED, "eval", "news", "*.txt"))
                       + glob.glob(os.path.join(SHARED, "eval", "seed", "article.txt"))
                       + glob.glob(os.path.join(SHARED, "data", "bbc-news", "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        title, _, body = text.partition("\n")
        documents.append((title.strip() or os.path.basename(path), body))
    return documents


TITLES = ["Mr", "Mrs", "Dr", "Sir", "Lord", "President", "Prime Minister", "chief executive", "Labour MP",
          "Foreign Minister", "Bank of Norway chief", "party leader", "spokeswoman", "boss", "General"]
PUNCTUATION = ['"', "'", "(", ")", "[", "]", " - ", " -- ", " \u2014 ", "\u201c", "\u201d", "...", ";", ":"]


def sentences_of(body):
    parts = re.split(r"(?<=[.!?])\s+|\n+", body)
    return [p for p in parts if p.strip()]


def mutate(body, rng):
    sentences = sentences_of(body) or [body]
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(14)
        i = rng.randrange(len(sentences))
        words = sentences[i].split()
        if op == 0 and len(sentences) > 1:
            del sentences[i]
        elif op == 1:
            sentences.insert(i, sentences[i])
        elif op == 2:
            j = rng.randrange(len(sentences))
            sentences[i], sentences[j] = sentences[j], sentences[i]
        elif op == 3 and len(words) > 1:
            del words[rng.randrange(len(words))]
        elif op == 4 and words:
            k = rng.randrange(len(words))
            words.insert(k, words[k])
        elif op == 5 and len(words) > 1:
            k = rng.randrange(len(words) - 1)
            words[k], words[k + 1] = words[k + 1], words[k]
        elif op == 6 and words:
            # A title or role noun before a capitalised word, or anywhere.
            capitals = [k for k, w in enumerate(words) if w[:1].isupper()] or [0]
            words.insert(rng.choice(capitals), rng.choice(TITLES))
        elif op == 7 and words:
            words.insert(rng.randrange(len(words) + 1), rng.choice(PUNCTUATION))
        elif op == 8 and words:
            k = rng.randrange(len(words))
            words[k] = words[k] + rng.choice(["'s", "'", "s'", ",", "-", "'s'"])
        elif op == 9:
            sentences[i] = rng.choice([str.upper, str.lower, str.title, str.swapcase])(sentences[i])
        elif op == 10 and i + 1 < len(sentences):
            sentences[i] = sentences[i].rstrip(".!?") + " " + rng.choice(["and", ",", "-", "said"]) + " " + sentences.pop(i + 1)
        elif op == 11 and words:
            # A very long run without a sentence end.
            k = rng.randrange(len(words))
            words[k:k] = [rng.choice(words) for _ in range(rng.randint(50, 400))]
        elif op == 12 and len(words) > 2:
            a = rng.randrange(len(words) - 1)
            b = rng.randrange(a + 1, len(words))
            opener, closer = rng.choice([('"', '"'), ("(", ")"), ("\u201c", "\u201d"), ("'", "'"), ("-", "-")])
            words[a], words[b] = opener + words[a], words[b] + closer
        elif op == 13 and words:
            words.insert(rng.randrange(len(words) + 1), rng.choice(["\u200b", "\ufeff", "\u00a0", "&amp;", "<b>", "\t", "#", "@user", "50", "2005", "G-8", "£1.5bn"]))
        if 3 <= op <= 8 or op in (11, 12, 13):
            sentences[i] = " ".join(words)
    return " ".join(sentences)


def write_article(folder, name, title, body):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write((title.strip() or "Untitled") + "\n\n" + body + "\n")
    return path


JOBS = os.cpu_count() or 1


def run_batch(kg, folder, timeout):
    """{path: reason} for every article of `folder` that crashed or timed out."""
    run = subprocess.run([kg, "extract", "--json", "--jobs", str(JOBS), "--article-timeout", str(timeout), folder],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    failed = {}
    for line in run.stderr.splitlines():
        match = FAILURE.match(line)
        if match:
            failed[match.group(1)] = match.group(2)
    if run.returncode not in (0, 1):
        raise SystemExit(f"kg extract itself ended with status {run.returncode}:\n{run.stderr[-2000:]}")
    return failed


def fails(kg, text, kind, timeout, scratch):
    path = write_article(scratch, "probe.txt", "Probe", text)
    return any(reason.startswith(kind) for reason in run_batch(kg, path, timeout).values())


def shrink(kg, title, body, kind, timeout, scratch, attempts=300):
    """The smallest body (sentences, then words) that still fails with `kind`, by greedy chunk removal."""
    if not fails(kg, body, kind, timeout, scratch):
        return None  # fails only beside other articles or intermittently: report as found
    for split, join in ((sentences_of, " "), (str.split, " ")):
        units = split(body)
        chunk = max(1, len(units) // 2)
        while chunk >= 1 and attempts > 0:
            i, removed = 0, False
            while i < len(units) and attempts > 0:
                candidate = units[:i] + units[i + chunk:]
                attempts -= 1
                if candidate and fails(kg, join.join(candidate), kind, timeout, scratch):
                    units, removed = candidate, True
                else:
                    i += chunk
            if not removed:
                chunk //= 2
        body = join.join(units)
    return body


def main():
    global JOBS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kg", required=True)
    parser.add_argument("--budget", type=float, default=120, help="seconds for the whole sweep")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20, help="seconds one article may take")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--out", help="folder for reproductions (default: a temporary folder)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="extraction workers (default: the number of cores)")
    args = parser.parse_args()
    JOBS = args.jobs

    started = time.time()
    rng = random.Random(args.seed)
    documents = all_documents()
    if not documents:
        raise SystemExit(f"no documents found under {SHARED}")
    originals = list(range(len(documents)))
    rng.shuffle(originals)
    out = args.out or tempfile.mkdtemp(prefix=f"kg-sweep-{args.seed}-")
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kg-sweep-work-")
    counts = {"documents": 0, "mutated": 0, "crashed": 0, "timed out": 0}
    found = []
    batch_number = 0
    try:
        while time.time() - started < args.budget * 0.8:
            folder = os.path.join(work, f"batch{batch_number}")
            os.makedirs(folder)
            texts = {}
            # Each batch: half unseen originals (while any are left), the rest mutants.
            for k in range(args.batch):
                if k < args.batch // 2 and originals:
                    title, body = documents[originals.pop()]
                    counts["documents"] += 1
                else:
                    title, body = documents[rng.randrange(len(documents))]
                    body = mutate(body, rng)
                    counts["mutated"] += 1
                path = write_article(folder, f"{k:04d}.txt", title, body)
                texts[path] = (title, body)
            for path, reason in run_batch(args.kg, folder, args.timeout).items():
                kind = "crashed" if reason.startswith("crashed") else "timed out"
                counts[kind] += 1
                title, body = texts.get(path, ("?", ""))
                found.append((kind, reason, title, body))
            shutil.rmtree(folder)
            batch_number += 1
        for number, (kind, reason, title, body) in enumerate(found):
            small = shrink(args.kg, title, body, kind, args.timeout, work) if time.time() - started < args.budget else None
            repro = os.path.join(out, f"repro{number + 1}.txt")
            with open(repro, "w", encoding="utf-8") as f:
                f.write("Reproduction\n\n" + (small or body) + "\n")
            print(f"{kind} ({reason}): {repro}" + (f"\n  minimal: {small}" if small else " (not shrunk)"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.time() - started
    print(f"sweep: {counts['documents']} documents, {counts['mutated']} mutated inputs, "
          f"{counts['crashed']} traps, {counts['timed out']} time-outs in {elapsed:.0f} s "
          f"(seed {args.seed}, {len(documents)} documents available)")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
