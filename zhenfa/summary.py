"""One line per report: read `zhenfa extract` output back and tabulate it.

    >>> rows = summary_rows(read_records("out.json"))   # a JSON array or JSON Lines; "-" is stdin
    >>> Console().print(summary_table(rows))
    >>> write_csv(rows, sys.stdout.buffer)

CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends by
default. Excel decodes a CSV file without a BOM in the legacy code page
(GBK on a Chinese Windows), which turns 教育局 into mojibake; with the BOM
Excel, WPS, LibreOffice, pandas and Python's `utf-8-sig` all read it right.
Pass `bom=False` for tools that want bare UTF-8. Cells that a spreadsheet would
run as a formula (starting with = + - @, or a tab or CR) get a leading
apostrophe, the usual guard against CSV formula injection; counts are integers
and are never touched.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import IO, Any, cast

import orjson

# Columns, in order: the row keys, the CSV header, and the table's columns.
COLUMNS: tuple[str, ...] = ("file", "bureau", "province", "year", "sections", "measures", "statistics", "shortcomings",
                            "plans", "warnings", "warning_codes", "path")
COUNT_COLUMNS: tuple[str, ...] = ("sections", "measures", "statistics", "shortcomings", "plans", "warnings")


class RecordsError(ValueError):
    """The input is not a JSON array of records or JSON Lines; the message names the place."""


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The report records in a file `zhenfa extract` wrote: a JSON array, or JSON Lines.

    "-" reads stdin. JSON Lines are parsed one line at a time as they are read;
    an array is parsed whole. A leading byte-order mark and blank lines are
    ignored. Raises RecordsError (a ValueError) for anything else, naming the line.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, name)
    else:
        with open(path, "rb") as fh:
            yield from _read_stream(fh, name)


def _read_stream(fh: IO[bytes], name: str) -> Iterator[dict[str, Any]]:
    first = fh.readline()
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    line_no = 1
    while first and not first.strip():
        first = fh.readline()
        line_no += 1
    if not first:
        return
    if first.lstrip().startswith(b"["):
        data = first + fh.read()
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise RecordsError(f"{name}: not valid JSON ({exc})") from None
        for i, record in enumerate(value if isinstance(value, list) else [value]):
            yield _check(record, f"{name}: element {i}")
        return
    line = first
    while line:
        if line.strip():
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                if line_no == 1 and line.rstrip().endswith(b"{"):  # one pretty-printed object, not JSON Lines
                    try:
                        record = orjson.loads(line + fh.read())
                    except orjson.JSONDecodeError:
                        raise RecordsError(f"{name}: line {line_no}: not valid JSON ({exc})") from None
                    yield _check(record, f"{name}")
                    return
                raise RecordsError(f"{name}: line {line_no}: not valid JSON ({exc})") from None
            yield _check(record, f"{name}: line {line_no}")
        line = fh.readline()
        line_no += 1


def _check(record: Any, where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RecordsError(f"{where}: expected a report record (a JSON object), got {type(record).__name__}")
    return record


def _file_name(path: Any) -> str | None:
    if not path:
        return None
    if path == "-":
        return "-"
    # Both separators: records made on Windows name files with backslashes.
    return PurePath(str(path).replace("\\", "/")).name or str(path)


def summary_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per record, keys as COLUMNS. `sections` counts top-level sections;
    `warning_codes` is "code:count" per code, sorted, space-separated."""
    rows = []
    for n, record in enumerate(records, 1):
        source, bureau, warnings = record.get("source") or {}, record.get("bureau") or {}, record.get("warnings") or []
        if not isinstance(source, dict) or not isinstance(bureau, dict) or not isinstance(warnings, list) or any(
                not isinstance(record.get(k) or [], list) for k in ("sections", "measures", "statistics", "shortcomings", "plans")):
            raise RecordsError(f"record {n}: not a zhenfa report record (source, bureau and lists have the wrong types)")
        codes = Counter(str(w.get("code")) for w in warnings if isinstance(w, dict))
        rows.append({
            "file": _file_name(source.get("path")),
            "bureau": bureau.get("name"),
            "province": bureau.get("province"),
            "year": record.get("report_year"),
            "sections": len(record.get("sections") or []),
            "measures": len(record.get("measures") or []),
            "statistics": len(record.get("statistics") or []),
            "shortcomings": len(record.get("shortcomings") or []),
            "plans": len(record.get("plans") or []),
            "warnings": len(warnings),
            "warning_codes": " ".join(f"{code}:{n}" for code, n in sorted(codes.items())),
            "path": source.get("path"),
        })
    return rows


SHORT_HEADERS = {"sections": "secs", "measures": "meas", "statistics": "stats", "shortcomings": "short",
                 "warnings": "warn", "province": "prov"}


def summary_table(rows: list[dict[str, Any]], *, compact: bool = False):  # type: ignore[no-untyped-def]  # -> rich.table.Table
    """A rich Table of the rows with a totals footer (the full path is left to the CSV).

    `compact` (for terminals under ~130 columns) abbreviates the headers and leaves out
    the warning codes, so the names are not folded to nothing."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"zhenfa summary: {len(rows)} report{'s' if len(rows) != 1 else ''}", show_footer=bool(rows),
                  header_style="bold", footer_style="bold")
    totals = {c: sum(int(r.get(c) or 0) for r in rows) for c in COUNT_COLUMNS}
    shown = [c for c in COLUMNS if c != "path" and not (compact and c == "warning_codes")]
    for col in shown:
        numeric = col in COUNT_COLUMNS or col == "year"
        footer = "total" if col == "file" else str(totals[col]) if col in COUNT_COLUMNS else ""
        table.add_column(SHORT_HEADERS.get(col, col) if compact else col, footer=footer, justify="right" if numeric else "left",
                         overflow="fold", no_wrap=numeric, style="yellow" if col == "warnings" else None,
                         min_width=None if numeric else 8)  # narrow terminals squeeze numbers, not names
    for r in rows:
        cells = []
        for col in shown:
            value = r.get(col)
            cells.append(Text("—", style="dim") if value in (None, "") else Text(str(value)))
        table.add_row(*cells)
    return table


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and value != "-":
        return "'" + value
    return value


def write_csv(rows: list[dict[str, Any]], stream: IO[str] | IO[bytes], *, bom: bool = True) -> None:
    """Write the rows as CSV with a header row: UTF-8, with a BOM unless bom=False, CRLF line ends.

    `stream` may be binary (sys.stdout.buffer, a file opened "wb") or text (opened
    with newline="" so the CRLF line ends stay as they are).
    """
    binary = not isinstance(stream, io.TextIOBase)
    wrapper = io.TextIOWrapper(cast(IO[bytes], stream), encoding="utf-8", newline="", write_through=True) if binary else None
    text = wrapper if wrapper is not None else cast(IO[str], stream)
    try:
        if bom:
            text.write("\ufeff")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow([_csv_cell(r.get(col)) for col in COLUMNS])
        text.flush()
    finally:
        if wrapper is not None:
            wrapper.detach()  # leave the caller's stream open
