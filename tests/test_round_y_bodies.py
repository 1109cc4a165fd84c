"""Held-out round Y, bodies and places: a partner's place is not the report's (与武隆区对口协调…), a
township's county is the one its report is addressed to (中共渠县县委、渠县人民政府：), a news item and a
通报 of assessment results with no title are lookalikes with no issuer, and a body named most often
in a head's own report is its body, not a superior named once.

The texts are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.models import Report

INTRO = "现将有关情况报告如下：\n"
BODY = "一、主要举措和成效\n（一）深化改革。召开专题会议4次。\n"


def _run(text: str) -> Report:
    return zhenfa.extract_text(text)


def _codes(report: Report) -> list[str]:
    return [w.code for w in report.warnings]


def _place(report: Report) -> tuple[str | None, str | None, str | None]:
    b = report.bureau
    return (b.province, b.city, b.county) if b is not None else (None, None, None)


# P2: a place named as a partner says nothing of where the report is from.
PARTNER_CLAUSES = [
    "深化落实“全渝通办”53项，与武隆区对口协调发展服务事项47项跨区通办。",
    "与重庆市武隆区签订合作协议2份，推动跨区通办。",
    "持续对口帮扶理塘县，开展法治宣讲3场。",
    "同武隆区结对开展执法交流2次。",
]


@pytest.mark.parametrize("clause", PARTNER_CLAUSES)
def test_a_partner_place_is_not_where_an_unnamed_body_is(clause: str) -> None:
    r = _run("2022年，我委深入学习贯彻习近平法治思想。" + INTRO + f"一、基本情况\n（一）深化改革。{clause}\n")
    assert _place(r) == (None, None, None)


def test_a_report_naming_a_partner_and_its_own_place_keeps_its_own() -> None:
    # the partner is named first: before, the earlier of two counties named once each was taken
    r = _run("2022年，我委深入学习贯彻习近平法治思想。" + INTRO + "一、基本情况\n（一）深化改革。与武隆区对口协调发展服务事项"
             "47项跨区通办。\n（二）加强执法。在涪陵区范围内开展专项检查12次。\n")
    assert _place(r) == ("重庆市", "重庆市", "涪陵区")


@pytest.mark.parametrize("clause", [
    "与涪陵区人民法院建立诉调对接协作机制。",  # a body of the place, as often the report's own city's: no partner place
    "参与涪陵区执法检查12次。",  # 与 inside a word
    "在涪陵区开展协作执法12次。",  # a pairing word, but no 与 or pairing verb before the place
])
def test_a_place_not_named_as_a_partner_still_places_the_report(clause: str) -> None:
    r = _run("2022年，我委深入学习贯彻习近平法治思想。" + INTRO + f"一、基本情况\n（一）深化改革。{clause}\n")
    assert _place(r) == ("重庆市", "重庆市", "涪陵区")


# P4: a township's county: 宝城镇 ends 城镇 and is a town all the same; the county its report is
# addressed to settles which of the counties with a township of that name it is.
def test_a_town_whose_name_ends_with_cheng_zhen_is_placed_in_its_county() -> None:
    r = _run("2025年以来，紧扣达州市“八五”普法规划收官要求，扎实推进法治政府建设。现将宝城镇2025年度法治政府建设情况报告如下。\n"
             + BODY)
    assert r.bureau is not None and r.bureau.level == "town"
    assert _place(r) == ("四川省", "达州市", "渠县")


ADDRESSEE = "中共渠县县委、渠县人民政府：\n"
TOWN_OPENING = "2024年以来，在县委、县政府的坚强领导下，我镇深入推进依法行政。现将三汇镇2024年度法治政府建设情况报告如下。\n"


@pytest.mark.parametrize(("addressee", "expected"), [
    (ADDRESSEE, ("四川省", "达州市", "渠县")),
    ("中共忠县县委、忠县人民政府：\n", ("重庆市", "重庆市", "忠县")),
])
def test_the_county_a_township_reports_to_settles_its_county(addressee: str, expected: tuple[str, str, str]) -> None:
    # 三汇镇: 重庆市合川区, 重庆市忠县 and 四川省达州市渠县 each have one
    r = _run(addressee + TOWN_OPENING + BODY)
    assert _place(r) == expected
    assert r.bureau is not None and r.bureau.level == "town" and "ambiguous_place" not in _codes(r)


@pytest.mark.parametrize(("addressee", "expected"), [
    ("", (None, None, None)),  # three counties have one: the text does not say which
    ("中共达州市委、达州市人民政府：\n", ("四川省", "达州市", "渠县")),  # the city's only one, as before
])
def test_without_its_county_in_the_addressee_the_township_is_as_before(addressee: str, expected: tuple) -> None:
    assert _place(_run(addressee + TOWN_OPENING + BODY)) == expected


@pytest.mark.parametrize("name", ["金牛区城乡建设局", "安吉县住房和城乡建设局"])
def test_cheng_xiang_in_a_department_is_no_township(name: str) -> None:
    r = _run(f"{name}2023年法治政府建设情况报告\n\n2023年，我局坚持依法行政。" + INTRO + BODY)
    assert r.bureau is not None and r.bureau.level == "county"


# P7: a news item (a byline, 本报讯, or the news of a meeting as its first sentence) is a lookalike,
# and none of the bodies it names (attendees) wrote it.
NEWS = [
    "（记者 张三）3月20日上午，某某县创建省级法治政府建设示范县实地核验工作汇报会举行。省司法厅、市司法局的相关领导参加。\n",
    "本报讯（记者 李四 通讯员 王五）近日，某某县召开法治政府建设推进会。市司法局相关负责人出席会议。\n",
    "【本报讯】某某县法治政府建设推进会召开，省司法厅有关负责人出席。\n",
    "某某县召开法治政府建设工作推进会\n日前，某某县召开法治政府建设工作推进会，省司法厅、市司法局有关负责人出席。\n",
    "11月15日，某某学院召开依法治校工作推进会，对2023年度依法治校工作进行研究部署。\n",
]


@pytest.mark.parametrize("lead", NEWS)
def test_a_news_item_is_no_report_and_has_no_issuer(lead: str) -> None:
    text = lead + "某某县县委、县政府历来高度重视法治政府建设工作，先后组织召开创建工作推进会7次。\n"
    r = _run(text)
    assert "not_a_report" in _codes(r)
    assert r.bureau is None and r.statistics == [] and r.measures == []


@pytest.mark.parametrize("text", [
    # a report that mentions journalists, or a meeting, in its opening is still a report
    "2023年，潼关县司法局坚持依法行政，接受记者采访3次。" + INTRO + BODY,
    "2023年以来，潼关县司法局召开法治政府建设专题会议12次，扎实推进依法行政。" + INTRO + BODY,
    "潼关县司法局2023年法治政府建设情况报告\n（记者 张三）\n2023年，我局坚持依法行政。" + INTRO + BODY,
    "2023年，潼关县司法局坚持依法行政。" + INTRO + BODY + "（记者 张三）\n",
])
def test_a_report_mentioning_journalists_or_meetings_stays_a_report(text: str) -> None:
    r = _run(text)
    assert "not_a_report" not in _codes(r)
    assert r.bureau is not None and r.bureau.name == "潼关县司法局"
    assert r.statistics != []


# P8: a 通报 of assessment results whose title line was not copied.
BULLETIN = ("各市人民政府，各县（市、区）人民政府，省政府各部门：\n2020年，全省各级各部门深入贯彻习近平法治思想。按照《某省依法行政考核"
            "办法》，组织了2020年度依法行政考核。经省政府同意，现将考核优秀等次单位通报如下：\n一、市政府（5个）\n"
            "衡水、唐山、沧州、保定、承德市。\n二、市直部门（2个）\n石家庄市行政审批局、承德市交通运输局。\n")


def test_an_untitled_assessment_bulletin_is_no_report_and_no_commended_unit_wrote_it() -> None:
    r = _run(BULLETIN)
    assert "not_a_report" in _codes(r)
    assert r.bureau is None and r.measures == [] and r.statistics == []


@pytest.mark.parametrize("text", [
    # a report's own 报告如下, and a 通报 of no assessment (the README's titled rule is about results)
    BULLETIN.replace("现将考核优秀等次单位通报如下", "现将有关情况报告如下"),
    "2023年，某某县司法局坚持依法行政。现将有关工作情况通报如下：\n" + BODY,
])
def test_a_report_or_a_bulletin_of_no_results_is_not_flagged(text: str) -> None:
    assert "not_a_report" not in _codes(_run(text))


# P14: in a head's own report that names no full body, the level-and-department name it writes most
# (区城管局, three times, inside sentences too) is its body, not a superior named once after a comma.
DUTY = ("20xx年区城管局副局长述职述廉报告\n\n6月下旬，本人调区城管局工作，分管党务等方面工作。围绕区委区政府和市总、"
        "市城管局的各项工作目标任务，狠抓各项工作的落实，现将本人一年来的述职、述学、述法情况报告如下：\n\n一、述职情况\n\n"
        "区总工会和区城管局工作面广量大。组建企业工会18家。\n")


def test_the_body_a_head_names_most_is_his() -> None:
    r = _run(DUTY)
    assert r.bureau is not None and r.bureau.name == "区城管局" and r.bureau.level == "county"


@pytest.mark.parametrize(("text", "name"), [
    # one each: the first after a comma, as before
    ("2023年，我局坚持依法行政，市城管局党组高度重视。督促区城管局开展执法检查。" + INTRO + BODY, "市城管局"),
    # several bodies (各区城管局) are not the body, however often they are named
    ("2023年，我局坚持依法行政，市城管局党组高度重视。指导各区城管局开展检查，各区城管局共办案12件，各区城管局均已整改。"
     + INTRO + BODY, "市城管局"),
    # a report that says 我局 is a 局: a 厅 named more often is its superior
    ("2023年，我局坚持依法行政，市司法局党组高度重视。落实省司法厅部署，配合省司法厅督察，接受省司法厅检查。" + INTRO + BODY,
     "市司法局"),
])
def test_a_body_named_once_stays_where_nothing_is_named_more(text: str, name: str) -> None:
    r = _run(text)
    assert r.bureau is not None and r.bureau.name == name
