"""What a report's title line looks like: the genres it ends with, its topic, and the
decorations a web page or a WeChat headline puts around it.

Both the layout (where the body starts) and the header (which line is the title) ask
these questions, so the answers live here, below both.
"""

from __future__ import annotations

import re

from .date_patterns import ARABIC_DATE, CN_DATE
from .text import CLAUSE_END

# How the name of an issuing body ends: 局, 委员会, 人民政府, 街道办事处, 区政府办 … (titles name their
# issuer; the header reads issuer lines above a title, the bureau reader any name the table lacks).
# (委办 is a 委员会's office: 西藏自治区藏语委办, 县委办.)
ORG_SUFFIX = r"(?:局|委员会|委|厅|办公室|政府|中心|院|署|部|会|镇|乡|街道|办事处|党组|党委|工委|(?:政府|党委|人大|政协|党政|委)办)"
# A body's other name in brackets after its own, itself a body's name: 藏语委办(编译局), 市政府办公室（市政务服务管理局）.
ORG_ALIAS = r"(?:[（(][\u4e00-\u9fff]{1,12}" + ORG_SUFFIX + r"[）)])"
ORG_END = re.compile(ORG_SUFFIX + ORG_ALIAS + "?$")  # a text that ends with a body's name
# A development zone is governed by its own body (管委会, 党工委) and writes its own reports under the
# zone's name: 天津滨海高新区2024年度…报告, 苏州工业园区…, 2024年，滨海湾新区坚持…. (新区 also ends some
# districts of the gazetteer, 滨海新区, 浦东新区: those are places, and the bureau reader treats them so.)
ZONES = ("高新区", "开发区", "经开区", "工业园区", "新区", "保税区", "试验区", "管理区")  # 西洞庭管理区 (a farm district)
ZONE_SUFFIX = "(?:" + "|".join(ZONES) + ")"
ZONE_END = re.compile(ZONE_SUFFIX + "$")
# A zone's name begins with a place or a proper name, never a verb or a preposition: 依托综合保税区,
# 围绕自贸试验区, 推进开发区… name what the work is about, not who did it.
ZONE_NOT_A_NAME = re.compile(r"(?:依托|围绕|推进|推动|加快|建设|服务|支持|助力|立足|聚焦|深化|打造|发展|做强|做优|创建|"
                             r"关于|对|在|为|以|向|与|和|及|把|将|从|到|入驻|进驻|落户|引进)")

# Document types a title ends with, longest first, and the canonical type each gives.
DOC_TYPES: tuple[tuple[str, str], ...] = (
    ("情况的报告", "情况报告"), ("工作情况报告", "情况报告"), ("情况报告", "情况报告"), ("工作的报告", "工作报告"), ("工作报告", "工作报告"),
    ("年度报告", "年度报告"), ("自查报告", "自查报告"), ("述职报告", "述职报告"), ("述法报告", "述法报告"), ("工作总结", "工作总结"),
    ("情况汇报", "情况汇报"), ("工作汇报", "工作汇报"), ("工作情况", "工作情况"),
    # 2025年某某县法治政府建设情况: no type word; the nearest of the fixed set is 工作情况
    ("建设情况", "工作情况"), ("的报告", "报告"), ("报告", "报告"),
    ("总结", "总结"), ("汇报", "汇报"),
)
# A full date, perhaps with its time, as a page prints it after a title: 2021年02月10日, 2024-01-15 10:20.
_FULL_DATE = rf"(?:{ARABIC_DATE}(?: +\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|{CN_DATE})"
# A title may end with a parenthetical: …年度报告（全文）, …工作报告(2023年度), …报告（2021—2025年）.
# (Another genre's line is known with a date in brackets too: …信息公开工作年度报告(2023-01-20).)
_TRAILING_NOTE = r"(?:[（(][^（）()]{1,12}[）)])?"
# A report's title keeps no full date in brackets, …情况报告 ( 2021年02月10日 ): that is the page's
# date after the title (TITLE_TRAILER), not part of it.
_TITLE_NOTE = rf"(?:[（(](?!\s*+{_FULL_DATE}\s*+[）)])[^（）()]{{1,12}}[）)])?"
# A notice that publishes the report: 关于印发2022年度法治政府建设情况报告的通知, 关于公布…报告的公告.
_NOTICE_END = r"(?:[\"'”》]*的(?:通知|公告|函))?"
# A title that names next year's part after its type: …工作总结及2024年工作思路, …情况和下一步工作打算.
_NEXT_PART_TAIL = r"(?:(?:及|和|暨|与)(?:下一步|下一年度?|明年|(?:19|20)\d\d ?年度?)?的?(?:工作)?(?:思路|计划|打算|安排|要点|设想|重点))?"
DOC_TYPE_END = re.compile("(?:" + "|".join(re.escape(t) for t, _ in DOC_TYPES) + ")" + _NEXT_PART_TAIL + _NOTICE_END
                          + r"[\s\"'”》]*" + _TITLE_NOTE + r"\s*$")
# 述法: a head's report on his duties for the rule of law (not 上述法律法规, 前述法规)
TITLE_TOPIC = re.compile(r"法治|依法行政|依法治|述法(?<![上前下]述法)(?![律规])")
TITLE_MARKER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\(|\d{1,2}[.、])")

# A notice is the report only when it publishes it (关于印发…报告的通知); 关于报送…报告的通知
# asks for reports, 关于印发《…工作要点》的通知 publishes a plan: neither is a report.
# (a 函 or 报告 that 报送s the bureau's own report carries it: not these)
# (通报: 关于2019年度全市法治政府建设考核结果的通报 announces results, it reports on no year's work)
_NOTICE = re.compile(r"的(?:通知|公告|意见|决定)[\s\"'”》]*$|(?:考核|考评|评估|评议|督察|检查|表彰)[^的]{0,12}的通报[\s\"'”》]*$")
PUBLISH_VERBS = "印发|转发|公布|发布|公开"  # 关于印发…的通知 publishes what it names
_PUBLISHES = re.compile(PUBLISH_VERBS)


# A bureau's own year's work summary names no topic: 缙云县司法局2023年工作总结, …局2022年度工作报告.
_ISSUER_YEAR_WORK = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}{ORG_SUFFIX}(?:19|20)\d\d ?年度?工作(?:总结|报告)$")


# A sentence broken over lines (a PDF copy): 现将我局2023年…工作情况和下一步工作打算 / 报告如下：
_SENTENCE_OPENING = re.compile(r"^(?:现将|现就|现把|根据|按照)")


def _reads_as_title(content: str) -> bool:
    return (6 <= len(content) <= 100 and not CLAUSE_END.search(content) and not TITLE_MARKER.match(content)
            and not _SENTENCE_OPENING.match(content)
            and DOC_TYPE_END.search(content) is not None
            and (TITLE_TOPIC.search(content) is not None or _ISSUER_YEAR_WORK.match(content) is not None)
            and not (BARE_TOPIC_END.search(content) and not _A_YEAR.search(content)))


# A title with no type word (2025年陇西县法治政府建设情况) names its year; without one it is a
# column's or a breadcrumb's name (法治政府建设情况).
BARE_TOPIC_END = re.compile(r"建设情况\s*$")
_A_YEAR = re.compile(r"(?:19|20)\d\d\s?年|[〇○零一二三四五六七八九]{4}年")


def is_other_notice(content: str) -> bool:
    """A notice on the topic that neither is a report nor publishes one: 关于报送…情况报告的通知
    asks for reports, 关于做好…年度报告工作的通知 arranges them, 关于印发《…工作要点》的通知
    publishes a plan."""
    if "关于" not in content or not 6 <= len(content) <= 100 or CLAUSE_END.search(content) or TITLE_MARKER.match(content):
        return False
    if _NOTICE.search(content) is None or TITLE_TOPIC.search(content) is None:
        return False
    return not (_PUBLISHES.search(content) and DOC_TYPE_END.search(content))


# Documents of other genres a collection of reports picks up: plans (工作要点, 实施方案), a reading
# of a report (政策解读), the open-government annual report. Read only where no title was found.
OTHER_GENRES = re.compile(
    # (a part of the year's general work summary, 上半年工作总结, 一季度工作总结: not the year's report
    # on 法治, which a title that names it, …上半年法治政府建设工作总结, is read as before this)
    # (the open-government annual report every department publishes besides: …政府信息公开工作年度报告,
    # …政府信息公开工作报告, …工作情况报告, 关于…政府信息公开工作的报告, …信息公开年报)
    # (the report a government, a people's congress's standing committee, a court or a procuratorate
    # makes to its congress: 汉滨区2025年政府工作报告, …人大常委会工作报告, …人民法院工作报告; a
    # title on the topic that ends so, …法治政府工作报告, is none of them)
    r"(?P<genre>工作要点|实施方案|工作方案|行动方案|工作计划|(?:政府|政务)?信息公开(?:工作)?(?:年度|情况|的)?报告|信息公开年报|"
    r"政府(?<!法治政府)工作报告|(?:常务委员会|常委会|人民法院|人民检察院)工作报告|"
    r"(?:上半年|下半年|半年|[一二三四]季度|第[一二三四]季度|前三季度)工作(?:总结|报告)|"
    r"(?:政策|文字|图文|文件|新闻)?解读)(?:[\"'”》]*的通知)?[\"'”》]*" + _TRAILING_NOTE + r"\s*$")
_READING_TAG = re.compile(r"^(?:[【\[](?P<genre>(?:政策|文字|图文|文件)?解读)[】\]]"
                          # 区政府常务会议议题解读：关于…情况的汇报: an explainer of the report, not the report
                          r"|[^：:。，]{0,20}?(?P<named>(?:议题|政策|文件|会议)解读)[:：])")


def other_genre(content: str) -> str | None:
    """The genre of a title line of another kind of document (…2023年法治工作要点, 【政策解读】…,
    关于印发…工作要点的通知), or None."""
    if not 6 <= len(content) <= 100 or CLAUSE_END.search(content) or TITLE_MARKER.match(content):
        return None
    m = ("解读" in content and _READING_TAG.match(content)) or OTHER_GENRES.search(content)
    if m is None:
        return None
    genre = m.group("genre") or m.group("named")
    if "信息公开" in genre and TITLE_TOPIC.search(content, 0, m.start()):
        return None  # …法治政府建设和政府信息公开工作报告: the report on 法治 names the other too
    if genre in _PLAN_GENRES and _REPORT_BEFORE_PLAN.search(content, 0, m.start()):
        return None  # …工作总结及2024年工作计划: the report, with next year's plan as its last part
    return genre


_PLAN_GENRES = frozenset({"工作要点", "实施方案", "工作方案", "行动方案", "工作计划"})


_REPORT_BEFORE_PLAN = re.compile(r"总结|情况|报告|汇报")


def is_title_line(content: str) -> bool:
    return _reads_as_title(content) and not is_other_notice(content) \
        and not ("解读" in content and _READING_TAG.match(content))  # (a scan in C first: few lines say 解读)


# What a headline shouts after a title: …报告来了！, …报告发布！
TITLE_SHOUT_WORDS = "来了|出炉|发布|公布"
# What a page or a WeChat headline puts before a title: a column tag (【法治建设】, 权威发布丨,
# 法治政府｜), a document number in brackets ([天政发〔2026〕7号]) or a shout (重磅！); and after it
# (…报告来了！, …报告出炉！).
# A tag before a bar is a column's name, not an issuer's (江门市司法局｜2023年…报告 keeps its issuer).
COLUMN_TAG = re.compile(
    r"^(?:【[^】]{1,20}】|\[[^\]]{1,20}\]|[\u4e00-\u9fff]{2,8}(?<![局厅委会室心院署部镇乡处组道])(?<!人民政府) ?[丨｜|]|(?:重磅|速看|最新|官宣|快讯|权威发布)\s*[!！:：])\s*")
TITLE_SHOUT = re.compile(rf"(?:{TITLE_SHOUT_WORDS})?[!！]+$|(?:来了|出炉)$")
# What a bracket before a title may hold that is the title's own: its issuer, a body of a place
# (【清水县人民政府】…), or its year (【2023年度】…); not a column's name (【工作总结】, 【法治建设】,
# 【法治政府】, 【新闻中心】, 【县市区】).
_OWN_IN_BRACKETS = re.compile(r"[【\[]\s*(?:\S+[省市县区州旗盟镇乡]\S*(?:人民政府|政府|局|厅|委员会)|(?:19|20)\d\d\s*年度?)\s*[】\]]")


def column_tag(content: str) -> re.Match[str] | None:
    """The column tag or shout opening a headline line (【法治建设】, 权威发布丨, 重磅！), or None; a
    bracket holding the title's issuer or year is no tag."""
    tag = COLUMN_TAG.match(content)
    if tag is not None and content.startswith(("【", "[")) and _OWN_IN_BRACKETS.match(content) is not None:
        return None
    return tag


# What a flattened page header puts after a title on its line, past a space: the byline and the
# date (…报告 上海市统计局 2020-06-08), or labelled metadata (…报告 来源：郑州市教育局 时间：2024-01-15);
# or, with or without a space, the date in brackets (…情况报告 ( 2021年02月10日 ), …报告(2021-02-10)).
_TRAILER_LABEL = r"(?:来源|发布(?:机构|单位|时间|日期)|发文机关|作者|时间|日期)[:：]"
# Tried only on lines a title and its trailer can fill, and each run of spaces is read once.
TITLE_TRAILER = re.compile(
    rf"(?<!\s)(?:(?:\s++{_TRAILER_LABEL}\s*+\S++)++\s*+$"
    rf"|\s++(?:[\u4e00-\u9fff（）()]{{2,30}}{ORG_SUFFIX}\s++)?{ARABIC_DATE}(?: +\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*+$"
    rf"|\s*+[（(]\s*+{_FULL_DATE}\s*+[）)]\s*+$)")
_TRAILED_TITLE_MAX = 180


def title_trailer(content: str) -> int | None:
    """Where the byline or date after a title on the same line starts, or None."""
    m = TITLE_TRAILER.search(content) if len(content) <= _TRAILED_TITLE_MAX else None
    if m is None or m.start() == 0 or title_core(content[:m.start()]) is None:
        return None
    return m.start()


def title_core(content: str) -> tuple[int, int] | None:
    """(start, end) of the title in a headline line without its column tag and shout
    (权威发布丨…报告, 重磅！…报告来了！) or the byline and date after it, or None when the
    line is no title."""
    if is_title_line(content):
        return 0, len(content)
    trailer = TITLE_TRAILER.search(content) if len(content) <= _TRAILED_TITLE_MAX else None
    if trailer is not None and trailer.start() > 0:
        return title_core(content[:trailer.start()])
    tag = column_tag(content)
    shout = TITLE_SHOUT.search(content)
    if tag or shout:
        start, end = tag.end() if tag else 0, shout.start() if shout else len(content)
        if is_title_line(content[start:end]):
            return start, end
    return None


# Each type's ending, allowing a line break or spaces inside it: a title centred over two
# lines may leave 报告 alone on the last one (…建设情况的 / 报告).
_TYPE_ENDINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"\s*".join(re.escape(ch) for ch in ending) + "$"), kind) for ending, kind in DOC_TYPES)


def doc_type_of(title: str) -> tuple[str, int, int] | None:
    """(type, start, end) in the title, from how the title ends."""
    stripped = re.sub(_TRAILING_NOTE + r"\s*$", "", title.rstrip()).rstrip(" \"'”》")
    stripped = re.sub(_NOTICE_END + "$", "", stripped).rstrip(" \"'”》")
    stripped = re.sub(_NEXT_PART_TAIL + "$", "", stripped)
    for ending, kind in _TYPE_ENDINGS:
        m = ending.search(stripped)
        if m:
            return kind, m.start(), m.end()
    return None
