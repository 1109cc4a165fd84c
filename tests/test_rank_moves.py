"""A move in a ranking (排名进步6位, 较上年上升3位) is no count: README says ranks are not statistics.

The texts are invented for the test; each expectation was checked by hand."""

from __future__ import annotations

import pytest

import zhenfa

HEAD = "某局2023年法治政府建设报告\n2023年，我局推进法治建设。\n一、主要举措\n（一）加强考核。"


def _raws(sentence: str) -> list[str]:
    return [s.raw for s in zhenfa.extract_text(HEAD + sentence + "\n").statistics]


@pytest.mark.parametrize("sentence", ["全省法治政府建设考核排名进步6位。", "综合排名较上年上升3位。", "排名提升5位。",
                                      "创新指数排名提高至第72位（进步5位）。", "排名下滑2位。"])
def test_a_move_in_a_ranking_is_no_statistic(sentence: str) -> None:
    assert _raws(sentence) == []


@pytest.mark.parametrize(("sentence", "raws"), [
    ("新增执法人员3位。", ["3位"]),  # people, counted
    ("表彰先进个人12位，聘请法律顾问2位。", ["12位", "2位"]),
])
def test_people_counted_by_wei_stay_statistics(sentence: str, raws: list[str]) -> None:
    assert _raws(sentence) == raws
