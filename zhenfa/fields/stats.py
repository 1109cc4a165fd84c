"""Statistics: every quantity a report states as a fact.

A quantity is a number (Arabic, or Chinese for real counts) followed by a
unit from UNITS, with 万/亿 multiplied out and qualifiers read from the words
around it. Exclusions are rules, each named: ordinals (第六届), numbers in
《titles》, slogans in quotes (“三项制度”), counts of a list just enumerated
(评估论证、征求意见、集体审议三个环节), a service's reach (15分钟服务圈),
orders of magnitude (数十万人), and everything outside the body
(page chrome). Years, dates, document numbers and hotlines have no unit and
never match. A range (3—5个工作日) is one statistic with its low end; a bare figure
in a table row takes its unit from the table (table_cells.py); what was counted
and the change stated come from subject.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from ..models import ChangeDirection, Qualifier, Statistic, build
from ..outline.tree import Outline, Paragraph
from ..text import CLAUSE_END, Doc, Ranges, title_ranges
from .numerals import COUNT_CHARS, cn_to_int
from .sections import marker_text
from .subject import JOINERS, change_of, clause_start_of, subject_of
from .table_cells import may_hold_spaced_rows, row_name, table_figures
from .units import UNIT_ALT, UNIT_COUNTED_WORDS, UNIT_WORD_BREAKS, UNITS

# The number: Arabic (1,234.5, or 12 000 grouped with spaces) not preceded by a digit, '.', '-', '/' or 'digit,'; or a Chinese
# numeral of at most 12 characters not preceded by a numeral character (so a run of 一一一…
# is read once, not from every position). The pattern begins by consuming one numeral
# character and checks what came before it with look-behinds one character wider: a
# pattern that starts with a character class lets the engine skip ordinary text in C,
# which a leading look-ahead or look-behind does not.
_NUMBER = (
    rf"(?P<num>[\d{COUNT_CHARS}](?<![\d.\-/][\s\S])(?<!\d,[\s\S])"
    rf"(?:(?<=\d)\d{{0,2}}(?: \d{{3}}(?!\d))+(?:\.\d+)?|(?<=\d)\d*(?:,\d{{3}})*(?:\.\d+)?|(?<=[{COUNT_CHARS}])(?<![{COUNT_CHARS}][{COUNT_CHARS}])[{COUNT_CHARS}]{{0,11}}))"
)
# After an Arabic figure (5千元, 3千余人次, 5千万元, 1.2万亿元); longest first when matched.
MULTIPLIERS = {"万亿": Decimal(10**12), "千万": Decimal(10**7), "百万": Decimal(10**6), "万": Decimal(10_000),
               "亿": Decimal(100_000_000), "千": Decimal(1000)}
# A bare 万 or 亿 is itself the number (近万人, 万余份, 近亿元); cn2an reads it as 0.
BARE_BIG_NUMERALS = {"万": 10_000, "亿": 100_000_000}
MULTIPLIER_ALT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_UNIT_FIRSTS = "".join(sorted({re.escape(unit[0]) for unit in UNITS}))
QUANTITY = re.compile(
    rf"{_NUMBER}(?: ?(?P<mid>余|多))?(?: ?(?P<mult>{MULTIPLIER_ALT}))?(?P<post>余|多)?(?P<sp> ?)(?=[{_UNIT_FIRSTS}])(?P<unit>{UNIT_ALT})")
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
# Nouns that make a numeral and measure word the name of a policy, not a count.
POLICY_NOUNS = ("清单", "制度", "规定", "机制", "工程", "原则", "理念", "意识", "自信", "确立", "维护", "战略", "方针", "责任")
TEXT_PARTS = ("部分", "方面", "阶段", "环节", "板块", "层次", "层面", "维度", "方向")
PLENUM_WORDS = ("全会", "全体会议", "全体(扩大)会议", "党代会", "代表大会")
PLENUM_LIST_REACH = 60  # 二次、三次、四次全会: how far the list of sessions may run (bounded: linear time)
_PLENUM_LIST = re.compile(r"(?:[、和及][一二三四五六七八九十\d]{1,3}次)+(?:" + "|".join(re.escape(w) for w in PLENUM_WORDS) + ")")
MAX_VALUE = 10**15  # larger "quantities" are codes or digit runs; JSON readers lose precision past 2**53 anyway
# Units a bare 一 may count: people (新招录一名公务员). 一个, 一件事, 一次性 are set phrases.
ONE_COUNT_UNITS = frozenset({"名", "位"})
# Slogans whose numerals are not counts even when unquoted.
SLOGANS = re.compile(r"(?:四个意识|四个自信|两个维护|两个确立|三个代表|三项制度|两个责任|四个全面|五位一体|三重一大|八项规定|五个一批|两学一做|三会一课|一岗双责)")


_PRE_QUALIFIER_AT_END = re.compile("(?:" + "|".join(re.escape(w) for w, _ in PRE_QUALIFIERS) + ")$")
_PRE_QUALIFIER_OF = dict(PRE_QUALIFIERS)
_LONGEST_PRE = max(len(w) for w, _ in PRE_QUALIFIERS)


def _qualifier_before(view: str, pos: int, floor: int) -> tuple[Qualifier | None, int]:
    """A qualifier written just before the number (近50万, 不超过10%) and where it begins."""
    window = view[max(floor, pos - _LONGEST_PRE):pos]
    m = _PRE_QUALIFIER_AT_END.search(window)
    if m is None:
        return None, pos
    return _PRE_QUALIFIER_OF[m.group()], pos - len(m.group())


def _qualifier_after(view: str, end: int, qualifier: Qualifier | None) -> tuple[Qualifier | None, int]:
    """A qualifier written after the unit (300人以上, 百分之九十五以上), which is then part of the raw
    text; one written before the number wins."""
    if not view.startswith(_POST_QUALIFIER_WORDS, end):  # most figures have none: one test in C
        return qualifier, end
    for word, qual in POST_QUALIFIERS:
        if view.startswith(word, end):
            return qualifier or qual, end + len(word)
    return qualifier, end


def _value(num: str, mult: str | None) -> float | int | None:
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


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs a setattr call per field
class _Candidate:
    """A number-and-unit match, with what the exclusion rules look at around it."""

    view: str
    m: re.Match[str]
    para_start: int
    titles: Ranges
    start: int
    after: int
    num: str
    unit: str
    chinese: bool
    before: str

    @classmethod
    def of(cls, view: str, m: re.Match[str], para_start: int, titles: Ranges) -> _Candidate:
        start, num = m.start(), m.group("num")
        return cls(view, m, para_start, titles, start, m.end(), num, m.group("unit"), not num[0].isdigit(),
                   view[start - 1] if start > para_start else "")

    def followed_by(self, words: str | tuple[str, ...]) -> bool:
        return self.view.startswith(words, self.after)

    def clause(self) -> str:
        return self.view[clause_start_of(self.view, self.start, self.para_start):self.start]


def _ordinal(c: _Candidate) -> bool:  # 第六届, 第2批, 六届五次(全会)
    return c.before in ("第", "届")


def _mixed_numerals(c: _Candidate) -> bool:  # the 5百万元 of 2千5百万元: only the tail of a mixed number
    return not c.chinese and c.before != "" and c.before in "千百十" and c.start - 2 >= c.para_start \
        and c.view[c.start - 2].isdigit()


def _rank(c: _Candidate) -> bool:  # 前3名, 居前五位, 后10位: a place in a ranking, not a count
    return c.unit in ("名", "位") and c.before != "" and c.before in "前后第" \
        and not c.view.endswith(_TIME_WORDS_IN_QIAN_HOU, c.para_start, c.start)


# 先后两名同志, 目前三名执法人员: 前/后 ending a word of time, not a rank
_TIME_WORDS_IN_QIAN_HOU = ("先后", "此前", "目前", "会前", "此后", "之前", "之后", "事前", "事后", "随后", "其后", "日前", "当前",
                           "年前", "年后", "节前", "节后", "课前", "课后", "然后", "以后", "以前", "今后", "赛前", "赛后", "最后")


def _names_a_place(c: _Candidate) -> bool:  # 三门县, 七台河市, and 法治三门 in a report that names 三门县
    if not c.chinese:
        return False
    openings, full, short = numeral_first_places()
    if not c.view.startswith(openings, c.start):
        return False
    if c.view.startswith(full, c.start):
        return True
    # the short form only as a place's name (法治三门, 平安三台), in a report that names the place in full;
    # elsewhere 执法车辆三台 is a count
    return c.view.endswith(_BEFORE_A_SHORT_PLACE, c.para_start, c.start) and any(
        c.view.startswith(name, c.start) and c.view.find(whole) != -1 for name, whole in short)


_BEFORE_A_SHORT_PLACE = ("法治", "平安", "美丽", "幸福", "数字", "智慧", "活力", "品质", "建设", "全域", "打造")


@cache
def numeral_first_places() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Division names that read as a quantity (三门县 as 3门, 五家渠市 as 5家), from the gazetteer:
    their two-character openings (a quick test), the names, and (short form, name) pairs."""
    from .places import gazetteer

    names = sorted({name for name in gazetteer().by_name if name[0] in COUNT_CHARS and QUANTITY.match(name) is not None},
                   key=len, reverse=True)
    short = tuple((name[:-1], name) for name in names if name[-1] in "县市区旗" and len(name) >= 3)
    return tuple(sorted({name[:2] for name in names})), tuple(names), short


def _plenum(c: _Candidate) -> bool:  # 六次全会, 二次、六次全会: the numbering of plenary sessions
    return c.unit == "次" and (c.followed_by(PLENUM_WORDS) or _PLENUM_LIST.match(c.view, c.after, c.after + PLENUM_LIST_REACH) is not None)


def _in_title(c: _Candidate) -> bool:  # 《…2021—2025年…》
    return c.titles.inside(c.start)


def _unit_starts_a_word(c: _Candidate) -> bool:  # 3条例, 10部署 (not 1127个人民调解委员会)
    return c.after < len(c.view) and c.unit in UNIT_WORD_BREAKS and c.view[c.after] in UNIT_WORD_BREAKS[c.unit] \
        and not c.view.startswith(UNIT_COUNTED_WORDS.get(c.unit, ()), c.after)


def _parts_of_a_text(c: _Candidate) -> bool:  # 四个部分, 五个方面, 三个层次
    return c.chinese and c.unit == "个" and c.followed_by(TEXT_PARTS)


def _names_a_slogan(c: _Candidate) -> bool:  # 三个“一号工程”, 三张清单制度, “11个坚持”, 15分钟服务圈
    if c.chinese and (c.followed_by(("“", '"', "「")) or c.followed_by(POLICY_NOUNS)):
        return True
    if c.chinese and c.unit == "个" and (c.followed_by(SLOGAN_VERBS) or c.followed_by(("100%", "一工程", "一批"))):
        return True  # 三个强化, 三个到位, 四个100%, 五个一工程: what is counted is a slogan's wording
    if c.num == "100" and c.unit == "%" and c.before == "个" and c.start - 2 >= c.para_start \
            and c.view[c.start - 2] in _SLOGAN_NUMERALS:
        return True  # the 100% of 四个100%
    if c.unit in RADIUS_UNITS and _NAMES_A_CIRCLE.match(c.view, c.after, c.after + 10) is not None:
        return True
    return c.before in ("“", '"', "「") and _QUOTE_CLOSES.match(c.view, c.after, c.after + 8) is not None


# Verbs and adjectives that follow 三个 in a slogan (三个强化, 三个到位), where a count has a noun.
SLOGAN_VERBS = ("强化", "到位", "坚持", "提升", "确保", "聚焦", "不变", "不减", "转变", "必须", "注重", "一流")
_SLOGAN_NUMERALS = tuple("0123456789一二三四五六七八九十两")


def _idiom(c: _Candidate) -> bool:  # 三番五次, 五花八门, 三天两头, 四面八方
    if not c.chinese or len(c.num) != 1:
        return False
    return any(c.view[c.start + offset:c.start + offset + 4] in IDIOMS for offset in (0, -2) if c.start + offset >= c.para_start)


# Four-character idioms with a numeral and a unit in them (a list: 一年两次 and 两年三次 are counts).
IDIOMS = frozenset({"三番五次", "三番两次", "五花八门", "三天两头", "四面八方", "三令五申", "七嘴八舌", "三年五载", "千门万户",
                    "三年两载", "一年半载", "五湖四海", "八面玲珑", "四分五裂", "七零八落"})


def _round_the_clock(c: _Candidate) -> bool:  # 365天不打烊, 24小时自助服务: when a service is open, not a count
    return (c.unit, c.num) in _WHOLE_PERIODS and c.followed_by(_OPEN_WORDS) and c.before not in _DEADLINE_BEFORE


_DEADLINE_BEFORE = ("至", "在", "于", "内", "、")  # 压缩至24小时, 在24小时受理: a time limit


_WHOLE_PERIODS = frozenset({("小时", "24"), ("天", "365"), ("天", "366")})
_OPEN_WORDS = ("不打烊", "不间断", "不断线", "不停歇", "无休", "自助", "在线", "服务", "值守", "值班", "营业", "开放",
               "全天候", "畅通", "运行", "热线", "可办", "网上")


_QUOTE_CLOSES = re.compile(r"[^”\"」。，]{0,6}[”\"」]")
# 15分钟公共法律服务圈, 半小时生活圈: a distance named as the reach of a service, not a measurement.
RADIUS_UNITS = frozenset({"分钟", "小时", "公里"})
_NAMES_A_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,8}圈")


def _vague_amount(c: _Candidate) -> bool:  # 数十万人, 几百件: an order of magnitude, not a count
    return c.chinese and c.before in ("数", "几")


def _not_a_count(c: _Candidate) -> bool:
    """Chinese numerals that count nothing: 〇, 一个 (an article), 千家万户, 统一, 两个确立, “三项制度”,
    评估论证、征求意见、集体审议三个环节 (the count of the items just listed)."""
    if not c.chinese:
        return False
    num, unit, view = c.num, c.unit, c.view
    if num in ("〇", "零") or unit in ("%", "‰"):
        return True
    if num == "一" and (unit not in ONE_COUNT_UNITS or (c.before and c.before in "统唯万之同单专逐划合")):
        return True
    if num in ("百", "千", "万", "亿") and not (c.m.group("mid") or c.m.group("post") or _qualifier_before(view, c.start, c.para_start)[0]):
        return True
    if SLOGANS.match(view, c.start):
        return True
    clause = c.clause()
    quote = max(clause.rfind("“"), clause.rfind('"'), clause.rfind("「"))
    if quote != -1 and "”" not in clause[quote:] and "」" not in clause[quote:]:
        return True
    return _counts_listed_items(clause, num)


def _date_or_edition(c: _Candidate) -> bool:  # 12月3日, 7×24小时, 2021期, 10时30分
    if c.chinese:
        return False
    if c.unit in ("天", "小时") and c.before and c.before in "月日×*xX":
        return True
    if c.unit == "分" and c.before and c.before in "时点:":  # 10时30分: a time of day
        return True
    return c.unit in ("期", "批", "届", "部", "版") and _YEAR_NUMBER.fullmatch(c.num.replace(",", "")) is not None


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


# Not statistics, by rule, in order; the first that applies names the reason.
EXCLUSIONS: tuple[tuple[str, Callable[[_Candidate], bool]], ...] = (
    ("ordinal", _ordinal),
    ("names_a_place", _names_a_place),
    ("mixed_numerals", _mixed_numerals),
    ("plenum", _plenum),
    ("in_title", _in_title),
    ("unit_starts_a_word", _unit_starts_a_word),
    ("parts_of_a_text", _parts_of_a_text),
    ("names_a_slogan", _names_a_slogan),
    ("not_a_count", _not_a_count),
    ("date_or_edition", _date_or_edition),
    ("rank", _rank),
    ("idiom", _idiom),
    ("round_the_clock", _round_the_clock),
    ("vague_amount", _vague_amount),
)


def exclusion(view: str, m: re.Match[str], para_start: int, titles: Ranges) -> str | None:
    """The name of the rule that says this match is not a statistic, or None."""
    candidate = _Candidate.of(view, m, para_start, titles)
    for name, rule in EXCLUSIONS:
        if rule(candidate):
            return name
    return None


def _counts_listed_items(clause: str, num: str) -> bool:
    """Whether a Chinese numeral counts the 、-separated items written just before it."""
    if "、" not in clause or "各" in clause[-4:] or "每" in clause[-4:]:  # 各配备两名: a count per item
        return False
    value = cn_to_int(num)
    items = clause.split("、")
    return value is not None and value == len(items) and all(len(item.strip()) <= 12 for item in items[1:])


def path_at(outline: Outline, doc: Doc, pos: int, cache: dict[int, list[str]] | None = None) -> list[str]:
    """Markers of the outline path that contains `pos` (cached per node: many statistics share one)."""
    nodes = outline.path_tuple_at(pos)
    if not nodes:
        return []
    key = id(nodes[-1])
    if cache is not None and key in cache:
        return list(cache[key])
    path = [marker_text(doc, node) or "" for node in nodes]
    if cache is not None:
        cache[key] = path
    return list(path)


def extract_statistics(doc: Doc, outline: Outline, plans: list[tuple[int, int]]) -> list[Statistic]:
    """Every quantity stated as a fact; `plans` are the ranges of next year's plans (targets)."""
    view = doc.view
    out: list[Statistic] = []
    if not outline.paragraphs:
        return out
    last = outline.appendix[-1] if outline.appendix else outline.paragraphs[-1]
    titles = title_ranges(view, outline.paragraphs[0].start, last.end)
    in_plans = Ranges.merged(plans)  # a long report has hundreds of plan ranges: bisect, not scan
    paths: dict[int, list[str]] = {}
    has_tabs = doc.text.find("\t") != -1  # table rows, from the DOCX and HTML readers
    dashes = _range_dashes(view, outline.paragraphs[0].start, last.end)

    def record(value: float | int, unit: str, qualifier: Qualifier | None, begin: int, end: int, para: Paragraph,
               subject: tuple[int, int] | None = None, low: float | int | None = None) -> None:
        if in_plans.inside(begin):
            return  # a target in next year's plans, not a fact of this year
        floor, ceiling = para.start, para.end
        if has_tabs and subject is None:
            # a figure in a table row's cell: its clause is the cell, its subject else the row's name
            cell = doc.text.rfind("\t", para.start, begin)
            if cell != -1:
                floor, subject = cell + 1, row_name(doc, para)
            stop = doc.text.find("\t", end, para.end)
            ceiling = stop if stop != -1 else para.end
        clause_start = clause_start_of(view, begin, floor)
        cue = _TARGET_CUE.search(view, max(floor, begin - 60), begin)
        if cue is not None and not CLAUSE_END.search(view, cue.end(), begin) and not _FACT_TURN.search(view, cue.end(), begin):
            return  # 力争年底前…达到100%: a target, in the same sentence (not …，目前已办结300件)
        direction, compared = change_of(view, begin, clause_start)
        paired = bool(out) and _PAIRED_FIGURE.fullmatch(view, out[-1].span[1], begin) is not None
        if paired and direction is None and out[-1].change is not None:
            # 同比分别下降12.5%和8.3%: the second figure of a pair shares the first's change
            direction, compared = ChangeDirection(out[-1].change), out[-1].compared_to
        own = subject_of(doc, begin, end, clause_start, ceiling, unit)
        if own is None and paired:
            own = out[-1].subject  # …办理时间分别压缩至3个工作日和1个工作日以内
        out.append(build(
            Statistic, value=value, unit=unit, qualifier=qualifier.value if qualifier else None,
            raw=doc.text[begin:end], span=(begin, end),
            subject=doc.display(*subject) if subject else own,  # a table row's name over its cell's clause
            section=path_at(outline, doc, begin, paths), change=direction.value if direction else None,
            compared_to=compared, low=low,
        ))

    for para in (outline.paragraphs + outline.appendix if outline.appendix else outline.paragraphs):
        ranges = _ranges(view, para, titles) if dashes and dashes.inside(para.start, para.end) else []
        for rng in ranges:
            record(rng.high, rng.unit, None, rng.start, rng.end, para, low=rng.low)
        for m in QUANTITY.finditer(view, para.start, para.end):
            if ranges and any(rng.start <= m.start() < rng.end for rng in ranges):
                continue  # the upper end of a range, read with it
            if exclusion(view, m, para.start, titles) is not None:
                continue
            if m.group("mid") and view[m.end("num")] == " " and (len(m.group("num")) >= 5 or _YEAR_NUMBER.fullmatch(m.group("num"))):
                continue  # 2023 多项措施, 12345 多个平台: a year or a code, then words (240 余人次 is a count)
            value = _value(m.group("num"), m.group("mult"))
            if value is None or (value == 0 and not m.group("num")[0].isdigit()) or abs(value) >= MAX_VALUE:
                continue  # no value, or implausibly large (a code or a run of digits, not a count)
            qualifier, begin = _qualifier_before(view, m.start(), para.start)
            if m.group("mid") or m.group("post"):
                qualifier = Qualifier.over
            end = m.end()
            unit = m.group("unit")
            if unit == "个" and _SHARED_POINTS.match(view, end) is not None:
                unit = "个百分点"  # 分别提高6.3个和5.8个百分点: the first figure shares the second's unit
            times = _TIMES_AFTER.match(view, end) if len(unit) == 1 and unit not in ("%", "‰") else None
            if times is not None and times.group().startswith("/") and unit in _PER_TIME_UNITS:
                times = None  # 800元/次, 3天/次: a rate, so much per occasion
            if times is not None:  # 3.6万辆次, 236处次, 120家（次）, 320人/次: a compound unit, as written
                unit += "次"
                end = times.end()
            qualifier, end = _qualifier_after(view, end, qualifier)
            record(value, unit, qualifier, begin, end, para)
        if view.find("百分之", para.start, para.end) != -1:
            for m in PERCENT_WORDS.finditer(view, para.start, para.end):
                value = _percent_words(m.group("num"))
                if value is not None:
                    qualifier, begin = _qualifier_before(view, m.start(), para.start)
                    qualifier, end = _qualifier_after(view, m.end(), qualifier)
                    record(value, "%", qualifier, begin, end, para)
        if view.find("-", para.start, para.end) != -1:
            for m in NEGATIVE_CHANGE.finditer(view, para.start, para.end):  # 同比增长-5.3%
                value = _value(m.group("num"), None)
                if value is not None:
                    record(-value, m.group("unit"), None, m.start(), m.end(), para)
    if has_tabs or may_hold_spaced_rows(doc):
        for fig in table_figures(doc, outline.paragraphs + outline.appendix if outline.appendix else outline.paragraphs):
            value = _value(doc.view[fig.start:fig.end], fig.mult)
            if value is not None and abs(value) < MAX_VALUE:
                record(value, fig.unit, None, fig.start, fig.end, fig.para, fig.subject)
    out.sort(key=lambda s: s.span)
    return out


# A range of quantities: 3—5个工作日, 20%-30%, 5万—10万元, 10至15人 (the low end's unit, when
# written, is the high end's; its 万/亿, when not written, too: 5-10万元 is 50,000 to 100,000).
# Found from its dash (rarer than digits, so the scan runs in C), then the low end is checked.
_RANGE_DASH = re.compile(r"[-—–~～至到] ?\d")
_RANGE_LOW_END = frozenset("0123456789%万亿 ")
RANGE = re.compile(
    rf"(?<![\d.\-/第])(?P<low>\d+(?:\.\d+)?)(?P<low_mult>万|亿)?(?P<low_unit>%|元|人|件|个|次|家|名|项)? ?"
    rf"(?:-|—|–|~|～|至|到) ?(?P<high>\d+(?:\.\d+)?)(?P<mult>万|亿)?(?P<unit>{UNIT_ALT})")


_RANK_WORDS = ("位列", "排名", "排在", "名列", "列", "居", "第", "前", "后")


class QuantityRange(NamedTuple):
    low: float | int
    high: float | int
    unit: str
    start: int
    end: int


class _Positions:
    """Sorted offsets, asked whether any falls in [start, end)."""

    def __init__(self, positions: list[int]) -> None:
        self.positions = positions

    def __bool__(self) -> bool:
        return bool(self.positions)

    def inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.positions, start)
        return i < len(self.positions) and self.positions[i] < end


def _range_dashes(view: str, start: int, end: int) -> _Positions:
    """Where a range's dash may be (3—5, 20%-30%, 5万至10万), in one scan of the body."""
    return _Positions([m.start() for m in _RANGE_DASH.finditer(view, start, end)
                       if m.start() > start and view[m.start() - 1] in _RANGE_LOW_END])


def _ranges(view: str, para: Paragraph, titles: Ranges) -> list[QuantityRange]:
    out = []
    for m in RANGE.finditer(view, para.start, para.end):
        unit = m.group("unit")
        if (m.group("low_unit") and m.group("low_unit") != unit) or titles.inside(m.start()):
            continue
        if m.end() < len(view) and view[m.end()] in UNIT_WORD_BREAKS.get(unit, ""):
            continue  # 3至5个月: the unit starts a word (个月), as for a single quantity
        if unit in ("名", "位") and view.endswith(_RANK_WORDS, max(0, m.start() - 2), m.start()):
            continue  # 位列3-5名: a rank, not a count
        low = _value(m.group("low"), m.group("low_mult") or m.group("mult"))
        high = _value(m.group("high"), m.group("mult"))
        if low is None or high is None or not low < high < MAX_VALUE:
            continue  # 2021-2025 is no range of counts; 5-3 no range at all
        out.append(QuantityRange(low, high, unit, m.start(), m.end()))
    return out


_PER_TIME_UNITS = frozenset({"元", "天", "分", "米", "吨", "亩", "本", "份", "张", "篇"})
_TIMES_AFTER = re.compile(r"(?:次|[（(]次[）)]|/次)(?![要数序第日月年])")
_PAIRED_FIGURE = re.compile(rf" ?[{JOINERS}] ?")
_SHARED_POINTS = re.compile(rf"[{JOINERS}] ?\d+(?:\.\d+)? ?个百分点")
# A fall written as a negative rise (同比增长-5.3%, 增幅为-2个百分点): the minus sign after a word
# of change; elsewhere a dash before a figure is a range's or a code's.
NEGATIVE_CHANGE = re.compile(r"-(?<=[长加升高幅速率为了]-)(?P<num>\d+(?:\.\d+)?)(?P<unit>%|个百分点)")
_FACT_TURN = re.compile(r"[，,](?:目前|截至|截止|现已|已经|已|实际)")  # …力争达到95%以上，目前已办结300件
_TARGET_CUE = re.compile(r"力争|预计|计划到|目标是|目标为|拟于|拟在")




def _percent_words(text: str) -> float | int | None:
    """九十 → 90, 九十五点五 → 95.5 (百分之…)."""
    whole, _, frac = text.partition("点")
    number = cn_to_int(whole)
    if number is None or number >= MAX_VALUE:
        return None
    if not frac:
        return number
    digits = [cn_to_int(ch) for ch in frac]
    if any(d is None for d in digits):
        return None
    return float(f"{number}." + "".join(str(d) for d in digits))
