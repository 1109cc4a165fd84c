"""Guards from false-positive hunt 11 and the day's review: texts the round-Y rules first read worse.

Each text is invented (after the hunt's probes, ids in comments, and the review's inputs); each
expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa

OUTLINE = ("一、主要举措和成效\n（一）加强组织领导。召开党组会议专题研究法治工作4次。\n（二）严格规范执法。全年办理行政复议案件35件。\n"
           "二、存在的问题\n执法力量不足。\n")
TITLE = "某某县司法局2023年度法治政府建设情况报告\n"
INTRO = "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设，现将有关情况报告如下：\n"
TAIL = "二、存在的问题\n一是执法人员法治素养有待提高；二是普法宣传针对性不强。\n三、2024年工作打算\n（一）深化法治宣传教育。\n（二）加强执法队伍建设。\n"
SIGN = "某某县司法局\n2024年1月20日\n"


def _codes(report: zhenfa.Report) -> list[str]:
    return [w.code for w in report.warnings]


@pytest.mark.parametrize("opening", [
    "近日，局党组召开会议，专题听取2023年度法治政府建设工作情况汇报。现将有关情况报告如下：\n",  # N03
    "近日，我局组织召开2023年度述法评议会。根据会议安排，现将本人履行推进法治建设第一责任人职责情况报告如下：\n",  # N21
    "近日，县司法局召开党组会议审议本报告，现将2023年度法治政府建设情况报告如下：\n",  # the review's
    "某某县司法局2023年法治政府建设\n近日，局党组召开专题会议，研究部署法治政府建设工作。2023年，我局坚持依法行政。\n",  # N25
    "近日，县政府召开常务会议，审议通过《某某县2023年度法治政府建设情况报告》，现予公布。\n2023年，县政府坚持依法行政。\n",  # N27
])
def test_a_report_whose_opening_mentions_a_meeting_is_no_news_item(opening: str) -> None:
    report = zhenfa.extract_text(opening + OUTLINE)
    assert "not_a_report" not in _codes(report)
    assert [m.title for m in report.measures] == ["加强组织领导", "严格规范执法"]


@pytest.mark.parametrize("opening", [
    "（记者 张三）3月20日上午，某某县创建省级法治政府建设示范县实地核验工作汇报会举行。省司法厅相关领导参加。\n",
    "日前，某某县召开法治政府建设工作推进会，省司法厅、市司法局相关领导出席会议。\n",
])
def test_a_news_item_is_still_one(opening: str) -> None:
    report = zhenfa.extract_text(opening + "某某县县委、县政府历来高度重视法治政府建设工作，先后召开推进会7次。\n")
    assert "not_a_report" in _codes(report)
    assert report.bureau is None or report.bureau.name is None


def test_a_report_announcing_its_own_self_assessment_is_no_bulletin() -> None:
    # U02: 现将我局…自查考核情况通报如下
    text = "2023年，我局坚持依法行政，全面推进法治政府建设。现将我局2023年度法治政府建设自查考核情况通报如下：\n" + OUTLINE
    assert "not_a_report" not in _codes(zhenfa.extract_text(text))


def test_a_bulletin_of_assessment_results_is_still_one() -> None:
    text = ("各市人民政府，省政府各部门：\n2020年，全省各级各部门深入贯彻习近平法治思想，组织了2020年度依法行政考核。"
            "经省政府同意，现将考核优秀等次单位通报如下：\n一、市政府（5个）\n衡水、唐山、沧州、保定、承德市。\n")
    assert "not_a_report" in _codes(zhenfa.extract_text(text))


def test_a_bulletin_sentence_inside_a_measure_does_not_make_the_report_one() -> None:
    # the review's: a 通报如下 in a measure, not the first paragraph
    text = (TITLE + INTRO + "一、主要举措和成效\n（一）强化考核。年底开展法治建设考核，现将考核优秀等次单位通报如下：甲局、乙局。\n" + TAIL)
    assert "not_a_report" not in _codes(zhenfa.extract_text(text))


def test_the_first_self_name_stays_where_a_superior_is_written_more_often() -> None:
    # the review's and S15: 市司法局 three times is the superior, not the report's 区司法局
    text = ("2023年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：\n一、主要举措和成效\n"
            "（一）落实部署。区司法局认真落实市司法局部署，按照市司法局要求开展执法检查，及时向市司法局报送材料。\n")
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "区司法局"


@pytest.mark.parametrize(("opening", "name"), [
    # the review's: a government named by its level is not completed to a government the text cites or works with
    ("2022年，区政府认真落实广西壮族自治区人民政府部署，推进法治建设。", "区政府"),
    ("2022年，区政府坚持依法行政，与重庆市渝北区人民政府签订合作协议。", "区政府"),
    ("2022年，县政府坚持依法行政，与邻近的宁乡县人民政府签订合作协议。", "县政府"),
])
def test_a_level_government_is_not_completed_to_another(opening: str, name: str) -> None:
    bureau = zhenfa.extract_text(opening + "现将有关情况报告如下：\n" + OUTLINE).bureau
    assert bureau is not None and bureau.name == name


@pytest.mark.parametrize(("sentence", "county"), [
    ("与涪陵区法院协作建立诉调对接机制，化解纠纷120件。", "涪陵区"),  # P02: a body of the place
    ("与涪陵区检察院合作开展行政检察监督，移送线索12条。", "涪陵区"),  # P03
    ("积极参与涪陵区合作共建，建成法治文化公园2个。", "涪陵区"),  # P07: 参与 is no 与
    ("帮扶涪陵区马武镇等3个乡镇开展法治示范创建。", "涪陵区"),  # P20: the report's own towns
    ("与武隆区对口协调发展服务事项47项跨区通办。", None),  # a partner district: no place of the report's
])
def test_a_place_named_with_a_body_or_its_towns_is_no_partner(sentence: str, county: str | None) -> None:
    text = "2023年，我局深入推进依法行政。现将有关情况报告如下：\n一、主要举措和成效\n（一）深化协作。" + sentence + "\n二、存在的问题\n执法力量不足。\n"
    bureau = zhenfa.extract_text(text).bureau
    assert (bureau.county if bureau is not None else None) == county


def test_an_attachment_after_the_sign_off_is_an_appendix_whatever_its_label() -> None:
    # X15: 附：问题整改清单 after the sign-off is attached, not the report's own
    text = TITLE + INTRO + "一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n" + TAIL + SIGN + "附：问题整改清单\n1.执法力量不足，已新增执法人员3名。\n"
    report = zhenfa.extract_text(text)
    assert report.published == "2024-01-20"
    assert [p.title for p in report.plans] == ["深化法治宣传教育", "加强执法队伍建设"]


@pytest.mark.parametrize(("sentence", "raw", "qualifier"), [
    ("对群众投诉做到24小时内核实、48小时内反馈。", "24小时内", "under"),  # X32: 内 then a verb
    ("矛盾纠纷做到3天内化解。", "3天内", "under"),
    ("5个工作日内审批完毕。", "5个工作日内", "under"),
    ("全年开展2天内训4次。", "2天", None),  # 内训: a word
])
def test_nei_after_a_time_unit(sentence: str, raw: str, qualifier: str | None) -> None:
    text = TITLE + INTRO + "一、主要举措和成效\n（一）优化服务。" + sentence + "\n"
    first = zhenfa.extract_text(text).statistics[0]
    assert (first.raw, first.qualifier) == (raw, qualifier)


def test_a_time_limits_chain_after_suo_shares_its_unit() -> None:
    # X36
    text = TITLE + INTRO + "一、主要举措和成效\n（一）优化审批。将审批时限分别压缩20个、10个工作日。\n"
    assert [s.unit for s in zhenfa.extract_text(text).statistics] == ["个工作日", "个工作日"]


@pytest.mark.parametrize(("plans_paragraph", "plans"), [
    ("围绕目标，第一，强化学习；第二，规范执法；第三，创新普法。", ["强化学习", "规范执法", "创新普法"]),  # X05
])
def test_a_comma_opens_a_di_yi_list(plans_paragraph: str, plans: list[str]) -> None:
    text = TITLE + INTRO + "一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n二、存在的问题\n执法力量不足。\n三、2024年工作打算\n" + plans_paragraph + "\n"
    assert [p.title for p in zhenfa.extract_text(text).plans] == plans


def test_short_items_of_a_comma_list_are_items() -> None:
    # X03: 队伍弱, 经费缺, 宣传少
    text = (TITLE + INTRO + "一、主要举措和成效\n（一）加强组织领导。召开会议4次。\n二、存在的问题\n"
            "主要有以下不足，一是队伍弱；二是经费缺；三是宣传少。\n")
    assert [s.title for s in zhenfa.extract_text(text).shortcomings] == ["队伍弱", "经费缺", "宣传少"]


def test_a_share_bullet_heads_no_part() -> None:
    # B06: • 分享到： is a page's furniture
    text = (TITLE + "2023年，我局坚持依法行政。\n• 分享到：\n主要举措和成效：一、加强组织领导。召开会议4次。\n"
            "二、严格规范执法。全年办理案件35件。\n三、存在的问题。执法力量不足。\n")
    assert "•" not in [s.marker for s in zhenfa.extract_text(text).sections]


def test_durations_after_commas_are_no_malformed_dates() -> None:
    # D01
    text = TITLE + INTRO + "一、主要举措和成效\n（一）优化审批。行政复议、行政诉讼的法定期限分别为60日，90日，120日，我局均在期限内办结。\n"
    assert "malformed_date" not in _codes(zhenfa.extract_text(text))


def test_a_grade_in_a_tab_tables_name_cell_is_no_count() -> None:
    # the review's: the view folds a tab to a space, so the cell is read in the text
    text = "某区教育局2020年度法治政府建设情况报告\n一、主要举措和成效\n（一）主要数据情况\n类别\t数量（所）\n一类\t30\n二类\t12\n三类\t5\n"
    assert [(s.raw, s.subject) for s in zhenfa.extract_text(text).statistics] == [("30", "一类"), ("12", "二类"), ("5", "三类")]
