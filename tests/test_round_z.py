"""Held-out round Z (city bodies, real pages): a portal's leave-site footer, event news, a text cut after ；.

The texts are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

BODY = "一、主要举措和成效\n（一）加强学习。组织学习5次。\n"


def test_a_portals_leave_site_footer_names_no_body() -> None:
    text = ("2023年，我局坚持以习近平法治思想为指导，推进依法行政。\n" + BODY +
            "\n扫一扫在手机打开当前页\n您访问的链接即将离开“太仓市人民政府”门户网站，是否继续？\n")
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is None or bureau.name is None


def test_event_news_with_a_headline_is_no_report() -> None:
    text = ("某市宪法日宣传活动更“接地气”\n时间：2019-12-05 14:17 来源：司法局\n"
            "12月3日下午，在国家宪法日来临之际，某市在图书馆启动了“宪法宣传周”大型公益法治宣传活动。\n"
            "活动现场，市司法局、公安局等30多家单位设摊，带来300多种法律宣传材料。\n")
    report = zhenfa.extract_text(text)
    assert "not_a_report" in [w.code for w in report.warnings]
    assert report.statistics == []


def test_a_text_that_stops_after_a_list_items_semicolon_is_cut_off() -> None:
    text = ("某市水务局2019年度法治政府建设工作情况报告\n一、总体成效\n（一）水环境治理取得成效。147条黑臭水体基本消除；"
            "（二）水务管理体制日臻完善。获得考核结果“优秀”等次，排名第一；")
    assert "truncated" in [w.code for w in zhenfa.extract_text(text).warnings]


def test_a_report_that_ends_its_last_sentence_is_whole() -> None:
    text = "某市水务局2019年度法治政府建设工作情况报告\n一、总体成效\n（一）水环境治理取得成效。147条黑臭水体基本消除。\n"
    assert "truncated" not in [w.code for w in zhenfa.extract_text(text).warnings]


def test_a_unit_the_report_praises_is_neither_its_body_nor_its_place() -> None:
    text = ("2023年，在市委、市政府的正确领导下，我局扎实推进法治人社建设。广州市小微企业托管项目获创新项目一等奖。"
            "海珠区人社局获评全国先进集体，黄埔区人社局获评法治建设优秀单位。\n" + BODY)
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name is None
    assert (bureau.city, bureau.county) == ("广州市", None)


def test_a_report_that_names_itself_before_its_award_keeps_its_name() -> None:
    # guard: the only body named, with no 我局 in the text, stays the report's own
    text = "2023年，广州市人力资源和社会保障局扎实推进法治人社建设，广州市人力资源和社会保障局获评全国先进集体。\n" + BODY
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "广州市人力资源和社会保障局"
