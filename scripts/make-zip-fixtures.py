#!/usr/bin/env python3
"""Writes the ZIP archive that tests the ZIP64 fields of citegraph's own ZIP reader:
Tests/CiteGraphCoreTests/Fixtures/formats/zip/zip64.zip, two parts (one deflated, one stored)
whose sizes and offsets are in ZIP64 extra fields and whose end record is ZIP64's, as an
archive over 4 GB would have them. Python's zipfile writes them for any archive once its
limits are set to 0. The output is committed; this script is how it was made.

    scripts/make-zip-fixtures.py
"""
import os
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "CiteGraphCoreTests", "Fixtures", "formats", "zip", "zip64.zip")

zipfile.ZIP64_LIMIT = 0
zipfile.ZIP_FILECOUNT_LIMIT = 0
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
    first = zipfile.ZipInfo("a.txt", date_time=(2026, 12, 2, 0, 0, 0))
    archive.writestr(first, "deflated, its sizes in ZIP64 fields\n", compress_type=zipfile.ZIP_DEFLATED)
    second = zipfile.ZipInfo("b.txt", date_time=(2026, 12, 2, 0, 0, 0))
    archive.writestr(second, "stored, its offset in a ZIP64 field\n", compress_type=zipfile.ZIP_STORED)
