"""A body opening an untitled report, named by its place and a department the table does not list:
read by its shape (a body's ending right before the opening's verb), as held-out round V found needed.

The openings are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa

BODY = "现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


def _name(opening: str) -> str | None:
    bureau = zhenfa.extract_text(opening + BODY).bureau
    return bureau.name if bureau is not None else None


@pytest.mark.parametrize("name", ["甘肃省文化和旅游厅", "甘肃省商务厅", "江西省住房和城乡建设厅", "银川市国资委", "余杭区文体旅局",
                                  "银川市城市管理综合行政执法局", "合肥市数据资源局", "吉林省乡村振兴局",
                                  "甘肃省人民政府国有资产监督管理委员会"])
def test_a_place_and_a_department_by_its_shape_open_the_report(name: str) -> None:
    assert _name(f"2023年，{name}坚持以习近平法治思想为指导，全面推进法治政府建设。") == name


def test_after_a_leading_clause_the_full_name_is_read_not_a_later_short_form() -> None:
    opening = "自“八五”普法规划实施以来，甘肃省文化和旅游厅坚持以习近平法治思想为指导。省文旅厅连续四年获评优秀等次。"
    assert _name(opening) == "甘肃省文化和旅游厅"


@pytest.mark.parametrize("opening", [
    "2023年，成都市委政法委坚持以习近平法治思想为指导，推进平安建设。",  # a Party organ: no government body
    "在市委的坚强领导下，成都市财政运行平稳，法治建设持续推进。",  # a place as a topic, no body's ending
])
def test_no_body_where_none_stands(opening: str) -> None:
    name = _name(opening)
    assert name is None or not name.endswith(("委", "财政")), name


@pytest.mark.parametrize("opening", [
    # (false-positive hunt 9) the place is the subject and what follows is what it did: no department
    "2023年，西宁市深入贯彻省委依法治省委员会部署，推进法治政府建设。",
    "2023年，兰州市认真落实省委依法治省办部署，推进法治政府建设。",
    "一年来，兰州市认真落实省委依法治省办部署，推进法治政府建设。",
    "2023年，西宁市紧扣全市工作大局坚持依法行政。",
    "2023年，天水市服务发展大局坚持依法行政。",
    "西宁市着眼经济社会发展全局着力推进法治政府建设。",
])
def test_a_place_and_what_it_did_is_no_department(opening: str) -> None:
    assert _name(opening) is None


@pytest.mark.parametrize("opening", ["2023年，兰州市司法局党委坚持以习近平法治思想为指导。", "兰州市司法局机关党委认真落实部署。"])
def test_a_bodys_party_committee_is_not_the_body(opening: str) -> None:
    assert _name(opening) == "兰州市司法局"
