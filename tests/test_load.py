"""zhenfa.load: bytes → text (encodings, BOMs, CRLF, binary and empty input) and HTML → text."""

from __future__ import annotations

import codecs
import hashlib
import random
from pathlib import Path

import pytest

import zhenfa
from zhenfa.html import html_to_text
from zhenfa.load import LoadError, load_bytes, load_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_GBK = SEEDS / "002_6b2271e182a537b4.txt"  # every character of this seed is in GBK
SEED_001 = SEEDS / "001_4fee1730b9a031e9.txt"

# A short report opening. 𠮷 (U+20BB7) is not in GBK: only GB18030 (four bytes) encodes it.
SAMPLE = (
    "某某市司法局2021年度法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "全年办理行政复议案件35件，开展普法活动12场次。\n"
    "二、存在的不足和原因\n"
    "一是执法力量不足。\n"
)
SAMPLE_GB18030 = SAMPLE.replace("全年", "𠮷祥路街道全年")


def _encoded(text: str, how: str) -> bytes:
    if how == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if how == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    if how == "utf-16-le-nobom":
        return text.encode("utf-16-le")
    if how == "utf-16-be-nobom":
        return text.encode("utf-16-be")
    return text.encode(how)


# (how the bytes are made, the encoding zhenfa must record; None = any utf-16 name that decodes the bytes)
ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gbk", "gbk"),
    ("utf-16-le-bom", "utf-16"),
    ("utf-16-be-bom", "utf-16"),
    ("utf-16-le-nobom", None),
    ("utf-16-be-nobom", None),
]


def _check_encoding(loaded, data: bytes, text: str, expected: str | None) -> None:
    assert loaded.text == text
    assert not loaded.text.startswith("\ufeff"), "the byte-order mark is not part of the text"
    assert loaded.sha256 == hashlib.sha256(data).hexdigest()
    assert loaded.warnings == []
    if expected is None:
        assert loaded.encoding is not None and loaded.encoding.startswith("utf-16")
    else:
        assert loaded.encoding == expected
    # The recorded encoding is "the encoding used to decode the bytes": decoding with it gives the text back.
    assert data.decode(loaded.encoding) == text, f"bytes do not decode to the text with the recorded encoding {loaded.encoding!r}"


# ---------------------------------------------------------------- encodings


def test_sample_is_gbk_encodable_and_gb18030_sample_is_not() -> None:
    SAMPLE.encode("gbk")
    with pytest.raises(UnicodeEncodeError):
        SAMPLE_GB18030.encode("gbk")


@pytest.mark.parametrize(("how", "expected"), ENCODINGS)
def test_sample_decodes_in_every_encoding(how: str, expected: str | None) -> None:
    data = _encoded(SAMPLE, how)
    _check_encoding(load_bytes(data, ".txt"), data, SAMPLE, expected)


def test_gb18030_only_character_forces_gb18030() -> None:
    data = SAMPLE_GB18030.encode("gb18030")
    loaded = load_bytes(data, ".txt")
    _check_encoding(loaded, data, SAMPLE_GB18030, "gb18030")
    assert "𠮷祥路" in loaded.text
    # 𠮷 is one code point (outside the BMP): offsets count it once.
    assert len(loaded.text) == len(SAMPLE) + len("𠮷祥路街道")


@pytest.mark.parametrize(("how", "expected"), [*ENCODINGS, ("gb18030", "gbk")])
def test_whole_seed_decodes_in_every_encoding(tmp_path: Path, how: str, expected: str | None) -> None:
    text = SEED_GBK.read_text(encoding="utf-8")
    data = _encoded(text, how)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    # GB18030 bytes of GBK-only text are GBK bytes: "gbk" is the encoding tried first and it fits.
    _check_encoding(load_path(path), data, text, expected)


def test_gb18030_seed_file_extracts_like_utf8(tmp_path: Path, seed_reports) -> None:
    # Seed 000 contains U+00A0 (no-break space), which GBK cannot encode and GB18030 can.
    name = "000_64157d57be6aa139.txt"
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert "\xa0" in text
    path = tmp_path / name
    path.write_bytes(text.encode("gb18030"))
    report = zhenfa.extract_file(path)
    assert report.source.encoding == "gb18030"
    assert report.source.chars == len(text)
    assert report.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert report.source.path == str(path)
    ref = seed_reports[name]
    assert report.title == ref.title == "嘉兴市教育局2021年度法治政府建设情况报告"
    assert [(s.value, s.unit, s.raw, tuple(s.span)) for s in report.statistics] == [
        (s.value, s.unit, s.raw, tuple(s.span)) for s in ref.statistics
    ]
    assert [s.heading for s in report.sections] == [s.heading for s in ref.sections]


# ---------------------------------------------------------------- CRLF


def _lf_to_crlf(i: int, lf_text: str) -> int:
    """Offset in the CRLF copy of the character at offset i of the LF text."""
    return i + lf_text.count("\n", 0, i)


def _section_rows(sections) -> list[tuple]:
    rows = []
    for s in sections:
        rows.append((s.marker, s.number, s.level, s.title, s.heading, tuple(s.kinds), s.implicit, s.line))
        rows.extend(_section_rows(s.children))
    return rows


def _item_rows(items) -> list[tuple]:
    return [(i.title, i.text, i.depth, tuple(i.path), i.marker, i.year) for i in items]


def test_crlf_offsets_count_the_carriage_returns(tmp_path: Path) -> None:
    lf = SEED_001.read_text(encoding="utf-8")
    assert "\r" not in lf
    crlf = lf.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(crlf.encode("utf-8"))
    loaded = load_path(path)
    assert loaded.text == crlf
    assert len(loaded.text) == len(lf) + lf.count("\n")
    assert loaded.text.count("\r") == lf.count("\n")


def test_crlf_seed_extracts_the_same_values_as_lf(tmp_path: Path, seed_reports) -> None:
    name = SEED_001.name
    lf = SEED_001.read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    path = tmp_path / name
    path.write_bytes(crlf.encode("utf-8"))
    a = seed_reports[name]
    b = zhenfa.extract_file(path)

    assert b.source.chars == len(crlf)
    assert b.title == a.title == "张家港市教育局2019年度法治政府建设情况报告"
    assert (b.doc_type, b.report_year, b.published) == (a.doc_type, a.report_year, a.published)
    assert (b.bureau.name if b.bureau else None) == (a.bureau.name if a.bureau else None)
    assert [s.heading for s in b.sections] == [
        "一、主要举措和成效",
        "二、存在不足和原因",
        "三、党政主要负责人履行推进法治政府建设第一责任职责相关情况",
        "四、2020年度推进法治政府建设工作设想",
    ]
    assert _section_rows(b.sections) == _section_rows(a.sections)
    for field in ("measures", "shortcomings", "plans"):
        assert _item_rows(getattr(b, field)) == _item_rows(getattr(a, field)), field
        for item in getattr(b, field):
            assert "\r" not in item.title and "\r" not in item.text
    assert [(s.value, s.unit, s.qualifier, s.raw, s.subject, tuple(s.section)) for s in b.statistics] == [
        (s.value, s.unit, s.qualifier, s.raw, s.subject, tuple(s.section)) for s in a.statistics
    ]
    assert b.statistics, "seed 001 states statistics (e.g. 2338件)"
    # Spans move by the number of CRs before them and still ground the same text.
    for sa, sb in zip(a.statistics, b.statistics, strict=True):
        assert tuple(sb.span) == (_lf_to_crlf(sa.span[0], lf), _lf_to_crlf(sa.span[1], lf))
        assert crlf[sb.span[0]:sb.span[1]] == sb.raw
    for sa, sb in zip(_flat(a.sections), _flat(b.sections), strict=True):
        assert tuple(sb.heading_span) == (_lf_to_crlf(sa.heading_span[0], lf), _lf_to_crlf(sa.heading_span[1], lf))
        assert "\r" not in crlf[sb.heading_span[0]:sb.heading_span[1]]
    assert sorted(w.code for w in b.warnings) == sorted(w.code for w in a.warnings)


def _flat(sections) -> list:
    out = []
    for s in sections:
        out.append(s)
        out.extend(_flat(s.children))
    return out


# ---------------------------------------------------------------- bad input


def _load_error(data: bytes, tmp_path: Path, name: str = "bad.txt") -> LoadError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        load_path(path)
    err = info.value
    assert err.message and str(err) == err.message
    return err


@pytest.mark.parametrize(("script", "date"), [
    ('var publish_time = "2023-02-10" || "";', "2023-02-10"),
    ('var ct = "1676044800";', "2023-02-11"),  # 16:00 UTC on the 10th is midnight on the 11th in China
])
def test_a_wechat_articles_date_from_its_script(script, date) -> None:
    page = (f'<html><body><h1 class="rich_media_title">某某局2022年法治政府建设年度报告</h1><em id="publish_time"></em>'
            f'<div id="js_content" style="visibility: hidden;"><p>2022年，我局坚持依法行政。</p></div>'
            f"<script>{script}</script></body></html>")
    assert html_to_text(page).startswith(f"PubDate：{date}\n")


def test_a_word_web_pages_list_spacer_is_not_part_of_the_heading() -> None:
    page = ("<html><body><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
            "<span style='mso-list:Ignore'>一、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            "<![endif]><span>主要举措和成效</span></p></body></html>")
    assert html_to_text(page) == "一、主要举措和成效\n"


def test_a_list_spacer_keeps_a_number_apart_and_real_small_type_stays() -> None:
    page = ("<html><body><p><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            "<span>360名执法人员参加培训。</span></p><p>全年办理案件<span style='font:7.0pt'>128</span>件。</p></body></html>")
    assert html_to_text(page) == "1. 360名执法人员参加培训。\n全年办理案件128件。\n"


@pytest.mark.parametrize("page", [
    # not a WeChat article: a class that merely starts with rich_media, and an ID in var ct
    '<html><body><div class="rich_media_box"><h1>某某局2022年法治政府建设年度报告</h1></div><script>var ct = "1676044800";</script></body></html>',
    # a WeChat article whose ct is no plausible date (2001)
    '<html><body><h1 class="rich_media_title">标题</h1><div id="js_content"><p>正文。</p></div><script>var ct = "1000000123";</script></body></html>',
])
def test_no_wechat_date_where_the_page_or_the_number_is_not_one(page) -> None:
    assert not html_to_text(page).startswith("PubDate")


def test_a_gbk_file_whose_pairs_also_read_as_utf8_stays_gbk() -> None:
    # 一 (D2 BB) and 系统 (CF B5 CD B3) are also UTF-8 һ and ϵͳ: the file is GBK, not UTF-8 with GBK runs
    text = ("某县司法局关于法治政府建设情况的报告\n一、主要举措和成效\n系统推进依法行政，严格落实重大行政决策程序，全面推行"
            "行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，持续深化“放管服”改革，不断优化法治化营商环境。\n")
    loaded = load_bytes(text.encode("gbk"), ".txt")
    assert loaded.encoding == "gbk" and loaded.text == text and loaded.warnings == []


def test_a_stray_byte_before_chinese_punctuation_is_replaced() -> None:
    text = SEED_001.read_text(encoding="utf-8")
    k = text.index("。")
    pos = len(text[:k].encode("utf-8"))
    data = text.encode("utf-8")
    loaded = load_bytes(data[:pos] + b"\xb5" + data[pos:], ".txt")  # B5 E3 is a GBK pair; E3 80 82 is 。
    assert loaded.text == text[:k] + "\ufffd" + text[k:]
    assert [w.code for w in loaded.warnings] == ["decode_replaced"]


def test_load_error_is_the_public_one() -> None:
    assert zhenfa.LoadError is LoadError


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "empty.html"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert info.value.code == "empty"  # a 0-byte PDF is empty, not corrupt


@pytest.mark.parametrize("data", [b" \r\n\t\n   \n", "\u3000\u3000\r\n\u3000\n".encode(), codecs.BOM_UTF8 + b"\n\n"])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    # ASCII whitespace, ideographic spaces (U+3000), or a BOM and blank lines: no text.
    assert _load_error(data, tmp_path).code == "empty"


def test_extract_file_raises_load_error_for_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(zhenfa.LoadError) as info:
        zhenfa.extract_file(path)
    assert info.value.code == "empty"


def test_png_bytes(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" + bytes(64)
    err = _load_error(png, tmp_path, "picture.txt")
    assert err.code == "binary"
    assert "PNG" in err.message


def test_pdf_renamed_txt_raises_load_error(tmp_path: Path) -> None:
    # A PDF with no text layer at all (no pages, no content streams), saved as .txt.
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    err = _load_error(pdf, tmp_path, "scan.txt")
    assert err.code


def test_random_bytes(tmp_path: Path) -> None:
    data = random.Random(0).randbytes(4096)
    assert _load_error(data, tmp_path, "noise.txt").code == "binary"


def test_random_bytes_without_nul(tmp_path: Path) -> None:
    data = bytes(b or 1 for b in random.Random(1).randbytes(4096))
    assert _load_error(data, tmp_path, "noise.txt").code == "binary"


def test_valid_utf8_full_of_control_characters_is_binary(tmp_path: Path) -> None:
    # Decodes as UTF-8 without error; the control characters (found from the bytes) say binary.
    data = "报告".encode() + bytes(range(1, 9)) * 40 + "法治政府建设".encode()
    err = _load_error(data, tmp_path, "controls.txt")
    assert err.code == "binary" and "control characters" in err.message


def test_control_bytes_are_exactly_the_control_characters_checked() -> None:
    from zhenfa.load import _CONTROL, _CONTROL_BYTES

    assert list(_CONTROL_BYTES) == [b for b in range(128) if _CONTROL.match(chr(b))]


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(tmp_path: Path, monkeypatch) -> None:
    import os
    from types import SimpleNamespace

    from zhenfa.load import read_path

    path = tmp_path / "growing.txt"
    path.write_bytes(b"0123456789" * 10)
    monkeypatch.setattr(os, "fstat", lambda fd: SimpleNamespace(st_size=30))  # the size before it grew
    assert read_path(path) == b"0123456789" * 10
    assert len(read_path(path, max_bytes=50)) == 51  # still capped one past the limit, which load_path rejects


def test_nul_bytes(tmp_path: Path) -> None:
    assert _load_error(bytes(1024), tmp_path, "zeros.txt").code == "binary"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_path(tmp_path)
    assert info.value.code == "unreadable"
    assert "directory" in info.value.message


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_path(tmp_path / "no-such-report.txt")
    assert info.value.code == "not_found"
    assert "no such file" in info.value.message


# ---------------------------------------------------------------- damaged UTF-8


def test_one_corrupt_ascii_byte_is_replaced_and_flagged(tmp_path: Path) -> None:
    text = SEED_001.read_text(encoding="utf-8")
    data = bytearray(text.encode("utf-8"))
    k = text.index("2338件")  # a digit in the body: one byte in UTF-8
    pos = len(text[:k].encode("utf-8"))
    assert data[pos:pos + 1] == b"2"
    data[pos] = 0xFF
    path = tmp_path / "damaged.txt"
    path.write_bytes(bytes(data))
    loaded = load_path(path)
    assert loaded.encoding == "utf-8"
    assert loaded.text == text[:k] + "\ufffd" + text[k + 1:]
    assert [w.code for w in loaded.warnings] == ["decode_replaced"]

    report = zhenfa.extract_file(path)
    assert "decode_replaced" in [w.code for w in report.warnings]
    assert report.title == "张家港市教育局2019年度法治政府建设情况报告"


@pytest.mark.parametrize("footer", ["联系我们", "浙公网安备 33060402000123号", "版权所有\u3000某某市人民政府"])
def test_a_utf8_text_with_a_footer_in_gbk_is_read_with_both(footer) -> None:
    # an include from an older page: a few characters of GBK inside UTF-8 (the bytes of 系
    # and 浙公 also read as UTF-8 ϵ and 㹫: the run stays GBK)
    text = SEED_001.read_text(encoding="utf-8")
    data = text.encode("utf-8") + footer.encode("gbk") + b"\n"
    loaded = load_bytes(data, ".txt")
    assert loaded.encoding == "utf-8" and loaded.text == text + footer + "\n"
    assert [w.code for w in loaded.warnings] == ["mixed_encoding"]


def test_a_stray_byte_before_a_chinese_character_is_no_gbk_character() -> None:
    text = SEED_001.read_text(encoding="utf-8")
    k = text.index("主要举措和成效")
    pos = len(text[:k].encode("utf-8"))
    data = text.encode("utf-8")
    data = data[:pos] + b"\xb0" + data[pos:]  # B0 E4 is a GBK pair; E4 B8 BB is 主
    loaded = load_bytes(data, ".txt")
    assert loaded.text == text[:k] + "\ufffd" + text[k:]
    assert [w.code for w in loaded.warnings] == ["decode_replaced"]


def test_corrupt_byte_inside_a_chinese_character_stays_utf8(tmp_path: Path) -> None:
    text = SEED_001.read_text(encoding="utf-8")
    k = text.index("主要举措和成效")
    pos = len(text[:k].encode("utf-8")) + 1  # the middle byte of 主 (E4 B8 BB)
    data = bytearray(text.encode("utf-8"))
    assert data[pos - 1:pos + 2] == "主".encode()
    data[pos] = 0xFF
    loaded = load_bytes(bytes(data), ".txt")
    assert loaded.encoding == "utf-8"
    assert loaded.text.startswith(text[:k])
    assert loaded.text.endswith(text[k + 1:])
    middle = loaded.text[k:len(loaded.text) - len(text[k + 1:])]
    assert middle and set(middle) == {"\ufffd"}
    assert [w.code for w in loaded.warnings] == ["decode_replaced"]


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>页面标题</title>
  <style>p { color: red; } .x::after { content: "样式文字"; }</style>
  <script>var s = "<p>脚本文字</p>"; document.write(s);</script>
</head>
<body>
  <div style="display:none">澳门赌场在线娱乐spam</div>
  <div style="color: #333; DISPLAY : None">隐藏广告</div>
  <p>
    第一段：某某局&amp;某某中心&lt;联合&gt;发布&#20013;&#x6587;
  </p>
  <p>第二段<br>第三行<br/>第四行</p>
  <script type="text/javascript">
    console.log("脚本二");
  </script>
  <p hidden>隐藏段落</p>
</body>
</html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm", ""])
def test_html_text_is_the_visible_text(suffix: str) -> None:
    loaded = load_bytes(PAGE.encode("utf-8"), suffix)
    assert loaded.format == "html"
    assert loaded.encoding == "utf-8"
    lines = [line for line in loaded.text.split("\n") if line.strip()]
    assert lines == [
        "第一段：某某局&某某中心<联合>发布中文",
        "第二段",
        "第三行",
        "第四行",
    ]
    for hidden in ("样式文字", "脚本", "澳门赌场", "spam", "隐藏", "color", "document.write", "页面标题"):
        assert hidden not in loaded.text


def test_head_metadata_opens_the_text_as_labelled_lines() -> None:
    # the visible date is written by a script: the CMS's <meta name="PubDate"> still gives it
    page = (
        "<html><head><title>湖州市生态环境局2022年度法治政府建设工作报告_湖州市人民政府</title>"
        "<meta name='ArticleTitle' content='湖州市生态环境局2022年度法治政府建设工作报告'>"
        "<meta name=\"PubDate\" content=\"2023-03-15 09:00:00\"/><meta name='ContentSource' content='湖州市生态环境局'>"
        "<meta name='keywords' content='法治'></head><body><script>document.write('2023-03-15')</script>"
        "<h1>湖州市生态环境局2022年度法治政府建设工作报告</h1>"
        "<p>2022年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年办理行政处罚案件35件。</p></body></html>"
    )
    loaded = load_bytes(page.encode("utf-8"), ".html")
    assert loaded.text.startswith("标题：湖州市生态环境局2022年度法治政府建设工作报告\nPubDate：2023-03-15 09:00:00\n"
                                  "来源：湖州市生态环境局\n\n")
    assert "湖州市人民政府" not in loaded.text and "keywords" not in loaded.text
    report = zhenfa.extract_text(loaded.text)
    assert report.published == "2023-03-15" and report.title == "湖州市生态环境局2022年度法治政府建设工作报告"
    s, e = report.evidence.published
    assert loaded.text[s:e] == "2023-03-15"


def test_a_date_the_page_shows_beats_the_head_metadata() -> None:
    page = (
        "<html><head><meta name='PubDate' content='2021-06-01 10:00'></head><body>"
        "<h1>湖州市生态环境局2022年度法治政府建设工作报告</h1><div>发布日期：2023-03-15</div>"
        "<p>2022年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年办理行政处罚案件35件。</p></body></html>"
    )
    loaded = load_bytes(page.encode("utf-8"), ".html")
    report = zhenfa.extract_text(loaded.text)
    assert report.published == "2023-03-15"
    s, e = report.evidence.published
    assert loaded.text[s:e] == "2023-03-15"


def test_a_table_row_of_short_cells_is_one_line_of_tab_separated_cells() -> None:
    page = (
        "<p>（一）行政复议。全年数据如下：</p>"
        "<table><tr><th>项目</th><th>数量（件）</th><th>同比</th></tr>"
        "<tr><td>收到申请</td><td>1024</td><td>+18.2%</td></tr><tr><td>审结<td>901<td>+12.1%</table>"
        # a table that lays out the page: its cells' lines, not one line
        "<table><tr><td><p>二、存在的不足</p><p>" + "执法力量与任务不相适应，" * 10 + "</p></td><td>侧栏</td></tr></table>"
    )
    text = html_to_text(page)
    assert text.split("\n")[:4] == ["（一）行政复议。全年数据如下：", "项目\t数量（件）\t同比", "收到申请\t1024\t+18.2%", "审结\t901\t+12.1%"]
    assert "二、存在的不足\n执法力量与任务不相适应" in text and "\t" not in text.split("\n", 4)[4]


def test_figures_under_a_table_header_are_statistics() -> None:
    page = (
        "<h1>陕西省司法厅2023年度法治政府建设情况报告</h1><p>一、主要举措和成效</p><p>（一）行政复议。全年数据如下：</p>"
        "<table><tr><th>项目</th><th>数量（件）</th><th>同比</th></tr>"
        "<tr><td>收到申请</td><td>1024</td><td>增长18.2%</td></tr><tr><td>审结</td><td>901</td><td>增长12.1%</td></tr></table>"
        "<p>二、存在的不足</p><p>执法力量薄弱。</p>"
    )
    loaded = load_bytes(page.encode("utf-8"), ".html")
    r = zhenfa.extract_text(loaded.text)
    assert [(s.value, s.unit, s.subject, s.section) for s in r.statistics] == [
        (1024, "件", "收到申请", ["一、", "（一）"]), (18.2, "%", "收到申请", ["一、", "（一）"]),
        (901, "件", "审结", ["一、", "（一）"]), (12.1, "%", "审结", ["一、", "（一）"])]
    for s in r.statistics:
        assert loaded.text[s.span[0]:s.span[1]] == s.raw


def test_wechat_article_body_revealed_by_script_is_kept() -> None:
    # mp.weixin.qq.com serves the article hidden; a script shows it. Hidden spam stays dropped.
    page = (
        "<html><body><h1 class='rich_media_title'>杭州市临安区司法局2023年度法治政府建设情况报告</h1>"
        "<div id='meta_content'><span>原创</span> <span>临安司法</span> <em id='publish_time'>2024年01月31日 16:20</em> <em>浙江</em></div>"
        "<div class='rich_media_content js_underline_content' id='js_content' style='visibility: hidden; opacity: 0;'>"
        "<p>一、主要举措和成效</p><p>全年办理行政复议案件35件。</p><p style='display:none'>澳门赌场</p></div>"
        "</body></html>"
    )
    loaded = load_bytes(page.encode("utf-8"), ".html")
    assert "全年办理行政复议案件35件。" in loaded.text and "澳门赌场" not in loaded.text
    report = zhenfa.extract_text(loaded.text)
    assert [s.raw for s in report.statistics] == ["35件"]
    assert report.published == "2024-01-31"


def test_html_file_extracts_offsets_into_the_extracted_text(tmp_path: Path) -> None:
    page = (
        "<html><body><script>x=1</script>"
        "<h1>某某市司法局2021年度法治政府建设情况报告</h1>"
        "<div style='display:none'>澳门赌场</div>"
        "<p>一、主要举措和成效</p><p>全年办理行政复议案件35件。</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("gb18030"))
    report = zhenfa.extract_file(path)
    text = load_path(path).text
    assert report.source.format == "html"
    assert report.source.chars == len(text)
    assert "澳门赌场" not in text and "x=1" not in text
    assert report.title == "某某市司法局2021年度法治政府建设情况报告"
    raws = [(s.raw, text[s.span[0]:s.span[1]]) for s in report.statistics]
    assert ("35件", "35件") in raws
