"""An official document's furniture (公文, as its PDF or Word file is copied to text): page numbers
between the pages and the record block (版记: 抄送…, …印发) below the sign-off.

The reports are invented for the test; each expectation was checked by hand against its text."""

from __future__ import annotations

import pytest

import zhenfa
from zhenfa.layout import Role, line_role

BODY = (
    "宁德市司法局关于2023年度法治政府建设情况的报告\n"
    "\n"
    "市委依法治市办：\n"
    "　　2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：\n"
    "　　一、主要举措和成效\n"
    "　　（一）加强制度建设。全年审查规范性文件15件。\n"
    "　　（二）严格规范执法。办理行政复议案件120件。\n"
    "{page}\n"
    "　　二、存在的不足\n"
    "　　一是法治宣传的针对性不强；二是执法人员素质有待提高。\n"
    "　　三、2024年工作打算\n"
    "　　（一）深化法治宣传。（二）加强队伍建设。\n"
    "　　　　　　　　　　　　　　　　宁德市司法局\n"
    "　　　　　　　　　　　　　　　　2024年1月20日\n"
    "{record}"
)
RECORD_BLOCK = "抄送：市委办，市政府办。\n宁德市司法局办公室　　　　　　　　2024年1月22日印发\n"


@pytest.mark.parametrize("line", ["— 2 —", "－ 2 －", "-2-", "—12—", "~ 3 ~", "第2页", "第 2 页 共 5 页", "第2页/共5页", "共5页 第2页"])
def test_a_page_number_line_is_furniture(line: str) -> None:
    assert line_role(line) == (Role.chrome, "page_number")


@pytest.mark.parametrize("line", ["抄送：市委办，市政府办。", "抄报：省司法厅", "宁德市司法局办公室　　2024年1月22日印发",
                                  "市政府办公室 2024年 1月 22日印发"])
def test_the_record_block_is_furniture(line: str) -> None:
    assert line_role(line) == (Role.chrome, "record_block")


@pytest.mark.parametrize("line", [
    "（二）第2页",  # a heading, however short
    "全年共印发规范性文件12件，其中第2页所列事项已完成。",  # a sentence that names a page
    "关于印发《2024年普法工作要点》的通知",  # a title with 印发, no date before it
    "抄送单位及时反馈意见",  # 抄送 not as the block's label
    "— 2023年 —",  # a year between dashes is no page number
])
def test_lines_like_furniture_that_are_not(line: str) -> None:
    assert line_role(line)[1] not in ("page_number", "record_block")


def _lists(text: str) -> tuple[str | None, list[str], list[str], list[str]]:
    report = zhenfa.extract_text(text)
    return (report.published, [m.text for m in report.measures], [s.text for s in report.shortcomings],
            [p.text for p in report.plans])


def test_a_page_number_between_pages_is_not_an_items_text() -> None:
    published, measures, _, _ = _lists(BODY.format(page="— 2 —", record=""))
    assert measures == ["（一）加强制度建设。全年审查规范性文件15件。", "（二）严格规范执法。办理行政复议案件120件。"]
    assert published == "2024-01-20"


def test_the_record_block_leaves_the_sign_off_its_date_and_the_last_plan_its_text() -> None:
    # the sign-off date is the document's date (成文日期), not the later day it was printed (印发)
    published, _, shortcomings, plans = _lists(BODY.format(page="", record=RECORD_BLOCK))
    assert published == "2024-01-20"
    assert plans == ["（一）深化法治宣传。", "（二）加强队伍建设。"]
    assert shortcomings == ["一是法治宣传的针对性不强；", "二是执法人员素质有待提高。"]


def test_furniture_gives_the_record_the_plain_copy_gives() -> None:
    plain = zhenfa.extract_text(BODY.format(page="", record=""))
    furnished = zhenfa.extract_text(BODY.format(page="－ 2 －", record=RECORD_BLOCK))
    for field in ("published", "report_year"):
        assert getattr(furnished, field) == getattr(plain, field)
    for field in ("measures", "shortcomings", "plans", "statistics"):
        assert [x.text if hasattr(x, "text") else x.raw for x in getattr(furnished, field)] == \
               [x.text if hasattr(x, "text") else x.raw for x in getattr(plain, field)]
