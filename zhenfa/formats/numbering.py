"""Word's automatic numbering, restored as text.

Outline markers in .docx files (一、 （一） 1.) are often not typed: they come
from numbering definitions (word/numbering.xml). A paragraph's `w:numPr`
(directly or through its style) names a numbering instance (`w:num`) and a
level; the instance points at an `w:abstractNum` whose `w:lvl` gives the
start value, the number format (`w:numFmt`: decimal, chineseCounting, …) and
the label template (`w:lvlText`, "%1、" where %1 is level 1's number).

Counting follows Word: every instance of an abstractNum continues one running
count; an instance with `w:lvlOverride/w:startOverride` restarts that level at
the override value where it is first used, and the count goes on from there
(whichever instance comes next). A level restarts after any higher level is
used, unless `w:lvlRestart` says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W  # noqa: UP031  (Clark notation prefix)
MAX_LEVELS = 9
# A label ending in one of these needs no space before the paragraph text (一、 （一） 1.).
_CLOSING = frozenset("、.．。)）]】〕〉》」』:：,，;；")

# --- number formats ----------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def _cn_counting(n: int, mode: str = "low") -> str:
    """1 → 一, 10 → 十, 105 → 一百零五; mode "up" gives the legal forms (壹拾壹)."""
    import cn2an  # its import costs ~0.1 s; only .docx files with numbering need it

    return cn2an.an2cn(n, mode) if n > 0 else str(n)


def _letters(n: int, base: str) -> str:
    # Word repeats the letter: 1 → a, 26 → z, 27 → aa, 53 → aaa.
    if n <= 0:
        return str(n)
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _cycle(n: int, symbols: str) -> str:
    return symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


def _range_or_decimal(n: int, first: int, count: int) -> str:
    return chr(first + n - 1) if 1 <= n <= count else str(n)


def _ideograph_digits(n: int) -> str:
    return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)


def _full_width(n: int) -> str:
    return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


def _no_label(n: int) -> str:
    return ""


# w:numFmt value → formatter; several names share one rendering.
_FORMAT_GROUPS: tuple[tuple[tuple[str, ...], Callable[[int], str]], ...] = (
    (("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
      "taiwaneseCountingThousand", "japaneseDigitalTenThousand"), _cn_counting),
    (("ideographDigital", "taiwaneseDigital"), _ideograph_digits),
    (("chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal"), lambda n: _cn_counting(n, "up")),
    (("ideographTraditional",), lambda n: _cycle(n, _TRADITIONAL)),
    (("ideographZodiac",), lambda n: _cycle(n, _ZODIAC)),
    (("decimalEnclosedCircle", "decimalEnclosedCircleChinese"), lambda n: _range_or_decimal(n, 0x2460, 20)),  # ①…⑳
    (("decimalEnclosedParen",), lambda n: _range_or_decimal(n, 0x2474, 20)),  # ⑴ … ⒇
    (("decimalEnclosedFullstop",), lambda n: _range_or_decimal(n, 0x2488, 20)),  # ⒈ … ⒛
    (("decimalFullWidth", "decimalFullWidth2"), _full_width),
    (("decimalZero",), lambda n: f"{n:02d}" if 0 <= n < 10 else str(n)),
    (("lowerLetter",), lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz")),
    (("upperLetter",), lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    (("lowerRoman",), lambda n: _roman(n).lower()),
    (("upperRoman",), _roman),
    (("none", "bullet"), _no_label),
)
NUMBER_FORMATS: dict[str, Callable[[int], str]] = {name: fn for names, fn in _FORMAT_GROUPS for name in names}


def format_number(n: int, fmt: str) -> str:
    """One number in a w:numFmt. Unknown formats fall back to decimal, as Word's readers do."""
    return NUMBER_FORMATS.get(fmt, str)(n)


# --- definitions -------------------------------------------------------------


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    if el is None:
        return None
    return el.get(_W + attr)


MAX_NUMBER = 10_000  # list numbers beyond this are damage or an attack (a 76-million-letter label)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return max(-MAX_NUMBER, min(MAX_NUMBER, int(value.strip())))
    except ValueError:
        return None


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None when absent
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # isLgl: every number shown in decimal
    suffix: str = "tab"  # what follows the label: tab, space or nothing
    style: str | None = None  # pStyle tied to the level


def _parse_level(el: etree._Element) -> Level:
    lvl = Level()
    start = _int(_val(el.find(_W + "start")))
    if start is not None:
        lvl.start = start
    fmt = _val(el.find(_W + "numFmt"))
    if fmt:
        lvl.fmt = fmt
    text_el = el.find(_W + "lvlText")
    if text_el is not None:
        lvl.text = _val(text_el) or ""
    restart = _int(_val(el.find(_W + "lvlRestart")))
    if restart is not None:
        lvl.restart = restart
    legal = el.find(_W + "isLgl")
    lvl.legal = legal is not None and _val(legal) not in ("0", "false", "off")
    lvl.suffix = _val(el.find(_W + "suff")) or "tab"
    lvl.style = _val(el.find(_W + "pStyle"))
    return lvl


@dataclass(slots=True)
class _Instance:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl → startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # ilvl → full w:lvl override


@dataclass(slots=True)
class _Counter:
    values: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)


class Numbering:
    """Numbering definitions of one document and the running counters."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.abstract_links: dict[str, str] = {}  # abstractNumId → numStyleLink style id
        self.abstract_style_names: dict[str, str] = {}  # styleLink style id → abstractNumId
        self.instances: dict[str, _Instance] = {}
        self.counters: dict[str, _Counter] = {}  # abstractNumId → running numbers
        self.entered: set[tuple[str, int]] = set()  # (numId, ilvl) already used
        self.styles: dict[str, etree._Element] = {}
        self.style_based_on: dict[str, str] = {}
        if styles is not None:
            for st in styles.iter(_W + "style"):
                sid = st.get(_W + "styleId")
                if sid:
                    self.styles.setdefault(sid, st)
                    based = _val(st.find(_W + "basedOn"))
                    if based:
                        self.style_based_on[sid] = based
        if numbering is None:
            return
        for ab in numbering.iter(_W + "abstractNum"):
            aid = ab.get(_W + "abstractNumId")
            if aid is None or aid in self.abstracts:
                continue
            levels: dict[int, Level] = {}
            for lvl in ab.iter(_W + "lvl"):
                ilvl = _int(lvl.get(_W + "ilvl"))
                if ilvl is not None and 0 <= ilvl < MAX_LEVELS and ilvl not in levels:
                    levels[ilvl] = _parse_level(lvl)
            self.abstracts[aid] = levels
            link = _val(ab.find(_W + "numStyleLink"))
            if link:
                self.abstract_links[aid] = link
            own = _val(ab.find(_W + "styleLink"))
            if own:
                self.abstract_style_names[own] = aid
        for num in numbering.iter(_W + "num"):
            nid = num.get(_W + "numId")
            aid = _val(num.find(_W + "abstractNumId"))
            if nid is None or aid is None or nid in self.instances:
                continue
            inst = _Instance(aid)
            for ov in num.iter(_W + "lvlOverride"):
                ilvl = _int(ov.get(_W + "ilvl"))
                if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                    continue
                start = _int(_val(ov.find(_W + "startOverride")))
                lvl_el = ov.find(_W + "lvl")
                if lvl_el is not None:
                    inst.levels[ilvl] = _parse_level(lvl_el)
                    if start is None:
                        start = inst.levels[ilvl].start
                if start is not None:
                    inst.overrides[ilvl] = start
            self.instances[nid] = inst

    # -- resolving a paragraph's numbering --

    def _style_numpr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """numId and ilvl a paragraph style (or one it is based on) gives."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 32:
            seen.add(style_id)
            st = self.styles.get(style_id)
            if st is None:
                break
            numpr = st.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                nid = _val(numpr.find(_W + "numId"))
                ilvl = _int(_val(numpr.find(_W + "ilvl")))
                if nid is not None:
                    return nid, ilvl
            style_id = self.style_based_on.get(style_id)
        return None, None

    def _abstract_levels(self, inst: _Instance) -> tuple[str, dict[int, Level]]:
        """Follow numStyleLink (a list style) to the abstractNum that defines the levels."""
        aid = inst.abstract
        for _ in range(8):
            link = self.abstract_links.get(aid)
            if not link:
                break
            target = self.abstract_style_names.get(link)
            if target is None:
                nid, _ilvl = self._style_numpr(link)
                target_inst = self.instances.get(nid) if nid else None
                target = target_inst.abstract if target_inst else None
            if target is None or target == aid:
                break
            aid = target
        return aid, self.abstracts.get(aid, {})

    def label(self, ppr: etree._Element | None) -> str:
        """The label Word shows for a paragraph with this w:pPr, advancing the counters ('' if none)."""
        if not self.instances:
            return ""
        style_id = _val(ppr.find(_W + "pStyle")) if ppr is not None else None
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        nid: str | None = None
        ilvl: int | None = None
        from_style = False
        if numpr is not None:
            nid = _val(numpr.find(_W + "numId"))
            ilvl = _int(_val(numpr.find(_W + "ilvl")))
        if nid is None:
            nid, style_ilvl = self._style_numpr(style_id)
            from_style = nid is not None
            if ilvl is None:
                ilvl = style_ilvl
        if nid is None or nid == "0":
            return ""
        inst = self.instances.get(nid)
        if inst is None:
            return ""
        aid, levels = self._abstract_levels(inst)
        if ilvl is None and from_style and style_id:
            ilvl = next((i for i, lv in levels.items() if lv.style == style_id), None)
        if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
            ilvl = 0

        def level(i: int) -> Level:
            return inst.levels.get(i) or levels.get(i) or Level()

        # One running count per abstractNum, shared by every instance of it (as Word counts);
        # an instance that overrides a level's start restarts the count there on its first use.
        counter = self.counters.get(aid)
        if counter is None:
            counter = self.counters[aid] = _Counter()

        def start(i: int) -> int:
            return inst.overrides.get(i, level(i).start)

        values = counter.values
        current = values[ilvl]
        if ilvl in inst.overrides and (nid, ilvl) not in self.entered:
            current = None
        self.entered.add((nid, ilvl))
        values[ilvl] = start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = level(deeper).restart
            if restart is None or (restart != 0 and ilvl < restart):
                values[deeper] = None
        lvl = level(ilvl)
        if lvl.fmt == "bullet" or not lvl.text:
            return ""
        out: list[str] = []
        text = lvl.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                ref = int(text[i + 1]) - 1
                i += 2
                if not 0 <= ref < MAX_LEVELS:
                    continue
                value = values[ref]
                if value is None:
                    value = start(ref)
                fmt = "decimal" if lvl.legal else level(ref).fmt
                out.append(format_number(value, fmt))
                continue
            out.append(ch)
            i += 1
        label = "".join(out)
        if not label.strip():
            return ""
        if lvl.suffix == "space" or (lvl.suffix == "tab" and label[-1] not in _CLOSING):
            label += " "
        return label
