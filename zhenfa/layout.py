"""Page layout: which lines are chrome, metadata, title zone, body, sign-off.

Scraped reports carry web-page chrome above and below the text (breadcrumbs,
'发布日期:… 来源:…', share/print links, footers with ICP numbers). Each line
gets a role from an ordered table of patterns; the body is the run of lines
from the first prose line to the last one. Nothing is deleted: the outline
simply reads body lines only, and the header rules read the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .date_patterns import SIGN_OFF_DATE
from .fields.units import UNIT_ALT
from .outline.markers import starts_with_marker
from .text import ANY_PUNCT, Doc
from .titles import title_core


class Role(StrEnum):
    blank = "blank"
    chrome = "chrome"  # navigation, tools, footers: never content
    meta = "meta"  # labelled metadata (发布日期, 来源, 索引号 …)
    text = "text"


# Labels of page metadata; a line made of such label:value pairs is metadata.
META_LABELS = (
    "发布日期|发布时间|发布于|发稿时间|更新时间|日期|时间|来源|信息来源|文章来源|稿件来源|发布机构|发布单位|发布者|发布人|作者|"
    "编辑|责任编辑|索引号|文号|发文字号|发文机关|主题分类|体裁分类|成文日期|公开目录|公开方式|公开范围|主题词|"
    "浏览量|浏览次数|访问量|点击数|点击量|阅读|阅读量|阅读次数|有效性|所属机构|分类|字号|生成日期|文章编号|PubDate"
)
# A label may be written with spaces between its characters (标 题, 发布 日期), a run of them where a
# table's labels are spread to one width (索  引  号, 标      题).
_SPACED_LABELS = "|".join(" *+".join(label) for label in (META_LABELS + "|标题|题目|文件名称").split("|"))
# Possessive spaces: a line of hundreds of spaces must not be split every way (quadratic).
_META = re.compile(rf"^(?:[-•·*|｜]\s*+)?[\[【]?\s*+(?:{_SPACED_LABELS})\s*[\]】]?\s*(?:[:：|｜]|\s|$)")
# Any short label in brackets on a line of its own in a metadata table (• [ 有效性 ]), whatever
# the label says or however a copy damaged it.
_BRACKET_LABEL = re.compile(r"^(?:[-•·*|｜]\s*+)?[\[【]\s*+[\u4e00-\u9fff ]{1,6}\s*+[\]】]\s*+$")  # possessive: linear

# Chrome, as (name, pattern, cues) tried in order against a line's content. The cues are strings
# one of which every match holds (none: no such string): a line that holds none of them is not
# searched (`in` scans in C; these patterns would be tried at every position of a long line).
# The formula that closes a report before its sign-off.
CLOSING_FORMULAS = ("特此报告", "专此报告", "以上报告", "特此汇报")
# A date and its weekday (a portal's clock: 2026年12月3日 星期四, 今天是…; or a date shown so).
DATED_WEEKDAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]")
CHROME_PATTERNS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("breadcrumb", re.compile(r"^(?:您?当前(?:所在)?(?:的)?位置|您的位置|所在位置|当前页面)"), ()),
    ("breadcrumb", re.compile(r"^首页\s*(?:[>»＞/]|$)"), ()),
    ("breadcrumb", re.compile(r"^[>»＞]\s*\S[^。，]*$"), ()),
    # (atomic, and a segment never runs into the next ' >': otherwise exponential on a ' >' end)
    ("breadcrumb", re.compile(r"^[^。，,；;]{0,80}?(?:\s[>»＞](?>\s?(?:(?!\s[>»＞])[^>»＞]){1,40})){2,}+$"), (">", "»", "＞")),
    ("site_clock", DATED_WEEKDAY, ("星期", "周")),
    # A WeChat article's furniture below the text.
    ("wechat", re.compile(
        r"^(?:长按(?:识别|扫描|扫码)?(?:图中)?二维码|(?:轻触)?阅读原文(?:\s|$)|微信扫一扫|(?:关注|使用小程序|扫码关注)该?公众号|"
        r"预览时标签不可点|(?:继续|向上)滑动看下一个|(?:写)?留言(?:\s|$)|(?:赞|在看|分享|收藏|听过)(?:\s+(?:赞|在看|分享|收藏|听过|留言))+\s*$)"
        r"|未经审核的第三方商业营销信息"), ()),
    ("welcome", re.compile(r"^(?:您好[!！，,]?\s*)?欢迎(?:您)?(?:访问|光临|来到|进入)[^。]{0,60}$"), ()),
    ("public_notice", re.compile(r"^[（(]\s*此件(?:主动|依申请|不予)?公开(?:发布)?\s*[）)]$"), ()),
    # An official document's furniture (公文, as its PDF or Word file is copied): page numbers between
    # dashes (— 2 —, －2－) or written out (第2页 共5页), and the record block below the sign-off
    # (抄送：…, …办公室　2024年1月22日印发), which is no part of the report's text.
    ("page_number", re.compile(r"^[-－—–‒~～·]{1,2}\s*+\d{1,3}\s*+[-－—–‒~～·]{1,2}$"), ()),
    ("page_number", re.compile(r"^(?:共\s*+\d{1,3}\s*+页\s*+)?第\s*+\d{1,3}\s*+页(?:\s*+[,，/、]?\s*+共\s*+\d{1,3}\s*+页)?$"), ("页",)),
    ("record_block", re.compile(r"^(?:抄送|抄报|分送|主题词)\s*+[:：]"), ()),
    ("record_block", re.compile(r"^\S[^。，]{1,40}?\s*+\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日\s*+印\s*?发$"), ("印",)),
    ("closing_formula", re.compile(rf"^(?:{'|'.join(CLOSING_FORMULAS)}|请审阅)[。.！!]?$"), ()),
    ("tools", re.compile(
        r"^(?:【\s*)?(?:扫一扫|扫码|分享|打印|关闭|收藏|点击收藏|取消收藏|回到顶部|返回顶部|TOP\b|字体|字号|加大字体|缩小字体|"
        r"默认\s*大|大\s*中\s*小|微博|微信|QQ空间|打印本页|关闭窗口|打印文本|网站无障碍|无障碍|关怀版|长者版|简体|繁体|"
        r"English|返回|上一篇|下一篇|相关(?:链接|文章|阅读)|附件[:：]?$|【打印】|【关闭】)", re.I), ()),
    ("contact", re.compile(r"^(?:电话|联系电话|咨询电话|传真|邮箱|电子邮箱|电子信箱|(?:联系|通讯|办公|单位)?地址|邮编|邮政编码|E-?mail"
                           r"|主办|承办|协办)\s*[:：]", re.I), ()),
    ("contact", re.compile(r"^[^。]{0,40}(?:[\w.+-]+@[\w-]+\.[\w.]+|(?<!\d)0\d{2,3}-\d{7,8}(?!\d))[^。]{0,40}$"), ("@", "-")),
    # Words no report sentence uses, anywhere in a short line …
    ("footer", re.compile(r"版权所有|ICP备|ICP证|公网安备|网站标识码|Copyright|©|政府网站找错|网站纠错|网站地图|网站声明|隐私声明"
                          r"|访问的链接即将离开", re.I), ()),
    # … and words a heading may use too (（二）强化技术支持), only as a label or in a bar of links.
    ("footer", re.compile(
        r"(?:主办单位|承办单位|协办单位|技术支持|联系电话|联系我们|举报电话|举报邮箱|法律声明|关于我们|使用帮助)\s*(?:[:：|｜丨]|$)|"
        r"建议使用[^。，]{0,20}(?:浏览器|分辨率)"), ()),
)
# Navigation bars: several short tokens separated by |, 丨 or ｜.
# A cell is blank or a core of 1-10 characters that starts and ends with a non-space, spaces
# around it; atomic and possessive. (Cells whose class also took the spaces could be split
# in many ways: a row of empty table cells took seconds, each more cell doubling it.)
_CELL_CHARS = r"|丨｜。，"
_NAV_BAR = re.compile(
    rf"^[|丨｜]?(?:(?>\s+(?=[|丨｜])|\s*+[^\s{_CELL_CHARS}](?:[^{_CELL_CHARS}]{{0,8}}[^\s{_CELL_CHARS}])?\s*+)[|丨｜])++"
    rf"\s*+(?:[^\s{_CELL_CHARS}][^{_CELL_CHARS}]{{0,9}})?$")
# A row of a table copied with | between its cells (数量 | 75件 | 16件 | 40件 |): two cells or more
# that hold a figure, with its unit or %, make it body text, which a navigation bar never has.
# (A figure has its unit or %: a bare number is a visitor counter's; and the unit is one character,
# not a date's 年/月/日: 2023年 and 12345热线 in a bar are no figures.)
# A change may lead the figure (增长3.4%, 提高1.6个百分点), and a multiplier and a unit of up to three
# characters may follow it (5.23万件, 36.8万平方米, 1486.3万元).
# (The unit is one of the statistics' units, the cell's last word: 12345热线 and 5件事 in a bar are no figures.)
_FIGURE_IN_CELL = rf"(?:同比)?(?:增长|下降|提高|降低|减少|增加|上升)?\d[\d.,]*+\s*+(?:%|‰|[万亿千]?(?:{UNIT_ALT}))"
_BARRED_FIGURE_CELL = re.compile(rf"(?:^|[|丨｜])\s*+{_FIGURE_IN_CELL}\s*+(?=[|丨｜]|$)")
BAR_CHARS = "|丨｜"  # how a table copied as text separates its cells
BARS = re.compile(f"[{BAR_CHARS}]")


# A table's row of a label and its figure (| 受理各类投诉举报 | 5.23万件 |): two cells, the first words.
_LABELLED_FIGURE_ROW = re.compile(rf"^[|丨｜]?\s*+[\u4e00-\u9fff（）()、]{{2,30}}\s*+[|丨｜]\s*+{_FIGURE_IN_CELL}\s*+[|丨｜]?\s*+$")
MIN_LABELLED_ROWS = 2  # one such line is as likely a footer's (阅读 | 1.2万次); two in a row are a table
# A table's header row: cells of words only (| 指标 | 数量 |, | 项目 | 2022年 |).
_HEADER_CELL = re.compile(r"[\u4e00-\u9fff（）()0-9]{1,12}")


def _labelled_figure_rows(contents: list[str], kinds: list[str | None]) -> list[int]:
    """Lines read as a navigation bar that are rows of a two-column table (| 指标 | 数量 | above
    | 受理各类投诉举报 | 5.23万件 |): in a run of two or more such rows (blank lines aside) under a
    header row of words or above more prose. A page's stats panel at its foot (访问量 | 1234567次 /
    满意 | 1026票) has neither."""
    rows = [i for i, (c, k) in enumerate(zip(contents, kinds, strict=True)) if k == "nav" and _LABELLED_FIGURE_ROW.match(c)]
    out: list[int] = []
    run: list[int] = []

    def close() -> None:
        if len(run) < MIN_LABELLED_ROWS:
            return
        above = next((j for j in range(run[0] - 1, -1, -1) if contents[j].strip()), None)
        # (or prose goes on below it: a table in the body, not a panel at the page's foot)
        below = next((j for j in range(run[-1] + 1, min(len(contents), run[-1] + 4)) if contents[j].strip()), None)
        if (above is not None and _is_header_row(contents[above])) or (below is not None and is_prose(contents[below])):
            out.extend(run)

    for i in rows:
        if run and any(contents[j].strip() for j in range(run[-1] + 1, i)):
            close()
            run = []
        run.append(i)
    close()
    return out


def _is_header_row(content: str) -> bool:
    cells = [c.strip() for c in BARS.split(content) if c.strip()]
    return len(cells) >= 2 and all(_HEADER_CELL.fullmatch(c) for c in cells) and not _BARRED_FIGURE_CELL.search(content)


def _holds_table_figures(content: str) -> bool:
    """A row of a table copied with bars that holds figures: two figure cells (数量 | 75件 | 16件 |), or
    one cell alone that is a figure (75件 |, 49.66% |: a table copied one cell per line)."""
    figures = len(_BARRED_FIGURE_CELL.findall(content))
    return figures >= 2 or (figures == 1 and sum(1 for cell in BARS.split(content) if cell.strip()) == 1)


_CLAUSE_PUNCT = re.compile(r"[。，,；;]")
_OPENING_FORMULA = re.compile(r"现将.{2,80}?(?:报告|总结|汇报)如下")
_TITLE_LIKE = re.compile(r"(?:报告|总结|情况|汇报)$")


@dataclass(slots=True)
class Layout:
    roles: list[Role]
    chrome_kind: list[str | None]
    body_start: int  # index of the first body line
    body_end: int  # index after the last body line (body_start == body_end: no body)
    appendix_start: int | None = None  # index of the line that opens an appendix after the sign-off (附件：…)
    # index of the 附件 line after which a publishing notice (关于印发…报告的通知) gives the report itself
    attached_report: int | None = None

    def is_body(self, index: int) -> bool:
        return self.body_start <= index < self.body_end and self.roles[index] is Role.text


def line_role(content: str) -> tuple[Role, str | None]:
    if not content:
        return Role.blank, None
    if len(content) > 300 or (len(content) >= 50 and "。" in content) or starts_with_marker(content):
        # Chrome lines are short and are not sentences, nor outline headings; most body lines
        # end here, cheaply.
        return Role.text, None
    if _META.match(content) or _BRACKET_LABEL.match(content):
        return Role.meta, "meta"
    for name, pattern, cues in CHROME_PATTERNS:
        if cues and not any(cue in content for cue in cues):
            continue
        if pattern.search(content):
            # A long prose line that merely mentions 联系电话 is not a footer.
            if name == "footer" and len(content) > 120 and content.count("。") >= 2:
                continue
            return Role.chrome, name
    if _NAV_BAR.match(content) and not ANY_PUNCT.search(content) and not _holds_table_figures(content):
        return Role.chrome, "nav"
    return Role.text, None


def is_prose(content: str) -> bool:
    """A line that can only be body text: a sentence, an outline heading, or a report's opening
    formula on a line of its own (现将…2025年法治政府建设情况报告如下：)."""
    if starts_with_marker(content) or ("如下" in content and _OPENING_FORMULA.search(content)):
        return True
    if _CLAUSE_PUNCT.search(content):
        return not (len(content) <= 40 and _TITLE_LIKE.search(content) and "," not in content and "。" not in content)
    if ANY_PUNCT.search(content):
        # 欢迎访问本网站！: a short exclamation is page furniture; 重磅！…情况报告 a headline
        return len(content) >= 20 and not title_core(content)
    return len(content) >= 60 and not _TITLE_LIKE.search(content)


HEADER_REACH = 40  # how many lines below a headline-like line a page's title may still come


def _after_title_below(contents: list[str], roles: list[Role], first: int) -> int:
    """A page's sidebar or news list may hold a headline that reads as prose (上城区召开…会议，部署…)
    above the document's own title: the body starts after that title, when one follows within a
    few short lines that are not the report's text (no outline heading, no long sentence)."""
    headline = contents[first]
    if len(headline) > 60 or "。" in headline or "如下" in headline or headline.rstrip().endswith((":", "：")):
        return first  # the report's own opening (…现将有关情况报告如下：), not a headline
    for j in range(first + 1, min(len(contents), first + HEADER_REACH)):
        content = contents[j]
        if title_core(content):
            return next((k for k in range(j + 1, len(contents)) if roles[k] is Role.text and is_prose(contents[k])), first)
        if starts_with_marker(content) or (len(content) >= 50 and "。" in content) or len(content) > 100:
            return first
    return first


def analyse_layout(doc: Doc) -> Layout:
    roles: list[Role] = []
    kinds: list[str | None] = []
    contents = [doc.view[ln.content_start:ln.content_end] for ln in doc.lines]
    for content in contents:
        role, kind = line_role(content)
        roles.append(role)
        kinds.append(kind)
    # The body runs from the first prose line to the last: look from each end only until one
    # is found (the lines between need no test).
    n = len(contents)
    table = _table_rows(doc) if doc.text.find("\t") != -1 or SPACED_ROW.search(doc.view) else frozenset()
    if doc.view.find("|") != -1 or doc.view.find("丨") != -1:
        table = table | _barred_rows(contents)
        if "nav" in kinds:
            labelled = _labelled_figure_rows(contents, kinds)
            for i in labelled:
                roles[i], kinds[i] = Role.text, None
            table = table | frozenset(labelled)
            # (after the labelled rows: a row those miss, one of their table's, is read from them)
            block = _barred_block_rows(contents, table)
            for i in block:
                roles[i], kinds[i] = Role.text, None
            table = table | block
    first = next((i for i in range(n) if roles[i] is Role.text and (is_prose(contents[i]) or i in table)), None)
    if first is None:
        return Layout(roles, kinds, n, n)
    first = _after_title_below(contents, roles, first)
    last = next(i for i in range(n - 1, first - 1, -1) if roles[i] is Role.text and (is_prose(contents[i]) or i in table))
    for i in range(first, last):
        if kinds[i] == "record_block":
            # a document's record block comes after its text: a line like one with the body going on below
            # it (抄报：本年度向市司法局报送普法信息36条。, …2023年3月15日印发 closing a measure) is the body's
            roles[i], kinds[i] = Role.text, None
    # a table that opens or closes the body keeps its header row (项目 / 数量（件）)
    while first - 1 in table and roles[first - 1] is Role.text:
        first -= 1
    appendix, attached = _appendix_start(contents, kinds, first, last)
    if appendix is not None:
        last = next((i for i in range(appendix - 1, first - 1, -1) if roles[i] is Role.text and is_prose(contents[i])), last)
    return Layout(roles, kinds, first, last + 1, appendix, attached)


# 附件：2022年度…主要数据, 附件1, 附件：1.…统计表.xlsx, 附表：…, or the short label 附：2025年度主要指标 —
# after the sign-off (…厅 / 2023年3月15日) or the closing formula, the report's own text has ended: what
# follows is attached to it. (附 alone opens the label only before its colon: 附近, 附加 are words.)
_APPENDIX = re.compile(r"^附\s?(?:[件表]\s?[0-9一二三四五六七八九十]{0,2}\s?(?:[:：]|$|\s)|(?P<short>[:：]))")
# The short label naming a part of the report (附：2026年工作计划, 附：存在的问题和下一步打算) after 特此报告
# gives the report's own part; only after a sign-off's date is it attached.
_PART_WORDS = re.compile(r"问题|不足|打算|计划|安排|措施|举措|思路")
_SIGN_OFF_DATE = re.compile(rf"^{SIGN_OFF_DATE}$")
SIGN_OFF_REACH = 4  # non-blank lines between the sign-off and the appendix's first line


# A cell that holds a figure: between tabs, or in a table copied as text, between runs of two
# spaces or more (U+3000 runs in the source) in a line of three cells or more.
# (Tabs are read in the text: the view folds them to spaces.)
_FIGURE_CELL = re.compile(r"\t *[+\-]?\d[\d,.]*%? *(?:\t|$)")
# Under an appendix's 附件 line a figure cell may carry its unit (附件：主要数据 / 行政复议案件\t35件, 5.23万件):
# a table of the report's main figures. Elsewhere such a row is as often a page's counter (访问次数\t1234次) or
# a list of most-read articles (标题\t356次) below the sign-off, which must not carry the body past it.
_UNIT_FIGURE_CELL = re.compile(rf"\t *[+\-]?\d[\d,.]*+(?:%|‰|[万亿千]?(?:{UNIT_ALT})) *(?:\t|$)")
APPENDIX_TABLE_REACH = 60  # lines from a table row up to its 附件 line
# Each begins with the space itself and looks back from it: a pattern that starts with a
# look-behind is tried at every position, one that starts with a literal is scanned in C.
_SPACED_FIGURE_CELL = re.compile(r" (?<=\S )(?: +)[+\-]?\d[\d,.]*%? *(?: {2,}|$)")
CELL_GAP = re.compile(r" (?<=\S ) +(?=\S)")  # two spaces or more after a cell, before the next
SPACED_ROW = re.compile(r" (?<=\S ) +\S+ {2,}\S")  # three cells aligned with spaces: a table as text


def _barred_rows(contents: list[str]) -> frozenset[int]:
    """Rows of a table copied with | between its cells that hold figures (数量 | 75件 | 16件 |), and the
    cells of one copied a cell per line (75件 |) in a run of such lines as long as a table's (a footer's
    阅读 | / 1.2万次 | / 点赞 | / 36次 | is page furniture, and must not carry the body past the sign-off)."""
    barred = [("|" in c or "丨" in c) for c in contents]
    one_cell = [b and _ONE_CELL_LINE.match(c) is not None for b, c in zip(barred, contents, strict=True)]
    run = [0] * len(contents)  # the length of the run of one-cell lines each such line is in
    i = 0
    while i < len(contents):
        j = i
        while j < len(contents) and one_cell[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    return frozenset(i for i, c in enumerate(contents) if barred[i] and _holds_table_figures(c)
                     and (not one_cell[i] or run[i] >= MIN_CELL_RUN))


# Cells a page's counters and share bars are made of, which a table of the report's figures never holds.
FURNITURE_CELLS = frozenset({"阅读", "在看", "点赞", "分享", "转发", "收藏", "浏览", "评论", "留言", "赞", "阅读量", "浏览量",
                             "浏览次数", "访问量", "点击量", "点击数", "热度"})


def _row_cells(content: str) -> list[str]:
    """The cells of a row copied with bars, stripped (| 行政复议案件 | 6件 | 持平 | → three)."""
    cells = [cell.strip() for cell in BARS.split(content)]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


# A figure alone in a cell, without its unit (| 行政许可事项办理 | 213 | 件 |): its unit is in the header's
# 单位 column or in its column's header (数量（件）).
_BARE_FIGURE_CELL = re.compile(r"[+\-]?\d[\d,.]*+%?")
_FIGURE_CELL_ALONE = re.compile(_FIGURE_IN_CELL)
# A header cell that names the rows' unit: a 单位 column, or a column's unit in brackets (数量（件）).
# A header cell that names the column holding each row's unit (单位, 计量单位): table_cells reads it too.
UNIT_COLUMN = re.compile(r"(?:计量)?单位")
_UNIT_HEADER_CELL = re.compile(rf"{UNIT_COLUMN.pattern}|[^（(]{{1,10}}[（(](?:单位[:：])?(?:万|亿)?(?:{UNIT_ALT})[）)]")


def _barred_block_rows(contents: list[str], table: frozenset[int]) -> frozenset[int]:
    """Rows of a table copied with bars that the row tests alone miss, read from the table they are in
    (consecutive barred lines, single blank lines aside): a row with one figure beside words (| 行政复议案件 | 6件 |
    持平 |) as wide as a row of figures in the same table; and, under a header row that names the unit (a
    单位 column, 数量（件）), the header and the rows as wide as it whose figures are bare (| 行政许可事项办理
    | 213 | 件 |). A page's navigation bar has neither such a neighbour nor such a header."""
    out: set[int] = set()
    i, n = 0, len(contents)
    while i < n:
        if not BARS.search(contents[i]):
            i += 1
            continue
        run: list[int] = []
        while i < n and (BARS.search(contents[i]) or (not contents[i] and i + 1 < n and BARS.search(contents[i + 1]))):
            if contents[i]:  # (one blank line between rows: a copy's; two end the table)
                run.append(i)
            i += 1
        cells = {k: _row_cells(contents[k]) for k in run}
        widths = {len(cells[k]) for k in run if k in table}
        head = cells[run[0]]
        headed = len(head) >= 2 and all(_HEADER_CELL.fullmatch(c) for c in head) \
            and any(_UNIT_HEADER_CELL.fullmatch(c) for c in head[1:])
        under_header = False
        for k in run:
            row = cells[k]
            if k in table or len(row) < 2 or any(cell in FURNITURE_CELLS or _META.match(cell) for cell in row):
                continue  # (| 阅读 | 2356次 | 在看 |, | 发布时间 | … |: a page's furniture beside the table)
            if len(row) in widths and any(_FIGURE_CELL_ALONE.fullmatch(c) for c in row[1:]):
                out.add(k)
            elif headed and k != run[0] and len(row) == len(head) \
                    and any(_BARE_FIGURE_CELL.fullmatch(c) or _FIGURE_CELL_ALONE.fullmatch(c) for c in row[1:]):
                out.add(k)
                under_header = True
        if under_header:
            out.add(run[0])
        # rows whose name gives their unit over bare figures (| 涉税信访（件次） | 158 | 121 |), two or more in
        # the run: a table's, however short their names (a navigation bar's cells name no unit)
        unit_named = [k for k in run if len(cells[k]) >= 2 and _UNIT_HEADER_CELL.fullmatch(cells[k][0])
                      and all(_BARE_FIGURE_CELL.fullmatch(c) for c in cells[k][1:])]
        if len(unit_named) >= MIN_LABELLED_ROWS:
            out.update(unit_named)
            if run[0] not in unit_named and len(head) >= 2 and all(_HEADER_CELL.fullmatch(c) for c in head):
                out.add(run[0])
    return frozenset(out)


_ONE_CELL_LINE = re.compile(r"^[|丨｜]?+[^|丨｜]*+[|丨｜]\s*+$")  # possessive: a line of spaces is read once
MIN_CELL_RUN = 6  # lines of one cell each in a row: a table copied a cell per line, not a footer's few


def _is_table_line(doc: Doc, line_index: int) -> bool:
    line = doc.lines[line_index]
    return doc.text.find("\t", line.content_start, line.content_end) != -1 \
        or len(CELL_GAP.findall(doc.view, line.content_start, line.content_end)) >= 2


def _under_appendix_line(doc: Doc, i: int, known: dict[int, bool]) -> bool:
    """Whether line i is in a block of lines (rows, blanks, captions: no prose) under a 附件 line.
    `known` holds the answers for the rows above (a long table's rows each stop at the one before)."""
    answer = False
    for j in range(i - 1, max(-1, i - APPENDIX_TABLE_REACH), -1):
        if j in known:
            answer = known[j]
            break
        content = doc.view[doc.lines[j].content_start:doc.lines[j].content_end]
        if _APPENDIX.match(content):
            answer = True
            break
        if "\t" not in doc.text[doc.lines[j].content_start:doc.lines[j].content_end] and is_prose(content):
            break
    known[i] = answer
    return answer


def _table_rows(doc: Doc) -> frozenset[int]:
    """Lines that are table rows of figures (行政复议\t45\t+5%: cells separated by tabs, as the
    DOCX and HTML readers write them, or by runs of spaces in a copy), and the header rows right
    above them: body text, however short their cells."""
    rows: set[int] = set()
    tabbed = doc.text.find("\t") != -1  # a text with no tab (a table aligned with spaces) has no cell between tabs
    under_appendix: dict[int, bool] = {}
    for i, line in enumerate(doc.lines):
        if (tabbed and (_FIGURE_CELL.search(doc.text, line.content_start, line.content_end)
                        or (_UNIT_FIGURE_CELL.search(doc.text, line.content_start, line.content_end)
                            and _under_appendix_line(doc, i, under_appendix)))) or (
                _SPACED_FIGURE_CELL.search(doc.view, line.content_start, line.content_end) and _is_table_line(doc, i)):
            rows.add(i)
            j = i - 1
            while j >= 0 and j not in rows and _is_table_line(doc, j):
                rows.add(j)
                j -= 1
    return frozenset(rows)


def _attaches_the_report(contents: list[str], first: int, k: int, label_end: int) -> bool:
    """A notice that publishes the report (关于印发…报告的通知 / 附件：…报告 / the report) has no
    outline of its own: what its 附件 line attaches is the report itself."""
    if any(starts_with_marker(contents[j]) for j in range(first, k)):
        return False
    named = contents[k][label_end:].strip() or next((c for c in contents[k + 1:k + 4] if c), "")
    return title_core(named) is not None


def _wrapped_title_at(contents: list[str], i: int) -> bool:
    """A title wrapped over two lines starts at line `i` (2024年度…法治政府建设 / 工作总结)."""
    nxt = next((c for c in contents[i + 1:i + 3] if c), "")
    return 2 <= len(nxt) <= 24 and len(contents[i]) <= 60 and title_core(contents[i] + nxt) is not None


ATTACHMENT_LIST_MAX = 6  # lines of an attachment list (附件：1.… 2.…) and the issuer's name above the date


def _signed_below(contents: list[str], k: int) -> bool:
    """Whether the sign-off's date follows the 附件 line at k within a short list of attachments,
    each line short and no sentence (1.某市…主要指标, 2.…目录, the issuer's name)."""
    seen = 0
    for j in range(k + 1, len(contents)):
        line = contents[j]
        if not line:
            continue
        if _SIGN_OFF_DATE.match(line):
            return seen >= 1
        seen += 1
        if seen > ATTACHMENT_LIST_MAX or len(line) > 60 or "。" in line:
            return False
    return False


def _appendix_start(contents: list[str], kinds: list[str | None], first: int, last: int) -> tuple[int | None, int | None]:
    """(the appendix's first line, or the line where a notice's attached report begins: its 附件
    line, or its title right after the notice's sign-off)."""
    before_outline = True  # no numbered line yet: a notice's own text
    for k in range(first + 1, last + 1):
        if before_outline:
            if starts_with_marker(contents[k]):
                before_outline = False
            elif _SIGN_OFF_DATE.match(contents[k]):
                # 关于公布…报告的公告 / 现将…予以公布。/ 某某局 / 2023年2月3日 / the report's title
                after = next((j for j in range(k + 1, min(k + 4, last + 1)) if contents[j]), None)
                if after is not None and (title_core(contents[after]) is not None or _wrapped_title_at(contents, after)):
                    return None, after
        # (every body line gets here: the match is tried only where the line starts as it must)
        m = _APPENDIX.match(contents[k]) if contents[k].startswith("附") else None
        if not m:
            continue
        if _attaches_the_report(contents, first, k, m.end()):
            return None, k
        seen = 0
        for j in range(k - 1, first, -1):
            if not contents[j]:
                continue
            if _SIGN_OFF_DATE.match(contents[j]) or (kinds[j] == "closing_formula"  # 特此报告 (CHROME_PATTERNS)
                                                     and not (m.group("short") and _PART_WORDS.search(contents[k]))):
                return k, None
            seen += 1
            if seen >= SIGN_OFF_REACH:
                break
        if not before_outline and not m.group("short") and _signed_below(contents, k):
            # 附件：1.…主要指标 / 2.…目录 / 某市医疗保障局 / 2022年2月15日: an official document lists its
            # attachments between its text and its sign-off (GB/T 9704's 附件说明): no part of the text
            return k, None
    return None, None

