"""Helpers shared by the tests that walk a dumped record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def iter_spans(obj: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every span in a dumped record: keys ending in 'span' and the evidence spans, with their path."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            here = f"{where}.{key}"
            if value is not None and (key.endswith("span") or where.endswith(".evidence")):
                yield here, value
            else:
                yield from iter_spans(value, here)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from iter_spans(value, f"{where}[{i}]")
