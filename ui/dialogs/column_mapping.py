"""The column mapping of a roster file: one combo box of the file's headers per Ikrar field, and
the first rows as they will be read with that mapping."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.models.roster import FIELDS
from ikrar.ui.dialogs.common import ERROR_STYLE


class ColumnMapping(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detected: dict[str, str] = {}
        self.rows: list[dict] = []
        self.title = QLabel(self)
        grid = QGridLayout()
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(FIELDS):
            label, combo = QLabel(self), QComboBox(self)
            combo.setObjectName(f"map_{field}")
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.labels[field], self.combos[field] = label, combo
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(grid)
        left.addWidget(self.problem_label)
        left.addStretch(1)
        self.preview_title = QLabel(self)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.right = QVBoxLayout()
        self.right.addWidget(self.preview_title)
        self.right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 0)
        layout.addLayout(self.right, 1)
        self.set_file([], {}, [])
        self.retranslate()

    def field_names(self) -> dict[str, str]:
        return {
            "nip": self.tr("NIP"), "nik": self.tr("NIK (non-ASN)"), "name": self.tr("Name"),
            "front_title": self.tr("Title before name"), "back_title": self.tr("Title after name"),
            "gender": self.tr("Gender"), "birth_date": self.tr("Birth date"),
            "category": self.tr("Category (PNS, PPPK…)"), "golongan": self.tr("Golongan"),
            "pangkat": self.tr("Pangkat"), "position": self.tr("Position (jabatan)"), "unit": self.tr("Unit (OPD)"),
        }

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Columns</b> (Ikrar field ← column in the file)"))
        for field, text in self.field_names().items():
            self.labels[field].setText(text)
            self.combos[field].setItemText(0, self.tr("(not in this file)"))
        self.preview_title.setText(self.tr("<b>First rows</b>, as Ikrar will read them"))
        self._changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_file(self, headers: list[str], detected: dict[str, str], rows: list[dict]) -> None:
        """Offer *headers*, select the *detected* mapping, preview *rows* ({header: text})."""
        self.detected, self.rows = dict(detected), list(rows)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(detected.get(field, ""))))
            combo.setEnabled(bool(headers))
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() or "" for field, combo in self.combos.items()}

    def changed_mapping(self) -> dict[str, str]:
        """Only what the person changed: the rest stays with the import's own detection."""
        return {f: h for f, h in self.mapping().items() if h != self.detected.get(f, "")}

    def problem(self) -> str:
        m = self.mapping()
        if not any(c.count() > 1 for c in self.combos.values()):
            return ""
        if not m["name"]:
            return self.tr("Choose the column that holds the name.")
        if not (m["nip"] or m["nik"]):
            return self.tr("Choose the column that holds the NIP (or the NIK).")
        return ""

    def _changed(self) -> None:
        self.problem_label.setText(self.problem())
        names = self.field_names()
        shown = [(f, h) for f, h in self.mapping().items() if h]
        self.preview.clear()
        self.preview.setColumnCount(len(shown))
        self.preview.setRowCount(len(self.rows))
        self.preview.setHorizontalHeaderLabels([f"{names[f]}\n← {h}" for f, h in shown])
        for r, row in enumerate(self.rows):
            for c, (_field, header) in enumerate(shown):
                self.preview.setItem(r, c, QTableWidgetItem(row.get(header, "")))
        self.preview.resizeColumnsToContents()
        for c in range(len(shown)):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        self.changed.emit()
