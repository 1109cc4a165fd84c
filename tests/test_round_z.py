"""Held-out round Z (city bodies, real pages): a portal's leave-site footer, units the report praises.

The texts are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

BODY = "一、主要举措和成效\n（一）加强学习。组织学习5次。\n"


def test_a_portals_leave_site_footer_names_no_body() -> None:
    text = ("2023年，我局坚持以习近平法治思想为指导，推进依法行政。\n" + BODY +
            "\n扫一扫在手机打开当前页\n您访问的链接即将离开“太仓市人民政府”门户网站，是否继续？\n")
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is None or bureau.name is None


def test_a_report_opening_with_a_days_event_stays_a_report() -> None:
    # (false-positive hunt 14) 3月5日，…举办… opens real untitled reports too: only a meeting's news (召开/举行)
    # with no report around it is news
    text = "3月5日，太仓市司法局举办法治政府建设专题培训，现将全年工作总结如下：\n" + BODY
    assert "not_a_report" not in [w.code for w in zhenfa.extract_text(text).warnings]


def test_a_list_items_semicolon_at_the_end_is_no_cut() -> None:
    # (hunt 14) plan lists that end with ； are whole reports as often as cut ones: no warning either way
    text = "某市水务局2019年度法治政府建设工作情况报告\n一、2020年工作计划\n（一）加强学习；\n（二）规范执法；\n"
    assert "truncated" not in [w.code for w in zhenfa.extract_text(text).warnings]


def test_a_report_that_ends_its_last_sentence_is_whole() -> None:
    text = "某市水务局2019年度法治政府建设工作情况报告\n一、总体成效\n（一）水环境治理取得成效。147条黑臭水体基本消除。\n"
    assert "truncated" not in [w.code for w in zhenfa.extract_text(text).warnings]


def test_units_the_report_praises_are_not_its_body() -> None:
    text = ("2023年，在市委、市政府的正确领导下，我局扎实推进法治人社建设。广州市小微企业托管项目获创新项目一等奖。"
            "海珠区人社局获评全国先进集体，黄埔区人社局获评法治建设优秀单位。\n" + BODY)
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name is None and bureau.city == "广州市"


def test_a_report_that_names_itself_before_its_award_keeps_its_name() -> None:
    # guard: the only body named, with no 我局 in the text, stays the report's own
    text = "2023年，广州市人力资源和社会保障局扎实推进法治人社建设，广州市人力资源和社会保障局获评全国先进集体。\n" + BODY
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "广州市人力资源和社会保障局"


def test_a_reports_own_name_with_an_act_or_one_award_stays_its_name() -> None:
    # (hunt 14) 获批, 获得 are any act; one award may be the report's own
    text = ("2023年，我局扎实推进法治建设。广州市司法局获批全国法治政府建设示范项目，广州市司法局获评全国先进集体。\n" + BODY)
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "广州市司法局"
