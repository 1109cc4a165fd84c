"""Title, document type, report year and publication date.

Each field is a short ordered list of rules; the first rule that finds a value
wins and records where it read it (`Report.evidence`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..date_patterns import ARABIC_DATE, CN_DATE
from ..layout import META_LABELS, SIGN_OFF_REACH, Layout, Role
from ..models import Bureau, Evidence, SectionKind, Warning
from ..text import CLAUSE_END, Doc
from ..titles import (
    COLUMN_TAG,
    ORG_SUFFIX,
    TITLE_MARKER,
    TITLE_SHOUT,
    TITLE_TOPIC,
    doc_type_of,
    is_other_notice,
    is_title_line,
    title_core,
)
from ..warnings import warn
from .bureau import find_bureau
from .dates import MALFORMED_IN_TEXT, MALFORMED_LINE, TEMPLATE_YEAR, DateHit, find_date, years_in
from .kinds import heading_kinds

_ANY_YEAR = re.compile(r"(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}年")
# Labels of dates shown with a document, by preference.
PUBLISHED_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(r"发布日期|发布时间|发文日期|公开日期|发稿时间|发表时间|上传时间|发布于")),
    (1, re.compile(r"(?<![文发])(?:日期|时间)")),  # not 成文日期, 印发日期 (their own rule below); 生成日期 is fine
    (2, re.compile(r"成文日期|印发日期|签发日期")),
    # the page's <meta name="PubDate">, which html.py writes above the text: a date the page
    # shows (a bare date line too) is preferred, the sign-off is not
    (4, re.compile(r"PubDate")),
)
SIGN_OFF_PRIORITY = 5
_LABEL_GAP = re.compile(r"[\s\]】|｜:：]*")
_MALFORMED_AFTER_LABEL = re.compile(r"\s*[\]】]?\s*[:：]?\s*((?:19|20)\d{3,6}日?)(?![\d\-/.年])")
# A date on a line of its own, perhaps in brackets, with the time, and then the publisher after
# a bar or the page's other metadata: 2023-02-20 | 来源：…, [2023-02-20], 2023年2月20日 来源：… 浏览次数：…
# Or among the page's tools: 字号：大 中 小    2023-01-29    分享到：
_PAGE_TOOLS = r"(?:[【\[]?(?:字号[:：]?(?: ?[大中小])*|分享到?[:：]?|打印(?:本页)?|关闭(?:窗口)?|收藏(?:本页)?|返回顶部)[】\]]?|[|｜])"
# Arabic (2024-01-26, 2024年1月26日 10:20) or Chinese (二〇二四年一月二十六日, under a title)
_DATE_VALUE = rf"(?:{ARABIC_DATE}(?: +\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|{CN_DATE})"
# A WeChat article's meta line: 原创  临安市场监管  2024年01月31日 16:20 浙江 (account, date, IP region).
_ACCOUNT_DATE = (r"(?:原创\s++)?(?!截至|截止)[^\s，。,：:]{2,20}\s++"
                 rf"(?={ARABIC_DATE} +\d{{1,2}}:\d{{2}}(?:\s++[\u4e00-\u9fff]{{2,4}})?$)")
_BARE_DATE_LINE = re.compile(
    rf"^(?:{_ACCOUNT_DATE})?(?:{_PAGE_TOOLS}\s*+)*+[-•·*\s\[【（(]*+{_DATE_VALUE}\s*+[\]】）)]?+\s*+"  # possessive: a run of spaces is read once
    rf"(?:[|｜][^。，]{{0,40}}|(?:{META_LABELS})[^。]{{0,80}}|(?:{_PAGE_TOOLS}\s*+)++|(?<=\s)[\u4e00-\u9fff]{{2,4}})?$")
# 现将2020年度工作总结如下 anywhere in a paragraph; 2023年，… at its start.
_INTRO_REPORTING_YEAR = re.compile(r"现将[^，,。：:]{0,20}?(?:(?:19|20)\d\d) ?年")
_INTRO_LEADING_YEAR = re.compile(r"(?:19|20)\d\d ?年(?:度|以来)?[,，]")


@dataclass(slots=True)
class Header:
    title: str | None = None
    doc_type: str | None = None
    bureau: Bureau | None = None
    report_year: int | None = None
    published: str | None = None
    evidence: Evidence = field(default_factory=Evidence)
    warnings: list[Warning] = field(default_factory=list)
    title_lines: tuple[int, int] | None = None  # [first, last] line index
    not_a_report: bool = False  # a notice on the topic (关于报送…报告的通知): its lists are not a report's


def _content(doc: Doc, i: int) -> str:
    line = doc.lines[i]
    return doc.view[line.content_start:line.content_end]


def find_title(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """[first, last] line indices of the title, searched above the body. Where several lines
    above the body read as titles (a sidebar's or news list's link to another report, then the
    document's own), the one nearest the body is the document's."""
    limit = min(layout.body_start, len(doc.lines))
    found: tuple[int, int] | None = None
    i = 0
    while i < limit:
        here = _title_at(doc, layout, i, limit)
        if here is not None:
            if found is None or _names_a_year(doc, here) or not _names_a_year(doc, found):
                found = here  # but not a column's name (法治政府建设年度报告) below the titled one
            i = here[1]
        i += 1
    return found


def _line_above(doc: Doc, i: int) -> int | None:
    """The nearest non-blank line above line `i` (a copy may leave one blank line between a title's halves)."""
    j = i - 1
    while j >= 0 and i - j <= 2 and not _content(doc, j):
        j -= 1
    return j if j >= 0 and _content(doc, j) else None


_NOTICE_ENDINGS = ("通知", "公告", "意见", "决定", "函", "批复", "”", "》", '"')


def _other_notice_lines(doc: Doc, i: int) -> tuple[int, int] | None:
    """[first, last] lines of a notice that is no report (titles.is_other_notice) ending on line
    `i`, on one line or wrapped over two (某某市司法局关于报送 / 2023年度…情况报告的通知)."""
    content = _content(doc, i)
    if not content.endswith(_NOTICE_ENDINGS):
        return None
    if is_other_notice(content):
        return (i, i)
    above = _line_above(doc, i)
    if above is not None and is_other_notice(_content(doc, above) + content):
        return (above, i)
    return None


def _names_a_year(doc: Doc, lines: tuple[int, int]) -> bool:
    first, last = doc.lines[lines[0]], doc.lines[lines[1]]
    return _ANY_YEAR.search(doc.view, first.content_start, last.content_end) is not None


def _title_at(doc: Doc, layout: Layout, i: int, limit: int) -> tuple[int, int] | None:
    """The title whose last line, or whose first line for a title split in two, is line `i`."""
    if layout.roles[i] is not Role.text:
        return None
    content = _content(doc, i)
    if _ABOUT_A_REPORT.match(content):
        return None
    if is_title_line(content):
        if _other_notice_lines(doc, i) is not None:
            return None  # …关于报送 / 2023年度…情况报告的通知: a wrapped notice asking for reports
        first = _issuer_lines_above(doc, layout, i)
        if first == i:
            first = _title_head_above(doc, layout, i)
        if first == i and _ISSUERLESS_TITLE.match(content):
            # Printed twice (page header, then the document with its issuer above): the
            # copy that carries the issuer.
            for j in range(i + 1, limit):
                if _content(doc, j) == content and _issuer_lines_above(doc, layout, j) < j:
                    return (_issuer_lines_above(doc, layout, j), j)
        return (first, i)
    # 【法治建设报告】湖北省司法厅2022年…, 重磅！…报告, …报告来了！: the tag and the shout are not
    # part of the title (extract_header leaves them out of its span)
    if title_core(content) is not None:
        return (i, i)
    # A title split over two lines: 乌苏市…2023年法治政府 / 建设情况报告
    if TITLE_TOPIC.search(content) and len(content) <= 60 and not CLAUSE_END.search(content) \
            and not TITLE_MARKER.match(content):
        # the next non-blank line (a copy may have put a blank line between the halves)
        j = i + 1
        while j < len(doc.lines) and j <= i + 2 and not _content(doc, j):
            j += 1
        if j < len(doc.lines):
            nxt = _content(doc, j)
            if 2 <= len(nxt) <= 24 and layout.roles[j] is Role.text and is_title_line(content + nxt) \
                    and not is_title_line(nxt):
                return (_issuer_lines_above(doc, layout, i), j)
    return None


# Lines that name a report but are not it: a graphic or a reading of it (【图解】…, 一图读懂…),
# a link to another (相关报告：…, 上一篇：…).
_ABOUT_A_REPORT = re.compile(
    r"^(?:[【\[](?:图解|解读|政策解读|一图读懂|视频|图文)[】\]]|(?:图解|一图读懂|一图看懂|解读)\s*[:：丨｜|]?|"
    r"(?:相关报告|相关阅读|相关链接|相关文章|相关文件|上一篇|下一篇|延伸阅读|推荐阅读)\s*[:：])")
_ISSUER_SUFFIX = ORG_SUFFIX
# The issuer on a line of its own, or with the 关于 (关于印发) its title begins with.
_ISSUER_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{_ISSUER_SUFFIX}(?:关于(?:印发)?)?$")
_ISSUER_THEN_ABOUT = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{_ISSUER_SUFFIX}关于(?:印发|转发)?$")
# The first line of a title wrapped after its year: 宜宾市城市管理局2022年度 / 法治政府建设情况报告.
_TITLE_HEAD = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{_ISSUER_SUFFIX}(?:关于)?(?:(?:19|20)\d\d ?年度?|[〇○零一二三四五六七八九]{{4}}年度?)$")
# A title that does not name its issuer itself: 关于…, 2022年度…, 二〇二二年度…
_ISSUERLESS_TITLE = re.compile(r"^(?:关于|(?:19|20)\d\d ?年|[〇○零一二三四五六七八九]{4}年|年度)")


def _title_head_above(doc: Doc, layout: Layout, i: int) -> int:
    """The line above a title that is the title's first part (…管理局2022年度 / 法治政府建设…报告)."""
    j = i - 1
    while j >= 0 and i - j <= 2 and not _content(doc, j):
        j -= 1
    if j < 0 or layout.roles[j] is not Role.text:
        return i
    head = _content(doc, j)
    return j if _TITLE_HEAD.match(head) and is_title_line(head + _content(doc, i)) else i


def _issuer_lines_above(doc: Doc, layout: Layout, i: int) -> int:
    """株洲市荷塘区卫生健康局 / 关于2023年…的报告, 赵县人民政府 / 2022年度…报告: issuer lines written
    above a title that does not name its issuer belong to it."""
    if not _ISSUERLESS_TITLE.match(_content(doc, i)):
        # …办公室关于印发 / 某某区2023年…报告的通知: a line that stops at 关于 goes on below
        above = _line_above(doc, i)
        if above is not None and layout.roles[above] is Role.text and _ISSUER_THEN_ABOUT.match(_content(doc, above)):
            return above
        return i
    first = i
    j = i - 1
    while j >= 0 and i - j <= 4:
        content = _content(doc, j)
        if not content:
            j -= 1
            continue
        if layout.roles[j] is not Role.text or not _ISSUER_LINE.match(content):
            break
        first = j
        j -= 1
    return first


_TITLE_IN_RUN = re.compile(
    r"[\u4e00-\u9fff（）() ]{0,40}?(?:(?:19|20)\d\d ?年度?)?[\u4e00-\u9fff（）() ]{0,20}?(?:法治|依法行政)[\u4e00-\u9fff（）()]{0,24}?"
    r"(?:情况的报告|情况报告|工作报告|年度报告|工作总结|的报告)(?=(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}年| |一、|为|根据|按照|近年来|在)")  # what follows a title run into its text


def title_in_run(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """A page flattened onto one line: the title runs straight into the text
    (…湖北省人民政府关于2023年度法治政府建设情况的报告2023年,省政府坚持…)."""
    if layout.body_end <= layout.body_start:
        return None
    line = doc.lines[layout.body_start]
    if line.content_end - line.content_start < 150:
        return None
    m = _TITLE_IN_RUN.match(doc.view, line.content_start, min(line.content_end, line.content_start + 160))
    return (m.start(), m.end()) if m else None


_TITLE_LABEL = re.compile(r"[|｜\-•·*\s]*+(?:[\[【]\s*+)?(?:标 ?题|题 ?目|文件名称)\s*+(?:[\]】]\s*+)?[:：|｜]\s*")  # possessive: linear


def title_from_metadata(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """| 标 题:武乡县…的报告 |: the title in a metadata table when the page prints none."""
    for i in range(min(layout.body_start, len(doc.lines))):
        line = doc.lines[i]
        m = _TITLE_LABEL.match(doc.view, line.content_start, line.content_end)
        if m is None:
            continue
        stop = doc.view.find("|", m.end(), line.content_end)
        stop = line.content_end if stop == -1 else stop
        while stop > m.end() and doc.view[stop - 1] == " ":
            stop -= 1
        if is_title_line(doc.view[m.end():stop]):
            return (m.end(), stop)
    return None


def find_published(doc: Doc, layout: Layout) -> tuple[DateHit | None, list[Warning]]:
    candidates: list[tuple[int, int, DateHit]] = []  # (priority, order, hit)
    warnings: list[Warning] = []
    header_lines = range(min(layout.body_start, len(doc.lines)))
    for order, i in enumerate(header_lines):
        if layout.chrome_kind[i] == "site_clock":
            continue
        line = doc.lines[i]
        content = _content(doc, i)
        for priority, label in PUBLISHED_LABELS:
            for m in label.finditer(content):
                base = line.content_start + m.end()
                gap = _LABEL_GAP.match(doc.view, base, line.content_end)  # ：, spaces, ] and | between label and value
                base = gap.end() if gap else base
                hit = find_date(doc.view, base, min(line.content_end, base + 22))
                if hit is None and line.content_end - base <= 4 and i + 1 < len(doc.lines):
                    # label and value on separate lines: [ 发布日期 ] / 2025-01-15
                    nxt = doc.lines[i + 1]
                    hit = find_date(doc.view, nxt.content_start, min(nxt.content_end, nxt.content_start + 16))
                if hit is not None:
                    candidates.append((priority, order, hit))
                else:
                    bad = _MALFORMED_AFTER_LABEL.match(doc.view, base, line.content_end)
                    if bad:
                        warnings.append(warn("malformed_date", f"damaged date {bad.group(1)!r} after {m.group()}; not used",
                                             (bad.start(1), bad.end(1))))
        if _BARE_DATE_LINE.match(content):
            hit = find_date(doc.view, line.content_start, line.content_end)
            if hit:
                candidates.append((3, order, hit))
    # The sign-off date at the end of the document, or of a notice that publishes the report
    # as its attachment (关于印发…的通知 / 某某区人民政府办公室 / 2024年3月1日 / 附件).
    cover = layout.attached_report
    cover_sign_off = range(max(layout.body_start, cover - SIGN_OFF_REACH), cover) if cover is not None else range(0)
    for j in (*cover_sign_off, *range(layout.body_end, len(doc.lines))):
        line = doc.lines[j]
        content = _content(doc, j)
        if not content or layout.roles[j] is Role.chrome:
            continue
        if MALFORMED_LINE.match(content):
            warnings.append(warn("malformed_date", f"damaged date {content.strip()!r} in the sign-off; not used",
                                 (line.content_start, line.content_end)))
            continue
        if len(content) <= 20:
            hit = find_date(doc.view, line.content_start, line.content_end)
            if hit:
                candidates.append((SIGN_OFF_PRIORITY, j, hit))
    if not candidates:
        return None, warnings
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[0][2], warnings


def body_malformed_dates(doc: Doc, layout: Layout) -> list[Warning]:
    if layout.body_end <= layout.body_start:
        return []
    start = doc.lines[layout.body_start].start
    end = doc.lines[layout.body_end - 1].end
    return [warn("malformed_date", f"damaged date {m.group()!r}; no value read from it", (m.start(), m.end()))
            for m in MALFORMED_IN_TEXT.finditer(doc.view, start, end)]


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


def _body_year(doc: Doc, layout: Layout) -> tuple[int, int, int] | None:
    """The covered year from the introduction: 现将2020年度…, a first sentence that starts with 2023年，."""
    checked = 0
    for i in range(layout.body_start, layout.body_end):
        if not layout.is_body(i) or doc.lines[i].blank:
            continue
        line = doc.lines[i]
        for m in (_INTRO_REPORTING_YEAR.search(doc.view, line.content_start, line.content_end),
                  _INTRO_LEADING_YEAR.match(doc.view, line.content_start, line.content_end)):
            if m:
                ys = years_in(doc.view, m.start(), m.end() + 1)
                if ys:
                    return ys[0]
        # 一、2023年度推进法治政府建设的主要举措和成效: a heading of the year's work
        head = doc.view[line.content_start:line.content_start + 30]
        m2 = re.match(r"^[一二三四五六七八九十]{1,3}[、.] ?((?:19|20)\d\d ?年)(?:度)?(?!.{0,12}(?:安排|计划|设想|打算))", head)
        if m2:
            return int(m2.group(1)[:4]), line.content_start + m2.start(1), line.content_start + m2.end(1)
        checked += 1
        if checked >= 8:
            break
    return None


def extract_header(doc: Doc, layout: Layout) -> Header:
    header = Header()
    title_lines = find_title(doc, layout)
    title_span = None
    if title_lines is not None:
        first, last = doc.lines[title_lines[0]], doc.lines[title_lines[1]]
        tag = COLUMN_TAG.match(doc.view, first.content_start, first.content_end)
        shout = TITLE_SHOUT.search(doc.view, last.content_start, last.content_end)
        title_span = (tag.end() if tag else first.content_start, shout.start() if shout else last.content_end)
    else:
        title_span = title_in_run(doc, layout) or title_from_metadata(doc, layout)
        if title_span is not None:
            line = doc.line_at(title_span[0]).index
            title_lines = (line, line)
    if title_span is not None:
        header.title = doc.display(*title_span)
        header.evidence.title = title_span
        header.title_lines = title_lines
        found = doc_type_of(doc.view[title_span[0]:title_span[1]].rstrip())
        if found is not None:
            header.doc_type = found[0]
            header.evidence.doc_type = (title_span[0] + found[1], title_span[0] + found[2])
        m = TEMPLATE_YEAR.search(doc.view, *title_span)
        if m is not None:
            header.warnings.append(warn("template_placeholder", f"the title has a template blank {m.group()!r}", (m.start(), m.end())))
    else:
        notice = next((lines for i in range(min(layout.body_start, len(doc.lines)))
                       if (lines := _other_notice_lines(doc, i)) is not None), None)
        if notice is not None:
            start, end = doc.lines[notice[0]].content_start, doc.lines[notice[1]].content_end
            header.not_a_report = True
            header.warnings.append(warn("not_a_report", f"{doc.display(start, end)!r} is a notice, not a report: "
                                        "no measures, shortcomings, plans or statistics are taken from it", (start, end)))
        else:
            header.warnings.append(warn("no_title", "no title line was found above the body"))
    hit, date_warnings = find_published(doc, layout)
    header.warnings.extend(date_warnings)
    header.warnings.extend(body_malformed_dates(doc, layout))
    if hit is not None:
        header.published = hit.value
        header.evidence.published = (hit.start, hit.end)
    if title_span is not None and TEMPLATE_YEAR.search(doc.view, *title_span):
        header.report_year = None
    else:
        year, span, year_warnings = find_report_year(doc, layout, title_span, header.published)
        header.report_year, header.evidence.report_year = year, span
        header.warnings.extend(year_warnings)
        if year is None:
            header.warnings.append(warn("no_year"))
    header.bureau, place_span, bureau_warnings = find_bureau(doc, layout, title_lines, title_span)
    header.evidence.place = place_span
    header.warnings.extend(bureau_warnings)
    return header

