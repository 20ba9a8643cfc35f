"""Success and failure at a glance: a coloured strip with a short message, and a short sound.

The sound is a tiny WAV through QSoundEffect when QtMultimedia is installed, else the system beep;
no audio device (or no audio at all) is never an error.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from ikrar.resources import resource_path

STYLES = {
    "ok": "background: #dcfce7; color: #14532d; border: 2px solid #16a34a;",
    "warn": "background: #fef3c7; color: #78350f; border: 2px solid #d97706;",
    "error": "background: #fee2e2; color: #7f1d1d; border: 2px solid #dc2626;",
    "info": "background: #eef2ff; color: #1e3a8a; border: 1px solid #c7d2fe;",
}
ICONS = {"ok": "✓ ", "warn": "⚠ ", "error": "✗ ", "info": ""}


class Sound:
    def __init__(self):
        self.enabled = True
        self._effects: dict[str, object] | None = None

    def _load(self) -> dict[str, object]:
        effects: dict[str, object] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect  # not in PySide6-Essentials


            for kind in ("ok", "warn", "error"):
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
                effect.setVolume(0.6)
                effects[kind] = effect
        except (ImportError, OSError, RuntimeError):  # no QtMultimedia, sound files or backend: the beep will do
            effects = {}
        return effects

    def play(self, kind: str) -> None:
        if not self.enabled or kind not in ("ok", "warn", "error"):
            return
        if self._effects is None:
            self._effects = self._load()
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()  # never raises: a missing audio device only logs
        else:
            QApplication.beep()
            if kind != "ok":  # two beeps: something needs a look
                QTimer.singleShot(180, QApplication.beep)


class Feedback(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("feedback")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.setFont(font)
        self.sound = Sound()
        self.kind = "info"
        self.show_message("info", "")

    def show_message(self, kind: str, text: str, *, sound: bool = True) -> None:
        self.kind = kind
        style = STYLES[kind] if text else "background: transparent; border: 1px solid transparent;"  # nothing to say
        self.setStyleSheet(f"#feedback {{ {style} border-radius: 6px; padding: 6px 10px; }}")
        self.setText(ICONS[kind] + text if text else "")
        if sound:
            self.sound.play(kind)

    def success(self, text: str) -> None:
        self.show_message("ok", text)

    def warning(self, text: str) -> None:
        self.show_message("warn", text)

    def failure(self, text: str) -> None:
        self.show_message("error", text)

    def info(self, text: str) -> None:
        self.show_message("info", text, sound=False)
