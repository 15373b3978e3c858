#!/usr/bin/env bash
# Tests the Python package (python/): builds its wheel with maturin (no GUI dependencies),
# installs it in a fresh virtual environment under target/, and runs its tests with pytest,
# among them a Dask run over 2,000 pairs checked byte for byte against `palimpsest batch`.
# Needs python3 with venv (scripts/install-deps.sh installs it); maturin, pytest and Dask
# come from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=target/python-venv
rm -rf "$venv" target/wheels
python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check \
    "maturin>=1.9,<2" "pytest>=8" "dask[bag]>=2024.1" "distributed>=2024.1"
"$venv/bin/maturin" build -q --locked -m python/Cargo.toml -o target/wheels
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps target/wheels/palimpsest-*.whl
cargo build -q --locked --bin palimpsest
PALIMPSEST_BIN="$PWD/target/debug/palimpsest" "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
