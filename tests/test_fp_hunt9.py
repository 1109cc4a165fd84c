"""Guards from false-positive hunt 9: texts the day's new rules first read worse than before.

Each text is invented (after the hunt's probes, ids in the test names); each expectation was checked
by hand against its text: the record must read as the code before those rules read it."""

from __future__ import annotations

import pytest

import zhenfa

TITLE = "某某县司法局2023年度法治政府建设情况报告\n"
INTRO = "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下：\n"
MEASURES = "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n（二）严格规范执法。办理行政复议案件35件。\n"
SHORT = "二、存在的问题\n一是执法人员法治素养有待提高；二是普法宣传针对性不强。\n"
PLANS = "三、2024年工作打算\n（一）深化法治宣传教育。\n（二）加强执法队伍建设。\n"
SIGN = "某某县司法局\n2024年1月20日\n"


def _report(third_measure: str) -> zhenfa.Report:
    return zhenfa.extract_text(TITLE + INTRO + MEASURES + third_measure + SHORT + PLANS + SIGN)


@pytest.mark.parametrize(("third", "text", "raw"), [
    # A15, A22: 分送：/抄报： opening a body sentence is the body's, not a record block
    ("（三）规范文件管理\n分送：县委办、县政府办共计3份文件的合法性审查意见已按时办结。\n",
     "（三）规范文件管理\n分送：县委办、县政府办共计3份文件的合法性审查意见已按时办结。", "3份"),
    ("（三）深化普法宣传\n抄报：本年度向市司法局报送普法信息36条。\n", "（三）深化普法宣传\n抄报：本年度向市司法局报送普法信息36条。", "36条"),
    # A24: a line ending in 印发 that closes a measure, the body going on below it
    ("（三）健全制度体系\n县委办公室、县政府办公室2023年3月15日印发\n", "（三）健全制度体系\n县委办公室、县政府办公室2023年3月15日印发", None),
])
def test_record_block_words_inside_the_body_are_the_bodys(third: str, text: str, raw: str | None) -> None:
    report = _report(third)
    assert report.measures[-1].text == text
    if raw is not None:
        assert raw in [s.raw for s in report.statistics]


@pytest.mark.parametrize(("third", "kept"), [
    ("（三）加强队伍建设。全年具有法律职业资格人员提高3位，达到15位。\n", ["3位", "15位"]),  # O05
    ("（三）加强队伍建设。公职律师由3位下降2位。\n", ["3位", "2位"]),  # O06
])
def test_people_counted_by_wei_after_a_change_word_stay_statistics(third: str, kept: list[str]) -> None:
    raws = [s.raw for s in _report(third).statistics]
    assert all(r in raws for r in kept), raws


@pytest.mark.parametrize("third", [
    "（三）推进数字政府。推广使用移动端-v2政务服务APP下载\n全年新增注册用户3万人。\n",  # M04
    "（三）推进数字政府建设。上线“秦务员”-sx12政务服务入口\n群众办事更加便捷。\n",  # M13
])
def test_a_public_services_app_name_is_not_a_casino_sites(third: str) -> None:
    report = _report(third)
    assert "injected_text" not in [w.code for w in report.warnings]
    assert ("政务服务APP下载" in report.measures[-1].text) or ("政务服务入口" in report.measures[-1].text)


def test_a_pledge_closing_the_shortcomings_is_no_plan_where_the_plans_come_first() -> None:
    # F03: the report's plans part stands before its shortcomings
    text = (TITLE + INTRO + "一、2024年工作打算\n（一）深化法治宣传教育。\n（二）加强执法队伍建设。\n"
            "二、存在的问题\n一是执法力量不足；二是普法针对性不强。下一步，我局将针对上述问题，认真研究解决措施。\n" + SIGN)
    assert [p.title for p in zhenfa.extract_text(text).plans] == ["深化法治宣传教育", "加强执法队伍建设"]


def test_each_problem_with_its_own_remedy_gives_no_plans() -> None:
    # F16: every numbered shortcoming ends with its 下一步 remedy: the last one's is no plans part
    text = (TITLE + INTRO + MEASURES + "二、存在的问题\n（一）执法力量不足。全县执法人员仅32名。下一步，我局将积极争取编制，充实执法力量。\n"
            "（二）普法针对性不强。下一步，我局将创新普法方式，提升普法实效。\n" + SIGN)
    report = zhenfa.extract_text(text)
    assert report.plans == []
    assert [s.title for s in report.shortcomings] == ["执法力量不足", "普法针对性不强"]


@pytest.mark.parametrize(("title", "opening"), [
    # G02: a bureau's combined report on its year and its head's duty
    ("某某县交通运输局2023年度法治政府建设和主要负责人履行推进法治建设第一责任人职责情况报告\n", "2023年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：\n"),
    # G05: a bureau's report whose head writes in the first person
    ("某某县司法局2023年度法治政府建设情况报告\n", "根据县委依法治县办要求，本人作为第一责任人，现将2023年度法治政府建设情况报告如下：\n"),
    # G07: a report on the year 暨 the head's 述法
    ("某某镇2023年度法治政府建设情况暨述法报告\n", "2023年，我镇坚持以习近平法治思想为指导。现将有关情况报告如下：\n"),
])
def test_a_bureaus_performance_heading_keeps_its_measures(title: str, opening: str) -> None:
    text = title + opening + "一、履职情况\n（一）完善制度建设。制定制度5项。\n（二）规范行政执法。办理案件120件。\n二、存在的不足\n学习不够深入。\n"
    report = zhenfa.extract_text(text)
    assert [str(k) for k in report.sections[0].kinds] == ["measures"]
    assert [m.title for m in report.measures] == ["完善制度建设", "规范行政执法"]


@pytest.mark.parametrize(("header", "year"), [
    ("发布时间：2024-02-10\n自2019以来，我局持续推进法治政府建设，连续五年获评先进单位。\n", 2023),  # K02: a period's start
    ("发布时间：2024-02-10\n2018以来，我局连续六年保持全省法治政府建设先进单位称号。\n", 2023),  # K03
    ("自2019以来，我局持续推进法治政府建设，连续五年获评先进单位。\n", None),  # K07: no year the text can stand by
])
def test_a_year_since_that_starts_a_period_is_not_the_report_year(header: str, year: int | None) -> None:
    text = "某某县司法局法治政府建设情况报告\n" + header + "一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n二、存在的问题\n执法力量不足。\n"
    assert zhenfa.extract_text(text).report_year == year
