"""The kop surat as it will print, drawn live while it is typed (KopPreview), and the logo chooser
that keeps the picture's bytes (LogoPicker). Shared by the first-start setup and Settings.

The preview lays the kop out with the PDF's own rules (reports/letterhead.py: fit_letterhead,
text_box, the margins) and the PDF's own widths: each character's advance read from the shipped
Liberation Sans as reportlab reads it (no kerning, a missing character as wide as the font's glyph 0),
so a long office name breaks into the same lines at the same size as on paper. It draws what
reports/drawing/kop.py draws (logo box, centred lines, rules, the red "KOP BELUM DIATUR" mark of
reports/drawing/common.py) without importing either, which would load reportlab when the window starts."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen, QPixmap, QRawFont
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ikrar.models import settings
from ikrar.models.errors import DomainError
from ikrar.reports.letterhead import (
    LOGO_MM,
    MARGINS_MM,
    MM,
    KopLine,
    fit_letterhead,
    letterhead_specs,  # noqa: F401 - the one rule the PDF's kop uses too (tests check it is the same)
    text_box,
)
from ikrar.reports.wrapping import wrap
from ikrar.resources import resource_path

CM = 72 / 2.54  # reportlab's cm: its A4 is 21 cm wide, which is not 210 * MM to the last bit
PAGE_WIDTH = {"F4": 215 * MM, "A4": 21 * CM}  # reportlab.lib.pagesizes and reports/drawing/common.PAPERS
LEFT, TOP, RIGHT = (v * MM for v in MARGINS_MM[:3])
LOGO = LOGO_MM * MM
SMALL_PRINT = 9  # common.SMALL_PRINT: the warning mark's note
BELOW = 6 * MM  # paper shown under the kop's rules
NOT_SET = "KOP BELUM DIATUR"
NOT_SET_NOTE = ("Atur kop surat di Pengaturan (Pengaturan awal), atau: ikrar settings set letterhead_lines "
                "\"PEMERINTAH …\" \"NAMA INSTANSI\" \"Alamat\"")
RED = QColor(199, 13, 31)
UNIT = 10  # the painter draws in tenths of a point, so fonts can have fractional point sizes
_family: str | None = None
_advances: dict[bool, _Advances] = {}


def font_family() -> str:
    """Liberation Sans, loaded from resources/fonts once (the printed documents' font)."""
    global _family
    if _family is None:
        for style in ("Regular", "Bold"):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", f"LiberationSans-{style}.ttf")))
        _family = "Liberation Sans"
    return _family


class _Advances:
    """Each character's width in thousandths of an em, as reportlab's TTFontFace.charWidths holds it:
    the hmtx advance of the character's glyph (glyph 0 for one the font lacks) times 1000 / unitsPerEm."""

    def __init__(self, bold: bool):
        path = resource_path("fonts", f"LiberationSans-{'Bold' if bold else 'Regular'}.ttf")
        probe = QRawFont(str(path), 16)
        self.raw = QRawFont(str(path), probe.unitsPerEm(), QFont.HintingPreference.PreferNoHinting)
        self.scale = 1000 / self.raw.unitsPerEm()
        self.widths: dict[str, float] = {}
        self.missing = self._glyph_width(0)

    def _glyph_width(self, glyph: int) -> float:
        advance = self.raw.advancesForGlyphIndexes([glyph], QRawFont.LayoutFlag.UseDesignMetrics)[0]
        return advance.x() * self.scale

    def of(self, char: str) -> float:
        width = self.widths.get(char)
        if width is None:
            glyphs = self.raw.glyphIndexesForString(char)
            width = self._glyph_width(glyphs[0]) if len(glyphs) == 1 else self.missing
            self.widths[char] = width
        return width


def string_width(text: str, bold: bool, size: float) -> float:
    """reportlab's stringWidth(text, Liberation Sans (Bold), size) in pt, to the last bit."""
    advances = _advances.get(bold)
    if advances is None:
        advances = _advances[bold] = _Advances(bold)
    return sum(advances.of(c) for c in text) * 0.001 * size


def _font(bold: bool, size: float) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(max(1, round(size * UNIT)))
    font.setBold(bold)
    font.setKerning(False)  # reportlab does not kern either
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True)
class Placed:
    """A kop line where the PDF puts it: *x* its left end, *baseline* from the page's top, in pt."""

    line: KopLine
    x: float
    baseline: float


@dataclass(frozen=True)
class KopLayout:
    """The kop in its frame: its height (pt), the warning mark's height (0 when set) and note lines,
    the lines placed on the page, and the thick rule's y on the page."""

    height: float
    mark: float
    note: list[str]
    lines: list[Placed]
    rule_y: float


def kop_layout(lines: list[str], paper: str, has_logo: bool) -> KopLayout:
    """reports/drawing/kop.py's Letterhead.wrap and draw, in page coordinates with y growing downwards."""
    frame = PAGE_WIDTH[paper] - LEFT - RIGHT
    left, room = text_box(frame, has_logo)
    kop = fit_letterhead(lines, room, string_width)
    note = [] if settings.is_letterhead(lines) else \
        wrap(NOT_SET_NOTE, frame - 4 * MM, lambda s: string_width(s, False, SMALL_PRINT))
    mark = 0.0 if settings.is_letterhead(lines) else 4 * MM + 15 + len(note) * SMALL_PRINT * 1.2
    text_h = sum(line.height for line in kop)
    height = max(text_h, LOGO if has_logo else 0) + 5 * MM + (mark + 2 * MM if mark else 0)
    # kop.py draws upwards from the kop's foot; here the same figures measured down from its top
    below_mark = height - (mark + 2 * MM if mark else 0)
    area_top, area_bottom = below_mark, 2.2 * MM + 2 * MM
    y = area_bottom + (area_top - area_bottom + text_h) / 2
    placed = []
    for line in kop:
        y -= line.height
        x = LEFT + left + room / 2 - string_width(line.text, line.bold, line.size) / 2
        placed.append(Placed(line, x, TOP + height - (y + line.size * 0.25)))
    return KopLayout(height, mark, note, placed, TOP + height - 2.2 * MM)


class KopPreview(QWidget):
    """The top of the printed sheet: its margins, the kop, its rules; scaled to the widget's width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[str] = []
        self.logo = QImage()
        self.paper = "F4"
        self.layout_ = kop_layout([], self.paper, False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(120)

    def set_lines(self, lines: list[str]) -> None:
        self.lines = [" ".join(line.split()) for line in lines if line.strip()]
        self._changed()

    def set_logo(self, data: bytes | None) -> None:
        self.logo = QImage.fromData(data) if data else QImage()
        self._changed()

    def set_paper(self, paper: str) -> None:
        self.paper = paper if paper in PAGE_WIDTH else "F4"
        self._changed()

    def is_set(self) -> bool:
        return settings.is_letterhead(self.lines)

    def kop_height(self) -> float:
        """The kop's height in points, as Letterhead.wrap works it out."""
        return self.layout_.height

    def printed_lines(self) -> list[Placed]:
        """The kop's lines as drawn: their text, size and place on the page."""
        return self.layout_.lines

    def _changed(self) -> None:
        self.layout_ = kop_layout(self.lines, self.paper, not self.logo.isNull())
        self._fit_height(self.width() or 600)
        self.update()

    def _scale(self, width: float) -> float:
        return width / PAGE_WIDTH[self.paper]

    def _fit_height(self, width: int) -> None:
        height = round(self._scale(width) * (TOP + self.layout_.height + BELOW))
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height(self.width())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        p.setPen(QPen(QColor("#bbb"), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        scale = self._scale(self.width())
        p.scale(scale / UNIT, scale / UNIT)
        self._draw(p)
        p.end()

    def _draw(self, p: QPainter) -> None:
        """Letterhead.draw in the painter's units (a tenth of a point), y growing downwards."""
        kop, u = self.layout_, UNIT
        frame = PAGE_WIDTH[self.paper] - LEFT - RIGHT
        if kop.mark:
            self._mark(p, QRectF(LEFT * u, TOP * u, frame * u, kop.mark * u))
        p.setPen(Qt.GlobalColor.black)
        for placed in kop.lines:
            p.setFont(_font(placed.line.bold, placed.line.size))
            p.drawText(QPointF(placed.x * u, placed.baseline * u), placed.line.text)
        if not self.logo.isNull():
            area_top = TOP + (kop.mark + 2 * MM if kop.mark else 0)
            area_bottom = kop.rule_y - 2 * MM
            scale = LOGO / max(self.logo.width(), self.logo.height())
            lw, lh = self.logo.width() * scale, self.logo.height() * scale
            p.drawImage(QRectF(LEFT * u, (area_top + area_bottom - lh) / 2 * u, lw * u, lh * u), self.logo)
        p.setPen(QPen(Qt.GlobalColor.black, 2.25 * u))
        p.drawLine(QPointF(LEFT * u, kop.rule_y * u), QPointF((LEFT + frame) * u, kop.rule_y * u))
        thin = kop.rule_y + 1.6 * MM
        p.setPen(QPen(Qt.GlobalColor.black, 0.6 * u))
        p.drawLine(QPointF(LEFT * u, thin * u), QPointF((LEFT + frame) * u, thin * u))

    def _mark(self, p: QPainter, box: QRectF) -> None:
        """reports/drawing/common.py's draw_warning_mark: the title 13 pt bold, the note at 9 pt, centred."""
        u, note = UNIT, self.layout_.note
        pen = QPen(RED, 1.2 * u)
        pen.setDashPattern([4 / 1.2, 2 / 1.2])
        p.setPen(pen)
        p.drawRect(box)
        p.setPen(RED)
        size = 13 if note else 15
        top = box.top() + box.height() / 2 - (size + len(note) * SMALL_PRINT * 1.2) * u / 2
        centre = box.center().x()
        p.setFont(_font(True, size))
        p.drawText(QPointF(centre - string_width(NOT_SET, True, size) * u / 2, top + size * 0.8 * u), NOT_SET)
        p.setFont(_font(False, SMALL_PRINT))
        for n, line in enumerate(note):
            x = centre - string_width(line, False, SMALL_PRINT) * u / 2
            p.drawText(QPointF(x, top + (size + (n + 0.8) * SMALL_PRINT * 1.2) * u), line)


class LogoPicker(QWidget):
    """The logo: a thumbnail, what it is, Choose… and Remove. Holds the picture's bytes, checked by
    the model (PNG or JPG, at most 1 MB, 16-4000 pixels a side); `refused` carries the sentence."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: bytes | None = None
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(64, 64)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.choose = QPushButton(self)
        self.remove = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.label)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumb)
        layout.addLayout(right, 1)
        self.choose.clicked.connect(self._pick)
        self.remove.clicked.connect(lambda: self.set_data(None))
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose logo…"))
        self.remove.setText(self.tr("Remove logo"))
        self._show()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> bool:
        """Take the picture in *path*; False (and `refused` with the sentence) when it is not one Ikrar keeps."""
        try:
            data = settings.read_logo_file(path)
            settings.logo_info(data)
        except DomainError as err:
            self.refused.emit(err.text())
            return False
        if QImage.fromData(data).isNull():
            self.refused.emit(self.tr("{file} is not a picture Ikrar can read (PNG or JPG).").format(file=path))
            return False
        self.set_data(data)
        return True

    def set_data(self, data: bytes | None) -> None:
        self.data = data or None
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        image = QImage.fromData(self.data) if self.data else QImage()
        if image.isNull():
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("no logo"))
            self.label.setText(self.tr("No logo: the letterhead is printed without one."))
        else:
            self.thumb.setPixmap(QPixmap.fromImage(image).scaled(
                60, 60, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
            self.label.setText(self.tr("Logo: {width} × {height} pixels, {size} kB, kept in the database.").format(
                width=image.width(), height=image.height(), size=max(1, round(len(self.data) / 1024))))
        self.remove.setEnabled(bool(self.data))
