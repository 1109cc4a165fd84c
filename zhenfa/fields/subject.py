"""What a statistic is about: the clause before its number (without times, links such as
共计 and comparisons such as 比去年), or the words after its unit when a verb alone precedes it
(聘请3名法律顾问); and the change it states (增长/下降 …, 比去年, 同比).
"""

from __future__ import annotations

import re

from ..models import ChangeDirection
from ..text import Doc, word_trie
from .numerals import COUNT_CHARS
from .quantities import WORDS_ENDING_IN_A_QUALIFIER
from .units import UNIT_ALT

# The look-ahead before the unit is implied by the alternation after it: one class test
# rejects the many numerals not followed by a unit (统一, 进一步) before the alternatives are tried.
_AFTER_EARLIER_FIGURE = re.compile(rf".*[\d{COUNT_CHARS}](?:余|多)?(?:万|亿)?(?:{UNIT_ALT})(?:以上|左右)?、")
CHANGE_WORDS: tuple[tuple[re.Pattern[str], ChangeDirection], ...] = (
    # +5% in a table cell; 比增, 同比增, 净增 (not 新增, an addition); 增幅达15%, 涨幅12%; 延长2小时
    (re.compile(r"(?:增加|增长|提高|提升|上升|增多|扩大|延长|多|(?<!新)增|(?:增幅|增速|升幅|涨幅)(?:达到|达|为)?)了?$|[+＋]$"),
     ChangeDirection.increase),
    # 降幅34.3%, 跌幅5%; 缩短2.5天 (not 缩短至2.5天, the new length)
    (re.compile(r"(?:下降|减少|降低|压缩|缩短|回落|减|降|(?:降幅|跌幅)(?:达到|达|为)?)了?$"), ChangeDirection.decrease),
)
# The last characters a match of CHANGE_WORDS can end with ($ also matches before a final \n):
# a clause that ends with none of them (most do) states no change, without a search.
CHANGE_WORD_ENDS = frozenset("加长高升多大增幅速到达为了+＋降少低缩短落减\n")
# What a change is measured against: 比去年, 较上年同期, 与2020年相比; 同比, 环比.
_BASE = r"(?:去年|上年|上一年度?|前一年|(?:19|20)\d\d ?年度?)(?:同期)?"
COMPARED_TO = re.compile(rf"(?:比|较|与|和)(?P<base>{_BASE}|同期)(?:相比)?|(?P<yoy>同比|环比)")
# A comma after a digit and before exactly three (3,417户) groups thousands and bounds no
# clause; 88886666,1-10月 is a clause's end (a copy may have turned ， into ,). _CLAUSE_BOUNDARY
# reads forward; _CLAUSE_BOUNDARY_REVERSED reads the reversed text clause_start_of searches.
_CLAUSE_PUNCT = r"[，。；;：:！？!?\n|｜]"  # | between the cells of a table copied as text
_CLAUSE_BOUNDARY = re.compile(rf"{_CLAUSE_PUNCT}|(?<!\d),|,(?!\d\d\d)|,(?=\d\d\d\d)")
# Every branch begins with the character it matches (its look-behinds one character wider), so
# that the engine finds the candidates in C instead of trying each branch at every position.
_CLAUSE_BOUNDARY_REVERSED = re.compile(rf"{_CLAUSE_PUNCT}|,(?:(?!\d)|(?<!\d\d\d,)|(?<=\d\d\d\d,))")
# 审核刑事案件1.1万起、行政案件3.8万起: after an earlier figure, 、 starts the next subject
_DIGIT = re.compile(r"\d")
_LEADING_TIME = re.compile(r"^(?:(?:[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[,，、]|[（(]\s?[\d一二三四五六七八九十]{1,3}\s?[）)]|\d{1,2}[.、]|[\u2460-\u2473]|全(?:市|县|区|省|局|镇|乡|州|盟|旗)(?=共(?![享青产同建治商赢])|累计|合计|总计)|共计|累计|合计|总计|共有|共(?![享青产同建治商赢])|其中)|(?:截至|截止)?(?:目前|今年|去年|全年|年内|本年度|(?:19|20)\d\d ?年(?:度|以来|底|末)?(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日|份|底|初|上旬|中旬|下旬)?+(?![至到—\-~～]))[,，]?)+")
# Words that link a subject to its number (…案件共计, …人数达到): stripped from the subject's end.
LINK_WORDS = ("共计", "总计", "合计", "累计", "共", "达到", "达", "均为", "为", "有", "了", "的", "参与", "超过", "超", "近",
              "约", "将近", "接近", "增加", "增长", "提高", "提升", "上升", "增多", "下降", "减少", "降低", "同比", "环比",
              "比增", "同比增", "净增", "增幅", "增速", "回落", "升幅", "涨幅", "降幅", "跌幅", "缩短", "延长")
_TRAILING_LINK = re.compile(f"(?:{word_trie(LINK_WORDS)})+$")
_TRAILING_LINK_ENDS = frozenset(word[-1] for word in LINK_WORDS)
# Words whose last character is a one-character link word and which are what was done or
# counted: 查处违法行为12起 counts 违法行为 (not 违法行), 全年下达12亿元 and 节约1.2亿元 name the act.
WORDS_ENDING_IN_A_LINK = frozenset({
    "行为", "作为", "认为", "人为", "成为", "下达", "到达", "送达", "传达", "抵达", "表达", "转达", "直达", "发达",
}) | WORDS_ENDING_IN_A_QUALIFIER
_RANGE_FROM = re.compile(r"[\d一二三四五六七八九十两]+(?:\.\d+)?\s*(?:至|到|～|~)$")
_RANGE_FROM_ENDS = frozenset("至到～~")
_COMPARISON = re.compile(rf"(?:比|较|与|和){_BASE}(?:相比)?[,，]?$")  # the comparison at a subject's end
_COMPARISON_ENDS = frozenset("年度期比,，")  # the last characters _COMPARISON can match


def clause_start_of(view: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at `pos` (after the last ，。；： …), at most 80 characters back."""
    low = max(floor, pos - 80)
    # The first boundary in the reversed window is the last one: a search from the front,
    # where a greedy match from `low` backtracks over the whole window.
    m = _CLAUSE_BOUNDARY_REVERSED.search(view[low:pos][::-1])
    return pos - m.start() if m else low


def subject_of(doc: Doc, start: int, end: int, clause_start: int, para_end: int, unit: str = "") -> str | None:
    """What was counted: the clause before the number, without times, links and comparisons."""
    view = doc.view
    before = view[clause_start:start].strip()
    m = _LEADING_TIME.match(before)
    if m:
        before = before[m.end():]
    before = _strip_suffix(_RANGE_FROM, _RANGE_FROM_ENDS, before)  # 办结时限1至 (3个工作日): the range's low end
    before = _strip_links(before).strip()
    before = _strip_links(_strip_suffix(_COMPARISON, _COMPARISON_ENDS, before)).strip()
    if "）" in before or "(" in before or ")" in before or "（" in before:
        before = _outside_brackets(before)
    if "、" in before:
        m = _AFTER_EARLIER_FIGURE.match(before)
        if m and len(before) - m.end() >= 2:
            before = before[m.end():]
    if before and before[-1] in JOINERS and _JOINED_AFTER_FIGURE.search(before):
        before = ""  # 命名50个示范地区和 (24个示范项目): the earlier figure's words, not this one's
    if SCOPE_ONLY_LENGTHS[0] <= len(before) <= SCOPE_ONLY_LENGTHS[1] and _SCOPE_ONLY.fullmatch(before):
        before = ""  # 全市已有 (196个行政执法部门), 市本级 (1148个事项): where, not what was counted
    # 组织100名专家开展…, 先后召开4次法治建设专题会议: a short verb phrase before the number, its
    # object after the unit (to the next verb)
    # (对保留的6件政策性文件…, 将全县27个部门单位的…: a preposition and its scope, the object after the unit)
    counts_an_object = (len(before) <= VERB_PHRASE_MAX and _VERB_BEFORE_COUNT.search(before) is not None) \
        or (len(before) <= PREPOSITION_PHRASE_MAX and _PREPOSITION_LEAD.match(before) is not None)
    short = len(before) <= SHORT_SUBJECT or counts_an_object
    after = _after_unit(view, end, para_end) if short and unit not in DURATION_UNITS else None
    if after is not None and counts_an_object:
        # (to the next verb only: 新招录一名通过司法考试的公务员 counts 公务员, after its 的-clause)
        cut = _NEXT_VERB.search(view, after[0] + 2, after[1])
        object_end = cut.start() if cut else after[1]
        if object_end - after[0] <= OBJECT_MAX:
            return doc.display(after[0], object_end)
    if after is not None and (len(before) < 2 or after[1] - after[0] <= AFTER_UNIT_SUBJECT):
        # 3名学生获… (nothing before the number): the clause after the unit; 聘请3名法律顾问,
        # 组织12场培训 (a verb alone before it): the noun after the unit, when that is short
        return doc.display(*after)
    if after is not None and len(before) == SHORT_SUBJECT and not view.startswith("的", end):
        # (罚款5万元的处罚决定…: the figure says how much of `before`, what follows 的 is another noun)
        # 完成18件行政规范性文件和代拟稿的合法性审查: a verb the table does not list, alone before the
        # number; the object after the unit, where a next verb or 的 ends it as a noun phrase (not a run
        # to the clause's end: 打造314家重点单位标准化管理, 投入2亿元持续改善…)
        object_end = _object_end(view, after)
        if 2 <= object_end - after[0] <= OBJECT_MAX and object_end < after[1]:
            return doc.display(after[0], object_end)
    if len(before) >= 2:
        s = view.find(before, clause_start, start)
        return doc.display(s, s + len(before))
    return None


_OPEN_BRACKETS, _CLOSE_BRACKETS = "（(", "）)"


def _object_end(view: str, after: tuple[int, int]) -> int:
    """Where the object read after a unit ends (its first two characters are always its own)."""
    cut = _OBJECT_END.search(view, after[0] + 2, after[1])
    return cut.start() if cut else after[1]


def _outside_brackets(before: str) -> str:
    """The clause before a figure without another figure's brackets: after the last closing
    bracket whose words hold a figure and that a joiner follows (刑事立案数（同比下降13.4%）和破获刑事案件数（…
    → 破获刑事案件数（…;
    not 乡镇（街道）调委会, where the brackets are part of the name), and, for a figure in brackets
    right after its noun (破获刑事案件数（同比上升4.6%）), that noun."""
    close = max(before.rfind(ch) for ch in _CLOSE_BRACKETS)
    if close != -1 and before[close + 1:close + 2] in _NEXT_NOUN_JOINERS:
        # (only where a joiner follows: a note on the same noun, 案件（含结转5件）, a title's
        # 《…（2023年版）》 or a clause's 第（3）项 goes on with the words before it)
        opened = max(before.rfind(ch, 0, close) for ch in _OPEN_BRACKETS)
        if _DIGIT.search(before, opened + 1, close):
            before = before[close + 1:].lstrip(JOINERS + "，, ")
    if before and before[-1] in _OPEN_BRACKETS:
        before = before[:-1].rstrip()
    return before


_SCOPE_ONLY = re.compile(r"(?:全(?:市|县|区|省|镇|乡|街道|州|盟|旗)|(?:省|市|县|区)本级|本级|我(?:局|市|县|区|镇))(?:已经|已|共|现|目前)?")
SCOPE_ONLY_LENGTHS = (2, 5)  # 本级 … 全街道已经: a text of another length is no scope alone, without a match
# Verbs that take a counted object (组织100名专家, 召开4次会议, 开展12场学习), and the verbs that
# may follow that object (…专家开展帮扶): where the object ends.
_VERB_BEFORE_COUNT = re.compile(r"(?:组织|召开|开展|举办|举行|聘请|选派|选聘|招录|出动|抽查|审查|办理|制定|修订|清理|建成|新建|设立|"
                                r"发放|受理|查处|派出|邀请|开通|配备|评选|表彰|命名|创建|建立|成立|印发|编印|推出|走访|慰问|培育)$")
_NEXT_VERB = re.compile(r"开展|参加|参与|进行|深入|走进|完成|获得|参训|接受|担任|赴|对|到")
# Where the object after a verb the table does not list ends: its next verb, or a 的 that makes it the
# owner of what follows (完成18件行政规范性文件和代拟稿的合法性审查 counts the documents).
_OBJECT_END = re.compile(_NEXT_VERB.pattern + "|的")
# A preposition opening the clause before the number, with the scope or qualifier of its object
# (对保留的, 将全县, 把全部): the object itself follows the unit.
# (not the first character of a word: 对口帮扶, 对标, 对照, 将近, 把关; 对外签署… stays a preposition)
_PREPOSITION_LEAD = re.compile(r"对(?![口标照接象])|将(?![近])|把(?![关握])")
PREPOSITION_PHRASE_MAX = 5  # 对保留, 将全县, 对全市范围: a preposition and a short scope, no clause
VERB_PHRASE_MAX = 4  # 组织, 先后召开, 通过开展: a verb and at most an adverb before it
OBJECT_MAX = 12  # the object after the unit is a noun phrase (法治建设专题会议), not a clause
SHORT_SUBJECT = 2  # a subject this short before the number is a verb (聘请, 组织): the noun may follow the unit
AFTER_UNIT_SUBJECT = 8  # and a noun after the unit is short (法律顾问); a longer run is a clause of its own
DURATION_UNITS = frozenset({"天", "个月", "小时", "分钟", "个工作日", "工作日", "年", "周"})  # 提前5天完成…: no noun follows
JOINERS = "和及与、"  # what joins two figures or two items: 50个示范地区和24个…, 3件、5件
_NEXT_NOUN_JOINERS = frozenset(JOINERS + "，,")  # what joins the next counted noun after a bracket: 和, 、, ，
_JOINED_AFTER_FIGURE = re.compile(rf"[\d{COUNT_CHARS}](?:余|多)?(?:万|亿)?(?:{UNIT_ALT})[\u4e00-\u9fff“”]{{0,12}}[{JOINERS}]$")
_AFTER_UNIT_STOP = re.compile(rf"{_CLAUSE_BOUNDARY.pattern}|[{JOINERS}](?=\d)|\d")


def _after_unit(view: str, end: int, para_end: int) -> tuple[int, int] | None:
    """The words after a unit, to the clause's end or the next figure (3名学生获…, 不足3%的企业,
    50个示范地区和24个…), without a leading 的, nor the links before a next figure (…共计1.15亿元);
    None when under two characters."""
    stop = min(para_end, end + 40)
    m = _AFTER_UNIT_STOP.search(view, end, stop)
    stop = m.start() if m else stop
    begin = end
    while begin < stop and view[begin] in " 的":
        begin += 1
    if (begin < stop and view[begin] in JOINERS) or view.startswith(("次", "日"), begin):
        return None  # 废止3件、修改5件: the next verb is the next figure's; 12件次日内: 次日 is a word
    words = view[begin:stop].rstrip()
    if m is not None and view[m.start()] not in "，。；;：:！？!?\n,":
        words = _strip_links(words).rstrip()
    return (begin, begin + len(words)) if len(words) >= 2 else None


def _strip_links(text: str) -> str:
    """`text` without the link words at its end (…案件共计, …人数达到), keeping a link character
    that ends a word (违法行为共计 → 违法行为, 下达 stays)."""
    if not text or text[-1] not in _TRAILING_LINK_ENDS:
        return text
    m = _TRAILING_LINK.search(text)
    while m is not None and m.start() > 0 and text[m.start() - 1:m.start() + 1] in WORDS_ENDING_IN_A_LINK:
        m = _TRAILING_LINK.search(text, m.start() + 1)  # the links after that word, if any
    return text[:m.start()] if m else text


def _strip_suffix(pattern: re.Pattern[str], last_chars: frozenset[str], text: str) -> str:
    """`text` without the longest tail that `pattern` (anchored with $) matches. A text that
    ends with none of the characters such a tail ends with is returned at once (most do)."""
    if not text or text[-1] not in last_chars:
        return text
    m = pattern.search(text)
    return text[:m.start()] if m else text


def change_of(view: str, begin: int, clause_start: int) -> tuple[ChangeDirection | None, str | None]:
    """增加/下降 just before the number, and the comparison base in its clause (比去年)."""
    before = view[clause_start:begin]
    if not before or before[-1] not in CHANGE_WORD_ENDS:
        return None, None
    direction = None
    for pattern, d in CHANGE_WORDS:
        if pattern.search(before, max(0, len(before) - 4)):
            direction = d
            break
    if direction is None:
        return None, None
    compared = None
    matches = list(COMPARED_TO.finditer(before))
    if matches:
        compared = matches[-1].group("base") or matches[-1].group("yoy")
    return direction, compared
