#!/usr/bin/env python3
"""Writes verbs.tsv, the verb dictionary the lemmatizer checks its guesses against, from WordNet 3.0
(Debian package wordnet-base: /usr/share/wordnet/index.verb and verb.exc).

Lines are a verb lemma alone (`chair`), or an irregular form, a tab and its lemma (`signalled	signal`).
Only one-word lemmas are kept; particles are the parser's business. Usage: wordnet-verbs.py [WORDNET_DIR] > verbs.tsv
"""
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
lemmas = set()
with open(f"{root}/index.verb", encoding="utf-8") as f:
    for line in f:
        if line.startswith(" "):
            continue  # the licence header
        word = line.split(" ", 1)[0]
        if word.isalpha() or ("-" in word and word.replace("-", "").isalpha()):
            lemmas.add(word)
forms = {}
with open(f"{root}/verb.exc", encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 2 and "_" not in parts[0] and parts[1] in lemmas:
            forms.setdefault(parts[0], parts[1])
print("# WordNet 3.0 verbs (c) 2006 Princeton University, WordNet 3.0 licence; see README.md")
for lemma in sorted(lemmas):
    print(lemma)
for form in sorted(forms):
    print(f"{form}\t{forms[form]}")
