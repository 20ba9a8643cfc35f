"""The campaign tab's dialogs (docs/campaigns.md): a new campaign (name, deadline, optional pact text),
the same fields to change this desk's campaign, a follow-up ("susulan") event of a campaign for chosen
units, and which units a saved not-signed list covers. What the models refuse is shown as their one
sentence under the field it is about; the dialog stays open."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import clock
from ikrar.models.campaigns import create_campaign, create_followup, find_campaign, frozen_size, update_campaign
from ikrar.models.errors import DomainError
from ikrar.models.queries import campaign_coverage
from ikrar.models.queries.units import UnitChoice, units_by_ids
from ikrar.ui.dialogs.common import ERROR_STYLE
from ikrar.ui.dialogs.event_dialog import ZONES
from ikrar.ui.dialogs.unit_picker import UnitPicker
from ikrar.ui.i18n import number


def _error_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _with_error(field: QWidget, error: QLabel) -> QWidget:
    """The field with its one-sentence error under it."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def _date_edit(parent, day) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class _Dialog(QDialog):
    """Shared: OK runs save(); a refusal goes under the field its code names (else under the form)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.general_error = _error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

    def _row(self, field: QWidget) -> None:
        """A row of self.form with its label (named in retranslate, in self.labels' order)."""
        if not hasattr(self, "labels"):
            self.labels: list[QLabel] = []
        self.labels.append(QLabel(self))
        self.form.addRow(self.labels[-1], field)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover (overridden)
        pass

    def try_accept(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.hide()
        try:
            self.result_value = self.save()
        except DomainError as exc:
            label = self.errors.get(getattr(exc, "code", ""), self.general_error)
            label.setText(exc.text())
            label.show()
            return
        self.accept()

    def save(self):  # pragma: no cover (overridden)
        raise NotImplementedError


class NewCampaignDialog(_Dialog):
    """Name, deadline (a date picker), optional pact text; OK makes the campaign (models.campaigns)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.deadline = _date_edit(self, clock.now().date())
        self.pact = QPlainTextEdit(self)
        self.pact.setTabChangesFocus(True)
        self.errors = {"name": _error_label(self), "deadline": _error_label(self), "date": _error_label(self),
                       "pact": _error_label(self)}
        self.pact_hint = QLabel(self)
        self.pact_hint.setWordWrap(True)
        self.form = QFormLayout()
        self._row(_with_error(self.name, self.errors["name"]))
        deadline_box = _with_error(self.deadline, self.errors["deadline"])
        deadline_box.layout().addWidget(self.errors["date"])
        self._row(deadline_box)
        self._row(_with_error(self.pact, self.errors["pact"]))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.pact_hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New campaign"))
        for row, text in enumerate((self.tr("Name:"), self.tr("Deadline:"), self.tr("Pact text:"))):
            self.labels[row].setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Pakta Netralitas Pilkada 2026"))
        self.pact.setPlaceholderText(self.tr("Optional: the pact text the campaign's events use"))
        self.pact_hint.setText(self.tr("Signed by the end of the deadline's day, on each event's own clock. "
                                       "Without a pact text, each event keeps its own."))

    def save(self):
        day = self.deadline.date().toPython()
        text = self.pact.toPlainText()
        return create_campaign(self.name.text(), day, pact_text=text if text.strip() else None)


class EditCampaignDialog(NewCampaignDialog):
    """This desk's *campaign* with its name, deadline and pact text filled in; OK changes what was
    changed through models.campaigns.update_campaign, as `ikrar campaign edit` (the deadline as the
    field shows it, read by the same parse_deadline)."""

    def __init__(self, campaign, parent=None):
        self.campaign = campaign
        super().__init__(parent)
        self.name.setText(campaign.name)
        day = date.fromisoformat(campaign.deadline)
        self.deadline.setDate(QDate(day.year, day.month, day.day))
        self.old_pact = campaign.pact.text if campaign.pact_sha256 else ""
        self.pact.setPlainText(self.old_pact)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change campaign"))
        self.pact_hint.setText(self.tr("Signed by the end of the deadline's day, on each event's own clock. A changed "
                                       "pact text is used by the events made from now on; the campaign's changes "
                                       "reach the other desks and the hub with this desk's next files."))

    def save(self):
        campaign = find_campaign(self.campaign.id)  # as stored now: a refused try left nothing behind
        text = self.pact.toPlainText()
        pact = None if text.strip() == self.old_pact.strip() else text  # emptied: the models refuse it
        name, deadline = self.name.text(), self.deadline.text()
        shown = date.fromisoformat(campaign.deadline).strftime("%d-%m-%Y")  # the field's dd-MM-yyyy
        if " ".join(name.split()) == campaign.name and deadline == shown and pact is None:
            return campaign  # nothing changed: no new signed version to travel
        return update_campaign(campaign, name=name, deadline=deadline, pact_text=pact)


class FollowupDialog(_Dialog):
    """A follow-up event of *campaign*: title, date, time, place, and the units whose people who have
    not signed yet it expects (models.campaigns.create_followup, as `ikrar event new --followup-of`)."""

    def __init__(self, campaign, parent=None):
        super().__init__(parent)
        self.campaign = campaign
        self.title_edit = QLineEdit(self)
        self.date = _date_edit(self, clock.now().date())
        self.time = QTimeEdit(QTime(8, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.zone = QComboBox(self)
        self.zone.addItems(ZONES)
        when = QWidget(self)
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.time, 1)
        when_row.addWidget(self.zone)
        self.place = QLineEdit(self)
        self.units = QListWidget(self)
        self.units.setMinimumHeight(160)
        self.lead = QLabel(self)
        self.lead.setWordWrap(True)
        self.errors = {"title": _error_label(self), "date": _error_label(self), "unit": _error_label(self),
                       "time": _error_label(self)}
        self.form = QFormLayout()
        self._row(_with_error(self.title_edit, self.errors["title"]))
        self._row(_with_error(self.date, self.errors["date"]))
        self._row(_with_error(when, self.errors["time"]))
        self._row(self.place)
        self._row(_with_error(self.units, self.errors["unit"]))
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.summary = campaign_coverage.summary(campaign)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Follow-up event"))
        self.lead.setText(self.tr("A follow-up event of '{name}' expects exactly the people of the ticked units "
                                  "who have not signed at any of its events now; that list is then fixed.")
                          .format(name=self.campaign.name))
        labels = (self.tr("Title:"), self.tr("Date:"), self.tr("Time, zone:"), self.tr("Place:"), self.tr("Units:"))
        for row, text in enumerate(labels):
            self.labels[row].setText(text)
        if not self.title_edit.text():
            self.title_edit.setText(self.tr("Follow-up signing: {name}").format(name=self.campaign.name))
        checked = set(self.checked_ids())
        self.units.clear()
        for u in self.summary.units:
            if u.unit_id is None:
                continue
            missing = u.employees - u.signed - u.late  # not signed at any event of the campaign
            item = QListWidgetItem(self.tr("{unit} ({count} not signed)").format(unit=u.unit_name,
                                                                                  count=number(missing)), self.units)
            item.setData(Qt.ItemDataRole.UserRole, u.unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.unit_id in checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [self.units.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.units.count())
                if self.units.item(r).checkState() == Qt.CheckState.Checked]

    def save(self):
        event = create_followup(self.campaign, self.title_edit.text(), self.date.date().toPython(),
                                units=units_by_ids(self.checked_ids()),
                                kind="pakta", start_time=self.time.time().toString("HH:mm"),
                                tz=self.zone.currentText(), place=self.place.text())
        self.expected = frozen_size(event)
        return event


class UnitsToSaveDialog(_Dialog):
    """Which units a saved not-signed list covers (as `ikrar coverage --campaign ID --unit …`): all of
    them, or those ticked in the unit picker; the OPD chosen in the tab's table comes ticked."""

    def __init__(self, summary, chosen_unit_id: int | None = None, parent=None):
        super().__init__(parent)
        self.picker = UnitPicker(self)
        self.picker.summary.hide()  # its sentence counts an event's expected people; ours counts this list's
        choices = [UnitChoice(u.unit_id, u.unit_name, u.employees) for u in summary.units if u.unit_id is not None]
        self.people = {c.id: c.people for c in choices}
        self.everyone = summary.total.employees if summary.units else 0  # those without a unit too
        self.picker.set_choices(choices)
        self.picker.set_selection([chosen_unit_id] if chosen_unit_id is not None else None)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.picker.changed.connect(self._count)
        self.resize(560, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Units in the saved list"))
        self._count()

    def _count(self) -> None:
        chosen = self.picker.selection()
        ids = list(self.people) if chosen is None else chosen
        people = self.everyone if chosen is None else sum(self.people.get(i, 0) for i in ids)
        self.count.setText(self.tr("The list covers {units} units: {people} employees.")
                           .format(units=number(len(ids)), people=number(people)))

    def try_accept(self) -> None:
        chosen = self.picker.selection()
        if chosen == []:  # "only the ticked ones" with none ticked: nothing to write
            self.general_error.setText(self.tr("Tick at least one unit, or choose 'All units'."))
            self.general_error.show()
            return
        self.result_value = chosen
        self.accept()
