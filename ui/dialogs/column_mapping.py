"""The column mapping of a roster file: one combo box of the file's headers per Ikrar field (the
required ones marked), and the first rows as they will be read with that mapping, followed by the
columns that are not imported, so that a person can see which column holds what."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
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
from ikrar.models.roster.headers import is_row_number, shown_header
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE

REQUIRED = ("nip", "nik", "name")  # name, and the NIP or the NIK
PREVIEW_CELL = 200  # characters of a cell shown in the preview
UNUSED = QColor("#777")


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
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.labels[field], self.combos[field] = label, combo
        self.required_note = QLabel(self)
        self.required_note.setStyleSheet(HINT_STYLE)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(grid)
        left.addWidget(self.required_note)
        left.addWidget(self.problem_label)
        left.addStretch(1)
        self.preview_title = QLabel(self)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("mappingPreview")
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
            "category": self.tr("Category (PNS, PPPK…)"), "employment_status": self.tr("Non-ASN status (Honorer…)"),
            "golongan": self.tr("Golongan"),
            "pangkat": self.tr("Pangkat"), "position": self.tr("Position (jabatan)"),
            "region": self.tr("Regency/city (province list)"), "unit": self.tr("Unit (OPD)"),
        }

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Columns</b> (Ikrar field ← column in the file)"))
        for field, text in self.field_names().items():
            self.labels[field].setText(f"{text} *" if field in REQUIRED else text)
            self.combos[field].setItemText(0, self.tr("(not in this file)"))
        self.required_note.setText(self.tr("* required: the name, and the NIP or the NIK"))
        self.preview_title.setText(self.tr("<b>First rows</b>, as Ikrar will read them; grey columns are not "
                                           "imported"))
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
                combo.addItem(shown_header(header), header)
            combo.setCurrentIndex(max(0, combo.findData(detected.get(field, ""))))
            combo.setEnabled(bool(headers))
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() or "" for field, combo in self.combos.items()}

    def changed_mapping(self) -> dict[str, str]:
        """Only what the person changed: the rest stays with the import's own detection."""
        return {f: h for f, h in self.mapping().items() if h != self.detected.get(f, "")}

    def headers(self) -> list[str]:
        combo = self.combos[FIELDS[0]]
        return [combo.itemData(i) for i in range(1, combo.count())]

    def problem(self) -> str:
        """What is still missing before the file can be imported, in one sentence ("" when nothing is)."""
        m = self.mapping()
        if not any(c.count() > 1 for c in self.combos.values()):
            return ""
        if not m["name"] and not (m["nip"] or m["nik"]):
            return self.tr("Choose the column that holds the name and the one that holds the NIP (or the NIK).")
        if not m["name"]:
            return self.tr("Choose the column that holds the name.")
        if not (m["nip"] or m["nik"]):
            return self.tr("Choose the column that holds the NIP (or the NIK).")
        return ""

    def _changed(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        names = self.field_names()
        mapped = [(names[f], h, True) for f, h in self.mapping().items() if h]
        used = {h for _, h, _ in mapped}
        unused = [(self.tr("(row number)") if is_row_number(h) else self.tr("(not imported)"), h, False)
                  for h in self.headers() if h not in used]
        # while a required column is missing, the candidates come first: what each of them holds
        shown = unused + mapped if problem else mapped + unused
        self.preview.clear()
        self.preview.setColumnCount(len(shown))
        self.preview.setRowCount(len(self.rows))
        self.preview.setHorizontalHeaderLabels([f"{what}\n← {shown_header(h)}" for what, h, _ in shown])
        for c, (_, _, imported) in enumerate(shown):
            if not imported:
                self.preview.horizontalHeaderItem(c).setForeground(QBrush(UNUSED))
        for r, row in enumerate(self.rows):
            for c, (_, header, imported) in enumerate(shown):
                text = row.get(header, "")
                item = QTableWidgetItem(text if len(text) <= PREVIEW_CELL and text.isprintable()
                                        else "".join(ch if ch.isprintable() else "?" for ch in text[:PREVIEW_CELL]))
                if not imported:
                    item.setForeground(QBrush(UNUSED))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(len(shown)):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        self.changed.emit()
