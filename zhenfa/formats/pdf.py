""".pdf → text through PDFium (pypdfium2), with page chrome removed and
wrapped lines joined back into paragraphs.

The text zhenfa defines for a PDF (offsets index it; `zhenfa text FILE`
prints it):

- the text layer, line by line in PDFium's reading order; characters a word
  processor drew out of order (runs in a fallback font, often “ ”) are put
  back where they stand on their line;
- running headers, footers and page numbers (- 3 -, 第3页, 3/10, 第3页 共10页)
  in the top or bottom margin are dropped: a page number when it stands apart
  from the text, a header or footer when it recurs on half of the pages;
- one output line per paragraph, without indentation. A line continues into
  the next when the typesetter wrapped it: it reaches the right margin (the
  first word of the next line would not have fitted), it ends without sentence
  punctuation, and the next line does not start with an outline marker
  (一、 （一） 1. ①), another font size, or a wider gap. The way the document
  marks its paragraphs is learnt from lines that certainly start one: when
  they are indented, an indented line starts a paragraph and an unindented
  line after a full one continues it, whatever the full line ends with (ragged
  right text is allowed a few characters short of the margin); when they are
  set apart by spacing, a line at the normal pitch continues. Wrapping across
  a page break is undone the same way;
- Kangxi radicals and CJK compatibility ideographs, which some converters
  emit for ordinary characters (⼀ for 一), are normalised (NFKC);
- glyphs without a Unicode mapping become U+FFFD (warning decode_replaced);
- text that PDFium cannot measure is missing from its text layer: a text
  object of one glyph in a font that is neither embedded in the file nor
  installed on this machine (no outline to measure). Such objects are counted
  and reported (warning unreadable_glyphs), so that characters are never lost
  without a word; installing a CJK font (fonts-noto-cjk) brings them back.

A PDF without any text (a scan), or whose text is mostly unmapped glyphs, is
refused as `no_text_layer`; one that needs a password to open as `encrypted`;
one with more than MAX_PAGES pages as `too_large`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import LoadError
from ..models import Warning
from ..warnings import WARNING_CODES, warn
from ..wrapped import PAGE_NUMBER, PARAGRAPH_START

MAX_PAGES = 3000
MAX_CHARS = 20_000_000  # characters in the text layer, all pages together
MIN_BLOCK = 0.4  # a text block narrower than this share of the page (short lines, a column) joins nothing
GARBLED_SHARE = 0.5  # over this share of unmapped glyphs the text layer is unusable

_LOCK = threading.Lock()  # PDFium is not thread-safe

_SENTENCE_END = re.compile(r"[。！？!?；;：:…]['\"”’」』）)】》〉]*$")
_WS = re.compile(r"\s+")
_CLOSING = frozenset("，。、；：？！,.;:?!）)》」』”’】〉…")
_OPENING = frozenset("（(《「『“‘【〈[")
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,%/:+-#&@")


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3FFFF
            or 0x3000 <= o <= 0x303F)


def _normalise_char(ch: str) -> str:
    o = ord(ch)
    if 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F or 0x2E80 <= o <= 0x2EFF:
        return unicodedata.normalize("NFKC", ch)
    return ch


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    em: float  # typical glyph height: the font size, roughly
    first_unit: float  # width of what would have had to fit on the previous line

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class _Page:
    lines: list[_Line]
    top: float
    bottom: float
    width: float
    chars: int  # characters in the text layer
    unmapped: int
    unreadable: int = 0  # text objects PDFium could not measure, so left out (_unmeasured_text)


def extract_pdf(data: bytes) -> tuple[str, list[Warning]]:
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            import pypdfium2.raw as raw

            code = getattr(exc, "err_code", None)  # pypdfium2 >= 5; older versions only say so in the message
            if code == raw.FPDF_ERR_PASSWORD or (code is None and "password" in str(exc).lower()):
                raise LoadError("encrypted", "the PDF is password-protected") from None
            raise LoadError("corrupt", f"not a readable PDF: {exc}") from None
        try:
            count = len(doc)
            if count > MAX_PAGES:
                raise LoadError("too_large", f"the PDF has {count} pages, over the {MAX_PAGES} page limit")
            pages = []
            total = 0
            check_unmeasured = not _lone_cjk_glyphs_readable()
            for index in range(count):
                try:
                    pages.append(_read_page(doc, index, check_unmeasured))
                except pdfium.PdfiumError:
                    pages.append(_Page([], 0.0, 0.0, 0.0, 0, 0))
                total += pages[-1].chars
                if total > MAX_CHARS:
                    raise LoadError("too_large", f"the PDF's text layer holds over {MAX_CHARS:,} characters")
        finally:
            doc.close()
    return _assemble(pages)


Box = tuple[float, float, float, float]  # left, bottom, right, top
Char = tuple[str, Box | None]  # None: a space PDFium inferred from a gap


def _read_page(doc: Any, index: int, check_unmeasured: bool = True) -> _Page:  # doc: a pypdfium2 PdfDocument
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        left, bottom, right, top = page.get_cropbox()
        textpage = page.get_textpage()
        try:
            n = textpage.count_chars()
            handle = textpage.raw
            rect = raw.FS_RECTF()
            raw_lines: list[list[Char]] = []
            chars: list[Char] = []
            unmapped = 0
            for i in range(n):
                code = raw.FPDFText_GetUnicode(handle, i)
                if raw.FPDFText_HasUnicodeMapError(handle, i) == 1:
                    unmapped += 1
                    ch = "\ufffd"
                elif code in (0x0D, 0x0A):
                    if chars:
                        raw_lines.append(chars)
                        chars = []
                    continue
                elif code in (0x20, 0x3000, 0x09, 0xA0):
                    ch = "\u3000" if code == 0x3000 else " "
                    if raw.FPDFText_IsGenerated(handle, i) == 1:
                        chars.append((ch, None))
                        continue
                elif code < 0x20 or code in (0xFFFE, 0xFFFF, 0x7F) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                    continue
                else:
                    ch = _normalise_char(chr(code))
                raw.FPDFText_GetLooseCharBox(handle, i, rect)
                chars.append((ch, (rect.left, rect.bottom, rect.right, rect.top)))
            if chars:
                raw_lines.append(chars)
        finally:
            textpage.close()
        unreadable = _unmeasured_text(page.raw) if check_unmeasured else 0
    finally:
        page.close()
    return _Page(_build_lines(raw_lines), top, bottom, right - left, n, unmapped, unreadable)


def _probe_pdf() -> bytes:
    """A page with one Chinese character (规) drawn on its own in STSong-Light, a font the
    file does not embed (Adobe's standard Chinese font, GB1 character collection)."""
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[<</Type/Font"
        b"/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 0>>"
        b"/FontDescriptor<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]"
        b"/ItalicAngle 0/Ascent 752/Descent -271/CapHeight 737/StemV 58>>/DW 1000>>]>>",
        b"<</Length 32>>stream\nBT /F1 14 Tf 10 50 Td <89C4> Tj ET\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@lru_cache(maxsize=1)
def _lone_cjk_glyphs_readable() -> bool:
    """Whether PDFium on this machine reads a Chinese character drawn on its own in a font
    the file does not embed: it can when a CJK font is installed to measure it with. Then no
    text is lost that way, and pages need no counting. (Called with _LOCK held.)"""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(_probe_pdf())
    except pdfium.PdfiumError:
        return False
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        readable = textpage.count_chars() > 0
        textpage.close()
        page.close()
        return readable
    finally:
        pdf.close()


# PDFium's text page skips a text object narrower than this (points): CPDF_TextPage's kSizeEpsilon.
_MEASURABLE_WIDTH = 0.01
# The font flag that says a font uses only the standard Latin character set. PDFium's own
# fonts stand in for such a font and measure every glyph of it, so a zero-width object in it
# is a blank (a space on its own, common in word processors' PDFs), not a lost character.
_NONSYMBOLIC = 1 << 5


def _unmeasured_text(holder: Any, *, in_form: bool = False) -> int:  # a pypdfium2 page or form object
    """Text objects (in a page or a form, recursively) that PDFium leaves out of its text
    page: it measures an object by its glyphs' outlines and skips one of no width. An object
    of one glyph in a font that is neither embedded nor installed here has none to measure.
    Only fonts that are neither embedded nor Latin-only are counted: in the others a
    zero-width object is a blank glyph, which loses no text. (A blank drawn on its own in a
    Chinese font that is not embedded is counted too: PDFium gives no way to tell it apart.)"""
    import ctypes

    import pypdfium2.raw as raw

    count_objects, get_object = ((raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject) if in_form
                                 else (raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject))
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    count = 0
    for i in range(max(0, count_objects(holder))):
        obj = get_object(holder, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            count += _unmeasured_text(obj, in_form=True)
        elif (kind == raw.FPDF_PAGEOBJ_TEXT and raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
              and right.value - left.value < _MEASURABLE_WIDTH):
            font = raw.FPDFTextObj_GetFont(obj)
            if font and not raw.FPDFFont_GetIsEmbedded(font) and not raw.FPDFFont_GetFlags(font) & _NONSYMBOLIC:
                count += 1
    return count


@dataclass(slots=True)
class _Group:
    chars: list[Char]
    x0: float
    x1: float
    bottom: float
    top: float
    em: float


def _group(chars: list[Char]) -> _Group | None:
    boxes = [b for c, b in chars if b is not None and not c.isspace()]
    if not boxes:
        return None
    heights = sorted(b[3] - b[1] for b in boxes)
    return _Group(chars, min(b[0] for b in boxes), max(b[2] for b in boxes), min(b[1] for b in boxes),
                  max(b[3] for b in boxes), heights[len(heights) // 2] or 1.0)


def _build_lines(raw_lines: list[list[Char]]) -> list[_Line]:
    """PDFium's lines, with characters drawn out of order put back where they stand.

    Word processors draw runs in a fallback font (often the curly quotes “ ” in
    Chinese text) separately, so in content-stream order they land at the end
    of the line or on a line of their own. A line that sits on the baseline of
    an earlier one and interleaves with it is merged into it, and a line whose
    characters are out of order is sorted left to right.
    """
    groups: list[_Group] = []
    for chars in raw_lines:
        g = _group(chars)
        if g is None:
            continue
        for other in reversed(groups[-40:]):
            if (abs(other.bottom - g.bottom) <= 0.3 * min(other.em, g.em) and g.x0 < other.x1 and g.x1 > other.x0
                    and abs(other.em - g.em) <= 0.3 * max(other.em, g.em)):
                other.chars.extend(chars)
                other.x0, other.x1 = min(other.x0, g.x0), max(other.x1, g.x1)
                other.bottom, other.top = min(other.bottom, g.bottom), max(other.top, g.top)
                break
        else:
            groups.append(g)
    lines: list[_Line] = []
    for g in groups:
        line = _make_line(g)
        if line is not None:
            lines.append(line)
    return lines


def _in_order(chars: list[Char], em: float) -> bool:
    last = None
    for _c, box in chars:
        if box is None:
            continue
        if last is not None and box[0] < last - 0.5 * em:
            return False
        last = box[0]
    return True


def _make_line(g: _Group) -> _Line | None:
    out: list[str] = []
    chars = g.chars
    if _in_order(chars, g.em):
        for k, (ch, box) in enumerate(chars):
            if ch == " " and box is None:  # a space PDFium inferred from a gap: kept between Latin words only
                prev = next((c for c, _ in reversed(chars[:k]) if c != " "), "")
                nxt = next((c for c, _ in chars[k + 1:] if c != " "), "")
                if not prev or not nxt or _is_cjk(prev) or _is_cjk(nxt):
                    continue
            out.append(ch)
    else:
        placed = sorted((c for c in chars if c[1] is not None), key=lambda c: c[1][0])  # type: ignore[index]
        chars = placed
        prev_box: Box | None = None
        for ch, box in placed:
            assert box is not None
            if (prev_box is not None and out and not out[-1].isspace() and not ch.isspace()
                    and box[0] - prev_box[2] > 0.3 * g.em and not _is_cjk(out[-1]) and not _is_cjk(ch)):
                out.append(" ")
            out.append(ch)
            prev_box = box
    text = "".join(out).strip()
    if not text:
        return None
    # The first unbreakable unit: opening brackets with what follows them, then an ASCII word or one
    # character, with the closing punctuation that may not start a line.
    visible = [(c, b) for c, b in chars if b is not None and not c.isspace()]
    end = 0
    while end < len(visible) - 1 and visible[end][0] in _OPENING:
        end += 1
    if visible[end][0] in _ASCII_WORD:
        while end + 1 < len(visible) and visible[end + 1][0] in _ASCII_WORD:
            end += 1
    while end + 1 < len(visible) and visible[end + 1][0] in _CLOSING:
        end += 1
        if visible[end][0] not in _ASCII_WORD:
            while end + 1 < len(visible) and visible[end + 1][0] in _ASCII_WORD and visible[end + 1][0].isalnum():
                end += 1
    unit = visible[end][1][2] - visible[0][1][0]
    return _Line(text, g.x0, g.x1, g.top, g.bottom, g.em, max(unit, 0.0))


# --- page chrome ---------------------------------------------------------------


def _squash(text: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text))


def _edge_lines(page: _Page) -> list[tuple[int, bool]]:
    """The two top-most and two bottom-most lines inside the page's margin zones, each with
    whether it stands apart from the line next to it on the body side (a gap wider than a line)."""
    lines = page.lines
    if not lines:
        return []
    height = page.top - page.bottom
    order = sorted(range(len(lines)), key=lambda i: -lines[i].top)
    picks: list[tuple[int, bool]] = []
    seen: set[int] = set()
    for k in range(min(2, len(order))):
        i = order[k]
        if height <= 0 or lines[i].bottom >= page.top - 0.15 * height:
            below = lines[order[k + 1]] if k + 1 < len(order) else None
            apart = below is None or lines[i].bottom - below.top > 0.9 * lines[i].em
            picks.append((i, apart))
            seen.add(i)
    for k in range(min(2, len(order))):
        j = len(order) - 1 - k
        i = order[j]
        if i in seen:
            continue
        if height <= 0 or lines[i].top <= page.bottom + 0.15 * height:
            above = lines[order[j - 1]] if j >= 1 else None
            apart = above is None or above.bottom - lines[i].top > 0.9 * lines[i].em
            picks.append((i, apart))
    return picks


RUNNING_LINE_SIZE_STEPS = 1  # sizes compared to the point: a running header recurs in one size


def _remove_chrome(pages: list[_Page]) -> int:
    """Drop page numbers and running headers/footers; returns how many lines went.

    A page number must stand apart from the text; a header or footer is a line
    in a margin zone that recurs (digits aside) on at least half of the pages in one size
    of type. The issuer's name as the title on page 1 and as the sign-off at the top of
    page 2 recurs in two sizes, once each: neither goes. A running header that repeats the
    title goes from every page, and the title, in its own size, stays.
    """
    removed: set[tuple[int, int]] = set()
    keys: dict[tuple[str, int], set[int]] = {}  # (text with digits as #, size in tenths of a point) → pages
    edges = [_edge_lines(page) for page in pages]

    def key_of(line: Any) -> tuple[str, int]:
        return re.sub(r"\d+", "#", _squash(line.text)), round(line.em * RUNNING_LINE_SIZE_STEPS)

    for p, page in enumerate(pages):
        for i, apart in edges[p]:
            if apart and PAGE_NUMBER.match(_squash(page.lines[i].text)):
                removed.add((p, i))
            keys.setdefault(key_of(page.lines[i]), set()).add(p)
    with_text = sum(1 for page in pages if page.lines)
    if with_text >= 2:
        repeated = {k for k, ps in keys.items() if len(ps) >= 2 and len(ps) >= 0.5 * with_text}
        for p, page in enumerate(pages):
            for i, _apart in edges[p]:
                if key_of(page.lines[i]) in repeated:
                    removed.add((p, i))
    for p, page in enumerate(pages):
        drop = {i for q, i in removed if q == p}
        if drop:
            page.lines = [line for i, line in enumerate(page.lines) if i not in drop]
    return len(removed)


# --- paragraphs ----------------------------------------------------------------


@dataclass(slots=True)
class _Frame:
    left: float
    right: float
    pitch: float


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(q * len(values))))]


def _shared_edge(values: list[float], ems: list[float], *, largest: bool) -> float | None:
    """The outermost x that several lines share (within an em): the margin justified or full lines reach."""
    if not values:
        return None
    need = max(2, int(0.15 * len(values)))
    order = sorted(range(len(values)), key=lambda i: -values[i] if largest else values[i])
    for i in order:
        near = sum(1 for v in values if abs(v - values[i]) <= ems[i])
        if near >= need:
            return values[i]
    return None


def _frames(pages: list[_Page]) -> list[_Frame | None]:
    """Each page's text block: left and right margins that several lines share, and line pitch."""
    found: list[tuple[float | None, float | None, float]] = []
    for page in pages:
        text_lines = [ln for ln in page.lines if ln.chars >= 4]
        ems = [ln.em for ln in text_lines]
        left = _shared_edge([ln.x0 for ln in text_lines], ems, largest=False)
        right = _shared_edge([ln.x1 for ln in text_lines], ems, largest=True)
        # Line pitch: the common step inside paragraphs, the smaller of the steps (the larger ones
        # are paragraph spacing, which pages with many one-line paragraphs have plenty of).
        steps = [a.bottom - b.bottom for a, b in zip(page.lines, page.lines[1:], strict=False)
                 if 0.8 * max(a.em, b.em) < a.bottom - b.bottom < 3 * max(a.em, b.em)]
        found.append((left, right, _quantile(steps, 0.2) if steps else 0.0))
    usable = [(f[0], f[1]) for f, page in zip(found, pages, strict=True)
              if f[0] is not None and f[1] is not None and f[1] - f[0] >= MIN_BLOCK * page.width]
    lefts = [f[0] for f in usable]
    rights = [f[1] for f in usable]
    frames: list[_Frame | None] = []
    for page, (left, right, pitch) in zip(pages, found, strict=True):
        if left is not None and right is not None and right - left >= MIN_BLOCK * page.width:
            frames.append(_Frame(left, right, pitch))
        elif rights:  # a page with too few full lines to tell: the other pages' margins
            frames.append(_Frame(_quantile(lefts, 0.5), _quantile(rights, 0.5), pitch))
        else:
            frames.append(None)
    return frames


@dataclass(slots=True)
class _Style:
    """How the text marks its paragraphs, learnt from lines that certainly start one."""

    indent: bool  # a first-line indent of about two characters
    spaced: bool  # extra space between paragraphs


def _paragraph_style(pages: list[_Page], frames: list[_Frame | None]) -> _Style:
    """Look at the lines that follow a short line (so certainly start a paragraph), numbered
    headings aside (they are often set with a hanging indent): are most of them indented by
    about two characters, are most of them set apart by a wider gap?"""
    indented = spaced = starts = 0
    for page, frame in zip(pages, frames, strict=True):
        if frame is None:
            continue
        for before, line in zip(page.lines, page.lines[1:], strict=False):
            if line.chars < 4 or before.x1 >= frame.right - 3 * before.em or before.x0 > frame.left + 4 * before.em:
                continue
            is_indented = 1.5 * line.em <= line.x0 - frame.left <= 2.6 * line.em
            if PARAGRAPH_START.match(line.text) and not is_indented:
                continue
            starts += 1
            indented += is_indented
            if frame.pitch > 0 and before.bottom - line.bottom > 1.3 * frame.pitch:
                spaced += 1
    return _Style(indent=starts >= 2 and indented >= 0.6 * starts, spaced=starts >= 2 and spaced >= 0.6 * starts)


def _continues(line: _Line, nxt: _Line, frame: _Frame | None, next_frame: _Frame | None, same_page: bool,
               style: _Style) -> bool:
    if frame is None or PARAGRAPH_START.match(nxt.text):
        return False
    em = max(line.em, 1.0)
    if max(line.em, nxt.em) > 1.25 * min(line.em, nxt.em):
        return False  # another font size: a title next to body text
    if line.x0 > frame.left + 4 * em:
        return False  # centred or right-aligned: not a wrapped body line
    # Full: the next line's first word would not have fitted. Ragged (left-aligned) text breaks
    # early by a few characters; where indents mark the paragraphs, allow for that.
    slack = max(nxt.first_unit, 3 * em) if style.indent else nxt.first_unit
    if frame.right - line.x1 > slack + 0.6 * em:
        return False  # the paragraph ended here
    if same_page and frame.pitch > 0 and line.bottom - nxt.bottom > 1.3 * frame.pitch:
        return False  # set apart by paragraph spacing
    left = (next_frame or frame).left
    if style.indent and nxt.x0 >= left + 1.5 * em:
        return False  # paragraphs start indented, and this line is
    if not _SENTENCE_END.search(line.text):
        return True
    # A full line that ends a sentence: the paragraph goes on when the next line shows no sign of a new one.
    if style.indent and nxt.x0 < left + 0.8 * em:
        return True
    return style.spaced and same_page and frame.pitch > 0 and line.bottom - nxt.bottom <= 1.15 * frame.pitch


def _join(a: str, b: str) -> str:
    """Two lines of one paragraph: Latin words wrapped at a line end get their space back; a
    number wrapped in Chinese text (…共计28 / 60户) does not (28 60户 would read as 60)."""
    if a and b and a[-1].isascii() and b[0].isascii() and a[-1].isalnum() and b[0].isalnum():
        if a[-1].isdigit() and b[0].isdigit() and not a.rstrip("0123456789.,")[-1:].isascii():
            return a + b
        return a + " " + b
    return a + b


def _assemble(pages: list[_Page]) -> tuple[str, list[Warning]]:
    total_chars = sum(p.chars for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    if total_chars and unmapped > GARBLED_SHARE * total_chars:
        raise LoadError("no_text_layer", f"{unmapped} of {total_chars} characters in the PDF's text layer have no Unicode "
                                         "mapping; the text cannot be read without OCR")
    _remove_chrome(pages)
    if not any(ln.text.strip() for page in pages for ln in page.lines):
        if any(page.unreadable for page in pages):
            raise LoadError("no_text_layer", "the PDF's text is in a font that is neither embedded in it nor installed here, "
                                             "and PDFium could not read it: install a CJK font (such as fonts-noto-cjk)")
        raise LoadError("no_text_layer", f"no text layer in the PDF's {len(pages)} page(s): a scanned document needs OCR first")
    frames = _frames(pages)
    style = _paragraph_style(pages, frames)
    paragraphs: list[str] = []
    prev: _Line | None = None
    prev_page = -1
    for p, page in enumerate(pages):
        for line in page.lines:
            if prev is not None and paragraphs and _continues(prev, line, frames[prev_page], frames[p], prev_page == p, style):
                paragraphs[-1] = _join(paragraphs[-1], line.text)
            else:
                paragraphs.append(line.text)
            prev, prev_page = line, p
    warnings: list[Warning] = []
    if unmapped:
        warnings.append(warn("decode_replaced", f"{unmapped} glyph(s) in the PDF's text layer have no Unicode mapping "
                                                "and were replaced with U+FFFD"))
    unreadable = [(i + 1, page.unreadable) for i, page in enumerate(pages) if page.unreadable]
    if unreadable:
        shown = ", ".join(str(number) for number, _ in unreadable[:10]) + (" …" if len(unreadable) > 10 else "")
        warnings.append(warn("unreadable_glyphs", f"{sum(n for _, n in unreadable)} piece(s) of text (pages {shown}) use a "
                             "font that is neither embedded in the PDF nor installed here, and PDFium could not read "
                             "them: characters are missing; install a CJK font (such as fonts-noto-cjk) and run again"))
    # (a page whose only text PDFium could not measure is no scan: unreadable_glyphs says why)
    blank = [i + 1 for i, page in enumerate(pages) if page.chars == 0 and not page.unreadable]
    if blank and len(blank) < len(pages) and "partial_text_layer" in WARNING_CODES:
        shown = ", ".join(map(str, blank[:10])) + (" …" if len(blank) > 10 else "")
        warnings.append(warn("partial_text_layer", f"{len(blank)} of {len(pages)} pages have no text layer (pages {shown})"))
    return "\n".join(paragraphs), warnings
