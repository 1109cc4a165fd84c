"""Full-length reports written for held-out round X: the layouts it found read wrong.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

TITLE = "某县税务局2023年法治政府建设工作报告\n"


def test_an_enumeration_a_comma_opens_gives_its_items() -> None:
    # …坚持问题导向，一是…；二是…: a comma opens a list too, where its second item follows; and a second list
    # in the paragraph starts afresh, not as the first one's third item
    text = (TITLE + "一、主要举措和成效\n（一）加强学习。我局多措并举，一是组织专题学习；二是开展业务培训。\n"
            "二、存在的不足和2024年工作打算\n还存在一些问题：一是执法力量不足；二是普法针对性不强。"
            "2024年，我局将坚持问题导向，一是加强队伍建设；二是创新普法方式；三是强化执法监督。\n")
    report = zhenfa.extract_text(text)
    assert [m.title for m in report.measures] == ["加强学习", "组织专题学习", "开展业务培训"]
    assert [s.title for s in report.shortcomings] == ["执法力量不足", "普法针对性不强"]
    assert [(p.title, p.year) for p in report.plans] == [("加强队伍建设", 2024), ("创新普法方式", 2024), ("强化执法监督", 2024)]


def test_a_comma_before_a_lone_first_item_opens_no_list() -> None:
    # no 二是 after it: 一是 here is no list's first item
    text = TITLE + "一、主要举措和成效\n（一）加强学习。我局坚持学习，一是一个长期任务，常抓不懈。\n"
    assert [m.title for m in zhenfa.extract_text(text).measures] == ["加强学习"]


def test_a_part_name_below_a_complete_combined_heading_is_not_its_second_line() -> None:
    text = (TITLE + "一、主要举措和成效\n（一）加强学习。组织学习5次。\n二、存在的问题和下一步打算\n　　存在的问题\n"
            "　　一是执法力量不足；二是普法针对性不强。\n　　下一步打算\n　　一是加强队伍建设；二是创新普法方式。\n")
    report = zhenfa.extract_text(text)
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的问题和下一步打算"]
    assert [s.title for s in report.shortcomings] == ["执法力量不足", "普法针对性不强"]
    assert [p.title for p in report.plans] == ["加强队伍建设", "创新普法方式"]


def test_a_heading_split_before_its_conjunction_is_joined() -> None:
    # …的主要举措 / 和成效 and 存在的问题 / 和下一步打算: the second line goes on with 和
    text = (TITLE + "一、本年度推进法治政府建设的主要举措\n和成效\n（一）加强学习。组织学习5次。\n二、存在的问题\n和下一步打算\n"
            "一是执法力量不足；二是普法针对性不强。\n")
    report = zhenfa.extract_text(text)
    assert [s.heading for s in report.sections] == ["一、本年度推进法治政府建设的主要举措和成效", "二、存在的问题和下一步打算"]
    assert [[str(k) for k in s.kinds] for s in report.sections] == [["measures"], ["shortcomings", "plans"]]


UNNUMBERED = ("某市卫生健康委员会2024年度法治政府建设情况报告\n\n　　2024年，市卫生健康委推进依法行政。\n\n主要举措和成效\n\n"
              "坚持党建引领，压实法治建设责任\n　　全年召开党委会议专题研究法治工作5次，制定工作要点。\n\n"
              "严格规范执法，守牢群众健康底线\n　　全年立案查处违法案件1286件，罚没款312万元。\n\n存在的不足\n\n"
              "　　部分医疗机构依法执业意识不强。\n\n2025年工作计划\n\n　　持续加强法治建设组织领导，全面提升执法效能。\n")


def test_parts_and_their_items_set_apart_by_layout_only_are_two_levels() -> None:
    report = zhenfa.extract_text(UNNUMBERED)
    assert [s.heading for s in report.sections] == ["主要举措和成效", "存在的不足", "2025年工作计划"]
    assert [s.heading for s in report.sections[0].children] == ["坚持党建引领，压实法治建设责任", "严格规范执法，守牢群众健康底线"]
    assert [m.title for m in report.measures] == ["坚持党建引领，压实法治建设责任", "严格规范执法，守牢群众健康底线"]
    assert [s.text for s in report.shortcomings] == ["部分医疗机构依法执业意识不强。"]


def test_themes_set_apart_by_layout_over_prose_stay_one_level() -> None:
    # no short line under a part's name: the themes are the top level, as before
    text = ("某市卫生健康委员会2024年度法治政府建设情况报告\n\n　　2024年，市卫生健康委推进依法行政。\n\n"
            "坚持党建引领，压实法治建设责任\n　　全年召开党委会议专题研究法治工作5次，制定工作要点。\n\n"
            "严格规范执法，守牢群众健康底线\n　　全年立案查处违法案件1286件，罚没款312万元。\n\n存在的不足\n\n"
            "　　部分医疗机构依法执业意识不强。\n\n2025年工作计划\n\n　　持续加强法治建设组织领导，全面提升执法效能。\n")
    report = zhenfa.extract_text(text)
    assert [s.heading for s in report.sections] == ["坚持党建引领，压实法治建设责任", "严格规范执法，守牢群众健康底线", "存在的不足",
                                                   "2025年工作计划"]


def test_di_yi_lines_that_number_the_parts_are_the_top_level() -> None:
    text = ("某开发区管理委员会2020年度法治政府建设工作报告\n　　2020年，管委会扎实推进法治政府建设。\n"
            "第一，坚持党的领导，法治建设责任全面压实\n　　1.完善领导体制。全年专题研究法治工作6次。\n　　2.强化考核督导。对3个单位进行约谈。\n"
            "第二，坚持服务发展，法治化营商环境持续优化\n　　1.深化审批制度改革。为84个项目提供代办服务。\n　　2.加强涉企法律服务。走访企业650余家次。\n")
    report = zhenfa.extract_text(text)
    assert [s.heading for s in report.sections] == ["第一，坚持党的领导，法治建设责任全面压实", "第二，坚持服务发展，法治化营商环境持续优化"]
    assert [m.title for m in report.measures] == ["完善领导体制", "强化考核督导", "深化审批制度改革", "加强涉企法律服务"]
    assert report.statistics[0].section == ["第一，", "1."]


def test_di_yi_lines_under_numbered_parts_stay_their_items() -> None:
    # 一、 numbers the parts: 第一，/第二， at line starts are its list, not the top level
    text = (TITLE + "一、主要举措和成效\n第一，完善领导体制。全年专题研究法治工作6次。\n第二，强化考核督导。对3个单位进行约谈。\n"
            "二、存在的不足\n执法力量不足。\n")
    report = zhenfa.extract_text(text)
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足"]
    assert [m.title for m in report.measures] == ["完善领导体制", "强化考核督导"]
