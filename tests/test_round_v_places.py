"""Cited documents' titles (《…》) and where a report is from, as held-out round V found them.

The openings are invented for the test; places checked by hand (鼓楼区 is a district of 福州市, 南京市, 开封市
and 徐州市; 浮梁县 a county of 景德镇市, 江西省)."""

from __future__ import annotations

import zhenfa

BODY = "现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


def _where(opening: str) -> tuple[str | None, str | None, str | None, str | None]:
    b = zhenfa.extract_text(opening + BODY).bureau
    assert b is not None
    return b.name, b.province, b.city, b.county


def test_a_cited_notices_issuer_is_not_the_bureau_of_a_report_that_speaks_as_its_county() -> None:
    opening = ("2022年，我县紧扣《中共江西省委江西省人民政府关于印发〈江西省法治政府建设实施纲要（2021-2025年）〉的通知》"
               "各项任务，研究解决浮梁县法治政府建设有关问题，推进法治政府建设。")
    assert _where(opening) == (None, "江西省", "景德镇市", "浮梁县")


def test_a_departments_own_notice_in_a_title_still_names_it() -> None:
    # the report speaks as a department (我委): a 《》 issuer that is its own body stays the bureau
    opening = "2023年，我委印发《鄂尔多斯市卫生健康委员会关于推进依法行政的通知》，鄂尔多斯市卫生健康委员会全面推进法治建设。"
    assert _where(opening)[0] == "鄂尔多斯市卫生健康委员会"


def test_a_cited_plans_province_settles_an_ambiguous_district() -> None:
    opening = "2024年，鼓楼区教育局严格按照《福建省法治政府建设实施方案》等工作要求推进法治政府建设。"
    assert _where(opening) == ("鼓楼区教育局", "福建省", "福州市", "鼓楼区")


def test_a_province_named_outside_titles_still_wins_over_a_cited_one() -> None:
    # 南京市 outside 《》 settles it; the cited 福建省 plan (a study of another province's) does not
    opening = "2024年，鼓楼区教育局认真贯彻南京市教育局部署，学习借鉴《福建省法治政府建设实施方案》经验，推进法治政府建设。"
    assert _where(opening) == ("鼓楼区教育局", "江苏省", "南京市", "鼓楼区")


def test_a_short_department_name_is_completed_to_the_official_one_the_page_writes() -> None:
    text = ("安徽省市场监管局2023年法治政府建设年度报告\n时间：2024-03-02 作者：佚名 来源：安徽省市场监督管理局\n"
            "2023年，我局坚持以习近平法治思想为指导。" + BODY)
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "安徽省市场监督管理局"
    start, end = bureau.span
    assert text[start:end] == "安徽省市场监督管理局"


def test_a_short_department_name_stays_where_the_page_writes_no_official_one() -> None:
    # another place's official name is not this body's: 合肥市市场监督管理局 is the city's
    text = ("安徽省市场监管局2023年法治政府建设年度报告\n2023年，我局指导合肥市市场监督管理局推进法治建设。" + BODY)
    bureau = zhenfa.extract_text(text).bureau
    assert bureau is not None and bureau.name == "安徽省市场监管局"
