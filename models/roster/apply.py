"""Validated records → the employee table, in one transaction at the end.

Matching: by NIP; a NIP row whose NIK belongs to an existing person without a NIP is that person,
now an ASN (honorer → PPPK: the row gets the NIP and the category); a NIK-only row matches a
person without a NIP who has that NIK (a NIK-only row whose NIK belongs to someone with a NIP is
refused: it is an older list). An empty or unmapped cell keeps what the database has; attendances,
signatures and walk-in flags are never touched. Everyone the file lists, new, changed or unchanged,
is marked as this database's roster (employee.origin 'roster': what the coverage counts).
deactivate_missing: active people of the units in the file who are not in it become inactive, except
walk-ins and anyone whose row was rejected; when the file has a region column (a province's roster),
only the people of the file's (region, unit) pairs.

Speed: existing employees are loaded once into dicts for the diff; the writes go through
db.execute_sql in one transaction, as multi-row statements (models.store.bulk.execute_values):
peewee's insert_many spends most of its time building SQL, and row-by-row executemany makes the
FTS5 trigger flush once per row. A write that touches a large part of the table (a first import)
goes through models.store.bulk.fts_bulk: the search index and the table's indexes are built once
at the end instead of row by row, in the same transaction.
"""
from __future__ import annotations

from contextlib import nullcontext
from operator import itemgetter

from peewee import IntegrityError

from ikrar.models import cards, clock
from ikrar.models.queries.units import unit_key
from ikrar.models.roster.report import ImportCancelled, ImportReport, RejectedRow, RosterError, RowWarning, reason
from ikrar.models.search.fold import fold_name
from ikrar.models.store import dialect
from ikrar.models.store.bulk import execute_values, fts_bulk, worth_bulk
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Employee

# The columns an import writes, in the order of a record's fields (row_checker.RECORD_FIELDS) with the
# unit picked; a merged row (the old values where the file has none) is a tuple in this order.
COLS = ("nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
        "employment_status", "golongan", "pangkat", "position", "region", "unit_id")
_NIP, _NAME, _UNIT = COLS.index("nip"), COLS.index("name"), COLS.index("unit_id")

# An employee as the diff reads it: plain tuples read through the E_* names, since a re-import
# loads the whole table. Measured on this machine (shared, busy) for 100,000 rows: fetched in
# 300-320 ms as tuples, 400 ms as NamedTuples through a row factory.
EXISTING = ("id",) + COLS + ("active", "roster_order", "is_walk_in", "origin")
# the birth date as the file's ISO text on both engines (PostgreSQL returns a date object, which
# would differ from every row's text and count everyone as changed)
E_ID, E_NIP, E_NIK, E_NAME, E_REGION, E_UNIT, E_ACTIVE, E_ROSTER_ORDER, E_WALK_IN, E_ORIGIN = map(EXISTING.index, (
    "id", "nip", "nik", "name", "region", "unit_id", "active", "roster_order", "is_walk_in", "origin"))
E_COLS = slice(EXISTING.index(COLS[0]), EXISTING.index(COLS[-1]) + 1)  # the COLS, in order
_SELECT = "SELECT " + ", ".join("CAST(birth_date AS TEXT)" if c == "birth_date" else c for c in EXISTING) + \
    " FROM employee"

# A new person: the COLS, then these (card: the QR card's code of someone without a NIP, made here);
# active, not a walk-in, from the roster.
_INSERT = (f"INSERT INTO employee ({', '.join(COLS)}, roster_order, updated_at, search_key, card, active, "
           "is_walk_in, origin) VALUES ")
_INSERT_ROW = f"({', '.join('?' * (len(COLS) + 4))}, TRUE, FALSE, 'roster')"
# A person whose NIP or name changes: the COLS merged, then these.
_UPD_COLS = COLS + ("roster_order", "updated_at", "id", "search_key")
# Any other change: without nip/name/search_key, so the FTS trigger (AFTER UPDATE OF search_key, nip)
# stays quiet.
_LIGHT_VALUES = tuple(c for c in COLS if c not in ("nip", "name"))
_light_values = itemgetter(*map(COLS.index, _LIGHT_VALUES))  # a merged row → its _LIGHT_VALUES
_LIGHT_COLS = _LIGHT_VALUES + ("roster_order", "updated_at", "id")
_LIGHT_UNIT = _LIGHT_COLS.index("unit_id")


def _update_sql(cols: tuple[str, ...]) -> tuple[str, str]:
    """The head and tail of an update from a VALUES list (the values typed for PostgreSQL, where a
    VALUES column has no type of its own: dialect.typed)."""
    sets = ", ".join(f"{c} = {dialect.typed(f'v.{c}', Employee, c)}" for c in cols if c != "id")
    return (f"WITH v({', '.join(cols)}) AS (VALUES ",
            f") UPDATE employee SET {sets}, active = TRUE FROM v "
            f"WHERE employee.id = {dialect.typed('v.id', Employee, 'id')}")


_ORDER = "UPDATE employee SET roster_order = ? WHERE id = ?"
_DEACTIVATE = "UPDATE employee SET active = FALSE, updated_at = ? WHERE id = ?"
_ROSTER = "UPDATE employee SET origin = 'roster' WHERE id = ?"  # listed by this import, changed or not


def refuse_if_damaged() -> None:
    """An import into a database marked damaged (store.integrity) is refused with the one sentence
    every write gets (restore from a backup or the last sync file), before the file is read. The
    import's writes would be refused one by one by IkrarDatabase.execute_sql's guard; fts_bulk (which
    _write always enters) asks again when the write begins."""
    guard = getattr(db, "guard_write", None)
    if guard is not None:
        guard()


def known_names() -> frozenset[str]:
    """The names the employee table holds (their search keys need not be worked out again)."""
    return frozenset(name for (name,) in db.execute_sql("SELECT name FROM employee"))


class _Units:
    """The file's units: found by unit_key among those the database has, else created in file
    order (temporary ids -1, -2, ... until written)."""

    def __init__(self):
        self.ids = {unit_key(name): uid for uid, name in db.execute_sql("SELECT id, name FROM unit")}
        self.new: list[str] = []
        self.seen: dict[str, int] = {}  # the file's spelling -> id
        self.in_file: set[int] = set()
        self.regions: set[tuple[str, int]] = set()  # (region, unit id) pairs of a file with a region column

    def id_of(self, name: str) -> int:
        """The id of the unit *name* (a spelling not seen before in the file)."""
        key = unit_key(name)
        unit_id = self.ids.get(key)
        if unit_id is None:
            self.new.append(name)
            unit_id = self.ids[key] = -len(self.new)
        self.seen[name] = unit_id
        self.in_file.add(unit_id)
        return unit_id


class _Existing:
    """The employee table, loaded once for the diff."""

    def __init__(self):
        self.rows = db.execute_sql(_SELECT).fetchall()
        self.by_nip, self.free_nik, self.nik_owner = {}, {}, {}  # nik_owner: nik -> the NIP of its person
        for old in self.rows:
            if old[E_NIP] is not None:
                self.by_nip[old[E_NIP]] = old
                if old[E_NIK]:
                    self.nik_owner.setdefault(old[E_NIK], old[E_NIP])
            elif old[E_NIK]:
                self.free_nik.setdefault(old[E_NIK], old)


class _Changes:
    """What the diff found: rows for _INSERT, _UPDATE and _UPDATE_LIGHT, (roster_order, id) for
    _ORDER, (id,) for _ROSTER (people the file lists who were not the roster's yet), and the ids of
    the people the file reached."""

    def __init__(self):
        self.inserts: list[tuple] = []
        self.updates: list[tuple] = []
        self.light: list[tuple] = []
        self.orders: list[tuple] = []
        self.origins: list[tuple] = []
        self.touched: set[int] = set()


def apply_records(records: list[tuple], report: ImportReport, *, unit_pick: int | None,
                  mentioned: set[str], dry_run: bool, deactivate_missing: bool, check_cancel) -> None:
    """Diff *records* (rows.py's tuples) against the database, fill the report's counts and,
    unless dry_run, write. On a server the diff and the write are one transaction that merges wait
    for (dialect.serialized_on_server): what was read is still so when it is written."""
    with nullcontext() if dry_run else dialect.serialized_on_server():
        _apply(records, report, unit_pick=unit_pick, mentioned=mentioned, dry_run=dry_run,
               deactivate_missing=deactivate_missing, check_cancel=check_cancel)


def _apply(records: list[tuple], report: ImportReport, *, unit_pick: int | None,
           mentioned: set[str], dry_run: bool, deactivate_missing: bool, check_cancel) -> None:
    stamp = clock.iso(clock.now())
    units = _Units()
    existing = _Existing()
    changes = _diff(records, existing, units, report, unit_pick=unit_pick, mentioned=mentioned, stamp=stamp,
                    check_cancel=check_cancel)
    report.created, report.updated = len(changes.inserts), len(changes.updates) + len(changes.light)
    report.unchanged = len(records) - report.created - report.updated - \
        sum(1 for r in report.rejected if r.reason.code == "nik_has_nip")
    report.units_created = list(units.new)
    deactivate = _deactivations(existing, units, changes, report, unit_pick=unit_pick, mentioned=mentioned,
                                stamp=stamp) if deactivate_missing else []
    report.deactivated = len(deactivate)
    if dry_run:
        return
    # search keys the reading did not work out (names the database has), before the transaction
    # (a short lock)
    inserts = _with_cards(_with_keys(changes.inserts, _NAME))
    updates = _with_keys(changes.updates, _NAME)
    if check_cancel():
        raise ImportCancelled()
    # many rows new or with a new name or NIP: the search index and the table's indexes are built
    # once at the end (rows that only change other fields are cheaper updated in place)
    bulk = worth_bulk(len(inserts) + len(updates), len(existing.rows) + len(inserts))
    try:
        _write(units.new, inserts, updates, changes.light, changes.orders, deactivate, bulk, changes.origins)
    except IntegrityError as exc:  # another desk wrote the same person meanwhile
        raise RosterError(report.path, f"basis data berubah selama impor ({exc}); ulangi impor",
                          f"the database changed during the import ({exc}); run the import again",
                          code="conflict") from None


def _diff(records: list[tuple], existing: _Existing, units: _Units, report: ImportReport, *,
          unit_pick: int | None, mentioned: set[str], stamp: str, check_cancel) -> _Changes:
    """What *records* change; a NIK-only row whose NIK belongs to someone with a NIP is refused
    (into report.rejected and *mentioned*)."""
    changes = _Changes()
    inserts, updates, light, orders, touched = (changes.inserts, changes.updates, changes.light, changes.orders,
                                                changes.touched)
    by_nip, free_nik, nik_owner = existing.by_nip, existing.free_nik, existing.nik_owner
    seen_units, unit_of = units.seen, units.id_of
    nik_column = report.mapping.get("nik", "")
    by_region, region_units = bool(report.mapping.get("region")), units.regions
    for n, rec in enumerate(records):
        if not n % 1000 and check_cancel():
            raise ImportCancelled()
        (row, nip, nik, name, front, back, gender, birth, category, status, golongan, pangkat, position, region,
         unit_cells, key) = rec  # row_checker.RECORD_FIELDS
        unit_name = unit_cells[unit_pick] if unit_pick is not None else None
        unit_id = (seen_units.get(unit_name) or unit_of(unit_name)) if unit_name else None
        if by_region:
            region_units.add((region or "", unit_id))
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
        if old is not None and old[E_ID] in touched:
            old = None  # a second row reaching one person through a NIK: a new person
        if old is None:
            inserts.append((nip, nik, name, front or "", back or "", gender, birth, category, status or "",
                            golongan or "", pangkat or "", position or "", region or "", unit_id, row, stamp, key))
            continue
        touched.add(old[E_ID])
        if old[E_ORIGIN] != "roster":
            changes.origins.append((old[E_ID],))
        new = (nip, nik, name, front, back, gender, birth, category, status, golongan, pangkat, position, region,
               unit_id)  # COLS
        was = old[E_COLS]
        merged = tuple([o if v is None else v for v, o in zip(new, was, strict=True)])
        if merged != was or not old[E_ACTIVE]:
            if merged[_NIP] != old[E_NIP] or merged[_NAME] != old[E_NAME]:
                updates.append(merged + (row, stamp, old[E_ID], key))
            else:
                light.append(_light_values(merged) + (row, stamp, old[E_ID]))
        elif old[E_ROSTER_ORDER] != row:
            orders.append((row, old[E_ID]))
    return changes


def _deactivations(existing: _Existing, units: _Units, changes: _Changes, report: ImportReport, *,
                   unit_pick: int | None, mentioned: set[str], stamp: str) -> list[tuple]:
    """(updated_at, id) of the active people of the file's units whom the file does not reach (not
    walk-ins, nor anyone a rejected row mentions); none without a unit column (with a warning)."""
    if unit_pick is None:
        report.warnings.append(RowWarning(report.header_row, "", "", reason(
            "no_unit_column", "Tidak ada kolom unit kerja: tidak ada yang dinonaktifkan",
            "No unit column: nobody was deactivated")))
        return []
    file_units, touched, regions = units.in_file, changes.touched, units.regions
    # A file with a region column reaches its regions' units only: a province's hub importing one
    # regency's list must not deactivate "Dinas Pendidikan" of every other regency.
    return [(stamp, old[E_ID]) for old in existing.rows
            if old[E_ACTIVE] and old[E_UNIT] in file_units and old[E_ID] not in touched and not old[E_WALK_IN]
            and old[E_NIP] not in mentioned and old[E_NIK] not in mentioned
            and (not regions or (old[E_REGION], old[E_UNIT]) in regions)]


def _with_keys(rows: list[tuple], name_at: int) -> list[tuple]:
    """Fill in the search key (the last value) where it is None."""
    if all(r[-1] is not None for r in rows):
        return rows
    return [r if r[-1] is not None else r[:-1] + (fold_name(r[name_at]),) for r in rows]


def _with_cards(rows: list[tuple]) -> list[tuple]:
    """Each new person's card code after the search key: a new one for someone without a NIP, else None."""
    codes = iter(cards.fresh_codes(sum(1 for r in rows if r[_NIP] is None)))
    return [r + ((next(codes) if r[_NIP] is None else None),) for r in rows]


def _write(new_units, inserts, updates, light, orders, deactivate, bulk: bool, origins=()) -> None:
    # one transaction; a large write builds the search index and the table's indexes once at the end.
    # fts_bulk also refuses a database marked damaged before anything is written (even when not bulk)
    with dialect.after_large_write(db) if bulk else nullcontext(), fts_bulk(db, enabled=bulk, indexes=bulk):
        real = {}
        for i, name in enumerate(new_units, 1):
            # the unit's id from the database (RETURNING; a sequence on PostgreSQL), never MAX(id) + 1;
            # the sort order is only an order: two imports giving one number is harmless
            real[-i] = db.execute_sql("INSERT INTO unit (name, parent_id, sort_order) SELECT ?, NULL, "
                                      "COALESCE(MAX(sort_order), 0) + 1 FROM unit RETURNING id", (name,)).fetchone()[0]
        update, update_light = _update_sql(_UPD_COLS), _update_sql(_LIGHT_COLS)
        execute_values(db, _INSERT, inserts, one=_INSERT_ROW, fix_at=_UNIT, fix=real)
        execute_values(db, update[0], updates, update[1], fix_at=_UNIT, fix=real)
        execute_values(db, update_light[0], light, update_light[1], fix_at=_LIGHT_UNIT, fix=real)
        dialect.execute_many(_ORDER, orders)
        dialect.execute_many(_DEACTIVATE, deactivate)
        dialect.execute_many(_ROSTER, origins)
