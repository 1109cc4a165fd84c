"""A two-column table of a report's main figures after its sign-off (附件：主要数据 / 行政复议案件<TAB>35件):
the figure cells carry their units.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa

HEAD = ("某某县司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"
        "二、下一步工作打算\n一是深化示范创建。\n")
SIGN_OFF = "\n某某县司法局\n2024年3月1日\n"
APPENDIX = "附件：主要数据\n行政复议案件\t35件\n行政应诉案件\t12件\n"


@pytest.mark.parametrize("closing", ["特此报告。\n", ""])
def test_appendix_rows_with_units_are_statistics_outside_every_section(closing: str) -> None:
    text = HEAD + closing + SIGN_OFF + APPENDIX
    report = zhenfa.extract_text(text)
    appendix = [(s.raw, s.subject, s.section) for s in report.statistics if s.raw != "3次"]
    assert appendix == [("35件", "行政复议案件", []), ("12件", "行政应诉案件", [])]
    # the sign-off and the table are not the last plan's text, and the report is whole
    assert [p.text for p in report.plans] == ["一是深化示范创建。"]
    assert "truncated" not in [w.code for w in report.warnings]
    assert report.published == "2024-03-01"


def test_a_metadata_row_with_a_tab_after_the_body_is_no_table() -> None:
    text = ("某局2023年法治政府建设报告\n2023年，我局推进法治建设。\n一、主要举措\n（一）加强学习。组织学习5次。\n"
            "浏览次数\t1234次\n")
    assert [s.raw for s in zhenfa.extract_text(text).statistics] == ["5次"]


@pytest.mark.parametrize("footer", [
    # (false-positive hunt 9) a page's counters and most-read lists below the sign-off are no table of the report's
    "访问次数\t1234次\n",
    "点击排行\n关于开展普法的通知\t356次\n关于印发方案的通知\t120次\n",
    "主动公开\t1234条\n依申请公开\t12件\n",
])
def test_counted_rows_under_the_sign_off_with_no_appendix_line_stay_outside_the_body(footer: str) -> None:
    report = zhenfa.extract_text(HEAD + SIGN_OFF + footer)
    assert report.published == "2024-03-01"
    assert [p.text for p in report.plans] == ["一是深化示范创建。"]
    assert [s.raw for s in report.statistics] == ["3次"]
