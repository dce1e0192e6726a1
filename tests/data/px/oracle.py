#!/usr/bin/env python3
"""Independent oracle for the PX expectations (tests/data/px/**/*.px.expected).

Reads a well-formed PX file the naive way -- statements split at ';' ending a
line, lists split at commas outside quotes, DATA split at blanks/commas/
semicolons -- and prints, for a few cells, the category codes (CODES, or
VALUES when a variable has none) and the value written in DATA:
the first and last cell, the middle one, the first data symbol and the first
value with decimals. It shares no code with the C++ reader; its only job is
to give the test numbers that were not produced by the code under test.

Usage: oracle.py FILE.px  ->  lines "cells: N", "dims: a=4 b=3", "value: c|c|c = 12"
"""
import re
import sys


def items(text):
    """Split a PX value list at commas outside quotes; join "a" "b" pieces."""
    out, cur, inq = [], "", False
    started = False
    for ch in text:
        if ch == '"':
            inq = not inq
            started = True
            continue
        if ch == "," and not inq:
            out.append(cur)
            cur, started = "", False
            continue
        if inq:
            cur += ch
    if started or text.rstrip().endswith(","):
        out.append(cur)
    return out


def main(path):
    raw = open(path, "rb").read().decode("cp1252", errors="replace")
    m = re.search(r"^DATA=", raw, re.M)
    meta, data = raw[: m.start()], raw[m.end():]
    statements = {}
    for st in re.split(r";[ \t]*\r?\n", meta):
        st = st.strip()
        km = re.match(r'([A-Z0-9-]+)(\[[^\]]*\])?(\(([^)]*)\))?=(.*)$', st, re.S)
        if not km or km.group(2):
            continue  # default language only
        key = (km.group(1), km.group(4))
        statements.setdefault(key, km.group(5))
    stub = items(statements.get(("STUB", None), ""))
    heading = items(statements.get(("HEADING", None), ""))
    names = stub + heading
    codes = []
    for n in names:
        vals = items(statements[("VALUES", '"%s"' % n)])
        cs = statements.get(("CODES", '"%s"' % n))
        c = items(cs) if cs else vals
        # An empty code (BE101ACE.px: CODES("sex")="1","2",;) reads as the value text.
        c = [x if x.strip() else vals[i] for i, x in enumerate(c)]
        codes.append(c)
    sizes = [len(c) for c in codes]
    cells = 1
    for s in sizes:
        cells *= s
    tokens = re.findall(r'"[^"]*"|[^\s,;"]+', data)
    keys = [k for (k, sub) in statements if k == "KEYS"]
    values = {}
    if keys:
        row_cells = 1
        for s in sizes[len(stub):]:
            row_cells *= s
        vals_of = [items(statements[("VALUES", '"%s"' % n)]) for n in stub]
        i = 0
        while i < len(tokens):
            row = 0
            for d in range(len(stub)):
                row = row * sizes[d] + vals_of[d].index(tokens[i].strip('"'))
                i += 1
            for k in range(row_cells):
                values[row * row_cells + k] = tokens[i].strip('"')
                i += 1
        flat = [values.get(i, "0") for i in range(cells)]
    else:
        flat = [t.strip('"') for t in tokens]
    assert len(flat) == cells, (len(flat), cells)
    picks = [0, cells // 2, cells - 1]
    sym = next((i for i, v in enumerate(flat) if re.fullmatch(r"\.{1,7}|-", v)), None)
    dec = next((i for i, v in enumerate(flat) if "." in v and re.fullmatch(r"-?\d*\.\d+", v)), None)
    nil = next((i for i, v in enumerate(flat) if v == "-"), None)
    for p in (sym, dec, nil):
        if p is not None and p not in picks:
            picks.append(p)
    print("cells: %d" % cells)
    print("dims: " + " ".join("%s=%d" % (n, s) for n, s in zip(names, sizes)))
    for p in picks:
        idx, rest = [], p
        for s in reversed(sizes):
            idx.append(rest % s)
            rest //= s
        idx.reverse()
        key = "|".join(codes[d][idx[d]] for d in range(len(names)))
        v = flat[p]
        kind = "symbol" if re.fullmatch(r"\.{1,7}|-", v) else "value"
        print("%s: %s = %s" % (kind, key, v))


if __name__ == "__main__":
    main(sys.argv[1])
