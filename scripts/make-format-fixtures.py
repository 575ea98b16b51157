#!/usr/bin/env python3
"""Lays out test-corpus documents the way the UN publishes them and has LibreOffice write each
as PDF and Word (.docx): the symbol in the masthead, the job number and a barcode at the foot of
the first page, the symbol as running header and "page/pages" at the foot of the others, real
footnotes (¹ markers in the text become Word/ODF notes), and optionally two columns.

    scripts/make-format-fixtures.py OUT_DIR            (needs soffice: libreoffice-writer-nogui)

The outputs are committed under Tests/CiteGraphCoreTests/Fixtures/formats/made/; this script is
how they were made, not something the tests run.
"""
import html, os, re, subprocess, sys, tempfile

CORPUS = os.path.join(os.path.dirname(__file__), "..", "Tests", "CiteGraphCoreTests", "Fixtures", "corpus")
# The seed documents are real UN texts (Chinese): laid out the same way, they are the
# "real Chinese text made into a PDF by LibreOffice" the issue accepts where no real PDF is found.
SEEDS = os.path.join(os.path.dirname(__file__), "..", "seeds")
# (document, symbol as the running header and Word's Symbol1 property — the one the text
# states, None where it states none —, job number, two columns)
DOCUMENTS = [
    ("en-01-afghanistan-draft", "A/79/L.18", "24-21001", False),
    ("en-04-sg-report-regional", "A/79/302", "24-21002", False),
    ("en-06-isil-committee-letter", "S/2024/100", "24-21003", False),
    ("en-07-somalia-res2713", "S/RES/2713 (2023)", "23-25405", True),
    ("en-13-palestine-observer-letter", None, "24-21005", False),
    ("en-20-oic-prst", "S/PRST/2024/6", "24-21006", False),
    ("en-22-afghanistan-sg-report", "A/79/341", "24-15711", False),
    ("en-27-haiti-res2752", "S/RES/2752 (2024)", "24-21008", True),
    ("zh-01-afghanistan-draft", None, "23-22345", False),
    ("zh-03-oic-draft", "A/79/L.20", "24-21010", False),
    ("zh-04-afghanistan-sg-letter", "S/2024/210", "24-21011", False),
    ("zh-09-oic-summit-letter", "A/78/862", "24-21012", False),
    ("zh-10-isil-sanctions-res2734", "S/RES/2734 (2024)", "24-21013", False),
    ("zh-13-palestine-es-10-24", "A/RES/ES-10/24", "24-21014", False),
    ("zh-19-hrc-religious-hatred-res", "A/HRC/RES/56/12", "24-21015", False),
    ("zh-30-afghanistan-sg-report", None, "23-23456", False),
    ("000_be461b3669ee6420", None, "25-10001", False),
    ("001_7e41ccd1e4f5132c", "S/2020/185", "20-10002", False),
    ("002_b4e6daf1e977e72d", "A/75/860", "21-10003", False),
    ("003_fda09ecd73bce99b", None, "25-10004", False),
    ("004_6bb09af84bcb3a26", "S/RES/2594 (2021)", "21-10005", False),
]
OLD_WORD = {"en-22-afghanistan-sg-report", "zh-01-afghanistan-draft"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def number(marks):
    return "".join(str(SUPERSCRIPTS.index(c)) for c in marks)


def paragraphs(text):
    """Body paragraphs (runs of lines) and footnotes {number: text}. Markdown links and
    escapes (some corpus texts are Markdown) are printed as the text they show."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).replace("\\(", "(").replace("\\)", ")")
    notes, body = {}, []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [l for l in block.split("\n") if l.strip() and not set(l.strip()) <= set("_")]
        kept = []
        # A masthead line that plain text spread out with runs of spaces: one paragraph a part.
        if any(re.search(r"\S {3,}\S", l) for l in lines):
            for l in lines:
                parts = [p for p in re.split(r" {3,}", l.strip()) if p]
                # A line that goes on the previous one's sentence ("2253" / "(2015) concerning").
                if body and len(parts) == 1 and (parts[0][0] in "(" or parts[0][0].islower()):
                    body[-1] += " " + parts[0]
                else:
                    body.extend(parts)
            continue
        for line in lines:
            m = re.match(r"^\s*([%s]+)\s*(.*)$" % SUPERSCRIPTS, line)
            if m:
                notes[number(m.group(1))] = m.group(2)
            else:
                kept.append(line.strip())
        if kept:
            # Masthead and heading lines stay lines; running text joins into one paragraph.
            if all(len(l) < 60 for l in kept):
                body.extend(kept)
            else:
                body.append(" ".join(kept))
    return body, notes


# A document symbol as written (A/79/302, S/2023/856, A/RES/ES-10/24, S/RES/2713 (2023)); modern
# UN PDFs link each to the document system, and so do these.
SYMBOL = re.compile(r"(?<![\w/])((?:A|S|E)/(?:[A-Za-z0-9.\-]+/)*[A-Za-z0-9.\-]*[0-9](?: ?\(\d{4}\))?)")


def linked(text):
    out, last = "", 0
    for m in SYMBOL.finditer(text):
        out += html.escape(text[last:m.start()])
        # A joint symbol (A/78/829-S/2024/196) is two documents, each linked.
        for part in re.split(r"([-–—](?=[ASE]/))", m.group(1)):
            if re.match(r"^[-–—]$", part):
                out += html.escape(part)
            elif part:
                href = "https://undocs.org/en/" + part.replace(" ", "")
                out += '<text:a xlink:type="simple" xlink:href="%s">%s</text:a>' % (html.escape(href), html.escape(part))
        last = m.end()
    return out + html.escape(text[last:])


def with_notes(paragraph, notes):
    out = ""
    for part in re.split(r"([%s]+)" % SUPERSCRIPTS, paragraph):
        if part and all(c in SUPERSCRIPTS for c in part) and number(part) in notes:
            n = number(part)
            out += ('<text:note text:id="ftn%s" text:note-class="footnote"><text:note-citation>%s</text:note-citation>'
                    '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                    % (n, n, linked(notes[n])))
        else:
            out += linked(part)
    return out


def fodt(name, symbol, job, columns):
    folder = SEEDS if name[0].isdigit() else CORPUS
    text = open(os.path.join(folder, name + ".txt"), encoding="utf-8").read()
    body, notes = paragraphs(text)
    chinese = not name.startswith("en")
    barcode = "*" + job.replace("-", "") + "*"
    paras = []
    for i, p in enumerate(body):
        style = "First" if i == 0 else ("Masthead" if len(p) < 60 else "Body")
        paras.append('<text:p text:style-name="%s">%s</text:p>' % (style, with_notes(p, notes)))
    content = "\n".join(paras)
    if columns:
        content = '%s\n<text:section text:style-name="Columns" text:name="Columns">%s</text:section>' % (
            "\n".join(paras[:6]), "\n".join(paras[6:]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>{'<meta:user-defined meta:name="Symbol1">%s</meta:user-defined>' % html.escape(symbol) if symbol else ''}
<meta:user-defined meta:name="JobNo">{job}</meta:user-defined></office:meta>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'"
 fo:font-size="{'16pt' if chinese else '14pt'}" style:font-family-asian="'Noto Serif CJK SC'" style:font-size-asian="16pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08in" fo:text-align="justify"
 fo:margin-left="{'0in' if chinese else '0.5in'}" fo:text-indent="{'0.45in' if chinese else '0in'}"/></style:style>
<style:style style:name="Masthead" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.04in"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt" style:font-size-asian="8pt"/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1" style:page-usage="all"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="8in" fo:margin-top="0.6in"
 fo:margin-bottom="0.6in" fo:margin-left="1in" fo:margin-right="1in"/>
<style:header-style><style:header-footer-properties style:dynamic-spacing="false" fo:min-height="0.3in"/></style:header-style>
<style:footer-style><style:header-footer-properties style:dynamic-spacing="false" fo:min-height="0.3in"/></style:footer-style></style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Masthead"/>
<style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.3in"/>
</style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
{'<style:header><text:p text:style-name="Furniture">%s</text:p></style:header><style:header-first><text:p text:style-name="Furniture"/></style:header-first>' % html.escape(symbol) if symbol else ''}
<style:footer><text:p text:style-name="Furniture">{job}<text:tab/><text:page-number>2</text:page-number>/<text:page-count>2</text:page-count></text:p></style:footer>
<style:footer-first><text:p text:style-name="Furniture">{job} (E)</text:p><text:p text:style-name="Furniture">{barcode}</text:p></style:footer-first>
</style:master-page>
</office:master-styles>
<office:body><office:text>
{content}
</office:text></office:body></office:document>
"""


def main(out):
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, symbol, job, columns in DOCUMENTS:
            path = os.path.join(tmp, name + ".fodt")
            open(path, "w", encoding="utf-8").write(fodt(name, symbol, job, columns))
            # Old binary Word (.doc) for two of them, as some archives still hold.
            targets = ["pdf", "docx"] + (["doc"] if name in OLD_WORD else [])
            for target in targets:
                subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless",
                                "--convert-to", target, "--outdir", out, path],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "made")
