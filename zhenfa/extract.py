"""The pipeline: text → Doc → layout → outline → fields → Report.

`extract_text` is pure: the same text gives the same record, it reads no
files and prints nothing, so it can be mapped over documents by Spark or Dask.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .clean import find_noise, noise_warnings
from .fields.header import extract_header
from .fields.items import SectionItems, extract_items
from .fields.sections import build_sections
from .fields.stats import extract_statistics
from .fold import fold_view_found
from .layout import analyse_layout
from .load import Loaded, load_bytes, load_path
from .models import Report, Source, SourceFormat, Warning, build
from .outline.tree import build_outline
from .report_checks import report_warnings
from .text import Doc

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def extract_text(text: str, path: str | None = None) -> Report:
    """Extract one report from its decoded text. Offsets in the result index `text`."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text() takes the decoded text as str, not {type(text).__name__}; "
                        "use zhenfa.extract_bytes() or zhenfa.extract_file() for bytes and paths")
    return _extract(text, path, None, [])


def _extract(text: str, path: str | None, source: Source | None, load_warnings: list[Warning]) -> Report:
    """The pipeline; `source` and `load_warnings` come from the loader when a file was read."""
    original = text
    try:
        encoded = text.encode("utf-8")  # fails only on a lone surrogate; a regex scan costs twice as much
    except UnicodeEncodeError:
        # Only a str built in Python can hold one (decoding replaces them); no JSON writer
        # accepts it. U+FFFD instead, one for one, so that every offset still holds.
        encoded = None
        text = _LONE_SURROGATE.sub("\ufffd", text)
    folded, folded_chars = fold_view_found(text)
    noise = find_noise(folded)  # on the folded view: [bookmark： …] is [bookmark: …]
    doc = Doc.from_text(text, [(n.start, n.end) for n in noise], folded=folded, folded_chars=folded_chars)
    layout = analyse_layout(doc)
    header = extract_header(doc, layout, [(n.start, n.end) for n in noise if n.kind == "gloss"])
    outline = build_outline(doc, layout, header.report_year, header.title)
    items = extract_items(doc, outline, header.report_year)
    sections = build_sections(doc, outline)
    statistics = extract_statistics(doc, outline, items.plan_ranges)
    if header.not_a_report:  # a notice's 一、报送内容 and its deadlines are no measures, plans or facts
        items = SectionItems([], [], [], [])
        statistics = []
    warnings = list(load_warnings) + noise_warnings(noise) + header.warnings
    if source is None:
        data = encoded if encoded is not None else original.encode("utf-8", "surrogatepass")
        source = build(Source, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=None,
                       format=SourceFormat.txt, chars=len(original))
    report = build(Report,
        source=source,
        title=header.title,
        doc_type=header.doc_type,
        bureau=header.bureau,
        report_year=header.report_year,
        published=header.published,
        evidence=header.evidence,
        sections=sections,
        measures=items.measures,
        statistics=statistics,
        shortcomings=items.shortcomings,
        plans=items.plans,
        warnings=warnings,
    )
    report.warnings.extend(report_warnings(doc, layout, report))
    return report


def extract_loaded(loaded: Loaded, path: str | None) -> Report:
    source = build(Source, path=path, sha256=loaded.sha256, encoding=loaded.encoding, format=loaded.format,
                                    chars=len(loaded.text))
    return _extract(loaded.text, path, source, loaded.warnings)


def extract_bytes(data: bytes, path: str | None = None, suffix: str = "") -> Report:
    """Decode and extract one document given as bytes; `suffix` (".html", ".docx" …) helps pick the format."""
    if not suffix and path:
        suffix = Path(path).suffix
    return extract_loaded(load_bytes(data, suffix), path)


def extract_file(path: str | os.PathLike[str]) -> Report:
    """Load, decode and extract one file. Raises zhenfa.LoadError for files that are not text."""
    loaded = load_path(path)
    return extract_loaded(loaded, str(path))
