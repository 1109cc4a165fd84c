"""The parts of a statutory section: where, within one top-level section, the measures end and
the shortcomings or plans begin.

A combined heading (存在的不足和2022年度的主要安排) is split at its first paragraph that reads as a
plan (2022年市教育局将…); a list run into a paragraph belongs to the part its lead-in clause
names (…但也存在一些不足：一是… at the end of a measure is shortcomings, …。下一步，我局将：一是…
plans); and the plans' year is read from their heading or their opening.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..models import SectionKind
from ..outline.tree import Node, Outline, walk
from ..text import ENDS_WITH_COLON, SENTENCE_END, Doc
from .dates import years_in
from .kinds import LIST_CUE, NEXT_YEAR_CUE, PLAN_TRANSITION, SHORTCOMING_TRANSITION, heading_kinds, opens_plans

LEADING_YEAR = re.compile(r"(20\d\d)\s?年")


# Parts that share one heading come in the statutory order (举措、成效和不足; 不足和2022年的安排);
# each later part begins at the first child heading or paragraph that reads as that part.
ITEM_KINDS = (SectionKind.measures, SectionKind.shortcomings, SectionKind.plans)
PART_CUES = {SectionKind.shortcomings: SHORTCOMING_TRANSITION, SectionKind.plans: PLAN_TRANSITION}


def _heading_segments(doc: Doc, outline: Outline, section: Node, report_year: int | None = None) -> list[tuple[SectionKind, int, int]]:
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
        if section.implicit and kind is SectionKind.plans and (cue := PLAN_TRANSITION.search(
                doc.view, starts[-1], section.heading_end)) is not None and (
                stop := _last_sentence_end(doc.view, starts[-1], cue.start())) is not None:
            # …虽取得一定成效，但仍存在A、B等问题。2025年，我局将…: the plans begin at their sentence
            # within the paragraph that opened the part
            starts.append(stop)
            continue
        starts.append(_part_start(doc, outline, section, kind, max(starts[-1], section.heading_end), report_year))
    ends = [*starts[1:], section.end]
    return [(k, s, max(s, e)) for k, s, e in zip(kinds, starts, ends, strict=True)]


def part_segments(doc: Doc, outline: Outline, section: Node, report_year: int | None = None) -> list[tuple[SectionKind, int, int]]:
    """(kind, start, end) of each item-bearing part of a section: the parts its heading names,
    then a later part that a list run into a paragraph leads into (…。下一步，我局将：一是…)."""
    segments = _split_at_part_headings(doc, section, _heading_segments(doc, outline, section, report_year), report_year)
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
    segments = _closing_plan_sentence(doc, outline, section, segments, report_year)
    if len(segments) > 1:  # a part the heading named but that found no start of its own is empty
        segments = [seg for seg in segments if seg[1] < seg[2] or sum(k is seg[0] for k, _, _ in segments) == 1]
    return segments


def _closing_plan_sentence(doc: Doc, outline: Outline, section: Node, segments: list[tuple[SectionKind, int, int]],
                          report_year: int | None) -> list[tuple[SectionKind, int, int]]:
    """…二是普法针对性不强。下一步，我局将针对上述问题，…。 — a report whose shortcomings end with a
    sentence that turns to next year's work, in their last paragraph, and that has no plans part of
    its own after them: the plans begin at that sentence, as they do when it stands on its own line.
    (Where a plans part follows, the sentence is a pledge that closes the shortcomings.)"""
    if not segments or segments[-1][0] is not SectionKind.shortcomings:
        return segments
    if any(SectionKind.plans in root.kinds for root in outline.roots if root is not section):
        return segments  # (before the shortcomings too: 一、2024年工作打算 … 二、存在的问题)
    _, start, end = segments[-1]
    paras = [p for p in outline.paragraphs_in(section) if start <= p.start < end or p.start < start < p.end]
    if not paras:
        return segments
    last = paras[-1]
    view = doc.view
    if any(_plans_sentence_start(view, p.start, p.end, report_year) is not None for p in paras[:-1]):
        # （一）…不足。下一步，我局将…。（二）…。下一步，…: each problem with its own remedy, none the plans
        return segments
    at = _plans_sentence_start(view, max(last.start, start), min(last.end, end), report_year)
    if at is not None and not SHORTCOMING_TRANSITION.search(view, at, min(last.end, end)):
        return [*segments[:-1], (SectionKind.shortcomings, start, at), (SectionKind.plans, at, end)]
    return segments


PLAN_OPENING_REACH = 40  # characters a plan's opening (下一步，, 2025年，我局将) is read in


def _plans_sentence_start(view: str, start: int, end: int, report_year: int | None) -> int | None:
    """Where the first sentence in view[start:end] after its first that opens next year's plans
    (…。下一步，我局将…) begins, or None. (Each opening is read in a short window: slicing the rest of a
    long paragraph at every full stop would be quadratic.)"""
    for m in SENTENCE_END.finditer(view, start, end):
        at = m.end()
        while at < end and view[at] == " ":
            at += 1
        if at < end and opens_plans(view[at:min(end, at + PLAN_OPENING_REACH)], report_year):
            return at
    return None


# A sub-heading that is a part's own name, from its first word (not 印发年度工作要点, 查摆问题不足,
# 着力解决群众反映的突出问题: the year's work on a plan or a problem).
_PART_NAMES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (SectionKind.shortcomings, re.compile(
        r"^(?:(?:当前|目前|工作中)?(?:存在|面临)的?(?:主要|突出)?(?:问题|不足|短板|困难|差距|薄弱环节)"
        r"(?:(?:和|与|及)(?:不足|原因|困难|挑战|短板|问题))?"
        r"|(?:问题|不足|困难)(?:和|与|及)(?:不足|原因|困难|挑战|短板)|(?:主要)?(?:问题|不足)|(?:需要|有待)改进的(?:地方|方面))$")),
    (SectionKind.plans, re.compile(
        r"^(?:下一步|下步|今后|明年|下一年度?|(?:19|20)\d\d ?年度?)(?:的)?(?:工作)?(?:的)?(?:主要|重点)?"
        r"(?:打算|计划|安排|思路|重点|要点|任务|设想|谋划)$")),
)


def part_name_kind(title: str) -> SectionKind | None:
    """The part a sub-heading names as its whole (（一）存在的问题, （二）2024年工作计划), or None."""
    for kind, pattern in _PART_NAMES:
        if pattern.match(title):
            return kind
    return None


def _split_at_part_headings(doc: Doc, section: Node, segments: list[tuple[SectionKind, int, int]],
                            report_year: int | None) -> list[tuple[SectionKind, int, int]]:
    """A sub-heading that is itself the name of another part (三、下一步工作打算 / （一）存在的问题 /
    （二）2024年工作计划) begins that part, up to the next sibling that names none or the section's end."""
    # (an inline sub-heading too: a copy that ran the part's lines into one paragraph, （一）存在的不足。
    # 一是…。（二）2024年工作打算。一是…, names its parts as the lines did)
    children = [c for c in section.children if c.family is not None and not c.family.enumeration]
    for n, child in enumerate(children):
        named = part_name_kind(doc.view[child.marker_end:child.heading_end].strip().rstrip("。.："))
        # (2024年工作重点 names next year's plans only when the year is after the report's)
        if named is None or (named is SectionKind.plans
                             and not _no_past_year(doc.view[child.marker_end:child.heading_end], report_year)):
            continue
        for i, (kind, start, end) in enumerate(segments):
            if start <= child.start < end and kind is not named:
                # to the next sibling that names no part (（三）面临的问题 / （四）深化税收普法: a measure again)
                stop = next((c.start for c in children[n + 1:]
                             if c.start < end and part_name_kind(doc.view[c.marker_end:c.heading_end].strip()) is None), end)
                pieces = ((kind, start, child.start), (named, child.start, stop), (kind, stop, end))
                segments[i:i + 1] = [seg for seg in pieces if seg[1] < seg[2]]
                break
    return segments


# How the words before a list run into a paragraph end when they introduce it: …存在一些不足：
# 一是…, …主要表现在一是…, 下一步，一是…
_LIST_LEAD_END = re.compile(rf"(?:[:：]|{LIST_CUE}[:：]?|[,，])\s*$")
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


def _part_start(doc: Doc, outline: Outline, section: Node, kind: SectionKind, after: int, report_year: int | None = None) -> int:
    cue = PART_CUES[kind]
    for para in outline.paragraphs_in(section):
        if para.start < after:
            continue
        node = para.marker
        if node is not None and node.parent is section:
            # (三、问题与打算 / （二）2024年，我局将加强…: a sub-item that opens as a plan begins the plans)
            if kind in heading_kinds(doc.view[node.marker_end:node.heading_end]) or (
                    kind is SectionKind.plans and opens_plans(doc.view[node.marker_end:para.end], report_year)):
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
                m = LEADING_YEAR.match(doc.view, para.start)
                if m:
                    return int(m.group(1))
            break
    return report_year + 1 if report_year is not None else None
