#!/usr/bin/env python3
"""Compare a JSON Lines corpus of version pairs with Palimpsest on a Dask cluster.

Each input line is ``{"id": …, "old": TEXT, "new": TEXT}``, as for ``palimpsest batch``;
each output line is what ``palimpsest batch`` writes for it, in input order, byte for byte.
Every line needs its ``id``: a worker does not know a line's number in the whole file.

    python examples/dask_corpus.py pairs.jsonl results.jsonl              # a local cluster
    python examples/dask_corpus.py pairs.jsonl results.jsonl --scheduler tcp://host:8786

Dask does the scheduling: the corpus is read in blocks (one task each), every block's lines
are compared by ``palimpsest.batch_line`` (which lets go of the GIL), and each block's
results are written to a part file that is then joined, in order, into the output.
"""

import argparse
import os
import shutil
import tempfile
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

import palimpsest


def compare_block(lines, summary_only=False):
    """The result lines of one block of input lines (blank lines skipped)."""
    return [palimpsest.batch_line(line, summary_only=summary_only) for line in lines if line.strip()]


def run(client, source, target, summary_only=False, blocksize="1MiB"):
    """Compare every pair of ``source`` on ``client``'s cluster; write the results to ``target``.

    Returns the number of result lines written.
    """
    bag = db.read_text(source, blocksize=blocksize)
    results = bag.map_partitions(compare_block, summary_only=summary_only)
    parts = tempfile.mkdtemp(prefix="palimpsest-dask-", dir=os.path.dirname(os.path.abspath(target)))
    try:
        names = results.to_textfiles(
            os.path.join(parts, "*.jsonl"),
            name_function=lambda n: f"{n:08d}",
            compute=False,
            last_endline=True,
        )
        client.compute(names, sync=True)
        written = 0
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=os.path.dirname(os.path.abspath(target)), delete=False
        ) as out:
            for name in sorted(os.listdir(parts)):
                with open(os.path.join(parts, name), encoding="utf-8") as part:
                    for line in part:
                        out.write(line)
                        written += 1
        os.replace(out.name, target)
        return written
    finally:
        shutil.rmtree(parts, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="the pairs, one JSON object a line")
    parser.add_argument("target", help="where the results go, one JSON object a line")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--summary-only", action="store_true")
    args = parser.parse_args()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1))
    with client:
        started = time.monotonic()
        written = run(client, args.source, args.target, args.summary_only)
        took = time.monotonic() - started
    print(f"{written} results written to {args.target} in {took:.1f} s ({written / took:.0f} pairs/s)")


if __name__ == "__main__":
    main()
