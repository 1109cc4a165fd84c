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
from ..models import Bureau, Evidence, SectionKind, Warning
from ..outline.markers import starts_with_marker
from ..text import Doc, merge_spans
from ..titles import (
    ORG_SUFFIX,
    TITLE_SHOUT,
    TITLE_TOPIC,
    column_tag,
    doc_type_of,
    is_other_notice,
    other_genre,
    title_trailer,
)
from ..warnings import warn
from .bureau import find_bureau
from .dates import TEMPLATE_YEAR
from .kinds import heading_kinds
from .published import body_malformed_dates, find_published
from .report_year import find_report_year
from .title import (
    TITLE_LABEL,
    find_title,
    other_notice_lines,
    title_from_metadata,
    title_in_publishing_sentence,
    title_in_run,
)


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


def _other_document(doc: Doc, layout: Layout) -> tuple[int, int, tuple[int, int], str] | None:
    """[first, last] lines of the title of a document that is no report, the title's span, and what
    it is: a notice on the topic (关于报送…报告的通知) or another genre (…工作要点, 【政策解读】…)."""
    header_lines = range(min(layout.body_start, len(doc.lines)))
    for i in header_lines:
        labelled = _metadata_title(doc, i)
        if labelled is not None:
            # | 标 题 | 金昌市人民政府关于印发《…实施方案》的通知 |: the page's own record of what the
            # document is, tested as a title line is (the label and the table's bars are not the title)
            value = doc.view[labelled[0]:labelled[1]]
            genre = "notice" if is_other_notice(value) else other_genre(value)
            if genre is not None:
                return i, i, labelled, f"a {genre}"
        lines = other_notice_lines(doc, i)
        if lines is not None:
            return lines[0], lines[1], (doc.lines[lines[0]].content_start, doc.lines[lines[1]].content_end), "a notice"
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
        span = doc.lines[i].content_start, doc.lines[i].content_end
        return (i, i, span, f"a {genre}") if genre is not None else None
    return None


# A page's metadata label for the document's title at a line's start (title.TITLE_LABEL: 标题：…,
# | 标 题 | … |, 文件名称 | … |); its value runs to the next bar.
_TITLE_LABEL_WORDS = ("题", "文件名称")


def _metadata_title(doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of the value after a title label opening line `i`, or None."""
    line = doc.lines[i]
    if not any(doc.view.find(word, line.content_start, line.content_end) != -1 for word in _TITLE_LABEL_WORDS):
        return None
    m = TITLE_LABEL.match(doc.view, line.content_start, line.content_end)
    if m is None or not any(sep in m.group() for sep in ":：|｜丨"):
        return None  # (a label set apart by spaces only, 文件名称 2024年工作计划, names no document for this check)
    bars = [at for bar in "|｜丨" if (at := doc.view.find(bar, m.end(), line.content_end)) != -1]
    start, end = doc.strip_span(m.end(), min(bars, default=line.content_end))
    return (start, end) if end > start else None


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
    """The genre of a line just below the body's first that titles a document of another genre:
    an open-government report (the genre of the regulation the notice cites), or a line that
    names its issuer before its year or 关于 (某某县人民政府2024年法治政府建设工作要点). The
    page's own headings are no such title: a part's (2024年工作计划, 下一步工作计划, 2024年法治政府
    建设工作要点 under 一、… and 二、…) names no issuer, and the lines from the first numbered
    heading on are the text's own outline."""
    last = min(len(doc.lines), layout.body_start + 1 + ATTACHED_TITLE_REACH)
    for i in range(layout.body_start + 1, last):
        content = doc.content(i)
        if starts_with_marker(content):
            return None
        genre = other_genre(content)
        if genre is not None and (_OPEN_GOVERNMENT_GENRE in genre or _ISSUER_LED.match(content)):
            return genre
    return None


_OPEN_GOVERNMENT_GENRE = "信息公开"
# A document's title that opens with its issuer: 某某县人民政府2024年…工作要点, 某某局关于印发…的通知.
_ISSUER_LED = re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}?{ORG_SUFFIX}(?:(?:19|20)\d\d|关于)")


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
        if _speech_on_the_topic(doc, layout, i):
            return None  # the genre's report, delivered at a meeting
        return line.content_start, line.content_end
    return None


# What a speech's opening names when it reports on the topic: the title's topic words, or 行政执法 (我向
# 本次会议报告我市2023年度行政执法工作情况, a report to a standing committee).
_SPEECH_TOPIC = re.compile(TITLE_TOPIC.pattern + "|行政执法")
_MEETING_NAMED = re.compile(r"召开[^，。；：,;:]{2,40}?会")
COURTESY_MAX = 12  # 大家好！, 下面我作简要汇报。: a first paragraph that says nothing of the subject
SPEECH_TITLE_LINES = 3  # the headline, byline and date lines a speech's page prints above its salutation
SPEECH_TITLE_MIN = 10  # characters of a speech's title (在全县依法治县工作会议上的讲话)


def _speech_on_the_topic(doc: Doc, layout: Layout, salutation: int) -> bool:
    """The speech under the salutation on line `salutation` is on 法治: its opening or a title line
    above the salutation names the topic. The opening is the first paragraph, and the second when
    it is the first part's heading (一、推进法治建设主要举措和成效) or follows a mere courtesy (大家好！),
    unless the first names the meeting it opens. (A work-meeting speech, 今天，我们召开局系统工作会议…/
    一、回顾2021年…, and a 政府工作报告, 现在，我代表市人民政府向大会报告政府工作…/ 过去一年，我们坚持
    依法行政，…, name none.)"""
    below = [j for j in range(salutation + 1, len(doc.lines)) if not doc.lines[j].blank][:2]
    if below:
        first = doc.lines[below[0]]
        first_end = min(first.content_end, first.content_start + TOPIC_REACH)
        if _SPEECH_TOPIC.search(doc.view, first.content_start, first_end):
            return True
        # 今天我们召开全县农业农村工作会议，…: a speech that names the meeting it opens has said its subject
        named = doc.view.find("召开", first.content_start, first_end) != -1 \
            and _MEETING_NAMED.search(doc.view, first.content_start, first_end) is not None
        if len(below) == 2 and not named:
            second = doc.lines[below[1]]
            content = doc.content(below[1])
            if (starts_with_marker(content) or first.content_end - first.content_start <= COURTESY_MAX) \
                    and _SPEECH_TOPIC.search(doc.view, second.content_start, min(second.content_end, second.content_start + TOPIC_REACH)):
                return True
    above = [j for j in range(salutation - 1, -1, -1)
             if not doc.lines[j].blank and layout.roles[j] is Role.text][:SPEECH_TITLE_LINES]
    # (a column's name above it, 法治动态, is no title: too short)
    return any(len(doc.content(j)) >= SPEECH_TITLE_MIN and _SPEECH_TOPIC.search(doc.content(j)) for j in above)


GENERAL_SUMMARY_ENDS = ("工作总结", "工作报告")  # the genres of a general work summary (上半年工作总结)
TOPIC_REACH = 300  # how far into the body its topic is looked for


def _opens_on_the_topic(doc: Doc, layout: Layout) -> bool:
    if layout.body_start >= len(doc.lines):
        return False
    start = doc.lines[layout.body_start].content_start
    return TITLE_TOPIC.search(doc.view, start, start + TOPIC_REACH) is not None


# A news item on the topic (a meeting, a visit, an inspection) reads like a report's opening but is
# written by a journalist: its first line opens with a byline, (记者 张三), （通讯员 李四）, 本报讯（记者…）,
# 【本报讯】, or its first sentence is the news of a meeting, 日前/近日/3月20日上午，…召开/举行…。. A report
# quoting an interview (接受记者采访3次) has no byline opening it. (The view folds （ to (.)
_BYLINE = re.compile(r"(?:[【\[]?(?:本报讯|本台讯|本网讯)[】\]]?\s*)?\((?:本报|本台|本网)?(?:见习|特约)?(?:记者|通讯员)[^()\n]{1,40}\)"
                     r"|[【\[]?(?:本报讯|本台讯|本网讯)[】\]]?")
_NEWS_DAY = r"(?:日前|近日|近期|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:上午|下午|晚上?)?)"
_NEWS_OPENING = re.compile(_NEWS_DAY + r"[,，]?[^。\n]{4,150}?(?:召开|举行)")
NEWS_HEADLINE_MAX = 40  # a headline above the news is a short line with no sentence


def _news_item(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """The span of a news item's byline or first sentence, when the body's first line (or the one
    after a short headline) opens as news does; None for a report (its opening says 报告如下 or
    述法, or a headline-like line above it is an addressee or a numbered heading)."""
    lines = [i for i in range(layout.body_start, min(len(doc.lines), layout.body_start + 4)) if not doc.lines[i].blank][:2]
    for n, i in enumerate(lines):
        line = doc.lines[i]
        start, end = line.content_start, line.content_end
        byline = _BYLINE.match(doc.view, start, end)
        if byline is not None:
            return byline.span()
        sentence_end = doc.view.find("。", start, end)
        opening = _NEWS_OPENING.match(doc.view, start, sentence_end if sentence_end != -1 else end)
        if opening is not None:
            if _REPORTS_ITSELF.search(doc.view, start, end) or _has_statutory_parts(doc, layout):
                return None
            return start, opening.end()
        content = doc.view[start:end]
        if n or end - start > NEWS_HEADLINE_MAX or sentence_end != -1 or content.rstrip().endswith((":", "：")) \
                or starts_with_marker(content):
            break  # (only a headline may stand above the news: not an addressee, 某某县司法局：, nor 一、…)
    return None


STATUTORY_KINDS = frozenset({SectionKind.shortcomings, SectionKind.plans, SectionKind.leadership})


def _has_statutory_parts(doc: Doc, layout: Layout) -> bool:
    """Whether the body has numbered headings that name a report's later parts (二、存在的问题, 三、2024年工作计划):
    a report's outline, which no news item has."""
    for i in range(layout.body_start, layout.body_end):
        content = doc.content(i)
        if content and starts_with_marker(content) and STATUTORY_KINDS.intersection(heading_kinds(content)):
            return True
    return False


# A report's own words in its opening: 现将…报告如下, 汇报如下, a head's 述法 (近日，县司法局召开党组会议审议本报告，
# 现将…情况报告如下：, 3月20日，我局召开…会议，…现将本人述法情况报告如下).
_REPORTS_ITSELF = re.compile(r"(?:报告|汇报|总结)如下|述法|本报告")


# A 通报 of assessment results whose title line was not copied: its first paragraph says what it
# announces, 现将考核优秀等次单位通报如下：, 现将2023年度考核结果通报如下 (a report says 报告如下).
_BULLETIN = re.compile(r"现将[^。;\n]{0,40}?通报如下")
# What a bulletin announces: results that rank others (考核结果, 优秀等次, 先进单位, 表彰); not a body's own
# account (现将我局…自查考核情况通报如下, …考核指标完成情况通报如下).
_ASSESSED = re.compile(r"(?:考核|考评|评估|评议|评选|检查|督察)结果|优秀|先进|表彰|等次")
_OWN_ACCOUNT = re.compile(r"我[局县区市镇乡委办厅]|本[局单部]|自查|完成情况")


def _results_bulletin(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """The span of the sentence by which a text with no title announces assessment results."""
    first = next((i for i in range(layout.body_start, layout.body_end) if layout.is_body(i) and not doc.lines[i].blank), None)
    if first is None:
        return None
    if doc.view.endswith(("：", ":"), doc.lines[first].content_start, doc.lines[first].content_end):
        # (an addressee line, 各市人民政府，省政府各部门：, above the first paragraph, blank lines or none between)
        first = next((i for i in range(first + 1, layout.body_end) if not doc.lines[i].blank), first)
    start, end = doc.lines[first].content_start, doc.lines[first].content_end
    at = doc.view.find("通报如下", start, end)
    if at == -1:
        return None
    sentence = max(doc.view.rfind("。", start, at) + 1, start)
    m = _BULLETIN.search(doc.view, sentence, at + 4)
    if m is None or not _ASSESSED.search(doc.view, m.start(), m.end()) or _OWN_ACCOUNT.search(doc.view, m.start(), m.end()):
        return None
    return m.start(), m.end()


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
    no_issuer = False  # a lookalike written by no body (a news item) or that names others' (a bulletin's list)
    title_lines = find_title(doc, layout)
    title_span = None
    if title_lines is not None:
        first, last = doc.lines[title_lines[0]], doc.lines[title_lines[1]]
        # (matched in the line's content: the pattern is anchored with ^, which matches only at the
        # start of the string it is given, never at a `pos` inside the document's view)
        tag = column_tag(doc.content(title_lines[0]))
        shout = TITLE_SHOUT.search(doc.view, last.content_start, last.content_end)
        end = shout.start() if shout else last.content_end
        trailer = title_trailer(doc.content(title_lines[1])) if shout is None else None
        if trailer is not None:  # …报告 上海市统计局 2020-06-08: the byline and date are not the title's
            end = doc.strip_span(last.content_start, last.content_start + trailer)[1]
        title_span = (first.content_start + tag.end() if tag else first.content_start, end)
    else:
        title_span = title_in_run(doc, layout) or title_from_metadata(doc, layout) \
            or title_in_publishing_sentence(doc, layout)
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
            first_line, last_line, (start, end), kind = other
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
        elif (news := _news_item(doc, layout)) is not None:
            header.not_a_report = no_issuer = True
            header.warnings.append(warn("not_a_report", f"the text is a news item ({doc.display(*news)!r}), not a report "
                                        "of this genre: no issuer, measures, shortcomings, plans or statistics are "
                                        "taken from it", news))
        elif (bulletin := _results_bulletin(doc, layout)) is not None:
            header.not_a_report = no_issuer = True
            header.warnings.append(warn("not_a_report", f"the text announces assessment results ({doc.display(*bulletin)!r}),"
                                        " a 通报 whose title was not copied, not a report: no issuer (the units it lists "
                                        "are commended, not its authors), measures, shortcomings, plans or statistics "
                                        "are taken from it", bulletin))
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
    if no_issuer:
        return header  # a news item's attendees, a bulletin's commended units: none of them wrote it
    header.bureau, place_span, bureau_warnings = find_bureau(doc, layout, title_lines, title_span)
    header.evidence.place = place_span
    header.warnings.extend(bureau_warnings)
    return header

