"""Page layouts read wrong before this session's mends, one small case each (with guards)."""

from __future__ import annotations

import pytest

import zhenfa

BODY = ("某某县司法局2023年法治政府建设工作报告\n2023年，我局坚持依法行政。\n一、主要举措\n（一）加强领导。成立领导小组。\n"
        "二、存在的不足\n法治意识不强。\n\n某某县司法局\n2024年1月10日\n")


@pytest.mark.parametrize("header", [
    "发文字号：    成文日期：\n2026年12月3日 星期四 晴 12℃\n",
    "成文日期：\n2026年12月3日 星期四\n",
    "[ 发布日期 ]\n今天是2026年12月3日 星期四\n",
])
def test_the_pages_clock_under_an_empty_date_label_is_not_its_value(header: str) -> None:
    """A portal's clock (a date with its weekday) below an empty label: the sign-off's date stands."""
    assert zhenfa.extract_text(header + BODY).published == "2024-01-10"


@pytest.mark.parametrize(("header", "date"), [
    ("[ 发布日期 ]\n2025-01-15\n", "2025-01-15"),  # label and value on separate lines: still read
    ("成文日期：\n2024年1月12日\n", "2024-01-12"),
])
def test_a_date_under_an_empty_label_is_its_value(header: str, date: str) -> None:
    assert zhenfa.extract_text(header + BODY).published == date
