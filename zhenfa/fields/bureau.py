"""The issuing bureau and its place.

Candidates come from an ordered list of sources (title, the author line under
the title, 发布机构, the sign-off, the body, 来源); the first gives the name.
A name that lacks its place (区教育局, 市教育局) is completed from a fuller
occurrence elsewhere in the document (和平区教育局). The place comes from the
gazetteer: the most specific division in the name, disambiguated by the other
places the text mentions (和平区 + 天津市 → 天津市和平区).
"""

from __future__ import annotations

import re
from collections import Counter

from ..layout import Layout, Role
from ..models import Bureau, Level, Warning, build
from ..text import Doc
from ..warnings import warn
from .places import Division, gazetteer

# Department names as written after a place (longest first in the pattern).
DEPARTMENTS = (
    "教育局", "教育体育局", "教育和体育局", "教育科技局", "教育和科学技术局", "教育科学技术局", "教育科学和技术局", "教体局",
    "教科局", "教育委员会", "教委", "教育工作委员会", "司法局", "卫生健康局", "卫生和健康局", "卫生健康委员会", "卫健委", "卫健局",
    "卫生局", "人力资源和社会保障局", "人力资源社会保障局", "人社局", "市场监督管理局", "市场监管局", "公安局", "公安分局",
    "财政局", "民政局", "自然资源局", "自然资源和规划局", "规划和自然资源局", "生态环境局", "生态环境分局", "住房和城乡建设局",
    "住建局", "交通运输局", "交通局", "水利局", "水务局", "农业农村局", "农业局", "商务局", "文化和旅游局", "文化广电和旅游局",
    "文化广电旅游局", "文旅局", "应急管理局", "审计局", "统计局", "医疗保障局", "医保局", "退役军人事务局", "林业局",
    "林业和草原局", "税务局", "城市管理局", "城市管理综合执法局", "城管局", "综合行政执法局", "发展和改革委员会", "发展改革委",
    "发展和改革局", "发改委", "发改局", "工业和信息化局", "工信局", "科学技术局", "科技局", "体育局", "行政审批局",
    "行政审批服务局", "政务服务管理局", "政务服务和大数据管理局", "数据局", "大数据局", "信访局", "机关事务管理局",
    "粮食和物资储备局", "档案局", "人民政府办公室", "政府办公室", "人民政府", "司法厅", "教育厅", "卫生健康委", "民族宗教事务局",
    "残疾人联合会", "人民防空办公室", "气象局", "烟草专卖局", "海关", "邮政管理局", "药品监督管理局", "知识产权局", "人民检察院",
    "人民法院",
)
_DEPT = re.compile("(?=[" + "".join(sorted({d[0] for d in DEPARTMENTS})) + "])(?:"
                   + "|".join(re.escape(d) for d in sorted(DEPARTMENTS, key=len, reverse=True)) + ")")
# Any organisation-like ending, for names the table does not know.
_ORG_END = re.compile(r"(?:局|委员会|委|厅|办公室|政府|中心|院|署|部|会)$")
_PARTY = re.compile(r"^(?:中共|中国共产党)")
# Where a title's issuer ends: before the year, 关于, or the topic.
_TITLE_ISSUER = re.compile(r"(?P<issuer>[\s\S]+?)\s*(?:关于|(?:19|20)\d\d ?年|[〇○零一二三四五六七八九]{4} ?年|本年度|上一?年度|年度|法治|推进|依法行政|[_＿]{2,})")
_LEVEL_CHARS = "省市区县州旗盟"
_META_ISSUER = (
    (0, re.compile(r"(?:发布机构|发文机关|发布单位|所属机构)\s*[\]】]?\s*[:：]?\s*")),
    (3, re.compile(r"(?:信息来源|文章来源|稿件来源|来源)\s*[\]】]?\s*[:：]\s*")),
    # 发布者 is often the website's owner (the district government), not the bureau: last resort.
    (4, re.compile(r"(?:发布者|发布人)\s*[\]】]?\s*[:：]\s*")),
)
_VALUE_END = re.compile(r"[\s|｜丨,，;；]|发布|浏览|访问|时间|日期|$")


def _content(doc: Doc, i: int) -> str:
    ln = doc.lines[i]
    return doc.view[ln.content_start:ln.content_end]


def places_ending_at(view: str, end: int) -> tuple[int, list[Division]] | None:
    """The longest division name that ends at `end`."""
    gaz = gazetteer()
    best = None
    for length in range(2, 15):
        begin = end - length
        if begin < 0:
            break
        divs = gaz.lookup(view[begin:end])
        if divs:
            best = (begin, divs)
    return best


def walk_left(view: str, pos: int) -> int:
    """Extend a name leftwards over the place names written before `pos` (成都市成华区…)."""
    while True:
        found = places_ending_at(view, pos)
        if found is None:
            return pos
        pos = found[0]


def split_issuers(text: str) -> list[tuple[int, int]]:
    """Joint issuers separated by spaces: (start, end) offsets within text."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def title_issuer(doc: Doc, title_span: tuple[int, int]) -> tuple[int, int] | None:
    view = doc.view
    m = _TITLE_ISSUER.match(view, title_span[0], title_span[1])
    if not m:
        return None
    start, end = m.start("issuer"), m.end("issuer")
    if view.startswith("关于", start):  # 关于XX局2022年…的报告: the issuer follows 关于
        inner = _TITLE_ISSUER.match(view, start + 2, title_span[1])
        if not inner:
            return None
        start, end = inner.start("issuer"), inner.end("issuer")
    text = view[start:end]
    parts = [(start + a, start + b) for a, b in split_issuers(text.replace("\n", " ").replace("\r", " "))]
    if not parts:
        return None
    parts = [p for p in parts if _is_org(view[p[0]:p[1]]) or view[p[0]:p[1]] in gazetteer().by_name]
    if not parts:
        return None
    government = [p for p in parts if not _PARTY.match(view[p[0]:p[1]])]
    chosen = (government or parts)[-1] if len(parts) > 1 else parts[0]
    return chosen


def _is_org(text: str) -> bool:
    return bool(_DEPT.search(text) or _ORG_END.search(text)) and 2 <= len(text) <= 40


def _body_range(doc: Doc, layout: Layout) -> tuple[int, int]:
    if layout.body_end <= layout.body_start:
        return (0, 0)
    return doc.lines[layout.body_start].start, doc.lines[layout.body_end - 1].end


def find_bureau(doc: Doc, layout: Layout, title_lines: tuple[int, int] | None
                ) -> tuple[Bureau | None, tuple[int, int] | None, list[Warning]]:
    view = doc.view
    candidates: list[tuple[int, int]] = []  # spans of names, best first
    header_end = min(layout.body_start, len(doc.lines))
    # 1. the title
    if title_lines is not None:
        span = (doc.lines[title_lines[0]].content_start, doc.lines[title_lines[1]].content_end)
        issuer = title_issuer(doc, span)
        if issuer is not None:
            candidates.append(issuer)
        # 2. an author line right under the title (2020年度…工作总结 / 龙泉市教育局)
        for i in range(title_lines[1] + 1, min(title_lines[1] + 3, len(doc.lines))):
            content = _content(doc, i)
            if not content:
                continue
            if layout.roles[i] is Role.text and len(content) <= 30 and _is_org(content) and not re.search(r"[,，。:：]", content):
                ln = doc.lines[i]
                candidates.append((ln.content_start, ln.content_end))
            break
    # 3. 发布机构 and other metadata
    meta: list[tuple[int, tuple[int, int]]] = []
    for i in range(header_end):
        ln = doc.lines[i]
        for priority, label in _META_ISSUER:
            for m in label.finditer(view, ln.content_start, ln.content_end):
                end_m = _VALUE_END.search(view, m.end(), ln.content_end)
                stop = end_m.start() if end_m else ln.content_end
                if stop > m.end() and _is_org(view[m.end():stop]):
                    meta.append((priority, (m.end(), stop)))
    candidates.extend(span for p, span in sorted(meta) if p == 0)
    # 4. the sign-off
    for j in range(layout.body_end, len(doc.lines)):
        content = _content(doc, j)
        if content and layout.roles[j] is Role.text and len(content) <= 30 and _is_org(content) \
                and not re.search(r"[,，。:：]", content):
            ln = doc.lines[j]
            candidates.append((ln.content_start, ln.content_end))
    # 5. the body: the most frequent full name (a place before a department)
    if not candidates:  # scanning the body costs more than everything above: only when needed
        body_names = _body_names(doc, layout)
        if body_names:
            candidates.append(body_names[0])
    candidates.extend(span for p, span in sorted(meta) if p > 0)
    warnings: list[Warning] = []
    if not candidates:
        warnings.append(warn("no_bureau"))
        return None, None, warnings
    name_span = candidates[0]
    name_span = complete_name(doc, name_span)
    name = doc.display(*name_span).replace(" ", "")
    bureau = build(Bureau, name=name, province=None, city=None, county=None, level=None, adcode=None,
                                    span=name_span)
    place_span = locate(doc, bureau, name_span, warnings)
    return bureau, place_span, warnings


def _body_names(doc: Doc, layout: Layout) -> list[tuple[int, int]]:
    """Full names (place + department) in the body, most frequent first."""
    view = doc.view
    start, end = _body_range(doc, layout)
    end = min(end, start + 200_000)
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for m in _DEPT.finditer(view, start, end):
        begin = walk_left(view, m.start())
        if begin == m.start():
            continue
        name = view[begin:m.end()]
        counts[name] += 1
        first.setdefault(name, (begin, m.end()))
    return [first[name] for name, _ in counts.most_common()]


def complete_name(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """The fullest form of a name the document writes: 区教育局 → 和平区教育局,
    鼓楼区司法局 → 福州市鼓楼区司法局 (the sign-off), 静海区 → 天津市静海区人民政府."""
    view = doc.view
    name = view[span[0]:span[1]].strip()
    if name in gazetteer().by_name:  # a bare place in the title (静海区…): the government of that place
        gov = _find_fuller(view, name + "人民政府", anchor_len=len(name))
        return gov or span
    if _place_prefix_len(name) > 0:
        fuller = _find_fuller(view, name, anchor_len=0)
        return fuller if fuller and fuller[1] - fuller[0] > len(name) else span
    level_char = name[0] in _LEVEL_CHARS
    anchor = 1 if level_char else 0
    fuller = _find_fuller(view, name, anchor_len=anchor)
    return fuller or span


def _place_prefix_len(name: str) -> int:
    """Length of the place names at the start of `name` (0 when it starts with none)."""
    gaz = gazetteer()
    pos = 0
    while True:
        best = 0
        for length in range(2, 15):
            if gaz.lookup(name[pos:pos + length]):
                best = length
        if not best:
            return pos
        pos += best


def _find_fuller(view: str, name: str, anchor_len: int) -> tuple[int, int] | None:
    """The longest occurrence of `name` with a place written before it."""
    best: tuple[int, int] | None = None
    pos = view.find(name)
    while pos != -1:
        # The place ends after the level character the short name starts with (区|教育局).
        begin = walk_left(view, pos + anchor_len)
        if begin < pos + anchor_len and (best is None or pos + len(name) - begin > best[1] - best[0]):
            best = (begin, pos + len(name))
        pos = view.find(name, pos + 1)
    return best


def locate(doc: Doc, bureau: Bureau, name_span: tuple[int, int], warnings: list[Warning]) -> tuple[int, int] | None:
    """Fill province, city, county, level and adcode from the places in the name."""
    gaz = gazetteer()
    view = doc.view
    hits = gaz.find_places(view, name_span[0], name_span[1])
    if not hits:
        if bureau.name and re.search(r"[市区县州旗盟省]", bureau.name[:8]):
            warnings.append(warn("unknown_place", f"the place in {bureau.name!r} is not in the gazetteer, or the name lacks it", name_span))
        return None
    # The most specific division in the name, constrained by the ones before it.
    start, end, divisions = hits[-1]
    context = [d for h in hits[:-1] for d in h[2]]
    if context:
        narrowed = [d for d in divisions if any(_contains(c, d) for c in context)]
        divisions = narrowed or divisions
    if len(divisions) > 1:
        divisions = _disambiguate(doc, divisions)
    if len(divisions) != 1:
        names = "、".join(f"{d.province}{d.city or ''}{d.name}" for d in divisions[:5])
        warnings.append(warn("ambiguous_place", f"{view[start:end]} could be {names}; the text does not say which", (start, end)))
        return (start, end)
    _fill(bureau, divisions[0])
    return (start, end)


def _contains(outer: Division, inner: Division) -> bool:
    return outer.name in (inner.province, inner.city) and outer.adcode != inner.adcode


def _disambiguate(doc: Doc, divisions: list[Division]) -> list[Division]:
    """Keep the candidates whose province or city the text mentions most."""
    mentioned: Counter[str] = Counter()
    for _s, _e, divs in gazetteer().find_places(doc.view, 0, min(len(doc.view), 300_000)):
        for d in divs:
            mentioned[d.name] += 1
    scores = [(mentioned[d.province] + (mentioned[d.city] if d.city and d.city != d.province else 0), d) for d in divisions]
    top = max(s for s, _ in scores)
    if top == 0:
        return divisions
    return [d for s, d in scores if s == top]


def _fill(bureau: Bureau, div: Division) -> None:
    bureau.adcode = div.adcode
    bureau.province = div.province
    if div.level == "province":
        bureau.level = Level.province.value
        if div.name in ("北京市", "天津市", "上海市", "重庆市"):
            bureau.city = div.name
    elif div.level == "city":
        bureau.level = Level.city.value
        bureau.city = div.name
    else:
        bureau.level = Level.county.value
        bureau.city = div.city
        bureau.county = div.name
