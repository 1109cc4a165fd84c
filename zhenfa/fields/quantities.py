"""The grammar of a quantity: a number (Arabic, grouped with commas or spaces, or Chinese), its
余/多, its multiplier (万, 亿, 千 …), its unit, and the qualifiers written before or after it
(近, 超过 …; 以上, 左右 …), with the value multiplied out exactly.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..models import Qualifier
from .numerals import COUNT_CHARS, cn_to_int
from .units import UNIT_ALT, UNITS

# The number: Arabic (1,234.5, or 12 000 grouped with spaces) not preceded by a digit, '.', '-', '/' or 'digit,'; or a Chinese
# numeral of at most 12 characters not preceded by a numeral character (so a run of 一一一…
# is read once, not from every position). The pattern begins by consuming one numeral
# character and checks what came before it with look-behinds one character wider: a
# pattern that starts with a character class lets the engine skip ordinary text in C,
# which a leading look-ahead or look-behind does not.
# An Arabic figure's parts are possessive (*+, ++, ?+): giving a digit, a group or a
# decimal part back leaves a digit, ',', '.' or ' ddd' next, which nothing after the number
# accepts, so the engine would only retry the optional parts after it once per digit of
# every year and date (2023年) for nothing. A Chinese numeral's run is not: 五千克 is 五 and 千克.
# The first character is found with a class of plain ranges that holds every decimal digit
# (DIGIT_BLOCKS) and then checked to be one: the engine tests each character of the text
# against the pattern's first class, and a bitmap alone is cheaper than a bitmap and \d's
# Unicode category.
DIGIT_BLOCKS = "0-9\u0660-\u1c59\ua620-\uabf9\uff10-\uff19\U00010000-\U0010ffff"
_NUMBER = (
    rf"(?P<num>[{DIGIT_BLOCKS}{COUNT_CHARS}](?<=[\d{COUNT_CHARS}])(?<![\d.\-/][\s\S])(?<!\d,[\s\S])"
    rf"(?:(?<=\d)\d{{0,2}}+(?: \d{{3}}(?!\d))++(?:\.\d++)?+|(?<=\d)\d*+(?:,\d{{3}})*+(?:\.\d++)?+"
    rf"|(?<=[{COUNT_CHARS}])(?<![{COUNT_CHARS}][{COUNT_CHARS}])[{COUNT_CHARS}]{{0,11}}))"
)
# After an Arabic figure (5千元, 3千余人次, 5千万元, 1.2万亿元); longest first when matched.
MULTIPLIERS = {"万亿": Decimal(10**12), "千万": Decimal(10**7), "百万": Decimal(10**6), "万": Decimal(10_000),
               "亿": Decimal(100_000_000), "千": Decimal(1000)}
# A bare 万 or 亿 is itself the number (近万人, 万余份, 近亿元); cn2an reads it as 0.
BARE_BIG_NUMERALS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIER_ALT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNIT_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in UNITS}))
_AFTER_NUMBER_FIRSTS = "".join(sorted({*"余多", *(mult[0] for mult in MULTIPLIERS), *(re.escape(unit[0]) for unit in UNITS)}))


def _quantity(gap: str) -> re.Pattern[str]:
    """A number and its unit, with `gap` what may stand between the figure and its
    multiplier or unit: a PDF copy's space (240 余人次)."""
    # After the number, one character must start what may follow it (a space, 余/多, a
    # multiplier, a unit): a class test that rejects the many figures no unit follows
    # (2023年, 12月) before the optional parts after them are each tried.
    return re.compile(
        rf"{_NUMBER}(?=[ {_AFTER_NUMBER_FIRSTS}])(?:{gap}(?P<mid>余|多))?(?:{gap}(?P<mult>{MULTIPLIER_ALT}))?(?P<post>余|多)?{gap}"
        rf"(?=[{_UNIT_FIRSTS}])(?P<unit>{UNIT_ALT})")


QUANTITY = _quantity(" ?")
# In a hard-wrapped text the view reads a paragraph's line break, with the spaces around it,
# as spaces (wrapped.py), and a figure may be broken from its unit there (…数据60 / 条).
QUANTITY_WRAPPED = _quantity(" *")
PERCENT_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点]+)")
# Longest first, so 不超过 is not read as 超过.
PRE_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = tuple(sorted((
    ("将近", Qualifier.nearly), ("接近", Qualifier.nearly), ("近", Qualifier.nearly), ("大约", Qualifier.about),
    ("约", Qualifier.about), ("超过", Qualifier.over), ("超", Qualifier.over), ("逾", Qualifier.over),
    ("多于", Qualifier.over), ("不少于", Qualifier.over), ("不低于", Qualifier.over), ("至少", Qualifier.over),
    ("高于", Qualifier.over), ("不到", Qualifier.under), ("不足", Qualifier.under), ("不超过", Qualifier.under),
    ("不高于", Qualifier.under), ("少于", Qualifier.under), ("低于", Qualifier.under),
), key=lambda pair: -len(pair[0])))
POST_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("以上", Qualifier.over), ("左右", Qualifier.about), ("上下", Qualifier.about), ("以内", Qualifier.under), ("以下", Qualifier.under))
_POST_QUALIFIER_WORDS = tuple(word for word, _ in POST_QUALIFIERS)
MAX_VALUE = 10**15  # larger "quantities" are codes or digit runs; JSON readers lose precision past 2**53 anyway


_PRE_QUALIFIER_AT_END = re.compile("(?:" + "|".join(re.escape(w) for w, _ in PRE_QUALIFIERS) + ")$")
_PRE_QUALIFIER_OF = dict(PRE_QUALIFIERS)
PRE_QUALIFIER_ENDS = frozenset({word[-1] for word, _ in PRE_QUALIFIERS} | {"\n"})  # ($ also matches before a final \n)
# Words whose last character is a one-character qualifier and which mean something else:
# 节约1.2亿元 is what was saved, not "about 1.2亿元"; 附近5个村庄 are the villages nearby.
WORDS_ENDING_IN_A_QUALIFIER = frozenset({
    "节约", "签约", "预约", "履约", "违约", "解约", "合约", "制约", "集约", "特约", "邀约", "缔约", "续约",
    "附近", "最近", "就近", "邻近", "临近", "靠近", "赶超",
})
_LONGEST_PRE = max(len(w) for w, _ in PRE_QUALIFIERS)


def qualifier_before(view: str, pos: int, floor: int) -> tuple[Qualifier | None, int]:
    """A qualifier written just before the number (近50万, 不超过10%) and where it begins."""
    window = view[max(floor, pos - _LONGEST_PRE):pos]
    if not window or window[-1] not in PRE_QUALIFIER_ENDS:
        return None, pos  # most figures have no qualifier: one test before the search
    m = _PRE_QUALIFIER_AT_END.search(window)
    if m is None or (len(m.group()) == 1 and window[-2:] in WORDS_ENDING_IN_A_QUALIFIER):
        return None, pos
    return _PRE_QUALIFIER_OF[m.group()], pos - len(m.group())


# 内 alone bounds a time limit as 以内 does (3个工作日内办结, 24小时内): after a unit of time only, where
# it closes the figure's phrase (not a word it begins: 内容, 内部); after a count, 3家内… is no bound.
TIME_UNITS = frozenset({"天", "个工作日", "工作日", "小时", "分钟"})
_WITHIN = "内"
# (内容, 内部, 内外, 内涵, 内训 and the places 内蒙, 内河, 内陆, 内地; after a time unit 内 is otherwise the
# bound and a verb follows it: 3个工作日内审批完毕, 24小时内核实, 3天内化解)
_WITHIN_WORD_SECONDS = frozenset("容部外涵训蒙河陆地")


def qualifier_after(view: str, end: int, qualifier: Qualifier | None, unit: str = "") -> tuple[Qualifier | None, int]:
    """A qualifier written after the unit (300人以上, 百分之九十五以上, 3个工作日内), which is then part of
    the raw text; one written before the number wins."""
    if not view.startswith(_POST_QUALIFIER_WORDS, end):  # most figures have none: one test in C
        if view.startswith(_WITHIN, end) and unit in TIME_UNITS and view[end + 1:end + 2] not in _WITHIN_WORD_SECONDS:
            return qualifier or Qualifier.under, end + 1
        return qualifier, end
    for word, qual in POST_QUALIFIERS:
        if view.startswith(word, end):
            return qualifier or qual, end + len(word)
    return qualifier, end


def quantity_value(num: str, mult: str | None) -> float | int | None:
    """The number with 万/亿 multiplied out; exact (1.12万 is 11200, not 11200.000000000002)."""
    if mult is None and len(num) <= 15 and num.isdigit():
        return int(num)  # the common case, without Decimal (which also reads numbers of any length)
    if num[0].isdigit():
        number = Decimal(num.replace(",", "").replace(" ", ""))
    elif num in BARE_BIG_NUMERALS:
        number = Decimal(BARE_BIG_NUMERALS[num])
    else:
        parsed = cn_to_int(num)
        if parsed is None:
            return None
        number = Decimal(parsed)
    if mult:
        number *= MULTIPLIERS[mult]
    return int(number) if number == number.to_integral_value() else float(number)


YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")  # 2021期, 2023 多项措施: a year, not a count
