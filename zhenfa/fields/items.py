"""Measures, shortcomings and plans: the items under each statutory section.

parts.py says which part of a section each stretch of text belongs to; here each part's
numbered nodes become items (the children of an inline 一是…二是… too), and where a part
has no numbering, unmarked.py's spans do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..display import verbatim
from ..layout import CLOSING_FORMULAS
from ..models import Item, SectionKind, build
from ..outline.markers import ENUMERATION_START, detect_marker
from ..outline.tree import Node, Outline, Paragraph
from ..text import SENTENCE_END, Doc
from .kinds import HEADING_VERBS, heading_kinds, opens_plans
from .parts import LEADING_YEAR, part_name_kind, part_segments, plans_year
from .sections import marker_text, node_title
from .unmarked import MIN_LISTED_ITEM, headed_paragraphs, semicolon_list, shortcoming_clauses

# Sub-headings about causes under a shortcomings heading: not shortcomings themselves.
_CAUSE_HEADING = re.compile(r"^(?:[^。]{0,8})?原因")
# Paragraphs of a plans part that only announce the list or close the report.
_PLAN_FRAME = re.compile(r"以下[^。]{0,10}(?:方面|项|点)?(?:的)?(?:工作|任务)|如下[:：。]?$")


@dataclass(slots=True)
class SectionItems:
    measures: list[Item]
    shortcomings: list[Item]
    plans: list[Item]
    plan_ranges: list[tuple[int, int]]  # where next year's plans are: quantities there are targets, not facts


def _item(doc: Doc, node: Node, path: list[str], depth: int, year: int | None = None, limit: int | None = None) -> Item:
    end = max(node.end, node.heading_end)
    if limit is not None and node.heading_end <= limit < end:
        # the part ends inside the node's body (二是…。 / 下一步，我局将…重点做好以下工作： / 一是…):
        # the next part's lead-in is not this item's text
        end = limit
        while end > node.heading_end and doc.view[end - 1].isspace():
            end -= 1
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


def _measure_items(doc: Doc, top: Node, end: int) -> list[Item]:
    """`top` and every node under it, in document order, that starts before `end` (not a list of
    another part run into its last paragraph) and is not bare. Each node's path is its parent's
    and its own marker, carried down on the stack rather than walked up again for each item."""
    items: list[Item] = []
    pending = [(top, _path_of(doc, top))]
    while pending:
        node, path = pending.pop()
        if node.start < end and not _is_bare(doc, node):
            items.append(_item(doc, node, path, len(path) - 1))  # depth: the nodes above it
        for sub in reversed(node.children):
            pending.append((sub, [*path, marker_text(doc, sub) or ""]))
    return items


def _path_of(doc: Doc, node: Node) -> list[str]:
    markers: list[str] = []
    cur: Node | None = node
    while cur is not None:
        markers.append(marker_text(doc, cur) or "")
        cur = cur.parent
    return markers[::-1]


def _span_item(doc: Doc, start: int, end: int, path: list[str], year: int | None = None) -> Item:
    value = doc.display(start, end)
    # a lone 一是 the outline did not take (no 二是 followed): the marker, not the title's first word
    enum = detect_marker(doc.view, start, end) if doc.view[start:start + 1] in ENUMERATION_START else None
    t_start = enum.end if enum is not None and enum.family.enumeration and enum.end < end else start
    title_end = SENTENCE_END.search(doc.view, t_start, end)
    t_end = title_end.start() if title_end else end
    return build(Item,
        title=doc.display(t_start, t_end), text=value, depth=1, path=path, span=(start, end),
        title_span=(t_start, t_end), marker=verbatim(doc.text[start:t_start]).strip() or None, year=year,
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
            # a marker with nothing after it (a text cut at （三）) is no item
            children = [c for c in _nodes_in(section, start, end) if not _is_bare(doc, c)]
            if kind is SectionKind.shortcomings and len(children) > 1:
                # （一）存在的不足 …（二）原因分析: the causes are not shortcomings
                kept = [c for c in children if not _CAUSE_HEADING.search(doc.view[c.marker_end:c.heading_end])]
                children = kept or children
            if kind is not SectionKind.measures and len(children) == 1 and children[0].children \
                    and kind in heading_kinds(doc.view[children[0].marker_end:children[0].heading_end]):
                children = children[0].children  # （三）存在的不足 / 一是…二是…: the part's own heading
            if kind is SectionKind.measures:
                headed = headed_paragraphs(doc, outline, section, start, end) if not children else []
                if headed:
                    # paragraphs that each open with a heading phrase (健全党领导…机制。…): the
                    # section's measures, their numbering lost, under a theme as under 主要举措
                    measures.extend(_span_item(doc, s, e, root_path) for s, e in headed)
                elif not children and _is_theme(doc, section):
                    # 一、扛牢主体责任，夯实法治建设根基 with a paragraph and no sub-items: in a report
                    # organised by theme, the section is itself one of the year's measures
                    measures.append(_item(doc, section, root_path, 1))
                for child in children:
                    measures.extend(_measure_items(doc, child, end))
            elif kind is SectionKind.shortcomings:
                if children:
                    for c in children:
                        pieces_of = _listed_in_part_name(doc, outline, c, kind)
                        shortcomings.extend(pieces_of or [_item(doc, c, _path_of(doc, c), 1, limit=end)])
                else:
                    shortcomings.extend(_unmarked_shortcomings(doc, outline, section, start, end, root_path))
            elif kind is SectionKind.plans:
                if not shortcomings:
                    # a report that admits its problems only in the plans' opening (…还存在A、B等问题。
                    # 2024年，我局将…): those are its shortcomings; not those of the firms it regulates
                    shortcomings.extend(_span_item(doc, s, e, root_path) for p in _lead_paragraphs(outline, section, start)[:1]
                                        if not _OTHERS_PROBLEMS.search(doc.view, p.start, p.end)
                                        for s, e in shortcoming_clauses(doc, p.start, p.end, long_lists=True))
                year = plans_year(doc, outline, section, start, report_year)
                if children:
                    for c in children:
                        pieces_of = _listed_in_part_name(doc, outline, c, kind, _item_year(doc, c, year))
                        plans.extend(pieces_of or [_item(doc, c, _path_of(doc, c), 1, _item_year(doc, c, year), limit=end)])
                else:
                    paras = outline.paragraphs_in(section)
                    opening: list[Paragraph] = []
                    # a part that begins inside the paragraph that opened an implicit section (…但仍存在
                    # A、B等问题。2025年，我局将…) reads from its first sentence there
                    inside_opening = section.implicit and section.start < start < section.heading_end
                    if inside_opening or (section.implicit and opens_plans(doc.view[section.start:section.heading_end], report_year)):
                        # the part was opened by its first plan (2023年，我区将…), which is one of them
                        opening = outline.paragraphs_starting_at(section.start)
                    floor = start if inside_opening else max(start, section.heading_end)
                    last_plan: int | None = None  # the plan a paragraph of this part may go on with
                    plans_before, lone_statement = len(plans), None
                    for para in opening + paras:
                        # a part may begin inside a paragraph (…薄弱。下一步，…): its plans from there
                        p_start = para.start if para in opening and not inside_opening else max(para.start, floor)
                        text = doc.view[p_start:para.end]
                        if not (para in opening or (p_start < para.end and p_start < end and para.start < end
                                                    and (para.start >= floor or _mid_part(doc, para, floor)))):
                            continue
                        if not re.search(r"[:：]\s*$", text) and not _PLAN_FRAME.search(text):
                            if last_plan is not None and _CONTINUES_PLAN.match(text):
                                # 同时，… goes on with the plan above: one plan, not two
                                plans[last_plan] = _span_item(doc, plans[last_plan].span[0], para.end, root_path, year)
                                continue
                            plans.append(_span_item(doc, p_start, para.end, root_path, year))
                            last_plan = len(plans) - 1
                            continue
                        last_plan = None  # a frame between them: what follows starts afresh
                        if (listed := _listed_after_frame(doc, p_start, para.end)) is not None:
                            if len(pieces := semicolon_list(doc, *listed, min_piece=MIN_LISTED_ITEM)) >= 2:
                                # …着力抓好以下工作：强化…；深化…；创新…。 the frame's list, one plan per piece
                                plans.extend(_span_item(doc, s, e, root_path, year) for s, e in pieces)
                            else:
                                # one sentence after the colon is a guiding statement, not a task, where
                                # tasks follow it; kept where it is all the part says
                                lone_statement = listed
                    if lone_statement is not None and len(plans) == plans_before:
                        plans.append(_span_item(doc, *lone_statement, root_path, year))
    return SectionItems(measures, shortcomings, plans, plan_ranges)


# A paragraph of a plans part that goes on with the plan before it rather than start one (此外，
# and 另外， add another task: 此外，认真完成市委交办的其他工作任务).
_CONTINUES_PLAN = re.compile(r"\s*(?:同时|与此同时|并且|而且|加之|在此基础上|以此为基础)[，,]")


# Headings with no cue that frame the report rather than name a piece of its work.
_FRAMING_HEADING = re.compile(r"^(?:总体|指导|基本)(?:思路|思想|要求|目标|原则|概况)|^工作概况|^总体情况")


def _is_theme(doc: Doc, section: Node) -> bool:
    """A numbered heading that names a theme of the year's work, not a part of the report."""
    heading = doc.view[section.marker_end:section.heading_end]
    return not section.implicit and section.family is not None and section.heading_end > section.marker_end \
        and not heading_kinds(heading) and not _FRAMING_HEADING.match(heading.lstrip())


def _is_bare(doc: Doc, node: Node) -> bool:
    """A marker with nothing after it: the text was cut there."""
    return not node.children and _NOT_SPACE.search(doc.view, node.marker_end, max(node.end, node.heading_end)) is None


_NOT_SPACE = re.compile(r"\S")


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
    if not items and len(spans) == 1:
        # the part is one paragraph (a theme report's closing): a long list before 等问题 is its problems
        items = [_span_item(doc, s, e, path) for s, e in shortcoming_clauses(doc, spans[0][0], spans[0][1], long_lists=True)]
    if items:
        return items
    out: list[Item] = []
    for s, e, p in spans:
        if p.start < section.heading_end or p.marker is not None or _announces_shortcomings(doc.view[s:e]):
            continue
        sentences = _problems_after_announcing(doc, *doc.strip_span(s, e))
        out.extend(_span_item(doc, a, b, path) for a, b in (sentences or semicolon_list(doc, *doc.strip_span(s, e))))
    return out


def _problems_after_announcing(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """…虽取得一定成效，但与上级要求相比仍有差距。A。B。C。 — a paragraph whose first sentence announces
    the problems in general and whose two or more sentences after it each state one: those sentences
    (none where one of them turns to a remedy or comments on the rest: 对此…, 下一步…, 这些问题…)."""
    view = doc.view
    bounds = [m.end() for m in SENTENCE_END.finditer(view, start, end)]
    if len(bounds) < 3 or not _announcing_sentence(view[start:bounds[0]]):
        return []
    spans: list[tuple[int, int]] = []
    prev = bounds[0]
    for stop in [*bounds[1:], end] if bounds[-1] < end else bounds[1:]:
        a, b = doc.strip_span(prev, stop)
        prev = stop
        if a >= b:
            continue
        sentence = view[a:b]
        if len(sentence) > MAX_PROBLEM_SENTENCE or _NOT_A_PROBLEM_SENTENCE.match(sentence) \
                or _REMEDY_OR_EVIDENCE.search(sentence):
            return []
        spans.append((a, b))
    return spans if len(spans) >= 2 else []


MAX_PROBLEM_SENTENCE = 80  # one problem a sentence: a longer one explains, it does not list
_NOT_A_PROBLEM_SENTENCE = re.compile(r"(?:这些|这在|上述|以上|对此|对于|针对|为此|下一步|下步|今后|我们将|我局将|将|要|需|必须|目前|其中|究其|"
                                     r"具体|主要表现|(?:19|20)\d\d ?年)")
# A remedy (街道将…, 已…), or evidence (a figure: 在编执法人员仅8名): the sentences are no list of problems.
_REMEDY_OR_EVIDENCE = re.compile(r"^[^，,。]{0,6}?(?:将|已)|\d")


def _announcing_sentence(text: str) -> bool:
    """A first sentence that turns from the year's results to its problems in general (…虽取得一定
    成效，但与上级要求相比仍有差距。), not one that names a problem (…但执法力量薄弱的问题仍然突出。)."""
    return _announces_shortcomings(text) or (_CONCESSION.search(text) is not None and _GENERAL_GAP.search(text) is not None)


# Problems in general: a gap, some problems, shortcomings as such.
_GENERAL_GAP = re.compile(r"(?:有|存在)(?:一定|一些|不少|较大)?的?差距|差距(?:仍|还|依然)?(?:存在|较大|明显)|(?:一些|不少|诸多|许多)(?:问题|不足|短板)"
                          r"|问题(?:和|与)不足|不足(?:和|与)问题|不足之处|薄弱环节")


# A sentence that only announces the part (…虽取得一定成效，但仍存在一些问题和不足。): no shortcoming itself.
# Problems in general: some (一些问题), or of both kinds (问题和不足); 存在一定不足 names what is lacking.
_GAP = r"(?:问题|不足|差距|短板|薄弱环节)"
_SHORTCOMINGS_FRAME = re.compile(
    rf"(?:存在|还有|仍有|也有)着?(?:(?:一些|不少|以下|如下|诸多|许多)的?{_GAP}(?:(?:和|与|及){_GAP})?|(?:一定的?)?{_GAP}(?:和|与|及){_GAP})"
    r"[。：:]?$")


def _announces_shortcomings(text: str) -> bool:
    """One sentence that turns from the year's results to its problems in general (…虽取得一定成效，
    但仍存在一些问题和不足。), or leads into them (…还存在着诸多问题和不足：); not one that says
    where something is lacking (执法人员…的能力仍存在一些不足。)."""
    text = text.strip()
    return "。" not in text[:-1] and _SHORTCOMINGS_FRAME.search(text) is not None \
        and (text.endswith(("：", ":")) or _CONCESSION.search(text) is not None)


_CONCESSION = re.compile(r"虽|尽管|取得[^。]{0,12}(?:成效|成绩|进展)")


# Problems the plans set out to tackle in others (部分企业仍存在…, 新业态还存在…, 针对…): not the bureau's
_OTHERS_PROBLEMS = re.compile(r"(?:企业|经营主体|市场主体|商户|业态|行业|领域|群众|学校|医院|村|社区|针对)[^。，,]{0,20}?"
                              r"(?:还|仍|也|尚)?(?:存在|有)")


def _lead_paragraphs(outline: Outline, section: Node, start: int) -> list[Paragraph]:
    """The paragraphs of a part before its first sub-heading."""
    first_child = section.children[0].start if section.children else section.end
    return [p for p in outline.paragraphs_in(section) if max(start, section.heading_end) <= p.start < first_child]


def _listed_after_frame(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """What follows a frame's colon in its own paragraph (…做好以下工作：A；B；C。), or None."""
    m = _FRAME_COLON.search(doc.view, start, end)
    if m is None:
        return None
    listed = doc.strip_span(m.end(), end)
    return listed if listed[1] - listed[0] >= MIN_LISTED_PLAN else None


_FRAME_COLON = re.compile(r"以下[^。：:]{0,12}[:：]")
MIN_LISTED_PLAN = 6


def _listed_in_part_name(doc: Doc, outline: Outline, node: Node, kind: SectionKind, year: int | None = None) -> list[Item]:
    """The items of a sub-heading that is only the part's name (（一）存在的问题, （二）下一步工作打算)
    and has no numbered items of its own: its body's list, one item per piece (A；B；C。 or the
    clauses after 主要表现在：); none (the sub-heading is one item) when the body is no list."""
    if node.children or part_name_kind(doc.view[node.marker_end:node.heading_end].strip().rstrip("。.：:")) is not kind:
        return []
    path = _path_of(doc, node)
    if kind is SectionKind.shortcomings:
        items = _unmarked_shortcomings(doc, outline, node, node.heading_end, node.end, path)
    else:
        items = []
        for para in outline.paragraphs_in(node):
            if para.start < node.heading_end:
                continue
            body = doc.strip_span(para.start, para.end)
            if re.search(r"[:：]\s*$", doc.view[body[0]:body[1]]) or _PLAN_FRAME.search(doc.view, *body) \
                    or doc.view.startswith(CLOSING_FORMULAS, body[0], body[1]):
                # a frame (…重点做好以下工作：) announces the plans; its own list after the colon is them
                body = _listed_after_frame(doc, *body) or (body[1], body[1])
            items.extend(_span_item(doc, s, e, path, year) for s, e in semicolon_list(doc, *body) if s < e)
    if len(items) < 2:
        return []
    # Each piece must stand as an item of its own: a problem says what is lacking (执法力量薄弱, …有待
    # 加强), a plan opens with its verb (加强…, 深化…); else the ； joins one problem and its evidence
    # (…有待加强，现有执法人员32名；具有法律职业资格的仅3人) or one plan and its parts (完善…制度；执法全过程
    # 记录制度；…), or lists examples (…薄弱环节，如食品安全领域；生态环境领域).
    if any(_EVIDENCE_OPEN.match(it.text) or _BARE_NOUN_PIECE.fullmatch(it.text) for it in items[1:]):
        return []
    return items


# A piece that is no item of its own: evidence for the one before (其中…, 现有…, 具有…的仅3人), an
# example (如…, 包括…), or a bare name (执法全过程记录制度: the parts of one plan, 生态环境领域).
_EVIDENCE_OPEN = re.compile(r"\s*(?:其中|现有|目前|具有|仅|共有|全(?:局|县|区|市|镇)(?:共|仅)|如|例如|比如|包括|诸如|特别是|尤其是)")
_BARE_NOUN_PIECE = re.compile(r"\s*(?!" + "|".join(HEADING_VERBS) + r")[^，,。]{2,10}(?:领域|制度|机制|体系|清单|平台|方面|环节)[。.]?")


def _item_year(doc: Doc, node: Node, default: int | None) -> int | None:
    """A plan whose own heading starts with a year (（一）2025年重点…) is for that year."""
    m = LEADING_YEAR.match(doc.view, node.marker_end)
    if m and m.end() <= node.heading_end:
        return int(m.group(1))
    return default
