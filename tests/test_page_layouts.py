"""Page layouts read wrong before this session's mends, one small case each (with guards)."""

from __future__ import annotations

import pytest

import zhenfa

BODY = ("某某县司法局2023年法治政府建设工作报告\n2023年，我局坚持依法行政。\n一、主要举措\n（一）加强领导。成立领导小组。\n"
        "二、存在的不足\n法治意识不强。\n\n某某县司法局\n2024年1月10日\n")


@pytest.mark.parametrize("header", [
    "发文字号：    成文日期：\n2026年12月3日 星期四 晴 12℃\n",
    "成文日期：\n2026年12月3日 星期四 多云\n",
    "[ 发布日期 ]\n今天是2026年12月3日 星期四\n",
])
def test_the_pages_clock_under_an_empty_date_label_is_not_its_value(header: str) -> None:
    """A portal's clock (a date with its weekday) below an empty label: the sign-off's date stands."""
    assert zhenfa.extract_text(header + BODY).published == "2024-01-10"


@pytest.mark.parametrize(("header", "date"), [
    ("[ 发布日期 ]\n2025-01-15\n", "2025-01-15"),  # label and value on separate lines: still read
    ("成文日期：\n2024年1月12日\n", "2024-01-12"),
    ("发布日期：\n2024年1月20日 星期六\n", "2024-01-20"),  # a date with its weekday alone: the value
])
def test_a_date_under_an_empty_label_is_its_value(header: str, date: str) -> None:
    assert zhenfa.extract_text(header + BODY).published == date


# ---------------------------------------------------------------------------
# a page with no title line that names the report in its publishing sentence
# ---------------------------------------------------------------------------
REPORT = ("2023年，我局坚持以习近平法治思想为指导，推进依法行政。\n一、主要举措和成效\n（一）加强组织领导。召开党组会议4次。\n"
          "二、存在的不足\n执法力量薄弱。\n")


@pytest.mark.parametrize("opening", [
    "现将《某某县司法局2023年度法治政府建设情况报告》予以公布。\n",
    "根据《关于报送2023年度法治政府建设工作情况报告的通知》要求，现将《某某县司法局2023年度法治政府建设情况报告》予以公开。\n",
    "\n\n现将《某某县司法局2023年度法治政府建设情况报告》公布如下。\n".replace("公布如下", "发布"),
])
def test_title_named_in_the_publishing_sentence(opening: str) -> None:
    text = opening + REPORT
    rep = zhenfa.extract_text(text)
    assert rep.title == "某某县司法局2023年度法治政府建设情况报告"
    assert text[slice(*rep.evidence.title)] == rep.title
    assert rep.doc_type == "情况报告"
    assert rep.bureau is not None and rep.bureau.name == "某某县司法局"


@pytest.mark.parametrize("opening", [
    "现将《某某县2023年法治政府建设工作要点》印发给你们，请认真贯彻落实。\n",  # another genre
    "我局认真学习《法治政府建设实施纲要（2021—2025年）》，现将有关情况报告如下。\n",  # a cited document
    "2023年，我局坚持依法行政。\n一、主要举措\n现将《某某县司法局2022年度法治政府建设情况报告》予以公布。\n",  # not the opening
])
def test_no_title_from_other_quoted_documents(opening: str) -> None:
    assert zhenfa.extract_text(opening + REPORT).title is None


# ---------------------------------------------------------------------------
# a body with no name of its own that works under its 市委、市政府: not one of the districts it names
# ---------------------------------------------------------------------------
def _placed(text: str) -> tuple[str | None, str | None, str | None]:
    b = zhenfa.extract_text(text).bureau
    return (None, None, None) if b is None else (b.city, b.county, b.level.value if b.level else None)


def test_city_body_naming_its_districts_units_is_placed_in_the_city() -> None:
    text = ("2023年，在市委、市政府的正确领导下，我局坚持依法行政。积极支持各区人社部门创先争优，海珠区人社局获评"
            "先进集体，黄埔区人社局获评优秀单位。\n一、主要举措\n（一）加强领导。广州市人社系统召开会议。\n")
    assert _placed(text) == ("广州市", None, "city")


@pytest.mark.parametrize(("opening", "placed"), [
    # under 区委、区政府: the district it names is its own
    ("2023年，在区委、区政府的正确领导下，我局坚持依法行政。海珠区司法局获评先进集体。", ("广州市", "海珠区", "county")),
    # under both 市委 and 区委: a district's body still
    ("2023年，在市委、市政府和区委、区政府的领导下，我局坚持依法行政。海珠区司法局获评先进集体。", ("广州市", "海珠区", "county")),
    # a county-level city's body says 市委、市政府 too: its 市 stays
    ("2023年，在市委、市政府的正确领导下，我局坚持依法行政。张家港市司法局获评先进集体。", ("苏州市", "张家港市", "county")),
])
def test_district_and_county_level_city_bodies_keep_their_place(opening: str, placed: tuple) -> None:
    assert _placed(opening + "\n一、主要举措\n（一）加强领导。成立领导小组。\n") == placed


# ---------------------------------------------------------------------------
# round AA (held-out real pages): a document number before the title, a heading run into its
# paragraph after a space, superiors a body works under
# ---------------------------------------------------------------------------
AA_BODY = "一、主要举措和成效\n（一）加强组织领导。全年召开会议5次。\n"


@pytest.mark.parametrize("before", ["", "首页 > 政府文件\n"])
def test_a_document_number_in_brackets_is_no_part_of_the_title(before: str) -> None:
    text = before + "[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告\n市委：\n2025年，市政府坚持依法行政。\n" + AA_BODY
    rep = zhenfa.extract_text(text)
    assert rep.title == "天水市人民政府关于2025年法治政府建设情况的报告"
    assert rep.bureau is not None and rep.bureau.name == "天水市人民政府"


def test_a_towns_government_written_out_is_its_name() -> None:
    text = "三都镇人民政府2025年法治政府建设年度报告\n2025年，三都镇深入推进依法行政。\n" + AA_BODY
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.name == "三都镇人民政府"


def test_the_superiors_a_body_works_under_are_not_its_name() -> None:
    text = "2019年以来，我镇严格按照中共河池市宜州区委、河池市宜州区人民政府的要求，推进依法行政。现将工作情况总结如下：\n" + AA_BODY
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.name is None and b.county == "宜州区"


def test_a_body_named_outside_a_superiors_frame_is_still_read() -> None:
    text = ("2023年，在河池市宜州区人民政府的领导下，我局坚持依法行政。河池市宜州区司法局召开党组会议3次。\n" + AA_BODY)
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.name == "河池市宜州区司法局"


# ---------------------------------------------------------------------------
# guards from false-positive hunt 16 (each broke on a first version of the rules above)
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("heading", [
    "一、强化组织领导 压实主体责任。局党组研究法治工作4次。",  # a heading's two halves set apart by a space
    "一、深化“放管服” 改革，优化营商环境。全年办理事项1.2万件。",
    "一、推进 12345 热线规范运行。全年受理诉求3.6万件。",
])
def test_a_space_inside_a_heading_does_not_end_it(heading: str) -> None:
    text = "某某县司法局2023年法治政府建设工作总结\n2023年，我局依法行政。\n" + heading + "\n二、存在的不足\n执法力量薄弱。\n"
    rep = zhenfa.extract_text(text)
    assert rep.sections[0].heading == heading[:heading.index("。")]


@pytest.mark.parametrize("opening", [
    "2023年，在清水县司法局党组的领导下，我局深入推进法治政府建设。",  # the body's own Party group
    "2023年，我局按照清水县司法局2023年法治政府建设工作要点的部署，推进依法行政。",  # its own plan
])
def test_the_bodys_own_party_group_or_plan_is_no_superior(opening: str) -> None:
    b = zhenfa.extract_text(opening + "\n" + AA_BODY).bureau
    assert b is not None and b.name == "清水县司法局"


@pytest.mark.parametrize("opening", [
    "2023年，在市委、市政府和区委的坚强领导下，我区深入学习贯彻习近平法治思想。",  # 区委 alone
    "2023年，我县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想。",  # speaks as a county
])
def test_a_district_or_county_report_keeps_its_place(opening: str) -> None:
    text = "广州市海珠区2023年度法治政府建设情况报告\n" + opening.replace("我县", "我区") + "\n" + AA_BODY
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.county == "海珠区"


@pytest.mark.parametrize(("byline", "name"), [
    ("清水县人民政府办公室 清水县司法局", "清水县司法局"),  # the report says 我局
    ("清水县委依法治县办 清水县司法局", "清水县司法局"),
    ("中共清水县司法局党组 清水县司法局", "清水县司法局"),  # not the Party group
    ("清水县融媒体中心 清水县司法局 2024年01月08日", "清水县司法局"),  # not the poster
])
def test_of_several_bodies_on_a_byline_the_one_the_report_speaks_as(byline: str, name: str) -> None:
    text = "关于2023年度法治政府建设情况的报告\n\n" + byline + "\n\n2023年，我局坚持依法行政。\n" + AA_BODY
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.name == name


@pytest.mark.parametrize("tag", ["[原创]", "[ 政务公开 ]", "[PDF]", "【新闻中心】", "【县市区】"])
def test_a_column_tag_in_brackets_is_no_part_of_the_title(tag: str) -> None:
    rep = zhenfa.extract_text("首页\n" + tag + "清水县司法局2023年度法治政府建设情况报告\n2023年，我局坚持依法行政。\n" + AA_BODY)
    assert rep.title == "清水县司法局2023年度法治政府建设情况报告"
    assert rep.bureau is not None and rep.bureau.name == "清水县司法局"


# ---------------------------------------------------------------------------
# guards from the session's review
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("tag", ["【法治政府】", "【数字政府】"])
def test_a_topic_ending_in_zhengfu_is_a_column_tag(tag: str) -> None:
    rep = zhenfa.extract_text(tag + "2023年平江县法治政府建设情况报告\n2023年，县政府坚持依法行政。\n" + AA_BODY)
    assert rep.title == "2023年平江县法治政府建设情况报告"


@pytest.mark.parametrize("heading", [
    "（一）深入学习贯彻 习近平法治思想，全面提升依法行政能力。",
    "（一）认真落实 党政主要负责人履行推进法治建设第一责任人职责，压实责任。",
    "（一）2023年 全年办理行政复议案件18件。",
])
def test_a_space_inside_a_sub_heading_does_not_end_it(heading: str) -> None:
    text = "某某县司法局2023年法治政府建设工作总结\n2023年，我局依法行政。\n一、主要举措\n" + heading + "\n二、存在的不足\n执法力量薄弱。\n"
    rep = zhenfa.extract_text(text)
    assert rep.sections[0].children[0].heading == heading[:-1]


def test_a_city_body_naming_only_its_districts_is_placed_in_their_city() -> None:
    text = ("2023年，在市委、市政府的坚强领导下，我局扎实推进法治政府建设。荔湾区、越秀区司法所获评先进集体。\n" + AA_BODY)
    b = zhenfa.extract_text(text).bureau
    assert b is not None and (b.city, b.county) == ("广州市", None)


def test_a_superior_frame_is_not_found_inside_another_word() -> None:
    """存在 holds 在: 清水县司法局 存在…的问题 is no frame of 在…的领导."""
    text = ("2023年，我局坚持依法行政。清水县司法局存在执法力量不足等问题，需要上级的指导。\n" + AA_BODY)
    b = zhenfa.extract_text(text).bureau
    assert b is not None and b.name == "清水县司法局"
