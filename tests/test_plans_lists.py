"""Next year's plans written as one paragraph: a frame (…做好以下工作：) and what follows its colon.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

HEAD = (
    "某县司法局2023年法治政府建设工作报告\n"
    "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：\n"
    "一、主要举措和成效\n"
    "（一）加强制度建设。全年审查规范性文件15件。\n"
    "二、存在的问题\n"
    "部分干部运用法治思维的能力不强。\n"
    "三、下一步工作打算\n"
)


def _plans(part: str) -> list[tuple[str, int | None]]:
    report = zhenfa.extract_text(HEAD + part)
    return [(p.text.rstrip("。"), p.year) for p in report.plans]


def test_a_frames_list_of_short_tasks_gives_one_plan_each() -> None:
    # four characters a task: after a colon that announces a list they are its items
    assert _plans("2024年，我局将重点做好以下工作：加强学习；规范执法；创新普法。\n") == [
        ("加强学习", 2024), ("规范执法", 2024), ("创新普法", 2024)]


def test_a_frames_lone_statement_is_the_plan_where_the_part_says_nothing_else() -> None:
    assert _plans("2024年，我局将重点做好以下工作：坚持以习近平法治思想为指导，全面推进依法行政，为全县发展提供法治保障。\n") == [
        ("坚持以习近平法治思想为指导，全面推进依法行政，为全县发展提供法治保障", 2024)]


def test_a_frames_guiding_statement_is_no_plan_where_tasks_follow() -> None:
    assert _plans("2024年，我局将重点做好以下工作：坚持以习近平法治思想为指导，全面推进依法行政。\n"
                  "加强学习培训，提升干部法治素养。\n规范行政执法，严格执法监督。\n") == [
        ("加强学习培训，提升干部法治素养", 2024), ("规范行政执法，严格执法监督", 2024)]


def test_short_pieces_between_semicolons_outside_a_frame_stay_one_item() -> None:
    # no colon announces a list: 学习；执法 are a phrase's parts, and the paragraph is one plan
    assert _plans("2024年，我局将继续加强学习；规范执法。\n") == [("2024年，我局将继续加强学习；规范执法", 2024)]


def test_every_plan_is_grounded() -> None:
    text = HEAD + "2024年，我局将重点做好以下工作：加强学习；规范执法；创新普法。\n"
    for plan in zhenfa.extract_text(text).plans:
        start, end = plan.span
        assert text[start:end].rstrip("。") == plan.text.rstrip("。")
