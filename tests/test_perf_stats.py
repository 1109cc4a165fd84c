"""The statistics stage's patterns rewritten for speed give exactly what their readable forms give.

Each readable form (the pattern as it was written before the rewrite) is kept here as the
specification; hypothesis, every position of the seeds and hand-picked cases compare the two.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhenfa.fields.exclusions import EXCLUSIONS, Candidate, exclusion
from zhenfa.fields.numerals import COUNT_CHARS
from zhenfa.fields.quantities import (
    _PRE_QUALIFIER_AT_END,
    _UNIT_FIRSTS,
    DIGIT_BLOCKS,
    MULTIPLIER_ALT,
    PRE_QUALIFIER_ENDS,
    PRE_QUALIFIERS,
    QUANTITY,
    QUANTITY_WRAPPED,
    WORDS_ENDING_IN_A_QUALIFIER,
    qualifier_before,
)
from zhenfa.fields.stats import _PAIRED_FIGURE, _RANGE_LOW_END, _TIMES_AFTER, _TIMES_AFTER_FIRSTS, _range_dashes
from zhenfa.fields.subject import (
    _CLAUSE_BOUNDARY_REVERSED,
    _SCOPE_ONLY,
    CHANGE_WORD_ENDS,
    CHANGE_WORDS,
    COMPARED_TO,
    SCOPE_ONLY_LENGTHS,
    change_of,
    clause_start_of,
)
from zhenfa.fields.units import UNIT_ALT
from zhenfa.fold import fold_width
from zhenfa.text import Ranges, title_ranges

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SETTINGS = settings(max_examples=600, derandomize=True, deadline=None)


def _seed_views() -> list[str]:
    return [fold_width(p.read_text(encoding="utf-8")) for p in SEEDS]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


# QUANTITY as written before its Arabic figure's parts were made possessive, a one-class
# look-ahead after the number was added (both only cut backtracking that cannot succeed) and
# its first character was found among DIGIT_BLOCKS (then checked to be a digit).
_NUMBER_SPEC = (
    rf"(?P<num>[\d{COUNT_CHARS}](?<![\d.\-/][\s\S])(?<!\d,[\s\S])"
    rf"(?:(?<=\d)\d{{0,2}}(?: \d{{3}}(?!\d))+(?:\.\d+)?|(?<=\d)\d*(?:,\d{{3}})*(?:\.\d+)?|(?<=[{COUNT_CHARS}])(?<![{COUNT_CHARS}][{COUNT_CHARS}])[{COUNT_CHARS}]{{0,11}}))"
)


def _quantity_spec(gap: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_NUMBER_SPEC}(?:{gap}(?P<mid>余|多))?(?:{gap}(?P<mult>{MULTIPLIER_ALT}))?(?P<post>余|多)?{gap}"
        rf"(?=[{_UNIT_FIRSTS}])(?P<unit>{UNIT_ALT})")


QUANTITY_SPEC = _quantity_spec(" ?")
QUANTITY_WRAPPED_SPEC = _quantity_spec(" *")

NUMERAL_TEXT = st.text(alphabet="0123456789,.-/ \n一二三四五六七八九十百千万亿零〇两余多个人件次元%条部年第是、千克百分点万亿平方米㎡m²", max_size=40)


def test_digit_blocks_hold_every_decimal_digit():
    """The first class of QUANTITY finds digits among DIGIT_BLOCKS: none may lie outside."""
    blocks = re.compile(f"[{DIGIT_BLOCKS}]")
    outside = [hex(c) for c in range(0x110000) if chr(c).isdecimal() and not blocks.match(chr(c))]
    assert outside == []
    assert re.compile(r"\d").findall("".join(map(chr, range(0x110000)))) == [
        chr(c) for c in range(0x110000) if chr(c).isdecimal()]  # \d is str.isdecimal


OTHER_DIGITS = "٣๓０𝟘ก۵"  # Arabic-Indic, Thai and full-width digits, a mathematical digit, a Thai letter


@SETTINGS
@given(NUMERAL_TEXT | st.text(alphabet=OTHER_DIGITS + "0123,. 万元个人一", max_size=30))
@example("1 234 567人, 12,345.67万元, 2023年12月, 5千克, 五千克, 3百分点, 1.2万亿元, 240  余人次, 12 000 元")
def test_quantity_matches_its_readable_form(text):
    assert _matches(QUANTITY, text) == _matches(QUANTITY_SPEC, text)
    assert _matches(QUANTITY_WRAPPED, text) == _matches(QUANTITY_WRAPPED_SPEC, text)


def test_quantity_matches_its_readable_form_on_the_seeds():
    for view in _seed_views():
        assert _matches(QUANTITY, view) == _matches(QUANTITY_SPEC, view)
        assert _matches(QUANTITY_WRAPPED, view) == _matches(QUANTITY_WRAPPED_SPEC, view)


# _range_dashes as written with a regex scan of the body, before each dash was found with str.find.
_RANGE_DASH_SPEC = re.compile(r"[-—–~～至到] ?\d")


def _range_dashes_spec(view: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _RANGE_DASH_SPEC.finditer(view, start, end)
            if m.start() > start and view[m.start() - 1] in _RANGE_LOW_END]


DASH_TEXT = st.text(alphabet="0123456789٣%万亿 -—–~～至到年x", max_size=30)


@SETTINGS
@given(DASH_TEXT, st.integers(min_value=0, max_value=32), st.integers(min_value=0, max_value=32))
@example("3-5个, 20%-30%, 5万至10万, 1 - 2, 3到 4, 5-٣", 0, 40)
def test_range_dashes_are_where_the_readable_scan_finds_them(text, start, end):
    assert _range_dashes(text, start, end).positions == _range_dashes_spec(text, start, end)


def test_range_dashes_on_the_seeds():
    for view in _seed_views():
        for start in range(0, len(view), 97):
            assert _range_dashes(view, start, len(view)).positions == _range_dashes_spec(view, start, len(view))
            assert _range_dashes(view, 0, start).positions == _range_dashes_spec(view, 0, start)


# The reversed clause boundary as written with branches that began with a look-behind.
_CLAUSE_BOUNDARY_REVERSED_SPEC = re.compile(r"[，。；;：:！？!?\n|｜]|,(?!\d)|(?<!\d\d\d),|(?<=\d\d\d\d),")
CLAUSE_TEXT = st.text(alphabet="0123456789٣,，。;：|\n 万元个件和", max_size=30)


@SETTINGS
@given(CLAUSE_TEXT, st.integers(min_value=0, max_value=30))
@example("3,417户,88886666,1-10月,12,3456", 0)
def test_reversed_clause_boundary_matches_its_readable_form(text, pos):
    fast = _CLAUSE_BOUNDARY_REVERSED.search(text, pos)
    spec = _CLAUSE_BOUNDARY_REVERSED_SPEC.search(text, pos)
    assert (fast and fast.span()) == (spec and spec.span())
    assert _matches(_CLAUSE_BOUNDARY_REVERSED, text) == _matches(_CLAUSE_BOUNDARY_REVERSED_SPEC, text)


def test_reversed_clause_boundary_on_the_seeds():
    for view in _seed_views():
        reversed_view = view[::-1]
        assert _matches(_CLAUSE_BOUNDARY_REVERSED, reversed_view) == _matches(_CLAUSE_BOUNDARY_REVERSED_SPEC, reversed_view)
        for pos in range(0, len(view), 7):
            assert clause_start_of(view, pos, 0) == _clause_start_spec(view, pos, 0)


def _clause_start_spec(view: str, pos: int, floor: int) -> int:
    low = max(floor, pos - 80)
    m = _CLAUSE_BOUNDARY_REVERSED_SPEC.search(view[low:pos][::-1])
    return pos - m.start() if m else low


# Pre-tests before a regex call per figure: where a pre-test fails, the pattern cannot match.
CHANGE_TEXT = st.text(alphabet="增加长提高升上多扩大延新幅速升涨达到为了+＋下降减少低压缩短回落跌 \n比去年件人", max_size=8)


@SETTINGS
@given(CHANGE_TEXT)
@example("新增")
@example("增幅达到了")
@example("增加\n")
def test_change_words_end_with_their_listed_characters(text):
    for pattern, _ in CHANGE_WORDS:
        if pattern.search(text, max(0, len(text) - 4)):
            assert text[-1] in CHANGE_WORD_ENDS
    assert change_of(text, len(text), 0) == _change_of_spec(text)


def _change_of_spec(before: str) -> tuple[object, object]:
    for pattern, direction in CHANGE_WORDS:
        if pattern.search(before, max(0, len(before) - 4)):
            matches = list(COMPARED_TO.finditer(before))
            return direction, (matches[-1].group("base") or matches[-1].group("yoy")) if matches else None
    return None, None


@SETTINGS
@given(st.text(alphabet="全市县区省镇乡街道州盟旗本级我局已经共现目前 ", max_size=8))
def test_scope_only_has_its_listed_lengths(text):
    if _SCOPE_ONLY.fullmatch(text):
        assert SCOPE_ONLY_LENGTHS[0] <= len(text) <= SCOPE_ONLY_LENGTHS[1]


@SETTINGS
@given(st.text(alphabet="将近接大约超过逾多于不少低至高到足件人\n ", max_size=5))
def test_pre_qualifiers_end_with_their_listed_characters(text):
    if _PRE_QUALIFIER_AT_END.search(text):
        assert text[-1] in PRE_QUALIFIER_ENDS
    assert qualifier_before(text, len(text), 0) == _qualifier_before_spec(text)


def _qualifier_before_spec(view: str) -> tuple[object, int]:
    pos = len(view)
    window = view[max(0, pos - 3):pos]
    m = _PRE_QUALIFIER_AT_END.search(window)
    if m is None or (len(m.group()) == 1 and window[-2:] in WORDS_ENDING_IN_A_QUALIFIER):
        return None, pos
    return dict(PRE_QUALIFIERS)[m.group()], pos - len(m.group())


@SETTINGS
@given(st.text(alphabet="次（(）) /要数日人件", max_size=6))
def test_times_after_begins_with_its_listed_characters(text):
    if _TIMES_AFTER.match(text):
        assert text[0] in _TIMES_AFTER_FIRSTS


@SETTINGS
@given(st.text(alphabet="和及与、 件12", max_size=6))
def test_paired_figure_is_one_to_three_characters(text):
    if _PAIRED_FIGURE.fullmatch(text):
        assert 0 < len(text) <= 3


def _exclusion_spec(view: str, m: re.Match[str], para_start: int, titles: Ranges) -> str | None:
    """exclusion as written before each rule named the figures it applies to: every rule, in order."""
    candidate = Candidate(view, m, para_start, titles)
    for name, rule, _, _ in EXCLUSIONS:
        if rule(candidate):
            return name
    return None


EXCLUSION_TEXT = st.text(alphabet="0123456789一二三四五六七八九十百千万两第届前后每月次类个名位期分天小时元人件“”《》、数几满线县门", max_size=24)


@SETTINGS
@given(EXCLUSION_TEXT)
@example("第3次全会，三门县，一类二类，每月1次，前3名，满分100分，24小时服务，数十万人，《2021年》，3期工程")
def test_exclusion_shows_a_figure_only_rules_that_may_apply(text):
    titles = title_ranges(text, 0, len(text))
    for m in QUANTITY.finditer(text):
        assert exclusion(text, m, 0, titles) == _exclusion_spec(text, m, 0, titles)


def test_exclusion_on_the_seeds():
    for view in _seed_views():
        titles = title_ranges(view, 0, len(view))
        for m in QUANTITY.finditer(view):
            para_start = view.rfind("\n", 0, m.start()) + 1
            assert exclusion(view, m, para_start, titles) == _exclusion_spec(view, m, para_start, titles)
