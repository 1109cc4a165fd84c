"""The offline review page (zhenfa.view) and the one-line-per-report summary (zhenfa.summary).

The page is checked by parsing it with html.parser into a small tree: every
highlight is one element whose text content is exactly text[start:end] of its
data-span, spans that nest are nested elements, the source text is escaped,
and nothing in the page points at the network. One test opens the page in
headless Chromium when it is installed.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

import zhenfa
from zhenfa.export import report_to_dict
from zhenfa.models import Bureau, Evidence, Item, Report, Section, Source, Statistic, Warning
from zhenfa.summary import RecordsError, read_records, summary_rows, summary_table, write_csv
from zhenfa.view import render_html

SEED_FILES = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIGHLIGHT_KINDS = ("heading", "measure", "shortcoming", "plan", "stat", "warning")


# --------------------------------------------------------------------------- a tiny DOM

class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node] = []
        self.chunks: list[str] = []

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    @property
    def span(self) -> tuple[int, int]:
        a, b = (self.attrs["data-span"] or "").split(",")
        return int(a), int(b)

    def ancestors(self) -> list[Node]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


class Dom(HTMLParser):
    """Elements with attributes, parents and text content; records mismatched end tags."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack: list[Node] = [self.root]
        self.nodes: list[Node] = []
        self.errors: list[str] = []
        self.feed(markup)
        self.close()
        if len(self.stack) != 1:
            self.errors.append(f"unclosed: {[n.tag for n in self.stack[1:]]}")

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.stack[-1])
        self.stack[-1].children.append(node)
        self.nodes.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.stack[-1])
        self.stack[-1].children.append(node)
        self.nodes.append(node)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1].tag}>")
            return
        self.stack.pop()

    def handle_data(self, data):
        for node in self.stack[1:]:
            node.chunks.append(data)

    def by_class(self, cls: str) -> list[Node]:
        return [n for n in self.nodes if cls in n.classes]

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.nodes if n.attrs.get("id") == ident]
        assert len(found) == 1, f"id {ident!r} occurs {len(found)} times"
        return found[0]

    def highlights(self) -> list[Node]:
        return [n for n in self.nodes if "hl" in n.classes]


def all_sections(sections):
    for s in sections:
        yield s
        yield from all_sections(s.children)


def expected_spans(report: Report) -> dict[str, Counter]:
    return {
        "heading": Counter(tuple(s.heading_span) for s in all_sections(report.sections)),
        "measure": Counter(tuple(i.span) for i in report.measures),
        "shortcoming": Counter(tuple(i.span) for i in report.shortcomings),
        "plan": Counter(tuple(i.span) for i in report.plans),
        "stat": Counter(tuple(s.span) for s in report.statistics),
        "warning": Counter(tuple(w.span) for w in report.warnings if w.span is not None),
    }


@pytest.fixture(scope="module")
def seed_pages(seed_texts, seed_reports):
    return {name: (seed_texts[name], seed_reports[name], render_html(seed_reports[name], seed_texts[name]))
            for name in seed_texts}


SEED_NAMES = [p.name for p in SEED_FILES]


# --------------------------------------------------------------------------- seeds

@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_page_has_one_highlight_per_extracted_thing(seed_pages, name):
    _text, report, page = seed_pages[name]
    dom = Dom(page)
    assert dom.errors == []
    expected = expected_spans(report)
    for kind in HIGHLIGHT_KINDS:
        elements = dom.by_class(kind)
        assert all(e.attrs.get("data-kind") == kind for e in elements)
        assert Counter(e.span for e in elements) == expected[kind], kind
    # items and headings exist in every seed, statistics in every seed
    assert expected["heading"] and expected["measure"] and expected["stat"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_highlight_text_is_the_span_text(seed_pages, name):
    text, _report, page = seed_pages[name]
    dom = Dom(page)
    src = dom.by_id("src")
    assert src.text == text  # the whole source, escaped and unescaped back, nothing added or lost
    hls = dom.highlights()
    assert len(hls) > 20
    for e in hls:
        start, end = e.span
        assert "data-part" not in e.attrs  # nothing crosses in the seeds: one element per span
        assert e.text == text[start:end], (e.attrs["data-id"], start, end)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_spans_that_nest_are_nested_elements(seed_pages, name):
    _text, _report, page = seed_pages[name]
    dom = Dom(page)
    hls = dom.highlights()
    for outer in hls:
        a0, a1 = outer.span
        for inner in hls:
            b0, b1 = inner.span
            if inner is not outer and a0 <= b0 and b1 <= a1 and (a0, a1) != (b0, b1):
                assert outer in inner.ancestors(), (outer.attrs["data-id"], inner.attrs["data-id"])


def test_seed_001_statistic_and_injected_text(seed_pages):
    # 001 line 1: "当前位置 > 金沙城中心赌场_澳门金沙官网: > 张家港市教育局 > …" — the casino name is
    # injected; "当前位置 > " is 7 characters, the injected run 15 (14 + the colon).
    text, _report, page = seed_pages["001_4fee1730b9a031e9.txt"]
    assert text[7:22] == "金沙城中心赌场_澳门金沙官网:"
    dom = Dom(page)
    warned = [e for e in dom.by_class("warning") if e.attrs["data-code"] == "injected_text"]
    assert (7, 22) in [e.span for e in warned]
    # "…开展法治宣讲活动143场,受众23712人次" — the stat 23712人次 shows its fields on hover
    start = text.index("23712人次")
    stat = next(e for e in dom.by_class("stat") if e.span == (start, start + 7))
    assert stat.tag == "mark" and stat.text == "23712人次"
    assert "value: 23712" in stat.attrs["title"] and "unit: 人次" in stat.attrs["title"]
    assert stat.attrs["data-value"] == "23712" and stat.attrs["data-unit"] == "人次"


def test_seed_page_makes_no_network_reference(seed_pages):
    for _text, _report, page in seed_pages.values():
        dom = Dom(page)
        for node in dom.nodes:
            assert node.tag not in {"link", "img", "iframe", "object", "embed", "video", "audio", "source", "base", "form"}
            for attr in ("src", "href", "action", "formaction", "srcset", "poster", "data", "background", "ping", "manifest"):
                value = node.attrs.get(attr)
                if value is not None:
                    assert value.startswith("#"), (node.tag, attr, value)
            assert not any((v or "").lower().startswith(("http:", "https:", "//")) for v in node.attrs.values())
        for node in dom.nodes:
            if node.tag in ("style", "script"):
                assert "@import" not in node.text and "url(" not in node.text
                assert "http:" not in node.text and "https:" not in node.text
        csp = [n.attrs["content"] for n in dom.nodes if n.tag == "meta" and n.attrs.get("http-equiv") == "Content-Security-Policy"]
        assert len(csp) == 1 and "default-src 'none'" in csp[0]


# --------------------------------------------------------------------------- a report made by hand

HAND = (
    "宁海县教育局2021年度法治政府建设情况报告\n"
    "\n"
    "一、主要举措和成效\n"
    "（一）加强组织领导。全年培训干部近50万人次，开展活动20多场。\n"
    "1.完善制度。制定文件3件。\n"
    "二、下一步计划\n"
    "一是深化改革。\n"
)


def sp(sub: str, after: int = 0) -> tuple[int, int]:
    start = HAND.index(sub, after)
    assert HAND[start:start + len(sub)] == sub
    return start, start + len(sub)


def hand_report() -> Report:
    end_1 = HAND.index("二、")
    s1a = Section(marker="（一）", number=1, level=2, title="加强组织领导", heading="（一）加强组织领导",
                  span=(sp("（一）")[0], end_1), heading_span=sp("（一）加强组织领导"), line=4)
    s1 = Section(marker="一、", number=1, level=1, title="主要举措和成效", heading="一、主要举措和成效", kinds=["measures"],
                 span=(sp("一、主要")[0], end_1), heading_span=sp("一、主要举措和成效"), line=3, children=[s1a])
    s2 = Section(marker="二、", number=2, level=1, title="下一步计划", heading="二、下一步计划", kinds=["plans"],
                 span=(end_1, len(HAND)), heading_span=sp("二、下一步计划"), line=6)
    m1 = Item(title="加强组织领导", text="…", depth=1, path=["一、", "（一）"], span=(sp("（一）")[0], end_1),
              title_span=sp("加强组织领导"), marker="（一）")
    m2 = Item(title="完善制度", text="1.完善制度。制定文件3件。", depth=2, path=["一、", "（一）", "1."],
              span=sp("1.完善制度。制定文件3件。"), title_span=sp("完善制度"), marker="1.")
    p1 = Item(title="深化改革", text="一是深化改革。", depth=1, path=["二、", "一是"], span=sp("一是深化改革。"),
              title_span=sp("深化改革"), marker="一是", year=2022)
    stats = [
        Statistic(value=500000, unit="人次", qualifier="nearly", raw="近50万人次", span=sp("近50万人次"), subject="培训干部",
                  section=["一、", "（一）"]),
        Statistic(value=20, unit="场", qualifier="over", raw="20多场", span=sp("20多场"), subject="开展活动",
                  section=["一、", "（一）"]),
        Statistic(value=3, unit="件", raw="3件", span=sp("3件"), subject="制定文件", section=["一、", "（一）", "1."]),
    ]
    return Report(
        source=Source(path="reports/宁海.txt", sha256="ab" * 32, encoding="gb18030", chars=len(HAND)),
        title="宁海县教育局2021年度法治政府建设情况报告", doc_type="情况报告",
        bureau=Bureau(name="宁海县教育局", province="浙江省", city="宁波市", county="宁海县", level="county", adcode="330226",
                      span=sp("宁海县教育局")),
        report_year=2021, published="2022-03-01",
        evidence=Evidence(title=sp("宁海县教育局2021年度法治政府建设情况报告"), report_year=sp("2021年度"), place=sp("宁海县")),
        sections=[s1, s2], measures=[m1, m2], statistics=stats, plans=[p1],
        warnings=[Warning(code="injected_text", message="injected", span=sp("开展活动")),
                  Warning(code="truncated", message="the text appears to be cut off")],
    )


def test_hand_report_highlights_and_nesting():
    report = hand_report()
    dom = Dom(render_html(report, HAND))
    assert dom.errors == []
    assert dom.by_id("src").text == HAND
    counts = {k: len(dom.by_class(k)) for k in HIGHLIGHT_KINDS}
    assert counts == {"heading": 3, "measure": 2, "shortcoming": 0, "plan": 1, "stat": 3, "warning": 1}
    m1, m2 = dom.by_id("measure-1"), dom.by_id("measure-2")
    assert m1.text.startswith("（一）加强组织领导。") and m1.text.endswith("1.完善制度。制定文件3件。\n")
    assert m2.text == "1.完善制度。制定文件3件。"
    assert m1 in m2.ancestors() and m2.attrs["data-depth"] == "2"
    by_text = {e.text: e for e in dom.by_class("stat")}
    assert set(by_text) == {"近50万人次", "20多场", "3件"}
    assert m2 in by_text["3件"].ancestors() and m1 in by_text["3件"].ancestors()
    assert m1 in by_text["近50万人次"].ancestors() and m2 not in by_text["近50万人次"].ancestors()
    heading_1a = dom.by_id("sec-2")
    assert heading_1a.text == "（一）加强组织领导" and m1 in heading_1a.ancestors()
    title_1 = dom.by_id("measure-1-title")
    assert title_1.text == "加强组织领导" and heading_1a in title_1.ancestors()
    assert dom.by_id("plan-1").text == "一是深化改革。" and dom.by_id("plan-1").attrs["data-year"] == "2022"
    warning = dom.by_class("warning")[0]
    assert warning.text == "开展活动" and warning.attrs["data-code"] == "injected_text"
    assert dom.by_id("ev-bureau").text == "宁海县教育局" and dom.by_id("ev-report_year").text == "2021年度"


def test_statistic_tooltip_shows_value_unit_qualifier_subject():
    dom = Dom(render_html(hand_report(), HAND))
    stat = next(e for e in dom.by_class("stat") if e.text == "近50万人次")
    lines = stat.attrs["title"].split("\n")
    for line in ("value: 500000", "unit: 人次", "qualifier: nearly", "subject: 培训干部"):
        assert line in lines
    assert (stat.attrs["data-value"], stat.attrs["data-unit"], stat.attrs["data-qualifier"], stat.attrs["data-subject"]) == (
        "500000", "人次", "nearly", "培训干部")
    no_qualifier = next(e for e in dom.by_class("stat") if e.text == "3件")
    assert "data-qualifier" not in no_qualifier.attrs and "qualifier: —" in no_qualifier.attrs["title"].split("\n")


def test_metadata_legend_and_outline():
    dom = Dom(render_html(hand_report(), HAND))
    header = next(n for n in dom.nodes if n.tag == "header")
    meta = dict(zip([n.text for n in header.children[1].children if n.tag == "dt"],
                    [n.text for n in header.children[1].children if n.tag == "dd"], strict=True))
    assert meta["标题 title"] == "宁海县教育局2021年度法治政府建设情况报告"
    assert meta["类型 doc_type"] == "情况报告"
    assert meta["单位 bureau"] == "宁海县教育局"
    assert meta["地区 place"] == "浙江省 / 宁波市 / 宁海县"
    assert meta["层级 level"] == "county" and meta["区划代码 adcode"] == "330226"
    assert meta["年度 report_year"] == "2021" and meta["发布 published"] == "2022-03-01"
    assert meta["来源 source"] == "reports/宁海.txt" and "gb18030" in meta["编码 encoding"]
    # a warning without a span is listed in the header
    assert "truncated" in header.text and "the text appears to be cut off" in header.text
    # the legend: one toggle per kind
    boxes = [n.attrs["id"] for n in dom.nodes if n.tag == "input"]
    assert set(boxes) >= {f"show-{k}" for k in HIGHLIGHT_KINDS}
    # the outline: a link per section to its heading; (一) nested under 一、
    nav = next(n for n in dom.nodes if n.tag == "nav")
    links = [n for n in dom.nodes if n.tag == "a" and nav in n.ancestors() and n.attrs.get("href", "").startswith("#sec-")]
    assert [a.text for a in links] == ["一、主要举措和成效", "（一）加强组织领导", "二、下一步计划"]
    for a in links:
        target = dom.by_id(a.attrs["href"][1:])
        assert "heading" in target.classes and target.text == a.text
    li_1 = links[0].parent
    assert li_1 in links[1].ancestors() and li_1 not in links[2].ancestors()


def test_source_text_is_escaped():
    text = ('某区教育局2023年法治政府建设情况报告\n一、主要举措和成效\n开展培训<script>alert(1)</script>共120场次，'
            'A&B "引号" \'单\' <b>粗</b> &amp; </div></main>\n')
    report = zhenfa.extract_text(text)
    page = render_html(report, text)
    assert "<script>alert" not in page and "&lt;/div&gt;&lt;/main&gt;" in page
    dom = Dom(page)
    assert dom.errors == []
    scripts = [n for n in dom.nodes if n.tag == "script"]
    assert len(scripts) == 1 and "alert(1)" not in scripts[0].text  # only the page's own script
    assert not [n for n in dom.nodes if n.tag == "b"]
    assert dom.by_id("src").text == text
    # a highlight around markup-like text: its text content is still the source text
    start = text.index("<script>")
    rep = Report(source=Source(chars=len(text)), statistics=[
        Statistic(value=1, unit="件", raw=text[start:start + 8], span=(start, start + 8), subject='"><script>x()</script>')])
    dom = Dom(render_html(rep, text))
    stat = dom.by_class("stat")[0]
    assert stat.text == "<script>" and stat.attrs["data-subject"] == '"><script>x()</script>'
    assert len([n for n in dom.nodes if n.tag == "script"]) == 1


def test_crossing_spans_are_split_into_marked_pieces():
    text = "一二三四五六七八九十"
    rep = Report(source=Source(chars=10),
                 sections=[Section(level=1, title="x", heading="一二三四五六", span=(0, 10), heading_span=(0, 6), line=1)],
                 statistics=[Statistic(value=5, unit="个", raw="五", span=(4, 5))],
                 warnings=[Warning(code="injected_text", message="m", span=(3, 9))])
    dom = Dom(render_html(rep, text))
    assert dom.errors == []
    assert dom.by_id("src").text == text
    (heading,) = dom.by_class("heading")
    assert heading.text == "一二三四五六"
    pieces = dom.by_class("warning")
    assert [p.attrs.get("data-part") for p in pieces] == ["1", "2"]
    assert {p.attrs["data-id"] for p in pieces} == {"warning-1"} and {p.span for p in pieces} == {(3, 9)}
    assert "".join(p.text for p in pieces) == text[3:9] == "四五六七八九"
    assert heading in pieces[0].ancestors() and heading not in pieces[1].ancestors()
    assert [p.attrs.get("id") for p in pieces] == ["warning-1", None]  # one anchor
    (stat,) = dom.by_class("stat")
    assert stat.text == "五" and pieces[0] in stat.ancestors()


def test_empty_and_out_of_range_spans():
    text = "共3件。"
    rep = Report(source=Source(chars=4), statistics=[
        Statistic(value=3, unit="件", raw="3件", span=(1, 3)),
        Statistic(value=0, unit="件", raw="", span=(2, 2)),
        Statistic(value=9, unit="件", raw="?", span=(3, 99)),
    ])
    dom = Dom(render_html(rep, text))
    assert dom.errors == [] and dom.by_id("src").text == text
    stats = dom.by_class("stat")
    assert [(e.span, e.text) for e in stats] == [((1, 3), "3件"), ((2, 2), "")]
    assert stats[0] in stats[1].ancestors()
    header = next(n for n in dom.nodes if n.tag == "header")
    assert "statistics[2]: span [3, 99) is outside the text (4 characters)" in header.text


def test_crlf_and_other_line_breaks_keep_their_offsets():
    text = "一、标题\r\n共\r3件\u2028第二行\x85完\r\n"
    start = text.index("共")
    rep = Report(source=Source(chars=len(text)), statistics=[Statistic(value=3, unit="件", raw="共\r3件", span=(start, start + 4))])
    page = render_html(rep, text)
    assert "\r" not in page  # a browser folds a raw CR or CRLF to LF; CR is written as a character reference
    dom = Dom(page)
    assert dom.by_id("src").text == text
    assert dom.by_class("stat")[0].text == "共\r3件"
    # NUL and lone surrogates cannot live in HTML: shown as U+FFFD, and the page still encodes as UTF-8
    odd = "a\x00b\ud800c"
    page = render_html(Report(source=Source(chars=5)), odd)
    page.encode("utf-8")
    assert Dom(page).by_id("src").text == "a\ufffdb\ufffdc"


def test_large_text_renders_in_one_sweep():
    # ~1 MB: the seed text 150 times over, with every seed highlight repeated at each copy.
    base = SEED_FILES[0].read_text(encoding="utf-8")
    report = zhenfa.extract_text(base)
    copies = 1_000_000 // len(base) + 1
    text = base * copies
    shift = len(base)

    def moved(items, k):
        return [i.model_copy(update={"span": (i.span[0] + k * shift, i.span[1] + k * shift), "title_span": None})
                if isinstance(i, Item) else i.model_copy(update={"span": (i.span[0] + k * shift, i.span[1] + k * shift)})
                for i in items]

    big = Report(source=Source(chars=len(text)),
                 measures=[m for k in range(copies) for m in moved(report.measures, k)],
                 statistics=[s for k in range(copies) for s in moved(report.statistics, k)])
    n_stats = len(big.statistics)
    assert len(text) >= 1_000_000 and n_stats >= 100 * len(report.statistics)
    t0 = time.perf_counter()
    page = render_html(big, text)
    elapsed = time.perf_counter() - t0
    assert elapsed < 5.0, f"{elapsed:.2f}s for {len(text)} characters"
    assert page.count('data-kind="stat"') == n_stats


# --------------------------------------------------------------------------- headless Chromium

def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def _dump_dom(page: str, tmp_path: Path) -> Dom:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium); the browser check did not run")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("chromium --dump-dom did not finish in 60 s")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return Dom(done.stdout.decode("utf-8"))


def _check_in_browser(text: str, report: Report, page: str, tmp_path: Path) -> None:
    dumped = _dump_dom(page, tmp_path)
    body = next(n for n in dumped.nodes if n.tag == "body")
    ours = Dom(page).highlights()
    # the inline script ran (the page's CSP allowed it), counted the highlights the browser laid out,
    # and found every highlight's text exactly as long as its span (in code points)
    assert body.attrs.get("data-highlights") == str(len(ours))
    assert body.attrs.get("data-rendered") == str(len(ours))
    assert body.attrs.get("data-highlight-ids") == str(len({e.attrs["data-id"] for e in ours}))
    assert body.attrs.get("data-span-mismatches") == "0"
    marks = [n for n in dumped.nodes if n.tag == "mark" and "stat" in n.classes]
    assert Counter(m.span for m in marks) == Counter(tuple(s.span) for s in report.statistics)
    assert marks
    for m in marks:
        assert m.text == text[m.span[0]:m.span[1]]


def test_page_renders_in_headless_chromium(seed_pages, tmp_path):
    text, report, page = seed_pages["001_4fee1730b9a031e9.txt"]
    _check_in_browser(text, report, page, tmp_path)


def test_crlf_text_keeps_offsets_in_chromium(seed_texts, tmp_path):
    # The browser, unlike html.parser, folds CRLF to LF in the markup it reads.
    text = seed_texts["001_4fee1730b9a031e9.txt"].replace("\n", "\r\n")
    report = zhenfa.extract_text(text)
    _check_in_browser(text, report, render_html(report, text), tmp_path)


# --------------------------------------------------------------------------- summary

# Read by hand from the seeds' title lines (004: 区教育局…, issued by 和平区人民政府, body names 天津市和平区).
SEED_FACTS = {
    "000_64157d57be6aa139.txt": ("嘉兴市教育局", "浙江省", 2021),
    "001_4fee1730b9a031e9.txt": ("张家港市教育局", "江苏省", 2019),
    "002_6b2271e182a537b4.txt": ("乌苏市教育和科学技术局", "新疆维吾尔自治区", 2023),
    "003_d869763866082472.txt": ("龙泉市教育局", "浙江省", 2020),
    "004_96567cf56c5f0be9.txt": ("和平区教育局", "天津市", 2024),
}
HEADER = ["file", "bureau", "province", "year", "sections", "measures", "statistics", "shortcomings", "plans",
          "warnings", "warning_codes", "path"]


@pytest.fixture(scope="module")
def seed_records(seed_reports):
    return [report_to_dict(seed_reports[name]) for name in sorted(seed_reports)]


def _write_array(records, path, pretty=False):
    option = orjson.OPT_INDENT_2 if pretty else 0
    path.write_bytes(b"[\n" + b",\n".join(orjson.dumps(r, option=option) for r in records) + b"\n]\n")


def _write_jsonl(records, path):
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def test_summary_rows_for_the_seeds(seed_records, tmp_path):
    _write_array(seed_records, tmp_path / "out.json")
    _write_jsonl(seed_records, tmp_path / "out.jsonl")
    from_array = list(read_records(tmp_path / "out.json"))
    assert from_array == list(read_records(str(tmp_path / "out.jsonl"))) == orjson.loads(orjson.dumps(seed_records))
    rows = summary_rows(from_array)
    assert [r["file"] for r in rows] == sorted(SEED_FACTS)
    for row, record in zip(rows, from_array, strict=True):
        assert list(row) == HEADER
        assert (row["bureau"], row["province"], row["year"]) == SEED_FACTS[row["file"]]
        assert row["sections"] == len(record["sections"]) and row["sections"] >= 3
        for key in ("measures", "statistics", "shortcomings", "plans", "warnings"):
            assert row[key] == len(record[key])
        codes = Counter(w["code"] for w in record["warnings"])
        assert row["warning_codes"] == " ".join(f"{c}:{n}" for c, n in sorted(codes.items()))


def test_summary_counts_and_warning_codes_of_a_record():
    record = {"source": {"path": "a/b/报告.txt"}, "bureau": {"name": "X局", "province": "浙江省"}, "report_year": 2022,
              "sections": [{}, {}], "measures": [{}] * 4, "statistics": [{}] * 7, "shortcomings": [], "plans": [{}],
              "warnings": [{"code": "truncated"}, {"code": "injected_text"}, {"code": "truncated"}]}
    (row,) = summary_rows([record])
    assert row == {"file": "报告.txt", "bureau": "X局", "province": "浙江省", "year": 2022, "sections": 2, "measures": 4,
                   "statistics": 7, "shortcomings": 0, "plans": 1, "warnings": 3,
                   "warning_codes": "injected_text:1 truncated:2", "path": "a/b/报告.txt"}
    (empty,) = summary_rows([{"source": {"path": "-"}, "bureau": None}])
    assert empty["file"] == "-" and empty["bureau"] is None and empty["year"] is None and empty["warnings"] == 0
    assert empty["warning_codes"] == ""


def test_csv_has_bom_header_and_one_row_per_report(seed_records):
    rows = summary_rows(seed_records)
    buf = io.BytesIO()
    write_csv(rows, buf)
    data = buf.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    assert b"\r\n" in data and data.count(b"\r\n") == 6
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parsed[0] == HEADER
    assert len(parsed) == 6
    for line, row in zip(parsed[1:], rows, strict=True):
        assert line[0] == row["file"] and line[1] == row["bureau"] and line[3] == str(row["year"])
        assert line[5] == str(row["measures"]) and line[10] == row["warning_codes"]
    # text streams work too, and the BOM can be left out
    out = io.StringIO(newline="")
    write_csv(rows, out, bom=False)
    assert out.getvalue().startswith("file,bureau,") and list(csv.reader(io.StringIO(out.getvalue())))[1:] == parsed[1:]
    # the binary stream stays usable after write_csv
    buf.write(b"x")


def test_csv_guards_against_formula_injection():
    rows = summary_rows([{"source": {"path": "-"}, "bureau": {"name": "=HYPERLINK(\"x\")", "province": "+1"}}])
    out = io.StringIO(newline="")
    write_csv(rows, out, bom=False)
    (line,) = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert line[:3] == ["-", "'=HYPERLINK(\"x\")", "'+1"] and line[-1] == "-"
    assert line[3] == "" and line[4] == "0"  # no year: empty cell; counts are numbers


def test_read_records_streams_jsonl_line_by_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"report_year": 2020}\n\n{"report_year": 20\n{"report_year": 2022}\n')
    records = read_records(path)
    assert next(records) == {"report_year": 2020}  # yielded before the broken line 3 is read
    with pytest.raises(RecordsError, match="line 3"):
        next(records)


def test_read_records_formats_and_errors(tmp_path, monkeypatch):
    _write_array([{"a": 1}, {"a": 2}], tmp_path / "pretty.json", pretty=True)
    assert list(read_records(tmp_path / "pretty.json")) == [{"a": 1}, {"a": 2}]
    (tmp_path / "one.json").write_bytes(orjson.dumps({"a": 1}, option=orjson.OPT_INDENT_2))
    assert list(read_records(tmp_path / "one.json")) == [{"a": 1}]
    (tmp_path / "empty.json").write_bytes(b"\n\n")
    assert list(read_records(tmp_path / "empty.json")) == []
    (tmp_path / "nums.json").write_bytes(b"[1, 2]")
    with pytest.raises(RecordsError, match="element 0"):
        list(read_records(tmp_path / "nums.json"))
    (tmp_path / "bad.json").write_bytes(b"[{\"a\": 1},")
    with pytest.raises(RecordsError):
        list(read_records(tmp_path / "bad.json"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"x": 1}\n{"x": 2}\n'), encoding="utf-8"))
    assert list(read_records("-")) == [{"x": 1}, {"x": 2}]


def test_summary_table_renders(seed_records):
    from rich.console import Console

    rows = summary_rows(seed_records)
    table = summary_table(rows)
    console = Console(record=True, width=220, color_system=None)
    console.print(table)
    out = console.export_text()
    assert "zhenfa summary: 5 reports" in out
    for column in HEADER[:-1]:
        assert column in out
    for bureau, province, year in SEED_FACTS.values():
        assert bureau in out and province in out and str(year) in out
    total_measures = sum(r["measures"] for r in rows)
    footer = [line for line in out.splitlines() if "total" in line]
    assert footer and str(total_measures) in footer[0]
    assert [c.header for c in table.columns] == HEADER[:-1]
