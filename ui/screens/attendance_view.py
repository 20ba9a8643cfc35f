"""The attendance list of one event: everyone expected, filtered by unit, status and signed, searched
as you type; absence codes for people not present, and walk-ins not on the roster."""
from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import checkin, events
from ikrar.models.clock import parse_iso
from ikrar.models.errors import AlreadyDone, DomainError
from ikrar.models.queries.counts import event_counts
from ikrar.models.queries.people import employee_by_id, people
from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.ui.dialogs.absence import AbsenceDialog, status_label
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.walk_in import WalkInDialog
from ikrar.ui.i18n import number, time_text
from ikrar.ui.screens.event_text import event_when, present_text
from ikrar.ui.screens.people_model import COLUMNS, ROW_ROLE, PeopleFilter, PeopleModel, search_keys
from ikrar.ui.tasks import run_task

STATUS_FILTERS = (None, "H", *ABSENCE_CODES, "none")


def load_people(event, unit_id, status, signed) -> tuple[list, list[str], object]:
    """The rows, their search keys and the counts (off the GUI thread: ~1.5 s for 100,000 people)."""
    rows = people(event, unit_id=unit_id, status=status, signed=signed)
    return rows, search_keys(rows), event_counts(event)


class AttendanceView(QWidget):
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current_event = None
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.when = QLabel(self)
        for label in (self.title, self.when):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles are data, not markup
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox(self)
        self.unit.setMinimumContentsLength(22)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QComboBox(self)
        self.status.addItems([""] * len(STATUS_FILTERS))
        self.signed = QComboBox(self)
        self.signed.addItems(["", "", ""])
        self.shown = QLabel(self)
        self.shown.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # never squeezed
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((52, 0, 170, 190, 250, 170, 100, 120)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.absence_button = QPushButton(self)
        self.absence_button.setObjectName("markAbsence")
        self.walk_in_button = QPushButton(self)
        self.walk_in_button.setObjectName("walkIn")
        self.refresh_button = QPushButton(self)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self._layout()
        self.back_button.clicked.connect(self.back)
        self.search.textChanged.connect(self._text_changed)
        for combo in (self.unit, self.status, self.signed):
            combo.currentIndexChanged.connect(self.refresh)
        self.absence_button.clicked.connect(self.mark_absence)
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.mark_absence())
        for keys, slot in (("Ctrl+F", self.search.setFocus), ("Ctrl+M", self.mark_absence),
                           ("Ctrl+N", self.register_walk_in), ("F5", self.refresh), ("Esc", self._escape)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.dialog = None
        self.loads = 0  # refreshes asked for; only the latest one's rows are shown
        self.loading = False
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.when)
        top.addLayout(heading, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.unit, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.signed, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.absence_button)
        actions.addWidget(self.walk_in_button)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.feedback, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        counts = QHBoxLayout()
        counts.addWidget(self.summary, 1)
        counts.addWidget(self.shown)
        layout.addLayout(counts)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back (Esc)"))
        self.search.setPlaceholderText(self.tr("Search name, NIP, position or unit (Ctrl+F)"))
        self.status.setItemText(0, self.tr("Every status"))
        for i, code in enumerate(STATUS_FILTERS[1:-1], 1):
            self.status.setItemText(i, status_label(code))
        self.status.setItemText(len(STATUS_FILTERS) - 1, status_label(None))
        for i, text in enumerate((self.tr("Signed or not"), self.tr("Signed"), self.tr("Not signed"))):
            self.signed.setItemText(i, text)
        if self.unit.count():
            self.unit.setItemText(0, self.tr("Every unit"))
        self.absence_button.setText(self.tr("Mark absence… (Ctrl+M)"))
        self.absence_button.setToolTip(self.tr("S, I, C, DL or TK for the people selected in the list"))
        self.walk_in_button.setText(self.tr("Register walk-in… (Ctrl+N)"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.current_event is not None:
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_event(self, event_id: str) -> None:
        self.current_event = events.find_event(event_id)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Every unit"), None)
        for unit in events.expected_units(self.current_event):
            self.unit.addItem(unit.name, unit.id)
        self.unit.blockSignals(False)
        self.search.clear()
        self.feedback.clear()
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        if self.current_event is None:
            return
        e = self.current_event
        self.title.setText(self.tr("Attendance list: {title}").format(title=e.title))
        self.when.setText(event_when(e))
        signed = (None, True, False)[self.signed.currentIndex()]
        self.loads += 1
        self.loading = True
        self.shown.setText(self.tr("Loading…"))
        run_task(load_people, e, self.unit.currentData(), STATUS_FILTERS[self.status.currentIndex()], signed,
                 on_done=lambda result, n=self.loads: self._loaded(n, result), on_error=self._load_failed,
                 owner=self)

    def _loaded(self, number_: int, result) -> None:
        if number_ != self.loads:
            return  # a later refresh (another filter) is on its way
        self.loading = False
        rows, keys, c = result
        self.model.set_rows(rows, keys, self.current_event.tz)
        codes = " · ".join(f"{code} {c.codes[code]}" for code in ABSENCE_CODES)
        self.summary.setText(self.tr(
            "Expected {expected} · present {present} · signed {signed} · not signed {not_signed} · "
            "late {late} · {codes}").format(expected=number(c.expected), present=present_text(c),
                                           signed=number(c.signed), not_signed=number(c.not_signed),
                                           late=number(c.late), codes=codes))
        self._update_shown()

    def _load_failed(self, exc, _trace: str) -> None:
        self.loading = False
        self.shown.clear()
        show_error(self, self.tr("The attendance list could not be read"), exc)

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_shown()

    def _update_shown(self) -> None:
        if self.loading:
            return
        self.shown.setText(self.tr("Showing {shown} of {total}").format(
            shown=number(self.proxy.rowCount()), total=number(len(self.model.rows))))

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.back.emit()

    def selected_people(self) -> list:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.data(index, ROW_ROLE) for index in rows]

    def mark_absence(self) -> None:
        people = self.selected_people()
        if not people:
            self.feedback.setText(self.tr("Select one or more people in the list first."))
            return
        absent = [p for p in people if p.status != "H"]
        if not absent:
            self.feedback.setText(self.tr("The people selected are present; an absence code is only for "
                                          "people not present."))
            return
        self.dialog = AbsenceDialog(self, [p.display_name for p in absent])
        self.dialog.accepted.connect(lambda: self._apply_absence(absent, self.dialog.code(), self.dialog.note.text()))
        self.dialog.open()

    def _apply_absence(self, people, code: str, note: str) -> None:
        done = skipped = 0
        try:
            for p in people:
                try:
                    checkin.mark_absence(self.current_event, employee_by_id(p.employee_id), code, note.strip())
                    done += 1
                except AlreadyDone:
                    skipped += 1  # arrived at the desk meanwhile
        except DomainError as exc:
            self.feedback.setText(exc.text())
        except Exception as exc:  # noqa: BLE001 - database or disk: what was marked stays marked
            show_error(self, self.tr("The absence was not saved"), exc)
        else:
            text = self.tr("{code} marked for %n person(s).", "", done).format(code=code)
            if skipped:
                text += " " + self.tr("%n already present: not changed.", "", skipped)
            self.feedback.setText(text)
        self.refresh()

    def register_walk_in(self) -> None:
        if self.current_event is None:
            return
        self.dialog = WalkInDialog(self, self.current_event.id)
        self.dialog.accepted.connect(self._walk_in_done)
        self.dialog.open()

    def _walk_in_done(self) -> None:
        result = self.dialog.outcome
        who = result.attendance.employee.display_name()
        if result.created:
            self.feedback.setText(self.tr("{name} is recorded as present.").format(name=who))
        else:
            self.feedback.setText(self.tr("{name} was already recorded at {time}; nothing was added.").format(
                name=who, time=time_text(parse_iso(result.attendance.recorded_at), self.current_event.tz)))
        self.refresh()
