"""A table copied with bars whose rows name their unit (| 涉税信访（件次） | 158 | 121 |), as held-out round X2
found it: every row is read, however short its name. The texts are invented; expectations checked by hand."""

from __future__ import annotations

import zhenfa

HEAD = ("某市税务局2020年度法治政府建设情况报告\n\n　　2020年，某市税务局坚持依法治税。现将有关情况报告如下：\n　　一、主要举措和成效\n"
        "　　(一)化解涉税争议。办理情况如下：\n")
TAIL = "　　二、存在的不足\n　　一是执法力量不足。\n"


def test_rows_naming_their_unit_are_read_whatever_their_names_length() -> None:
    table = "| 指标 | 2019年 | 2020年 |\n| 办理税务行政复议（件） | 6 | 4 |\n| 涉税信访（件次） | 158 | 121 |\n"
    stats = [(s.raw, s.value, s.unit, s.subject) for s in zhenfa.extract_text(HEAD + table + TAIL).statistics]
    assert stats == [("6", 6, "件", "办理税务行政复议"), ("4", 4, "件", "办理税务行政复议"),
                     ("158", 158, "件次", "涉税信访"), ("121", 121, "件次", "涉税信访")]


def test_a_navigation_bar_of_short_words_stays_chrome() -> None:
    # guard: bars between short words with no unit and no figure are a page's menu
    text = HEAD.replace("办理情况如下：\n", "办理行政复议案件6件。\n") + "| 首页 | 政务公开 | 互动交流 |\n" + TAIL
    assert [s.raw for s in zhenfa.extract_text(text).statistics] == ["6件"]
