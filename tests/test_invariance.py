"""The same report copied differently gives the same record.

Each seed is rewritten the ways copies of these reports differ in the wild:
full-width ，（）：；！？ turned into ASCII and back, blank lines dropped,
doubled or holding indentation, paragraph indentation changed (two U+3000, NBSP, none), CRLF line
endings, and the bureau's place swapped for another real place of the same
level.  The record is compared through a projection that leaves out what
legitimately moves (offsets) and normalises what is verbatim (headings,
markers, raw: NFKC and whitespace removed).  Display strings (titles, item
text, bureau name) are canonical and compared as they are.  Spans are not
compared across variants, but every variant's spans must be in range and
ground their values in that variant's text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from spans import iter_spans

import zhenfa
from zhenfa.display import canonical, verbatim

ROOT = Path(__file__).resolve().parent.parent
SEED_PATHS = {p.name: p for p in sorted((ROOT / "seeds").glob("*.txt"))}
SEED_NAMES = list(SEED_PATHS)

FULL = "，（）：；！？"
HALF = ",():;!?"
BOOKMARK = re.compile(r"\[bookmark[:：][^\]\r\n]*\]")


# ---------------------------------------------------------------------------
# variants
# ---------------------------------------------------------------------------
def to_ascii(text: str) -> str:
    return text.translate(str.maketrans(FULL, HALF))


def to_full(text: str) -> str:
    return text.translate(str.maketrans(HALF, FULL))


def drop_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def double_spaced(text: str) -> str:
    return text.replace("\n", "\n\n")


def spaces_on_blank_lines(text: str) -> str:
    """Word exports often leave the indentation on empty paragraphs."""
    return "\n".join(line if line.strip() else "\u3000\u3000" for line in text.split("\n"))


def reindent(indent: str) -> Callable[[str], str]:
    """Replace the indentation of every non-blank line (a right-aligned sign-off,
    eight or more leading spaces, is layout rather than indentation and stays)."""

    def apply(text: str) -> str:
        out = []
        for line in text.split("\n"):
            body = line.lstrip()
            if not body or len(line) - len(body) >= 8:
                out.append(line)
            else:
                out.append(indent + body)
        return "\n".join(out)

    return apply


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def everything(text: str) -> str:
    return crlf(reindent("\u3000\u3000")(drop_blank_lines(to_ascii(text))))


VARIANTS: dict[str, Callable[[str], str]] = {
    "to_ascii": to_ascii,
    "to_full": to_full,
    "no_blank_lines": drop_blank_lines,
    "double_spaced": double_spaced,
    "indent_u3000": reindent("\u3000\u3000"),
    "blank_lines_indented": spaces_on_blank_lines,
    "indent_nbsp": reindent("\xa0\xa0"),
    "indent_none": reindent(""),
    "crlf": crlf,
    "all_at_once": everything,
}

# Place swaps, chosen by hand: (old, new) as written in the text, and the
# bureau the new text names.  Each new place has the old one's level.
PLACE_SWAPS: dict[str, tuple[str, str, dict[str, Any]]] = {
    # 嘉兴市 → 湖州市: prefecture-level cities of 浙江省.
    "000_64157d57be6aa139.txt": ("嘉兴", "湖州", {
        "name": "湖州市教育局", "province": "浙江省", "city": "湖州市", "county": None, "level": "city", "adcode": "330500"}),
    # 张家港市 → 常熟市: county-level cities under 苏州市.
    "001_4fee1730b9a031e9.txt": ("张家港", "常熟", {
        "name": "常熟市教育局", "province": "江苏省", "city": "苏州市", "county": "常熟市", "level": "county", "adcode": "320581"}),
    # 乌苏市 (塔城地区) → 阿克苏市 (阿克苏地区): county-level cities of 新疆.
    "002_6b2271e182a537b4.txt": ("乌苏", "阿克苏", {
        "name": "阿克苏市教育和科学技术局", "province": "新疆维吾尔自治区", "city": "阿克苏地区", "county": "阿克苏市",
        "level": "county", "adcode": "652901"}),
    # 龙泉市 (丽水市) → 义乌市 (金华市): county-level cities of 浙江省.
    "003_d869763866082472.txt": ("龙泉", "义乌", {
        "name": "义乌市教育局", "province": "浙江省", "city": "金华市", "county": "义乌市", "level": "county", "adcode": "330782"}),
    # 和平区 → 河西区: districts of 天津市 (和平 also appears alone: 立足和平教育实际).
    "004_96567cf56c5f0be9.txt": ("和平", "河西", {
        "name": "河西区教育局", "province": "天津市", "city": "天津市", "county": "河西区", "level": "county", "adcode": "120103"}),
}


@cache
def seed_text(name: str) -> str:
    return SEED_PATHS[name].read_text(encoding="utf-8")


@cache
def record_of(text: str) -> dict[str, Any]:
    return zhenfa.extract_text(text).model_dump(mode="json", warnings=False)


def variant_text(name: str, variant: str) -> str:
    if variant == "place":
        old, new, _ = PLACE_SWAPS[name]
        return seed_text(name).replace(old, new)
    return VARIANTS[variant](seed_text(name))


# ---------------------------------------------------------------------------
# projection and grounding
# ---------------------------------------------------------------------------
def nk(s: str | None) -> str | None:
    """NFKC with all whitespace removed: verbatim strings compared across copies."""
    return None if s is None else re.sub(r"\s", "", unicodedata.normalize("NFKC", s))


def project_section(s: dict) -> dict:
    return {
        "heading": nk(s["heading"]), "marker": nk(s["marker"]), "number": s["number"], "level": s["level"],
        "title": s["title"], "kinds": s["kinds"], "implicit": s["implicit"],
        "children": [project_section(c) for c in s["children"]],
    }


def project_item(i: dict) -> dict:
    return {"title": i["title"], "text": i["text"], "depth": i["depth"], "path": [nk(p) for p in i["path"]],
            "marker": nk(i["marker"]), "year": i["year"]}


def project(rec: dict) -> dict:
    b = rec["bureau"] or {}
    return {
        "title": rec["title"],
        "doc_type": rec["doc_type"],
        "bureau": {k: b.get(k) for k in ("name", "province", "city", "county", "level", "adcode")},
        "report_year": rec["report_year"],
        "published": rec["published"],
        "sections": [project_section(s) for s in rec["sections"]],
        "measures": [project_item(i) for i in rec["measures"]],
        "shortcomings": [project_item(i) for i in rec["shortcomings"]],
        "plans": [project_item(i) for i in rec["plans"]],
        "statistics": [
            {"value": s["value"], "unit": s["unit"], "qualifier": s["qualifier"], "raw": nk(s["raw"]),
             "subject": s["subject"], "section": [nk(x) for x in s["section"]]}
            for s in rec["statistics"]
        ],
        "warnings": sorted(w["code"] for w in rec["warnings"]),
    }


def replace_strings(obj: Any, old: str, new: str) -> Any:
    if isinstance(obj, str):
        return obj.replace(old, new)
    if isinstance(obj, list):
        return [replace_strings(x, old, new) for x in obj]
    if isinstance(obj, dict):
        return {k: replace_strings(v, old, new) for k, v in obj.items()}
    return obj


def clean(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> str:
    return "".join(text[i] for i in range(start, end) if not any(s <= i < e for s, e in masks))


def walk_sections(sections: list[dict]) -> Iterator[dict]:
    for s in sections:
        yield s
        yield from walk_sections(s["children"])


def check_grounding(text: str, rec: dict) -> None:
    """The invariants of test_seeds.py: noise is injected_text spans and bookmarks."""
    n = len(text)
    for where, span in iter_spans(rec):
        assert 0 <= span[0] <= span[1] <= n, f"{where}={span} outside [0, {n}]"
    masks = sorted([tuple(w["span"]) for w in rec["warnings"] if w["code"] == "injected_text" and w["span"]]
                   + [m.span() for m in BOOKMARK.finditer(text)])
    for st in rec["statistics"]:
        assert text[st["span"][0]:st["span"][1]] == st["raw"], st
    for key in ("measures", "shortcomings", "plans"):
        for item in rec[key]:
            s, e = item["span"]
            assert canonical(clean(text, s, e, masks), keep_breaks=True) == item["text"], (key, item["title"])
            ts, te = item["title_span"]
            assert canonical(clean(text, ts, te, masks)) == item["title"], (key, item["title"])
    for sec in walk_sections(rec["sections"]):
        hs, he = sec["heading_span"]
        assert verbatim(clean(text, hs, he, masks)) == sec["heading"], sec["heading"]
    if rec["bureau"] and rec["bureau"]["span"]:
        s, e = rec["bureau"]["span"]
        assert text[s:e] == rec["bureau"]["name"]
    ev = rec["evidence"]
    if ev["title"]:
        assert canonical(text[ev["title"][0]:ev["title"][1]]) == rec["title"]


ALL_VARIANTS = [*VARIANTS, "place"]


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------
def test_variants_really_change_the_text():
    """Guard against a variant that silently does nothing to some seed."""
    for name in SEED_NAMES:
        original = seed_text(name)
        # A seed copied with ASCII punctuation is unchanged by to_ascii, and
        # one with full-width punctuation by to_full; one of the two must bite.
        assert to_ascii(original) != original or to_full(original) != original, name
        for variant in ALL_VARIANTS:
            if variant not in ("to_ascii", "to_full", "indent_none"):
                assert variant_text(name, variant) != original, (name, variant)
    # 和平区 has no indented line, the others have.
    assert sum(variant_text(name, "indent_none") != seed_text(name) for name in SEED_NAMES) == 4
    # Only the seven marks change; nothing else moves.
    sample = "一、（一）1.2,3：4;5！6?7　８％\n"
    assert to_ascii(sample) == "一、(一)1.2,3:4;5!6?7　８％\n"
    assert to_full(sample) == "一、（一）1.2，3：4；5！6？7　８％\n"
    assert crlf("a\nb\n") == "a\r\nb\r\n"
    assert spaces_on_blank_lines("a\n\nb\n") == "a\n\u3000\u3000\nb\n\u3000\u3000"
    assert reindent("\u3000\u3000")("  一、x\n\n" + " " * 10 + "署名\n\tb") == "\u3000\u3000一、x\n\n" + " " * 10 + "署名\n\u3000\u3000b"


@pytest.mark.parametrize("variant", ALL_VARIANTS)
@pytest.mark.parametrize("name", SEED_NAMES)
def test_variant_spans_ground_in_the_variant(name, variant):
    text = variant_text(name, variant)
    check_grounding(text, record_of(text))


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", SEED_NAMES)
def test_variant_gives_the_same_record(name, variant):
    want = project(record_of(seed_text(name)))
    got = project(record_of(variant_text(name, variant)))
    for key in want:
        assert got[key] == want[key], key


@pytest.mark.parametrize("name", SEED_NAMES)
def test_place_swap_gives_the_same_record_for_the_new_place(name):
    old, new, bureau = PLACE_SWAPS[name]
    want = replace_strings(project(record_of(seed_text(name))), old, new)
    want["bureau"] = bureau
    got = project(record_of(variant_text(name, "place")))
    for key in want:
        assert got[key] == want[key], key
