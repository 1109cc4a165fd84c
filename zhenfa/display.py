"""Display strings: the canonical and verbatim forms of source slices (see models.py).

canonical() is the specification of a display string. display_text() applies its
character-for-character steps to a whole document once, and cached_display() then
gives each slice's display string from that, leaving whitespace alone to do per slice;
Doc.display (text.py) puts the two together. Line breaks and spaces are read the same
way here and by text.split_lines.
"""

from __future__ import annotations

import re

import regex

# The spaces that real reports indent and pad with; str.isprintable rejects all but ' '.
SPACE_CHARS = " \t\u3000\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff\u200b"
# The line terminators (\r\n counts as one), and the other characters str.splitlines
# also splits at, which are not line breaks here.
BREAK_CHARS = "\r\n\u2028\u2029\x85"
SPLITLINES_ONLY = "\x0b\x0c\x1c\x1d\x1e"
LINE_BREAK = re.compile(r"\r\n|[" + BREAK_CHARS + "]")

_SPACES_RUN = re.compile(f"[{SPACE_CHARS}]+")
_HAN = regex.compile(r"\p{Han}")  # all Han blocks, including the supplementary planes (𠮷)
_COMMON_HAN = re.compile("[\u4e00-\u9fa5]")  # the core block: a cheaper call that settles most strings
# ASCII punctuation that copies substitute for Chinese punctuation; ',' and ':'
# stay ASCII between digits (1,000 and 16:43).
_TO_FULL = {";": "；", "(": "（", ")": "）", "!": "！", "?": "？", ",": "，", ":": "："}
_HALF_PUNCT = re.compile(r"[;()!?]|(?<!\d)[,:]|[,:](?!\d)")
_ALNUM_FOLD = {chr(cp): chr(cp - 0xFEE0) for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_ALNUM_FOLD.update({"％": "%", "．": "."})
FULL_ALNUM_CHARS = frozenset(_ALNUM_FOLD)  # full-width letters, digits, ％ and ．, which display strings fold
_FULL_ALNUM = re.compile("[" + "".join(sorted(_ALNUM_FOLD)) + "]")
_WHITESPACE = re.compile(f"[{SPACE_CHARS}{BREAK_CHARS}]")
_BREAK_CHAR = re.compile(f"[{BREAK_CHARS}]")


_CORE_HAN = re.compile(r"[\u4e00-\u9fff]")  # the CJK Unified Ideographs block


def count_han(text: str) -> int:
    """How many characters of `text` are Han of the core block."""
    return len(_CORE_HAN.findall(text))


def is_han(ch: str) -> bool:
    """Whether one character is Han of the core block."""
    return "\u4e00" <= ch <= "\u9fff"


def has_han(text: str) -> bool:
    """Whether `text` holds a Han character (any block)."""
    if "\u4e00" <= text[:1] <= "\u9fa5":
        return True  # most strings asked about start with one: no scan
    return _COMMON_HAN.search(text) is not None or _HAN.search(text) is not None


def verbatim(text: str) -> str:
    """Source text with line breaks and their indentation removed (titles split over lines)."""
    if text.isprintable() or not _BREAK_CHAR.search(text):  # (line breaks are unprintable)
        return text.strip(SPACE_CHARS)  # most markers and headings: nothing to join
    return "".join(part.strip(SPACE_CHARS) for part in _split_breaks(text))


def _to_full(m: re.Match[str]) -> str:
    return _TO_FULL[m.group()]


def _fold_alnum(m: re.Match[str]) -> str:
    return _ALNUM_FOLD[m.group()]


def canonical(text: str, *, keep_breaks: bool = False) -> str:
    """The canonical display form of a source slice (see models.py).

    Each step first checks that it has something to do: this runs on every
    display string, and most need only one or two of the steps."""
    if _WHITESPACE.search(text):
        text = _whitespace(text, keep_breaks)
    if _FULL_ALNUM.search(text):
        text = _FULL_ALNUM.sub(_fold_alnum, text)
    if _HALF_PUNCT.search(text) and has_han(text):
        text = _HALF_PUNCT.sub(_to_full, text)
    return text


def _whitespace(text: str, keep_breaks: bool) -> str:
    """Line breaks with their indentation removed (or, keeping breaks, runs of them and the
    blank lines between made one), runs of spaces made one, the ends stripped.

    Done by splitting at the breaks: a split scans for the break characters in C, where
    a substitution of [spaces]*(break[spaces]*)+ (the specification, in
    tests/test_fast_patterns.py) is tried at every position of a long text."""
    if not keep_breaks:
        return _fold_spaces("".join(part.strip(SPACE_CHARS) for part in _split_breaks(text))).strip()
    # Runs of spaces never cross a break, so one substitution before the split does what one
    # per line would.
    parts = _split_breaks(_fold_spaces(text.strip(SPACE_CHARS + "\r\n")))
    last = len(parts) - 1
    # Lines that hold only spaces between two breaks merge with the breaks around them.
    return "\n".join(part.strip() for i, part in enumerate(parts) if i == 0 or i == last or part.strip(SPACE_CHARS))


def _fold_spaces(text: str) -> str:
    """_SPACES_RUN.sub(" ", text), which scans a character class at every position. Every
    space but ' ' is a character str.isprintable rejects (a test checks it), and that check
    runs in C several times faster: a text without them and without '  ' has nothing to fold."""
    if "  " not in text and text.replace("\n", "").isprintable():
        return text
    return _SPACES_RUN.sub(" ", text)


# Last characters after which splitlines and LINE_BREAK may disagree on the pieces' count.
_SPLITLINES_ONLY_ENDS = frozenset(SPLITLINES_ONLY + BREAK_CHARS.replace("\n", ""))


def _split_breaks(text: str) -> list[str]:
    """LINE_BREAK.split(text), by str.splitlines when every break is '\\n' or '\\r\\n' (the
    count of '\\n' says so); splitlines also breaks at \\v, \\f and \\x1c-\\x1e, and keeps
    no empty piece after a final break."""
    parts = text.splitlines()
    if text and text[-1] not in _SPLITLINES_ONLY_ENDS:
        ends_with_break = text[-1] == "\n"
        if len(parts) == text.count("\n") + (0 if ends_with_break else 1):
            if ends_with_break:
                parts.append("")
            return parts
    return LINE_BREAK.split(text)


def display_text(text: str, masked: list[tuple[int, int]], full_alnum: bool | None = None) -> str:
    """The whole text with canonical()'s one-for-one steps applied and masked noise as NUL.
    `full_alnum` says whether the text holds full-width letters or digits, if known."""
    if masked:
        parts, pos = [], 0
        for start, end in masked:
            parts.append(text[pos:start])
            parts.append("\x00" * (end - start))
            pos = end
        parts.append(text[pos:])
        text = "".join(parts)
    if full_alnum is None or full_alnum:
        text = _FULL_ALNUM.sub(_fold_alnum, text)
    # str.replace per mark is much faster than a substitution with a callback per
    # comma; then the ASCII , and : that sit between digits (1,000  16:43) are put back.
    # (`in` first: a text without ASCII , or : is common and the scan is not cheap.)
    keep = [m.start() for m in _DIGIT_PUNCT_DIGIT.finditer(text)] if "," in text or ":" in text else []
    out = text
    for ascii_mark, full_mark in _TO_FULL.items():
        if ascii_mark in out:
            out = out.replace(ascii_mark, full_mark)
    if keep:
        pieces: list[str] = []
        prev = 0
        for pos in keep:
            pieces += (out[prev:pos], text[pos])
            prev = pos + 1
        pieces.append(out[prev:])
        out = "".join(pieces)
    return out


# A , or : that joining lines may put between two digits: a digit on one side and a space
# on the other, or spaces on both (1\n:\n2 reads 1:2). It starts at the mark (searched from
# one character on, so the character before is still inside the slice): a pattern that
# starts with a character class is scanned in C.
_COMMA_NEAR_SPACE = re.compile(r"[,:](?:(?<=\d[,:])\s|(?<=\s[,:])[\d\s])")
# Starts with the mark itself, so the engine skips to each , or : instead of trying every digit.
_DIGIT_PUNCT_DIGIT = re.compile(r"[,:](?<=\d[,:])(?=\d)")


def cached_display(cache: str, text: str, start: int, end: int, keep_breaks: bool) -> str | None:
    """canonical(text[start:end]) read from `cache` (display_text of the whole text), or
    None where the cache cannot tell and canonical() of the slice itself is needed: no
    Chinese in it (ASCII punctuation stays ASCII), noise masked inside it, a comma or colon
    at its edge, or one that joining its lines would put between digits."""
    piece = cache[start:end]
    if "\x00" in piece or not piece or piece[0] in ",:，：" or piece[-1] in ",:，：" or not has_han(piece):
        return None
    if piece.isprintable() and "  " not in piece and piece[0] != " " and piece[-1] != " ":
        return piece  # no break and no space to fold or strip (every space but ' ' is unprintable)
    if not _WHITESPACE.search(piece):
        return piece
    if (text.find(",", start, end) != -1 or text.find(":", start, end) != -1) and _COMMA_NEAR_SPACE.search(text, start + 1, end):
        return None  # 1,\n2: canonical() joins the lines before it reads the comma; the cache cannot.
    return _whitespace(piece, keep_breaks)
