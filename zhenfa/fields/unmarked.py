"""Items written without numbering: the clauses of a list after 主要表现在：, the pieces of a
list named before 等问题, a paragraph written as one ；-separated list, and paragraphs that
each open with a heading phrase (强化组织保障。…) where a web copy lost the numbering.
Each function returns spans; items.py makes them items.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..outline.tree import Node, Outline
from ..text import SENTENCE_END, Doc
from .kinds import HEADING_VERB, HEADING_VERBS, LIST_CUE, MANNER_ADVERBS, SHORTCOMING_TRANSITION, transition_kinds

# The list that follows a shortcoming cue within its sentence: 主要表现在：a，b，c。
_LIST_INTRO = re.compile(rf"(?:[,，]\s*)?(?:{LIST_CUE}|具体(?:是|表现为)|表现在|表现为)[:：]?|[:：]")
_CLAUSE_SPLIT = re.compile(r"[，,；;。]")
_ITEM_SPLIT = re.compile(r"[；;]")
_LISTED_PROBLEMS = re.compile(
    r"(?:存在|还有|仍有|也有|尚有)(?:着|一些|一定的|不少)?(?!的)(?P<list>[^。：:]{4,80}?)等(?:方面的?|一系列|一些|诸多)?(?:问题|不足|短板|困难|薄弱环节)")
_LISTED_SPLIT = re.compile(r"[、，,；;]")
_STILL = re.compile(r"(?:还|仍|仍然|依然|尚)\s*$")
_TURN = re.compile(r"(?:但是?|然而|不过|同时)(?:也|还|仍|仍然|依然)?\s*$")


def _opens_or_turns(view: str, para_start: int, cue: int) -> bool:
    """Whether a cue opens its sentence, or follows a turn (…虽取得成效，但也存在…)."""
    before = view[para_start:cue]
    stop = max(before.rfind(ch) for ch in "。！？!?；;")
    clause_start = max(before.rfind(ch) for ch in "，,")
    if clause_start <= stop:  # the cue's clause opens its sentence
        return True
    # …，但也存在…, or an admission that something is still there (…，我局工作中还存在…)
    return _TURN.search(before, clause_start + 1) is not None or _STILL.search(before, clause_start + 1) is not None


def shortcoming_clauses(doc: Doc, para_start: int, para_end: int, *, long_lists: bool = False) -> list[tuple[int, int]]:
    """Clauses of the list that follows a shortcoming cue in the same sentence. With `long_lists`,
    also a list too long for the cue to reach its 问题 (…但仍存在执法力量与监管任务不相匹配、部分医疗
    机构依法执业意识不强等问题), read from 存在 to 等问题 where the sentence turns to it: for a part
    that is that one paragraph (a theme report's closing), where it can only be the list."""
    view = doc.view
    cue = SHORTCOMING_TRANSITION.search(view, para_start, para_end)
    if cue is None:
        listed = _LISTED_PROBLEMS.search(view, para_start, para_end) if long_lists else None
        if listed is None or not _opens_or_turns(view, para_start, listed.start()):
            return []
        return [(s, e) for s, e in _split_outside_quotes(doc, _LISTED_SPLIT, listed.start("list"), listed.end("list"))
                if e - s >= MIN_LISTED_ITEM]
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
    return [(s, e) for s, e in _split_outside_quotes(doc, splitter, pos, list_end) if e - s >= MIN_LISTED_ITEM]


# A quotation, a title or a bracket: a separator inside it (“重审批、轻监管”) does not split the list.
_QUOTED = re.compile(r"“[^”。]*”|\"[^\"。]*\"|《[^》。]*》|（[^）。]*）|\([^)。]*\)")


def _split_outside_quotes(doc: Doc, separator: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """doc.split_span, but not at a separator inside quotation marks, 《》 or brackets."""
    spans = doc.split_span(separator, start, end)
    if len(spans) < 2 or not any(ch in doc.view[start:end] for ch in "“\"《（("):
        return spans
    quoted = [m.span() for m in _QUOTED.finditer(doc.view, start, end)]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        # a piece that begins inside a quotation goes on with the piece before it
        if out and any(q0 < s <= q1 for q0, q1 in quoted):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# A paragraph that opens with a heading phrase of its own: 强化组织保障。镇党委书记…
# (an adverb of manner may stand before its verb: 坚决贯彻落实党中央重点任务部署。, 切实加强…。)
_MANNER = rf"(?:{'|'.join(MANNER_ADVERBS)})?"
_HEADED_PARAGRAPH = re.compile(rf"{_MANNER}(?:{'|'.join(HEADING_VERBS)})[^，,。；;：:！？!?\d]{{2,22}}。")
# A heading phrase of two or three short parallel clauses: 加强学习，提升法治素养能力。 精准审计，
# 规范各项权力运行。 One clause begins with a heading verb; none is a time or a speaker
# (今年以来，我局…。), and the phrase holds no figure (2024年，…).
_CLAUSED_PHRASE = re.compile(r"[^，,、。；;：:！？!?\d\s]{2,12}(?:[，,、][^，,、。；;：:！？!?\d\s]{2,12}){1,2}。")
_CLAUSE_SEP = re.compile(r"[，,、]")
_NOT_A_HEADING_CLAUSE = re.compile(
    r"^(?:我|今年|本年|全年|年内|一年|近年|目前|截至|期间|"  # a time or the speaker
    r"同时|此外|另外|并且|而且|因此|为此|对此|首先|其次|再次|最后|总之|一方面|另一方面|但|然而|其中|"  # a connective
    r"通过|经过|按照|根据|依据|对照|随着|在|为(?!民)|是|就(?![地近业])|也|都(?!市))"  # a preposition or a copula opening prose
    r"|以来$|年$")
HEADED_PARAGRAPH_REST = 8  # the heading phrase opens a paragraph of text; a short sentence alone is no heading
MIN_HEADED_PARAGRAPHS = 2  # one such paragraph may be a short opening sentence; two or more are a list


def _heading_phrase_end(view: str, start: int, end: int) -> int | None:
    """Where the heading phrase that opens a paragraph ends (after its 。), or None."""
    if m := _HEADED_PARAGRAPH.match(view, start, end):
        return m.end()
    if (m := _CLAUSED_PHRASE.match(view, start, end)) is None:
        return None
    clauses = _CLAUSE_SEP.split(view[start:m.end() - 1])
    if any(_NOT_A_HEADING_CLAUSE.search(c) for c in clauses) or not any(HEADING_VERB.match(c) for c in clauses):
        return None
    return m.end()


def headed_paragraphs(doc: Doc, outline: Outline, section: Node, start: int, end: int) -> list[tuple[int, int]]:
    """Measures with no numbering: paragraphs that each open with a heading phrase (a numbering
    lost when the report was pasted into a web page), each running to the next such paragraph."""
    floor = max(start, section.heading_end)
    paras = [p for p in outline.paragraphs_in(section) if floor <= p.start < end and p.marker is None]
    # a transition into another part (但也存在一些不足…, 下一步…) ends the measures
    stop = next((i for i, p in enumerate(paras) if transition_kinds(doc.view[p.start:p.end])), len(paras))
    paras = paras[:stop]
    heads = [i for i, p in enumerate(paras)
             if (e := _heading_phrase_end(doc.view, p.start, p.end)) is not None and p.end - e >= HEADED_PARAGRAPH_REST]
    if len(heads) < MIN_HEADED_PARAGRAPHS:
        return []
    bounds = [*heads, len(paras)]
    return [doc.strip_span(paras[a].start, min(paras[b - 1].end, end)) for a, b in pairwise(bounds)]


MIN_LISTED_ITEM = 4  # a shorter clause after 主要表现在： is a fragment, not an item
MIN_LISTED_CLAUSE = 6  # shorter pieces between ； are a phrase's parts, not items of a list


def semicolon_list(doc: Doc, start: int, end: int, min_piece: int = MIN_LISTED_CLAUSE) -> list[tuple[int, int]]:
    """A paragraph written as one list, its items separated by ； (执法力量薄弱，装备滞后；地方立法
    仍有短板；普法针对性不强。): one span per item; else the paragraph. After a colon that announces
    a list (做好以下工作：) its pieces may be as short as an item (`min_piece` MIN_LISTED_ITEM:
    加强学习；规范执法；创新普法。)."""
    view = doc.view
    if _ITEM_SPLIT.search(view, start, end) is None or SENTENCE_END.search(view, start, end - 1):
        return [(start, end)]  # a list is one sentence: 。 before its end makes this prose
    spans = doc.split_span(_ITEM_SPLIT, start, end)
    if any(b - a < min_piece for a, b in spans) or any(_CONTINUES.match(view, a) for a, _ in spans[1:]):
        return [(start, end)]
    return spans


# A piece after ； that continues the one before rather than starting another item: a
# connective (加之…, 既有…也有…), or the rest of a citation (《行政许可法》第五条, 第四十条).
_CONTINUES = re.compile(r"加之|同时|既有|也有|而且?|但|并且?|且|以及|从而|因此|导致|《|第[一二三四五六七八九十百\d]")


