#!/usr/bin/env python3
"""Makes a JSON Lines corpus of article pairs for `palimpsest batch` benchmarks and tests.

Each pair is about SIZE bytes of sentences drawn from the repository's fixture articles
(Wikinews revisions and the sample), the new version with a few sentences reworded, removed,
added or moved, as real revisions are.

Usage: make-batch.py COUNT [SIZE] > pairs.jsonl     (SIZE in bytes, default 5000)
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def corpus():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/revisions/*.txt"))
                       + glob.glob(os.path.join(ROOT, "tests/fixtures/seed/*.txt"))):
        with open(path, encoding="utf-8") as f:
            out += [s.strip() for s in re.split(r"(?<=[.!?”])\s+", f.read()) if len(s.strip()) > 30]
    return out


def main():
    count = int(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    rng = random.Random(42)
    sentences = corpus()
    for i in range(count):
        old, total = [], 0
        while total < size:
            s = rng.choice(sentences)
            old.append(s)
            total += len(s) + 1
        new = list(old)
        for _ in range(max(1, len(new) // 10)):
            roll, at = rng.random(), rng.randrange(len(new))
            if roll < 0.4:
                words = new[at].split()
                words[rng.randrange(len(words))] = rng.choice(["not", "nearly", "said", "twelve"])
                new[at] = " ".join(words)
            elif roll < 0.6:
                del new[at]
            elif roll < 0.8:
                new.insert(at, rng.choice(sentences))
            else:
                new.insert(rng.randrange(len(new)), new.pop(at))
        paragraphs = lambda s: "\n\n".join(" ".join(s[k:k + 4]) for k in range(0, len(s), 4))
        print(json.dumps({"id": f"pair-{i}", "old": paragraphs(old), "new": paragraphs(new)}))


if __name__ == "__main__":
    main()
