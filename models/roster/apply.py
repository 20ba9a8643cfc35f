"""Validated records → the employee table, in one transaction at the end.

Matching: by NIP; a NIP row whose NIK belongs to an existing person without a NIP is that person,
now an ASN (honorer → PPPK: the row gets the NIP and the category); a NIK-only row matches a
person without a NIP who has that NIK (a NIK-only row whose NIK belongs to someone with a NIP is
refused: it is an older list). An empty or unmapped cell keeps what the database has; attendances,
signatures and walk-in flags are never touched. deactivate_missing: active people of the units in
the file who are not in it become inactive, except walk-ins and anyone whose row was rejected.

Speed: existing employees are loaded once into dicts for the diff; the writes go through peewee's
sqlite3 connection in one transaction, as multi-row statements (see _in_chunks): peewee's
insert_many spends most of its time building SQL, and row-by-row executemany makes the FTS5
trigger flush once per row. A write that touches a large part of the table (a first import) goes
through models.bulk.fts_bulk: the search index and the table's indexes are built once at the end
instead of row by row, in the same transaction.
"""
from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from itertools import chain

from ikrar.models import clock
from ikrar.models.roster.report import ImportCancelled, ImportReport, RejectedRow, RosterError, RowWarning, reason
from ikrar.models.search.fold import fold_name
from ikrar.models.store.bulk import fts_bulk, worth_bulk
from ikrar.models.store.connection import checkpoint_afterwards, db

COLS = ("nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
        "golongan", "pangkat", "position", "unit_id")
_UNIT = COLS.index("unit_id")

_SELECT = f"SELECT id, {', '.join(COLS)}, active, roster_order, is_walk_in FROM employee"
_INSERT = (f"INSERT INTO employee ({', '.join(COLS)}, roster_order, updated_at, search_key, active, is_walk_in) "
           "VALUES ")
_INSERT_ROW = f"({', '.join('?' * (len(COLS) + 3))}, 1, 0)"
_UPD_COLS = COLS + ("roster_order", "updated_at", "id", "search_key")
# Without nip/name/search_key, so the FTS trigger (AFTER UPDATE OF search_key, nip) stays quiet.
_LIGHT_COLS = COLS[1:2] + COLS[3:] + ("roster_order", "updated_at", "id")


def _update_sql(cols: tuple[str, ...]) -> tuple[str, str]:
    sets = ", ".join(f"{c} = v.{c}" for c in cols if c != "id")
    return (f"WITH v({', '.join(cols)}) AS (VALUES ",
            f") UPDATE employee SET {sets}, active = 1 FROM v WHERE employee.id = v.id")


_UPDATE, _UPDATE_LIGHT = _update_sql(_UPD_COLS), _update_sql(_LIGHT_COLS)
_ORDER = "UPDATE employee SET roster_order = ? WHERE id = ?"
_DEACTIVATE = "UPDATE employee SET active = 0, updated_at = ? WHERE id = ?"


def _in_chunks(conn, head: str, rows: list[tuple], tail: str = "", one: str | None = None, *,
               fix_at: int | None = None, fix: dict | None = None) -> None:
    """head + (?, ...), (?, ...) + tail, a few hundred rows per statement. One statement for many
    rows matters: FTS5 flushes its buffer at every statement that fires its trigger, which makes
    row-by-row executemany about 7x slower here. fix: {value: replacement} for the value at index
    fix_at of every row (the temporary ids of new units)."""
    if not rows:
        return
    width = len(rows[0])
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    size = max(1, min(500, limit // width))
    one = one or "(" + ", ".join("?" * width) + ")"
    full = head + ", ".join([one] * size) + tail
    for start in range(0, len(rows), size):
        part = rows[start:start + size]
        sql = full if len(part) == size else head + ", ".join([one] * len(part)) + tail
        values = list(chain.from_iterable(part))
        if fix:
            values[fix_at::width] = [fix.get(v, v) for v in values[fix_at::width]]
        conn.execute(sql, values)


def _unit_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def known_names() -> frozenset[str]:
    """The names the employee table holds (their search keys need not be worked out again)."""
    return frozenset(name for (name,) in db.connection().execute("SELECT name FROM employee"))


def apply_records(records: list[tuple], report: ImportReport, *, unit_pick: int | None,
                  mentioned: set[str], dry_run: bool, deactivate_missing: bool, check_cancel) -> None:
    """Diff *records* (rows.py's tuples) against the database, fill the report's counts and,
    unless dry_run, write."""
    stamp = clock.iso(clock.now())
    conn = db.connection()
    units = {_unit_key(name): uid for uid, name in conn.execute("SELECT id, name FROM unit")}
    new_units: list[str] = []  # created in file order; temporary ids -1, -2, ...
    by_nip, free_nik, nik_owner = {}, {}, {}
    existing = conn.execute(_SELECT).fetchall()
    for row in existing:
        if row[1] is not None:
            by_nip[row[1]] = row
            if row[2]:
                nik_owner.setdefault(row[2], row[1])
        elif row[2]:
            free_nik.setdefault(row[2], row)
    inserts, updates, light, orders = [], [], [], []
    touched: set[int] = set()
    file_units: set[int] = set()
    seen_units: dict[str, int] = {}  # the file's spelling -> id
    nik_column = report.mapping.get("nik", "")
    for n, rec in enumerate(records):
        if not n % 1000 and check_cancel():
            raise ImportCancelled()
        (row, nip, nik, name, front, back, gender, birth, category, golongan, pangkat, position, unit_cells,
         key) = rec
        unit_id = None
        if unit_pick is not None:
            unit_name = unit_cells[unit_pick]
            if unit_name:
                unit_id = seen_units.get(unit_name)
                if unit_id is None:
                    unit_key = _unit_key(unit_name)
                    unit_id = units.get(unit_key)
                    if unit_id is None:
                        new_units.append(unit_name)
                        unit_id = units[unit_key] = -len(new_units)
                    seen_units[unit_name] = unit_id
                    file_units.add(unit_id)
        if nip is not None:
            old = by_nip.get(nip)
            if old is None and nik is not None:
                old = free_nik.get(nik)  # honorer -> ASN
        else:
            old = free_nik.get(nik)
            if old is None and nik in nik_owner:
                owner = nik_owner[nik]
                report.rejected.append(RejectedRow(row, nik_column, nik, reason(
                    "nik_has_nip", f"NIK ini sudah milik pegawai ber-NIP {owner}; baris tanpa NIP tidak dipakai",
                    f"This NIK already belongs to the employee with NIP {owner}; the row without a NIP is not used")))
                mentioned.add(nik)
                continue
        if old is not None and old[0] in touched:
            old = None  # a second row reaching one person through a NIK: a new person
        if old is None:
            inserts.append((nip, nik, name, front or "", back or "", gender, birth, category, golongan or "",
                            pangkat or "", position or "", unit_id, row, stamp, key))
            continue
        touched.add(old[0])
        new = (nip, nik, name, front, back, gender, birth, category, golongan, pangkat, position, unit_id)
        was = old[1:13]
        merged = tuple([o if v is None else v for v, o in zip(new, was)])
        if merged != was or not old[13]:
            if merged[0] != old[1] or merged[2] != old[3]:
                updates.append(merged + (row, stamp, old[0], key))
            else:
                light.append(merged[1:2] + merged[3:] + (row, stamp, old[0]))
        elif old[14] != row:
            orders.append((row, old[0]))
    report.created, report.updated = len(inserts), len(updates) + len(light)
    report.unchanged = len(records) - report.created - report.updated - \
        sum(1 for r in report.rejected if r.reason.code == "nik_has_nip")
    report.units_created = list(new_units)

    deactivate = []
    if deactivate_missing:
        if unit_pick is None:
            report.warnings.append(RowWarning(report.header_row, "", "", reason(
                "no_unit_column", "Tidak ada kolom unit kerja: tidak ada yang dinonaktifkan",
                "No unit column: nobody was deactivated")))
        else:
            deactivate = [(stamp, r[0]) for r in existing
                          if r[13] and r[_UNIT + 1] in file_units and r[0] not in touched and not r[15]
                          and r[1] not in mentioned and r[2] not in mentioned]
    report.deactivated = len(deactivate)
    if dry_run:
        return
    # search keys the reading did not work out (names the database has), before the transaction
    # (a short lock)
    inserts = _with_keys(inserts, 2)
    updates = _with_keys(updates, 2)
    if check_cancel():
        raise ImportCancelled()
    # many rows new or with a new name or NIP: the search index and the table's indexes are built
    # once at the end (rows that only change other fields are cheaper updated in place)
    bulk = worth_bulk(len(inserts) + len(updates), len(existing) + len(inserts))
    try:
        _write(new_units, inserts, updates, light, orders, deactivate, bulk)
    except sqlite3.IntegrityError as exc:  # another desk wrote the same person meanwhile
        raise RosterError(report.path, f"basis data berubah selama impor ({exc}); ulangi impor",
                          f"the database changed during the import ({exc}); run the import again",
                          code="conflict") from None


def _with_keys(rows: list[tuple], name_at: int) -> list[tuple]:
    """Fill in the search key (the last value) where it is None."""
    if all(r[-1] is not None for r in rows):
        return rows
    return [r if r[-1] is not None else r[:-1] + (fold_name(r[name_at]),) for r in rows]


def _write(new_units, inserts, updates, light, orders, deactivate, bulk: bool) -> None:
    # one transaction; a large write builds the search index and the table's indexes once at the end
    with checkpoint_afterwards(db) if bulk else nullcontext(), fts_bulk(db, enabled=bulk, indexes=bulk):
        conn = db.connection()
        real = {}
        for i, name in enumerate(new_units, 1):
            top = conn.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit").fetchone()[0]
            real[-i] = conn.execute("INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, ?)",
                                    (name, top)).lastrowid

        _in_chunks(conn, _INSERT, inserts, one=_INSERT_ROW, fix_at=_UNIT, fix=real)
        _in_chunks(conn, _UPDATE[0], updates, _UPDATE[1], fix_at=_UNIT, fix=real)
        _in_chunks(conn, _UPDATE_LIGHT[0], light, _UPDATE_LIGHT[1], fix_at=_UNIT - 2, fix=real)
        conn.executemany(_ORDER, orders)
        conn.executemany(_DEACTIVATE, deactivate)
