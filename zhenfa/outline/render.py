"""A report's outline as a rich Tree, for people checking a document."""

from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from ..models import Report, Section

KIND_STYLES = {"measures": "green", "shortcomings": "red", "leadership": "magenta", "plans": "cyan", "other": "white"}


def _label(section: Section) -> Text:
    label = Text()
    label.append(f"L{section.line:<5}", style="dim")
    if section.implicit:
        label.append("(implicit) ", style="italic yellow")
    else:
        label.append(section.marker or "", style="bold")
    label.append(section.title)
    for kind in section.kinds:
        label.append(f"  [{kind}]", style=KIND_STYLES.get(str(kind), "white"))
    return label


def render_outline(report: Report) -> Tree:
    head = Text(report.title or "(no title)", style="bold")
    if report.bureau and report.bureau.name:
        head.append(f"  {report.bureau.name}", style="dim")
    if report.report_year:
        head.append(f"  {report.report_year}", style="dim")
    tree = Tree(head)

    def add(parent: Tree, sections: list[Section]) -> None:
        for s in sections:
            add(parent.add(_label(s)), s.children)

    add(tree, report.sections)
    if not report.sections:
        tree.add(Text("no numbered sections found", style="yellow"))
    return tree
