#!/usr/bin/env python3
"""A small sentence comparer built on Python's difflib, as a yardstick for Palimpsest.

Reads two files with one sentence a line, aligns them with difflib.SequenceMatcher, pairs
the sentences of each replaced block by similarity (ratio >= 0.5) as edits, and prints a
JSON summary: unchanged, edited, added and removed sentences.

Usage: difflib_compare.py OLD.lines NEW.lines
       difflib_compare.py --jsonl PAIRS.jsonl   (one {"id", "old", "new"} a line; sentences
                                                  split at . ! ? and white space; one summary
                                                  a line out, as `palimpsest batch --summary-only`)
"""
import difflib
import json
import re
import sys

SENTENCE_END = re.compile(r'(?<=[.!?])["”’)]*\s+')


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f]


def sentences(text):
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def main():
    if sys.argv[1] == "--jsonl":
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                pair = json.loads(line)
                counts = compare(sentences(pair["old"]), sentences(pair["new"]))
                print(json.dumps({"id": pair.get("id"), "summary": counts}))
        return
    json.dump(compare(read(sys.argv[1]), read(sys.argv[2])), sys.stdout)
    print()


def compare(old, new):
    counts = {"unchanged": 0, "edited": 0, "added": 0, "removed": 0}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            counts["unchanged"] += i2 - i1
        elif tag == "delete":
            counts["removed"] += i2 - i1
        elif tag == "insert":
            counts["added"] += j2 - j1
        else:
            used = set()
            for i in range(i1, i2):
                best, best_j = 0.0, None
                for j in range(j1, j2):
                    if j in used:
                        continue
                    pair = difflib.SequenceMatcher(None, old[i], new[j])
                    if pair.real_quick_ratio() < 0.5 or pair.quick_ratio() < 0.5:
                        continue
                    ratio = pair.ratio()
                    if ratio > best:
                        best, best_j = ratio, j
                if best_j is not None and best >= 0.5:
                    used.add(best_j)
                    counts["edited"] += 1
                else:
                    counts["removed"] += 1
            counts["added"] += (j2 - j1) - len(used)
    return counts


if __name__ == "__main__":
    main()
