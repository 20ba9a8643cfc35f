"""What every PDF shares: the shipped fonts, paper sizes, the margins of the tata naskah dinas
(left 30, top 20, right 20, bottom 25 mm: binding on the left), the footer with "Halaman x dari y"
and the data's fingerprint, the approval block kept with the last rows of the table before it
(keep_with_last_rows), and writing the file safely."""
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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from ikrar.reports.files import discard, finish_file, fresh_temp
from ikrar.reports.letterhead import MARGINS_MM
from ikrar.reports.wording import date_time
from ikrar.reports.wrapping import shorten, wrap
from ikrar.resources import resource_path

FONT, BOLD, ITALIC, BOLD_ITALIC = "Ikrar", "Ikrar-Bold", "Ikrar-Italic", "Ikrar-BoldItalic"
PAPERS = {"F4": (215 * mm, 330 * mm), "A4": A4}
INK = Color(0.08, 0.15, 0.45)  # ballpoint blue
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.88, 0.88, 0.88)
WARNING = Color(0.78, 0.05, 0.12)  # the mark on a document printed with something not set up
MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = (v * mm for v in MARGINS_MM)
SMALL_PRINT = 9  # pt: the footer and the running head, the smallest text on a sheet
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
    """Inside the bottom margin: a rule, then *left* (wrapped, at most two lines) and "Halaman x dari y"."""
    width, _ = c._pagesize
    right = f"Halaman {page} dari {total}"
    room = width - MARGIN_LEFT - MARGIN_RIGHT - stringWidth(right, FONT, SMALL_PRINT) - 4 * mm
    measure = _measure(FONT, SMALL_PRINT)
    lines = wrap(left, room, measure)
    if len(lines) > 2:
        lines = [lines[0], shorten(" ".join(lines[1:]), room, measure)]
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    y = MARGIN_BOTTOM - 12 * mm
    c.line(MARGIN_LEFT, y + 4 * mm, width - MARGIN_RIGHT, y + 4 * mm)
    c.setFillColor(GREY)
    c.setFont(FONT, SMALL_PRINT)
    for n, line in enumerate(lines):
        c.drawString(MARGIN_LEFT, y - n * SMALL_PRINT * 1.2, line)
    c.drawRightString(width - MARGIN_RIGHT, y, right)
    c.restoreState()


def _measure(font: str, size: float):
    return lambda text: stringWidth(text, font, size)


def running_header(text: str):
    """onLaterPages: the document and event in small grey type in the top margin, above the
    repeated table header; cut with "…" where it is wider than the text."""
    def draw(c: Canvas, doc) -> None:
        width, height = c._pagesize
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(FONT, SMALL_PRINT)
        shown = shorten(text, width - MARGIN_LEFT - MARGIN_RIGHT, _measure(FONT, SMALL_PRINT))
        c.drawString(MARGIN_LEFT, height - MARGIN_TOP + 6 * mm, shown)
        c.restoreState()
    return draw


def warning_mark_lines(width: float, note: str) -> list[str]:
    """The note under a warning mark, wrapped to the box (never shrunk below SMALL_PRINT)."""
    return wrap(note, width - 4 * mm, _measure(FONT, SMALL_PRINT)) if note else []


def warning_mark_height(width: float, note: str = "") -> float:
    """The height draw_warning_mark needs for *note* in a box *width* wide."""
    return 4 * mm + 15 + len(warning_mark_lines(width, note)) * SMALL_PRINT * 1.2


def draw_warning_mark(c: Canvas, x: float, y: float, width: float, height: float, text: str, note: str = "") -> None:
    """A red dashed box with *text* bold in capitals and *note* (wrapped, 9 pt) under it, centred:
    what a document says about itself when it cannot be taken as official yet (the kop not set)."""
    lines = warning_mark_lines(width, note)
    c.saveState()
    c.setStrokeColor(WARNING)
    c.setFillColor(WARNING)
    c.setLineWidth(1.2)
    c.setDash(4, 2)
    c.rect(x, y, width, height, stroke=1, fill=0)
    size = 13 if note else 15
    block = size + len(lines) * SMALL_PRINT * 1.2
    top = y + height / 2 + block / 2
    c.setFont(BOLD, size)
    c.drawCentredString(x + width / 2, top - size * 0.8, text)
    c.setFont(FONT, SMALL_PRINT)
    for n, line in enumerate(lines):
        c.drawCentredString(x + width / 2, top - size - (n + 0.8) * SMALL_PRINT * 1.2, line)
    c.restoreState()


def footer_text(made_at: datetime, desk_name: str, tz: str = "") -> str:
    """"Dibuat 23 November 2026 07.30 WIB oleh Meja 1": when the document was made, on the event's
    clock *tz* whatever the computer's zone; without an event (regency-wide) in the computer's zone, named."""
    return f"Dibuat {date_time(made_at, tz)} oleh {desk_name}"


def frame_width(ctx, wide: bool = False) -> float:
    """The text's width: the page less its margins (the frame has no padding of its own)."""
    return page_size(ctx.paper, wide)[0] - MARGIN_LEFT - MARGIN_RIGHT


def frame_height(ctx, wide: bool = False) -> float:
    return page_size(ctx.paper, wide)[1] - MARGIN_TOP - MARGIN_BOTTOM


def _frame(paper_size, id_: str) -> Frame:
    width, height = paper_size
    return Frame(MARGIN_LEFT, MARGIN_BOTTOM, width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=id_)


def build_pdf(path: Path, story: list, ctx, *, title: str, fp: str, wide: bool = False, running: str = "",
              sync_folder: bool = True) -> int:
    """Lay out *story* into *path* (through a temp file) with the footer on every page; the page count.
    *sync_folder* False leaves flushing the folder to a caller writing many files into it."""
    register_fonts()
    path = Path(path)
    tmp = fresh_temp(path)
    size = page_size(ctx.paper, wide)
    doc = BaseDocTemplate(
        str(tmp), pagesize=size, title=title, author=ctx.desk_name, creator="Ikrar",
        subject=ctx.event.title, invariant=1 if ctx.invariant else 0, pageCompression=1,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    later = running_header(running) if running else (lambda c, d: None)
    doc.addPageTemplates([PageTemplate("first", [_frame(size, "first")], autoNextPageTemplate="later"),
                          PageTemplate("later", [_frame(size, "later")], onPage=later)])
    footer = footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)
    try:
        doc.build(story, canvasmaker=canvas_maker(footer, fp))
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, path, sync_folder=sync_folder)
    return doc.page


# --- the approval block kept with the last rows ------------------------------------------------
def keep_with_last_rows(story: list, block, *, rows: int = 3) -> list:
    """*story* followed by *block* (the "Mengetahui," block: a flowable or a list), where the block
    never stands alone on a page: it goes on the page of the last *rows* rows of the last table in
    *story* (a Grid, or anything with rows/rows_fitting/split_rows/tail_height) and of everything
    after that table. Without a table, the block is kept with the last thing before it. Where that
    much cannot fit on one page, it is laid out plainly. Use: story = keep_with_last_rows(story, approval(ctx))."""
    block = _flat(block if isinstance(block, list | tuple) else [block])
    at = next((i for i in range(len(story) - 1, -1, -1) if hasattr(story[i], "split_rows")), None)
    if at is not None:
        return [*story[:at], KeepTail(story[at], _flat(story[at + 1:]) + block, rows)]
    at = next((i for i in range(len(story) - 1, -1, -1)
               if not isinstance(story[i], Spacer | ActionFlowable)), len(story))
    return [*story[:at], KeepTogether(_flat(story[at:]) + block)]


def _flat(flowables) -> list:
    out = []
    for f in flowables:
        out.extend(_flat(f._content) if isinstance(f, KeepTogether) else [f])
    return out


class KeepTail(Flowable):
    """A table whose last rows stay on one page with what follows it (keep_with_last_rows)."""

    def __init__(self, table, after: list, rows: int):
        super().__init__()
        self.table, self.after, self.rows = table, after, rows

    def wrap(self, avail_width, avail_height):
        return avail_width, 0xFFFFFF  # always split, as KeepTogether does

    def split(self, avail_width, avail_height):
        table, canv = self.table, self.canv
        frame = getattr(self, "_frame", None)
        full = frame._height if frame is not None else avail_height
        after_h = sum(f.wrapOn(canv, avail_width, full)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                      for f in self.after)
        table._frame = frame  # the table measures itself where it stands (its header may depend on it)
        table_h = table.wrapOn(canv, avail_width, avail_height)[1]
        count = table.rows_fitting(avail_height)
        del table._frame
        if table_h + after_h <= avail_height:
            return [table, *self.after]
        keep = min(self.rows, len(table.rows))
        if table.tail_height(keep) + after_h > full:  # cannot be kept together on any page
            return [table, *self.after]
        count = min(count, len(table.rows) - keep)
        if count > 0:
            head, rest = table.split_rows(count)
            return [head, KeepTail(rest, self.after, self.rows)]
        if frame is not None and frame._atTop:
            return [table, *self.after]
        return [FrameBreak(), self]


register_fonts()  # styles and widths name these fonts from import time on
