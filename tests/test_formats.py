"""Word and PDF input (zhenfa.formats): the text zhenfa defines for these files.

Documents are built here: .docx with python-docx (automatic numbering written
into numbering.xml by hand), PDFs with reportlab and its built-in CID font
STSong-Light, so no font file is needed. Seeds converted to either format must
give the same report fields as the seed's plain text.
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest

import zhenfa
from zhenfa.load import LoadError, load_bytes
from zhenfa.models import SourceFormat

docx = pytest.importorskip("docx")
pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")

from docx.oxml import parse_xml  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = "000_64157d57be6aa139.txt"
SEED_B = "002_6b2271e182a537b4.txt"


def load_docx(data: bytes) -> str:
    return load_bytes(data, ".docx").text


def load_pdf(data: bytes) -> str:
    return load_bytes(data, ".pdf").text


# --- building .docx files ----------------------------------------------------------


def _lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, suff: str = "nothing", extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>{extra}</w:lvl>')


# The outline numbering of Chinese official documents: 一、 （一） 1.
OUTLINE_LEVELS = [
    _lvl(0, "chineseCounting", "%1、"),
    _lvl(1, "chineseCounting", "（%2）"),
    _lvl(2, "decimal", "%3."),
]


class DocxBuilder:
    """A python-docx document with numbering definitions added to its numbering part."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element
        self._next_abstract = 90

    def abstract(self, levels: list[str]) -> str:
        aid = str(self._next_abstract)
        self._next_abstract += 1
        el = parse_xml(f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
                       + "".join(levels) + "</w:abstractNum>")
        first_num = self.numbering.find(f"{{{W_NS}}}num")
        if first_num is not None:  # abstractNum elements come before num elements
            first_num.addprevious(el)
        else:
            self.numbering.append(el)
        return aid

    def num(self, abstract_id: str, num_id: int, overrides: dict[int, int] | None = None) -> str:
        body = "".join(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                       for ilvl, start in (overrides or {}).items())
        self.numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{body}</w:num>'))
        return str(num_id)

    def para(self, text: str, num_id: str | None = None, ilvl: int = 0, style: str | None = None):
        p = self.doc.add_paragraph(text, style=style)
        if num_id is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {NSDECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
        return p

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


# --- building PDFs -----------------------------------------------------------------

FONT = "STSong-Light"
PAGE_W, PAGE_H = 595.0, 842.0  # A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 80.0, 90.0, 90.0
_NO_LINE_START = set("，。、；：？！）》”’」』,.;:?!)%")
_NO_LINE_END = set("（《“‘「『(")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_.,:;%/@#&+\-\[\]=]+")


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _units(text: str) -> list[str]:
    """Unbreakable units as a typesetter sees them: ASCII words, a character with the closing
    punctuation that may not start a line, an opening bracket with the character after it."""
    units: list[str] = []
    i = 0
    while i < len(text):
        m = _ASCII_WORD.match(text, i)
        if m and m.end() - i > 1:
            j = m.end()
        else:
            j = i + 1
            while j < len(text) and text[j - 1] in _NO_LINE_END:
                j += 1
        while j < len(text) and text[j] in _NO_LINE_START:
            j += 1
        units.append(text[i:j])
        i = j
    return units


def _wrap(text: str, size: float, indent: float) -> list[tuple[str, float, bool]]:
    """Greedy wrapping to the page width: (line, x offset, full) for each output line."""
    font = _font()
    width = PAGE_W - 2 * MARGIN_X
    lines: list[tuple[str, float, bool]] = []
    current, x_off = "", indent
    for unit in _units(text):
        if current and pdfmetrics.stringWidth((current + unit).rstrip(), font, size) > width - x_off:
            lines.append((current.rstrip(), x_off, True))
            current, x_off = unit.lstrip(), 0.0
        else:
            current += unit
    if current.strip():
        lines.append((current.rstrip(), x_off, False))
    return lines


def make_pdf(paragraphs: list[str], *, size: float = 14, footer=None, header: str | None = None,
             centred: set[int] | frozenset[int] = frozenset(), justify: bool = True, indent: int = 2,
             para_gap: float = 0.0, late_quotes: bool = False) -> bytes:
    """A PDF laid out like a word processor's: a first-line indent of `indent` characters, justified
    (or ragged) lines wrapped to the page width, `para_gap` points between paragraphs, an optional
    running header and page-number footer. With `late_quotes` the curly quotes are drawn after the
    rest of the page, as word processors do with runs in a fallback font."""
    font = _font()
    pitch = size * 1.75
    width = PAGE_W - 2 * MARGIN_X
    pages: list[list[tuple[str, float, float, float]]] = [[]]  # (text, x, char spacing, baseline) per line
    y = PAGE_H - MARGIN_TOP
    for index, para in enumerate(paragraphs):
        para = para.strip()
        if not para:
            continue
        if index in centred:
            wrapped = [(line, (width - pdfmetrics.stringWidth(line, font, size)) / 2, False) for line, _x, _f in _wrap(para, size, 0)]
        else:
            wrapped = _wrap(para, size, indent * size)
        for line, x_off, full in wrapped:
            if y < MARGIN_BOTTOM:
                pages.append([])
                y = PAGE_H - MARGIN_TOP
            spacing = 0.0
            if justify and full and len(line) > 1:
                spacing = (width - x_off - pdfmetrics.stringWidth(line, font, size)) / (len(line) - 1)
            pages[-1].append((line, MARGIN_X + x_off, spacing, y))
            y -= pitch
        y -= para_gap
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)

    def draw(text: str, x: float, y: float, spacing: float, line_end: bool = False) -> None:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(spacing)
        # PDFium measures a text object by its glyphs' outlines, and STSong-Light is not embedded:
        # on a machine without a CJK font, an object of one Chinese character measures zero wide
        # and is left out of the text (the loader says so: test_lone_glyphs_are_read_or_reported).
        # A space after a line's last character gives it a width; the loader strips line ends.
        t.textOut(text + " " if line_end and len(text) == 1 else text)
        c.drawText(t)

    for number, lines in enumerate(pages, 1):
        if header:
            c.setFont(font, 10)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 50, header)
        late: list[tuple[str, float, float]] = []
        for line, x, spacing, y in lines:
            if not late_quotes:
                draw(line, x, y, spacing, line_end=True)
                continue
            for m in re.finditer(r"[“”]|[^“”]+", line):
                at = x + pdfmetrics.stringWidth(line[:m.start()], font, size) + spacing * m.start()
                if m.group() in "“”":
                    late.append((m.group(), at, y))
                else:
                    draw(m.group(), at, y, spacing, line_end=m.end() == len(line))
        for quote, x, y in late:
            draw(quote, x, y, 0.0)
        if footer:
            c.setFont(font, 10)
            c.drawCentredString(PAGE_W / 2, 45, footer(number, len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue()


# --- comparing reports ---------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _tree(sections) -> list:
    return [(_squash(s.heading), list(s.kinds), _tree(s.children)) for s in sections]


def summary(report) -> dict:
    return {
        "bureau": report.bureau.name if report.bureau else None,
        "report_year": report.report_year,
        "sections": _tree(report.sections),
        "measures": [_squash(i.title) for i in report.measures],
        "shortcomings": [_squash(i.title) for i in report.shortcomings],
        "plans": [_squash(i.title) for i in report.plans],
        "statistics": [(s.value, s.unit) for s in report.statistics],
    }


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def seed_lines(name: str) -> list[str]:
    return [line.rstrip() for line in seed_text(name).splitlines() if line.strip()]


def extract_via(tmp_path, data: bytes, suffix: str):
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    return zhenfa.extract_file(path)


# === .docx ===========================================================================


def test_docx_paragraphs_one_per_line():
    b = DocxBuilder()
    b.para("某市教育局2021年法治政府建设情况报告")
    b.para("")
    b.para("")
    b.para("2021年，我局坚持依法行政。")
    p = b.para("第一句")
    p.add_run().add_break()  # a soft line break (Shift+Enter) is a line break
    p.add_run("第二句\t有制表符")
    assert load_docx(b.bytes()) == "某市教育局2021年法治政府建设情况报告\n\n2021年，我局坚持依法行政。\n第一句\n第二句\t有制表符"


def test_docx_numbering_restored_with_chinese_counting():
    b = DocxBuilder()
    num = b.num(b.abstract(OUTLINE_LEVELS), 90)
    b.para("甲", num, 0)
    b.para("乙", num, 1)
    b.para("正文不编号。")
    b.para("丙", num, 1)
    b.para("丁", num, 2)
    b.para("戊", num, 2)
    b.para("己", num, 0)
    b.para("庚", num, 1)  # restarts at （一） under 二、
    b.para("辛", num, 2)  # restarts at 1. under the new （一）
    assert load_docx(b.bytes()).split("\n") == [
        "一、甲", "（一）乙", "正文不编号。", "（二）丙", "1.丁", "2.戊", "二、己", "（一）庚", "1.辛",
    ]


def test_docx_numbering_beyond_ten_and_other_formats():
    b = DocxBuilder()
    cn = b.num(b.abstract([_lvl(0, "chineseCountingThousand", "%1、", start=10)]), 91)
    circled = b.num(b.abstract([_lvl(0, "decimalEnclosedCircle", "%1")]), 92)
    gan = b.num(b.abstract([_lvl(0, "ideographTraditional", "%1．")]), 93)
    paren = b.num(b.abstract([_lvl(0, "chineseCounting", "（%1）")]), 94)
    legal = b.num(b.abstract([_lvl(0, "chineseLegalSimplified", "第%1条", suff="space")]), 95)
    for text in ("十项", "十一项", "十二项"):
        b.para(text, cn)
    b.para("圆一", circled)
    b.para("圆二", circled)
    b.para("甲项", gan)
    b.para("乙项", gan)
    b.para("括号", paren)
    b.para("条文", legal)
    assert load_docx(b.bytes()).split("\n") == [
        "十、十项", "十一、十一项", "十二、十二项", "①圆一", "②圆二", "甲．甲项", "乙．乙项", "（一）括号", "第壹条 条文",
    ]


def test_docx_start_override_and_shared_counters():
    b = DocxBuilder()
    aid = b.abstract([_lvl(0, "chineseCounting", "%1、")])
    first = b.num(aid, 96)
    again = b.num(aid, 97)  # another instance of the same list: continues the count
    restart = b.num(aid, 98, overrides={0: 3})  # "set numbering value" to 三
    b.para("甲", first)
    b.para("乙", again)
    b.para("丙", restart)
    b.para("丁", restart)
    b.para("戊", first)
    assert load_docx(b.bytes()).split("\n") == ["一、甲", "二、乙", "三、丙", "四、丁", "五、戊"]


def test_docx_numbering_from_paragraph_style():
    b = DocxBuilder()
    num = b.num(b.abstract(OUTLINE_LEVELS), 99)
    styles = b.doc.styles.element
    styles.append(parse_xml(
        f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="ZfH1"><w:name w:val="ZF Heading 1"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="ZfH2"><w:name w:val="ZF Heading 2"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>'))
    b.para("总体情况", style="ZF Heading 1")
    b.para("加强领导", style="ZF Heading 2")
    b.para("完善制度", style="ZF Heading 2")
    b.para("存在不足", style="ZF Heading 1")
    ppr = b.para("没有编号", style="ZF Heading 2")._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NSDECL}><w:numId w:val="0"/></w:numPr>'))  # numId 0 switches numbering off
    assert load_docx(b.bytes()).split("\n") == ["一、总体情况", "（一）加强领导", "（二）完善制度", "二、存在不足", "没有编号"]


def test_docx_tables_as_lines():
    b = DocxBuilder()
    b.para("表格前")
    table = b.doc.add_table(rows=3, cols=3)
    for r, row in enumerate([("类别", "数量", "单位"), ("行政复议", "12", "件"), ("", "", "")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    frame = b.doc.add_table(rows=1, cols=1)  # a one-cell table used as a frame around the text
    frame.cell(0, 0).text = "一、框内标题"
    frame.cell(0, 0).add_paragraph("框内正文。")
    b.para("表格后")
    assert load_docx(b.bytes()).split("\n") == ["表格前", "类别\t数量\t单位", "行政复议\t12\t件", "一、框内标题", "框内正文。", "表格后"]


def test_docx_leaves_out_deleted_hidden_and_field_codes():
    b = DocxBuilder()
    p = b.para("保留")
    p._p.append(parse_xml(f'<w:del {NSDECL} w:id="1" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {NSDECL} w:id="2" w:author="a"><w:r><w:t>插入的</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:rPr><w:vanish/></w:rPr><w:t>隐藏的</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:t>7</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'))
    b.doc.sections[0].header.paragraphs[0].text = "页眉不是正文"
    assert load_docx(b.bytes()) == "保留插入的7"


def test_docx_offsets_index_the_extracted_text(tmp_path):
    b = DocxBuilder()
    num = b.num(b.abstract(OUTLINE_LEVELS), 90)
    b.para("某县司法局2022年法治政府建设情况报告")
    b.para("本年度推进法治政府建设的主要举措和成效", num, 0)
    b.para("完善制度体系。全年审查规范性文件12件。", num, 1)
    report = extract_via(tmp_path, b.bytes(), ".docx")
    text = load_docx(b.bytes())
    assert report.source.format == "docx"
    assert report.source.chars == len(text)
    heading = report.sections[0]
    assert text[heading.heading_span[0]:heading.heading_span[1]] == "一、本年度推进法治政府建设的主要举措和成效"
    stat = next(s for s in report.statistics if s.unit == "件")
    assert (stat.value, stat.raw, text[stat.span[0]:stat.span[1]]) == (12, "12件", "12件")


@pytest.mark.parametrize("name", [SEED_A, SEED_B])
def test_seed_as_docx_gives_the_same_report(tmp_path, name):
    lines = seed_lines(name)
    b = DocxBuilder()
    for line in lines:
        b.para(line)
    data = b.bytes()
    assert load_docx(data) == "\n".join(lines)
    expected = summary(zhenfa.extract_text(seed_text(name)))
    assert expected["sections"] and expected["statistics"]
    assert summary(extract_via(tmp_path, data, ".docx")) == expected


_TOP = re.compile(r"^[一二三四五六七八九十]+、")
_SECOND = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_THIRD = re.compile(r"^\d{1,2}\.(?!\d)")


@pytest.mark.parametrize("name", [SEED_A, SEED_B])
def test_seed_with_markers_from_automatic_numbering(tmp_path, name):
    """The 一、/（一） (and in seed A 1.) markers are stripped from the text and come from numbering.xml."""
    b = DocxBuilder()
    num = b.num(b.abstract(OUTLINE_LEVELS), 90)
    numbered = 0
    for line in seed_lines(name):
        stripped = line.strip()
        for ilvl, pattern in enumerate((_TOP, _SECOND, _THIRD)):
            if ilvl == 2 and name != SEED_A:
                continue
            m = pattern.match(stripped)
            if m:
                b.para(stripped[m.end():], num, ilvl)
                numbered += 1
                break
        else:
            b.para(line)
    assert numbered >= 10
    data = b.bytes()
    restored = load_docx(data).split("\n")
    # Every marker comes back as typed (full-width brackets from the definitions: equal under NFKC).
    assert [unicodedata.normalize("NFKC", s.strip()) for s in restored] == [
        unicodedata.normalize("NFKC", s.strip()) for s in seed_lines(name)]
    assert summary(extract_via(tmp_path, data, ".docx")) == summary(zhenfa.extract_text(seed_text(name)))


def test_docx_garbage_after_zip_magic_is_corrupt():
    with pytest.raises(LoadError) as err:
        load_bytes(b"PK\x03\x04" + bytes(range(256)) * 4, ".docx")
    assert err.value.code == "corrupt"


def test_truncated_docx_is_corrupt():
    b = DocxBuilder()
    b.para("一段文字。" * 50)
    data = b.bytes()
    with pytest.raises(LoadError) as err:
        load_bytes(data[: len(data) // 2], ".docx")
    assert err.value.code == "corrupt"


def test_zip_that_is_not_a_word_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "不是Word文档")
    with pytest.raises(LoadError) as err:
        load_bytes(buf.getvalue(), ".docx")
    assert err.value.code == "corrupt"


def _build_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive of deflated members given as (name, raw deflate data, CRC-32, declared size)."""
    out = io.BytesIO()
    directory = []
    for name, raw, crc, size in members:
        n = name.encode()
        offset = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(raw), size, len(n), 0) + n + raw)
        directory.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(raw), size,
                                     len(n), 0, 0, 0, 0, 0, offset) + n)
    cd_start = out.tell()
    for record in directory:
        out.write(record)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(directory), len(directory), cd_size, cd_start, 0))
    return out.getvalue()


def _deflated(data: bytes) -> tuple[bytes, int, int]:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def test_docx_zip_bomb_is_refused_before_decompressing():
    # word/document.xml: 300 MB of zeros in about 300 KB. Built from one compressed
    # megabyte repeated (a full flush makes each block independent), so the test stays fast.
    mb = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(mb) + c.flush(zlib.Z_FULL_FLUSH)
    bomb = block * 300 + c.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(300):
        crc = zlib.crc32(mb, crc)
    content_types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                     b'wordprocessingml.document.main+xml"/></Types>')
    data = _build_zip([("[Content_Types].xml", *_deflated(content_types)), ("word/document.xml", bomb, crc, 300 << 20)])
    assert len(data) < 400_000
    # A well-formed archive: the first megabyte really is zeros.
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/document.xml") as member:
        assert member.read(1 << 20) == mb
    started = time.perf_counter()
    with pytest.raises(LoadError) as err:
        load_bytes(data, ".docx")
    assert err.value.code == "too_large"
    assert time.perf_counter() - started < 2


def test_docx_that_lies_about_its_size_is_corrupt_not_a_hang():
    # The directory says 100 bytes; the data inflates to 50 MB. Reading stops at the declared size.
    raw, crc, _size = _deflated(b"<" + b"a" * (50 << 20))
    b = DocxBuilder()
    b.para("正常文字")
    members = []
    with zipfile.ZipFile(io.BytesIO(b.bytes())) as zf:
        for info in zf.infolist():
            if info.filename == "word/document.xml":
                members.append((info.filename, raw, crc, 100))
            else:
                members.append((info.filename, *_deflated(zf.read(info.filename))))
    started = time.perf_counter()
    with pytest.raises(LoadError) as err:
        load_bytes(_build_zip(members), ".docx")
    assert err.value.code == "corrupt"
    assert time.perf_counter() - started < 2


def test_a_docx_whose_directory_lost_a_byte_is_corrupt_not_a_zip_bomb():
    # a size in the central directory damaged (a flipped byte): it disagrees with the part's
    # own header, so the archive is corrupt; a real zip bomb (above) declares both alike
    b = DocxBuilder()
    b.para("某市司法局2023年法治政府建设情况报告")
    data = bytearray(b.bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    raw = bytes(data)
    entry = raw.find(b"word/document.xml", raw.find(b"PK\x01\x02"))  # its name in the central directory
    header = raw.rfind(b"PK\x01\x02", 0, entry)  # that directory entry
    assert header >= 0 and int.from_bytes(data[header + 24:header + 28], "little") == info.file_size
    data[header + 27] = 0x7F  # the uncompressed size's high byte: about 2 GB
    with pytest.raises(LoadError) as err:
        load_bytes(bytes(data), ".docx")
    assert err.value.code == "corrupt"


# === .pdf ============================================================================


def test_pdf_rejoins_wrapped_lines_and_drops_page_chrome():
    long_para = "为深入推进依法行政，全面建设法治政府，我局坚持以习近平法治思想为指导，认真贯彻落实中央和省市关于法治政府建设的各项决策部署，取得明显成效。"
    heading = "一、党政主要负责人履行推进法治建设第一责任人职责加强组织领导完善工作机制情况"
    paragraphs = ["某市教育局2022年法治政府建设情况报告", long_para, heading, "（一）完善制度。" + long_para * 15]
    data = make_pdf(paragraphs, footer=lambda n, total: f"第 {n} 页 共 {total} 页", header="某市人民政府公报", centred={0})
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    raw_pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    assert len(raw_pages) == 2 and "第 2 页 共 2 页" in raw_pages[1]  # the paragraph runs over a page break
    assert sum(t.count("\n") for t in raw_pages) > 12  # and is wrapped into many lines
    assert load_pdf(data).split("\n") == paragraphs


def centred_lines_pdf(pages: list[list[tuple[str, float, float]]]) -> bytes:
    """A PDF of centred lines, (text, baseline, size in points) on each page: type sizes that
    make_pdf, with one size for all, cannot give."""
    font = _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for number, lines in enumerate(pages):
        if number:
            c.showPage()
        for text, y, size in lines:
            c.setFont(font, size)
            c.drawCentredString(PAGE_W / 2, y, text + " ")  # (a trailing space: see make_pdf)
    c.save()
    return buf.getvalue()


def test_pdf_running_header_that_repeats_the_title_goes_and_the_title_stays():
    title, body = "某区司法局2022年度法治政府建设情况报告", "全年办理行政复议案件128件，同比增长12%，执法规范化水平明显提升。"
    text_lines = [(body, PAGE_H - MARGIN_TOP - 60 - 30 * k, 14) for k in range(3)]
    header = (title, PAGE_H - 50, 9)  # the running header, small, in the top margin
    text = load_pdf(centred_lines_pdf([[(title, PAGE_H - MARGIN_TOP, 22), *text_lines],
                                       [header, *text_lines], [header, *text_lines]]))
    assert text.count(title) == 1 and text.startswith(title)


@pytest.mark.parametrize(("a", "b", "joined"), [
    ("全年共为群众挽回损失28", "60万元。", "全年共为群众挽回损失2860万元。"),  # a number wrapped in Chinese text
    ("办理案件1,2", "34件。", "办理案件1,234件。"),
    ("compliance with ISO 9001", "2015 standards", "compliance with ISO 9001 2015 standards"),  # Latin words keep the space
    ("依法行政", "工作", "依法行政工作"),
])
def test_pdf_lines_of_one_paragraph_are_joined(a, b, joined):
    from zhenfa.formats.pdf import _join

    assert _join(a, b) == joined


def test_pdf_issuer_title_and_a_sign_off_atop_page_two_are_no_running_header():
    # page 1 opens with the issuer in title type, page 2 with the same name as the sign-off,
    # spilled over in body type: a running header recurs in one size, these are two
    body = [("全年办理行政处罚案件45件，开展执法检查120次，规范执法取得成效。", PAGE_H - MARGIN_TOP - 90 - 30 * k, 14) for k in range(3)]
    text = load_pdf(centred_lines_pdf([
        [("某州生态环境局", PAGE_H - MARGIN_TOP, 22), ("2022年度法治政府建设情况报告", PAGE_H - MARGIN_TOP - 36, 22), *body],
        [("某州生态环境局", PAGE_H - MARGIN_TOP, 14), ("2023年1月18日", PAGE_H - MARGIN_TOP - 26, 14)],
    ]))
    assert text.startswith("某州生态环境局\n2022年度法治政府建设情况报告")
    assert text.rstrip().endswith("某州生态环境局\n2023年1月18日")


@pytest.mark.parametrize("footer", [lambda n, t: f"- {n} -", lambda n, t: f"—{n}—", lambda n, t: f"{n}/{t}",
                                    lambda n, t: f"第{n}页", lambda n, t: str(n)])
def test_pdf_page_number_styles(footer):
    para = "坚持依法决策，健全重大行政决策程序制度，严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。"
    data = make_pdf(["（一）坚持依法决策" + para * 10], footer=footer)
    assert load_pdf(data) == "（一）坚持依法决策" + para * 10


def test_pdf_marker_line_starts_a_paragraph_even_after_a_full_line():
    # The first paragraph fills its lines exactly and has no closing punctuation; the next
    # line starts with an outline marker, so it is not a continuation.
    width_chars = int((PAGE_W - 2 * MARGIN_X) // 14)
    first = "甲" * (width_chars - 2)  # with the two-character indent: exactly one full line
    data = make_pdf([first, "二、第二部分", "（三）第三部分"], justify=False)
    assert load_pdf(data).split("\n") == [first, "二、第二部分", "（三）第三部分"]


def test_pdf_short_lines_are_not_joined():
    lines = ["某某区司法局", "2023年3月1日", "附件：1.统计表", "联系人：张三"]
    assert load_pdf(make_pdf(lines)).split("\n") == lines


@pytest.mark.parametrize("name,footer", [(SEED_A, lambda n, t: f"- {n} -"), (SEED_B, lambda n, t: f"第{n}页 共{t}页")])
def test_seed_as_pdf_gives_the_same_report(tmp_path, name, footer):
    lines = seed_lines(name)
    data = make_pdf(lines, footer=footer)
    text = load_pdf(data)
    assert [_squash(s) for s in text.split("\n")] == [_squash(s) for s in lines]
    expected = summary(zhenfa.extract_text(seed_text(name)))
    assert summary(extract_via(tmp_path, data, ".pdf")) == expected


def _image_only_pdf(pages: int = 1) -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (200, 100), "white")
    for x in range(20, 180):
        img.putpixel((x, 50), (0, 0, 0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for _ in range(pages):
        c.drawImage(ImageReader(img), 50, 400, width=400, height=200)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_scanned_pdf_has_no_text_layer(tmp_path):
    data = _image_only_pdf(2)
    with pytest.raises(LoadError) as err:
        load_bytes(data, ".pdf")
    assert err.value.code == "no_text_layer"
    path = tmp_path / "scan.pdf"
    path.write_bytes(data)
    with pytest.raises(zhenfa.LoadError) as err2:
        zhenfa.extract_file(path)
    assert err2.value.code == "no_text_layer"


def test_pdf_with_only_page_numbers_has_no_text_layer():
    # A scan whose only text is a printed page number.
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for n in (1, 2):
        c.setFont(_font(), 10)
        c.drawCentredString(PAGE_W / 2, 45, f"- {n} -")
        c.showPage()
    c.save()
    with pytest.raises(LoadError) as err:
        load_bytes(buf.getvalue(), ".pdf")
    assert err.value.code == "no_text_layer"


def test_password_protected_pdf_is_encrypted():
    from reportlab.lib.pdfencrypt import StandardEncryption

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), encrypt=StandardEncryption("secret", canPrint=0))
    c.setFont(_font(), 14)
    c.drawString(80, 700, "机密文件")
    c.save()
    with pytest.raises(LoadError) as err:
        load_bytes(buf.getvalue(), ".pdf")
    assert err.value.code == "encrypted"


def test_pdf_with_only_an_owner_password_is_read():
    # Copy/print restrictions without a user password: the text is readable, as in any viewer.
    from reportlab.lib.pdfencrypt import StandardEncryption

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    c.setFont(_font(), 14)
    c.drawString(80, 700, "禁止复制的报告")
    c.save()
    assert load_pdf(buf.getvalue()) == "禁止复制的报告"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n" + b"\x00garbage" * 100, b"%PDF-", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"])
def test_malformed_pdf_is_corrupt(data):
    with pytest.raises(LoadError) as err:
        load_bytes(data, ".pdf")
    assert err.value.code == "corrupt"


def test_damaged_files_never_raise_anything_but_load_error():
    pdf = make_pdf(["一、总体情况", "全年办理行政复议案件12件。" * 20], footer=lambda n, t: f"- {n} -")
    b = DocxBuilder()
    b.para("全年办理行政复议案件12件。" * 20)
    word = b.bytes()
    outcomes = set()
    for original, suffix in ((pdf, ".pdf"), (word, ".docx")):
        step = max(1, len(original) // 40)
        for i in range(0, len(original), step):
            damaged = bytearray(original)
            damaged[i:i + 16] = b"\xff" * len(damaged[i:i + 16])
            for variant in (bytes(damaged), original[:i] or original[:5]):
                try:
                    load_bytes(variant, suffix)
                    outcomes.add("ok")
                except LoadError as exc:
                    outcomes.add(exc.code)
    # too_large: a size field overwritten with 0xff… declares a member of 4 GB.
    assert outcomes <= {"ok", "corrupt", "too_large", "no_text_layer", "empty"}
    assert "ok" in outcomes and "corrupt" in outcomes


# === the module boundary ==============================================================


def test_extract_document_dispatches_on_format():
    from zhenfa.formats import extract_document

    b = DocxBuilder()
    b.para("内容")
    assert extract_document(b.bytes(), SourceFormat.docx) == ("内容", [])
    text, warnings = extract_document(make_pdf(["内容"]), SourceFormat.pdf)
    assert (text, warnings) == ("内容", [])


def test_format_libraries_load_only_on_use():
    code = ("import sys, zhenfa, zhenfa.load, zhenfa.formats, zhenfa.cli\n"
            "heavy = [m for m in ('docx', 'pypdfium2', 'lxml') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_number_formats():
    from zhenfa.formats.numbering import format_number

    cases = {
        ("chineseCounting", 1): "一", ("chineseCounting", 10): "十", ("chineseCounting", 11): "十一",
        ("chineseCounting", 20): "二十", ("chineseCounting", 21): "二十一", ("chineseCounting", 99): "九十九",
        ("chineseCountingThousand", 100): "一百", ("chineseCountingThousand", 105): "一百零五",
        ("chineseCountingThousand", 110): "一百一十", ("chineseLegalSimplified", 3): "叁",
        ("chineseLegalSimplified", 11): "壹拾壹", ("ideographTraditional", 1): "甲", ("ideographTraditional", 10): "癸",
        ("ideographZodiac", 3): "寅", ("ideographDigital", 10): "一〇", ("decimalEnclosedCircle", 1): "①",
        ("decimalEnclosedCircle", 20): "⑳", ("decimalEnclosedCircle", 21): "21", ("decimalEnclosedParen", 2): "⑵",
        ("decimalEnclosedFullstop", 3): "⒊", ("decimalFullWidth", 12): "１２", ("decimalZero", 7): "07",
        ("lowerLetter", 27): "aa", ("upperLetter", 2): "B", ("lowerRoman", 4): "iv", ("upperRoman", 1990): "MCMXC",
        ("decimal", 42): "42", ("bullet", 1): "", ("someFutureFormat", 5): "5",
    }
    assert {key: format_number(key[1], key[0]) for key in cases} == cases


# === .pdf layouts ==============================================================

LAYOUT_PARAS = [
    "某市司法局2022年法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）推进“放管服”改革。全面推进“双随机、一公开”监管，深化“互联网+政务服务”，全年办理行政许可事项1200件，办结率100%。"
    "坚持依法决策，严格落实重大行政决策程序，对“十四五”规划等重大事项开展合法性审查23次。",
    "全面落实行政执法“三项制度”，执法全过程记录率达到100%，重大执法决定法制审核率100%。执法人员培训覆盖率提高到98%。",
    "二、存在的不足",
    "基层执法力量仍然薄弱，依法行政能力有待提高。",
]


@pytest.mark.parametrize("layout", [
    {"justify": True, "indent": 2},  # justified with first-line indents (the common official layout)
    {"justify": False, "indent": 2},  # ragged right
    {"justify": True, "indent": 0, "para_gap": 10},  # block paragraphs set apart by spacing
    {"justify": True, "indent": 2, "late_quotes": True},  # “ ” drawn after the rest of the page
], ids=["justified", "ragged", "spaced", "late-quotes"])
def test_pdf_layouts_give_the_same_paragraphs(layout):
    paragraphs = LAYOUT_PARAS * 3
    data = make_pdf(paragraphs, footer=lambda n, t: f"- {n} -", centred={0, 6, 12}, **layout)
    assert load_pdf(data).split("\n") == paragraphs


def test_pdf_kangxi_radicals_are_normalised():
    # Some converters map glyphs to Kangxi radicals (⼀ U+2F00) instead of the ideographs (一 U+4E00).
    data = make_pdf(["⼀、总体情况", "⼆、⾏政执法"])
    assert load_pdf(data).split("\n") == ["一、总体情况", "二、行政执法"]


def test_docx_text_box_comes_once_before_its_paragraph():
    # A text box as Word writes it: DrawingML in mc:Choice and the same text again as VML in mc:Fallback.
    b = DocxBuilder()
    b.para("前文")
    p = b.para("锚定段落")
    box = '<w:p><w:r><w:t>文本框内容</w:t></w:r></w:p>'
    p._p.insert(1, parse_xml(
        f'<w:r {NSDECL} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'))
    assert load_docx(b.bytes()).split("\n") == ["前文", "文本框内容", "锚定段落"]


def test_old_binary_word_file_is_unsupported():
    with pytest.raises(LoadError) as err:
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000, ".docx")
    assert err.value.code == "unsupported"


def test_pdf_unmapped_glyphs():
    from zhenfa.formats.pdf import _assemble, _Line, _Page

    def page(text: str, chars: int, unmapped: int) -> _Page:
        return _Page([_Line(text, 80, 300, 712, 700, 12, 12)], 842, 0, 595, chars, unmapped)

    # A few glyphs without a Unicode mapping: kept as U+FFFD and reported.
    text, warnings = _assemble([page("行政复议\ufffd件", 6, 1)])
    assert text == "行政复议\ufffd件"
    assert [w.code for w in warnings] == ["decode_replaced"]
    # Mostly unmapped: the text layer is unusable, as good as none.
    with pytest.raises(LoadError) as err:
        _assemble([page("\ufffd\ufffd\ufffd政", 4, 3)])
    assert err.value.code == "no_text_layer"


def _glyph_objects_pdf(objects: list[tuple[str, float, float]], font: str | None = None) -> bytes:
    """A page with one text object per (text, x, y), in STSong-Light (which is not embedded)
    or the given font."""
    font = font or _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1)
    for text, x, y in objects:
        t = c.beginText(x, y)
        t.setFont(font, 14)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdfium_reads_lone_glyphs() -> bool:
    """Whether PDFium itself, on this machine, reads a text object of one Chinese character in
    a font the file does not embed: only with a CJK font installed to measure it by."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_glyph_objects_pdf([("规", 100, 700)]))
    try:
        page = pdf[0]
        return page.get_textpage().count_chars() > 0
    finally:
        pdf.close()


def test_lone_glyphs_are_read_or_reported():
    # Some generators write a text object per character. Without the font embedded or installed,
    # PDFium cannot measure such an object and leaves it out: characters must not go missing
    # without a warning (and with a CJK font installed they are read, without one).
    line = "某市司法局法治政府建设情况报告"
    data = _glyph_objects_pdf([(line, 80, 700), ("规", 80, 675), ("划", 94, 675)])
    loaded = load_bytes(data, ".pdf")
    codes = [w.code for w in loaded.warnings]
    if _pdfium_reads_lone_glyphs():
        assert loaded.text.split("\n") == [line, "规划"]
        assert "unreadable_glyphs" not in codes
    else:
        assert loaded.text == line
        assert codes == ["unreadable_glyphs"]
        assert loaded.warnings[0].message.startswith("2 piece(s) of text (pages 1)")


def test_a_pdf_of_only_unreadable_glyphs_says_why_it_has_no_text():
    data = _glyph_objects_pdf([("规", 80, 700), ("划", 94, 700)])
    if _pdfium_reads_lone_glyphs():
        assert load_bytes(data, ".pdf").text == "规划"
        return
    with pytest.raises(LoadError) as err:
        load_bytes(data, ".pdf")
    assert err.value.code == "no_text_layer"
    assert "neither embedded" in err.value.message and "scanned" not in err.value.message


def _unmeasured(data: bytes) -> int:
    import pypdfium2 as pdfium

    from zhenfa.formats.pdf import _unmeasured_text

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]  # held: the raw handle is only valid while the page object lives
        return _unmeasured_text(page.raw)
    finally:
        pdf.close()


def test_unmeasured_text_counts_only_zero_width_objects_in_fonts_not_embedded():
    # "A" has an outline in PDFium's own Latin fonts, so it is measured; a multi-glyph object is
    # as wide as its glyphs' advances. Only 规 can be unmeasured, and only without a CJK font.
    data = _glyph_objects_pdf([("某市司法局", 80, 700), ("规", 80, 675), ("A", 200, 675)])
    assert _unmeasured(data) == (0 if _pdfium_reads_lone_glyphs() else 1)


def test_a_lone_space_in_a_latin_font_is_no_lost_text():
    # Word processors' PDFs often draw a space on its own in Times or Helvetica, which are seldom
    # embedded: it measures zero wide too, but the font is Latin-only (nonsymbolic), so no warning.
    data = _glyph_objects_pdf([("Rule of law report", 80, 700), (" ", 300, 700), ("2023", 320, 700)], font="Helvetica")
    assert _unmeasured(data) == 0
    assert "unreadable_glyphs" not in [w.code for w in load_bytes(data, ".pdf").warnings]


def test_the_loaders_probe_agrees_with_pdfium_on_this_machine():
    from zhenfa.formats.pdf import _lone_cjk_glyphs_readable

    assert _lone_cjk_glyphs_readable() is _pdfium_reads_lone_glyphs()


def test_unreadable_glyphs_warning_and_refusal_on_any_machine():
    from zhenfa.formats.pdf import _assemble, _Line, _Page

    def page(text: str, unreadable: int) -> _Page:
        lines = [_Line(text, 80, 300, 712, 700, 12, 12)] if text else []
        return _Page(lines, 842, 0, 595, len(text), 0, unreadable)

    text, warnings = _assemble([page("一、总体情况", 0), page("二、存在问题", 3), page("三、工作打算", 0)])
    assert text == "一、总体情况\n二、存在问题\n三、工作打算"
    assert [w.code for w in warnings] == ["unreadable_glyphs"]
    assert warnings[0].message.startswith("3 piece(s) of text (pages 2) use a font that is neither embedded")
    # a page whose only text could not be measured is not reported as a scan as well
    _, warnings = _assemble([page("一、总体情况", 0), page("", 2)])
    assert [w.code for w in warnings] == ["unreadable_glyphs"]
    with pytest.raises(LoadError) as err:
        _assemble([page("", 2)])
    assert err.value.code == "no_text_layer" and "neither embedded" in err.value.message


def test_pdf_with_some_scanned_pages_warns():
    from zhenfa.warnings import WARNING_CODES

    if "partial_text_layer" not in WARNING_CODES:
        pytest.skip("warning code partial_text_layer is not registered in zhenfa/warnings.py yet")
    text_pdf = make_pdf(["一、总体情况"])
    scan_pdf = _image_only_pdf(2)
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument(text_pdf)
    merged.import_pages(pdfium.PdfDocument(scan_pdf))
    buf = io.BytesIO()
    merged.save(buf)
    loaded = load_bytes(buf.getvalue(), ".pdf")
    assert loaded.text == "一、总体情况"
    assert [w.code for w in loaded.warnings] == ["partial_text_layer"]
    assert "2 of 3 pages" in loaded.warnings[0].message
