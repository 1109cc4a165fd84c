""".docx → text: one paragraph per line, in reading order.

The text zhenfa defines for a Word file (offsets index it; `zhenfa text FILE`
prints it):

- each body paragraph is one line, with the label of Word's automatic
  numbering (一、 （一） 1. ①) put back in front, since outline markers are
  often produced by numbering definitions rather than typed;
- a soft line break (Shift+Enter) is a line break; tabs stay tabs;
- a table row is one line, its cells separated by a tab; a row with a single
  filled cell (a table used as a frame around the text) gives that cell's
  paragraphs, one per line;
- text boxes come as lines before the paragraph they are anchored in;
- deleted revisions, hidden text (w:vanish), field codes, headers, footers,
  footnotes and comments are left out;
- runs of blank paragraphs become one blank line.

The archive is checked before anything is decompressed: a part that would
expand past the limits, or compresses at an absurd ratio, is refused as
`too_large` (zip bombs).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..errors import LoadError
from ..models import Warning
from .numbering import _W, Numbering

MAX_PART = 200 * 1024 * 1024  # the uncompressed size of any one part
MAX_TOTAL = 512 * 1024 * 1024  # all parts together
MAX_ENTRIES = 20_000
BOMB_RATIO = 200  # a part over BOMB_MIN_SIZE that compresses better than this is a bomb
BOMB_MIN_SIZE = 20 * 1024 * 1024

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

# Elements whose content is never shown as text.
_SKIP = frozenset(
    _W + name
    for name in ("pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "instrText", "delInstrText", "delText", "footnoteReference",
                 "endnoteReference", "commentReference", "annotationRef", "fldData", "sectPr", "tblPr", "trPr", "tcPr")
) | {MC + "Fallback"}
# Containers whose children are walked for text inside a paragraph.
_RUN_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-",
             _W + "softHyphen": "", _M + "t": None}


def check_archive(zf: zipfile.ZipFile) -> None:
    """Refuse zip bombs from the central directory alone, before reading any part."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise LoadError("too_large", f"the archive holds {len(infos)} entries, over the {MAX_ENTRIES} limit")
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_PART:
            _refuse_large(zf, info, f"{info.filename} would expand to {size / 1e6:.0f} MB, over the {MAX_PART / 1e6:.0f} MB limit")
        if size > BOMB_MIN_SIZE and size > BOMB_RATIO * max(info.compress_size, 1):
            _refuse_large(zf, info, f"{info.filename} expands {size // max(info.compress_size, 1)}:1, a zip bomb")
    if total > MAX_TOTAL:
        _refuse_large(zf, max(infos, key=lambda i: i.file_size),
                      f"the archive would expand to {total / 1e6:.0f} MB, over the {MAX_TOTAL / 1e6:.0f} MB limit")


_LOCAL_HEADER = struct.Struct("<4s2x2H4x4x2L")  # signature, (version), flags, method, (time, date, crc), sizes
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DATA_DESCRIPTOR_FLAG = 0x08  # the local header's sizes are zero; a descriptor after the data has them


def _refuse_large(zf: zipfile.ZipFile, info: zipfile.ZipInfo, reason: str) -> None:
    """Refuse a part too large to expand, unless its sizes are a damaged file's: the central
    directory and the part's own header disagree (a byte flipped in one), which is corrupt."""
    if not _sizes_agree(zf, info):
        raise LoadError("corrupt", f"damaged archive: the sizes of {info.filename} disagree between its header and the directory")
    raise LoadError("too_large", reason)


def _sizes_agree(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    fp = zf.fp
    if fp is None:
        return True
    try:
        fp.seek(info.header_offset)
        raw = fp.read(_LOCAL_HEADER.size)
    except (OSError, ValueError):
        return False
    if len(raw) < _LOCAL_HEADER.size:
        return False
    signature, flags, _method, compress_size, file_size = _LOCAL_HEADER.unpack(raw)
    if signature != _LOCAL_SIGNATURE:
        return False
    if flags & _DATA_DESCRIPTOR_FLAG or 0xFFFFFFFF in (compress_size, file_size):
        return True  # nothing to compare here (the sizes follow the data, or are ZIP64's)
    return (compress_size, file_size) == (info.compress_size, info.file_size)


def _part_element(part: Any) -> etree._Element:  # a python-docx Part
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    return parse_xml(part.blob)


def _related_element(part: Any, reltype: str) -> etree._Element | None:
    try:
        return _part_element(part.part_related_by(reltype))
    except (KeyError, ValueError):
        return None


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


MAX_CHARS = 20_000_000  # as for PDF text layers


def extract_docx(data: bytes) -> tuple[str, list[Warning]]:
    if data.startswith(OLE2_MAGIC):
        raise LoadError("unsupported", "an old binary Word (.doc) or WPS file, not .docx: save it as .docx or PDF first")
    if data.startswith(b"{\\rtf"):
        raise LoadError("unsupported", "an RTF document, not .docx: save it as .docx or PDF first")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise LoadError("corrupt", f"not a readable .docx (zip) file: {exc}") from None
    with zf:
        check_archive(zf)
        if "[Content_Types].xml" not in zf.namelist():
            raise LoadError("corrupt", "a zip archive but not a Word document (no [Content_Types].xml)")

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.package import Package

    try:
        package = Package.open(io.BytesIO(data))
        main = package.main_document_part
        root = _part_element(main)
    except LoadError:
        raise
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, ValueError, EOFError, OSError) as exc:
        raise LoadError("corrupt", f"damaged Word document: {type(exc).__name__}: {exc}") from None
    numbering = Numbering(_related_element(main, RT.NUMBERING), _related_element(main, RT.STYLES))
    body = root.find(_W + "body")
    if body is None:
        raise LoadError("corrupt", "the Word document has no body")
    lines: list[str] = []
    _Walker(numbering, lines).block_children(body)
    text = _finish(lines)
    if len(text) > MAX_CHARS:
        raise LoadError("too_large", f"the Word document holds over {MAX_CHARS:,} characters of text")
    return text, []


def _finish(lines: list[str]) -> str:
    out: list[str] = []
    for line in "\n".join(lines).split("\n"):
        line = line.rstrip()
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


class _Walker:
    def __init__(self, numbering: Numbering, lines: list[str]) -> None:
        self.numbering = numbering
        self.lines = lines

    # -- block level --

    def block_children(self, parent: etree._Element) -> None:
        for child in parent:
            self.block(child)

    def block(self, el: etree._Element) -> None:
        tag = el.tag
        if tag == _W + "p":
            self.lines.extend(self.paragraph(el))
        elif tag == _W + "tbl":
            self.table(el)
        elif tag in (_W + "sdt", _W + "customXml", _W + "ins", _W + "moveTo", _W + "smartTag"):
            content = el.find(_W + "sdtContent") if tag == _W + "sdt" else el
            if content is not None:
                self.block_children(content)
        elif tag == MC + "AlternateContent":
            self.block_children(_choice(el))

    def table(self, tbl: etree._Element) -> None:
        for row in _children(tbl, _W + "tr"):
            cells = [self.cell_lines(tc) for tc in _children(row, _W + "tc")]
            filled = [c for c in cells if any(line.strip() for line in c)]
            if not filled:
                continue
            if len(filled) == 1:
                self.lines.extend(filled[0])
            else:
                self.lines.append("\t".join(" ".join(s for s in (line.strip() for line in c) if s) for c in cells).rstrip("\t"))

    def cell_lines(self, tc: etree._Element) -> list[str]:
        sub = _Walker(self.numbering, [])
        sub.block_children(tc)
        return sub.lines

    # -- paragraph level --

    def paragraph(self, p: etree._Element) -> list[str]:
        """The paragraph's lines: text boxes anchored in it first, then its own text."""
        label = self.numbering.label(p.find(_W + "pPr"))
        parts: list[str] = [label] if label else []
        boxes: list[str] = []
        self.inline(p, parts, boxes)
        text = "".join(parts)
        return [*boxes, *text.split("\n")]

    def inline(self, el: etree._Element, parts: list[str], boxes: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in _RUN_TEXT:
                fixed = _RUN_TEXT[tag]
                parts.append((child.text or "") if fixed is None else fixed)
            elif tag == _W + "br":
                if child.get(_W + "type") not in ("page", "column"):
                    parts.append("\n")
            elif tag == _W + "r":
                rpr = child.find(_W + "rPr")
                if rpr is not None and _on(rpr.find(_W + "vanish")):
                    continue
                self.inline(child, parts, boxes)
            elif tag == _W + "txbxContent":
                sub = _Walker(self.numbering, [])
                sub.block_children(child)
                boxes.extend(sub.lines)
            elif tag == MC + "AlternateContent":
                self.inline(_choice(child), parts, boxes)
            elif tag == _W + "p":  # a paragraph nested where it should not be
                parts.append("\n")
                parts.extend(self.paragraph(child))
            else:
                self.inline(child, parts, boxes)


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with this tag, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            content = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if content is not None:
                yield from _children(content, tag)


def _choice(el: etree._Element) -> etree._Element:
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    choice = el.find(MC + "Choice")
    if choice is not None:
        return choice
    fallback = el.find(MC + "Fallback")
    return fallback if fallback is not None else el


def _on(el: etree._Element | None) -> bool:
    if el is None:
        return False
    return el.get(_W + "val") not in ("0", "false", "off")
