"""Card codes in the database: which code a person's QR card carries, new codes that no one here has, and
the person behind a scanned code (models/card_code.py says what a code looks like).

Where codes are made: with a person without a NIP (Employee.save for a walk-in, the roster import, the
merge of someone a file brings without one), by migration 5 for the people already there, and, as a
last resort, when the cards are printed for someone written by another path (the demo). A code a file
carries is kept as it came: the person's own when they are new here (or had none), else a CardAlias,
so the cards two desks printed for one walk-in before they met both keep working. A code already
someone else's here is never taken over (models/sync/apply.py).
"""
from __future__ import annotations

from peewee import chunked

from ikrar.models.card_code import new_codes, normalise
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import CardAlias, Employee

_CHUNK = 500  # keys per IN (...): within SQLite's bound-parameter limit
_ALL_AT = 5_000  # more codes to look up than this: read every code held here instead


def person_by_card(code) -> Employee | None:
    """The person whose card carries *code* ("IKR-…", written any way card_code.normalise reads), active
    or not; None for anything else (a NIP or NIK is search.lookup.find_by_code's)."""
    card = normalise(code)
    if card is None:
        return None
    found = Employee.get_or_none(Employee.card == card)
    if found is None:
        found = Employee.select().join(CardAlias, on=CardAlias.employee == Employee.id).where(
            CardAlias.code == card).first()
    return found


def taken(codes) -> dict[str, int]:
    """{code: employee id} for those of *codes* that a person here has, as their card or an alias."""
    codes = set(codes)
    found: dict[str, int] = {}
    if len(codes) > _ALL_AT:  # many (a roster's worth): every code held here, read once
        rows = db.execute_sql("SELECT card, id FROM employee WHERE card IS NOT NULL UNION ALL "
                            "SELECT code, employee_id FROM card_alias").fetchall()
        return {code: pid for code, pid in rows if code in codes}
    for part in chunked(sorted(codes), _CHUNK):
        marks = ", ".join("?" * len(part))
        for sql in (f"SELECT card, id FROM employee WHERE card IN ({marks})",
                    f"SELECT code, employee_id FROM card_alias WHERE code IN ({marks})"):
            found.update(db.execute_sql(sql, part).fetchall())
    return found


def fresh_codes(count: int, reserved=()) -> list[str]:
    """*count* new codes that no one here has and that are not among *reserved* (codes given out in the
    same write). 50 random bits each: a clash is not expected, but checked."""
    reserved = set(reserved)
    codes: dict[str, None] = {}
    while len(codes) < count:
        wanted = [c for c in new_codes(count - len(codes)) if c not in reserved and c not in codes]
        clash = taken(wanted)
        codes.update(dict.fromkeys(c for c in wanted if c not in clash))
    return list(codes)


def card_codes(employee_ids) -> dict[int, str]:
    """What each person's QR card carries: the NIP (18 digits) for an ASN, else the card code. Someone
    without either (written by a path that makes none, like the demo's bulk insert) gets one now, unless
    the database is only read: then their card has no QR ("" here)."""
    rows: list[tuple] = []
    for part in chunked(list(employee_ids), _CHUNK):
        rows += db.execute_sql(f"SELECT id, nip, card FROM employee WHERE id IN ({', '.join('?' * len(part))})",
                             part).fetchall()
    codes = {pid: nip or card or "" for pid, nip, card in rows}
    missing = sorted(pid for pid, code in codes.items() if not code)
    if missing and not getattr(db.obj, "read_only", False):
        codes.update(give_codes(missing))
    return codes


def give_codes(employee_ids: list[int]) -> dict[int, str]:
    """New card codes for the people *employee_ids* that have neither a NIP nor a code yet; {id: code}."""
    with db.atomic():
        ids = [pid for part in chunked(employee_ids, _CHUNK) for (pid,) in db.execute_sql(
            f"SELECT id FROM employee WHERE nip IS NULL AND card IS NULL AND id IN ({', '.join('?' * len(part))})",
            part).fetchall()]
        given = dict(zip(ids, fresh_codes(len(ids)), strict=True))
        dialect.execute_many("UPDATE employee SET card = ? WHERE id = ?", [(c, i) for i, c in given.items()])
    return given


def add_aliases(pairs) -> None:
    """Store (code, employee id) aliases (the caller checked that no one else has the code; one a
    concurrent merge stored meanwhile is kept as it is)."""
    dialect.execute_many("INSERT INTO card_alias (code, employee_id) VALUES (?, ?) ON CONFLICT (code) DO NOTHING",
                         list(pairs))
