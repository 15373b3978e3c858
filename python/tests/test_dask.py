"""The Dask example gives, byte for byte, what `palimpsest batch` writes for 2,000 pairs."""

import importlib.util
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def load_example(root):
    spec = importlib.util.spec_from_file_location("dask_corpus", root / "examples/dask_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_dask_run_matches_the_batch_command(cli, root, tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    made = subprocess.run(
        [sys.executable, root / "scripts/make-batch.py", "2000", "2000"], capture_output=True, check=True
    )
    pairs.write_bytes(made.stdout)
    expected = tmp_path / "batch.jsonl"
    subprocess.run([cli, "batch", pairs, "-o", expected], check=True)
    example = load_example(root)
    got = tmp_path / "dask.jsonl"
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            written = example.run(client, str(pairs), str(got), blocksize="256KiB")
    assert written == 2000
    assert got.read_bytes() == expected.read_bytes()
