"""Exclusions: the rules that say a number with a unit is not a statistic, each named, in order
(EXCLUSIONS): ordinals and ranks, plenary and congress sessions, grades (二类), rules of frequency
(每月1次), bounds that define a category (对500万元以上项目), numbers in 《titles》, a unit that starts
another word (3条例), parts of a text (四个方面), slogans and idioms, place names that read as counts
(三门县), counts of a list just enumerated, orders of magnitude (数十万人), dates and editions,
a project's phase and full marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text import Ranges
from .numerals import COUNT_CHARS, cn_to_int
from .quantities import QUANTITY, YEAR_NUMBER, qualifier_before
from .subject import clause_start_of
from .units import UNIT_COUNTED_WORDS, UNIT_WORD_BREAKS

# Nouns that make a numeral and measure word the name of a policy, not a count.
POLICY_NOUNS = ("清单", "制度", "规定", "机制", "工程", "原则", "理念", "意识", "自信", "确立", "维护", "战略", "方针", "责任")
TEXT_PARTS = ("部分", "方面", "阶段", "环节", "板块", "层次", "层面", "维度", "方向")
PLENUM_WORDS = ("全会", "全体会议", "全体(扩大)会议", "党代会", "代表大会")
PLENUM_LIST_REACH = 60  # 二次、三次、四次全会: how far the list of sessions may run (bounded: linear time)
_PLENUM_LIST = re.compile(r"(?:[、和及][一二三四五六七八九十\d]{1,3}次)+(?:" + "|".join(re.escape(w) for w in PLENUM_WORDS) + ")")
# A session numbered within a congress's term: 县十七届人大三次会议, 区十八届政协五次会议,
# 十五届人大常委会三次会议. 会议 alone follows a count as well (召开3次会议), so the session
# is known by the 届 of its body just before the number; what stands between is the body's name.
SESSION_WORDS = ("会议", "全会", "全体会议", "大会")
_SESSION_BODY = re.compile(r"届(?:人大常委会|人大|人民代表大会|政协|党代会|职代会|教代会|常委会|全委会|[省市县区]委)$")
SESSION_BODY_REACH = 8  # 届 and the longest body's name (届人民代表大会) just before the number
# Classifiers that count only after an Arabic figure (生猪1200头, 机井32眼): after a Chinese numeral
# they are far more often a word or a name (抓好两头, 三头并进, 三眼井村, 五箱式变电站).
ARABIC_FIGURE_UNITS = frozenset({"头", "袋", "箱", "瓶", "眼", "口", "盏", "辑"})
# Units a bare 一 may count: people (新招录一名公务员). 一个, 一件事, 一次性 are set phrases.
ONE_COUNT_UNITS = frozenset({"名", "位"})
# Verbs that designate someone for a duty: after them 一名/一位 is an article, as 一个 is (明确一名党组
# 成员抓落实, 确定一名联络员, 指定一名专人负责), not a count of staff (新增一名, 招录一名 count; and an
# Arabic figure, 明确2名, is a count whatever the verb).
DESIGNATING_VERBS = ("明确", "确定", "指定", "指派", "选定", "安排")
# Slogans whose numerals are not counts even when unquoted.
SLOGANS = re.compile(r"(?:两个一百年|四个意识|四个自信|两个维护|两个确立|三个代表|三项制度|两个责任|四个全面|五位一体|三重一大|八项规定|五个一批|两学一做|三会一课|一岗双责|[两三四五]套班子)")  # 四套班子: a place's leading bodies, no count


class Candidate:
    """A number-and-unit match, with what the exclusion rules look at around it. Built once
    per figure the pattern finds (statistics reads its number and unit from it too); a plain
    class with slots and its own __init__, which costs less than a dataclass's generated one
    fed ten arguments by a factory method."""

    __slots__ = ("after", "before", "chinese", "m", "num", "para_start", "start", "text", "titles", "unit", "view")

    def __init__(self, view: str, m: re.Match[str], para_start: int, titles: Ranges, text: str = "") -> None:
        start, after = m.span()
        num, unit = m.group("num", "unit")
        self.view, self.m, self.para_start, self.titles = view, m, para_start, titles
        self.text = text or view  # the source text, where the view folded a tab to a space (table cells)
        self.start, self.after, self.num, self.unit = start, after, num, unit
        self.chinese: bool = not num[0].isdigit()
        self.before: str = view[start - 1] if start > para_start else ""

    def followed_by(self, words: str | tuple[str, ...]) -> bool:
        return self.view.startswith(words, self.after)

    def clause(self) -> str:
        return self.view[clause_start_of(self.view, self.start, self.para_start):self.start]


def _ordinal(c: Candidate) -> bool:  # 第六届, 第2批, 六届五次(全会)
    return c.before in ("第", "届")


def _mixed_numerals(c: Candidate) -> bool:  # the 5百万元 of 2千5百万元: only the tail of a mixed number
    return not c.chinese and c.before != "" and c.before in "千百十" and c.start - 2 >= c.para_start \
        and c.view[c.start - 2].isdigit()


def _rank(c: Candidate) -> bool:  # 前3名, 居前五位, 后10位: a place in a ranking, not a count
    if c.unit == "位" and (c.view.endswith(RANK_MOVES, c.para_start, c.start) or (
            c.view.endswith(RANK_CHANGES, c.para_start, c.start)
            and c.view.find("排名", max(c.para_start, c.start - RANK_REACH), c.start) != -1)):
        return True  # 进步6位, 排名上升3位: a move in a ranking (人员提高3位 counts people)
    return c.unit in ("名", "位") and c.before != "" and c.before in "前后第" \
        and not c.view.endswith(_TIME_WORDS_IN_QIAN_HOU, c.para_start, c.start)


# Words before N位 that move a place in a ranking (全省排名进步6位, 较上年前移3位): no count of people.
RANK_MOVES = ("进步", "退步", "前移", "后移", "跃升", "攀升")
# … and words that move a count as well (公职律师由3位下降2位), a ranking's only after 排名 close before.
RANK_CHANGES = ("上升", "下降", "提升", "提高", "前进", "后退", "下滑")
RANK_REACH = 12


# 先后两名同志, 目前三名执法人员: 前/后 ending a word of time, not a rank
_TIME_WORDS_IN_QIAN_HOU = ("先后", "此前", "目前", "会前", "此后", "之前", "之后", "事前", "事后", "随后", "其后", "日前", "当前",
                           "年前", "年后", "节前", "节后", "课前", "课后", "然后", "以后", "以前", "今后", "赛前", "赛后", "最后")


def _names_a_place(c: Candidate) -> bool:  # 三门县, 七台河市, and 法治三门 in a report that names 三门县
    if not c.chinese:
        return False
    openings, full, short = numeral_first_places()
    if not c.view.startswith(openings, c.start):
        return False
    if c.view.startswith(full, c.start):
        return True
    # the short form only as a place's name (法治三门, 平安三台), in a report that names the place in full;
    # elsewhere 执法车辆三台 is a count
    return c.view.endswith(_BEFORE_A_SHORT_PLACE, c.para_start, c.start) and any(
        c.view.startswith(name, c.start) and c.view.find(whole) != -1 for name, whole in short)


_BEFORE_A_SHORT_PLACE = ("法治", "平安", "美丽", "幸福", "数字", "智慧", "活力", "品质", "建设", "全域", "打造")


@cache
def numeral_first_places() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Division names that read as a quantity (三门县 as 3门, 五家渠市 as 5家), from the gazetteer:
    their two-character openings (a quick test), the names, and (short form, name) pairs."""
    from .places import gazetteer

    names = sorted({name for name in gazetteer().by_name if name[0] in COUNT_CHARS and QUANTITY.match(name) is not None},
                   key=len, reverse=True)
    short = tuple((name[:-1], name) for name in names if name[-1] in "县市区旗" and len(name) >= 3)
    return tuple(sorted({name[:2] for name in names})), tuple(names), short


def _plenum(c: Candidate) -> bool:  # 六次全会, 二次、六次全会, 十七届人大三次会议: the numbering of sessions
    if c.unit != "次":
        return False
    if c.followed_by(PLENUM_WORDS) or _PLENUM_LIST.match(c.view, c.after, c.after + PLENUM_LIST_REACH) is not None:
        return True
    return c.followed_by(SESSION_WORDS) and _SESSION_BODY.search(c.view, max(c.para_start, c.start - SESSION_BODY_REACH), c.start) is not None


def _grade(c: Candidate) -> bool:  # 一类占88.5%，二类占11.5%，无三类的; 接种二类疫苗: a grade, as 二级 and 三甲 are
    if c.unit != "类" or not c.chinese or len(c.num) != 1:
        return False
    if c.followed_by(GRADE_FOLLOWERS) or _alone_in_a_cell(c):
        return True
    # one of a series of grades that begins with 一类 in the same sentence (一类…二类…三类);
    # not the 一类 of a word (统一类案, 同一类型)
    first = c.view.rfind("一类", max(c.para_start, c.start - GRADE_SERIES_REACH), c.start)
    return first != -1 and _SERIES_BREAK.search(c.view, first, c.start) is None \
        and not (first > c.para_start and c.view[first - 1] in ONE_IN_A_WORD)


_CELL_EDGES = "|丨｜\t"  # (｜ is folded to | in the view, kept in the text)


def _alone_in_a_cell(c: Candidate) -> bool:
    """| 二类 | 12 | 所 |, 二类<TAB>12: the grade is a table row's name, a cell of its own between bars or
    tabs (read in the source text: the view folds a tab to a space; offsets are the same)."""
    text, i, j = c.text, c.start, c.after
    while i > c.para_start and text[i - 1] == " ":
        i -= 1
    while j < len(text) and text[j] == " ":
        j += 1
    return j < len(text) and text[j] in _CELL_EDGES and (i == c.para_start or text[i - 1] in _CELL_EDGES)


# What follows a grade (一类/二类/三类) where a count of kinds (五类案件, 三类问题) has its noun:
# its share or rating (二类占11.5%, 评为三类), 的 (无三类的), or what grades are given to.
GRADE_FOLLOWERS = ("占", "为", "的", "疫苗", "水质", "水体", "断面", "地区", "区域", "用地", "资质", "医疗器械")
_SERIES_BREAK = re.compile(r"[。；;！？!?\n]")  # a series of grades runs within one sentence or list item
GRADE_SERIES_REACH = 60  # 一类占88.5%，二类占11.5%，无三类的: how far back the series' 一类 may stand
# Characters before 一 that make it part of a word (统一, 唯一, 万一, 同一 …), not the numeral one.
ONE_IN_A_WORD = "统唯万之同单专逐划合每这另何某"  # 每一名: each; 这一类, 另一类, 任何一类: this, another, any


def _frequency_rule(c: Candidate) -> bool:  # 每月开展1次集中学法, 每季度至少召开1次: how often, not how many
    if c.unit not in FREQUENCY_UNITS:
        return False
    every = c.view.rfind("每", max(c.para_start, c.start - FREQUENCY_REACH), c.start)
    if every == -1:
        return False
    rule = _FREQUENCY_RULE.fullmatch(c.view, every, c.start)
    # (hours of study a year, 每年学法时长达到48学时, are a total, or a standard, not a timetable's rate)
    return rule is not None and not (c.unit in STUDY_HOURS and rule.group("period") in ("年", "年度"))


# 每 + a period, at most a short verb phrase (开展, 至少召开, 专题研究), then the figure: a rule of
# frequency. Not when the words between state a total (每月例会共召开12次, 已累计…).
# (连续: 每季度考核连续3次位列第一 counts a run of results, not a rule)
# The period may be counted: 每两月1次, 每两个月, 每两周, 每3个月; and a timetable's 每周2课时 is one too.
# A bound may close the phrase (每季度集体学法不少于1次, 每月不低于2次): the rule's minimum, still no count.
_FREQUENCY_RULE = re.compile(r"每(?:[两二三四五六半]|\d{1,2})?(?P<period>日|天|周|星期|个?月|季度|季|半年|年度|年|学期)"
                             r"[^\s\d，。；、,;:：共计已累连]{0,6}(?:不少于|不低于|不多于|不超过|最少|最多)?")
FREQUENCY_REACH = 12  # 每季度至少召开 + 1次: how far back the 每 may stand
STUDY_HOURS = frozenset({"课时", "学时"})
FREQUENCY_UNITS = frozenset({"次", "场", "场次", "期", "轮", "轮次", "批次"}) | STUDY_HOURS


def _threshold(c: Candidate) -> bool:  # 对500万元以上重大项目, 罚款1万元以上的案件, 以超过55吨为重点
    """A bound on a measure that defines a category (cases fined over 1万元), not a quantity stated
    as a fact. Only amounts, weights, lengths, areas and scores: a count's bound before a noun is
    often the fact itself (1000名以上的律师参加), a share always is (90%以上的案件在基层化解),
    and so is a bound that ends its clause (挽回损失100万元以上，)."""
    if c.unit not in MEASURE_UNITS:
        return False
    clause = c.clause()
    if c.followed_by(CRITERION_ENDS) and "以" in clause:
        return True  # (严厉打击)以车货总重超过55吨为重点 (not 投入300万元为重点人群…: no 以…为, 为 starts another phrase)
    if not c.followed_by(("以上", "以下")):
        return False
    after = c.view[c.after + 2:c.after + 3]
    if after == "的":
        return True  # 1万元以上的案件, 三十万元以上的: the bound of a noun phrase
    # 以上 and a noun in a clause that selects, right after its opening word (对500万元以上重大项目, 对单笔
    # 50万元以上支出): the noun's bound; not an amount a verb gives (对困难群众发放救助资金120万元以上惠及…)
    opening = next((w for w in SELECTION_OPENINGS if clause.startswith(w)), None)
    return after != "" and "\u4e00" <= after <= "\u9fff" and opening is not None \
        and len(clause) - len(opening) <= SELECTION_REACH


MEASURE_UNITS = frozenset({"元", "美元", "港元", "欧元", "日元", "英镑", "吨", "公斤", "千克", "米", "公里", "平方公里", "亩",
                           "公顷", "平方米", "立方米", "m²", "㎡", "m’", "千瓦", "千瓦时", "分"})
# 以车货总重超过55吨为重点, 以3000万元为限: the figure is the criterion of what is singled out
CRITERION_ENDS = ("为重点", "为标准", "为界", "为限", "为起点", "为门槛")
SELECTION_OPENINGS = ("针对", "对", "凡", "以")
SELECTION_REACH = 4  # 对单笔 / 对金额在: the few words between the opening and the bound


def _in_title(c: Candidate) -> bool:  # 《…2021—2025年…》
    return c.titles.inside(c.start)


def _unit_starts_a_word(c: Candidate) -> bool:  # 3条例, 10部署 (not 1127个人民调解委员会)
    return c.after < len(c.view) and c.unit in UNIT_WORD_BREAKS and c.view[c.after] in UNIT_WORD_BREAKS[c.unit] \
        and not c.view.startswith(UNIT_COUNTED_WORDS.get(c.unit, ()), c.after)


def _parts_of_a_text(c: Candidate) -> bool:  # 四个部分, 五个方面, 三个层次
    return c.chinese and c.unit == "个" and c.followed_by(TEXT_PARTS)


def _names_a_slogan(c: Candidate) -> bool:  # 三个“一号工程”, 三张清单制度, “11个坚持”, 15分钟服务圈
    if c.chinese and (c.followed_by(("“", '"', "「")) or c.followed_by(POLICY_NOUNS)):
        return True
    if c.chinese and c.unit == "个" and (c.followed_by(SLOGAN_VERBS) or c.followed_by("100%")
                                          or (c.followed_by("一") and _ONE_OF_A_SLOGAN.match(c.view, c.after + 1) is not None)):
        return True  # 三个强化, 三个到位, 四个100%, 五个一工程, 五个一机制: what is counted is a slogan's wording
    if c.num == "100" and c.unit == "%" and c.before == "个" and c.start - 2 >= c.para_start \
            and c.view[c.start - 2] in _SLOGAN_NUMERALS:
        return True  # the 100% of 四个100%
    if c.unit in RADIUS_UNITS and _NAMES_A_CIRCLE.match(c.view, c.after, c.after + 10) is not None:
        return True
    return c.before in ("“", '"', "「") and _QUOTE_CLOSES.match(c.view, c.after, c.after + 8) is not None


# 五个一机制, 五个一工程, “三个一”: the slogan's name follows its 一, or nothing does (两个一站式中心
# and 两个一级学科 are counts)
_ONE_OF_A_SLOGAN = re.compile("(?:" + "|".join((*POLICY_NOUNS, "批", "活动", "行动", "要求", "标准", "模式", "体系")) + r"|[^\u4e00-\u9fff]|$)")
# Verbs and adjectives that follow 三个 in a slogan (三个强化, 三个到位), where a count has a noun.
SLOGAN_VERBS = ("强化", "到位", "坚持", "提升", "确保", "聚焦", "不变", "不减", "转变", "必须", "注重", "一流")
_SLOGAN_NUMERALS = tuple("0123456789一二三四五六七八九十两")


def _idiom(c: Candidate) -> bool:  # 三番五次, 五花八门, 三天两头, 四面八方
    if not c.chinese or len(c.num) != 1:
        return False
    return any(c.view[c.start + offset:c.start + offset + 4] in IDIOMS for offset in (0, -2) if c.start + offset >= c.para_start)


# Four-character idioms with a numeral and a unit in them (a list: 一年两次 and 两年三次 are counts).
IDIOMS = frozenset({"三番五次", "三番两次", "五花八门", "三天两头", "四面八方", "三令五申", "七嘴八舌", "三年五载", "千门万户",
                    "三年两载", "一年半载", "五湖四海", "八面玲珑", "四分五裂", "七零八落"})


def _round_the_clock(c: Candidate) -> bool:  # 365天不打烊, 24小时自助服务: when a service is open, not a count
    return (c.unit, c.num) in _WHOLE_PERIODS and c.followed_by(_OPEN_WORDS) and c.before not in _DEADLINE_BEFORE


_DEADLINE_BEFORE = ("至", "在", "于", "内", "、")  # 压缩至24小时, 在24小时受理: a time limit


_WHOLE_PERIODS = frozenset({("小时", "24"), ("天", "365"), ("天", "366")})
_OPEN_WORDS = ("不打烊", "不间断", "不断线", "不停歇", "无休", "自助", "在线", "服务", "值守", "值班", "营业", "开放",
               "全天候", "畅通", "运行", "热线", "可办", "网上",
               "智慧", "政务", "便民", "智能", "无人")  # 24小时智慧政务服务中心, 24小时便民服务站: a facility's name


_QUOTE_CLOSES = re.compile(r"[^”\"」。，]{0,6}[”\"」]")
# 15分钟公共法律服务圈, 半小时生活圈: a distance named as the reach of a service, not a measurement.
RADIUS_UNITS = frozenset({"分钟", "小时", "公里"})
_NAMES_A_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,8}圈")


def _vague_amount(c: Candidate) -> bool:  # 数十万人, 几百件: an order of magnitude, not a count
    return c.chinese and c.before in ("数", "几")


def _not_a_count(c: Candidate) -> bool:
    """Chinese numerals that count nothing: 〇, 一个 (an article), 千家万户, 统一, 两个确立, “三项制度”,
    评估论证、征求意见、集体审议三个环节 (the count of the items just listed)."""
    if not c.chinese:
        return False
    num, unit, view = c.num, c.unit, c.view
    if num in ("〇", "零") or unit in ("%", "‰") or unit in ARABIC_FIGURE_UNITS:
        return True
    if unit == "次" and c.followed_by("产业"):
        return True  # 三次产业, 一二三次产业: the sectors of an economy
    if num == "一" and (unit not in ONE_COUNT_UNITS or (c.before and c.before in ONE_IN_A_WORD)
                        or view.endswith(DESIGNATING_VERBS, c.para_start, c.start)):
        return True
    if num in ("百", "千", "万", "亿") and not (c.m.group("mid") or c.m.group("post") or qualifier_before(view, c.start, c.para_start)[0]):
        return True
    if SLOGANS.match(view, c.start):
        return True
    clause = c.clause()
    quote = max(clause.rfind("“"), clause.rfind('"'), clause.rfind("「"))
    if quote != -1 and "”" not in clause[quote:] and "」" not in clause[quote:]:
        return True
    return _counts_listed_items(clause, num)


def _date_or_edition(c: Candidate) -> bool:  # 12月3日, 7×24小时, 2021期, 10时30分
    if c.chinese:
        return False
    if c.unit in ("天", "小时") and c.before and c.before in "月日×*xX":
        return True
    if c.unit == "分" and c.before and c.before in "时点:":  # 10时30分: a time of day
        return True
    return c.unit in ("期", "批", "届", "部", "版") and YEAR_NUMBER.fullmatch(c.num.replace(",", "")) is not None


def _phase_or_full_marks(c: Candidate) -> bool:
    if c.unit == "期" and (c.before == "线" or c.followed_by("工程")):
        return True  # 地铁4号线2期, 2期工程: a project's phase (二期工程 is a named phase too)
    return c.unit == "分" and c.view.endswith(FULL_MARKS, c.para_start, c.start)  # 满分100分: the most a score can be


FULL_MARKS = ("满分", "满分为", "满分是")




# Not statistics, by rule, in order; the first that applies names the reason. Each rule also
# names what it can apply to at all, as its first test does: the units it looks at (None: any)
# and the figures (CHINESE numerals, ARABIC figures, None: both), so that a figure is shown only
# the rules that may apply to it (a call per rule and figure costs more than most rules' test).
CHINESE, ARABIC = "chinese", "arabic"
EXCLUSIONS: tuple[tuple[str, Callable[[Candidate], bool], frozenset[str] | None, str | None], ...] = (
    ("ordinal", _ordinal, None, None),
    ("names_a_place", _names_a_place, None, CHINESE),
    ("mixed_numerals", _mixed_numerals, None, ARABIC),
    ("plenum", _plenum, frozenset({"次"}), None),
    ("grade", _grade, frozenset({"类"}), CHINESE),
    ("frequency_rule", _frequency_rule, FREQUENCY_UNITS, None),
    ("threshold", _threshold, MEASURE_UNITS, None),
    ("in_title", _in_title, None, None),
    ("unit_starts_a_word", _unit_starts_a_word, frozenset(UNIT_WORD_BREAKS), None),
    ("parts_of_a_text", _parts_of_a_text, frozenset({"个"}), CHINESE),
    ("names_a_slogan", _names_a_slogan, None, None),
    ("not_a_count", _not_a_count, None, CHINESE),
    ("date_or_edition", _date_or_edition, None, ARABIC),
    ("phase_or_full_marks", _phase_or_full_marks, frozenset({"期", "分"}), None),
    ("rank", _rank, frozenset({"名", "位"}), None),
    ("idiom", _idiom, None, CHINESE),
    ("round_the_clock", _round_the_clock, frozenset(unit for unit, _ in _WHOLE_PERIODS), None),
    ("vague_amount", _vague_amount, None, CHINESE),
)


@cache
def rules_for(unit: str, chinese: bool) -> tuple[tuple[str, Callable[[Candidate], bool]], ...]:
    """The rules of EXCLUSIONS, in order, that may apply to a figure with this unit and numeral."""
    script = CHINESE if chinese else ARABIC
    return tuple((name, rule) for name, rule, units, figures in EXCLUSIONS
                 if (units is None or unit in units) and figures in (None, script))


def exclusion(view: str, m: re.Match[str], para_start: int, titles: Ranges) -> str | None:
    """The name of the rule that says this match is not a statistic, or None."""
    return exclusion_of(Candidate(view, m, para_start, titles))


def exclusion_of(candidate: Candidate) -> str | None:
    """exclusion() of a figure already built as a Candidate."""
    for name, rule in rules_for(candidate.unit, candidate.chinese):
        if rule(candidate):
            return name
    return None


def _counts_listed_items(clause: str, num: str) -> bool:
    """Whether a Chinese numeral counts the 、-separated items written just before it."""
    if "、" not in clause or "各" in clause[-4:] or "每" in clause[-4:]:  # 各配备两名: a count per item
        return False
    value = cn_to_int(num)
    items = clause.split("、")
    return value is not None and value == len(items) and all(len(item.strip()) <= 12 for item in items[1:])
