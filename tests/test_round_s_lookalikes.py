"""Round S, findings F2 and F7: pages that look like reports and are not (a notice publishing an
open-government report, a speech to a meeting, a 政府工作报告, a news item), and a sports-betting
brand injected into a sentence. Each test pairs the case with the guards it must not break; every
text is invented in the findings' phrasing (other bodies and places), each expectation read by hand."""

from __future__ import annotations

import pytest

from zhenfa import extract_text


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


_MEASURES = ("一、2023年法治政府建设主要举措和成效\n"
             "（一）强化组织领导。召开专题会议6次，印发文件12件。\n")
_OPEN_GOVERNMENT_BODY = ("一、总体情况\n"
                         "2023年，自然资源部进一步扩大政府信息主动公开范围。\n"
                         "（一）做好主动公开。在部门户网站发布信息36条，共公开87件。\n")


# --- F2 (s26): a notice that publishes an open-government annual report ---------------------------

def test_a_notice_publishing_a_cited_open_government_report_is_not_a_report():
    notice = ("按照《中华人民共和国政府信息公开条例》有关要求，我部编制了《自然资源部2023年政府信息公开工作报告》，"
              "现予公布。\n附件：自然资源部2023年政府信息公开工作报告\n自然资源部\n2024年1月20日\n")
    text = notice + "自然资源部2023年政府信息公开工作报告\n" + _OPEN_GOVERNMENT_BODY
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == notice.split("\n")[0]  # the notice's sentence
    assert r.measures == [] and r.statistics == [] and r.title is None


def test_a_notice_publishing_an_open_government_report_it_carries_below_is_not_a_report():
    # the cited name does not say 信息公开; the report it publishes follows under its title
    text = ("根据《中华人民共和国政府信息公开条例》规定，我局编制了2023年度报告，现予公布。\n"
            "宜宾市林业和草原局2023年政府信息公开工作年度报告\n" + _OPEN_GOVERNMENT_BODY)
    r = extract_text(text)
    assert "not_a_report" in codes(r)
    assert r.measures == [] and r.statistics == []
    # guard: the same opening over a report on 法治 it publishes is that report
    fazhi = extract_text("根据《中华人民共和国政府信息公开条例》规定，现将本单位2023年度工作情况予以公开。\n"
                         "宜宾市林业和草原局2023年法治政府建设年度报告\n" + _MEASURES)
    assert "not_a_report" not in codes(fazhi) and len(fazhi.statistics) == 2


def test_a_report_on_fazhi_that_compiled_an_open_government_report_stays_a_report():
    # guards, with the notice's own case so that the test fails where notices pass as reports
    assert "not_a_report" in codes(extract_text(
        "按照《政府信息公开条例》要求，我委编制了《2023年政府信息公开工作年度报告》，现予公布。\n" + _OPEN_GOVERNMENT_BODY))
    measure = extract_text("2023年，市审计局坚持以习近平法治思想为指导，扎实推进法治政府建设。\n" + _MEASURES
                           + "（二）深化政务公开。按照《中华人民共和国政府信息公开条例》要求，编制了《2023年政府信息公开"
                           "工作年度报告》，现予公布，主动公开信息56条。\n")
    assert "not_a_report" not in codes(measure) and len(measure.measures) == 2
    published = extract_text("按照《中华人民共和国政府信息公开条例》要求，现将我局2023年法治政府建设情况予以公布。\n" + _MEASURES)
    assert "not_a_report" not in codes(published) and len(published.statistics) == 2


# --- F2 (s27, s29): a speech to a meeting, a 政府工作报告 ------------------------------------------

@pytest.mark.parametrize("head", [
    "2023年交通运输工作报告\n市交通运输局党组书记、局长 王某\n（2023年2月20日）\n同志们：\n",
    "高新区2024年政府工作报告\n——2024年1月10日在高新区第三届人民代表大会第二次会议上\n管委会主任 李某\n各位代表：\n",
    "各位领导、同志们：\n",
], ids=["tongzhimen", "geweidaibiao", "lingdao_tongzhimen"])
def test_a_speech_to_a_meeting_on_another_subject_is_not_a_report(head):
    text = (head + "今天，我们召开全市工作会议，全面总结2022年工作，安排部署2023年工作。\n"
            "一、回顾2022年，各项工作取得新成效\n（一）城市形象持续提升。126家公共机构实施垃圾分类，11个街道创建示范街道。\n")
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] in ("同志们：", "各位代表：", "各位领导、同志们：")
    assert r.measures == [] and r.statistics == []


def test_a_speech_on_fazhi_and_a_report_to_superiors_stay_reports():
    # A head's 述法 delivered at a meeting is the genre's report, salutation or not (README: not_a_report).
    speech = extract_text("各位领导、同志们：\n根据安排，现将本人2023年度履行推进法治建设第一责任人职责情况报告如下：\n" + _MEASURES)
    assert "not_a_report" not in codes(speech) and len(speech.statistics) == 2
    meeting = extract_text("同志们：\n今天我们召开全县法治政府建设工作会议，总结2023年工作。\n" + _MEASURES)
    assert "not_a_report" not in codes(meeting)
    superiors = extract_text("市委、市政府：\n2023年，我局扎实推进法治政府建设，现将有关情况报告如下：\n" + _MEASURES)
    assert "not_a_report" not in codes(superiors) and len(superiors.statistics) == 2
    # and the case itself: the same salutation over a work-meeting speech is no report
    work = extract_text("同志们：\n今天我们召开全县农业农村工作会议，总结2023年工作。\n" + _MEASURES)
    assert "not_a_report" in codes(work)


@pytest.mark.parametrize("genre_title", ["淮阴区2025年政府工作报告", "沭阳县人民代表大会常务委员会工作报告",
                                         "涟水县人大常委会工作报告"], ids=["government", "standing_committee", "renda"])
def test_a_report_to_the_peoples_congress_is_another_genre(genre_title):
    text = genre_title + "\n一、过去一年工作回顾\n（一）经济基础更加坚实。158个重点项目完成投资189.4亿元。\n"
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == genre_title
    assert r.measures == [] and r.statistics == []
    # guard: a title on the topic that ends so is the report
    fazhi = extract_text("淮阴区2023年度法治政府工作报告\n" + _MEASURES)
    assert fazhi.title == "淮阴区2023年度法治政府工作报告" and "not_a_report" not in codes(fazhi)


# --- F2 (s28): a place from a passing mention is no bureau --------------------------------------

def test_a_news_item_whose_place_is_a_passing_mention_is_not_a_report():
    news = extract_text("南方网讯 9月20日，某大学发布《法治政府蓝皮书》。在今年的评估报告中，佛山市的总体排名继续位列前十名。\n"
                        "今年的评估报告显示，佛山市总分770.83分，在全部参与评估的100个城市中排名第6位。\n")
    assert news.bureau is not None and news.bureau.name is None and news.bureau.city == "佛山市"
    assert "not_a_report" in codes(news)
    # guard: a government's report whose opening's subject is its place (no title, no statutory heading)
    own = extract_text("2024年，石嘴山市坚持以习近平法治思想为指导，扎实推进法治政府建设，召开专题会议6次。\n")
    assert own.bureau is not None and own.bureau.city == "石嘴山市"
    assert "not_a_report" not in codes(own)


# --- F7: a sports-betting brand injected into a sentence -----------------------------------------

_REPORT_HEAD = "中山市水务局2022年法治政府建设年度报告\n一、主要举措和成效\n"


@pytest.mark.parametrize("brand", ["开云体育足球", "米乐体育官网", "OD体育篮球平台"], ids=["football", "website", "latin_name"])
def test_a_sports_brand_glued_into_a_sentence_is_injected(brand):
    text = _REPORT_HEAD + f"（一）推进改革。建立了工作机制和工作团队，{brand} 一体化逐步完善，完成下放事权797项。\n"
    r = extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "injected_text"]
    assert text[w.span[0]:w.span[1]] == brand
    assert [s.raw for s in r.statistics] == ["797项"]


@pytest.mark.parametrize("sentence", [
    "（一）依法治体。开展校园足球联赛和全民健身活动，举办体育法宣传活动12场。",
    "（一）数字赋能。建成智慧体育平台 服务群众12万人次。",
    "（一）数字赋能。上线乐享体育APP 注册用户12万人。",  # a space after a Latin word is how many write it
    "（一）社会组织。推进青少年体育足球 场地建设，新建场地8块。",
    "（一）市体育局足球 协会完成换届，登记社团3个。",
], ids=["campus_football", "smart_sport_platform", "app_space", "youth_football", "sport_bureau"])
def test_a_reports_own_words_on_sport_are_not_injected(sentence):
    assert "injected_text" not in codes(extract_text(_REPORT_HEAD + sentence + "\n"))
    # and the case: a brand in the same place is
    assert "injected_text" in codes(extract_text(_REPORT_HEAD + "（一）推进改革。乐动体育足球 一体化逐步完善。\n"))
