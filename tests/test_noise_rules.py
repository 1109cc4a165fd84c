"""Noise rules on their own small cases, and the quick pre-checks that let a text skip a
rule: a pre-check may only ever say "maybe", never hide a match."""

from __future__ import annotations

import sys

import pytest

from zhenfa.clean import ARTIFACT_PATTERNS, CONTROL, CONTROL_HINT, find_artifacts, find_noise
from zhenfa.fold import fold_width


def test_control_hint_covers_every_character_control_matches():
    missed = [cp for cp in range(sys.maxunicode + 1)
              if CONTROL.match(chr(cp)) and not CONTROL_HINT.match(chr(cp))]
    assert missed == []


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\u202e", "\xad", "\u2066", "\U000e0041"])
def test_control_characters_are_masked_exactly(ch):
    text = f"一、主要举措{ch}{ch}和成效"
    spans = [(n.start, n.end, n.kind) for n in find_artifacts(fold_width(text))]
    assert spans == [(6, 8, "control")]


def test_line_breaks_and_tabs_are_not_control_noise():
    assert find_artifacts("一、主要举措\t和成效\r\n（一）加强领导\x85二") == []


@pytest.mark.parametrize(("text", "notice"), [
    ("正文。仅展示628字,全文共2002字", "仅展示628字,全文共2002字"),
    ("正文。仅显示300字", "仅显示300字"),
    ("正文。已显示300字，全文共900字", "已显示300字，全文共900字"),
    ("正文。全文共2002字", "全文共2002字"),
])
def test_partial_notice_is_found_from_each_of_its_triggers(text, notice):
    found = [text[n.start:n.end] for n in find_noise(text)]
    assert found == [notice]


def test_every_artifact_pattern_match_contains_one_of_its_triggers():
    samples = {
        "word_bookmark": "[bookmark: _Toc153]", "placeholder": "[图片: a.png]", "html_tag": "<p class=x>",
        "markdown_heading": "## ", "markdown_emphasis": "**", "pinyin_gloss": "(qū)",
        "partial_notice": "仅展示628字", "html_entity": "&nbsp;",
    }
    for name, triggers, pattern in ARTIFACT_PATTERNS:
        sample = "__" if name == "markdown_emphasis" and "_" in triggers else samples[name]
        m = pattern.search(sample)
        assert m is not None, name
        assert any(t in m.group() for t in triggers), name


@pytest.mark.parametrize("text", [
    "甲\x00\x01乙\u202e丙", "\xad", "一二三\U00020BB7四\u200e\u200f五", "a\tb\nc\r\n", "\x00" * 5 + "文" + "\x7f" * 3, "",
])
def test_control_runs_are_the_runs_a_full_scan_finds(text):
    found = [(n.start, n.end) for n in find_artifacts(text) if n.kind == "control"]
    assert found == [m.span() for m in CONTROL.finditer(text)]


def test_control_runs_after_many_characters_outside_the_bmp():
    text = "😀" * 100 + "甲\x00\x01乙" + "𠮷" * 80 + "\u202e丙"
    found = [(n.start, n.end) for n in find_artifacts(text) if n.kind == "control"]
    assert found == [m.span() for m in CONTROL.finditer(text)] == [(101, 103), (184, 185)]
