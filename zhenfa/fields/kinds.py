"""Statutory section kinds, as tables of cue words over heading text.

A heading gets every kind whose cue it contains, in the order the cues appear
(存在的不足和2022年度的主要安排 → shortcomings, plans). The leadership cue
wins alone: its headings also say 情况 and 推进, which are not measures.
A heading with no cue is a theme heading (深入推进依法行政，…): reports
organised by theme describe the year's work, so such a heading is `measures`
until a shortcomings or plans section has appeared, and `other` after it.
"""

from __future__ import annotations

import re

from ..models import SectionKind

KIND_CUES: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (SectionKind.leadership, re.compile(r"第一责任|主要负责(?:人|同志)|党政主要领导|主要领导(?:干部)?履行|履行推进法治建设|一把手")),
    # 短板 and 薄弱 only as what a report admits (存在的短板), not as a theme (补齐短板弱项).
    # Nor 找差距, 缩小差距, 补短板 or 主要问题整改: themes that answer a problem, not an admission.
    (SectionKind.shortcomings, re.compile(
        # (each branch starts with its words and looks back from them: a branch that starts with a
        # look-behind is tried at every position, and the whole table with it)
        r"不足(?<!弥补不足)(?<!补齐不足)|差距(?<!找差距)(?<!缩小差距)(?<!查找差距)(?<!拉开差距)|"
        r"存在(?<!整改存在)(?<!针对存在)(?<!解决存在)(?<!化解存在)(?:的)?(?:主要|突出)?(?:问题|短板|薄弱|困难)|"
        r"短板(?<!补短板)(?<!补齐短板)(?<!补强短板)(?<!弥补短板)(?<!补足短板)(?<!破解短板)(?<!补上短板)|问题(?:和|与|及)(?:不足|原因|困难|短板|挑战)|短板(?:和|与|及)(?:不足|问题)|"
        r"困难和问题|主要问题(?!整改|清单|导向)|原因分析|原因$|困难(?:和|与|及)挑战|"
        # 问题与打算, 问题和下一步打算: a bare problem noun joined to the plans (not 解决问题和推进改革,
        # 整改问题和落实措施: at the heading's start only)
        r"^(?:问题|困难|不足)(?=(?:和|与|及)(?:下一步|下步|今后|明年|20\d\d年度?)?的?(?:工作)?(?:打算|计划|安排|思路|设想|对策))|"
        # as what the report faces, not what a theme tackles (破解…面临的困难, 聚焦薄弱环节)
        r"(?:^|当前|目前|工作中|仍然|依然)面临的?(?:困难|挑战|问题)|(?:存在|工作中)的?薄弱环节|"
        r"(?:需要|有待)改进(?:的(?:地方|方面|问题)|之处)?$")),
    # 安排 and 计划 as the part of a report (主要安排, 2024年工作计划), not as words in a theme
    # (精心安排部署, 完善年度计划, 聚焦重点工作).
    (SectionKind.plans, re.compile(
        r"设想|打算|下一步|下步|下一年|下一阶段|下阶段|明年|来年|今后|工作思路|努力方向|展望|(?:下一步|下步|工作)谋划$|"
        r"(?:主要|工作|下年度|年度的主要|明年的)(?:安排|计划|任务|要点)$|"
        r"(?P<year>20\d\d)年(?:度)?(?:的)?(?:法治政府建设|推进法治政府建设|法治建设|依法行政)?(?:工作)?(?:的)?(?:主要|重点)?(?:安排|计划|任务|目标|要点|工作|重点|谋划)(?:安排|计划)?$|"
        r"(?:安排|计划)(?:和|与|及)(?:打算|设想|思路)")),
    (SectionKind.measures, re.compile(r"举措|措施|成效|做法|成绩|成果|主要工作(?!任务|安排|计划|要点|打算|思路)|工作(?:开展)?情况|进展|开展情况|落实情况|完成情况|建设情况|工作回顾|基本情况|总体情况")),
    # 意见建议: what the bureau asks of others, not a statutory part
    (SectionKind.other, re.compile(r"^(?:其他|其它)|其他(?:需要|有关)|附件|附表|意见(?:和|与|及)?建议|(?:工作|有关|相关)建议$")),
)


# Words that name a plan whatever its year: 2025年工作计划 in a 2025 report is still its plans
# (a writer's slip or a mid-year report), where 2025年重点工作 is the year's work.
# (Not 谋划: 2023年法治政府建设工作谋划 opening a 2023 report is how the year's work was planned.)
PLAN_WORDS = ("计划", "安排")
_PLANNED_MEASURES = re.compile(r"举措|措施|主要工作")  # 下一步工作举措, 2025年主要工作
# Spaces between Chinese characters: a PDF copy's, or a hard-wrapped line's break, which the
# view reads as spaces (wrapped.py); cue words are read across them (存在的不 / 足).
# (It starts with the space and looks back from it: a pattern that starts with a look-behind
# is tried at every position.)
_GAP_IN_WORDS = re.compile(r" (?<=[\u4e00-\u9fff] ) *(?=[\u4e00-\u9fff])")


def squeeze(text: str) -> str:
    """`text` without spaces between Chinese characters (most texts have none: no scan)."""
    return _GAP_IN_WORDS.sub("", text) if " " in text else text


def heading_kinds(heading: str, report_year: int | None = None) -> list[SectionKind]:
    """Kinds named by a heading's cue words; [] for a theme heading.

    A heading that is a plan only by its year (2024年重点工作) is one when the year is
    after the report's; 2023年主要工作 in a 2023 report is the year's work."""
    heading = squeeze(heading)
    found: list[tuple[int, SectionKind]] = []
    for kind, cue in KIND_CUES:
        m = cue.search(heading)
        if m:
            if kind is SectionKind.leadership:
                return [kind]
            year = m.groupdict().get("year")
            if year and report_year is not None and int(year) <= report_year \
                    and not (m.group().endswith(PLAN_WORDS) and not heading[:m.start()].strip()):
                continue  # (a heading that is a plan word's phrase, not a theme about one: 精心谋划2023年度工作计划)
            found.append((m.start(), kind))
    plans_at = next((at for at, k in found if k is SectionKind.plans), None)
    if plans_at is not None:
        # 下一步工作举措, 今后的工作措施: the measures named after the plans' cue are next year's
        found = [(at, k) for at, k in found
                 if not (k is SectionKind.measures and at > plans_at and _PLANNED_MEASURES.match(heading, at))]
    kinds = [k for _, k in sorted(found, key=lambda pair: pair[0])]
    # 工作计划 inside a measures heading (制定年度工作计划并落实) is not a plan
    # section; a heading that names results and plans is both, which the table keeps.
    return kinds


# A head's own report on his duty for the rule of law (述法, 关于履行推进法治建设第一责任人职责情况的报告,
# or no title and an opening in the first person: 本人切实履行…第一责任人职责): the whole report is the
# leadership part, so its 履职情况 heading names that part, not a theme of the year's measures.
DUTY_REPORT_TITLE = re.compile(r"述法(?<![上前下]述法)(?![律规])|第一责任人职责")
_FIRST_PERSON_DUTY = re.compile(r"本人[^。]{0,30}第一责任人")
DUTY_HEADING = re.compile(r"(?:个人|本人)?(?:履职|履责|履行职责)(?:尽责)?(?:工作)?情况$")


# A bureau's report on its year that also covers the head's duty (…法治政府建设和主要负责人履行…第一责任人职责
# 情况报告, …法治政府建设情况暨述法报告): its 履职情况 is the bureau's year of work.
_COMBINED_REPORT = re.compile(r"法治政府建设(?:工作)?(?:情况|工作|年度)?(?:报告)?(?:和|暨|及|与|以及)|暨述法")


def is_duty_report(title: str | None, opening: str) -> bool:
    """Whether a report is a head's own report on his rule-of-law duty: by its title, or, with no
    title, by an opening in the first person on the duty (a titled bureau report whose head writes
    本人作为第一责任人 is still the bureau's)."""
    if title is not None:
        return DUTY_REPORT_TITLE.search(title) is not None and _COMBINED_REPORT.search(title) is None
    return "第一责任人" in opening and _FIRST_PERSON_DUTY.search(opening) is not None


def resolve_theme_kinds(headings_kinds: list[list[SectionKind]]) -> list[list[SectionKind]]:
    """Give theme headings (no cue) their kind from their place in the report."""
    out: list[list[SectionKind]] = []
    seen_later_part = False
    for kinds in headings_kinds:
        if kinds:
            if SectionKind.shortcomings in kinds or SectionKind.plans in kinds:
                seen_later_part = True
            out.append(kinds)
        else:
            out.append([SectionKind.other] if seen_later_part else [SectionKind.measures])
    return out


# A heading phrase names a piece of work the way headings do, verb first: 强化组织保障, 推进…改革
# (not 我局高度重视…, 但也存在一些不足, 第一季度).
HEADING_VERBS = (
    "加强", "强化", "完善", "健全", "推进", "推动", "深化", "规范", "提升", "提高", "坚持", "落实", "严格", "优化", "创新",
    "狠抓", "压实", "扎实", "持续", "全面", "着力", "聚焦", "夯实", "筑牢", "打造", "构建", "建立", "抓实", "抓好", "做好",
    "做实", "开展", "实施", "注重", "突出", "深入", "依法", "化解", "防范", "维护", "促进", "营造", "拓展", "加大", "加快",
    "紧扣", "围绕", "立足", "发挥", "贯彻", "学习", "推行", "建设", "加速", "增强", "激发", "统筹", "强力", "大力", "积极",
    "巩固", "彰显", "推广",
)
HEADING_VERB = re.compile(rf"(?:{'|'.join(HEADING_VERBS)})")
# Adverbs of manner a heading phrase may put before its verb: 坚决贯彻…, 切实加强…, 不断提升….
MANNER_ADVERBS = ("坚决", "切实", "认真", "不断", "始终", "主动", "稳步", "全力", "进一步", "精准", "广泛", "着力", "大力", "积极")


# Words that point to next year's work, in a transition and at a plan's opening.
NEXT_YEAR_WORDS = "下一步|下步|今后|明年|来年|新的一年"
NEXT_YEAR_CUE = re.compile(f"{NEXT_YEAR_WORDS}|下一年")
# Transition sentences that open an unheaded part (…但也存在一些不足…重点做好以下五方面工作：).
PLAN_TRANSITION = re.compile(
    rf"{NEXT_YEAR_WORDS}|下一年|重点做好|着力做好|重点抓好|做好以下|从以下|以下[几两三四五六七八九十\d]*(?:个)?方面|"
    r"工作(?:打算|计划|安排|思路)|(?:20\d\d)年(?:度)?[,，]?[^。]{0,15}?将")
# A paragraph that is itself the first of next year's plans, with no heading or sentence to
# lead into them: 2023年，我区将…; 下一步，我局将…. A year must be the one after the report's.
PLAN_OPENING = re.compile(rf" *(?:{NEXT_YEAR_WORDS}|(?P<year>(?:19|20)\d\d) ?年(?:度)?)(?:工作中|工作|里|中)?[,，]")


def opens_plans(text: str, report_year: int | None) -> bool:
    """Whether a paragraph's text starts as one of next year's plans (PLAN_OPENING)."""
    m = PLAN_OPENING.match(squeeze(text))
    return m is not None and (m.group("year") is None or (report_year is not None and int(m.group("year")) == report_year + 1))


# (not 针对存在的问题, 围绕存在的短板: what a plan answers, which another part admitted)
# (It starts with a class of its words' first characters and looks back from their second: in
# its readable form, tests/test_perf_outline.py's specification, the first branch starts with a
# group, and re tried the pattern at every position.)
SHORTCOMING_TRANSITION = re.compile(
    r"[存还仍也尚不主](?:(?:(?<=存)在|(?<=[还仍也尚])有)(?<!针对..)(?<!围绕..)(?<!聚焦..)(?<!解决..)[^。]{0,12}"
    r"(?:不足|问题|差距|短板|薄弱)|(?<=不)足之处|(?<=主)要表现(?:在|为)|(?<=主)要问题)")


# What leads into a list of items: 主要是, 主要有, 主要表现在 … (a colon may follow).
LIST_CUE = r"主要(?:是|有|表现在|表现为|体现在)"


def transition_kinds(text: str) -> list[SectionKind]:
    text = squeeze(text)
    found: list[tuple[int, SectionKind]] = []
    for kind, cue in ((SectionKind.shortcomings, SHORTCOMING_TRANSITION), (SectionKind.plans, PLAN_TRANSITION)):
        m = cue.search(text)
        if m:
            found.append((m.start(), kind))
    return [k for _, k in sorted(found, key=lambda pair: pair[0])]
