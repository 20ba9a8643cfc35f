"""Coverage against a campaign's deadline on the Sync screen (docs/campaigns.md): choose a campaign,
see per OPD how many signed by the deadline, how many only after it, how many not; choose an OPD to
see who has not signed by the deadline. The same counts as `ikrar coverage --campaign`. Its buttons
make or change (this desk's) campaign or make a follow-up event (ui/dialogs/campaign_dialog.py), and
write the not-signed list against the deadline as PDF or XLSX for the units chosen, as `--unit` does
(reports.api.campaign_not_signed*, through run_task)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ikrar.models.campaigns import find_campaign, list_campaigns, owned_here
from ikrar.models.clock import parse_iso
from ikrar.models.errors import NotFound
from ikrar.models.events import parse_date
from ikrar.models.queries import campaign_coverage
from ikrar.reports import api as reports_api
from ikrar.ui.dialogs.campaign_dialog import EditCampaignDialog, FollowupDialog, NewCampaignDialog, UnitsToSaveDialog
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.i18n import date_text, number, percent_of, time_text
from ikrar.ui.tasks import run_task

COLUMNS = 6


class CampaignCoverageModel(QAbstractTableModel):
    """One row per OPD, then the total (bold): employees = signed by the deadline + late + never
    signed (as the PDF's table: each person counted once), and the % signed by the deadline."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.total = None

    def set_summary(self, summary) -> None:
        self.beginResetModel()
        self.rows = list(summary.units) if summary is not None else []
        self.total = summary.total if summary is not None and self.rows else None
        self.endResetModel()

    def unit_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows) + (self.total is not None)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Unit (OPD)"), self.tr("Employees"), self.tr("Signed"), self.tr("Late"),
                self.tr("Not yet"), self.tr("% signed"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        is_total = index.row() >= len(self.rows)
        r = self.total if is_total else self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("Total") if is_total else (r.unit_name if r.unit_id is not None
                                                           else self.tr("(no unit)"))
            return (number(r.employees), number(r.signed), number(r.late), number(r.never),
                    percent_of(r.signed_pct))[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CampaignCoverageBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.campaign_label, self.deadline_label, self.note = QLabel(self), QLabel(self), QLabel(self)
        self.note.setWordWrap(True)
        self.deadline_label.setWordWrap(True)
        self.combo = QComboBox(self)
        self.model = CampaignCoverageModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.who_label, self.who = QLabel(self), QListWidget(self)
        self.who_label.setWordWrap(True)
        self.edit_button, self.new_button = QPushButton(self), QPushButton(self)
        self.followup_button = QPushButton(self)
        self.pdf_button, self.xlsx_button = QPushButton(self), QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.campaign_label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.deadline_label)  # the whole width: one line, so the buttons' row costs nothing
        buttons = QHBoxLayout()  # one row of buttons: the Sync screen fits 1366x700 unscrolled
        for button in (self.edit_button, self.new_button, self.followup_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        # the OPD table and who has not signed side by side: the Sync screen fits 1366x700 unscrolled
        sides, who_side = QHBoxLayout(), QVBoxLayout()
        who_side.addWidget(self.who_label)
        who_side.addWidget(self.who, 1)
        who_side.addWidget(self.status)
        self.status.hide()  # shown with a message only: an empty line would take the Sync screen's last pixels
        sides.addWidget(self.table, 2)
        sides.addLayout(who_side, 1)
        layout.addLayout(sides, 1)
        for view in (self.table, self.who):
            view.setMinimumHeight(60)
        self.combo.currentIndexChanged.connect(lambda _index: self.show_campaign())
        self.edit_button.clicked.connect(self.edit_campaign)
        self.new_button.clicked.connect(self.new_campaign)
        self.followup_button.clicked.connect(self.new_followup)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_who())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Coverage against a campaign's deadline"))
        self.campaign_label.setText(self.tr("Campaign:"))
        self.note.setText(self.tr("No campaign yet: make one with 'New campaign…', or merge the files of "
                                  "its events."))
        self.edit_button.setText(self.tr("Change campaign…"))
        self.new_button.setText(self.tr("New campaign…"))
        self.followup_button.setText(self.tr("Follow-up event…"))
        self.followup_button.setToolTip(self.tr("An event of the chosen campaign for the people of chosen units "
                                                "who have not signed yet"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.xlsx_button.setText(self.tr("Save XLSX…"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setToolTip(self.tr("Who had not signed by the chosen campaign's deadline, per unit: all units "
                                      "or those you choose"))
        if self.isVisible():  # the counts' texts again; a hidden tab reads the database when it is shown
            self.show_campaign()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        if getattr(self, "stale", False):
            self.stale = False
            self.show_campaign()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """The campaigns known here (the chosen one kept), and its counts again."""
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for c in list_campaigns():
            self.combo.addItem(f"{c.name} · {date_text(parse_date(c.deadline))}", c.id)
        if current and self.combo.findData(current) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(current))
        self.combo.blockSignals(False)
        self.note.setVisible(self.combo.count() == 0)
        for button in (self.followup_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(self.combo.count() > 0)
        self.show_campaign()

    def campaign(self):
        """The chosen campaign; None when none is chosen or it is no longer in the database."""
        campaign_id = self.combo.currentData()
        try:
            return find_campaign(campaign_id) if campaign_id else None
        except NotFound:
            return None

    def show_campaign(self) -> None:
        campaign = self.campaign()
        summary = campaign_coverage.summary(campaign) if campaign is not None else None
        self.model_summary = summary
        self.model.set_summary(summary)
        self._edit_allowed(campaign)
        if campaign is None:
            self.deadline_label.clear()
        elif not summary.roster_imported:
            self.deadline_label.setText(self.tr("No employee list imported: coverage counts the employee list "
                                                "imported into this database."))
        else:
            day = date_text(parse_date(campaign.deadline))
            said = self.tr("Deadline: end of {day} on each event's clock.").format(day=day)
            if not owned_here(campaign):
                said += " " + self.edit_button.toolTip()
            self.deadline_label.setText(said)
            self.table.setToolTip(self.tr("Signed: by the deadline. Late: signed only after it. Not yet: not signed "
                                          "at all. The list under it: everyone not signed by the deadline (the "
                                          "late ones included)."))
        self.show_who()

    def show_who(self) -> None:
        self.who.clear()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        unit = self.model.unit_at(rows[0].row()) if rows else None
        campaign = self.campaign()
        if unit is None or campaign is None or unit.unit_id is None:
            self.who_label.setText(self.tr("Choose a unit to see who has not signed by the deadline."))
            return
        people = campaign_coverage.not_signed(campaign, [unit.unit_id])
        self.who_label.setText(self.tr("{unit}: {count} not signed by the deadline")
                               .format(unit=unit.unit_name, count=number(len(people))))
        for p in people:
            late = (" · " + self.tr("late: {when}").format(when=time_text(parse_iso(p.last_signed_at), with_date=True))
                    if p.last_signed_at else "")
            self.who.addItem(f"{p.display_name} · {p.code}{late}")
            self.who.item(self.who.count() - 1).setToolTip(self.who.item(self.who.count() - 1).text())  # when cut

    def _edit_allowed(self, campaign) -> None:
        """Only the desk that made the campaign changes it (models.campaigns.refuse_not_owner): for
        another desk's, the button is off and says why (and so does the deadline's line)."""
        mine = campaign is not None and owned_here(campaign)
        self.edit_button.setEnabled(mine)
        self.edit_button.setToolTip(
            self.tr("Change the chosen campaign's name, deadline or pact text") if mine or campaign is None else
            self.tr("This campaign was made by another desk: only that desk can change it (its changes come "
                    "with its files)."))

    # ---- making or changing a campaign, a follow-up; writing the list ----
    def edit_campaign(self) -> None:
        campaign = self.campaign()
        if campaign is None or not owned_here(campaign):
            return
        dialog = EditCampaignDialog(campaign, self)
        if dialog.exec() == EditCampaignDialog.DialogCode.Accepted:
            self.refresh()  # the combo's name and deadline, the counts against the new deadline
            self._say(self.tr("Campaign '{name}' saved; its changes go with this desk's next files.")
                      .format(name=dialog.result_value.name))

    def new_campaign(self) -> None:
        dialog = NewCampaignDialog(self)
        if dialog.exec() == NewCampaignDialog.DialogCode.Accepted:
            self.refresh()
            self.combo.setCurrentIndex(self.combo.findData(dialog.result_value.id))

    def new_followup(self) -> None:
        campaign = self.campaign()
        if campaign is None:
            return
        dialog = FollowupDialog(campaign, self)
        if dialog.exec() == FollowupDialog.DialogCode.Accepted:
            self._say(self.tr("Follow-up event '{title}' made: {count} people expected.")
                      .format(title=dialog.result_value.title, count=number(dialog.expected)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def chosen_unit(self):
        """The OPD chosen in the table (a row of the summary), or None."""
        rows = self.table.selectionModel().selectedRows()
        unit = self.model.unit_at(rows[0].row()) if rows else None
        return unit if unit is not None and unit.unit_id is not None else None

    def choose_units(self):
        """Which units the list covers: None for all, else their ids; False when cancelled (a dialog with
        the unit picker, the OPD chosen in the table ticked; tests replace it)."""
        unit = self.chosen_unit()
        dialog = UnitsToSaveDialog(self.model_summary, unit.unit_id if unit else None, self)
        return dialog.result_value if dialog.exec() == UnitsToSaveDialog.DialogCode.Accepted else False

    def choose_path(self, kind: str, unit_ids=None) -> str:
        """Where to write (a Save dialog; tests replace it). One unit's list is named after it."""
        campaign = self.campaign()
        one = [u.unit_name for u in self.model.rows if unit_ids and len(unit_ids) == 1 and u.unit_id == unit_ids[0]]
        unit = f"_{'-'.join(one[0].split())[:30]}" if one else ""
        name = f"BELUM-TTD_{'-'.join(campaign.name.split())[:40]}{unit}_TENGGAT-{campaign.deadline}.{kind}"
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Workbook (*.xlsx)")
        return QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / name), filters)[0]

    def export(self, kind: str) -> None:
        campaign = self.campaign()
        unit_ids = self.choose_units() if campaign is not None else False
        path = self.choose_path(kind, unit_ids) if unit_ids is not False else ""
        if not path:
            return
        fn = reports_api.campaign_not_signed if kind == "pdf" else reports_api.campaign_not_signed_xlsx
        self._say(self.tr("Writing…"))
        run_task(fn, campaign, path, unit_ids=unit_ids, on_done=self._written, on_error=self._failed, owner=self)

    def _written(self, result) -> None:
        self._say(self.tr("Written: {path}").format(path=result.path))

    def _failed(self, exc, _trace="") -> None:
        self._say(self.tr("Failed."))
        show_error(self, self.tr("Save"), exc)
