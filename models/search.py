"""Finding a person at the desk: by any part of the name or the NIP, fast enough to run per keystroke.

Names are compared as folded keys (`textfold.fold_name`, stored in `employee.search_key`). A key
holds only [a-z0-9] and a NIP query only digits, so no LIKE/GLOB/FTS special character can ever
reach a pattern; `_safe` still checks that before any pattern is built.

Plan, chosen by measurement on 100,000 people (bench/bench_search.py):
- 1-2 characters: a range on the `employee_search_key` index (a name starting with them).
- 3+ characters: exact and prefix from that index, then substrings from the FTS5 trigram index.
- 6+ characters with too few results: keys within one edit, candidates from the trigram index.
- digits: NIP prefix on the unique index, then NIP substrings from the trigram index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .db import db
from .schema import Attendance, Employee, Unit
from .textfold import fold_query

MATCH_ORDER = ("nip", "exact", "prefix", "substring", "typo")
TYPO_MIN = 6  # shorter queries would match too much at one edit
_SAFE = re.compile(r"[a-z0-9]+")
_RANK = {m: i for i, m in enumerate(MATCH_ORDER)}
# Caps on how many index entries one keystroke may rank; beyond them the user types more.
_PREFIX_CAP = 2000
_SUBSTRING_CAP = 1000


@dataclass
class SearchHit:
    employee_id: int
    nip: str | None
    nik_present: bool
    display_name: str
    position: str
    unit_name: str
    category: str
    golongan: str
    active: bool
    present: bool | None
    match: str


def _safe(q: str) -> str:
    if not _SAFE.fullmatch(q):
        raise ValueError(f"unsafe search term {q!r}")
    return q


def _active(include_inactive: bool) -> str:
    return "" if include_inactive else " AND e.active = 1"


def _upper(q: str) -> str:
    # The smallest string above every key starting with q (keys are [a-z0-9]).
    return q + "~"


def _name_candidates(q: str, limit: int, include_inactive: bool) -> list[tuple[int, str, str]]:
    """(id, key, match) for key == q, key starting with q, key containing q; best first."""
    _safe(q)
    active = _active(include_inactive)
    if len(q) < 3:
        # Index order puts the exact key first; too many rows here to rank by length.
        rows = db.execute_sql(
            "SELECT e.id, e.search_key FROM employee e INDEXED BY employee_search_key"
            f" WHERE e.search_key >= ? AND e.search_key < ?{active} ORDER BY e.search_key LIMIT ?",
            (q, _upper(q), limit),
        ).fetchall()
        return [(i, k, "exact" if k == q else "prefix") for i, k in rows]
    rows = db.execute_sql(
        "SELECT id, search_key FROM (SELECT e.id, e.search_key FROM employee e INDEXED BY"
        f" employee_search_key WHERE e.search_key >= ? AND e.search_key < ?{active}"
        " ORDER BY e.search_key LIMIT ?) ORDER BY length(search_key), search_key LIMIT ?",
        (q, _upper(q), _PREFIX_CAP, limit),
    ).fetchall()
    out = [(i, k, "exact" if k == q else "prefix") for i, k in rows]  # exact is the shortest
    if len(out) < limit:
        rows = db.execute_sql(
            "SELECT e.id, e.search_key FROM (SELECT rowid FROM employee_fts WHERE employee_fts"
            " MATCH ? LIMIT ?) f JOIN employee e ON e.id = f.rowid"
            f" WHERE NOT (e.search_key >= ? AND e.search_key < ?){active}"
            " ORDER BY length(e.search_key), e.search_key LIMIT ?",
            (f'{{search_key}}: "{q}"', _SUBSTRING_CAP, q, _upper(q), limit - len(out)),
        ).fetchall()
        out += [(i, k, "substring") for i, k in rows]
    return out


def _one_edit_patterns(q: str) -> tuple[list[str], list[str]]:
    """Literal strings and LIKE patterns ('_' = any one character) one edit away from q."""
    literals, likes = set(), set()
    n = len(q)
    for i in range(n):
        literals.add(q[:i] + q[i + 1:])  # the user typed a letter too many
        likes.add(q[:i] + "_" + q[i + 1:])  # a wrong letter
        if 0 < i:
            likes.add(q[:i] + "_" + q[i:])  # a letter missing
        if i < n - 1:
            literals.add(q[:i] + q[i + 1] + q[i] + q[i + 2:])  # two letters swapped
    literals.discard(q)
    # The trigram index serves a LIKE only through a run of >= 3 literal characters.
    likes = {p for p in likes if max(len(s) for s in p.split("_")) >= 3}
    return sorted(literals), sorted(likes)


def _typo_regex(q: str) -> re.Pattern:
    literals, likes = _one_edit_patterns(q)
    return re.compile("|".join([re.escape(s) for s in literals] + [p.replace("_", ".") for p in likes]))


def _typo_candidates(q: str, limit: int, exclude: set[int], include_inactive: bool) -> list[tuple[int, str, str]]:
    _safe(q)
    literals, likes = _one_edit_patterns(q)
    parts = ["SELECT rowid FROM employee_fts WHERE employee_fts MATCH ?"]
    args: list = ["{search_key}: (" + " OR ".join(f'"{s}"' for s in literals) + ")"]
    for pattern in likes:
        parts.append("SELECT rowid FROM employee_fts WHERE search_key LIKE ?")
        args.append(f"%{pattern}%")
    # No ORDER BY: streaming lets SQLite stop at the LIMIT; the few rows are ranked in Python.
    rows = db.execute_sql(
        f"SELECT DISTINCT e.id, e.search_key FROM ({' UNION ALL '.join(parts)}) f"
        f" JOIN employee e ON e.id = f.rowid WHERE 1{_active(include_inactive)} LIMIT ?",
        (*args, limit + len(exclude)),
    ).fetchall()
    check = _typo_regex(q)
    hits = [(i, k, "typo") for i, k in rows if i not in exclude and check.search(k)]
    hits.sort(key=lambda r: (len(r[1]), r[1]))
    return hits[:limit]


def _nip_candidates(digits: str, limit: int, include_inactive: bool) -> list[tuple[int, str, str]]:
    _safe(digits)
    active = _active(include_inactive)
    rows = db.execute_sql(
        "SELECT e.id, e.nip FROM employee e INDEXED BY employee_nip"
        f" WHERE e.nip >= ? AND e.nip < ?{active} ORDER BY e.nip LIMIT ?",
        (digits, digits + ":", limit),  # ':' sorts right after '9'
    ).fetchall()
    if len(rows) < limit and len(digits) >= 3:
        rows += db.execute_sql(
            "SELECT e.id, e.nip FROM employee_fts f JOIN employee e ON e.id = f.rowid"
            f" WHERE employee_fts MATCH ? AND NOT (e.nip >= ? AND e.nip < ?){active}"
            " ORDER BY e.nip LIMIT ?",
            (f'{{nip}}: "{digits}"', digits, digits + ":", limit - len(rows)),
        ).fetchall()
    return [(i, k, "nip") for i, k in rows]


def _hits(ranked: list[tuple[int, str, str]], event_id: str | None) -> list[SearchHit]:
    ids = [r[0] for r in ranked]
    if not ids:
        return []
    employees = {
        e.id: e
        for e in Employee.select(Employee, Unit.name)
        .join(Unit, join_type="LEFT OUTER", on=(Employee.unit == Unit.id))
        .where(Employee.id.in_(ids))
    }
    present: set[int] = set()
    if event_id is not None:
        present = {
            a.employee_id
            for a in Attendance.select(Attendance.employee).where(
                (Attendance.event == event_id)
                & Attendance.employee.in_(ids)
                & Attendance.voided_at.is_null()
                & (Attendance.status == "H")
            )
        }
    out = []
    for employee_id, _, match in ranked:
        e = employees[employee_id]
        out.append(
            SearchHit(
                employee_id=e.id,
                nip=e.nip,
                nik_present=bool(e.nik),
                display_name=e.display_name(),
                position=e.position,
                unit_name=e.unit.name if e.unit_id is not None else "",
                category=e.category,
                golongan=e.golongan,
                active=bool(e.active),
                present=None if event_id is None else e.id in present,
                match=match,
            )
        )
    return out


def search(
    text: str, *, limit: int = 20, event_id: str | None = None, include_inactive: bool = False
) -> list[SearchHit]:
    """People whose name or NIP contains what was typed, best first, at most *limit*."""
    if limit <= 0:
        return []
    digits = re.sub(r"[\s.\-]", "", text or "")
    if digits.isascii() and digits.isdigit():
        return _hits(_nip_candidates(digits, limit, include_inactive), event_id)
    best: dict[int, tuple[int, int, str, str]] = {}  # id -> (rank, length, key, match)

    def add(rows):
        for i, k, m in rows:
            entry = (_RANK[m], len(k), k, m)
            if i not in best or entry < best[i]:
                best[i] = entry

    keys = fold_query(text)
    for q in keys:
        add(_name_candidates(q, limit, include_inactive))
    for q in keys:
        if len(best) >= limit:
            break
        if len(q) >= TYPO_MIN:
            add(_typo_candidates(q, limit - len(best), set(best), include_inactive))
    ranked = sorted(best.items(), key=lambda item: item[1][:3])[:limit]
    return _hits([(i, entry[2], entry[3]) for i, entry in ranked], event_id)


def find_by_code(code: str) -> Employee | None:
    """The employee with this exact 18-digit NIP or 16-digit NIK, active or not."""
    code = (code or "").strip()
    if not (code.isascii() and code.isdigit()):
        return None
    if len(code) == 18:
        return Employee.get_or_none(Employee.nip == code)
    if len(code) == 16:
        # A NIK is not unique on a roster (a person listed twice): prefer the active row.
        return (
            Employee.select()
            .where(Employee.nik == code)
            .order_by(Employee.active.desc(), Employee.id)
            .first()
        )
    return None
