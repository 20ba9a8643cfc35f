"""Absence marks (S, I, C, DL, TK) at the desk: a person marked, say, "I — Izin" with a letter
number who then arrives sees the mark on the card (code, note, desk, time), and saving says what
became of it. models/checkin.py decides: this desk's own mark is voided with the reason "diganti H"
and stays in the history; another desk's mark is that desk's record and is never voided here (the
present record counts over it)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ikrar.ui.desk.person_card import short_time
from ikrar.ui.dialogs.absence import status_label

translate = QCoreApplication.translate


def _what(mark) -> str:
    text = status_label(mark.status)
    return f"{text} ({mark.note})" if mark.note else text


def card_text(mark, here_id: str) -> str:
    """The card's line for a live absence mark of the person open at the desk."""
    text = translate("DeskView", "Marked {what} at {time} ({desk}).").format(
        what=_what(mark), desk=mark.desk.name or "?", time=short_time(mark.recorded_at))
    if mark.desk_id == here_id:
        return text + " " + translate("DeskView", "Saving records the person as present; the mark stays in the "
                                      "history, voided (replaced by H).")
    return text + " " + translate("DeskView", "Saving records the person as present; the mark stays, as that "
                                  "desk's record, and the present record counts.")


def opened_text(name: str, marks: list) -> str:
    """The feedback line when a person with an absence mark is opened."""
    return translate("DeskView", "{name} is marked {what}: check the card before saving.").format(
        name=name, what=", ".join(_what(m) for m in marks))


def saved_text(marks: list, still_live: set[str]) -> str:
    """What saving did to the marks shown: replaced (voided, kept in the history) or left as
    another desk's record. *still_live*: ids of the person's live records after the save."""
    replaced = [m for m in marks if m.id not in still_live]
    kept = [m for m in marks if m.id in still_live]
    parts = []
    if replaced:
        parts.append(translate("DeskView", "The mark {what} was replaced and stays in the history.").format(
            what=", ".join(_what(m) for m in replaced)))
    if kept:
        parts.append(translate("DeskView", "The mark {what} ({desk}) stays; the present record counts.").format(
            what=", ".join(_what(m) for m in kept), desk=", ".join(sorted({m.desk.name or "?" for m in kept}))))
    return " ".join(parts)
