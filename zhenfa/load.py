"""Bytes → text: encodings, binary sniffing, and the text of HTML (later DOCX/PDF).

The order of attempts is part of the contract (README): a byte-order mark
decides; otherwise an HTML page's declared charset (GB2312's labels, where the bytes are
GB2312, read with the gbk codec as browsers read them; a Western one checked against the bytes), then strict UTF-8, then UTF-16 without a BOM when the NUL pattern
says so, then GBK/GB18030, then charset-normalizer's best guess. A file whose
bytes mostly decode as UTF-8 or GB18030 is decoded with replacement characters
and flagged `decode_replaced` rather than guessed into mojibake.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .display import count_han, has_han
from .errors import LoadError
from .models import SourceFormat, Warning
from .warnings import warn

MAX_BYTES = 256 * 1024 * 1024


@dataclass(slots=True)
class Loaded:
    text: str
    encoding: str | None
    format: SourceFormat
    sha256: str
    warnings: list[Warning] = field(default_factory=list)


# Magic numbers of files that are certainly not text, as (prefix, description).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX/…)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 file (old .doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

# Control characters that plain text does not hold (not \t \n \v \f \r): as bytes for UTF-8
# input, where a control character is a control byte, and as a pattern for decoded text.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|table)[\s>/]", re.I | re.S)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
PDF_SUFFIXES = frozenset({".pdf"})
# What a directory is searched for.
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_path(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    # One open and one fstat (pathlib's is_dir, stat and open cost several times the read).
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise LoadError("too_large", f"file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit")
            # read(n) allocates n bytes first: ask for the size the file has (plus one, to see
            # whether it grew), not the limit. FIFOs and /proc files report 0: read to the limit.
            data = fh.read(size + 1 if size else max_bytes + 1)
            if size and len(data) > size:
                data += fh.read(max_bytes + 1 - len(data))
            return data
    except LoadError:
        raise
    except IsADirectoryError:
        raise _directory_error(path) from None
    except FileNotFoundError:
        raise LoadError("not_found", "no such file") from None
    except PermissionError:
        if os.path.isdir(path):
            raise _directory_error(path) from None
        raise LoadError("unreadable", "permission denied") from None
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read: {exc.strerror or exc}") from None


def _directory_error(path: str | os.PathLike[str]) -> LoadError:
    try:
        os.listdir(path)
    except OSError as exc:
        return LoadError("unreadable", f"cannot list directory: {exc.strerror or exc}")
    return LoadError("unreadable", "is a directory")


def sniff_format(data: bytes, suffix: str = "") -> SourceFormat:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return SourceFormat.html
    if data.startswith(b"PK\x03\x04") and (suffix in DOCX_SUFFIXES or suffix in ("", ".wps")):
        return SourceFormat.docx
    if data.startswith(b"%PDF-"):
        return SourceFormat.pdf
    if _HTML_SNIFF.match(data[:2048].lstrip(codecs.BOM_UTF8)):
        return SourceFormat.html
    if suffix in DOCX_SUFFIXES:
        return SourceFormat.docx
    if suffix in PDF_SUFFIXES:
        return SourceFormat.pdf
    return SourceFormat.txt


def load_bytes(data: bytes, suffix: str = "") -> Loaded:
    """Turn the bytes of one input into text; raises LoadError with a clear reason."""
    digest = sha256_of(data)
    if not data:
        raise LoadError("empty", "empty file")  # of any format: a 0-byte .pdf is empty, not corrupt
    fmt = sniff_format(data, suffix)
    if fmt is SourceFormat.docx or fmt is SourceFormat.pdf:
        try:
            from .formats import extract_document  # heavy libraries, loaded on first use
        except ImportError as exc:
            raise LoadError("unsupported", f"{fmt.value.upper()} input needs a library that is not installed ({exc.name})") from None
        text, document_warnings = extract_document(data, fmt)
        return Loaded(text=_require_text(text), encoding=None, format=fmt, sha256=digest, warnings=document_warnings)
    if not data.strip():
        raise LoadError("empty", "empty file" if not data else "file contains only whitespace")
    if fmt is SourceFormat.txt:
        for magic, what in _BINARY_MAGIC:
            if data.startswith(magic):
                raise LoadError("binary", f"binary file: {what}, not text")
    declared = _declared_charset(data) if fmt is SourceFormat.html else None
    text, encoding, replaced = decode_bytes(data, declared)
    warnings: list[Warning] = []
    if encoding.startswith(MISDECLARED_PREFIX):
        encoding = encoding[len(MISDECLARED_PREFIX):]
        warnings.append(warn("charset_mismatch", f"the page declares charset {declared} but its bytes are Chinese "
                                                 f"text in {encoding}; read as {encoding}"))
    if encoding == UTF8_WITH_GBK:
        encoding = "utf-8"
        warnings.append(warn("mixed_encoding", "a few characters of this UTF-8 text are in GBK (a footer or an "
                                               "include from an older page) and were read as GBK"))
    if replaced:
        warnings.append(warn("decode_replaced", f"{replaced} byte sequence(s) could not be decoded as {encoding} and were replaced with U+FFFD"))
    if fmt is SourceFormat.html:
        from .html import html_to_text

        text = html_to_text(text)
    return Loaded(text=_require_text(text), encoding=encoding, format=fmt, sha256=digest, warnings=warnings)


def _require_text(text: str) -> str:
    if not text.strip():
        raise LoadError("empty", "no text in the file")
    return text


# GB2312's labels, which browsers read as GBK (WHATWG Encoding). Python's gb2312 table is the strict
# 1980 one: A1AA is ― (U+2015), not the em dash — every page means, A1A4 is ・, not ·, so a range
# 3—5个工作日 would lose its lower figure. Bytes that are valid GB2312 are read with the gbk codec,
# which maps those as browsers do; bytes that are not (a Big5 page under a copied gb2312 label) go on
# to the detection below, as before. (The gbk and gb18030 labels already map them right.)
_GB2312_LABELS = frozenset({"gb2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280",
                            "euc-cn", "x-euc-cn"})
GB2312_AS_GBK = "gb2312-as-gbk"  # _declared_charset's name for a GB2312 label: checked strictly, read as GBK
# Declared single-byte Western charsets that decode any bytes without error: a template's
# leftover declaration over GBK or UTF-8 Chinese is checked against the bytes (_misdeclared).
_WESTERN_CODECS = frozenset({"iso8859-1", "cp1252", "iso8859-15", "latin-1"})


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (<meta charset="big5">), if Python knows it; GB2312's
    labels as GB2312_AS_GBK (decode_bytes checks the bytes strictly and reads them as GBK)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").lower()
    if label in _GB2312_LABELS:
        return GB2312_AS_GBK
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]{2,20})", re.I)
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str, int]:
    """Decode bytes to text; returns (text, encoding, number of replaced sequences).
    `declared` is the charset an HTML page names; it is tried after a BOM, before guessing."""
    for bom, encoding, codec in (
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, "replace")
            return _checked(text, encoding, text.count("\ufffd"))
    if declared == GB2312_AS_GBK:
        try:
            data.decode("gb2312")
            declared = "gbk"  # valid GB2312: the same characters, with — and · as browsers show them
        except UnicodeDecodeError:
            declared = None  # not GB2312 at all (Big5, UTF-8 under a copied label): detect it
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if declared in _WESTERN_CODECS and _looks_misdeclared(text):
                found = decode_bytes(data)
                if _reads_as_chinese(found[0]):
                    return found[0], MISDECLARED_PREFIX + found[1], found[2]
            return _checked(text, declared, 0)
    try:
        return _checked(data.decode("utf-8"), "utf-8", 0, raw=data)
    except UnicodeDecodeError:
        pass
    utf16 = _sniff_utf16(data)
    if utf16:
        text = data.decode(utf16, "replace")
        return _checked(text, utf16, text.count("\ufffd"))  # utf-16-le / utf-16-be: the codec that decodes it
    sample = data[:65536]
    if sample.count(0) > max(16, len(sample) // 100):
        raise LoadError("binary", "binary file: contains NUL bytes and is not UTF-16 text")
    mixed = _utf8_with_gbk_runs(data)
    if mixed is not None:
        text, replaced, foreign = mixed
        # UTF-8 at heart: its own Chinese outnumbers the GBK runs many times over (a GBK file
        # whose runs happen to hold pairs that are also UTF-8, 一 → һ, is not)
        if foreign * UTF8_MAJORITY <= count_han(text):
            return _checked(text, UTF8_WITH_GBK if foreign else "utf-8", replaced)
    for codec in ("gbk", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _PRIVATE_USE.search(text):
            # Big5 bytes read as GBK land in the private-use area: traditional-script pages.
            try:
                big5 = data.decode("big5")
                if not _PRIVATE_USE.search(big5):
                    return _checked(big5, "big5", 0)
            except UnicodeDecodeError:
                pass
        return _checked(text, codec, 0)
    # Mostly one encoding with a few damaged bytes: keep it and say so.
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        if bad <= max(2, len(text) // 200):
            return _checked(text, codec, bad)
    return _detect(data)


MISDECLARED_PREFIX = "misdeclared:"  # decode_bytes' mark on the codec that replaced a wrong declaration
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{4,}")


def _looks_misdeclared(text: str) -> bool:
    """Chinese bytes read as Latin-1 (Ä³ÏØË¾·¨¾Ö): the accented letters come in long runs, two
    per character; a Western page's stand alone (café, Müller)."""
    high = len(text) - len(text.encode("ascii", "ignore"))
    return high >= 8 and sum(map(len, _NON_ASCII_RUN.findall(text))) >= 0.6 * high


MIN_REDECODED_HAN = 30  # Chinese characters the bytes must give: a few symbols (××××, ±°) are no Chinese page


def _reads_as_chinese(text: str) -> bool:
    """Most of the non-ASCII characters are Chinese characters (or their punctuation), and there are
    enough of them to be a page's text (entities &#…; are not counted: they decode the same either way)."""
    high = [ch for ch in text if ord(ch) > 0x7F]
    cjk = sum(1 for ch in high if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return cjk >= MIN_REDECODED_HAN and cjk >= 0.8 * len(high)


MAX_FOREIGN_RUNS = 64  # GBK characters (or bad bytes) tolerated in a UTF-8 text: a footer's worth
UTF8_MAJORITY = 20  # Chinese characters of the text for each one read as GBK, at least
UTF8_WITH_GBK = "utf-8+gbk"  # decode_bytes' name for it; the record says utf-8, with a warning
_GB2312_PAIR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")  # both bytes high: no ASCII letter is taken


def _utf8_with_gbk_runs(data: bytes) -> tuple[str, int, int] | None:
    """UTF-8 with a few characters in GBK (a footer an older page included): those read as GBK,
    a byte neither reads replaced. None when the foreign bytes are more than a few, or more
    than one in fifty: then the text is not UTF-8 at heart. Returns (text, replaced bytes,
    characters read as GBK)."""
    pieces: list[str] = []
    pos = errors = replaced = foreign = 0
    limit = min(MAX_FOREIGN_RUNS, len(data) // 50)
    view = memoryview(data)  # slices without copies: a 50 MB GBK file fails here quickly
    while True:
        try:
            pieces.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            return "".join(pieces), replaced, foreign
        except UnicodeDecodeError as err:
            bad = pos + err.start
            pieces.append(codecs.utf_8_decode(view[pos:bad], "strict", True)[0])
            errors += 1
            if errors > limit:
                return None
            char = _gbk_pair(data, bad) if not _han_at(data, bad + 1) else ""
            if _gbk_text(char):
                pieces.append(char)
                foreign += 1
                pos = bad + 2
                # a run goes on in GBK while its pairs read as text (系 = CF B5 is also UTF-8 ϵ)
                while not _han_at(data, pos) and _gbk_text(char := _gbk_pair(data, pos)):
                    pieces.append(char)
                    foreign += 1
                    pos += 2
            else:
                pieces.append("\ufffd")
                replaced += 1
                pos = bad + 1


def _gbk_pair(data: bytes, pos: int) -> str:
    """The GBK character of the two high bytes at `pos`, or "" (no pair, or none GBK defines)."""
    if not _GB2312_PAIR.match(data, pos):
        return ""
    try:
        return data[pos:pos + 2].decode("gbk")
    except UnicodeDecodeError:
        return ""


def _gbk_text(char: str) -> bool:
    """A GBK character that text uses: a Han character, punctuation, an ideographic space, a symbol (©)."""
    return has_han(char) or (len(char) == 1 and unicodedata.category(char)[0] in "PZS")


def _han_at(data: bytes, pos: int) -> bool:
    """Whether a common UTF-8 Chinese character (U+4E00–U+9FFF) starts at `pos`: then the byte
    before it is a stray one, not the first half of a GBK character (whose bytes may also read
    as a rare character of the extension blocks: 浙公 D5 E3 B9 AB holds UTF-8 㹫)."""
    try:
        char = data[pos:pos + 3].decode("utf-8")
    except UnicodeDecodeError:
        return False
    # (or CJK punctuation or a full-width form: 件\xb5，is a stray byte before ，)
    return "\u4e00" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"


def _sniff_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII-heavy UTF-16 has NULs in every other byte; Chinese UTF-16 has few
    # NULs but decodes cleanly and lands in CJK ranges.
    if odd_nul > half * 0.3 and even_nul < half * 0.05:
        return "utf-16-le"
    if even_nul > half * 0.3 and odd_nul < half * 0.05:
        return "utf-16-be"
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or ch in "，。、：；\n")
        if cjk > len(text) * 0.6:
            return codec
    return None


def _detect(data: bytes) -> tuple[str, str, int]:
    from charset_normalizer import from_bytes  # imported only for hard cases

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise LoadError("binary", "binary file: no text encoding fits its bytes")
    encoding = best.encoding
    text = data.decode(encoding, "replace")
    return _checked(text, encoding, text.count("\ufffd"))


def _checked(text: str, encoding: str, replaced: int, raw: bytes | None = None) -> tuple[str, str, int]:
    """Reject decodings that are really binary: many control characters. `raw`: the bytes,
    when `text` is their UTF-8 decoding (a control character is then a control byte)."""
    sample = text[:200_000]
    # Deleting bytes in C is several times faster than the scan, and most texts have none.
    clean_bytes = raw is not None and len(raw.translate(None, _CONTROL_BYTES)) == len(raw)
    controls = 0 if clean_bytes else len(_CONTROL.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise LoadError("binary", f"binary file: {controls} control characters in the first {len(sample)} characters")
    if replaced > max(8, len(sample) // 20):
        raise LoadError("binary", f"binary file: {replaced} undecodable byte sequences")
    return text, encoding, replaced


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input, under the same size limit as files."""
    import sys

    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LoadError("too_large", f"standard input is over the {max_bytes / 1e6:.0f} MB limit")
    return data


def load_path(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Loaded:
    data = read_path(path, max_bytes)
    if len(data) > max_bytes:
        raise LoadError("too_large", f"file is over the {max_bytes / 1e6:.0f} MB limit")
    return load_bytes(data, Path(path).suffix)
