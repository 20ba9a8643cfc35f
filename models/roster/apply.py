"""Validated records → the employee table, in one transaction at the end.

Matching: by NIP; a NIP row whose NIK belongs to an existing person without a NIP is that person,
now an ASN (honorer → PPPK: the row gets the NIP and the category); a NIK-only row matches a
person without a NIP who has that NIK (a NIK-only row whose NIK belongs to someone with a NIP is
refused: it is an older list). An empty or unmapped cell keeps what the database has; attendances,
signatures and walk-in flags are never touched. deactivate_missing: active people of the units in
the file who are not in it become inactive, except walk-ins and anyone whose row was rejected.

Speed: existing employees are loaded once into dicts for the diff; the writes go through peewee's
sqlite3 connection inside one db.atomic(), as multi-row statements (see _in_chunks): peewee's
insert_many spends most of its time building SQL, and row-by-row executemany makes the FTS5
trigger flush once per row.
"""
from __future__ import annotations

import sqlite3

from .. import clock
from ..db import db
from ..textfold import fold_name
from .report import ImportCancelled, ImportReport, RejectedRow, RosterError, RowWarning, reason
from .rows import Record

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


def _in_chunks(conn, head: str, rows: list[tuple], tail: str = "", one: str | None = None) -> None:
    """head + (?, ...), (?, ...) + tail, a few hundred rows per statement. One statement for many
    rows matters: FTS5 flushes its buffer at every statement that fires its trigger, which makes
    row-by-row executemany about 7x slower here."""
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
        conn.execute(sql, [v for r in part for v in r])


def _unit_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def apply_records(records: list[Record], report: ImportReport, *, unit_pick: int | None,
                  mentioned: set[str], dry_run: bool, deactivate_missing: bool, check_cancel) -> None:
    """Diff *records* against the database, fill the report's counts and, unless dry_run, write."""
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
    for n, rec in enumerate(records):
        if not n % 1000 and check_cancel():
            raise ImportCancelled()
        unit_id = None
        if unit_pick is not None and rec.units[unit_pick]:
            name = rec.units[unit_pick]
            unit_id = seen_units.get(name)
            if unit_id is None:
                key = _unit_key(name)
                unit_id = units.get(key)
                if unit_id is None:
                    new_units.append(name)
                    unit_id = units[key] = -len(new_units)
                seen_units[name] = unit_id
                file_units.add(unit_id)
        new = (rec.nip, rec.nik, rec.name, rec.front_title, rec.back_title, rec.gender, rec.birth_date,
               rec.category, rec.golongan, rec.pangkat, rec.position, unit_id)
        old = None
        if rec.nip is not None:
            old = by_nip.get(rec.nip)
            if old is None and rec.nik is not None:
                old = free_nik.get(rec.nik)  # honorer -> ASN
        else:
            old = free_nik.get(rec.nik)
            if old is None and rec.nik in nik_owner:
                owner = nik_owner[rec.nik]
                report.rejected.append(RejectedRow(rec.row, report.mapping.get("nik", ""), rec.nik, reason(
                    "nik_has_nip", f"NIK ini sudah milik pegawai ber-NIP {owner}; baris tanpa NIP tidak dipakai",
                    f"This NIK already belongs to the employee with NIP {owner}; the row without a NIP is not used")))
                mentioned.add(rec.nik)
                continue
        if old is not None and old[0] in touched:
            old = None  # a second row reaching one person through a NIK: a new person
        if old is None:
            inserts.append((rec.nip, rec.nik, rec.name, rec.front_title or "", rec.back_title or "", rec.gender,
                            rec.birth_date, rec.category, rec.golongan or "", rec.pangkat or "", rec.position or "",
                            unit_id, rec.row, stamp))
            continue
        touched.add(old[0])
        merged = tuple(o if v is None else v for v, o in zip(new, old[1:13]))
        if merged != old[1:13] or not old[13]:
            if merged[0] != old[1] or merged[2] != old[3]:
                updates.append(merged + (rec.row, stamp, old[0]))
            else:
                light.append(merged[1:2] + merged[3:] + (rec.row, stamp, old[0]))
        elif old[14] != rec.row:
            orders.append((rec.row, old[0]))
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
    # the search key is worked out only when writing, and before the transaction (a short lock)
    inserts = [r + (fold_name(r[2]),) for r in inserts]
    updates = [r + (fold_name(r[2]),) for r in updates]
    if check_cancel():
        raise ImportCancelled()
    try:
        _write(new_units, inserts, updates, light, orders, deactivate)
    except sqlite3.IntegrityError as exc:  # another desk wrote the same person meanwhile
        raise RosterError(report.path, f"basis data berubah selama impor ({exc}); ulangi impor",
                          f"the database changed during the import ({exc}); run the import again",
                          code="conflict") from None


def _write(new_units, inserts, updates, light, orders, deactivate) -> None:
    with db.atomic():
        conn = db.connection()
        real = {}
        for i, name in enumerate(new_units, 1):
            top = conn.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit").fetchone()[0]
            real[-i] = conn.execute("INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, ?)",
                                    (name, top)).lastrowid

        def fix(rows, at):
            if not real:
                return rows
            return [r[:at] + (real.get(r[at], r[at]),) + r[at + 1:] for r in rows]

        _in_chunks(conn, _INSERT, fix(inserts, _UNIT), one=_INSERT_ROW)
        _in_chunks(conn, _UPDATE[0], fix(updates, _UNIT), _UPDATE[1])
        _in_chunks(conn, _UPDATE_LIGHT[0], fix(light, _UNIT - 2), _UPDATE_LIGHT[1])
        conn.executemany(_ORDER, orders)
        conn.executemany(_DEACTIVATE, deactivate)
