"""Results as you type: at most 20 rows straight from models.search (never a model of the whole
roster); arrow keys (forwarded by the scan input) move, Enter or a click chooses.

Each row says how it was found (as typed, old spelling, inside a word, across words, one typo:
models/search/match.py). The first row is chosen for the clerk only when it is a match they can
trust (`SearchHit.trusted`): after a typo or a match across two words nothing is chosen, so a
reflexive Enter opens no one, also when the next keystroke brings the same list.

Per keystroke the list must be shown within a frame, so it does little: every cell's text is worked
out once per search, a new search that keeps the number of rows only repaints the rows that
changed (no model reset), and the rows are painted by `ResultsList.paintEvent` in one go (the
standard delegate asks the model for eight roles per cell and lays out each text twice: 5-10 ms for
20 rows; this takes a fraction of it). Column widths follow the window, never the contents."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ikrar.models.identifiers import format_nip
from ikrar.models.search.lookup import SearchHit

NAME, FOUND, NIP, POSITION, UNIT, PRESENT = range(6)
COLUMNS = 6
DISPLAY, FOREGROUND, FONT, TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                      Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)
HORIZONTAL = Qt.Orientation.Horizontal
GREEN = QColor("#15803d")
GREY = QColor("#6b7280")
AMBER = QColor("#b45309")  # a match the desk does not choose for the clerk
BOLD_COLUMNS = (NAME, PRESENT)
PADDING = 4  # pixels left and right of a cell's text (the standard delegate's margin)
translate = QCoreApplication.translate


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.cells: list[tuple[str, ...]] = []
        self._headers = self._header_texts()  # asked for dozens of times after each reset
        self._found = self._found_texts()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show *hits*: with as many rows as before, only the rows that changed are announced."""
        cells = self._fill(hits)
        if len(cells) != len(self.cells):
            self.beginResetModel()
            self.hits, self.cells = list(hits), cells
            self.endResetModel()
            return
        changed = [row for row, (old, new) in enumerate(zip(self.cells, cells, strict=True)) if old != new]
        self.hits, self.cells = list(hits), cells
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, PRESENT), [DISPLAY])

    def _fill(self, hits: list[SearchHit]) -> list[tuple[str, ...]]:
        present = self.tr("✓ present")
        found = self._found
        return [(h.display_name, found.get(h.found or ("typo" if h.match.startswith("typo") else ""), ""), self._nip(h),
                 h.position, h.unit_name, present if h.present else "") for h in hits]

    def found_texts(self) -> dict[str, str]:
        """How a hit was found, as the list says it (models/search/match.py)."""
        return self._found

    def _found_texts(self) -> dict[str, str]:
        return {"nip": self.tr("NIP"), "exact": self.tr("exact"), "spelling": self.tr("old spelling"),
                "inside": self.tr("inside a word"), "words": self.tr("across words"), "typo": self.tr("one typo")}

    def found_tip(self, hit: SearchHit) -> str:
        if hit.trusted:
            return ""
        return self.tr("Not chosen for you: check the name, choose with ↑ ↓, then Enter.")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def _header_texts(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Found by"), self.tr("NIP"), self.tr("Position"), self.tr("Unit"),
                self.tr("Present"))

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == HORIZONTAL and role == DISPLAY:
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self._found = self._found_texts()
        self.cells = self._fill(self.hits)
        self.headerDataChanged.emit(HORIZONTAL, 0, COLUMNS - 1)
        if self.hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, COLUMNS - 1))

    def _nip(self, hit: SearchHit) -> str:
        if hit.nip:
            return format_nip(hit.nip)
        return self.tr("non-ASN (NIK)") if hit.nik_present else "—"

    def data(self, index, role=DISPLAY):  # for accessibility and tooltips; painting reads `cells`
        if role == DISPLAY:
            return self.cells[index.row()][index.column()]
        col = index.column()
        if role == FONT and col in BOLD_COLUMNS:
            return self._bold
        if role == FOREGROUND and col == PRESENT:
            return GREEN
        if role == FOREGROUND and col == FOUND:
            return GREY if self.hits[index.row()].trusted else AMBER
        if role == TOOLTIP:
            hit, cells = self.hits[index.row()], self.cells[index.row()]
            return "\n".join(text for text in (cells[NAME], cells[NIP], cells[POSITION], cells[UNIT],
                                                self.found_tip(hit)) if text)
        return None


def _shown(hits: list[SearchHit]) -> list[tuple]:
    """What a row shows that can change between two searches for the same people."""
    return [(h.employee_id, h.present, h.found, h.match) for h in hits]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ResultsList(QTableView):
    chosen = Signal(object)  # the SearchHit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setFocusPolicy(Qt.NoFocus)  # the keyboard stays in the scan input
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)  # never "to contents": it reads every cell
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        self._elided: dict[tuple[str, bool, int], str] = {}
        self.clicked.connect(self._clicked)
        self.setAccessibleName(self.tr("Search results"))

    def size_columns(self) -> None:
        """Widths from the font: a NIP always fits; the unit (what tells two namesakes apart) gets the
        larger share of what is left, the name stretches."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header.resizeSection(NIP, metrics.horizontalAdvance("19860926 201505 1 001") + 24)
        header.resizeSection(FOUND, max(metrics.horizontalAdvance(t) for t in (
            *self.results.found_texts().values(), self.results.headerData(FOUND, HORIZONTAL))) + 2 * PADDING + 6)
        header.resizeSection(PRESENT, metrics.horizontalAdvance(self.tr("✓ present")) + 30)
        rest = max(300, self.viewport().width() - header.sectionSize(NIP) - header.sectionSize(PRESENT)
                   - header.sectionSize(FOUND))
        header.resizeSection(POSITION, int(rest * 0.20))
        header.resizeSection(UNIT, int(rest * 0.30))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.size_columns()

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show *hits*; choose the first for the clerk only when it is a match they can trust."""
        if _shown(hits) == _shown(self.results.hits):
            return  # the same people, found the same way: nothing to redraw, the chosen row stays
        self.results.set_hits(hits)
        if hits and hits[0].trusted:
            self.selectRow(0)  # replaces any other choice (one row at a time)
        else:
            self.clearSelection()
        if hits:
            self.scrollToTop()

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        cells = self.results.cells
        if not cells:
            return
        area = event.rect()
        first = max(0, self.rowAt(area.top()))
        last = self.rowAt(area.bottom())
        last = len(cells) - 1 if last < 0 else last
        selected = {i.row() for i in self.selectionModel().selectedRows()}
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive
        colors = {role: palette.color(group, role) for role in (
            QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Highlight,
            QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Text)}
        regular, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        fonts = (regular, bold)
        baseline = (self.rowHeight(first) + QFontMetrics(regular).ascent() - QFontMetrics(regular).descent()) // 2
        columns = [(self.columnViewportPosition(c), self.columnWidth(c)) for c in range(COLUMNS)]
        hits = self.results.hits
        painter = QPainter(self.viewport())
        for row in range(first, last + 1):
            top, height = self.rowViewportPosition(row), self.rowHeight(row)
            line = QRect(0, top, self.viewport().width(), height)
            is_selected = row in selected
            if is_selected:
                painter.fillRect(line, colors[QPalette.ColorRole.Highlight])
            elif row % 2:
                painter.fillRect(line, colors[QPalette.ColorRole.AlternateBase])
            for col, text in enumerate(cells[row]):
                if not text:
                    continue
                is_bold = col in BOLD_COLUMNS
                x, width = columns[col]
                painter.setFont(fonts[is_bold])
                painter.setPen(colors[QPalette.ColorRole.HighlightedText] if is_selected
                               else GREEN if col == PRESENT else (GREY if hits[row].trusted else AMBER) if col == FOUND
                               else colors[QPalette.ColorRole.Text])
                painter.drawText(x + PADDING, top + baseline, self._elide(text, is_bold, width - 2 * PADDING, fonts))
        painter.end()

    def _elide(self, text: str, bold: bool, width: int, fonts) -> str:
        key = (text, bold, width)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 4000:
                self._elided.clear()
            elided = self._elided[key] = QFontMetrics(fonts[bold]).elidedText(text, Qt.ElideRight, width)
        return elided

    # --- choosing -----------------------------------------------------------------------------
    def current_hit(self) -> SearchHit | None:
        """The chosen row's hit; None while none is chosen (the desk does not guess)."""
        rows = self.selectionModel().selectedRows()
        return self.results.hits[rows[0].row()] if rows else None

    def move(self, step: int) -> None:
        count = len(self.results.hits)
        if not count:
            return
        rows = self.selectionModel().selectedRows()
        row = min(max((rows[0].row() if rows else -1) + step, 0), count - 1)
        self.selectRow(row)
        self.scrollTo(self.results.index(row, 0))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.results.retranslate()
            self.setAccessibleName(self.tr("Search results"))
            self.size_columns()
        elif event.type() == QEvent.FontChange:
            self._elided.clear()
        super().changeEvent(event)

    def _clicked(self, index) -> None:
        if index.isValid():
            self.selectRow(index.row())
            self.chosen.emit(self.results.hits[index.row()])


def summary(hits: list[SearchHit], limit: int, total: int | None, cap: int) -> str:
    """The line above the list: how many were found, honestly ("the first 20 of 143", not "20
    found"), and what Enter does now. *total*: search.count() for a full list, None while it is
    not counted yet."""
    shown = len(hits)
    if shown < limit:
        found = translate("ResultsList", "{count} found").format(count=shown)
    elif hits[-1].match.startswith("typo"):  # filled up with typos: how many more is not known
        found = translate("ResultsList", "The first {shown} shown; type more to narrow them").format(shown=shown)
    elif total is None:
        found = translate("ResultsList", "The first {shown}").format(shown=shown)
    elif total > cap:
        found = translate("ResultsList", "The first {shown} of more than {total}").format(shown=shown, total=cap)
    elif total > shown:
        found = translate("ResultsList", "The first {shown} of {total}").format(shown=shown, total=total)
    else:
        found = translate("ResultsList", "{count} found").format(count=shown)
    if hits and hits[0].trusted:
        return found + " — " + translate("ResultsList", "↑ ↓ choose, Enter opens")
    return found + " — " + translate("ResultsList", "none chosen for you: check, choose with ↑ ↓, then Enter")
