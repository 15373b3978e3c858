#!/usr/bin/env python3
"""Compare a JSON Lines corpus of version pairs with Palimpsest on Spark (PySpark).

Each input line is ``{"id": …, "old": TEXT, "new": TEXT}``, as for ``palimpsest batch``;
each output line is what ``palimpsest batch`` writes for it, in input order. Every line
needs its ``id``. Runs in local mode by default; give ``--master`` for a cluster, where
every executor needs the ``palimpsest`` wheel installed.

    python examples/spark_corpus.py pairs.jsonl results.jsonl
    python examples/spark_corpus.py pairs.jsonl results.jsonl --master spark://host:7077

Spark does the scheduling: the lines are numbered, compared in Arrow batches by
``mapInPandas`` (``palimpsest.batch_line`` lets go of the GIL), sorted back into input order
and written as one file. Needs pyspark, pandas and pyarrow, and a Java runtime.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F


def compare_batches(frames, summary_only=False):
    """Result lines for each pandas batch of numbered input lines."""
    import palimpsest

    for frame in frames:
        frame = frame[frame["value"].str.strip() != ""]
        frame = frame.assign(
            value=[palimpsest.batch_line(line, summary_only=summary_only) for line in frame["value"]]
        )
        yield frame


def run(spark, source, target, summary_only=False):
    """Compare every pair of ``source``; write the results to ``target``; return how many."""
    lines = spark.read.text(source).withColumn("number", F.monotonically_increasing_id())
    # Cached: sorting samples the results first, which would otherwise compare twice.
    results = lines.mapInPandas(
        lambda frames: compare_batches(frames, summary_only), schema="value string, number long"
    ).cache()
    parts = tempfile.mkdtemp(prefix="palimpsest-spark-", dir=os.path.dirname(os.path.abspath(target)))
    try:
        out = os.path.join(parts, "out")
        results.orderBy("number").select("value").coalesce(1).write.text(out)
        written = 0
        with open(target + ".tmp", "w", encoding="utf-8") as joined:
            for name in sorted(n for n in os.listdir(out) if n.startswith("part-")):
                with open(os.path.join(out, name), encoding="utf-8") as part:
                    for line in part:
                        joined.write(line)
                        written += 1
        os.replace(target + ".tmp", target)
        return written
    finally:
        results.unpersist()
        shutil.rmtree(parts, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="the pairs, one JSON object a line")
    parser.add_argument("target", help="where the results go, one JSON object a line")
    parser.add_argument("--master", default=f"local[{os.cpu_count() or 1}]")
    parser.add_argument("--summary-only", action="store_true")
    args = parser.parse_args()
    # Local workers run this same Python, which has palimpsest, pandas and pyarrow.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master(args.master).appName("palimpsest").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        started = time.monotonic()
        written = run(spark, args.source, args.target, args.summary_only)
        took = time.monotonic() - started
    finally:
        spark.stop()
    print(f"{written} results written to {args.target} in {took:.1f} s ({written / took:.0f} pairs/s)")


if __name__ == "__main__":
    main()
