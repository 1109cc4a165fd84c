"""Round T2 (a second set of full-length reports laid out unlike the seeds).

Expected items were read off each text by hand; offsets are checked against the text."""

from __future__ import annotations

import zhenfa
from zhenfa.fields.kinds import heading_kinds
from zhenfa.models import SectionKind


def test_a_bare_problem_noun_joined_to_the_plans_names_both_parts() -> None:
    for heading in ("问题与打算", "问题和下一步打算", "问题和2024年工作计划", "困难和打算"):
        assert heading_kinds(heading, 2023) == [SectionKind.shortcomings, SectionKind.plans], heading
    # the work of solving problems is no admission of them
    for heading in ("解决问题和推进改革", "聚焦问题与补齐短板", "问题和建议"):
        assert SectionKind.shortcomings not in heading_kinds(heading, 2023), heading


def test_a_problems_and_plans_part_gives_its_problems_as_shortcomings() -> None:
    text = ("某县司法局2023年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）加强学法。组织集体学法12次。\n\n"
            "三、问题与打算\n\n一年来，我局法治政府建设取得一定成效，但也存在一些问题：一是执法人员数量不足，全局仅有执法人员6个编制；"
            "二是普法宣传针对性不强。\n\n2024年，我局将重点做好以下工作：\n\n（一）加强执法队伍建设。\n\n（二）创新普法宣传方式。\n")
    r = zhenfa.extract_text(text)
    assert r.sections[-1].kinds == ["shortcomings", "plans"]
    assert [s.title for s in r.shortcomings] == ["执法人员数量不足，全局仅有执法人员6个编制", "普法宣传针对性不强"]
    assert [p.title for p in r.plans] == ["加强执法队伍建设", "创新普法宣传方式"]
    assert 6 in [s.value for s in r.statistics]  # a fact of the year, not a target


_THEME = ("某市司法局2023年法治政府建设情况报告\n\n一、坚持党的领导，压实法治建设责任\n\n（一）强化组织领导。召开专题会议4次。\n\n"
          "二、坚持依法行政，提升执法水平\n\n（一）规范行政执法。办理行政处罚案件126件。\n\n")


def test_a_closing_that_clearly_sees_the_gap_gives_shortcomings_and_plans() -> None:
    text = _THEME + ("一年来，我市法治政府建设取得了明显成效，但也要清醒地看到，与上级要求和群众期待相比还有差距，主要是："
                     "部分领导干部运用法治思维化解矛盾的能力还需提高；基层执法力量和能力还不匹配；行政复议纠错率仍然偏高。"
                     "下一步，我们将深入学习贯彻习近平法治思想，重点抓好提升领导干部法治素养等工作。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["部分领导干部运用法治思维化解矛盾的能力还需提高", "基层执法力量和能力还不匹配",
                                                 "行政复议纠错率仍然偏高"]
    (plan,) = r.plans
    assert text[plan.span[0]:plan.span[1]].startswith("下一步，我们将") and plan.year == 2024


def test_a_closing_that_sees_only_the_times_gives_nothing() -> None:
    text = _THEME + "一年来，我市法治政府建设取得了明显成效，但也要清醒地看到，当前经济形势依然严峻复杂。\n"
    r = zhenfa.extract_text(text)
    assert r.shortcomings == [] and r.plans == []


_SUB = ("南京西路街道办事处2023年法治政府建设情况报告\n\n2023年，街道深入学习贯彻习近平法治思想。现将有关情况报告如下：\n"
        "一、2023年工作情况\n\n强化组织领导，压实法治建设责任\n\n街道党工委书记切实履行第一责任人职责，召开领导小组会议3次。\n\n"
        "推进综合执法，维护城市秩序\n\n街道城管执法中队全年立案查处各类违法行为286起。\n\n"
        "二、存在的问题\n\n综合执法能力有待提升\n\n执法人员中具有法律专业背景的仅4名，复杂案件办理能力不足。\n\n"
        "普法宣传精准度不够高\n\n面向商务楼宇白领的普法产品不多。\n\n"
        "三、2024年工作打算\n\n提升依法行政能力\n\n全年集体学法不少于4次。\n\n增强普法宣传实效\n\n全年开展主题普法活动不少于40场次。\n")


def test_sub_headings_set_apart_by_layout_under_numbered_parts_are_items() -> None:
    r = zhenfa.extract_text(_SUB)
    assert [m.title for m in r.measures] == ["强化组织领导，压实法治建设责任", "推进综合执法，维护城市秩序"]
    assert [s.title for s in r.shortcomings] == ["综合执法能力有待提升", "普法宣传精准度不够高"]
    assert [p.title for p in r.plans] == ["提升依法行政能力", "增强普法宣传实效"]
    assert r.sections[2].heading == "三、2024年工作打算"  # the first sub-heading is not the rest of the part's heading
    first = r.measures[0]
    assert _SUB[first.span[0]:first.span[1]].endswith("召开领导小组会议3次。")
    assert [s.value for s in r.statistics] == [3, 286, 4]  # the plans' 4 and 40 are targets


def test_one_short_line_under_a_part_is_no_sub_heading() -> None:
    text = _SUB.replace("推进综合执法，维护城市秩序\n\n", "")
    r = zhenfa.extract_text(text)
    assert [m.title for m in r.measures] == []  # one line: a caption or a stray line, not a list of items


_WRAP_WIDTH = 30
_WRAP_LEAD = "镇党委书记、镇长切实履行推进法治建设第一责任人职责，将法治建设纳入全镇经济社会发展总体规划和年度工作要点，与中心工作同部署、同推进、同考核。"
_WRAP_REST = "组织镇村干部参加法治专题培训3期，培训260余人次。开展“法治进民宿”专项行动，为民宿经营户提供服务。" * 6  # (12 lines or more: wrapped)


def _report_wrapped_inside(figure: str, unit: str) -> str:
    """A report whose paragraph is hard-wrapped at a fixed width, padded so that the line breaks
    between the first and the second character of `unit` in `figure`."""
    pad = (-(len(_WRAP_LEAD) + figure.index(unit) + 1)) % _WRAP_WIDTH
    paragraph = _WRAP_LEAD + "全" * pad + figure + _WRAP_REST
    wrapped = "\n".join(paragraph[i:i + _WRAP_WIDTH] for i in range(0, len(paragraph), _WRAP_WIDTH))
    return "天荒坪镇人民政府2021年度法治政府建设工作报告\n\n一、主要做法和成效\n\n（一）加强法治宣传\n\n" + wrapped + "\n"


def test_a_compound_unit_broken_by_a_hard_wrap_is_read_whole() -> None:
    text = _report_wrapped_inside("打造“两山法治研学”线路，全年接待研学团队320批次，参与人员1.8万人次。", "人次")
    assert "1.8万人\n次" in text  # (the wrap falls where the test needs it)
    r = zhenfa.extract_text(text)
    by_raw = {s.raw: s for s in r.statistics}
    assert by_raw["1.8万人\n次"].unit == "人次" and by_raw["1.8万人\n次"].value == 18000
    for s in r.statistics:
        assert text[s.span[0]:s.span[1]] == s.raw
        assert s.unit != "人" or "\n" not in s.raw


def test_heading_phrases_that_open_with_an_adverb_of_manner_are_measures() -> None:
    # (round U: a ministry's theme section whose paragraphs lost their numbering)
    text = ("司法部2023年法治政府建设年度报告\n\n一、坚持以习近平法治思想为指导\n\n"
            "深入学习宣传贯彻习近平法治思想。部党组把学习贯彻习近平法治思想作为首要政治任务，组织专题学习12次。\n\n"
            "坚决贯彻落实党中央重点任务部署。制定年度重点任务分工方案，逐项明确责任单位和完成时限。\n")
    r = zhenfa.extract_text(text)
    assert [m.title for m in r.measures] == ["深入学习宣传贯彻习近平法治思想", "坚决贯彻落实党中央重点任务部署"]
    # an adverb-led sentence of prose (a comma inside) is no heading phrase
    prose = text.replace("坚决贯彻落实党中央重点任务部署。", "切实履行推进法治建设第一责任人职责，")
    assert [m.title for m in zhenfa.extract_text(prose).measures] == ["坚持以习近平法治思想为指导"]


def test_rows_of_a_two_column_table_copied_with_bars_are_read() -> None:
    text = ("苏州市城市管理局2022年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）严格规范公正文明执法\n\n"
            "全面落实行政执法“三项制度”，全年全市城管系统主要执法数据如下：\n\n| 指标 | 数量 |\n| 受理各类投诉举报 | 5.23万件 |\n"
            "| 立案查处违法行为 | 3862件 |\n| 罚没款金额 | 1486.3万元 |\n\n开展专项整治行动24次。\n\n二、存在的不足\n\n执法力量不足。\n\n"
            "苏州市城市管理局\n2023年3月3日\n\n附件：2022年度全市城市管理主要数据\n\n| 项目 | 2022年 | 同比 |\n"
            "| 生活垃圾无害化处理量 | 486.2万吨 | 增长3.4% |\n| 城市道路机扫率 | 92.8% | 提高1.6个百分点 |\n")
    r = zhenfa.extract_text(text)
    got = {s.raw: (s.value, s.unit, s.subject, s.change) for s in r.statistics}
    assert got["5.23万件"] == (52300, "件", "受理各类投诉举报", None)
    assert got["1486.3万元"] == (14863000, "元", "罚没款金额", None)
    assert got["486.2万吨"] == (4862000, "吨", "生活垃圾无害化处理量", None)
    assert got["1.6个百分点"] == (1.6, "个百分点", "城市道路机扫率", "increase")
    assert "92.8%" in got and "3862件" in got
    for s in r.statistics:
        assert text[s.span[0]:s.span[1]] == s.raw


def test_a_footer_row_with_a_figure_alone_stays_chrome() -> None:
    text = ("某县司法局2022年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）加强学法。组织集体学法12次。\n\n"
            "某县司法局\n2023年1月10日\n\n| 阅读 | 1.2万次 |\n\n分享到：\n")
    r = zhenfa.extract_text(text)
    assert [s.raw for s in r.statistics] == ["12次"]


def test_a_township_heads_report_names_the_township_as_its_body() -> None:
    body = "\n\n一、履行推进法治建设第一责任人职责情况\n\n一是强化组织领导。本人全年主持召开镇长办公会研究法治建设工作5次。\n"
    r = zhenfa.extract_text("崇州市白头镇镇长2023年度述法报告" + body)
    assert r.bureau is not None and (r.bureau.name, r.bureau.county, r.bureau.level) == ("崇州市白头镇", "崇州市", "town")
    r = zhenfa.extract_text("锦江区书院街街道办事处主任2023年度述法报告" + body)
    assert r.bureau is not None and (r.bureau.name, r.bureau.county, r.bureau.level) == ("锦江区书院街街道办事处", "锦江区", "town")
    # a place and a post alone: the place's government is not written, so no name
    r = zhenfa.extract_text("崇州市市长2023年度述法报告" + body)
    assert r.bureau is not None and (r.bureau.name, r.bureau.county) == (None, "崇州市")


def test_layout_sub_headings_need_heading_wording_and_must_open_the_part() -> None:
    # photo captions between a part's prose, name lines, and a heading's second line are no items (fp hunt 8)
    captions = _SUB.replace("强化组织领导，压实法治建设责任\n\n", "普法志愿者进村入户宣讲\n\n").replace(
        "推进综合执法，维护城市秩序\n\n", "执法人员开展联合检查\n\n")
    assert [m.title for m in zhenfa.extract_text(captions).measures] == []
    results = _SUB.replace("强化组织领导，压实法治建设责任", "依法行政能力不断提升").replace(
        "推进综合执法，维护城市秩序", "法治政府建设工作稳步推进")
    assert [m.title for m in zhenfa.extract_text(results).measures] == ["依法行政能力不断提升", "法治政府建设工作稳步推进"]


def test_a_stats_panel_at_the_pages_foot_is_no_table() -> None:
    text = ("某县司法局2022年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）加强学法。组织集体学法12次。\n\n"
            "某县司法局\n2023年1月10日\n\n| 访问量 | 1234567次 |\n| 满意 | 1026票 |\n")
    r = zhenfa.extract_text(text)
    assert [s.raw for s in r.statistics] == ["12次"] and r.published == "2023-01-10"
    # a headerless table in the body, with prose after it, is read
    body = text.replace("某县司法局\n2023年1月10日\n\n| 访问量 | 1234567次 |\n| 满意 | 1026票 |\n",
                        "| 行政处罚 | 126件 |\n| 行政强制 | 12件 |\n\n全年未发生行政诉讼败诉案件。\n")
    assert {s.raw: s.subject for s in zhenfa.extract_text(body).statistics}["126件"] == "行政处罚"


def test_a_unit_across_a_wrap_stops_where_a_word_goes_on() -> None:
    text = _report_wrapped_inside("全年走访企业共计56家次日常检查全覆盖，", "家次")
    assert "56家\n次" in text  # (the wrap falls where the test needs it)
    units = {s.raw: s.unit for s in zhenfa.extract_text(text).statistics}
    assert units.get("56家") == "家" and "56家\n次" not in units


def test_a_sub_item_opening_as_a_plan_begins_the_plans_of_a_problems_and_plans_part() -> None:
    text = ("县司法局2023年法治政府建设情况报告\n一、主要举措和成效\n（一）加强学法。组织集体学法4次。\n"
            "三、问题与打算\n（一）执法力量不足。现有执法人员12名。\n（二）2024年，我局将加强执法队伍建设，组织培训2次。\n")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["执法力量不足"]
    assert [(p.title, p.year) for p in r.plans] == [("2024年，我局将加强执法队伍建设，组织培训2次", 2024)]
    assert "2次" not in [s.raw for s in r.statistics]  # a target


def test_a_table_copied_with_full_width_bars_is_read_too() -> None:
    text = ("某市城管局2022年法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）严格执法。主要数据如下：\n\n丨 指标 丨 数量 丨\n"
            "丨 受理各类投诉举报 丨 5.23万件 丨\n丨 立案查处违法行为 丨 3862件 丨\n\n开展专项整治行动24次。\n")
    got = {s.raw: s.subject for s in zhenfa.extract_text(text).statistics}
    assert got["5.23万件"] == "受理各类投诉举报" and got["3862件"] == "立案查处违法行为"


def test_a_spaced_label_over_a_plans_heading_does_not_make_a_report_another_genre() -> None:
    text = ("文件名称 2024年工作计划\n\n2023年，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n"
            "（一）加强组织领导。召开党组会议4次。\n（二）规范行政执法。办理行政处罚案件126件。\n")
    r = zhenfa.extract_text(text)
    assert "not_a_report" not in [w.code for w in r.warnings]
    assert [m.title for m in r.measures] == ["加强组织领导", "规范行政执法"]


def test_subjects_after_a_word_that_begins_like_a_preposition_or_before_a_de_phrase() -> None:
    lead = "某县司法局2023年法治政府建设情况报告\n一、主要举措和成效\n（一）推进法治乡村建设。"
    got = {s.raw: s.subject for s in zhenfa.extract_text(lead + "对口帮扶3个村开展法治乡村建设。\n").statistics}
    assert got["3个"] == "对口帮扶"  # 对口 is a word, not the preposition 对
    got = {s.raw: s.subject for s in zhenfa.extract_text(lead + "作出罚款5万元的处罚决定已全部执行。\n").statistics}
    assert got["5万元"] != "处罚决定已全部执行"  # the figure is the fine's, not the decision's
