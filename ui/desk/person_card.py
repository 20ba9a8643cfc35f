"""The chosen person: full name with titles, NIP, rank, position, unit, category, so the desk can
confirm it is the right one; a clear warning when they are already checked in, and any absence mark
(S, I, C, DL, TK) already recorded for them, with its note, desk and time: saving a check-in over a
mark never happens without a word."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout

from ikrar.models import clock
from ikrar.models.identifiers import format_nip


def short_time(iso_text: str | None) -> str:
    """'2026-11-23T07:12:05.120+07:00' -> '07:12' (with the date when it is not today)."""
    if not iso_text:
        return ""
    try:
        moment = clock.parse_iso(iso_text)
    except ValueError:
        return iso_text
    if moment.date() != clock.now().date():
        return moment.strftime("%d-%m-%Y %H:%M")
    return moment.strftime("%H:%M")


class PersonCard(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("personCard")
        self.setStyleSheet("#personCard { background: #f8fafc; border: 1px solid #cbd5e1; border-radius: 8px; }"
                           "#personCard QLabel { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        self.name = QLabel(wordWrap=True, textInteractionFlags=Qt.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.45)
        font.setBold(True)
        self.name.setFont(font)
        layout.addWidget(self.name)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(3)
        form.setLabelAlignment(Qt.AlignRight)
        form.setRowWrapPolicy(QFormLayout.DontWrapRows)
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in ("nip", "rank", "position", "unit", "category"):
            self.fields[key], self.labels[key] = QLabel(wordWrap=True), QLabel()
            form.addRow(self.labels[key], self.fields[key])
        bold = QFont(self.fields["nip"].font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.fields["nip"].setFont(bold)
        layout.addLayout(form)
        self.warning = QLabel(wordWrap=True)
        self.warning.setObjectName("duplicateWarning")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.mark = QLabel(wordWrap=True)
        self.mark.setObjectName("absenceMark")
        self.mark.setStyleSheet("#absenceMark { background: #fef3c7; color: #78350f; border: 2px solid #d97706;"
                                " border-radius: 6px; padding: 6px; font-weight: bold; }")
        self.mark.hide()
        layout.addWidget(self.mark)
        self.note = QLabel(wordWrap=True)
        self.note.setStyleSheet("color: #92400e;")
        self.note.hide()
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        for key, text in (("nip", self.tr("NIP:")), ("rank", self.tr("Rank:")), ("position", self.tr("Position:")),
                          ("unit", self.tr("Unit:")), ("category", self.tr("Category:"))):
            self.labels[key].setText(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_person(self, employee, *, existing=None, signed: bool = False, desk_name: str = "",
                    notes: list[str] | None = None, marks: list[str] | None = None) -> None:
        self.name.setText(employee.display_name())
        nip = format_nip(employee.nip) if employee.nip else self.tr("— (non-ASN, identified by NIK)")
        rank = ", ".join(x for x in (employee.pangkat, employee.golongan) if x) or "—"
        self.fields["nip"].setText(nip)
        self.fields["rank"].setText(rank)
        self.fields["position"].setText(employee.position or "—")
        self.fields["unit"].setText(employee.unit.name if employee.unit_id else "—")
        self.fields["category"].setText(self.category_label(employee.category))
        self.set_existing(existing, signed, desk_name)
        self.mark.setText("\n".join("⚠ " + mark for mark in marks or []))
        self.mark.setVisible(bool(marks))
        self.note.setText("\n".join(notes or []))
        self.note.setVisible(bool(notes))

    def category_label(self, category: str) -> str:
        return {"PNS": "PNS", "PPPK": "PPPK", "PPPK_PW": self.tr("PPPK (part-time)"),
                "NON_ASN": self.tr("Non-ASN")}.get(category, category)

    def set_existing(self, existing, signed: bool, desk_name: str) -> None:
        if existing is None:
            self.warning.hide()
            return
        text = self.tr("Already checked in at {time} by desk {desk}.").format(
            time=short_time(existing.recorded_at), desk=desk_name or "?")
        if signed:
            text += " " + self.tr("Already signed: no second record is made.")
            colours = "background: #fee2e2; color: #991b1b; border: 2px solid #dc2626;"
        else:
            text += " " + self.tr("Not signed yet: the signature is added to that check-in.")
            colours = "background: #fef3c7; color: #92400e; border: 2px solid #d97706;"
        self.warning.setText("⚠ " + text)
        self.warning.setStyleSheet(f"#duplicateWarning {{ {colours} "
                                   "border-radius: 6px; padding: 6px; font-weight: bold; }")
        self.warning.show()
