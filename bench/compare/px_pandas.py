#!/usr/bin/env python3
"""make bench's comparison for PX → CSV and PX parsing (scripts/bench).

The issue compared Jämt with pyaxis + pandas. pyaxis is not installable here
(it is not in Debian and there is no PyPI access), so this script does what
pyaxis.parse does, step by step, with Debian's python3-pandas: read the file
in its code page, split metadata from data at DATA=, parse every KEY[("…")]=
value list of the metadata, take STUB and HEADING dimensions' VALUES, build
the DataFrame of every combination of categories (itertools.product, one
column per dimension, as pyaxis.build_dataframe does) with the data values as
the DATA column — then, for the CSV, DataFrame.to_csv. It is a faithful
re-implementation of pyaxis's approach, not pyaxis itself: figures against it
are figures against this script.

Usage: px_pandas.py FILE.px [OUT.csv]
Prints "parse_s P csv_s C cells N"; without OUT only the parse is done.
"""
import itertools
import re
import sys
import time

import pandas as pd


def metadata_and_data(text):
    meta, _, data = text.partition("DATA=")
    return meta, data


def parse_metadata(meta):
    """KEY or KEY("name") → list of values, as pyaxis.metadata_extract."""
    out = {}
    for entry in re.split(r';\s*(?=[A-Z][A-Z0-9-]*[=(\[])', meta.strip().rstrip(";")):
        key, _, value = entry.partition("=")
        key = key.strip()
        values = re.findall(r'"((?:[^"]|"")*)"', value)
        out[key] = values if values else [value.strip()]
    return out


def dimension_names(meta, field):
    return meta.get(field, [])


def parse(path):
    raw = open(path, "rb").read()
    encoding = "utf-8" if b'CODEPAGE="utf-8"' in raw[:4000] else "iso-8859-1"
    text = raw.decode(encoding)
    meta_text, data_text = metadata_and_data(text)
    meta = parse_metadata(meta_text)
    dims = dimension_names(meta, "STUB") + dimension_names(meta, "HEADING")
    members = [meta[f'VALUES("{d}")'] for d in dims]
    data = [v.strip('"') for v in data_text.replace(";", " ").split()]
    frame = pd.DataFrame(list(itertools.product(*members)), columns=dims)
    frame["DATA"] = pd.Series(data)
    return frame


def main():
    t0 = time.perf_counter()
    frame = parse(sys.argv[1])
    t1 = time.perf_counter()
    if len(sys.argv) > 2:
        frame.to_csv(sys.argv[2], sep=";", index=False)
    t2 = time.perf_counter()
    print(f"parse_s {t1 - t0:.3f} csv_s {t2 - t0:.3f} cells {len(frame)}")


if __name__ == "__main__":
    main()
