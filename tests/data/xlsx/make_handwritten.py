#!/usr/bin/env python3
"""Writes handwritten.xlsx: a minimal Office Open XML workbook made by hand
(not by libxlsxwriter), to test the XLSX reader against another writer.

The first sheet is named "Rapport" and is stored as xl/worksheets/data.xml
(found through the workbook's relationships, not by its usual name). It has
shared strings (one with rich-text runs and a phonetic reading that is not
text), inline strings, numbers, a boolean, a formula with a cached value,
a missing cell (C3), a row without an "r" attribute, cells without "r"
attributes, a blank row 4 and a row 6 after the gap. Its elements carry
the namespace prefix "x:", as the .NET Open XML SDK writes them. A second
sheet must be ignored. Run: python3 make_handwritten.py (writes the file
beside this script; deterministic: fixed zip timestamps).
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

parts = {
    "[Content_Types].xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/other.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>""",
    "_rels/.rels": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{NS}" xmlns:r="{R}">
<x:sheets><x:sheet name="Rapport" sheetId="1" r:id="rId7"/><x:sheet name="Annat" sheetId="2" r:id="rId8"/></x:sheets>
</x:workbook>""",
    "xl/_rels/workbook.xml.rels": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="{R}/worksheet" Target="worksheets/other.xml"/>
<Relationship Id="rId7" Type="{R}/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId9" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>""",
    "xl/sharedStrings.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="{NS}" count="4" uniqueCount="4">
<x:si><x:t>organisation_id</x:t></x:si>
<x:si><x:t>E1.women</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Kalmar </x:t></x:r><x:r><x:t>kommun</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>
<x:si><x:t xml:space="preserve"> Åsa &amp; Örjan </x:t></x:si>
</x:sst>""",
    "xl/worksheets/data.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{NS}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>E1.men</x:t></x:is></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>namn</x:t></x:is></x:c></x:row>
<x:row r="2"><x:c r="A2"><x:v>17</x:v></x:c><x:c r="B2"><x:v>12</x:v></x:c><x:c r="C2"><x:f>B2/2</x:f><x:v>6</x:v></x:c><x:c r="D2" t="s"><x:v>2</x:v></x:c></x:row>
<x:row><x:c><x:v>18</x:v></x:c><x:c t="str"><x:f>"tolv"</x:f><x:v>tolv</x:v></x:c><x:c r="D3" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4" s="1"/></x:row>
<x:row r="6"><x:c r="B6"><x:v>2.5</x:v></x:c><x:c r="E6" t="b"><x:v>1</x:v></x:c></x:row>
</x:sheetData></x:worksheet>""",
    "xl/worksheets/other.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>fel blad</t></is></c></row></sheetData></worksheet>""",
}

with zipfile.ZipFile(os.path.join(HERE, "handwritten.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))


def variant(name, sheet_xml):
    """A copy of the workbook whose first sheet is `sheet_xml` (for errors)."""
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            if part == "xl/worksheets/data.xml":
                text = sheet_xml
            info = zipfile.ZipInfo(part, date_time=(2025, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


# Errors: XML that is not well-formed (line 2), a shared string that does
# not exist, a cell reference that is not one.
variant("broken_xml.xlsx", f'<?xml version="1.0"?>\n<x:worksheet xmlns:x="{NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:c></x:row></x:sheetData></x:worksheet>')
variant("bad_shared_string.xlsx", f'<x:worksheet xmlns:x="{NS}"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>99</x:v></x:c></x:row></x:sheetData></x:worksheet>')
variant("bad_reference.xlsx", f'<x:worksheet xmlns:x="{NS}"><x:sheetData><x:row r="1"><x:c r="1A"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>')

# The same workbook stored without compression: a fuzzing seed whose XML
# the fuzzer can change byte by byte (fuzz/corpus/xlsx/).
SEEDS = os.path.join(HERE, "..", "..", "..", "fuzz", "corpus", "xlsx")
with zipfile.ZipFile(os.path.join(SEEDS, "handwritten_stored.xlsx"), "w", zipfile.ZIP_STORED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 0, 0, 0))
        z.writestr(info, text.encode("utf-8"))
