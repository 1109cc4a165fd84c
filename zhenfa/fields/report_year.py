"""The year a report covers: from the title, the opening (现将2020年度工作总结如下, 2023年，…),
the years its body mentions most, or its plans heading (the year before the plans').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..layout import Layout
from ..models import SectionKind, Warning
from ..outline.markers import starts_with_marker
from ..text import Doc, Line
from ..warnings import warn
from .dates import years_in
from .kinds import heading_kinds

# 现将2020年度工作总结如下 anywhere in a paragraph; 2023年，… at its start.
_INTRO_REPORTING_YEAR = re.compile(r"现将[^，,。：:]{0,20}?(?:(?:19|20)\d\d) ?年")
_INTRO_LEADING_YEAR = re.compile(r"(?:19|20)\d\d ?年(?:度|以来)?[,，]")
# 2024以来，… at a paragraph's start: a year whose 年 was dropped (a typing slip), read only where the
# text names no year with 年 at all; only opening a paragraph (自任职2019以来 inside a sentence is a
# period of someone's service, not the year reported on).
# (a year before the one the page was published in, or the one before it, is the start of a period of
# several, 自2019以来; and so is one in a sentence that counts the years, 2018以来，…连续六年…)
_LEADING_YEAR_SINCE = re.compile(r"[自从]?((?:19|20)\d\d) ?以来[,，]")
_COUNTS_YEARS = re.compile(r"连续[一二三四五六七八九十两\d]+年|[一二三四五六七八九十两\d]+年来|多年")
_ANNOUNCES_PLANS = re.compile(r"[^，,。；;]{0,12}?(?:将|要|拟|计划|打算)")


def find_report_year(doc: Doc, layout: Layout, title_span: tuple[int, int] | None,
                     published: str | None) -> tuple[int | None, tuple[int, int] | None, list[Warning]]:
    warnings: list[Warning] = []
    title_year = None
    if title_span is not None:
        ys = years_in(doc.view, *title_span)
        if ys:
            title_year = ys[0]
    body_year = _body_year(doc, layout)
    if title_year is not None:
        if body_year is not None and body_year[0] != title_year[0] and abs(body_year[0] - title_year[0]) <= 2:
            warnings.append(warn("year_conflict", f"title says {title_year[0]}, body says {body_year[0]}; the title is used",
                                 (body_year[1], body_year[2])))
        return title_year[0], (title_year[1], title_year[2]), warnings
    if body_year is not None:
        return body_year[0], (body_year[1], body_year[2]), warnings
    plans = _plans_heading(doc, layout)
    if plans is not None and plans[1] is not None:
        # 三、2024年工作计划 in a report that names no year of its own: it reports on 2023
        year, start, end = plans[1]
        warnings.append(warn("year_from_plans", f"no year of its own in the text: {year - 1} inferred from the plans "
                                                f"heading's {year}", (start, end)))
        return year - 1, None, warnings
    common = _most_mentioned_year(doc, layout, published, stop=plans[0] if plans else None)
    if common is not None:
        return common[0], (common[1], common[2]), warnings
    since = _year_since_without_nian(doc, layout, published)
    if since is not None:
        # below every year written with 年, which it only stands in for; above the publication date,
        # which is no year the text names
        return since[0], (since[1], since[2]), warnings
    if published is not None:
        # No year in the text: a report is published after its year ends, usually by spring.
        y, m = int(published[:4]), int(published[5:7])
        year = y - 1 if m <= 9 else y
        warnings.append(warn("year_from_date", f"no year in the text: {year} inferred from the publication date {published}"))
        return year, None, warnings
    return None, None, warnings


# A heading, numbered or not, on a line of its own: where a plans heading is looked for.
# A top-level heading, numbered or not; not a sub-item's (（一）制定2023年度…工作计划 is a measure).
_HEADING_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}部分[、.:：]?)? ?(?![（(]|\d{1,2}[.、．]|[①-⑳])[^。，,；;]{2,30}$")
PLANS_HEADING_REACH = 400  # body lines searched for the plans heading


def _plans_heading(doc: Doc, layout: Layout) -> tuple[int, tuple[int, int, int] | None] | None:
    """(offset, the year it names or None) of the first heading that names next year's plans
    (三、2024年工作计划, 下一步工作打算): the years after it are targets, not the report's."""
    for i in range(layout.body_start, min(layout.body_end, layout.body_start + PLANS_HEADING_REACH)):
        line = doc.lines[i]
        content = doc.view[line.content_start:line.content_end]
        if not content or not layout.is_body(i) or not _HEADING_LINE.match(content):
            continue
        if SectionKind.plans in heading_kinds(content):
            ys = years_in(doc.view, line.content_start, line.content_end)
            # 三、2021年度存在的不足和2022年度的主要安排: the plans' year is the later one
            return line.content_start, (max(ys) if ys else None)
    return None


def _most_mentioned_year(doc: Doc, layout: Layout, published: str | None, stop: int | None = None
                         ) -> tuple[int, int, int] | None:
    """The year the opening of the body names most (2021年，党组召开8次会议…), not after publication
    and not in next year's plans (from `stop`)."""
    if layout.body_end <= layout.body_start:
        return None
    start = doc.lines[layout.body_start].start
    years = years_in(doc.view, start, min(len(doc.view), start + 3000, stop if stop is not None else len(doc.view)))
    if published is not None:
        years = [y for y in years if y[0] <= int(published[:4])]
    if not years:
        return None
    counts = Counter(y[0] for y in years)
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if counts[best] < 2 and len(counts) > 1:
        return None  # one mention among several years says nothing
    return next(y for y in years if y[0] == best)


def _year_since_without_nian(doc: Doc, layout: Layout, published: str | None) -> tuple[int, int, int] | None:
    """(year, start, end) of 2024以来， opening a paragraph of the introduction (before the first
    numbered heading), not after the publication date."""
    for line in _intro_lines(doc, layout):
        if starts_with_marker(doc.view[line.content_start:line.content_end]):
            break
        m = _LEADING_YEAR_SINCE.match(doc.view, line.content_start, line.content_end)
        if m is not None and (published is None or int(published[:4]) - 1 <= int(m.group(1)) <= int(published[:4])) \
                and not _COUNTS_YEARS.search(doc.view, line.content_start, line.content_end):
            return int(m.group(1)), m.start(1), m.end(1)
    return None


INTRO_LINES = 8  # body lines read for the opening's year


def _intro_lines(doc: Doc, layout: Layout) -> Iterator[Line]:
    """The body's first INTRO_LINES lines of text, not blank."""
    checked = 0
    for i in range(layout.body_start, layout.body_end):
        if not layout.is_body(i) or doc.lines[i].blank:
            continue
        yield doc.lines[i]
        checked += 1
        if checked >= INTRO_LINES:
            return


def _body_year(doc: Doc, layout: Layout) -> tuple[int, int, int] | None:
    """The covered year from the introduction: 现将2020年度…, a first sentence that starts with 2023年，."""
    in_intro = True  # before the first numbered heading
    for line in _intro_lines(doc, layout):
        content = doc.view[line.content_start:line.content_end]
        in_intro = in_intro and not starts_with_marker(content)
        for m in (_INTRO_REPORTING_YEAR.search(doc.view, line.content_start, line.content_end),
                  _INTRO_LEADING_YEAR.match(doc.view, line.content_start, line.content_end)):
            # 2024年，我局将重点做好以下工作： after the outline began opens next year's plans
            if m and (in_intro or not _ANNOUNCES_PLANS.match(doc.view, m.end(), line.content_end)):
                ys = years_in(doc.view, m.start(), m.end() + 1)
                if ys:
                    return ys[0]
        # 一、2023年度推进法治政府建设的主要举措和成效: a heading of the year's work
        head = doc.view[line.content_start:line.content_start + 30]
        m2 = re.match(r"^[一二三四五六七八九十]{1,3}[、.] ?((?:19|20)\d\d ?年)(?:度)?(?!.{0,12}(?:安排|计划|设想|打算))", head)
        if m2:
            return int(m2.group(1)[:4]), line.content_start + m2.start(1), line.content_start + m2.end(1)
    return None
