#!/usr/bin/env python3
"""Writes make bench's large PX file (scripts/bench): Statistics Sweden's
BE0101A1 (tests/data/px/Population/BE0101A1.px: population by county,
marital status, age 0–100+, sex and year; 21 × 4 × 101 × 2 × 2 cells)
expanded to 315 regions (each county 15 times, "01 Stockholm county",
"01 Stockholm county 2", …) and 40 years (1966–2005): 10 180 800 cells,
about 57 MB. Cell values are the real table's values in their order,
repeated; copy k of a county holds them as v·41·(k+3) + 7k + 3, so that the
numbers have as many digits as those of the 56 MB BE0101N table issue 16
measured (the real BE0101A1 values are mostly 1–4 digits). Deterministic:
the same bytes on every run.

Usage: make_big_px.py SOURCE.px OUT.px
"""
import re
import sys

COPIES, FIRST_YEAR, YEARS = 15, 1966, 40


def quoted(values):
    return ",".join(f'"{v}"' for v in values)


def main():
    text = open(sys.argv[1], "rb").read().decode("latin-1")
    meta, _, data = text.partition("DATA=")
    values = [int(v) for v in data.replace(";", " ").split()]
    entries = meta.split(";\n")
    regions = re.findall(r'"([^"]*)"', next(e for e in entries if e.startswith('VALUES("region")')).split("=", 1)[1])
    codes = re.findall(r'"([^"]*)"', next(e for e in entries if e.startswith('CODES("region")')).split("=", 1)[1])
    years = [str(FIRST_YEAR + i) for i in range(YEARS)]
    big_regions = [r if k == 0 else f"{r} {k + 1}" for r in regions for k in range(COPIES)]
    big_codes = [c if k == 0 else f"{c}{k + 1:02d}" for c in codes for k in range(COPIES)]
    out = []
    for e in entries:
        if e.startswith('VALUES("region")'):
            e = 'VALUES("region")=' + quoted(big_regions)
        elif e.startswith('CODES("region")'):
            e = 'CODES("region")=' + quoted(big_codes)
        elif e.startswith('VALUES("period")'):
            e = 'VALUES("period")=' + quoted(years)
        elif e.startswith('TIMEVAL("period")'):
            e = 'TIMEVAL("period")=TLIST(A1),' + quoted(years)
        out.append(e)
    rows = len(big_regions) * 4 * 101 * 2
    with open(sys.argv[2], "wb") as f:
        f.write(";\n".join(out).encode("latin-1"))
        f.write(b"DATA=\n")
        i, n = 0, len(values)
        chunk = []
        for row in range(rows):
            k = (row // (4 * 101 * 2)) % COPIES
            line = values[i:i + YEARS] if i + YEARS <= n else (values[i:] + values[:i + YEARS - n])
            i = (i + YEARS) % n
            chunk.append(" ".join(str(v * 41 * (k + 3) + 7 * k + 3) for v in line))
            if len(chunk) == 10000:
                f.write(("\n".join(chunk) + "\n").encode("latin-1"))
                chunk = []
        f.write(("\n".join(chunk) + "\n").encode("latin-1") if chunk else b"")
        f.write(b";\n")


if __name__ == "__main__":
    main()
