"""Round V, finding D3: casino text a mirror site splices into a government page. The SEO string that
replaced a place name (brand_phrase_phrase…下载365 glued to the body's name) is masked whole, not only its
brand token, and a casino site's name appended to the page title after a dash (…情况-am8亚美官方网站) is
injected text. Each case is paired with guards that must not change; every text is invented in the
finding's shape (other brands, bodies and places), each expectation read by hand."""

from __future__ import annotations

import time

import pytest

from zhenfa import extract_text
from zhenfa.clean import find_noise


def codes(report) -> list[str]:
    return [w.code for w in report.warnings]


def injected(report, text: str) -> list[str]:
    return [text[w.span[0]:w.span[1]] for w in report.warnings if w.code == "injected_text" and w.span]


_BODY = "现将有关情况报告如下：\n一、主要举措和成效\n（一）加强组织领导\n全年召开专题会议4次。\n"
# Three phrases joined by '_': the brand's, a middle one with no listed spam word but 下载, and an end
# phrase that runs into the body's name, its spam ending with the digits glued to that name.
_SEO = "betway必威_亚洲足球88手机版下载安装_哪个平台能下载88"


# --- the whole spliced SEO string ---------------------------------------------------------------

def test_a_spliced_seo_string_is_masked_whole_in_the_metadata_and_the_opening():
    text = (f"发布机构: | {_SEO}人民防空办公室 | 发布日期: | 2023-03-01 |\n"
            f"2022年，{_SEO}人防办坚持以习近平法治思想为指导。" + _BODY)
    r = extract_text(text)
    assert injected(r, text) == [_SEO, _SEO]
    assert r.bureau is not None and r.bureau.name == "人民防空办公室"
    # 88人 (the brand's digits glued to 人防办) is no statistic
    assert [s.raw for s in r.statistics] == ["4次"]


def test_the_phrases_of_a_spliced_string_before_its_brand_are_masked_too():
    text = "当前位置：首页 > 澳门金沙_手机版官方_365bet足球_在线 > 政务公开\n"
    assert [text[n.start:n.end] for n in find_noise(text)] == ["澳门金沙_手机版官方_365bet足球_在线"]


def test_an_end_phrase_without_a_spam_word_is_the_pages_own():
    # the page's words begin right after the last joint: only the joint goes with the spam
    text = "发布机构: | 365bet足球_人民防空办公室 |\n"
    assert [text[n.start:n.end] for n in find_noise(text)] == ["365bet足球_"]


@pytest.mark.parametrize("line, spam", [
    # the seed's shape: a run closed by a colon (where 关于 stood) stands alone
    ("当前位置 > 金沙城中心赌场_澳门金沙官网: > 某市教育局 > 法定主动公开内容", "金沙城中心赌场_澳门金沙官网:"),
    ("《金沙城中心赌场_澳门金沙官网:印发某市法治政府建设实施方案的通知》", "金沙城中心赌场_澳门金沙官网:"),
    # no joint after the brand: the run as before
    ("发布机构: | 365bet人民防空办公室 |", "365bet"),
    # '|' separates table cells: no joint
    ("| 365bet | 人民防空办公室 |", "365bet"),
], ids=["breadcrumb_colon", "title_colon", "no_joint", "table_cells"])
def test_runs_not_followed_by_a_joined_phrase_keep_their_span(line, spam):
    assert [line[n.start:n.end] for n in find_noise(line)] == [spam]


def test_law_enforcement_words_with_underscores_stay_unflagged():
    text = ("某市公安局2023年法治政府建设情况报告\n一、主要举措和成效\n"
            "（一）开展打击网络赌博_专项行动，查处赌博案件_12起，附件：赌博案件_统计表_下载。\n")
    assert "injected_text" not in codes(extract_text(text))


# --- a casino site's name appended to the title --------------------------------------------------

_TITLE = "宁德市2023年度法治政府建设情况"
_SOURCE = "来源:宁德市人民政府网站 时间:2024-03-05 10:20\n"
_OPENING = "2023年，宁德市坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"


@pytest.mark.parametrize("suffix", ["-am8亚美官方网站", " - yb88云博官网", "_k8凯发app下载"],
                         ids=["dash", "spaced_dash", "underscore_app"])
def test_a_casino_site_name_appended_to_the_only_title_is_injected(suffix):
    text = _TITLE + suffix + "\n" + _SOURCE + _OPENING + _BODY
    r = extract_text(text)
    assert injected(r, text) == [suffix.lstrip()]
    assert r.title == _TITLE
    assert r.bureau is not None and "网站" not in r.bureau.name


def test_a_casino_site_name_appended_to_a_crlf_title_leaves_the_line_break():
    text = (_TITLE + "-am8亚美官方网站\n" + _SOURCE + _OPENING + _BODY).replace("\n", "\r\n")
    r = extract_text(text)
    assert injected(r, text) == ["-am8亚美官方网站"]
    assert r.title == _TITLE


@pytest.mark.parametrize("suffix", [
    "-宁德市人民政府门户网站",  # a government site's name: Han
    "-G20杭州峰会官方网站",  # an event's code: upper case
    "-5G应用官网",
    "-mp4格式下载",  # a file's download, not an app's
    "-i宁德官网",  # a city app's name: no digits
], ids=["gov_site", "event_code", "tech_code", "file_download", "city_app"])
def test_a_site_name_after_a_title_that_is_no_casino_is_kept(suffix):
    text = _TITLE + suffix + "\n" + _SOURCE + _OPENING + _BODY
    assert "injected_text" not in codes(extract_text(text))


def test_a_casino_site_shape_inside_a_line_is_not_a_suffix():
    # the shape is a suffix: in the middle of a sentence it is left alone
    line = "（一）推进政务公开。在门户网站-ks8专栏官网发布信息36条。\n"
    assert find_noise(line) == []


# --- cost ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a_" * 50_000 + "365bet",
    "365bet_" + "a_" * 50_000,
    ("a_" * 20 + "365bet。") * 3_000,
    "365bet" + "_下载" * 30_000,
    ("-ks8" + "凯" * 8) * 10_000 + "官网",
], ids=["joints_before", "joints_after", "many_runs", "spam_chain", "suffix_near_misses"])
def test_widening_stays_linear(text):
    started = time.perf_counter()
    find_noise(text)
    assert time.perf_counter() - started < 1.0


def test_a_brand_run_inside_an_appended_site_name_gives_one_span():
    # the spam-word rule finds …_bet365, the suffix rule _bet365体育官网: one piece of advertising
    line = "宁德市2023年度法治政府建设情况_bet365体育官网\n"
    assert [line[n.start:n.end] for n in find_noise(line)] == ["_bet365体育官网"]
