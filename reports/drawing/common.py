"""What every PDF shares: the shipped fonts, paper sizes, Indonesian dates, the footer with
"Halaman x dari y" and the data's fingerprint, progress/cancel, and writing the file safely."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ikrar.models.errors import Refused
from ikrar.resources import resource_path

FONT, BOLD, ITALIC, BOLD_ITALIC = "Ikrar", "Ikrar-Bold", "Ikrar-Italic", "Ikrar-BoldItalic"
PAPERS = {"F4": (215 * mm, 330 * mm), "A4": A4}
INK = Color(0.08, 0.15, 0.45)  # ballpoint blue
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.88, 0.88, 0.88)
ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
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
def long_date(d: date) -> str:
    return format_date(d, "EEEE, d MMMM y", locale="id")  # "Senin, 25 September 2023"


def plain_date(d: date) -> str:
    return format_date(d, "d MMMM y", locale="id")  # "23 November 2026"


def zone_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    if hours in ZONES:
        return ZONES[int(hours)]
    return f"UTC{hours:+g}" if hours else "UTC"


def clock_time(moment: datetime) -> str:
    return f"{moment:%H.%M} {zone_name(moment)}"  # "07.30 WIB", Indonesian style


def number(n: float) -> str:
    return format_decimal(n, locale="id")  # 1.234 / 98,5


def percent(part: int, whole: int) -> str:
    """part of whole in percent, always with one decimal so a column lines up: "76,0%", "74,7%";
    "-" when whole is 0."""
    return f"{format_decimal(round(100.0 * part / whole, 1), format='#,##0.0', locale='id')}%" if whole else "-"


def fingerprint(payload) -> str:
    """A short hash of the data a document shows, printed in its footer so a sheet can be matched
    to its sync file later."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# --- progress and cancel -----------------------------------------------------------------------
class Cancelled(Exception):
    """The user cancelled a report; no file was written."""


class Ticker:
    """Counts finished units of work (rows, pages), reports progress and honours cancel."""

    def __init__(self, total: int, progress=None, cancel=None):
        self.total, self.done = max(int(total), 1), 0
        self.progress, self.cancel = progress, cancel

    def add(self, n: int = 1) -> None:
        self.done = min(self.done + n, self.total)
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)


# --- files -------------------------------------------------------------------------------------
def check_writable(path: Path, *, folder: bool = False) -> Path:
    """Refuse up front a path that cannot be written, by trying (permissions alone say nothing to
    root or on a read-only stick), so no work is wasted. A folder is created if its parent exists."""
    path = Path(path).expanduser()

    def refuse(id_reason: str, en_reason: str) -> Refused:
        return Refused(f"Tidak dapat menulis ke {path}: {id_reason}.", f"Cannot write to {path}: {en_reason}.",
                       code="unwritable")

    if not path.parent.is_dir():
        raise refuse("folder tidak ada", "the folder does not exist")
    if folder and path.exists() and not path.is_dir():
        raise refuse("sudah ada berkas dengan nama itu", "a file of that name exists")
    if not folder and path.is_dir():
        raise refuse("itu sebuah folder", "it is a folder")
    try:
        if folder:
            path.mkdir(exist_ok=True)
        probe = (path / ".ikrar-probe") if folder else temp_path(path)
        with open(probe, "wb"):
            pass
        probe.unlink()
    except OSError as exc:
        raise refuse(exc.strerror or str(exc), exc.strerror or str(exc)) from None
    return path


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def finish_file(tmp: Path, path: Path) -> None:
    """Move a finished temp file into place (a cancelled or failed build never leaves half a file)."""
    os.replace(tmp, path)


def discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


# --- the canvas with the footer ----------------------------------------------------------------
def canvas_maker(footer_left: str, fp: str):
    """A Canvas class that holds its pages until save(), then writes every footer knowing the page
    count ("Halaman x dari y"). A page may carry its own fingerprint (canvas.ikrar_fp)."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
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


def footer_text(made_at: datetime, desk_name: str) -> str:
    return f"Dibuat {plain_date(made_at.date())} {clock_time(made_at)} oleh {desk_name}"


def frame_width(ctx, wide: bool = False) -> float:
    return page_size(ctx.paper, wide)[0] - MARGIN_LEFT - MARGIN_RIGHT - 12  # the Frame's own padding


def build_pdf(path: Path, story: list, ctx, *, title: str, fp: str, wide: bool = False, running: str = "") -> int:
    """Lay out *story* into *path* (through a temp file) with the footer on every page; the page count."""
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    path = Path(path)
    tmp = temp_path(path)
    doc = SimpleDocTemplate(
        str(tmp), pagesize=page_size(ctx.paper, wide), title=title, author=ctx.desk_name, creator="Ikrar",
        subject=ctx.event.title, invariant=1 if ctx.invariant else 0, pageCompression=1,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    later = running_header(running) if running else (lambda c, d: None)
    try:
        doc.build(story, onLaterPages=later, canvasmaker=canvas_maker(footer_text(ctx.made_at, ctx.desk_name), fp))
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, path)
    return doc.page


register_fonts()  # styles and widths name these fonts from import time on
