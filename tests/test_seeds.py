"""The five seed reports end to end: spans ground their values, the record agrees
with the hand labels in ../shared/gold/seeds.json, and a few facts checked by
reading the seed texts.

Grounding invariants (see zhenfa/fields/items.py and zhenfa/text.py):

* statistics: ``text[start:end] == raw`` exactly (raw is verbatim).
* items (measures, shortcomings, plans): ``item.text`` is the canonical form of
  the *clean* source slice, ``canonical(clean(text[start:end]), keep_breaks=True)``,
  and ``item.title`` is ``canonical(clean(text[title_span]))``.  "Clean" means
  the noise zhenfa masks is left out: injected text (every such span is
  reported as an ``injected_text`` warning) and conversion artifacts such as
  ``[bookmark: hmcheck_…]``.  Display strings must not repeat casino
  advertising, so a plain ``canonical(text[s:e])`` is not the invariant for a
  slice that contains masked noise.  The test computes "clean" on its own from
  the warnings and a bookmark pattern, and checks separately that this is
  exactly what zhenfa masks in the seeds.
* sections: ``verbatim(clean(text[heading_span])) == heading`` (heading is the
  heading as written with line breaks removed).
* bureau: ``text[bureau.span] == bureau.name``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import skip_without_shared
from spans import iter_spans

from zhenfa.display import canonical, verbatim

ROOT = Path(__file__).resolve().parent.parent
GOLD_PATH = ROOT.parent / "shared" / "gold" / "seeds.json"
SEED_NAMES = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))

JIAXING = "000_64157d57be6aa139.txt"
ZHANGJIAGANG = "001_4fee1730b9a031e9.txt"
WUSU = "002_6b2271e182a537b4.txt"
LONGQUAN = "003_d869763866082472.txt"
HEPING = "004_96567cf56c5f0be9.txt"

BOOKMARK = re.compile(r"\[bookmark[:：][^\]\r\n]*\]")
CASINO = "金沙城中心赌场_澳门金沙官网"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def as_dict(report) -> dict[str, Any]:
    return report.model_dump(mode="json", warnings=False)


def masked_spans(text: str, record: dict[str, Any]) -> list[tuple[int, int]]:
    spans = [tuple(w["span"]) for w in record["warnings"] if w["code"] == "injected_text" and w["span"]]
    spans += [m.span() for m in BOOKMARK.finditer(text)]
    return sorted(spans)


def clean(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> str:
    """text[start:end] without the parts inside masked spans."""
    keep = []
    for i in range(start, end):
        if not any(s <= i < e for s, e in masks):
            keep.append(text[i])
    return "".join(keep)


def walk_sections(sections: list[dict]) -> Iterator[dict]:
    for s in sections:
        yield s
        yield from walk_sections(s["children"])


def check_grounding(text: str, record: dict[str, Any]) -> None:
    """All the span invariants of the module docstring, for one record."""
    n = len(text)
    for where, span in iter_spans(record):
        assert len(span) == 2, where
        assert 0 <= span[0] <= span[1] <= n, f"{where}={span} outside [0, {n}]"
    masks = masked_spans(text, record)
    for st in record["statistics"]:
        s, e = st["span"]
        assert text[s:e] == st["raw"], st
    for key in ("measures", "shortcomings", "plans"):
        for item in record[key]:
            s, e = item["span"]
            assert canonical(clean(text, s, e, masks), keep_breaks=True) == item["text"], (key, item["title"])
            ts, te = item["title_span"]
            assert s <= ts <= te <= e, (key, item["title"])
            assert canonical(clean(text, ts, te, masks)) == item["title"], (key, text[ts:te], item["title"])
    for sec in walk_sections(record["sections"]):
        hs, he = sec["heading_span"]
        assert verbatim(clean(text, hs, he, masks)) == sec["heading"], sec["heading"]
        s, e = sec["span"]
        assert s <= hs <= he <= e, sec["heading"]
        for child in sec["children"]:
            assert s <= child["span"][0] <= child["span"][1] <= e, (sec["heading"], child["heading"])
    bureau = record["bureau"]
    if bureau and bureau["span"]:
        s, e = bureau["span"]
        assert text[s:e] == bureau["name"]


# ---------------------------------------------------------------------------
# fixtures
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    if not GOLD_PATH.exists():
        skip_without_shared(f"{GOLD_PATH} is not here (the hand labels live in ../shared/gold)")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def records(seed_reports) -> dict[str, dict]:
    return {name: as_dict(r) for name, r in seed_reports.items()}


def test_all_five_seeds_are_here(seed_texts):
    assert sorted(seed_texts) == [JIAXING, ZHANGJIAGANG, WUSU, LONGQUAN, HEPING]


# ---------------------------------------------------------------------------
# grounding
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", SEED_NAMES)
def test_spans_ground_their_values(name, seed_texts, records):
    check_grounding(seed_texts[name], records[name])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_clean_slice_masks_exactly_the_reported_noise(name, seed_texts, records):
    """The test's notion of "clean" (injected_text warnings + bookmarks) is zhenfa's."""
    from zhenfa.clean import find_noise

    text = seed_texts[name]
    found = sorted((n.start, n.end) for n in find_noise(text))
    assert found == masked_spans(text, records[name])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_evidence_spans_hold_the_header_values(name, seed_texts, records):
    text, rec = seed_texts[name], records[name]
    ev = rec["evidence"]
    s, e = ev["title"]
    assert canonical(text[s:e]) == rec["title"]
    s, e = ev["doc_type"]
    assert text[s:e] == rec["doc_type"]
    s, e = ev["report_year"]
    assert str(rec["report_year"]) in text[s:e]
    if rec["published"] is not None:
        s, e = ev["published"]
        y, m, d = (int(x) for x in rec["published"].split("-"))
        assert [int(x) for x in re.findall(r"\d+", text[s:e])][:3] == [y, m, d]
    s, e = ev["place"]
    assert text[s:e] in rec["bureau"]["name"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_sections_are_in_document_order(name, records):
    def check(sections):
        starts = [s["span"][0] for s in sections]
        assert starts == sorted(starts)
        for a, b in itertools.pairwise(sections):
            assert a["span"][1] <= b["span"][0], (a["heading"], b["heading"])
        for s in sections:
            check(s["children"])

    check(records[name]["sections"])


# ---------------------------------------------------------------------------
# against the hand labels
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", SEED_NAMES)
def test_header_matches_gold(name, records, gold):
    rec, g = records[name], gold[name]
    assert rec["title"] == g["title"]
    assert rec["doc_type"] == g["doc_type"]
    assert rec["report_year"] == g["report_year"]
    assert rec["published"] == g["published"]
    b = rec["bureau"]
    assert b is not None
    assert b["name"] in g["bureau"]
    assert b["province"] == g["province"]
    assert b["city"] == g["city"]
    assert b["level"] == g["level"]
    if g["level"] == "county":
        assert b["county"] == g["locality"]
    else:
        assert b["county"] is None
        assert b["city"] == g["locality"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_top_level_sections_match_gold(name, records, gold):
    # The gold lists the sections that have a heading; an implicit section
    # (the 龙泉 plans) is checked by its own test below.
    explicit = [s for s in records[name]["sections"] if not s["implicit"]]
    got = [(s["heading"], s["kinds"]) for s in explicit]
    want = [(s["heading"], s["kinds"]) for s in gold[name]["sections"]]
    assert got == want


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_gold_statistic_is_found(name, records, gold):
    stats = records[name]["statistics"]
    missing = []
    for g in gold[name]["statistics"]:
        gs, ge = g["span"]
        hits = [s for s in stats if s["span"][0] < ge and gs < s["span"][1]]
        if not any((s["value"], s["unit"], s["qualifier"]) == (g["value"], g["unit"], g["qualifier"]) for s in hits):
            missing.append((g["raw"], g["span"], [(s["raw"], s["value"], s["unit"], s["qualifier"]) for s in hits]))
    assert not missing


@pytest.mark.parametrize("name", SEED_NAMES)
def test_no_statistic_outside_the_gold(name, records, gold):
    labelled = [g["span"] for g in gold[name]["statistics"] + gold[name].get("statistics_optional", [])]
    extra = [
        (s["raw"], s["span"])
        for s in records[name]["statistics"]
        if not any(s["span"][0] < ge and gs < s["span"][1] for gs, ge in labelled)
    ]
    assert not extra


def _titles_contain(items: list[dict], phrases: list[str]) -> None:
    assert len(items) == len(phrases), [i["title"] for i in items]
    for item, phrase in zip(items, phrases, strict=True):
        assert phrase in item["title"], (phrase, item["title"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_measures_match_gold(name, records, gold):
    # The gold names the measures directly under their section (depth 1).
    top = [m for m in records[name]["measures"] if m["depth"] == 1]
    _titles_contain(top, gold[name]["measures"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_shortcomings_match_gold(name, records, gold):
    _titles_contain(records[name]["shortcomings"], gold[name]["shortcomings"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_plans_match_gold(name, records, gold):
    plans = records[name]["plans"]
    _titles_contain(plans, gold[name]["plans"])
    assert {p["year"] for p in plans} == {gold[name]["plans_year"]}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_injected_text_warning_only_where_gold_has_it(name, records, gold):
    codes = {w["code"] for w in records[name]["warnings"]}
    assert set(gold[name]["warnings"]) <= codes
    assert ("injected_text" in codes) == ("injected_text" in gold[name]["warnings"])


# ---------------------------------------------------------------------------
# facts checked by reading the seeds
# ---------------------------------------------------------------------------
def test_zhangjiagang_casino_text_is_flagged_and_kept_out(seed_texts, records):
    text, rec = seed_texts[ZHANGJIAGANG], records[ZHANGJIAGANG]
    # The casino brand replaced 关于 (《…印发…》), 政府 (市政府网站) and a
    # breadcrumb: six places, each covered by an injected_text warning.
    occurrences = [m.start() for m in re.finditer(CASINO, text)]
    assert len(occurrences) == 6
    injected = [w["span"] for w in rec["warnings"] if w["code"] == "injected_text"]
    assert len(injected) == 6
    for pos in occurrences:
        assert any(s <= pos and pos + len(CASINO) <= e for s, e in injected), pos
    for s, e in injected:
        assert text[s:e].startswith(CASINO)
        assert text[s:e] in (CASINO, CASINO + ":")
    # No display string repeats it.
    b = rec["bureau"]
    assert (b["name"], b["county"], b["city"], b["province"]) == ("张家港市教育局", "张家港市", "苏州市", "江苏省")
    assert b["adcode"] == "320582"
    strings = [rec["title"], b["name"]]
    strings += [s["heading"] for s in walk_sections(rec["sections"])] + [s["title"] for s in walk_sections(rec["sections"])]
    for key in ("measures", "shortcomings", "plans"):
        strings += [i["title"] for i in rec[key]] + [i["text"] for i in rec[key]]
    strings += [s["subject"] or "" for s in rec["statistics"]]
    for s in strings:
        assert not re.search("金沙|赌|澳门|官网", s), s
    # With the advertising taken out the sentence reads as written around it.
    second = next(m for m in rec["measures"] if m["title"] == "完善依法行政制度体系")
    assert "正式印发《印发<张家港市教育局行政执法公示制度>等三个文件的通知》" in second["text"]


def test_zhangjiagang_dates(seed_texts, records):
    rec = records[ZHANGJIAGANG]
    # 发布时间:2020-02-05 in the page header; the sign-off 202025 lost its 年月日.
    assert rec["published"] == "2020-02-05"
    text = seed_texts[ZHANGJIAGANG]
    signoff = text.index("202025\n")
    malformed = [w["span"] for w in rec["warnings"] if w["code"] == "malformed_date"]
    assert any(s <= signoff < e for s, e in malformed)


def test_longquan_implicit_plans_section(seed_texts, records):
    text, rec = seed_texts[LONGQUAN], records[LONGQUAN]
    assert rec["title"] == "2020年度法治政府建设工作总结"
    assert rec["doc_type"] == "工作总结"
    assert rec["report_year"] == 2020
    assert rec["bureau"]["name"] == "龙泉市教育局"
    assert (rec["bureau"]["county"], rec["bureau"]["city"], rec["bureau"]["province"]) == ("龙泉市", "丽水市", "浙江省")
    sections = rec["sections"]
    assert len(sections) == 5
    assert [s["implicit"] for s in sections] == [False, False, False, False, True]
    implicit = sections[4]
    assert implicit["marker"] is None and implicit["number"] is None
    assert "plans" in implicit["kinds"]
    # The transition paragraph introduces the five plans without a heading.
    transition = text.index("一年来，我局在法治政府建设工作中")
    assert implicit["heading_span"][0] == transition
    assert text[implicit["heading_span"][0]:implicit["heading_span"][1]].endswith("重点做好以下五方面工作：")
    assert implicit["title"] == "重点做好以下五方面工作"
    assert implicit["span"][1] == len(text.rstrip())
    assert [c["marker"] for c in implicit["children"]] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    plans = rec["plans"]
    assert [p["title"] for p in plans] == ["加强法治队伍建设", "健全科学依法决策机制", "推进“最多跑一次”改革", "深化青少年普法宣传", "强化执法监督"]
    assert [p["year"] for p in plans] == [2021] * 5
    assert rec["shortcomings"] == []
    # （四） is indented by two spaces in the source; its span starts at the marker.
    fourth = plans[3]
    assert fourth["span"][0] == text.index("（四）深化青少年普法宣传")
    assert fourth["marker"] == "（四）"


def test_longquan_statistics(seed_texts, records):
    text, rec = seed_texts[LONGQUAN], records[LONGQUAN]
    by_raw = {(s["raw"], tuple(s["span"])): s for s in rec["statistics"]}
    pos = text.index("5 次")  # 约谈机构负责人5 次: a space inside the quantity
    assert by_raw[("5 次", (pos, pos + 3))]["value"] == 5
    pos = text.index("7600多件")
    s = by_raw[("7600多件", (pos, pos + 6))]
    assert (s["value"], s["unit"], s["qualifier"]) == (7600, "件", "over")
    pos = text.index("近9000件")
    s = by_raw[("近9000件", (pos, pos + 6))]
    assert (s["value"], s["unit"], s["qualifier"]) == (9000, "件", "nearly")
    # 任教30年教龄 is a length of service, 12·4宪法日 a date, “七五”普法 a plan name.
    assert not [s for s in rec["statistics"] if s["unit"] == "年" or "12·4" in s["raw"] or "七五" in s["raw"]]


def test_heping_bureau_and_footer(seed_texts, records):
    text, rec = seed_texts[HEPING], records[HEPING]
    b = rec["bureau"]
    assert b["name"] == "和平区教育局"
    assert (b["province"], b["city"], b["county"], b["level"], b["adcode"]) == ("天津市", "天津市", "和平区", "county", "120101")
    s, e = b["span"]
    assert text[s:e] == "和平区教育局"
    # The title as written lacks the district (区教育局…).
    assert rec["title"] == "区教育局2024年法治政府建设情况报告"
    assert rec["published"] == "2025-03-14"
    # Page footer: 备案号, 网站标识码 and a phone number are not statistics.
    footer = text.index("法律声明")
    assert all(st["span"][1] <= footer for st in rec["statistics"])
    assert all(sec["span"][1] <= footer for sec in rec["sections"])
    # The leadership section is prose: no children, no items from it.
    leadership = rec["sections"][0]
    assert leadership["kinds"] == ["leadership"] and leadership["children"] == []
    assert all(m["path"][0] == "二、" for m in rec["measures"])
    assert [p["year"] for p in rec["plans"]] == [2025, 2025, 2025]
    over = next(st for st in rec["statistics"] if st["raw"] == "100余家")
    assert (over["value"], over["unit"], over["qualifier"]) == (100, "家", "over")


def test_jiaxing_inline_shortcomings_and_numbers(seed_texts, records):
    text, rec = seed_texts[JIAXING], records[JIAXING]
    # 主要表现在：a，b，c，d。 gives one item per clause, each grounded in the clause.
    clauses = ["以法治思维破解教育难题的力度需要进一步加大", "教育执法力量需要加强", "部门协作的执法机制和普法体系需要健全", "青少年普法的实效性需要进一步提升"]
    got = rec["shortcomings"]
    assert [i["title"] for i in got] == clauses
    for item, clause in zip(got, clauses, strict=True):
        pos = text.index(clause)
        assert item["span"] == [pos, pos + len(clause)]
    # The plans follow the 2022年市教育局将… paragraph of the same section.
    assert [p["path"] for p in rec["plans"]] == [["三、", m] for m in ("(一)", "(二)", "(三)", "(四)", "(五)")]
    assert {p["year"] for p in rec["plans"]} == {2022}
    values = {s["raw"]: s for s in rec["statistics"]}
    assert (values["45.5万名"]["value"], values["45.5万名"]["unit"]) == (455000, "名")
    assert (values["近50万人次"]["value"], values["近50万人次"]["qualifier"]) == (500000, "nearly")
    # 12345政务热线, 〔2013〕67号 and 第六届 are not quantities.
    assert not [s for s in rec["statistics"] if "12345" in s["raw"] or s["unit"] in ("号", "届")]
    assert rec["bureau"]["county"] is None and rec["bureau"]["adcode"] == "330400"


def test_wusu_title_over_two_lines_and_bookmarks(seed_texts, records):
    text, rec = seed_texts[WUSU], records[WUSU]
    assert rec["title"] == "乌苏市教育和科学技术局2023年法治政府建设情况报告"
    s, e = rec["evidence"]["title"]
    assert "\n" in text[s:e]
    assert text[s:e].replace("\n", "") == "乌苏市教育和科学技术局2023年法治政府建设情况报告"
    assert rec["published"] is None
    assert (rec["bureau"]["city"], rec["bureau"]["county"]) == ("塔城地区", "乌苏市")
    # [bookmark: hmcheck_…] conversion artifacts never reach a display string.
    for key in ("measures", "shortcomings", "plans"):
        for item in rec[key]:
            assert "bookmark" not in item["text"] and "hmcheck" not in item["text"], item["title"]
    # 二、存在的不足 writes its shortcomings inline: 一是…二是…三是…四是….
    assert [i["marker"] for i in rec["shortcomings"]] == ["一是", "二是", "三是", "四是"]
    stats = {s["raw"]: s for s in rec["statistics"]}
    assert (stats["3万余人"]["value"], stats["3万余人"]["qualifier"]) == (30000, "over")
    assert stats["100％"]["unit"] == "%"
    assert not [s for s in rec["statistics"] if "12345" in s["raw"]]
