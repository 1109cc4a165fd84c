"""Guards from false-positive hunt 13: texts the round-X2 rules first read worse than before.

The texts (tests/data_fp_hunt13.json, after the hunt's probes, keyed by their ids) are invented;
each expectation was checked by hand against its text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zhenfa

TEXTS: dict[str, str] = json.loads((Path(__file__).parent / "data_fp_hunt13.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("pid", [
    "A09",  # 但部分企业仍存在…等问题: others' problems
    "A22",  # 但消费者维权意识仍有待提高: 有待 is no 有
    "A06",  # …仍存在一些不足。同时，我局全面推行…: the year's work goes on in the paragraph
])
def test_no_closing_admission(pid: str) -> None:
    assert zhenfa.extract_text(TEXTS[pid]).shortcomings == []


@pytest.mark.parametrize("pid", [
    "B09",  # the first sentence names the problem (…但执法力量薄弱的问题仍然突出。), evidence follows
    "B04",  # a remedy closes the paragraph (2024年，街道将着力加以解决。)
])
def test_a_paragraph_that_is_no_list_of_problems_stays_one_item(pid: str) -> None:
    assert len(zhenfa.extract_text(TEXTS[pid]).shortcomings) == 1


def test_a_notice_attaching_the_report_keeps_the_report() -> None:
    # C06: the notice's 附件 list and sign-off come before the report itself
    report = zhenfa.extract_text(TEXTS["C06"])
    assert "一、主要举措和成效" in [s.heading for s in report.sections]
    assert len(report.measures) >= 2 and len(report.plans) == 2


def test_a_note_opening_a_part_closes_nothing() -> None:
    # N21: 注： in a part, with the part's text after it
    report = zhenfa.extract_text(TEXTS["N21"])
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足"]
    assert any("执法人员专业能力不足" in s.text for s in report.shortcomings)


def test_an_ornament_before_the_next_heading_is_no_items_text() -> None:
    text = ("某区退役军人事务局2024年度法治政府建设工作报告\n\n　　2024年，某区退役军人事务局坚持依法行政。\n\n▍ 一、压实法治责任\n\n"
            "　　局党组研究法治工作6次。\n\n▍ 二、依法维护权益\n\n　　提供法律咨询610人次。\n")
    assert [m.text.splitlines()[-1] for m in zhenfa.extract_text(text).measures] == ["局党组研究法治工作6次。", "提供法律咨询610人次。"]
