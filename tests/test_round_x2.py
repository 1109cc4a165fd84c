"""Full-length reports written for held-out round X2: the layouts it found read wrong.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa

THEMES = ("某区退役军人事务局2024年度法治政府建设工作报告\n\n　　2024年，某区退役军人事务局坚持依法行政。\n\n"
          "一、压实法治责任\n\n　　局党组研究法治工作6次。\n\n二、依法维护权益\n\n　　提供法律咨询610人次。\n\n")
PLANS = "　　2025年，我局将重点抓好以下工作：一是加强法治能力建设；二是完善多元化解机制。\n"
LISTED = "主要是：基层工作人员法律素养参差不齐；源头预防机制不够健全；法治宣传的覆盖面有待提升。\n\n"
PROBLEMS = ["基层工作人员法律素养参差不齐", "源头预防机制不够健全", "法治宣传的覆盖面有待提升"]


@pytest.mark.parametrize("admission", [
    "　　在肯定成绩的同时，我们也清醒地认识到，全局法治建设仍存在一些短板和不足，",
    "　　成绩虽有，但全局法治建设仍存在一些短板和不足，",
])
def test_a_closing_admission_in_other_words(admission: str) -> None:
    report = zhenfa.extract_text(THEMES + admission + LISTED + PLANS)
    assert [s.title for s in report.shortcomings] == PROBLEMS
    assert [p.title for p in report.plans] == ["加强法治能力建设", "完善多元化解机制"]


def test_a_measures_sentence_on_achievements_is_no_admission() -> None:
    # guard: no gap word after the turn; the paragraph stays the measure's
    text = THEMES[:-2] + "在肯定成绩的同时，我局也持续加强队伍建设，培训执法人员120人次。\n"
    report = zhenfa.extract_text(text)
    assert report.shortcomings == [] and len(report.measures) == 2


SENTENCES = ("某街道办事处2021年法治政府建设年度报告\n\n　　2021年，某街道坚持依法行政。现将有关情况报告如下：\n　　一、主要举措和成效\n"
             "　　1.压实责任。召开会议5次。\n　　2.规范决策。审议事项46项。\n　　二、存在的不足\n{part}　　三、2022年工作打算\n"
             "　　一要持续深化法治学习。二要提升综合执法水平。\n")


def test_one_problem_a_sentence_after_an_announcing_one() -> None:
    part = ("　　一年来，街道法治政府建设虽取得一定成效，但与上级要求相比仍有差距。部分工作人员对行政处罚法掌握不够深入。"
            "执法人员数量和专业能力与任务量不相匹配。社区法治宣传形式较为单一。\n")
    titles = [s.title for s in zhenfa.extract_text(SENTENCES.format(part=part)).shortcomings]
    assert titles == ["部分工作人员对行政处罚法掌握不够深入", "执法人员数量和专业能力与任务量不相匹配", "社区法治宣传形式较为单一"]


@pytest.mark.parametrize("part", [
    # a sentence after the problems that answers them: the paragraph stays one item
    "　　一年来，街道法治政府建设虽取得一定成效，但仍有差距。部分工作人员学法不够深入。执法力量不足。对此，街道已制定整改方案。\n",
    # one sentence after the announcing one: as before
    "　　一年来，街道法治政府建设虽取得一定成效，但仍有差距。部分工作人员学法不够深入。\n",
])
def test_sentences_that_are_no_list_of_problems(part: str) -> None:
    assert len(zhenfa.extract_text(SENTENCES.format(part=part)).shortcomings) == 1


def test_an_attachment_list_above_the_sign_off_is_no_part() -> None:
    text = ("某市医疗保障局2021年度法治政府建设情况报告\n\n　　2021年，某市医疗保障局坚持依法行政。现将有关情况报告如下：\n"
            "　　一、主要举措和成效\n　　（一）健全制度。出台文件4件。\n　　二、2022年工作安排\n　　1.完善制度体系。\n　　2.加强队伍建设。\n\n"
            "　　附件：1.某市医疗保障局2021年度法治建设主要指标\n　　　　　2.某市医疗保障局2021年度规范性文件目录\n\n"
            "某市医疗保障局\n2022年2月15日\n")
    report = zhenfa.extract_text(text)
    assert [p.title for p in report.plans] == ["完善制度体系", "加强队伍建设"]
    assert [s.heading for s in report.sections] == ["一、主要举措和成效", "二、2022年工作安排"]
    assert report.published == "2022-02-15"


def test_a_note_after_the_last_part_is_no_items_text_and_its_figures_are_facts() -> None:
    text = ("某市生态环境局2025年法治政府建设年度报告\n\n　　2025年，某市生态环境局坚持依法行政。现将有关情况报告如下。\n\n"
            "第一部分　主要工作举措及成效\n　　一、严格执法。对轻微违法行为不予处罚案件63件①。\n\n第二部分　2026年工作计划\n"
            "　　一、全面推行非现场执法。\n　　二、深化普法。\n\n注：①含适用首违不罚案件41件。\n\n某市生态环境局\n2026年1月28日\n")
    report = zhenfa.extract_text(text)
    assert report.plans[-1].text == "二、深化普法。"
    assert [s.raw for s in report.statistics] == ["63件", "41件"]


def test_a_note_between_parts_stays_in_its_part() -> None:
    # guard: a numbered part follows the note, which is the measure's own
    text = ("某市生态环境局2025年法治政府建设年度报告\n一、主要举措\n（一）严格执法。办理案件63件。\n注：含适用首违不罚案件41件。\n"
            "二、存在的问题\n执法力量不足。\n")
    report = zhenfa.extract_text(text)
    assert "注：含适用首违不罚案件41件。" in report.measures[0].text


@pytest.mark.parametrize("ornament", ["▍ ", "■ ", "◆ "])
def test_an_ornament_before_a_headings_number(ornament: str) -> None:
    text = THEMES.replace("一、压实", ornament + "一、压实").replace("二、依法", ornament + "二、依法")
    sections = zhenfa.extract_text(text).sections
    assert [(s.marker, s.heading) for s in sections] == [("一、", "一、压实法治责任"), ("二、", "二、依法维护权益")]
