"""Round FMT: the same report in the formats users download: HTML charsets. Small hand-made inputs;
each fix with guards that must not change. (The round's HTML list numbering and PDF table, margin and
lone-header fixes were withdrawn after false-positive hunt 12 found them reading editors' lists,
letter-spaced lines and small headings wrongly.)"""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.load import load_bytes

TITLE = "某县司法局2023年度法治政府建设情况报告"
OPENING = "2023年，某县司法局坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下："


def page(body: str, charset: str | None = None, *, http_equiv: bool = False) -> str:
    head = ""
    if charset and http_equiv:
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    elif charset:
        head = f'<meta charset="{charset}">'
    return f"<html><head>{head}</head><body><h1>{TITLE}</h1><div class=\"TRS_Editor\"><p>{OPENING}</p>{body}</div></body></html>"


RANGE_BODY = ("<p>一、主要举措和成效</p><p>（一）优化审批服务·提速增效。审批时限压缩至3—5个工作日，罚没款5—10万元。</p>"
              "<p>二、存在的不足</p><p>执法力量不足。</p>")


# --- D1: the GBK family's labels are read as browsers read them -------------------------------


@pytest.mark.parametrize(("label", "encoding"), [("gb2312", "gbk"), ("GB2312", "gbk"), ("gb_2312-80", "gbk"), ("csgb2312", "gbk"),
                                               ("chinese", "gbk"), ("euc-cn", "gbk"), ("gbk", "gbk"), ("x-gbk", "gbk")])
def test_gb2312_labels_read_as_browsers_read_them(label, encoding):
    data = page(RANGE_BODY, label, http_equiv=True).encode("gbk")
    loaded = load_bytes(data, ".html")
    assert loaded.encoding == encoding and loaded.warnings == []
    assert "3—5个工作日" in loaded.text and "服务·提速" in loaded.text
    assert "\u2015" not in loaded.text and "\u30fb" not in loaded.text


def test_gb2312_page_keeps_its_ranges():
    report = zhenfa.extract_bytes(page(RANGE_BODY, "gb2312", http_equiv=True).encode("gbk"), suffix=".html")
    ranges = {(s.raw, s.low, s.value) for s in report.statistics}
    assert ("3—5个工作日", 3, 5) in ranges and ("5—10万元", 50000, 100000) in ranges
    assert report.measures[0].title == "优化审批服务·提速增效"


def test_gb2312_declared_over_utf8_bytes_reads_utf8():
    # a template's declaration over a page saved in UTF-8: GB18030 would decode it into nonsense
    loaded = load_bytes(page(RANGE_BODY, "gb2312").encode("utf-8"), ".html")
    assert loaded.encoding == "utf-8" and "3—5个工作日" in loaded.text


def test_big5_label_stays_big5():
    # guard: Python's big5hkscs is not browsers' Big5 (circled numbers), so Big5 stays Big5
    body = "<p>一、主要舉措</p><p>①完善制度。</p>"
    loaded = load_bytes(page(body, "big5").replace(TITLE, "某縣司法局報告").replace(OPENING, "現將有關情況報告如下：").encode("big5"), ".html")
    assert loaded.encoding == "big5" and "①完善制度" in loaded.text


# --- D7: a Western declaration over Chinese bytes ------------------------------------------------


@pytest.mark.parametrize(("label", "codec", "expected"), [
    ("iso-8859-1", "gbk", "gbk"), ("latin-1", "gbk", "gbk"), ("windows-1252", "gbk", "gbk"),
    ("iso-8859-1", "utf-8", "utf-8"),
])
def test_western_declaration_over_chinese_bytes(label, codec, expected):
    loaded = load_bytes(page(RANGE_BODY, label).encode(codec), ".html")
    assert loaded.encoding == expected
    assert TITLE in loaded.text and "3—5个工作日" in loaded.text
    assert [w.code for w in loaded.warnings] == ["charset_mismatch"]


def test_western_page_in_its_declared_charset_stays():
    # guard: a Latin-1 page with accented letters (and GBK-decodable byte pairs) is what it says
    markup = ('<html><head><meta charset="iso-8859-1"></head><body><p>Le café de Müller à Genève, '
              "près de la gare; réunion à 10h. Où êtes-vous? Señor Niño.</p></body></html>")
    loaded = load_bytes(markup.encode("latin-1"), ".html")
    assert loaded.encoding == "iso8859-1" and "café de Müller à Genève" in loaded.text and loaded.warnings == []


def test_big5_bytes_under_a_gb2312_label_are_detected():
    # (hunt 12, E08) a copied gb2312 label over a Big5 page: the bytes are no GB2312, so they are detected
    body = "<p>一、主要舉措和成效</p><p>（一）完善制度。全年審查規範性文件15件。</p><p>二、存在的不足</p><p>執法力量不足。</p>"
    markup = page(body, "gb2312").replace(TITLE, "某縣司法局2023年度法治政府建設情況報告").replace(OPENING, "2023年，某縣司法局堅持依法行政。現將有關情況報告如下：")
    loaded = load_bytes(markup.encode("big5"), ".html")
    assert "某縣司法局2023年度法治政府建設情況報告" in loaded.text


def test_a_few_symbols_under_a_western_label_stay():
    # (hunt 12, E29) Chinese written as &#…; entities and a few raw Latin-1 symbols: nothing to re-decode
    markup = ('<html><head><meta charset="iso-8859-1"></head><body><p>&#26576;&#21439;&#21496;&#27861;&#23616; '
              "\xd7\xd7\xd7\xd7 &#177;</p></body></html>")
    loaded = load_bytes(markup.encode("latin-1"), ".html")
    assert [w.code for w in loaded.warnings] == [] and "××××" in loaded.text
