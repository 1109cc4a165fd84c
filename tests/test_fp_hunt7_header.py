"""False-positive hunt 7 (regressions R6, R7, R8, R12) and round U findings 1, 5 and 7: a township's
county settled only by a place the report gives as its own, and a two-character township name
read with its doubled form (乌镇 / 乌镇镇); a central body's regional bureau named by a sea (北海局) is
no branch in 北海市; 关区海关, 辖区海关, 沿海海关 are no customs districts; a date in brackets after the
title within the year covered does not beat a later sign-off; a statistic's counted noun after
the unit when a verb or a preposition phrase stands before the number; a place's short name
(西宁, 青海) settles an ambiguous district; dates that lost 年 or 月 are malformed_date. Each with
the guards the rule must not break."""

from __future__ import annotations

import pytest

from zhenfa import extract_text

_BODY = ("一、主要举措和成效\n"
         "（一）加强组织领导。召开党组会议专题研究法治政府建设工作4次，制定年度工作要点。\n"
         "{extra}"
         "（二）规范行政执法。全年办理行政处罚案件126件，罚没款85.6万元。\n"
         "二、存在的问题\n"
         "一是执法人员数量不足，专业化水平有待提高。\n"
         "三、2024年工作计划\n"
         "（一）加强执法队伍建设。组织执法人员培训不少于2次。\n\n"
         "{signoff}2024年1月20日\n")


def _report(title: str, opening: str, extra: str = "", signoff: str = "") -> str:
    return f"{title}\n\n{opening}\n" + _BODY.format(extra=extra, signoff=signoff)


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


def place(report) -> tuple[str | None, str | None, str | None]:
    b = report.bureau
    return (b.province, b.city, b.county) if b is not None else (None, None, None)


# R6: a place named once, in a clause about a visit, a study tour or a pairing, does not settle
# which of the same-named townships the report's is (the province or city it gives stays a guess,
# as before).
@pytest.mark.parametrize(("town", "clause", "expected"), [
    ("长安镇", "组织班子成员赴浙江省学习“枫桥经验”。", ("浙江省", None, None)),
    ("新城街道办事处", "学习借鉴浙江省“最多跑一次”改革经验。", ("浙江省", None, None)),
    ("石桥镇人民政府", "组织干部赴山东省淄博市学习基层治理经验1次。", ("山东省", "淄博市", None)),
    # (a partner says nothing of where the report is from, not even a guess: round Y, P2)
    ("凤凰镇人民政府", "与安徽省淮南市结对开展法治交流活动2次。", (None, None, None)),
])
def test_a_passing_mention_does_not_settle_a_shared_township(town, clause, expected):
    text = _report(f"{town}2023年度法治政府建设情况报告", f"2023年，{town[:3]}坚持依法行政。现将有关情况报告如下：",
                   extra=f"（三）学习先进经验。{clause}\n")
    r = extract_text(text)
    assert r.bureau is not None and r.bureau.name == town
    assert place(r) == expected


# Guards: the report's own place, in its opening (在柳州市委…领导下), in a clause that speaks as the
# township (我镇获评四川省…), or named twice, still settles the county.
@pytest.mark.parametrize(("title", "opening", "extra", "expected"), [
    ("三都镇人民政府2023年法治政府建设情况报告", "2023年，三都镇在柳州市委市政府和区委区政府的领导下，扎实推进法治建设。", "",
     ("广西壮族自治区", "柳州市", "柳江区")),
    ("黄桥镇人民政府2023年度法治政府建设情况报告", "2023年，黄桥镇认真贯彻落实《江苏省行政程序条例》，全面推进依法行政。", "",
     ("江苏省", "泰州市", "泰兴市")),
    ("新华镇2023年法治政府建设工作报告", "2023年，新华镇坚持以习近平法治思想为指导，推进依法行政。",
     "（三）推进示范创建。我镇获评四川省依法治理示范镇。\n", ("四川省", "达州市", "宣汉县")),
    ("凤凰镇人民政府2023年度法治政府建设情况报告", "2023年，凤凰镇深入推进法治政府建设。",
     "（三）开展交流协作。与淮南市结对开展法治交流活动2次，淮南市法院派员指导。\n", ("安徽省", "淮南市", "凤台县")),
])
def test_the_reports_own_place_still_settles_the_township(title, opening, extra, expected):
    r = extract_text(_report(title, opening, extra=extra))
    assert place(r) == expected


# R6: 乌镇 (a title's short form of 乌镇镇, as the body writes it) is not the other county's 乌镇.
def test_a_two_character_township_is_the_township_of_that_name():
    # 孙镇 (蒲城县) and 翟镇 (新泰市) are townships of two characters; 孙镇镇长, 翟镇镇区 in the text are
    # 孙镇's head and 翟镇's centre, not 邹平市's 孙镇镇 or 偃师区's 翟镇镇 (fp hunt 8)
    for title, said, county in (("孙镇2023年度法治政府建设情况报告", "2023年，孙镇镇长带头学法，镇政府推进依法行政。", "蒲城县"),
                                ("翟镇2023年度法治政府建设情况报告", "2023年，翟镇镇区开展普法宣传，推进依法行政。", "新泰市")):
        r = extract_text(_report(title, said))
        assert place(r)[2] == county, title


def test_a_two_character_name_no_township_has_is_read_as_its_doubled_form():
    # no township is named 壶镇: it is how 缙云县's 壶镇镇 writes itself; 乌镇 is a township (佳县), so
    # there the two-character name is read as it is
    r = extract_text(_report("壶镇2023年度法治政府建设情况报告", "2023年，壶镇坚持以习近平法治思想为指导，推进依法行政。"))
    assert place(r)[2] == "缙云县"
    r = extract_text(_report("乌镇2023年度法治政府建设情况报告", "2023年，乌镇坚持以习近平法治思想为指导，推进依法行政。"))
    assert place(r)[2] == "佳县"


# R7: a regional bureau named by a sea is the ministry's, not a branch in the city of that name.
@pytest.mark.parametrize(("opening", "name"), [
    ("2023年，自然资源部北海局坚持以习近平法治思想为指导，全面推进依法行政。", "自然资源部"),
    ("2023年，交通运输部北海救助局坚持以习近平法治思想为指导，全面推进依法行政。", "交通运输部"),
])
def test_a_bureau_named_by_a_sea_is_no_branch_in_that_city(opening, name):
    r = extract_text(opening + "现将有关情况报告如下：\n" + _BODY.format(extra="", signoff=""))
    assert r.bureau is not None and r.bureau.name == name
    assert place(r) == (None, None, None)


# Guards: a local branch's department after the same short name, and other short names, still place it.
@pytest.mark.parametrize(("opening", "name", "expected"), [
    ("2023年，国家统计局北海调查队坚持依法统计。", "国家统计局北海调查队", ("广西壮族自治区", "北海市", None)),
    ("2023年，交通运输部上海打捞局坚持依法行政。", "交通运输部上海打捞局", ("上海市", "上海市", None)),
    ("2023年，国家金融监督管理总局青岛监管局坚持依法行政。", "国家金融监督管理总局青岛监管局", ("山东省", "青岛市", None)),
])
def test_a_local_branch_after_a_short_name_is_still_placed(opening, name, expected):
    r = extract_text(opening + "现将有关情况报告如下：\n" + _BODY.format(extra="", signoff=""))
    assert r.bureau is not None and r.bureau.name == name
    assert place(r) == expected


# R8: a scope or kind before 海关 is no customs district.
@pytest.mark.parametrize("subject", ["关区海关", "辖区海关", "沿海海关", "直属海关"])
def test_a_scope_before_customs_is_no_district(subject):
    r = extract_text(f"2023年，{subject}坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：\n"
                     + _BODY.format(extra="", signoff=""))
    assert r.bureau is None or r.bureau.name != subject


@pytest.mark.parametrize(("subject", "expected"), [
    ("宁波海关", ("浙江省", "宁波市", None)),  # a city's short name
    ("黄埔海关", (None, None, None)),  # a district's short name (黄埔区)
    ("拱北海关", (None, None, None)),  # a port
])
def test_a_customs_district_by_its_place_or_port_is_read(subject, expected):
    text = f"2023年，{subject}坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：\n" + _BODY.format(extra="", signoff="")
    r = extract_text(text)
    assert r.bureau is not None and r.bureau.name == subject
    start, end = r.bureau.span
    assert text[start:end] == subject
    assert place(r) == expected


# R12: a date in brackets after the title, within the year the report covers, is not when a report
# signed later was published.
_TITLE = "市司法局2023年法治政府建设情况报告"


@pytest.mark.parametrize("trailer", ["（2023年1月1日）", "（2023年12月31日）"])
def test_a_bracketed_date_within_the_year_covered_does_not_beat_the_signoff(trailer):
    r = extract_text(_report(_TITLE + trailer, "2023年，市司法局坚持依法行政。现将有关情况报告如下："))
    assert r.title == _TITLE
    assert r.published == "2024-01-20"


@pytest.mark.parametrize(("trailer", "signoff", "published"), [
    ("（2024年1月15日）", "", "2024-01-15"),  # after the year covered: the page's date
    ("（2023年12月31日）", "NONE", "2023-12-31"),  # no sign-off to prefer
])
def test_a_bracketed_date_after_the_year_or_without_signoff_is_kept(trailer, signoff, published):
    text = _report(_TITLE + trailer, "2023年，市司法局坚持依法行政。现将有关情况报告如下：")
    if signoff == "NONE":
        text = text.replace("2024年1月20日\n", "")
    r = extract_text(text)
    assert r.title == _TITLE
    assert r.published == published


# Round U F1: the counted noun after the unit when a verb the table does not list, a date and a
# verb with 了, or a preposition phrase stands before the number.
_STAT_LEAD = "2022年，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n（一）加强学习。"


@pytest.mark.parametrize(("sentence", "raw", "subject"), [
    ("完成18件行政规范性文件和代拟稿的合法性审查。", "18件", "行政规范性文件和代拟稿"),
    ("3月29日印发了15家单位的“三定”规定。", "15家", "单位的“三定”规定"),
    ("对保留的6件政策性文件开展合规性审查。", "6件", "政策性文件"),
    ("并对4户无证经营商进行了处罚。", "4户", "无证经营商"),
])
def test_the_counted_noun_follows_the_unit_after_a_verb_or_preposition(sentence, raw, subject):
    text = _STAT_LEAD + sentence + "\n"
    stat = next(s for s in extract_text(text).statistics if s.raw == raw)
    assert stat.subject == subject
    start, end = stat.span
    assert text[start:end] == raw


@pytest.mark.parametrize(("sentence", "raw", "subject"), [
    ("聘请3名法律顾问参与决策。", "3名", "法律顾问"),
    ("新招录一名通过司法考试的公务员。", "一名", "通过司法考试的公务员"),  # a 的-clause before the noun
    ("查处违法案件12起。", "12起", "查处违法案件"),  # the noun before the number
    ("1月至9月侦办经济犯罪案件11.4万起。", "11.4万起", "1月至9月侦办经济犯罪案件"),  # a range, not a leading date
])
def test_subjects_before_the_number_are_kept(sentence, raw, subject):
    stat = next(s for s in extract_text(_STAT_LEAD + sentence + "\n").statistics if s.raw == raw)
    assert stat.subject == subject


# Round U F5: a district two cities share, in a text that names its city or province by the short name.
_DISTRICT = "2025年，城中区坚持依法行政，{said}。现将工作开展情况报告如下：\n一、工作进展情况\n（一）提高政府履职能力。区委主要负责同志先后18次调研法治建设工作。\n"


@pytest.mark.parametrize("said", ["为推动西宁在现代化建设中挑大梁提供有力法治保障，服务西宁高质量发展",
                                  "为现代化新青海建设提供有力法治保障，助推西宁高质量发展"])
def test_a_short_name_settles_an_ambiguous_district(said):
    r = extract_text(_DISTRICT.format(said=said))
    assert place(r) == ("青海省", "西宁市", "城中区")
    assert "ambiguous_place" not in codes(r)


@pytest.mark.parametrize("said", ["提供有力法治保障", "在西宁路开展普法宣传", "到江西宁都县学习交流", "祝愿群众幸福安康",
                                  "组织干部赴西宁学习交流"])  # (once: as often a passing mention)
def test_a_short_name_inside_another_word_settles_nothing(said):
    r = extract_text(_DISTRICT.format(said=said))
    assert place(r)[2] is None
    assert "ambiguous_place" in codes(r)


# Round U F7: dates that lost 年 (202112月) or 月 (222日, opening a sentence) are malformed_date.
_DATE_LEAD = "2022年，我局坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n（一）加强学习。全年开展培训5次，"


@pytest.mark.parametrize(("tail", "damaged"), [
    ("考核工作于202112月下旬至20221月上旬集中展开。\n", ["202112月", "20221月"]),
    ("专题学法3次。\n222日，省委考核组来我局开展法治建设实地考核。\n", ["222日"]),
])
def test_a_date_that_lost_a_character_is_malformed(tail, damaged):
    text = _DATE_LEAD + tail
    r = extract_text(text)
    spans = [w.span for w in r.warnings if w.code == "malformed_date"]
    assert [text[s:e] for s, e in spans] == damaged


@pytest.mark.parametrize("tail", [
    "审批时限由20个工作日压缩至120日以内。\n",  # a duration
    "专题学法3次。\n22日，省委考核组来我局开展实地考核。\n",  # a day alone
    "于2021年12月下旬完成考核，2022年1月公布结果。\n",
    "专题学法3次。\n180日内办结的案件占95%。\n",
])
def test_well_formed_dates_and_durations_are_not_malformed(tail):
    assert "malformed_date" not in codes(extract_text(_DATE_LEAD + tail))
