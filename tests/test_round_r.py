"""Findings of a held-out round of real reports (公安, 住建, 农业农村, 统计, 退役军人, 乡/镇,
自治县, 2020–2025): each rule on its own small case, with the guards it must not break."""

from __future__ import annotations

import pytest

from zhenfa import extract_text


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


_OPEN_GOVERNMENT_BODY = (
    "一、总体情况\n"
    "2022年，湖州市水利局围绕水利中心工作，积极推进政务公开工作，取得一定成效。\n"
    "（一）健全组织体系。全年党组会议专题研究政务公开工作2次。\n"
    "（二）加强主动公开。全年通过水利网站主动公开信息616条，微信发布信息364条。\n"
)


@pytest.mark.parametrize("title", [
    "湖州市水利局2022年度政府信息公开工作报告",
    "湖州市水利局2022年度政府信息公开工作情况报告",
    "湖州市水利局关于2022年度政府信息公开工作的报告",
    "湖州市水利局2022年政府信息公开工作年度报告",
])
def test_an_open_government_annual_report_is_not_a_report(title):
    r = extract_text(f"{title}\n\n根据《中华人民共和国政府信息公开条例》规定编制本报告。\n" + _OPEN_GOVERNMENT_BODY)
    assert "not_a_report" in codes(r)
    assert r.measures == [] and r.statistics == []


def test_an_open_government_annual_report_without_a_title_is_known_by_its_opening():
    opening = ("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
               "（国办公开办函〔2021〕30号）要求，特编制完成本报告。\n")
    text = opening + _OPEN_GOVERNMENT_BODY
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == opening.rstrip("\n")
    assert r.measures == [] and r.statistics == []


@pytest.mark.parametrize("text", [
    # a report on 法治 that names the open-government report beside it
    "湖州市水利局2022年法治政府建设和政府信息公开工作报告\n" + _OPEN_GOVERNMENT_BODY,
    # a report on 法治 whose opening cites the regulation, not as what it was written under
    "根据《中华人民共和国政府信息公开条例》要求，现将我局2022年法治政府建设情况报告如下。\n" + _OPEN_GOVERNMENT_BODY,
    # …and one whose measures mention the open-government report
    "湖州市水利局2022年法治政府建设情况报告\n" + _OPEN_GOVERNMENT_BODY
    + "（三）按时编制本年度政府信息公开工作年度报告，严格执行《政府信息公开条例》。\n",
])
def test_a_report_on_fazhi_that_mentions_open_government_stays_a_report(text):
    r = extract_text(text)
    assert "not_a_report" not in codes(r)
    assert [s.raw for s in r.statistics] == ["2次", "616条", "364条"]


@pytest.mark.parametrize(("text", "name", "county"), [
    ("紫云自治县2024年度法治政府建设工作报告\n来源：紫云苗族布依族自治县司法局\n"
     "2024年，紫云自治县人民政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。\n一、主要举措\n",
     "紫云自治县人民政府", "紫云苗族布依族自治县"),
    ("松桃自治县司法局2024年法治政府建设情况报告\n2024年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。\n一、主要举措\n",
     "松桃自治县司法局", "松桃苗族自治县"),
    ("2024年，石柱自治县人民政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。\n一、主要举措\n",
     "石柱自治县人民政府", "石柱土家族自治县"),
])
def test_an_autonomous_county_written_short_with_zizhixian_is_a_known_place(text, name, county):
    b = extract_text(text).bureau
    assert b is not None and b.name == name and b.county == county and b.level == "county"
    assert "unknown_place" not in codes(extract_text(text))


def test_autonomous_short_names_are_derived_from_the_official_name():
    from zhenfa.fields.places import gazetteer

    g = gazetteer()
    assert [d.name for d in g.lookup("紫云自治县")] == ["紫云苗族布依族自治县"]
    assert [d.name for d in g.lookup("紫云县")] == ["紫云苗族布依族自治县"]  # the first short form still holds
    assert g.lookup("周至自治县") == []  # not autonomous: no such name


@pytest.mark.parametrize("zone", ["广西-东盟经济技术开发区", "广西-东盟经开区", "中国—东盟经济技术开发区"])
def test_a_zone_whose_name_joins_two_names_with_a_hyphen_is_a_body(zone):
    text = f"2024年，{zone}深入贯彻落实习近平法治思想，推进法治政府建设工作取得明显成效。\n一、主要举措和成效\n"
    b = extract_text(text).bureau
    assert b is not None and b.name == zone and text[b.span[0]:b.span[1]] == zone


@pytest.mark.parametrize("text", [
    "2024年，区-镇两级深入贯彻落实习近平法治思想，推进法治政府建设。\n一、主要举措和成效\n",  # no zone's name
    "2024年，-东盟经开区深入贯彻落实习近平法治思想。\n一、主要举措和成效\n",  # a hyphen does not start a name
])
def test_a_hyphen_joins_only_the_names_of_a_zone(text):
    assert extract_text(text).bureau is None


_MEASURE_HEAD = "栗子乡2025年法治政府建设情况报告\n一、主要举措和成效\n（一）强化学习培训。"


@pytest.mark.parametrize(("sentence", "kept"), [
    ("以每两月1次频次开展党委理论学习中心组法治学习5次。", ["5次"]),
    ("每两个月开展1次集中学法，全年开展学法6次。", ["6次"]),
    ("每两周开展1次集中学法，全年开展学法26次。", ["26次"]),
    ("每3个月开展1次集中学法，全年开展学法4次。", ["4次"]),
    ("小学1-4年级每周2课时、5-6年级每周3课时；初中每周2课时。", []),
    # guards: a total after a rule, and a count with no rule, stay
    ("坚持每月开展1次集中学法，全年共开展12次。", ["12次"]),
    ("全年组织法治培训12学时，开展集中学法2次。", ["12学时", "2次"]),
])
def test_a_rule_of_frequency_with_a_counted_period_is_no_statistic(sentence, kept):
    r = extract_text(_MEASURE_HEAD + sentence + "\n")
    assert [s.raw for s in r.statistics] == kept


def _subjects(sentence: str) -> list[tuple[str, str | None]]:
    r = extract_text("某某县公安局2023年法治政府建设情况报告\n一、主要举措和成效\n（一）加强党的领导。" + sentence + "\n")
    return [(s.raw, s.subject) for s in r.statistics]


def test_a_subject_does_not_run_back_over_another_figures_brackets():
    assert _subjects("全区刑事立案数（同比下降13.4%）和破获刑事案件数（同比上升4.6%）、抓获违法犯罪人员数（同比上升16%）“两降四升”。") == [
        ("13.4%", "全区刑事立案数"), ("4.6%", "破获刑事案件数"), ("16%", "抓获违法犯罪人员数")]


def test_brackets_that_are_part_of_a_name_stay_in_the_subject():
    assert _subjects("乡镇（街道）调委会调解纠纷3542件，各级党委（党组）理论学习中心组学法520场。") == [
        ("3542件", "乡镇（街道）调委会调解纠纷"), ("520场", "各级党委（党组）理论学习中心组学法")]


_AFTER_TITLES = "\n现将我局2025年度法治政府建设情况报告如下。\n一、2025年度推进法治政府建设的主要举措和成效\n（一）强化统筹部署。\n"


def test_a_title_line_with_its_issuer_is_kept_over_the_same_title_without_it_below():
    text = "江源区卫生健康局2025年度法治政府建设工作报告\n2025年度法治政府建设工作报告\n" + _AFTER_TITLES
    r = extract_text(text)
    assert r.title == "江源区卫生健康局2025年度法治政府建设工作报告"
    assert r.bureau is not None and r.bureau.name == "江源区卫生健康局"
    assert text[r.evidence.title[0]:r.evidence.title[1]] == r.title


def test_the_title_nearest_the_body_still_wins_over_another_reports_title_above():
    # a related link to last year's report above the document's own title
    text = "江源区卫生健康局2024年度法治政府建设工作报告\n2025年度法治政府建设工作报告\n" + _AFTER_TITLES
    assert extract_text(text).title == "2025年度法治政府建设工作报告"


# Guards found by a false-positive hunt over these rules (each gave a worse record in a first version).

def test_a_report_on_fazhi_written_under_the_regulation_too_is_a_report():
    text = ("根据《中华人民共和国政府信息公开条例》和上级要求，现编制本报告，报告我局2023年法治政府建设情况。\n"
            + _OPEN_GOVERNMENT_BODY)
    assert "not_a_report" not in codes(extract_text(text))


def test_a_note_in_brackets_after_its_noun_stays_in_the_subject():
    assert _subjects("办理行政复议案件（含2022年结转5件）68件，印发《权责清单（2023年版）》事项326项。") == [
        ("5件", "办理行政复议案件（含2022年结转"), ("68件", "办理行政复议案件（含2022年结转5件）"),
        ("326项", "印发《权责清单（2023年版）》事项")]


def test_a_pair_of_levels_joined_by_a_hyphen_is_no_zone_name():
    assert extract_text("2023年，省-市共建某某高新区坚持以习近平法治思想为指导，推进法治政府建设。\n一、主要举措\n").bureau is None


def test_hours_of_study_a_year_are_a_total_not_a_rule_of_frequency():
    r = extract_text(_MEASURE_HEAD + "全局干部每年学法时长达到48学时，每周2课时。\n")
    assert [s.raw for s in r.statistics] == ["48学时"]


def test_a_site_name_set_apart_by_a_space_is_no_fuller_title():
    text = "某某市人民政府 2023年度法治政府建设工作报告\n2023年度法治政府建设工作报告\n" + _AFTER_TITLES
    assert extract_text(text).title == "2023年度法治政府建设工作报告"


@pytest.mark.parametrize(("text", "level"), [
    ("2024年，广西-东盟经济技术开发区深入贯彻落实习近平法治思想，推进法治政府建设。\n一、主要举措\n", None),
    ("2024年，广西东盟经济技术开发区深入贯彻落实习近平法治思想，推进法治政府建设。\n一、主要举措\n", None),
    ("广西交通运输厅2023年法治政府建设情况报告\n2023年，我厅坚持以习近平法治思想为指导。\n一、主要举措\n", "province"),
])
def test_a_zone_named_by_a_provinces_short_name_has_no_level(text, level):
    b = extract_text(text).bureau
    assert b is not None and b.province == "广西壮族自治区" and b.level == level
