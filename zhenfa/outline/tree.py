"""Numbered markers → a tree of outline nodes with exact offsets.

The parse is one pass over the body's paragraphs (one per line in these
reports). Markers found at line starts and, under stricter conditions, inside
paragraphs are fed in document order to a stack:

* a marker whose family is open closes everything below it and becomes its
  sibling;
* a family not open nests under the top of the stack when it ranks lower in
  GB/T 9704 order, otherwise it closes the lower-ranked levels first;
* an unmarked transition paragraph (…但也存在一些不足…重点做好以下五方面工作：)
  inside a section of another kind opens an implicit top-level section;
* a numbering restart ((一) after (三)) right after an unmarked paragraph
  opens an implicit parent at the restarted list's parent level.

Inline enumerations (一是…二是… within a paragraph) end with their paragraph.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..fields.kinds import (
    DUTY_HEADING,
    HEADING_VERB,
    heading_kinds,
    is_duty_report,
    opens_plans,
    resolve_theme_kinds,
    transition_kinds,
)
from ..layout import CLOSING_FORMULAS, Layout, Role
from ..models import SectionKind
from ..text import ANY_PUNCT, CLAUSE_END, ENDS_WITH_COLON, SENTENCE_END, Doc
from .markers import (
    BULLETS,
    INLINE_BOUNDARY,
    INLINE_CANDIDATE,
    LIST_BOUNDARY,
    ORNAMENTS,
    TOP_LEVEL_RANK,
    MarkerFamily,
    MarkerMatch,
    detect_marker,
)
from .unnumbered import names_a_part, parts_over_sub_headings, unnumbered_headings, unnumbered_sub_headings

HEADING_LINE_MAX = 30  # an unnumbered heading line is short
LATER_PARTS = (SectionKind.shortcomings, SectionKind.plans)  # the parts a line may open after the measures
UNNUMBERED_RANK = 0.5  # headings set apart by layout: above every numbering that may nest in them
UNNUMBERED_SUB_RANK = 1.5  # sub-headings set apart by layout under 一、: above （一） and what may nest in them
ENUMERATION_PART_RANK = 5.5  # below every heading family (0-5), above the enumerations (6-9)
_FIRST_ENUMERATION = re.compile(r"(?:^|[。；;:：,，])一[是要](?![求点素件闻害务紧])")
# How the second line of a heading split in two ends: 主要举措 / 和成效
# A concession, then the turn to the bureau's own problems in the same sentence: …虽取得一定成效，
# 但仍存在A、B等问题; …取得明显成效，但也存在一些不足 (not 针对存在的问题, which answers them).
# (Only adverbs between the turn and 存在: …但部分企业仍存在… is about others.)
# (or the usual words of an admission between: …但也要清醒地看到，与…相比还有差距)
# (也 the turn of 在肯定成绩的同时，我们也清醒地认识到…, and 成绩虽有，但…: the achievement first)
_CLOSING_ADMISSION = re.compile(r"(?:(?:虽|尽管|取得)[^。]{0,40}?(?:成效|成绩|进展|成果)[^。]{0,8}?(?:但|然而)"
                                r"|在肯定(?:成绩|成效)的同时[，,]?[^。]{0,6}?(?=[也还仍要应清])|(?:成绩|成效)(?:虽|固然)[^。]{0,8}?(?:但|然而))"
                                r"[是也还仍然依尚同时]{0,4}"
                                r"(?:(?:要|应|应当|必须)?(?:清醒|客观|深刻)?地?(?:看到|认识到)[，,]?[^。]{0,40}?[还仍也尚]?"
                                r"|[^。，,]{0,10}?(?:法治建设|法治政府建设|工作|方面|我局|我区|我县|我市|全局|全区|全县|全市|我们|机关)[还仍也尚])?"
                                # (or its own subject: 但全局法治建设仍存在…; not others', 但部分企业仍存在…)
                                r"(?:存在|有(?!待))(?:着|一些|不少)?(?P<listed>[^。]{0,120}?)(?:问题|不足|差距|短板|薄弱(?:环节)?)")
# The same sentence going on to answer the problems (…等问题，为此我局组织专题培训2次, …，已督促整改):
# the year's work. (…等问题，需要在今后工作中加以解决 still admits them.)
_SENTENCE_GOES_ON = re.compile(r"[^。！？!?]{0,8}?[，,；;]\s*(?:为此|对此|针对|我局已|已经?|随即|及时|当即|督促|组织|开展|通过|经)")
# A list of problems that opens with others' (部分企业…, 个别开发商…) and names none of the bureau's own
# (执法力量…, 我局…): what the bureau regulates, not its shortcomings.
_ONLY_OTHERS = re.compile(r"(?:部分|个别|少数|一些|有的)?(?:企业|开发商|经营者|经营户|商户|市场主体|经营主体|群众|村民|居民|业主|单位)"
                          r"(?![^。]*(?:执法|队伍|人员|干部|我局|机关|制度|宣传|监管力量|能力))")
_SIGN_OFF_FORMULA = re.compile(rf"\s*(?:{'|'.join(CLOSING_FORMULAS)})")
# A paragraph that goes on with next year's plans: 同时，我局还将…, 此外，将…
_PLAN_CONTINUATION = re.compile(r"\s*(?:同时|此外|另外|与此同时|并且|还|继续)[，,]?[^。]{0,20}?(?:将|要|拟|计划)")
_JOINING_WORDS = ("和", "及", "与", "以及", "暨", "的", "并")  # how the second line of a heading split in two may begin
_HEADING_TAIL = re.compile(r"(?:成效|情况|举措|措施|不足|原因|安排|计划|打算|设想|职责|问题|工作|建设|机制|体系|能力|水平)$")
MAX_DEPTH = 12  # deeper outlines are not real reports
INLINE_REACH = 3000  # how far an inline 一是 looks for its 二是


@dataclass(eq=False, slots=True)
class Node:
    family: MarkerFamily | None
    number: int | None
    start: int  # first character of the marker (of the transition sentence if implicit)
    marker_end: int  # after the marker and its spaces
    heading_end: int  # end of the heading phrase
    line: int  # 0-based index of the heading's line
    end: int = -1  # end of the node's content
    inline: bool = False
    implicit: bool = False
    rank: float = 0  # the family's GB/T 9704 rank; an implicit node takes the rank of the level it stands in
    sibling_family: MarkerFamily | None = None  # implicit nodes: the numbering of the level they interrupt
    marker_text: str | None = None  # the marker as written, filled in when first asked for
    title: str | None = None  # the heading phrase as displayed, filled in when first asked for
    cap: int | None = None  # inline enumerations end with their paragraph
    heading_join: int | None = None  # end of a heading's second line when it was split
    written: bool = False  # implicit nodes: opened by a heading line with no number (存在的问题), not a sentence
    kinds: list[SectionKind] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False)

    @property
    def depth(self) -> int:
        d, node = 0, self.parent
        while node is not None:
            d, node = d + 1, node.parent
        return d


@dataclass(slots=True)
class Paragraph:
    start: int  # content start
    end: int  # content end
    line: int
    marker: Node | None = None  # the node whose marker starts this paragraph


@dataclass
class Outline:
    roots: list[Node]
    paragraphs: list[Paragraph]
    body_end: int
    paragraph_starts: list[int] = field(default_factory=list)
    appendix: list[Paragraph] = field(default_factory=list)  # text attached after the sign-off: no section's

    def __post_init__(self) -> None:
        self.paragraph_starts = [p.start for p in self.paragraphs]

    def paragraphs_in(self, node: Node) -> list[Paragraph]:
        """Paragraphs of a node's body: from the one holding its heading's end to its end."""
        i = max(0, bisect.bisect_right(self.paragraph_starts, node.heading_end) - 1)
        out = []
        for para in self.paragraphs[i:]:
            if para.start >= node.end and para.start >= node.heading_end:
                break
            if para.end > node.heading_end or para.start >= node.heading_end:
                out.append(para)
        return out

    def paragraphs_starting_at(self, pos: int) -> list[Paragraph]:
        """The paragraphs that start at `pos` (none or one), found by bisection."""
        i = bisect.bisect_left(self.paragraph_starts, pos)
        j = bisect.bisect_right(self.paragraph_starts, pos, lo=i)
        return self.paragraphs[i:j]

    def path_at(self, pos: int) -> list[Node]:
        """The nodes from the root down to the deepest one that contains `pos`: at each level
        the last node that starts at or before `pos`, while `pos` is before its end (or its
        heading's end). Two or three bisections (statistics ask this for every figure)."""
        path: list[Node] = []
        nodes = self.roots
        while nodes:
            i = bisect.bisect_right(nodes, pos, key=_START) - 1
            if i < 0:
                break
            node = nodes[i]
            if pos >= node.end and pos >= node.heading_end:
                break
            path.append(node)
            nodes = node.children
        return path


_START = operator.attrgetter("start")


def _heading_end(view: str, start: int, end: int) -> int:
    m = CLAUSE_END.search(view, start, end)
    stop = m.start() if m else end
    while stop > start and view[stop - 1] in " :：,，":
        stop -= 1
    return stop


def collect_paragraphs(doc: Doc, layout: Layout) -> list[Paragraph]:
    """The body's lines of text that are not blank. (layout.is_body and Line.blank written
    out: this runs for every line of the body, and the loop's range is already the body.)"""
    roles, lines = layout.roles, doc.lines
    return [Paragraph(line.content_start, line.content_end, i) for i in range(layout.body_start, layout.body_end)
            if roles[i] is Role.text and (line := lines[i]).content_start < line.content_end]


class _Builder:
    def __init__(self, doc: Doc, paragraphs: list[Paragraph], body_end: int, report_year: int | None = None) -> None:
        self.doc = doc
        self.report_year = report_year
        self.view = doc.view
        self.paragraphs = paragraphs
        self._paragraph_starts = [p.start for p in paragraphs]
        self.body_end = body_end
        self.roots: list[Node] = []
        self.stack: list[Node] = []
        self.pending_plain: Paragraph | None = None  # last unmarked paragraph since the last marker
        self._line_firsts: dict[str, int] | None = None  # family → start of the last paragraph that opens with its 1
        self._next_second: dict[str, tuple[int, int, int]] = {}  # (searched from, found at, searched to)
        self._second_heading_at: dict[str, tuple[int, int]] = {}  # (searched from, found at)
        self._plans_headings: list[tuple[int, MarkerFamily]] | None = None  # built by _begins_plans on first need
        self.duty_report = False  # a head's own report on his rule-of-law duty (述法): build_outline sets it
        self._promoted: MarkerFamily | None = None  # an enumeration that numbers the report's parts (build)
        self._markers: list[MarkerMatch | None] = []  # each paragraph's line-start marker (build)
        self._bullet_first: int | None = None  # a bullet line standing for the first part's 一、 (build)
        self._bullet_family: MarkerFamily | None = None
        self._sub_headings: set[int] = set()  # paragraphs that are sub-headings set apart by layout (build)

    # -- stack operations ---------------------------------------------------
    def _close_to(self, depth: int, pos: int) -> None:
        while len(self.stack) > depth:
            node = self.stack.pop()
            node.end = self._trim(node.start, pos if node.cap is None else min(pos, node.cap))
            # A heading never runs into the next sibling (an inline 一、 inside a transition).
            node.heading_end = max(node.marker_end, min(node.heading_end, node.end))

    def _trim(self, start: int, pos: int) -> int:
        pos = max(start, pos)
        while pos > start and self.view[pos - 1] in " \r\n\t":
            pos -= 1
        if pos - 1 > start and self.view[pos - 1] in ORNAMENTS:
            # ▍ before the next heading's number (▍ 一、…): that heading's, not this node's text, also where
            # the line is indented before it (the view reads U+3000 and NBSP as spaces)
            before = pos - 2
            while before > start and self.view[before] in " \t":
                before -= 1
            if self.view[before] in "\n\r":
                pos -= 1
        # Lines between the last paragraph and `pos` are blank or not text (a page number between
        # dashes, a navigation bar, a page's metadata): a node's text stops at that paragraph's end.
        k = bisect.bisect_right(self._paragraph_starts, pos - 1) - 1
        if k >= 0 and start <= (last_end := self.paragraphs[k].end) < pos:
            pos = max(start, last_end)
        while pos > start and self.view[pos - 1] in " \r\n\t":
            pos -= 1
        return pos

    def _attach(self, node: Node) -> None:
        if node.family is not None:
            node.rank = TOP_LEVEL_RANK if node.family is self._promoted and not node.inline else node.family.rank
        # An inline enumeration ends with its paragraph: nothing after it can be its child.
        while self.stack and self.stack[-1].cap is not None and self.stack[-1].cap <= node.start:
            self._close_to(len(self.stack) - 1, node.start)
        if len(self.stack) >= MAX_DEPTH:  # pathological nesting: stay flat rather than recurse without end
            self._close_to(MAX_DEPTH - 1, node.start)
        if self.stack:
            node.parent = self.stack[-1]
            self.stack[-1].children.append(node)
        else:
            self.roots.append(node)
        self.stack.append(node)

    def _open_index(self, family: MarkerFamily) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].family is family:
                return i
        return None

    def place(self, node: Node, para_start: int) -> bool:
        """Put a marker node into the tree; False when it is rejected."""
        family = node.family
        assert family is not None
        idx = self._open_index(family)
        if idx is not None:
            outer = next(i for i, n in enumerate(self.stack) if n.family is family) if idx else 0
            if outer < idx and set(heading_kinds(self.view[node.marker_end:node.heading_end])) - {SectionKind.measures}:
                # The same numbering nested under itself (一、措施 / 一、… 二、…): a heading that names
                # another part of the report (二、存在问题) goes back to the outer list.
                idx = outer
            prev = self.stack[idx]
            restart = node.number is not None and prev.number is not None and node.number <= prev.number
            if restart and not prev.children and not self.view[prev.heading_end:node.start].strip():
                # 一、2022年主要措施 / 一、强化领导责任: a list that restarts right under a heading
                # it has not yet given any text to is that heading's list.
                self._close_to(idx + 1, node.start)
                self._attach(node)
                self.pending_plain = None
                return True
            if restart and not family.enumeration and idx > 0 and self.pending_plain is not None:
                # (一) again after (三), after an unmarked paragraph: that paragraph heads a new part.
                para = self.pending_plain
                self._close_to(idx - 1, para.start)
                self._open_implicit(para, level_depth=idx - 1)
            else:
                self._close_to(idx, node.start)
        else:
            if family.enumeration and not self.stack and family is not self._promoted:
                return False  # an enumeration in the introduction is not a section (unless it numbers the parts)
            while self.stack and self._closes(self.stack[-1], family, node.number):
                self._close_to(len(self.stack) - 1, node.start)
        self._attach(node)
        self.pending_plain = None
        return True

    @staticmethod
    def _closes(top: Node, family: MarkerFamily, number: int | None) -> bool:
        """Whether a marker of a family that is not open closes the node on top of the stack."""
        if top.implicit and family is top.sibling_family:
            # An unheaded part that interrupted this numbering: a restart (（一） again) is its
            # first child; the next number of the interrupted list (五、 after 四、) is its sibling.
            restart = number == 1
            return not (restart and (not top.children or any(c.family is family for c in top.children)))
        return top.rank >= family.rank

    def _open_implicit(self, para: Paragraph, level_depth: int) -> Node:
        text = self.view[para.start:para.end]
        kinds = transition_kinds(text)
        if not kinds and level_depth == 0 and self.roots:
            kinds = list(self.roots[-1].kinds)
        siblings = self.stack[-1].children if self.stack else self.roots
        previous = siblings[-1] if siblings else None
        node = Node(None, None, para.start, para.start, para.end, para.line, implicit=True,
                    kinds=kinds or [SectionKind.other], rank=previous.rank if previous else 0,
                    sibling_family=previous.family if previous else None)
        self._attach(node)
        return node

    # -- the pass -------------------------------------------------------------
    def build(self) -> Outline:
        paragraphs = self.paragraphs
        skip_next = False
        # each paragraph's line-start marker, once: the passes below and the main loop all read it
        self._markers = markers = [_line_marker(self.view, p) for p in paragraphs]
        self._promoted = _parts_enumeration(paragraphs, markers)
        self._bullet_first, self._bullet_family = _bullet_for_first_part(self.view, paragraphs, markers)
        two_levels = parts_over_sub_headings(self.view, self.paragraphs, self.report_year, markers)
        if two_levels:  # 主要举措和成效 / 坚持党建引领，… / its text …: parts and their items, by layout only
            unnumbered = two_levels
            sub_headings = unnumbered_sub_headings(self.view, self.paragraphs, tops=two_levels, markers=markers)
        else:
            unnumbered = unnumbered_headings(self.view, self.paragraphs, self.report_year, markers)
            sub_headings = unnumbered_sub_headings(self.view, self.paragraphs, markers=markers) if not unnumbered else set()
        self._sub_headings = sub_headings
        for index, para in enumerate(paragraphs):
            if skip_next:
                skip_next = False
                continue
            if _NOTE.match(self.view, para.start, para.end) and all(
                    _NOTE.match(self.view, p.start, p.end) or self.view[p.start] in CIRCLED_NOTES for p in paragraphs[index + 1:]):
                # 注：①含…41件。 after the last part: a note on the text, no item's (its figures are facts)
                self._close_to(0, para.start)
                self.pending_plain = None
                continue
            if index in sub_headings and self.stack:
                # 一、2023年工作情况 / 强化组织领导，压实法治建设责任 / its paragraph: an item of the part
                self._close_to(1, para.start)
                heading = Node(None, None, para.start, para.start, para.end, para.line, rank=UNNUMBERED_SUB_RANK)
                self._attach(heading)
                para.marker = heading
                self.pending_plain = None
                continue
            if index in unnumbered:
                self._close_to(0, para.start)
                heading = Node(None, None, para.start, para.start, para.end, para.line, rank=UNNUMBERED_RANK)
                self._attach(heading)
                heading.kinds = heading_kinds(self.view[para.start:para.end], self.report_year)
                para.marker = heading
                self.pending_plain = None
                continue
            m = markers[index]
            if m is None and index == self._bullet_first and self._bullet_family is not None:
                m = MarkerMatch(self._bullet_family, 1, para.start, _after_leading_mark(self.view, para.start, para.end))
            node: Node | None = None
            if m is not None:
                node = Node(m.family, m.number, m.start, m.end, _heading_end(self.view, m.end, para.end), para.line)
                if m.family.enumeration and not self._enumeration_ok(node, para, index):
                    node = None
            if node is not None and node.family is not None:
                if not node.family.enumeration:
                    skip_next = self._join_split_heading(node, para, index)
                    node.heading_end = self._heading_before_list(node, para)
                if self.place(node, para.start):
                    para.marker = node
                    if node.parent is None:  # a top-level section
                        node.kinds = heading_kinds(self._heading_text(node), self.report_year)
                    self._inline(para, after=node.heading_end)
                    self._cut_heading(node)
                    continue
            # An unmarked paragraph: a transition into an unheaded part?
            if self._transition(para, index):
                continue
            self.pending_plain = para
            self._inline(para, after=para.start)
        self._close_to(0, self.body_end)
        self._resolve_kinds()
        return Outline(self.roots, paragraphs, self.body_end)

    def _heading_text(self, node: Node) -> str:
        end = node.heading_join or node.heading_end
        return self.view[node.marker_end:end]

    def _heading_before_list(self, node: Node, para: Paragraph) -> int:
        """（一）存在的不足：一是…；二是…。 — a heading that opens a list after its colon ends there:
        the list is its items (read by _inline), not the rest of its heading. The list must run to
        its second item in the paragraph, in a family nested below the heading's."""
        view, end = self.view, node.heading_end
        colon = view.find(":", node.marker_end, end)  # (the view folds ： to :)
        if colon == -1 or colon - node.marker_end < 2:
            return end
        start = colon + 1
        while start < para.end and view[start] == " ":
            start += 1
        first = detect_marker(view, start, para.end, inline=True)
        if first is None or first.number != 1 or node.family is None or first.family.rank <= node.family.rank:
            return end
        pos = first.end
        while (cand := INLINE_CANDIDATE.search(view, pos, para.end)) is not None:
            at = cand.start() + (view[cand.start()] in LIST_BOUNDARY)
            pos = cand.start() + 1
            nxt = detect_marker(view, at, para.end, inline=True)
            if nxt is not None and nxt.family is first.family:
                return colon if nxt.number == 2 else end
        return end

    def _join_split_heading(self, node: Node, para: Paragraph, index: int) -> bool:
        """一、本年度推进法治政府建设的主要举措 / 和成效 on two lines: join them."""
        if node.heading_end != para.end or ANY_PUNCT.search(self.view, para.start, para.end):
            return False
        if index + 1 >= len(self.paragraphs) or para.end - node.marker_end > 30 or index + 1 in self._sub_headings:
            return False  # (the line below is the part's first sub-heading, not the rest of its own)
        nxt = self.paragraphs[index + 1]
        if nxt.line > para.line + 2:
            return False
        text = self.view[nxt.start:nxt.end]
        bare = node.marker_end >= para.end  # （一） alone on its line: the heading is on the next
        if len(text) > (30 if bare else 12) or ANY_PUNCT.search(text) or self._markers[index + 1]:
            return False
        # The second line must end like a heading does, not start a sentence.
        if not bare and not _HEADING_TAIL.search(text):
            return False
        if not bare and not text.startswith(_JOINING_WORDS) and text in self._heading_text(node):
            # 二、存在的问题和下一步打算 / 存在的问题: below a heading, the name of one of its parts (a
            # sub-heading that repeats it), not the rest of it (…的主要举措 / 和成效 goes on with a conjunction)
            return False
        node.heading_join = nxt.end
        node.heading_end = nxt.end
        return True

    def _enumeration_ok(self, node: Node, para: Paragraph, index: int) -> bool:
        """一是 at a line start: first of a run, or the next of an open run."""
        idx = self._open_index(node.family) if node.family else None
        if idx is not None and node.number == (self.stack[idx].number or 0) + 1:
            return True
        if node.number != 1:
            return idx is not None
        # 一是 must be followed by 二是 in this paragraph or a later one.
        second = node.family.second if node.family and node.family.needs_second else None
        if second is None:
            return True
        return any(self.view.find(second, later.start, min(later.end, later.start + INLINE_REACH)) != -1
                   for later in self.paragraphs[index:index + 40])

    def _inline(self, para: Paragraph, after: int) -> None:
        """Markers inside a paragraph: 一是…二是…, and headings run into one long paragraph."""
        view = self.view
        pos = after
        # The paragraph's own line-start marker counts as the previous item: 一是…；二是…；三是…
        last_inline: Node | None = para.marker
        previewed: set[str] = set()  # families whose list here previews the report's own headings
        while True:
            m_cand = INLINE_CANDIDATE.search(view, pos, para.end)
            if m_cand is None:
                return
            start = m_cand.start()
            pos = start + 1
            if view[start] in LIST_BOUNDARY:  # …工作：1.加强学习: the marker follows the colon
                start += 1
                while view[start] == " ":
                    start += 1
            m = detect_marker(view, start, para.end, inline=True)
            if m is None:
                continue
            prev_ch = view[start - 1] if start > para.start else "。"
            family = m.family
            # (a comma may open an enumeration too, 坚持问题导向，一是…；二是…, when its second item follows)
            boundary = prev_ch in INLINE_BOUNDARY or start == para.start or (
                prev_ch in "，," and self._comma_opens_list(family, m, start, para))
            if family.name in previewed:
                continue
            idx = self._open_index(family)
            open_node = self.stack[idx] if idx is not None else None
            continues = open_node is not None and m.number == (open_node.number or 0) + 1 and (
                open_node.inline or not family.enumeration or open_node is last_inline)
            if family.enumeration:
                if (continues and (boundary or open_node is last_inline)) or (m.number == 1 and boundary and self._has_next_inline(family, start, para.end)):
                    pass
                else:
                    continue
            else:
                # Headings inside a paragraph (…报告如下：一、主要举措 （一）…): after a colon or a
                # full stop, or after a space that ends an inline heading; always in sequence.
                nested_first = (m.number == 1 and open_node is None and last_inline is not None
                                and last_inline.inline and last_inline.rank < family.rank)
                first = m.number == 1 and open_node is None
                after_colon = first and _after_colon(view, para.start, start)
                # A page flattened onto one line: …取得新成效。一、坚持党的领导…二、… — the first heading
                # after a full stop, when a second follows or the heading names a part of the report.
                after_stop = _after_chars(view, para.start, start, "。；;")
                first_in_run = first and after_stop and (self._has_second_heading(family, m.end, para.end) or bool(
                    heading_kinds(view[m.end:_heading_end(view, m.end, min(para.end, m.end + 40))], self.report_year)))
                if not ((boundary and prev_ch not in " )）") or (prev_ch == " " and (continues or nested_first or after_colon or first_in_run))):
                    continue
                if not (continues or nested_first or after_colon or first_in_run):
                    continue
                if m.number == 1 and self._previews(family, m.end, para):
                    # 报告内容包括：一、主要举措和成效；二、… where the report's own 一、 starts a later
                    # line: the list names the parts to come, it does not hold them
                    previewed.add(family.name)
                    continue
            node = Node(family, m.number, m.start, m.end, 0, para.line, inline=True)
            nxt = INLINE_CANDIDATE.search(view, m.end, para.end)
            stop_at = para.end if nxt is None else nxt.start()
            node.heading_end = _heading_end(view, m.end, stop_at)
            if not family.enumeration:
                # An inline heading ends at the space that separates it from its text: 二、存在问题 执法人员…
                space = view.find(" ", m.end + 2, node.heading_end)
                if space != -1:
                    node.heading_end = space
            if family.enumeration:
                node.cap = para.end
            if not self.place(node, para.start):
                continue
            if node.parent is None:  # a top-level section
                node.kinds = heading_kinds(self._heading_text(node), self.report_year)
            last_inline = node
            pos = m.end

    def _previews(self, family: MarkerFamily, after: int, para: Paragraph) -> bool:
        """An inline list that names the parts to come: its 二、 follows in the paragraph, and the
        report's own 一、 starts a later line (a lone inline 一、 may be the first part, run in)."""
        second = family.second
        return second is not None and self.view.find(second, after, para.end) != -1 and self._heads_a_later_line(family, para)

    def _heads_a_later_line(self, family: MarkerFamily, para: Paragraph) -> bool:
        """Whether a paragraph after `para` starts with this family's first marker (一、, （一）)."""
        if self._line_firsts is None:  # one scan on first need: a page of many 。一、 asks often
            self._line_firsts = {}
            for later, m in zip(self.paragraphs, self._markers, strict=True):
                if m is not None and m.number == 1:
                    self._line_firsts[m.family.name] = later.start  # the last one
        last = self._line_firsts.get(family.name)
        return last is not None and last > para.start

    def _has_second_heading(self, family: MarkerFamily, start: int, end: int) -> bool:
        """Whether the second heading of this numbering (二、 or （二）) follows within reach."""
        second = family.second if not family.enumeration else None
        if second is None:
            return False
        # The first occurrence at or after `start` is cached: a page of many 。一、 must not be
        # searched again from each of them (quadratic).
        cached = self._second_heading_at.get(second)
        if cached is None or cached[0] > start or (cached[1] != -1 and cached[1] < start):
            cached = (start, self.view.find(second, start))
            self._second_heading_at[second] = cached
        found = cached[1]
        return found != -1 and found + len(second) <= min(end, start + 20 * INLINE_REACH)

    def _comma_opens_list(self, family: MarkerFamily, m: MarkerMatch, start: int, para: Paragraph) -> bool:
        """…坚持问题导向，一是…；二是…: a comma opens a list of 一是 or 一要 whose first item says something
        (not 一是一、二是二, nor the ordinals 第一、第二轮), and not inside an item of an open list of its
        family in the same sentence (三是强化监督，一是…，二是…；四是…: those are the item's own words)."""
        if m.number != 1 or family.name not in COMMA_LIST_FAMILIES:
            return False
        view = self.view
        if (family.second and view.startswith(family.second, m.end)) or view[m.end:m.end + 1] in _CN_NUMERALS:
            return False  # 第一、第二轮, 第一、二批: ordinals, no list
        stop = CLAUSE_OR_COMMA.search(view, m.end, para.end)
        if (stop.start() if stop else para.end) - m.end < MIN_COMMA_ITEM:
            return False
        idx = self._open_index(family)
        if idx is not None and self.stack[idx].start >= para.start:
            return SENTENCE_END.search(view, self.stack[idx].start, start) is not None
        return True

    def _has_next_inline(self, family: MarkerFamily, start: int, end: int) -> bool:
        second = family.second if family.enumeration else None
        if second is None:
            return False
        # The next occurrence is cached: a paragraph of many 一是 must not be rescanned for each.
        cached = self._next_second.get(second)
        if cached is None or cached[0] > start or (cached[1] != -1 and cached[1] < start) or (cached[1] == -1 and cached[2] < end):
            found = self.view.find(second, start, end)
            cached = (start, found, end)
            self._next_second[second] = cached
        found = cached[1]
        # An enumeration's items are sentences: 二是 follows within a few thousand characters.
        return found != -1 and found - start <= INLINE_REACH

    def _transition(self, para: Paragraph, index: int) -> bool:
        """Open an implicit top-level section at a transition paragraph."""
        text = self.view[para.start:para.end]
        first_item = _first_enumeration(text)
        # Only cues before the list count (…第二部分是存在的问题 after 一是…二是… describes, it does not open).
        kinds = transition_kinds(text[:first_item.start()] if first_item else text)
        if not kinds and len(text) <= HEADING_LINE_MAX and not ANY_PUNCT.search(text) and names_a_part(text):
            # a heading line with no number that names a later part as headings do (2025年工作展望,
            # 下一步工作重点): the cues of a heading, not only a transition's
            kinds = [k for k in heading_kinds(text, self.report_year) if k in LATER_PARTS]
        root = self.stack[0] if self.stack else None
        # (one test in C first: a closing admission turns with 但 or 然而)
        closing = root is not None and ("但" in text or "然而" in text or "在肯定" in text) \
            and self._closes_theme_report(text, index, root)
        if closing and SectionKind.shortcomings not in kinds:
            # (its problems listed at length: …但仍存在A、B、C等问题 names them past the cue's reach)
            kinds = [SectionKind.shortcomings, *kinds]
        if not kinds:
            return False
        root_kinds = root.kinds if root else []
        if all(k in root_kinds for k in kinds) or kinds[-1] in root_kinds:
            # The part this paragraph leads into is the one already open (…仍有差距。2024年，
            # 我局将重点做好以下工作： inside 三、下一步工作计划): it is that part's introduction.
            return False
        # Missing kinds only: a plans paragraph inside a plans section is just its introduction.
        if SectionKind.plans in root_kinds and kinds == [SectionKind.shortcomings]:
            return False
        followed = index + 1 < len(self.paragraphs) and self._markers[index + 1] is not None
        # …工作：  or a short unnumbered heading line (2024年工作打算) followed by a list
        heading_line = len(text) <= HEADING_LINE_MAX and not ANY_PUNCT.search(text) and bool(heading_kinds(text, self.report_year))
        introduces = ENDS_WITH_COLON.search(text) is not None or heading_line
        enumerates = first_item is not None
        if root is not None and kinds[0] in root_kinds and enumerates and not (followed and introduces):
            # 三、存在的不足 / …还存在一些短板，主要是：…。2021年，街道将重点做好以下工作：一是… — the
            # paragraph continues its section; the items stage reads the list's lead-in (plans here).
            return False
        if root is None:
            # A report with no numbered headings: only a transition that enumerates what
            # follows (但也存在一些不足：一是…二是…) opens a part; it must not swallow a
            # heading that comes later, so it ranks just above the enumerations.
            nxt = self._markers[index + 1] if followed else None
            if index == 0 or not (enumerates or (introduces and nxt is not None and nxt.family.enumeration)):
                return False
            node = Node(None, None, para.start, para.start, para.end, para.line, implicit=True, kinds=kinds,
                        rank=ENUMERATION_PART_RANK)
        else:
            # (a heading line naming the plans after an unheaded shortcomings part, 2024年工作计划, opens them)
            plans_heading = heading_line and kinds[-1] is SectionKind.plans and SectionKind.shortcomings in root_kinds
            if not (followed and introduces) and not enumerates and not closing and not plans_heading \
                    and not self._begins_plans(text, index, root, kinds):
                return False
            self._close_to(0, para.start)
            node = Node(None, None, para.start, para.start, para.end, para.line, implicit=True, kinds=kinds, rank=root.rank,
                        sibling_family=root.family)
        node.written = heading_line
        self._attach(node)
        self.pending_plain = None
        self._inline(para, after=para.start)
        self._cut_heading(node)
        return True

    def _closes_theme_report(self, text: str, index: int, root: Node) -> bool:
        """…（二）…。 / 2024年，我局…虽取得一定成效，但仍存在A、B等问题。2025年，我局将…: a report
        organised by theme (or by its measures alone) that admits its problems, and perhaps states
        its plans, in a closing paragraph with no heading. Only in the last section, after every
        numbered line, and only where no part of the report has named its problems or plans."""
        if root.implicit or any(k is not SectionKind.measures for k in root.kinds) \
                or any(SectionKind.shortcomings in r.kinds or SectionKind.plans in r.kinds for r in self.roots):
            return False
        admission = _CLOSING_ADMISSION.search(text)
        if admission is None:
            return False
        # The admission closes its sentence (…等问题。), it does not go on to answer the problems
        # (…等问题，为此我局组织专题培训2次: the measure's own account), and they are not all others'
        # (…但仍存在部分企业法治意识淡薄、个别开发商违法用地…等问题: what the bureau regulates).
        if _SENTENCE_GOES_ON.match(text, admission.end()) or _ONLY_OTHERS.match(text, admission.start("listed")):
            return False
        # nor does the paragraph go on with the year's work after it (…仍存在一些不足。同时，我局全面推行…)
        stop = SENTENCE_END.search(text, admission.end())
        rest = text[stop.end():].strip() if stop else ""
        if rest and not opens_plans(rest, self.report_year) and not _PLAN_CONTINUATION.match(rest):
            return False
        # After it, nothing but next year's plans (2025年，我局将…; 此外，我局还将…; a frame's list, 一是…)
        # or the closing formula: a paragraph of the year's work after it (同时，我局全面推行…) makes it a
        # measure's own, and so does a numbered part.
        in_plans = ENDS_WITH_COLON.search(text) is not None
        for p, marker in zip(self.paragraphs[index + 1:], self._markers[index + 1:], strict=True):
            if marker is not None:
                if not in_plans or (marker.family.rank <= TOP_LEVEL_RANK and not marker.family.enumeration):
                    return False
                continue
            later = self.view[p.start:p.end]
            if opens_plans(later, self.report_year) or _PLAN_CONTINUATION.match(later) or (
                    len(later) <= HEADING_LINE_MAX and not ANY_PUNCT.search(later)
                    and SectionKind.plans in heading_kinds(later, self.report_year)):  # (or their heading: 2024年工作计划)
                in_plans = True
            elif not (in_plans or _SIGN_OFF_FORMULA.match(later)):
                return False  # (once the plans have begun, what follows is theirs or the sign-off)
        return True

    def _begins_plans(self, text: str, index: int, root: Node, kinds: list[SectionKind]) -> bool:
        """二、存在的不足 …。 2023年，我区将…: the plans begin, unheaded, with the first of them. In a
        shortcomings part only, and only where no plans heading follows: a closing 下一步，… in a
        measures part is that measure's last word."""
        if kinds[-1] is not SectionKind.plans or SectionKind.shortcomings not in root.kinds:
            return False
        if not opens_plans(text, self.report_year):
            return False
        if self._plans_headings is None:  # (paragraph index, numbering family) of headings that name the plans
            self._plans_headings = []
            for i, (para, m) in enumerate(zip(self.paragraphs, self._markers, strict=True)):
                if m is not None and SectionKind.plans in heading_kinds(
                        self.view[m.end:_heading_end(self.view, m.end, para.end)], self.report_year):
                    self._plans_headings.append((i, m.family))
        return not any(i > index and family is root.family for i, family in self._plans_headings)

    def _cut_heading(self, node: Node) -> None:
        """A heading ends where a child that runs inline in its paragraph begins."""
        if node.children and node.children[0].start < node.heading_end:
            node.heading_end = max(node.marker_end, self._trim(node.start, node.children[0].start))

    def _resolve_kinds(self) -> None:
        explicit = [r for r in self.roots if not r.implicit]
        if self.duty_report:
            for root in explicit:
                if not root.kinds and DUTY_HEADING.match(self._heading_text(root).strip().rstrip("。.:：")):
                    root.kinds = [SectionKind.leadership]  # a 述法 report's 一、履职情况
        resolved = resolve_theme_kinds([r.kinds for r in explicit])
        for root, kinds in zip(explicit, resolved, strict=True):
            root.kinds = kinds


_NOTE = re.compile(r"(?:注|备注)\s*[:：]")  # a note's label opening a line (注：①含…), the text's last lines
CIRCLED_NOTES = "①②③④⑤⑥⑦⑧⑨⑩"  # a note's further lines (② …)
COMMA_LIST_FAMILIES = ("cn_shi", "cn_yao", "di_cn", "qi_cn", "circled")  # the lists a comma may open (一是…, 第一，…, ①…)
CLAUSE_OR_COMMA = re.compile(r"[。；;，,、！？!?]")
MIN_COMMA_ITEM = 2  # characters of a first item after a comma: 一是一、二是二 is an idiom's
_CN_NUMERALS = frozenset("一二三四五六七八九十")

# 第一，坚持党的领导… / 1.完善领导体制 … / 第二，…: an enumeration that opens lines of its own and numbers the
# report's parts, where no 一、 or 第一部分 does, is their top level (not the lowest, as inline 第一，… is).
PART_ENUMERATIONS = ("di_cn",)


BULLET_HEADING_MAX = 40  # a heading's length: a longer bullet line is a list's item
MIN_BULLET_HEADING = 6


def _line_marker(view: str, para: Paragraph) -> MarkerMatch | None:
    """The marker a paragraph opens with, also after an ornament a page sets before a heading's
    number (▍ 一、压实法治责任: a WeChat article's), where the number is a heading's, not 一是."""
    m = detect_marker(view, para.start, para.end)
    if m is None and view[para.start] in ORNAMENTS:
        m = detect_marker(view, _after_leading_mark(view, para.start, para.end), para.end)
        if m is not None and m.family.enumeration:
            m = None
    return m


def _after_leading_mark(view: str, start: int, end: int) -> int:
    pos = start + 1
    while pos < end and view[pos] == " ":
        pos += 1
    return pos


def _bullet_for_first_part(view: str, paragraphs: list[Paragraph], markers: list[MarkerMatch | None]
                           ) -> tuple[int | None, MarkerFamily | None]:
    """(index of the bullet line that stands for the missing 1 of the first numbered part, its family)."""
    bullet: int | None = None
    for i, (para, m) in enumerate(zip(paragraphs, markers, strict=True)):
        if view[para.start] in BULLETS:
            heading = view[_after_leading_mark(view, para.start, para.end):para.end]
            # (a heading's words, not a page's furniture: • 分享到, ● 本页关键词)
            if bullet is None and MIN_BULLET_HEADING <= len(heading) <= BULLET_HEADING_MAX \
                    and (heading_kinds(heading) or _HEADING_TAIL.search(heading.rstrip("。.")) or HEADING_VERB.match(heading)):
                bullet = i
            continue
        if m is None or m.family.enumeration:
            continue
        if m.number == 2 and m.family.rank <= TOP_LEVEL_RANK and bullet is not None:
            return bullet, m.family
        return None, None  # the first numbered line is not a top level's second: no part is missing
    return None, None


def _parts_enumeration(paragraphs: list[Paragraph], markers: list[MarkerMatch | None]) -> MarkerFamily | None:
    """The enumeration family (PART_ENUMERATIONS) whose line-start markers run 1, 2, … in order in a
    report that numbers no part with 一、 or 第一部分, or None."""
    seen: dict[str, tuple[MarkerFamily, list[int]]] = {}
    for para, m in zip(paragraphs, markers, strict=True):
        if m is None or para.end - para.start < 3:
            continue
        if not m.family.enumeration and m.family.rank <= TOP_LEVEL_RANK:
            return None  # the report numbers its parts 一、 or 第一部分
        if m.family.name in PART_ENUMERATIONS:
            seen.setdefault(m.family.name, (m.family, []))[1].append(m.number or 0)
    for family, numbers in seen.values():
        if numbers[:2] == [1, 2] and numbers == sorted(numbers):
            return family
    return None


def _first_enumeration(text: str) -> re.Match[str] | None:
    """_FIRST_ENUMERATION.search(text), its 一是 or 一要 looked for with `in` first: the pattern
    has no first character to scan for (it may start at ^), so re tries it at every position."""
    if "一是" not in text and "一要" not in text:
        return None
    return _FIRST_ENUMERATION.search(text)


def _after_chars(view: str, floor: int, pos: int, chars: str) -> bool:
    """Whether the text just before `pos`, spaces skipped, ends with one of `chars`."""
    i = pos
    while i > floor and view[i - 1] == " ":
        i -= 1
    return i > floor and view[i - 1] in chars


def _after_colon(view: str, floor: int, pos: int) -> bool:
    """报告如下：一、…"""
    return _after_chars(view, floor, pos, ":：")


def collect_appendix(doc: Doc, layout: Layout) -> list[Paragraph]:
    """The lines of an appendix (附件：…主要数据 / 1.地方性法规：2部 …), for its statistics."""
    if layout.appendix_start is None:
        return []
    return [Paragraph(line.content_start, line.content_end, i) for i, line in enumerate(doc.lines)
            if i >= layout.appendix_start and not line.blank and layout.roles[i] is Role.text]


def build_outline(doc: Doc, layout: Layout, report_year: int | None = None, title: str | None = None) -> Outline:
    """The section tree of the body. `title` (the header's) tells a head's own 述法 report."""
    paragraphs = collect_paragraphs(doc, layout)
    body_end = doc.lines[layout.body_end - 1].content_end if layout.body_end > layout.body_start else 0
    builder = _Builder(doc, paragraphs, body_end, report_year)
    if paragraphs:
        builder.duty_report = is_duty_report(title, doc.view[paragraphs[0].start:paragraphs[0].end])
    outline = builder.build()
    outline.appendix = collect_appendix(doc, layout)
    return outline


def walk(nodes: list[Node]) -> Iterator[Node]:
    """Every node, depth first, in document order.

    With a stack of the nodes still to visit rather than a generator per level: a nested
    `yield from` resumes every generator between the caller and the node, each time."""
    pending = nodes[::-1]
    while pending:
        node = pending.pop()
        yield node
        if node.children:  # most nodes are leaves
            pending.extend(reversed(node.children))
