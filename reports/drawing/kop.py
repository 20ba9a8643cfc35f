"""The parts of an official sheet around the data: the kop surat (logo left, lines centred beside
it, wrapped rather than shrunk; a thick and a thin rule; "KOP BELUM DIATUR" in red until the kop is
set), the title with the event's day and time, and the "Mengetahui," block."""
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
from ikrar.reports.drawing.common import BOLD, FONT, draw_warning_mark, warning_mark_height
from ikrar.reports.letterhead import (
    LOGO_MM,
    fit_letterhead,
    letterhead_specs,  # noqa: F401 - the preview's test finds the one rule here
    text_box,
)
from ikrar.reports.wording import plain_date
from ikrar.reports.wrapping import wrap

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER, spaceAfter=1)
SUBTITLE = ParagraphStyle("subtitle", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=9, leading=11)
NOT_SET = "KOP BELUM DIATUR"
NOT_SET_NOTE = ("Atur kop surat di Pengaturan (Pengaturan awal), atau: ikrar settings set letterhead_lines "
                "\"PEMERINTAH …\" \"NAMA INSTANSI\" \"Alamat\"")
SIGN_SIZE, SIGN_LEADING = 10, 12.5


@lru_cache(maxsize=4)
def _image(data: bytes) -> ImageReader:
    """One reader per logo, so a thousand pact pages decode it once (and embed it once)."""
    return ImageReader(BytesIO(data))


def _kop_measure(text: str, bold: bool, size: float) -> float:
    return stringWidth(text, BOLD if bold else FONT, size)


class Letterhead(Flowable):
    """Kop surat: the lines as reports/letterhead.py fits them (wrapped, never below 9 pt), centred
    in the room beside the logo (its bytes, or a file) at the left; a 2.25 pt rule over a 0.6 pt one.
    Lines that are no letterhead someone set (none, or the old made-up one) get the red
    "KOP BELUM DIATUR" mark above them."""

    LOGO = LOGO_MM * mm

    def __init__(self, lines: list[str], logo=None):
        super().__init__()
        self.lines, self.logo = lines, logo
        self.is_set = is_letterhead(lines)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.left, room = text_box(avail_width, bool(self.logo))
        self.room = room
        self.kop = fit_letterhead(self.lines, room, _kop_measure)
        self.mark = 0.0 if self.is_set else warning_mark_height(avail_width, NOT_SET_NOTE)
        text_h = sum(line.height for line in self.kop)
        self.height = max(text_h, self.LOGO if self.logo else 0) + 5 * mm + (self.mark + 2 * mm if self.mark else 0)
        return self.width, self.height

    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        if self.mark:
            draw_warning_mark(c, 0, h - self.mark, w, self.mark, NOT_SET, NOT_SET_NOTE)
            h -= self.mark + 2 * mm
        rule_y = 2.2 * mm
        block_h = sum(line.height for line in self.kop)
        area_top, area_bottom = h, rule_y + 2 * mm
        y = area_bottom + (area_top - area_bottom + block_h) / 2
        centre = self.left + self.room / 2
        for line in self.kop:
            y -= line.height
            c.setFont(BOLD if line.bold else FONT, line.size)
            c.drawCentredString(centre, y + line.size * 0.25, line.text)
        if self.logo:
            self._draw_logo(area_top, area_bottom)
        c.setLineWidth(2.25)
        c.line(0, rule_y, w, rule_y)
        c.setLineWidth(0.6)
        c.line(0, rule_y - 1.6 * mm, w, rule_y - 1.6 * mm)

    def _draw_logo(self, area_top: float, area_bottom: float) -> None:
        try:
            image = _image(self.logo) if isinstance(self.logo, bytes) else ImageReader(str(self.logo))
            iw, ih = image.getSize()
            scale = min(self.LOGO / iw, self.LOGO / ih)
            lh = ih * scale
            self.canv.drawImage(image, 0, area_bottom + (area_top - area_bottom - lh) / 2, iw * scale, lh,
                                mask="auto", preserveAspectRatio=True)
        except Exception:  # noqa: BLE001, S110 - a broken logo must not stop the report
            pass


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


class Lines(Flowable):
    """Text in lines that fit the width it is given (reports/wrapping.py), left aligned; *underline*
    draws a rule under each line's own text. A *name* is kept whole where it fits, else broken
    before its degrees ("…, S.Pd., M.Pd." together) when both halves fit, else between words."""

    def __init__(self, text: str, font: str = FONT, size: float = SIGN_SIZE, leading: float = SIGN_LEADING, *,
                 underline: bool = False, name: bool = False):
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.underline, self.name = underline, name

    def _measure(self, text: str) -> float:
        return stringWidth(text, self.font, self.size)

    def wrap(self, avail_width, avail_height):
        self.lines = name_lines(self.text, avail_width, self._measure) if self.name else \
            wrap(self.text, avail_width, self._measure)
        self.width = max((self._measure(line) for line in self.lines), default=0)
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.setLineWidth(0.6)
        for n, line in enumerate(self.lines):
            y = self.height - (n + 1) * self.leading + (self.leading - self.size) / 2 + 0.2 * self.size
            c.drawString(0, y, line)
            if self.underline and line:
                c.line(0, y - 1.5, self._measure(line), y - 1.5)


def name_lines(name: str, width: float, measure) -> list[str]:
    """A titled name in lines of *width*: whole where it fits; else the name and its degrees apart
    ("Dr. H. AHMAD YANI," / "S.Pd., M.Pd.") when each fits; else between words."""
    if measure(name) <= width:
        return [name]
    head, comma, degrees = name.partition(", ")
    if comma and measure(head + ",") <= width and measure(degrees) <= width:
        return [head + ",", degrees]
    return wrap(name, width, measure)


class SignBlock(Flowable):
    """The block at the right: lines (place and date, "Mengetahui,", the position), room to sign (or
    a drawn signature), the name bold and underlined, "NIP. …". *width* wide, wider where the name
    needs it to stay on one line (up to the frame's width); kept whole on one page."""

    def __init__(self, lines_above: list[str], name: str, nip: str, *, space: float, drawing: Flowable | None,
                 width: float):
        super().__init__()
        self.parts: list[Flowable] = [Lines(line) for line in lines_above]
        self.parts.append(drawing if drawing is not None else Spacer(1, space))
        if name:
            self.parts.append(Lines(name, BOLD, underline=True, name=True))
        else:
            self.parts.append(Lines("(" + "." * 48 + ")"))
        self.parts.append(Lines("NIP. " + nip if nip else "NIP. " + "." * 36))
        self.name, self.min_width = name, width

    def wrap(self, avail_width, avail_height):
        wanted = stringWidth(self.name, BOLD, SIGN_SIZE) + 1 if self.name else 0
        self.inner = min(avail_width, max(self.min_width, wanted))
        self.heights = [part.wrap(self.inner, avail_height)[1] + (0.5 if isinstance(part, Lines) else 0)
                        for part in self.parts]
        self.width, self.height = avail_width, sum(self.heights)
        return self.width, self.height

    def draw(self):
        y = self.height
        for part, height in zip(self.parts, self.heights, strict=True):
            y -= height
            part.drawOn(self.canv, self.width - self.inner, y + (0.5 if isinstance(part, Lines) else 0))


def sign_block(lines_above: list[str], name: str, nip: str, *, space: float = 22 * mm,
               drawing: Flowable | None = None, width: float = 78 * mm) -> SignBlock:
    """A block at the right: lines (place and date, "Mengetahui,", the position), room to sign (or a
    drawn signature), the name bold and underlined, "NIP. …"."""
    return SignBlock(lines_above, name, nip, space=space, drawing=drawing, width=width)


def approval(ctx, *, heading: str = "Mengetahui,") -> KeepTogether:
    """Tempat, tanggal / Mengetahui, / position / (space) / NAME / NIP. …"""
    a = ctx.approver
    lines = [place_date(ctx), heading] + ([a.position] if a.position else [])
    return KeepTogether([Spacer(1, 6 * mm), sign_block(lines, a.name, a.nip)])
