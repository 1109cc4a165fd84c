"""Chinese numerals.

Small counts and outline numbers (一 … 九十九, 两, 〇) are read from a table:
they are the hot path and need no library. Larger or unusual numerals
(一千八百九十, 三万五千) go to cn2an, imported on first use because its import
costs about 0.1 s.
"""

from __future__ import annotations

from functools import lru_cache

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① … ⑳
# The characters a Chinese count is written with (三场, 一千二百余件, 两万): the statistics' numerals.
COUNT_CHARS = "零〇两一二三四五六七八九十百千万亿"
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG_UNITS)


def small_cn(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; None for anything else."""
    if not text:
        return None
    if len(text) == 1:
        if text in DIGITS:
            return DIGITS[text]
        return 10 if text in ("十", "拾") else None
    if len(text) == 2:
        a, b = text[0], text[1]
        if a in ("十", "拾") and b in DIGITS:
            return 10 + DIGITS[b]
        if a in DIGITS and b in ("十", "拾"):
            return DIGITS[a] * 10
    if len(text) == 3 and text[1] in ("十", "拾") and text[0] in DIGITS and text[2] in DIGITS:
        return DIGITS[text[0]] * 10 + DIGITS[text[2]]
    return None


@lru_cache(maxsize=4096)
def cn_to_int(text: str) -> int | None:
    """Any ordinary Chinese numeral to an int; None when it is not one."""
    value = small_cn(text)
    if value is not None:
        return value
    if not text or any(ch not in NUMERAL_CHARS for ch in text):
        return None
    # Digit-by-digit forms (一八九〇) have no units.
    if len(text) > 1 and all(ch in DIGITS for ch in text):
        return int("".join(str(DIGITS[ch]) for ch in text))
    normalized = text.replace("两", "二").replace("俩", "二")
    try:
        import cn2an

        value = cn2an.cn2an(normalized, "strict")
    except (ValueError, KeyError, IndexError, TypeError):
        return _fallback(normalized)
    return int(value) if value == int(value) else None


def _fallback(text: str) -> int | None:
    """Positional reading for what cn2an rejects; None when it is malformed."""
    total = section = digit = 0
    seen_digit = False
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
            seen_digit = True
        elif ch in UNITS:
            section += (digit if seen_digit else 1) * UNITS[ch]
            digit = 0
            seen_digit = False
        elif ch in BIG_UNITS:
            total += (section + digit) * BIG_UNITS[ch]
            section = digit = 0
            seen_digit = False
        else:
            return None
    return total + section + digit
