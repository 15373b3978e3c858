"""Palimpsest: see exactly how an article changed between versions.

Every function takes text and returns what the ``palimpsest`` command line writes as JSON,
as Python dicts and lists with the same fields (see ``docs/report-format.md``). The work is
done in Rust, with the GIL released, so threads run in parallel.

>>> import palimpsest
>>> report = palimpsest.compare("The vote was 16 to 4.", "The vote was 18 to 4.")
>>> report["summary"]["edited"]
1
"""

import json
from typing import Any, Dict, Optional, Sequence

from . import _palimpsest

__all__ = ["compare", "read", "history", "batch_line", "__version__"]
__version__: str = _palimpsest.__version__


def compare(
    old: str,
    new: str,
    *,
    format: Optional[str] = None,
    ignore_case: bool = False,
    ignore_punctuation: bool = False,
    normalize_typography: bool = False,
    detect_moves: bool = True,
    pair_in_place: bool = True,
    threshold: Optional[float] = None,
) -> Dict[str, Any]:
    """Compare two versions of an article; return the pair report (schema ``palimpsest/report/1``).

    ``format`` is ``"text"``, ``"markdown"``, ``"html"`` or ``None`` (told from the text).
    ``threshold`` (0 to 1) is how similar two sentences must be to count as an edit;
    with ``pair_in_place``, a sentence rewritten where it stands needs half of it.
    Raises ``ValueError`` on a bad option.
    """
    return json.loads(
        _palimpsest.compare_json(
            old,
            new,
            format=format,
            ignore_case=ignore_case,
            ignore_punctuation=ignore_punctuation,
            normalize_typography=normalize_typography,
            detect_moves=detect_moves,
            pair_in_place=pair_in_place,
            threshold=threshold,
        )
    )


def read(text: str, *, format: Optional[str] = None, name: str = "text") -> Dict[str, Any]:
    """Read one version: its sentences, quotations and their speakers, and its warnings."""
    return json.loads(_palimpsest.read_json(text, format=format, name=name))


def history(
    versions: Sequence[str],
    *,
    labels: Optional[Sequence[str]] = None,
    format: Optional[str] = None,
    threshold: Optional[float] = None,
) -> Dict[str, Any]:
    """Follow a story through its versions, oldest first (schema ``palimpsest/history/1``).

    ``labels`` name the versions (``v1``, ``v2``, … by default).
    """
    return json.loads(
        _palimpsest.history_json(
            list(versions),
            labels=None if labels is None else list(labels),
            format=format,
            threshold=threshold,
        )
    )


def batch_line(
    line: str, *, number: int = 1, summary_only: bool = False, threshold: Optional[float] = None
) -> str:
    """The result line ``palimpsest batch`` writes for one JSON Lines input line, as text.

    The input line is ``{"id": …, "old": TEXT, "new": TEXT}``; ``number`` (from 1) is the id
    of a line that has none. A line that cannot be compared gives ``{"id", "error"}``. The
    bytes are those of ``palimpsest batch``, so a corpus run on Dask or Spark can be checked
    against it.
    """
    return _palimpsest.batch_line(line, number=number, summary_only=summary_only, threshold=threshold)
