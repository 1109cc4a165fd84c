"""The title: which line above the body is the report's title (or the line a page ran it
into, or a metadata table's 标题), where a title split over lines begins, and which lines
are notices (关于报送…的通知) or links to other reports rather than a title.
"""

from __future__ import annotations

import re

from ..layout import Layout, Role
from ..text import CLAUSE_END, Doc
from ..titles import (
    BARE_TOPIC_END,
    ORG_END,
    ORG_SUFFIX,
    PUBLISH_VERBS,
    TITLE_MARKER,
    TITLE_TOPIC,
    is_other_notice,
    is_title_line,
    title_core,
    title_trailer,
)

_ANY_YEAR = re.compile(r"(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}年")


def find_title(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """[first, last] line indices of the title, searched above the body. Where several lines
    above the body read as titles (a sidebar's or news list's link to another report, then the
    document's own), the one nearest the body is the document's."""
    limit = min(layout.body_start, len(doc.lines))
    found: tuple[int, int] | None = None
    i = 0
    while i < limit:
        here = _title_at(doc, layout, i, limit)
        if here is not None and _trailed(doc, here[1]) and (found is not None or _in_link_list(doc, here[1])):
            here = None  # …报告 2023-02-10 among related links, or below the page's own title: a link
        if here is not None:
            if found is None or ((_names_a_year(doc, here) or not _names_a_year(doc, found))
                                 and not BARE_TOPIC_END.search(doc.content(here[1]))
                                 and not _issuer_and(doc, found, here)):
                # but not a column's name (法治政府建设年度报告) below the titled one, nor a part's
                # heading with no type word (2023年法治政府建设情况) below the report's title
                found = here
            i = here[1]
        i += 1
    if found is None and layout.attached_report is not None:
        # a cover letter above the report (…报上，请审阅。/ sign-off / 附件 / the report's title);
        # not the letter's own 附件：…报告 listing
        n = len(doc.lines)
        for i in range(layout.attached_report, min(layout.attached_report + 6, n)):
            if _ATTACHMENT_LABEL.match(doc.content(i)):
                continue
            here = _title_at(doc, layout, i, min(i + 3, n))
            if here is not None:
                return here
    return found


_ATTACHMENT_LABEL = re.compile(r"^附\s?件")


def _title_text(doc: Doc, lines: tuple[int, int]) -> str:
    return "".join(doc.content(k) for k in range(lines[0], lines[1] + 1))


def _issuer_and(doc: Doc, fuller: tuple[int, int], shorter: tuple[int, int]) -> bool:
    """Whether the title `fuller` is `shorter` with the issuer's name before it (湖南省农业农村厅2023年…
    年度报告 above 2023年…年度报告: the page's title above the document's own): it says more, and keeps."""
    long, short = _title_text(doc, fuller), _title_text(doc, shorter)
    # (written together: a site's name on the title's line is set apart by a space, 某某市人民政府 2023年度…)
    return len(long) > len(short) and long.endswith(short) and not long[-len(short) - 1].isspace() \
        and ORG_END.search(long[:-len(short)]) is not None


def _trailed(doc: Doc, i: int) -> bool:
    """Line `i` reads as a title only once a byline or date after it is cut (…报告 2023-02-10)."""
    content = doc.content(i)
    return not is_title_line(content) and title_trailer(content) is not None


def _in_link_list(doc: Doc, i: int) -> bool:
    """A line of titles with dates next to another such line: a list of links, not a header."""
    return any(j is not None and _trailed(doc, j) for j in (_line_above(doc, i), _line_below(doc, i)))


def _line_below(doc: Doc, i: int) -> int | None:
    """The nearest non-blank line below line `i`, past at most two blank ones."""
    return _nearest_line(doc, i, 1)


def _line_above(doc: Doc, i: int) -> int | None:
    """The nearest non-blank line above line `i` (a copy may leave one blank line between a title's halves)."""
    return _nearest_line(doc, i, -1)


def _nearest_line(doc: Doc, i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(doc.lines) and abs(j - i) <= 2 and not doc.content(j):
        j += step
    return j if 0 <= j < len(doc.lines) and doc.content(j) else None


def other_notice_lines(doc: Doc, i: int) -> tuple[int, int] | None:
    """[first, last] lines of a notice that is no report (titles.is_other_notice) ending on line
    `i`, on one line or wrapped over two (某某市司法局关于报送 / 2023年度…情况报告的通知)."""
    content = doc.content(i)
    if is_other_notice(content):
        return (i, i)
    above = _line_above(doc, i)
    if above is not None and is_other_notice(doc.content(above) + content):
        return (above, i)
    return None


def _names_a_year(doc: Doc, lines: tuple[int, int]) -> bool:
    first, last = doc.lines[lines[0]], doc.lines[lines[1]]
    return _ANY_YEAR.search(doc.view, first.content_start, last.content_end) is not None


def _title_at(doc: Doc, layout: Layout, i: int, limit: int) -> tuple[int, int] | None:
    """The title whose last line, or whose first line for a title split in two, is line `i`."""
    if layout.roles[i] is not Role.text:
        return None
    content = doc.content(i)
    if _ABOUT_A_REPORT.match(content):
        return None
    if is_title_line(content):
        if other_notice_lines(doc, i) is not None:
            return None  # …关于报送 / 2023年度…情况报告的通知: a wrapped notice asking for reports
        first = _issuer_lines_above(doc, layout, i)
        if first == i:
            first = _title_head_above(doc, layout, i)
        if first == i and _ISSUERLESS_TITLE.match(content):
            # Printed twice (page header, then the document with its issuer above): the
            # copy that carries the issuer.
            for j in range(i + 1, limit):
                if doc.content(j) == content and _issuer_lines_above(doc, layout, j) < j:
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
        below = _line_below(doc, i)
        if below is not None:
            nxt = doc.content(below)
            if 2 <= len(nxt) <= 24 and layout.roles[below] is Role.text and is_title_line(content + nxt) \
                    and not is_title_line(nxt):
                return (_issuer_lines_above(doc, layout, i), below)
    return None


# Lines that name a report but are not it: a graphic or a reading of it (【图解】…, 一图读懂…),
# a link to another (相关报告：…, 上一篇：…).
_ABOUT_A_REPORT = re.compile(
    r"^(?:[【\[](?:图解|解读|政策解读|一图读懂|视频|图文)[】\]]|(?:图解|一图读懂|一图看懂|解读)\s*[:：丨｜|]?|"
    r"(?:相关报告|相关阅读|相关链接|相关文章|相关文件|上一篇|下一篇|延伸阅读|推荐阅读)\s*[:：])")
# The issuer on a line of its own, or with the 关于 (关于印发) its title begins with.
_ABOUT = rf"关于(?:{PUBLISH_VERBS}|报送|呈报|提交)?"  # 关于, 关于印发 …: a title's first words, then its subject
# Joint issuers on one line are names separated by spaces: 中共海南省委 海南省人民政府 (/ 关于…报告).
_ISSUER_LINE = re.compile(rf"^(?:[\u4e00-\u9fff（）()]{{2,40}}?{ORG_SUFFIX} +){{0,3}}[\u4e00-\u9fff（）()]{{2,40}}{ORG_SUFFIX}(?:{_ABOUT})?$")
_ISSUER_THEN_ABOUT = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{ORG_SUFFIX}{_ABOUT}$")
# The first line of a title wrapped after its year: 宜宾市城市管理局2022年度 / 法治政府建设情况报告.
_TITLE_HEAD = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{ORG_SUFFIX}(?:关于)?(?:(?:19|20)\d\d ?年度?|[〇○零一二三四五六七八九]{{4}}年度?)$")
# A title that does not name its issuer itself: 关于…, 2022年度…, 二〇二二年度…
_ISSUERLESS_TITLE = re.compile(r"^(?:关于|(?:19|20)\d\d ?年|[〇○零一二三四五六七八九]{4}年|年度)")


def _title_head_above(doc: Doc, layout: Layout, i: int) -> int:
    """The line above a title that is the title's first part (…管理局2022年度 / 法治政府建设…报告)."""
    j = _line_above(doc, i)
    if j is None or layout.roles[j] is not Role.text:
        return i
    head = doc.content(j)
    return j if _TITLE_HEAD.match(head) and is_title_line(head + doc.content(i)) else i


def _issuer_lines_above(doc: Doc, layout: Layout, i: int) -> int:
    """株洲市荷塘区卫生健康局 / 关于2023年…的报告, 赵县人民政府 / 2022年度…报告: issuer lines written
    above a title that does not name its issuer belong to it."""
    if not _ISSUERLESS_TITLE.match(doc.content(i)):
        # …办公室关于印发 / 某某区2023年…报告的通知: a line that stops at 关于 goes on below
        above = _line_above(doc, i)
        if above is not None and layout.roles[above] is Role.text and _ISSUER_THEN_ABOUT.match(doc.content(above)):
            return above
        return i
    first = i
    j = i - 1
    reach = ISSUER_LINES_REACH
    while j >= 0:
        if i - j > reach:
            if reach != ISSUER_LINES_REACH or not doc.double_spaced():
                break
            reach *= 2  # a double-spaced copy: three blank lines where the page had one
        content = doc.content(j)
        if not content:
            j -= 1
            continue
        if layout.roles[j] is not Role.text or not _ISSUER_LINE.match(content):
            break
        first = j
        j -= 1
    return first


# How many lines above a title its issuer lines may reach (blank lines included); twice as many in
# a double-spaced copy. (Not further: a site's header, 清水县人民政府, stands a few lines above a
# department's own 清水县司法局 / 关于…的报告.)
ISSUER_LINES_REACH = 4


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


# The label, then a colon or a bar; or spaces only, as a flattened table leaves them (标      题 西藏…报告):
# the value must pass the title-line test either way.
TITLE_LABEL = re.compile(r"[|｜\-•·*\s]*+(?:[\[【]\s*+)?(?:标 *+题|题 *+目|文件名称)"
                          r"(?:\s*+(?:[\]】]\s*+)?[:：|｜]\s*|\s++)")  # possessive: linear
# The same label after other pairs on one line: 索  引  号:… 发文机关:… 标      题:…报告 发布日期:…
_TITLE_LABEL_IN_LINE = re.compile(r"\s(?:标 *+题|题 *+目|文件名称)[:：]\s*+")
# Where a value on such a line ends: at the next label (a few characters and a colon after a space).
_NEXT_LABEL = re.compile(r"\s+[\u4e00-\u9fff][\u4e00-\u9fff ]{0,10}[:：]")


# A page that prints no title line but names the report in the sentence that publishes it:
# 现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。
_PUBLISHED_AS = re.compile(r"现将《(?P<title>[^《》\n]{6,80})》(?:予以|现予)?(?:公布|公开|印发|发布)")
PUBLISHING_SENTENCE_REACH = 2  # the text's first lines: a publishing sentence opens the page


def title_in_publishing_sentence(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """The title a publishing sentence names at the text's start, when it reads as a report's title."""
    seen = 0
    for i in range(len(doc.lines)):
        line = doc.lines[i]
        if line.blank or layout.roles[i] is not Role.text:
            continue
        if doc.view.find("现将《", line.content_start, line.content_end) != -1:
            m = _PUBLISHED_AS.search(doc.view, line.content_start, line.content_end)
            if m is not None and is_title_line(m.group("title")):
                return m.span("title")
        seen += 1
        if seen >= PUBLISHING_SENTENCE_REACH:
            return None
    return None


def title_from_metadata(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """| 标 题:武乡县…的报告 |: the title in a metadata table when the page prints none; or the 标题
    of a line of several label:value pairs (… 标      题:武定县…报告 发布日期:…)."""
    view = doc.view
    for i in range(min(layout.body_start, len(doc.lines))):
        line = doc.lines[i]
        m = TITLE_LABEL.match(view, line.content_start, line.content_end)
        if m is None:
            if "题" not in doc.content(i):
                continue
            m = _TITLE_LABEL_IN_LINE.search(view, line.content_start, line.content_end)
            if m is None:
                continue
            label = _NEXT_LABEL.search(view, m.end(), line.content_end)
            stop = label.start() if label else line.content_end
        else:
            stop = line.content_end
        bar = view.find("|", m.end(), stop)
        stop = stop if bar == -1 else bar
        while stop > m.end() and view[stop - 1] == " ":
            stop -= 1
        if is_title_line(view[m.end():stop]):
            return (m.end(), stop)
    return None
