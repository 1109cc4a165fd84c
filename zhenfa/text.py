"""The decoded text, its lines with offsets, and the helpers every stage shares.

`Doc` plays the part of markdown-it-py's StateBlock: it holds the source text
unchanged (every span points into it), a *view* of the same length in which
full-width forms are folded to ASCII and noise is masked with spaces, and the
start and end offset of every line. Rules read the view and report spans,
which are therefore valid in the source; their display strings come from
display.py through Doc.display.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from .display import (
    BREAK_CHARS,
    FULL_ALNUM_CHARS,
    LINE_BREAK,
    SPACE_CHARS,
    SPLITLINES_ONLY,
    cached_display,
    canonical,
    display_text,
)
from .fold import fold_width
from .wrapped import double_spaced, join_wrapped


class Line(NamedTuple):
    """One line of the text: [start, end) excludes the line terminator.

    A NamedTuple rather than a frozen dataclass: a document has hundreds of lines
    and a frozen dataclass pays a setattr call per field to build each."""

    number: int  # 0-based; not `index`, which would shadow tuple.index
    start: int
    end: int
    content_start: int  # first character after indentation (== end for a blank line)
    content_end: int  # after the last non-space character

    @property
    def blank(self) -> bool:
        return self.content_start >= self.content_end


@dataclass(slots=True)
class Doc:
    """Source text, the folded-and-masked view the rules read, and line offsets."""

    text: str
    view: str
    lines: list[Line]
    line_starts: list[int] = field(repr=False)
    masked: list[tuple[int, int]] = field(default_factory=list, repr=False)
    display_cache: str | None = field(default=None, repr=False)  # display.display_text of the text, made on first use
    # Whether the text holds full-width letters or digits; None when not known (then searched).
    full_alnum: bool | None = field(default=None, repr=False)
    # A hard-wrapped text's breaks inside paragraphs (wrapped.py): the start of each, by its end.
    wrap_breaks: dict[int, int] = field(default_factory=dict, repr=False)
    # Whether a blank line follows nearly every line of text (wrapped.double_spaced); found on first use.
    spaced: bool | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str, masks: Iterable[tuple[int, int]] = (), folded: str | None = None,
                  folded_chars: frozenset[str] | None = None) -> Doc:
        """`folded` is fold_width(text) when the caller already has it, `folded_chars` the
        characters of `text` that fold_view_found found."""
        masked = merge_spans(masks)
        view = mask(fold_width(text) if folded is None else folded, masked)
        lines, wrap_breaks, page_numbers = join_wrapped(text, view, split_lines(view))
        if wrap_breaks or page_numbers:
            # A hard-wrapped paragraph's breaks (and the page numbers it ran across, or that
            # stand between its paragraphs) are layout: masked as noise, so display strings drop
            # them, and spaces in the view, line breaks included, so the rules read the
            # paragraph as the one line it is.
            masked = merge_spans([*masked, *wrap_breaks, *page_numbers])
            view = mask(view, [*wrap_breaks, *page_numbers], keep_breaks=False)
        full_alnum = None if folded_chars is None else not folded_chars.isdisjoint(FULL_ALNUM_CHARS)
        return cls(text=text, view=view, lines=lines, line_starts=[ln.start for ln in lines], masked=masked,
                   full_alnum=full_alnum, wrap_breaks={end: start for start, end in wrap_breaks})

    def clean_slice(self, start: int, end: int) -> str:
        """The source text of [start, end) without the masked noise inside it."""
        if not self.masked:
            return self.text[start:end]
        masked = self.masked
        parts: list[str] = []
        pos = start
        # From the last mask that starts before `start`, by index: slicing the list here
        # would copy the rest of it on every call (long texts carry thousands of masks).
        for k in range(max(bisect.bisect_right(masked, (start, start)) - 1, 0), len(masked)):
            m_start, m_end = masked[k]
            if m_start >= end:
                break
            if m_end <= pos:
                continue
            if m_start > pos:
                parts.append(self.text[pos:m_start])
            pos = max(pos, m_end)
        if pos < end:
            parts.append(self.text[pos:end])
        return "".join(parts)

    def display(self, start: int, end: int, *, keep_breaks: bool = False) -> str:
        """canonical(self.clean_slice(start, end)), computed from a document-wide cache
        (display.cached_display says how, and when it cannot)."""
        if self.display_cache is None:
            self.display_cache = display_text(self.text, self.masked, self.full_alnum)
        shown = cached_display(self.display_cache, self.text, start, end, keep_breaks)
        return shown if shown is not None else canonical(self.clean_slice(start, end), keep_breaks=keep_breaks)

    def strip_span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) without the view's spaces at either end."""
        while start < end and self.view[start] == " ":
            start += 1
        while end > start and self.view[end - 1] == " ":
            end -= 1
        return start, end

    def split_span(self, separator: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of the view's [start, end) between matches of `separator`, each stripped."""
        out, pos = [], start
        for m in separator.finditer(self.view, start, end):
            out.append(self.strip_span(pos, m.start()))
            pos = m.end()
        out.append(self.strip_span(pos, end))
        return out

    def double_spaced(self) -> bool:
        """Whether the copy put a blank line after (nearly) every line of text."""
        if self.spaced is None:
            self.spaced = double_spaced(self.lines)
        return self.spaced

    def content(self, i: int) -> str:
        """Line `i` of the view without its indentation and trailing spaces."""
        line = self.lines[i]
        return self.view[line.content_start:line.content_end]

    def line_at(self, offset: int) -> Line:
        """The line that contains `offset` (the last line for offsets at the end)."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return self.lines[max(0, min(i, len(self.lines) - 1))]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-empty spans with overlapping and touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_NOT_A_BREAK = re.compile(f"[^{BREAK_CHARS}]")  # every line break survives masking


def mask(view: str, spans: Iterable[tuple[int, int]], *, keep_breaks: bool = True) -> str:
    """Replace every span with spaces (line breaks kept, unless not) so offsets never move."""
    spans = sorted(spans)
    if not spans:
        return view
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        start = max(start, pos)
        if end <= start:
            continue
        parts.append(view[pos:start])
        chunk = view[start:end]
        parts.append(_NOT_A_BREAK.sub(" ", chunk) if keep_breaks else " " * len(chunk))
        pos = end
    parts.append(view[pos:])
    return "".join(parts)


def split_lines(view: str) -> list[Line]:
    """The lines of the text, split at LINE_BREAK's terminators (a final terminator starts
    no empty line). When every terminator is one character and the text holds none of the
    others str.splitlines splits at (\\v \\f \\x1c-\\x1e), splitlines does the splitting,
    in C, several times faster than a regular expression scans; the expression otherwise
    (\\r\\n among them)."""
    lines: list[Line] = []
    pos = 0
    if "\r" not in view and not any(ch in view for ch in SPLITLINES_ONLY):
        # tuple.__new__ builds the Line without the generated __new__'s Python frame:
        # half the cost, on every line of every document.
        new_line = tuple.__new__
        for index, part in enumerate(view.splitlines()):
            end = pos + len(part)
            content = part.lstrip(SPACE_CHARS)
            content_start = end - len(content)
            lines.append(new_line(Line, (index, pos, end, content_start,
                                         content_start + len(content.rstrip(SPACE_CHARS)))))
            pos = end + 1
        return lines or [Line(0, 0, 0, 0, 0)]
    # (end of the line's text, start of the next line) for every line
    bounds = [(m.start(), m.end()) for m in LINE_BREAK.finditer(view)]
    if not bounds or bounds[-1][1] < len(view):
        bounds.append((len(view), len(view)))
    for end, after in bounds:
        content = view[pos:end].lstrip(SPACE_CHARS)
        content_start = end - len(content)
        lines.append(Line(len(lines), pos, end, content_start, content_start + len(content.rstrip(SPACE_CHARS))))
        pos = after
    return lines


@dataclass(frozen=True, slots=True)
class Ranges:
    """Sorted, non-overlapping [start, end) ranges; membership by bisection."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def merged(cls, spans: Iterable[tuple[int, int]]) -> Ranges:
        merged = merge_spans(spans)
        return cls([s for s, _ in merged], [e for _, e in merged])

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def title_ranges(view: str, start: int, end: int) -> Ranges:
    """Spans inside 《…》 (outermost), found with one pass over the brackets.

    The brackets are found with str.find, which scans several times faster than a
    regular expression's character class over Chinese text."""
    starts: list[int] = []
    ends: list[int] = []
    depth = 0
    open_at = 0
    start, end = max(start, 0), max(end, 0)  # str.find counts negative bounds from the end; a regex does not
    next_open = view.find("《", start, end)
    next_close = view.find("》", start, end)
    while next_open != -1 or next_close != -1:
        if next_close == -1 or (next_open != -1 and next_open < next_close):
            if depth == 0:
                open_at = next_open
            depth += 1
            next_open = view.find("《", next_open + 1, end)
        else:
            if depth:
                depth -= 1
                if depth == 0:
                    starts.append(open_at)
                    ends.append(next_close + 1)
            next_close = view.find("》", next_close + 1, end)
    return Ranges(starts, ends)


def word_trie(words: Iterable[str], *, ignore_ascii_case: bool = False) -> str:
    """A pattern that matches, at a position, the longest of `words` there: what an
    alternation sorted longest first matches, written as a trie. Its top level is a
    choice of literal characters, so a search skips in C to where a word could begin;
    a plain alternation of words, or one behind a look-ahead, is tried at every position.
    With `ignore_ascii_case`, ASCII letters match in either case (bet365, BET365)."""
    root: dict[str, dict] = {}
    for word in words:
        firsts = {word[0]}
        if ignore_ascii_case and word[0].isascii():
            firsts |= {word[0].lower(), word[0].upper()}
        for first in firsts:
            node = root.setdefault(first, {})
            for ch in word[1:]:
                node = node.setdefault(ch.lower() if ignore_ascii_case and ch.isascii() else ch, {})
            node[""] = {}

    def atom(ch: str) -> str:
        if ignore_ascii_case and ch.isascii() and ch.isalpha():
            return f"[{ch.lower()}{ch.upper()}]"
        return re.escape(ch)

    def emit(node: dict[str, dict], top: bool) -> str:
        branches = [(re.escape(ch) if top else atom(ch)) + emit(child, False) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root, True)


# ---------------------------------------------------------------------------
# Punctuation classes shared by the stages (both widths: copies turn ，；：！？ into ASCII)
# ---------------------------------------------------------------------------
SENTENCE_END = re.compile(r"[。！？!?]")
CLAUSE_END = re.compile(r"[。；;！？!?]")  # a sentence or a clause closed by a semicolon
ANY_PUNCT = re.compile(r"[。，,；;！？!?]")  # any sentence punctuation: the line is prose, not a heading
ENDS_WITH_COLON = re.compile(r"[:：]\s*$")  # the line introduces a list
