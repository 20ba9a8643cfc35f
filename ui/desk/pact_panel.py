"""The pact text of the event above the pad, and the sentence that makes signing the consent."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ikrar.models.pact import reading_text


def consent_sentence() -> str:
    return QCoreApplication.translate(
        "PactPanel", "By signing, I declare that I have read and agree to this integrity pact.")


def pact_html(text: str) -> str:
    """The pact as HTML: the heading (lines before the first blank line) centred and bold; the
    template's {identitas} marker (where the printed page puts the identity) left out."""
    blocks = reading_text(text).strip().split("\n\n")
    parts = []
    if blocks:
        heading = "<br>".join(html.escape(line) for line in blocks[0].splitlines())
        parts.append(f"<p align='center'><b>{heading}</b></p>")
    for block in blocks[1:]:
        for line in block.splitlines():
            if line.strip():
                parts.append(f"<p style='margin-top:2px; margin-bottom:4px'>{html.escape(line)}</p>")
    return "".join(parts)


class PactText(QTextBrowser):
    """Read-only, never takes the keyboard from the scan input."""

    def __init__(self, scale: float = 1.0, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.NoFocus)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.NoFrame)
        self.setStyleSheet("QTextBrowser { background: #fffdf5; border-radius: 6px; padding: 4px; }")
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * scale)
        self.setFont(font)

    def set_pact(self, text: str) -> None:
        self.setHtml(pact_html(text))


class PactPanel(QWidget):
    """The text takes the height it needs to be read whole, up to *max_share* of the window's height
    (then it scrolls); the pad below gets the rest."""

    def __init__(self, parent=None, scale: float = 1.0, max_share: float = 0.36):
        super().__init__(parent)
        self.max_share = max_share
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.text = PactText(scale, self)
        self.text.setAccessibleName(self.tr("Integrity pact"))
        layout.addWidget(self.text)
        self.consent = QLabel(consent_sentence(), wordWrap=True)
        self.consent.setObjectName("consent")
        font = QFont(self.consent.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale * 1.05)
        self.consent.setFont(font)
        self.consent.setStyleSheet("#consent { color: #1e3a8a; }")
        layout.addWidget(self.consent)

    def set_pact(self, text: str) -> None:
        self.text.set_pact(text)
        self.fit()

    def fit(self) -> None:
        doc = self.text.document().clone(self)
        frame = 2 * self.text.frameWidth() + 8  # the frame and the style sheet's padding
        doc.setTextWidth(max(100, self.width() - frame - 2))
        ideal = int(doc.size().height()) + frame + 2
        doc.deleteLater()
        cap = int(self.window().height() * self.max_share)
        self.text.setFixedHeight(max(80, min(ideal, cap)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.consent.setText(consent_sentence())
            self.text.setAccessibleName(self.tr("Integrity pact"))
        super().changeEvent(event)
