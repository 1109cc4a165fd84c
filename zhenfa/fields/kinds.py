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
    (SectionKind.shortcomings, re.compile(r"不足|短板|差距|存在(?:的)?(?:主要)?问题|问题(?:和|与|及)(?:不足|原因|困难)|困难和问题|薄弱环节|主要问题|原因分析|原因$")),
    (SectionKind.plans, re.compile(
        r"安排|计划|设想|打算|下一步|下步|下一年|明年|来年|今后|工作思路|努力方向|展望|工作重点|重点工作|"
        r"20\d\d年(?:度)?(?:的)?(?:工作)?(?:主要)?(?:任务|目标|要点)")),
    (SectionKind.measures, re.compile(r"举措|措施|成效|做法|成绩|成果|主要工作|工作(?:开展)?情况|进展|开展情况|落实情况|完成情况|建设情况|工作回顾|基本情况|总体情况")),
    (SectionKind.other, re.compile(r"^(?:其他|其它)|其他(?:需要|有关)|附件|附表")),
)


def heading_kinds(heading: str) -> list[SectionKind]:
    """Kinds named by a heading's cue words; [] for a theme heading."""
    found: list[tuple[int, SectionKind]] = []
    for kind, cue in KIND_CUES:
        m = cue.search(heading)
        if m:
            if kind is SectionKind.leadership:
                return [kind]
            found.append((m.start(), kind))
    kinds = [k for _, k in sorted(found, key=lambda pair: pair[0])]
    # 工作计划 inside a measures heading (制定年度工作计划并落实) is not a plan
    # section; a heading that names results and plans is both, which the table keeps.
    return kinds


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


# Transition sentences that open an unheaded part (…但也存在一些不足…重点做好以下五方面工作：).
PLAN_TRANSITION = re.compile(
    r"下一步|下步|今后|明年|来年|新的一年|下一年|重点做好|着力做好|重点抓好|做好以下|从以下|以下[几两三四五六七八九十\d]*(?:个)?方面|"
    r"工作(?:打算|计划|安排|思路)|(?:20\d\d)年(?:度)?[,，]?[^。]{0,15}?将")
SHORTCOMING_TRANSITION = re.compile(
    r"(?:存在|还有|仍有|也有|尚有)[^。]{0,12}(?:不足|问题|差距|短板|薄弱)|不足之处|主要表现(?:在|为)|主要问题")


def transition_kinds(text: str) -> list[SectionKind]:
    found: list[tuple[int, SectionKind]] = []
    for kind, cue in ((SectionKind.shortcomings, SHORTCOMING_TRANSITION), (SectionKind.plans, PLAN_TRANSITION)):
        m = cue.search(text)
        if m:
            found.append((m.start(), kind))
    return [k for _, k in sorted(found, key=lambda pair: pair[0])]
