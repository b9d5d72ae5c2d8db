#!/usr/bin/env python3
"""Writes the demo's pièces jointes (resources/demo/pieces/), attached to demo projects by
DemoWorkspace (demo.json, "attachments"): three small PDFs (a quote, an association's statutes,
a letter of support) and a photo of a place (PNG). Fictional content, made here from nothing
(no font or image is embedded: the PDFs use the standard Helvetica).

    python3 resources/demo/pieces/make_pieces.py

Needs Python 3 only."""
import pathlib
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent


def pdf(path, pages):
    """A PDF of text pages: each page a list of (size, x, y, text) in points, Latin-1 text."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1
    objects.append(None)  # the page tree, written below
    kids = []
    for lines in pages:
        stream = b""
        for size, x, y, text, *style in lines:
            if text == "RULE":
                stream += b"0.12 0.23 0.37 RG 1 w %d %d m %d %d l S\n" % (x, y, 545, y)
                continue
            name = b"/F2" if style else b"/F1"
            data = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream += b"BT %s %d Tf %d %d Td (%s) Tj ET\n" % (name, size, x, y,
                                                               data.encode("cp1252"))
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, font, bold, content)))
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>"
                             % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, xref)
    (HERE / path).write_bytes(out)


def png(path, width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    (HERE / path).write_bytes(b"\x89PNG\r\n\x1a\n"
                              + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def lines(top, rows, size=10, step=16, x=50):
    return [(size, x, top - i * step, text) for i, text in enumerate(rows)]


pdf("devis-amenagement-camion.pdf", [[
    (18, 50, 780, "Menuiserie Leroy & fils", "b"),
    (10, 50, 762, "12 rue des Artisans, 62130 Saint-Pol-sur-Ternoise - SIRET 000 000 000 00000"),
    (14, 50, 720, "DEVIS n° 2026-041", "b"),
    (10, 50, 702, "Client : Association Épicerie du Ternois - Valable 3 mois"),
    (10, 50, 690, "RULE"),
    *lines(670, ["Étagères en chêne pour utilitaire, pose comprise ............ 6 900,00 €",
                 "Vitrine réfrigérée 1,20 m ........................................... 7 400,00 €",
                 "Raccordement électrique et batterie auxiliaire ................ 1 116,67 €",
                 "Main-d'œuvre (3 jours) ............................................... 0,00 €"]),
    (10, 50, 596, "RULE"),
    (11, 50, 578, "Total HT : 15 416,67 €   TVA 20 % : 3 083,33 €   Total TTC : 18 500,00 €", "b"),
    (9, 50, 540, "Document fictif, créé pour la démonstration de Comptoir."),
]])
pdf("statuts-association.pdf", [[
    (16, 50, 780, "Statuts de l'association « Épicerie du Ternois »", "b"),
    (10, 50, 760, "RULE"),
    *lines(738, ["Article 1 - Constitution et dénomination",
                 "Il est fondé entre les adhérents aux présents statuts une association régie",
                 "par la loi du 1er juillet 1901, ayant pour titre : Épicerie du Ternois.",
                 "",
                 "Article 2 - Objet",
                 "L'association a pour objet de rendre accessible une alimentation de qualité",
                 "aux habitants des villages du Ternois, par une épicerie itinérante solidaire.",
                 "",
                 "Article 3 - Siège social",
                 "Le siège social est fixé à Ligny-Saint-Flochel (Pas-de-Calais)."]),
], [
    *lines(780, ["Article 4 - Membres",
                 "L'association se compose de membres actifs et de membres bienfaiteurs.",
                 "",
                 "Article 5 - Ressources",
                 "Les ressources comprennent les cotisations, les subventions publiques",
                 "et le produit des ventes de l'épicerie.",
                 "",
                 "Fait à Ligny-Saint-Flochel, le 12 janvier 2026.",
                 "Document fictif, créé pour la démonstration de Comptoir."]),
]])
pdf("lettre-soutien-mairie.pdf", [[
    (14, 50, 780, "Mairie de Ligny-Saint-Flochel", "b"),
    (10, 330, 740, "Ligny-Saint-Flochel, le 3 mars 2026"),
    (11, 50, 700, "Objet : soutien au projet d'épicerie solidaire itinérante", "b"),
    *lines(670, ["Madame, Monsieur,",
                 "",
                 "Le conseil municipal soutient le projet porté par l'association Épicerie",
                 "du Ternois : depuis la fermeture du dernier commerce en 2024, les habitants",
                 "âgés n'ont plus d'accès simple aux produits frais. La commune mettra à",
                 "disposition la place de la mairie chaque mardi matin.",
                 "",
                 "Le maire",
                 "",
                 "Document fictif, créé pour la démonstration de Comptoir."]),
]])


def place(x, y):
    """A country square under a blue sky: sky, roofs, a green, a road."""
    if y < 110:
        t = y / 110
        return (int(110 + 80 * t), int(160 + 60 * t), int(220 + 25 * t))
    if y < 190 and (x // 60) % 3 != 2:
        roof = 112 + abs((x % 60) - 30)  # a gable: its peak mid-house
        if y < roof:
            return (190, 220, 245)
        return (168, 72, 52) if y < roof + 10 else (222, 210, 190)
    if y < 190:
        return (190, 220, 245) if y < 125 else (70, 120, 60)
    if y < 250:
        return (60 + (x * y) % 25, 130 + (x + y) % 30, 55)
    return (105 + (x % 7), 105 + (x % 7), 110 + (x % 7))


png("photo-place-mairie.png", 360, 270, place)
for f in sorted(HERE.iterdir()):
    if f.suffix in (".pdf", ".png"):
        print(f.name, f.stat().st_size)
