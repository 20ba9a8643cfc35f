"""What every PDF shares: the shipped fonts, paper sizes, Indonesian dates, the footer with
"Halaman x dari y" and the data's fingerprint, progress/cancel, and writing the file safely."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from ikrar.reports.files import discard, finish_file, fresh_temp
from ikrar.reports.wording import date_time
from ikrar.resources import resource_path

FONT, BOLD, ITALIC, BOLD_ITALIC = "Ikrar", "Ikrar-Bold", "Ikrar-Italic", "Ikrar-BoldItalic"
PAPERS = {"F4": (215 * mm, 330 * mm), "A4": A4}
INK = Color(0.08, 0.15, 0.45)  # ballpoint blue
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.88, 0.88, 0.88)
WARNING = Color(0.78, 0.05, 0.12)  # the mark on a document printed with something not set up
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 13 * mm, 10 * mm, 10 * mm, 15 * mm
_registered = False


def register_fonts() -> None:
    """Liberation Sans (metric-compatible with Arial, as Indonesian offices print) from resources/."""
    global _registered
    if _registered:
        return
    for name, file in ((FONT, "Regular"), (BOLD, "Bold"), (ITALIC, "Italic"), (BOLD_ITALIC, "BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"LiberationSans-{file}.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    _registered = True


def page_size(paper: str, wide: bool = False) -> tuple[float, float]:
    size = PAPERS.get((paper or "F4").upper(), PAPERS["F4"])
    return _landscape(size) if wide else size


# --- Indonesian dates, times and numbers -------------------------------------------------------


# --- progress and cancel -----------------------------------------------------------------------


# --- files -------------------------------------------------------------------------------------


# --- the canvas with the footer ----------------------------------------------------------------
def canvas_maker(footer_left: str, fp: str):
    """A Canvas class that holds its pages until save(), then writes every footer knowing the page
    count ("Halaman x dari y"). A page may carry its own fingerprint (canvas.ikrar_fp)."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            register_fonts()
            # every page starts in our font: reportlab's default (Helvetica) would be referenced
            # without being embedded, and a printer without it substitutes another
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # a doc template passes None
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.ikrar_fp = fp

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number_, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                draw_footer(self, f"{footer_left} · sidik {self.ikrar_fp}", number_, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FooterCanvas


def draw_footer(c: Canvas, left: str, page: int, total: int) -> None:
    width, _ = c._pagesize
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    y = 9 * mm
    c.line(MARGIN_LEFT, y + 3.2 * mm, width - MARGIN_RIGHT, y + 3.2 * mm)
    c.setFillColor(GREY)
    c.setFont(FONT, 6.8)
    c.drawString(MARGIN_LEFT, y, left)
    c.drawRightString(width - MARGIN_RIGHT, y, f"Halaman {page} dari {total}")
    c.restoreState()


def running_header(text: str):
    """onLaterPages: the document and event in small grey type above the repeated table header."""
    def draw(c: Canvas, doc) -> None:
        width, height = c._pagesize
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(FONT, 7)
        shown = text if stringWidth(text, FONT, 7) < width - 30 * mm else text[:110] + "…"
        c.drawString(MARGIN_LEFT, height - 8.5 * mm, shown)
        c.restoreState()
    return draw


def draw_warning_mark(c: Canvas, x: float, y: float, width: float, height: float, text: str, note: str = "") -> None:
    """A red dashed box with *text* bold in capitals and *note* small under it, centred: what a
    document says about itself when it cannot be taken as official yet (the kop not set)."""
    c.saveState()
    c.setStrokeColor(WARNING)
    c.setFillColor(WARNING)
    c.setLineWidth(1.2)
    c.setDash(4, 2)
    c.rect(x, y, width, height, stroke=1, fill=0)
    size = 13 if note else 15
    text_y = y + height / 2 + (1 if note else -size * 0.35)
    c.setFont(BOLD, size)
    c.drawCentredString(x + width / 2, text_y, text)
    if note:
        fit = 7.5
        while fit > 5 and stringWidth(note, FONT, fit) > width - 4 * mm:
            fit -= 0.25
        c.setFont(FONT, fit)
        c.drawCentredString(x + width / 2, y + 2.2 * mm, note)
    c.restoreState()


def footer_text(made_at: datetime, desk_name: str, tz: str = "") -> str:
    """"Dibuat 23 November 2026 07.30 WIB oleh Meja 1": when the document was made, on the event's
    clock *tz* whatever the computer's zone; without an event (regency-wide) in the computer's zone, named."""
    return f"Dibuat {date_time(made_at, tz)} oleh {desk_name}"


def frame_width(ctx, wide: bool = False) -> float:
    return page_size(ctx.paper, wide)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12  # the Frame's own padding


def build_pdf(path: Path, story: list, ctx, *, title: str, fp: str, wide: bool = False, running: str = "",
              sync_folder: bool = True) -> int:
    """Lay out *story* into *path* (through a temp file) with the footer on every page; the page count.
    *sync_folder* False leaves flushing the folder to a caller writing many files into it."""
    register_fonts()
    path = Path(path)
    tmp = fresh_temp(path)
    doc = SimpleDocTemplate(
        str(tmp), pagesize=page_size(ctx.paper, wide), title=title, author=ctx.desk_name, creator="Ikrar",
        subject=ctx.event.title, invariant=1 if ctx.invariant else 0, pageCompression=1,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    later = running_header(running) if running else (lambda c, d: None)
    footer = footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)
    try:
        doc.build(story, onLaterPages=later, canvasmaker=canvas_maker(footer, fp))
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, path, sync_folder=sync_folder)
    return doc.page


register_fonts()  # styles and widths name these fonts from import time on
