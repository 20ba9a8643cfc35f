"""A warning before the first check-in when this computer's clock cannot be trusted: late flags
and "the earliest record counts" between desks both depend on it."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from ikrar.models import clock
from ikrar.ui.i18n import date_text

EARLIEST_PLAUSIBLE_YEAR = 2024



def clock_problems(event, now: datetime | None = None) -> list[str]:
    """Sentences about what is wrong with this computer's clock for *event*, if anything."""
    now = now or clock.now()
    problems = []
    if now.year < EARLIEST_PLAUSIBLE_YEAR:
        problems.append(QCoreApplication.translate(
            "ClockBanner", "This computer's clock looks wrong: it says {now}. Set the correct date and time "
            "before checking anyone in.").format(now=f"{date_text(now.date())} {now:%H.%M}"))  # its own clock
    elif now.date() != event.date:
        problems.append(QCoreApplication.translate(
            "ClockBanner", "This computer's date ({today}) is not the date of the event ({date}). Check the "
            "date and time on this computer: late marks depend on it.").format(
            today=date_text(now.date()), date=date_text(event.date)))
    offset = now.utcoffset()
    expected = clock.zone(event.tz).utcoffset(None)
    if offset is not None and offset != expected:
        text = f"UTC{offset.total_seconds() / 3600:+g}"
        problems.append(QCoreApplication.translate(
            "ClockBanner", "This computer's time zone ({offset}) is not the event's ({tz}): check the "
            "time zone setting.").format(offset=text, tz=event.tz))
    return problems


class ClockBanner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clockBanner")
        self.setStyleSheet("#clockBanner { background: #fef3c7; border: 2px solid #d97706; border-radius: 6px; }"
                           "#clockBanner QLabel { color: #78350f; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(wordWrap=True)
        layout.addWidget(self.label, 1)
        close = QToolButton(text="✕", autoRaise=True)
        close.setFocusPolicy(Qt.NoFocus)
        close.setToolTip(self.tr("Hide this warning"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close)
        self._dismissed: tuple = ()
        self.hide()

    def check(self, event, now: datetime | None = None) -> bool:
        """Show the banner when the clock is doubtful; True when it is shown."""
        problems = clock_problems(event, now)
        if not problems or tuple(problems) == self._dismissed:
            self.hide()
            return False
        self.label.setText("⚠ " + "\n".join(problems))
        self.show()
        return True

    def dismiss(self) -> None:
        self._dismissed = tuple(self.label.text()[2:].split("\n"))
        self.hide()
