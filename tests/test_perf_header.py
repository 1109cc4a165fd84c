"""What the header and layout rules rewrote for speed gives exactly what its readable form gives.

Each readable form is kept here as the specification, and hypothesis (plus the seeds)
compares the two, as tests/test_fast_patterns.py does for the other stages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhenfa.fields.location import _code_hints
from zhenfa.fold import fold_width
from zhenfa.text import Doc

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SETTINGS = settings(max_examples=400, derandomize=True, deadline=None)

# ---- location._code_hints: division codes in the page's metadata ----------------------------

CREDIT_CODE_SPEC = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}([1-8]\d{5})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
INDEX_CODE_SPEC = re.compile(r"(?<![0-9A-Za-z])([1-8]\d{5})(?=[/\-_.])")


def code_hints_spec(doc: Doc) -> set[str]:
    """Each short line of the first 60 searched on its own for each pattern."""
    hints: set[str] = set()
    for line in doc.lines[:60]:
        if line.content_end - line.content_start > 120:
            continue
        for pattern in (CREDIT_CODE_SPEC, INDEX_CODE_SPEC):
            hints.update(m.group(1) for m in pattern.finditer(doc.view, line.content_start, line.content_end))
    return hints


CODE_TEXT = st.text(alphabet="0123456789ABHIJKMOPQRSVXZa /-_.\n\t\u3000索引号局", max_size=300)


@SETTINGS
@given(CODE_TEXT)
@example("370402/2022-00029\n11430802MB1C45678P\nA370402/1\n370402\n/x")
@example("911430802MB1C45678P 11430802MB1C45678PZ 1143080\n2MB1C45678P")
@example(("1" * 100 + "\n") * 70 + "370402/")
def test_code_hints_as_specified(text: str) -> None:
    doc = Doc.from_text(text)
    assert _code_hints(doc) == code_hints_spec(doc)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_code_hints_on_seeds(seed: Path) -> None:
    doc = Doc.from_text(fold_width(seed.read_text(encoding="utf-8")))
    assert _code_hints(doc) == code_hints_spec(doc)
