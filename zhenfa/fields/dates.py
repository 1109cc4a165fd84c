"""Dates and years: the publication date, damaged dates, and the year a report covers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..date_patterns import CN_DAY, CN_MONTH
from .numerals import cn_to_int

# On the width-folded view. 2022-04-01, 2022/4/1, 2022.04.01, 2022年4月1日, with optional time.
# The year's look-behind (no digit before it) is written after its 19/20, two characters wider,
# here and in YEAR: a pattern that begins with a look-behind (or with a repeated class, as
# CN_YEAR's [〇…]{4} did) is tried at every position of the text, one that begins with 1 or 2 is
# found by a scan for those characters in C (readable forms in tests/test_fast_patterns.py).
DATE = re.compile(
    r"(?P<y>(?:19|20)(?<!\d..)\d\d) ?(?P<s1>[-/.年]) ?(?P<m>\d{1,2}) ?(?P<s2>[-/.月]) ?(?P<d>\d{1,2})(?!\d) ?日?"
)
CN_DATE = re.compile(rf"(?P<y>[〇○零一二三四五六七八九]{{4}})年(?P<m>{CN_MONTH})月(?P<d>{CN_DAY})日")
# Dates that lost characters: 2019129日 (2019年12月9日), a sign-off line 202025; 202112月 (2021年12月,
# its 年 lost). Each starts with its literal (the look-behind covers it): found by a fast substring search.
MALFORMED_IN_TEXT = re.compile(r"20(?<![\d年月.\-/]20)\d\d\d{1,4}日")
MALFORMED_MONTH_IN_TEXT = re.compile(r"20(?<![\dA-Za-z年月.\-/]20)\d\d(?:1[0-2]|[1-9])月")  # (not a code: ZF202312月度)
# A date that lost its 月, opening a sentence before a comma: 222日，省委…考核组来我局 (2月22日). Three or
# four digits that split into a month and a day only: 22日 is a day, 120日以内 a duration (no comma,
# no sentence start). malformed_days finds each 日 and comma, reads the digits before it with this
# pattern, and checks that a sentence opens there: after a full stop, or a line break after one or
# after a colon or a blank line (a hard-wrapped line's break inside a sentence, …压缩至\n120日，…,
# opens none).
MALFORMED_DAY = re.compile(r"(?:[1-9](?:0[1-9]|[12]\d|3[01])|1[0-2](?:0?[1-9]|[12]\d|3[01]))日")
_SENTENCE_STOPS = "。！？!?"


def malformed_days(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the dates that lost their 月 (MALFORMED_DAY) where a sentence opens, in view[start:end].
    (Found from their 日 and comma with str.find, which scans in C: most texts have none.)"""
    out = []
    for comma in ("日，", "日,"):
        at = view.find(comma, start, end)
        while at != -1:
            first = at
            while first > start and at - first < 4 and "0" <= view[first - 1] <= "9":
                first -= 1
            if at - first >= 3 and MALFORMED_DAY.fullmatch(view, first, at + 1) and _opens_sentence(view, first):
                out.append((first, at + 1))
            at = view.find(comma, at + 2, end)
    return sorted(out)


def _opens_sentence(view: str, pos: int) -> bool:
    """After a full stop, or after a line break that follows one, a colon or a blank line."""
    i = pos
    while i > 0 and view[i - 1] in " \t\u3000":
        i -= 1
    before = view[i - 1] if i > 0 else ""
    return bool(before) and (before in _SENTENCE_STOPS or (before == "\n" and i >= 2 and view[i - 2] in _SENTENCE_STOPS + "：:\n"))


MALFORMED_LINE = re.compile(r"^\s*20\d{3,6}\s*$")
YEAR = re.compile(r"(?P<y>(?:19|20)(?<![\d.]..)\d\d) ?年(?!\d)(?P<du>度)?")
YEAR_RANGE_AFTER = re.compile(r" ?[-—–~～至到]")
TEMPLATE_YEAR = re.compile(r"(?:19|20)?[_＿]{1,4} ?年|20[xX×＊*]{2}年|[_＿]{3,}|\*\*")


@dataclass(frozen=True, slots=True)
class DateHit:
    value: str  # YYYY-MM-DD
    start: int
    end: int


def valid_date(y: int, m: int, d: int) -> bool:
    if not (1990 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    days = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]


def find_date(view: str, start: int, end: int) -> DateHit | None:
    """The first well-formed date in view[start:end]."""
    for m in DATE.finditer(view, start, end):
        sep1, sep2 = m.group("s1"), m.group("s2")
        if (sep1 == "年") != (sep2 == "月"):
            continue
        if sep1 != "年" and sep1 != sep2:
            continue
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if valid_date(y, mo, d):
            stop = m.end()
            while stop > m.start() and view[stop - 1] == " ":
                stop -= 1
            return DateHit(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), stop)
    for m in CN_DATE.finditer(view, start, end):
        cy = cn_to_int(m.group("y"))
        cm = 1 if m.group("m") == "元" else cn_to_int(m.group("m"))
        cd = cn_to_int(m.group("d"))
        if cy and cm and cd and valid_date(cy, cm, cd):
            return DateHit(f"{cy:04d}-{cm:02d}-{cd:02d}", m.start(), m.end())
    return None


CN_YEAR = re.compile(r"(?P<y>[〇○零一二三四五六七八九][〇○零一二三四五六七八九]{3}) ?年(?!\d)")


def years_in(view: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(year, start, end) of every 'NNNN年' or '二〇二三年' that is not the start of a range (2021—2025年)."""
    out = []
    for m in CN_YEAR.finditer(view, start, end):
        y = cn_to_int(m.group("y"))
        if y is not None and 1990 <= y <= 2100 and not YEAR_RANGE_AFTER.match(view, m.end()):
            out.append((y, m.start(), m.end()))
    for m in YEAR.finditer(view, start, end):
        if YEAR_RANGE_AFTER.match(view, m.end()):
            continue
        # the end of a range: 2021—2025年
        before = view[max(start, m.start() - 6):m.start()]
        if re.search(r"\d{4} ?[-—–~～至到] ?$", before):
            continue
        out.append((int(m.group("y")), m.start(), m.end()))
    return sorted(out, key=lambda hit: hit[1])
