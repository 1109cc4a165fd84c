"""Checks over a finished record: warnings a user wants when a document is odd."""

from __future__ import annotations

import re

from .models import Report, Warning
from .text import Doc
from .warnings import warn

_STATUTORY = frozenset({"measures", "shortcomings", "leadership", "plans"})
# A document that stops mid-sentence: the last body character is not one that ends a sentence.
_SENTENCE_END = re.compile(r"[。！？!?…”」』）)\]】.;；]\s*$")


def report_warnings(doc: Doc, report: Report) -> list[Warning]:
    out: list[Warning] = []
    explicit = [s for s in report.sections if not s.implicit]
    if not explicit:
        out.append(warn("no_sections"))
    has_statutory_heading = any(set(s.kinds) & _STATUTORY and s.marker for s in explicit)
    if report.title is None and report.bureau is None and not has_statutory_heading:
        out.append(warn("not_a_report"))
    last = _last_body_text(report)
    if last is not None:
        start, end = last
        tail = doc.view[max(start, end - 40):end]
        if len(doc.view[start:end].strip()) >= 20 and not _SENTENCE_END.search(tail):
            out.append(warn("truncated", "the text ends mid-sentence; it may be cut off", (max(start, end - 1), end)))
    return out


def _last_body_text(report: Report) -> tuple[int, int] | None:
    if not report.sections:
        return None
    section = report.sections[-1]
    while section.children:
        section = section.children[-1]
    return section.span
