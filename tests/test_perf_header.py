"""What the header and layout rules rewrote for speed gives exactly what its readable form gives.

Each readable form is kept here as the specification, and hypothesis (plus the seeds)
compares the two, as tests/test_fast_patterns.py does for the other stages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhenfa.fields.location import _code_hints, places_ending_at
from zhenfa.fields.places import MAX_NAME, Division, gazetteer
from zhenfa.fields.published import _LABEL_CUES, PUBLISHED_LABELS
from zhenfa.fold import fold_width
from zhenfa.layout import CHROME_PATTERNS
from zhenfa.report_checks import _ELLIPSES, _ends_sentence, _quote_ends_mid_sentence
from zhenfa.text import Doc

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SETTINGS = settings(max_examples=400, derandomize=True, deadline=None)

# ---- location._code_hints: division codes in the page's metadata ----------------------------

CREDIT_CODE_SPEC = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}([1-8]\d{5})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
INDEX_CODE_SPEC = re.compile(r"(?<![0-9A-Za-z])([1-8]\d{5})(?=[/\-_.])")


def code_hints_spec(doc: Doc) -> set[str]:
    """Each short line of the first 60 searched on its own for each pattern."""
    hints: set[str] = set()
    for line in doc.lines[:60]:
        if line.content_end - line.content_start > 120:
            continue
        for pattern in (CREDIT_CODE_SPEC, INDEX_CODE_SPEC):
            hints.update(m.group(1) for m in pattern.finditer(doc.view, line.content_start, line.content_end))
    return hints


CODE_TEXT = st.text(alphabet="0123456789ABHIJKMOPQRSVXZa /-_.\n\t\u3000索引号局", max_size=300)


@SETTINGS
@given(CODE_TEXT)
@example("370402/2022-00029\n11430802MB1C45678P\nA370402/1\n370402\n/x")
@example("911430802MB1C45678P 11430802MB1C45678PZ 1143080\n2MB1C45678P")
@example(("1" * 100 + "\n") * 70 + "370402/")
def test_code_hints_as_specified(text: str) -> None:
    doc = Doc.from_text(text)
    assert _code_hints(doc) == code_hints_spec(doc)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_code_hints_on_seeds(seed: Path) -> None:
    doc = Doc.from_text(fold_width(seed.read_text(encoding="utf-8")))
    assert _code_hints(doc) == code_hints_spec(doc)


# ---- places.Gazetteer.find_places: division names in a text --------------------------------

SUFFIX_SPEC = re.compile(r"[省市区县州旗盟]")


def find_places_spec(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, list[Division]]]:
    """The level suffixes found in order by a class scan; the longest name ending at each, of any length."""
    gaz = gazetteer()
    end = len(text) if end is None else end
    hits: list[tuple[int, int, list[Division]]] = []
    for m in SUFFIX_SPEC.finditer(text, start, end):
        stop = m.end()
        for length in range(MAX_NAME, 1, -1):
            begin = stop - length
            if begin >= start:
                divs = gaz.by_name.get(text[begin:stop])
                if divs:
                    hits.append((begin, stop, divs))
                    break
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, list[Division]]] = []
    last_end = -1
    for h in hits:
        if h[0] >= last_end:
            out.append(h)
            last_end = h[1]
    return out


PLACE_TEXT = st.text(alphabet="成都市成华区和平天津沈阳省自治州海南藏族县城南地盟旗，。 \n", max_size=80)


@SETTINGS
@given(PLACE_TEXT, st.integers(0, 90), st.one_of(st.none(), st.integers(0, 90)))
@example("四川省成都市成华区", 0, None)
@example("海南藏族自治州海南州和县城区", 2, 9)
@example("天津市和平区", 5, 3)
def test_find_places_as_specified(text: str, start: int, end: int | None) -> None:
    assert gazetteer().find_places(text, start, end) == find_places_spec(text, start, end)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_find_places_on_seeds(seed: Path) -> None:
    view = fold_width(seed.read_text(encoding="utf-8"))
    assert gazetteer().find_places(view) == find_places_spec(view)
    for start in range(0, len(view), 97):
        assert gazetteer().find_places(view, start, start + 300) == find_places_spec(view, start, start + 300)


# ---- layout.line_role: each chrome pattern is searched only in a line that holds one of its cues ----


def _cues_hold(content: str) -> None:
    """line_role skips a chrome pattern in a line that holds none of its cues: that changes no
    role exactly when every match of the pattern holds one of them (checked here, rather than
    against a copy of line_role)."""
    for name, pattern, cues in CHROME_PATTERNS:
        if cues and pattern.search(content):
            assert any(cue in content for cue in cues), (name, content)


LINE_TEXT = st.text(alphabet="0123456789-@.ab_ 年月日星期周一 >»＞首页当前位置。，版权所有", max_size=120)


@SETTINGS
@given(LINE_TEXT)
@example("2023年1月2日 星期一")
@example("2023年1月2日周日")
@example("电话 0571-87654321 地址")
@example("联系我们 abc@example.com")
@example("首页 > 新闻 > 通知")
@example("政务公开 » 部门文件 » 教育局")
def test_chrome_patterns_match_only_where_their_cues_are(content: str) -> None:
    _cues_hold(content)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_chrome_cues_hold_on_the_seeds(seed: Path) -> None:
    doc = Doc.from_text(fold_width(seed.read_text(encoding="utf-8")))
    for i in range(len(doc.lines)):
        _cues_hold(doc.content(i))


# ---- report_checks: how the last line ends, read from its end -------------------------------

SENTENCE_END_SPEC = re.compile(r"[。！？!?…”」』）)\]】.;；]\s*$")
QUOTE_END_MID_SENTENCE_SPEC = re.compile(r"[^。！？!?….;；\s][”’」』]\s*$")
ELLIPSIS_END_SPEC = re.compile(r"(?:\.{3,}|…+|。{3,})\s*$")
END_TEXT = st.text(alphabet="。！？!?…”’」』）)]】.;；，a字 \t\n\r\u3000\xa0\x1c\x1f\x85\u1680\u2028", max_size=12)


@SETTINGS
@given(END_TEXT)
@example("……\n")
@example("a”\u3000")
@example(" ”")
@example("。。。 ")
@example("..")
def test_line_ends_as_specified(content: str) -> None:
    tail = content.rstrip()
    assert _ends_sentence(tail) == bool(SENTENCE_END_SPEC.search(content))
    assert _quote_ends_mid_sentence(tail) == bool(QUOTE_END_MID_SENTENCE_SPEC.search(content))
    assert tail.endswith(_ELLIPSES) == bool(ELLIPSIS_END_SPEC.search(content))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_line_ends_on_seeds(seed: Path) -> None:
    for line in seed.read_text(encoding="utf-8").splitlines():
        tail = line.rstrip()
        assert _ends_sentence(tail) == bool(SENTENCE_END_SPEC.search(line))
        assert _quote_ends_mid_sentence(tail) == bool(QUOTE_END_MID_SENTENCE_SPEC.search(line))
        assert tail.endswith(_ELLIPSES) == bool(ELLIPSIS_END_SPEC.search(line))


# ---- published: a header line is searched for date labels only when it holds a cue ----------


def test_every_published_label_holds_a_cue() -> None:
    for _source, label in PUBLISHED_LABELS:
        words = re.sub(r"\(\?<!\[[^]]*\]\)|\(\?:|\)", "", label.pattern).split("|")
        assert words and all(re.fullmatch(r"\w+", w) for w in words)  # plain words once the groups are gone
        for word in words:
            assert any(cue in word for cue in _LABEL_CUES), word


def places_ending_at_spec(view: str, end: int) -> tuple[int, list[Division]] | None:
    """The longest division name that ends at `end`, of any length."""
    if end < 2 or end > len(view):
        return None
    for length in range(MAX_NAME, 1, -1):
        begin = end - length
        if begin >= 0:
            divs = gazetteer().lookup(view[begin:end])
            if divs:
                return (begin, divs)
    return None


@SETTINGS
@given(PLACE_TEXT)
@example("四川省成都市成华区")
def test_places_ending_at_as_specified(text: str) -> None:
    for end in range(-1, len(text) + 2):
        assert places_ending_at(text, end) == places_ending_at_spec(text, end)
