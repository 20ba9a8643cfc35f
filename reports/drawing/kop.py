"""The parts of an official sheet around the data: the kop surat (logo left, lines centred, a thick
and a thin rule; "KOP BELUM DIATUR" in red until the kop is set), the title with the event's day
and time, and the "Mengetahui," block."""
from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ikrar.models.settings import is_letterhead
from ikrar.reports.drawing.common import BOLD, FONT, draw_warning_mark
from ikrar.reports.letterhead import letterhead_specs
from ikrar.reports.wording import plain_date

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER, spaceAfter=1)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10)
NOT_SET = "KOP BELUM DIATUR"
NOT_SET_NOTE = ("Atur kop surat di Pengaturan (Pengaturan awal), atau: ikrar settings set letterhead_lines "
                "\"PEMERINTAH …\" \"NAMA INSTANSI\" \"Alamat\"")




@lru_cache(maxsize=4)
def _image(data: bytes) -> ImageReader:
    """One reader per logo, so a thousand pact pages decode it once (and embed it once)."""
    return ImageReader(BytesIO(data))


class Letterhead(Flowable):
    """Kop surat: the lines (letterhead_specs), each shrunk to fit; the logo (its bytes, or a file)
    at the left; a 2.25 pt rule over a 0.6 pt one. Lines that are no letterhead someone set (none,
    or the old made-up one) get the red "KOP BELUM DIATUR" mark above them."""

    LOGO = 24 * mm
    MARK = 12 * mm

    def __init__(self, lines: list[str], logo=None):
        super().__init__()
        self.lines, self.logo = lines, logo
        self.is_set = is_letterhead(lines)
        self.specs = [(text, BOLD if bold else FONT, size) for text, bold, size in letterhead_specs(lines)]

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        text_h = sum(size * 1.22 for _, _, size in self.specs)
        self.height = max(text_h, self.LOGO if self.logo else 0) + 5 * mm + (0 if self.is_set else self.MARK + 2 * mm)
        return self.width, self.height

    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        if not self.is_set:
            draw_warning_mark(c, 0, h - self.MARK, w, self.MARK, NOT_SET, NOT_SET_NOTE)
            h -= self.MARK + 2 * mm
        rule_y = 2.2 * mm
        room = w - 2 * (self.LOGO + 4 * mm) if self.logo else w
        block_h = sum(size * 1.22 for _, _, size in self.specs)
        area_top, area_bottom = h, rule_y + 2 * mm
        y = area_bottom + (area_top - area_bottom + block_h) / 2
        for text, font, size in self.specs:
            fit = size
            while fit > 6 and stringWidth(text, font, fit) > room:
                fit -= 0.25
            y -= size * 1.22
            c.setFont(font, fit)
            c.drawCentredString(w / 2, y + size * 0.25, text)
        if self.logo:
            try:
                image = _image(self.logo) if isinstance(self.logo, bytes) else ImageReader(str(self.logo))
                iw, ih = image.getSize()
                scale = min(self.LOGO / iw, self.LOGO / ih)
                lh = ih * scale
                c.drawImage(image, 0, area_bottom + (area_top - area_bottom - lh) / 2, iw * scale, lh,
                            mask="auto", preserveAspectRatio=True)
            except Exception:  # noqa: BLE001, S110 - a broken logo must not stop the report
                pass
        c.setLineWidth(2.25)
        c.line(0, rule_y, w, rule_y)
        c.setLineWidth(0.6)
        c.line(0, rule_y - 1.6 * mm, w, rule_y - 1.6 * mm)


def title_block(title: str, ctx, *, subtitle: str | None = None, rows: list[tuple[str, str]] | None = None) -> list:
    """The title, the event's name, then HARI/TANGGAL, WAKTU, TEMPAT (or *rows*) as a label table."""
    event = ctx.event
    parts = [Spacer(1, 4 * mm), Paragraph(escape(title.upper()), TITLE)]
    parts.append(Paragraph(escape(subtitle if subtitle is not None else event.title), SUBTITLE))
    if rows is None:
        rows = [("HARI/TANGGAL", event.day_text), ("WAKTU", f"Pukul {event.time_text}")]
        if event.place:
            rows.append(("TEMPAT", event.place))
    table = Table([[label, ":", Paragraph(escape(value), BODY)] for label, value in rows],
                  colWidths=[32 * mm, 4 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
    ]))
    return [*parts, Spacer(1, 3 * mm), table, Spacer(1, 3 * mm)]


def place_date(ctx) -> str:
    return f"{ctx.city}, {plain_date(ctx.event.date)}" if ctx.city else plain_date(ctx.event.date)


def sign_block(lines_above: list[str], name: str, nip: str, *, space: float = 22 * mm,
               drawing: Flowable | None = None, width: float = 78 * mm) -> Table:
    """A block at the right: lines (place and date, "Mengetahui,", the position), room to sign (or a
    drawn signature), the name bold and underlined, "NIP. …"."""
    style = ParagraphStyle("sign", parent=BODY, fontSize=10, leading=12.5)
    cells = [[Paragraph(escape(line), style)] for line in lines_above]
    cells.append([drawing if drawing is not None else Spacer(1, space)])
    shown = f"<u><b>{escape(name)}</b></u>" if name else "(" + "." * 48 + ")"
    cells.append([Paragraph(shown, style)])
    cells.append([Paragraph("NIP. " + escape(nip) if nip else "NIP. " + "." * 36, style)])
    table = Table(cells, colWidths=[width], hAlign="RIGHT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),  # not reportlab's Helvetica default
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def approval(ctx, *, heading: str = "Mengetahui,") -> KeepTogether:
    """Tempat, tanggal / Mengetahui, / position / (space) / NAME / NIP. …"""
    a = ctx.approver
    lines = [place_date(ctx), heading] + ([a.position] if a.position else [])
    return KeepTogether([Spacer(1, 6 * mm), sign_block(lines, a.name, a.nip)])
