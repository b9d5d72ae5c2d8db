#!/usr/bin/python3
"""Makes the documents' typeface, Comptoir Sans, from Debian's DejaVu Sans.

The dossiers, the attendance sheets and every other PDF are set in DejaVu Sans. Qt's PDF
writer reads the advance of every glyph it embeds by loading the glyph at the font's full
size (2,048 pixels an em) with its hinting, so FreeType runs DejaVu's TrueType instructions
for each glyph of each document: a third of a dossier's time. The copy made here has no
hinting (documents are printed and zoomed, never drawn at screen sizes), keeps the glyphs of
the Latin, Greek and Cyrillic alphabets, punctuation, currency, arrows, mathematical signs,
shapes and check marks (Qt takes other characters from the system's fonts), and is renamed,
as the Bitstream Vera licence asks of a modified copy, so that it never stands in for the
system's DejaVu Sans. Advances and outlines are DejaVu's, unchanged.

Needs Debian's fonts-dejavu-core and python3-fonttools; run it from anywhere with
/usr/bin/python3 (the packaged fontTools). It writes ComptoirSans.ttf and
ComptoirSans-Bold.ttf beside itself; they are committed, so building never needs it.
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/dejavu"
HERE = os.path.dirname(os.path.abspath(__file__))

UNICODES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B
    (0x02B0, 0x036F),  # spacing modifiers, combining diacritical marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # general punctuation (narrow no-break space, dashes, bullet, ellipsis)
    (0x20A0, 0x20CF),  # currency (euro)
    (0x2100, 0x21FF),  # letterlike symbols, number forms, arrows
    (0x2200, 0x22FF),  # mathematical operators (minus, ≤, ≥, ×)
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2610, 0x2612),  # ballot boxes
    (0x2713, 0x2718),  # check marks and crosses
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFFFD, 0xFFFD),  # replacement character
]

FONTS = [
    ("DejaVuSans.ttf", "ComptoirSans.ttf", "Book", "ComptoirSans"),
    ("DejaVuSans-Bold.ttf", "ComptoirSans-Bold.ttf", "Bold", "ComptoirSans-Bold"),
]

FAMILY = "Comptoir Sans"


def make(source, target, style, postscript):
    font = TTFont(os.path.join(SOURCE, source))
    options = subset.Options()
    options.hinting = False  # drops fpgm, prep, cvt and every glyph's instructions
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "MATH", "FFTM", "hdmx", "LTSH", "VDMX"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for first, last in UNICODES for c in range(first, last + 1)])
    subsetter.subset(font)

    version = font["name"].getDebugName(5) or ""
    names = font["name"]
    full = FAMILY if style == "Book" else FAMILY + " " + style
    for record in list(names.names):
        if record.nameID in (16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    for nameID, value in (
        (1, FAMILY),
        (2, style),
        (3, "Comptoir: " + full),
        (4, full),
        (6, postscript),
        (10, "DejaVu Sans " + version.replace("Version ", "")
         + " without hinting, its Latin, Greek and Cyrillic glyphs, for Comptoir's documents."),
    ):
        names.removeNames(nameID=nameID)
        names.setName(value, nameID, 3, 1, 0x409)  # Windows, Unicode BMP, English
        names.setName(value, nameID, 1, 0, 0)  # Macintosh, Roman, English
    font.save(os.path.join(HERE, target))
    return os.path.getsize(os.path.join(HERE, target)), len(font.getGlyphOrder())


def main():
    for source, target, style, postscript in FONTS:
        size, glyphs = make(source, target, style, postscript)
        print(f"{target}: {glyphs} glyphs, {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
