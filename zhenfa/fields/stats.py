"""Statistics: every quantity a report states as a fact.

A quantity (quantities.py: a number followed by a unit from UNITS, with 万/亿 multiplied
out and qualifiers read from the words around it) is a statistic unless an exclusion
rule says otherwise (exclusions.py: ordinals, 《titles》, slogans, idioms, place names,
list counts, orders of magnitude …) or it lies outside the body (page chrome) or in next
year's plans (a target). Years, dates, document numbers and hotlines have no unit and
never match. A range (3—5个工作日) is one statistic with its low end; a bare figure
in a table row takes its unit from the table (table_cells.py); what was counted
and the change stated come from subject.py.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..layout import BAR_CHARS
from ..models import ChangeDirection, Qualifier, Statistic, build
from ..outline.tree import Outline, Paragraph
from ..text import CLAUSE_END, Doc, Ranges, title_ranges
from .exclusions import Candidate, exclusion_of
from .numerals import COUNT_CHARS, cn_to_int
from .quantities import (
    MAX_VALUE,
    PERCENT_WORDS,
    QUANTITY,
    QUANTITY_WRAPPED,
    YEAR_NUMBER,
    qualifier_after,
    qualifier_before,
    quantity_value,
)
from .sections import marker_text
from .subject import JOINERS, change_of, clause_start_of, subject_of
from .table_cells import barred_row_name, may_hold_spaced_rows, row_name, table_figures
from .units import UNIT_ALT, UNIT_SPELLINGS, UNIT_WORD_BREAKS, UNITS


def path_at(outline: Outline, doc: Doc, pos: int, cache: dict[int, list[str]] | None = None) -> list[str]:
    """Markers of the outline path that contains `pos` (cached per node: many statistics share one)."""
    nodes = outline.path_at(pos)
    if not nodes:
        return []
    key = id(nodes[-1])
    if cache is not None and key in cache:
        return list(cache[key])
    path = [marker_text(doc, node) or "" for node in nodes]
    if cache is not None:
        cache[key] = path
    return list(path)


def _figure_cut_by_wrap(doc: Doc, start: int) -> bool:
    """Whether the figure at `start` is the tail of one a hard-wrapped line broke (…共4 / 7件):
    read alone it would be a wrong value."""
    before = doc.wrap_breaks.get(start)
    return before is not None and before > 0 and (doc.view[before - 1].isdigit() or doc.view[before - 1] in COUNT_CHARS + ".")


_UNIT_SET = frozenset(UNITS)
_LONGEST_UNIT = max(len(u) for u in UNITS)
_AFTER_UNIT_WORDS = "的以左上和及与共"  # what may follow a unit inside a clause (1.8万人次的, 2000人次以上)


def _wrap_resume(doc: Doc, view: str, end: int) -> int | None:
    """Where the next line of a hard-wrapped paragraph resumes, when the spaces at `end` are its
    line break (the view reads one as spaces); None for other spaces."""
    resume = end
    while resume < len(view) and view[resume] == " ":
        resume += 1
    return resume if doc.wrap_breaks.get(resume) is not None else None


def _unit_across_wrap(doc: Doc, end: int, unit: str, view: str | None = None) -> tuple[int, str]:
    """A unit a hard-wrapped line broke (1.8万人 / 次): the longer unit the next line's first
    characters complete, read across the break (the view reads it as spaces); else as it was.
    `view` is the one the figure was read in (the document's, or one with a broken number closed up)."""
    view = doc.view if view is None else view
    resume = _wrap_resume(doc, view, end)
    if resume is None:
        return end, unit  # spaces, not a line the wrap broke
    for extra in range(_LONGEST_UNIT - len(unit), 0, -1):
        longer = unit + view[resume:resume + extra]
        if longer in _UNIT_SET:
            after = view[resume + extra:resume + extra + 1]
            # only where the longer unit ends a word (…1.8万人 / 次。, not 5家 / 次日, 3个 / 次第, 千瓦 / 时代)
            if not after or not ("\u4e00" <= after <= "\u9fff") or after in _AFTER_UNIT_WORDS:
                return resume + extra, longer
            break
    return end, unit


class _Cut(NamedTuple):
    """A wrap break inside a number (284 / 7件次, 1. / 35万件, 218 / .6亿元): the break's span
    [at, resume) and where the line after it ends. `close` gives a view of the same length in
    which that line is moved back against the number's head (its break's spaces put after it),
    so the number reads as unbroken; `source` maps an offset in it back to the document's."""

    at: int
    resume: int
    line_end: int

    def close(self, view: str) -> str:
        return view[:self.at] + view[self.resume:self.line_end] + " " * (self.resume - self.at) + view[self.line_end:]

    def source(self, pos: int) -> int:
        if pos <= self.at:
            return pos
        return min(pos + self.resume - self.at, self.line_end)


def _number_ends(two: str) -> bool:
    """Whether a line's last two characters may be a number's head: …4, …1. (an ASCII full stop
    after a word, 件., is no decimal point)."""
    return two[-1:].isdecimal() or (two[-1:] == "." and two[:1].isdecimal())


def _number_starts(two: str) -> bool:
    """Whether a line's first two characters may be a number's tail: 7…, .6…"""
    return two[:1].isdecimal() or (two[:1] == "." and two[1:].isdecimal())  # (isdecimal is what \d matches)


def _number_cuts(doc: Doc, para: Paragraph, break_starts: list[int]) -> list[_Cut]:
    """The wrap breaks in `para` with a digit or decimal point on both sides: a number the margin
    broke (a line break that is no wrap never joins two figures: it is not in wrap_breaks)."""
    view, cuts = doc.view, []
    i = bisect.bisect_left(break_starts, para.start)
    while i < len(break_starts) and break_starts[i] < para.end:
        at = break_starts[i]
        i += 1
        resume = _wrap_resume(doc, view, at)
        if resume is None or at - para.start < 2 or not _number_ends(view[at - 2:at]) or not _number_starts(view[resume:resume + 2]) \
                or (view[at - 1] == "." and view[resume] == "."):
            continue
        line_end = break_starts[i] if i < len(break_starts) and break_starts[i] < para.end else para.end
        cuts.append(_Cut(at, resume, line_end))
    return cuts


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
    has_bars = any(view.find(bar) != -1 for bar in BAR_CHARS)  # table rows copied as text with bars between the cells
    dashes = _range_dashes(view, outline.paragraphs[0].start, last.end)
    quantity = QUANTITY_WRAPPED if doc.wrap_breaks else QUANTITY

    def record(value: float | int, unit: str, qualifier: Qualifier | None, begin: int, end: int, para: Paragraph,
               subject: tuple[int, int] | None = None, low: float | int | None = None) -> None:
        unit = UNIT_SPELLINGS.get(unit, unit)  # 56737m² is 56737 平方米
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
        if has_bars and subject is None and (named := barred_row_name(doc, para, begin)) is not None:
            # a figure in a row of a table copied with bars: its clause is its cell, its subject the row's name
            floor, subject = max(floor, *(view.rfind(bar, para.start, begin) + 1 for bar in BAR_CHARS)), named
            stops = [at for bar in BAR_CHARS if (at := view.find(bar, end, para.end)) != -1]
            ceiling = min(stops) if stops else ceiling
        clause_start = clause_start_of(view, begin, floor)
        cue = _TARGET_CUE.search(view, max(floor, begin - 60), begin)
        if cue is not None and not CLAUSE_END.search(view, cue.end(), begin) and not _FACT_TURN.search(view, cue.end(), begin):
            return  # 力争年底前…达到100%: a target, in the same sentence (not …，目前已办结300件)
        direction, compared = change_of(view, begin, clause_start)
        # (one to three characters between: what _PAIRED_FIGURE can match, tested before the call)
        paired = bool(out) and 0 < begin - out[-1].span[1] <= 3 \
            and _PAIRED_FIGURE.fullmatch(view, out[-1].span[1], begin) is not None
        # 同比减少23宗166人次: a figure written right after a changed one (in another unit) is the
        # same change counted another way
        abutting = bool(out) and out[-1].span[1] == begin and direction is None and out[-1].change is not None
        if (paired or abutting) and direction is None and out[-1].change is not None:
            # 同比分别下降12.5%和8.3%: the second figure of a pair shares the first's change
            direction, compared = ChangeDirection(out[-1].change), out[-1].compared_to
        own = out[-1].subject if abutting else subject_of(doc, begin, end, clause_start, ceiling, unit)
        if own is None and paired:
            own = out[-1].subject  # …办理时间分别压缩至3个工作日和1个工作日以内
        out.append(build(
            Statistic, value=value, unit=unit, qualifier=qualifier.value if qualifier else None,
            raw=doc.text[begin:end], span=(begin, end),
            subject=doc.display(*subject) if subject else own,  # a table row's name over its cell's clause
            section=path_at(outline, doc, begin, paths), change=direction.value if direction else None,
            compared_to=compared, low=low,
        ))

    def take(view: str, text: str, m: re.Match[str], para: Paragraph, cut: _Cut | None, ranges: list[QuantityRange]) -> None:
        """Read one match of the quantity pattern in `view`: the document's, or one in which a wrap break
        inside a number is closed up (`cut`, whose offsets are mapped back to the source's when recorded)."""
        if ranges and any(rng.start <= m.start() < rng.end for rng in ranges):
            return  # the upper end of a range, read with it
        if doc.wrap_breaks and cut is None and _figure_cut_by_wrap(doc, m.start()):
            return
        # (built once: the exclusion rules read it, and so does the rest of this function)
        figure = Candidate(view, m, para.start, titles, text)
        if exclusion_of(figure) is not None:
            return
        num, mid, mult, post = m.group("num", "mid", "mult", "post")
        if mid and view[m.end("num")] == " " and (len(num) >= 5 or YEAR_NUMBER.fullmatch(num)):
            return  # 2023 多项措施, 12345 多个平台: a year or a code, then words (240 余人次 is a count)
        value = quantity_value(num, mult)
        if value is None or (value == 0 and figure.chinese) or abs(value) >= MAX_VALUE:
            return  # no value, or implausibly large (a code or a run of digits, not a count)
        qualifier, begin = qualifier_before(view, figure.start, para.start)
        if qualifier is None and doc.wrap_breaks and (broke := doc.wrap_breaks.get(figure.start)) is not None:
            qualifier, begin = qualifier_before(view, broke, para.start)  # 受众约 / 11万人次: the qualifier ends a line
            begin = figure.start if qualifier is None else begin
        if mid or post:
            qualifier = Qualifier.over
        end = figure.after
        unit = figure.unit
        if doc.wrap_breaks and end < len(view) and view[end] == " ":
            end, unit = _unit_across_wrap(doc, end, unit, view)
        if unit == "个" and (shared := _SHARED_UNIT.match(view, end)) is not None and (
                shared.group("unit") != "个工作日" or view[begin - 1:begin] in _TIME_LIMIT_BEFORE):
            # 分别提高6.3个和5.8个百分点, 压缩至30个、20个、15个工作日: a figure shares the last one's unit
            # (a time limit's only after the word that sets it: 执法站点6个及3个工作日 counts stations)
            unit = shared.group("unit")
        times = _TIMES_AFTER.match(view, end) if len(unit) == 1 and unit not in ("%", "‰") \
            and end < len(view) and view[end] in _TIMES_AFTER_FIRSTS else None
        if times is None and doc.wrap_breaks and len(unit) == 1 and end < len(view) and view[end] == " " \
                and (resume := _wrap_resume(doc, view, end)) is not None:
            times = _TIMES_AFTER.match(view, resume)  # 2847件 / 次: the compound unit a wrapped line broke
        if times is not None and "/" in times.group() and unit in _PER_TIME_UNITS:
            times = None  # 800元/次, 3天/次: a rate, so much per occasion
        if times is not None:  # 3.6万辆次, 236处次, 120家（次）, 320人/次: a compound unit, as written
            unit += "次"
            end = times.end()
        after = end
        qualifier, end = qualifier_after(view, end, qualifier, unit)
        if end == after and doc.wrap_breaks and end < len(view) and view[end] == " " \
                and (resume := _wrap_resume(doc, view, end)) is not None:
            # 99% / 以上: the qualifier a hard-wrapped line carried to the next
            wrapped_qualifier, wrapped_end = qualifier_after(view, resume, qualifier, unit)
            # (ending a clause: 以上数据截至… on the next line opens a note, not a qualifier)
            if wrapped_end > resume and not ("\u4e00" <= view[wrapped_end:wrapped_end + 1] <= "\u9fff"
                                             and view[wrapped_end] not in _AFTER_UNIT_WORDS):
                qualifier, end = wrapped_qualifier, wrapped_end
        if cut is not None:
            begin, end = cut.source(begin), cut.source(end)
        record(value, unit, qualifier, begin, end, para)

    break_starts = sorted(doc.wrap_breaks.values())  # where each wrapped line ends
    for para in (outline.paragraphs + outline.appendix if outline.appendix else outline.paragraphs):
        ranges = _ranges(view, para, titles) if dashes and dashes.inside(para.start, para.end) else []
        for rng in ranges:
            record(rng.high, rng.unit, None, rng.start, rng.end, para, low=rng.low)
        figures: list[tuple[int, str, str, re.Match[str], _Cut | None]] = [
            (m.start(), view, doc.text, m, None) for m in quantity.finditer(view, para.start, para.end)]
        if doc.wrap_breaks and (cuts := _number_cuts(doc, para, break_starts)):
            # a number a hard-wrapped line broke (284 / 7件次, 1. / 35万件): read from a view in which the
            # break is closed up, and the pieces the plain scan found on either side are dropped
            figures = [f for f in figures if not any(f[3].start() < cut.at < f[3].end() for cut in cuts)]
            for closed in cuts:
                joined, joined_text = closed.close(view), closed.close(doc.text)
                figures.extend((m.start(), joined, joined_text, m, closed) for m in quantity.finditer(joined, para.start, para.end)
                               if m.start() < closed.at < m.end())
            figures.sort(key=lambda f: f[0])
        for _, v, v_text, m, cut in figures:
            take(v, v_text, m, para, cut, ranges)
        if view.find("百分之", para.start, para.end) != -1:
            for m in PERCENT_WORDS.finditer(view, para.start, para.end):
                value = _percent_words(m.group("num"))
                if value is not None:
                    qualifier, begin = qualifier_before(view, m.start(), para.start)
                    qualifier, end = qualifier_after(view, m.end(), qualifier)
                    record(value, "%", qualifier, begin, end, para)
        if view.find("-", para.start, para.end) != -1:
            for m in NEGATIVE_CHANGE.finditer(view, para.start, para.end):  # 同比增长-5.3%
                value = quantity_value(m.group("num"), None)
                if value is not None:
                    record(-value, m.group("unit"), None, m.start(), m.end(), para)
    if has_tabs or has_bars or may_hold_spaced_rows(doc):
        cell_starts: set[int] = set()
        for fig in table_figures(doc, outline.paragraphs + outline.appendix if outline.appendix else outline.paragraphs):
            value = quantity_value(doc.view[fig.start:fig.end], fig.mult)
            if value is not None and abs(value) < MAX_VALUE:
                record(value, fig.unit, None, fig.start, fig.end, fig.para, fig.subject)
                cell_starts.add(fig.start)
        if cell_starts and has_tabs:
            # a row's figure followed by its 单位 column (行政许可事项办理<TAB>213<TAB>件) is read by the table rule
            # (213, 件); the quantity pattern, which reads the tab as a space, found it too (213<TAB>件): one is kept
            out = [s for s in out if s.span[0] not in cell_starts or "\t" not in s.raw]
    out.sort(key=lambda s: s.span)
    return out


# A range of quantities: 3—5个工作日, 20%-30%, 5万—10万元, 10至15人 (the low end's unit, when
# written, is the high end's; its 万/亿, when not written, too: 5-10万元 is 50,000 to 100,000).
# Found from its dash (rarer than digits), then the low end is checked.
RANGE_DASHES = "-—–~～至到"
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
    """Where a range's dash may be (3—5, 20%-30%, 5万至10万): a dash after a low end's last
    character and before a digit, with at most a space between (the pattern [-—–~～至到] ?\\d).
    Each dash is found with str.find: a character class would be tested at every position of the body."""
    positions = []
    end = min(end, len(view))
    for dash in RANGE_DASHES:
        at = view.find(dash, start + 1, end)  # not at `start`: no low end before it
        while at != -1:
            if view[at - 1] in _RANGE_LOW_END and (
                    (at + 1 < end and view[at + 1].isdecimal())  # isdecimal is what \d matches
                    or (at + 2 < end and view[at + 1] == " " and view[at + 2].isdecimal())):
                positions.append(at)
            at = view.find(dash, at + 1, end)
    positions.sort()
    return _Positions(positions)


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
        low = quantity_value(m.group("low"), m.group("low_mult") or m.group("mult"))
        high = quantity_value(m.group("high"), m.group("mult"))
        if low is None or high is None or not low < high < MAX_VALUE:
            continue  # 2021-2025 is no range of counts; 5-3 no range at all
        out.append(QuantityRange(low, high, unit, m.start(), m.end()))
    return out


_PER_TIME_UNITS = frozenset({"元", "天", "分", "米", "吨", "亩", "本", "份", "张", "篇"})
# 236处次, 120家（次）, 320人/次, and a PDF copy's 2453 个/ 次 (spaces around the slash)
_TIMES_AFTER = re.compile(r"(?:次|[（(]次[）)]| ?/ ?次)(?![要数序第日月年])")
_TIMES_AFTER_FIRSTS = frozenset("次（( /")  # what a match of _TIMES_AFTER begins with: most units are followed by none
_PAIRED_FIGURE = re.compile(rf" ?[{JOINERS}] ?")
_TIME_LIMIT_BEFORE = frozenset("至到为由在减短压缩从别、和及与")  # 压缩至30个、15个工作日, 由30个和20个工作日… (、: inside the chain)
# Units that begin with 个 and that figures joined by 和/及/与/、 share, written after the last one only.
SHARED_UNITS = ("个百分点", "个工作日")
_SHARED_UNIT = re.compile(rf"(?:[{JOINERS}] ?\d+(?:\.\d+)? ?个)*?[{JOINERS}] ?\d+(?:\.\d+)? ?(?P<unit>{'|'.join(SHARED_UNITS)})")
# A fall written as a negative rise (同比增长-5.3%, 增幅为-2个百分点, 自然增长率为-1.23‰): the minus sign after a word
# of change; elsewhere a dash before a figure is a range's or a code's.
NEGATIVE_CHANGE = re.compile(r"-(?<=[长加升高幅速率为了]-)(?P<num>\d+(?:\.\d+)?)(?P<unit>%|‰|个百分点)")
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
