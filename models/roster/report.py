"""What an import tells its caller: counts, rejected rows with reasons (Indonesian and English),
warnings, and how the file was read. Also the file-level refusal and the cancel signal."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from ikrar.models.errors import DomainError
from ikrar.models.identifiers import Reason


class RosterError(DomainError):
    """The file as a whole is refused (unreadable, no NIP/NIK or name column...). The message names
    the file; `headers` holds the headers that were found, when any."""

    code = "roster_refused"

    def __init__(self, path, id_text: str, en_text: str, *, headers=None, code: str | None = None):
        name = os.fspath(path) if path is not None else "?"
        super().__init__(f"{name}: {id_text}", f"{name}: {en_text}", code=code)
        self.path = path
        self.headers = list(headers or [])


class ImportCancelled(DomainError):
    code = "cancelled"

    def __init__(self):
        super().__init__("Impor dibatalkan; tidak ada yang ditulis.", "Import cancelled; nothing was written.")


def reason(code: str, id_text: str, en_text: str) -> Reason:
    return Reason(code, id_text, en_text)


@dataclass
class RowNote:
    row: int  # as the spreadsheet shows it: 1-based, header and title rows counted
    column: str  # the header text ("" when the note is about the whole row)
    value: str
    reason: Reason
    other_row: int | None = None  # for duplicates: the row that was kept

    def reason_text(self, lang: str = "id") -> str:
        return self.reason.en if lang == "en" else self.reason.id

    def to_dict(self) -> dict:
        d = {"row": self.row, "column": self.column, "value": self.value, "code": self.reason.code,
             "id": self.reason.id, "en": self.reason.en}
        if self.other_row is not None:
            d["other_row"] = self.other_row
        return d


class RejectedRow(RowNote):
    """A row left out of the import."""


class RowWarning(RowNote):
    """A row imported with something worth a look (e.g. a NIK whose date part is not a date)."""


@dataclass
class ImportReport:
    path: str
    kind: str  # "csv" | "xlsx"
    mapping: dict[str, str]  # field -> header, as used
    header_row: int
    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    rows: int = 0  # data rows read (blank rows not counted)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    units_created: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    dry_run: bool = False
    seconds: float = 0.0

    @property
    def accepted(self) -> int:
        return self.created + self.updated + self.unchanged

    def to_dict(self) -> dict:
        return {
            "file": self.path, "kind": self.kind, "sheet": self.sheet, "delimiter": self.delimiter,
            "encoding": self.encoding, "header_row": self.header_row, "mapping": dict(self.mapping),
            "rows": self.rows, "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "deactivated": self.deactivated, "units_created": list(self.units_created),
            "rejected": [r.to_dict() for r in self.rejected], "warnings": [w.to_dict() for w in self.warnings],
            "dry_run": self.dry_run, "seconds": round(self.seconds, 3),
        }

    def write_csv(self, path, *, include_warnings: bool = False) -> Path:
        """The rejected rows (and, if asked, the warnings) as a CSV that Excel opens (UTF-8 BOM)."""
        path = Path(path)
        notes = [("ditolak", r) for r in self.rejected]
        if include_warnings:
            notes += [("peringatan", w) for w in self.warnings]
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["baris/row", "jenis/kind", "kolom/column", "nilai/value", "kode/code",
                        "alasan", "reason", "baris lain/other row"])
            for kind, n in sorted(notes, key=lambda kn: kn[1].row):
                w.writerow([n.row, kind, n.column, n.value, n.reason.code, n.reason.id, n.reason.en,
                            n.other_row or ""])
        return path
