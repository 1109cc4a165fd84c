"""The issuing bureau's name.

Candidates come from an ordered table of rules (BUREAU_RULES: title, the author
line under the title, 发布机构, the sign-off, the opening's subject, the body, 来源,
the body's self-reference); the first that finds one gives the name. A name that
lacks its place (区教育局, 市教育局) is completed from a fuller occurrence elsewhere in
the document (和平区教育局). Where the bureau is comes from location.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..display import is_han
from ..layout import Layout, Role
from ..models import Bureau, Warning, build
from ..outline.markers import ORNAMENTS
from ..text import Doc
from ..titles import ORG_END, ORG_SUFFIX, PUBLISH_VERBS, ZONE_END, ZONE_NOT_A_NAME, ZONES
from ..warnings import warn
from .kinds import HEADING_VERBS, MANNER_ADVERBS
from .location import (
    MINISTRY,
    TOWN,
    ambiguous_warning,
    central_branch_by_short,
    context_place,
    fill_place,
    level_prefix,
    locate,
    only_single,
    place_level,
    walk_left,
)
from .places import MAX_NAME, gazetteer
from .published import byline_date_at

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
# …，市市场监管局把握…: a bureau naming itself by its level character and department.
_SELF_NAME = re.compile(r"(?:^|[，,。；;、\s])([省市区县州旗盟](?:" + _DEPT.pattern + r"|[\u4e00-\u9fff]{2,8}?厅))")
# Any organisation-like ending, for names the table does not know.
_PARTY = re.compile(r"^(?:中共|中国共产党)")
_PARTY_BODY = re.compile(r"(?:中共|中国共产党)[\u4e00-\u9fff]{2,20}?(?:委员会|工委|党组|党委)")
# Where a title's issuer ends: before the year, 关于, or the topic.
_TITLE_ISSUER = re.compile(r"(?P<issuer>[\s\S]+?)[\s丨｜|]*(?:关于|(?:19|20)\d\d ?年|[〇○零一二三四五六七八九]{4} ?年|本年度|上一?年度|年度|法治|推进|依法行政|[_＿]{2,})")
_PRONOUN = re.compile(r"[我本该全各其此]")
_WE = re.compile(r"[我本](局|厅|委|办|院)")  # how the report speaks of itself
_BARE_TOWN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)")
# The government of a bare place: 静海区人民政府, 下洋镇人民政府, 花木街道办事处.
GOVERNMENT_OF = {"街道": "办事处"}
GOVERNMENT = "人民政府"
# The government as a report also writes it, short (陇西县政府坚持…): tried when the full form is absent,
# and only where it stands as a body: before punctuation, a verb of the opening or these words (not
# 西安市政府采购中心, 西安市政府办公厅, 县政府网站, which name other things).
SHORT_GOVERNMENT = "政府"
_SHORT_GOVERNMENT_FOLLOWERS = ("常务", "党组", "主要", "领导", "工作", "印发", "出台", "制定", "关于", "和", "与", "及")
# The opening of a report names its subject after the year and the usual 在…下 clause.
_INTRO_LEAD = re.compile(r"\s*(?:(?:19|20)\d\d ?年(?:度|以来)?[,，]?\s*)?(?:在[^，,。]{2,60}?(?:下|中)[,，]\s*)*")
# 市人力资源保障局坚持…: a bureau named by its level and a department the table does not know.
# The words that follow the subject of a report's opening sentence.
OPENING_VERBS = ("坚持", "认真", "深入", "全面", "积极", "持续", "不断", "紧紧", "始终", "围绕", "以", "按照", "在", "着力",
                 "大力", "进一步", "扎实", "切实", "紧扣", "聚焦", "高度重视", "严格", "贯彻", "落实")
# Short names end in 委 or 办 too (省国资委, 市人防办, 县卫健委); not a Party organ (市委政法委, 区纪委监委,
# 市直机关工委). The subject may run straight into the topic: 区民宗局法治政府建设工作在…下….
_SUBJECT_FOLLOWERS = (*OPENING_VERBS, "法治", "依法")
# Nor levels together (市县两级司法局, 省市县三级法治办): those are several bodies.
def _department_shape(longest: int) -> str:
    """A department by its shape, before the opening's verb: two characters or more ending in 局, 委员会 or
    厅 (up to `longest`), or two to six ending in 委 or 办, not a Party organ's (委…, 纪委, 工委) nor levels."""
    return (r"(?![委纪省市区县州])(?:(?:(?!级)[\u4e00-\u9fff]){2," + str(longest) + r"}?(?:局|委员会|厅)"
            r"|(?:(?!级)[\u4e00-\u9fff]){2,6}?(?<!工)(?:委|办))(?=" + "|".join(_SUBJECT_FOLLOWERS) + ")")


_SUBJECT_BUREAU = re.compile(r"[省市区县州旗盟]" + _department_shape(12))
# The same shape after a place the gazetteer found (甘肃省|文化和旅游厅坚持…), whose names run longer.
_PLACED_DEPT = re.compile(_department_shape(15))
# What a department's name never starts with: a verb or an adverb (西宁市|深入贯彻省委…, 兰州市|认真落实…,
# 天水市|服务发展大局…: the place is the subject, and what follows is what it did) …
_NOT_A_DEPARTMENT_START = re.compile("(?:" + "|".join(sorted({*OPENING_VERBS, *HEADING_VERBS, *MANNER_ADVERBS,
                                                               "服务", "牢牢", "着眼", "紧紧", "把握", "立足"}, key=len, reverse=True)) + ")")
# … nor ends with a word that only sounds like one (大局, 全局, 格局) or with a Party organ (省委, 司法局党委,
# 机关党委, 党组, 工委): the body's Party committee is not the body.
_NOT_A_DEPARTMENT_END = ("大局", "全局", "格局", "布局", "当局", "结局", "开局", "变局", "新局", "党委", "党组", "工委",
                         "省委", "市委", "区委", "县委", "州委", "旗委", "盟委", "镇委", "乡委")


def _placed_department(view: str, pos: int, para_end: int) -> re.Match[str] | None:
    """A department named by its shape right after a place (甘肃省|文化和旅游厅坚持…), or None."""
    m = _PLACED_DEPT.match(view, pos, para_end)
    if m is None or _NOT_A_DEPARTMENT_START.match(view, pos) or m.group().endswith(_NOT_A_DEPARTMENT_END):
        return None
    return m


# 新市街道办事处坚持…, 下太镇坚持…, 城关镇人民政府坚持…: a town or street office opening the report
# (not 全镇, 我乡: a name has two characters at least before 镇, 乡 or 街道, and is no pronoun)
# (no body's suffix or verb inside: 县司法局指导各乡镇坚持… is the county bureau's sentence)
_SUBJECT_TOWN = re.compile(r"(?![我本该全各其此])(?:(?!局|委|政府|办|各|指导|联合|会同|督促|推动|推进|组织|法治|示范|特色|小镇|乡村)[\u4e00-\u9fff]){2,8}?"
                           r"(?:镇|乡|街道|街)(?:人民政府|政府|办事处)?(?="
                           + "|".join(OPENING_VERBS) + ")")
# 2024年，滨海湾新区（以下简称“新区”）始终坚持…, 高新区坚持…, 某某经开区管委会坚持…: a zone opening the
# report (not 我区, 全区: a zone's name ends with one of ZONES; a bare 新区 is only how a zone's report
# speaks of itself once it has named the zone; 国家级新区, 省级开发区 are kinds of zone, not one)
# (a hyphen may join two names in a zone's: 广西-东盟经济技术开发区, 中国-东盟, 中新…)
# (two names: 省-市共建…高新区 is a pair of levels, not a name)
_ZONE_CHAR = r"(?:(?!级)[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff][\u4e00-\u9fff])[-—·](?=[\u4e00-\u9fff]{2}))"
_SUBJECT_ZONE = re.compile(r"(?P<zone>(?![我本该全各其此])(?:" + _ZONE_CHAR + r"{0,10}?(?:" + "|".join(z for z in ZONES if z != "新区")
                           + r")|(?:(?!级)[\u4e00-\u9fff]){2,10}?新区)(?:管理委员会|管委会)?)(?:[（(]以下简称[^（）()]{1,12}[）)])?(?="
                           + "|".join(OPENING_VERBS) + ")")
# 2022年，区政府坚持…, 县人民政府认真…: a government named by its level only, the report's subject (as a
# short department name is, 区教育局坚持…); a place's government, its level written out (县委、县政府
# and 市县两级政府 do not open on it). Its place is read from the text, as a short name's is.
_LEVEL_GOVERNMENT = re.compile(r"[省市区县州旗盟镇乡](?:人民)?政府")
_SUBJECT_GOVERNMENT = re.compile(_LEVEL_GOVERNMENT.pattern + "(?=" + "|".join(_SUBJECT_FOLLOWERS) + ")")
# 鹤龙街 for 鹤龙街道: how a street office (广州's, among others) writes its own name, read as a body only
# where a body stands (the opening's subject, before the year in a title); these are streets, not offices.
STREETS = ("大街", "步行街", "商业街", "美食街", "小吃街", "老街", "古街", "后街", "前街", "横街", "文化街", "风情街", "一条街")
_SHORT_STREET_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,12}街")
_YEAR_NEXT = re.compile(r"\s*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4}) ?年")


def _is_street_office(name: str) -> bool:
    """鹤龙街, 白云区鹤龙街: a street office's short name (not 中山大街, 商业街: streets)."""
    return _SHORT_STREET_OFFICE.fullmatch(name) is not None and not name.endswith(STREETS)


# 现将周溪乡2024年…报告如下, 现将《上海市生态环境局关于2021年度…报告》报上: the name, not its 《 or 关于
# A body's head by post, longest first: how a head's own report (述职, 述法) names him.
HEAD_POSTS = ("主要负责人", "党组书记", "党委书记", "主要领导", "局长", "主任", "书记", "厅长", "镇长", "乡长", "区长", "县长",
              "市长", "部长", "负责人")
_AS_ITS_HEAD = re.compile(rf"我作为(?P<who>(?:(?!的|所在)[\u4e00-\u9fff（）()]){{2,30}}?{ORG_SUFFIX})(?:{'|'.join(HEAD_POSTS)})")
_REPORTING_SUBJECT = re.compile(r"现将《?(?P<who>[^\s，,。：:《》]{2,20}?)(?:关于)?(?:19|20)\d\d ?年")
_PUBLISH_VERB = re.compile(rf"(?:{PUBLISH_VERBS})\s*《?")  # 关于公布《…局2022年度…报告》的公告
_TRAILING_PUBLISH_VERB = re.compile(rf"\s*(?:{PUBLISH_VERBS})$")
_LEADING_YEAR = re.compile(r"\s*(?:关于)?\s*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年度?\s*")
# (Possessive spaces: a run of thousands, as masked HTML leaves, must not be split every way.)
_META_ISSUER = (
    (0, re.compile(r"(?:发布机构|发文机关|发布单位|所属机构|发文单位|制发机关)[\s\]】|｜:：]*")),
    (1, re.compile(r"(?:信息来源|文章来源|稿件来源|来源)\s*+(?:[\]】]\s*+)?[:：|｜][\s|｜]*")),
    # 发布者 is often the website's owner (the district government), not the bureau: last resort.
    (2, re.compile(r"(?:发布者|发布人)\s*+(?:[\]】]\s*+)?[:：|｜][\s|｜]*")),
)
_VALUE_END = re.compile(r"[\s|｜丨,，;；]|发布|浏览|访问|时间|日期|$")


def split_issuers(text: str) -> list[tuple[int, int]]:
    """Joint issuers separated by spaces: (start, end) offsets within text."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def title_issuer(doc: Doc, title_span: tuple[int, int]) -> tuple[int, int] | None:
    view = doc.view
    # 2020年静海区…, 2022年度遂昌县…报告: the issuer follows the year.
    lead = _LEADING_YEAR.match(view, title_span[0], title_span[1])
    m = _TITLE_ISSUER.match(view, lead.end() if lead else title_span[0], title_span[1])
    if not m:
        return None
    start, end = m.start("issuer"), m.end("issuer")
    if view.startswith("关于", start):  # 关于XX局2022年…的报告: the issuer follows 关于 (and 公布, 印发)
        verb = _PUBLISH_VERB.match(view, start + 2, title_span[1])
        inner = _TITLE_ISSUER.match(view, verb.end() if verb else start + 2, title_span[1])
        if not inner:
            return None
        start, end = inner.start("issuer"), inner.end("issuer")
    verb = _TRAILING_PUBLISH_VERB.search(view, start, end)
    if verb is not None and verb.start() > start:
        end = verb.start()  # a news headline, 司法部发布2023年…报告: the issuer is who published it
    if _is_street_office(view[start:end]) and _YEAR_NEXT.match(view, end, title_span[1]):
        return (start, end)  # 鹤龙街2024年…报告: a street office before the year
    return pick_issuer(doc, start, end)


def pick_issuer(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Of joint issuers (中共某某镇委员会　某某镇人民政府, or glued together), the government body."""
    view = doc.view
    # Split on the whitespace of the source: masked noise inside a name (區(qū)) is spaces in the view.
    parts = [(start + a, start + b) for a, b in split_issuers(doc.text[start:end])]
    # 中共重庆市委教育工作委员会重庆市教育委员会: a Party body glued to the government one
    glued = []
    for a, b in parts:
        m = _PARTY_BODY.match(view, a, b)
        glued.extend([(a, m.end()), (m.end(), b)] if m and m.end() < b else [(a, b)])
    parts = glued
    if not parts:
        return None
    parts = [p for p in parts if _is_org(view[p[0]:p[1]]) or view[p[0]:p[1]] in gazetteer().by_name or _named_with_post(view, *p)]
    if not parts:
        return None
    government = [p for p in parts if not _PARTY.match(view[p[0]:p[1]])]
    # 宁波市人民政府 宁波市司法局: of a government and its department together, the government
    # (a department's site prints its government's report under both names)
    top = [p for p in government if view[p[0]:p[1]].endswith(("人民政府", "政府"))]
    chosen = (top or government or parts)[-1] if len(parts) > 1 else parts[0]
    return chosen


def _is_org(text: str) -> bool:
    if _PRONOUN.match(text):
        return False  # 我局, 本委, 该局, 全局: how a report speaks of itself, not a name
    # the length first: a line of 来源：来源：… must not be searched whole for every label on it
    return 2 <= len(text) <= 40 and bool(_DEPT.search(text) or ORG_END.search(text)
                                         or (ZONE_END.search(text) and not ZONE_NOT_A_NAME.match(text))
                                         or MINISTRY.fullmatch(text))


def _body_range(doc: Doc, layout: Layout) -> tuple[int, int]:
    if layout.body_end <= layout.body_start:
        return (0, 0)
    return doc.lines[layout.body_start].start, doc.lines[layout.body_end - 1].end


@dataclass(frozen=True, slots=True)
class _Where:
    """What the bureau rules read: the document, its layout and its title."""

    doc: Doc
    layout: Layout
    title_lines: tuple[int, int] | None
    title_span: tuple[int, int] | None


Span = tuple[int, int]


def _from_title(w: _Where) -> Span | None:
    return title_issuer(w.doc, w.title_span) if w.title_span is not None else None


def _from_author_line(w: _Where) -> Span | None:
    """An author line right under the title (2020年度…工作总结 / 龙泉市教育局)."""
    if w.title_lines is None:
        return None
    doc = w.doc
    # the first line of text under the title, a blank line between or none (three in a double-spaced copy)
    reach = AUTHOR_LINE_REACH * (2 if doc.double_spaced() else 1) + 1
    for i in range(w.title_lines[1] + 1, min(w.title_lines[1] + reach, len(doc.lines))):
        content = doc.content(i)
        if not content:
            continue
        if w.layout.roles[i] is Role.text:
            # a byline (清水县人民政府 2024年01月08日): the name, not the date after it
            dated = byline_date_at(content)
            name = content if dated is None else content[:dated].rstrip()
            if _is_name_line(name):
                return _byline_issuer(doc, doc.lines[i].content_start, len(name))
        return None
    return None


def _is_issuer_part(view: str, start: int, end: int) -> bool:
    """A body that may have written the report: not a Party organ (中共某某县委, …党组) nor the media
    centre that posted it."""
    return not _PARTY.match(view[start:end]) and not _POSTER.search(view, start, end) \
        and not view.endswith(("党组", "党委"), start, end)


AUTHOR_LINE_REACH = 2  # lines under a title its author line may stand on (a blank one between); twice in a double-spaced copy


def _byline_issuer(doc: Doc, start: int, length: int) -> tuple[int, int] | None:
    """Of the bodies on an author line: the one the report speaks as (我局: the 局, not the 政府办公室
    or 依法治县办 beside it), else the government of joint issuers (中共某某县委 某某县人民政府), as in
    a title; never a Party organ or the media centre that posted it (None where only those stand)."""
    view = doc.view
    parts = [(start + a, start + b) for a, b in split_issuers(doc.text[start:start + length])]
    if len(parts) == 1:
        # one body, whole (中共某某县委全面依法治县委员会办公室 is the issuer of its own report), unless it
        # only posted the page (某某县融媒体中心)
        return None if _POSTER.search(view, *parts[0]) else parts[0]
    bodies = [(a, b) for a, b in parts if _is_issuer_part(view, a, b)] or \
        [(a, b) for a, b in parts if not _POSTER.search(view, a, b)]
    if not bodies:
        return None
    we = _WE.search(view, start + length, min(len(view), start + length + 3000))
    own = [(a, b) for a, b in bodies if we is not None and view.endswith(we.group(1), a, b)]
    if own:
        return own[0]
    return pick_issuer(doc, bodies[0][0], bodies[-1][1]) or bodies[-1]


def _metadata(w: _Where, wanted: range) -> Span | None:
    """The value of an issuer label (发布机构, 来源, 发布者) of the wanted priorities, best first."""
    doc, view = w.doc, w.doc.view
    header_end = min(w.layout.body_start, len(doc.lines))
    found: list[tuple[int, Span]] = []
    for i in range(header_end):
        ln = doc.lines[i]
        for priority, label in _META_ISSUER:
            if priority not in wanted:
                continue
            for m in label.finditer(view, ln.content_start, ln.content_end):
                begin, line_end = m.end(), ln.content_end
                if begin >= line_end and i + 1 < header_end:
                    # [ 发布机构 ] / 荣昌区教委: the value on the next line
                    nxt = doc.lines[i + 1]
                    gap = re.match(r"[-•·*\s]*", view[nxt.content_start:nxt.content_end])
                    begin, line_end = nxt.content_start + (gap.end() if gap else 0), nxt.content_end
                end_m = _VALUE_END.search(view, begin, min(line_end, begin + 41))  # longer values are no names
                stop = end_m.start() if end_m else line_end
                if stop > begin and _is_org(view[begin:stop]):
                    found.append((priority, (begin, stop)))
    return min(found)[1] if found else None


def _from_publisher(w: _Where) -> Span | None:
    return _metadata(w, range(0, 1))


def _from_source(w: _Where) -> Span | None:
    """来源 and 发布者: often the site's owner rather than the bureau, hence late."""
    return _metadata(w, range(1, 10))


def _from_signoff(w: _Where) -> Span | None:
    doc = w.doc
    for j in range(w.layout.body_end, len(doc.lines)):
        content = doc.content(j)
        if content and w.layout.roles[j] is Role.text and _is_name_line(content):
            line = doc.lines[j]
            return pick_issuer(doc, line.content_start, line.content_end) or (line.content_start, line.content_end)
    return None


def _from_opening(w: _Where) -> Span | None:
    return _intro_subject(w.doc, w.layout)


def _from_body_names(w: _Where) -> Span | None:
    """The most frequent full name in the body; first the one the report uses for itself
    (…市教育局… and 《鞍山市教育局权责事项目录》 over a cited 辽宁省教育厅)."""
    names = _body_names(w.doc, w.layout)
    if not names:
        return None
    view = w.doc.view
    start, end = _body_range(w.doc, w.layout)
    if _speaks_as_government(w.doc, w.layout):
        # a report that says 我县 and cites 《中共江西省委江西省人民政府关于印发…的通知》: the notice's
        # issuer is the province's, not the report's; a name the report uses for itself stands outside 《》
        names = [n for n in names if not _only_cited(view, view[n[0]:n[1]], start, end)]
        if not names:
            return None
    if _WE.search(view, start, min(end, start + 5000)):
        # a report that says 我局 and praises units (海珠区人社局获评全国先进集体，黄埔区人社局获评…): those are
        # not itself, where two names or more are only ever named with an award
        awarded = [n for n in names if _only_awarded(view, view[n[0]:n[1]], start, end)]
        if len({view[a:b] for a, b in awarded}) >= MIN_PRAISED_UNITS:
            names = [n for n in names if n not in awarded]
            if not names:
                return None
    if _SPEAKS_AS_ITSELF.search(view, start, min(end, start + 5000)):
        # a report that says 我镇 (我局, 我县) and names its superiors only as those it works under
        # (严格按照中共某某区委、某某区人民政府的要求, 在市委、市政府的领导下): none of them is its body
        names = [n for n in names if not _only_superior(view, view[n[0]:n[1]], start, end)]
        if not names:
            return None
    # (from the character before the body: the pattern's ^ never matches at a position inside the view)
    own = {m.group(1) for m in _SELF_NAME.finditer(view, max(start - 1, 0), min(end, start + 20_000))}
    mine = [n for n in names if any(view[n[0]:n[1]].endswith(o) for o in own)]
    return (mine or names)[0]


_AWARDED = ("获评", "荣获", "被评为", "入选")  # what follows a unit the report praises (not 获得, 获批: any act)
MIN_PRAISED_UNITS = 2  # one awarded name may be the report's own


def _only_awarded(view: str, name: str, start: int, end: int) -> bool:
    """Whether every occurrence of `name` in [start, end) is followed by an award (海珠区人社局获评…)."""
    return _every_occurrence(view, name, start, end, lambda pos: view.startswith(_AWARDED, pos + len(name)))


CITE_REACH = 80  # characters from a 《 to a name inside the title it opens


def _only_cited(view: str, name: str, start: int, end: int) -> bool:
    """Whether every occurrence of `name` in [start, end) lies inside a 《…》 title (a cited document's issuer)."""
    def cited(pos: int) -> bool:
        opened = view.rfind("《", max(start, pos - CITE_REACH), pos)
        return opened != -1 and view.find("》", opened, pos) == -1
    return _every_occurrence(view, name, start, end, cited)


# Who posts a page, not who wrote the report: a media centre, a news office, a site.
_POSTER = re.compile(r"融媒体中心|新闻中心|传媒中心|网站|网$")
_SPEAKS_AS_ITSELF = re.compile(r"我[镇乡局厅委办院县区市旗]")
# A superior's name in its frame: 按照/根据/在 … name … 的要求/部署/领导 (within one clause).
_SUPERIOR_BEFORE = ("按照", "根据", "遵照", "依照")
# 在 opening the clause, or after the body (我局在…, 局机关在…, 我局坚持在…的领导下): not inside 存在,
# 现在, 所在, 正在.
_UNDER = re.compile(r"(?:^|我.|本.|机关|坚持|始终|均|都)在")
# (right after the name, or after a list of names it heads: not 某某局党组的领导, 某某局工作要点的安排,
# which name the body's own Party group or plan)
_SUPERIOR_AFTER = re.compile(r"(?:[、和及与][^，,。；;]{2,30}?)?的?(?:统一)?(?:要求|部署|安排|领导|指导|决策)")
_SUPERIOR_REACH = 40  # characters before the name in which its frame opens


def _only_superior(view: str, name: str, start: int, end: int) -> bool:
    """Whether every occurrence of `name` is framed as a superior the body works under."""
    def framed(pos: int) -> bool:
        before = view[max(start, pos - _SUPERIOR_REACH):pos]
        cut = max(before.rfind(c) for c in "，,。；;")
        clause = before[cut + 1:]
        return (any(word in clause for word in _SUPERIOR_BEFORE) or _UNDER.search(clause) is not None) \
            and _SUPERIOR_AFTER.match(view, pos + len(name), min(end, pos + len(name) + 40)) is not None
    return _every_occurrence(view, name, start, end, framed)


def _every_occurrence(view: str, name: str, start: int, end: int, holds: Callable[[int], bool]) -> bool:
    """Whether `holds` is true at every position where `name` occurs in view[start:end]."""
    pos = view.find(name, start, end)
    while pos != -1:
        if not holds(pos):
            return False
        pos = view.find(name, pos + 1, end)
    return True


# A level and a department written inside a sentence (调区城管局工作, 和区城管局): the body too, where it
# is not one of several (各区城管局, 全市城管局系统, 两级) or the tail of a place (和平区城管局).
_LEVEL_DEPT = re.compile(r"[省市区县州旗盟](?:" + _DEPT.pattern + ")")
_NOT_BEFORE_LEVEL = frozenset("各全两三级等省市区县州旗盟")


def _on_its_own(view: str, at: int, start: int) -> bool:
    """Whether the level-and-department name at `at` (not before `start`) names one body by itself."""
    return at == start or (view[at - 1] not in _NOT_BEFORE_LEVEL and walk_left(view, at) == at)


def _level_dept_counts(view: str, start: int, end: int) -> Counter[str]:
    """How often each level-and-department name (区城管局) is written in view[start:end] on its own."""
    return Counter(m.group() for m in _LEVEL_DEPT.finditer(view, start, end) if _on_its_own(view, m.start(), start))


def _from_self_reference(w: _Where) -> Span | None:
    """The body's way of naming itself without its place (…市市场监管局把握…). A report that
    says 我局 is a 局: a 厅 or 委 it names is another body (its superior, a partner). The first such
    name, unless it is one of a list named once (市总、市城管局的…工作目标: the superiors) and another is
    written more often (区城管局 three times, inside sentences too: 调区城管局工作)."""
    view = w.doc.view
    start, end = _body_range(w.doc, w.layout)
    we = _WE.search(view, start, min(end, start + 5000))
    found = [(own.start(1), own.end(1)) for own in _SELF_NAME.finditer(view, max(start - 1, 0), end)
             if we is None or own.group(1).endswith(we.group(1))]
    if not found:
        return None
    first = view[found[0][0]:found[0][1]]
    if view[found[0][0] - 1] != "、":
        return found[0]
    counts = _level_dept_counts(view, start, end)
    most, times = max(counts.items(), key=lambda kv: kv[1], default=(first, 0))
    if counts[first] <= 1 and times > counts[first] and (we is None or most.endswith(we.group(1))):
        at = view.find(most, start, end)
        while at != -1 and not _on_its_own(view, at, start):
            at = view.find(most, at + 1, end)
        if at != -1:
            return at, at + len(most)
    return found[0]


# Where the name is read, in order; the first rule that finds one wins. The body
# rules come late because they scan the most text.
BUREAU_RULES: tuple[Callable[[_Where], Span | None], ...] = (
    _from_title, _from_author_line, _from_publisher, _from_signoff, _from_opening, _from_body_names,
    _from_source, _from_self_reference,
)


def _is_name_line(content: str) -> bool:
    return len(content) <= 30 and _is_org(content) and not re.search(r"[,，。:：]", content)


def find_bureau(doc: Doc, layout: Layout, title_lines: tuple[int, int] | None, title_span: tuple[int, int] | None
                ) -> tuple[Bureau | None, tuple[int, int] | None, list[Warning]]:
    where = _Where(doc, layout, title_lines, title_span)
    name_span, rule = next(((span, rule) for rule in BUREAU_RULES if (span := rule(where)) is not None), (None, None))
    warnings: list[Warning] = []
    if name_span is not None and rule is _from_source and _DEPARTMENT_END.search(doc.view, *name_span) \
            and not _GOVERNING_BODY.search(doc.view, *name_span) and _speaks_as_government(doc, layout):
        # 来源：区司法局 over a report that says 我区…: the office that posted the government's
        # report, not its issuer; where it is, is where the report is from
        office = build(Bureau, name=None, span=None)
        place_span = locate(doc, office, name_span, [])
        if office.province is not None:
            return office, place_span, warnings
        name_span = None
    if name_span is None:
        warnings.append(warn("no_bureau"))
        # No name, but the page may still say where it is from (places in its opening): a body that
        # works under its 市委、市政府 (and no 区委 or 县委) is no district's or county's, whatever
        # districts it names (海珠区人社局获评…, its districts' units praised)
        context = context_place(doc, (0, 0), no_districts=_under_city_only(doc, layout))
        if context is None:
            return None, None, warnings
        single = only_single(doc, context[2])
        if single is None:
            warnings.append(ambiguous_warning(doc, context))
            return None, None, warnings
        bureau = build(Bureau, name=None, span=None)
        fill_place(bureau, single, level=False)
        bureau.level = place_level(doc, single, None)
        return bureau, (context[0], context[1]), warnings
    name_span = complete_name(doc, name_span)
    while name_span[1] - name_span[0] > 2 and doc.view[name_span[0]] in _OPENING_MARKS:
        name_span = (name_span[0] + 1, name_span[1])  # 《清水县人民政府关于…》: the name, not the title's bracket
    while name_span[1] - name_span[0] > 2 and doc.view[name_span[1] - 1] in _CLOSING_MARKS:
        name_span = (name_span[0], name_span[1] - 1)  # “XX县司法局”2023年…: nor its closing quote
    post = _post_after_body(doc.view, *name_span)
    if post is not None:
        name_span = (name_span[0], post)  # XX县司法局局长2023年度述法报告: the body, not the post
    bureau = build(Bureau, name=doc.display(*name_span).replace(" ", ""), span=name_span)
    place_span = locate(doc, bureau, name_span, warnings)
    if _is_bare_place(doc.view[name_span[0]:name_span[1]]):
        # 周至县2025年度…报告, 2024年，银川市坚持…: a place is where the report is from, not the body
        # that wrote it; its government (周至县人民政府) is the name only where the text writes it
        bureau.name = bureau.span = None
    return bureau, place_span, warnings


_OPENING_MARKS = "《〈“\"「『【[（(" + ORNAMENTS  # (▍清水县司法局: a heading's ornament before a name)
_CLOSING_MARKS = "》〉”\"」』】]"  # (not a bracket: 藏语委办（编译局） closes its alias)
# A template's stand-in for a body's name: 某镇, XX县司法局, ××乡, 乡镇.
_TEMPLATE_BODY = re.compile(r"某|[Xx×＊*]{1,3}")
_COLLECTIVE_ENDS = ("乡镇", "街镇")  # 各乡镇镇长, 乡镇镇长: the heads of them all, no body
# A post after a body's name (局长, 党组书记): the head's own report (述职, 述法) names him by it.
_POST = re.compile(f"(?:{'|'.join(HEAD_POSTS)})$")


def _post_after_body(view: str, start: int, end: int, min_body: int = 2) -> int | None:
    """Where a head's post begins after a body's name in view[start:end] (…司法局局长, …白头镇镇长), or None."""
    post = _POST.search(view, start, end)
    if post is None or post.start() - start < min_body or not ORG_END.search(view, start, post.start()):
        return None
    return post.start()


def _named_with_post(view: str, start: int, end: int) -> bool:
    """An issuer written as a body and its head's post (崇州市白头镇镇长, 书院街街道办事处主任): not a
    template's stand-in (某镇镇长), a pronoun's scope (全县乡镇长) or all the towns' heads (各乡镇镇长)."""
    post = _post_after_body(view, start, end, min_body=3)
    return post is not None and not _PRONOUN.match(view, start) and not _TEMPLATE_BODY.match(view, start, post) \
        and not view[start:post].endswith(_COLLECTIVE_ENDS)


def _is_bare_place(name: str) -> bool:
    """A name made only of places of the gazetteer (银川市, 成都市成华区), with no body after them."""
    return bool(name) and _place_prefix_len(name) == len(name)


# How a government's report speaks of itself (我区坚持…, 我县…), and a department's (我局, 本中心,
# 我单位, 局党组).
_WE_PLACE = re.compile(r"我[省市区县州旗盟]")
_WE_DEPARTMENT = re.compile(r"[我本](?:局|厅|委|办|院|中心|单位|部门|所|站)|局党组|局机关")
# The 来源 rule is about a department that posted its government's report (来源：区司法局): not the
# government itself, a town's or a zone's body, which a report of theirs names on its 来源 line.
_DEPARTMENT_END = re.compile(r"(?:局|委|办|厅|中心)$")
_GOVERNING_BODY = re.compile(r"(?:政府|镇|乡|街道|办事处|管委会|管理委员会|政府办|" + "|".join(ZONES) + r")[^局委办厅]*$")


# The governments a body names as its superiors in its opening: 在市委、市政府的正确领导下, 县委县政府.
_SUPERIORS = re.compile(r"([省市区县州旗])委[、和及与，,]?\s*(?:[省市区县州旗])?(?:人民)?政府")
SUPERIORS_REACH = 300  # characters of the opening
# (区委 or 县委 named alone is a district's or county's superior too; 我县, 我区, 我镇 speak as one below a city.
# Not 区委员会: 社区委员会, 村民委员会.)
_LOWER_SUPERIOR = re.compile(r"[区县旗]委(?!员)|我[区县旗镇乡]")


def _under_city_only(doc: Doc, layout: Layout) -> bool:
    """Whether the opening names 市委/市政府 as the body's superiors, and no 区委, 县委 or 旗委."""
    start, end = _body_range(doc, layout)
    opening = doc.view[start:min(end, start + SUPERIORS_REACH)]
    levels = {m.group(1) for m in _SUPERIORS.finditer(opening)}
    return levels == {"市"} and _LOWER_SUPERIOR.search(opening) is None


def _speaks_as_government(doc: Doc, layout: Layout) -> bool:
    """The body speaks as its place (我区, 我县) and never as a department (我局, 我中心, 局党组)."""
    start, end = _body_range(doc, layout)
    return _WE_PLACE.search(doc.view, start, end) is not None and _WE_DEPARTMENT.search(doc.view, start, end) is None


LEADING_CLAUSES = 2  # clauses that may stand before the opening's subject (在…新征程上，一年来，)
LEADING_CLAUSE_MAX = 60
_CLAUSE_COMMA = re.compile(r"[,，]\s*")


def _places_end(view: str, pos: int, para_end: int) -> int | None:
    """Where the places named from `pos` on end (成都市成华区…: consecutive places), or None."""
    hits = gazetteer().find_places(view, pos, min(para_end, pos + 30))
    if not hits or hits[0][0] != pos:
        return None
    stop = hits[0][1]
    for h in hits[1:]:
        if h[0] != stop:
            break
        stop = h[1]
    return stop


def _subject_at(view: str, pos: int, para_end: int, *, bodies_only: bool = False) -> tuple[int, int] | None:
    """The body named at `pos` as the opening's subject: a ministry, a bureau by its shape, a town
    or street office, a zone, a head's own body (我作为…局主要负责人), or a place and its department.
    After a leading clause (`bodies_only`), only a body's name followed by the opening's verb: a
    place or a ministry there is as often a topic (…，成都市财政运行平稳; 发布会上，公安部副部长…)."""
    if bodies_only:
        m = (_SUBJECT_BUREAU.match(view, pos, para_end) or _SUBJECT_TOWN.match(view, pos, para_end)
             or _SUBJECT_GOVERNMENT.match(view, pos, para_end))
        if m and not (m.group().endswith("街") and not _is_street_office(m.group())):
            return (m.start(), m.end())
        zone = _SUBJECT_ZONE.match(view, pos, para_end)
        if zone and not ZONE_NOT_A_NAME.match(view, zone.start("zone")):
            return (zone.start("zone"), zone.end("zone"))
        # 自…以来，甘肃省文化和旅游厅坚持…: a place and a department by its shape, the verb right after
        stop = _places_end(view, pos, para_end)
        shaped = _placed_department(view, stop, para_end) if stop is not None else None
        return (pos, shaped.end()) if shaped is not None else None
    ministry = MINISTRY.match(view, pos, para_end)
    if ministry:  # 国家税务总局坚持…, or its branch: 国家税务总局上海市税务局坚持…
        return (pos, _branch_end(view, ministry.end(), para_end) or ministry.end())
    customs = _SUBJECT_CUSTOMS.match(view, pos, para_end)
    if customs and _names_a_customs_district(customs.group()[:-2]):
        return (customs.start(), customs.end())
    m = (_SUBJECT_BUREAU.match(view, pos, para_end) or _SUBJECT_TOWN.match(view, pos, para_end)
         or _SUBJECT_GOVERNMENT.match(view, pos, para_end))
    if m and m.group().endswith("街") and not _is_street_office(m.group()):
        m = None  # 中山大街坚持…: a street, no body
    if m:
        return (m.start(), m.end())
    zone = _SUBJECT_ZONE.match(view, pos, para_end)
    if zone and not ZONE_NOT_A_NAME.match(view, zone.start("zone")):
        return (zone.start("zone"), zone.end("zone"))
    head = _AS_ITS_HEAD.match(view, pos, para_end)  # 我作为区林业局主要负责人，…: a head's own report (述法)
    if head:
        return (head.start("who"), head.end("who"))
    stop = _places_end(view, pos, para_end)
    if stop is not None:
        dept = _DEPT.match(view, stop, para_end) or MINISTRY.match(view, stop, para_end)
        end = dept.end() if dept else stop
        shaped = _placed_department(view, stop, para_end)
        if shaped is not None and shaped.end() > end:
            # a department the table does not know (甘肃省文化和旅游厅坚持…, 鼓楼区文体旅局严格…), or a
            # longer name than the table's (甘肃省人民政府国有资产监督管理委员会, not its 人民政府), read
            # by its shape: a body's ending right before the opening's verb
            end = shaped.end()
        return (pos, end)
    return None


# A central body's local branch writes the body's name, then its place and its own department:
# 国家税务总局上海市税务局, 国家金融监督管理总局上海监管局, 国家统计局宁波调查队. The department ends at
# its first 局 or survey team (国家税务总局上海市税务局、上海市财政局联合… names two bodies), within a few
# characters that hold no word a name does not (应急管理部上海消防研究所 is an institute, not a branch).
# (and its own inspection office or branch, written on: …税务局第一稽查局, …税务局第二税务分局)
_BRANCH_DEPARTMENT = re.compile(r"(?:(?![所的和与及在对])[\u4e00-\u9fff]){0,6}?(?:局|调查总队|调查队)"
                                r"(?:(?:第[一二三四五六七八九十]{1,3})?(?:稽查局|税务分局))?")
# A customs district, named by its place or its port (上海海关坚持…, 拱北海关深入…): a body of 海关总署.
_SUBJECT_CUSTOMS = re.compile(r"(?![我本该全各其此])(?:(?!海关)[\u4e00-\u9fff]){2,4}?海关(?=" + "|".join(OPENING_VERBS) + ")")
# A customs district is named by a place (上海, 宁波市, 昆山 for 昆山市, 黄埔 for 黄埔区) or by one of
# these ports, which are no division's names; anything else before 海关 is a kind of customs office
# or a scope (直属海关, 关区海关, 辖区海关, 沿海海关), not one.
CUSTOMS_PORTS = ("拱北", "蛇口", "皇岗", "罗湖", "文锦渡", "沙头角", "大铲", "九龙", "外高桥", "洋山", "浦东", "吴淞", "新港",
                 "北仑", "大榄", "二连", "阿拉山口", "霍尔果斯", "瑞丽", "绥芬河", "满洲里", "黑河", "丹东", "珲春")
_COUNTY_SHORT_SUFFIXES = ("市", "区", "县")


def _names_a_customs_district(name: str) -> bool:
    """Whether the words before 海关 name a customs district's place or port."""
    gaz = gazetteer()
    if name in CUSTOMS_PORTS or name in gaz.by_short or gaz.lookup(name):
        return True
    return any(d.level == "county" for suffix in _COUNTY_SHORT_SUFFIXES for d in gaz.lookup(name + suffix))


def _branch_end(view: str, pos: int, end: int) -> int | None:
    """Where the branch named after a central body's name at `pos` ends: a place (上海市, 上海市浦东新区,
    or a short name, 上海) and a department (税务局, 监管局); None when no branch follows."""
    gaz = gazetteer()
    stop = pos
    for s, e, _ in gaz.find_places(view, pos, min(end, pos + 30)):  # 深圳市南山区…: consecutive places
        if s != stop:
            break
        stop = e
    short = stop == pos
    if short:
        stop = next((pos + n for n in (3, 2) if view[pos:pos + n] in gaz.by_short), pos)
    if stop == pos:
        return None
    department = _BRANCH_DEPARTMENT.match(view, stop, end)
    if department is None or (short and not central_branch_by_short(view[pos:stop], department.group())):
        return None  # (自然资源部北海局: a regional bureau named by a sea, not a branch in 北海市)
    return department.end()


def _intro_subject(doc: Doc, layout: Layout) -> tuple[int, int] | None:
    """社旗县 in 2024年，社旗县认真贯彻…; 司法部 in 2022年，司法部坚持…; 周溪乡 in 现将周溪乡2024年…报告如下."""
    view = doc.view
    start, end = _body_range(doc, layout)
    first = doc.line_at(start)
    para_end = min(first.content_end, start + 400)
    lead = _INTRO_LEAD.match(view, first.content_start, para_end)
    pos = lead.end() if lead else first.content_start
    found = _subject_at(view, pos, para_end)
    # 在…新征程上，人民街街道办事处坚持…, 一年来，…, 围绕…，…: the subject after a leading clause or two
    clause_pos = pos
    for _ in range(LEADING_CLAUSES):
        if found is not None:
            return found
        comma = _CLAUSE_COMMA.search(view, clause_pos, min(para_end, clause_pos + LEADING_CLAUSE_MAX))
        if comma is None:
            break
        clause_pos = comma.end()
        found = _subject_at(view, clause_pos, para_end, bodies_only=True)
    if found is not None:
        return found
    reporting = _REPORTING_SUBJECT.search(view, first.content_start, min(end, first.content_start + 3000))
    if reporting:
        who = reporting.group("who")
        if _is_org(who) or gazetteer().lookup(who) or TOWN.search(who):
            return (reporting.start("who"), reporting.end("who"))
    return None


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
    if name in gazetteer().by_name or _BARE_TOWN.fullmatch(name):
        # a bare place (静海区…, 下洋镇…, 花木街道…): the government of that place, when the text names it
        government = name + GOVERNMENT_OF.get(name[-2:], GOVERNMENT)
        gov = _find_fuller(view, government, anchor_len=len(name))
        if gov is None and government.endswith(GOVERNMENT):
            gov = _short_government(view, name)
        if gov is None and _BARE_TOWN.fullmatch(name):
            # towns are not in the gazetteer: take it as written, with the most place before it
            # (上海市浦东新区花木街道办事处 in the sign-off over 来源：花木街道办事处)
            pos = view.find(government)
            while pos != -1:
                here = (walk_left(view, pos), pos + len(government))
                if gov is None or here[1] - here[0] > gov[1] - gov[0]:
                    gov = here
                pos = view.find(government, pos + 1)
        return gov or span
    if _LEVEL_GOVERNMENT.fullmatch(name):
        # 区政府 (the opening's subject): its government as the text writes it with its place, the
        # official 铜梁区人民政府 first, else 铜梁区政府 where it stands as the body; else as written
        short = _short_government(view, name[0])  # (its longest occurrence: with a place, if any)
        placed = short if short is not None and short[1] - short[0] > len(name[0] + SHORT_GOVERNMENT) else None
        return _official_government(view, name[0]) or placed or span
    prefix = _place_prefix_len(name)
    if prefix > 0:
        fuller = _find_fuller(view, name, anchor_len=0)
        official = _official_form(view, name, prefix) or _department_written_out(view, name, prefix)
        if official is not None and (fuller is None or official[1] - official[0] > fuller[1] - fuller[0]):
            fuller = official
        return fuller if fuller and fuller[1] - fuller[0] > len(name) else span
    fuller = _find_fuller(view, name, anchor_len=level_prefix(name)[0])
    return fuller or span


# What follows a government's name where it acts as the body (坚持…, 印发…, 常务会议…), not where it is cited
# (…部署, …关于…的通知) or a partner (与…人民政府签订…).
_OWN_ACT_FOLLOWERS = (*OPENING_VERBS, "常务", "党组", "主要", "领导", "工作", "印发", "出台", "制定")


def _official_government(view: str, level: str) -> tuple[int, int] | None:
    """铜梁区人民政府 where it stands as the body (its sign-off, or the subject of a sentence: 铜梁区人民政府
    坚持…), with the most place written before it; not a government the text cites or works with
    (落实广西壮族自治区人民政府部署, 与渝北区人民政府签订协议, 《…区人民政府关于…》)."""
    wanted = level + GOVERNMENT
    best: tuple[int, int] | None = None
    pos = view.find(wanted)
    while pos != -1:
        end = pos + len(wanted)
        begin = walk_left(view, pos + 1)
        stands = end >= len(view) or not is_han(view[end]) or view.startswith(_OWN_ACT_FOLLOWERS, end)
        cited = view.rfind("《", max(0, pos - 60), pos) > view.rfind("》", max(0, pos - 60), pos)
        if begin < pos + 1 and stands and not cited and view[max(0, pos - 2):pos] != "自治" \
                and (best is None or end - begin > best[1] - best[0]):
            best = (begin, end)
        pos = view.find(wanted, end)
    return best


def _short_government(view: str, place: str) -> tuple[int, int] | None:
    """陇西县政府 where it stands as the body (陇西县政府坚持…, 县委、陇西县政府：), with the most place
    written before it."""
    wanted = place + SHORT_GOVERNMENT
    best: tuple[int, int] | None = None
    pos = view.find(wanted)
    while pos != -1:
        end = pos + len(wanted)
        if end >= len(view) or not is_han(view[end]) or view.startswith(_GOVERNMENT_FOLLOWERS, end):
            begin = walk_left(view, pos + len(place))
            if best is None or end - begin > best[1] - best[0]:
                best = (begin, end)
        pos = view.find(wanted, end)
    return best


_GOVERNMENT_FOLLOWERS = OPENING_VERBS + _SHORT_GOVERNMENT_FOLLOWERS


def _official_form(view: str, name: str, prefix: int) -> tuple[int, int] | None:
    """寻甸县教育体育局 written elsewhere with the official name, 寻甸回族彝族自治县教育体育局."""
    divs = gazetteer().lookup(name[:prefix])
    official = divs[0].name if len(divs) == 1 else None
    if official is None or official == name[:prefix]:
        return None
    pos = view.find(official + name[prefix:])
    return (walk_left(view, pos + len(official)), pos + len(official) + len(name) - prefix) if pos != -1 else None


# A department's common short name and its official names (安徽省市场监管局 in the title, 来源：安徽省
# 市场监督管理局 below it: the fullest name the document gives is the official one).
DEPARTMENT_FULL_NAMES: dict[str, tuple[str, ...]] = {
    "市场监管局": ("市场监督管理局",), "人社局": ("人力资源和社会保障局", "人力资源社会保障局"),
    "人社厅": ("人力资源和社会保障厅", "人力资源社会保障厅"), "卫健委": ("卫生健康委员会", "卫生和健康委员会"),
    "卫健局": ("卫生健康局",), "发改委": ("发展和改革委员会", "发展改革委员会"), "发改局": ("发展和改革局",),
    "住建局": ("住房和城乡建设局",), "住建厅": ("住房和城乡建设厅",), "医保局": ("医疗保障局",),
    "文旅局": ("文化和旅游局", "文化广电和旅游局", "文化广电旅游局"), "文旅厅": ("文化和旅游厅",),
    "工信局": ("工业和信息化局",), "工信厅": ("工业和信息化厅",), "科技局": ("科学技术局",), "科技厅": ("科学技术厅",),
    "交通局": ("交通运输局",), "教体局": ("教育体育局", "教育和体育局"), "退役军人局": ("退役军人事务局",),
    "应急局": ("应急管理局",), "国资委": ("国有资产监督管理委员会",), "民宗局": ("民族宗教事务局",),
    "人防办": ("人民防空办公室",), "城管局": ("城市管理局", "城市管理综合行政执法局", "城市管理综合执法局"),
}


def _department_written_out(view: str, name: str, prefix: int) -> tuple[int, int] | None:
    """安徽省市场监管局 written elsewhere with its department's official name, 安徽省市场监督管理局."""
    for full in DEPARTMENT_FULL_NAMES.get(name[prefix:], ()):
        pos = view.find(name[:prefix] + full)
        if pos != -1:
            return (walk_left(view, pos + prefix), pos + prefix + len(full))
    return None


def _place_prefix_len(name: str) -> int:
    """Length of the place names at the start of `name` (0 when it starts with none)."""
    gaz = gazetteer()
    pos = 0
    while True:
        best = 0
        for length in range(2, min(MAX_NAME, len(name) - pos) + 1):
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
