"""A number that a hard wrap broke (round X2, defect A): in a hard-wrapped text the margin may fall
inside a figure (参考率1⏎00%, 办理284⏎7件次, 审查1.⏎35万件, 约218⏎.6亿元), between its qualifier and it
(约⏎11万人次) or inside its compound unit (2847辆⏎次). The figure is read as if unbroken, its span
covers both parts (so the raw text holds the break), and the tail is never read alone. A line break
that is no wrap (the text is not wrapped, or the line stops short of the margin) joins nothing.
"""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.text import Doc

WIDTH = 30
# (prose, with its sentences' ends: a text whose lines hold none is not read as wrapped)
FILL = "全面推进依法行政。深入推进严格规范公正文明执法。持续提升法治政府建设水平。不断强化监督" * 6
INTRO = "2023年，某市司法局坚持以习近平法治思想为指导，全面推进依法行政，各项工作取得新成效。现将有关情况报告如下。"


def wrapped(figure: str, cut: int) -> str:
    """A report whose body paragraph is hard-wrapped at WIDTH characters, with the margin falling
    after the first `cut` characters of `figure`."""
    body = FILL[:WIDTH - cut] + figure + "，" + FILL[:400]
    lines = [body[i:i + WIDTH] for i in range(0, len(body), WIDTH)][:14]
    intro = [INTRO[i:i + WIDTH] for i in range(0, len(INTRO), WIDTH)]
    return "某市司法局2023年度法治政府建设情况报告\n\n" + "\n".join(intro) + "\n一、主要举措和成效\n" + "\n".join(lines) + "。\n"


def statistics(text: str) -> list[tuple[str, float | int, str, str | None]]:
    record = zhenfa.report_to_dict(zhenfa.extract_text(text, path="probe.txt"))
    for s in record["statistics"]:
        assert text[s["span"][0]:s["span"][1]] == s["raw"]
    return [(s["raw"], s["value"], s["unit"], s["qualifier"]) for s in record["statistics"]]


@pytest.mark.parametrize(("figure", "cut", "expected"), [
    ("参考率100%", 4, ("1\n00%", 100, "%", None)),
    ("办理2847件次", 5, ("284\n7件次", 2847, "件次", None)),
    ("审查1.35万件", 4, ("1.\n35万件", 13500, "件", None)),
    ("收入约218.6亿元", 6, ("约218\n.6亿元", 21860000000, "元", "about")),
    ("同比下降22.2%", 6, ("22\n.2%", 22.2, "%", None)),
    ("受众约11万人次", 3, ("约\n11万人次", 110000, "人次", "about")),
    ("出动2847辆次", 7, ("2847辆\n次", 2847, "辆次", None)),
    ("排查12处次隐患", 5, ("12处\n次", 12, "处次", None)),
])
def test_a_figure_the_margin_broke_is_read_whole(figure: str, cut: int, expected: tuple[str, float, str, str | None]) -> None:
    text = wrapped(figure, cut)
    assert Doc.from_text(text).wrap_breaks  # the text is read as hard-wrapped
    assert statistics(text) == [expected]


def test_the_broken_figure_keeps_its_change() -> None:
    record = zhenfa.report_to_dict(zhenfa.extract_text(wrapped("同比下降22.2%", 6), path="probe.txt"))
    assert [s["change"] for s in record["statistics"]] == ["decrease"]


@pytest.mark.parametrize(("figure", "cut"), [
    ("参考率100%", 2), ("办理2847件次", 2), ("审查1.35万件", 2), ("收入约218.6亿元", 2), ("受众约11万人次", 2)])
def test_guard_a_break_before_the_figure_changes_nothing(figure: str, cut: int) -> None:
    """The margin before the figure (and its qualifier): read as before, the raw text unbroken."""
    got = statistics(wrapped(figure, cut))
    assert len(got) == 1 and "\n" not in got[0][0]


def test_guard_an_ordinal_broken_by_the_margin_stays_excluded() -> None:
    assert statistics(wrapped("第12批", 2)) == []


def test_guard_a_unit_that_starts_a_word_on_the_next_line() -> None:
    """5家 / 次日: 次 begins the next word, not a compound unit."""
    assert statistics(wrapped("走访5家次日回访", 4)) == [("5家", 5, "家", None)]


def test_guard_a_line_break_that_is_no_wrap_joins_nothing() -> None:
    """A text that is not hard-wrapped: the lines are paragraphs, and the figures on them stay apart."""
    text = ("某市司法局2023年度法治政府建设情况报告\n\n一、主要举措和成效\n全年办理复议案件共计1\n"
            "00%的案件在法定期限内办结，办理284\n7件次咨询。\n")
    assert not Doc.from_text(text).wrap_breaks
    assert all("\n" not in raw for raw, *_ in statistics(text))


def test_guard_a_short_line_in_a_wrapped_text_joins_nothing() -> None:
    """In a wrapped text, a line that stops short of the margin ends its paragraph: no number runs on."""
    text = wrapped("办理2847件次", 5) + "接待群众来访共计5\n12件得到妥善处理。\n"
    got = statistics(text)
    assert ("12件", 12, "件", None) in got and not any(raw.startswith("5") for raw, *_ in got)
