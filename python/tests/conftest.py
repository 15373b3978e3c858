"""Shared fixtures: the repository, the command line built by cargo, the sample pair."""

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def cli():
    """The `palimpsest` program to check against (scripts/test-python.sh builds it)."""
    path = os.environ.get("PALIMPSEST_BIN", str(ROOT / "target/debug/palimpsest"))
    assert os.access(path, os.X_OK), f"{path}: build the command line first (cargo build)"
    return path


@pytest.fixture(scope="session")
def seed():
    folder = ROOT / "tests/fixtures/seed"
    return (folder / "putin-v1.txt").read_text(), (folder / "putin-v2.txt").read_text()
