"""The header fields: title, document type, report year, publication date and bureau.

Each field is a short ordered list of rules (title.py, published.py, report_year.py,
bureau.py); the first rule that finds a value wins and records where it read it
(`Report.evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..clean import find_noise
from ..date_patterns import ARABIC_DATE
from ..display import count_han
from ..fold import fold_view_found
from ..layout import Layout, Role, analyse_layout
from ..models import Bureau, Evidence, Warning
from ..text import Doc, merge_spans
from ..titles import (
    COLUMN_TAG,
    TITLE_SHOUT,
    TITLE_TOPIC,
    doc_type_of,
    other_genre,
    title_trailer,
)
from ..warnings import warn
from .bureau import find_bureau
from .dates import TEMPLATE_YEAR
from .published import body_malformed_dates, find_published
from .report_year import find_report_year
from .title import find_title, other_notice_lines, title_from_metadata, title_in_run


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


def _other_document(doc: Doc, layout: Layout) -> tuple[int, int, str] | None:
    """[first, last] lines of the title of a document that is no report, and what it is: a
    notice on the topic (关于报送…报告的通知) or another genre (…工作要点, 【政策解读】…)."""
    header_lines = range(min(layout.body_start, len(doc.lines)))
    for i in header_lines:
        lines = other_notice_lines(doc, i)
        if lines is not None:
            return lines[0], lines[1], "a notice"
    # Another genre only by the line in the title's place: the nearest above the body that is
    # no date, byline, link or page furniture (a column named 政策解读 or a sidebar's 工作要点 is not)
    for i in reversed(header_lines):
        content = doc.content(i)
        if not content or layout.roles[i] is not Role.text or _NOT_A_TITLE_PLACE.match(content) or title_trailer(content) == 0:
            continue
        if _DATED_LINE.search(content) and other_genre(content) is None:
            continue  # 清水县人民政府 2024年01月08日: the byline under a title
        genre = other_genre(content)
        if genre is not None and genre.endswith(GENERAL_SUMMARY_ENDS) and _opens_on_the_topic(doc, layout):
            return None  # a related article's link (…上半年工作总结) above a report on 法治 with no title line
        return (i, i, f"a {genre}") if genre is not None else None
    return None


# The opening of an open-government annual report with no title line: 根据《中华人民共和国政府信息
# 公开条例》…要求，(特)编制(完成)本报告 (or citing the statutory 年度报告格式). A report on 法治 may cite
# the regulation among its measures, never as what it was written under.
_OPEN_GOVERNMENT_LAW = "信息公开条例"
_OPEN_GOVERNMENT_OPENING = re.compile(r"编制(?:完成)?本(?:年度)?报告|年度报告格式")


# A notice that publishes such a report under the regulation: …要求，我部编制了《应急管理部2020年政府
# 信息公开工作报告》，现予公布 (the report it publishes may follow on the page, under its own title).
_COMPILED_TITLE = re.compile(r"编制(?:完成)?了?《(?P<title>[^《》]{4,80})》")
_PUBLISHING = re.compile(r"现予(?:以)?(?:公布|公开|发布|印发)|予以(?:公布|公开|发布)")
ATTACHED_TITLE_REACH = 8  # lines below the notice's sentence where the document it publishes is titled


def _open_government_opening(doc: Doc, layout: Layout) -> tuple[tuple[int, int], str] | None:
    """The span of the body's first sentence when it says the text is an open-government annual
    report (编制本报告) or a notice publishing one, and which of the two."""
    if layout.body_start >= len(doc.lines):
        return None
    start = doc.lines[layout.body_start].content_start
    end = min(len(doc.view), start + TOPIC_REACH)
    stop = doc.view.find("。", start, end)
    end = stop + 1 if stop != -1 else end
    if doc.view.find(_OPEN_GOVERNMENT_LAW, start, end) == -1:
        return None
    if TITLE_TOPIC.search(doc.view, start, end):
        return None  # …编制本报告，报告我局2023年法治政府建设情况: the report on 法治 says what it was written under
    if _OPEN_GOVERNMENT_OPENING.search(doc.view, start, end):
        return (start, end), "an open-government annual report (编制本报告 under the 政府信息公开条例)"
    # 我部编制了《…政府信息公开工作报告》，现予公布: the notice names the genre of what it publishes,
    # or the page carries that document below it under its title
    compiled = _COMPILED_TITLE.search(doc.view, start, end)
    genre = other_genre(compiled.group("title")) if compiled is not None else None
    if genre is None and _PUBLISHING.search(doc.view, start, end):
        genre = _attached_other_genre(doc, layout)
    if genre is not None:
        return (start, end), f"a notice publishing a {genre} under the 政府信息公开条例"
    return None


def _attached_other_genre(doc: Doc, layout: Layout) -> str | None:
    """The genre of a line just below the body's first that titles a document of another genre."""
    last = min(len(doc.lines), layout.body_start + 1 + ATTACHED_TITLE_REACH)
    return next((g for i in range(layout.body_start + 1, last) if (g := other_genre(doc.content(i))) is not None), None)


# How a speech to a meeting addresses its audience, on a line of its own above its first paragraph:
# 同志们：, 各位代表：, 各位委员：, 各位领导、同志们：. A report is addressed to the bodies it is sent to
# (市委、市政府：), never so.
_AUDIENCE = r"(?:同志们|朋友们|各位(?:代表|委员|领导|来宾|同志|嘉宾)|女士们|先生们)"
_SALUTATION = re.compile(rf"{_AUDIENCE}(?:[、，,]\s*{_AUDIENCE})*\s*[:：]")
_SALUTATION_WORDS = ("同志", "各位", "朋友", "女士", "先生")


def _speech_salutation(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """The span of a speech's salutation to its audience just above (or as) the body's first line,
    when the speech is not on the topic. A speech on 法治 (a head's 述法 at a meeting, 同志们：/ 根据
    安排，现将我履行推进法治建设第一责任人职责情况报告如下) is read as the report it is."""
    near = [i for i in range(min(layout.body_start + 1, len(doc.lines)) - 1, -1, -1) if not doc.lines[i].blank][:2]
    for i in near:
        line = doc.lines[i]
        content = doc.content(i)
        if not content.startswith(_SALUTATION_WORDS) or _SALUTATION.fullmatch(content.rstrip()) is None:
            continue
        after = next((j for j in range(i + 1, len(doc.lines)) if not doc.lines[j].blank), None)
        if after is None:
            return line.content_start, line.content_end
        start = doc.lines[after].content_start
        end = min(len(doc.view), start + TOPIC_REACH)
        stop = doc.view.find("。", start, end)
        if TITLE_TOPIC.search(doc.view, start, stop + 1 if stop != -1 else end):
            return None  # the speech's first sentence is on 法治: the genre's report, delivered at a meeting
        return line.content_start, line.content_end
    return None


GENERAL_SUMMARY_ENDS = ("工作总结", "工作报告")  # the genres of a general work summary (上半年工作总结)
TOPIC_REACH = 300  # how far into the body its topic is looked for


def _opens_on_the_topic(doc: Doc, layout: Layout) -> bool:
    if layout.body_start >= len(doc.lines):
        return False
    start = doc.lines[layout.body_start].content_start
    return TITLE_TOPIC.search(doc.view, start, start + TOPIC_REACH) is not None


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")  # kana letters (not ・ or ー, which Chinese copies use)
KANA_SHARE = 0.1  # Japanese writes a kana for every few kanji; Chinese none (a stray の in a name)
KANA_SAMPLE = 3000


def _in_japanese(doc: Doc) -> bool:
    sample = doc.view[:KANA_SAMPLE]
    kana = len(_KANA.findall(sample))
    return kana >= 20 and kana > KANA_SHARE * count_han(sample)


_NOT_A_TITLE_PLACE = re.compile(r"^(?:[【\[]?相关|上一篇|下一篇|栏目|来源|发布)")
_DATED_LINE = re.compile(rf"{ARABIC_DATE}(?: +\d{{1,2}}:\d{{2}})?\s*$")


def extract_header(doc: Doc, layout: Layout, glosses: Sequence[tuple[int, int]] = ()) -> Header:
    """The header fields. `glosses` are the pinyin a mirror site inserted after characters
    (內(nèi)蒙古自治區(qū)…關(guān)于…報(bào)告): masked, they leave spaces inside the words the title and
    bureau rules match (報    告), so those rules read the text without them, and the spans
    they find are moved back onto the source."""
    if glosses:
        unglossed = _without(doc, glosses)
        if unglossed is not None:
            bare, origin = unglossed
            return _moved_back(_read_header(bare, analyse_layout(bare)), origin)
    return _read_header(doc, layout)


def _without(doc: Doc, spans: Sequence[tuple[int, int]]) -> tuple[Doc, list[int]] | None:
    """The document with `spans` taken out, and the source offset of each of its characters
    (one more for its end); None when taking them out changes its lines (a span that held a
    line break, a hard-wrapped text joined differently), whose indices the header shares."""
    text = doc.text
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for start, end in merge_spans(spans):
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pos = max(pos, end)
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    bare_text = "".join(pieces)
    folded, folded_chars = fold_view_found(bare_text)
    bare = Doc.from_text(bare_text, [(n.start, n.end) for n in find_noise(folded)], folded=folded, folded_chars=folded_chars)
    return (bare, origin) if len(bare.lines) == len(doc.lines) else None


def _moved_back(header: Header, origin: list[int]) -> Header:
    """The header read from a text with spans taken out, its spans moved onto the source
    (a span keeps what was taken out inside it; display strings leave it out as masked)."""
    def back(span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        start, end = span
        return (origin[start], origin[end - 1] + 1 if end > start else origin[start])

    evidence = header.evidence
    evidence.title, evidence.doc_type = back(evidence.title), back(evidence.doc_type)
    evidence.report_year, evidence.published = back(evidence.report_year), back(evidence.published)
    evidence.place = back(evidence.place)
    if header.bureau is not None:
        header.bureau.span = back(header.bureau.span)
    for warning in header.warnings:
        warning.span = back(warning.span)
    return header


def _read_header(doc: Doc, layout: Layout) -> Header:
    header = Header()
    title_lines = find_title(doc, layout)
    title_span = None
    if title_lines is not None:
        first, last = doc.lines[title_lines[0]], doc.lines[title_lines[1]]
        tag = COLUMN_TAG.match(doc.view, first.content_start, first.content_end)
        shout = TITLE_SHOUT.search(doc.view, last.content_start, last.content_end)
        end = shout.start() if shout else last.content_end
        trailer = title_trailer(doc.content(title_lines[1])) if shout is None else None
        if trailer is not None:  # …报告 上海市统计局 2020-06-08: the byline and date are not the title's
            end = doc.strip_span(last.content_start, last.content_start + trailer)[1]
        title_span = (tag.end() if tag else first.content_start, end)
    else:
        title_span = title_in_run(doc, layout) or title_from_metadata(doc, layout)
        if title_span is not None:
            line = doc.line_at(title_span[0]).number
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
        other = _other_document(doc, layout)
        if other is not None:
            first_line, last_line, kind = other
            start, end = doc.lines[first_line].content_start, doc.lines[last_line].content_end
            header.not_a_report = True
            header.warnings.append(warn("not_a_report", f"{doc.display(start, end)!r} is {kind}, not a report: "
                                        "no measures, shortcomings, plans or statistics are taken from it", (start, end)))
            # its issuer heads its title (四平市人民政府关于…的通报), not a list in its body
            title_lines, title_span = (first_line, last_line), (start, end)
        elif (opening := _open_government_opening(doc, layout)) is not None:
            sentence, what = opening
            header.not_a_report = True
            header.warnings.append(warn("not_a_report", f"the text opens as {what}, not a report of this genre: no "
                                        "measures, shortcomings, plans or statistics are taken from it", sentence))
        elif (salutation := _speech_salutation(doc, layout)) is not None:
            header.not_a_report = True
            header.warnings.append(warn("not_a_report", f"the text is a speech to a meeting ({doc.display(*salutation)!r}) "
                                        "on another subject than 法治, not a report of this genre: no measures, "
                                        "shortcomings, plans or statistics are taken from it", salutation))
        elif _in_japanese(doc):
            # a machine translation of a report (…を以下に報告する): not a Chinese report to read
            header.not_a_report = True
            header.warnings.append(warn("not_a_report", "the text is in Japanese (kana throughout), not a report of "
                                        "this genre: no measures, shortcomings, plans or statistics are taken from it"))
        else:
            header.warnings.append(warn("no_title", "no title line was found above the body"))
    hit, date_warnings = find_published(doc, layout, header.title_lines)
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

