"""Layouts whose reading depended on where a line sits in the file or on blank lines.

Found by applying the copy variants of test_invariance.py (CRLF, U+3000/NBSP indentation,
blank lines dropped or doubled, full/half width) to every text the red-team rounds collected,
not only to the seeds: a tagged headline read right only as the file's first line, an ornament
before a heading read right only at the line's start, a 通报 after its addressee only with no
blank line between, a byline's date taken into the issuer's name, a double-spaced hard-wrapped
text read line by line. Each case is checked on its own, then the reports built here are run
through every copy variant, as the seeds are.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_invariance import VARIANTS, check_grounding, project

import zhenfa
from zhenfa.text import Doc
from zhenfa.wrapped import _width

BODY = (
    "2024年，区司法局坚持以习近平法治思想为指导，推进依法行政。\n"
    "一、主要举措和成效\n"
    "（一）加强组织领导。召开党组会议专题研究法治建设4次。\n"
    "（二）规范行政执法。办理行政处罚案件126件。\n"
    "二、存在的不足\n"
    "执法人员专业化水平不高。\n"
    "三、2025年工作计划\n"
    "（一）深入学习贯彻习近平法治思想。\n"
    "（二）持续规范行政执法行为。\n"
)


def record(text: str) -> dict[str, Any]:
    return zhenfa.extract_text(text).model_dump(mode="json", warnings=False)


# ---------------------------------------------------------------------------
# a headline's column tag (【工作总结】, 重磅！) wherever the headline sits
# ---------------------------------------------------------------------------
TITLE = "六安市公安局关于2024年法治政府建设情况的报告"


@pytest.mark.parametrize("before", [
    "",  # the file's first line: read right before the fix too
    "首页 > 工作动态 > 法治建设\n",  # a breadcrumb above
    "\n\n",  # blank lines above
    "\ufeff",  # a byte-order mark
    "\u3000\u3000",  # the headline indented
])
@pytest.mark.parametrize("tag", ["【工作总结】", "重磅！"])
def test_column_tag_is_not_the_title_wherever_the_headline_is(before: str, tag: str) -> None:
    rep = zhenfa.extract_text(before + tag + TITLE + "\n" + BODY)
    assert rep.title == TITLE
    assert rep.bureau is not None and rep.bureau.name == "六安市公安局"
    start, end = rep.evidence.title
    assert (before + tag + TITLE)[start:end] == TITLE


# ---------------------------------------------------------------------------
# an ornament before a heading's number (▍ 一、), the line indented
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("indent", ["", "\u3000\u3000", "\xa0\xa0", "  "])
def test_ornament_before_an_indented_heading_is_not_the_last_items_text(indent: str) -> None:
    text = ("某区退役军人事务局2024年度法治政府建设工作报告\n\n"
            f"{indent}2024年，我局坚持依法行政。\n\n"
            f"{indent}▍ 一、压实法治责任\n\n{indent}局党组研究法治工作6次。\n\n"
            f"{indent}▍ 二、规范权力运行\n\n{indent}主动公开政府信息184条。\n\n"
            f"{indent}▍ 三、存在的不足\n\n{indent}执法力量薄弱。\n")
    rep = zhenfa.extract_text(text)
    assert [m.text for m in rep.measures] == ["一、压实法治责任\n局党组研究法治工作6次。",
                                              "二、规范权力运行\n主动公开政府信息184条。"]


# ---------------------------------------------------------------------------
# a 通报 of assessment results under its addressee line, blank lines or none between
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n\n\n\n"])
def test_results_bulletin_after_its_addressee_whatever_the_blank_lines(gap: str) -> None:
    text = ("各市人民政府，省政府各部门：" + gap
            + "2023年，全省法治政府建设取得新成效。经省政府同意，现将考核优秀等次单位通报如下：" + gap
            + "一、市政府（5个）" + gap + "甲市、乙市、丙市。" + gap
            + "二、省政府部门（3个）" + gap + "省财政厅、省司法厅、省审计厅。" + gap)
    rep = zhenfa.extract_text(text)
    assert "not_a_report" in [w.code for w in rep.warnings]
    assert rep.measures == [] and rep.statistics == []


# ---------------------------------------------------------------------------
# a byline under a title that names no issuer: the name, not its date
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(("byline", "name"), [
    ("清水县人民政府 2024年01月08日", "清水县人民政府"),
    ("清水县司法局 2024-01-08", "清水县司法局"),
    ("清水县司法局  2024-01-08 10:30", "清水县司法局"),
    ("中共清水县委 清水县人民政府 2024-01-08", "清水县人民政府"),  # joint issuers: the government, as in a title
    ("中共清水县委 清水县人民政府", "清水县人民政府"),
    ("清水县司法局", "清水县司法局"),  # no date: as before
])
@pytest.mark.parametrize("gap", ["\n", "\n\n", "double-spaced"])
def test_byline_under_the_title_gives_the_name_without_its_date(byline: str, name: str, gap: str) -> None:
    text = "关于2023年度法治政府建设情况的报告" + "\n\n" + byline + "\n\n" + BODY
    text = VARIANTS["double_spaced"](text) if gap == "double-spaced" else text.replace("\n\n", gap, 2)
    rep = zhenfa.extract_text(text)
    assert rep.bureau is not None and rep.bureau.name == name
    assert rep.bureau.county == "清水县"
    assert text[slice(*rep.bureau.span)] == name


# ---------------------------------------------------------------------------
# issuer lines above an issuer-less title, double-spaced
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("gap", ["\n", "\n\n", "double-spaced"])
def test_issuer_lines_above_the_title_across_blank_lines(gap: str) -> None:
    text = ("中共某某县委教育工作委员会\n\n某某县教育局\n\n关于2024年法治政府建设情况的报告\n\n"
            + BODY.replace("区司法局", "县教育局"))
    text = VARIANTS["double_spaced"](text) if gap == "double-spaced" else text.replace("\n\n", gap, 3)
    rep = zhenfa.extract_text(text)
    assert rep.title == "中共某某县委教育工作委员会某某县教育局关于2024年法治政府建设情况的报告"


@pytest.mark.parametrize("gap", ["\n\n\n\n", "\n\n\n\n\n"])
def test_issuer_lines_stop_at_the_reach_of_a_single_spaced_copy(gap: str) -> None:
    """A site's header a few lines above a department's own name and title is no issuer of its."""
    text = ("某某县人民政府" + gap + "某某县教育局\n\n关于2024年法治政府建设情况的报告\n"
            + BODY.replace("区司法局", "县教育局"))
    rep = zhenfa.extract_text(text)
    assert rep.title == "某某县教育局关于2024年法治政府建设情况的报告"
    assert rep.bureau is not None and rep.bureau.name == "某某县教育局"


@pytest.mark.parametrize("line", ["县委全面依法治县委员会办公室", "县人大常委会"])
def test_a_name_three_blank_lines_under_the_title_is_no_byline(line: str) -> None:
    """(an addressee written without its colon, further down than a byline stands)"""
    text = "关于2023年度法治政府建设情况的报告\n\n\n\n" + line + "\n" + BODY
    rep = zhenfa.extract_text(text)
    assert rep.bureau is None or rep.bureau.name != line


def test_of_two_bodies_on_a_byline_the_first_is_the_issuer() -> None:
    """清水县司法局 清水县融媒体中心 2024年01月08日: the media centre posted it."""
    rep = zhenfa.extract_text("关于2023年度法治政府建设情况的报告\n清水县司法局 清水县融媒体中心 2024年01月08日\n" + BODY)
    assert rep.bureau is not None and rep.bureau.name == "清水县司法局"


# ---------------------------------------------------------------------------
# hard-wrapped text: double-spaced, and with its punctuation turned into ASCII
# ---------------------------------------------------------------------------
PARAGRAPHS = [
    "沭河县公安局2023年法治政府建设工作总结",
    "2023年，沭河县公安局在县委、县政府和上级公安机关的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
    "深入贯彻习近平法治思想，全面推进严格规范公正文明执法。现将全年工作总结如下：",
    "一、强化组织领导，落实法治建设责任",
    "（一）健全工作机制。调整局法治建设领导小组，局主要负责人任组长，定期研究法治公安建设工作，"
    "全年召开局党委会专题研究法治建设5次，解决执法突出问题17个。",
    "（二）抓实学法培训。组织全局民警开展执法资格等级考试，参考民警386人，通过率达97.2%；"
    "举办执法能力提升培训班6期，培训民警1100余人次。",
    "二、推进执法规范化建设，提升执法公信力",
    "（一）加强执法监督。开展执法质量考评4次，评查案卷2400余卷；受理执法过错投诉28起，查实3起，"
    "追究责任民警5人，对复议诉讼中暴露出的执法问题逐案剖析，制发执法问题提示单12份。",
    "（二）优化公安政务服务。推行户籍、出入境、交管等业务一窗通办，全年办理各类审批服务事项28.6万件，"
    "群众满意率99.1%，网上办理率达到85%以上。",
    "三、存在的问题",
    "一年来，我局法治公安建设虽然取得了一定成效，但也存在一些问题和不足：一是少数民警法治意识不强，"
    "执法理念存在偏差；二是执法办案信息化水平还有待提升，智能监督手段运用不够。",
    "四、2024年工作打算",
    "2024年，我局将重点抓好以下几个方面工作：一是加强执法队伍建设，开展全警实战大练兵，推动执法能力整体提升；"
    "二是深化执法监督管理，全面推行执法全流程记录和智能预警。",
]


def hard_wrapped(paragraphs: list[str], width: int = 60) -> str:
    """Each paragraph broken into lines of `width` columns, as pdftotext writes them."""
    lines = []
    for para in paragraphs:
        line = ""
        for ch in para:
            if _width(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return "\n".join(lines) + "\n"


WRAPPED = hard_wrapped(PARAGRAPHS)


def test_the_hard_wrapped_report_is_read_whole() -> None:
    """Checked by hand: each item is its paragraph, read across the line breaks."""
    rep = zhenfa.extract_text(WRAPPED)
    assert len(WRAPPED.split("\n")) > 20  # the test means something only if the text is wrapped
    assert [m.title for m in rep.measures] == ["健全工作机制", "抓实学法培训", "加强执法监督", "优化公安政务服务"]
    assert rep.measures[0].text == PARAGRAPHS[3]
    assert [s.title for s in rep.shortcomings] == ["少数民警法治意识不强，执法理念存在偏差",
                                                   "执法办案信息化水平还有待提升，智能监督手段运用不够"]
    assert [p.title for p in rep.plans] == ["加强执法队伍建设，开展全警实战大练兵，推动执法能力整体提升",
                                            "深化执法监督管理，全面推行执法全流程记录和智能预警"]
    by_raw = {s.raw: s.subject for s in rep.statistics}
    assert by_raw["28.6万件"] == "办理各类审批服务事项"  # (全年 is no part of what was counted)


@pytest.mark.parametrize("variant", ["double_spaced", "to_ascii", "to_full", "crlf", "no_blank_lines"])
def test_hard_wrapped_report_gives_the_same_record_copied_differently(variant: str) -> None:
    # (not the re-indenting variants: they indent every line, a paragraph's continuation lines too,
    # which no copy of a wrapped text does)
    copy = VARIANTS[variant](WRAPPED)
    assert project(record(copy)) == project(record(WRAPPED))


def test_double_spacing_is_read_only_where_nearly_every_line_has_a_blank_after_it() -> None:
    """A wrapped text whose paragraphs are set apart by a blank line keeps them apart."""
    paragraphs_apart = hard_wrapped(PARAGRAPHS).replace("\n（二）抓实学法培训", "\n\n（二）抓实学法培训")
    rep = zhenfa.extract_text(paragraphs_apart.replace("。\n（一）加强执法监督", "。\n\n（一）加强执法监督"))
    assert [m.title for m in rep.measures] == ["健全工作机制", "抓实学法培训", "加强执法监督", "优化公安政务服务"]


# ---------------------------------------------------------------------------
# the reports built here, through every copy variant (as the seeds are)
# ---------------------------------------------------------------------------
REPORTS = {
    "tagged_headline": "首页 > 工作动态\n\n【工作总结】" + TITLE + "\n\n六安市公安局 2025-01-16\n\n" + BODY,
    "ornaments": ("某区退役军人事务局2024年度法治政府建设工作报告\n\n2024年，我局坚持依法行政。\n\n▍ 一、压实法治责任\n\n局党组研究法治工作6次。\n\n"
                  "▍ 二、规范权力运行\n\n主动公开政府信息184条。\n\n▍ 三、存在的不足\n\n执法力量薄弱。\n"),
    "bulletin": ("各市人民政府，省政府各部门：\n2023年，全省法治政府建设取得新成效。经省政府同意，现将考核优秀等次单位"
                 "通报如下：\n一、市政府（5个）\n甲市、乙市、丙市。\n"),
    "byline": "关于2023年度法治政府建设情况的报告\n\n清水县人民政府 2024年01月08日\n\n" + BODY,
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", list(REPORTS))
def test_built_report_gives_the_same_record_copied_differently(name: str, variant: str) -> None:
    original, copy = REPORTS[name], VARIANTS[variant](REPORTS[name])
    rec = record(copy)
    check_grounding(copy, rec)
    assert project(rec) == project(record(original))


# ---------------------------------------------------------------------------
# hard-wrapped reports of short paragraphs, and page numbers between paragraphs
# ---------------------------------------------------------------------------
SHORT_PARAGRAPHS = [
    "某某市司法局2023年度法治政府建设情况报告",
    "2023年，某某市司法局坚持以习近平法治思想为指导，认真落实上级部署要求，持续推进依法行政工作，"
    "不断提升法治化水平。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）加强制度建设。全年组织集中学法12次，印发规范性文件审查意见书36份，整改问题案卷37卷。",
    "（二）加强队伍建设。开展专题培训8期，培训执法人员640人次，执法资格考试合格率96.5%。",
    "（三）加强平台建设。建成公共法律服务站点215个，全年提供法律咨询1.2万人次。",
    "（四）加强机制建设。健全行政执法协调监督工作机制，办理行政复议案件48件。",
    "（五）加强执法监督。开展行政执法案卷评查2次，评查案卷320卷，发现问题41个。",
    "（六）推进政务公开。主动公开政府信息186条，依法办理政府信息公开申请27件，按期答复率100%。",
    "（七）化解矛盾纠纷。全市各类调解组织调处矛盾纠纷3420起，调解成功率99%以上，未发生民转刑案件。",
    "（八）深化普法宣传。开展法治宣传活动210场次，在企业和社区建设法治文化阵地28个，受众约3万人次。",
    "（九）规范行政决策。建立重大行政决策事项目录管理制度，全年作出重大行政决策3项，审查合同285份。",
    "（十）加强法律援助。办理法律援助案件1260件，为受援人挽回经济损失1035万元，群众满意率98.2%。",
    "二、存在的不足",
    "一是基层执法力量相对薄弱，执法人员专业化水平有待提高；二是法治宣传的针对性和实效性还不够强。",
    "三、2024年工作计划",
    "一是深入学习贯彻习近平法治思想，推动领导干部带头尊法学法守法用法；二是持续规范行政执法行为。",
]


def indented(paragraphs: list[str], width: int) -> str:
    """As hard_wrapped, each paragraph's first line indented with two U+3000 (headings too, as Word does)."""
    return hard_wrapped(["\u3000\u3000" + p for p in paragraphs], width)


@pytest.mark.parametrize("width", [70, 84, 90])
@pytest.mark.parametrize("wrap", [hard_wrapped, indented])
def test_short_paragraph_report_wrapped_wide_reads_as_unwrapped(width: int, wrap: Any) -> None:
    """Most lines here are a paragraph's only or last one: fewer than 40 % reach the margin."""
    text = wrap(SHORT_PARAGRAPHS, width)
    assert Doc.from_text(text).wrap_breaks  # read as wrapped
    assert project(record(text)) == project(record("\n".join(SHORT_PARAGRAPHS) + "\n"))


def test_sentences_a_line_of_a_few_lengths_are_not_a_wrap() -> None:
    """One sentence a line, a third of them of one width, none longer, each ending with 。: a list of
    sentences, not paragraphs a margin cut (the share alone would pass a short-paragraph text)."""
    long = "开展行政执法案卷评查工作并完成整改问题案卷卷宗共计{}卷。"
    short = "完成整改问题案卷{}卷。"
    lines = [(long if n % 3 == 0 else short).format(10 + n) for n in range(18)]
    assert not Doc.from_text("\n".join(lines) + "\n").wrap_breaks


PAGE_NUMBER_LINES = ["— {} —", "- {} -", "第{}页", "{}"]


@pytest.mark.parametrize("page", PAGE_NUMBER_LINES)
def test_page_number_between_paragraphs_of_a_wrapped_text_is_furniture(page: str) -> None:
    # an item whose heading stands on its own line above its paragraph
    paragraphs = [p.replace("（二）抓实学法培训。", "（二）抓实学法培训\n") for p in PARAGRAPHS]
    paragraphs = [q for p in paragraphs for q in p.split("\n")]
    plain = hard_wrapped(paragraphs, 60)
    # a page's foot after that heading, and between two items: blank line, number, blank line
    text = plain.replace("（二）抓实学法培训\n", f"（二）抓实学法培训\n\n{page.format(3)}\n\n")
    text = text.replace("\n（一）加强执法监督", f"\n\n{page.format(4)}\n\n（一）加强执法监督")
    rep = zhenfa.extract_text(text)
    for item in [*rep.measures, *rep.shortcomings, *rep.plans]:
        assert not {page.format(3), page.format(4)} & set(item.text.split("\n")), item.text
    assert project(record(text)) == project(record(plain))


def test_a_bare_number_inside_the_text_is_no_page_number() -> None:
    """A line holding only a figure, with text right above and below it, stays (a table's cell)."""
    text = hard_wrapped(PARAGRAPHS, 60).replace("三、存在的问题\n", "三、存在的问题\n12\n")
    rep = zhenfa.extract_text(text)
    assert rep.shortcomings and "12" in text[slice(*rep.sections[2].span)]


# ---------------------------------------------------------------------------
# guards from false-positive hunt 15 (each broke on a first version of the rules above)
# ---------------------------------------------------------------------------
SHORT_LINES = [
    "某某县司法局2023年度法治政府建设情况报告",
    "强化组织领导，压实法治政府建设第一责任人职责",
    "局党组全年专题研究法治建设工作4次。", "主要负责人带头讲法治课1次。",
    "严格规范公正文明执法，持续提升行政执法质效",
    "全年办理行政处罚案件126件。", "开展行政执法案卷评查2次。",
    "深化普法宣传教育，营造全社会尊法学法守法氛围",
    "开展送法进社区活动36场次。", "发放宣传资料1.2万余份。",
    "加强行政复议应诉工作，推动行政争议实质性化解",
    "办理行政复议案件18件。", "行政机关负责人出庭应诉率100%。",
    "存在的不足和下一步工作打算", "执法人员专业化水平不高，法治宣传形式单一。",
    "某某县司法局", "2024年1月15日",
]


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_web_copy_of_short_lines_is_not_read_as_wrapped(spacing: str) -> None:
    """Headings longer than their one-sentence paragraphs share a width, and none ends with 。: no
    margin cut them (they hold no sentence's end), so no line is joined to the next."""
    text = spacing.join(SHORT_LINES) + "\n"
    assert not Doc.from_text(text).wrap_breaks
    assert zhenfa.extract_text(text).title == "某某县司法局2023年度法治政府建设情况报告"


@pytest.mark.parametrize("ornament", ["◆", "▶", "●", "■", "★"])
def test_an_ornamented_list_below_the_sign_off_stays_out_of_the_body(ornament: str) -> None:
    text = (TITLE + "\n" + BODY + "\n六安市公安局\n2025年1月15日\n相关文件\n"
            f"{ornament} （一）六安市行政执法公示制度\n{ornament} （二）六安市重大行政决策程序规定\n"
            f"{ornament} 1.六安市公安局2023年度法治政府建设情况报告\n")
    rep = zhenfa.extract_text(text)
    assert [p.title for p in rep.plans] == ["深入学习贯彻习近平法治思想", "持续规范行政执法行为"]
    assert len(rep.sections) == 3


def test_a_wrapped_texts_right_aligned_sign_off_is_not_joined_to_the_next_line() -> None:
    text = hard_wrapped(PARAGRAPHS, 60) + " " * 48 + "沭河县公安局\n" + " " * 46 + "2024年1月18日\n附件：主要指标\n"
    rep = zhenfa.extract_text(text)
    assert rep.published == "2024-01-18"


@pytest.mark.parametrize("bracketed", ["【六安市公安局】", "【2024年度】", "【六安市人民政府】"])
def test_a_bracket_holding_the_titles_issuer_or_year_is_no_column_tag(bracketed: str) -> None:
    rep = zhenfa.extract_text("首页 > 工作动态\n" + bracketed + "关于2024年法治政府建设情况的报告\n" + BODY)
    assert rep.title is not None and rep.title.startswith(bracketed)


def test_a_note_after_a_wrap_is_no_qualifier() -> None:
    """…2314件 / 以上数据截至…: 以上 opens the next sentence, not 'or more'."""
    line = "（三）数据说明。全面推进依法行政工作不断深化改办理事项2314件"  # exactly 60 columns
    assert _width(line) == 60
    paragraphs = [*PARAGRAPHS[:8], line + "以上数据截至2023年底，均为全年数据。", *PARAGRAPHS[8:]]
    text = hard_wrapped(paragraphs, 60)
    assert "2314件\n以上数据" in text
    rep = zhenfa.extract_text(text)
    figure = next(s for s in rep.statistics if s.raw.startswith("2314"))
    assert figure.raw == "2314件" and figure.qualifier is None


def test_bare_numbers_that_count_no_pages_are_figures() -> None:
    """A table copied a cell a line (收案数 / 125 / 结案数 / 120), blank lines between: no page numbers."""
    plain = hard_wrapped(PARAGRAPHS, 60)
    text = plain.replace("三、存在的问题\n", "（三）案件情况\n\n收案数\n\n125\n\n结案数\n\n120\n\n三、存在的问题\n")
    rep = zhenfa.extract_text(text)
    item = next(m for m in rep.measures if m.title.startswith("案件情况"))
    assert "125" in item.text and "120" in item.text


def test_a_byline_of_only_the_poster_names_no_bureau() -> None:
    rep = zhenfa.extract_text("关于2023年度法治政府建设情况的报告\n\n清水县融媒体中心 2024年01月08日\n\n" + BODY)
    assert rep.bureau is None or rep.bureau.name != "清水县融媒体中心"


def test_a_party_body_alone_on_a_byline_is_the_issuer() -> None:
    """(a 政法委's or an 依法治县办's own report)"""
    rep = zhenfa.extract_text("关于2023年度法治建设情况的报告\n\n中共清水县委政法委员会 2024年01月08日\n\n" + BODY)
    assert rep.bureau is not None and rep.bureau.name == "中共清水县委政法委员会"
