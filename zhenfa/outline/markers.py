"""Outline numbering families, as a table.

Each family is one numbering style. `rank` is its place in the GB/T 9704
order (一、 > （一） > 1. > （1） > ①); the tree uses it only to decide
nesting when a family appears that is not already open, so a report that
starts at （一） or skips a level still nests. `enumeration` families
(一是…二是…, 第一，…) run inside paragraphs as well as at line starts.

Patterns run on the width-folded view (（ → (, ． → ., ， → ,), so one
pattern serves full- and half-width copies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ..fields.numerals import CIRCLED, small_cn

_CN = "[一二三四五六七八九十]{1,3}"


@dataclass(frozen=True, slots=True)
class MarkerFamily:
    name: str
    rank: int
    pattern: re.Pattern[str]  # matched at a position; group "num" is the number
    to_int: Callable[[str], int | None]
    start_chars: str  # the characters a marker of this family can start with
    enumeration: bool = False  # runs inline within a paragraph (一是, 第一)
    second: str | None = None  # how its second item is written: evidence that a list has begun
    not_before: re.Pattern[str] | None = None  # what may not follow a marker (一、二年级, 1.5万)
    needs_second: bool = False  # a first item at a line start counts only when its second follows (一是 … 二是)


def _arabic(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _circled(text: str) -> int | None:
    return CIRCLED.get(text)


def _paren_ideograph(text: str) -> int | None:
    return PAREN_IDEOGRAPHS.get(text)


def _paren_digit(text: str) -> int | None:
    return PAREN_DIGITS.get(text)


PAREN_IDEOGRAPHS = {chr(0x3220 + i): i + 1 for i in range(10)}  # ㈠ … ㈩
PAREN_DIGITS = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴ … ⒇
_CN_CHARS = "一二三四五六七八九十"
_DIGITS = "0123456789"
# 一、二年级, 二、三季度: a range of numerals, not a heading.
_NUMERAL_RANGE_AFTER = re.compile(r"[一二三四五六七八九十](?:年级|季度|季|等奖|等|类|级|个|项|批|期|次|轮|、|和|至|到)")
# A year that may follow an Arabic marker: 2.2023年工作计划 is heading 2, not the number 2.2023
# (used by the layout's and the PDF loader's heading tests too).
YEAR_AFTER_MARKER = r"(?:19|20)\d\d ?年"
# 1.5万, 2、3个: a number, not a heading.
_NOT_A_HEADING_AFTER = re.compile(rf"(?!{YEAR_AFTER_MARKER})(?:[\d%]|[年月日个名人次件项家所万亿元倍])")

FAMILIES: tuple[MarkerFamily, ...] = (
    # 第一部分  第二章 — parts above 一、
    MarkerFamily("di_part", 0, re.compile(rf"第(?P<num>{_CN})(?:部分|章|篇)[、.:：]?"), small_cn, "第"),
    # 一、  一.
    # (a mirror's stray comma before the 、: 一,、深入学习…)
    MarkerFamily("cn_dun", 1, re.compile(rf"(?P<num>{_CN}) ?(?:,?、(?!、)|\.(?!(?!{YEAR_AFTER_MARKER})[\d.]))"), small_cn, _CN_CHARS,
                 second="二、", not_before=_NUMERAL_RANGE_AFTER),
    # （一）  (一)  （一）、
    MarkerFamily("cn_paren", 2, re.compile(rf"\( ?(?P<num>{_CN}) ?\)[、.]?"), small_cn, "(", second="(二)"),
    # 1.  1、  1．  — never a decimal (1.5万), a date (12.4) or a year (2021.)
    # (1.5万 is a number; 2.2023年工作计划 a heading whose text starts with a year)
    MarkerFamily("ar_dot", 3, re.compile(rf"(?P<num>\d{{1,2}}) ?[.、](?!(?!{YEAR_AFTER_MARKER})[\d.])"), _arabic, _DIGITS,
                 not_before=_NOT_A_HEADING_AFTER),
    # 一)  一）  — the opening bracket lost in a copy
    MarkerFamily("cn_rparen", 2, re.compile(rf"(?P<num>{_CN})\)(?!\))"), small_cn, _CN_CHARS),
    # ㈠ (one character)
    MarkerFamily("paren_ideograph", 2, re.compile(r"(?P<num>[\u3220-\u3229])[、.]?"), _paren_ideograph,
                 "".join(PAREN_IDEOGRAPHS)),
    # （1）  (1)
    MarkerFamily("ar_paren", 4, re.compile(r"\( ?(?P<num>\d{1,2}) ?\)[、.]?"), _arabic, "("),
    # ⑴ (one character)
    MarkerFamily("paren_digit", 4, re.compile(r"(?P<num>[\u2474-\u2487])[、.]?"), _paren_digit, "".join(PAREN_DIGITS)),
    # 1）  1)
    MarkerFamily("ar_rparen", 5, re.compile(r"(?P<num>\d{1,2})\)(?![\d)])"), _arabic, _DIGITS,
                 not_before=_NOT_A_HEADING_AFTER),
    # ①
    MarkerFamily("circled", 6, re.compile(r"(?P<num>[\u2460-\u2473])"), _circled, "".join(CIRCLED),
                 enumeration=True, second="②"),
    # 一是 … 二是 …
    MarkerFamily("cn_shi", 7, re.compile(rf"(?P<num>{_CN})是"), small_cn, _CN_CHARS, enumeration=True, second="二是", needs_second=True),
    # 一要 … 二要 … (plans: 2024年，我局将着力抓好以下工作：一要…；二要…) — not 一要求, 三要素
    MarkerFamily("cn_yao", 7, re.compile(rf"(?P<num>{_CN})要(?![求点素件闻害务紧])"), small_cn, _CN_CHARS, enumeration=True,
                 second="二要", needs_second=True),
    # 第一，… 第二，…
    MarkerFamily("di_cn", 8, re.compile(rf"第(?P<num>{_CN})[,、:;]"), small_cn, "第", enumeration=True, second="第二"),
    # 其一，… (rare)
    MarkerFamily("qi_cn", 9, re.compile(rf"其(?P<num>{_CN})[,、:;是]"), small_cn, "其", enumeration=True, second="其二"),
)

TOP_LEVEL_RANK = 1  # 第一部分 (0) and 一、 (1): the families that number a report's parts

# Characters after which an inline marker may start: the end of a clause.
INLINE_BOUNDARY = frozenset("。；;:：！？!? \u3000)）】」』”\"")


class MarkerMatch(NamedTuple):  # a tuple: built for every candidate marker, cheaper than a frozen dataclass
    family: MarkerFamily
    number: int
    start: int
    end: int  # after the marker and the spaces that follow it


def detect_marker(view: str, pos: int, end: int, *, inline: bool = False) -> MarkerMatch | None:
    """The numbering marker that starts at `pos` in view[:end], if any.

    At a line start every family is tried; inline (mid-paragraph) only the
    enumeration families and the heading families after a clause boundary are
    the caller's business, so this function only checks the shape.
    """
    if pos >= end:
        return None
    for family in _BY_FIRST_CHAR.get(view[pos], ()):
        if inline and not family.enumeration and family.rank > 4:
            continue
        m = family.pattern.match(view, pos, end)
        if m is None:
            continue
        number = family.to_int(m.group("num"))
        if number is None or number < 1:
            continue
        stop = m.end()
        while stop < end and view[stop] == " ":
            stop += 1
        if family.not_before is not None and stop < end and family.not_before.match(view, stop):
            continue
        return MarkerMatch(family, number, pos, stop)
    return None


def starts_with_marker(text: str) -> bool:
    """Whether a line (of the width-folded view) opens with a marker of any family in FAMILIES:
    一、 （一） 1. （1） ① 第一部分 一是 …"""
    return bool(text) and text[0] in _BY_FIRST_CHAR and detect_marker(text, 0, len(text)) is not None


# What a page may set before a heading's number (▍ 一、…, a WeChat article's).
ORNAMENTS = "▍▌▎■◆●▶►★☆◇□▲△•"
# A page that rendered its first part's 一、 as a list item's bullet (• 加强党对法治政府建设领导情况 / … / 二、…):
# the bullet line is that part's heading, where the report's first numbered part is its second.
BULLETS = "•·●▪◆■"


# The characters an enumeration marker (一是, 第一、, 其一，) can start with.
ENUMERATION_START: frozenset[str] = frozenset().union(*(f.start_chars for f in FAMILIES if f.enumeration))

# The families a marker starting with a given character can belong to, in table order.
_BY_FIRST_CHAR: dict[str, tuple[MarkerFamily, ...]] = {
    ch: tuple(f for f in FAMILIES if ch in f.start_chars) for ch in set().union(*(f.start_chars for f in FAMILIES))
}


# Where inline markers may hide: a quick scan for candidate positions.
# Only its start is used. It begins by consuming the first character and branches on it
# with look-behinds: a pattern that starts with a character class is scanned in C.
# Arabic numbering (1. 1、 (1)) runs inline only as a list after a colon or a clause's end
# (…以下工作：1.加强学习。2.规范执法。): such a candidate starts at that colon or full stop
# (digits are too frequent to stop at), and the marker after it (LIST_BOUNDARY, a space).
LIST_BOUNDARY = ":;。"
INLINE_CANDIDATE = re.compile(
    rf"[{_CN_CHARS}第(\u2460-\u2473{LIST_BOUNDARY}](?:(?<=[{_CN_CHARS}])[{_CN_CHARS}]{{0,2}}(?:是|要|、)"
    rf"|(?<=第){_CN}[,、:;]|(?<=\() ?{_CN} ?\)|(?<=[\u2460-\u2473])"
    rf"|(?<=[{LIST_BOUNDARY}])(?= ?(?:\( ?\d{{1,2}} ?\)|\d{{1,2}}[.、])))")
