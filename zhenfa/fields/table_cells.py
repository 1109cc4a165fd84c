"""Figures in table rows, with their unit from the column's header.

The DOCX and HTML readers write a table row as one line, its cells separated by tabs.
A figure alone in a cell (45) states a count only with its column's header
(数量（件）, 金额（万元）, 占比（%）): this module pairs the two. Rows are read
only under a header row that names units, and only while the table goes on (a line
without a tab ends it); a row with more cells than its header (merged cells moved the
columns) is skipped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..outline.tree import Paragraph
from ..text import Doc
from .units import UNIT_ALT


class TableFigure(NamedTuple):
    para: Paragraph
    start: int  # the figure's span in the source
    end: int
    unit: str
    mult: str | None  # 万 or 亿 from the header (金额（万元）)
    subject: tuple[int, int] | None  # the row's name, its first cell


_CELL_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


# A header cell that ends with its unit in brackets: 数量（件）, 金额(万元), （单位：人）.
HEADER_UNIT = re.compile(rf"[（(](?:单位[:：])?\s*(?P<mult>万|亿)?(?P<unit>{UNIT_ALT})\s*[）)]\s*$")


def _cells(doc: Doc, para: Paragraph) -> list[tuple[int, int]]:
    """Each cell's (start, end) without surrounding spaces."""
    out: list[tuple[int, int]] = []
    pos = para.start
    while True:
        tab = doc.text.find("\t", pos, para.end)
        end = para.end if tab == -1 else tab
        start, stop = pos, end
        while start < stop and doc.view[start] == " ":
            start += 1
        while stop > start and doc.view[stop - 1] == " ":
            stop -= 1
        out.append((start, stop))
        if tab == -1:
            return out
        pos = tab + 1


def table_figures(doc: Doc, paragraphs: list[Paragraph]) -> Iterator[TableFigure]:
    header: list[tuple[str, str | None] | None] | None = None
    for para in paragraphs:
        if doc.text.find("\t", para.start, para.end) == -1:
            header = None  # the table has ended
            continue
        cells = _cells(doc, para)
        units = [HEADER_UNIT.search(doc.view, s, e) if e > s else None for s, e in cells]
        if any(units):
            header = [(m.group("unit"), m.group("mult")) if m else None for m in units]
            continue
        if header is None or len(cells) > len(header):
            continue
        first = cells[0]
        subject = first if first[1] > first[0] and not _CELL_NUMBER.fullmatch(doc.view, *first) else None
        for (start, end), column in zip(cells, header, strict=False):
            if column is not None and end > start and _CELL_NUMBER.fullmatch(doc.view, start, end):
                yield TableFigure(para, start, end, column[0], column[1], subject)
