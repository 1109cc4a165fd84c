"""Generality of the newer header, outline and statistics rules, on small hand-made reports.

Every text is invented for the test (places and departments other than the ones the
rules were written from), and every expectation was checked by hand: the Chinese read,
the division names and codes looked up in the gazetteer (``gazetteer().lookup``), the
statistics counted from the sentence they sit in.
"""

from __future__ import annotations

import pytest

import zhenfa

INTRO = "2023年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作。现将有关情况报告如下："


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def body(intro: str = INTRO) -> tuple[str, ...]:
    """An introduction and two short sections without place names."""
    return (
        intro,
        "一、主要举措和成效",
        "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。",
        "（二）规范行政执法行为。全面落实行政执法公示制度。",
        "二、存在的不足",
        "（一）执法人员专业能力有待提升。",
    )


def place(report) -> tuple:
    b = report.bureau
    return (b.province, b.city, b.county, b.level)


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


def warnings_of(report, code: str) -> list:
    return [w for w in report.warnings if w.code == code]


def top(report) -> list[tuple]:
    return [(s.marker, s.title, s.kinds) for s in report.sections]


# ---------------------------------------------------------------------------
# 1. Township-level issuers
# ---------------------------------------------------------------------------

def test_street_office_in_the_title():
    text = doc("成都市金牛区荷花池街道办事处2023年法治政府建设年度报告", "", *body("2023年，我街道坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "成都市金牛区荷花池街道办事处"
    assert place(r) == ("四川省", "成都市", "金牛区", "town")
    assert r.bureau.adcode == "510106"  # 金牛区: the county-level division the office belongs to
    s, e = r.bureau.span
    assert text[s:e] == "成都市金牛区荷花池街道办事处"


def test_township_government_placed_by_the_addressee_line():
    text = doc(
        "清水乡人民政府关于2023年度法治政府建设情况的报告",
        "",
        "中共宁远县委、宁远县人民政府：",
        "2023年，我乡坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "清水乡人民政府"
    assert place(r) == ("湖南省", "永州市", "宁远县", "town")
    s, e = r.evidence.place
    assert text[s:e] == "宁远县"
    assert r.report_year == 2023


def test_town_government_under_a_county_in_the_title():
    text = doc("博罗县石湾镇人民政府2023年法治政府建设情况报告", "", *body("2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "博罗县石湾镇人民政府"
    assert place(r) == ("广东省", "惠州市", "博罗县", "town")


@pytest.mark.parametrize(("name", "expected"), [
    # 乡 inside a department's name (城乡, 乡村振兴) does not make the bureau a township.
    ("安吉县住房和城乡建设局", ("浙江省", "湖州市", "安吉县", "county")),
    ("博罗县乡村振兴局", ("广东省", "惠州市", "博罗县", "county")),
    ("金牛区城乡建设局", ("四川省", "成都市", "金牛区", "county")),
])
def test_department_with_xiang_in_its_name_is_not_a_township(name, expected):
    text = doc(f"{name}2023年法治政府建设情况报告", "", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name
    assert place(r) == expected


# ---------------------------------------------------------------------------
# 2. Issuer after the year; issuer line above an issuerless title
# ---------------------------------------------------------------------------

def test_issuer_after_the_year():
    text = doc("2022年东西湖区法治政府建设情况报告", "", *body("2022年，全区坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.title == "2022年东西湖区法治政府建设情况报告"
    assert r.bureau.name is None  # a place is where the report is from, not a body's name
    assert place(r) == ("湖北省", "武汉市", "东西湖区", "county")
    assert r.bureau.adcode == "420112"
    assert r.report_year == 2022


def test_issuer_line_above_an_issuerless_title_is_joined():
    text = doc("武功县人民政府", "2022年度法治政府建设情况报告", "", *body("2022年，县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.title == "武功县人民政府2022年度法治政府建设情况报告"
    s, e = r.evidence.title
    assert text[s:e] == "武功县人民政府\n2022年度法治政府建设情况报告"
    assert r.bureau.name == "武功县人民政府"
    assert place(r) == ("陕西省", "咸阳市", "武功县", "county")
    assert r.doc_type == "情况报告"
    assert r.report_year == 2022


# ---------------------------------------------------------------------------
# 3. Column tag before the title
# ---------------------------------------------------------------------------

def test_column_tag_is_not_part_of_the_title():
    text = doc("【法治建设】江西省司法厅2022年法治政府建设情况报告", "", *body("2022年，省司法厅坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.title == "江西省司法厅2022年法治政府建设情况报告"
    s, e = r.evidence.title
    assert text[s:e] == r.title
    assert r.bureau.name == "江西省司法厅"
    assert place(r) == ("江西省", None, None, "province")
    assert r.bureau.adcode == "360000"


# ---------------------------------------------------------------------------
# 4. Metadata
# ---------------------------------------------------------------------------

def test_issuer_from_a_metadata_table_row():
    text = doc(
        "关于2023年度法治政府建设情况的报告",
        "发布机构 | 蒙城县教育局 |",
        "发布日期 | 2024-02-05 |",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "蒙城县教育局"
    assert place(r) == ("安徽省", "亳州市", "蒙城县", "county")
    s, e = r.bureau.span
    assert text[s:e] == "蒙城县教育局"
    assert r.title == "关于2023年度法治政府建设情况的报告"


def test_issuer_label_and_value_on_separate_lines():
    text = doc(
        "关于2023年度法治政府建设情况的报告",
        "发布机构",
        "宣汉县卫生健康局",
        "发布日期：2024-01-30",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "宣汉县卫生健康局"
    assert place(r) == ("四川省", "达州市", "宣汉县", "county")
    assert r.title == "关于2023年度法治政府建设情况的报告"


def test_spaced_title_label_is_metadata_not_the_title():
    text = doc(
        "- 标 题: 南漳县司法局2023年度法治政府建设情况报告",
        "- 发布机构: 南漳县司法局",
        "- 发布日期: 2024-01-26",
        "",
        "南漳县司法局2023年度法治政府建设情况报告",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "南漳县司法局2023年度法治政府建设情况报告"
    s, e = r.evidence.title
    assert s == text.index("\n南漳县司法局2023") + 1
    assert text[s:e] == r.title
    assert r.bureau.name == "南漳县司法局"
    assert place(r) == ("湖北省", "襄阳市", "南漳县", "county")


# ---------------------------------------------------------------------------
# 5. Division codes in the page's metadata resolve ambiguous districts
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code_line", "expected", "adcode"), [
    ("鼓楼区城市管理局", "索引号：320302/2023-00041", ("江苏省", "徐州市", "鼓楼区", "county"), "320302"),
    ("市中区民政局", "索引号：511102/2023-00107", ("四川省", "乐山市", "市中区", "county"), "511102"),
    ("城区司法局", "索引号：140502/2022-00015", ("山西省", "晋城市", "城区", "county"), "140502"),
    ("永定区自然资源局", "统一社会信用代码：11430802MB1C45678P", ("湖南省", "张家界市", "永定区", "county"), "430802"),
    ("和平区财政局", "统一社会信用代码：11210102MB0123456X", ("辽宁省", "沈阳市", "和平区", "county"), "210102"),
    ("永定区财政局", "统一社会信用代码：113508030061395227", ("福建省", "龙岩市", "永定区", "county"), "350803"),
])
def test_ambiguous_district_resolved_by_a_division_code(name, code_line, expected, adcode):
    text = doc(f"{name}2022年法治政府建设情况报告", code_line, "", *body("2022年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name
    assert place(r) == expected
    assert r.bureau.adcode == adcode
    assert "ambiguous_place" not in codes(r)


def test_ambiguous_district_without_a_code_stays_ambiguous():
    text = doc("鼓楼区城市管理局2022年法治政府建设情况报告", "", *body("2022年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下："))
    r = zhenfa.extract_text(text)
    assert r.bureau.county is None and r.bureau.province is None
    assert "ambiguous_place" in codes(r)


# ---------------------------------------------------------------------------
# 6. The opening's subject names the bureau
# ---------------------------------------------------------------------------

def test_county_named_as_the_subject_of_the_opening():
    text = doc("2023年，祁东县坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name is None  # a place is where the report is from, not a body's name
    assert place(r) == ("湖南省", "衡阳市", "祁东县", "county")
    s, e = r.evidence.place
    assert text[s:e] == "祁东县"


def test_county_named_after_the_leadership_clause():
    text = doc("2023年，在市委、市政府的坚强领导下，博罗县坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：",
               *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name is None  # a place is where the report is from, not a body's name
    assert place(r) == ("广东省", "惠州市", "博罗县", "county")


def test_ministry_named_as_the_subject_has_no_province():
    text = doc("2022年，司法部坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "司法部"
    assert place(r) == (None, None, None, None)


def test_ministry_is_not_placed_in_a_province_its_text_mentions():
    text = doc(
        "2022年，司法部坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）推进法治政府示范创建。指导浙江省开展法治政府建设示范创建活动，总结推广基层经验。",
        "（二）规范行政执法行为。全面落实行政执法公示制度。",
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "司法部"
    assert r.bureau.province is None


def test_township_named_in_the_reporting_sentence():
    text = doc("2024年，我乡坚持以习近平法治思想为指导，扎实推进依法行政。现将桃林乡2024年法治政府建设工作报告如下：", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "桃林乡"
    assert r.bureau.level == "town"
    s, e = r.bureau.span
    assert text[s:e] == "桃林乡"


# ---------------------------------------------------------------------------
# 7. A bureau named by its level character, placed by the addressee
# ---------------------------------------------------------------------------

def test_level_character_name_placed_by_the_addressee():
    text = doc(
        "黄冈市人民政府：",
        "2023年，在市委、市政府的坚强领导下，市市场监管局把握新发展阶段，全面推进依法行政。现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "市市场监管局"
    assert place(r) == ("湖北省", "黄冈市", None, "city")
    s, e = r.evidence.place
    assert text[s:e] == "黄冈市"


# ---------------------------------------------------------------------------
# 8. No bureau name, but the report cites places
# ---------------------------------------------------------------------------

def test_no_name_but_places_cited_twice():
    text = doc(
        "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）严格执行地方性法规。认真贯彻《铜仁市梵净山保护条例》，开展专项执法检查。",
        "（二）加强普法宣传。组织学习《铜仁市城市市容和环境卫生管理条例》，提高群众知晓率。",
    )
    r = zhenfa.extract_text(text)
    assert r.bureau is not None
    assert r.bureau.name is None
    assert (r.bureau.province, r.bureau.city, r.bureau.county) == ("贵州省", "铜仁市", None)
    assert "no_bureau" in codes(r)


@pytest.mark.parametrize(("opening", "first", "second", "expected"), [
    # 和县 inside 要求和县委…: a two-character county inside a word
    ("2023年，我局坚持以习近平法治思想为指导，按照上级文件要求和县委统一部署，扎实推进依法行政。现将有关情况报告如下：",
     "（一）严格执行地方性法规。认真贯彻《湛江市扬尘污染防治条例》，开展专项执法检查。",
     "（二）加强普法宣传。组织学习《湛江市城市市容和环境卫生管理条例》，提高群众知晓率。",
     ("广东省", "湛江市", None)),
    # 城区 right after another city (遂宁市城区农贸市场): a word, not a district
    ("2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
     "（一）开展食品安全专项整治。对遂宁市城区农贸市场开展执法检查，督促整改问题隐患。",
     "（二）加强普法宣传。在遂宁市城区农贸市场设置法治宣传栏，提高经营者守法意识。",
     ("四川省", "遂宁市", None)),
])
def test_two_character_county_inside_a_word_is_not_a_place(opening, first, second, expected):
    r = zhenfa.extract_text(doc(opening, "一、主要举措和成效", first, second))
    assert r.bureau.name is None
    assert (r.bureau.province, r.bureau.city, r.bureau.county) == expected


def test_word_with_a_county_inside_is_no_bureau_place():
    text = doc(
        "2023年，我局坚持以习近平法治思想为指导，按照上级文件要求和县委统一部署，扎实推进依法行政。现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau is None or (r.bureau.province, r.bureau.city, r.bureau.county) == (None, None, None)


# ---------------------------------------------------------------------------
# 9. Section kinds
# ---------------------------------------------------------------------------

def kinds_report(headings: list[str], year: int = 2023) -> tuple[str, object]:
    lines = [f"霍邱县交通运输局{year}年法治政府建设情况报告", "",
             f"{year}年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下："]
    for heading in headings:
        lines.append(heading)
        lines.append("局党组高度重视，按照年度工作要点逐项推进落实，各项工作取得了积极进展。")
    text = doc(*lines)
    return text, zhenfa.extract_text(text)


def test_theme_headings_with_cue_words_are_measures():
    _, r = kinds_report([
        "一、精心安排部署，压紧压实法治建设责任",
        "二、完善年度计划，健全依法决策机制",
        "三、聚焦重点工作，严格规范公正文明执法",
        "四、补齐短板弱项，提升基层法治水平",
        "五、存在的短板和不足",
        "六、2024年工作计划",
    ])
    assert [s.kinds for s in r.sections] == [
        ["measures"], ["measures"], ["measures"], ["measures"], ["shortcomings"], ["plans"]]


@pytest.mark.parametrize(("heading", "kinds"), [
    ("完善年度计划", ["measures"]),
    ("精心安排部署", ["measures"]),
    ("聚焦重点工作", ["measures"]),
    ("补齐短板弱项", ["measures"]),
    ("2024年工作计划", ["plans"]),
    ("下一步工作安排", ["plans"]),
    ("存在的短板和不足", ["shortcomings"]),
    ("短板弱项", ["shortcomings"]),
    ("2024年重点工作", ["plans"]),
    ("2023年主要工作", ["measures"]),
])
def test_first_heading_kind(heading, kinds):
    # As the first heading a theme heading is measures; a part heading keeps its own kind.
    _, r = kinds_report([f"一、{heading}", "二、其他事项"])
    assert r.sections[0].kinds == kinds


def test_year_only_plan_heading_depends_on_the_report_year():
    _, r = kinds_report(["一、2023年主要工作", "二、短板弱项", "三、2024年重点工作"], year=2023)
    assert [s.kinds for s in r.sections] == [["measures"], ["shortcomings"], ["plans"]]
    assert len(r.plans) == 1 and r.plans[0].year == 2024


# ---------------------------------------------------------------------------
# 10. A heading naming two parts
# ---------------------------------------------------------------------------

def test_heading_naming_measures_and_shortcomings_splits_by_child():
    text = doc(
        "乐亭县司法局2022年法治政府建设情况报告",
        "",
        "2022年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一、2022年主要举措、成效和不足",
        "（一）深化行政审批制度改革。全面推行告知承诺制，压缩办理时限。",
        "（二）加强行政执法监督。开展行政执法案卷评查，及时纠正执法问题。",
        "（三）存在的不足",
        "一是执法队伍力量不足，基层执法人员专业素质有待提高。",
        "二是法治宣传形式单一，群众参与的积极性不高。",
        "二、2023年工作打算",
        "（一）加强执法队伍建设。分级分类开展执法人员培训。",
        "（二）创新普法宣传方式。用好新媒体开展以案释法。",
    )
    r = zhenfa.extract_text(text)
    assert r.sections[0].kinds == ["measures", "shortcomings"]
    assert [m.title for m in r.measures] == ["深化行政审批制度改革", "加强行政执法监督"]
    assert [s.title for s in r.shortcomings] == [
        "执法队伍力量不足，基层执法人员专业素质有待提高", "法治宣传形式单一，群众参与的积极性不高"]
    assert [s.marker for s in r.shortcomings] == ["一是", "二是"]
    assert [p.title for p in r.plans] == ["加强执法队伍建设", "创新普法宣传方式"]


def test_unnumbered_problems_and_plans_line_before_an_enumeration():
    text = doc(
        "乐亭县司法局2023年法治政府建设情况报告",
        "",
        "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一、主要工作举措",
        "（一）深化行政审批制度改革。全面推行告知承诺制，压缩办理时限。",
        "（二）加强行政执法监督。开展行政执法案卷评查，及时纠正执法问题。",
        "存在问题及下一步工作打算",
        "一是法治宣传教育的针对性还不够强，普法形式较为单一。",
        "二是基层执法人员专业素质有待提高，执法规范化水平需进一步提升。",
        "下一步，我局将持续深化法治政府建设，重点抓好行政执法规范化建设。",
    )
    r = zhenfa.extract_text(text)
    assert [m.title for m in r.measures] == ["深化行政审批制度改革", "加强行政执法监督"]
    assert [s.marker for s in r.shortcomings] == ["一是", "二是"]
    assert r.shortcomings[0].title == "法治宣传教育的针对性还不够强，普法形式较为单一"
    assert r.shortcomings[1].title == "基层执法人员专业素质有待提高，执法规范化水平需进一步提升"
    assert len(r.plans) == 1
    assert r.plans[0].text == "下一步，我局将持续深化法治政府建设，重点抓好行政执法规范化建设。"


# ---------------------------------------------------------------------------
# 11. Unnumbered headings and unheaded parts
# ---------------------------------------------------------------------------

def test_short_lines_above_paragraphs_are_unnumbered_headings():
    text = doc(
        "泾源县应急管理局2023年法治政府建设情况报告",
        "",
        "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政，各项工作取得积极成效。现将有关情况报告如下。",
        "强化组织领导，压实法治建设责任",
        "局党组将法治政府建设纳入年度重点工作，定期研究部署，层层压实责任，形成了齐抓共管的工作格局。",
        "规范行政执法，提升执法公信力",
        "全面落实行政执法三项制度，严格执行行政裁量权基准，开展执法案卷评查，执法质量明显提升。",
        "存在的问题和不足",
        "执法人员专业能力与新形势新任务要求相比还有差距，法治宣传的针对性和实效性有待增强。",
        "下一步工作打算",
        "我局将持续加强执法队伍建设，分级分类开展执法培训，不断提升依法行政能力和水平。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.number, s.implicit, s.level) for s in r.sections] == [(None, None, False, 1)] * 4
    assert [s.title for s in r.sections] == [
        "强化组织领导，压实法治建设责任", "规范行政执法，提升执法公信力", "存在的问题和不足", "下一步工作打算"]
    assert [s.kinds for s in r.sections] == [["measures"], ["measures"], ["shortcomings"], ["plans"]]
    assert r.sections[0].line == 4
    assert [s.text for s in r.shortcomings] == ["执法人员专业能力与新形势新任务要求相比还有差距，法治宣传的针对性和实效性有待增强。"]
    assert [p.text for p in r.plans] == ["我局将持续加强执法队伍建设，分级分类开展执法培训，不断提升依法行政能力和水平。"]
    assert "no_sections" not in codes(r)


def test_enumerating_transitions_open_implicit_parts():
    text = doc(
        "泾源县应急管理局2023年法治政府建设情况报告",
        "",
        "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政，各项工作取得积极成效。",
        "一年来，我局严格落实重大行政决策程序，全面推行行政执法公示制度，执法质量明显提升。",
        "但也存在一些不足：一是执法人员力量薄弱；二是法治宣传形式单一。",
        "下一步，我局将重点做好以下工作：一是加强执法队伍建设；二是创新普法宣传方式。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.implicit, s.kinds) for s in r.sections] == [
        (None, True, ["shortcomings"]), (None, True, ["plans"])]
    assert [s.title for s in r.shortcomings] == ["执法人员力量薄弱", "法治宣传形式单一"]
    assert [p.title for p in r.plans] == ["加强执法队伍建设", "创新普法宣传方式"]


# ---------------------------------------------------------------------------
# 12. Outline shapes
# ---------------------------------------------------------------------------

def test_page_flattened_onto_one_line():
    text = ("2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下: 一、主要举措和成效 "
            "(一)健全依法决策机制。重大行政决策全部经过合法性审查。(二)规范行政执法行为。全面落实行政执法公示制度。 "
            "二、存在的不足 执法人员专业能力有待提升。 三、下一步工作打算 (一)加强执法队伍建设。(二)深化法治宣传教育。\n")
    r = zhenfa.extract_text(text)
    assert top(r) == [("一、", "主要举措和成效", ["measures"]), ("二、", "存在的不足", ["shortcomings"]),
                      ("三、", "下一步工作打算", ["plans"])]
    assert [c.marker for c in r.sections[0].children] == ["(一)", "(二)"]
    assert [m.title for m in r.measures] == ["健全依法决策机制", "规范行政执法行为"]
    assert [p.title for p in r.plans] == ["加强执法队伍建设", "深化法治宣传教育"]


def test_first_heading_after_a_full_stop_in_a_flattened_page():
    text = ("2023年，我局坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。"
            "一、坚持党的全面领导，压实法治建设责任。局党组定期研究法治建设工作，主要负责人带头讲法治课。"
            "二、深化依法行政，规范权力运行。严格落实重大行政决策程序，全面推行行政执法三项制度。\n")
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.title) for s in r.sections] == [
        ("一、", "坚持党的全面领导，压实法治建设责任"), ("二、", "深化依法行政，规范权力运行")]
    s, _ = r.sections[0].span
    assert text[s:s + 2] == "一、"


def test_nested_restart_under_a_heading_and_back_to_the_top():
    text = doc(
        "会宁县司法局2022年法治政府建设情况报告",
        "",
        "2022年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一、2022年主要措施",
        "一、强化组织领导。局党组定期研究法治建设工作。",
        "二、完善制度体系。修订完善内部管理制度十余项。",
        "三、存在问题",
        "执法人员专业能力有待提升，法治宣传形式较为单一。",
        "四、下一步工作打算",
        "持续加强执法队伍建设，不断提升依法行政水平。",
    )
    r = zhenfa.extract_text(text)
    assert top(r) == [("一、", "2022年主要措施", ["measures"]), ("三、", "存在问题", ["shortcomings"]),
                      ("四、", "下一步工作打算", ["plans"])]
    assert [(c.marker, c.title, c.level) for c in r.sections[0].children] == [
        ("一、", "强化组织领导", 2), ("二、", "完善制度体系", 2)]
    assert [m.title for m in r.measures] == ["强化组织领导", "完善制度体系"]


def test_marker_that_lost_its_opening_bracket():
    text = doc(
        "会宁县司法局2023年法治政府建设情况报告",
        "",
        "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一)主要举措和成效",
        "1.健全依法决策机制。重大行政决策全部经过合法性审查。",
        "2.规范行政执法行为。全面落实行政执法公示制度。",
        "二)存在的不足",
        "执法人员专业能力有待提升，法治宣传形式较为单一。",
        "三)下一步工作安排",
        "持续加强执法队伍建设，不断提升依法行政水平。",
    )
    r = zhenfa.extract_text(text)
    assert [(s.marker, s.number, s.title, s.kinds) for s in r.sections] == [
        ("一)", 1, "主要举措和成效", ["measures"]), ("二)", 2, "存在的不足", ["shortcomings"]),
        ("三)", 3, "下一步工作安排", ["plans"])]
    assert [c.marker for c in r.sections[0].children] == ["1.", "2."]


# ---------------------------------------------------------------------------
# 13. Statistics
# ---------------------------------------------------------------------------

STATS_TEXT = doc(
    "乐亭县市场监督管理局2023年法治政府建设情况报告",
    "",
    "2023年，我局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）深入学习贯彻。认真学习贯彻县委十四届四次、五次、六次全会精神和省委十二届二次全会精神，组织70余名单位负责人参加法治专题培训。",
    "（二）优化营商环境。全县10个部门全面推行告知承诺制，企业开办时间压缩至3个工作日，不动产登记办理时间不超过10分钟，市场主体数量是2018年的1.5倍。",
    "（三）改善生态环境。全年PM2.5平均浓度为28微克/立方米，开展法治宣传活动不少于50场。",
    "（四）科学编制方案。实施方案分为四个部分，明确了五个方面的重点任务。",
)


@pytest.fixture(scope="module")
def stats_report():
    return zhenfa.extract_text(STATS_TEXT)


def test_statistics_exactly(stats_report):
    got = [(s.raw, s.value, s.unit, s.qualifier) for s in stats_report.statistics]
    assert got == [
        ("70余名", 70, "名", "over"),
        ("10个", 10, "个", None),
        ("3个工作日", 3, "个工作日", None),
        ("不超过10分钟", 10, "分钟", "under"),
        ("1.5倍", 1.5, "倍", None),
        ("28微克/立方米", 28, "微克/立方米", None),
        ("不少于50场", 50, "场", "over"),
    ]
    for s in stats_report.statistics:
        assert STATS_TEXT[s.span[0]:s.span[1]] == s.raw


def test_plenum_numbers_are_not_counted(stats_report):
    raws = [s.raw for s in stats_report.statistics]
    assert not any("次" in raw for raw in raws)


def test_parts_of_a_plan_are_not_counted(stats_report):
    raws = [s.raw for s in stats_report.statistics]
    assert "四个" not in raws and "五个" not in raws


@pytest.mark.parametrize(("sentence", "raw", "value", "unit", "qualifier"), [
    ("认真学习贯彻市委七届三次、四次全会精神，组织40余名单位负责人参加培训。", "40余名", 40, "名", "over"),
    ("全市12个部门实现行政许可事项网上办理。", "12个", 12, "个", None),
    ("行政许可平均办理时限压缩至5个工作日。", "5个工作日", 5, "个工作日", None),
    ("群众办事平均等候时间缩短至8分钟。", "8分钟", 8, "分钟", None),
    ("案件办结数量是上年的2倍。", "2倍", 2, "倍", None),
    ("全年细颗粒物平均浓度降至30微克/立方米。", "30微克/立方米", 30, "微克/立方米", None),
    ("窗口受理等候时间不超过15分钟。", "不超过15分钟", 15, "分钟", "under"),
    ("全年开展送法下乡活动不少于60场。", "不少于60场", 60, "场", "over"),
])
def test_single_statistic(sentence, raw, value, unit, qualifier):
    text = doc("乐亭县市场监督管理局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效", f"（一）强化依法行政。{sentence}")
    r = zhenfa.extract_text(text)
    assert [(s.raw, s.value, s.unit, s.qualifier) for s in r.statistics] == [(raw, value, unit, qualifier)]


# ---------------------------------------------------------------------------
# 14. Injected text
# ---------------------------------------------------------------------------

WATERMARK = "公文之家—全网资源每日更新www.gwzhijia.com"


def test_watermark_after_a_full_stop_is_flagged_exactly():
    para = f"（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。{WATERMARK}全面落实行政执法公示制度。"
    text = doc("宾川县农业农村局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效", para)
    r = zhenfa.extract_text(text)
    found = warnings_of(r, "injected_text")
    assert len(found) == 1
    s, e = found[0].span
    assert text[s:e] == WATERMARK
    assert "gwzhijia" not in r.measures[0].text
    assert r.measures[0].text == "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。全面落实行政执法公示制度。"


def test_watermark_glued_to_the_title_is_kept_out_of_it():
    text = doc(f"宾川县农业农村局2023年法治政府建设情况报告{WATERMARK}", "", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "宾川县农业农村局2023年法治政府建设情况报告"
    assert r.doc_type == "情况报告"
    found = warnings_of(r, "injected_text")
    assert len(found) == 1
    s, e = found[0].span
    assert text[s:e] == WATERMARK


def test_watermark_on_its_own_line_is_kept_out_of_the_title():
    text = doc(WATERMARK, "宾川县农业农村局2023年法治政府建设情况报告", "", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "宾川县农业农村局2023年法治政府建设情况报告"
    found = warnings_of(r, "injected_text")
    assert [text[w.span[0]:w.span[1]] for w in found] == [WATERMARK]


def test_government_address_is_not_flagged():
    para = ("（一）推进政务公开。在中国政府网每日更新www.gov.cn转载的政策文件，"
            "并在县政府门户网站（www.binchuan.gov.cn）设立资料下载专区。")
    text = doc("宾川县农业农村局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效", para)
    r = zhenfa.extract_text(text)
    assert "injected_text" not in codes(r)
    assert "www.gov.cn" in r.measures[0].text and "www.binchuan.gov.cn" in r.measures[0].text


# ---------------------------------------------------------------------------
# 15. Warnings: truncated, template placeholders
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "value"), [
    # 发文时间 is when the page issued it (red team O)
    (("- 成文时间:2026年01月21日", "- 发文时间:2026年01月22日"), "2026-01-22"),
    (("发文时间：2026-01-22",), "2026-01-22"),
    # a file's creation date (公文生成日期) yields to the page's 时间： under the title
    (("• 公文生成日期:2026-01-08", "TITLE", "时间:2026-01-09 09:36"), "2026-01-09"),
    # and stands when it is the only date
    (("公文生成日期：2026-01-08",), "2026-01-08"),
])
def test_publication_labels_ranked(lines, value):
    title = "滕州市鲍沟镇人民政府2025年法治政府建设情况报告"
    head = [title if ln == "TITLE" else ln for ln in lines]
    text = doc(*(head if "TITLE" in lines else [title, *head]), "", INTRO, "一、主要举措和成效", "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。")
    r = zhenfa.extract_text(text)
    assert r.published == value
    s, e = r.evidence.published
    assert text[s:e].replace(" ", "").startswith(value[:4])


@pytest.mark.parametrize("note", ["全文共2002字，阅读约需5分钟", "网友留言仅展示10字以上的内容"])
def test_a_reading_time_or_a_comment_rule_is_no_partial_page(note):
    # the length of the text, or which comments show, not a cut (the second false-positive hunt)
    text = doc("榆社县应急管理局2023年法治政府建设情况报告", note, "", INTRO, "一、主要举措和成效",
               "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。")
    assert "truncated" not in codes(zhenfa.extract_text(text))


def truncation_text(*tail: str) -> str:
    return doc("榆社县应急管理局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效",
               "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。", *tail)


@pytest.mark.parametrize("footer", [(), ("", "来源：榆社县应急管理局", "阅读原文")])
def test_truncated_when_the_last_line_stops_mid_sentence(footer):
    # a page that goes on below the text may still have cut the text itself
    text = truncation_text("（二）加强执法人员培训，全面提升", *footer)
    r = zhenfa.extract_text(text)
    found = warnings_of(r, "truncated")
    assert len(found) == 1
    s, e = found[0].span
    assert e == text.rindex("提升") + 2
    assert s < e


@pytest.mark.parametrize("heading", ["二、2024年推进法治政府建设主要举措和", "二、2024年工作计划"])
def test_truncated_when_the_text_stops_at_a_heading(heading):
    # a heading with a year ends no report, as a date line would: the text was cut at or inside it
    text = truncation_text("（二）加强执法人员培训，全面提升执法能力。", heading)
    found = warnings_of(zhenfa.extract_text(text), "truncated")
    assert len(found) == 1 and found[0].span[1] == text.rindex(heading) + len(heading)


@pytest.mark.parametrize("last", ["（一）", "(一)", "1.", "（1）"])
def test_truncated_when_the_text_stops_at_a_bare_marker(last):
    # a ） or . closes no sentence when it closes a marker: the text was cut after the number
    text = truncation_text("（二）加强执法人员培训，全面提升执法能力。", "（三）严格规范执法", last)
    r = zhenfa.extract_text(text)
    found = warnings_of(r, "truncated")
    assert len(found) == 1 and text[slice(*found[0].span)] == last
    # and the bare marker is no item with an empty title
    assert all(i.title for i in r.measures)
    assert [i.title for i in r.measures][-1] == "严格规范执法"


def test_truncated_when_the_text_stops_at_a_closing_quote_inside_its_sentence():
    # …形成“书记抓、抓书记” : the quote closes, the sentence does not (red team O)
    text = truncation_text("（二）压实责任，形成“书记抓、抓书记”")
    found = warnings_of(zhenfa.extract_text(text), "truncated")
    assert len(found) == 1 and found[0].span[1] == len(text.rstrip())


@pytest.mark.parametrize("cut", ["...", "……", "。。。"])
def test_truncated_when_the_text_stops_at_an_ellipsis(cut):
    text = truncation_text(f"（二）加强执法人员培训，开展法治宣传活动，覆盖群众{cut}")
    found = warnings_of(zhenfa.extract_text(text), "truncated")
    assert len(found) == 1 and text[slice(*found[0].span)].endswith(cut)


@pytest.mark.parametrize("tail", [
    # an ellipsis inside the last sentence (宪法、民法典……等) ends no text
    ("（二）开展宪法、民法典……等法律宣传，效果良好。",),
    # a list of related articles under the report, their titles cut short with an ellipsis
    ("（二）加强执法人员培训，全面提升执法能力。", "", "榆社县应急管理局", "2024年1月22日", "", "相关新闻",
     "我县召开2024年法治政府建设工作推进会……", "县应急管理局开展安全生产执法检查..."),
    # a reading time and a comment rule are no partial page (the second false-positive hunt)
    # a footer of one-cell counters after the sign-off is page furniture
    ("（二）加强执法人员培训，全面提升执法能力。", "", "榆社县应急管理局", "2024年1月22日", "阅读 |", "1.2万次 |", "点赞 |", "36次 |"),
    # a quote that closes after its sentence's 。, or the sentence closing after the quote
    ("（二）压实责任，形成“书记抓、抓书记”工作格局。",),
    ("（二）群众纷纷表示：“法治宣传就在身边。”",),
    ("（二）加强执法人员培训，全面提升执法能力。",),
    ("（二）加强执法人员培训，全面提升执法能力。", "", "榆社县应急管理局", "2024年1月22日"),
    ("（二）加强执法人员培训，全面提升执法能力。", "", "榆社县应急管理局"),
    # a page footer's address or publisher line, which ends no sentence
    ("（二）加强执法人员培训，全面提升执法能力。", "", "联系地址：榆社县箕城镇文化路156号"),
    ("（二）加强执法人员培训，全面提升执法能力。", "", "主办：榆社县应急管理局 地址：榆社县箕城镇文化路156号"),
    ("（二）加强执法人员培训，全面提升执法能力。", "", "办公地址：榆社县箕城镇文化路156号"),
    # a WeChat article's credits and furniture, with the account's name on a line of its own
    ("（二）加强执法人员培训，全面提升执法能力。", "", "编辑：李晓丹", "审核：王志强", "来源：榆社县应急管理局", "",
     "榆社应急", "微信号：ysyj", "长按二维码关注", "", "阅读原文"),
])
def test_not_truncated_after_a_full_stop_or_a_sign_off(tail):
    r = zhenfa.extract_text(truncation_text(*tail))
    assert "truncated" not in codes(r)


@pytest.mark.parametrize(("sentence", "blank"), [
    ("指导x镇开展法治政府建设示范创建活动。", "x"),
    ("协调××县开展行政执法协作。", "××"),
    ("20XX年全面完成年度目标任务。", "20XX年"),
])
def test_template_placeholder_in_the_body(sentence, blank):
    text = doc("永登县民政局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效", f"（一）强化依法行政。{sentence}")
    r = zhenfa.extract_text(text)
    found = warnings_of(r, "template_placeholder")
    assert len(found) == 1
    s, e = found[0].span
    assert text[s:e] == blank
    assert s > text.index("（一）")


def test_template_placeholders_are_counted_once_each():
    text = doc("永登县民政局2023年法治政府建设情况报告", "", INTRO, "一、主要举措和成效",
               "（一）强化依法行政。网站浏览*次*量，办理××件。")
    found = warnings_of(zhenfa.extract_text(text), "template_placeholder")
    assert len(found) == 1
    assert "(2)" in found[0].message  # *次 and ××件; the * before 量 is no blank
    s, e = found[0].span
    assert text[s:e] == "*"


def test_no_template_placeholder_in_an_ordinary_body():
    text = doc("永登县民政局2023年法治政府建设情况报告", "", *body())
    r = zhenfa.extract_text(text)
    assert "template_placeholder" not in codes(r)


# ---------------------------------------------------------------------------
# 16. Title inside a flattened first line
# ---------------------------------------------------------------------------

def test_title_inside_a_flattened_first_line():
    title = "会宁县人民政府关于2022年度法治政府建设情况的报告"
    rest = ("2022年，县政府坚持以习近平法治思想为指导，深入贯彻落实党中央、国务院和省委、省政府关于法治政府建设的决策部署，"
            "扎实推进依法行政，法治政府建设取得新成效。现将有关情况报告如下: 一、主要举措和成效 (一)健全依法决策机制。"
            "重大行政决策全部经过合法性审查。(二)规范行政执法行为。全面落实行政执法公示制度。 二、存在的不足 "
            "执法人员专业能力有待提升。")
    text = title + rest + "\n"
    r = zhenfa.extract_text(text)
    assert r.title == title
    assert r.evidence.title == (0, len(title))
    assert r.report_year == 2022
    s, e = r.evidence.report_year
    assert text[s:e].startswith("2022")
    assert s < len(title)
    assert r.doc_type == "情况报告"
    assert r.bureau.name == "会宁县人民政府"
    assert place(r) == ("甘肃省", "白银市", "会宁县", "county")
