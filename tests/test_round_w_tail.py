"""A report's tail as held-out round W found it written: part-name sub-headings with a colon or run
into one paragraph, and a plan sentence closing the shortcomings.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

HEAD = ("某某县司法局2023年度法治政府建设情况报告\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。召开专题会议3次。\n")
PLAN_SENTENCE = "下一步，我局将针对上述问题，认真研究解决措施，推动法治政府建设再上新台阶。"


def _parts(text: str) -> tuple[list[str], list[str], list[str]]:
    report = zhenfa.extract_text(text)
    for item in (*report.measures, *report.shortcomings, *report.plans):
        start, end = item.span
        assert text[start:end].rstrip("；。") == item.text.rstrip("；。")
    return ([m.title for m in report.measures], [s.title for s in report.shortcomings], [p.title for p in report.plans])


def test_a_part_name_with_a_colon_gives_its_lists_items() -> None:
    text = HEAD + ("二、存在的不足及2024年工作打算\n"
                   "（一）存在的不足：一是执法力量不足；二是普法针对性不强。\n"
                   "（二）2024年工作打算：一是加强执法队伍建设；二是创新普法方式。\n")
    _, shortcomings, plans = _parts(text)
    assert shortcomings == ["执法力量不足", "普法针对性不强"]
    assert plans == ["加强执法队伍建设", "创新普法方式"]


def test_part_names_run_into_one_paragraph_still_split_the_parts() -> None:
    text = HEAD + ("二、存在的不足及2024年工作打算\n"
                   "（一）存在的不足。一是执法力量不足；二是普法针对性不强。（二）2024年工作打算。一是加强执法队伍建设；二是创新普法方式。\n")
    _, shortcomings, plans = _parts(text)
    assert shortcomings == ["执法力量不足", "普法针对性不强"]
    assert plans == ["加强执法队伍建设", "创新普法方式"]


def test_a_measures_heading_with_a_colon_list_has_the_list_as_its_items() -> None:
    # the same reading as （一）加强制度建设。一是…；二是…: the heading, then its two items
    text = ("某某县司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n"
            "（一）加强制度建设：一是完善规范性文件审查机制；二是健全重大决策程序。\n（二）严格规范执法。开展执法检查5次。\n")
    measures, _, _ = _parts(text)
    assert measures == ["加强制度建设", "完善规范性文件审查机制", "健全重大决策程序", "严格规范执法"]


def test_a_colon_in_a_heading_with_no_list_after_it_stays_in_the_heading() -> None:
    text = ("某某县司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n"
            "（一）加强制度建设：坚持依法决策，完善制度体系。\n（二）严格规范执法：一是开展执法检查。\n")
    measures, _, _ = _parts(text)
    # no second item after 一是: no list, the heading runs to its clause's end as before
    assert measures == ["加强制度建设：坚持依法决策，完善制度体系", "严格规范执法：一是开展执法检查"]


def test_a_plan_sentence_closing_the_shortcomings_is_the_plans_where_no_plans_part_follows() -> None:
    text = HEAD + "二、存在的不足\n一是执法力量不足；二是普法针对性不强。" + PLAN_SENTENCE + "\n"
    report = zhenfa.extract_text(text)
    assert [s.title for s in report.shortcomings] == ["执法力量不足", "普法针对性不强"]
    assert [(p.text, p.year) for p in report.plans] == [(PLAN_SENTENCE, 2024)]


def test_the_same_sentence_on_its_own_line_gives_the_same_plans() -> None:
    inline = zhenfa.extract_text(HEAD + "二、存在的不足\n一是执法力量不足；二是普法针对性不强。" + PLAN_SENTENCE + "\n")
    own_line = zhenfa.extract_text(HEAD + "二、存在的不足\n一是执法力量不足；二是普法针对性不强。\n" + PLAN_SENTENCE + "\n")
    assert [(p.text, p.year) for p in inline.plans] == [(p.text, p.year) for p in own_line.plans]
    assert [s.title for s in inline.shortcomings] == [s.title for s in own_line.shortcomings]


def test_a_plan_sentence_closing_the_shortcomings_is_a_pledge_where_a_plans_part_follows() -> None:
    text = HEAD + ("二、存在的不足\n一是执法力量不足；二是普法针对性不强。" + PLAN_SENTENCE + "\n"
                   "三、2024年工作打算\n（一）加强执法队伍建设。\n（二）创新普法方式。\n")
    _, shortcomings, plans = _parts(text)
    assert plans == ["加强执法队伍建设", "创新普法方式"]
    assert len(shortcomings) == 2


def test_a_sentence_on_this_years_work_does_not_open_the_plans() -> None:
    # 2023年 is the report's own year: a past remedy, not next year's work
    text = HEAD + "二、存在的不足\n一是执法力量不足；二是普法针对性不强。2023年，我局已着手整改。\n"
    assert zhenfa.extract_text(text).plans == []
