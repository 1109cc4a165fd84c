"""Header rules on small hand-made reports: title, doc type, bureau, place, year, publication date.

Every text here is invented for the test (bureaus in real places across
China) and every expectation was checked by hand against the text and the
official division names, so the rules are tested for generality.
"""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.fields.dates import find_date, years_in
from zhenfa.fields.header import doc_type_of
from zhenfa.fold import fold_width

SPAM = ("金沙", "葡京", "娱乐", "官网", "澳门", "博彩")


def doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def body(subject: str = "我局", year: str = "2023") -> tuple[str, ...]:
    """A short report body: an introduction and the first two sections."""
    return (
        f"{year}年，{subject}坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作。现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。",
        "（二）规范行政执法行为。全面落实行政执法公示制度。",
        "二、存在的不足",
        "（一）执法人员专业能力有待提升。",
    )


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


def place(report) -> tuple:
    b = report.bureau
    return (b.province, b.city, b.county, b.level)


# ---------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------

def test_title_after_page_chrome():
    text = doc(
        "您当前的位置：首页 > 政务公开 > 法治政府建设",
        "",
        "福州市鼓楼区卫生健康局2023年度法治政府建设工作报告",
        "发布日期：2024-02-18  信息来源：鼓楼区卫生健康局",
        "",
        *body("区卫生健康局"),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "福州市鼓楼区卫生健康局2023年度法治政府建设工作报告"
    s, e = r.evidence.title
    assert text[s:e] == r.title
    assert r.doc_type == "工作报告"


def test_title_split_over_two_lines_is_joined():
    text = doc(
        "南宁市青秀区市场监督管理局2023年法治政府",
        "建设情况报告",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "南宁市青秀区市场监督管理局2023年法治政府建设情况报告"
    s, e = r.evidence.title
    assert text[s:e] == "南宁市青秀区市场监督管理局2023年法治政府\n建设情况报告"
    assert r.doc_type == "情况报告"


def test_title_with_a_space_after_the_issuer():
    text = doc(
        "首页 > 信息公开 > 部门文件",
        "佛山市禅城区司法局 2023年法治政府建设年度报告",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "佛山市禅城区司法局 2023年法治政府建设年度报告"
    assert r.doc_type == "年度报告"
    assert r.bureau.name == "佛山市禅城区司法局"


def test_title_split_after_the_issuer_is_joined():
    text = doc(
        "株洲市荷塘区卫生健康局",
        "关于2023年法治政府建设情况的报告",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "株洲市荷塘区卫生健康局关于2023年法治政府建设情况的报告"
    assert r.doc_type == "情况报告"
    assert r.bureau is not None and r.bureau.name == "株洲市荷塘区卫生健康局"
    assert place(r) == ("湖南省", "株洲市", "荷塘区", "county")


@pytest.mark.parametrize(("lines", "title", "name", "where"), [
    # wrapped after 关于: the issuer and 关于 on the first line
    (("威海市环翠区民政局关于", "2023年度法治政府建设情况的报告"),
     "威海市环翠区民政局关于2023年度法治政府建设情况的报告", "威海市环翠区民政局", ("山东省", "威海市", "环翠区", "county")),
    # wrapped after the year
    (("铜仁市碧江区交通运输局2023年度", "法治政府建设工作情况报告"),
     "铜仁市碧江区交通运输局2023年度法治政府建设工作情况报告", "铜仁市碧江区交通运输局", ("贵州省", "铜仁市", "碧江区", "county")),
    # three lines: the issuer, then a title wrapped before its last words
    (("曲靖市麒麟区应急管理局", "关于2023年法治政府建设工作", "情况的报告"),
     "曲靖市麒麟区应急管理局关于2023年法治政府建设工作情况的报告", "曲靖市麒麟区应急管理局", ("云南省", "曲靖市", "麒麟区", "county")),
    # a notice that publishes the report
    (("钦州市生态环境局关于印发", "2023年度法治政府建设情况报告的通知"),
     "钦州市生态环境局关于印发2023年度法治政府建设情况报告的通知", "钦州市生态环境局", ("广西壮族自治区", "钦州市", None, "city")),
])
def test_title_wrapped_over_lines_keeps_its_issuer(lines, title, name, where):
    text = doc(*lines, *body())
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "情况报告"
    s, e = r.evidence.title
    assert text[s:e] == "\n".join(lines)
    assert r.bureau.name == name and place(r) == where


def test_a_place_line_above_a_title_is_not_its_head():
    # a line that ends with a year but names no issuer stays out of the title
    text = doc("法治政府建设专栏 2023年", "黄石市司法局2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "黄石市司法局2023年法治政府建设情况报告"


@pytest.mark.parametrize("headline", [
    "权威发布丨{t}", "法治政府｜{t}", "【法治建设】{t}", "重磅！{t}", "{t}来了！", "{t}出炉！", "{t}发布！", "权威发布丨{t}公布！",
])
def test_headline_decorations_are_not_the_title(headline):
    title = "湖州市吴兴区市场监督管理局2023年度法治政府建设情况报告"
    text = doc(headline.format(t=title), "原创  吴兴市场监管  2024年01月31日 16:20 浙江", *body())
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "情况报告"
    s, e = r.evidence.title
    assert text[s:e] == title
    assert r.bureau.name == "湖州市吴兴区市场监督管理局" and r.published == "2024-01-31"


def test_welcome_bar_above_the_title_is_page_chrome():
    text = doc("欢迎访问嘉兴市司法局网站！ 无障碍 | 长者版 | English", "首页", "当前位置：首页 > 政务公开",
               "嘉兴市司法局2023年度法治政府建设情况报告", "发布时间：2024-02-20 10:32 来源：市司法局", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "嘉兴市司法局2023年度法治政府建设情况报告" and r.published == "2024-02-20"


def test_news_list_above_the_title_is_not_the_body():
    # a sidebar's headline reads as prose, and its link to another report as a title
    text = doc("您好，欢迎访问丽水市莲都区人民政府门户网站", "热点信息",
               "莲都区召开2024年全面依法治区工作会议，部署全年法治建设重点任务",
               "莲都区人民政府关于2023年度法治政府建设情况的报告",
               "当前位置：首页 > 政务公开 > 法治政府建设",
               "丽水市莲都区司法局2023年度法治政府建设情况报告", "发布日期：2024-01-26　信息来源：区司法局", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "丽水市莲都区司法局2023年度法治政府建设情况报告"
    assert r.bureau.name == "丽水市莲都区司法局" and place(r) == ("浙江省", "丽水市", "莲都区", "county")
    assert r.published == "2024-01-26"


@pytest.mark.parametrize("below", [
    "【图解】{t}",  # a graphic of the report
    "一图读懂｜{t}",
    "相关报告：四川省司法厅2022年度法治政府建设情况报告",  # a link to another report
    "上一篇：四川省司法厅2022年度法治政府建设情况报告",
    "法治政府建设年度报告",  # the column's name, with no year
])
def test_a_line_below_the_title_that_names_a_report_is_not_the_title(below):
    title = "四川省司法厅2023年度法治政府建设情况报告"
    text = doc(title, "发布日期：2024-01-25", below.format(t=title), *body())
    r = zhenfa.extract_text(text)
    assert r.title == title and r.evidence.title == (0, len(title))
    assert r.bureau.name == "四川省司法厅" and r.report_year == 2023


@pytest.mark.parametrize(("lines", "doc_type", "written"), [
    (("河北省民政厅", "关于2021年度法治政府建设情况的", "报告"), "情况报告", "情况的\n报告"),
    (("某某县司法局2023年法治政府建设工作", "总结"), "工作总结", "工作\n总结"),
])
def test_doc_type_of_a_title_whose_genre_wraps_onto_its_own_line(lines, doc_type, written):
    text = doc(*lines, *body())
    r = zhenfa.extract_text(text)
    assert r.title == "".join(lines) and r.doc_type == doc_type
    s, e = r.evidence.doc_type
    assert text[s:e] == written


def test_an_issuer_before_a_bar_stays_in_the_title():
    # 江门市司法局｜…: the bar follows the issuer, not a column's name
    title = "江门市司法局｜2023年法治政府建设年度报告"
    r = zhenfa.extract_text(doc(title, *body()))
    assert r.title == title and r.doc_type == "年度报告"
    assert r.bureau.name == "江门市司法局" and place(r) == ("广东省", "江门市", None, "city")


def test_a_title_wrapped_after_its_year_keeps_an_issuer_ending_in_zhengfuban():
    r = zhenfa.extract_text(doc("宜宾市翠屏区政府办2022年度", "法治政府建设情况报告", "", *body(subject="我办", year="2022")))
    assert r.title == "宜宾市翠屏区政府办2022年度法治政府建设情况报告"
    assert r.bureau.name == "宜宾市翠屏区政府办" and place(r) == ("四川省", "宜宾市", "翠屏区", "county")


def test_a_subdistrict_named_bare_in_the_title_is_its_office():
    # 花木街道 in the title, its office with the place before it in the sign-off (and bare in 来源)
    text = doc("花木街道2023年法治政府建设情况报告", "发布时间：2024-01-26    来源：花木街道办事处", *body(subject="街道"),
               "", "上海市浦东新区花木街道办事处", "2024年1月22日")
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "上海市浦东新区花木街道办事处"
    assert place(r) == ("上海市", "上海市", "浦东新区", "town")


def test_a_joint_party_and_government_sign_off_gives_the_government():
    text = doc("2022年度法治政府建设情况报告", *body(subject="我镇", year="2022"), "",
               "中共德清县新市镇委员会\u3000德清县新市镇人民政府", "2023年1月12日")
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "德清县新市镇人民政府"
    s, e = r.bureau.span
    assert text[s:e] == "德清县新市镇人民政府"


@pytest.mark.parametrize("zero", ["O", "Ｏ", "0", "o"])
def test_a_chinese_numeral_year_typed_with_a_latin_zero(zero):
    # 二O二二年: the letter O (or Ｏ, or the digit 0) typed for 〇
    year, signed = f"二{zero}二二", f"二{zero}二三年一月十六日"
    text = doc(f"某某市民政局{year}年度法治政府建设情况报告", *body(year=year), "二是执法不够规范。",
               f"三、二{zero}二三年工作计划", "（一）加强队伍建设。", "", "某某市民政局", signed)
    r = zhenfa.extract_text(text)
    assert r.report_year == 2022 and r.published == "2023-01-16"
    assert [i.year for i in r.plans] == [2023]
    s, e = r.evidence.published
    assert text[s:e] == signed
    assert "truncated" not in codes(r) and "no_year" not in codes(r)


def test_a_title_that_opens_with_its_year_and_du_names_its_issuer_after_it():
    # 2022年度遂昌县…: the issuer follows 年度 (the year alone was taken for the issuer)
    r = zhenfa.extract_text(doc("2022年度遂昌县法治政府建设情况报告", *body(subject="县政府", year="2022")))
    assert r.bureau.name is None and place(r) == ("浙江省", "丽水市", "遂昌县", "county")


def test_a_letter_submitting_the_bureaus_own_report_is_the_report():
    # 关于报送…报告的函 to a superior carries the report (only a 通知 asking for reports is none)
    text = doc("某某市司法局关于报送", "2023年度法治政府建设情况报告的函", "市委依法治市办：", *body(), "二是执法不够规范。",
               "三、2024年工作计划", "（一）加强队伍建设。")
    r = zhenfa.extract_text(text)
    assert r.title == "某某市司法局关于报送2023年度法治政府建设情况报告的函" and r.doc_type == "情况报告"
    assert "not_a_report" not in codes(r)
    assert [i.title for i in r.plans] == ["加强队伍建设"] and r.measures


def test_a_sign_off_dated_in_yuanyue_is_the_published_date():
    # 元月 is January, as sign-offs write it; the report is complete, not truncated
    text = doc("某某县水利局2022年法治政府建设情况报告", *body(year="2022"), "二是执法不够规范。", "", "某某县水利局", "二〇二三年元月六日")
    r = zhenfa.extract_text(text)
    assert r.published == "2023-01-06"
    s, e = r.evidence.published
    assert text[s:e] == "二〇二三年元月六日"
    assert "truncated" not in codes(r)


def test_a_notice_asking_for_reports_is_not_a_report():
    text = doc("关于报送2023年度法治政府建设情况报告的通知", "各县（市、区）司法局：",
               "请各单位于2024年1月31日前报送2023年度法治政府建设情况报告。有关事项通知如下：",
               "一、报送内容", "（一）主要举措和成效。", "二、报送要求", "（一）按时报送。", "", "某某市司法局", "2024年1月5日")
    r = zhenfa.extract_text(text)
    assert r.title is None and r.doc_type is None
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == "关于报送2023年度法治政府建设情况报告的通知"
    assert "no_title" not in codes(r)
    # its list of what a report must contain gives no measures
    assert r.measures == [] and r.plans == [] and r.shortcomings == [] and r.statistics == []


@pytest.mark.parametrize("notice", [
    "某某县人民政府办公室关于做好2023年度法治政府建设年度报告工作的通知",  # arranges the reporting
    "关于印发《某某县2024年法治政府建设工作要点》的通知",  # publishes a plan
])
def test_a_notice_that_neither_is_nor_publishes_a_report_is_not_a_report(notice):
    text = doc(notice, "各乡镇人民政府，县直各单位：", "现就有关事项通知如下：", "一、加强行政规范性文件管理",
               "（一）全年审核规范性文件不少于20件。", "二、时间要求", "请于2024年1月31日前报送。", "", "某某县人民政府办公室", "2024年1月5日")
    r = zhenfa.extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == notice
    assert r.title is None and r.measures == [] and r.statistics == []


def test_a_circular_of_assessment_results_is_not_a_report_and_its_issuer_heads_its_title():
    # round O: 关于…考核结果的通报 lists the winners; none of them is its issuer
    text = doc("四平市人民政府关于2019年度全市法治政府建设（依法行政）考核结果的通报", "各县（市）区人民政府，市政府各相关部门：",
               "按照《吉林省依法行政考核办法》要求，经考核评定，现将考核结果通报如下：",
               "一、优秀县（市）区政府（2个）", "铁西区人民政府、铁东区人民政府", "二、优秀市级单位（17个）", "市司法局、市财政局")
    r = zhenfa.extract_text(text)
    assert "not_a_report" in codes(r) and r.measures == [] and r.statistics == []
    assert r.bureau.name == "四平市人民政府"


@pytest.mark.parametrize(("title", "is_report"), [
    ("黔东南州交通运输局2024年上半年工作总结", False),  # a part of the year's general summary
    ("黔东南州交通运输局2024年第一季度工作总结", False),
    ("黔东南州交通运输局2024年上半年法治政府建设工作总结", True),  # names its topic: read as before
    ("黔东南州交通运输局2024年工作总结", True),  # a bureau's year's summary (an earlier rule)
])
def test_a_half_year_general_summary_is_not_a_report(title, is_report):
    r = zhenfa.extract_text(doc(title, "2024年，全州交通运输系统全面贯彻落实党的二十大精神，累计完成交通固定资产投资38.6亿元。",
                                "一、主要工作", "（一）加快项目建设。完成普通国省道改造120公里。"))
    assert ("not_a_report" not in codes(r)) is is_report


def test_a_related_articles_half_year_summary_above_a_report_without_a_title_is_no_veto():
    # the false-positive hunt: a 相关信息 link (…上半年工作总结) nearest above a report on 法治 with no title line
    r = zhenfa.extract_text(doc("相关信息", "XX区司法局2024年上半年工作总结", *body()))
    assert "not_a_report" not in codes(r)


def test_a_japanese_translation_is_not_a_report():
    text = doc("2023年、山西省統計局は習近平新時代の中国の特色ある社会主義思想を指導とすることを堅持し、法治建設の配置をしっかりと推進する。"
               "現在、省統計局の2023年法治政府建設状況を以下に報告する。",
               "一、2023年の仕事まとめ", "(一)習近平法治思想の貫徹を引き続き深く学び宣伝する。指導者260人余りが訓練に参加した。")
    r = zhenfa.extract_text(text)
    assert "not_a_report" in codes(r) and r.measures == [] and r.statistics == []


@pytest.mark.parametrize("title", ["某镇镇长2023年述法报告", "某镇镇长2023年述职述法报告"])
def test_a_heads_report_on_his_duties_for_the_rule_of_law_is_a_title(title):
    # red team P: 述法报告 names its topic in 述法
    r = zhenfa.extract_text(doc(title, *body()))
    assert r.title == title and r.doc_type == "述法报告"


def test_a_management_district_is_a_body():
    r = zhenfa.extract_text(doc("西洞庭管理区关于2024年度法治政府建设情况的报告", *body("我区", "2024")))
    assert r.bureau.name == "西洞庭管理区"


def test_an_explainer_of_a_report_is_not_a_report():
    # 区政府常务会议议题解读：关于…的汇报 explains the report to a meeting
    r = zhenfa.extract_text(doc("区政府常务会议议题解读：关于2023年度法治建设工作情况的汇报", "", "一、议题背景",
                                "区司法局认真梳理总结2023年度法治建设工作，现汇报相关工作情况。", "二、下一步工作措施",
                                "做好迎接法治政府示范创建复核评估等重点任务。"))
    assert "not_a_report" in codes(r) and r.title is None and r.plans == []


def test_a_bureau_named_in_a_cited_title_has_no_bracket():
    text = doc("【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的解读", "",
               "《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》政策解读", "一、起草背景", "为全面总结2023年度工作，特起草本报告。")
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "清水县人民政府" and text[slice(*r.bureau.span)] == "清水县人民政府"


@pytest.mark.parametrize(("head", "tail"), [("", "仅展示628字，全文共2002字"), ("……(开头部分已省略650字)", "")])
def test_a_page_that_shows_part_of_the_document_is_truncated(head, tail):
    text = doc("2021年法治政府建设工作情况报告", head, *body(), tail)
    r = zhenfa.extract_text(text)
    (w,) = [w for w in r.warnings if w.code == "truncated"]
    assert "字" in text[w.span[0]:w.span[1]]


# --- the second false-positive hunt on this session's header rules -------------------------------

def test_a_table_of_contents_with_katakana_dots_is_not_japanese():
    text = doc("某某县司法局2023年法治政府建设情况报告", "目录", *["一、主要举措和成效・・・・・・・・・・・・・・1"] * 3, *body())
    assert "not_a_report" not in codes(zhenfa.extract_text(text))


@pytest.mark.parametrize("label", ["本文来源", "新闻来源", "内容来源", "【来源"])
def test_any_source_label_but_a_data_source_gives_its_date(label):
    text = doc("某某县司法局2024年法治政府建设情况报告", f"{label}：四川日报 2025-03-20 09:30", *body(year="2024"))
    assert zhenfa.extract_text(text).published == "2025-03-20"


def test_an_attachments_date_after_the_sign_off_is_not_the_signing_date():
    # the sign-off is the first date after the body; 填报日期 in an attachment below it is not
    text = doc("某某县司法局2023年法治政府建设情况报告", "来源：某某日报 2024-02-01", *body(year="2023"), "",
               "某某县司法局", "2024年1月10日", "", "附件：统计表", "填报日期：2024年3月1日")
    assert zhenfa.extract_text(text).published == "2024-02-01"


def test_a_report_titled_as_a_circular_of_the_years_work_stays_a_report():
    # 关于…情况的通报 that says 报告如下 is the report; only a circular of results is not
    text = doc("关于2023年度法治政府建设情况的通报", *body())
    assert "not_a_report" not in codes(zhenfa.extract_text(text))


def test_shang_shu_fa_lv_is_no_shu_fa():
    # 上述法律 is "the laws above", not 述法
    text = doc("关于上述法律法规规章清理情况的报告", *body())
    assert zhenfa.extract_text(text).title is None


@pytest.mark.parametrize(("title", "name"), [
    ("XX县司法局局长2023年度述职述廉述法报告", "XX县司法局"),  # the post is not the body's
    ("“XX县司法局”2023年度法治政府建设情况报告", "XX县司法局"),  # nor a quote around it
])
def test_a_bureau_name_without_its_post_or_quote(title, name):
    r = zhenfa.extract_text(doc(title, *body()))
    assert r.bureau.name == name


@pytest.mark.parametrize("lead", ["在全面建设社会主义现代化国家新征程上，", "一年来，", "围绕中心、服务大局，"])
def test_the_openings_subject_after_a_leading_clause(lead):
    # red team Q: a street office's or a bureau's name after a leading clause other than 在…下
    for subject in ("人民街街道办事处", "区司法局"):
        r = zhenfa.extract_text(doc("城中区委全面依法治区委员会：", f"{lead}{subject}坚持以习近平法治思想为根本遵循，系统推进法治政府建设。现将2025年工作情况总结如下：",
                                    *body()[1:]))
        assert r.bureau is not None and r.bureau.name == subject


@pytest.mark.parametrize("opening", ["发布会上，公安部副部长介绍了全年工作情况。", "2016年，成都市财政运行总体平稳。"])
def test_a_ministry_or_a_place_after_a_leading_clause_is_a_topic(opening):
    # guard: after a leading clause only a body followed by the opening's verb is the subject
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert r.bureau is None or r.bureau.name is None  # at most the place (成都市), never a name


@pytest.mark.parametrize("line", ["现将张掖市卫生健康委员会2025年法治政府建设情况报告如下：",
                                  "现将张掖市卫生健康委员会2025年法治政府建设情况报告如下:"])
def test_an_opening_formula_on_the_first_line_is_the_body(line):
    # red team Q: 现将…报告如下： alone on the first line is the report's opening, not an addressee
    r = zhenfa.extract_text(doc(line, *body()[1:]))
    assert r.report_year == 2025 and r.bureau.name == "张掖市卫生健康委员会"


@pytest.mark.parametrize(("name", "level"), [("区司法局", "county"), ("县教育局", "county"), ("省司法厅", "province"),
                                           ("州民宗委", "city"), ("市司法局", None)])
def test_a_name_with_no_place_still_has_its_level(name, level):
    # red team Q: a page that names no place keeps the level its name's first character gives
    # (市 is a city's or a county-level city's: none)
    r = zhenfa.extract_text(doc(f"{name}2023年法治政府建设情况报告", *body()))
    assert r.bureau.name == name and r.bureau.province is None
    assert (r.bureau.level.value if r.bureau.level else None) == level


def test_an_announcement_that_publishes_the_report_above_it_keeps_the_report():
    # 关于公布…报告的公告 / its text / its sign-off / the report's own title and text (no 附件 line)
    text = doc("关于公布某某县市场监督管理局2023年度法治政府建设情况报告的公告",
               "根据《法治政府建设与责任落实督察工作规定》，现将《某某县市场监督管理局2023年度法治政府建设情况报告》予以公布。",
               "", "某某县市场监督管理局", "2024年2月3日", "", "某某县市场监督管理局2023年度法治政府建设情况报告",
               *body(), "二是执法不够规范。", "三、2024年工作安排", "（一）加强队伍建设。")
    r = zhenfa.extract_text(text)
    assert r.doc_type == "情况报告" and r.report_year == 2023
    assert r.bureau.name == "某某县市场监督管理局"  # not 公布某某县…
    assert r.published == "2024-02-03"  # the announcement's date
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、存在的不足", "三、2024年工作安排"]
    assert [i.title for i in r.plans] == ["加强队伍建设"]


def test_a_notice_asking_for_reports_wrapped_over_two_lines_is_not_a_report():
    # the issuer and 关于报送 on the first line, the report's name and 的通知 on the second
    text = doc("某某市司法局关于报送", "2023年度法治政府建设情况报告的通知", "各县（市、区）司法局：",
               "请各单位于2024年1月31日前报送2023年度法治政府建设情况报告。", "", "某某市司法局", "2024年1月5日")
    r = zhenfa.extract_text(text)
    assert r.title is None and r.doc_type is None
    (w,) = [w for w in r.warnings if w.code == "not_a_report"]
    assert text[w.span[0]:w.span[1]] == "某某市司法局关于报送\n2023年度法治政府建设情况报告的通知"


def test_a_publishing_notice_wrapped_over_two_lines_is_a_title():
    title = ("某某区人民政府办公室关于印发", "某某区2023年法治政府建设情况报告的通知")
    r = zhenfa.extract_text(doc(*title, "各镇人民政府、街道办事处：", "现将报告印发给你们，请认真贯彻落实。", "",
                                "某某区人民政府办公室", "2024年3月1日"))
    assert r.title == "".join(title) and "not_a_report" not in codes(r)


def test_a_notice_that_publishes_the_report_keeps_the_attached_report():
    text = doc("某某区人民政府办公室关于印发某某区2023年法治政府建设情况报告的通知", "各镇人民政府、街道办事处，区政府各部门：",
               "现将《某某区2023年法治政府建设情况报告》印发给你们，请认真贯彻落实。", "", "某某区人民政府办公室", "2024年3月1日", "",
               "附件", "", "某某区2023年法治政府建设情况报告", "", *body(subject="我区"), "二是普法针对性不强。",
               "三、2024年工作安排", "（一）深化行政执法改革。")
    r = zhenfa.extract_text(text)
    assert [s.heading for s in r.sections] == ["一、主要举措和成效", "二、存在的不足", "三、2024年工作安排"]
    assert [i.title for i in r.plans] == ["深化行政执法改革"]
    assert r.published == "2024-03-01"  # the notice's date
    s, e = r.evidence.published
    assert text[s:e] == "2024年3月1日"


def test_an_opening_followed_by_a_title_like_line_stays_the_body():
    text = doc("嘉兴市司法局2023年度法治政府建设情况报告",
               "2023年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设各项工作，现报告如下：",
               "附：2023年度法治政府建设情况报告", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.title == "嘉兴市司法局2023年度法治政府建设情况报告"


def test_title_printed_twice_gives_one_copy():
    text = doc(
        "宝鸡市渭滨区司法局2023年法治政府建设情况报告",
        "发布时间：2024-01-19  来源：渭滨区司法局",
        "宝鸡市渭滨区司法局2023年法治政府建设情况报告",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "宝鸡市渭滨区司法局2023年法治政府建设情况报告"
    assert r.published == "2024-01-19"


def test_no_title_when_document_starts_at_body():
    text = doc(*body())
    r = zhenfa.extract_text(text)
    assert r.title is None
    assert r.doc_type is None


def test_no_title_when_document_starts_at_first_heading():
    text = doc(*body()[1:])
    r = zhenfa.extract_text(text)
    assert r.title is None
    assert r.doc_type is None


def test_breadcrumb_that_names_the_topic_is_not_the_title():
    text = doc(
        "首页 > 法治政府建设 > 法治政府建设年度报告",
        "扬州市广陵区卫生健康委员会2023年法治政府建设情况报告",
        *body("区卫健委"),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "扬州市广陵区卫生健康委员会2023年法治政府建设情况报告"


# ---------------------------------------------------------------------------
# Document type
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "doc_type"), [
    ("嘉峪关市司法局2023年法治政府建设情况报告", "情况报告"),
    ("嘉峪关市司法局2023年法治政府建设工作报告", "工作报告"),
    ("嘉峪关市司法局2023年法治政府建设年度报告", "年度报告"),
    ("嘉峪关市司法局2023年法治政府建设工作总结", "工作总结"),
    ("嘉峪关市司法局2023年法治政府建设工作情况", "工作情况"),
    ("嘉峪关市司法局关于2023年法治政府建设情况的报告", "情况报告"),
    ("嘉峪关市司法局2023年度法治政府建设工作情况报告", "情况报告"),
])
def test_doc_type_from_title(title, doc_type):
    text = doc(title, *body())
    r = zhenfa.extract_text(text)
    assert r.title == title
    assert r.doc_type == doc_type
    s, e = r.evidence.doc_type
    assert e - s >= 2 and title.endswith(text[s:e])
    assert r.bureau.name == "嘉峪关市司法局"
    assert place(r) == ("甘肃省", "嘉峪关市", None, "city")


@pytest.mark.parametrize(("title", "doc_type"), [
    ("法治政府建设情况的报告", "情况报告"),
    ("法治政府建设工作情况报告", "情况报告"),
    ("法治政府建设工作总结", "工作总结"),
    ("法治政府建设年度报告", "年度报告"),
])
def test_doc_type_of_unit(title, doc_type):
    found = doc_type_of(title)
    assert found is not None and found[0] == doc_type


# ---------------------------------------------------------------------------
# Bureau name: the fullest name the document supports
# ---------------------------------------------------------------------------

def test_bureau_from_title():
    text = doc("南京市鼓楼区司法局2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "南京市鼓楼区司法局"
    assert place(r) == ("江苏省", "南京市", "鼓楼区", "county")
    assert r.bureau.adcode == "320106"
    s, e = r.bureau.span
    assert text[s:e] == "南京市鼓楼区司法局"


def test_bureau_from_fabu_jigou_metadata():
    text = doc(
        "索引号：11330106002501234X/2024-00012",
        "发布机构：杭州市西湖区司法局",
        "发布日期：2024-03-01",
        "2023年度法治政府建设情况报告",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "杭州市西湖区司法局"
    assert place(r) == ("浙江省", "杭州市", "西湖区", "county")


def test_bureau_from_laiyuan_metadata():
    text = doc(
        "2023年度法治政府建设情况报告",
        "来源：昆明市五华区人力资源和社会保障局  发布时间：2024-01-22",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "昆明市五华区人力资源和社会保障局"
    assert place(r) == ("云南省", "昆明市", "五华区", "county")


def test_bureau_from_xinxi_laiyuan_metadata():
    text = doc(
        "2023年法治政府建设工作报告",
        "信息来源：珠海市香洲区市场监督管理局",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "珠海市香洲区市场监督管理局"
    assert place(r) == ("广东省", "珠海市", "香洲区", "county")


def test_bureau_from_fabuzhe_metadata():
    text = doc(
        "2023年法治政府建设情况报告",
        "发布者：太原市小店区卫生健康局  发布时间：2024-02-02",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau is not None
    assert r.bureau.name == "太原市小店区卫生健康局"
    assert place(r) == ("山西省", "太原市", "小店区", "county")


def test_bureau_from_body():
    text = doc(
        "2023年法治政府建设情况报告",
        *body("沈阳市和平区市场监督管理局"),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "沈阳市和平区市场监督管理局"
    assert place(r) == ("辽宁省", "沈阳市", "和平区", "county")
    s, e = r.bureau.span
    assert text[s:e] == "沈阳市和平区市场监督管理局"


def test_bureau_from_sign_off():
    text = doc(
        "2023年度法治政府建设工作报告",
        *body(),
        "",
        "西宁市城中区人力资源和社会保障局",
        "2024年2月1日",
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "西宁市城中区人力资源和社会保障局"
    assert place(r) == ("青海省", "西宁市", "城中区", "county")


def test_author_line_under_title():
    text = doc(
        "2023年度法治政府建设工作总结",
        "温岭市卫生健康局",
        "",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.title == "2023年度法治政府建设工作总结"
    assert r.bureau.name == "温岭市卫生健康局"
    assert place(r) == ("浙江省", "台州市", "温岭市", "county")


def test_short_title_name_completed_from_body():
    text = doc(
        "区教育局2023年法治政府建设情况报告",
        "2023年，在福州市委、市政府的坚强领导下，鼓楼区教育局深入推进依法治教，现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.title == "区教育局2023年法治政府建设情况报告"
    assert r.bureau.name == "鼓楼区教育局"
    assert place(r) == ("福建省", "福州市", "鼓楼区", "county")


@pytest.mark.parametrize(("title_name", "opening_name", "name", "where"), [
    # 自治区… completed from the body's full name
    ("自治区民政厅", "宁夏回族自治区民政厅", "宁夏回族自治区民政厅", ("宁夏回族自治区", None, None, "province")),
    # the short county name of the title, written officially in the body
    ("双江县教育体育局", "双江拉祜族佤族布朗族傣族自治县教育体育局", "双江拉祜族佤族布朗族傣族自治县教育体育局",
     ("云南省", "临沧市", "双江拉祜族佤族布朗族傣族自治县", "county")),
])
def test_short_name_completed_to_its_official_form(title_name, opening_name, name, where):
    text = doc(f"{title_name}2023年法治政府建设情况报告", *body(subject=opening_name))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name
    s, e = r.bureau.span
    assert text[s:e] == name
    assert place(r) == where


def test_autonomous_region_bureau_keeps_its_level_without_the_full_name():
    text = doc("自治区民政厅2023年法治政府建设情况报告", *body(subject="全区民政系统"), "", "宁夏回族自治区民政厅网站")
    r = zhenfa.extract_text(text)
    assert r.bureau.name in ("自治区民政厅", "宁夏回族自治区民政厅")
    assert place(r) == ("宁夏回族自治区", None, None, "province")


@pytest.mark.parametrize(("name", "where"), [
    ("西藏交通运输厅", ("西藏自治区", None, None, "province")),  # a province's short name, then its department
    ("武汉经开区统计局", ("湖北省", "武汉市", None, None)),  # a zone below the city: level unknown
])
def test_name_that_starts_with_a_short_place_name(name, where):
    text = doc(f"{name}2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name and place(r) == where


@pytest.mark.parametrize(("name", "where"), [
    ("杭州市公安局西湖分局", ("浙江省", "杭州市", "西湖区", "county")),
    ("苏州市自然资源和规划局吴中分局", ("江苏省", "苏州市", "吴中区", "county")),
    ("杭州市公安局交警分局", ("浙江省", "杭州市", None, "city")),  # 交警 names no county
])
def test_city_bureau_branch_named_by_its_county(name, where):
    text = doc(f"{name}2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name and place(r) == where


def test_short_county_name_completed_from_body():
    text = doc(
        "县市场监督管理局2023年法治政府建设工作总结",
        "2023年，长兴县市场监督管理局在县委、县政府的领导下，全面加强市场监管法治建设。",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "长兴县市场监督管理局"
    assert place(r) == ("浙江省", "湖州市", "长兴县", "county")


def test_short_name_stays_as_written_when_body_does_not_name_it():
    text = doc("县司法局2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "县司法局"
    assert r.bureau.province is None and r.bureau.city is None and r.bureau.county is None


def test_short_name_not_completed_from_a_different_department():
    text = doc(
        "区司法局2023年法治政府建设情况报告",
        "2023年，我局会同南岗区公安分局、南岗区市场监督管理局开展联合执法，扎实推进法治政府建设。",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "区司法局"


def test_addressee_is_not_the_bureau():
    text = doc(
        "关于2023年法治政府建设情况的报告",
        "区人民政府：",
        "现将我局2023年度法治政府建设情况报告如下：",
        *body()[1:],
        "",
        "上海市嘉定区人力资源和社会保障局",
        "2024年1月22日",
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "上海市嘉定区人力资源和社会保障局"
    assert place(r) == ("上海市", "上海市", "嘉定区", "county")
    assert r.report_year == 2023
    assert r.published == "2024-01-22"


def test_spam_in_breadcrumb_never_becomes_the_name():
    text = doc(
        "首页 > 澳门金沙娱乐城官网_新葡京 > 法治政府建设",
        "2023年度法治政府建设情况报告",
        "来源：新葡京娱乐中心  发布时间：2024-01-10",
        *body("石家庄市长安区司法局"),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "石家庄市长安区司法局"
    assert place(r) == ("河北省", "石家庄市", "长安区", "county")


def test_spam_only_source_gives_no_spam_name():
    text = doc(
        "首页 > 金沙娱乐城官网 > 政务公开",
        "2023年度法治政府建设情况报告",
        "来源：金沙娱乐中心",
        *body(),
    )
    r = zhenfa.extract_text(text)
    name = r.bureau.name if r.bureau else None
    assert name is None or not any(word in name for word in SPAM)


def test_joint_issuers_prefer_the_government_body():
    text = doc(
        "中共济宁市任城区委政法委员会 济宁市任城区司法局2023年法治政府建设情况报告",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "济宁市任城区司法局"
    assert place(r) == ("山东省", "济宁市", "任城区", "county")


# ---------------------------------------------------------------------------
# Place: province, city, county and level from the gazetteer
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("苏州市人力资源和社会保障局", ("江苏省", "苏州市", None, "city")),
    ("义乌市市场监督管理局", ("浙江省", "金华市", "义乌市", "county")),
    ("广西壮族自治区南宁市青秀区司法局", ("广西壮族自治区", "南宁市", "青秀区", "county")),
    ("浙江省司法厅", ("浙江省", None, None, "province")),
    ("乌鲁木齐市天山区卫生健康委员会", ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "county")),
    ("延边朝鲜族自治州公安局", ("吉林省", "延边朝鲜族自治州", None, "city")),
    ("大理白族自治州大理市司法局", ("云南省", "大理白族自治州", "大理市", "county")),
    ("阿克苏地区行政公署司法局", ("新疆维吾尔自治区", "阿克苏地区", None, "city")),
    ("内蒙古自治区呼和浩特市赛罕区市场监督管理局", ("内蒙古自治区", "呼和浩特市", "赛罕区", "county")),
    # the longest division names, 15 characters
    ("积石山保安族东乡族撒拉族自治县司法局", ("甘肃省", "临夏回族自治州", "积石山保安族东乡族撒拉族自治县", "county")),
    ("临沧市双江拉祜族佤族布朗族傣族自治县卫生健康局", ("云南省", "临沧市", "双江拉祜族佤族布朗族傣族自治县", "county")),
])
def test_place_from_gazetteer(name, expected):
    r = zhenfa.extract_text(doc(f"{name}2023年法治政府建设情况报告", *body()))
    assert r.bureau.name == name
    assert place(r) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("北京市卫生健康委员会", ("北京市", "北京市", None, "province")),
    ("天津市市场监督管理委员会", ("天津市", "天津市", None, "province")),
    ("上海市浦东新区司法局", ("上海市", "上海市", "浦东新区", "county")),
    ("重庆市渝中区人力资源和社会保障局", ("重庆市", "重庆市", "渝中区", "county")),
])
def test_municipalities_are_provinces(name, expected):
    r = zhenfa.extract_text(doc(f"{name}2023年法治政府建设情况报告", *body()))
    assert r.bureau.name == name
    assert place(r) == expected


@pytest.mark.parametrize("name", ["司法部", "国家市场监督管理总局"])
def test_national_ministry_has_no_province(name):
    r = zhenfa.extract_text(doc(f"{name}2023年法治政府建设年度报告", *body()))
    assert r.bureau.name == name
    assert place(r) == (None, None, None, None)
    assert "ambiguous_place" not in codes(r)


def test_heping_district_in_tianjin():
    text = doc(
        "和平区司法局2023年法治政府建设情况报告",
        "2023年，在天津市委、市政府和区委、区政府的坚强领导下，和平区司法局全面推进法治政府建设，现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "和平区司法局"
    assert place(r) == ("天津市", "天津市", "和平区", "county")
    assert "ambiguous_place" not in codes(r)


def test_heping_district_in_shenyang():
    text = doc(
        "和平区卫生健康局2023年法治政府建设情况报告",
        "2023年，我局认真落实沈阳市法治政府建设实施方案，全面推进卫生健康领域依法行政，现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert place(r) == ("辽宁省", "沈阳市", "和平区", "county")


def test_hainan_zhou_is_in_qinghai():
    text = doc("海南州卫生健康委员会2023年法治政府建设情况报告", *body("我委"))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "海南州卫生健康委员会"
    assert r.bureau.province == "青海省"
    assert r.bureau.city == "海南藏族自治州"
    assert r.bureau.county is None
    assert r.bureau.level == "city"


def test_gulou_district_resolved_by_city_mention():
    text = doc(
        "鼓楼区市场监督管理局2023年法治政府建设工作总结",
        "2023年，我局在徐州市市场监督管理局的指导下，全面推进市场监管领域依法行政，现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "鼓楼区市场监督管理局"
    assert place(r) == ("江苏省", "徐州市", "鼓楼区", "county")


def test_gulou_district_in_kaifeng():
    text = doc(
        "开封市鼓楼区人力资源和社会保障局2023年法治政府建设情况报告",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert place(r) == ("河南省", "开封市", "鼓楼区", "county")


def test_gulou_district_alone_is_ambiguous():
    text = doc("鼓楼区司法局2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "鼓楼区司法局"
    assert r.bureau.province is None
    assert r.bureau.city is None
    assert "ambiguous_place" in codes(r)


def test_ambiguous_district_resolved_by_province_mention():
    # 城关区 is in 兰州, 拉萨 and elsewhere; 西藏自治区 settles it.
    text = doc(
        "城关区司法局2023年法治政府建设情况报告",
        "2023年，我局认真贯彻落实西藏自治区法治政府建设部署，现将有关情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert place(r) == ("西藏自治区", "拉萨市", "城关区", "county")


# ---------------------------------------------------------------------------
# report_year: the year the report covers
# ---------------------------------------------------------------------------

def test_report_year_from_title():
    text = doc("临沂市兰山区司法局2023年度法治政府建设情况报告", "发布日期：2024-01-12", *body(year="2023"))
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023
    s, e = r.evidence.report_year
    assert s < text.index("法治") and text[s:e].startswith("2023")


def test_report_year_is_not_the_publication_year():
    text = doc(
        "区司法局法治政府建设情况报告",
        "发布日期：2025-03-14",
        *body(year="2024"),
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2024
    assert r.published == "2025-03-14"


def test_report_year_from_xianjiang_intro():
    text = doc(
        "法治政府建设情况报告",
        "根据上级工作要求，现将我局2022年度法治政府建设情况报告如下：",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2022


def test_report_year_from_shang_yi_niandu_and_publication():
    text = doc(
        "关于上一年度法治政府建设情况的报告",
        "发布时间：2024-01-30",
        "根据上级部署，现将上一年度法治政府建设情况报告如下：",
        "一、上一年度推进法治政府建设的主要举措和成效",
        "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023


def test_report_year_from_first_heading_when_there_is_no_title():
    text = doc(
        "一、2023年度推进法治政府建设的主要举措和成效",
        "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。",
        "二、2023年度推进法治政府建设存在的不足和原因",
        "（一）执法人员专业能力有待提升。",
        "三、2024年度推进法治政府建设的主要安排",
        "（一）加强执法队伍建设。",
    )
    r = zhenfa.extract_text(text)
    assert r.title is None
    assert r.report_year == 2023
    assert [i.year for i in r.plans] == [2024]


def test_report_year_from_ben_niandu_published_in_december():
    text = doc(
        "本年度法治政府建设情况报告",
        "发布日期：2023-12-20",
        "根据上级部署，现将本年度法治政府建设情况报告如下：",
        "一、本年度推进法治政府建设的主要举措和成效",
        "（一）健全依法决策机制。重大行政决策事项全部经过合法性审查。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023


def test_report_year_ignores_plan_year_and_publication_year():
    text = doc(
        "鞍山市铁东区司法局2023年法治政府建设情况报告",
        "发布日期：2024-02-26",
        *body(),
        "三、2024年工作计划",
        "（一）推进法治政府建设示范创建。",
    )
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023


@pytest.mark.parametrize("title", ["20__年法治政府建设情况报告", "20XX年法治政府建设工作总结", "____年度法治政府建设情况报告"])
def test_template_year_is_null_with_warning(title):
    r = zhenfa.extract_text(doc(title, *body(year="20__")))
    assert r.report_year is None
    assert "template_placeholder" in codes(r)


def test_years_in_skips_ranges():
    view = "按照《法治政府建设实施纲要（2021—2025年）》要求，2023年度工作"
    assert [y for y, _, _ in years_in(view, 0, len(view))] == [2023]


# ---------------------------------------------------------------------------
# published: the date shown with the document
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "value"), [
    ("发布日期：2024-01-20", "2024-01-20"),
    ("发布时间：2024年3月5日 10:20", "2024-03-05"),
    ("日期：2023/12/28", "2023-12-28"),
    ("时间：2024.02.06 09:15:00  来源：本站", "2024-02-06"),
    ("成文日期：2024年01月10日", "2024-01-10"),
    ("[ 发布日期 ] 2024-04-08", "2024-04-08"),
    ("索引号：000014349/2024-00035  发布日期：2024-03-29  浏览量：126", "2024-03-29"),
    # unlabelled: a date line of the page, alone or before the other page metadata
    ("2024-02-20　来源：宁波市人民政府网站", "2024-02-20"),
    ("2024年2月20日 来源：区政府网  浏览次数：88", "2024-02-20"),
    ("[2024-02-20]", "2024-02-20"),
    ("2024-02-20 10:30 | 作者：区司法局", "2024-02-20"),
    # among the page's tools
    ("字号：大 中 小    2024-02-20    分享到：", "2024-02-20"),
    ("2024年02月20日  【打印本页】 【关闭窗口】", "2024-02-20"),
    ("【字号：大 中 小】 2024-02-20 | 分享到", "2024-02-20"),
    # a WeChat article's account, date and time, and region
    ("原创  鄞州司法  2024年02月20日 16:20 浙江", "2024-02-20"),
    ("鄞州司法 鄞州司法 2024-02-20 18:30 发表于浙江", "2024-02-20"),  # author and account, 发表于
    # in brackets under the title or issuer (the gazette style), and in Chinese numerals
    ("（2024年2月20日）", "2024-02-20"),
])
def test_published_from_labelled_date(line, value):
    text = doc("宁波市鄞州区司法局2023年法治政府建设情况报告", line, *body())
    r = zhenfa.extract_text(text)
    assert r.published == value
    s, e = r.evidence.published
    assert text[s:e].replace(" ", "")[:4] == value[:4]


@pytest.mark.parametrize("line", ["截至 2024年2月20日", "我局 2024年2月20日 召开会议", "我局 局长 2024年2月20日 召开会议",
                                  "有效期至 2025-12-31", "数据统计截至 2023-11-30", "统计时段 2023-01-01", "下期预告 2024-02-05"])
def test_a_line_with_a_date_among_words_is_no_publication_date(line):
    text = doc("宁波市鄞州区司法局2023年法治政府建设情况报告", line, *body())
    assert zhenfa.extract_text(text).published is None


def _yearless(plans_heading: str) -> str:
    return doc("汉川市城市管理执法局法治政府建设工作情况报告", "发布时间：2024-03-12",
               "今年以来，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：",
               "一、主要举措和成效", "（一）规范执法。《条例》于2023年7月1日起施行后，办理案件52件。",
               plans_heading, "（一）2024年底前完成执法装备更新。", "（二）2024年6月前修订执法手册。")


@pytest.mark.parametrize("plans_heading", ["二、2024年工作计划", "二、存在的不足和2024年度的主要安排"])
def test_year_from_the_plans_heading_when_the_report_names_none(plans_heading):
    text = _yearless(plans_heading)
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023 and r.evidence.report_year is None
    w = next(w for w in r.warnings if w.code == "year_from_plans")
    assert text[w.span[0]:w.span[1]].startswith("2024年")
    assert all(p.year == 2024 for p in r.plans)


def test_a_measure_that_drew_up_a_plan_is_no_plans_heading():
    # （一）制定2023年度…工作计划 is a piece of the year's work: its year is no plans heading's
    text = doc("某某县司法局法治政府建设情况报告",
               "今年以来，我局扎实推进法治政府建设。现将有关情况报告如下：",
               "一、主要举措和成效", "（一）制定2023年度法治建设工作计划", "年初印发计划，2023年召开党组会议研究法治工作4次。",
               "二、下一步工作打算", "（一）加强学法。")
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023 and "year_from_plans" not in codes(r)


def test_years_in_the_plans_do_not_make_the_report_year():
    # no year in the plans heading: the plans' 2024年 mentions are targets, not the report's year
    r = zhenfa.extract_text(_yearless("二、下一步工作计划"))
    assert r.report_year != 2024


def test_published_from_a_chinese_numeral_date_under_the_title():
    text = doc("宁波市鄞州区司法局二〇二三年度法治政府建设情况报告", "", "二〇二四年二月二十日", *body())
    r = zhenfa.extract_text(text)
    assert r.published == "2024-02-20"
    s, e = r.evidence.published
    assert text[s:e] == "二〇二四年二月二十日"


def test_a_sentence_that_starts_with_a_date_is_no_publication_date():
    text = doc("宁波市鄞州区司法局2023年法治政府建设情况报告", "2024年2月20日，区政府召开常务会议审议本报告。", *body())
    assert zhenfa.extract_text(text).published is None


def test_published_label_and_value_on_separate_lines():
    text = doc("宁波市鄞州区司法局2023年法治政府建设情况报告", "[ 发布日期 ]", "2024-01-15", *body())
    r = zhenfa.extract_text(text)
    assert r.published == "2024-01-15"


def test_published_from_sign_off_date():
    text = doc("黄冈市黄州区人力资源和社会保障局2025年法治政府建设工作报告", *body(year="2025"),
               "", "黄冈市黄州区人力资源和社会保障局", "2026年3月17日")
    r = zhenfa.extract_text(text)
    assert r.published == "2026-03-17"
    assert r.report_year == 2025


def test_published_from_chinese_numeral_sign_off():
    text = doc("泉州市丰泽区卫生健康局2023年法治政府建设情况报告", *body(), "", "泉州市丰泽区卫生健康局", "二〇二四年一月十五日")
    r = zhenfa.extract_text(text)
    assert r.published == "2024-01-15"


def test_labelled_date_beats_sign_off():
    text = doc("泉州市丰泽区卫生健康局2023年法治政府建设情况报告", "发布日期：2024-02-01", *body(), "",
               "泉州市丰泽区卫生健康局", "2024年1月20日")
    r = zhenfa.extract_text(text)
    assert r.published == "2024-02-01"


def test_site_clock_is_not_the_publication_date():
    text = doc(
        "成都市青羊区人民政府 2019年12月3日星期二",
        "首页 > 政务公开 > 法治政府建设",
        "青羊区司法局2023年法治政府建设情况报告",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.published is None
    assert r.report_year == 2023


def test_site_clock_does_not_hide_the_labelled_date():
    text = doc(
        "成都市青羊区人民政府 2019年12月3日星期二",
        "青羊区司法局2023年法治政府建设情况报告",
        "发布时间：2024-01-31 来源：区司法局",
        *body(),
    )
    r = zhenfa.extract_text(text)
    assert r.published == "2024-01-31"


def test_dates_in_the_body_are_not_the_publication_date():
    text = doc(
        "芜湖市镜湖区司法局2023年法治政府建设情况报告",
        "2023年，我局扎实推进法治政府建设。2023年12月4日，我局组织开展国家宪法日集中宣传活动。",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.published is None


def test_damaged_sign_off_date_warns_instead_of_value():
    text = doc("衡阳市雁峰区司法局2023年法治政府建设情况报告", *body(), "", "衡阳市雁峰区司法局", "202025")
    r = zhenfa.extract_text(text)
    assert r.published is None
    assert "malformed_date" in codes(r)


def test_damaged_date_in_body_warns():
    text = doc(
        "衡阳市雁峰区司法局2019年法治政府建设情况报告",
        "2019年，我局扎实推进法治政府建设，于2019129日召开法治政府建设专题会议。",
        *body()[1:],
    )
    r = zhenfa.extract_text(text)
    assert r.published is None
    assert "malformed_date" in codes(r)
    w = next(w for w in r.warnings if w.code == "malformed_date")
    assert text[w.span[0]:w.span[1]] == "2019129日"


def test_damaged_labelled_date_warns_instead_of_value():
    text = doc("衡阳市雁峰区司法局2019年法治政府建设情况报告", "发布日期：2019129日", *body(year="2019"))
    r = zhenfa.extract_text(text)
    assert r.published is None
    assert "malformed_date" in codes(r)


@pytest.mark.parametrize(("text", "value"), [
    ("2024-01-20", "2024-01-20"),
    ("2024年1月5日", "2024-01-05"),
    ("2024 年 1 月 5 日", "2024-01-05"),
    ("2024/3/9", "2024-03-09"),
    ("二〇二三年十二月二十八日", "2023-12-28"),
    ("2023-02-30", None),
    ("2019129日", None),
    ("2024-01/20", None),
    ("12·4国家宪法日", None),
])
def test_find_date_unit(text, value):
    view = fold_width(text)
    hit = find_date(view, 0, len(view))
    assert (hit.value if hit else None) == value


# round J: a page header flattened onto the title's line
@pytest.mark.parametrize(("line", "published"), [
    ("{t} 上海市统计局 2020-06-08", "2020-06-08"),
    ("{t} 2020-06-08", "2020-06-08"),
    ("{t}  2020年6月8日 09:30", "2020-06-08"),
    ("{t} 来源：上海市统计局 时间：2020-06-08", "2020-06-08"),
])
def test_a_byline_and_date_after_the_title_on_its_line(line, published):
    title = "上海市统计局2019年度法治政府建设情况报告"
    text = doc(line.format(t=title), "", *body(year="2019"))
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "情况报告" and r.published == published
    s, e = r.evidence.title
    assert text[s:e] == title
    assert r.bureau.name == "上海市统计局" and r.report_year == 2019
    assert "no_title" not in codes(r)


def test_a_title_followed_by_words_is_no_title_with_a_trailer():
    # a sentence that ends in a date is no title, whatever it names
    text = doc("我局认真撰写2019年度法治政府建设情况报告并于 2020-06-08", *body(year="2019"))
    assert zhenfa.extract_text(text).title is None


# round K: a bureau's summary of its year's work names no topic
@pytest.mark.parametrize(("title", "doc_type"), [
    ("缙云县司法局2023年工作总结", "工作总结"),
    ("长沙市岳麓区人力资源和社会保障局2022年度工作报告", "工作报告"),
])
def test_a_bureau_year_work_summary_is_a_title(title, doc_type):
    text = doc(title, *body())
    r = zhenfa.extract_text(text)
    assert (r.title, r.doc_type) == (title, doc_type)
    assert r.bureau.name == title[:title.index("局") + 1]


@pytest.mark.parametrize("line", ["某县2023年政府工作报告", "关于2023年度预算执行情况的审计工作报告", "2023年工作总结"])
def test_a_work_report_without_its_bureau_and_topic_is_not_taken_as_the_title(line):
    assert zhenfa.extract_text(doc(line, *body())).title is None


# round J: a city's bureau written short (市教育局) on a page that names a district
@pytest.mark.parametrize(("opening", "where"), [
    ("现将市教育局2023年法治政府建设情况报告如下。如有疑问请联系市教育局法规处（地址：郑州市金水区黄河路11号）。",
     ("河南省", "郑州市", None, "city")),
    ("2023年，市教育局坚持依法行政，在金水区举办全市教育系统法治培训班。现将有关情况报告如下：",
     ("河南省", "郑州市", None, "city")),
    ("现将市人社局2023年法治政府建设情况报告予以公开（地址：天津市和平区建设路18号）。",
     ("天津市", "天津市", None, "province")),
])
def test_a_city_bureau_written_short_is_not_placed_in_a_district_the_page_names(opening, where):
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert place(r) == where


def test_a_district_bureau_written_short_still_takes_its_district():
    r = zhenfa.extract_text(doc("天津市和平区教育局", "区教育局2023年法治政府建设情况报告", *body()))
    assert place(r) == ("天津市", "天津市", "和平区", "county")


# round J: a cover letter above the report
def test_a_cover_letter_then_its_attachment_gives_the_reports_title_and_bureau():
    title = "上海市生态环境局关于2021年度法治政府建设情况的报告"
    text = doc("生态环境部：", "", f"现将《{title}》报上，请审阅。", "", "上海市生态环境局", "2022年1月21日", "",
               "附件", "", title, "", *body(subject="上海市生态环境局", year="2021"))
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "情况报告"
    assert r.bureau.name == "上海市生态环境局" and r.published == "2022-01-21"


def test_a_cover_letter_then_a_title_wrapped_over_two_lines():
    text = doc("中共湖州市委、湖州市人民政府：", "", "现将我局《2024年度交通运输法治政府建设工作总结》随文上报。", "",
               "特此报告。", "", "湖州市交通运输局", "2025年1月15日", "", "2024年度交通运输法治政府建设", "工作总结", "",
               *body(year="2024"))
    r = zhenfa.extract_text(text)
    assert (r.title, r.doc_type, r.report_year) == ("2024年度交通运输法治政府建设工作总结", "工作总结", 2024)
    assert r.bureau.name == "湖州市交通运输局"


@pytest.mark.parametrize("cited", ["《上海市生态环境局关于2021年度法治政府建设情况的报告》", "《上海市生态环境局2021年度法治政府建设情况报告》"])
def test_the_bureau_named_in_a_cited_title_has_no_bracket_or_guanyu(cited):
    r = zhenfa.extract_text(doc("生态环境部：", f"现将{cited}报上，请审阅。", *body()[1:]))
    assert r.bureau.name == "上海市生态环境局"


# round J: a town or street office named only in the report's opening
@pytest.mark.parametrize(("opening", "name"), [
    ("2023年，在区委、区政府的正确领导下，新市街道办事处坚持以习近平法治思想为指导，认真推进法治政府建设。现将有关情况报告如下：",
     "新市街道办事处"),
    ("2022年，下太镇坚持以习近平新时代中国特色社会主义思想为指导，推进法治政府建设。现将有关情况报告如下：", "下太镇"),
    ("2023年，在县委、县政府的正确领导下，城关镇人民政府坚持依法行政。现将有关情况报告如下：", "城关镇人民政府"),
])
def test_a_town_opening_the_report_is_its_bureau(opening, name):
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert r.bureau.name == name and r.bureau.level == "town"
    s, e = r.bureau.span
    assert r.bureau.name == doc(opening)[s:e]


@pytest.mark.parametrize("opening", [
    "2023年，全镇坚持以习近平法治思想为指导，推进法治政府建设。现将有关情况报告如下：",
    "2023年，我乡坚持依法行政。现将有关情况报告如下：",
])
def test_a_pronoun_town_is_no_bureau(opening):
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert r.bureau is None or r.bureau.name is None


# round J: other kinds of document a collection of reports picks up
@pytest.mark.parametrize(("title", "genre"), [
    ("某区教育局2022年法治工作要点", "工作要点"),
    ("江西省应急管理厅关于印发江西省2023年应急管理工作要点的通知", "工作要点"),
    ("2022年长沙市卫生健康委员会政府信息公开工作年度报告", "政府信息公开工作年度报告"),
    ("【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读", "政策解读"),
    ("内蒙古自治区法治政府建设实施方案（2021—2025年）", "实施方案"),
    ("某县2024年法治政府建设工作计划", "工作计划"),
])
def test_another_genre_is_not_a_report_and_gives_no_items(title, genre):
    text = doc(title, "", "一、工作目标", "（一）全年开展法治培训不少于4次。", "（二）行政复议纠错率达到95%以上。")
    r = zhenfa.extract_text(text)
    flagged = [w for w in r.warnings if w.code == "not_a_report"]
    assert flagged and genre in flagged[0].message
    assert r.title is None and r.measures == [] and r.statistics == [] and r.plans == []


def test_a_report_whose_page_links_a_work_plan_is_still_a_report():
    text = doc("相关链接：某区教育局2024年法治工作要点", "", "某区教育局2023年法治政府建设情况报告", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "某区教育局2023年法治政府建设情况报告"
    assert "not_a_report" not in codes(r) and r.measures


@pytest.mark.parametrize(("title", "name"), [
    ("司法部发布2023年法治政府建设年度报告", "司法部"),
    ("杭州市司法局公布2022年度法治政府建设情况报告", "杭州市司法局"),
])
def test_a_news_headline_names_who_published_the_report(title, name):
    r = zhenfa.extract_text(doc(title, *body()))
    assert r.title == title and r.bureau.name == name


def test_next_years_plans_opened_by_their_year_are_no_year_conflict():
    # round K: 2024年，我局将… after the outline began opens the plans, not the report's year
    text = doc("某县司法局2023年法治政府建设情况报告", "一、主要举措和成效", "（一）深化普法宣传。全年开展普法活动120场次。",
               "二、存在的问题", "一是部分执法人员法治意识不强。", "2024年，我局将重点做好以下三方面工作：",
               "（一）持续深化普法。开展活动150场次。", "（二）加强队伍建设。组织培训4期。")
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023 and "year_conflict" not in codes(r)
    assert [p.year for p in r.plans] == [2024, 2024]


def test_a_year_that_opens_the_introduction_still_conflicts_with_the_title():
    text = doc("某县司法局2023年法治政府建设情况报告", "2022年，我局坚持依法行政，扎实推进法治政府建设。", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.report_year == 2023 and "year_conflict" in codes(r)


# The false-positive hunt on the rules above
@pytest.mark.parametrize("above", [
    ["某某县司法局2023年法治政府建设工作总结及2024年工作计划"],
    ["某某县人民政府2023年度法治政府建设工作总结暨2024年工作要点"],
    ["政策文件解读", "某某县2023年度法治政府建设情况"],
    ["某某县2024年法治政府建设工作要点", "某某县2023年度法治政府建设情况"],
    ["某某县2023年度法治政府建设情况", "发布时间：2024-01-20", "【相关解读】某某县2023年度法治政府建设情况图文解读"],
])
def test_a_report_is_not_taken_for_another_genre(above):
    r = zhenfa.extract_text(doc(*above, "", *body()))
    assert "not_a_report" not in codes(r) and r.measures


def test_dated_links_below_the_title_are_not_the_title():
    title = "某某县司法局2023年度法治政府建设情况报告"
    text = doc(title, "相关阅读", "某某县2022年度法治政府建设情况报告 2023-02-10", "某某县2021年度法治政府建设情况报告 2022-01-28",
               "", *body())
    r = zhenfa.extract_text(text)
    assert r.title == title and r.report_year == 2023 and r.published is None


def test_a_list_of_dated_links_is_no_title():
    text = doc("相关链接", "某某县2022年度法治政府建设情况报告 2023-02-10", "某某县2021年度法治政府建设情况报告 2022-01-28",
               "", *body())
    r = zhenfa.extract_text(text)
    assert r.title is None and r.report_year == 2023


def test_a_visitor_counter_after_the_sign_off_is_page_furniture():
    text = doc("某某县司法局2023年度法治政府建设情况报告", *body(), "", "某某县司法局", "2024年1月15日", "",
               "今日访问量 | 128 | 累计访问量 | 3562894")
    r = zhenfa.extract_text(text)
    assert r.published == "2024-01-15" and "truncated" not in codes(r)


@pytest.mark.parametrize("opening", [
    "2023年，县司法局指导各乡镇深入推进法治建设，取得明显成效。现将有关情况报告如下：",
    "2023年，区城管局会同各街道持续开展违建整治。现将有关情况报告如下：",
])
def test_a_bureau_that_works_with_the_towns_is_no_town(opening):
    r = zhenfa.extract_text(doc("2023年度法治政府建设情况报告", "", opening, *body()[1:]))
    assert r.bureau is None or r.bureau.level != "town"


def test_a_market_regulation_bureau_is_no_city_bureau():
    r = zhenfa.extract_text(doc("市场监督管理局2023年度法治政府建设情况报告", *body(), "", "金水区市场监督管理局", "2024年1月15日"))
    assert place(r)[:3] == ("河南省", "郑州市", "金水区")


def test_a_cover_letters_attachment_line_is_no_title():
    title_lines = ("某某县交通运输局关于2023年度法治政府建设", "工作情况的报告")
    text = doc("县委全面依法治县委员会办公室：", "", "现将《某某县交通运输局关于2023年度法治政府建设工作情况的报告》报上，请审阅。", "",
               "附件：某某县交通运输局关于2023年度法治政府建设工作情况的报告", "", "某某县交通运输局", "2024年1月10日", "",
               "附件", "", *title_lines, "", *body())
    r = zhenfa.extract_text(text)
    assert r.title is None or not r.title.startswith("附件")
    assert r.bureau.name == "某某县交通运输局"


@pytest.mark.parametrize("line", ["2025-04-27 10:14 黑龙江省人民政府网", "2025-04-27 10:14:05 黑龙江日报"])
def test_a_date_line_that_names_the_source_site(line):
    # round J2
    r = zhenfa.extract_text(doc("黑龙江省2024年度法治政府建设情况报告", "", line, "", *body(subject="黑龙江省", year="2024")))
    assert r.published == "2025-04-27"


@pytest.mark.parametrize(("title", "doc_type"), [
    ("城关镇2023年法治政府建设工作总结及2024年工作思路", "工作总结"),
    ("某某县司法局2023年法治政府建设情况报告和下一步工作打算", "情况报告"),
])
def test_a_title_that_names_next_years_part_after_its_type(title, doc_type):
    # round J2
    r = zhenfa.extract_text(doc(title, *body()))
    assert (r.title, r.doc_type, r.report_year) == (title, doc_type, 2023)
    s, e = r.evidence.doc_type
    assert doc(title)[s:e] == doc_type  # the type as written, before the next year's part


def test_the_addressee_of_a_report_is_not_where_it_is_from():
    # round J2: a county's report to its prefecture; the body names the county (in a cited title)
    text = doc("中共红河州委、红河州人民政府：", "2025年，县委、县政府坚持依法行政，现将工作开展情况报告如下。",
               "一、主要做法和成效", "（一）加强领导。印发《金平县党政主要负责人述法办法》等文件，召开专题会议5次。",
               "二、存在的不足", "（一）执法力量不足。")
    r = zhenfa.extract_text(text)
    assert place(r)[:3] == ("云南省", "红河哈尼族彝族自治州", "金平苗族瑶族傣族自治县")


def test_a_heads_own_report_names_the_bureau_it_heads():
    # round J2: 述法 reports are written by the head in the first person
    opening = "2025年以来，我作为区林业局主要负责人，坚持依法行政，认真履行推进法治建设第一责任人职责。现将有关情况报告如下："
    r = zhenfa.extract_text(doc(opening, "一、履行法治建设第一责任人职责主要成效", "一是深学笃行法治思想。专题学习法治内容8次。"))
    assert r.bureau.name == "区林业局"
    s, e = r.bureau.span
    assert doc(opening)[s:e] == "区林业局"


def test_a_news_list_line_with_a_site_is_no_publication_date():
    # a list of dated links above the title names its site but no time
    text = doc("2024-02-01 永州市人民政府网", "", "宁远县司法局2023年法治政府建设情况报告", *body(), "", "宁远县司法局", "2024年1月15日")
    assert zhenfa.extract_text(text).published == "2024-01-15"


def test_a_sentence_broken_over_lines_is_no_title():
    text = doc("现将我局2023年法治政府建设工作情况和下一步工作打算", "报告如下：", *body()[1:])
    assert zhenfa.extract_text(text).title is None


def test_an_addressed_town_is_not_placed_where_a_venue_is():
    text = doc("宁远县人民政府：", "2023年，我镇坚持依法行政，组织干部赴长沙市参加法治培训。现将有关情况报告如下：", *body()[1:])
    assert place(zhenfa.extract_text(text))[:3] == ("湖南省", "永州市", "宁远县")


@pytest.mark.parametrize("opening", ["2023年，我作为分管法治工作的县政府办副主任，认真履职。现将有关情况报告如下：",
                                     "2023年，我作为驻村工作队所在乡镇的干部，认真履职。现将有关情况报告如下："])
def test_as_its_head_takes_no_clause_for_a_name(opening):
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert r.bureau is None or r.bureau.name is None or ("的" not in r.bureau.name and "所在" not in r.bureau.name)


# ---------------------------------------------------------------------------
# Round N: governments, development zones, 来源 dates, spaced labels, joint issuers
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "where"), [
    # the title names only the place (round N bug 3)
    (("蓝田县2024年度法治政府建设情况报告", *body("全县")), ("陕西省", "西安市", "蓝田县", "county")),
    # the opening's subject is the place
    (body("石嘴山市"), ("宁夏回族自治区", "石嘴山市", None, "city")),
    (body("内蒙古自治区"), ("内蒙古自治区", None, None, "province")),
    # two places, province and city
    (body("甘肃省天水市"), ("甘肃省", "天水市", None, "city")),
])
def test_a_place_alone_is_where_a_report_is_from_not_its_bureau(lines, where):
    r = zhenfa.extract_text(doc(*lines))
    assert r.bureau.name is None and r.bureau.span is None
    assert place(r) == where


def test_a_place_whose_government_the_text_writes_short_takes_it_as_written():
    # 会宁县 opens the title; the body says 会宁县政府 (not 会宁县人民政府): the name as written, grounded
    text = doc("2024年会宁县法治政府建设情况报告", *body("会宁县政府"))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "会宁县政府"
    s, e = r.bureau.span
    assert text[s:e] == "会宁县政府"
    assert place(r) == ("甘肃省", "白银市", "会宁县", "county")


@pytest.mark.parametrize("opening", [
    "2024年，西安市政府采购中心坚持依法采购，现将有关情况报告如下：",  # another body's name
    "2024年，西安市坚持依法行政，西安市政府办公厅牵头督办，现将有关情况报告如下：",  # the government's office
])
def test_the_short_government_is_read_only_where_it_stands_as_the_body(opening):
    r = zhenfa.extract_text(doc(opening, *body()[1:]))
    assert r.bureau.name is None and place(r) == ("陕西省", "西安市", None, "city")


def test_a_place_whose_full_government_the_text_writes_takes_the_full_form():
    # guard: 人民政府 is preferred to 政府 when both are written
    text = doc("2024年会宁县法治政府建设情况报告", *body("会宁县政府"), "", "会宁县人民政府", "2025年3月1日")
    assert zhenfa.extract_text(text).bureau.name == "会宁县人民政府"


@pytest.mark.parametrize(("title", "name", "where"), [
    # a development zone names itself before the year (round N bug 2); its place from the prefix
    ("成都高新区2024年度法治政府建设情况报告", "成都高新区", ("四川省", "成都市")),
    ("青岛西海岸新区2023年法治政府建设工作报告", "青岛西海岸新区", ("山东省", "青岛市")),
    # a county-level city's zone (昆山市)
    ("关于昆山经开区2024年度法治政府建设情况的报告", "昆山经开区", ("江苏省", "苏州市")),
])
def test_a_development_zone_in_the_title_is_the_bureau(title, name, where):
    text = doc(title, *body("区管委会", year=title[title.index("年") - 4:title.index("年")]))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name
    s, e = r.bureau.span
    assert text[s:e] == name
    assert (r.bureau.province, r.bureau.city) == where


def test_a_development_zone_opening_the_report_is_the_bureau():
    opening = ("2024年，在市委、市政府的坚强领导下，长春新区（以下简称“新区”）始终坚持以习近平法治思想为指导，"
               "扎实推进法治政府建设。现将有关情况报告如下：")
    text = doc(opening, *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "长春新区"
    s, e = r.bureau.span
    assert text[s:e] == "长春新区"
    assert (r.bureau.province, r.bureau.city) == ("吉林省", "长春市")


@pytest.mark.parametrize("subject", ["高新区", "某某经济技术开发区管委会"])
def test_a_zone_without_its_place_opening_the_report_is_the_bureau(subject):
    r = zhenfa.extract_text(doc(*body(subject)))
    assert r.bureau.name == subject


def test_a_zone_whose_name_only_begins_like_a_county_is_not_placed_there():
    # 滨海湾新区 (东莞) is no zone of 滨海县 (江苏): only zone words right after a short name place it
    r = zhenfa.extract_text(doc(*body("滨海湾新区")))
    assert r.bureau.name == "滨海湾新区" and r.bureau.province is None


@pytest.mark.parametrize(("subject", "name"), [
    ("全区", None), ("我新区", None), ("新区", None),  # how a zone's report speaks of itself, not a name
    ("国家级新区", None), ("省级开发区", None),  # a kind of zone, not one
    ("浦东新区", None),  # a district of the gazetteer: a place, not a body
])
def test_words_for_a_zone_that_are_no_name(subject, name):
    r = zhenfa.extract_text(doc(*body(subject)))
    assert r.bureau is None or r.bureau.name == name


@pytest.mark.parametrize(("line", "date"), [
    # the page's date after the 来源 value on its line (round N bug 4)
    ("来源：四川日报 2025-03-20 09:30", "2025-03-20"),
    ("来源:县政府办公室 2025-03-20", "2025-03-20"),
    ("信息来源：市司法局  2025年3月20日", "2025-03-20"),
])
def test_a_date_after_the_source_on_its_line_is_the_publication_date(line, date):
    text = doc("某某县司法局2024年法治政府建设情况报告", line, *body(year="2024"))
    r = zhenfa.extract_text(text)
    assert r.published == date
    s, e = r.evidence.published
    assert text[s:e].startswith(date[:4])


def test_a_labelled_date_beats_the_date_after_the_source():
    # guard: 发布时间 is the page's own date label
    text = doc("某某县司法局2024年法治政府建设情况报告", "来源：四川日报 2025-03-19 发布时间：2025-03-20", *body(year="2024"))
    assert zhenfa.extract_text(text).published == "2025-03-20"


def test_a_data_source_line_in_the_header_gives_no_publication_date():
    # 数据来源 names where figures come from, with that source's date (the false-positive hunt)
    text = doc("某某县司法局2024年法治政府建设情况报告", "数据来源：2023年统计公报 2023-12-31", *body(year="2024"))
    assert zhenfa.extract_text(text).published is None


def test_a_source_date_before_the_sign_off_is_the_sources_not_the_pages():
    # the page cannot publish the report before it was signed: the sign-off's date stands
    text = doc("某某县司法局2023年法治政府建设情况报告", "来源：某某日报 2023-11-02", *body(year="2023"), "",
               "某某县司法局", "2024年1月10日")
    assert zhenfa.extract_text(text).published == "2024-01-10"


def test_a_date_inside_a_source_sentence_of_the_body_is_no_publication_date():
    # guard: only the header's lines are read
    lines = body(year="2024")
    text = doc("某某县司法局2024年法治政府建设情况报告", *lines[:3], "数据来源：统计年鉴 2024-12-31", *lines[3:])
    assert zhenfa.extract_text(text).published is None


SPACED_META = ("索  引  号:11532300000000000X-/2025-0001 公文目录:部门法治政府建设年度报告 发文机关:某某县政府办 "
               "主  题  词: 标      题:{title} 发布日期:2025年04月15日")


def test_a_metadata_line_with_spaced_labels_does_not_hide_the_title_below_it():
    # round N bug 5a: the line of label:value pairs was read as the body's first line
    title = "姚安县司法局2024年度法治政府建设工作情况报告"
    text = doc("某某县人民政府", "首页 >> 公开信息内容", SPACED_META.format(title=title), "", title, "", *body(year="2024"))
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "情况报告"
    assert text[r.evidence.title[0]:r.evidence.title[1]] == title
    assert r.published == "2025-04-15"
    assert r.bureau.name == "姚安县司法局"


def test_the_title_of_a_line_of_label_value_pairs_is_read_when_no_title_line_follows():
    title = "姚安县司法局2024年度法治政府建设工作情况报告"
    text = doc("首页 >> 公开信息内容", SPACED_META.format(title=title), "", *body(year="2024"))
    r = zhenfa.extract_text(text)
    assert r.title == title
    s, e = r.evidence.title
    assert text[s:e] == title


def test_a_subject_label_on_a_line_of_pairs_is_no_title():
    # guard: 主题词 holds 题 but is no title label; a value that is no title is not taken
    text = doc("首页 >> 公开信息内容", "索  引  号:11532300000000000X-/2025-0001 主  题  词:法治 标  题:通知公告 发布日期:2025年04月15日",
               "", *body(year="2024"))
    assert zhenfa.extract_text(text).title is None


@pytest.mark.parametrize(("lines", "title"), [
    # round N bug 5b: a line of joint issuers above the 关于… line is the title's first part
    (("中共蓝田县委 蓝田县人民政府", "关于2024年度法治政府建设情况的报告"), "中共蓝田县委 蓝田县人民政府关于2024年度法治政府建设情况的报告"),
    # the issuer line may end in 关于
    (("中共甘肃省委 甘肃省人民政府关于", "2024年法治政府建设情况的报告"), "中共甘肃省委 甘肃省人民政府关于2024年法治政府建设情况的报告"),
])
def test_a_line_of_joint_issuers_above_the_title_is_part_of_it(lines, title):
    text = doc(*lines, "", *body("全县", year="2024"))
    r = zhenfa.extract_text(text)
    assert r.title == title
    s, e = r.evidence.title
    assert text[s:e].replace("\n", "") == title
    assert r.bureau.name == lines[0].split()[1].removesuffix("关于")


def test_a_line_of_words_above_the_title_that_are_no_bodies_is_not_part_of_it():
    # guard: only names of bodies separated by spaces
    text = doc("首页 政务公开 法治政府", "关于2024年度法治政府建设情况的报告", "", *body("县司法局", year="2024"))
    assert zhenfa.extract_text(text).title == "关于2024年度法治政府建设情况的报告"


@pytest.mark.parametrize(("title", "bureau"), [
    # round N bug 6: a title that ends …建设情况, with no type word; 工作情况 is the nearest documented type
    ("2025年会宁县法治政府建设情况", None),
    ("会宁县审计局2025年法治政府建设情况", "会宁县审计局"),
])
def test_a_title_ending_in_jianshe_qingkuang_is_a_title(title, bureau):
    text = doc(title, "", *body("全县", year="2025"))
    r = zhenfa.extract_text(text)
    assert r.title == title and r.doc_type == "工作情况"
    s, e = r.evidence.doc_type
    assert text[s:e] == "建设情况"
    assert r.bureau.name == bureau


def test_a_column_named_jianshe_qingkuang_below_the_title_is_not_the_title():
    # guard: the titled line with its year stays the title
    text = doc("会宁县审计局2024年法治政府建设情况报告", "法治政府建设情况", *body(year="2024"))
    r = zhenfa.extract_text(text)
    assert r.title == "会宁县审计局2024年法治政府建设情况报告" and r.doc_type == "情况报告"


@pytest.mark.parametrize(("opening", "name"), [
    # round N bug 7: short names ending in 委 or 办 open the report as its subject
    ("2024年，在省委、省政府的正确领导下，省国资委坚持依法行政。现将有关情况报告如下：", "省国资委"),
    ("2024年，市人防办坚持依法行政。现将有关情况报告如下：", "市人防办"),
    # the subject runs straight into the topic
    ("2024年以来，区民宗局法治政府建设工作在区委、区政府的正确领导下扎实推进。现将我局有关情况报告如下：", "区民宗局"),
])
def test_a_short_name_opening_the_report_is_the_bureau(opening, name):
    text = doc(opening, *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name
    s, e = r.bureau.span
    assert text[s:e] == name


def test_a_short_name_opening_the_report_takes_the_place_the_page_names():
    text = doc("2024年，省国资委坚持依法行政，认真落实《云南省法治政府建设实施方案》。现将有关情况报告如下：", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "省国资委" and place(r) == ("云南省", None, None, "province")


@pytest.mark.parametrize("subject", ["县委依法治县办", "县委办", "市纪委监委", "区直机关工委", "市委政法委", "市县两级司法局", "省市县三级法治办"])
def test_party_organs_and_several_levels_are_no_short_name(subject):
    r = zhenfa.extract_text(doc(f"2024年，{subject}坚持依法行政。现将有关情况报告如下：", *body()[1:]))
    assert r.bureau is None or r.bureau.name is None


def _posted_by(source: str, subject: str) -> str:
    return doc("关于2024年法治政府建设情况的报告", f"来源：{source}", "发布时间：2025-02-26",
               f"2024年，在区委的坚强领导下，{subject}坚持依法行政。现将有关情况报告如下：", *body()[1:])


def test_the_posting_office_of_a_government_report_is_not_its_bureau():
    # round N bug 8: 来源 names the office that posted it; the body speaks as 我区
    r = zhenfa.extract_text(_posted_by("金州区司法局", "我区"))
    assert r.bureau.name is None and place(r) == ("辽宁省", "大连市", "金州区", "county")


def test_the_posting_office_without_a_place_of_a_government_report_gives_no_bureau():
    r = zhenfa.extract_text(_posted_by("区司法局", "我区"))
    assert r.bureau is None or r.bureau.name is None


@pytest.mark.parametrize("subject", ["我局", "区司法局"])
def test_the_source_department_of_a_report_that_speaks_as_a_department_is_its_bureau(subject):
    # guard: a report that says 我局 (or never speaks as its place) is the department's
    r = zhenfa.extract_text(_posted_by("金州区司法局", subject))
    assert r.bureau.name == "金州区司法局"


# The false-positive hunt on the rules above: what the 来源 rule must leave alone
@pytest.mark.parametrize(("source", "subject", "name"), [
    ("金州区人民政府", "我区", "金州区人民政府"),  # the government itself
    ("大王镇人民政府", "我镇", "大王镇人民政府"),  # a town's
    ("株洲高新区管委会", "我区", "株洲高新区管委会"),  # a zone's body
    ("金州区政务服务中心", "我中心", "金州区政务服务中心"),  # a department speaking as 我中心, with 我区 too
])
def test_the_source_that_is_the_issuer_itself_keeps_its_name(source, subject, name):
    text = _posted_by(source, subject).replace("现将有关情况报告如下：", "为我区法治建设作出贡献。现将有关情况报告如下：")
    r = zhenfa.extract_text(text)
    assert r.bureau is not None and r.bureau.name == name


@pytest.mark.parametrize("opening", [
    "2023年，依托综合保税区持续优化营商环境，我局坚持依法行政。",
    "2023年，围绕自贸试验区深入推进法治政府建设，我局坚持依法行政。",
])
def test_a_zone_after_a_verb_is_what_the_work_is_about_not_the_bureau(opening):
    r = zhenfa.extract_text(doc("2023年度法治政府建设工作报告", opening, *body()[1:]))
    assert r.bureau is None  # the body says only 我局: no name, no place


def test_of_a_government_and_its_department_as_joint_issuers_the_government_is_the_bureau():
    text = doc("宁波市人民政府 宁波市司法局", "关于2023年法治政府建设情况的报告", *body("我市"))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "宁波市人民政府"
    assert r.title == "宁波市人民政府 宁波市司法局关于2023年法治政府建设情况的报告"


@pytest.mark.parametrize("second", ["2023年法治政府建设情况", "法治政府建设情况"])
def test_a_part_heading_below_the_title_does_not_replace_it(second):
    # 2023年法治政府建设情况 under the title is the first part's heading, with no number
    text = doc("郑州市司法局2023年度法治政府建设情况报告", "", second, "", *body())
    r = zhenfa.extract_text(text)
    assert r.title == "郑州市司法局2023年度法治政府建设情况报告" and r.doc_type == "情况报告"


def test_a_column_name_with_no_year_is_no_title():
    r = zhenfa.extract_text(doc("首页 > 法治政府建设 > 法治政府建设情况", "法治政府建设情况", *body()))
    assert r.title is None


# --- round O: pinyin a mirror site inserted after characters (內(nèi)蒙古) ---------------------

_GLOSSED_TITLES = (
    "黑(hēi)龙江省(shěng)司法厅关(guān)于2024年度法治政府建设(shè)情况的报(bào)告",  # every word glossed
    "黑龙江省司法厅关于2024年度法治政府建设情况的报(bào)告",  # only inside the type word
    "黑龍(lóng)江省司法廳關(guān)於2024年度法治政府建設(shè)情況的報(bào)告",  # a traditional mirror
)


@pytest.mark.parametrize("title", _GLOSSED_TITLES)
def test_a_title_glossed_with_pinyin_is_read_without_it(title):
    text = doc(title, *body("我厅", "2024"))
    r = zhenfa.extract_text(text)
    assert r.title is not None and "(" not in r.title and r.title.endswith(("情况的报告", "情況的報告"))
    assert r.doc_type == "情况报告" and r.report_year == 2024
    assert r.bureau.name in ("黑龙江省司法厅", "黑龍江省司法廳") and place(r) == ("黑龙江省", None, None, "province")
    # spans are the source's: the title line whole, the name with its glosses inside
    s, e = r.evidence.title
    assert text[s:e] == title
    s, e = r.bureau.span
    assert text[s:e].startswith("黑") and text[s:e].endswith(("厅", "廳"))
    s, e = r.evidence.doc_type
    assert text[s:e].startswith(("情况", "情況")) and text[s:e].endswith("告")
    assert [w for w in r.warnings if w.code == "injected_text" and "pinyin" in w.message]


def test_a_text_without_glosses_gets_no_gloss_warning():
    # guard: a parenthesis of plain ASCII letters (APP) or a figure is no pinyin
    r = zhenfa.extract_text(doc("黑龙江省司法厅关于2024年度法治政府建设情况的报告",
                                "2024年，我厅上线执法监督平台(APP)，办理案件(12件)。现将有关情况报告如下：", *body("我厅", "2024")[1:]))
    assert r.title == "黑龙江省司法厅关于2024年度法治政府建设情况的报告"
    assert "injected_text" not in codes(r)


# --- round O: a 委员会's office (委办) and a body's alias in brackets --------------------------

@pytest.mark.parametrize(("issuer", "name"), [
    ("西藏自治区民宗委办(编译局)", "西藏自治区民宗委办（编译局）"),
    ("西藏自治区民宗委办（编译局）", "西藏自治区民宗委办（编译局）"),
    ("西藏自治区民宗委办", "西藏自治区民宗委办"),
])
def test_a_committee_office_with_or_without_its_alias_is_the_bureau(issuer, name):
    text = doc(f"{issuer}2025年度法治政府建设工作报告", *body("办(局)", "2025"))
    r = zhenfa.extract_text(text)
    assert r.bureau.name == name and place(r) == ("西藏自治区", None, None, "province")
    s, e = r.bureau.span
    assert text[s:e] == issuer


@pytest.mark.parametrize("issuer", ["拉萨市司法局(2025年)", "拉萨市司法局（盖章）"])
def test_a_bracket_that_is_no_body_is_not_part_of_the_name(issuer):
    # guard: only an alias that is itself a body's name (…局, …办公室) joins the name
    r = zhenfa.extract_text(doc(issuer, "2025年度法治政府建设工作报告", *body("我局", "2025")))
    assert r.bureau is None or r.bureau.name is None or ("(" not in r.bureau.name and "（" not in r.bureau.name)


# --- round O: the level of a bureau whose place is read around its name, not in it -------------

def test_a_report_with_only_its_place_gets_that_place_s_level():
    # no name is read (the bureau is named only inside 《》), the page places it in 六盘水市
    r = zhenfa.extract_text(doc("2024年，我局认真落实《六盘水市文体广电旅游局2024年法治政府建设工作要点》，扎实推进依法行政。",
                                *body()[1:]))
    assert (r.bureau.name, r.bureau.province, r.bureau.city, r.bureau.level) == (None, "贵州省", "六盘水市", "city")


def test_a_report_that_speaks_as_its_county_is_county_level_under_a_province():
    # the page names only 福建省 (a ranking), the report speaks as 我县
    r = zhenfa.extract_text(doc("2024年，我县入选福建省经济实力十强县，全省排名第五，扎实推进依法行政。",
                                "我县坚持以习近平法治思想为指导。", *body()[1:]))
    assert (r.bureau.province, r.bureau.level) == ("福建省", "county")


def test_a_district_bureau_placed_by_its_city_is_county_level():
    r = zhenfa.extract_text(doc("区教育局2024年法治政府建设工作报告", *body("鞍山市各学校", "2024")))
    assert r.bureau.name == "区教育局" and (r.bureau.city, r.bureau.level) == ("鞍山市", "county")


def test_a_municipality_s_report_that_says_our_city_stays_province_level():
    # guard: 我市 in 上海市 is the province-level city itself
    r = zhenfa.extract_text(doc("2024年，我市坚持以习近平法治思想为指导，上海市各部门扎实推进依法行政。", *body()[1:]))
    assert (r.bureau.province, r.bureau.level) == ("上海市", "province")


# --- round O: 街 as a street office's short name (鹤龙街 for 鹤龙街道) ------------------------------

def test_a_street_office_s_short_name_opening_the_report_is_the_bureau():
    text = doc("2024年，沙河街坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：", *body()[1:])
    r = zhenfa.extract_text(text)
    assert r.bureau.name == "沙河街" and r.bureau.level == "town"
    s, e = r.bureau.span
    assert text[s:e] == "沙河街"


@pytest.mark.parametrize(("title", "name"), [("沙河街2024年法治政府建设工作报告", "沙河街"),
                                             ("天河区沙河街2024年法治政府建设工作报告", "天河区沙河街")])
def test_a_street_office_s_short_name_before_the_year_in_the_title_is_the_bureau(title, name):
    r = zhenfa.extract_text(doc(title, *body("我街", "2024")))
    assert r.bureau.name == name and r.bureau.level == "town"


@pytest.mark.parametrize("subject", ["中山大街", "北京路步行街", "上下九商业街"])
def test_a_street_opening_the_report_is_no_bureau(subject):
    # guard: streets (大街, 步行街, 商业街) are addresses, not offices
    r = zhenfa.extract_text(doc(f"2024年，{subject}坚持以习近平法治思想为指导。现将有关情况报告如下：", *body()[1:]))
    assert r.bureau is None or r.bureau.name is None or not r.bureau.name.endswith("街")


def test_a_street_in_the_body_is_no_bureau():
    # guard: 街 is a body only where a body stands; an address in the body is none
    r = zhenfa.extract_text(doc("2024年，我局在解放路123号沙河街设立法律服务站，扎实推进法治政府建设。", *body()[1:]))
    assert r.bureau is None or r.bureau.name is None or "街" not in r.bureau.name
