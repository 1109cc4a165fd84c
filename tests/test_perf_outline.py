"""Patterns of the outline and its fields rewritten for speed give what their readable forms give.

Each readable form is kept here as the specification, and hypothesis and every position of
every line of the seeds compare the two (as tests/test_fast_patterns.py does for the others).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhenfa.fields.kinds import SHORTCOMING_TRANSITION

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SETTINGS = settings(max_examples=600, derandomize=True, deadline=None)

# What turns a report to its problems: 存在…不足, 还有…问题, 不足之处, 主要表现在, 主要问题 (not 针对存在的问题).
SHORTCOMING_TRANSITION_SPEC = re.compile(
    r"(?:存在|还有|仍有|也有|尚有)(?<!针对..)(?<!围绕..)(?<!聚焦..)(?<!解决..)[^。]{0,12}(?:不足|问题|差距|短板|薄弱)"
    r"|不足之处|主要表现(?:在|为)|主要问题")
TRANSITION_TEXT = st.text(alphabet="存在还有仍也尚不足之处主要表现为问题差距短板薄弱针对围绕聚焦解决的。，", max_size=40)


def _found(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> tuple[tuple[int, int], str] | None:
    m = pattern.search(text, pos, endpos)
    return None if m is None else (m.span(), m.group())


def _seed_lines() -> list[str]:
    return [line for path in SEEDS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@SETTINGS
@given(TRANSITION_TEXT, st.integers(0, 40), st.integers(0, 40))
@example("针对存在的问题，仍存在执法不足", 0, 40)
@example("存在不足之处主要表现在", 1, 40)
def test_shortcoming_transition_matches_its_specification(text, pos, endpos):
    assert _found(SHORTCOMING_TRANSITION, text, pos, endpos) == _found(SHORTCOMING_TRANSITION_SPEC, text, pos, endpos)


def test_shortcoming_transition_matches_its_specification_on_the_seeds():
    lines = _seed_lines()
    assert lines
    for line in lines:
        for pos in range(len(line)):
            assert _found(SHORTCOMING_TRANSITION, line, pos, len(line)) == \
                _found(SHORTCOMING_TRANSITION_SPEC, line, pos, len(line)), (line, pos)
