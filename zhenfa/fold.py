"""The folded view of a text: the same length, one code point for one, in the forms the
rules are written for. Full-width ASCII and exotic spaces fold to ASCII (，→ , and U+3000 →
' '), traditional characters to simplified (報告 → 报告), and a half-width '.' that ends a
sentence between Chinese words to 。. The source text is never changed; only the view.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .display import has_han

# Full-width ASCII (U+FF01..U+FF5E) folds to ASCII; the spaces that real reports
# indent with (U+3000 ideographic, NBSP, en/em/thin spaces, tabs) fold to ' '.
# Every entry maps one code point to one code point so offsets never move.
_WIDTH_FOLD: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
for _cp in (0x3000, 0x00A0, 0x0009, 0x000B, 0x000C, 0x1680, 0x202F, 0x205F, 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060):
    _WIDTH_FOLD[_cp] = 0x20
for _cp in range(0x2000, 0x200B):
    _WIDTH_FOLD[_cp] = 0x20
# Look-alikes that copies substitute for the ASCII forms the rules expect.
_WIDTH_FOLD.update({0xFF61: 0x3002, 0x2024: 0x2E, 0xFE50: 0x2C, 0xFE51: 0x3001, 0xFE52: 0x2E,
                    0xFE54: 0x3B, 0xFE55: 0x3A, 0xFE59: 0x28, 0xFE5A: 0x29, 0x2236: 0x3A})



_FOLD_CHARS = {chr(k): chr(v) for k, v in _WIDTH_FOLD.items()}
_FOLD_PATTERN = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLD_CHARS)) + "]")


def fold_width(text: str) -> str:
    """Fold full-width forms and exotic spaces to ASCII, one code point for one."""
    # The distinct characters to fold are few (，：（） …) and each str.replace runs in C:
    # several times faster than str.translate over Chinese text, where most characters
    # map to themselves, or re.sub with a callback per full-width comma.
    return _replace_folded(text, set(_FOLD_PATTERN.findall(text)))


def _replace_folded(text: str, chars: AbstractSet[str]) -> str:
    for ch in chars:
        text = text.replace(ch, _FOLD_CHARS[ch])
    return text


# Characters that only traditional script uses, common in these reports: a text with
# none of them needs no conversion (and most texts have none).
_TRADITIONAL_CHARS = frozenset("國會這們發過來對時說為與產區縣鄉鎮設報務機關體製據並執規範監礎號開門單項個條處當辦議員選舉際")
_TRADITIONAL_HINT = re.compile("[" + "".join(sorted(_TRADITIONAL_CHARS)) + "]")


def fold_traditional(view: str) -> str:
    """Traditional characters read as simplified, one for one (報告 → 报告), so that the
    rules, written in simplified script, apply; the source text keeps its script."""
    if not _TRADITIONAL_HINT.search(view):
        return view
    return view.translate(_traditional_table())


_FOLD_OR_TRADITIONAL = re.compile("[" + "".join(re.escape(ch) for ch in sorted({*_FOLD_CHARS, *_TRADITIONAL_CHARS})) + "]")


def fold_view_found(text: str) -> tuple[str, frozenset[str]]:
    """The view's text before masking: fold_traditional(fold_width(text)) with one scan for what
    both do (folding never makes or removes a traditional character), a half-width '.' that
    ends a sentence read as 。; and the characters found to fold (which Doc can reuse)."""
    found = frozenset(_FOLD_OR_TRADITIONAL.findall(text))
    text = _replace_folded(text, found - _TRADITIONAL_CHARS)
    if found & _TRADITIONAL_CHARS:
        text = text.translate(_traditional_table())
    if "." in text:
        text = _HALF_STOP.sub(_full_stop, text)
    if "二O" in text or "二0" in text or "二o" in text:
        text = _LATIN_ZERO_YEAR.sub(_cn_zero, text)
    return text, found


# 二O二二年, 二0二三年一月: a Chinese-numeral year typed with the letter O (or Ｏ) or the digit 0
# for 〇, as many documents are; read as 〇 (二〇二二年).
_LATIN_ZERO_YEAR = re.compile(r"二[Oo0][〇○零一二三四五六七八九Oo0]{2}(?= ?年)")


def _cn_zero(m: re.Match[str]) -> str:
    return m.group().replace("O", "〇").replace("o", "〇").replace("0", "〇")


# A half-width copy may end its sentences with "." (加强组织领导.管委会…6次.): between Chinese
# words it is a full stop, and reads as one. Not in 1.5 or 1.加强, nor in a heading's 一.加强.
# Readable form: (?<=[\u4e00-\u9fff”）)])\.(?=…). Written to begin with the "." itself (the
# look-behind one character wider): a pattern that begins with a look-behind is tried at every
# position of the text, one that begins with a literal is found by a fast substring search.
_HALF_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff”）)]\.)(?=[\u4e00-\u9fff“（(]|[ \t]*(?:\n|$))")
_HEADING_NUMERAL = re.compile(r"[ \t\u3000]*(?:第?[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[）)])")


HEADING_NUMERAL_REACH = 12  # characters: a heading's number and indent (bounded, so a long line stays linear)


def _full_stop(m: re.Match[str]) -> str:
    floor = max(0, m.start() - HEADING_NUMERAL_REACH)
    newline = m.string.rfind("\n", floor, m.start())
    if newline == -1 and floor > 0:
        return "。"
    if _HEADING_NUMERAL.fullmatch(m.string, newline + 1, m.start()):
        return "."
    return "。"


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, int]:
    import json
    import pkgutil

    data = pkgutil.get_data("zhconv", "zhcdict.json")  # zhconv's tables, without importing its converter
    if data is None:
        return {}
    table = json.loads(data)["zh2Hans"]
    return {ord(k): ord(v) for k, v in table.items()
            if len(k) == 1 and len(v) == 1 and k != v and has_han(k) and has_han(v)}
