"""Outline nodes → Section records: markers, titles and headings as display strings."""

from __future__ import annotations

from ..display import verbatim
from ..models import Section, SectionKind, build
from ..outline.tree import Node, Outline
from ..text import SENTENCE_END, Doc


def marker_text(doc: Doc, node: Node) -> str | None:
    if node.implicit or node.family is None:
        return None
    if node.marker_text is None:  # computed once: paths of items and statistics repeat it
        node.marker_text = verbatim(doc.text[node.start:node.marker_end])
    return node.marker_text


def node_title(doc: Doc, node: Node) -> str:
    """The heading phrase, computed once: a node is both a section and an item."""
    if node.title is None:
        node.title = implicit_title(doc, node) if node.implicit else \
            doc.display(node.marker_end, node.heading_end).rstrip("：:，, ")
    return node.title


def implicit_title(doc: Doc, node: Node) -> str:
    """The transition's last sentence: 重点做好以下五方面工作."""
    text = doc.view[node.start:node.heading_end]
    cut = 0
    for m in SENTENCE_END.finditer(text):
        if m.end() < len(text.rstrip()):
            cut = m.end()
    return doc.display(node.start + cut, node.heading_end).rstrip("：:，, ")


def to_section(doc: Doc, node: Node, level: int = 1) -> Section:
    """`level` is node.depth + 1, passed down the tree rather than counted up from each node."""
    heading_span = (node.start, node.heading_end)
    return build(Section,
        marker=marker_text(doc, node),
        number=node.number,
        level=level,
        title=node_title(doc, node),
        heading=verbatim(doc.clean_slice(node.start, node.heading_end)),
        # (a list comprehension is a call of its own: most nodes have no kinds and no children)
        kinds=[k.value if isinstance(k, SectionKind) else k for k in node.kinds] if node.kinds else [],
        implicit=node.implicit and not node.written,
        span=(node.start, max(node.end, node.heading_end)),
        heading_span=heading_span,
        line=node.line + 1,
        children=[to_section(doc, child, level + 1) for child in node.children] if node.children else [],
    )


def build_sections(doc: Doc, outline: Outline) -> list[Section]:
    return [to_section(doc, root) for root in outline.roots]
