"""The kop surat as it will print, drawn live while it is typed (KopPreview), and the logo chooser
that keeps the picture's bytes (LogoPicker). Shared by the first-start setup and Settings.

The preview draws what reports/drawing/kop.py draws, with the same font (the shipped Liberation
Sans), line sizes (reports/letterhead.py), shrinking to fit, logo box, rules and the red "KOP BELUM
DIATUR" mark; it does not import kop.py, which would load reportlab when the window starts."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ikrar.models import settings
from ikrar.models.errors import DomainError
from ikrar.reports.letterhead import letterhead_specs
from ikrar.resources import resource_path

MM = 72 / 25.4  # points per millimetre
# The printed frame's width (reports/drawing/common.py: the page less its margins and the frame's padding)
FRAME_WIDTH = {"F4": 215 * MM - 23 * MM - 12, "A4": 210 * MM - 23 * MM - 12}
LOGO, MARK = 24 * MM, 12 * MM  # kop.py's Letterhead.LOGO and .MARK
NOT_SET = "KOP BELUM DIATUR"
NOT_SET_NOTE = ("Atur kop surat di Pengaturan (Pengaturan awal), atau: ikrar settings set letterhead_lines "
                "\"PEMERINTAH …\" \"NAMA INSTANSI\" \"Alamat\"")
RED = QColor(199, 13, 31)
UNIT = 10  # the painter draws in tenths of a point, so fonts can have fractional point sizes
_family: str | None = None


def font_family() -> str:
    """Liberation Sans, loaded from resources/fonts once (the printed documents' font)."""
    global _family
    if _family is None:
        for style in ("Regular", "Bold"):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", f"LiberationSans-{style}.ttf")))
        _family = "Liberation Sans"
    return _family




def _font(bold: bool, size: float) -> QFont:
    font = QFont(font_family())
    font.setPixelSize(max(1, round(size * UNIT)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class KopPreview(QWidget):
    """The top of the printed sheet: margins, the kop, its rules; scaled to the widget's width."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[str] = []
        self.logo = QImage()
        self.paper = "F4"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(120)

    def set_lines(self, lines: list[str]) -> None:
        self.lines = [" ".join(line.split()) for line in lines if line.strip()]
        self._changed()

    def set_logo(self, data: bytes | None) -> None:
        self.logo = QImage.fromData(data) if data else QImage()
        self._changed()

    def set_paper(self, paper: str) -> None:
        self.paper = paper if paper in FRAME_WIDTH else "F4"
        self._changed()

    def is_set(self) -> bool:
        return settings.is_letterhead(self.lines)

    def kop_height(self) -> float:
        """The kop's height in points, as Letterhead.wrap works it out."""
        text_h = sum(size * 1.22 for _, _, size in letterhead_specs(self.lines))
        height = max(text_h, LOGO if not self.logo.isNull() else 0) + 5 * MM
        return height + (0 if self.is_set() else MARK + 2 * MM)

    def _changed(self) -> None:
        self.setFixedHeight(round(self._scale(self.width() or 600) * (self.kop_height() + 16 * MM)))
        self.update()

    def _scale(self, width: float) -> float:
        return width / (FRAME_WIDTH[self.paper] + 23 * MM + 12)

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = round(self._scale(self.width()) * (self.kop_height() + 16 * MM))
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        p.setPen(QPen(QColor("#bbb"), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        scale = self._scale(self.width())
        p.scale(scale / UNIT, scale / UNIT)
        p.translate((13 * MM + 6) * UNIT, (10 * MM + 6) * UNIT)  # the left and top margins, the frame's padding
        self._draw(p, FRAME_WIDTH[self.paper] * UNIT)
        p.end()

    def _draw(self, p: QPainter, w: float) -> None:
        """Letterhead.draw in the painter's units (a tenth of a point), y growing downwards."""
        top = 0.0
        if not self.is_set():
            self._mark(p, QRectF(0, 0, w, MARK * UNIT))
            top = (MARK + 2 * MM) * UNIT
        height = self.kop_height() * UNIT
        rule_y = height - 2.2 * MM * UNIT
        has_logo = not self.logo.isNull()
        room = w - 2 * (LOGO + 4 * MM) * UNIT if has_logo else w
        specs = letterhead_specs(self.lines)
        block_h = sum(size * 1.22 for _, _, size in specs) * UNIT
        area_top, area_bottom = top, rule_y - 2 * MM * UNIT
        y = area_bottom - (area_bottom - area_top + block_h) / 2
        p.setPen(Qt.GlobalColor.black)
        for text, bold, size in specs:
            fit = size
            while fit > 6 and QFontMetricsF(_font(bold, fit)).horizontalAdvance(text) > room:
                fit -= 0.25
            y += size * 1.22 * UNIT
            font = _font(bold, fit)
            p.setFont(font)
            advance = QFontMetricsF(font).horizontalAdvance(text)
            p.drawText(QPointF((w - advance) / 2, y - size * 0.25 * UNIT), text)
        if has_logo:
            scale = LOGO * UNIT / max(self.logo.width(), self.logo.height())
            lw, lh = self.logo.width() * scale, self.logo.height() * scale
            p.drawImage(QRectF(0, (area_top + area_bottom - lh) / 2, lw, lh), self.logo)
        p.setPen(QPen(Qt.GlobalColor.black, 2.25 * UNIT))
        p.drawLine(QPointF(0, rule_y), QPointF(w, rule_y))
        p.setPen(QPen(Qt.GlobalColor.black, 0.6 * UNIT))
        p.drawLine(QPointF(0, rule_y + 1.6 * MM * UNIT), QPointF(w, rule_y + 1.6 * MM * UNIT))

    def _mark(self, p: QPainter, box: QRectF) -> None:
        """reports/drawing/common.py's draw_warning_mark."""
        pen = QPen(RED, 1.2 * UNIT)
        pen.setDashPattern([4 / 1.2, 2 / 1.2])
        p.setPen(pen)
        p.drawRect(box)
        p.setPen(RED)
        font = _font(True, 13)
        p.setFont(font)
        advance = QFontMetricsF(font).horizontalAdvance(NOT_SET)
        p.drawText(QPointF(box.center().x() - advance / 2, box.bottom() - box.height() / 2 - 1 * UNIT), NOT_SET)
        fit, room = 7.5, box.width() - 4 * MM * UNIT
        while fit > 5 and QFontMetricsF(_font(False, fit)).horizontalAdvance(NOT_SET_NOTE) > room:
            fit -= 0.25
        font = _font(False, fit)
        p.setFont(font)
        advance = QFontMetricsF(font).horizontalAdvance(NOT_SET_NOTE)
        p.drawText(QPointF(box.center().x() - advance / 2, box.bottom() - 2.2 * MM * UNIT), NOT_SET_NOTE)


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
