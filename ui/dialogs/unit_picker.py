"""Which units an event expects: all of them, or some, ticked in a list that can be filtered."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class UnitPicker(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all_radio = QRadioButton(self)
        self.some_radio = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.some_radio)
        self.all_radio.setChecked(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.check_shown = QPushButton(self)
        self.uncheck_all = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        radios = QHBoxLayout()
        radios.addWidget(self.all_radio)
        radios.addWidget(self.some_radio)
        radios.addStretch(1)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.check_shown)
        tools.addWidget(self.uncheck_all)
        layout = QVBoxLayout(self)
        layout.addLayout(radios)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)

        self.all_radio.toggled.connect(self._mode_changed)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(lambda _item: self._update_summary())
        self.check_shown.clicked.connect(lambda: self._check_visible(True))
        self.uncheck_all.clicked.connect(self._clear)
        self._choices = []
        self.retranslate()
        self._mode_changed()

    def retranslate(self) -> None:
        self.all_radio.setText(self.tr("All units"))
        self.some_radio.setText(self.tr("Only the units ticked below"))
        self.filter.setPlaceholderText(self.tr("Filter units, e.g. dinas kes"))
        self.check_shown.setText(self.tr("Tick the units shown"))
        self.uncheck_all.setText(self.tr("Untick all"))
        for row, choice in enumerate(self._choices):
            self.list.item(row).setText(self._label(choice))
        self._update_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, choice) -> str:
        return self.tr("{unit} ({count} people)").format(unit=choice.name, count=choice.people)

    def set_choices(self, choices) -> None:
        self._choices = list(choices)
        self.list.blockSignals(True)
        self.list.clear()
        for choice in self._choices:
            item = QListWidgetItem(self._label(choice), self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._apply_filter()
        self._update_summary()

    def set_selection(self, unit_ids) -> None:
        """None: all units; else tick exactly these."""
        wanted = set(unit_ids or [])
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        (self.all_radio if unit_ids is None else self.some_radio).setChecked(True)
        self._mode_changed()

    def checked_ids(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def selection(self) -> list[int] | None:
        return None if self.all_radio.isChecked() else self.checked_ids()

    def _mode_changed(self) -> None:
        some = self.some_radio.isChecked()
        for widget in (self.filter, self.list, self.check_shown, self.uncheck_all):
            widget.setEnabled(some)
        self._update_summary()

    def _apply_filter(self) -> None:
        words = self.filter.text().casefold().split()
        for row, choice in enumerate(self._choices):
            name = choice.name.casefold()
            self.list.item(row).setHidden(not all(w in name for w in words))

    def _check_visible(self, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _clear(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Unchecked)

    def _update_summary(self) -> None:
        people = {c.id: c.people for c in self._choices}
        if self.all_radio.isChecked():
            text = self.tr("All {units} units are expected: {people} people.").format(
                units=len(self._choices), people=sum(people.values()))
        else:
            ids = self.checked_ids()
            text = self.tr("{checked} of {units} units ticked: {people} people expected.").format(
                checked=len(ids), units=len(self._choices), people=sum(people.get(i, 0) for i in ids))
        self.summary.setText(text)
        self.changed.emit()
