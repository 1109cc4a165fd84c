"""Shapes held-out round Y (county and township pages) found read wrong: statistics, dates, markers.

The texts are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa

HEAD = "某某县司法局2023年法治政府建设工作报告\n2023年，我局坚持依法行政。现将有关情况报告如下：\n一、主要措施和成效\n"


def _raws(sentence: str) -> list[str]:
    return [s.raw for s in zhenfa.extract_text(HEAD + "（一）完善制度。" + sentence + "\n").statistics]


@pytest.mark.parametrize(("sentence", "raws"), [
    ("每季度集体学法不少于1次，全年参加讲座36期。", ["36期"]),  # a rule's minimum is no count
    ("每月召开例会不低于2次。", []),
    ("全年集体学法不少于12次。", ["不少于12次"]),  # no 每: a year's total, with its bound
    ("三套班子其它成员为副组长，召开会议5次。", ["5次"]),  # a place's leading bodies
    ("四套班子领导带头学法。", []),
])
def test_rules_of_frequency_and_set_phrases(sentence: str, raws: list[str]) -> None:
    assert _raws(sentence) == raws


@pytest.mark.parametrize("sentence", [
    # (hunt 11) a figure with 日 between commas is as often a duration as a date that lost its 月: no warning
    "行政复议、行政诉讼的法定期限分别为60日，90日，120日，我局均在期限内办结。",
    "公示期，120日，期满无异议。",
    "办理时限压缩至120日，群众满意度提高。",
])
def test_a_figure_with_ri_after_a_comma_is_no_malformed_date(sentence: str) -> None:
    warnings = [w.code for w in zhenfa.extract_text(HEAD + "（一）完善制度。" + sentence + "\n").warnings]
    assert "malformed_date" not in warnings


def test_a_stray_comma_before_the_dun_keeps_the_marker() -> None:
    text = ("2022年，某某镇坚持以习近平新时代中国特色社会主义思想为指导。现将情况报告如下：\n"
            "一,、深入学习贯彻党的二十大精神的情况\n我镇严格落实“第一议题”制度。\n二,、依法全面履行政府职能的情况\n我镇召开会议3次。\n")
    assert [s.marker for s in zhenfa.extract_text(text).sections] == ["一,、", "二,、"]


def test_a_bullet_standing_for_the_first_parts_number_heads_that_part() -> None:
    # a page rendered 一、 as a list item's bullet; the report's first numbered part is 二、
    text = ("2022年，某某县人民政府深入推进依法行政。现将有关情况报告如下：\n  • 加强党对法治政府建设领导情况。\n"
            "一是主要领导履行第一责任人职责。召开会议3次。二是深入学习习近平法治思想。举办讲座2期。\n"
            "二、健全政府机构职能体系情况。\n一是深化放管服改革。取消事项5项。二是优化营商环境。\n")
    report = zhenfa.extract_text(text)
    assert [(s.marker, s.title) for s in report.sections] == [("•", "加强党对法治政府建设领导情况"), ("二、", "健全政府机构职能体系情况")]
    assert len(report.measures) == 4


def test_bullets_in_a_report_whose_first_part_is_numbered_stay_text() -> None:
    text = ("2022年，某某县人民政府深入推进依法行政。现将有关情况报告如下：\n一、加强党的领导情况\n• 召开会议3次。\n"
            "二、健全政府机构职能体系情况\n一是深化放管服改革。取消事项5项。二是优化营商环境。\n")
    assert [s.marker for s in zhenfa.extract_text(text).sections] == ["一、", "二、"]
