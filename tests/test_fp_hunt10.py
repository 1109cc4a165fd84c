"""Guards from false-positive hunt 10: texts the round-X rules first read worse than before.

Each text is invented (after the hunt's probes, ids in comments); each expectation was checked by hand
against its text: the record must read as the code before those rules read it, or better."""

from __future__ import annotations

import pytest

import zhenfa

TITLE = "某某县司法局2023年度法治政府建设情况报告\n"
INTRO = "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下：\n"
MEASURES = "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n（二）严格规范执法。办理行政复议案件35件。\n"
SHORT = "二、存在的问题\n一是执法人员法治素养有待提高；二是普法宣传针对性不强。\n"
SIGN = "某某县司法局\n2024年1月20日\n"


def _measures(third: str) -> list[str]:
    return [m.title for m in zhenfa.extract_text(TITLE + INTRO + MEASURES + third + SHORT + SIGN).measures]


@pytest.mark.parametrize("third", [
    "（三）抓好巡察整改。2023年，第一、第二轮巡察反馈问题28个，已全部整改到位。\n",  # A31: ordinals
    "（三）坚持实事求是。统计工作坚持实事求是，一是一、二是二，不虚报不瞒报，全年上报数据12批次。\n",  # A01: an idiom
])
def test_a_comma_before_ordinals_or_an_idiom_opens_no_list(third: str) -> None:
    assert _measures(third) == ["加强组织领导", "严格规范执法", third[3:third.index("。")]]


def test_a_list_a_comma_opens_inside_an_item_is_that_items_words() -> None:
    # A21: 三是…，一是…，二是…；四是…: the outer list keeps its fourth item
    text = (TITLE + INTRO + MEASURES + SHORT + "三、2024年工作打算\n一是加强队伍建设；二是创新普法方式；"
            "三是强化执法监督，一是推进案卷评查，二是开展专项监督；四是加强法治宣传。\n" + SIGN)
    assert [p.title for p in zhenfa.extract_text(text).plans] == ["加强队伍建设", "创新普法方式", "强化执法监督", "加强法治宣传"]


@pytest.mark.parametrize("sub", ["总体思路", "总体谋划"])
def test_a_plans_heading_is_not_joined_with_a_framing_line_below_it(sub: str) -> None:
    # F01, F30
    text = (TITLE + INTRO + MEASURES + SHORT + f"三、2024年工作计划\n{sub}\n坚持以习近平法治思想为指导，全面推进依法行政。\n"
            "（一）深化法治宣传教育。\n（二）加强执法队伍建设。\n" + SIGN)
    report = zhenfa.extract_text(text)
    assert report.sections[-1].heading == "三、2024年工作计划"
    assert [p.title for p in report.plans] == ["深化法治宣传教育", "加强执法队伍建设"]


def test_a_heading_split_inside_its_phrase_is_joined() -> None:
    # F02: no conjunction, but the second line is no part's name repeated
    text = (TITLE + INTRO + "一、党政主要负责人履行推进法治建设\n第一责任人职责情况\n局主要负责人认真履行职责，召开会议4次。\n"
            "二、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n")
    assert zhenfa.extract_text(text).sections[0].heading == "一、党政主要负责人履行推进法治建设第一责任人职责情况"


def test_a_theme_report_with_problem_lines_under_its_shortcomings_keeps_its_themes() -> None:
    # B03: the short line under 存在的不足 is a problem, not the sign of a two-level outline
    text = ("某市卫生健康委员会2024年度法治政府建设情况报告\n\n　　2024年，市卫生健康委推进依法行政，现将有关情况报告如下。\n\n"
            "坚持党建引领，压实法治建设责任\n　　全年召开党委会议专题研究法治工作5次，制定工作要点。\n\n"
            "严格规范执法，守牢群众健康底线\n　　全年立案查处违法案件1286件，罚没款312万元。\n\n存在的不足\n\n执法力量相对薄弱\n"
            "　　基层卫生监督员平均每人监管对象超过300家，人手紧张。\n\n2025年工作计划\n\n　　持续加强法治建设组织领导，全面提升执法效能。\n")
    headings = [s.heading for s in zhenfa.extract_text(text).sections]
    assert headings[:2] == ["坚持党建引领，压实法治建设责任", "严格规范执法，守牢群众健康底线"]


@pytest.mark.parametrize(("label", "part"), [("附：2026年工作计划", "plans"), ("附：下一步工作打算", "plans")])
def test_fu_labelling_a_part_of_the_report_opens_no_appendix(label: str, part: str) -> None:
    # D02, D14: the report's own plans, given after 特此报告 under a 附： label
    text = ("某县人民政府关于2025年度法治政府建设情况的报告\n　　一、主要举措和成效\n　　（一）严格执法。全年办理行政处罚案件9860件。\n"
            "　　二、存在的问题\n　　执法力量不足。\n特此报告。\n" + label + "\n1.深化法治宣传教育，全面启动“九五”普法。\n"
            "2.加强执法队伍建设，培训执法人员300人次。\n")
    assert len(getattr(zhenfa.extract_text(text), part)) >= 1


def test_a_share_bar_below_a_barred_table_is_no_row_of_it() -> None:
    # E28
    text = ("某区教育局2020年度法治政府建设情况报告\n　　一、主要举措和成效\n　　（一）主要数据情况\n　　主要数据如下：\n"
            "| 指标名称 | 2020年 | 同比变化 |\n| 受理投诉举报 | 1876件 | 下降12.6% |\n| 办理信访 | 320件 | 上升3.1% |\n\n"
            "| 阅读 | 2356次 | 在看 |\n　　二、存在的问题\n　　（一）执法力量薄弱。\n")
    assert "2356次" not in [s.raw for s in zhenfa.extract_text(text).statistics]


@pytest.mark.parametrize(("sentence", "unit_of_first"), [
    ("设立执法站点6个及3个工作日内上门服务机制。", "个"),  # a count after its noun keeps its own unit
    ("办理时限压缩至30个、20个、15个工作日。", "个工作日"),  # a time limit's chain shares the last one's
])
def test_a_shared_working_day_unit(sentence: str, unit_of_first: str) -> None:
    text = TITLE + INTRO + "一、主要举措和成效\n（一）优化审批。" + sentence + "\n"
    assert zhenfa.extract_text(text).statistics[0].unit == unit_of_first


def test_nei_beginning_a_word_is_no_bound() -> None:
    # G04: 2天内训 is two days of in-house training
    text = TITLE + INTRO + "一、主要举措和成效\n（一）加强培训。全年开展2天内训4次，培训干部120人次。\n"
    first = zhenfa.extract_text(text).statistics[0]
    assert (first.raw, first.qualifier) == ("2天", None)


def test_a_grade_naming_a_barred_tables_row_is_no_count() -> None:
    # E13: | 二类 | 12 | 所 |: 二类 names the row; 五类案件 in prose still counts kinds
    text = ("某区教育局2020年度法治政府建设情况报告\n一、主要举措和成效\n（一）主要数据情况\n主要数据如下：\n"
            "| 类别 | 数量 | 单位 |\n| 一类 | 3 | 所 |\n| 二类 | 12 | 所 |\n二、存在的问题\n（一）执法力量薄弱。查处五类案件12件。\n")
    stats = [(s.raw, s.unit, s.subject) for s in zhenfa.extract_text(text).statistics]
    assert stats == [("3", "所", "一类"), ("12", "所", "二类"), ("五类", "类", "案件"), ("12件", "件", "查处五类案件")]
