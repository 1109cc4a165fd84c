"""What was rewritten for speed gives exactly what its readable form gives.

Several hot patterns are written so that they begin with a character class or a
choice of literal characters (the regex engine then skips ordinary text in C)
instead of the clearer look-ahead or look-behind they replaced; whitespace is
handled by splitting rather than substituting; plan ranges and outline paths are
found by bisection. Each readable form is kept here as the specification, and
hypothesis (or every position of the seeds) compares the two.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhenfa.clean import _PREFILTER_TERMS, _SLOT, _SPAM_PREFILTER, CONTROL, _may_hold_control, slot_matches
from zhenfa.display import SPACE_CHARS, _whitespace, canonical, verbatim
from zhenfa.fields.quantities import QUANTITY
from zhenfa.fields.subject import (
    _COMPARISON,
    _COMPARISON_ENDS,
    _TRAILING_LINK,
    _TRAILING_LINK_ENDS,
    _strip_suffix,
)
from zhenfa.fields.units import UNIT_ALT
from zhenfa.fold import fold_traditional, fold_view_found, fold_width
from zhenfa.outline.markers import INLINE_CANDIDATE
from zhenfa.text import (
    Doc,
    Ranges,
    split_lines,
    title_ranges,
    word_trie,
)

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SETTINGS = settings(max_examples=400, derandomize=True, deadline=None)

_CN_NUM = "(?<![零〇两一二三四五六七八九十百千万亿])[零〇两一二三四五六七八九十百千万亿]{1,12}"
QUANTITY_SPEC = re.compile(
    rf"(?<![\d.\-/])(?<!\d,)(?P<num>\d{{1,3}}(?: \d{{3}}(?!\d))+(?:\.\d+)?|\d+(?:,\d{{3}})*(?:\.\d+)?|{_CN_NUM})"
    rf"(?: ?(?P<mid>余|多))?(?: ?(?P<mult>万亿|千万|百万|万|亿|千))?(?P<post>余|多)?"
    rf" ?(?P<unit>{UNIT_ALT})"
)
_CN = "[一二三四五六七八九十]{1,3}"
INLINE_CANDIDATE_SPEC = re.compile(rf"(?:{_CN}是|第{_CN}[,、:;]|\( ?{_CN} ?\)|{_CN}、|[\u2460-\u2473]"
                                   r"|[:;。](?= ?(?:\( ?\d{1,2} ?\)|\d{1,2}[.、])))")  # …：1. …。(2)
SPAM_PREFILTER_SPEC = re.compile(
    "|".join(re.escape(t) for t in _PREFILTER_TERMS if not t.isascii())
    + "|(?i:" + "|".join(re.escape(t) for t in _PREFILTER_TERMS if t.isascii()) + ")")

NUMERAL_TEXT = st.text(alphabet="0123456789,.-/ \n\r一二三四五六七八九十百千万亿零〇两余多个人件次元%条部年第是、()①②", max_size=40)
SPAM_TEXT = st.text(alphabet="bBeEtTwWaAyY365澳门金沙城赌博彩票娱乐太阳银河皇冠体育的 ſK", max_size=30)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _seed_views() -> list[str]:
    return [fold_width(p.read_text(encoding="utf-8")) for p in SEEDS]


@SETTINGS
@given(NUMERAL_TEXT)
@example("1.\n360名，2022.12.8\r\n300余名")  # a figure at a line start is read, whatever ends the line before
def test_quantity_matches_its_specification(text):
    assert _matches(QUANTITY, text) == _matches(QUANTITY_SPEC, text)


def test_quantity_matches_its_specification_on_the_seeds():
    for view in _seed_views():
        assert _matches(QUANTITY, view) == _matches(QUANTITY_SPEC, view)


@pytest.mark.parametrize(("text", "expected"), [
    ("办理案件1,234件", ["1,234件"]), ("7两部", []), ("第2.5万人", ["2.5万人"]), ("12,5个", []), ("2023-12个", []),
    ("三十五名", ["三十五名"]), ("共10余万元", ["10余万元"]),
])
def test_quantity_examples(text, expected):
    assert [m.group() for m in QUANTITY.finditer(text)] == expected


@SETTINGS
@given(NUMERAL_TEXT | st.text(alphabet="12 .、()一二是:;。甲", max_size=30), st.integers(min_value=0, max_value=40))
@example("工作:1.加强。(2)规范", 0)
def test_inline_candidate_starts_where_its_specification_does(text, pos):
    fast, spec = INLINE_CANDIDATE.search(text, pos), INLINE_CANDIDATE_SPEC.search(text, pos)
    assert (fast and fast.start()) == (spec and spec.start())


@SETTINGS
@given(SPAM_TEXT)
def test_spam_prefilter_matches_its_specification(text):
    assert [m.span() for m in _SPAM_PREFILTER.finditer(text)] == [m.span() for m in SPAM_PREFILTER_SPEC.finditer(text)]


@SETTINGS
@given(st.lists(st.text(alphabet="abAB甲乙丙", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
       st.text(alphabet="abAB甲乙丙 ", max_size=30), st.booleans())
def test_word_trie_matches_the_longest_first_alternation(words, text, ignore_case):
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    spec = re.compile(f"(?i:{alternation})" if ignore_case else alternation)
    trie = re.compile(word_trie(words, ignore_ascii_case=ignore_case))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in spec.finditer(text)]


@SETTINGS
@given(st.text(alphabet="12,: \n\t甲乙()１Ａ，\u3000\x1c", max_size=30), st.integers(0, 30), st.integers(0, 30))
@example("1,甲12)1\n:\n1)", 2, 12)  # joining the lines puts the colon between digits: it stays ASCII
def test_display_equals_canonical_of_the_slice(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    folded, found = fold_view_found(text)
    # Built as the pipeline builds it (told which characters fold) and without being told.
    for doc in (Doc.from_text(text), Doc.from_text(text, folded=folded, folded_chars=found)):
        for keep_breaks in (False, True):
            assert doc.display(start, end, keep_breaks=keep_breaks) == canonical(text[start:end], keep_breaks=keep_breaks)


# The whitespace steps of canonical() and verbatim(), as substitutions (their specification).
_SPACES = "[ \t\u3000\xa0\u2000-\u200a\u202f\u205f\ufeff\u200b]"
_SPACES_RUN_SPEC = re.compile(f"{_SPACES}+")
_BREAK_WITH_INDENT_SPEC = re.compile(f"{_SPACES}*(?:(?:\\r\\n|\\r|\\n|\\u2028|\\u2029|\\x85){_SPACES}*)+")
WHITESPACE_TEXT = st.text(alphabet="ab甲 \t\u3000\xa0\u200b\ufeff\r\n\u2028\u2029\x85\x1f\x0b", max_size=30)


def _whitespace_spec(text: str, keep_breaks: bool) -> str:
    if keep_breaks:
        text = _BREAK_WITH_INDENT_SPEC.sub("\n", text.strip(SPACE_CHARS + "\r\n"))
        return "\n".join(_SPACES_RUN_SPEC.sub(" ", part).strip() for part in text.split("\n"))
    return _SPACES_RUN_SPEC.sub(" ", _BREAK_WITH_INDENT_SPEC.sub("", text)).strip()


@SETTINGS
@given(WHITESPACE_TEXT, st.booleans())
def test_whitespace_handling_matches_its_specification(text, keep_breaks):
    assert _whitespace(text, keep_breaks) == _whitespace_spec(text, keep_breaks)


@SETTINGS
@given(WHITESPACE_TEXT)
def test_verbatim_matches_its_specification(text):
    assert verbatim(text) == _BREAK_WITH_INDENT_SPEC.sub("", text).strip(SPACE_CHARS)


@pytest.mark.parametrize(("text", "keep_breaks", "expected"), [
    ("一、主要举措\n   和成效", False, "一、主要举措和成效"),
    ("（一）加强领导。\r\n\u3000\u3000\r\n\u3000\u3000（二）完善制度。", True, "（一）加强领导。\n（二）完善制度。"),
    ("a  \u3000 b", False, "a b"),
])
def test_whitespace_examples(text, keep_breaks, expected):
    assert _whitespace(text, keep_breaks) == expected


SUBJECT_TAIL_TEXT = st.text(alphabet="案件共计达到为有了的比较去年上一同期相比度2021年,，增加长办理", max_size=24)


@SETTINGS
@given(SUBJECT_TAIL_TEXT)
def test_subject_tails_are_stripped_as_a_full_search_would(text):
    """_strip_suffix skips texts by their last character and searches only the last
    characters: on texts shorter than that reach, it agrees with a plain search."""
    for pattern, ends in ((_TRAILING_LINK, _TRAILING_LINK_ENDS), (_COMPARISON, _COMPARISON_ENDS)):
        m = pattern.search(text)
        assert _strip_suffix(pattern, ends, text) == (text[:m.start()] if m else text)


# (rule name, its trigger) -> (readable form, alphabet to draw texts from)
ARTIFACT_SPECS = {
    ("markdown_emphasis", "*"): (re.compile(r"(?=\*\*)(?<![\d*])\*\*(?![\d*])"), "*1a一 "),
    ("markdown_emphasis", "_"): (re.compile(r"(?=__)(?<![\d_])__(?![\d_])"), "_1a一 "),
    ("partial_notice", "全文共"): (re.compile(r"(?:仅展示|仅显示|已显示)\d+字[,，]?(?:全文共\d+字)?|全文共\d+字"), "仅展示显已全文共12字,，"),
}


@pytest.mark.parametrize(("name", "trigger"), sorted(ARTIFACT_SPECS))
def test_artifact_patterns_match_their_specification(name, trigger):
    from zhenfa.clean import ARTIFACT_PATTERNS

    spec, alphabet = ARTIFACT_SPECS[name, trigger]
    fast = next(pattern for n, triggers, pattern in ARTIFACT_PATTERNS if n == name and trigger in triggers)

    @SETTINGS
    @given(st.text(alphabet=alphabet, max_size=30))
    def check(text: str) -> None:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in spec.finditer(text)]

    check()


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=12), st.integers(-2, 62))
def test_merged_ranges_hold_exactly_the_positions_of_the_spans(spans, pos):
    assert Ranges.merged(spans).inside(pos) == any(s <= pos < e for s, e in spans)


def _path_by_walking(roots, pos):
    """The readable form of Outline.path_at: walk down, at each level taking the last node
    that starts at or before pos, while pos is before its end (or its heading's end)."""
    path, nodes = [], roots
    while nodes:
        starts = [n.start for n in nodes]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or not nodes[i].start <= pos < max(nodes[i].end, nodes[i].heading_end):
            break
        path.append(nodes[i])
        nodes = nodes[i].children
    return path


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_outline_path_at_equals_walking_down_the_tree(seed):
    from zhenfa.clean import find_noise
    from zhenfa.fields.header import extract_header
    from zhenfa.layout import analyse_layout
    from zhenfa.outline.tree import build_outline
    text = seed.read_text(encoding="utf-8")
    folded = fold_traditional(fold_width(text))
    doc = Doc.from_text(text, [(n.start, n.end) for n in find_noise(folded)], folded=folded)
    layout = analyse_layout(doc)
    outline = build_outline(doc, layout, extract_header(doc, layout).report_year)
    assert outline.roots
    for pos in range(-1, len(text) + 2):
        assert outline.path_at(pos) == _path_by_walking(outline.roots, pos), pos


def _split_lines_spec(view: str) -> list[tuple[int, int, int, int, int]]:
    """Lines as (index, start, end, content_start, content_end), one break at a time."""
    out, pos, breaks = [], 0, re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")
    for m in [*breaks.finditer(view), None]:
        if m is None and pos == len(view) and out:
            break
        end = len(view) if m is None else m.start()
        segment = view[pos:end]
        content_start = end - len(segment.lstrip(SPACE_CHARS))
        content_end = max(content_start, pos + len(segment.rstrip(SPACE_CHARS)))
        out.append((len(out), pos, end, content_start, content_end))
        if m is not None:
            pos = m.end()
    return out


@SETTINGS
@given(st.text(alphabet="ab甲 \u3000\t\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1e", max_size=30))
def test_split_lines_matches_its_specification(view):
    # \x0b \x0c \x1c \x1e: str.splitlines breaks there and a line does not, so the fast path steps aside
    assert [tuple(line) for line in split_lines(view)] == _split_lines_spec(view)


@SETTINGS
@given(st.text(alphabet="报告報告國會，：（）ＡＢ１２\u3000\xa0 ab甲區縣鎮", max_size=30))
def test_fold_view_is_width_then_traditional_folding(text):
    # (no '.' in the alphabet: the full-stop reading has tests of its own)
    assert fold_view_found(text)[0] == fold_traditional(fold_width(text))


@SETTINGS
@given(st.text(alphabet="2019年月日.-/0 报", max_size=30))
def test_malformed_date_pattern_matches_its_specification(text):
    from zhenfa.fields.dates import MALFORMED_IN_TEXT

    spec = re.compile(r"(?=20)(?<![\d年月.\-/])20\d\d\d{1,4}日")
    assert [m.span() for m in MALFORMED_IN_TEXT.finditer(text)] == [m.span() for m in spec.finditer(text)]


@pytest.mark.parametrize("num", ["7", "0012", "123456789012345", "1234567890123456", "1" * 4301, "١٢"])
def test_value_fast_path_agrees_with_decimal_reading(num):
    from decimal import Decimal

    from zhenfa.fields.quantities import quantity_value as _value

    exact = Decimal(num)
    assert _value(num, None) == int(exact)


def test_a_number_of_thousands_of_digits_is_no_statistic_and_no_crash():
    import zhenfa

    report = zhenfa.extract_text("一、主要工作\n受理投诉" + "1" * 4301 + "件。\n")
    assert report.statistics == []


@pytest.mark.parametrize("links", [1, 40, 41, 70])
def test_subject_loses_every_trailing_link_word_however_many(links):
    import zhenfa

    report = zhenfa.extract_text("一、主要工作\n受理比去年" + "的" * links + "5件。\n")
    assert [s.subject for s in report.statistics] == ["受理"]


def _title_ranges_spec(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost 《…》 spans, reading one bracket at a time with a regular expression."""
    out, depth, open_at = [], 0, 0
    for m in re.finditer("[《》]", view[:end]):
        if m.start() < start:
            continue
        if m.group() == "《":
            open_at = m.start() if depth == 0 else open_at
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((open_at, m.end()))
    return out


@SETTINGS
@given(st.text(alphabet="《》甲《》", max_size=30), st.integers(-5, 30), st.integers(-5, 30))
def test_title_ranges_match_their_specification(view, a, b):
    start, end = sorted((min(a, len(view)), min(b, len(view))))
    ranges = title_ranges(view, start, end)
    assert list(zip(ranges.starts, ranges.ends, strict=True)) == _title_ranges_spec(view, max(start, 0), max(end, 0))


def test_title_ranges_examples():
    ranges = title_ranges("依据《中华人民共和国《宪法》解读》和《规定》", 0, 22)
    assert list(zip(ranges.starts, ranges.ends, strict=True)) == [(2, 17), (18, 22)]


SLOT_TEXT = st.lists(st.sampled_from(["以", "践行", "深入", "学习", "习近平", "betway", "新时代中国特色社会主义思想", "法治思想",
                                      "总书记", "甲", "，", " ", "1"]), max_size=30).map("".join)


@SETTINGS
@given(SLOT_TEXT)
def test_slot_matches_equal_a_scan_of_the_whole_text(text):
    assert [m.span() for m in slot_matches(text)] == [m.span() for m in _SLOT.finditer(text)]


def test_the_printable_check_never_hides_a_control_character():
    # _may_hold_control says "none" only for text that str.isprintable accepts once line
    # breaks are removed: every character CONTROL matches must be one isprintable rejects.
    for cp in range(0x110000):
        ch = chr(cp)
        if CONTROL.fullmatch(ch):
            assert not ch.isprintable(), hex(cp)
    assert _may_hold_control("甲\u200b乙") and _may_hold_control("甲\x00") and not _may_hold_control("甲 乙\r\n丙")


PLACE_TEXT = st.lists(st.sampled_from(["四川省", "成都市", "成华区", "内蒙古自治区", "阿拉善盟", "和平区", "区", "市", "县",
                                       "教育局", "天津", "甲", "州"]), max_size=10).map("".join)


@SETTINGS
@given(PLACE_TEXT)
def test_place_lookups_try_only_the_lengths_names_have(text):
    from zhenfa.fields.location import places_ending_at
    from zhenfa.fields.places import MAX_NAME, gazetteer

    gaz = gazetteer()
    for end in range(len(text) + 1):
        # The specification: every length, the longest that names a division wins.
        longest = None
        for length in range(2, min(end, 14) + 1):
            if gaz.lookup(text[end - length:end]):
                longest = end - length
        found = places_ending_at(text, end)
        assert (found[0] if found else None) == longest
    for start in range(len(text) + 1):
        for hit_start, hit_end, _ in gaz.find_places(text, start):
            assert hit_start >= start and gaz.lookup(text[hit_start:hit_end])
            assert not any(gaz.lookup(text[b:hit_end]) for b in range(max(start, hit_end - MAX_NAME), hit_start))


BREAKS_TEXT = st.text(alphabet="a甲 \u3000\t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", max_size=20)


@SETTINGS
@given(BREAKS_TEXT)
def test_split_at_breaks_equals_the_regular_expression_split(text):
    from zhenfa.display import LINE_BREAK, _split_breaks

    assert _split_breaks(text) == LINE_BREAK.split(text)


@SETTINGS
@given(BREAKS_TEXT)
def test_folding_spaces_equals_the_substitution(text):
    from zhenfa.display import _SPACES_RUN, _fold_spaces

    assert _fold_spaces(text) == _SPACES_RUN.sub(" ", text)


def test_every_space_but_the_ascii_one_is_unprintable():
    # _fold_spaces skips the substitution for text that str.isprintable accepts.
    assert all(not ch.isprintable() for ch in SPACE_CHARS if ch != " ")


@SETTINGS
@given(st.text(alphabet="甲乙1，,。；;：:！？!?\n ", max_size=120), st.integers(0, 120), st.integers(0, 120))
@example("电话88886666,1-10月办理案件", 0, 17)  # a comma before one digit ends a clause
@example("为3,417户企业", 0, 7)  # a thousands comma does not
@example("共1,2345件", 0, 8)
def test_clause_start_is_after_the_last_boundary_in_reach(text, a, b):
    from zhenfa.fields.subject import clause_start_of as _clause_start

    floor, pos = sorted((min(a, len(text)), min(b, len(text))))
    low = max(floor, pos - 80)
    # The specification: a greedy match from the window's start ends after its last boundary;
    # a comma after a digit and before exactly three (3,417) groups thousands and is none.
    # (The window's edges bound what is seen.)
    window = text[low:pos]

    def groups_thousands(i: int) -> bool:
        after = window[i + 1:i + 5]
        return i > 0 and window[i - 1].isdigit() and after[:3].isdigit() and len(after) >= 3 \
            and not (len(after) == 4 and after[3].isdigit())

    ends = [i + 1 for i, ch in enumerate(window) if ch in "，。；;：:！？!?\n" or (ch == "," and not groups_thousands(i))]
    assert _clause_start(text, pos, floor) == (low + ends[-1] if ends else low)


HALF_STOP_SPEC = re.compile(r"(?<=[\u4e00-\u9fff”）)])\.(?=[\u4e00-\u9fff“（(]|[ \t]*(?:\n|$))")


@SETTINGS
@given(st.text(alphabet="甲乙.”）)“（( \t\n1a", max_size=30))
def test_half_stop_matches_its_specification(text):
    from zhenfa.fold import _HALF_STOP

    assert [m.span() for m in _HALF_STOP.finditer(text)] == [m.span() for m in HALF_STOP_SPEC.finditer(text)]


def test_half_stop_examples():
    from zhenfa.fold import fold_view_found

    assert fold_view_found("加强组织领导.管委会召开会议6次.\n")[0] == "加强组织领导。管委会召开会议6次。\n"
    assert fold_view_found("增长1.5个百分点。1.加强学习")[0] == "增长1.5个百分点。1.加强学习"


DATE_SPEC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d) ?(?P<s1>[-/.年]) ?(?P<m>\d{1,2}) ?(?P<s2>[-/.月]) ?(?P<d>\d{1,2})(?!\d) ?日?")
YEAR_SPEC = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d) ?年(?!\d)(?P<du>度)?")
CN_YEAR_SPEC = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4}) ?年(?!\d)")
DATE_TEXT = st.text(alphabet="1290 .-/年月日度〇二一九x", max_size=30)


def _spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]


@SETTINGS
@given(DATE_TEXT, st.integers(0, 5))
def test_date_and_year_patterns_match_their_specifications(text, start):
    from zhenfa.fields.dates import CN_YEAR, DATE, YEAR

    for fast, spec in ((DATE, DATE_SPEC), (YEAR, YEAR_SPEC), (CN_YEAR, CN_YEAR_SPEC)):
        assert _spans(fast, text, start) == _spans(spec, text, start)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_date_and_year_patterns_match_their_specifications_on_the_seeds(seed):
    from zhenfa.fields.dates import CN_YEAR, DATE, YEAR

    text = seed.read_text(encoding="utf-8")
    for fast, spec in ((DATE, DATE_SPEC), (YEAR, YEAR_SPEC), (CN_YEAR, CN_YEAR_SPEC)):
        assert _spans(fast, text) == _spans(spec, text)


# Patterns that begin with a look-behind, each searched only over a short string or a narrow
# span, where being tried at every position costs nothing worth a less readable form.
_LEADING_LOOK_BEHIND_ALLOWED = {
    ("zhenfa.fields.bureau", "TOWN"),  # a name of a few characters (bureau.py: is `who` a body?)
    ("zhenfa.fields.location", "TOWN"),  # the bureau name's span
    ("zhenfa.fields.parts", "_FINDINGS"),  # a list's lead-in clause
    ("zhenfa.fields.stats", "RANGE"),  # only paragraphs where a range's dash was found
    ("zhenfa.titles", "TITLE_TRAILER"),  # a title-length line
}
_STARTS_WITH_LOOK_BEHIND = re.compile(r"(?:\(\?[aiLmsux]+\))?(?:\(\?(?::|P<\w+>))*\(\?<[=!]")


def test_no_pattern_begins_with_a_look_behind_unless_it_only_reads_short_text():
    """A pattern that begins with a look-behind has no first character for re to scan for, so
    a search tries it at every position of the text: on whole texts such patterns were the
    largest single costs found (the half-width full stop: 3 % of all instructions). Written to
    begin with the character the look-behind precedes, they are found by a scan in C."""
    import importlib
    import pkgutil

    import zhenfa

    found = set()
    for info in pkgutil.walk_packages(zhenfa.__path__, "zhenfa."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) \
                    and _STARTS_WITH_LOOK_BEHIND.match(value.pattern):
                found.add((info.name, name))
    assert found <= _LEADING_LOOK_BEHIND_ALLOWED, sorted(found - _LEADING_LOOK_BEHIND_ALLOWED)
