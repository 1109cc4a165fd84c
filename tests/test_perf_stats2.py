"""Second round of statistics speed-ups: each faster form is checked against what it replaced."""

from __future__ import annotations

import bisect
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhenfa.clean import find_noise
from zhenfa.fields.header import extract_header
from zhenfa.fold import fold_traditional, fold_width
from zhenfa.layout import analyse_layout
from zhenfa.outline.tree import Node, Outline, build_outline
from zhenfa.text import Doc

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _painted_paths(roots: list[Node], pos: int) -> list[Node]:
    """The specification path_at is held to, by another method: the text cut into segments where
    the deepest node changes (painting each node's reach, [start, min(end or heading end, next
    sibling's start))), the path of the segment that holds `pos`. (It was Outline's own method
    until a walk down the tree, a bisection per level, proved cheaper.)"""
    if pos < 0:
        return []
    starts: list[int] = []
    paths: list[tuple[Node, ...]] = []

    def emit(start: int, path: tuple[Node, ...]) -> None:
        if starts and starts[-1] == start:
            paths[-1] = path
        else:
            starts.append(start)
            paths.append(path)

    def paint(nodes: list[Node], path: tuple[Node, ...], lo: int, hi: int) -> None:
        cur = lo
        for i, node in enumerate(nodes):
            s = max(node.start, cur)
            if s >= hi:
                break
            nxt = nodes[i + 1].start if i + 1 < len(nodes) else hi
            reach = min(max(node.end, node.heading_end), nxt, hi)
            if reach > s:
                if s > cur:
                    emit(cur, path)
                paint(node.children, (*path, node), s, reach)
                cur = reach
        if cur < hi:
            emit(cur, path)

    paint(roots, (), 0, 1 << 62)
    return list(paths[bisect.bisect_right(starts, pos) - 1])


def _outline(text: str) -> Outline:
    folded = fold_traditional(fold_width(text))
    doc = Doc.from_text(text, [(n.start, n.end) for n in find_noise(folded)], folded=folded)
    layout = analyse_layout(doc)
    return build_outline(doc, layout, extract_header(doc, layout).report_year)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_path_walk_equals_the_outlines_map_on_the_seeds(seed):
    text = seed.read_text(encoding="utf-8")
    outline = _outline(text)
    assert outline.roots
    for pos in range(-1, len(text) + 2):
        assert outline.path_at(pos) == _painted_paths(outline.roots, pos), pos


def _tree(draw, lo: int, hi: int, depth: int) -> list[Node]:
    """Siblings in document order from [lo, hi), as the outline builder makes them; ends, heading
    ends and children may fall short of or run past the next sibling's start and the parent's end."""
    nodes: list[Node] = []
    count = draw(st.integers(0, 3 if depth < 3 else 0))
    starts = sorted(draw(st.lists(st.integers(lo, max(lo, hi - 1)), min_size=count, max_size=count)))
    for i, start in enumerate(starts):
        nxt = starts[i + 1] if i + 1 < len(starts) else hi
        end = draw(st.integers(start, nxt + 3))
        heading_end = draw(st.integers(start, min(end + 3, nxt + 3)))
        node = Node(None, None, start, start, heading_end, 0, end=end)
        node.children = _tree(draw, start + 1, max(start + 1, end + 3), depth + 1)
        nodes.append(node)
    return nodes


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(st.data())
def test_path_walk_equals_the_outlines_map_on_made_up_trees(data):
    roots = _tree(data.draw, 0, 60, 0)
    outline = Outline(roots, [], 60)
    for pos in range(-1, 64):
        assert outline.path_at(pos) == _painted_paths(roots, pos), pos
