"""Hard-wrapped text: paragraphs broken into lines of one width, as pdftotext, a PDF
viewer's copy or an e-mail client writes them.

The rules read a line as a paragraph (a heading, an item, a sentence list), so a
paragraph broken at the right margin would read as several. When most lines of a text
end at one width, the lines that reach it and run on into the next are joined into one
`Line` whose span holds the line breaks. Nothing in the text changes: the joined line is
the same source span, and display strings drop the breaks as they do in a title split
over two lines. A text that is not wrapped (most copies from the web and from Word keep
a paragraph on one line) is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from .display import SPACE_CHARS
from .outline.markers import YEAR_AFTER_MARKER

if TYPE_CHECKING:
    from .text import Line  # text.py builds the lines and calls join_wrapped

# A text is read as wrapped when at least this many non-blank lines, and this share of
# them, end within WIDTH_SLACK columns of the commonest long width.
MIN_LINES = 12
MIN_SHARE = 0.4
# A text of short paragraphs: this share at the margin, when this share of those end inside a sentence.
MIN_SHORT_SHARE = 0.2
MIN_MID_SENTENCE = 0.6
# Of the lines at the margin that end inside a sentence, the share that hold a sentence's end: at
# least this in any wrapped text (prose), and this in a text of short paragraphs or double-spaced
# (a page of short lines, a blank after each, must not be read as wrapped).
MIN_PROSE = 0.12
MIN_SHORT_PROSE = 0.2
SENTENCE_ENDS = frozenset("。！？；：!?;:")
# Columns: an ASCII character is one, any other two (a Chinese character is as wide as
# two digits, and a justified line holds fewer of them when it holds digits).
WIDTH_SLACK = 6
MIN_WIDTH = 30  # narrower lines are headings, table cells and chrome, not a margin
MAX_WIDTH = 240  # wider lines are whole paragraphs

# A line that begins with outline numbering starts a paragraph: 一、 （一） 1. （1） ① 第一章, not 1.5万
# (2.2023年工作计划 is a heading). Not the inline enumerations of markers.py (一是, 二要): they
# run on inside paragraphs, and a wrapped line may well begin with one. The PDF reader
# (formats/pdf.py) joins its lines by the same two tables.
PARAGRAPH_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s?[、.．]"
    r"|[（(]\s?[一二三四五六七八九十]{1,3}\s?[）)]"
    rf"|\d{{1,2}}\s?[.、．](?!(?!{YEAR_AFTER_MARKER})[\d.．])"
    r"|[（(]\s?\d{1,2}\s?[）)]"
    r"|[\u2460-\u2473\u2474-\u2487\u2488-\u249b]"
    r"|第[一二三四五六七八九十百零〇]{1,4}[章节条部分篇])"
)
# A page number on a line of its own, its spaces removed (— 3 —, 第3页 共12页, 3/12, page 3, iv):
# a paragraph that runs on to the next page is read across it.
PAGE_NUMBER = re.compile(
    r"^(?:[-‐‑–—―~〜_·•=]*\d{1,4}[-‐‑–—―~〜_·•=]*"
    r"|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?"
    r"|共\d{1,4}页[,，]?第\d{1,4}页"
    r"|第?\d{1,4}/\d{1,4}页?"
    r"|(?:page|p\.?)\d{1,4}(?:(?:of|/)\d{1,4})?"
    r"|第[一二三四五六七八九十百零〇]{1,5}页(?:[,，]?共[一二三四五六七八九十百零〇]{1,5}页)?"
    r"|[-–—]?[ivx]{1,5}[-–—]?)$",
    re.I,
)
# A sentence's or a figure's mark: a table's label holds none (收案数, 结案率).
ANY_PUNCT_OR_DIGIT = re.compile(r"[\d。，、；：！？,.;:!?（）()]")
# How many blank and page-number lines a paragraph may run across.
MAX_BETWEEN = 4
# A copy is double-spaced when this share of its lines of text (at least this many) have a blank after them.
DOUBLE_SPACED_SHARE = 0.9
DOUBLE_SPACED_MIN_LINES = 8
ALIGNED_INDENT = 12  # spaces before a line beyond a paragraph's indentation: set right or centred
# A paragraph's last line may reach the margin too. Where the text indents its paragraphs,
# the next line's indentation tells; where it does not, a line that reaches the margin runs
# on unless the next begins with numbering: a sentence may end at the margin inside a
# paragraph as often as a paragraph ends there, and two paragraphs of prose read as one
# lose less than a paragraph split between its 一是 and its 二是.


class Wrap(NamedTuple):
    """How a text is wrapped: the margin's column and the indentation of a paragraph's
    continuation lines (a line indented further begins a paragraph)."""

    margin: int
    base_indent: int
    prose: float  # of the lines at the margin that end inside a sentence, the share holding a sentence's end


# ASCII punctuation that a Chinese text writes full width (，；（）！？): a copy that turned it
# into ASCII after the text was wrapped did not make the lines narrower, so it counts as wide.
_WIDE_ASCII = b",;()!?"  # (not :, which metadata lines use: 发布日期:… 来源:…)


def _width(content: str) -> int:
    return 2 * len(content) - len(content.encode("ascii", "ignore").translate(None, _WIDE_ASCII))


def _indent(text: str, start: int, end: int) -> int:
    """Indentation of the physical line [start, end) in the text (the view masks noise as spaces)."""
    line = text[start:end]
    return len(line) - len(line.lstrip(SPACE_CHARS))


def find_wrap(text: str, lines: list[Line]) -> Wrap | None:
    """How the text's lines wrap, or None when they do not. Widths count the indentation
    (a paragraph's first line is indented, and so two characters short)."""
    shown = [ln for ln in lines if ln.content_start < ln.content_end]  # (not the `blank` property: a call per line)
    if len(shown) < MIN_LINES:
        return None
    # First by length in characters, which costs no slicing: a wrapped text's lines mostly
    # share one length give or take a few characters; a copy from the web's do not.
    # (of lines long enough to reach a margin: a page's short lines of chrome share a length too)
    lengths = Counter([n for ln in shown if (n := ln.content_end - ln.start) >= MIN_WIDTH // 2])
    if not lengths:
        return None
    commonest = lengths.most_common(1)[0][0]
    if sum(lengths[commonest + k] for k in range(-3, 4)) < MIN_SHORT_SHARE * len(shown):
        return None
    widths = [_width(text[ln.start:ln.end].rstrip(SPACE_CHARS)) for ln in shown]
    long = Counter(w for w in widths if MIN_WIDTH <= w <= MAX_WIDTH)
    if not long:
        return None
    # The margin: the width that the most lines reach, slack included.
    margin = max(long, key=lambda w: (sum(long[w - d] for d in range(WIDTH_SLACK + 1)), w))
    at_margin = [k for k, w in enumerate(widths) if margin - WIDTH_SLACK <= w <= margin]
    beyond = sum(1 for w in widths if w > margin + WIDTH_SLACK)
    if len(at_margin) < MIN_LINES // 2 or beyond > 0.05 * len(widths):
        return None
    # A margin cuts prose: of the lines at it that end inside a sentence, many hold the end of
    # another (…12次。印发规范性文件审查意见书36份). Lines of one width that hold none are headings,
    # clauses, one a line, a page of short lines, not a paragraph broken at a margin.
    cut = [k for k in at_margin if text[shown[k].content_end - 1] not in SENTENCE_ENDS]
    prose = sum(1 for k in cut if _holds_sentence_end(text, shown[k])) / len(cut) if cut else 0.0
    if prose < MIN_PROSE:
        return None
    # A report of short paragraphs (one or two lines and a last one) has fewer lines at the
    # margin, the more so the wider the page: wrapped still, when enough of them are, those end
    # inside a sentence as a margin cuts it (lines of one length that end with 。 are sentences,
    # one a line), and they read as prose.
    if len(at_margin) < MIN_SHARE * len(widths) and (
            len(at_margin) < MIN_SHORT_SHARE * len(widths) or len(cut) < MIN_MID_SENTENCE * len(at_margin)
            or prose < MIN_SHORT_PROSE):
        return None
    return Wrap(margin, _continuation_indent(text, shown, widths, margin), prose)


def _holds_sentence_end(text: str, ln: Line) -> bool:
    """Whether a sentence or clause ends inside the line, before its last character."""
    return any(text.find(mark, ln.content_start, ln.content_end - 1) != -1 for mark in "。；;")


def _continuation_indent(text: str, shown: list[Line], widths: list[int], margin: int) -> int:
    """The indentation of a paragraph's continuation lines: the commonest of the lines after one
    at the margin that begin no numbered paragraph. (Not of all lines: in a report of short
    paragraphs most lines are a paragraph's first, and their indentation would be taken for it.)"""
    after_margin = [_indent(text, shown[k].start, shown[k].end) for k in range(1, len(shown))
                    if widths[k - 1] >= margin - WIDTH_SLACK
                    and not PARAGRAPH_START.match(text[shown[k].content_start:shown[k].content_end])]
    indents = after_margin or [_indent(text, ln.start, ln.end) for ln in shown]
    return Counter(indents).most_common(1)[0][0]


def join_wrapped(text: str, view: str, lines: list[Line]
                 ) -> tuple[list[Line], list[tuple[int, int]], list[tuple[int, int]]]:
    """`lines` of `text` (and its same-length `view`) with each run of wrapped lines joined
    into one Line (numbered afresh), the spans between the joined lines (the line break, the
    spaces around it and any page number it ran across), and the page numbers on lines of
    their own between paragraphs (those lines are then blank). The caller masks both as
    noise, like a conversion artifact, so display strings read the paragraph as one line (an
    item's text keeps a line break between paragraphs, not inside one) and no page number."""
    wrap = find_wrap(text, lines)
    if wrap is None:
        return lines, [], []
    spaced = wrap.prose >= MIN_SHORT_PROSE and double_spaced(lines)
    joined: list[Line] = []
    breaks: list[tuple[int, int]] = []
    between: list[Line] = []  # blank lines and page numbers after a line that reaches the margin
    for ln in lines:
        if joined and len(between) < MAX_BETWEEN and _reaches_margin(text, view, joined[-1], wrap) and (
                ln.blank or PAGE_NUMBER.match(view[ln.content_start:ln.content_end].replace(" ", ""))):
            between.append(ln)
            continue
        page_break = any(not b.blank for b in between)
        # a blank line ends a paragraph, unless the copy put one after every line (double spacing)
        if joined and (page_break or not between or (spaced and len(between) == 1)) \
                and _continues(text, view, joined[-1], ln, wrap):
            breaks.append((joined[-1].content_end, ln.content_start))
            joined[-1] = joined[-1]._replace(end=ln.end, content_end=ln.content_end)
        else:
            joined.extend(_numbered(b, len(joined) + k) for k, b in enumerate(between))
            joined.append(_numbered(ln, len(joined)))
        between = []
    joined.extend(_numbered(b, len(joined) + k) for k, b in enumerate(between))
    # A page number the text did not run across (after a heading or a paragraph's last line):
    # furniture all the same, as pdftotext prints one at every page's foot.
    # (found first, blanked after: a blanked line must not make the next one look like a page's foot)
    found = [k for k in range(len(joined)) if _is_page_number(view, joined, k)]
    page_numbers: list[tuple[int, int]] = []
    for k in found:
        ln = joined[k]
        page_numbers.append((ln.content_start, ln.content_end))
        joined[k] = ln._replace(content_start=ln.end, content_end=ln.end)
    return joined, breaks, page_numbers


PAGE_NUMBER_LINE_MAX = 24  # characters of a page-number line (第12页 共30页, — 12 —)
CELL_LABEL_MAX = 12  # characters of a table's label a line (收案数), under which a bare number is its cell


def _is_page_number(view: str, lines: list[Line], k: int) -> bool:
    """Whether line k is a page number: by its form (— 3 —, 第3页 共12页, 3/12), or a bare number with a
    blank line next to it (a page's foot, a form feed), unless it stands under a short label (a table
    copied a cell a line: 收案数 / 125 / 结案数 / 120)."""
    ln = lines[k]
    if ln.blank or ln.content_end - ln.content_start > PAGE_NUMBER_LINE_MAX:
        return False
    content = view[ln.content_start:ln.content_end].replace(" ", "")
    if not PAGE_NUMBER.match(content):
        return False
    if not content.isdecimal():
        return True
    if not ((k > 0 and lines[k - 1].blank) or (k + 1 < len(lines) and lines[k + 1].blank)):
        return False
    above = next((lines[j] for j in range(k - 1, max(k - MAX_BETWEEN - 1, -1), -1) if not lines[j].blank), None)
    if above is None:
        return True
    label = view[above.content_start:above.content_end]
    return not (len(label) <= CELL_LABEL_MAX and not ANY_PUNCT_OR_DIGIT.search(label)
                and not PARAGRAPH_START.match(label))


def double_spaced(lines: list[Line]) -> bool:
    """Whether a blank line follows (nearly) every line of text: a copy that double-spaced the
    text, whose single blank lines then say nothing about where paragraphs end."""
    shown = followed = 0
    for ln, nxt in pairwise(lines):
        if not ln.blank:
            shown += 1
            followed += nxt.blank
    return shown >= DOUBLE_SPACED_MIN_LINES and followed >= DOUBLE_SPACED_SHARE * shown


def _numbered(ln: Line, number: int) -> Line:
    return ln if ln.number == number else ln._replace(number=number)


def _last_line_start(view: str, ln: Line) -> int:
    """Where the last physical line of `ln` starts (a run already joined holds several)."""
    return max(view.rfind("\n", ln.start, ln.content_end) + 1, ln.start)


def _reaches_margin(text: str, view: str, ln: Line, wrap: Wrap) -> bool:
    # Measured in the text: the view masks noise, and a line that ends in it still reached the margin.
    last = text[_last_line_start(view, ln):ln.end].rstrip(SPACE_CHARS)
    return not ln.blank and _width(last) >= wrap.margin - WIDTH_SLACK


def _continues(text: str, view: str, prev: Line, ln: Line, wrap: Wrap) -> bool:
    """Whether `ln` carries on the paragraph `prev` ends with."""
    if ln.blank or not _reaches_margin(text, view, prev, wrap):
        return False
    last_start = _last_line_start(view, prev)
    if _indent(text, last_start, prev.end) > wrap.base_indent + ALIGNED_INDENT:
        return False  # a right-aligned or centred line (a sign-off, a title) reaches the margin by its spaces
    if _indent(text, ln.start, ln.end) > wrap.base_indent:
        return False  # indented: a new paragraph
    return not PARAGRAPH_START.match(view[ln.content_start:ln.content_end])
