"""Types of the Rust module behind ``palimpsest``; each function returns JSON text."""

from typing import List, Optional

__version__: str

def compare_json(
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
) -> str: ...
def read_json(text: str, *, format: Optional[str] = None, name: str = "text") -> str: ...
def history_json(
    versions: List[str],
    *,
    labels: Optional[List[str]] = None,
    format: Optional[str] = None,
    threshold: Optional[float] = None,
) -> str: ...
def batch_line(
    line: str, *, number: int = 1, summary_only: bool = False, threshold: Optional[float] = None
) -> str: ...
