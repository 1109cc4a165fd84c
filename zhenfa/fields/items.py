"""Measures, shortcomings and plans: the items under each statutory section.

Within a section that is both shortcomings and plans (存在的不足和2022年度的
主要安排), the first paragraph that reads as a plan (2022年市教育局将…) is
the boundary: items before it are shortcomings, items after it plans.
Shortcomings written inline are split into one item each: the children of an
inline 一是…二是…, or the clauses of a list after 主要表现在：. A list run into a
paragraph belongs to the part its lead-in clause names: …但也存在一些不足：一是…
at the end of a measure is shortcomings, …。下一步，我局将：一是… plans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from ..models import Item, SectionKind, build
from ..outline.tree import Node, Outline, Paragraph, walk
from ..text import ENDS_WITH_COLON, SENTENCE_END, Doc
from .dates import years_in
from .kinds import NEXT_YEAR_CUE, PLAN_TRANSITION, SHORTCOMING_TRANSITION, heading_kinds, opens_plans, transition_kinds
from .sections import marker_text, node_title

_LEADING_YEAR = re.compile(r"(20\d\d)\s?年")
# The list that follows a shortcoming cue within its sentence: 主要表现在：a，b，c。
_LIST_INTRO = re.compile(r"(?:[,，]\s*)?(?:主要(?:是|有|表现在|表现为|体现在)|具体(?:是|表现为)|表现在|表现为)[:：]?|[:：]")
_CLAUSE_SPLIT = re.compile(r"[，,；;。]")
_ITEM_SPLIT = re.compile(r"[；;]")
_LISTED_PROBLEMS = re.compile(
    r"(?:存在|还有|仍有|也有|尚有)(?:着|一些|一定的|不少)?(?!的)(?P<list>[^。：:]{4,80}?)等(?:方面的?|一系列|一些|诸多)?(?:问题|不足|短板|困难|薄弱环节)")
_LISTED_SPLIT = re.compile(r"[、，,；;]")
_TURN = re.compile(r"(?:但是?|然而|不过|同时)(?:也|还|仍|仍然|依然)?\s*$")


def _opens_or_turns(view: str, para_start: int, cue: int) -> bool:
    """Whether a cue opens its sentence, or follows a turn (…虽取得成效，但也存在…)."""
    before = view[para_start:cue]
    stop = max(before.rfind(ch) for ch in "。！？!?；;")
    clause_start = max(before.rfind(ch) for ch in "，,")
    if clause_start <= stop:  # the cue's clause opens its sentence
        return True
    return _TURN.search(before, clause_start + 1) is not None
# Sub-headings about causes under a shortcomings heading: not shortcomings themselves.
_CAUSE_HEADING = re.compile(r"^(?:[^。]{0,8})?原因")
# Paragraphs of a plans part that only announce the list or close the report.
_PLAN_FRAME = re.compile(r"以下[^。]{0,10}(?:方面|项|点)?(?:的)?(?:工作|任务)|如下[:：。]?$|^(?:特此报告|专此报告|以上报告)")


@dataclass(slots=True)
class SectionItems:
    measures: list[Item]
    shortcomings: list[Item]
    plans: list[Item]
    plan_ranges: list[tuple[int, int]]  # where next year's plans are: quantities there are targets, not facts


def _item(doc: Doc, node: Node, path: list[str], depth: int, year: int | None = None) -> Item:
    end = max(node.end, node.heading_end)
    return build(Item,
        title=node_title(doc, node),
        text=doc.display(node.start, end, keep_breaks=True),
        depth=depth,
        path=path,
        span=(node.start, end),
        title_span=(node.marker_end, node.heading_end),
        marker=marker_text(doc, node),
        year=year,
    )


def _path_of(doc: Doc, node: Node) -> list[str]:
    markers: list[str] = []
    cur: Node | None = node
    while cur is not None:
        markers.append(marker_text(doc, cur) or "")
        cur = cur.parent
    return markers[::-1]


# Parts that share one heading come in the statutory order (举措、成效和不足; 不足和2022年的安排);
# each later part begins at the first child heading or paragraph that reads as that part.
ITEM_KINDS = (SectionKind.measures, SectionKind.shortcomings, SectionKind.plans)
PART_CUES = {SectionKind.shortcomings: SHORTCOMING_TRANSITION, SectionKind.plans: PLAN_TRANSITION}


def _heading_segments(doc: Doc, outline: Outline, section: Node) -> list[tuple[SectionKind, int, int]]:
    """(kind, start, end) of each part its heading names."""
    kinds = [k for k in section.kinds if k in ITEM_KINDS]
    # Parts follow the statutory order; a later cue out of that order (存在的问题和整改措施:
    # measures that answer the problems) is part of the earlier one.
    kinds = [k for i, k in enumerate(kinds) if all(ITEM_KINDS.index(k) > ITEM_KINDS.index(p) for p in kinds[:i])]
    if len(kinds) <= 1:
        return [(k, section.start, section.end) for k in kinds]
    starts = [section.start]
    for kind in kinds[1:]:
        if section.implicit and kind is kinds[-1] is SectionKind.plans and ENDS_WITH_COLON.search(
                doc.view, section.start, section.heading_end):
            starts.append(section.heading_end)  # …但也存在一些不足…重点做好以下五方面工作： then the plans
            continue
        starts.append(_part_start(doc, outline, section, kind, max(starts[-1], section.heading_end)))
    ends = [*starts[1:], section.end]
    return [(k, s, max(s, e)) for k, s, e in zip(kinds, starts, ends, strict=True)]


def part_segments(doc: Doc, outline: Outline, section: Node, report_year: int | None = None) -> list[tuple[SectionKind, int, int]]:
    """(kind, start, end) of each item-bearing part of a section: the parts its heading names,
    then a later part that a list run into a paragraph leads into (…。下一步，我局将：一是…)."""
    segments = _heading_segments(doc, outline, section)
    for lead in inline_leads(doc, outline, section):
        for i, (k0, s, e) in enumerate(segments):
            if s <= lead.start < e:
                kind = _lead_kind(doc.view[lead.start:lead.end], report_year, k0)
                if kind is not None and ITEM_KINDS.index(kind) > ITEM_KINDS.index(k0):
                    if k0 is SectionKind.measures and lead.container_end < e:
                        # …但也存在一些不足：一是… at the end of （一）: the list is that sub-item's
                        # own; the year's work goes on at （二）
                        segments[i:i + 1] = [(k0, s, lead.start), (kind, lead.start, lead.container_end),
                                             (k0, lead.container_end, e)]
                    else:
                        segments[i:i + 1] = [(k0, s, lead.start), (kind, lead.start, e)]
                break
    if len(segments) > 1:  # a part the heading named but that found no start of its own is empty
        segments = [seg for seg in segments if seg[1] < seg[2] or sum(k is seg[0] for k, _, _ in segments) == 1]
    return segments


# How the words before a list run into a paragraph end when they introduce it: …存在一些不足：
# 一是…, …主要表现在一是…, 下一步，一是…
_LIST_LEAD_END = re.compile(r"(?:[:：]|主要(?:是|有|表现在|表现为|体现在)[:：]?|[,，])\s*$")
# A list that answers problems is the year's work: 针对存在的问题，采取以下措施：一是…
_REMEDY_WORDS = re.compile(r"针对|整改|解决|措施|采取|破解|聚焦|围绕|处理|反馈|纠正|督促")
# Problems an inspection found in others (评查发现的问题：) are the year's work, not the bureau's shortcomings.
_FINDINGS = re.compile(r"(?<!自)(?:调研|检查|评查|督察|督导|巡查|巡察|巡视|抽查|排查|审查|审计)[^。，,]{0,6}(?:发现|指出|反馈)")
# Among the measures, next year's work needs a firm cue (下一步, 明年) or, after 今后/新的一年,
# a word that it is still to do; 今后三年 is a multi-year programme the year adopted.
_FIRM_PLAN_CUE = re.compile(r"下一步|下步|明年|来年|下一年")
_FUTURE_WORDS = re.compile(r"将|要|拟|计划")
_SPAN_OF_YEARS = re.compile(r"今后[一二两三四五六七八九十\d]+年")
_CLAUSE_ENDS = "。；;！？!?"  # the lead starts after the last of these before the list
LEAD_REACH = 200  # characters: a lead-in is one clause (bounded, so a paragraph of many lists stays linear)


def _years(view: str, start: int, end: int) -> list[int]:
    """The years named in view[start:end] (2024年, 二〇二四年), not the ends of a range (2023—2025年)."""
    return [year for year, _, _ in years_in(view, start, end)]


def _no_past_year(text: str, report_year: int | None) -> bool:
    return report_year is None or all(y > report_year for y in _years(text, 0, len(text)))


class InlineLead(NamedTuple):
    """The clause before a list run into a paragraph, and where the list's container ends."""

    start: int
    end: int
    container_end: int


def inline_leads(doc: Doc, outline: Outline, section: Node) -> list[InlineLead]:
    """The lead, the clause before its first item, of each list run into a paragraph (一是… in
    mid-sentence) under `section`."""
    view = doc.view
    out: list[InlineLead] = []
    for node in walk(section.children):
        if not (node.inline and node.number == 1 and node.family is not None and node.family.enumeration):
            continue
        i = bisect.bisect_right(outline.paragraph_starts, node.start) - 1
        floor = max(outline.paragraphs[i].start if i >= 0 else section.start, section.heading_end)
        floor = max(floor, node.start - LEAD_REACH)
        lead_start = max(floor, *(view.rfind(ch, floor, node.start) + 1 for ch in _CLAUSE_ENDS))
        while lead_start < node.start and view[lead_start] == " ":
            lead_start += 1
        container = node.parent if node.parent is not None else section
        out.append(InlineLead(lead_start, node.start, container.end))
    return out


def _lead_kind(lead: str, report_year: int | None, within: SectionKind) -> SectionKind | None:
    """The part a list's lead leads into, from inside a part of kind `within`.

    Among the year's measures a list more often reports results than admits problems, so there
    a lead must name the problems as the bureau's own and next year's work as still to do."""
    if not lead or not _LIST_LEAD_END.search(lead):
        return None
    if within is SectionKind.measures and (_REMEDY_WORDS.search(lead) or _FINDINGS.search(lead)):
        return None
    if opens_plans(lead, report_year) or NEXT_YEAR_CUE.search(lead) or (
            within is SectionKind.shortcomings and PLAN_TRANSITION.search(lead) and _no_past_year(lead, report_year)):
        # after the shortcomings any transition to next year's work will do (针对上述问题，2024年我局将着力做好以下工作：)
        if within is SectionKind.measures and not opens_plans(lead, report_year) and not _FIRM_PLAN_CUE.search(lead) and (
                not _FUTURE_WORDS.search(lead) or _SPAN_OF_YEARS.search(lead)):
            return None  # 对新的一年…作出部署：, 明确今后三年的主要任务：
        return SectionKind.plans
    m = SHORTCOMING_TRANSITION.search(lead)
    if m and not (within is SectionKind.measures and m.group().startswith("主要表现")):
        return SectionKind.shortcomings  # but not 成效主要表现在：
    return None


def _part_start(doc: Doc, outline: Outline, section: Node, kind: SectionKind, after: int) -> int:
    cue = PART_CUES[kind]
    for para in outline.paragraphs_in(section):
        if para.start < after:
            continue
        node = para.marker
        if node is not None and node.parent is section:
            if kind in heading_kinds(doc.view[node.marker_end:node.heading_end]):
                return para.start
            continue
        text = doc.view[para.start:para.end]
        m = cue.search(text)
        if m is None:
            continue
        stop = _last_sentence_end(doc.view, para.start, para.start + m.start()) if kind is SectionKind.plans else None
        if stop is not None and not SHORTCOMING_TRANSITION.search(doc.view, stop, para.end) \
                and not any(p.start < para.start for p in outline.paragraphs_in(section) if p.start >= after):
            # 执法力量薄弱。下一步，我局将加强学法。 as the part's only paragraph: the plans begin
            # at the sentence of their cue, and the shortcomings are the sentences before it
            return stop
        if not (kind is SectionKind.plans and SHORTCOMING_TRANSITION.search(text)):
            return para.start
    return section.end


def _last_sentence_end(view: str, start: int, end: int) -> int | None:
    """The offset after the last full stop in [start, end), with its following spaces."""
    last = None
    for m in SENTENCE_END.finditer(view, start, end):
        last = m.end()
    while last is not None and last < end and view[last] == " ":
        last += 1
    return last


def plans_year(doc: Doc, outline: Outline, section: Node, boundary: int, report_year: int | None) -> int | None:
    heading = doc.view[section.start:section.heading_end]
    years = _years(heading, 0, len(heading))  # not a range's ends: （2023-2025年）
    if section.implicit:
        years = [y for y in years if report_year is None or y > report_year]
    if years:
        return max(years)
    for para in outline.paragraphs_in(section):
        if para.start >= boundary and para.marker is None:
            # 2024年，我局将… — but also …2023年虽取得成效…。2024年，我局将…: a year after the report's
            years = _years(doc.view, para.start, para.end)
            later = [y for y in years if report_year is None or y > report_year]
            if later:
                return min(later)
            if report_year is None:
                m = _LEADING_YEAR.match(doc.view, para.start)
                if m:
                    return int(m.group(1))
            break
    return report_year + 1 if report_year is not None else None


def shortcoming_clauses(doc: Doc, para_start: int, para_end: int) -> list[tuple[int, int]]:
    """Clauses of the list that follows a shortcoming cue in the same sentence."""
    view = doc.view
    cue = SHORTCOMING_TRANSITION.search(view, para_start, para_end)
    if cue is None:
        return []
    sentence_end = SENTENCE_END.search(view, cue.end(), para_end)
    # The list starts after a colon (主要表现在：) or after 主要是/主要有 in the cue's sentence.
    colon = _LIST_INTRO.search(view, cue.start(), sentence_end.start() if sentence_end else para_end)
    if colon is not None:
        stop = SENTENCE_END.search(view, colon.end(), para_end)
        pos, list_end = colon.end(), (stop.start() if stop else para_end)
        # Items separated by ； may contain ，(…意识不强，执法程序不够规范；…): split on ； then.
        splitter = _ITEM_SPLIT if _ITEM_SPLIT.search(view, pos, list_end) else _CLAUSE_SPLIT
    else:
        # 存在执法人员数量不足、专业化水平不高等问题: the list between the cue and 等问题, when the
        # sentence is about them (it opens with the cue, or turns to them: …，但也存在…)
        listed = _LISTED_PROBLEMS.match(view, cue.start(), sentence_end.start() if sentence_end else para_end)
        if listed is None or not _opens_or_turns(view, para_start, cue.start()):
            return []
        pos, list_end, splitter = listed.start("list"), listed.end("list"), _LISTED_SPLIT
    spans: list[tuple[int, int]] = []
    for m in splitter.finditer(view, pos, list_end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, list_end))
    out = []
    for start, end in spans:
        while start < end and view[start] == " ":
            start += 1
        while end > start and view[end - 1] == " ":
            end -= 1
        if end - start >= 4:
            out.append((start, end))
    return out


def _span_item(doc: Doc, start: int, end: int, path: list[str], year: int | None = None) -> Item:
    value = doc.display(start, end)
    title_end = SENTENCE_END.search(doc.view, start, end)
    t_end = title_end.start() if title_end else end
    return build(Item,
        title=doc.display(start, t_end), text=value, depth=1, path=path, span=(start, end),
        title_span=(start, t_end), marker=None, year=year,
    )


def extract_items(doc: Doc, outline: Outline, report_year: int | None) -> SectionItems:
    measures: list[Item] = []
    shortcomings: list[Item] = []
    plans: list[Item] = []
    plan_ranges: list[tuple[int, int]] = []
    for section in outline.roots:
        root_path = [marker_text(doc, section) or ""]
        for kind, start, end in part_segments(doc, outline, section, report_year):
            if kind is SectionKind.plans:
                plan_ranges.append((start, end))
            children = _nodes_in(section, start, end)
            if kind is SectionKind.shortcomings and len(children) > 1:
                # （一）存在的不足 …（二）原因分析: the causes are not shortcomings
                kept = [c for c in children if not _CAUSE_HEADING.search(doc.view[c.marker_end:c.heading_end])]
                children = kept or children
            if kind is not SectionKind.measures and len(children) == 1 and children[0].children \
                    and kind in heading_kinds(doc.view[children[0].marker_end:children[0].heading_end]):
                children = children[0].children  # （三）存在的不足 / 一是…二是…: the part's own heading
            if kind is SectionKind.measures:
                if not children and _is_theme(doc, section):
                    # 一、扛牢主体责任，夯实法治建设根基 with a paragraph and no sub-items: in a report
                    # organised by theme, the section is itself one of the year's measures
                    measures.append(_item(doc, section, root_path, 1))
                elif not children:
                    measures.extend(_span_item(doc, s, e, root_path) for s, e in _headed_paragraphs(doc, outline, section, start, end))
                for child in children:
                    for node in walk([child]):
                        if node.start < end:  # not a list of another part run into its last paragraph
                            measures.append(_item(doc, node, _path_of(doc, node), node.depth))
            elif kind is SectionKind.shortcomings:
                if children:
                    shortcomings.extend(_item(doc, c, _path_of(doc, c), 1) for c in children)
                else:
                    shortcomings.extend(_unmarked_shortcomings(doc, outline, section, start, end, root_path))
            elif kind is SectionKind.plans:
                year = plans_year(doc, outline, section, start, report_year)
                if children:
                    plans.extend(_item(doc, c, _path_of(doc, c), 1, _item_year(doc, c, year)) for c in children)
                else:
                    paras = outline.paragraphs_in(section)
                    opening: list[Paragraph] = []
                    if section.implicit and opens_plans(doc.view[section.start:section.heading_end], report_year):
                        # the part was opened by its first plan (2023年，我区将…), which is one of them
                        opening = outline.paragraphs_starting_at(section.start)
                    floor = max(start, section.heading_end)
                    for para in opening + paras:
                        # a part may begin inside a paragraph (…薄弱。下一步，…): its plans from there
                        p_start = para.start if para in opening else max(para.start, floor)
                        text = doc.view[p_start:para.end]
                        if (para in opening or (p_start < para.end and p_start < end and para.start < end
                                                and (para.start >= floor or _mid_part(doc, para, floor)))) \
                                and not re.search(r"[:：]\s*$", text) and not _PLAN_FRAME.search(text):
                            plans.append(_span_item(doc, p_start, para.end, root_path, year))
    return SectionItems(measures, shortcomings, plans, plan_ranges)


# Headings with no cue that frame the report rather than name a piece of its work.
_FRAMING_HEADING = re.compile(r"^(?:总体|指导|基本)(?:思路|思想|要求|目标|原则|概况)|^工作概况|^总体情况")


def _is_theme(doc: Doc, section: Node) -> bool:
    """A numbered heading that names a theme of the year's work, not a part of the report."""
    heading = doc.view[section.marker_end:section.heading_end]
    return not section.implicit and section.family is not None and section.heading_end > section.marker_end \
        and not heading_kinds(heading) and not _FRAMING_HEADING.match(heading.lstrip())


def _nodes_in(section: Node, start: int, end: int) -> list[Node]:
    """The outermost nodes under `section` that start in [start, end): its children there, and
    where a part begins inside a child (…但也存在一些不足：一是… at the end of （二）), the
    child's nodes after that."""
    out: list[Node] = []
    for child in section.children:
        if start <= child.start < end:
            out.append(child)
        elif child.start < start < child.end and child.children:
            out.extend(_nodes_in(child, start, end))
    return out


def _mid_part(doc: Doc, para: Paragraph, pos: int) -> bool:
    """Whether a part begins at `pos` inside the paragraph, after a sentence of its own."""
    return para.start < pos < para.end and doc.view[pos - 1] in _SENTENCE_STOPS


_SENTENCE_STOPS = "。！？!? "


def _unmarked_shortcomings(doc: Doc, outline: Outline, section: Node, start: int, end: int,
                           path: list[str]) -> list[Item]:
    """Shortcomings with no numbering: the clauses of a list after 主要表现在：, else one per paragraph."""
    paras = [p for p in outline.paragraphs_in(section) if start <= p.start < end or p.start < section.heading_end < p.end]
    if section.implicit and not any(p.start == section.start for p in paras):
        # the transition that opened the part may itself list them
        paras = outline.paragraphs_starting_at(section.start) + paras
    # the plans may begin inside the last paragraph (执法力量薄弱。下一步，…): stop there
    spans = [(p.start, min(p.end, end) if p.start < end < p.end and _mid_part(doc, p, end) else p.end, p) for p in paras]
    items = [_span_item(doc, s, e, path) for p_start, p_end, _ in spans for s, e in shortcoming_clauses(doc, p_start, p_end)]
    if items:
        return items
    return [_span_item(doc, *clause, path) for s, e, p in spans if p.start >= section.heading_end and p.marker is None
            for clause in _semicolon_list(doc, *_trimmed(doc, s, e))]


# A paragraph that opens with a heading phrase of its own: 强化组织保障。镇党委书记…
# A heading phrase names a piece of work the way headings do, verb first: 强化组织保障, 推进…改革
# (not 我局高度重视…, 但也存在一些不足, 第一季度).
HEADING_VERBS = (
    "加强", "强化", "完善", "健全", "推进", "推动", "深化", "规范", "提升", "提高", "坚持", "落实", "严格", "优化", "创新",
    "狠抓", "压实", "扎实", "持续", "全面", "着力", "聚焦", "夯实", "筑牢", "打造", "构建", "建立", "抓实", "抓好", "做好",
    "做实", "开展", "实施", "注重", "突出", "深入", "依法", "化解", "防范", "维护", "促进", "营造", "拓展", "加大", "加快",
    "紧扣", "围绕", "立足", "发挥", "贯彻", "学习", "推行", "建设", "加速", "增强", "激发", "统筹", "强力", "大力", "积极",
)
_HEADED_PARAGRAPH = re.compile(rf"(?:{'|'.join(HEADING_VERBS)})[^，,。；;：:！？!?\d]{{2,22}}。")
HEADED_PARAGRAPH_REST = 8  # the heading phrase opens a paragraph of text; a short sentence alone is no heading
MIN_HEADED_PARAGRAPHS = 2  # one such paragraph may be a short opening sentence; two or more are a list


def _headed_paragraphs(doc: Doc, outline: Outline, section: Node, start: int, end: int) -> list[tuple[int, int]]:
    """Measures with no numbering: paragraphs that each open with a heading phrase (a numbering
    lost when the report was pasted into a web page), each running to the next such paragraph."""
    floor = max(start, section.heading_end)
    paras = [p for p in outline.paragraphs_in(section) if floor <= p.start < end and p.marker is None]
    # a transition into another part (但也存在一些不足…, 下一步…) ends the measures
    stop = next((i for i, p in enumerate(paras) if transition_kinds(doc.view[p.start:p.end])), len(paras))
    paras = paras[:stop]
    heads = [i for i, p in enumerate(paras)
             if (m := _HEADED_PARAGRAPH.match(doc.view, p.start, p.end)) and p.end - m.end() >= HEADED_PARAGRAPH_REST]
    if len(heads) < MIN_HEADED_PARAGRAPHS:
        return []
    bounds = [*heads, len(paras)]
    return [_trimmed(doc, paras[a].start, min(paras[b - 1].end, end)) for a, b in pairwise(bounds)]


MIN_LISTED_CLAUSE = 6  # shorter pieces between ； are a phrase's parts, not items of a list


def _semicolon_list(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph written as one list, its items separated by ； (执法力量薄弱，装备滞后；地方立法
    仍有短板；普法针对性不强。): one span per item; else the paragraph."""
    view = doc.view
    cuts = [m.start() for m in _ITEM_SPLIT.finditer(view, start, end)]
    if not cuts or SENTENCE_END.search(view, start, end - 1):
        return [(start, end)]  # a list is one sentence: 。 before its end makes this prose
    spans, pos = [], start
    for cut in cuts:
        spans.append((pos, cut))
        pos = cut + 1
    spans.append((pos, end))
    spans = [_trimmed(doc, *_lstripped(doc, a, b)) for a, b in spans]
    if any(b - a < MIN_LISTED_CLAUSE for a, b in spans) or any(_CONTINUES.match(view, a) for a, _ in spans[1:]):
        return [(start, end)]
    return spans


# A piece after ； that continues the one before rather than starting another item: a
# connective (加之…, 既有…也有…), or the rest of a citation (《行政许可法》第五条, 第四十条).
_CONTINUES = re.compile(r"加之|同时|既有|也有|而且?|但|并且?|且|以及|从而|因此|导致|《|第[一二三四五六七八九十百\d]")


def _lstripped(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc.view[start] == " ":
        start += 1
    return start, end


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and doc.view[end - 1] == " ":
        end -= 1
    return start, end


def _item_year(doc: Doc, node: Node, default: int | None) -> int | None:
    """A plan whose own heading starts with a year (（一）2025年重点…) is for that year."""
    m = _LEADING_YEAR.match(doc.view, node.marker_end)
    if m and m.end() <= node.heading_end:
        return int(m.group(1))
    return default
