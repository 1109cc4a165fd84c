"""False-positive hunt 7 (regressions R1, R2, R9, R10 of the lookalike rules) and red-team round U
findings 2 and 3: real 法治 reports that the lookalike checks took for speeches, notices or news, a
report's own words on sport masked as a betting brand, a notice whose title sits in a metadata table,
and a text cut after a bracketed word. Every text is invented in the probes' phrasing (other bodies
and places); each expectation was read by hand against the text."""

from __future__ import annotations

import pytest

from zhenfa import extract_text


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


_PARTS = ("一、推进法治建设主要举措和成效\n"
          "（一）加强组织领导。局党组专题研究法治工作5次。\n"
          "（二）规范行政执法。全年办理行政处罚案件218件。\n"
          "二、存在的问题\n"
          "执法人员数量不足，普法形式较为单一。\n"
          "三、下一步工作打算\n"
          "（一）加强执法队伍建设。\n")


# --- R1: a speech salutation over a report on 法治 -----------------------------------------------

@pytest.mark.parametrize("opening", [
    "各位领导：\n按照会议安排，下面我作简要汇报。2023年，我局深入推进法治政府建设，取得积极成效。\n",
    "各位领导、同志们：\n根据会议安排，现将本人2023年度履行第一责任人职责情况报告如下，请予评议。\n",
    "各位领导、同志们：\n2023年，在县委、县政府的坚强领导下，我局坚持以习近平新时代中国特色社会主义思想为指导，"
    "紧紧围绕县委县政府中心工作，扎实推进各项工作。\n",
    "各位领导，同志们：\n下面，我代表局党组作2023年度工作报告。\n",
    "同志们：\n2023年是全面贯彻党的二十大精神的开局之年。一年来，我局深入推进法治政府建设。\n",
], ids=["topic_in_second_sentence", "shufa_heading", "long_first_sentence", "party_group", "year_sentence"])
def test_a_speech_whose_opening_is_on_fazhi_is_read_as_the_report(opening):
    r = extract_text(opening + _PARTS)
    assert "not_a_report" not in codes(r)
    assert [m.title for m in r.measures] == ["加强组织领导", "规范行政执法"]
    assert [s.raw for s in r.statistics] == ["5次", "218件"]
    assert len(r.shortcomings) == 1 and len(r.plans) == 1


def test_a_report_on_administrative_enforcement_to_a_standing_committee_is_read():
    text = ("各位委员：\n受区人民政府委托，我向本次会议报告我区2023年度行政执法工作情况，请予审议。\n"
            "一、主要工作及成效\n（一）深化行政执法体制改革。全区综合执法队伍整合为9支。\n"
            "二、存在的问题\n基层执法力量薄弱。\n")
    r = extract_text(text)
    assert "not_a_report" not in codes(r)
    assert [s.raw for s in r.statistics] == ["9支"]


@pytest.mark.parametrize(("head", "first_part"), [
    # a work-meeting speech under its headline: no topic in the headline, the opening or the first heading
    ("2023年交通运输工作报告\n区交通运输局党组书记、局长 张某\n（2023年2月20日）\n同志们：\n"
     "今天，我们召开局系统工作会议，全面总结2022年工作，安排部署2023年工作。\n", "一、过去一年工作回顾\n"),
    # a 政府工作报告 delivered to a congress
    ("各位代表：\n现在，我代表区人民政府向大会报告政府工作，请予审议，并请区政协委员和其他列席人员提出意见。\n",
     "一、过去一年工作回顾\n"),
    # a speech that names its meeting has said its subject, whatever heading follows
    ("同志们：\n今天我们召开全区农业农村工作会议，总结2023年工作。\n", "一、2023年法治政府建设主要举措和成效\n"),
    # a 政府工作报告 whose second paragraph says 依法行政 in passing (only a heading there names the subject)
    ("各位代表：\n现在，我代表市人民政府向大会报告政府工作，请予审议。\n过去一年，我们坚持依法行政，全市地区生产总值增长6.1%。\n",
     "一、2023年工作回顾\n"),
    # a column's name above the salutation is no title
    ("法治动态\n同志们：\n今天，我们召开全局工作会议，总结2023年工作。\n", "一、回顾2023年\n"),
], ids=["work_meeting", "government_work_report", "named_meeting", "passing_yifaxingzheng", "column_name"])
def test_a_speech_on_another_subject_is_still_no_report(head, first_part):
    r = extract_text(head + first_part + "（一）城市形象持续提升。93家公共机构实施垃圾分类。\n")
    assert "not_a_report" in codes(r)
    assert r.measures == [] and r.statistics == []


# --- R2: a 信息公开 notice sentence over a report whose own headings name a plan --------------------

@pytest.mark.parametrize("plan_heading", ["2024年工作计划", "下一步工作计划", "2024年法治政府建设工作要点"])
def test_a_reports_own_plan_heading_is_not_a_published_documents_title(plan_heading):
    text = ("根据《中华人民共和国政府信息公开条例》规定，现将我局2023年度工作情况予以公布。\n"
            "一、主要举措和成效\n（一）加强组织领导。局党组专题研究法治工作5次。\n"
            "二、存在的问题\n执法人员数量不足。\n"
            f"{plan_heading}\n（一）加强执法队伍建设。\n")
    r = extract_text(text)
    assert "not_a_report" not in codes(r)
    assert [m.title for m in r.measures] == ["加强组织领导"]
    assert [s.raw for s in r.statistics] == ["5次"]
    # the same heading under a one-paragraph report, before any numbered heading
    short = extract_text("根据《中华人民共和国政府信息公开条例》要求，现将我局有关工作情况予以公开。\n\n"
                         "2023年，区水务局坚持依法行政，全年办理水行政许可87件。\n" + plan_heading + "\n加强执法队伍建设。\n")
    assert "not_a_report" not in codes(short) and [s.raw for s in short.statistics] == ["87件"]


def test_a_notice_publishing_another_bodys_titled_plan_or_open_government_report_is_still_flagged():
    # guards: the title of the document the notice publishes names its issuer, or is an open-government report
    plan = extract_text("根据《中华人民共和国政府信息公开条例》规定，现予公布。\n"
                        "某某县人民政府2024年法治政府建设工作要点\n一、总体要求\n（一）完善制度。制定规范性文件3件。\n")
    assert "not_a_report" in codes(plan) and plan.statistics == []
    report = extract_text("根据《中华人民共和国政府信息公开条例》规定，我局编制了2023年度报告，现予公布。\n"
                          "宜宾市林业和草原局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开。发布信息36条。\n")
    assert "not_a_report" in codes(report) and report.statistics == []


# --- R9: a report's own words on sport before a stray space -------------------------------------

_SPORT_HEAD = "区体育局2023年法治政府建设情况报告\n一、主要举措和成效\n"


@pytest.mark.parametrize("sentence", [
    "（一）推进全民健身。举办区直机关体育篮球 比赛，参赛队伍24支。",
    "（一）推进政务公开。通过省体育官网 公示行政许可结果87条。",
    "（一）推进职工体育。指导企业体育足球 联赛规范办赛，全年备案赛事11项。",
    "（一）推进场地建设。新建湖州体育篮球 场地9处。",
    "（二）城市体育网球 场地免费开放时段达每周18小时。",
], ids=["office_league", "province_website", "enterprise_league", "city_courts", "heading"])
def test_sport_words_before_a_stray_space_are_not_a_brand(sentence):
    text = _SPORT_HEAD + sentence + "\n"
    r = extract_text(text)
    assert "injected_text" not in codes(r)
    assert any(m.text == sentence for m in r.measures)  # nothing masked


def test_a_brand_that_opens_a_clause_is_still_injected():
    # guard (round S s07's shape, another brand): a brand run glued after a comma, before the words it interrupts
    text = _SPORT_HEAD + "（一）推进改革。建立了工作机制和工作团队，星耀体育足球 一体化逐步完善，完成下放事权512项。\n"
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "injected_text"]
    assert text[w.span[0]:w.span[1]] == "星耀体育足球"
    assert [s.raw for s in r.statistics] == ["512项"]


# --- R10: an unheaded report on 法治 that names a place in passing --------------------------------

@pytest.mark.parametrize("opening", [
    "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设，获评江苏省法治政府建设示范单位。\n\n",
    "一年来，我委坚持依法行政，全年办理行政许可事项930件，办结率100%。我委在成都市营商环境评价中排名靠前。\n",
], ids=["award", "ranking"])
def test_an_unheaded_report_speaking_as_its_body_on_fazhi_is_not_flagged(opening):
    text = opening + "强化组织保障。局党组专题研究法治工作4次。\n\n规范行政执法。全年办理行政处罚案件57件。\n"
    r = extract_text(text)
    assert "not_a_report" not in codes(r)
    assert "57件" in [s.raw for s in r.statistics]


def test_news_on_fazhi_that_speaks_of_others_is_still_flagged():
    # guards: a news item's opening names 法治 but no body speaks as itself (a university's 我校 is news)
    news = extract_text("南方网讯 9月20日，某大学发布《法治政府蓝皮书》。在今年的评估报告中，佛山市的总体排名继续位列前十名。\n"
                        "今年的评估报告显示，佛山市总分770.83分，在全部参与评估的100个城市中排名第6位。\n")
    assert "not_a_report" in codes(news)
    campus = extract_text("2月22日，省委教育工委考核组来我校开展法治建设工作实地考核工作，重点考核学习贯彻习近平法治思想情况。\n"
                          "考核组听取了汇报，查阅了资料，召开了座谈会。\n")
    assert "not_a_report" in codes(campus)
    day = extract_text("近日，我局召开法治政府建设工作推进会，传达学习上级会议精神。\n"
                       "会议要求，各科室要认真抓好落实，确保完成全年目标任务。\n")
    assert "not_a_report" in codes(day)  # a day's news, not the year's account


# --- round U finding 2: a notice whose title sits in a metadata row ------------------------------

_NOTICE_BODY = ("永昌县、金川区人民政府，市政府各部门：\n"
                "《白银市创建全国法治政府建设示范市实施方案》已经市委、市政府同意，现印发给你们，请认真贯彻落实。\n"
                "白银市人民政府\n2025年6月13日\n白银市创建全国法治政府建设示范市实施方案\n"
                "为加快推进法治白银建设，制定本实施方案。\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
                "二、主要创建任务\n主要围绕10项一级指标、34项二级指标。\n")
_NOTICE_TITLE = "白银市人民政府关于印发《白银市创建全国法治政府建设示范市实施方案》的通知"


@pytest.mark.parametrize("label_line", [f"标 题 | {_NOTICE_TITLE} |", f"标题：{_NOTICE_TITLE}"], ids=["table", "colon"])
def test_a_notice_titled_in_a_metadata_row_is_not_a_report(label_line):
    text = "成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n" + label_line + "\n" + _NOTICE_BODY
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == _NOTICE_TITLE  # the value, without its label or the table's bars
    assert r.measures == [] and r.statistics == []
    assert r.bureau is not None and r.bureau.name == "白银市人民政府" and r.bureau.city == "白银市"


def test_a_report_titled_in_a_metadata_row_stays_a_report():
    # guard: the same row holding a report's title gives the title, as before
    text = ("标 题 | 白银市财政局关于2024年度法治政府建设情况的报告 |\n2024年，我局坚持依法行政。现将有关情况报告如下：\n"
            "一、主要举措和成效\n（一）加强学习。全年开展培训5次。\n")
    r = extract_text(text)
    assert r.title == "白银市财政局关于2024年度法治政府建设情况的报告"
    assert "not_a_report" not in codes(r) and r.bureau is not None and r.bureau.name == "白银市财政局"


# --- round U finding 3: cut after a bracketed word -----------------------------------------------

_CUT_HEAD = "2022年，我局坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n一、主要举措和成效\n"


@pytest.mark.parametrize("last", ["（一）加强学习。全年开展培训5次，深入9个镇(街道)进行巡讲，实现民政领域法律法规宣讲镇(街道)",
                                  "（一）加强指导。组织培训5次，覆盖全县各乡镇（街道）"], ids=["halfwidth", "fullwidth"])
def test_a_text_cut_after_a_bracketed_word_is_truncated(last):
    text = _CUT_HEAD + last
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "truncated"]
    assert w.span[1] == len(text)


@pytest.mark.parametrize("ending", [
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖。(记者 李明)",
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖。\n(此件公开发布)",
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖。\n某某县民政局\n（2023年2月28日）",
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖。\n附件：行政执法统计表（略）",
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖。\n某某县民政局（盖章）",
    "（一）加强学习。全年开展培训5次，实现宣讲全覆盖（详见附件）。",
], ids=["byline", "note_line", "date_line", "attachment", "seal", "note_before_stop"])
def test_notes_in_brackets_end_a_text(ending):
    assert "truncated" not in codes(extract_text(_CUT_HEAD + ending + "\n"))
