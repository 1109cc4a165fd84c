"""Round X's statistics defects: an appendix opened by 附：, table rows with a 单位 column or a word cell,
内 after a time limit, a unit shared across 、.

The texts are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import zhenfa

COUNTY = "某县人民政府关于2025年度法治政府建设情况的报告\n"
BODY = ("　　一、主要举措和成效\n　　（一）严格执法。全年办理行政处罚案件9860件。\n"
        "　　二、2026年工作计划\n　　（一）深化法治宣传教育。全面启动“九五”普法。\n\n某县人民政府\n2026年1月26日\n\n")
BARRED_FIGURES = "| 指标 | 数值 |\n| 行政处罚案件 | 9860件 |\n| 行政复议受理案件 | 312件 |\n| 出庭应诉率 | 100% |\n"


def _stats(text: str) -> list[tuple[str, float | int, str, str | None]]:
    return [(s.raw, s.value, s.unit, s.qualifier) for s in zhenfa.extract_text(text).statistics]


# D. 附： (and 附表：) after the sign-off opens an appendix, as 附件： does


def test_a_short_appendix_label_after_the_sign_off_opens_the_appendix() -> None:
    report = zhenfa.extract_text(COUNTY + BODY + "附：2025年度主要指标\n" + BARRED_FIGURES)
    assert [(s.raw, s.section) for s in report.statistics] == [
        ("9860件", ["一、", "（一）"]), ("9860件", []), ("312件", []), ("100%", [])]
    assert report.plans[-1].text.endswith("全面启动“九五”普法。")  # not run on over the sign-off and the table
    assert "truncated" not in [w.code for w in report.warnings]


def test_a_short_appendix_label_reads_a_tab_table_of_figures_with_units() -> None:
    table = "指标\t数值\n行政处罚案件\t9860件\n行政复议受理案件\t312件\n"
    report = zhenfa.extract_text(COUNTY + BODY + "附：2025年度主要指标\n" + table)
    assert [(s.raw, s.section) for s in report.statistics] == [("9860件", ["一、", "（一）"]), ("9860件", []), ("312件", [])]
    assert report.plans[-1].text.endswith("全面启动“九五”普法。")


def test_the_appendix_table_keeps_a_row_its_labelled_rows_miss() -> None:
    # a row whose label is too long for a navigation bar's cell is text already, and used to split the run of
    # labelled rows, leaving the row after it alone (and chrome)
    rows = ("| 指标 | 数值 |\n| 行政处罚案件 | 9860件 |\n| 行政复议受理案件 | 312件 |\n"
            "| 行政机关负责人出庭应诉率 | 100% |\n| 矛盾纠纷化解成功率 | 97.6% |\n")
    report = zhenfa.extract_text(COUNTY + BODY + "附件：2025年度主要指标\n" + rows)
    assert [s.raw for s in report.statistics if not s.section] == ["9860件", "312件", "100%", "97.6%"]


def test_a_word_that_begins_with_fu_opens_no_appendix() -> None:
    # guard: 附近 after the sign-off is no label; the lines stay as they were (no appendix figures)
    report = zhenfa.extract_text(COUNTY + BODY + "附近：2025年度主要指标\n" + BARRED_FIGURES)
    assert [s.raw for s in report.statistics if not s.section] == []


def test_a_short_label_inside_the_body_changes_nothing() -> None:
    # guard: 附： before the sign-off is the body's own line
    text = (COUNTY + "　　一、主要举措和成效\n　　（一）严格执法。全年办理行政处罚案件9860件。\n附：典型案例\n"
            "　　（二）规范执法。查处案件12件。\n　　二、2026年工作计划\n　　（一）深化法治宣传教育。\n\n某县人民政府\n2026年1月26日\n")
    report = zhenfa.extract_text(text)
    assert [(s.raw, s.section) for s in report.statistics] == [("9860件", ["一、", "（一）"]), ("12件", ["一、", "（二）"])]
    assert [m.title for m in report.measures] == ["严格执法", "规范执法"]


# E. table rows: a 单位 column after the figures; a word beside the figure in a barred row

BUREAU = ("某区教育局2020年度法治政府建设情况报告\n　　一、主要举措和成效\n　　（一）主要数据情况\n　　主要数据如下：\n{}\n"
          "　　二、存在的问题\n　　（一）执法力量薄弱。\n")


def test_a_unit_column_after_the_figure_gives_each_figure_once() -> None:
    report = zhenfa.extract_text(BUREAU.format("项目\t数量\t单位\n行政许可事项办理\t213\t件\n信访件办结\t58\t件"))
    assert [(s.raw, s.value, s.unit, s.subject) for s in report.statistics] == [
        ("213", 213, "件", "行政许可事项办理"), ("58", 58, "件", "信访件办结")]


def test_a_row_with_its_unit_in_the_next_cell_and_no_header_keeps_its_figure() -> None:
    # guard: no header names the unit column, so no table rule reads the row; the figure and its unit are
    # found across the tab as before
    report = zhenfa.extract_text(BUREAU.format("行政许可事项办理\t213\t件\n信访件办结\t58\t件"))
    assert [(s.value, s.unit) for s in report.statistics] == [(213, "件"), (58, "件")]


def test_a_barred_table_with_a_unit_column_gives_its_figures() -> None:
    for table in ("| 项目 | 数量 | 单位 |\n| 行政许可事项办理 | 213 | 件 |\n| 信访件办结 | 58 | 件 |",
                  "| 项目 | 单位 | 数量 |\n| 行政许可事项办理 | 件 | 213 |\n| 信访件办结 | 件 | 58 |",
                  "| 项目 | 数量（件） |\n| 行政许可事项办理 | 213 |\n| 信访件办结 | 58 |"):
        report = zhenfa.extract_text(BUREAU.format(table))
        assert [(s.raw, s.value, s.unit, s.subject) for s in report.statistics] == [
            ("213", 213, "件", "行政许可事项办理"), ("58", 58, "件", "信访件办结")], table
        assert [m.title for m in report.measures] == ["主要数据情况"]
        assert [s.title for s in report.shortcomings] == ["执法力量薄弱"]


def test_barred_rows_of_bare_figures_without_a_unit_header_stay_out() -> None:
    # guard: no header names a unit, so a bare figure counts nothing (as before)
    report = zhenfa.extract_text(BUREAU.format("| 项目 | 数量 |\n| 行政许可事项办理 | 213 |\n| 信访件办结 | 58 |"))
    assert report.statistics == []


MANPOWER = ("某市人社局2019年法治政府建设工作报告\n　　一、规范权力运行\n　　一是严格合法性审查。全年审查42件。\n　　主要指标如下：\n{}"
            "　　二、存在的问题\n　　一是执法力量不足。\n")


def test_a_barred_row_with_a_word_beside_its_figure_is_kept() -> None:
    rows = "| 指标名称 | 2019年 | 同比变化 |\n| 受理投诉举报 | 1876件 | 下降12.6% |\n| 行政复议案件 | 6件 | 持平 |\n"
    report = zhenfa.extract_text(MANPOWER.format(rows))
    assert [(s.raw, s.subject) for s in report.statistics] == [
        ("42件", "审查"), ("1876件", "受理投诉举报"), ("12.6%", "受理投诉举报"), ("6件", "行政复议案件")]
    # the row first, then one blank line between rows (a copy's): still the table's
    rows = "| 行政复议案件 | 6件 | 持平 |\n\n| 受理投诉举报 | 1876件 | 下降12.6% |\n"
    assert [s.raw for s in zhenfa.extract_text(MANPOWER.format(rows)).statistics] == ["42件", "6件", "1876件", "12.6%"]


def test_a_barred_footer_two_blank_lines_below_a_table_stays_chrome() -> None:
    # guard: a page's counter under the text, as wide as the table's rows, is not read from the table
    text = ("某市人社局2019年法治政府建设工作报告\n　　一、规范权力运行\n　　一是严格合法性审查。全年审查42件。\n"
            "| 受理投诉举报 | 1876件 | 下降12.6% |\n| 办理信访 | 320件 | 上升3.1% |\n\n\n| 点赞 | 1.2万次 | 转发 |\n")
    report = zhenfa.extract_text(text)
    assert [s.raw for s in report.statistics] == ["42件", "1876件", "12.6%", "320件", "3.1%"]


def test_a_barred_row_of_a_narrower_width_is_not_read_from_the_table() -> None:
    # guard: a two-cell line beside a three-cell table is no row of it
    text = ("某市人社局2019年法治政府建设工作报告\n　　一、规范权力运行\n　　一是严格合法性审查。全年审查42件。\n"
            "| 受理投诉举报 | 1876件 | 下降12.6% |\n| 办理信访 | 320件 | 上升3.1% |\n| 点赞 | 1.2万次 |\n")
    assert "1.2万次" not in [s.raw for s in zhenfa.extract_text(text).statistics]


# G. 内 after a time limit; a unit shared across 、

TAX = "某区税务局2022年度法治税务建设情况报告\n　　一、主要举措和成效\n　　（一）优化税费服务。网上办税率达到99.3%。\n"


def test_nei_after_a_time_unit_is_a_bound() -> None:
    for sentence, stat in (("一般登记平均办理时间压缩至3个工作日内。", ("3个工作日内", 3, "个工作日", "under")),
                           ("群众诉求24小时内响应。", ("24小时内", 24, "小时", "under")),
                           ("申请材料30天内办结。", ("30天内", 30, "天", "under"))):
        assert _stats(TAX + "　　（二）压缩时限。" + sentence + "\n")[1:] == [stat], sentence


def test_nei_that_begins_a_word_or_follows_a_count_is_no_bound() -> None:
    # guards: 内部/内容 are words; after a count (3家内设机构) 内 is no bound; 以内 reads as before
    assert _stats(TAX + "　　（二）规范审查。审查时间5个工作日内部流转。\n")[1:] == [("5个工作日", 5, "个工作日", None)]
    assert _stats(TAX + "　　（二）精简机构。整合3家内设机构。\n")[1:] == [("3家", 3, "家", None)]
    assert _stats(TAX + "　　（二）压缩时限。办理时间压缩至3个工作日以内。\n")[1:] == [("3个工作日以内", 3, "个工作日", "under")]


def test_a_unit_written_after_the_last_figure_is_shared_across_dun() -> None:
    def units(sentence: str) -> list[tuple[float | int, str]]:
        return [(value, unit) for _, value, unit, _ in _stats(TAX + "　　（二）优化审批。" + sentence + "\n")[1:]]

    assert units("审批时限分别压缩至30个、15个工作日。") == [(30, "个工作日"), (15, "个工作日")]
    assert units("审批时限分别压缩至30个和15个工作日。") == [(30, "个工作日"), (15, "个工作日")]
    assert units("审批时限分别压缩至30个、20个、15个工作日。") == [(30, "个工作日"), (20, "个工作日"), (15, "个工作日")]
    assert units("结案率、调解率分别提高6.3个、5.8个百分点。") == [(6.3, "个百分点"), (5.8, "个百分点")]
    # guards: a count of 个 before another count keeps its unit
    assert units("新建30个、改建15个工作站。") == [(30, "个"), (15, "个")]
