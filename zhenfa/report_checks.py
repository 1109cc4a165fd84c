"""Checks over a finished record: warnings a user wants when a document is odd."""

from __future__ import annotations

import re

from .date_patterns import CN_MONTH
from .layout import Layout, Role
from .models import Report, Warning
from .outline.markers import TOP_LEVEL_RANK, detect_marker, starts_with_marker
from .text import Doc
from .titles import ORG_END, TITLE_TOPIC
from .warnings import warn

_STATUTORY = frozenset({"measures", "shortcomings", "leadership", "plans"})
# A document that stops mid-sentence: the last body character is not one that ends a sentence.
# (The last characters are read from the line's end, past its trailing whitespace: a pattern
# ending in \s*$ is tried at every position of the line. Specifications in tests/test_perf_header.py.)
_SENTENCE_END_CHARS = "。！？!?…”」』）)]】.;；"
# Lines that may end a document without a full stop: dates, sign-offs, notes.
_CLOSING_LINE = re.compile(r"(?:19|20)\d\d\s*[年\-/.]|[〇○零一二三四五六七八九]{4}年" + CN_MONTH + r"月|^\s*20\d{3,6}\s*$"
                           r"|(?:局|委员会|委|厅|办公室|政府|中心|院|办事处)$|公开[）)]$|^[（(].{0,20}[）)]$")
# A closing quote ends a sentence only after its own 。(…“书记抓、抓书记”工作格局。 or …。”); a text
# that stops at one (…形成“书记抓、抓书记”) was cut inside its sentence.
_CLOSING_QUOTES = "”’」』"
_SENTENCE_STOPS = "。！？!?….;；"
_CLAUSE_MARK = re.compile(r"[，,、；;]")
_ELLIPSES = ("...", "…", "。。。")


def _ends_sentence(tail: str) -> bool:
    """`tail` (a line without its trailing whitespace) ends with a character that ends a sentence."""
    return tail != "" and tail[-1] in _SENTENCE_END_CHARS and not _bracket_glued_to_a_word(tail)


# A closing bracket ends a sentence when its group stands after a stop, a space or at the line's start:
# a byline 。(记者 曾建兵), a note (此件公开发布), a date line （2023年2月28日）. A group glued to the word
# before it, in a sentence of clauses, is part of that word (…，实现民政领域法律法规宣讲镇(街道), 县(市、区),
# 乡镇（街道）): the sentence goes on after it. (A line of no clauses may end on such a group: an
# attachment's 附件：行政执法统计表（略）, a related link's …情况报告（全文）.)
_OPENING_BRACKETS = {"）": "（(", ")": "（(", "]": "[", "】": "【"}
_BEFORE_A_NOTE = _SENTENCE_STOPS + "”’」』）)"
_FULL_STOPS = "。！？!?"
_CLAUSE_COMMAS = "，,"


def _bracket_glued_to_a_word(tail: str) -> bool:
    opening = _OPENING_BRACKETS.get(tail[-1])
    if opening is None or len(tail) < 2 or tail[-2] in _SENTENCE_STOPS:
        return False  # no bracket, or one that closes a sentence of its own (…完。)
    at = max(tail.rfind(ch) for ch in opening)
    if at <= 0 or tail[at - 1].isspace() or tail[at - 1] in _BEFORE_A_NOTE:
        return False
    sentence_start = max(tail.rfind(ch, 0, at) for ch in _FULL_STOPS) + 1
    return any(tail.find(ch, sentence_start, at) != -1 for ch in _CLAUSE_COMMAS)


def _quote_ends_mid_sentence(tail: str) -> bool:
    """`tail` ends with a closing quote that no stop or space stands before."""
    return len(tail) >= 2 and tail[-1] in _CLOSING_QUOTES and tail[-2] not in _SENTENCE_STOPS and not tail[-2].isspace()

_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
# Template blanks left in a text (x镇, ××县, 20XX年, ____).
_TEMPLATE_BLANK = re.compile(r"[xX×＊*]{1,3}(?=[镇乡县区市局名人件项个次年月日])|20[xX×]{2}年|[_＿]{3,}")
_BLANK_CHAR_SET = "xX×＊*_＿"
_BLANK_CHARS = re.compile(f"[{_BLANK_CHAR_SET}]")  # a one-class scan first: the full pattern is slow to search


def report_warnings(doc: Doc, layout: Layout, report: Report) -> list[Warning]:
    out: list[Warning] = []
    explicit = [s for s in report.sections if not s.implicit]
    if not explicit:
        out.append(warn("no_sections"))
    # a numbered heading of a statutory part, or unnumbered headings of two parts (普法工作取得的成绩 /
    # 普法工作存在的问题): a report's outline
    unnumbered_parts = {k for s in explicit if not s.marker for k in s.kinds if k in _STATUTORY}
    has_statutory_heading = any(set(s.kinds) & _STATUTORY and s.marker for s in explicit) or len(unnumbered_parts) >= 2
    if report.title is None and not _names_its_body(report) and not has_statutory_heading \
            and not any(w.code == "not_a_report" for w in report.warnings) and not _opens_as_a_body_on_the_topic(doc, layout):
        out.append(warn("not_a_report"))
    truncated = _truncation(doc, layout) or _partial_text(doc)
    if truncated is not None:
        out.append(truncated)
    if not any(w.code == "template_placeholder" for w in report.warnings):
        blank = _first_template_blank(doc, layout)
        if blank is not None:
            out.append(blank)
    return out


def _names_its_body(report: Report) -> bool:
    """The text says whose report it is: a body by name, or a place as its opening's subject (2024年，
    银川市坚持…). A place guessed from where the page's names point, when no body was found (no_bureau:
    广州市的总体排名… in a news item), says nothing of what the text is."""
    bureau = report.bureau
    if bureau is None:
        return False
    return bureau.name is not None or not any(w.code == "no_bureau" for w in report.warnings)


# A report's opening sums up its period's work as a body speaking of itself: 2023年，我局坚持…,
# 一年来，我委… . News and yearbooks speak of others (中国政法大学发布…, 考核组来我校…, 自治区党委将…) or
# of a day (近日，我局召开…会议); a place (我市, 我县) is as often the news's own city as a report's.
_OPENS_ON_ITS_PERIOD = re.compile(r"\s*(?:(?:19|20)\d\d\s*年度?(?:以来)?|一年来|今年以来|近年来|过去一年)")
_SPEAKS_AS_A_BODY = re.compile(r"我(?:局|委|厅|办|署|单位|中心|镇|乡|街道)")
OPENING_REACH = 300  # how far into the body its first sentence is looked for


def _opens_as_a_body_on_the_topic(doc: Doc, layout: Layout) -> bool:
    """The body's first sentence is a body's own account of its year on 法治 (2023年，我局坚持以习近平法治
    思想为指导，全面推进法治政府建设，获评浙江省法治政府建设示范单位。): an unheaded report, whatever place
    it names in passing."""
    if layout.body_start >= len(doc.lines):
        return False
    start = doc.lines[layout.body_start].content_start
    if _OPENS_ON_ITS_PERIOD.match(doc.view, start) is None:
        return False
    stop = doc.view.find("。", start, start + OPENING_REACH)
    end = stop if stop != -1 else min(len(doc.view), start + OPENING_REACH)
    return TITLE_TOPIC.search(doc.view, start, end) is not None and _SPEAKS_AS_A_BODY.search(doc.view, start, end) is not None


def _truncation(doc: Doc, layout: Layout) -> Warning | None:
    """The last line of text stops mid-sentence (a copy cut off, an opening of a page)."""
    if layout.body_end <= layout.body_start:
        return None
    end = layout.appendix_start if layout.appendix_start is not None else len(doc.lines)
    if any(layout.roles[i] in (Role.chrome, Role.meta) for i in range(layout.body_end, end)):
        # The page goes on below the text (编辑：…, 微信号：…, 阅读原文, a footer): it was not cut
        # off, and the short lines among its furniture (an account's name) end no sentence.
        end = layout.body_end
    for i in range(end - 1, layout.body_start - 1, -1):
        line = doc.lines[i]
        if line.blank or layout.roles[i] is not Role.text:
            continue
        content = doc.view[line.content_start:line.content_end]
        if len(content) <= 2 and not _HAN_OR_DIGIT.search(content):
            if re.search(r"[（(“《【\[]", content):
                break  # an opening bracket with nothing after it: cut off
            continue  # a stray mark at the very end of a page
        if (m := detect_marker(content, 0, len(content)) if starts_with_marker(content) else None) \
                and not content[m.end:].strip():
            # a marker with nothing after it: （三） or 1. closes no sentence, though ） and . may
            return warn("truncated", "the text ends at an outline marker with nothing after it; it is cut off",
                        (line.content_start, line.content_end))
        tail = content.rstrip()
        if tail.endswith(_ELLIPSES) and _CLAUSE_MARK.search(content):
            # …开展法治宣传活动，覆盖群众... : an excerpt's cut inside a sentence (a related article's
            # title cut short after the sign-off has no clauses before its ellipsis)
            return warn("truncated", "the text ends with an ellipsis; it may be cut off", (line.content_start, line.content_end))
        if _ends_sentence(tail) and not _quote_ends_mid_sentence(tail):
            return None
        if len(content) <= 40 and "。" not in content and _CLOSING_LINE.search(content) and not _opens_a_part(content):
            return None  # a date or a sign-off ends a report; a part's heading (一、2021年主要举措和…) does not
        return warn("truncated", "the text ends mid-sentence; it may be cut off", (max(line.start, line.content_end - 1), line.content_end))
    else:
        return None
    return warn("truncated", "the text ends with an opening bracket; it is cut off", (line.content_start, line.content_end))


# A page that shows part of a document and says so: 仅展示628字，全文共2002字, (开头部分已省略650字).
# (not 全文共2002字，阅读约需5分钟, a reading time; nor 仅展示10字以上的留言, a comment rule)
_PARTIAL_TEXT = re.compile(r"(?:仅展示|仅显示)\s*\d+\s*字\s*[,，]?\s*全文共\s*\d+\s*字|已省略\s*\d+\s*字")
_PARTIAL_WORDS = ("仅展示", "仅显示", "已省略")
PARTIAL_NOTE_REACH = 3000  # such a note stands at the text's head or foot


def _partial_text(doc: Doc) -> Warning | None:
    text = doc.text  # (the view masks the note as page furniture)
    for start, end in ((0, min(len(text), PARTIAL_NOTE_REACH)), (max(0, len(text) - PARTIAL_NOTE_REACH), len(text))):
        if all(text.find(word, start, end) == -1 for word in _PARTIAL_WORDS):
            continue  # a scan in C for each word costs less than the pattern's at every position
        m = _PARTIAL_TEXT.search(text, start, end)
        if m is not None:
            return warn("truncated", "the page shows only part of the document, as it says", (m.start(), m.end()))
    return None


def _opens_a_part(content: str) -> bool:
    """A top-level heading (一、…, 第一部分…), which no report ends with; a list's last item
    (2.推进2024年度“八五”普法) written without a full stop may."""
    m = detect_marker(content, 0, len(content)) if starts_with_marker(content) else None
    # (一、某某县司法局: a sign-off, whatever stands before it)
    return m is not None and m.family.rank <= TOP_LEVEL_RANK and not ORG_END.search(content)



def _first_template_blank(doc: Doc, layout: Layout) -> Warning | None:
    if layout.body_end <= layout.body_start:
        return None
    start, end = doc.lines[layout.body_start].start, doc.lines[layout.body_end - 1].end
    view, end = doc.view, min(end, start + 200_000)
    if all(view.find(ch, start, end) == -1 for ch in _BLANK_CHAR_SET):
        return None  # a str.find per character costs less than the class scan below, and most texts have none
    found = []
    pos = last_end = start
    while True:
        hit = _BLANK_CHARS.search(view, pos, end)
        if hit is None:
            break
        at = hit.start()
        # A blank may start two characters before the character found (20xx年).
        m = (_TEMPLATE_BLANK.match(view, at - 2, end) if at - 2 >= start else None) or _TEMPLATE_BLANK.match(view, at, end)
        if m and m.start() >= last_end and (m.start() == start or not view[m.start() - 1].isascii()
                                             or not view[m.start() - 1].isalpha()):
            found.append(m)
            last_end = m.end()
        # Always past the character found: a blank that starts before it may also end before
        # it (*次 before the * of *次*), and going back there would never end.
        pos = max(at + 1, last_end)
    if not found:
        return None
    first = found[0]
    return warn("template_placeholder", f"template blanks in the text ({len(found)}), e.g. {first.group()!r}", (first.start(), first.end()))
