"""The publication date: labelled dates in the page's header (发布时间：…), a bare date line
among the page's metadata, the sign-off's date; and dates that lost characters.
"""

from __future__ import annotations

import re
from enum import IntEnum

from ..date_patterns import ARABIC_DATE, CN_DATE
from ..layout import DATED_WEEKDAY, META_LABELS, SIGN_OFF_REACH, Layout, Role
from ..models import Warning
from ..text import Doc
from ..titles import ORG_SUFFIX, title_trailer
from ..warnings import warn
from .dates import MALFORMED_IN_TEXT, MALFORMED_LINE, MALFORMED_MONTH_IN_TEXT, DateHit, find_date, malformed_days, years_in


class DateSource(IntEnum):
    """Where a publication date was read, by preference (the lowest wins)."""

    published_label = 0  # 发布时间：2023-02-20
    any_label = 1  # 日期：…, 时间：…
    issued_label = 2  # 成文日期, 印发日期
    bare_line = 3  # a date alone on a line of the page's metadata
    byline = 4  # 某某县司法局 2024年01月08日 under the title: the issuer and the date the page shows
    page_meta = 5  # <meta name="PubDate">, which html.py writes above the text: a date the page shows wins
    sign_off = 6  # the sign-off's date under the report


# Labels of dates shown with a document, by preference.
PUBLISHED_LABELS: tuple[tuple[DateSource, re.Pattern[str]], ...] = (
    (DateSource.published_label, re.compile(r"发布日期|发布时间|发文日期|发文时间|公开日期|发稿时间|发表时间|上传时间|发布于")),
    # not 成文日期, 印发日期, 生成日期 (their own rule below)
    (DateSource.any_label, re.compile(r"(?<![文发成])(?:日期|时间)")),
    # when the document was written or its file made (成文时间, 公文生成日期): the page's own date,
    # even a bare 时间： under the title, wins over them
    (DateSource.issued_label, re.compile(r"成文日期|成文时间|印发日期|签发日期|生成日期")),
    (DateSource.page_meta, re.compile(r"PubDate")),
)
# Every label above holds one of these: a line with none of them (found with `in`, in C) is not
# searched for each label.
_LABEL_CUES = ("日期", "时间", "发布于", "PubDate")
_LABEL_GAP = re.compile(r"[\s\]】|｜:：]*")
_MALFORMED_AFTER_LABEL = re.compile(r"\s*[\]】]?\s*[:：]?\s*((?:19|20)\d{3,6}日?)(?![\d\-/.年])")
# A date on a line of its own, perhaps in brackets, with the time, and then the publisher after
# a bar or the page's other metadata: 2023-02-20 | 来源：…, [2023-02-20], 2023年2月20日 来源：… 浏览次数：…
# Or among the page's tools: 字号：大 中 小    2023-01-29    分享到：
_PAGE_TOOLS = r"(?:[【\[]?(?:字号[:：]?(?: ?[大中小])*|分享到?[:：]?|打印(?:本页)?|关闭(?:窗口)?|收藏(?:本页)?|返回顶部)[】\]]?|[|｜])"
# Arabic (2024-01-26, 2024年1月26日 10:20) or Chinese (二〇二四年一月二十六日, under a title)
_DATE_VALUE = rf"(?:{ARABIC_DATE}(?: +\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|{CN_DATE})"
# A WeChat article's meta line: 原创  临安市场监管  2024年01月31日 16:20 浙江 (account, date, IP region).
# A copied page may print the account twice (author, account) and 发表于 before the region.
# The time is what makes it a WeChat line: 有效期至 2025-12-31 or 统计时段 2023-01-01 are not.
_REGION = r"(?:发表于)?[\u4e00-\u9fff]{2,4}"
_ACCOUNT_DATE = (r"(?:原创\s++)?(?!截至|截止)(?:[^\s，。,：:]{2,20}\s++){1,2}"
                 rf"(?={ARABIC_DATE} +\d{{1,2}}:\d{{2}}(?:\s++{_REGION})?$)")
# The site a page was copied from, after its date and time: 2025-04-27 10:14 黑龙江省人民政府网 (a
# news list's 2024-02-01 永州市人民政府网 has no time)
_SOURCE_SITE = r"[\u4e00-\u9fff]{2,20}(?:网|网站|客户端|日报|晚报|发布|微信公众号)"
_BARE_DATE_LINE = re.compile(
    rf"^(?:{_ACCOUNT_DATE})?(?:{_PAGE_TOOLS}\s*+)*+[-•·*\s\[【（(]*+{_DATE_VALUE}\s*+[\]】）)]?+\s*+"  # possessive: a run of spaces is read once
    rf"(?:[|｜][^。，]{{0,40}}|(?:{META_LABELS})[^。]{{0,80}}|(?:{_PAGE_TOOLS}\s*+)++|(?<=\s){_REGION}|(?<=\d:\d\d ){_SOURCE_SITE})?$")


# The date after the 来源 value on its line, past a space: 来源:陕西日报 2026-03-16 08:15 (the page's date
# with no label of its own). Tried only on lines that name a 来源; not 数据来源：2023年统计公报 2023-12-31.
_SOURCE_THEN_DATE = re.compile(rf"来源(?<!数据来源)(?<!资料来源)\s*+[:：|｜]\s*+[^\s:：|｜]{{1,30}}\s++(?={ARABIC_DATE})")


# A byline under the title with no label: the issuer's name (or joint issuers' names, set apart by
# spaces), then the whole date, perhaps its time: 某某县司法局 2024年01月08日, 清水县人民政府 2024-01-08.
# The name is a body's or a place's government (its suffix, from the title's issuer table), never a
# place alone; a line with punctuation is a sentence, and a date inside prose is no byline.
_BYLINE_NAME = rf"[\u4e00-\u9fff()]{{2,40}}?{ORG_SUFFIX}"
_BYLINE_DATE = re.compile(rf"^(?:{_BYLINE_NAME} ++){{0,2}}{_BYLINE_NAME} ++(?={_DATE_VALUE}\s*+$)")
_BYLINE_MAX = 100  # three names and a date: a longer line is no byline


def byline_date_at(content: str) -> int | None:
    """Where the date starts on a byline line (issuer, spaces, the whole date), or None."""
    if len(content) > _BYLINE_MAX or content.find(" ") == -1:
        return None
    m = _BYLINE_DATE.match(content)
    return m.end() if m else None


def find_published(doc: Doc, layout: Layout, title_lines: tuple[int, int] | None = None
                   ) -> tuple[DateHit | None, list[Warning]]:
    """The publication date shown with the document; `title_lines` are the title's, whose last
    line may carry it (…报告 2024-01-15): a date after another title is a link's."""
    candidates: list[tuple[DateSource, int, DateHit]] = []  # (source, order, hit): the lowest wins
    warnings: list[Warning] = []
    source_dates: list[DateHit] = []  # dates read after a 来源 value, which may be the source's own
    title_dates: list[DateHit] = []  # dates after the title on its line, and the latest year the title names
    byline_dates: list[DateHit] = []  # dates on a byline under the title (issuer, then date)
    title_year = 0
    header_lines = range(min(layout.body_start, len(doc.lines)))
    for order, i in enumerate(header_lines):
        if layout.chrome_kind[i] == "site_clock":
            continue
        line = doc.lines[i]
        content = doc.content(i)
        for priority, label in PUBLISHED_LABELS if any(cue in content for cue in _LABEL_CUES) else ():
            for m in label.finditer(content):
                base = line.content_start + m.end()
                gap = _LABEL_GAP.match(doc.view, base, line.content_end)  # ：, spaces, ] and | between label and value
                base = gap.end() if gap else base
                hit = find_date(doc.view, base, min(line.content_end, base + 22))
                if hit is None and line.content_end - base <= 4 and i + 1 < len(doc.lines) \
                        and not (layout.chrome_kind[i + 1] == "site_clock"
                                 and not DATED_WEEKDAY.fullmatch(doc.content(i + 1))):
                    # label and value on separate lines: [ 发布日期 ] / 2025-01-15 (not the page's clock
                    # below an empty label, which says more than a date and its weekday: 成文日期： /
                    # 2026年12月3日 星期四 晴 12℃)
                    nxt = doc.lines[i + 1]
                    hit = find_date(doc.view, nxt.content_start, min(nxt.content_end, nxt.content_start + 16))
                if hit is not None:
                    candidates.append((priority, order, hit))
                else:
                    bad = _MALFORMED_AFTER_LABEL.match(doc.view, base, line.content_end)
                    if bad:
                        warnings.append(warn("malformed_date", f"damaged date {bad.group(1)!r} after {m.group()}; not used",
                                             (bad.start(1), bad.end(1))))
        if "来源" in content:
            source = _SOURCE_THEN_DATE.search(content)
            hit = find_date(doc.view, line.content_start + source.end(), line.content_end) if source else None
            if hit is not None:
                candidates.append((DateSource.bare_line, order, hit))
                source_dates.append(hit)
        bare = _BARE_DATE_LINE.match(content) is not None
        trailer = title_trailer(content) if not bare and title_lines is not None and i == title_lines[1] else None
        if bare or trailer is not None:  # or after the title on its line: …报告 2024-01-15
            hit = find_date(doc.view, line.content_start + (trailer or 0), line.content_end)
            if hit:
                candidates.append((DateSource.bare_line, order, hit))
                if trailer is not None:
                    title_dates.append(hit)
                    title_year = max((y for y, _, _ in years_in(doc.view, line.content_start, line.content_start + trailer)),
                                     default=0)
        elif title_lines is None or i > title_lines[1]:
            byline = byline_date_at(content)
            hit = find_date(doc.view, line.content_start + byline, line.content_end) if byline is not None else None
            if hit is not None:
                candidates.append((DateSource.byline, order, hit))
                byline_dates.append(hit)
    # The sign-off date at the end of the document, or of a notice that publishes the report
    # as its attachment (关于印发…的通知 / 某某区人民政府办公室 / 2024年3月1日 / 附件).
    cover = layout.attached_report
    cover_sign_off = range(max(layout.body_start, cover - SIGN_OFF_REACH), cover) if cover is not None else range(0)
    for j in (*cover_sign_off, *range(layout.body_end, len(doc.lines))):
        line = doc.lines[j]
        content = doc.content(j)
        if not content or layout.roles[j] is Role.chrome:
            continue
        if MALFORMED_LINE.match(content):
            warnings.append(warn("malformed_date", f"damaged date {content.strip()!r} in the sign-off; not used",
                                 (line.content_start, line.content_end)))
            continue
        if len(content) <= 20:
            hit = find_date(doc.view, line.content_start, line.content_end)
            if hit:
                candidates.append((DateSource.sign_off, j, hit))
    if not candidates:
        return None, warnings
    # the sign-off's date: the first after the body (an attachment's 填报日期 may come later)
    signed = min(((j, hit.value) for source, j, hit in candidates if source is DateSource.sign_off), default=(0, None))[1]
    if signed is not None and source_dates:
        # 来源：某某日报 2023-11-02 over a report signed 2024-01-10: the source's date, not the page's
        # (a page does not publish a report before it is signed)
        candidates = [c for c in candidates if not (c[2] in source_dates and c[2].value < signed)]
    if signed is not None and title_dates:
        # …2023年法治政府建设情况报告（2023年1月1日） signed 2024-01-20: a date within or before the year the
        # report covers is not when it was published (a data cut-off, a typing slip), the later sign-off is
        candidates = [c for c in candidates if not (c[2] in title_dates and c[2].value < signed
                                                    and int(c[2].value[:4]) <= title_year)]
    if signed is not None and byline_dates:
        # a byline dated before the sign-off (or on its day) does not replace it: the sign-off keeps
        # its precedence, as a page does not publish a report before it is signed
        candidates = [c for c in candidates if not (c[2] in byline_dates and c[2].value <= signed)]
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[0][2], warnings


def body_malformed_dates(doc: Doc, layout: Layout) -> list[Warning]:
    if layout.body_end <= layout.body_start:
        return []
    start = doc.lines[layout.body_start].start
    end = doc.lines[layout.body_end - 1].end
    found = [m.span() for pattern in (MALFORMED_IN_TEXT, MALFORMED_MONTH_IN_TEXT) for m in pattern.finditer(doc.view, start, end)]
    found += malformed_days(doc.view, start, end)
    return [warn("malformed_date", f"damaged date {doc.view[a:b]!r}; no value read from it", (a, b)) for a, b in sorted(found)]
