"""Round S header findings (held-out pages of bodies no round covered): a date in brackets after
the title on its line (F1), a central body's local branch as the opening's subject (F3), a metadata
标题 with spaces and no colon (F4), and a street office's report that calls itself bare 街道 (F6);
each on a small case, with the guards the rule must not break."""

from __future__ import annotations

import pytest

from zhenfa import extract_text

_BODY = ("一、主要举措和成效\n"
         "（一）加强组织领导\n"
         "召开专题会议3次，审议文件12件。\n")
_OPENING = "2020年，市民防办坚持以习近平法治思想为指导，深入推进法治政府建设。现将有关情况报告如下：\n"
_TITLE = "上海市民防办公室关于2020年度法治政府建设工作的情况报告"


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


# F1: a full date in brackets after the title is the page's date, not part of the title.
@pytest.mark.parametrize(("trailer", "written"), [
    (" ( 2021年02月10日 )", "2021年02月10日"),  # spaced inside the brackets, as gfdy.sh.gov.cn prints it
    ("(2021年02月10日)", "2021年02月10日"),
    ("（2021-02-10）", "2021-02-10"),
    (" (2021.02.10)", "2021.02.10"),
    ("(2021-02-10 10:20)", "2021-02-10"),
    ("（二〇二一年二月十日）", "二〇二一年二月十日"),
])
def test_a_bracketed_date_after_the_title_is_the_published_date(trailer, written):
    text = _TITLE + trailer + "\n" + _OPENING + _BODY
    r = extract_text(text)
    assert r.title == _TITLE
    assert r.doc_type == "情况报告"
    assert r.published == "2021-02-10"
    assert r.bureau is not None and r.bureau.name == "上海市民防办公室"
    start, end = r.evidence.title
    assert text[start:end] == _TITLE
    start, end = r.evidence.published
    assert text[start:end] == written


def test_a_bracketed_date_after_the_title_yields_to_a_labelled_date():
    text = _TITLE + "（2021年2月10日）\n发布时间：2021-02-20\n" + _OPENING + _BODY
    r = extract_text(text)
    assert r.title == _TITLE and r.published == "2021-02-20"


@pytest.mark.parametrize("note", ["(2023年度)", "（2021—2025年）", "(全文)", "（代拟稿）", "（征求意见稿）", "(2024年)"])
def test_a_note_in_brackets_that_is_no_full_date_stays_in_the_title(note):
    title = "上海市民防办公室2020年度法治政府建设年度报告"
    r = extract_text(title + note + "\n" + _OPENING + _BODY)
    assert r.title is not None and r.title.startswith(title) and len(r.title) == len(title) + len(note)
    assert r.doc_type == "年度报告"
    assert r.published is None


def test_titles_with_bracketed_dates_in_a_list_of_links_are_no_title():
    links = ("相关信息\n"
             "上海市司法局关于2020年度法治政府建设情况的报告(2021-02-10)\n"
             "上海市教育委员会关于2020年度法治政府建设情况的报告(2021-02-11)\n")
    r = extract_text(links + _OPENING + _BODY)
    assert r.title is None and r.published is None


# F3: a central body's local branch, named by the body, a place and a department.
@pytest.mark.parametrize(("subject", "name", "province", "city", "county", "level"), [
    ("国家税务总局上海市税务局", "国家税务总局上海市税务局", "上海市", "上海市", None, "province"),
    ("国家金融监督管理总局上海监管局", "国家金融监督管理总局上海监管局", "上海市", "上海市", None, "province"),
    ("国家税务总局深圳市南山区税务局", "国家税务总局深圳市南山区税务局", "广东省", "深圳市", "南山区", "county"),
    ("国家统计局宁波调查队", "国家统计局宁波调查队", "浙江省", "宁波市", None, "city"),
    ("国家税务总局上海市税务局第一稽查局", "国家税务总局上海市税务局第一稽查局", "上海市", "上海市", None, "province"),
    # the first body of several: 国家税务总局上海市税务局、上海市财政局联合…
    ("国家税务总局上海市税务局、上海市财政局联合", "国家税务总局上海市税务局", "上海市", "上海市", None, "province"),
    ("国家税务总局北京市税务局和北京市司法局", "国家税务总局北京市税务局", "北京市", "北京市", None, "province"),
    # a customs district, named by its place
    ("上海海关", "上海海关", "上海市", "上海市", None, "province"),
])
def test_a_central_bodys_branch_is_the_bureau_placed_by_its_place(subject, name, province, city, county, level):
    text = f"2021年，{subject}坚持以习近平法治思想为指导，深入推进法治建设。\n" + _BODY
    r = extract_text(text)
    b = r.bureau
    assert b is not None and b.name == name
    assert (b.province, b.city, b.county, str(b.level)) == (province, city, county, level)
    assert b.span is not None and text[b.span[0]:b.span[1]] == name


@pytest.mark.parametrize(("opening", "name"), [
    ("2021年，国家税务总局坚持以习近平法治思想为指导，深入推进法治建设。", "国家税务总局"),
    ("2021年，应急管理部上海消防研究所坚持以习近平法治思想为指导，深入推进法治建设。", "应急管理部"),  # an institute
    ("2021年，国家税务总局在上海市召开法治工作会议，深入推进法治建设。", "国家税务总局"),
    ("2021年，海关总署坚持以习近平法治思想为指导，深入推进法治建设。", "海关总署"),
    ("2021年，直属海关坚持以习近平法治思想为指导，深入推进法治建设。", None),  # a kind of customs office
    ("2021年，全国海关坚持以习近平法治思想为指导，深入推进法治建设。", None),
])
def test_a_central_body_with_no_branch_after_it_stays_national(opening, name):
    r = extract_text(opening + "\n" + _BODY)
    got = r.bureau.name if r.bureau is not None else None
    assert got == name
    assert r.bureau is None or r.bureau.province is None


def test_a_central_bodys_branch_named_only_by_its_short_place_is_placed():
    # the name comes from the 发布机构 line, not the opening
    r = extract_text("发布机构：国家金融监督管理总局宁波监管分局\n"
                     "2023年，分局坚持以习近平法治思想为指导，深入推进法治建设。\n" + _BODY)
    b = r.bureau
    assert b is not None and b.name == "国家金融监督管理总局宁波监管分局"
    assert (b.province, b.city, str(b.level)) == ("浙江省", "宁波市", "city")


# F4: a metadata 标题 separated from its value by spaces only.
_XZ = "西藏自治区人民政府关于2017年度全区法治政府建设情况的报告"


@pytest.mark.parametrize("label", ["标      题 ", "标题  ", "题目 ", "文件名称  "])
def test_a_metadata_title_label_with_spaces_only_gives_the_title(label):
    text = (label + _XZ + "\n索引号 000014349/2018-00024\n发布机构 西藏自治区法治政府建设工作领导小组办公室 发布日期 2018-05-31\n\n"
            "2017年，各地各部门扎实推进法治政府建设各项工作。\n" + _BODY)
    r = extract_text(text)
    assert r.title == _XZ
    start, end = r.evidence.title
    assert text[start:end] == _XZ
    assert r.doc_type == "情况报告"
    assert r.bureau is not None and r.bureau.name == "西藏自治区人民政府"


def test_a_spaced_metadata_label_whose_value_is_no_title_gives_none():
    r = extract_text("标题 新闻\n标      题 关于开展法治宣传活动的通知\n"
                     "2017年，各地各部门扎实推进法治政府建设各项工作。\n" + _BODY)
    assert r.title is None


# F6: a street office's report that speaks of itself as bare 街道 before a verb.
def test_a_report_that_calls_itself_bare_jiedao_is_a_township_body():
    text = ("为进一步加强法治政府建设，2021年来，街道按照《奉节县法治政府建设实施方案》的要求，以创建全县法治文明辖区为统领，"
            "全力推进法治化政府建设。现将2021年工作情况报告如下。\n"
            "一、2021年度推进法治政府建设的主要举措和成效\n"
            "（一）强化重大执法决定法制审核。街道建立重大法治案件事前介入机制。\n"
            "（二）强化执法全过程记录。街道绘制行政执法流程图。\n")
    r = extract_text(text)
    assert r.bureau is not None and r.bureau.county == "奉节县"
    assert str(r.bureau.level) == "town"


@pytest.mark.parametrize("text", [
    # a county's report on its towns and street offices
    "2021年，奉节县坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n"
    "（一）强化执法监督。全县各乡镇、街道建立重大法治案件事前介入机制，街道、社区配备法律顾问。\n",
    # 乡镇, 乡村 are no bare 乡 before a verb
    "2021年，奉节县坚持依法行政。\n一、主要举措和成效\n全县乡镇建立法律顾问制度，乡镇按照要求开展普法，乡村建立法律服务站。\n",
    # a district's report that says 我区 more often than 街道…
    "2021年，我区坚持依法行政，我区法治建设取得成效。街道按照区里部署开展工作。\n一、主要举措和成效\n奉节县\n",
])
def test_a_county_report_that_mentions_street_offices_stays_county(text):
    r = extract_text(text)
    assert r.bureau is not None and str(r.bureau.level) == "county"


def test_a_named_department_that_says_jiedao_jianli_keeps_its_level():
    # 市市场监管局 says 街道建立… of the street offices it oversees: not a township body
    r = extract_text("2023年，市市场监管局坚持依法行政，认真贯彻《绍兴市市场监督管理条例》。现将情况报告如下：\n"
                     "一、主要举措和成效\n街道建立网格监管机制。街道按照要求开展检查。\n")
    assert r.bureau is not None and r.bureau.city == "绍兴市"
    assert str(r.bureau.level) == "city"


def test_another_genres_title_with_a_bracketed_date_is_still_known():
    r = extract_text("湖州市水利局2022年度政府信息公开工作年度报告(2023-01-20)\n一、总体情况\n"
                     "2022年，湖州市水利局积极推进政务公开工作，取得一定成效。\n"
                     "（一）健全组织体系。全年党组会议专题研究政务公开工作2次。\n")
    assert "not_a_report" in codes(r)
