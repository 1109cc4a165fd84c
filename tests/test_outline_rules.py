"""Outline rules on small hand-made reports: markers, nesting, section kinds, items.

Every text here is invented for the test (bureaus in real places, realistic
prose) and every expectation was checked by hand against the text, so the
rules are tested for generality rather than for the seeds.
"""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.display import canonical
from zhenfa.fields.kinds import heading_kinds, resolve_theme_kinds, transition_kinds
from zhenfa.fold import fold_width
from zhenfa.models import SectionKind
from zhenfa.outline.markers import detect_marker

M, S, L, P, OT = "measures", "shortcomings", "leadership", "plans", "other"


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def walk(sections):
    for s in sections:
        yield s
        yield from walk(s.children)


def marker_of(line: str):
    view = fold_width(line)
    return detect_marker(view, 0, len(view))


def items_of(report):
    return [*report.measures, *report.shortcomings, *report.plans]


def assert_grounded(report, text: str) -> None:
    """Every item and section span points at its own text in the source."""
    for item in items_of(report):
        start, end = item.span
        assert 0 <= start < end <= len(text)
        source = text[start:end]
        assert canonical(source, keep_breaks=True).replace("\n", "") == item.text.replace("\n", ""), item
        if item.marker:
            assert source.startswith(item.marker)
        if item.title_span is not None:
            ts, te = item.title_span
            assert start <= ts <= te <= end
            assert canonical(text[ts:te]).rstrip("：:，, ") == item.title
    for sec in walk(report.sections):
        start, end = sec.span
        assert 0 <= start <= end <= len(text)
        hs, he = sec.heading_span
        assert start <= hs <= he <= end
        if sec.marker:
            assert text[hs:he].startswith(sec.marker)


# ---------------------------------------------------------------------------
# detect_marker: every numbering style, full and half width
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "family", "number", "marker"), [
    ("一、主要举措和成效", "cn_dun", 1, "一、"),
    ("三、下一步工作打算", "cn_dun", 3, "三、"),
    ("十二、其他需要说明的事项", "cn_dun", 12, "十二、"),
    ("二.存在的不足", "cn_dun", 2, "二."),
    ("四．下一步工作计划", "cn_dun", 4, "四．"),
    ("（一）健全依法决策机制", "cn_paren", 1, "（一）"),
    ("(二)规范行政执法行为", "cn_paren", 2, "(二)"),
    ("（ 三 ）加强普法宣传", "cn_paren", 3, "（ 三 ）"),
    ("（四）、推进政务公开", "cn_paren", 4, "（四）、"),
    ("1.完善制度体系", "ar_dot", 1, "1."),
    ("2、严格规范执法", "ar_dot", 2, "2、"),
    ("3．推进政务公开", "ar_dot", 3, "3．"),
    ("10.强化执法监督", "ar_dot", 10, "10."),
    ("（1）严格合法性审查", "ar_paren", 1, "（1）"),
    ("(2)落实公众参与", "ar_paren", 2, "(2)"),
    ("3）开展案卷评查", "ar_rparen", 3, "3）"),
    ("（１２）全角数字的序号", "ar_paren", 12, "（１２）"),
    ("①开展执法案卷评查", "circled", 1, "①"),
    ("⑤完善投诉举报处理", "circled", 5, "⑤"),
    ("一是执法力量不足", "cn_shi", 1, "一是"),
    ("四是普法形式单一", "cn_shi", 4, "四是"),
    ("第一，强化组织领导", "di_cn", 1, "第一，"),
    ("第三、规范执法行为", "di_cn", 3, "第三、"),
    ("2.2023年工作计划", "ar_dot", 2, "2."),  # a heading whose text starts with a year
    ("2．2023年度重点任务", "ar_dot", 2, "2．"),
    ("1. 2022年主要举措和成效", "ar_dot", 1, "1."),
    ("二.2023年工作计划", "cn_dun", 2, "二."),  # the same with a Chinese numeral and an ASCII dot
    ("三．2024年度重点任务", "cn_dun", 3, "三．"),
])
def test_detect_marker_styles(line, family, number, marker):
    m = marker_of(line)
    assert m is not None, line
    assert m.family.name == family
    assert m.number == number
    assert m.start == 0
    assert line[m.start:m.end].strip() == marker


def test_detect_marker_end_skips_spaces_after_marker():
    line = "一、 主要举措"
    m = marker_of(line)
    assert m is not None and line[m.end:] == "主要举措"


@pytest.mark.parametrize("line", [
    "2021年，我局全面推进依法行政。",
    "2023年度法治政府建设取得新进展。",
    "1890个村（社区）配备法律顾问。",
    "12·4国家宪法日期间开展集中宣传。",
    "12.4国家宪法日当天组织宪法宣誓。",
    "1.5万人次参加网上学法考试。",
    "3.2%的案件通过调解结案。",
    "10、11月开展执法专项检查。",
    "5、6月份集中清理规范性文件。",
    "2021.03起施行新的执法程序规定。",
    "1.2023万元用于法治宣传。",  # a decimal, though its digits could start a year
    "2.2023亿元专项资金全部到位。",
    "100%的执法人员持证上岗。",
    "30名执法人员参加培训。",
    "一些执法人员的法治意识有待提高。",
    "第一责任人职责履行到位。",
    "一.5万人次参加培训。",  # a garbled decimal, not 一. followed by a year
])
def test_numerals_that_are_not_markers(line):
    assert marker_of(line) is None, line


# ---------------------------------------------------------------------------
# Section kinds: a table of cue words over the heading text
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("heading", "kinds"), [
    ("本年度推进法治政府建设的主要举措和成效", [M]),
    ("2023年法治政府建设主要做法", [M]),
    ("主要措施及取得的成效", [M]),
    ("存在的不足和原因", [S]),
    ("存在的主要问题", [S]),
    ("短板弱项", [S]),
    ("党政主要负责人履行推进法治建设第一责任人职责情况", [L]),
    ("主要负责人履行法治建设第一责任人职责的情况", [L]),
    ("2024年工作安排", [P]),
    ("下一年度推进法治政府建设的主要计划", [P]),
    ("今后工作设想", [P]),
    ("下一步工作打算", [P]),
    ("下一步工作思路", [P]),
    ("存在的不足和2022年度的主要安排", [S, P]),
    ("存在问题及下一步工作计划", [S, P]),
    ("其他需要报告的事项", [OT]),
    ("意见建议", [OT]),
    ("有关意见和建议", [OT]),
    # round M: difficulties a report admits; measures that are next year's
    ("存在的困难和挑战", [S]),
    ("面临的困难", [S]),
    ("下一步工作举措", [P]),
    ("今后的工作措施", [P]),
    ("存在问题及下一步工作措施", [S, P]),
    ("2023年主要举措和2024年工作计划", [M, P]),
    ("2025年工作重点", [P]),
    ("2025年法治建设工作重点", [P]),
    ("下一阶段工作重点", [P]),
    ("2025年工作谋划", [P]),
    ("2025年主要工作", [P]),
    ("法治建设中存在的突出问题", [S]),
    ("面临的问题和挑战", [S]),
    ("工作中的薄弱环节", [S]),
    ("需要改进的地方", [S]),
])

def test_heading_kinds_table(heading, kinds):
    assert [k.value for k in heading_kinds(heading)] == kinds


@pytest.mark.parametrize("heading", [
    # round M: a theme that answers a problem admits none
    "聚焦补短板强弱项，提升基层执法能力",
    "对标先进找差距，提升依法行政水平",
    "坚持问题导向，推动主要问题整改",
])
def test_a_theme_that_answers_a_problem_is_no_shortcomings_heading(heading):
    assert heading_kinds(heading) == []


@pytest.mark.parametrize("heading", ["深入推进依法行政，持续优化营商环境", "强化执法监督", "坚持党的领导"])
def test_theme_heading_has_no_cue(heading):
    assert heading_kinds(heading) == []


@pytest.mark.parametrize(("heading", "kinds"), [
    # a plan word names the plans whatever the year (a slip, or a mid-year report)
    ("2025年工作计划", [P]), ("2025年工作安排", [P]),
    # but 谋划 in the year reported is how its work was planned (opening the report)
    ("2025年度法治政府建设工作谋划", []),
    # a year's work or its key tasks, in the year reported, are what was done
    ("2025年重点工作", []), ("2025年主要工作", [M]),
    # and the next year's are plans
    ("2026年重点工作", [P]),
    # a theme about the year's plan is no plans heading (the false-positive hunt)
    ("精心谋划2025年度工作计划", []), ("认真落实2025年法治政府建设工作安排", []),
])
def test_a_headings_year_against_the_reports(heading, kinds):
    assert [k.value for k in heading_kinds(heading, 2025)] == kinds


def test_theme_headings_are_measures_until_a_later_part():
    resolved = resolve_theme_kinds([[], [], [SectionKind.shortcomings], [SectionKind.plans], []])
    assert [[k.value for k in ks] for ks in resolved] == [[M], [M], [S], [P], [OT]]


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("过去一年工作取得了一定成效，但也存在一些不足，主要是基层执法力量薄弱。", [S]),
    ("下一步，我局将重点做好以下五方面工作：", [P]),
    ("对照上级要求，仍有一些差距和短板。2024年，我局将从以下几个方面加以改进：", [S, P]),
    ("全年共办理行政复议案件42件。", []),
])
def test_transition_kinds(sentence, kinds):
    assert [k.value for k in transition_kinds(sentence)] == kinds


# ---------------------------------------------------------------------------
# A full report with every level of GB/T 9704 numbering
# ---------------------------------------------------------------------------

FULL = doc(
    "合肥市蜀山区司法局2023年法治政府建设情况报告",
    "　　2023年，区司法局在区委、区政府的坚强领导下，紧扣法治蜀山建设目标，扎实推进各项工作。现将有关情况报告如下：",
    "　　一、主要举措和成效",
    "　　（一）健全依法决策机制",
    "　　1.规范重大行政决策程序。全年审查重大行政决策事项6件，提出修改意见21条。",
    "　　（1）严格合法性审查。对提交区政府常务会议的议题逐件审查。",
    "　　（2）落实公众参与。通过政府网站公开征求意见。",
    "　　2.加强规范性文件管理。开展规范性文件清理，废止文件3件。",
    "　　（二）深化行政执法改革",
    "　　全面推行行政执法“三项制度”，组织执法人员培训4期。",
    "　　二、存在的问题和不足",
    "　　（一）部分执法人员法治意识有待提高。",
    "　　（二）基层法治力量较为薄弱。",
    "　　三、2024年工作计划",
    "　　（一）持续深化法治宣传教育。",
    "　　（二）着力提升行政复议质效。",
)


@pytest.fixture(scope="module")
def full():
    return zhenfa.extract_text(FULL)


def test_full_top_sections(full):
    roots = full.sections
    assert [s.marker for s in roots] == ["一、", "二、", "三、"]
    assert [s.number for s in roots] == [1, 2, 3]
    assert [s.title for s in roots] == ["主要举措和成效", "存在的问题和不足", "2024年工作计划"]
    assert [s.heading for s in roots] == ["一、主要举措和成效", "二、存在的问题和不足", "三、2024年工作计划"]
    assert [s.kinds for s in roots] == [[M], [S], [P]]
    assert all(s.level == 1 and not s.implicit for s in roots)
    assert [s.line for s in roots] == [3, 11, 14]


def test_full_nesting_by_family_rank(full):
    first = full.sections[0]
    assert [c.marker for c in first.children] == ["（一）", "（二）"]
    assert [c.level for c in first.children] == [2, 2]
    one = first.children[0]
    assert [c.marker for c in one.children] == ["1.", "2."]
    assert [c.level for c in one.children] == [3, 3]
    assert [c.marker for c in one.children[0].children] == ["（1）", "（2）"]
    assert [c.level for c in one.children[0].children] == [4, 4]
    assert one.children[1].children == []
    assert first.children[1].children == []


def test_full_section_spans(full):
    first, second, third = full.sections
    assert FULL[first.span[0]:first.span[1]].startswith("一、主要举措和成效")
    assert FULL[first.span[0]:first.span[1]].endswith("组织执法人员培训4期。")
    assert FULL[second.span[0]:second.span[1]].endswith("基层法治力量较为薄弱。")
    assert FULL[third.span[0]:third.span[1]].endswith("着力提升行政复议质效。")


def test_full_measures_at_every_depth(full):
    got = [(i.marker, i.depth, i.path, i.title) for i in full.measures]
    assert got == [
        ("（一）", 1, ["一、", "（一）"], "健全依法决策机制"),
        ("1.", 2, ["一、", "（一）", "1."], "规范重大行政决策程序"),
        ("（1）", 3, ["一、", "（一）", "1.", "（1）"], "严格合法性审查"),
        ("（2）", 3, ["一、", "（一）", "1.", "（2）"], "落实公众参与"),
        ("2.", 2, ["一、", "（一）", "2."], "加强规范性文件管理"),
        ("（二）", 1, ["一、", "（二）"], "深化行政执法改革"),
    ]
    assert full.measures[5].text == "（二）深化行政执法改革\n全面推行行政执法“三项制度”，组织执法人员培训4期。"
    assert full.measures[2].text == "（1）严格合法性审查。对提交区政府常务会议的议题逐件审查。"


def test_full_shortcomings_and_plans(full):
    assert [(i.title, i.path, i.depth) for i in full.shortcomings] == [
        ("部分执法人员法治意识有待提高", ["二、", "（一）"], 1),
        ("基层法治力量较为薄弱", ["二、", "（二）"], 1),
    ]
    assert [(i.title, i.year) for i in full.plans] == [("持续深化法治宣传教育", 2024), ("着力提升行政复议质效", 2024)]


def test_full_grounded(full):
    assert_grounded(full, FULL)


# ---------------------------------------------------------------------------
# Indentation and width variants
# ---------------------------------------------------------------------------

INDENTS = doc(
    "济南市历下区市场监督管理局2023年法治政府建设工作报告",
    "\u3000\u30002023年，我局坚持依法行政，全面提升市场监管法治化水平。",
    "  一、主要举措和成效",
    "\u3000\u3000(一)完善执法制度",
    "\u00a0\u00a01．修订行政处罚裁量基准。全年修订裁量基准2项。",
    "\u2002\u2002（1）明确从轻处罚情形。",
    "\u2002\u2002(2)明确不予处罚情形。",
    "\t2、规范执法文书。统一使用执法文书模板。",
    "\u3000 （二）强化执法监督",
    "\u3000\u30001、开展案卷评查。评查执法案卷120卷。",
    "二、存在的不足",
    "\u3000\u3000执法人员专业水平有待提高。",
)


def test_indentation_and_width_variants():
    r = zhenfa.extract_text(INDENTS)
    assert [s.marker for s in r.sections] == ["一、", "二、"]
    first = r.sections[0]
    assert [c.marker for c in first.children] == ["(一)", "（二）"]
    assert [c.marker for c in first.children[0].children] == ["1．", "2、"]
    assert [c.marker for c in first.children[0].children[0].children] == ["（1）", "(2)"]
    assert [c.marker for c in first.children[1].children] == ["1、"]
    assert [i.title for i in r.measures] == ["完善执法制度", "修订行政处罚裁量基准", "明确从轻处罚情形", "明确不予处罚情形",
                                             "规范执法文书", "强化执法监督", "开展案卷评查"]
    # spans start at the marker, not at the indentation
    for sec in walk(r.sections):
        assert INDENTS[sec.span[0]] in "一二(（12"
    assert_grounded(r, INDENTS)


def test_numerals_at_line_start_stay_in_their_item():
    text = doc(
        "贵阳市云岩区司法局2023年法治政府建设情况报告",
        "2023年，我局认真落实法治政府建设各项任务。",
        "一、主要举措和成效",
        "（一）加强普法宣传",
        "2023年，全区开展各类普法活动86场。",
        "1890个村（社区）实现法律顾问全覆盖。",
        "12·4国家宪法日期间，组织宪法宣誓活动。",
        "12.4国家宪法日当天，开展法治文艺演出。",
        "1.5万人次参加网上学法考试。",
        "10、11月开展执法专项检查。",
        "（二）规范行政执法",
        "全年办理行政处罚案件35件。",
    )
    r = zhenfa.extract_text(text)
    assert len(r.sections) == 1
    first = r.sections[0]
    assert [c.marker for c in first.children] == ["（一）", "（二）"]
    assert first.children[0].children == []
    assert [i.title for i in r.measures] == ["加强普法宣传", "规范行政执法"]
    item = r.measures[0]
    for fragment in ("86场", "1890个村", "12·4国家宪法日", "12.4国家宪法日", "1.5万人次", "10、11月开展"):
        assert fragment in item.text
    assert_grounded(r, text)


# ---------------------------------------------------------------------------
# Levels from the order families appear in
# ---------------------------------------------------------------------------

def test_report_that_starts_at_second_level():
    text = doc(
        "西宁市城东区卫生健康局2023年度法治政府建设工作总结",
        "2023年，我局坚持以习近平法治思想为指导，全面推进卫生健康领域依法行政，主要工作如下。",
        "（一）强化组织领导",
        "1.调整法治政府建设领导小组，由主要负责同志任组长。",
        "2.将法治建设纳入年度目标考核。",
        "（二）规范行政执法",
        "1.全面落实行政执法公示制度。",
        "（三）加强普法宣传",
        "开展“法律进医院”活动12场次。",
    )
    r = zhenfa.extract_text(text)
    assert [s.marker for s in r.sections] == ["（一）", "（二）", "（三）"]
    assert [s.level for s in r.sections] == [1, 1, 1]
    assert [s.kinds for s in r.sections] == [[M], [M], [M]]
    assert [c.marker for c in r.sections[0].children] == ["1.", "2."]
    assert [c.level for c in r.sections[0].children] == [2, 2]
    # （三） has no sub-items: the theme section is itself the measure
    assert [(i.path, i.depth) for i in r.measures] == [
        (["（一）", "1."], 1), (["（一）", "2."], 1), (["（二）", "1."], 1), (["（三）"], 1)]
    assert_grounded(r, text)


def test_skipped_level_nests_under_the_open_section():
    text = doc(
        "长春市朝阳区人力资源和社会保障局2023年法治政府建设情况报告",
        "2023年，我局全面落实法治政府建设实施纲要，依法行政水平稳步提升。",
        "一、本年度推进法治政府建设的主要举措和成效",
        "1.完善制度体系。清理规范性文件8件。",
        "2.严格规范执法。开展劳动保障监察执法检查56次。",
        "二、存在的不足",
        "1.劳动保障监察力量与执法任务不相适应。",
        "三、下一年度工作安排",
        "1.加强劳动保障监察队伍建设。",
        "2.深化人社领域普法宣传。",
    )
    r = zhenfa.extract_text(text)
    assert [s.marker for s in r.sections] == ["一、", "二、", "三、"]
    assert [s.kinds for s in r.sections] == [[M], [S], [P]]
    assert [[c.marker for c in s.children] for s in r.sections] == [["1.", "2."], ["1."], ["1.", "2."]]
    assert all(c.level == 2 for s in r.sections for c in s.children)
    assert [(i.title, i.path, i.depth) for i in r.measures] == [
        ("完善制度体系", ["一、", "1."], 1), ("严格规范执法", ["一、", "2."], 1)]
    assert [i.title for i in r.shortcomings] == ["劳动保障监察力量与执法任务不相适应"]
    assert [(i.title, i.year) for i in r.plans] == [("加强劳动保障监察队伍建设", 2024), ("深化人社领域普法宣传", 2024)]
    assert_grounded(r, text)


def test_numbering_restart_after_unmarked_heading_starts_new_parent():
    text = doc(
        "太原市小店区卫生健康局2023年法治政府建设情况报告",
        "2023年，我局在区委、区政府领导下，扎实推进卫生健康领域法治建设。",
        "一、主要举措和成效",
        "（一）落实重大行政决策程序。全年审查决策事项3件。",
        "（二）推进“双随机、一公开”监管。抽查医疗机构46家。",
        "（三）开展卫生健康普法。举办专题讲座5场。",
        "存在的问题和不足",
        "（一）执法人员数量不足，专业结构不合理。",
        "（二）部分医疗机构依法执业意识不强。",
    )
    r = zhenfa.extract_text(text)
    assert len(r.sections) == 2
    first, second = r.sections
    assert [c.marker for c in first.children] == ["（一）", "（二）", "（三）"]
    # a heading written without a number: no marker, but not implicit (the report wrote it)
    assert second.implicit is False and second.marker is None and second.heading == "存在的问题和不足"
    assert second.kinds == [S]
    assert [c.marker for c in second.children] == ["（一）", "（二）"]
    assert len(r.measures) == 3
    assert [i.title for i in r.shortcomings] == ["执法人员数量不足，专业结构不合理", "部分医疗机构依法执业意识不强"]
    assert_grounded(r, text)


def test_top_level_restart_after_unmarked_plans_heading():
    text = doc(
        "襄阳市樊城区人力资源和社会保障局2023年法治政府建设工作总结",
        "2023年，我局认真贯彻落实上级关于法治政府建设的部署要求，现将有关情况总结如下。",
        "（一）强化组织领导。调整充实法治建设领导小组。",
        "（二）推进依法决策。重大决策事项全部经过合法性审查。",
        "（三）规范行政执法。开展劳动保障书面审查1200余户。",
        "2024年工作打算",
        "（一）深化人社领域普法宣传。",
        "（二）提升劳动保障监察执法水平。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["深化人社领域普法宣传", "提升劳动保障监察执法水平"]
    assert all(i.year == 2024 for i in r.plans)
    assert [i.title for i in r.measures if "深化" in i.title or "提升" in i.title] == []
    plan_sections = [s for s in r.sections if P in s.kinds]
    assert len(plan_sections) == 1
    assert not plan_sections[0].implicit and plan_sections[0].heading == "2024年工作打算"
    assert_grounded(r, text)


def test_unnumbered_heading_that_starts_with_the_next_year():
    # A report that numbers no heading: 2025年工作计划 is a heading line like the others.
    text = doc(
        "襄阳市樊城区水利局2024年法治政府建设年度报告",
        "2024年，我局坚持依法治水，扎实推进水利领域法治政府建设，现将有关情况报告如下。",
        "主要举措和成效",
        "全年开展水行政执法巡查260次，查处水事违法案件14件，办结率100%。",
        "存在的不足",
        "执法装备相对落后，基层执法人员专业能力有待提升，与新形势要求仍有差距。",
        "2025年工作计划",
        "2025年，我局将继续加强执法队伍建设，完善执法装备，提升执法能力。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.heading, s.kinds, s.implicit) for s in r.sections] == [
        ("主要举措和成效", [M], False), ("存在的不足", [S], False), ("2025年工作计划", [P], False)]
    assert [(i.title, i.year) for i in r.plans] == [("2025年，我局将继续加强执法队伍建设，完善执法装备，提升执法能力", 2025)]


def test_a_line_opening_with_its_year_is_not_an_unnumbered_heading():
    text = doc(
        "襄阳市樊城区水利局2024年法治政府建设年度报告",
        "2024年，我局坚持依法治水",
        "扎实推进水利领域法治政府建设，全年开展水行政执法巡查260次，查处水事违法案件14件。",
        "主要举措和成效",
        "全年开展水行政执法巡查260次，查处水事违法案件14件，办结率100%。",
        "存在的不足",
        "执法装备相对落后，基层执法人员专业能力有待提升，与新形势要求仍有差距。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["主要举措和成效", "存在的不足"]


# ---------------------------------------------------------------------------
# Headings: run into their text, split over lines, inline in one paragraph
# ---------------------------------------------------------------------------

def test_heading_run_into_text():
    text = doc(
        "无锡市梁溪区市场监督管理局2023年法治政府建设情况报告",
        "2023年，我局持续推进市场监管领域依法行政。",
        "一、主要举措和成效",
        "（一）加强组织领导。充分发挥党组领导核心作用，全年召开专题会议4次。",
        "（二）严格规范执法。全面落实行政执法三项制度，办结案件213件。",
    )
    r = zhenfa.extract_text(text)
    first = r.measures[0]
    assert first.title == "加强组织领导"
    assert first.text == "（一）加强组织领导。充分发挥党组领导核心作用，全年召开专题会议4次。"
    assert r.sections[0].children[0].title == "加强组织领导"
    assert r.sections[0].children[0].heading == "（一）加强组织领导"
    assert r.measures[1].title == "严格规范执法"
    assert_grounded(r, text)


def test_heading_split_over_two_lines_is_joined():
    text = doc(
        "南昌市青山湖区司法局2023年法治政府建设情况报告",
        "2023年，我局全面贯彻落实法治政府建设各项部署。",
        "一、本年度推进法治政府建设的主要举措",
        "和成效",
        "（一）完善依法行政制度体系。全年审核规范性文件9件。",
        "二、推进法治政府建设存在的不足",
        "和原因",
        "（一）基层司法所人员力量不足。",
    )
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.sections] == ["本年度推进法治政府建设的主要举措和成效", "推进法治政府建设存在的不足和原因"]
    assert r.sections[0].heading == "一、本年度推进法治政府建设的主要举措和成效"
    assert [s.kinds for s in r.sections] == [[M], [S]]
    hs, he = r.sections[0].heading_span
    assert text[hs:he] == "一、本年度推进法治政府建设的主要举措\n和成效"
    assert [i.title for i in r.measures] == ["完善依法行政制度体系"]
    assert [i.title for i in r.shortcomings] == ["基层司法所人员力量不足"]
    # the second half of the heading is neither a section nor part of an item's title
    assert all("和成效" not in i.text for i in r.measures)
    assert_grounded(r, text)


def test_headings_inline_in_one_long_paragraph():
    text = doc(
        "郑州市金水区市场监督管理局2023年法治政府建设情况报告",
        "2023年，我局认真贯彻落实上级部署，现将有关情况报告如下：一、主要举措 （一）强化组织保障。成立法治建设领导小组。"
        "（二）规范执法行为。开展执法案卷评查2次。 二、存在问题 执法人员专业素质有待提升。 三、下一步计划 继续加强执法人员培训。",
    )
    r = zhenfa.extract_text(text)
    assert [s.marker for s in r.sections] == ["一、", "二、", "三、"]
    assert r.sections[0].title == "主要举措"
    assert r.sections[1].title.startswith("存在问题")
    assert r.sections[2].title.startswith("下一步计划")
    assert [s.kinds for s in r.sections] == [[M], [S], [P]]
    assert [c.marker for c in r.sections[0].children] == ["（一）", "（二）"]
    assert [i.title for i in r.measures] == ["强化组织保障", "规范执法行为"]
    assert_grounded(r, text)


def test_enumerations_inside_paragraphs_are_children():
    text = doc(
        "株洲市天元区人力资源和社会保障局2023年法治政府建设情况报告",
        "2023年，我局坚持把法治建设贯穿人社工作全过程。",
        "一、主要举措和成效",
        "（一）健全工作机制。一是建立法治建设联席会议制度；二是落实法律顾问制度，全年出具法律意见18份；三是完善执法监督机制。",
        "（二）加强执法培训。第一，组织执法人员专题培训3期；第二，开展执法案卷交叉评查。",
        "（三）优化政务服务",
        "①推行“一件事一次办”；",
        "②推进人社服务“跨省通办”。",
    )
    r = zhenfa.extract_text(text)
    first = r.sections[0]
    mech, train, serv = first.children
    assert [c.marker for c in mech.children] == ["一是", "二是", "三是"]
    assert [c.title for c in mech.children] == ["建立法治建设联席会议制度", "落实法律顾问制度，全年出具法律意见18份", "完善执法监督机制"]
    assert [c.number for c in train.children] == [1, 2]
    assert all(c.marker.startswith("第") for c in train.children)
    assert [c.marker for c in serv.children] == ["①", "②"]
    paths = [i.path for i in r.measures]
    assert ["一、", "（一）", "二是"] in paths
    assert ["一、", "（三）", "②"] in paths
    assert {i.depth for i in r.measures if i.marker in ("一是", "①")} == {2}
    assert_grounded(r, text)


def test_yi_shi_without_er_shi_is_not_an_enumeration():
    text = doc(
        "潍坊市奎文区司法局2023年法治政府建设情况报告",
        "2023年，我局扎实推进法治政府建设。",
        "一、主要举措和成效",
        "（一）深化普法宣传。全区统一是本年度工作的重点，开展普法活动40场。",
    )
    r = zhenfa.extract_text(text)
    assert r.sections[0].children[0].children == []


# ---------------------------------------------------------------------------
# Section kinds through the whole pipeline
# ---------------------------------------------------------------------------

def test_theme_organised_report_is_measures():
    text = doc(
        "兰州市城关区人民政府2023年法治政府建设情况报告",
        "2023年，城关区坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：",
        "一、坚持党的领导，压实法治建设责任",
        "（一）召开区政府常务会议专题研究法治政府建设工作4次。",
        "二、聚焦依法行政，提升执法规范化水平",
        "（一）全面推行行政执法公示制度。",
        "（二）开展行政执法案卷评查。",
        "三、存在的问题",
        "（一）基层执法人员专业能力不足。",
        "四、下一步打算",
        "（一）持续深化法治政府建设示范创建。",
    )
    r = zhenfa.extract_text(text)
    assert [s.kinds for s in r.sections] == [[M], [M], [S], [P]]
    assert [i.path for i in r.measures] == [["一、", "（一）"], ["二、", "（一）"], ["二、", "（二）"]]
    assert len(r.shortcomings) == 1
    assert len(r.plans) == 1
    assert_grounded(r, text)


def test_theme_section_without_sub_items_is_one_measure():
    text = doc(
        "兰州市城关区司法局2023年法治政府建设情况报告",
        "2023年，区司法局坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：",
        "一、坚持党的领导，压实法治建设责任",
        "局党组召开专题会议4次，研究部署法治政府建设工作。",
        "二、聚焦依法行政，提升执法规范化水平",
        "（一）全面推行行政执法公示制度。",
        "（二）开展行政执法案卷评查。",
        "三、存在的问题",
        "基层执法人员专业能力不足。",
    )
    r = zhenfa.extract_text(text)
    assert [(i.title, i.path, i.depth) for i in r.measures] == [
        ("坚持党的领导，压实法治建设责任", ["一、"], 1),
        ("全面推行行政执法公示制度", ["二、", "（一）"], 1), ("开展行政执法案卷评查", ["二、", "（二）"], 1)]
    first = r.measures[0]
    assert text[first.span[0]:first.span[1]].startswith("一、坚持党的领导") and "4次" in first.text
    assert_grounded(r, text)


@pytest.mark.parametrize("heading", ["一、总体思路", "一、指导思想", "一、基本概况"])
def test_a_framing_section_without_sub_items_is_no_measure(heading):
    text = doc("兰州市城关区司法局2023年法治政府建设情况报告", heading,
               "2023年，我局以习近平法治思想为指导，紧紧围绕中心工作，全面推进依法行政。",
               "二、强化组织领导", "（一）压实责任。局党组专题研究法治工作4次。", "三、存在的问题", "基层执法人员专业能力不足。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["压实责任"]


def test_shortcomings_and_plans_in_one_paragraph_split_at_the_plans_sentence():
    # 四、存在的不足和下一步打算 with one paragraph: the sentences before 下一步 are the shortcomings
    text = doc("兰州市城关区司法局2023年法治政府建设情况报告", "一、主要举措和成效", "（一）压实责任。研究法治工作4次。",
               "二、存在的不足和下一步打算", "基层执法力量薄弱，信息化水平不高。下一步，我局将新增执法人员5名。")
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.shortcomings] == ["基层执法力量薄弱，信息化水平不高。"]
    assert [(i.text, i.year) for i in r.plans] == [("下一步，我局将新增执法人员5名。", 2024)]
    assert [s.raw for s in r.statistics] == ["4次"]  # 5名 is a target
    assert_grounded(r, text)


def test_a_part_heading_without_sub_items_is_no_measure():
    # 主要举措和成效 names the part of the report, not a measure
    text = doc("兰州市城关区司法局2023年法治政府建设情况报告", "一、主要举措和成效", "全年办理行政复议案件35件。",
               "二、存在的问题", "基层执法人员专业能力不足。")
    assert zhenfa.extract_text(text).measures == []


def test_leadership_and_other_sections():
    text = doc(
        "温州市鹿城区卫生健康局2023年法治政府建设情况报告",
        "2023年，我局法治政府建设工作取得新成效。",
        "一、党政主要负责人履行推进法治建设第一责任人职责情况",
        "局主要负责人带头学法，主持召开法治建设专题会议3次。",
        "二、推进法治政府建设的主要举措和成效",
        "（一）落实卫生健康领域“双随机、一公开”监管。",
        "三、其他需要报告的事项",
        "无。",
    )
    r = zhenfa.extract_text(text)
    assert [s.kinds for s in r.sections] == [[L], [M], [OT]]
    assert [i.path for i in r.measures] == [["二、", "（一）"]]
    assert r.shortcomings == [] and r.plans == []


def test_combined_shortcomings_and_plans_section():
    text = doc(
        "绍兴市越城区司法局2023年法治政府建设情况报告",
        "2023年，我局持续深化法治越城建设。",
        "一、主要举措和成效",
        "（一）规范行政复议工作。全年办理行政复议案件58件。",
        "二、存在的不足和2024年工作安排",
        "我局法治政府建设工作虽然取得了一定成效，但仍存在一些不足：一是执法队伍专业化程度不高；二是普法宣传形式较为单一。",
        "2024年，我局将重点抓好以下工作：",
        "（一）深入学习宣传习近平法治思想。",
        "（二）持续推进严格规范公正文明执法。",
    )
    r = zhenfa.extract_text(text)
    assert [s.kinds for s in r.sections] == [[M], [S, P]]
    assert [i.title for i in r.shortcomings] == ["执法队伍专业化程度不高", "普法宣传形式较为单一"]
    assert [(i.title, i.year) for i in r.plans] == [("深入学习宣传习近平法治思想", 2024), ("持续推进严格规范公正文明执法", 2024)]
    assert_grounded(r, text)


# ---------------------------------------------------------------------------
# Implicit sections after a transition sentence
# ---------------------------------------------------------------------------

def test_implicit_plans_after_transition_sentence():
    text = doc(
        "银川市兴庆区市场监督管理局2023年法治政府建设情况报告",
        "2023年，我局坚持依法行政，市场监管法治化水平不断提升。",
        "一、2023年主要工作",
        "（一）深化“放管服”改革。新增市场主体1.2万户。",
        "（二）强化食品安全监管。抽检食品批次2300批次。",
        "今年以来，我局法治政府建设虽取得一定成效，但也存在一些不足，主要是部分执法人员依法行政能力不强。下一步，我局将重点做好以下三方面工作：",
        "（一）加强法治培训。每季度组织一次执法人员培训。",
        "（二）完善执法监督。推行执法全过程记录。",
        "（三）深化普法宣传。开展“3·15”等主题宣传。",
    )
    r = zhenfa.extract_text(text)
    assert len(r.sections) == 2
    implicit = r.sections[1]
    assert implicit.implicit is True
    assert implicit.marker is None
    assert P in implicit.kinds
    assert implicit.level == 1
    assert "重点做好以下三方面工作" in implicit.title
    assert [c.marker for c in implicit.children] == ["（一）", "（二）", "（三）"]
    assert [i.title for i in r.measures] == ["深化“放管服”改革", "强化食品安全监管"]
    # the shortcoming stated in the transition sentence is an item too
    assert any("部分执法人员依法行政能力不强" in i.text for i in r.shortcomings)
    assert [(i.title, i.year, i.depth) for i in r.plans] == [
        ("加强法治培训", 2024, 1), ("完善执法监督", 2024, 1), ("深化普法宣传", 2024, 1)]
    assert_grounded(r, text)


def test_implicit_shortcomings_written_inline():
    text = doc(
        "呼和浩特市赛罕区司法局2023年法治政府建设情况报告",
        "2023年，我局全面推进法治赛罕建设。",
        "一、主要举措和成效",
        "（一）推进公共法律服务体系建设。建成村（社区）公共法律服务工作室126个。",
        "（二）加强人民调解工作。调解矛盾纠纷2100余件。",
        "同时，我们也清醒地认识到，工作中还存在一些不足：一是行政执法协调机制不够顺畅；二是基层法治宣传覆盖面不够广；三是法治人才储备不足。",
    )
    r = zhenfa.extract_text(text)
    assert len(r.sections) == 2
    implicit = r.sections[1]
    assert implicit.implicit is True
    assert implicit.kinds == [S]
    assert [i.title for i in r.shortcomings] == ["行政执法协调机制不够顺畅", "基层法治宣传覆盖面不够广", "法治人才储备不足"]
    assert len(r.measures) == 2
    assert all("不够顺畅" not in i.text for i in r.measures)
    assert_grounded(r, text)


# ---------------------------------------------------------------------------
# Shortcomings: one item per shortcoming
# ---------------------------------------------------------------------------

def test_shortcomings_inline_yi_shi_er_shi():
    text = doc(
        "洛阳市西工区卫生健康委员会2023年法治政府建设情况报告",
        "2023年，我委认真落实法治政府建设任务。",
        "一、主要举措和成效",
        "（一）完善卫生健康执法制度。制定执法工作规范2项。",
        "二、存在的不足和原因",
        "一是卫生监督执法人员编制偏少，执法力量薄弱；二是部分医疗机构负责人法治观念淡薄；三是信息化执法手段应用不充分。",
        "三、下一步工作计划",
        "（一）充实卫生监督执法力量。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == [
        "卫生监督执法人员编制偏少，执法力量薄弱", "部分医疗机构负责人法治观念淡薄", "信息化执法手段应用不充分"]
    assert [i.marker for i in r.shortcomings] == ["一是", "二是", "三是"]
    assert [i.path for i in r.shortcomings] == [["二、", "一是"], ["二、", "二是"], ["二、", "三是"]]
    assert_grounded(r, text)


def test_shortcomings_list_after_zhuyao_biaoxian_zai():
    text = doc(
        "桂林市七星区卫生健康局2023年法治政府建设情况报告",
        "2023年，我局依法履行卫生健康管理职责。",
        "一、主要举措和成效",
        "（一）规范医疗服务行为。开展医疗机构依法执业检查。",
        "二、存在的不足和原因",
        "一年来，我局法治政府建设取得了积极进展，但对照上级要求仍有差距，主要表现在：部分科室依法行政意识不强，规范性文件合法性审核力量不足；行政执法人员培训覆盖面不广。",
        "三、下一步工作安排",
        "（一）强化依法行政意识。",
    )
    r = zhenfa.extract_text(text)
    # Items separated by ； may contain ， (Chinese list punctuation): the ； marks where an item ends.
    assert [i.text for i in r.shortcomings] == ["部分科室依法行政意识不强，规范性文件合法性审核力量不足", "行政执法人员培训覆盖面不广"]
    for item in r.shortcomings:
        assert text[item.span[0]:item.span[1]] == item.text
    assert_grounded(r, text)


def test_shortcomings_as_separate_paragraphs_without_markers():
    text = doc(
        "烟台市芝罘区人力资源和社会保障局2023年法治政府建设情况报告",
        "2023年，我局扎实推进人社领域法治建设。",
        "一、主要举措和成效",
        "（一）依法保障劳动者权益。追发拖欠工资1860万元。",
        "二、存在的不足",
        "劳动保障监察执法力量与辖区用人单位数量不匹配。",
        "部分用人单位守法用工意识仍然淡薄。",
        "三、2024年工作计划",
        "（一）加强根治欠薪工作。",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.shortcomings] == ["劳动保障监察执法力量与辖区用人单位数量不匹配。", "部分用人单位守法用工意识仍然淡薄。"]
    assert all(i.path == ["二、"] for i in r.shortcomings)
    assert_grounded(r, text)


def test_shortcomings_written_as_one_list_separated_by_semicolons():
    text = doc(
        "某某市自然资源局2023年法治政府建设情况报告",
        "2023年，我局扎实推进自然资源领域法治建设。",
        "一、主要举措和成效",
        "（一）严格规范执法。办理土地违法案件45件。",
        "二、存在的不足",
        "执法力量薄弱，执法装备滞后；地方立法仍有短板；普法宣传针对性不强。",
        "三、2024年工作计划",
        "（一）加强执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法力量薄弱，执法装备滞后", "地方立法仍有短板", "普法宣传针对性不强"]
    assert all(i.path == ["二、"] for i in r.shortcomings)
    assert_grounded(r, text)


def test_a_semicolon_inside_one_shortcoming_does_not_split_it():
    # 一是/二是-free prose whose ； parts are too short to be items of a list
    text = doc(
        "某某市自然资源局2023年法治政府建设情况报告",
        "2023年，我局扎实推进自然资源领域法治建设。",
        "一、主要举措和成效",
        "（一）严格规范执法。办理土地违法案件45件。",
        "二、存在的不足",
        "基层执法人员数量偏少，市级5人；县级3人。",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.shortcomings] == ["基层执法人员数量偏少，市级5人；县级3人。"]


def test_shortcomings_listed_before_deng_wenti_in_a_transition():
    # …但也存在A、B等问题。2024年，我局将重点做好以下工作： (no heading for either part)
    text = doc(
        "某某县应急管理局2023年法治政府建设工作总结",
        "2023年，我局深入学习贯彻习近平法治思想。",
        "一、加强组织领导",
        "成立领导小组，召开会议5次。",
        "二、规范行政执法",
        "全年办理案件120件。",
        "一年来，我局法治政府建设虽然取得了一定成效，但也存在执法人员数量不足、专业化水平不高等问题。2024年，我局将重点做好以下工作：",
        "（一）加强执法队伍建设。",
        "（二）深化普法宣传。",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.shortcomings] == ["执法人员数量不足", "专业化水平不高"]
    assert [i.title for i in r.plans] == ["加强执法队伍建设", "深化普法宣传"]
    assert_grounded(r, text)


def test_measures_as_paragraphs_that_open_with_a_heading_phrase():
    # the numbering lost in a web copy: each paragraph opens with its own short heading
    text = doc(
        "某某镇人民政府2023年度法治政府建设工作报告",
        "2023年，我镇扎实推进基层依法行政。现将有关工作报告如下。",
        "一、主要举措和成效",
        "强化组织保障。镇党委书记担任法治建设领导小组组长，全年研究法治工作9次。",
        "会议还审议了重大行政决策程序规定。",
        "化解矛盾纠纷。受理各类矛盾纠纷316件，调解成功302件。",
        "二、存在的不足",
        "少数村干部依法办事意识不强。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["强化组织保障", "化解矛盾纠纷"]
    # a paragraph with no heading phrase of its own continues the measure above it
    assert r.measures[0].text.endswith("会议还审议了重大行政决策程序规定。")
    assert all(i.path == ["一、"] for i in r.measures)
    assert_grounded(r, text)


def test_one_paragraph_with_a_short_opening_sentence_is_no_list_of_measures():
    text = doc(
        "某某镇人民政府2023年度法治政府建设工作报告",
        "2023年，我镇扎实推进基层依法行政。",
        "一、主要举措和成效",
        "成效明显。全年受理各类矛盾纠纷316件，调解成功302件，群众满意度不断提升。",
        "二、存在的不足",
        "少数村干部依法办事意识不强。",
    )
    assert zhenfa.extract_text(text).measures == []


def test_headed_paragraphs_stop_at_a_transition_and_need_a_heading_phrase():
    text = doc(
        "某某市司法局2023年法治政府建设情况报告",
        "2023年，我局扎实推进法治建设。",
        "一、主要举措和成效",
        "我局高度重视法治政府建设工作。全年召开党组会议研究法治工作4次。",  # a sentence about the bureau, no heading
        "强化组织保障。全年召开专题会议4次，研究部署法治工作。",
        "完善制度体系。修订完善内部管理制度15项，废止3项。",
        "但也存在一些不足和问题。主要是执法人员数量不足、执法装备落后。",  # a transition: the measures end
        "二、2024年工作计划",
        "（一）加强队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["强化组织保障", "完善制度体系"]
    assert r.measures[-1].text == "完善制度体系。修订完善内部管理制度15项，废止3项。"


@pytest.mark.parametrize("sep", ["，", ",", "、"])
def test_a_heading_phrase_of_two_short_clauses_opens_a_measure(sep):
    # 加强学习，提升法治素养能力。…: parallel clauses, one of them verb-first, the numbering lost
    text = doc(
        "某某区审计局2024年法治政府建设年度报告",
        "2024年，我局坚持依法审计。现将有关情况报告如下：",
        "一、主要举措和成效",
        f"加强学习{sep}提升法治素养能力。通过党组会专题学习，学法考试通过率达100%。",
        f"精准审计{sep}规范各项权力运行。聚焦重大决策部署，实施全链条跟踪审计。",
        "二、存在的不足",
        "法治宣传覆盖面不够广。",
    )
    r = zhenfa.extract_text(text)
    # titles are canonical: an ASCII comma between Chinese words reads ，
    assert [i.title for i in r.measures] == [canonical(f"加强学习{sep}提升法治素养能力"), canonical(f"精准审计{sep}规范各项权力运行")]
    assert r.measures[1].text == canonical(f"精准审计{sep}规范各项权力运行。聚焦重大决策部署，实施全链条跟踪审计。")
    assert_grounded(r, text)


def test_a_lone_yi_shi_is_the_items_marker_not_its_first_word():
    # a shortcomings part with one 一是 (no 二是 followed, so the outline took no list): the item
    # keeps 一是 as its marker, and its title is what the bureau admits
    text = doc(
        "某某市人民政府关于2023年度法治政府建设情况的报告",
        "一、主要举措和成效",
        "（一）加强组织领导。全年召开专题会议4次。",
        "二、存在的不足",
        "一是法治宣传不够深入，覆盖面不广。",
        "三、2024年工作安排",
        "（一）深化学习。",
    )
    r = zhenfa.extract_text(text)
    assert [(i.title, i.marker) for i in r.shortcomings] == [("法治宣传不够深入，覆盖面不广", "一是")]
    assert r.shortcomings[0].text == "一是法治宣传不够深入，覆盖面不广。"
    assert_grounded(r, text)


@pytest.mark.parametrize(("first", "second"), [
    # an action and its result, a common heading style (the second false-positive hunt)
    ("加强法治宣传，特色亮点突出", "规范执法行为，执法质效显著"),
    # 就地/就近 begin words, not the adverb 就
    ("坚持新时代枫桥经验，就地化解矛盾纠纷", "推进公共法律服务，就近提供法律咨询"),
])
def test_heading_phrases_that_end_in_a_result_or_begin_with_a_word_in_jiu(first, second):
    text = doc("某某区审计局2024年法治政府建设年度报告", "一、主要举措和成效",
               first + "。通过党组会专题学习，学法考试通过率达100%。", second + "。聚焦重大决策部署，实施全链条跟踪审计。",
               "二、存在的不足", "法治宣传覆盖面不够广。")
    assert [i.title for i in zhenfa.extract_text(text).measures] == [first, second]


@pytest.mark.parametrize("opening", [
    "今年以来，我局持续推进依法行政。",  # a time and a speaker, no heading
    "2024年，全面加强法治建设。",  # a figure: a year opens prose
    "成效明显，群众满意。",  # no clause begins with a heading verb
    "全局上下高度重视，层层抓好落实工作部署，各项任务推进有力。",  # a clause longer than a heading's
    "另外，加强队伍建设。",  # a connective opens prose
    "根据上级要求，开展专项自查。",  # so does a preposition
    "依法行政，是政府工作的核心。",  # and a copula
])
def test_a_sentence_with_commas_that_is_no_heading_phrase_opens_no_measure(opening):
    text = doc(
        "某某区审计局2024年法治政府建设年度报告",
        "一、主要举措和成效",
        opening + "通过党组会专题学习，学法考试通过率达100%。",
        opening + "聚焦重大决策部署，实施全链条跟踪审计。",
        "二、存在的不足",
        "法治宣传覆盖面不够广。",
    )
    assert zhenfa.extract_text(text).measures == []


@pytest.mark.parametrize("paragraph", [
    # 存在的… is a relative clause, and the problems named were solved
    "我局全年协调解决了张家港市、昆山市等地区存在的跨区域执法等问题，但执法协作机制仍不健全。",
    # the sentence says more than the list before 等问题
    "仍有个别单位对《行政复议法》、《行政诉讼法》等法律的学习不够深入，存在对新修订法律理解不透等问题。",
    # ； inside a citation, and in a parallel sentence of causes: no list of shortcomings
    "行政执法监督力度不够。根据《行政处罚法》第三十九条、第四十条；《行政许可法》第五条的规定，执法信息应当公示。",
    "我局工作还存在一定差距。产生的原因是多方面的，既有客观因素，也有主观因素；既有历史原因，也有现实原因。",
    "基层执法力量仍然薄弱，执法人员少、任务重；加之培训机会不多，导致执法水平不高。",
])
def test_a_shortcomings_paragraph_that_is_no_list_stays_one_shortcoming(paragraph):
    text = doc("某某市司法局2023年法治政府建设情况报告", "2023年，我局扎实推进法治建设。", "一、主要举措和成效",
               "（一）规范执法。办理案件12件。", "二、存在的不足", paragraph)
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.shortcomings] == [paragraph]


@pytest.mark.parametrize("line", ["▲镇主要负责人带头讲法治课", "镇主要负责人 张三", "整改存在的问题 落实下一步计划"])
def test_a_caption_a_name_line_or_a_slogan_is_no_unnumbered_heading(line):
    text = doc("某某镇2023年法治政府建设情况报告", "2023年，我镇扎实推进基层依法行政，取得积极成效。", line,
               "全镇开展普法活动20场次。", "▲法治宣传进村入户成果展", "全年发放宣传资料8000余份，覆盖全镇22个村。")
    r = zhenfa.extract_text(text)
    assert r.sections == [] and "no_sections" in [w.code for w in r.warnings]


def test_a_lone_inline_yi_run_into_the_introduction_is_the_first_part():
    # …报告如下：一、主要举措和成效。… with no 二、 after it on that line is the first part, not a preview
    text = doc(
        "某某市司法局2023年法治政府建设情况报告",
        "2023年，我局扎实推进法治建设，现将有关情况报告如下：一、主要举措和成效。全年召开专题会议4次。",
        "二、存在的不足",
        "执法人员专业素养有待提高。",
        "三、2024年工作计划",
        "一、加强执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections][:3] == ["一、主要举措和成效", "二、存在的不足", "三、2024年工作计划"]


def test_unnumbered_headings_that_name_the_parts_head_short_paragraphs():
    text = doc(
        "某某县水利局2023年法治政府建设情况报告",
        "2023年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下。",
        "主要举措和成效",
        "强化组织保障。成立领导小组，召开会议5次。",
        "规范行政执法。全年办理案件120件。",
        "存在的问题",
        "执法人员专业素养有待提高。",
        "下一步工作打算",
        "加强执法队伍建设。",
        "深化普法宣传。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.heading, s.marker, s.implicit) for s in r.sections] == [
        ("主要举措和成效", None, False), ("存在的问题", None, False), ("下一步工作打算", None, False)]
    assert [s.kinds for s in r.sections] == [[M], [S], [P]]
    assert [i.title for i in r.measures] == ["强化组织保障", "规范行政执法"]
    assert [i.title for i in r.shortcomings] == ["执法人员专业素养有待提高"]
    assert [(i.title, i.year) for i in r.plans] == [("加强执法队伍建设", 2024), ("深化普法宣传", 2024)]
    assert_grounded(r, text)


# ---------------------------------------------------------------------------
# Plans: one item per task, with a year
# ---------------------------------------------------------------------------

def test_plans_year_from_heading():
    text = doc(
        "大连市中山区司法局2022年度法治政府建设情况报告",
        "2022年，我局全面推进法治中山建设。",
        "一、主要举措和成效",
        "（一）深化行政复议体制改革。",
        "二、2024年工作打算",
        "（一）推进法治政府建设示范创建。",
        "（二）加强公共法律服务体系建设。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2022
    assert [(i.title, i.year) for i in r.plans] == [("推进法治政府建设示范创建", 2024), ("加强公共法律服务体系建设", 2024)]


@pytest.mark.parametrize("span", ["（2023-2025年）", "（2023—2025年）", "（2023至2025年）"])
def test_a_range_of_years_in_the_plans_heading_is_not_the_plans_year(span):
    text = doc(
        "某某市司法局2022年度法治政府建设情况报告",
        "2022年，我局全面推进法治建设。",
        "一、主要举措和成效",
        "（一）深化行政复议体制改革。",
        f"二、下一步工作计划{span}",
        "（一）推进法治政府建设示范创建。",
    )
    r = zhenfa.extract_text(text)
    assert [(i.title, i.year) for i in r.plans] == [("推进法治政府建设示范创建", 2023)]  # the year after the report's


def test_plans_year_from_text_after_heading():
    text = doc(
        "大连市中山区司法局2022年度法治政府建设情况报告",
        "2022年，我局全面推进法治中山建设。",
        "一、主要举措和成效",
        "（一）深化行政复议体制改革。",
        "二、下一步工作安排",
        "2024年，我局将重点做好以下工作：",
        "（一）推进法治政府建设示范创建。",
        "（二）加强公共法律服务体系建设。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2022
    assert [i.year for i in r.plans] == [2024, 2024]
    assert [i.title for i in r.plans] == ["推进法治政府建设示范创建", "加强公共法律服务体系建设"]


def test_plans_year_defaults_to_report_year_plus_one():
    text = doc(
        "宜昌市西陵区市场监督管理局2023年法治政府建设工作总结",
        "2023年，我局全面加强市场监管法治建设。",
        "一、主要做法",
        "（一）严格落实公平竞争审查制度。",
        "二、下一步工作打算",
        "一是持续深化法治宣传。",
        "二是加强执法人员培训。",
        "三是推进智慧监管。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023
    assert [(i.title, i.year) for i in r.plans] == [("持续深化法治宣传", 2024), ("加强执法人员培训", 2024), ("推进智慧监管", 2024)]
    assert_grounded(r, text)


@pytest.mark.parametrize("heading", ["2025年工作展望", "2025年普法工作展望", "下一步工作重点"])
def test_an_unnumbered_plans_heading_after_numbered_parts_opens_the_plans(heading):
    # red team P: 展望, 重点 name the plans as 计划 does, on a line of its own after 二、
    text = doc(
        "某县市场监督管理局2024年度法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。我局成立法治建设领导小组，召开专题会议3次。",
        "二、存在的不足和原因", "一是执法人员专业能力不足；二是普法宣传形式单一。",
        heading, "1. 深化执法监督，开展案卷评查。", "2. 加强普法宣传，开展普法活动。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.title, list(s.kinds)) for s in r.sections][-1] == (None, heading, [P])
    assert [i.title for i in r.plans] == ["深化执法监督，开展案卷评查", "加强普法宣传，开展普法活动"]
    assert [i.title for i in r.shortcomings] == ["执法人员专业能力不足", "普法宣传形式单一"]


@pytest.mark.parametrize("heading", ["普法工作取得的成绩", "2024年工作成绩", "主要工作成果"])
def test_unnumbered_part_headings_over_arabic_items_name_results_too(heading):
    # the level-1 numbering lost: 成绩 and 成果 name the measures as 成效 does
    text = doc("2024年法治政府建设工作总结", "", "2024年，我局法治工作取得成效，现总结如下：", heading,
               "1. 普法宣传教育深入开展，开展活动12场。", "2. 普法队伍建设不断加强，培训干部30人次。",
               "存在的问题", "1. 普法宣传形式单一，缺乏创新。")
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.title) for s in r.sections] == [(None, heading), (None, "存在的问题")]
    assert [i.title for i in r.shortcomings] == ["普法宣传形式单一，缺乏创新"]


def test_a_theme_line_ending_in_a_part_word_is_no_part_heading():
    # 巩固创建成果 (a verb's theme) between Arabic items is no heading of the measures part
    text = doc("某某县司法局2023年法治政府建设情况报告", "2023年，我局扎实推进法治建设。现将有关情况报告如下：",
               "1. 强化组织领导，召开专题会议4次。", "巩固创建成果", "2. 规范行政执法，开展执法检查12次。",
               "存在的问题", "1. 普法宣传形式单一。")
    r = zhenfa.extract_text(text)
    assert "巩固创建成果" not in [s.title for s in r.sections]


def test_unnumbered_headings_of_two_parts_make_a_report_without_a_title():
    # no title, no bureau, no number: the parts' headings still say it is a report of this genre
    text = doc("thought1688", "", "2024年，我县普法工作取得成效，现总结如下：", "普法工作取得的成绩",
               "1. 普法宣传教育深入开展，开展活动12场。", "普法工作存在的问题", "1. 普法宣传形式单一，缺乏创新。",
               "2025年普法工作展望", "1. 深入推进普法宣传教育，提高全民法治素养。")
    r = zhenfa.extract_text(text)
    assert "not_a_report" not in [w.code for w in r.warnings]
    assert [i.title for i in r.plans] == ["深入推进普法宣传教育，提高全民法治素养"]


def test_plans_as_plain_paragraphs():
    text = doc(
        "南通市崇川区司法局2023年法治政府建设情况报告",
        "2023年，我局扎实推进法治政府建设。",
        "一、主要举措和成效",
        "（一）强化行政执法监督。",
        "二、下一年度工作计划",
        "深入开展“八五”普法中期评估，推动普法责任制落实。",
        "加强行政复议规范化建设，提升案件办理质量。",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.plans] == ["深入开展“八五”普法中期评估，推动普法责任制落实。", "加强行政复议规范化建设，提升案件办理质量。"]
    assert [i.year for i in r.plans] == [2024, 2024]
    assert_grounded(r, text)


def _plans_part(*paragraphs: str) -> str:
    """A short report whose plans part has one headed paragraph and then `paragraphs`."""
    return doc("南通市崇川区司法局2023年法治政府建设情况报告", "一、主要举措和成效", "（一）强化行政执法监督。",
               "二、下一年度工作计划", "加强执法队伍建设。组织开展执法人员轮训，全面提升执法能力。", *paragraphs)


@pytest.mark.parametrize("connective", ["同时，", "与此同时，", "在此基础上，"])
def test_a_plans_paragraph_that_goes_on_with_the_one_before_is_part_of_it(connective):
    text = _plans_part(f"{connective}推进执法人员持证上岗，力争持证率达到100%。", "深化普法宣传教育。创新普法形式，推动普法向基层延伸。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["加强执法队伍建设", "深化普法宣传教育"]
    assert r.plans[0].text == f"加强执法队伍建设。组织开展执法人员轮训，全面提升执法能力。{connective}推进执法人员持证上岗，力争持证率达到100%。"
    assert_grounded(r, text)


def test_a_paragraph_that_adds_another_task_is_a_plan_of_its_own():
    # 此外，… adds a task (the false-positive hunt)
    text = _plans_part("此外，认真完成市委、市政府交办的其他工作任务。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["加强执法队伍建设", "此外，认真完成市委、市政府交办的其他工作任务"]


def test_a_connective_after_a_frame_starts_a_plan_of_its_own():
    # the frame (…重点做好以下工作：) stands between: nothing to go on with
    text = _plans_part("2024年，我局将重点做好以下工作：", "同时，推进执法人员持证上岗，力争持证率达到100%。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["加强执法队伍建设", "同时，推进执法人员持证上岗，力争持证率达到100%"]


@pytest.mark.parametrize(("items", "style"), [
    ("1.加强学习。2.规范执法。3.深化普法。", "1."),
    ("1．加强学习。2．规范执法。3．深化普法。", "1．"),
    ("（1）加强学习。（2）规范执法。（3）深化普法。", "（1）"),
    ("1、加强学习；2、规范执法；3、深化普法。", "1、"),
])
def test_an_arabic_list_inside_a_paragraph_gives_one_plan_each(items, style):
    text = doc("某县住房和城乡建设局2022年法治政府建设情况报告", "一、主要举措和成效", "（一）加强学法。全年学法7次。",
               "二、下一步工作打算", "下一步，我局将重点做好以下工作：" + items)
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["加强学习", "规范执法", "深化普法"]
    assert all(i.year == 2023 for i in r.plans)
    assert r.plans[0].marker == style
    assert_grounded(r, text)


def test_an_arabic_list_after_a_colon_gives_one_shortcoming_each():
    text = doc("某县教育局2022年法治政府建设情况报告", "一、主要举措和成效", "（一）加强学法。全年学法7次。",
               "二、存在的不足", "主要有：（1）执法力量不足。（2）普法不够深入。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法力量不足", "普法不够深入"]


@pytest.mark.parametrize("sentence", [
    "全年办理案件。1.2万件案件全部按期办结。",  # a decimal after a full stop
    "全年开展检查：1、2月份集中开展专项整治，3月份开展回头看。",  # months, not a list
    "共培训2次。1.5万人次参加网上学法。",
])
def test_numbers_inside_a_paragraph_are_not_list_markers(sentence):
    text = doc("某县教育局2022年法治政府建设情况报告", "一、主要举措和成效", "（一）加强学法。" + sentence)
    r = zhenfa.extract_text(text)
    assert [s.marker for s in walk(r.sections)] == ["一、", "（一）"]


UNHEADED_PLANS = (
    "某某区人民政府关于2022年度法治政府建设情况的报告",
    "一、主要举措和成效",
    "（一）强化执法。查处案件312件。",
    "二、存在的不足",
    "（一）执法力量薄弱。",
    "（二）普法针对性不强。",
)


@pytest.mark.parametrize("opening", ["2023年，我区将", "下一步，我区将", "2023年度，我区将"])
def test_plans_that_open_without_heading_after_the_shortcomings(opening):
    text = doc(*UNHEADED_PLANS, opening + "深化法治政府示范创建，巩固创建成果。", "我区将推进行政执法改革，提升执法质效。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法力量薄弱", "普法针对性不强"]
    assert "深化法治政府示范创建" not in r.shortcomings[-1].text  # the last shortcoming stops before the plans
    assert [(i.title, i.year) for i in r.plans] == [
        (opening + "深化法治政府示范创建，巩固创建成果", 2023), ("我区将推进行政执法改革，提升执法质效", 2023)]
    assert r.sections[-1].implicit and r.sections[-1].kinds == [P]
    assert [s.heading for s in r.sections if not s.implicit] == ["一、主要举措和成效", "二、存在的不足"]
    assert_grounded(r, text)


def test_a_plan_opening_needs_the_year_after_the_reports():
    # 2021年，… in a 2022 report looks back; it does not open the plans.
    text = doc(*UNHEADED_PLANS, "2021年，我区将执法人员培训纳入年度计划，但落实不够。")
    r = zhenfa.extract_text(text)
    assert r.plans == [] and not any(s.implicit for s in r.sections)


def test_a_closing_next_step_in_a_measures_section_opens_no_plans():
    text = doc(UNHEADED_PLANS[0], "一、主要举措和成效", "（一）强化执法。查处案件312件。",
               "下一步，我区将继续深化执法改革。", "二、存在的不足", "执法力量薄弱。")
    r = zhenfa.extract_text(text)
    assert r.plans == [] and not any(s.implicit for s in r.sections)


def test_a_plan_opening_before_a_plans_heading_stays_where_it_is():
    # The report has its own plans section: 下一步，… inside the shortcomings is a remark there.
    text = doc(*UNHEADED_PLANS, "下一步，我区将针对上述问题认真整改。", "三、2023年工作安排", "（一）加强学习。", "（二）规范执法。")
    r = zhenfa.extract_text(text)
    assert [(i.title, i.year) for i in r.plans] == [("加强学习", 2023), ("规范执法", 2023)]
    assert not any(s.implicit for s in r.sections)


# Lists run into one paragraph, each led in by its own clause (…不足：一是…。下一步，我局将：一是…):
# the clause before a list's first item says which part the list belongs to.
INLINE_LEAD_HEAD = ("某某市水务局2022年法治政府建设情况报告", "一、主要举措和成效", "（一）规范执法。办理案件45件。")


def test_plans_led_in_mid_paragraph_of_a_combined_section():
    text = doc(*INLINE_LEAD_HEAD, "二、存在的不足和2023年工作安排",
               "一是执法装备落后；二是法律顾问作用发挥不够。下一步，我局将：一是更新执法装备；二是完善法律顾问制度，新聘顾问3名。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法装备落后", "法律顾问作用发挥不够"]
    assert [(i.title, i.year) for i in r.plans] == [("更新执法装备", 2023), ("完善法律顾问制度，新聘顾问3名", 2023)]
    assert [s.raw for s in r.statistics] == ["45件"]  # 3名 is a target of the plans
    assert_grounded(r, text)


def test_plans_led_in_after_an_unheaded_list_of_shortcomings():
    text = doc(*INLINE_LEAD_HEAD,
               "工作虽有进展，但仍存在一些问题：一是执法装备落后；二是法律顾问作用发挥不够。今后，我局将重点做好以下工作：一是更新执法装备；二是完善法律顾问制度。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法装备落后", "法律顾问作用发挥不够"]
    assert [(i.title, i.year) for i in r.plans] == [("更新执法装备", 2023), ("完善法律顾问制度", 2023)]


def test_shortcomings_led_in_at_the_end_of_a_measure():
    text = doc(*INLINE_LEAD_HEAD,
               "（二）加强监督。全年开展督查6次。对照年度目标，工作取得了一定成效，但也存在一些不足：一是执法装备落后；二是法律顾问作用发挥不够。",
               "二、2023年工作安排", "（一）更新执法装备。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["规范执法", "加强监督"]
    assert [(i.title, i.path) for i in r.shortcomings] == [
        ("执法装备落后", ["一、", "（二）", "一是"]), ("法律顾问作用发挥不够", ["一、", "（二）", "二是"])]
    assert [i.title for i in r.plans] == ["更新执法装备"]
    assert_grounded(r, text)


def test_plans_led_in_inside_the_shortcomings_section_stay_in_it():
    # The paragraph under 二、存在的不足 lists the shortcomings, then leads into the plans:
    # no implicit section; the heading's section keeps its whole body.
    text = doc(*INLINE_LEAD_HEAD, "二、存在的不足",
               "我局法治建设仍存在一些短板，主要是：执法装备落后；法律顾问作用发挥不够。2023年，我局将重点做好以下工作：一是更新执法装备；二是完善法律顾问制度。")
    r = zhenfa.extract_text(text)
    assert [(s.heading, s.kinds, s.implicit) for s in r.sections] == [("一、主要举措和成效", [M], False), ("二、存在的不足", [S], False)]
    assert r.sections[-1].span[1] == len(text) - 1
    assert [i.title for i in r.shortcomings] == ["执法装备落后", "法律顾问作用发挥不够"]
    assert [(i.title, i.year, i.path) for i in r.plans] == [
        ("更新执法装备", 2023, ["二、", "一是"]), ("完善法律顾问制度", 2023, ["二、", "二是"])]


@pytest.mark.parametrize("lead", [
    "针对执法中存在的问题，我局采取以下措施：",  # the year's answer to the problems
    "我局持续深化改革，主要做法是：",  # no cue of another part
    "2022年，我局将法治建设纳入年度考核：",  # the report's own year looks back
])
def test_a_list_led_in_by_the_years_work_stays_a_measure(lead):
    text = doc(*INLINE_LEAD_HEAD, "（二）加强监督。" + lead + "一是完善督查制度；二是强化结果运用。", "二、存在的不足", "执法装备落后。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures if i.depth == 2] == ["完善督查制度", "强化结果运用"]
    assert [i.title for i in r.shortcomings] == ["执法装备落后"] and r.plans == []


def test_a_list_led_into_shortcomings_ends_with_its_sub_item():
    # …但也存在一些不足：一是… closes （二）; （三） is the year's work again, with its figures
    text = doc(*INLINE_LEAD_HEAD,
               "（二）加强监督。全年开展督查6次，但也存在一些不足：一是督查频次偏低；二是结果运用不够。",
               "（三）推进政务公开。主动公开信息1200条。", "二、2023年工作安排", "（一）更新执法装备。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["规范执法", "加强监督", "推进政务公开"]
    assert [(i.title, i.path) for i in r.shortcomings] == [
        ("督查频次偏低", ["一、", "（二）", "一是"]), ("结果运用不够", ["一、", "（二）", "二是"])]
    assert [s.raw for s in r.statistics] == ["45件", "6次", "1200条"]
    assert_grounded(r, text)


@pytest.mark.parametrize("lead", [
    "成效主要表现在：",  # results, not problems
    "对存在合法性问题的文件分类处理：",  # what was done about them
    "对评查中发现存在的问题逐一反馈：",
    "调研发现的主要问题有：",  # an inspection's findings about others
    "省委依法治省办督察指出我局存在以下不足：",  # an inspection's findings, which the measure answers
    "市委巡察反馈的问题有：",
    "明确今后三年法治政府建设的主要任务：",  # a multi-year programme the year adopted
    "对新的一年法治建设工作作出部署：",  # a meeting held this year
])
def test_a_list_that_reports_the_years_work_stays_among_the_measures(lead):
    text = doc(*INLINE_LEAD_HEAD, "（二）加强监督。" + lead + "一是完善督查制度；二是强化结果运用。",
               "（三）推进政务公开。主动公开信息1200条。", "二、存在的不足", "执法装备落后。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["规范执法", "加强监督", "完善督查制度", "强化结果运用", "推进政务公开"]
    assert [i.title for i in r.shortcomings] == ["执法装备落后"] and r.plans == []


@pytest.mark.parametrize("lead", [
    "针对存在的问题，下一步我局将：",  # 针对 answers the problems with next year's work here
    "针对上述问题，2023年我局将着力做好以下工作：",
])
def test_plans_led_in_from_the_shortcomings_section_answer_the_problems(lead):
    text = doc(*INLINE_LEAD_HEAD, "二、存在的不足",
               "一是执法装备落后；二是法律顾问作用发挥不够。" + lead + "一是更新执法装备；二是新聘法律顾问3名。")
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法装备落后", "法律顾问作用发挥不够"]
    assert [(i.title, i.year) for i in r.plans] == [("更新执法装备", 2023), ("新聘法律顾问3名", 2023)]
    assert [s.raw for s in r.statistics] == ["45件"]  # 3名 is a target
    assert_grounded(r, text)


def test_a_half_width_full_stop_between_chinese_words_ends_a_sentence():
    # a half-width copy: 。 written as "." (but 1.加强 and 一.2019年 are numbers, 1.5 a decimal)
    text = doc("某区管委会2019年度法治政府建设情况的报告", "一.2019年法治政府建设主要工作",
               "1.加强组织领导.管委会主任办公会专题研究法治工作6次.", "2.规范行政决策.全年审查合同协议136份,提高1.5个百分点.",
               "二.存在的不足", "执法力量薄弱.")
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一.2019年法治政府建设主要工作", "二.存在的不足"]
    assert [i.title for i in r.measures] == ["加强组织领导", "规范行政决策"]
    assert [(s.raw, s.subject) for s in r.statistics] == [
        ("6次", "管委会主任办公会专题研究法治工作"), ("136份", "审查合同协议"), ("1.5个百分点", None)]
    assert_grounded(r, text)


# ---------------------------------------------------------------------------
# Page chrome never becomes a section or item
# ---------------------------------------------------------------------------

CHROME = doc(
    "首页 > 信息公开 > 法治政府建设",
    "长沙市岳麓区人力资源和社会保障局2023年法治政府建设情况报告",
    "发布时间：2024-01-26 10:30  来源：区人社局  【字体：大 中 小】",
    "【打印】【关闭】",
    "",
    "2023年，我局认真贯彻落实法治政府建设部署要求。现将有关情况报告如下：",
    "一、[bookmark: _Toc153]主要举措和成效",
    "（一）完善依法决策机制。重大决策全部经合法性审查。",
    "（二）推进劳动保障监察执法。办结劳动保障监察案件96件。",
    "二、存在的不足",
    "（一）执法人员法律专业背景比例偏低。",
    "三、下一步工作计划",
    "（一）加强执法人员法律培训。[bookmark: _GoBack]",
    "",
    "长沙市岳麓区人力资源和社会保障局",
    "2024年1月25日",
    "",
    "分享到：",
    "主办单位：长沙市岳麓区人民政府  版权所有",
    "湘ICP备12345678号",
)

CHROME_WORDS = ("首页", "信息公开 >", "打印", "关闭", "发布时间", "bookmark", "分享", "主办单位", "版权所有", "ICP", "2024年1月25日")


APPENDIX_REPORT = (
    "福建省水利厅2023年度法治政府建设情况报告",
    "2023年，我厅坚持以习近平法治思想为指导，扎实推进水利法治建设。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）规范执法。全年办理水行政处罚案件86件。",
    "二、2024年工作安排",
    "（一）深化水行政执法改革。",
    "（二）加强水利普法。",
    "",
    "福建省水利厅",
    "2024年3月6日",
    "",
)


@pytest.mark.parametrize("appendix", [
    ("附件：2023年度水利法治工作主要数据", "1.规范性文件：4件", "2.罚没款金额：1.6亿元"),
    ("附件1", "2023年水行政执法数据", "一、行政许可：办理许可事项3,120件", "二、行政检查：开展检查2.1万次"),
    ("附件：1.2023年水行政执法数据统计表.xlsx", "2.情况报告（扫描件）.pdf"),
])
@pytest.mark.parametrize("date", ["2024年3月6日", "2024.3.6", "2024-03-06", "二〇二四年三月六日", "2024年3月"])
def test_an_appendix_after_the_sign_off_is_not_part_of_the_report(appendix, date):
    text = doc(*APPENDIX_REPORT, *appendix).replace("2024年3月6日", date)
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、2024年工作安排"]
    assert [i.text for i in r.plans] == ["（一）深化水行政执法改革。", "（二）加强水利普法。"]
    assert r.published == (None if date == "2024年3月" else "2024-03-06")  # a month alone is no date
    assert "truncated" not in [w.code for w in r.warnings]
    # its figures are statistics of the report, in no section
    body_stats = [s for s in r.statistics if s.section]
    assert [s.raw for s in body_stats] == ["86件"]
    appendix_raws = [s.raw for s in r.statistics if not s.section]
    assert appendix_raws == [raw for raw in ("4件", "1.6亿元", "3,120件", "2.1万次") if raw in "".join(appendix)]
    assert_grounded(r, text)


@pytest.mark.parametrize("gap", ["\t", "\u3000\u3000"])  # cells between tabs, or aligned with spaces
def test_an_appendix_headed_fu_biao_is_not_part_of_the_report(gap):
    rows = ("序号", "指标名称", "数量（件）"), ("1", "行政处罚案件", "326"), ("2", "行政强制措施", "41")
    text = doc(*APPENDIX_REPORT, "附表", "", *(gap.join(row) for row in rows))
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.plans] == ["（一）深化水行政执法改革。", "（二）加强水利普法。"]
    assert r.published == "2024-03-06" and "truncated" not in [w.code for w in r.warnings]
    table = [(s.raw, s.subject, s.section) for s in r.statistics if s.raw in ("326", "41")]
    assert table == [("326", "行政处罚案件", []), ("41", "行政强制措施", [])]


def test_an_attachment_line_inside_the_body_is_no_appendix():
    # 附件 named before the sign-off (a list that continues the report) changes nothing
    text = doc(*APPENDIX_REPORT[:5], "附件：相关制度文件已印发各地执行。", *APPENDIX_REPORT[5:])
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.plans] == ["深化水行政执法改革", "加强水利普法"]


def test_page_chrome_never_becomes_content():
    r = zhenfa.extract_text(CHROME)
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、存在的不足", "三、下一步工作计划"]
    for sec in walk(r.sections):
        for word in CHROME_WORDS:
            assert word not in sec.title and word not in sec.heading
    for item in items_of(r):
        for word in CHROME_WORDS:
            assert word not in item.text and word not in item.title
    assert r.plans[-1].text == "（一）加强执法人员法律培训。"
    last_end = max(s.span[1] for s in r.sections)
    assert last_end <= CHROME.index("[bookmark: _GoBack]") + len("[bookmark: _GoBack]")
    assert "长沙市岳麓区人力资源和社会保障局\n2024" not in CHROME[r.sections[-1].span[0]:r.sections[-1].span[1]]
    for item in items_of(r):
        start, end = item.span
        if item.marker:
            assert CHROME[start:end].startswith(item.marker)


def test_wechat_furniture_below_the_text_is_not_the_last_plan():
    text = doc(
        "湖州市吴兴区司法局2023年度法治政府建设情况报告",
        "原创  吴兴司法  2024年01月31日 16:20 浙江",
        "2023年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：",
        "一、主要举措和成效", "（一）规范执法。办理案件32件。", "二、2024年工作安排", "（一）深入开展普法宣传。",
        "来源：区司法局", "长按识别二维码关注我们", "阅读原文 阅读 1256 分享 赞 在看", "微信扫一扫", "关注该公众号",
        "预览时标签不可点", "继续滑动看下一个", "轻触阅读原文", "向上滑动看下一个",
        "当前内容可能存在未经审核的第三方商业营销信息，请遵循平台规范。",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.plans] == ["（一）深入开展普法宣传。"]
    assert r.sections[-1].span[1] == text.index("（一）深入开展普法宣传。") + len("（一）深入开展普法宣传。")
    assert [s.raw for s in r.statistics] == ["32件"]


def test_sign_off_block_is_not_a_plan():
    text = doc(
        "铜陵市铜官区司法局2023年法治政府建设情况报告",
        "2023年，我局持续推进法治政府建设。",
        "一、主要举措和成效",
        "（一）推进行政执法“三项制度”。",
        "二、下一步工作计划",
        "持续推进法治政府建设示范创建，提升依法行政水平。",
        "",
        "铜陵市铜官区司法局",
        "2024年1月18日",
    )
    r = zhenfa.extract_text(text)
    assert [i.text for i in r.plans] == ["持续推进法治政府建设示范创建，提升依法行政水平。"]
    assert r.sections[-1].span[1] == text.index("依法行政水平。") + len("依法行政水平。")


def test_plans_transition_ending_with_full_stop():
    text = doc(
        "九江市浔阳区人力资源和社会保障局2023年法治政府建设情况报告",
        "2023年，我局坚持依法行政，人社领域法治建设取得新进展。",
        "一、主要举措和成效",
        "（一）规范劳动人事争议仲裁。结案率达到96%。",
        "（二）推进“互联网+监管”。",
        "下一步，我局将重点做好以下工作。",
        "（一）持续优化人社政务服务。",
        "（二）加强劳动保障监察执法。",
    )
    r = zhenfa.extract_text(text)
    assert len(r.sections) == 2
    assert r.sections[1].implicit is True
    assert r.sections[1].kinds == [P]
    assert [i.title for i in r.measures] == ["规范劳动人事争议仲裁", "推进“互联网+监管”"]
    assert [(i.title, i.year) for i in r.plans] == [("持续优化人社政务服务", 2024), ("加强劳动保障监察执法", 2024)]
    assert_grounded(r, text)


def test_shortcomings_numbered_di_yi_at_line_start():
    text = doc(
        "常德市武陵区司法局2023年法治政府建设情况报告",
        "2023年，我局持续深化法治武陵建设。",
        "一、主要举措和成效",
        "（一）推进公共法律服务。办理法律援助案件312件。",
        "二、存在的不足",
        "第一，行政执法监督机制还不够健全。",
        "第二，基层法治队伍专业化水平不高。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["行政执法监督机制还不够健全", "基层法治队伍专业化水平不高"]
    assert [len(i.path) for i in r.shortcomings] == [2, 2]
    assert_grounded(r, text)


def test_grade_and_quarter_ranges_are_not_headings():
    text = doc(
        "苏州市姑苏区教育体育和文化旅游委员会2023年法治政府建设情况报告",
        "2023年，我委全面推进依法治教。",
        "一、主要举措和成效",
        "（一）落实“双减”政策。全区义务教育学校课后服务实现全覆盖。",
        "一、二年级不布置书面家庭作业，三至六年级书面作业控制在60分钟以内。",
        "二、三季度开展校外培训机构专项检查，检查机构126家次。",
        "（二）推进依法治校。创建省级依法治校示范校3所。",
        "二、存在的不足",
        "（一）部分学校章程修订不及时。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、存在的不足"]
    assert [c.marker for c in r.sections[0].children] == ["（一）", "（二）"]
    assert "一、二年级不布置书面家庭作业" in r.measures[0].text
    assert "二、三季度开展校外培训机构专项检查" in r.measures[0].text
    assert [i.title for i in r.shortcomings] == ["部分学校章程修订不及时"]


@pytest.mark.parametrize("preview", [
    "报告内容包括：一、主要举措和成效；二、存在的不足和原因；三、2024年工作安排。现将有关情况报告如下：",
    "现将有关情况报告如下：一、主要举措和成效，二、存在的不足和原因，三、2024年工作安排。",
])
def test_a_list_in_the_introduction_that_previews_the_headings_is_not_the_outline(preview):
    # the report's own 一、 starts a later line: the inline 一、…二、…三、 only names the parts to come
    text = doc(
        "某某县水利局2023年法治政府建设情况报告",
        f"2023年，我局深入学习贯彻习近平法治思想。{preview}",
        "一、主要举措和成效",
        "（一）加强组织领导。成立领导小组，召开会议5次。",
        "二、存在的不足和原因",
        "执法人员专业素养有待提高。",
        "三、2024年工作安排",
        "（一）加强队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、存在的不足和原因", "三、2024年工作安排"]
    assert all(text[s.span[0]:s.span[0] + len(s.heading)] == s.heading and text[s.span[0] - 1] == "\n" for s in r.sections)
    assert [i.title for i in r.measures] == ["加强组织领导"]
    assert [i.title for i in r.plans] == ["加强队伍建设"]


def test_a_report_that_opens_with_di_yi_bu_fen_keeps_its_first_part():
    # the first line after the title is a heading of the 第一部分 family: the body starts there
    text = doc(
        "某某市司法局2023年法治政府建设情况报告",
        "第一部分 主要举措和成效",
        "（一）加强学习。组织专题学习12次。",
        "第二部分 存在的不足",
        "（一）执法人员专业能力不足。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["第一部分 主要举措和成效", "第二部分 存在的不足"]
    assert [i.title for i in r.measures] == ["加强学习"]


def test_enumeration_in_the_introduction_is_not_a_section():
    text = doc(
        "漳州市芗城区司法局2023年法治政府建设情况报告",
        "2023年，我局坚持统筹推进，一是抓学习，二是抓落实，三是抓督查，法治政府建设取得新成效。",
        "一、主要举措和成效",
        "（一）完善行政复议工作机制。",
        "二、下一步工作计划",
        "（一）加强法治督察。",
    )
    r = zhenfa.extract_text(text)
    assert [s.marker for s in r.sections] == ["一、", "二、"]
    assert [i.title for i in r.measures] == ["完善行政复议工作机制"]
    assert [i.title for i in r.plans] == ["加强法治督察"]


def test_headed_paragraphs_under_a_theme_section_are_its_measures():
    # a report organised by theme (一、坚持党的领导…) whose sub-headings lost their numbering
    text = doc(
        "某某部2023年法治政府建设年度报告",
        "2023年，部党组深入学习贯彻习近平法治思想。",
        "一、坚持把党的领导贯穿到法治政府建设全过程各方面",
        "坚持用党的创新理论凝心铸魂。扎实深入开展主题教育，引导党员干部运用党的创新理论。",
        "健全党领导法治政府建设制度机制。坚持“第一议题”制度，健全跟踪落实机制。",
        "二、深化依法行政",
        "全年修订部门规章3件，清理规范性文件12件，推动各项工作在法治轨道上运行。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["坚持用党的创新理论凝心铸魂", "健全党领导法治政府建设制度机制", "深化依法行政"]
    assert [i.path for i in r.measures] == [["一、"], ["一、"], ["二、"]]
    assert_grounded(r, text)


def test_a_sentence_that_announces_the_shortcomings_is_none_of_them():
    # round M: the part's opening sentence names no shortcoming; the paragraphs after it do
    text = doc(
        "某县自然资源局2023年度法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。全年召开党组会议研究法治工作3次。",
        "二、存在的不足",
        "2023年，我局法治政府建设虽取得一定成效，但仍存在一些问题和不足。",
        "执法力量相对薄弱。全局持证执法人员仅12名，难以满足执法需要。",
        "普法宣传针对性不强。普法形式较为传统，群众参与度不高。",
        "三、2024年工作计划", "（一）加强执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法力量相对薄弱", "普法宣传针对性不强"]


def test_a_shortcoming_that_says_what_is_lacking_is_kept():
    text = doc(
        "某县自然资源局2023年度法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。全年召开党组会议研究法治工作3次。",
        "二、存在的不足",
        "执法人员数量还存在一定不足。",
        "普法宣传针对性不强。普法形式较为传统，群众参与度不高。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["执法人员数量还存在一定不足", "普法宣传针对性不强"]


def test_a_plans_lead_in_that_answers_the_problems_opens_no_part():
    # round M: 针对存在的问题 names what the plans answer; the plans stay under their heading
    text = doc(
        "某经济开发区管委会2023年度法治政府建设情况报告",
        "一、工作开展情况", "（一）强化组织领导。全年召开专题会议研究法治工作4次。",
        "二、存在问题", "一是部分干部法治思维有待提升；", "二是执法队伍力量不足。",
        "三、2024年工作思路", "2024年，开发区将针对存在的问题，着力抓好以下工作：",
        "1.健全领导干部学法用法机制。", "2.加强综合行政执法能力建设。",
    )
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一、工作开展情况", "二、存在问题", "三、2024年工作思路"]
    assert [p.path for p in r.plans] == [["三、", "1."], ["三、", "2."]]
    assert [k for s in r.sections for k in s.kinds].count("shortcomings") == 1


PLANS_TAIL = ("某县文化广电和旅游局2023年度法治政府建设情况报告", "一、主要举措和成效", "（一）加强组织领导。召开专题会议4次。",
              "二、存在的不足", "一是执法力量不足；二是普法形式单一。", "三、2024年工作打算")
THREE_PLANS = ["强化文化市场综合执法，提升执法规范化水平", "深化旅游市场秩序整治，维护游客合法权益", "创新普法宣传方式，推动文旅普法融合发展"]


@pytest.mark.parametrize("paragraph", [
    # round M: plans listed 一要…二要…, or after the frame's colon with ； alone between them
    "2024年，我局将着力抓好以下工作：一要强化文化市场综合执法，提升执法规范化水平；二要深化旅游市场秩序整治，维护游客合法权益；"
    "三要创新普法宣传方式，推动文旅普法融合发展。",
    "2024年，我局将着力抓好以下工作：强化文化市场综合执法，提升执法规范化水平；深化旅游市场秩序整治，维护游客合法权益；"
    "创新普法宣传方式，推动文旅普法融合发展。",
])
def test_plans_listed_in_the_frames_paragraph(paragraph):
    text = doc(*PLANS_TAIL, paragraph)
    r = zhenfa.extract_text(text)
    assert [p.title for p in r.plans] == THREE_PLANS
    assert all(p.year == 2024 for p in r.plans)
    assert_grounded(r, text)


def test_yi_yao_qiu_is_no_marker():
    text = doc(*PLANS_TAIL, "严格落实统一要求，一要求全员参加培训，做到应训尽训。")
    r = zhenfa.extract_text(text)
    assert [p.text for p in r.plans] == ["严格落实统一要求，一要求全员参加培训，做到应训尽训。"]


def test_a_sub_heading_that_names_another_part_begins_it():
    # round M: 三、下一步工作打算 / （一）存在的问题 … / （二）2024年工作计划 …
    text = doc(
        "某县农业农村局2023年度法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。召开专题会议4次。",
        "二、下一步工作打算",
        "（一）存在的问题", "1.农业综合执法力量不足。", "2.普法宣传针对性不强。",
        "（二）2024年工作计划", "1.加强执法队伍建设。", "2.深化普法宣传。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["农业综合执法力量不足", "普法宣传针对性不强"]
    assert [i.title for i in r.plans] == ["加强执法队伍建设", "深化普法宣传"]
    assert r.shortcomings[0].path == ["二、", "（一）", "1."]


def test_a_problems_sub_heading_among_the_measures_gives_shortcomings():
    text = doc(
        "某县农业农村局2023年度法治政府建设情况报告",
        "一、2023年法治政府建设工作情况", "（一）加强组织领导。召开专题会议4次。", "（二）规范农业执法。办理案件12件。",
        "（三）存在的问题。一是农业综合执法力量不足；二是普法宣传针对性不强。",
        "二、2024年工作计划", "（一）加强执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["加强组织领导", "规范农业执法"]
    assert [i.title for i in r.shortcomings] == ["农业综合执法力量不足", "普法宣传针对性不强"]


def test_a_plans_sub_heading_that_names_measures_stays_plans():
    text = doc(
        "某县农业农村局2023年度法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。召开专题会议4次。",
        "二、2024年工作计划", "（一）工作目标", "全面提升依法行政水平。", "（二）主要举措", "1.加强执法队伍建设。", "2.深化普法宣传。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.measures] == ["加强组织领导"]
    assert r.shortcomings == []


def test_shortcomings_admitted_only_in_the_plans_opening():
    # round M: no shortcomings part; the plans' opening names them (…还存在A、B、C等问题。2024年，我局将…)
    text = doc(
        "苏州市吴中区民政局2023年法治政府建设情况报告",
        "一、主要举措和成效", "（一）加强组织领导。召开专题会议4次。",
        "二、下一步工作计划",
        "对照法治政府建设的目标要求，我局工作中还存在基层民政执法力量薄弱、社会组织监管手段不多、养老服务风险防范能力不强等问题。"
        "2024年，我局将重点做好以下工作：",
        "（一）提升依法行政能力。加强民政执法人员培训。", "（二）加强社会组织综合监管。开展专项行动。",
    )
    r = zhenfa.extract_text(text)
    assert [i.title for i in r.shortcomings] == ["基层民政执法力量薄弱", "社会组织监管手段不多", "养老服务风险防范能力不强"]
    assert [i.title for i in r.plans] == ["提升依法行政能力", "加强社会组织综合监管"]
    assert_grounded(r, text)


def test_part_headings_over_numbered_sub_items_when_the_top_numbering_was_lost():
    # round M: Word's level-1 numbering lost in a web copy; （一）（二） remain under a bare part heading
    text = doc(
        "树人镇2024年法治政府建设情况报告",
        "2024年，树人镇深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。现将有关情况报告如下。",
        "2024年推进法治政府建设的主要举措和成效",
        "（一）强化组织领导，压实法治责任", "镇党委、政府召开专题会议研究法治政府建设工作5次。",
        "（二）坚持依法决策，规范权力运行", "全年作出重大行政决策3项，均经过合法性审查。",
        "存在的问题", "一是部分干部法治意识还不够强。二是持证执法人员仅有6名。",
        "2025年工作打算", "一是持续深化学习贯彻习近平法治思想。", "二是加强综合行政执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.heading, s.marker, s.kinds) for s in r.sections] == [
        ("2024年推进法治政府建设的主要举措和成效", None, ["measures"]), ("存在的问题", None, ["shortcomings"]),
        ("2025年工作打算", None, ["plans"])]
    assert [(m.title, m.path) for m in r.measures] == [("强化组织领导，压实法治责任", ["", "（一）"]),
                                                       ("坚持依法决策，规范权力运行", ["", "（二）"])]


def test_one_part_like_line_among_sub_items_is_no_outline():
    text = doc(
        "某镇2024年法治政府建设情况报告",
        "（一）强化组织领导，压实法治责任", "召开专题会议研究法治政府建设工作5次。",
        "主要举措和成效", "（二）坚持依法决策，规范权力运行", "全年作出重大行政决策3项。",
    )
    r = zhenfa.extract_text(text)
    assert all(s.marker is not None for s in r.sections)


# The false-positive hunt on the section and item rules above
@pytest.mark.parametrize("sub_heading", ["印发年度工作要点", "分解落实工作任务", "理清工作思路", "查摆问题不足", "强化统筹谋划",
                                         "着力解决群众反映的突出问题", "需要改进的工作作风整顿"])
def test_a_measure_sub_heading_that_mentions_a_plan_or_a_problem_stays_a_measure(sub_heading):
    text = doc("某县卫生健康局2023年度法治政府建设情况报告", "一、主要举措和成效",
               f"（一）{sub_heading}", "全年制定工作要点，明确重点任务28项。", "（二）强化卫生监督执法", "全年检查单位420家次，立案36件。",
               "二、存在的不足", "一是执法力量不足；二是普法形式单一。", "三、2024年工作计划", "（一）加强执法队伍建设。")
    r = zhenfa.extract_text(text)
    assert [m.title for m in r.measures] == [sub_heading, "强化卫生监督执法"]
    assert [s.raw for s in r.statistics] == ["28项", "420家次", "36件"]


@pytest.mark.parametrize("theme", ["坚持党的领导，强化统筹谋划", "坚持问题导向，着力解决群众反映的突出问题", "聚焦薄弱环节，提升行政执法质效"])
def test_a_theme_heading_that_tackles_a_problem_is_measures(theme):
    text = doc("某县市场监督管理局2023年度法治政府建设情况报告", f"一、{theme}", "（一）健全工作机制。召开专题会议5次。",
               "二、严格规范执法，维护市场秩序", "（一）加强执法监督。查办案件26件。", "三、存在的不足", "一是执法力量不足；二是普法形式单一。")
    r = zhenfa.extract_text(text)
    assert [s.kinds for s in r.sections] == [["measures"], ["measures"], ["shortcomings"]]
    assert [m.title for m in r.measures] == ["健全工作机制", "加强执法监督"]


@pytest.mark.parametrize("sentence", ["部分执法人员运用法治思维和法治方式解决问题的能力仍存在一些不足。",
                                      "执法装备和信息化建设方面存在一定的短板和不足。"])
def test_a_shortcoming_that_names_where_something_is_lacking_is_kept(sentence):
    text = doc("某县交通运输局2023年度法治政府建设情况报告", "一、主要举措和成效", "（一）加强组织领导。召开专题会议4次。",
               "二、存在的不足", sentence, "三、2024年工作计划", "（一）加强执法队伍建设。")
    assert [s.text for s in zhenfa.extract_text(text).shortcomings] == [sentence]


def test_the_problems_of_regulated_firms_in_the_plans_opening_are_no_shortcomings():
    text = doc("某县应急管理局2023年度法治政府建设情况报告", "一、强化组织领导，压实法治责任", "（一）健全机制。召开会议5次。",
               "二、下一步工作打算", "当前，部分小微企业仍存在安全意识不足、主体责任悬空等问题，安全生产形势依然严峻。2024年，我局将重点做好以下工作：",
               "（一）强化企业监管。开展专项执法检查。", "（二）深化普法宣传。")
    r = zhenfa.extract_text(text)
    assert r.shortcomings == [] and [p.title for p in r.plans] == ["强化企业监管", "深化普法宣传"]


def test_a_frame_followed_by_a_guiding_sentence_adds_no_plan():
    text = doc(*PLANS_TAIL, "2024年，我局将重点做好以下工作：以习近平法治思想为指导，全面贯彻落实党的二十大精神，深入推进法治政府建设。",
               "强化执法监督。开展案卷评查。", "深化普法宣传。推动法律进社区。")
    assert [p.title for p in zhenfa.extract_text(text).plans] == ["强化执法监督", "深化普法宣传"]


def test_an_admission_about_rectification_opens_the_shortcomings():
    text = doc("某县应急管理局2023年度法治政府建设情况报告", "一、强化组织领导，压实法治责任", "（一）健全机制。召开会议5次。",
               "二、严格安全生产执法，维护安全生产秩序", "（一）加强执法检查。检查企业120家次。",
               "一年来，我局取得了一定成效，但对照上级要求，安全生产问题整改存在一些不足：一是部分隐患整改不彻底；二是整改跟踪问效不到位。",
               "三、2024年工作计划", "（一）加强执法队伍建设。")
    r = zhenfa.extract_text(text)
    assert [s.title for s in r.shortcomings] == ["部分隐患整改不彻底", "整改跟踪问效不到位"]
    assert [m.title for m in r.measures] == ["健全机制", "加强执法检查"]
