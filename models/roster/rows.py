"""The rows of a file in file order: RowParser takes RowChecker's results (row_checker.py: one row
on its own → a record or a rejection with its reason) and does what depends on the rows before.

- within a file the first row with an identifier wins; the second is refused naming both rows;
- a CSV record with a broken quote (the reader finds those) is a rejected row (take_broken);
- the count of rows, the lists of rejections and warnings, and the identifiers rejected rows
  mention (never deactivated for a typo).

The work is split in two so that the first half can run in another process (see pipeline.py):
RowChecker looks at one row on its own (identifiers, values, the search key) and needs nothing but
its Config; RowParser takes the checker's results in file order.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import date
from operator import itemgetter

from ikrar.models.roster import headers as H
from ikrar.models.roster import hostile
from ikrar.models.roster.cells import Picker
from ikrar.models.roster.report import RejectedRow, RowWarning, reason
from ikrar.models.roster.roster_file import RosterFile
from ikrar.models.roster.row_checker import (
    C_EARLY,
    C_LATE,
    C_RECORD,
    C_REJECTED,
    PICKED,
    R_NIK,
    R_NIP,
    R_ROW,
    Config,
    RowChecker,
)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@contextmanager
def gc_paused():
    """The cyclic garbage collector off for a while: an import makes a few hundred thousand tuples
    and no cycles, and the collector would walk them again and again (~5% of an import)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class RowParser:
    """The file-order half: duplicates, counts, rejections and warnings. See RowChecker."""

    def __init__(self, roster: RosterFile, today: date | None = None, *, fold: bool = True,
                 known_names: frozenset = frozenset()):
        m = roster.mapping
        self.roster = roster
        self.today = today or date.today()
        self.col = {f: m.get(f) or "" for f in H.FIELDS}
        self.width = width = len(roster.headers)
        # one C call picks the mapped cells; unmapped fields read the "" appended at index `width`
        index = [roster.index(m.get(f)) for f in PICKED]
        unit_idx = [roster.index(h) for h in roster.unit_candidates]
        self.picked = Picker(width, itemgetter(*[width if i is None else i for i in index],
                                               *[i for i in unit_idx if i is not None]))
        self.columns = sorted({i for i in index + unit_idx if i is not None})  # what the reader must fill
        self.config = Config(self.col, H.is_combined_id(m.get("nip")), self.col["pangkat"] == self.col["golongan"],
                             self.today, fold, known_names,
                             tuple(h for h, i in zip(roster.unit_candidates, unit_idx, strict=True) if i is not None),
                             roster.encoding, roster.mixed_encoding)
        self.checker = RowChecker(self.config)
        self.reset()

    def reset(self) -> None:
        """Forget every row taken (to read the file again from the start)."""
        self.records: list[tuple] = []
        self.rejected: list[RejectedRow] = []
        self.warnings: list[RowWarning] = []
        self.mentioned: set[str] = set()  # identifiers of rejected rows: never deactivated for a typo
        self.seen_nip: dict[str, int] = {}
        self.seen_nik: dict[str, tuple[int, bool]] = {}  # nik -> (row, the row's identifier is the NIK)
        self.rows = 0

    def _mention(self, ids) -> None:
        for text in ids:
            digits = _digits(text)
            if len(digits) in (16, 18):
                self.mentioned.add(digits)

    def take(self, results: list) -> None:
        """RowChecker results, in file order."""
        kept = [res for res in results if res is not None]
        self.rows += len(kept)
        if self.take_clean(kept):
            return
        records, warnings, seen_nip, seen_nik = self.records, self.warnings, self.seen_nip, self.seen_nik
        for res in kept:
            row, rejected, early, late, ids, nik_field, record = res
            if early:
                warnings.extend(early)
            if rejected is not None:
                self.rejected.append(rejected)
                self._mention(ids)
                continue
            nip, nik = record[R_NIP], record[R_NIK]
            # duplicates inside the file: the first row wins
            if nip is not None:
                first = seen_nip.get(nip)
                if first is not None:
                    self._duplicate(row, "nip", nip, reason(
                        "duplicate_nip", f"NIP ganda: sudah ada di baris {first}; baris {first} yang dipakai",
                        f"Duplicate NIP: already on row {first}; row {first} is kept"), first, ids, record)
                    continue
            if nik is not None:
                seen = seen_nik.get(nik)
                if seen is not None and (nip is None or seen[1]):
                    self._duplicate(row, nik_field, nik, reason(
                        "duplicate_nik", f"NIK ganda: sudah ada di baris {seen[0]}; baris {seen[0]} yang dipakai",
                        f"Duplicate NIK: already on row {seen[0]}; row {seen[0]} is kept"), seen[0], ids, record)
                    continue
                if seen is None:
                    seen_nik[nik] = (row, nip is None)
            if nip is not None:
                seen_nip[nip] = row
            if late:
                warnings.extend(late)
            records.append(record)

    def take_broken(self, broken: list) -> None:
        """The CSV records the reader refused for their quotes (hostile.BrokenRecord): each is a
        rejected row, and the identifiers it swallowed are never deactivated for it."""
        headers = self.roster.headers
        for b in broken:
            column = headers[b.column] if b.column is not None and b.column < len(headers) else ""
            self.rows += 1
            self.rejected.append(RejectedRow(b.row, column, b.value, hostile.broken_reason(b, column)))
            self._mention(b.ids)

    def take_clean(self, kept: list) -> bool:
        """take() for the usual chunk, in bulk: no row refused or warned about, and no NIP or NIK
        seen before (in the chunk or earlier). False (nothing done) for any other chunk."""
        if any(res[C_REJECTED] is not None or res[C_EARLY] or res[C_LATE] for res in kept):
            return False
        records = [res[C_RECORD] for res in kept]
        nips = [(r[R_NIP], r[R_ROW]) for r in records if r[R_NIP] is not None]
        niks = [(r[R_NIK], (r[R_ROW], r[R_NIP] is None)) for r in records if r[R_NIK] is not None]
        new_nips, new_niks = dict(nips), dict(niks)
        if len(new_nips) != len(nips) or len(new_niks) != len(niks) or \
                not self.seen_nip.keys().isdisjoint(new_nips) or not self.seen_nik.keys().isdisjoint(new_niks):
            return False
        self.seen_nip.update(new_nips)
        self.seen_nik.update(new_niks)
        self.records.extend(records)
        return True

    def _duplicate(self, row, field, value, why, other, ids, record) -> None:
        self.rejected.append(RejectedRow(row, self.col[field], value, why, other))
        self._mention(ids if ids is not None else (record[R_NIP] or "", record[R_NIK] or ""))
