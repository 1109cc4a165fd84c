"""Hard-wrapped text (pdftotext, a PDF viewer's copy): paragraphs broken at one width are
read as the paragraphs they are (zhenfa/wrapped.py).

The seeds are wrapped the way a typesetter does it: at a fixed number of columns (a
Chinese character is two, an ASCII character one), never inside a run of digits or
Latin letters, never before closing punctuation, with each paragraph's indentation
kept, and optionally with a page number on a line of its own every so many lines.
The wrapped copy must give the same record as the seed, and every span must still
ground its value, with the inserted breaks read as noise.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_invariance import BOOKMARK, SEED_NAMES, clean, crlf, nk, record_of, seed_text, to_ascii

import zhenfa
from zhenfa.display import canonical
from zhenfa.fields.kinds import SectionKind, heading_kinds, transition_kinds
from zhenfa.fold import fold_width
from zhenfa.text import Doc, split_lines
from zhenfa.wrapped import find_wrap

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev"
_NO_LINE_START = set("，。、；：？！）》”’,.;:?!)%％")
_TOKEN = re.compile(r"[A-Za-z0-9.%]+|.", re.S)


def hard_wrap(text: str, columns: int, page_lines: int = 0) -> tuple[str, list[tuple[int, int]]]:
    """`text` wrapped at `columns`, and the spans of what wrapping inserted (each break, and
    each page-number line with its break)."""
    out: list[str] = []
    inserted: list[tuple[int, int]] = []
    pos = 0
    count = 0

    def emit(piece: str, *, wrap: bool) -> None:
        nonlocal pos
        out.append(piece)
        pos += len(piece)
        if wrap:
            inserted.append((pos, pos + 1))
        out.append("\n")
        pos += 1

    for line in text.split("\n"):
        if not line.strip():
            emit(line, wrap=False)
            continue
        current, width = "", 0
        for token in _TOKEN.findall(line):
            w = sum(1 if ch.isascii() else 2 for ch in token)
            if current and width + w > columns and token[0] not in _NO_LINE_START:
                emit(current, wrap=True)
                count += 1
                if page_lines and count % page_lines == 0:
                    number = f"— {count // page_lines} —"
                    inserted.append((pos, pos + len(number) + 1))
                    emit(number, wrap=False)
                current, width = "", 0
            current += token
            width += w
        emit(current, wrap=False)
        count += 1
    return "".join(out)[:-1], inserted


def core(rec: dict) -> dict:
    """What a wrapped copy must keep: the header, the outline's parts, the items and the
    statistics (subjects may differ: a clause is read up to 80 characters back, and the
    wrapped copy's breaks count among them)."""
    return {
        "header": [rec["title"], rec["doc_type"], rec["report_year"], rec["published"], (rec["bureau"] or {}).get("name")],
        "sections": [(nk(s["heading"]), s["kinds"]) for s in rec["sections"]],
        "items": {key: [item["title"] for item in rec[key]] for key in ("measures", "shortcomings", "plans")},
        "statistics": [(s["value"], s["unit"], s["qualifier"], nk(s["raw"])) for s in rec["statistics"]],
        "warnings": sorted({w["code"] for w in rec["warnings"]}),
    }


def unwrapped_seed(name: str) -> str:
    # A PDF holds no Word bookmarks: the seeds' [bookmark: …] artifacts are left out of both copies.
    return BOOKMARK.sub("", seed_text(name))


@pytest.mark.parametrize("page_lines", [0, 30])
@pytest.mark.parametrize("columns", [60, 76, 90])
@pytest.mark.parametrize("name", SEED_NAMES)
def test_wrapped_seed_gives_the_same_record(name, columns, page_lines):
    text = unwrapped_seed(name)
    wrapped, _ = hard_wrap(text, columns, page_lines)
    assert find_wrap(wrapped, split_lines(fold_width(wrapped))) is not None
    want, got = core(record_of(text)), core(record_of(wrapped))
    for key in want:
        assert got[key] == want[key], key


@pytest.mark.parametrize("copy", [crlf, to_ascii])
@pytest.mark.parametrize("name", SEED_NAMES)
def test_wrapped_seed_copied_otherwise_gives_the_same_record(name, copy):
    text = unwrapped_seed(name)
    want = core(record_of(text))
    got = core(record_of(copy(hard_wrap(text, 76, 30)[0])))
    for key in want:
        assert got[key] == want[key], key


@pytest.mark.parametrize("name", SEED_NAMES)
def test_wrapped_seed_spans_ground_their_values(name):
    wrapped, inserted = hard_wrap(unwrapped_seed(name), 76, 30)
    rec = record_of(wrapped)
    noise = sorted(inserted + [tuple(w["span"]) for w in rec["warnings"] if w["code"] == "injected_text" and w["span"]])
    for stat in rec["statistics"]:
        assert wrapped[stat["span"][0]:stat["span"][1]] == stat["raw"]
    for key in ("measures", "shortcomings", "plans"):
        for item in rec[key]:
            start, end = item["span"]
            # no break the wrapping put inside a paragraph shows in the item's text
            assert canonical(clean(wrapped, start, end, noise), keep_breaks=True) == item["text"], item["title"]


def test_no_seed_or_dev_opening_reads_as_wrapped():
    texts = [seed_text(name) for name in SEED_NAMES]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))] if DEV.is_dir() else []
    for text in texts:
        assert find_wrap(text, split_lines(fold_width(text))) is None


# ---------------------------------------------------------------------------
# the rules, one small case each
# ---------------------------------------------------------------------------
LINE = "推进法治政府建设工作取得新的进展。各项制度不断健全完善，执法"  # 30 characters: 60 columns
# (prose: a sentence ends inside it, as in a paragraph a margin cut; lines that hold no sentence end are
# headings or clauses, one a line, and a text of them is not read as wrapped)


def wrapped_report(body: list[str]) -> str:
    head = ["某某县司法局2023年法治政府建设情况报告", "", "一、主要举措和成效", ""]
    filler = [LINE] * 6 + ["水平进一步提升。"] + [""]
    return "\n".join(head + filler * 2 + body + [""] + filler)


def test_lines_reaching_the_margin_are_one_paragraph():
    text = wrapped_report([LINE, LINE, "工作成效明显。"])
    doc = Doc.from_text(text)
    joined = [ln for ln in doc.lines if "\n" in text[ln.start:ln.end]]
    assert len(joined) == 4  # the two paragraphs of filler before, the body, the filler after
    last = joined[2]
    assert text[last.start:last.end] == "\n".join([LINE, LINE, "工作成效明显。"])
    assert doc.display(last.start, last.end) == LINE + LINE + "工作成效明显。"


def test_a_short_text_or_one_of_ragged_lines_is_not_wrapped():
    assert find_wrap("\n".join([LINE] * 11), split_lines("\n".join([LINE] * 11))) is None
    ragged = "\n".join(LINE[: 8 + (k * 7) % 23] for k in range(40))
    assert find_wrap(ragged, split_lines(ragged)) is None
    assert find_wrap("\n".join([LINE] * 12), split_lines("\n".join([LINE] * 12))) is not None


def test_numbering_or_indentation_begins_a_paragraph():
    text = wrapped_report([LINE, "（二）严格规范公正文明执法", LINE, "\u3000\u3000另起一段的文字。"])
    doc = Doc.from_text(text)
    starts = {text[ln.content_start:ln.content_start + 6] for ln in doc.lines}
    assert "（二）严格规" in starts
    assert "另起一段的文" in starts


def test_a_page_number_inside_a_paragraph_is_noise():
    text = wrapped_report([LINE, "— 2 —", LINE + "。"])
    rec = zhenfa.extract_text(text)
    doc = Doc.from_text(text)
    page = text.index("— 2 —")
    assert any(ln.start < page < ln.end for ln in doc.lines)  # read across
    assert all("— 2 —" not in doc.display(ln.start, ln.end) for ln in doc.lines)
    assert rec.title == "某某县司法局2023年法治政府建设情况报告"


def test_a_figure_broken_from_its_unit_or_inside_its_digits_is_read_whole():
    broken_unit = LINE[:-3] + "数据60"  # 60 columns: at the margin
    broken_figure = LINE[:-2] + "共4"
    text = wrapped_report([broken_unit, "条，完善了监管机制。", "", broken_figure, "7件，均已办结。"])
    stats = zhenfa.extract_text(text).statistics
    # 共4 / 7件 is 47 件 read across the break, never the tail 7 件 alone (round X2, defect A)
    assert [(s.value, s.unit, s.raw) for s in stats] == [(60, "条", "60\n条"), (47, "件", "4\n7件")]


def test_cue_words_are_read_across_a_wrap():
    assert heading_kinds("存在的不 足和下一步打算") == [SectionKind.shortcomings, SectionKind.plans]
    assert transition_kinds("但也存在一些不  足。重点做好以下工作") == [SectionKind.shortcomings, SectionKind.plans]
    assert heading_kinds("主要举措 和成效") == [SectionKind.measures]


_ALPHABET = "法治政府建设推进执法监督存在不足下一步计划一二三是、，。；：（）1234567890万件%\u3000 "


@settings(max_examples=60, deadline=None, derandomize=True)
@given(body=st.text(alphabet=_ALPHABET, min_size=200, max_size=1500), columns=st.integers(40, 100),
       page_lines=st.sampled_from([0, 7]))
def test_any_wrapped_text_extracts_with_grounded_spans(body, columns, page_lines):
    text, _ = hard_wrap("某某市教育局2023年法治政府建设情况报告\n一、主要举措和成效\n" + body, columns, page_lines)
    rec = zhenfa.extract_text(text)
    for s in rec.statistics:
        assert text[s.span[0]:s.span[1]] == s.raw
    for item in [*rec.measures, *rec.shortcomings, *rec.plans]:
        assert 0 <= item.span[0] <= item.span[1] <= len(text)
