"""A head's own report on his rule-of-law duty (述法): its 履职情况 part is the leadership part.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.fields.kinds import is_duty_report

BODY = ("一、履职情况\n"
        "（一）坚持把学习贯彻习近平法治思想作为第一要务。组织专题学习4次。\n"
        "（二）坚持把履行第一责任人职责作为第一职责。主持召开法治专题会议2次。\n"
        "二、存在的不足\n"
        "一是学法用法的深度不够；二是推动解决法治难题的办法不多。\n"
        "三、下一步打算\n"
        "（一）加强学习。\n（二）压实责任。\n")


def _kinds(text: str) -> list[list[str]]:
    return [[str(k) for k in s.kinds] for s in zhenfa.extract_text(text).sections]


@pytest.mark.parametrize("head", [
    "某某县县长关于履行推进法治建设第一责任人职责情况的报告\n2024年，我坚持以习近平法治思想为指导。现将本人述法情况报告如下：\n",
    "某某县司法局局长2024年度述法报告\n2024年，我认真履行职责。现报告如下：\n",
    # no title: the opening speaks in the first person of the duty
    "2024年以来，本人切实履行推进法治政府建设第一责任人职责，推动各项工作有序开展。现将有关情况汇报如下：\n",
])
def test_a_duty_reports_performance_part_is_leadership(head: str) -> None:
    report = zhenfa.extract_text(head + BODY)
    assert [[str(k) for k in s.kinds] for s in report.sections] == [["leadership"], ["shortcomings"], ["plans"]]
    assert report.measures == []  # the head's duties are not the year's measures
    assert [p.title for p in report.plans] == ["加强学习", "压实责任"]


def test_a_departments_report_keeps_a_performance_heading_as_its_measures() -> None:
    # the bureau's own report, not its head's: 履职情况 is a theme of the year's work
    head = "某某县司法局2024年法治政府建设情况报告\n2024年，我局坚持以习近平法治思想为指导，局主要负责人切实履行第一责任人职责。现将有关情况报告如下：\n"
    assert _kinds(head + BODY) == [["measures"], ["shortcomings"], ["plans"]]


@pytest.mark.parametrize(("title", "opening", "expected"), [
    ("某某区区长述法报告", "", True),
    ("关于履行推进法治建设第一责任人职责情况的报告", "", True),
    # a titled bureau report whose head writes in the first person is still the bureau's (hunt 9, G05)
    ("某某局2024年法治政府建设情况报告", "本人切实履行第一责任人职责。", False),
    # a combined report: the bureau's year and the head's duty (hunt 9, G02, G07)
    ("某某县交通运输局2023年度法治政府建设和主要负责人履行推进法治建设第一责任人职责情况报告", "", False),
    ("某某镇2023年度法治政府建设情况暨述法报告", "", False),
    (None, "2024年以来，本人切实履行推进法治政府建设第一责任人职责。", True),
    ("某某局2024年法治政府建设情况报告", "局党组书记切实履行第一责任人职责。", False),
    ("关于贯彻上述法律法规情况的报告", "", False),  # 上述法律: not 述法
    (None, "我局认真落实法治建设第一责任人制度。", False),
])
def test_is_duty_report(title: str | None, opening: str, expected: bool) -> None:
    assert is_duty_report(title, opening) is expected
