"""Round W header and statistics findings: a byline of the issuer and the date under the title
gives the published date (C), a government named by its level only opening the report is the
body (E), a year written without 年 before 以来 is the report's year when the text names no other
(F), and an indefinite 一名 after a verb of designation is no statistic (G); each on a small
case, with the guards the rule must not break."""

from __future__ import annotations

import pytest

from zhenfa import extract_text

_TITLE = "某某县司法局2023年度法治政府建设情况报告\n"
_OPENING = "2023年，县司法局坚持依法行政。现将有关情况报告如下：\n"
_BODY = ("一、主要举措和成效\n"
         "（一）加强组织领导。召开专题会议3次，审议文件12件。\n")


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


def raws(report) -> list[str]:
    return [s.raw for s in report.statistics]


# C: a byline of the issuer and the whole date under the title
@pytest.mark.parametrize(("byline", "written"), [
    ("某某县司法局 2024年01月08日", "2024年01月08日"),
    ("某某县司法局 2024-01-08", "2024-01-08"),
    ("某某县司法局  2024-01-08 10:20", "2024-01-08"),  # (with its time, read before too: a WeChat meta line)
    ("清水县人民政府 2024年1月8日", "2024年1月8日"),
    ("中共某某县委 某某县人民政府 2024-01-08", "2024-01-08"),  # joint issuers
    ("某某县司法局 二〇二四年一月八日", "二〇二四年一月八日"),
])
def test_a_byline_under_the_title_gives_the_published_date(byline, written):
    text = _TITLE + "\n" + byline + "\n\n" + _OPENING + _BODY
    r = extract_text(text)
    assert r.published == "2024-01-08"
    start, end = r.evidence.published
    assert text[start:end] == written
    assert r.title == _TITLE.strip() and r.report_year == 2023  # the rest of the header as before
    assert r.bureau is not None and r.bureau.name == "某某县司法局"


def test_a_byline_under_a_reading_of_the_report_gives_its_date():
    # the page's only date, under the title of a 解读 (which is no report)
    text = ("关于《某某县2023年度法治政府建设工作总结的报告》的解读\n\n清水县人民政府 2024年01月08日\n\n"
            "按照要求，现解读如下：\n一、起草背景\n略。\n")
    assert extract_text(text).published == "2024-01-08"


@pytest.mark.parametrize("line", [
    "某某县 2024-01-08",  # a place alone is no issuer
    "某某县司法局 2024年1月",  # no day: no whole date
    "某某县司法局于 2024年1月8日",  # not a name before the date
    "县司法局召开会议，2024年1月8日",  # a sentence
    "2024年1月8日，某某县司法局召开会议",  # a date inside prose
])
def test_a_line_that_is_no_byline_gives_no_date(line):
    r = extract_text(_TITLE + line + "\n" + _OPENING + _BODY)
    assert r.published is None


def test_a_later_sign_off_keeps_its_precedence_over_the_byline():
    text = _TITLE + "某某县司法局 2024-01-08\n" + _OPENING + _BODY + "\n某某县司法局\n2024年1月20日\n"
    assert extract_text(text).published == "2024-01-20"


def test_a_sign_off_on_the_same_day_keeps_its_place_as_the_evidence():
    text = _TITLE + "某某县司法局 2024-01-20\n" + _OPENING + _BODY + "\n某某县司法局\n2024年1月20日\n"
    r = extract_text(text)
    start, end = r.evidence.published
    assert r.published == "2024-01-20" and text[start:end] == "2024年1月20日"


def test_a_byline_dated_after_the_sign_off_is_the_page_s_date():
    # a page posts a report after it is signed: its byline is when it was published, as a bare date line is
    text = _TITLE + "某某县司法局 2024-02-01\n" + _OPENING + _BODY + "\n某某县司法局\n2024年1月20日\n"
    assert extract_text(text).published == "2024-02-01"


def test_a_labelled_date_keeps_its_precedence_over_the_byline():
    text = _TITLE + "某某县司法局 2024-01-08\n发布日期：2024-01-10\n" + _OPENING + _BODY
    assert extract_text(text).published == "2024-01-10"


def test_a_byline_above_the_title_is_not_read():
    text = "某某县司法局 2024-01-08\n" + _TITLE + _OPENING + _BODY
    assert extract_text(text).published is None


# E: a government named by its level only, opening the report as its subject
_GOV_BODY = "一、主要举措和成效\n（一）成立铜梁区宣讲团。开展活动10场次。\n"


def test_a_district_government_by_its_level_is_the_body():
    text = "2022年，区政府坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n" + _GOV_BODY
    r = extract_text(text)
    b = r.bureau
    assert b is not None and b.name == "区政府"  # as written: the text writes no fuller form
    assert (b.province, b.county, b.level) == ("重庆市", "铜梁区", "county")  # the place as before
    start, end = b.span
    assert text[start:end] == "区政府"
    assert "no_bureau" not in codes(r)


@pytest.mark.parametrize(("elsewhere", "name"), [
    ("（二）铜梁区人民政府常务会议学法4次。\n", "铜梁区人民政府"),  # the official form, where written (as before)
    ("（二）铜梁区政府常务会议学法4次。\n", "铜梁区政府"),  # the short form, where it stands as the body
    ("（二）铜梁区政府采购中心完成采购10次。\n", "区政府"),  # 政府采购: not the body
])
def test_a_level_government_is_written_as_the_text_writes_it(elsewhere, name):
    text = "2022年，区政府坚持以习近平法治思想为指导。\n" + _GOV_BODY + elsewhere
    b = extract_text(text).bureau
    assert b is not None and b.name == name and b.county == "铜梁区"


@pytest.mark.parametrize(("opening", "elsewhere", "name", "level"), [
    ("2023年，县政府认真贯彻落实习近平法治思想。\n", "陇西县政府常务会议学法4次。", "陇西县政府", "county"),
    # (the official form written in the body named these before, as the body's most frequent name)
    ("一年来，县人民政府坚持依法行政。\n", "陇西县人民政府印发文件2件。", "陇西县人民政府", "county"),
    ("2023年，市政府认真贯彻落实习近平法治思想。\n", "定西市人民政府印发文件2件。", "定西市人民政府", "city"),
    ("2023年，镇政府认真贯彻落实习近平法治思想。\n", "开展普法10次。", "镇政府", "town"),
])
def test_other_levels_of_government(opening, elsewhere, name, level):
    b = extract_text(opening + "一、主要举措和成效\n（一）" + elsewhere + "\n").bureau
    assert b is not None and b.name == name and b.level == level


@pytest.mark.parametrize("opening", [
    "2023年，县委、县政府坚持依法行政。\n",  # the Party committee and the government together
    "2023年，市县两级政府坚持依法行政。\n",  # several levels
    "2023年，各级政府坚持依法行政。\n",
])
def test_no_single_government_opens_these_reports(opening):
    r = extract_text(opening + "一、主要举措和成效\n（一）陇西县开展普法10次。\n")
    assert r.bureau is not None and r.bureau.name is None and r.bureau.county == "陇西县"


def test_a_title_s_issuer_still_wins_over_the_opening():
    r = extract_text(_TITLE + "2023年，区政府坚持依法行政。\n" + _BODY)
    assert r.bureau is not None and r.bureau.name == "某某县司法局"


# F: a year written without 年 before 以来
_DUTY = "一、履职情况\n（一）完善治理体系。召开党委会4次。\n"


@pytest.mark.parametrize("opening", [
    "2024以来，在县委、县政府的精心指导下，本人切实履行推进法治建设第一责任人职责。\n",
    "自2024以来，本人切实履行推进法治建设第一责任人职责。\n",
])
def test_a_year_without_nian_before_yilai_is_the_report_year(opening):
    text = opening + _DUTY
    r = extract_text(text)
    assert r.report_year == 2024 and "no_year" not in codes(r)
    start, end = r.evidence.report_year
    assert text[start:end] == "2024"


def test_a_year_with_nian_wins_over_one_without():
    r = extract_text("2024以来，本人切实履行职责。2023年，全镇召开会议4次。\n" + _DUTY)
    assert r.report_year == 2023


def test_a_title_year_wins_over_one_without_nian():
    r = extract_text("某某镇2023年度述法报告\n2024以来，本人切实履行职责。\n" + _DUTY)
    assert r.report_year == 2023


def test_a_year_without_nian_inside_a_sentence_is_not_read():
    r = extract_text("本人自任职2019以来切实履行职责。\n" + _DUTY)
    assert r.report_year is None and "no_year" in codes(r)


def test_a_year_without_nian_after_the_publication_is_not_read():
    r = extract_text("某某镇述法报告\n发布日期：2023-03-01\n2024以来，本人切实履行职责。\n" + _DUTY)
    assert r.report_year == 2022  # from the publication date, as before


# G: an indefinite 一名 after a verb of designation
@pytest.mark.parametrize("sentence", [
    "明确一名党组成员具体靠上抓落实。",
    "确定一名联络员负责日常工作。",
    "指定一名专人负责法律顾问工作。",
    "安排一名副局长分管法治工作。",
    "每个科室明确一位法治联络员。",
])
def test_a_designated_one_is_no_statistic(sentence):
    r = extract_text(_TITLE + _OPENING + _BODY + sentence + "\n")
    assert raws(r) == ["3次", "12件"]


@pytest.mark.parametrize(("sentence", "raw"), [
    ("聘请法律顾问2名。", "2名"),
    ("明确2名党组成员具体抓落实。", "2名"),  # an Arabic figure counts whatever the verb
    ("新增一名法律顾问。", "一名"),
    ("今年新招录一名公务员充实法制审核力量。", "一名"),
    ("明确三名党组成员具体抓落实。", "三名"),  # a count above one is a count
])
def test_other_counts_of_people_stay(sentence, raw):
    r = extract_text(_TITLE + _OPENING + _BODY + sentence + "\n")
    assert raws(r) == ["3次", "12件", raw]
