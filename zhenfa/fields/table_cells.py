"""Figures in table rows, with their unit from the column's header.

The DOCX and HTML readers write a table row as one line, its cells separated by tabs (a copy
may separate them with bars, | 行政许可事项办理 | 213 | 件 |, or align them with spaces).
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

from ..layout import BARS, CELL_GAP, SPACED_ROW, UNIT_COLUMN
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


# A column header that names a period, not a thing counted: 2023年, 2023年度, 一季度, 1-6月, 本年, 同期.
_PERIOD = re.compile(r"(?:19|20)\d\d ?年度?|[一二三四1-4]季度|第[一二三四]季度|\d{1,2}(?:[-—至~]\d{1,2})?月|"
                     r"[本上去今前]年(?:度|同期)?|本期|上期|同期|累计|合计|小计")
_CELL_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


# A header cell that ends with its unit in brackets: 数量（件）, 金额(万元), （单位：人）.
HEADER_UNIT = re.compile(rf"[（(](?:单位[:：])?\s*(?P<mult>万|亿)?(?P<unit>{UNIT_ALT})\s*[）)]\s*$")


# A table copied as text may align its columns with spaces (U+3000 runs, in the view ' '):
# two spaces or more between cells, in a line without tabs.
MIN_SPACED_CELLS = 3  # fewer cells: a line of prose with a wide space in it, not a table row


def may_hold_spaced_rows(doc: Doc) -> bool:
    """Whether any line separates three cells with runs of spaces (one scan, for a quick no)."""
    return SPACED_ROW.search(doc.view) is not None


def _is_row(doc: Doc, para: Paragraph) -> bool:
    if doc.text.find("\t", para.start, para.end) != -1:
        return True
    if _barred_cells(doc, para) is not None:
        return True
    return len(CELL_GAP.findall(doc.view, para.start, para.end)) >= MIN_SPACED_CELLS - 1


def _barred_cells(doc: Doc, para: Paragraph) -> list[tuple[int, int]] | None:
    """The cells of a row copied with bars (| 行政许可事项办理 | 213 | 件 |), without the empty ones
    outside its first and last bar; None for a line that is no such row (one bar in prose: 发放资料1.2万份 |
    覆盖群众3.5万人, which a row would open with a bar or hold two of)."""
    view = doc.view
    lead = BARS.match(view, para.start)
    if lead is None and len(BARS.findall(view, para.start, para.end)) < 2:
        return None
    cells = doc.split_span(BARS, para.start, para.end)
    if lead is not None:
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _cells(doc: Doc, para: Paragraph) -> list[tuple[int, int]]:
    """Each cell's (start, end) without surrounding spaces: between tabs, or in a line with
    none, between bars (a table copied with them), or between runs of two spaces or more."""
    if doc.text.find("\t", para.start, para.end) == -1:
        barred = _barred_cells(doc, para)
        return barred if barred is not None else doc.split_span(CELL_GAP, para.start, para.end)
    out: list[tuple[int, int]] = []
    pos = para.start
    while True:
        tab = doc.text.find("\t", pos, para.end)  # (in the text: the view folds tabs to spaces)
        out.append(doc.strip_span(pos, para.end if tab == -1 else tab))
        if tab == -1:
            return out
        pos = tab + 1


def row_name(doc: Doc, para: Paragraph) -> tuple[int, int] | None:
    """The cell that names a table row: its first, or after a serial number (1	行政处罚案件	326)
    its second; None when that is a figure too."""
    cells = _cells(doc, para)
    first = cells[0]
    if len(cells) > 1 and first[1] > first[0] and doc.view[first[0]:first[1]].isdigit():
        first = cells[1]
    if first[1] - first[0] < 2 or _CELL_NUMBER.fullmatch(doc.view, *first):
        return None
    return first


def barred_row_name(doc: Doc, para: Paragraph, figure_start: int) -> tuple[int, int] | None:
    """In a table row copied with bars (| 受理各类投诉举报 | 5.23万件 |), the first cell, which names
    the row, for a figure in a later cell; None for a figure in the first cell, or a first cell
    that is a figure or a serial number."""
    view = doc.view
    start = para.start
    lead = BARS.match(view, start)
    if lead is not None:
        start = lead.end()
    elif len(BARS.findall(view, start, para.end)) < 2:
        return None  # one bar in prose (发放资料1.2万份 | 覆盖群众3.5万人) is no table row
    bar = BARS.search(view, start, para.end)
    if bar is None or bar.end() > figure_start:
        return None  # the figure is in the first cell
    first = doc.strip_span(start, bar.start())
    if first[1] - first[0] < 2 or _CELL_NUMBER.fullmatch(view, *first) or _MEASURE_NAME.fullmatch(view, *first):
        return None
    return first


# A row named by what its cells measure, not what they count (a table copied across: 数量 | 75件 |
# 16件 |, 占新受理数比例 | 49.66% |): its subjects are the columns', which a row does not say.
_MEASURE_NAME = re.compile(r"(?:数量|数值|数目|合计|总计|小计|比例|占比|比重|占[^|丨｜]{0,10}(?:比例|比重))(?:[（(][^）)]*[）)])?")


# The header cells of columns that number the rows rather than count anything (the unit column's: layout.UNIT_COLUMN).
_SERIAL_COLUMN = re.compile(r"序号|编号|排名|名次")
_ROW_UNIT = re.compile(rf"(?P<mult>万|亿)?(?P<unit>{UNIT_ALT})")


def table_figures(doc: Doc, paragraphs: list[Paragraph]) -> Iterator[TableFigure]:
    """Bare figures in table rows under a header that gives their unit: in the figure's own
    column's header (数量（件）), or in a unit column (序号	指标名称	单位	数量 / 1	行政处罚案件	件	326)."""
    view = doc.view
    header: list[tuple[str, str | None] | None] | None = None
    unit_column: int | None = None  # a 单位 column: each row writes its own unit there
    counted: list[bool] = []  # with a unit column: the columns whose figures count something
    name_row: list[tuple[int, int]] | None = None  # the last row of names: a transposed table's header
    for para in paragraphs:
        if not _is_row(doc, para):
            header, unit_column, name_row = None, None, None  # the table has ended
            continue
        cells = _cells(doc, para)
        units = [HEADER_UNIT.search(view, s, e) if e > s else None for s, e in cells]
        row_unit = units[0]
        if row_unit is not None and len(cells) > 1 and not any(units[1:]) \
                and all(_CELL_NUMBER.fullmatch(view, s, e) for s, e in cells[1:] if e > s):
            # a transposed table (事项 | 行政处罚 | 政府信息公开 / 数量（件） | 75 | 16): the row names
            # its unit, and each figure's column header says what was counted
            by_column = name_row if name_row is not None and len(name_row) == len(cells) \
                and not any(_PERIOD.fullmatch(view, *cell) for cell in name_row[1:]) else None
            # (columns of periods, 2022年 | 2023年, 本年 | 上年: the row's name, without its unit, was counted)
            row_name_span = doc.strip_span(cells[0][0], row_unit.start())
            for i, (start, end) in enumerate(cells[1:], 1):
                if end > start:
                    what = by_column[i] if by_column is not None else row_name_span
                    yield TableFigure(para, start, end, row_unit.group("unit"), row_unit.group("mult"), what)
            continue
        if not any(units) and not any(_CELL_NUMBER.fullmatch(view, s, e) for s, e in cells if e > s):
            name_row = cells
        if any(units):
            header, unit_column = [(m.group("unit"), m.group("mult")) if m else None for m in units], None
            continue
        names = [view[s:e] for s, e in cells]
        column = next((i for i, name in enumerate(names) if UNIT_COLUMN.fullmatch(name)), None)
        if column is not None and column > 0:
            header, unit_column = None, column
            counted = [i > 0 and i != column and not _SERIAL_COLUMN.search(name) for i, name in enumerate(names)]
            continue
        if unit_column is not None:
            if len(cells) != len(counted):
                continue  # merged cells moved the columns: not guessed
            unit = _ROW_UNIT.fullmatch(view, *cells[unit_column])
            if unit is None:
                continue
            header = [(unit.group("unit"), unit.group("mult")) if c else None for c in counted]
        if header is None or len(cells) > len(header):
            continue
        subject = row_name(doc, para)
        for (start, end), column_unit in zip(cells, header, strict=False):
            if column_unit is not None and end > start and _CELL_NUMBER.fullmatch(view, start, end):
                yield TableFigure(para, start, end, column_unit[0], column_unit[1], subject)
        if unit_column is not None:
            header = None  # each row's own unit
