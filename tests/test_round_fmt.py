"""Round FMT: the same report in the formats users download (HTML charsets, HTML list numbering,
PDF tables, PDF margins, a PDF's lone running header). Small hand-made inputs; each fix with
guards that must not change."""

from __future__ import annotations

import io

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


@pytest.mark.parametrize("label", ["gb2312", "GB2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "chinese", "euc-cn"])
def test_gbk_family_labels_read_as_gb18030(label):
    data = page(RANGE_BODY, label, http_equiv=True).encode("gbk")
    loaded = load_bytes(data, ".html")
    assert loaded.encoding == "gb18030" and loaded.warnings == []
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


# --- D5: <ol> numbering a browser draws from list-style-type ------------------------------------


def lines_of(markup: str) -> list[str]:
    return load_bytes(markup.encode("utf-8"), ".html").text.split("\n")


def test_ol_cjk_ideographic_gives_the_outline():
    body = ('<ol style="list-style-type:cjk-ideographic"><li><strong>主要举措和成效</strong><p>全年办理行政复议案件35件。</p></li>'
            "<li><strong>存在的不足和原因</strong><p>基层执法力量不足。</p></li>"
            "<li><strong>2024年工作安排</strong><p>加强执法队伍建设。</p></li></ol>")
    lines = lines_of(page(body, "utf-8"))
    assert "一、主要举措和成效" in lines and "二、存在的不足和原因" in lines and "三、2024年工作安排" in lines
    report = zhenfa.extract_bytes(page(body, "utf-8").encode("utf-8"), suffix=".html")
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、存在的不足和原因", "三、2024年工作安排"]


def test_nested_and_decimal_lists():
    body = ('<ol style="list-style-type: cjk-ideographic;"><li>主要举措'
            '<ol style="list-style-type:cjk-ideographic"><li>完善制度</li><li>规范执法</li></ol></li>'
            '<li>存在的不足<ol style="list-style-type:decimal"><li>力量不足。'
            '<ol style="list-style-type:decimal"><li>人员少。</li></ol></li><li>培训少。</li></ol></li></ol>')
    lines = [ln for ln in lines_of(page(body)) if ln]
    assert lines[2:] == ["一、主要举措", "（一）完善制度", "（二）规范执法", "二、存在的不足", "1.力量不足。", "（1）人员少。", "2.培训少。"]


def test_start_value_and_type_attributes():
    body = ('<ol style="list-style-type:cjk-ideographic" start="3"><li>第三部分</li><li value="11">第十一部分</li>'
            '<li>第十二部分</li></ol><ol type="1"><li>甲项</li></ol>')
    lines = [ln for ln in lines_of(page(body)) if ln]
    assert lines[2:] == ["三、第三部分", "十一、第十一部分", "十二、第十二部分", "1.甲项"]


@pytest.mark.parametrize("body", [
    "<ol><li>主要举措</li><li>存在的不足</li></ol>",  # a bare <ol>: reset stylesheets usually hide its numbers
    '<ul style="list-style-type:decimal"><li>主要举措</li><li>存在的不足</li></ul>',  # <ul>: never
    '<nav><ol style="list-style-type:decimal"><li>首页</li><li>政务公开</li></ol></nav>',  # navigation
    '<ol style="list-style:none"><li>主要举措</li><li>存在的不足</li></ol>',  # markers turned off
    '<ol style="list-style-type:lower-alpha"><li>主要举措</li><li>存在的不足</li></ol>',  # letters: no outline
])
def test_lists_left_alone(body):
    lines = [ln for ln in lines_of(page(body)) if ln]
    assert lines[2:4] in (["主要举措", "存在的不足"], ["首页", "政务公开"])


def test_typed_marker_not_doubled_and_unnumbered_items_not_counted():
    body = ('<ol style="list-style-type:cjk-ideographic"><li>一、主要举措</li>'
            '<li style="list-style:none"><p>全年办理案件35件。</p></li><li>存在的不足</li></ol>')
    lines = [ln for ln in lines_of(page(body)) if ln]
    assert lines[2:] == ["一、主要举措", "全年办理案件35件。", "二、存在的不足"]


# --- PDF: tables, margins, a lone running header -------------------------------------------------

pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT = 80.0, 515.0
Run = tuple[str, float, float, float, float]  # text, x, baseline, size, character spacing


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def pdf_of(pages: list[list[Run]]) -> bytes:
    font = _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for runs in pages:
        for text, x, y, size, spacing in runs:
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.setCharSpace(spacing)
            t.textOut(text + " ")  # a trailing space: a lone glyph needs a width (see test_formats.make_pdf)
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def justified(text: str, x: float, y: float, size: float = 14) -> Run:
    """A line spread to the right margin, as justified text is."""
    width = pdfmetrics.stringWidth(text, _font(), size)
    return (text, x, y, size, (RIGHT - x - width) / (len(text) - 1))


def centred(text: str, y: float, size: float) -> Run:
    return (text, (PAGE_W - pdfmetrics.stringWidth(text, _font(), size)) / 2, y, size, 0.0)


def row(cells: list[str], y: float, columns: list[float], size: float = 12) -> list[Run]:
    """A table row: each cell centred in its column (x centres)."""
    return [(cell, x - pdfmetrics.stringWidth(cell, _font(), size) / 2, y, size, 0.0) for cell, x in zip(cells, columns, strict=True)]


def pdf_text(data: bytes) -> list[str]:
    return load_bytes(data, ".pdf").text.split("\n")


BODY_LINE = "坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新成效，依法行政水平"


def test_pdf_table_cells_become_tabs():
    columns = [200.0, 330.0, 440.0]
    runs = [centred(TITLE, 760, 20), justified("全年办理行政许可事项、信访件和教育行政执法检查，主要数据如下：", 108, 720)]
    runs += row(["项目", "数量", "单位"], 690, columns)
    runs += row(["行政许可事项办理", "213", "件次"], 665, columns)
    runs += row(["教育行政执法检查", "132", "家次"], 640, columns)
    lines = pdf_text(pdf_of([runs]))
    assert lines[2:] == ["项目\t数量\t单位", "行政许可事项办理\t213\t件次", "教育行政执法检查\t132\t家次"]


def test_pdf_appendix_table_rows_stay_rows():
    columns = [220.0, 400.0]
    runs = [centred(TITLE, 760, 20), ("某县司法局", 400, 700, 14, 0.0), ("2024年1月20日", 400, 675, 14, 0.0),
            ("附：2023年度法治政府建设主要指标", 108, 640, 14, 0.0)]
    runs += row(["指标", "数值"], 610, columns)
    runs += row(["行政处罚案件", "9860件"], 585, columns)
    runs += row(["行政复议受理案件", "312件"], 560, columns)
    report = zhenfa.extract_bytes(pdf_of([runs]), suffix=".pdf")
    control = zhenfa.extract_text(f"{TITLE}\n某县司法局\n2024年1月20日\n附：2023年度法治政府建设主要指标\n指标\t数值\n"
                                  "行政处罚案件\t9860件\n行政复议受理案件\t312件\n")
    assert [(s.raw, s.value, s.unit) for s in report.statistics] == [("9860件", 9860, "件"), ("312件", 312, "件")]
    assert [(s.raw, s.value, s.unit) for s in report.statistics] == [(s.raw, s.value, s.unit) for s in control.statistics]
    assert {w.code for w in report.warnings} == {w.code for w in control.warnings}


def test_pdf_letter_spaced_and_justified_lines_get_no_tabs():
    # guards: a title set with wide letter spacing, and justified body lines
    spaced = ("工作报告", 200, 760, 20, 30.0)
    runs = [spaced, justified(BODY_LINE[:30], 108, 720), justified("进一步提升。" + BODY_LINE[:25], 80, 695)]
    lines = pdf_text(pdf_of([runs]))
    assert "\t" not in "".join(lines) and lines[0] == "工作报告"


def _full_page(first: str) -> list[Run]:
    """A page of body text: a heading and fourteen lines of one paragraph, wrapped at the margin."""
    runs: list[Run] = [centred(TITLE, 760, 20), (first, 108, 720, 14, 0.0), justified(BODY_LINE[:30], 108, 695)]
    runs += [justified(BODY_LINE[k % 5:k % 5 + 31], LEFT, 670 - 24.5 * k) for k in range(13)]
    return [*runs, ("水平明显提升。", LEFT, 670 - 24.5 * 13, 14, 0.0)]


def test_pdf_short_last_page_uses_the_document_margin():
    # page 2: three short lines with no stop that share a right edge well inside the margin;
    # learnt from page 2 alone, that edge made them read as one wrapped paragraph
    page2 = [(f"第{n}项指标完成情况良好并持续巩固提升", LEFT, 760 - 24.5 * k, 14, 0.0) for k, n in enumerate("一二三")]
    lines = pdf_text(pdf_of([_full_page("一、主要举措和成效"), page2]))
    assert lines[-3:] == ["第一项指标完成情况良好并持续巩固提升", "第二项指标完成情况良好并持续巩固提升", "第三项指标完成情况良好并持续巩固提升"]


def _open_page() -> list[Run]:
    """_full_page whose paragraph runs on: its last line is full and ends with no stop."""
    return [*_full_page("一、主要举措和成效")[:-1], justified(BODY_LINE[:31], LEFT, 670 - 24.5 * 13)]


def test_pdf_paragraph_across_pages_still_joins():
    # guard: a justified line at the foot of page 1 continues at the top of page 2
    page2 = [("得到明显提升。", LEFT, 748, 14, 0.0), ("二、存在的不足", 108, 724, 14, 0.0)]
    lines = pdf_text(pdf_of([_open_page(), page2]))
    assert lines[-2].endswith("各项工作取得得到明显提升。") and lines[-1] == "二、存在的不足"


def two_pages(top_of_page2: list[Run]) -> list[str]:
    page2 = [*top_of_page2, ("得到明显提升。", LEFT, 748, 14, 0.0), ("二、存在的不足", 108, 724, 14, 0.0)]
    return pdf_text(pdf_of([_open_page(), page2]))


@pytest.mark.parametrize("header", [
    centred("某县人力资源和社会保障局", 789, 10),  # the issuer, smaller, above the text (Word's different first page)
    centred(TITLE, 789, 14),  # the title repeated, in the body's size
])
def test_pdf_header_on_one_page_only_goes(header):
    lines = two_pages([header])
    assert header[0] not in lines[1:] and lines[-2].endswith("各项工作取得得到明显提升。")


@pytest.mark.parametrize("top", [
    ("某县人力资源和社会保障局", 400, 772, 14, 0.0),  # a line in the body's size that is no title: a sign-off
    centred("单位：件", 748, 10),  # small, but where other pages' text begins: part of the body
])
def test_pdf_top_lines_that_are_no_header_stay(top):
    page2 = [top, ("二、存在的不足", 108, 700, 14, 0.0)]
    lines = pdf_text(pdf_of([_full_page("一、主要举措和成效"), page2]))
    assert top[0] in lines
