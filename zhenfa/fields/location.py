"""Where a bureau is: its province, city, county, level and adcode.

The place comes from the gazetteer: the most specific division written in the
bureau's name, narrowed by the divisions before it (成都市成华区), by division codes
in the page's metadata (索引号 370402/…, credit codes), and by the other places the
text mentions (和平区 + 天津市 → 天津市和平区). A name without a place takes the one
the page names near its top; an undecidable place is left empty with a warning.
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import Bureau, Level, Warning
from ..text import Doc, Ranges, title_ranges
from ..titles import ZONE_SUFFIX
from ..warnings import warn
from .places import MUNICIPALITIES, Division, gazetteer
from .towns import town_counties, town_in_name

LEVEL_CHARS = "省市区县州旗盟"
# Central bodies: no place in their names, no province.
MINISTRIES = (
    "司法部", "教育部", "公安部", "国家安全部", "民政部", "财政部", "人力资源和社会保障部", "人力资源社会保障部", "自然资源部",
    "生态环境部", "住房和城乡建设部", "住房城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部",
    "国家卫生健康委员会", "国家卫生健康委", "应急管理部", "审计署", "国家发展和改革委员会", "国家发展改革委", "工业和信息化部",
    "科学技术部", "国家民族事务委员会", "退役军人事务部", "中国人民银行", "国务院国有资产监督管理委员会", "国务院国资委",
    "海关总署", "国家税务总局", "国家市场监督管理总局", "市场监管总局", "国家金融监督管理总局", "国家统计局",
    "国家医疗保障局", "国家知识产权局", "国家林业和草原局", "国家能源局", "国家粮食和物资储备局", "国家药品监督管理局",
    "国家移民管理局", "国家文物局", "国家邮政局", "中国气象局", "中国地震局", "国家铁路局", "中国民用航空局", "国家体育总局",
    "国家广播电视总局", "国家新闻出版署", "国家版权局", "国家互联网信息办公室", "国家消防救援局", "国家数据局",
)
MINISTRY = re.compile("|".join(re.escape(m) for m in sorted(MINISTRIES, key=len, reverse=True)))

# A township-level body: a town, a township or a street office (below the gazetteer).
# (鹤龙街 is how a street office may write itself; the bureau reader takes such a name only where a body stands)
# (乡 after 城 is 城乡, a department's word, …住房和城乡; 宝城镇, 古城镇, 古城街道 are towns)
TOWN = re.compile(r"(?:镇|乡(?<!城乡)|街道|街)(?:人民政府|政府|办事处|党委|党工委)?$|(?:镇|乡|街道)(?:人民政府|政府|办事处|党委|党工委)"
                  r"|街(?:办事处|党工委)")


def level_prefix(name: str) -> tuple[int, str | None]:
    """The level a name without its place starts with, and its length: 区教育局 → (1, 区),
    自治区教育厅 → (3, 区), 自治州… → (3, 州); (0, None) for a name that starts otherwise."""
    if name.startswith(("自治区", "自治州", "自治县", "自治旗")):
        return 3, name[2]
    return (1, name[0]) if name[:1] and name[0] in LEVEL_CHARS else (0, None)


# A zone or county written before the department, after a short place name: 经开区统计局, 高新区管委会.
_ZONE_BEFORE_DEPT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:区|县|旗|镇|乡)")
# A development zone's words right after a short place name (昆山|经开区, 张家港|保税区, 昆山|经济技术开发区;
# not 滨海|湾新区, whose place is not 滨海县), and the suffixes of the county-level place such a
# short name stands for.
ZONE_NAME_END = re.compile(ZONE_SUFFIX + r"(?:管理委员会|管委会)?$")
_ZONE_AFTER_SHORT = re.compile(r"(?:经济技术|高新技术产业|高新技术|经济|综合)?" + ZONE_SUFFIX)
_COUNTY_SUFFIXES = ("市", "县")
# A branch named by a county's short name: 宁波市自然资源和规划局北仑分局, 深圳市生态环境局南山管理局.
_BRANCH = re.compile(r"(?:局|委员会)(?P<short>[\u4e00-\u9fff]{2,3}?)(?:分局|管理局|分所|派出所)$")


# Seas, rivers and regions a central body names its regional bureaus by (自然资源部北海局 in 青岛,
# 交通运输部北海救助局 in 烟台, 长江航务管理局, 华东监管局), where one is also a place's short name (北海 for
# 北海市): after such a name, only a local branch's department (国家统计局北海调查队, …北海监管分局) places
# the branch in that place.
SEA_AND_REGION_NAMES = ("北海", "东海", "南海", "黄海", "渤海", "长江", "黄河", "珠江", "淮河", "海河", "太湖", "华东", "华北",
                        "华南", "华中", "西南", "西北", "东北")
_LOCAL_BRANCH_DEPARTMENT = re.compile(r"(?:税务局|监管局|监管分局|调查总队|调查队|邮政管理局|监督管理局|通信管理局|气象局|地震局|"
                                      r"烟草专卖局|海关)")


def central_branch_by_short(short: str, rest: str) -> bool:
    """Whether a central body's branch written with a bare short name (`short`, then `rest`: 上海 +
    打捞局, 北海 + 调查队) is placed by that name: always, unless the name is also a sea's or region's
    and `rest` is no local branch's department."""
    return short not in SEA_AND_REGION_NAMES or _LOCAL_BRANCH_DEPARTMENT.match(rest) is not None


def places_ending_at(view: str, end: int) -> tuple[int, list[Division]] | None:
    """The longest division name that ends at `end`."""
    gaz = gazetteer()
    if end < 2 or end > len(view):
        return None
    # Only the lengths of names that end with these two characters (most end none), longest first.
    for length in gaz.lengths_by_tail.get(view[end - 2:end], ()):
        begin = end - length
        if begin >= 0:
            divs = gaz.lookup(view[begin:end])
            if divs:
                return (begin, divs)
    return None


def walk_left(view: str, pos: int) -> int:
    """Extend a name leftwards over the place names written before `pos` (成都市成华区…);
    a name holds at most four (province, city, county, town)."""
    for _ in range(4):
        found = places_ending_at(view, pos)
        if found is None:
            break
        pos = found[0]
    return pos


def locate(doc: Doc, bureau: Bureau, name_span: tuple[int, int], warnings: list[Warning]) -> tuple[int, int] | None:
    """Fill province, city, county, level and adcode from the places in the name."""
    view = doc.view
    hits = _name_places(view, name_span)
    town = TOWN.search(view, hits[-1][1] if hits else name_span[0], name_span[1]) is not None
    if not hits and bureau.name and MINISTRY.fullmatch(bureau.name):
        return None  # a central body: no province, whatever places its report mentions
    if not hits and bureau.name:
        # 武汉经开区统计局: a name that starts with a city's or province's short name; or a central
        # body's branch, whose short name follows the body's (国家金融监督管理总局上海监管局)
        central = MINISTRY.match(bureau.name)
        at = central.end() if central else 0
        for length in (3, 2):
            divs = gazetteer().by_short.get(bureau.name[at:at + length])
            if not divs and length == 2 and not at and _ZONE_AFTER_SHORT.match(bureau.name, length):
                # 昆山经开区: a zone named by its county-level city's short name (昆山市)
                divs = [d for suffix in _COUNTY_SUFFIXES for d in gazetteer().lookup(bureau.name[:length] + suffix)
                        if d.level == "county"]
            if divs and at and not central_branch_by_short(bureau.name[at:at + length], bureau.name[at + length:]):
                divs = []  # 自然资源部北海局: a regional bureau named by a sea, not a branch in 北海市
            if divs:
                single = only_single(doc, divs)
                if single is not None:
                    # 广西交通运输厅 is the province's own; 武汉经开区统计局 is a zone's, below the city, and
                    # a zone (广西东盟经济技术开发区) is no level of the hierarchy
                    fill_place(bureau, single, level=_ZONE_BEFORE_DEPT.match(bureau.name, at + length) is None
                               and not ZONE_NAME_END.search(bureau.name))
                    return (name_span[0] + at, name_span[0] + at + length)
    if not hits:
        # 中村乡人民政府, 区教育局: the name has no place of the gazetteer's; the places the
        # page names around the title and the opening (禄丰市 in the addressee) tell where.
        addressed = _addressed_county(doc, name_span) if town else None
        if addressed is not None:
            # 中共渠县县委、渠县人民政府： over 宝城镇's report: a township reports to its county, which
            # settles which county of those with a township of that name it is (a two-character
            # county, 渠县, is no place of the context: it reads inside other words)
            fill_place(bureau, addressed[1], level=False)
            bureau.level = Level.town
            return addressed[0]
        context = context_place(doc, name_span)
        if context is None:
            if town:
                bureau.level = Level.town
                # 鲍沟镇人民政府, nowhere placed: the county that has a township of that name
                found = _town_counties(doc, name_span[0], name_span[1])
                if found is not None and len(found[1]) == 1:
                    fill_place(bureau, found[1][0], level=False)
                    return found[0]
                if found is not None and found[1]:
                    warnings.append(_ambiguous_town_warning(doc, *found))
            elif bureau.name and bureau.name[0] in _PREFIX_LEVELS and not bureau.name.startswith(_NOT_A_LEVEL):
                bureau.level = _PREFIX_LEVELS[bureau.name[0]]  # 区司法局, nowhere named: still a county-level body
            if bureau.name and re.search(r"[市区县州旗盟省]", bureau.name[:8]):
                warnings.append(warn("unknown_place", f"the place in {bureau.name!r} is not in the gazetteer, or the name lacks it", name_span))
            return None
        hits = [context]
        own_level = level_prefix(bureau.name or "")[1]
        if not town and own_level in ("市", "省") and view[context[1] - 1] != own_level \
                and not (bureau.name or "").startswith(_NOT_A_LEVEL):
            # 市教育局 on a page that names 金水区 (its address, a venue): the city's bureau, not the district's
            single = only_single(doc, context[2])
            above = _enclosing(single, own_level) if single is not None else None
            if above is not None:
                fill_place(bureau, above)
                return None
        if not town and not (own_level is not None and view[context[1] - 1] == own_level):
            # Only the place is known, not the bureau's level within it.
            single = only_single(doc, context[2])
            if single is None:
                warnings.append(ambiguous_warning(doc, context))
            else:
                fill_place(bureau, single, level=False)
                bureau.level = place_level(doc, single, bureau.name)
            return (context[0], context[1])
    # The most specific division in the name, constrained by the ones before it.
    start, end, divisions = hits[-1]
    before = [d for h in hits[:-1] for d in h[2]]
    if before:
        narrowed = [d for d in divisions if any(_contains(c, d) for c in before)]
        divisions = narrowed or divisions
    if len(divisions) > 1:
        hints = _code_hints(doc)
        coded = [d for d in divisions if d.adcode in hints]
        divisions = coded if len(coded) == 1 else _disambiguate(doc, divisions)
    if len(divisions) > 1 and town:
        # 白云区鹤龙街道: the 白云区 (of 广州 or of 贵阳) that has a township of that name
        divisions = _with_town(divisions, view, end, name_span[1]) or divisions
    if len(divisions) != 1:
        warnings.append(ambiguous_warning(doc, (start, end, divisions)))
        if town:
            bureau.level = Level.town  # 白云区鹤龙街道: where it is is unsettled, what it is is not
        return (start, end)
    fill_place(bureau, divisions[0])
    if divisions[0].level == "city":
        county = _branch_county(view, end, name_span[1], divisions[0])
        if county is not None:
            fill_place(bureau, county)
    if town:
        bureau.level = Level.town
        in_name = name_span[0] <= start < end <= name_span[1]
        if divisions[0].level != "county" and (in_name or _trusted_context(doc, start, end)):
            # 三都镇 in a text that names 柳州市: the county of that city with a township of that name
            # (after the place when the name holds it, else the whole name: the place came from the context,
            # and only a context the report gives as its own settles a name several counties share)
            span = town_in_name(view, end if in_name else name_span[0], name_span[1])
            within = [c for c in _town_candidates(view, span) if _contains(divisions[0], c)] if span else []
            if len(within) == 1:
                fill_place(bureau, within[0], level=False)
    return (start, end)


def _town_counties(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], list[Division]] | None:
    """The township's name in view[start:end] and the counties it may lie in: those with a
    township of that name, narrowed to the ones whose city or province the text names most."""
    span = town_in_name(doc.view, start, end)
    if span is None:
        return None
    counties = _town_candidates(doc.view, span)
    return span, (_disambiguate(doc, counties) if len(counties) > 1 else counties)


ADDRESSEE_REACH = 1500  # characters from the top where a report's addressee line stands


def _addressed_county(doc: Doc, name_span: tuple[int, int]) -> tuple[tuple[int, int], Division] | None:
    """The county named in the addressee line (中共渠县县委、渠县人民政府：) that has a township of the
    name in view[name_span], and where the addressee names it; None unless exactly one does."""
    view = doc.view
    span = town_in_name(view, name_span[0], name_span[1])
    if span is None:
        return None
    candidates = _town_candidates(view, span)
    lines = [m.span() for m in _SALUTATION.finditer(view, 0, min(len(view), ADDRESSEE_REACH))] if candidates else []
    named = [(at, c) for c in candidates for start, end in lines if (at := view.find(c.name, start, end)) != -1]
    if len({c.adcode for _, c in named}) != 1:
        return None
    at, county = named[0]
    return (at, at + len(county.name)), county


# A two-character township name (乌镇) is a township of that name (佳县's 乌镇, 蒲城县's 孙镇) or, where
# there is none, how one whose name doubles its last character writes itself (乌镇镇).


def _town_candidates(view: str, span: tuple[int, int]) -> list[Division]:
    """The counties that may hold the township named in view[span[0]:span[1]]."""
    name = view[span[0]:span[1]]
    found = town_counties(name)
    if not found and len(name) == 2 and name[-1] in "镇乡":
        # 乌镇 may be how 乌镇镇 writes itself, where no township is named 乌镇 (the text writing 乌镇镇
        # settles nothing: 孙镇镇长, 翟镇镇区, 孙镇镇政府 are 孙镇's head, centre and government)
        found = town_counties(name + name[-1])
    return found


# Clauses about another place than the report's own: a visit, a study tour, a pairing (组织班子成员
# 赴浙江省学习…, 学习借鉴浙江省…经验, 与安徽省淮南市结对…, 邀请浙江省专家…). A place named there once
# does not settle which of several same-named townships the report's is.
# (学习贯彻《江苏省…条例》 is the report's own law, not a study tour)
_ELSEWHERE_BEFORE = re.compile(r"赴|前往|借鉴|考察|参观|观摩|邀请|聘请|对口|兄弟|学习(?!贯彻|宣传|宣讲|领会|落实)")
_ELSEWHERE_AFTER = re.compile(r"学习|考察|参观|观摩|结对|交流|协作|合作|调研|取经|经验")
# How a report speaks of its own township in a clause (我镇获评四川省…示范镇): a place there is its own.
_OWN_TOWN = re.compile(r"[我本全](?:镇|乡|街道)")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
_CLAUSE_REACH = 40  # characters read on either side of the place for its clause
_OPENING_LINES = 6  # the title and the opening paragraph stand among the first non-blank lines


def _trusted_context(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at view[start:end], read from the context (not the body's name), is the
    report's own: named more than once, or, outside a clause about another place, in the title or
    the opening paragraph (the first line that holds a sentence) or in a clause that speaks as
    the township (我镇…)."""
    view = doc.view
    place = view[start:end]
    if view.count(place) > 1:
        return True
    clause_start, clause_end = _clause_bounds(view, start, end)
    if _ELSEWHERE_BEFORE.search(view, clause_start, start) or _ELSEWHERE_AFTER.search(view, end, clause_end):
        return False
    if _OWN_TOWN.search(view, clause_start, clause_end):
        return True
    seen = 0
    for line in doc.lines:
        if line.blank:
            continue
        if line.start <= start < line.end + 1:
            return True
        seen += 1
        if seen >= _OPENING_LINES or "。" in view[line.content_start:line.content_end]:
            return False
    return False


def _ambiguous_town_warning(doc: Doc, span: tuple[int, int], counties: list[Division]) -> Warning:
    names = "、".join(_full_label(d) for d in counties[:5])
    more = f" and {len(counties) - 5} more" if len(counties) > 5 else ""
    # (a city with no counties, 东莞市, holds its townships itself: "places", not "counties")
    return warn("ambiguous_place", f"{len(counties)} places have a township named {doc.view[span[0]:span[1]]} "
                f"({names}{more}); the text does not say which", span)


def _with_town(divisions: list[Division], view: str, start: int, end: int) -> list[Division]:
    """The divisions (counties or cities) that have the township named in view[start:end]."""
    span = town_in_name(view, start, end)
    if span is None:
        return []
    counties = _town_candidates(view, span)
    return [d for d in divisions if any(c.adcode == d.adcode or (d.level == "city" and c.city == d.name and c.province == d.province)
                                        for c in counties)]


def _branch_county(view: str, start: int, end: int, city: Division) -> Division | None:
    """The county a city bureau's branch is named after (北仑分局 → 北仑区), when the city has one."""
    m = _BRANCH.search(view, start, end)
    if m is None:
        return None
    short = m.group("short")
    found = [d for suffix in "区县市旗" for d in gazetteer().lookup(short + suffix)
             if d.level == "county" and d.city == city.name and not d.historical]
    return found[0] if len(found) == 1 else None


# 370402/2022-00029 (an index number that starts with the publisher's code), and a unified
# social credit code 11430802MB1C45678P (characters 3 to 8 are the code).
# Each begins with its first character and looks back from it (specification in
# tests/test_perf_header.py: (?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}…, (?<![0-9A-Za-z])([1-8]\d{5})…): a
# pattern that starts with a look-behind is tried at every position, one that starts with a class
# is scanned in C.
_CREDIT_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY](?<![0-9A-Z][0-9A-HJ-NPQRTUWXY])[0-9A-HJ-NPQRTUWXY]([1-8]\d{5})"
                          r"[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
_INDEX_CODE = re.compile(r"([1-8](?<![0-9A-Za-z][1-8])\d{5})(?=[/\-_.])")
METADATA_LINES = 60  # the page's metadata stands among its first lines
METADATA_LINE_MAX = 120  # and its lines are short; body text holds other numbers


def _code_hints(doc: Doc) -> set[str]:
    """Division codes written in the page's metadata: an index number that starts with the
    publisher's code (370402/2022-00029) or a unified social credit code (11500111MB…)."""
    view = doc.view
    # The short lines joined by line breaks, so that each pattern is searched once, not once a
    # line: a code holds no line break, and one at a line's edge reads the break as it read
    # the line's end (or the space before its start).
    short = "\n".join(view[line.content_start:line.content_end] for line in doc.lines[:METADATA_LINES]
                      if line.content_end - line.content_start <= METADATA_LINE_MAX)
    return {m.group(1) for pattern in (_CREDIT_CODE, _INDEX_CODE) for m in pattern.finditer(short)}


def ambiguous_warning(doc: Doc, hit: tuple[int, int, list[Division]]) -> Warning:
    start, end, divisions = hit
    names = "、".join(_full_label(d) for d in divisions[:5])
    return warn("ambiguous_place", f"{doc.view[start:end]} could be {names}; the text does not say which", (start, end))


def _full_label(div: Division) -> str:
    """A division with the province and city above it, each once: 广东省广州市白云区, 广东省东莞市, 天津市和平区."""
    return f"{div.province}{div.city if div.city and div.city not in (div.province, div.name) else ''}{div.name}"


def _name_places(view: str, name_span: tuple[int, int]) -> list[tuple[int, int, list[Division]]]:
    """Places in a bureau's name. A two-character county (南县, 和县) counts only at the start of
    the name or right after its own city: in 肃南县林草局 it is the tail of another name."""
    hits = gazetteer().find_places(view, name_span[0], name_span[1])
    out: list[tuple[int, int, list[Division]]] = []
    for s, e, divs in hits:
        if e - s <= 2 and s != name_span[0] and not (out and out[-1][1] == s):
            continue
        out.append((s, e, divs))
    return out


# Names that start with 市 or 省 as a word, not a level: 市场监督管理局, 市容环境卫生管理局, 市政, 省级
_NOT_A_LEVEL = ("市场", "市容", "市政", "市民", "市区", "市县", "省级", "省市")


def _enclosing(div: Division, level_char: str) -> Division | None:
    """The city (市) or province (省) a division lies in, as a division of the gazetteer."""
    name = div.city if level_char == "市" else div.province
    if not name or name == div.name:
        return None
    wanted = ("city", "province") if level_char == "市" else ("province",)  # 天津市 is a province-level city
    found = [d for d in gazetteer().lookup(name) if d.level in wanted and d.province == div.province]
    return found[0] if len(found) == 1 else None


def only_single(doc: Doc, divisions: list[Division]) -> Division | None:
    found = _disambiguate(doc, divisions) if len(divisions) > 1 else divisions
    return found[0] if len(found) == 1 else None


def _trusted_places(view: str, start: int, end: int, skip: Ranges | None = None, *,
                    include_cited: bool = False) -> list[tuple[int, int, list[Division]]]:
    """Place names in running text. A two-character name (城区, 和县) is also an ordinary word or
    part of one (遂宁市城区农贸市场, 文件要求和县委…): it counts only right after its own city."""
    hits = gazetteer().find_places(view, start, end)
    if skip is not None:
        hits = [h for h in hits if not skip.inside(h[0])]
    out = []
    for i, (s, e, divs) in enumerate(hits):
        if e - s <= 2:
            before = hits[i - 1] if i else None
            if before is None or before[1] != s or not any(d.city == view[before[0]:before[1]] for d in divs):
                continue
        out.append((s, e, divs))
    # A place inside 《…》 (学习《关于把云南省曲靖市…案例》) names a document, not where the page is
    # from; it counts only when the text names no place outside titles (《遂宁市…条例》).
    if include_cited:
        return out
    quoted = title_ranges(view, start, end)
    outside = [h for h in out if not quoted.inside(h[0])]
    return outside or out


# A place named as a partner says nothing of where the report is from: 与武隆区对口协调发展…,
# 同XX县结对…, 对口帮扶XX县…, 援建XX县…. After 与/同, a pairing word must follow the place closely (与XX区
# 签订合作协议), not after a body of that place (与淮南市中级人民法院建立协作机制: a partner body, and
# as often in the report's own city); these words right before the place pair it by themselves.
_PARTNER_AFTER_WITH = re.compile(r"(?:[^,，。;；:：\n]{0,4}?)(?:对口|结对|协作|合作|帮扶|共建|携手)")
_PARTNER_BEFORE = re.compile(r"(?:对口|结对|支援|援建|援助|对口帮扶|结对帮扶)$")  # (not 帮扶 alone: 帮扶涪陵区马武镇… helps the report's own towns)
_PARTNER_WITH = "与同"
# A body of the place after it (与涪陵区法院协作, 与涪陵区人民检察院合作): the partner is that body, and as often
# one of the report's own place.
_BODY_AFTER_PLACE = re.compile(r"(?:人民)?(?:法院|检察院|政府)|[\u4e00-\u9fff]{1,8}?(?:局|委员会|办公室)")
_PARTNER_LOOKBACK = 6  # characters before the place read for a pairing word right before it


def _clause_bounds(view: str, start: int, end: int) -> tuple[int, int]:
    """The clause around the place at view[start:end]: from the boundary before it to the one after
    (within _CLAUSE_REACH characters either side)."""
    low = max(0, start - _CLAUSE_REACH)
    back = _CLAUSE_END.search(view[low:start][::-1])  # (the clause's last boundary before the place)
    stop = _CLAUSE_END.search(view, end, min(len(view), end + _CLAUSE_REACH))
    return (start - back.start() if back else low), (stop.start() if stop else min(len(view), end + _CLAUSE_REACH))


def _is_partner(view: str, start: int, end: int) -> bool:
    """Whether the place at view[start:end] is named as a partner of the report's own (与武隆区对口…,
    对口帮扶XX县): the places written before it too (与重庆市武隆区…) are read as one."""
    begin = walk_left(view, start)
    clause_start, clause_end = _clause_bounds(view, start, end)
    if begin > clause_start and view[begin - 1] in _PARTNER_WITH and not view.endswith("参与", clause_start, begin):
        for s, e, _ in gazetteer().find_places(view, end, min(clause_end, end + _PARTNER_LOOKBACK * 3)):
            if s != end:
                break
            end = e  # (与安徽省淮南市结对: after the last of the places written together)
        return _PARTNER_AFTER_WITH.match(view, end, clause_end) is not None and _BODY_AFTER_PLACE.match(view, end, clause_end) is None
    return _PARTNER_BEFORE.search(view[max(clause_start, begin - _PARTNER_LOOKBACK):begin]) is not None


def _not_partners(view: str, hits: list[tuple[int, int, list[Division]]]) -> list[tuple[int, int, list[Division]]]:
    return [h for h in hits if not _is_partner(view, h[0], h[1])]


def context_place(doc: Doc, name_span: tuple[int, int], *, no_districts: bool = False
                  ) -> tuple[int, int, list[Division]] | None:
    """The most specific place the page names most often near its top (title, addressee, opening),
    not a place named as a partner (与武隆区对口协调…); with `no_districts`, not a district or county
    (区, 县, 旗: a county-level city, …市, stays) where a place of another level is named."""
    view = doc.view
    limit = min(len(view), max(name_span[1], 0) + 1500)
    # The addressee a report is sent to (中共红河州委、红河州人民政府：) is above where it is from:
    # the place only when the page names no other (a town's report to 宁远县人民政府：).
    salutations = Ranges.merged([m.span() for m in _SALUTATION.finditer(view, 0, limit)])
    hits = _not_partners(view, _trusted_places(view, 0, limit))
    addressed = [h for h in hits if salutations.inside(h[0])]
    if addressed:
        # other places only within the addressee's (金平县 under 红河州, even in a cited title); a
        # venue elsewhere (长沙市) says nothing of where a town writing to 宁远县 is
        others = _not_partners(view, _trusted_places(view, 0, limit, skip=salutations))
        within = [h for h in others if any(_contains(a, d) for _, _, ads in addressed for a in ads for d in h[2])]
        hits = within or hits
    if not hits:
        # Further down, a place must be named more than once, or be unmistakable (three
        # characters or more): 和县 also reads inside 文件要求和县委….
        hits = _not_partners(view, _trusted_places(view, limit, min(len(view), 100_000)))
        if not hits:
            return None
    if no_districts:
        others = [h for h in hits if not _is_district(h[2])]
        hits = others or _lifted_to_their_city(hits)
    counts: Counter[str] = Counter(view[s:e] for s, e, _ in hits)
    rank = {"county": 0, "city": 1, "province": 2}
    best = min(hits, key=lambda h: (rank.get(h[2][0].level, 3), -counts[view[h[0]:h[1]]], h[0]))
    return best


_SALUTATION = re.compile(r"^[^\S\n]*(?![^\n]*(?:现将|如下|报告))[^\n。，,：:]{2,60}?(?:委|政府|局|厅|部|办公室|委员会)[^\n。，,：:]{0,20}[：:][^\S\n]*$",
                         re.MULTILINE)


def _lifted_to_their_city(hits: list[tuple[int, int, list[Division]]]) -> list[tuple[int, int, list[Division]]]:
    """Districts named by a city's body (海珠区人社局获评…, 黄埔区人社局…) stand for the city they share,
    where they share one; else they stay as they are."""
    cities = {d.city for _, _, divs in hits for d in divs}
    shared = next(iter(cities)) if len(cities) == 1 else None
    if shared is None:
        return hits
    city = [d for d in gazetteer().lookup(shared) if d.level == "city"]
    return [(hits[0][0], hits[0][1], city)] if len(city) == 1 else hits


def _is_district(divisions: list[Division]) -> bool:
    return all(d.level == "county" and d.name.endswith(("区", "县", "旗")) for d in divisions)


def _contains(outer: Division, inner: Division) -> bool:
    return outer.name in (inner.province, inner.city) and outer.adcode != inner.adcode


_DISAMBIGUATE_REACH = 300_000


def _mention_scores(doc: Doc, divisions: list[Division], *, include_cited: bool) -> list[tuple[int, Division]]:
    """How often the text names each candidate's province or city."""
    mentioned: Counter[str] = Counter()
    # (a partner, 与安徽省淮南市结对…, says nothing of which the report's is)
    hits = _trusted_places(doc.view, 0, min(len(doc.view), _DISAMBIGUATE_REACH), include_cited=include_cited)
    for _s, _e, divs in _not_partners(doc.view, hits):
        for d in divs:
            mentioned[d.name] += 1
    return [(mentioned[d.province] + (mentioned[d.city] if d.city and d.city != d.province else 0), d) for d in divisions]


def _disambiguate(doc: Doc, divisions: list[Division]) -> list[Division]:
    """Keep the candidates whose province or city the text mentions most; where that leaves
    several, the ones whose province or city the text names by its short name most (城中区 in a
    text that says 西宁 or 新青海, not 西宁市)."""
    scores = _mention_scores(doc, divisions, include_cited=False)
    top = max(s for s, _ in scores)
    if top == 0:
        # no province or city of theirs outside 《…》: a cited title may still name one (鼓楼区教育局严格按照
        # 《福建省法治政府建设实施方案》…): a district's report cites its own province's plans
        scores = _mention_scores(doc, divisions, include_cited=True)
        top = max(s for s, _ in scores)
    kept = divisions if top == 0 else [d for s, d in scores if s == top]
    if len(kept) < 2:
        return kept
    reach = min(len(doc.view), _DISAMBIGUATE_REACH)
    places = Ranges.merged([(s, e) for s, e, _ in gazetteer().find_places(doc.view, 0, reach)])
    by_short = [(_short_mentions(doc.view, reach, places, d), d) for d in kept]
    top = max(s for s, _ in by_short)
    # (twice at least: a short name once is as often a passing mention, 赴西安学习, 柳州螺蛳粉)
    return kept if top < MIN_SHORT_MENTIONS else [d for s, d in by_short if s == top]


MIN_SHORT_MENTIONS = 2


# Short names that are as often ordinary words or other things (幸福安康, 长治久安, 世界大同, 各位来宾,
# 朝阳产业, 普洱茶, 中山装, 白山黑水, 阿里巴巴, 夸下海口, 白银, 北海 the sea): not counted.
_SHORTS_THAT_ARE_WORDS = frozenset({"安康", "长治", "大同", "来宾", "朝阳", "普洱", "中山", "黄山", "开封", "白山", "山南",
                                    "阿里", "海口", "白银", "玉树", "海西", "北海", "兴安", "红河"})
# What may follow a short name that stands for its place: not a place's or a street's suffix (西宁市 is
# counted as a full name, 西宁路 is a street, 青海湖 a lake).
_NOT_AFTER_SHORT = frozenset("省市区县州旗盟路街道巷里村镇乡湖山河江桥站港")
_STREET_AFTER_SHORT = ("大街", "大道", "大桥")  # 西宁大街 (not 西宁大力推进…)


def _short_mentions(view: str, reach: int, places: Ranges, div: Division) -> int:
    """How often the text writes the short name of the division's province or city as a word of
    its own (西宁, 青海; not inside another place's name in `places`, 广西宁明县, nor 西宁路), in view[:reach]."""
    shorts = {d.short for name, level in ((div.province, "province"), (div.city, "city")) if name
              for d in gazetteer().lookup(name) if d.level == level and d.short and d.short not in _SHORTS_THAT_ARE_WORDS}
    count = 0
    for short in shorts:
        at = view.find(short, 0, reach)
        while at != -1:
            end = at + len(short)
            if view[end:end + 1] not in _NOT_AFTER_SHORT and not view.startswith(_STREET_AFTER_SHORT, end) \
                    and not places.inside(at) and not places.inside(end - 1):
                count += 1
            at = view.find(short, end, reach)
    return count


# How a report speaks of its own place (我镇, 全乡, 本街道, 我县, 全区; not 全乡镇, 全乡村, which a county's
# report says of its towns), by the level each gives; 市 is a city's or a county-level city's.
_WE_PLACE = re.compile(r"[我本全](?P<level>镇|乡(?![镇村])|街道|县|区|旗|市|州|盟|省)")
_WE_LEVELS = {"镇": Level.town, "乡": Level.town, "街道": Level.town, "县": Level.county, "区": Level.county,
              "旗": Level.county, "市": Level.city, "州": Level.city, "盟": Level.city, "省": Level.province}
# A township body's report may call itself bare 街道, 镇 or 乡 as a clause's subject, before its verb
# (…，街道按照《…》…。街道建立…): as 我街道 does. Not after 、 or 各 (全县各乡镇、街道建立… is a county's
# report on its towns), and not 乡镇, 乡村 (乡 then 镇 or 村 is no verb).
_BARE_TOWN_VERBS = ("按照", "根据", "坚持", "建立", "健全", "完善", "制定", "绘制", "开展", "组织", "严格", "积极", "认真",
                    "深入", "全面", "持续", "不断", "扎实", "切实", "进一步", "大力", "着力", "始终", "围绕", "聚焦",
                    "高度重视", "贯彻", "落实", "推进", "强化", "加强", "注重", "创新")
_BARE_TOWN_SUBJECT = re.compile(r"[，,。；;：:\n]\s*+(?P<level>街道|镇|乡)(?:党工委|党委)?(?=" + "|".join(_BARE_TOWN_VERBS) + ")")
_LEVEL_DEPTH = {Level.province: 0, Level.city: 1, Level.county: 2, Level.town: 3}
# The level a name's own first character gives (区教育局 in 鞍山市 is a district's bureau); 市 can be a
# city's or a county-level city's, so it gives none.
_PREFIX_LEVELS = {"省": Level.province, "县": Level.county, "旗": Level.county, "区": Level.county, "州": Level.city,
                  "盟": Level.city}


def place_level(doc: Doc, div: Division, name: str | None) -> Level | None:
    """The level of a bureau whose place was read around its name, not in it (a name without
    one, 区教育局; no name at all): its name's own level character where it has one, else the
    level of the place given, or a deeper one the report speaks as most (我县 under 福建省, 我镇; and,
    for a report that names no body, a bare 街道按照…); none for a zone (高新区), which is no level
    of the hierarchy."""
    name = name or ""
    if ZONE_NAME_END.search(name):
        return None
    length, char = level_prefix(name)
    if length == 3:  # 自治区…, 自治州…, 自治县…
        return Level.province if char == "区" else Level.city if char == "州" else Level.county
    if char in _PREFIX_LEVELS and not name.startswith(_NOT_A_LEVEL):
        return _PREFIX_LEVELS[char]
    level = Level(div.level)
    # 我县, 本镇 name the report's own place; 全省 is as often a comparison (全省十强县): only without them
    said = [(m.group()[0], _WE_LEVELS[m.group("level")]) for m in _WE_PLACE.finditer(doc.view, 0, _OPENING_REACH)]
    own = [lv for who, lv in said if who != "全"]
    if not name:  # (a bureau that names itself, 市市场监管局, says 街道建立… of the street offices it oversees)
        own += [_WE_LEVELS[m.group("level")] for m in _BARE_TOWN_SUBJECT.finditer(doc.view, 0, _OPENING_REACH)]
    spoken = Counter(own or [lv for _, lv in said])
    if div.name in MUNICIPALITIES:
        del spoken[Level.city]  # 我市 in 上海市 is the province-level city itself
    if spoken:
        most = max(spoken, key=lambda lv: (spoken[lv], _LEVEL_DEPTH[lv]))
        # deeper only when said more often than any other level (我省…我市 once each says nothing)
        if _LEVEL_DEPTH[most] > _LEVEL_DEPTH[level] and all(n < spoken[most] for lv, n in spoken.items() if lv != most):
            return most
    return level


_OPENING_REACH = 5000


def fill_place(bureau: Bureau, div: Division, *, level: bool = True) -> None:
    bureau.adcode = div.adcode
    bureau.province = div.province
    if div.level == "province":
        if div.name in MUNICIPALITIES:
            bureau.city = div.name
    elif div.level == "city":
        bureau.city = div.name
    else:
        bureau.city = div.city
        bureau.county = div.name
    if level:
        bureau.level = Level(div.level)
