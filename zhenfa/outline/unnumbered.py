"""Headings a report sets apart by layout only, when it numbers none: a short line above its
text (全面贯彻落实党的二十大精神 统筹推进法治政府建设高质量发展), or one that names a part of the
report (存在的问题, 下一步工作打算) above even a short paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..fields.kinds import HEADING_VERB, HEADING_VERBS, MANNER_ADVERBS, heading_kinds
from ..models import SectionKind
from .markers import TOP_LEVEL_RANK, MarkerMatch, detect_marker

if TYPE_CHECKING:
    from .tree import Paragraph

# Not an unnumbered heading: a sentence, an enumeration item, the title, a date or a sentence's
# opening year (2023年，…); 2024年工作计划 is a heading.
_UNNUMBERED_STOP = re.compile(
    r"[。；;！？!?:：]|^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、])|(?:报告|总结)$|\d{4}(?:[-./]|年(?:度)?[,，]|年\d)")
# A line that names a part of the report the way its headings do: words only (not a caption
# ▲…, a name line 镇主要负责人 张三, a slogan of two phrases), ending with the part's noun.
_PART_HEADING = re.compile(r"[\u4e00-\u9fff（）()、0-9]{2,36}(?:成效|成绩|成果|举措|措施|做法|不足|原因|问题|短板|差距|困难|安排|计划|打算|设想|思路|方向|展望|重点|谋划|职责|情况)")
# 成绩, 成果, 展望, 重点, 谋划 name a part in a noun phrase (工作取得的成绩, 2025年工作展望), not in a
# theme that begins with a verb (巩固创建成果, 突出工作重点)
_THEME_ENDS = ("成绩", "成果", "展望", "重点", "谋划")


def names_a_part(text: str) -> bool:
    """Whether a line is worded as a part's heading (存在的问题, 2025年工作展望): words only, ending
    with a part's noun, and not a verb's theme."""
    return _PART_HEADING.fullmatch(text) is not None and not (text.endswith(_THEME_ENDS) and HEADING_VERB.match(text))


def parts_over_sub_headings(view: str, paras: list[Paragraph], report_year: int | None,
                            markers: Sequence[MarkerMatch | None] | None = None) -> set[int]:
    """Two levels a report sets apart by layout only, when it numbers none: lines that name its parts
    (主要举措和成效, 存在的不足, 2025年工作计划), and under one of them at least short sub-heading lines over
    their text (坚持党建引领，压实法治建设责任 / its paragraph). The part lines, or none: the sub-headings
    are then found under them as under numbered parts (unnumbered_sub_headings with these as `tops`).
    `markers` are the paragraphs' line-start markers, if known."""
    markers = _line_markers(view, paras, markers)
    if any(m is not None and not m.family.enumeration for m in markers):
        return set()  # numbered: not this rule's (most reports: nothing more to read)
    parts: list[int] = []
    for i, para in enumerate(paras):
        if not 4 <= para.end - para.start <= 40 or markers[i] is not None:
            continue
        text = view[para.start:para.end].strip()
        if _UNNUMBERED_STOP.search(text) or not names_a_part(text) or not heading_kinds(text, report_year):
            continue
        parts.append(i)
    # The measures part comes first, straight over its sub-headings, and no heading-like line stands above it:
    # a theme report whose later part (存在的不足) has short problem lines under it keeps its themes as sections.
    if len(parts) < MIN_PART_HEADINGS or parts[0] + 2 >= len(paras) \
            or SectionKind.measures not in heading_kinds(view[paras[parts[0]].start:paras[parts[0]].end], report_year) \
            or not _may_be_sub_heading(view, paras[parts[0] + 1], paras[parts[0] + 2]) \
            or any(_may_be_sub_heading(view, paras[i], paras[i + 1]) for i in range(parts[0])):
        return set()
    return set(parts)


def _line_markers(view: str, paras: list[Paragraph], markers: Sequence[MarkerMatch | None] | None
                  ) -> Sequence[MarkerMatch | None]:
    return markers if markers is not None else [detect_marker(view, p.start, p.end) for p in paras]


def unnumbered_headings(view: str, paras: list[Paragraph], report_year: int | None,
                        markers: Sequence[MarkerMatch | None] | None = None) -> set[int]:
    """Headings a report sets apart by layout only (a short line above its text), used
    when it numbers none: 全面贯彻落实党的二十大精神 统筹推进法治政府建设高质量发展."""
    sub_levels_only = False  # numbered, but with no top level (一、): Word's level-1 numbering lost
    for m in _line_markers(view, paras, markers):
        if m is not None and not m.family.enumeration:
            if m.family.rank <= TOP_LEVEL_RANK:
                return set()
            sub_levels_only = True
    if sub_levels_only:
        return _part_headings_over_sub_levels(view, paras, report_year)
    found: set[int] = set()
    for i, para in enumerate(paras[:-1]):
        text = view[para.start:para.end]
        nxt = paras[i + 1]
        if not (4 <= len(text) <= 40) or _UNNUMBERED_STOP.search(text) or (i > 0 and i - 1 in found):
            continue
        # A line that names a part of the report (存在的问题, 下一步工作打算) heads whatever
        # follows, however short; any other short line only a paragraph longer than itself.
        part = names_a_part(text) and bool(heading_kinds(text, report_year))
        if not part and (nxt.end - nxt.start < max(len(text) + 1, 20) or "。" not in view[nxt.start:nxt.end]):
            continue
        if part and "。" not in view[nxt.start:nxt.end] and i + 1 < len(paras) - 1:
            continue  # 主要举措和成效 / 强化组织保障 (another heading below it): not this rule's
        found.add(i)
    if len(found) == 1:
        # One such line (an opening cut short): only when it stands between prose.
        i = next(iter(found))
        nxt = paras[i + 1]
        if i == 0 or not view[paras[i - 1].start:paras[i - 1].end].rstrip().endswith("。") or nxt.end - nxt.start < 60:
            return set()
    return found


MIN_PART_HEADINGS = 2  # one part-like line among numbered items may be a stray line; two are the outline


def _part_headings_over_sub_levels(view: str, paras: list[Paragraph], report_year: int | None) -> set[int]:
    """Part headings (主要举措和成效, 存在的问题, 2025年工作打算) on lines of their own over numbered
    sub-items （一）… in a report whose level-1 numbering was lost: each names a different part."""
    found: dict[int, tuple[object, ...]] = {}
    for i, para in enumerate(paras[:-1]):
        text = view[para.start:para.end]
        if not (4 <= len(text) <= 40) or _UNNUMBERED_STOP.search(text) or detect_marker(view, para.start, para.end):
            continue
        kinds = heading_kinds(text, report_year) if names_a_part(text) else []
        if kinds:
            found[i] = tuple(kinds)
    if len(found) < MIN_PART_HEADINGS or len(set(found.values())) < len(found):
        return set()  # fewer than two parts, or a part named twice: not an outline
    return set(found)


# Short lines that are no sub-heading: a table's row (| or a tab), a figure (a sentence that lost its
# 。: 全年办理案件12件), a caption (▲图为…).
_NOT_A_SUB_HEADING = re.compile(r"[|\t\d▲△●■※ A-Za-z？?]|^图|什么|怎么|如何|吗$")
# How a sub-heading is worded: a heading verb first (perhaps after an adverb of manner), or a problem
# stated (有待提升, 不够高, 薄弱).
_SUB_HEADING_VERB = re.compile(r"(?:" + "|".join(MANNER_ADVERBS) + ")?(?:" + "|".join(HEADING_VERBS) + ")")
_SUB_HEADING_PROBLEM = re.compile(r"有待|亟待|不够|不足|不强|不高|不到位|不完善|不健全|不规范|薄弱|滞后|欠缺|缺乏|单一|较弱|偏低|短板|差距")


# …or a result stated with its verb last (依法行政能力不断提升, 法治政府建设工作稳步推进)
_SUB_HEADING_RESULT = re.compile(r"(?:不断|持续|稳步|显著|明显|全面|进一步|有效|逐步)?(?:" + "|".join(HEADING_VERBS) + r")\s*$")


def _may_be_sub_heading(view: str, para: Paragraph, nxt: Paragraph) -> bool:
    """A short line worded as a heading, with no sentence punctuation, figure or caption mark, above
    a longer paragraph of text (普法宣传精准度不够高 / 面向…不多。)."""
    if not (4 <= para.end - para.start <= SUB_HEADING_MAX + 4) or nxt.end - nxt.start <= para.end - para.start:
        return False
    text = view[para.start:para.end].strip()
    if not (4 <= len(text) <= SUB_HEADING_MAX) or _UNNUMBERED_STOP.search(text) or _NOT_A_SUB_HEADING.search(text):
        return False
    return "。" in view[nxt.start:nxt.end] and _worded_as_sub_heading(view, para) and not names_a_part(text)


def _worded_as_sub_heading(view: str, para: Paragraph) -> bool:
    return _SUB_HEADING_VERB.match(view, para.start, para.end) is not None \
        or _SUB_HEADING_PROBLEM.search(view, para.start, para.end) is not None \
        or _SUB_HEADING_RESULT.search(view, max(para.start, para.end - 6), para.end) is not None
SUB_HEADING_MAX = 30  # a sub-heading line is a phrase or two (强化组织领导，压实法治建设责任)
MIN_SUB_HEADINGS = 2  # one short line may be a caption or a stray line; two under one part are its items


def unnumbered_sub_headings(view: str, paras: list[Paragraph], tops: set[int] | frozenset[int] = frozenset(),
                            markers: Sequence[MarkerMatch | None] | None = None) -> set[int]:
    """Sub-headings set apart by layout only under numbered parts: a web copy keeps 一、 but loses
    the bold (加粗) sub-headings' numbering, so under 一、2023年工作情况 each short line with no
    sentence punctuation above a longer paragraph of text heads one item. Only in a part with no
    numbered lines of its own under it, whose text opens with such a line, where it has two or more,
    each worded as a heading (强化组织领导，…, 提升依法行政能力) or a problem (综合执法能力有待提升):
    a part of prose with photo captions (执法人员开展联合检查), name lines or slogans has none."""
    # The lines that could be sub-headings, by their own text and the next paragraph's, first: most
    # reports have none, and need no second marker pass.
    candidates = {i for i in range(len(paras) - 1)
                  if 4 <= paras[i].end - paras[i].start <= SUB_HEADING_MAX + 4  # (most lines fail here: no call)
                  and _may_be_sub_heading(view, paras[i], paras[i + 1])}
    if len(candidates) < MIN_SUB_HEADINGS:
        return set()
    markers = _line_markers(view, paras, markers)
    found: set[int] = set()
    part: list[int] = []  # candidates of the current numbered part
    first: int | None = None  # the part's first paragraph under its heading
    numbered_inside = in_part = False

    def close() -> None:
        if not numbered_inside and len(part) >= MIN_SUB_HEADINGS and part[0] == first:
            found.update(part)

    for i, m in enumerate(markers):
        if i in tops or (m is not None and not m.family.enumeration):
            if i in tops or m is None or m.family.rank <= TOP_LEVEL_RANK:
                if in_part:
                    close()
                in_part, part, numbered_inside, first = True, [], False, None
            else:
                numbered_inside = True
            continue
        if not in_part:
            continue
        if first is None:
            first = i
        if i in candidates and m is None and markers[i + 1] is None:
            part.append(i)
    if in_part:
        close()
    return found
