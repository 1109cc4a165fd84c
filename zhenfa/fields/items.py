"""Measures, shortcomings and plans: the items under each statutory section.

Within a section that is both shortcomings and plans (存在的不足和2022年度的
主要安排), the first paragraph that reads as a plan (2022年市教育局将…) is
the boundary: items before it are shortcomings, items after it plans.
Shortcomings written inline are split into one item each: the children of an
inline 一是…二是…, or the clauses of a list after 主要表现在：.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Item, SectionKind, build
from ..outline.tree import Node, Outline, Paragraph, walk
from ..text import Doc
from .kinds import PLAN_TRANSITION, SHORTCOMING_TRANSITION
from .sections import marker_text, node_title

_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s?年")
_LEADING_YEAR = re.compile(r"(20\d\d)\s?年")
# The list that follows a shortcoming cue within its sentence: 主要表现在：a，b，c。
_LIST_INTRO = re.compile(r"(?:[,，]\s*)?(?:主要(?:是|有|表现在|表现为|体现在)|具体(?:是|表现为)|表现在|表现为)[:：]?|[:：]")
_CLAUSE_SPLIT = re.compile(r"[，,；;。]")
_SENTENCE_END = re.compile(r"[。！？!?]")


@dataclass(slots=True)
class SectionItems:
    measures: list[Item]
    shortcomings: list[Item]
    plans: list[Item]


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


def _paragraphs_in(outline: Outline, node: Node) -> list[Paragraph]:
    return outline.paragraphs_in(node)


def plan_boundary(doc: Doc, outline: Outline, section: Node) -> int:
    """Offset where plans begin in a section that holds more than plans."""
    kinds = section.kinds
    if SectionKind.plans not in kinds or (kinds[0] is SectionKind.plans and len(kinds) == 1):
        return section.start
    if section.implicit and kinds[-1] is SectionKind.plans:
        return section.heading_end  # …但也存在一些不足…重点做好以下五方面工作： then the plans
    for para in _paragraphs_in(outline, section):
        if para.start < section.heading_end:
            continue
        text = doc.view[para.start:para.end]
        if PLAN_TRANSITION.search(text) and not SHORTCOMING_TRANSITION.search(text):
            return para.start
        if para.marker is not None and para.marker.parent is section and SectionKind.shortcomings not in kinds:
            return para.start
    return section.end


def plans_year(doc: Doc, outline: Outline, section: Node, boundary: int, report_year: int | None) -> int | None:
    heading = doc.view[section.start:section.heading_end]
    years = [int(y) for y in _YEAR.findall(heading)]
    if section.implicit:
        years = [y for y in years if report_year is None or y > report_year]
    if years:
        return max(years)
    for para in _paragraphs_in(outline, section):
        if para.start >= boundary and para.marker is None:
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
    sentence_end = _SENTENCE_END.search(view, cue.end(), para_end)
    # The list starts after a colon (主要表现在：) or after 主要是/主要有 in the cue's sentence.
    colon = _LIST_INTRO.search(view, cue.start(), sentence_end.start() if sentence_end else para_end)
    if colon is None:
        return []
    stop = _SENTENCE_END.search(view, colon.end(), para_end)
    list_end = stop.start() if stop else para_end
    spans: list[tuple[int, int]] = []
    pos = colon.end()
    for m in _CLAUSE_SPLIT.finditer(view, pos, list_end):
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
    return out if len(out) >= 1 else []


def _span_item(doc: Doc, start: int, end: int, path: list[str], year: int | None = None) -> Item:
    value = doc.display(start, end)
    title_end = _SENTENCE_END.search(doc.view, start, end)
    t_end = title_end.start() if title_end else end
    return build(Item,
        title=doc.display(start, t_end), text=value, depth=1, path=path, span=(start, end),
        title_span=(start, t_end), marker=None, year=year,
    )


def extract_items(doc: Doc, outline: Outline, report_year: int | None) -> SectionItems:
    measures: list[Item] = []
    shortcomings: list[Item] = []
    plans: list[Item] = []
    for section in outline.roots:
        kinds = section.kinds
        root_path = [marker_text(doc, section) or ""]
        boundary = plan_boundary(doc, outline, section)
        if SectionKind.measures in kinds:
            for node in walk(section.children):
                measures.append(_item(doc, node, _path_of(doc, node), node.depth))
        if SectionKind.shortcomings in kinds:
            limit = boundary if SectionKind.plans in kinds else section.end
            before = [c for c in section.children if c.start < limit]
            if before:
                shortcomings.extend(_item(doc, c, _path_of(doc, c), 1) for c in before)
            else:
                paras = [p for p in _paragraphs_in(outline, section) if p.start < limit]
                if section.implicit:  # the transition that opened the part may itself list them
                    paras = [p for p in outline.paragraphs if p.start == section.start] + paras
                found = False
                for para in paras:
                    for start, end in shortcoming_clauses(doc, para.start, para.end):
                        shortcomings.append(_span_item(doc, start, end, root_path))
                        found = True
                if not found:
                    for para in paras:
                        if para.start >= section.heading_end and para.marker is None:
                            shortcomings.append(_span_item(doc, para.start, para.end, root_path))
        if SectionKind.plans in kinds:
            year = plans_year(doc, outline, section, boundary, report_year)
            after = [c for c in section.children if c.start >= boundary]
            if after:
                plans.extend(_item(doc, c, _path_of(doc, c), 1, _item_year(doc, c, year)) for c in after)
            else:
                for para in _paragraphs_in(outline, section):
                    text = doc.view[para.start:para.end]
                    if para.start >= max(boundary, section.heading_end) and not re.search(r"[:：]\s*$", text):
                        plans.append(_span_item(doc, para.start, para.end, root_path, year))
    return SectionItems(measures, shortcomings, plans)


def _item_year(doc: Doc, node: Node, default: int | None) -> int | None:
    """A plan whose own heading starts with a year (（一）2025年重点…) is for that year."""
    m = _LEADING_YEAR.match(doc.view, node.marker_end)
    if m and m.end() <= node.heading_end:
        return int(m.group(1))
    return default
