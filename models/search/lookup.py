"""Finding a person at the desk: by any part of the name or the NIP, fast enough to run per keystroke.

Names are compared as folded keys (`search.fold.fold_name`, stored in `employee.search_key`). A key
holds only [a-z0-9] and a NIP query only digits, so no LIKE/GLOB/FTS special character can ever
reach a pattern; `_safe` still checks that before any pattern is built.

Plan, chosen by measurement on 100,000 people (bench/bench_search.py), per folded query key:
- 1-2 characters: names starting with them, in key order (a range on `employee_search_key`).
- 3+ characters: the exact key, then keys starting with it (shortest first, ranked among the
  first 2,000 of the index range), then keys containing it (FTS5 trigram index, shortest first
  among the first 500 found).
- 6+ characters and fewer than `limit` hits: keys holding it with one wrong, extra, missing or
  swapped letter (`models/search/typo_index.py`: the keys in memory), after all of the above.
- each hit says how it was found (`models/search/match.py`: the name as typed, another spelling,
  inside a word, across two words, one typo), and that ranks first: "djoko" lists Djoko before
  Joko, "rahman" Abdul Rahman before Arahman. The ranking looks at a pool of POOL x limit of the
  best keys; the substring step runs while fewer than `limit` hits are written as typed and the
  prefix step did not fill its pool.
- `count(text)` says how many a search finds (up to COUNT_CAP), for "the first 20 of N".
- digits only (spaces, dots, dashes and a leading "NIP" ignored): NIP prefix on the unique index,
  then NIP substrings from the trigram index.
Call `warm_up()` once after opening the database (off the GUI thread) to build the typo index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ikrar.models.cards import person_by_card
from ikrar.models.search import typo_index
from ikrar.models.search.fold import fold_query
from ikrar.models.search.match import TRUSTED, how_found, tier, typed_letters
from ikrar.models.search.typo import typo_start  # noqa: F401 (part of this module's interface)
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Employee

MATCH_ORDER = ("nip", "exact", "prefix", "substring", "typo")
TYPO_MIN = 6  # shorter queries would match too much at one edit
_SAFE = re.compile(r"[a-z0-9]+")
_NIP_NOISE = re.compile(r"^\s*nip(?![a-z])[.:]?|[\s.\-]", re.IGNORECASE)  # "NIP. 19860926 201505 1 001"
# "typo_inside" (the typo match is inside the name, not at its start) ranks last, shown as "typo".
_RANK = {**{m: i for i, m in enumerate(MATCH_ORDER)}, "typo_inside": len(MATCH_ORDER)}
# The candidates of a substring come from the trigram index (dialect.contains_ids_sql: FTS5 on
# SQLite, pg_trgm on PostgreSQL), joined so the index is read first (dialect.ordered_join); the
# folding before and the ranking after are the same on both engines. The caps bound how many index
# entries one keystroke may rank: past them, the user types another letter.
_PREFIX_CAP = 2000
_SUBSTRING_CAP = 500
POOL = 2  # candidates ranked per step, as a multiple of the limit
COUNT_CAP = 200  # count() stops here: "more than 200"


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
    found: str = ""  # how it was found, for the desk (models/search/match.py); "" when not known

    @property
    def trusted(self) -> bool:
        """Whether the desk may choose this hit before the clerk does (never a typo or a match
        across two words)."""
        if self.found:
            return self.found in TRUSTED
        return not self.match.startswith("typo")


def _safe(q: str) -> str:
    if not _SAFE.fullmatch(q):
        raise ValueError(f"unsafe search term {q!r}")
    return q


def _active(include_inactive: bool) -> str:
    return "" if include_inactive else " AND e.active = TRUE"


def _upper(q: str) -> str:
    # The smallest string above every key starting with q (keys are [a-z0-9]), compared byte by byte
    # (dialect.text_range_sql).
    return q + "~"


def _contains(q: str) -> str:
    """A LIKE pattern for keys holding q. The trigram index answers it (it keeps no positions,
    migrations.V2, so FTS5 checks each candidate row itself); q is [a-z0-9], so holds no wildcard."""
    return f"%{q}%"


def _prefix_candidates(q: str, pool: int, include_inactive: bool) -> list[tuple[int, str, str, str]]:
    """(id, key, match, name) for key == q, then keys starting with q; best first."""
    _safe(q)
    active = _active(include_inactive)
    if len(q) < 3:
        # Index order puts the exact key first; too many rows here to rank by length.
        rows = db.execute_sql(
            f"SELECT e.id, e.search_key, e.name FROM employee e{dialect.index_hint('employee_search_key')}"
            f" WHERE {dialect.text_range_sql('e.search_key')}{active} ORDER BY e.search_key LIMIT ?",
            (q, _upper(q), pool),
        ).fetchall()
        return [(i, k, "exact" if k == q else "prefix", n) for i, k, n in rows]
    # Rank the first _PREFIX_CAP keys from the covering index alone; read rows (for `active` and
    # the name) only for the best few.
    rows = db.execute_sql(
        "SELECT c.id, c.search_key, e.name FROM (SELECT id, search_key FROM (SELECT id, search_key FROM"
        f" employee{dialect.index_hint('employee_search_key')} WHERE {dialect.text_range_sql('search_key')} LIMIT ?)"
        " AS r ORDER BY length(search_key), search_key LIMIT ?) c"
        f" {dialect.ordered_join()} employee e ON e.id = c.id WHERE TRUE{active}"
        " ORDER BY length(c.search_key), c.search_key LIMIT ?",
        (q, _upper(q), _PREFIX_CAP, 2 * pool, pool),  # 2x: room for the inactive
    ).fetchall()
    return [(i, k, "exact" if k == q else "prefix", n) for i, k, n in rows]  # exact is the shortest


def _substring_candidates(q: str, pool: int, include_inactive: bool) -> list[tuple[int, str, str, str]]:
    """(id, key, "substring", name) for keys holding q further in (FTS5 trigram index), shortest
    first among the first _SUBSTRING_CAP found."""
    _safe(q)
    rows = db.execute_sql(
        f"SELECT e.id, e.search_key, e.name FROM ({dialect.contains_ids_sql('search_key')} LIMIT ?) f"
        f" {dialect.ordered_join()} employee e ON e.id = f.id"
        f" WHERE {dialect.position_sql('?', 'e.search_key')} > 1{_active(include_inactive)}"  # > 1: prefixes are above
        " ORDER BY length(e.search_key), e.search_key LIMIT ?",
        (_contains(q), _SUBSTRING_CAP, q, pool),
    ).fetchall()
    return [(i, k, "substring", n) for i, k, n in rows]


def _typo_candidates(
    q: str, limit: int, exclude: set[int], include_inactive: bool
) -> list[tuple[int, str, str, None]]:
    _safe(q)
    return [(i, k, m, None) for i, k, m in typo_index.find(q, limit, exclude, include_inactive)]


def _nip_candidates(digits: str, limit: int, include_inactive: bool) -> list[tuple[int, str, str]]:
    _safe(digits)
    active = _active(include_inactive)
    rows = db.execute_sql(
        f"SELECT e.id, e.nip FROM employee e{dialect.index_hint('employee_nip')}"
        f" WHERE {dialect.text_range_sql('e.nip')}{active} ORDER BY e.nip LIMIT ?",
        (digits, digits + ":", limit),  # ':' sorts right after '9'
    ).fetchall()
    if len(rows) < limit and len(digits) >= 3:
        # No ORDER BY: SQLite stops at the LIMIT instead of reading every match of "199".
        more = db.execute_sql(
            f"SELECT e.id, e.nip FROM ({dialect.contains_ids_sql('nip')}) f"
            f" {dialect.ordered_join()} employee e ON e.id = f.id"
            f" WHERE {dialect.position_sql('?', 'e.nip')} > 1{active} LIMIT ?",
            (_contains(digits), digits, limit - len(rows)),
        ).fetchall()
        rows += sorted(more, key=lambda r: r[1])
    return [(i, k, "nip") for i, k in rows]


def _hits(ranked: list[tuple[int, str, str, str]], event_id: str | None) -> list[SearchHit]:
    """SearchHits for (id, key, match, found), in that order."""
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    # One statement per keystroke: peewee's query building costs more than this query runs.
    present = (
        "EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = ? AND a.employee_id = e.id"
        " AND a.voided_at IS NULL AND a.status = 'H')"
        if event_id is not None
        else "NULL"
    )
    rows = db.execute_sql(
        "SELECT e.id, e.nip, e.nik, e.name, e.front_title, e.back_title, e.position, u.name,"
        f" e.category, e.golongan, e.active, {present} FROM employee e"
        " LEFT JOIN unit u ON u.id = e.unit_id"
        f" WHERE e.id IN ({', '.join('?' * len(ids))})",
        ([event_id] if event_id is not None else []) + ids,
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    out = []
    for employee_id, _, match, found in ranked:
        i, nip, nik, name, front, back, position, unit, category, golongan, active, here = by_id[employee_id]
        out.append(
            SearchHit(
                employee_id=i,
                nip=nip,
                nik_present=bool(nik),
                display_name=Employee(name=name, front_title=front, back_title=back).display_name(),
                position=position,
                unit_name=unit or "",
                category=category,
                golongan=golongan,
                active=bool(active),
                present=None if here is None else bool(here),
                match=match,
                found=found,
            )
        )
    return out


def search(
    text: str, *, limit: int = 20, event_id: str | None = None, include_inactive: bool = False
) -> list[SearchHit]:
    """People whose name or NIP contains what was typed, best first, at most *limit*; each hit says
    how it was found (`found`, models/search/match.py), which ranks first."""
    if limit <= 0:
        return []
    digits = _NIP_NOISE.sub("", text or "")
    if digits.isascii() and digits.isdigit():
        return _hits([(i, k, "nip", "nip") for i, k, _ in _nip_candidates(digits, limit, include_inactive)], event_id)
    typed = typed_letters(text)
    best: dict[int, tuple[int, int, int, str, str, str]] = {}  # id -> (tier, rank, length, key, match, found)

    def add(rows, q):
        for i, k, m, name in rows:
            found = how_found(typed, name, k, q, m)
            entry = (tier(found), _RANK[m], len(k), k, "typo" if m == "typo_inside" else m, found)
            if i not in best or entry < best[i]:
                best[i] = entry

    def as_typed() -> int:
        return sum(1 for entry in best.values() if entry[0] <= tier("exact"))

    keys = fold_query(text)
    pool = POOL * limit
    more_prefixes = False  # a full pool of names starting so: the inside of names is not read too
    for q in keys:
        rows = _prefix_candidates(q, pool, include_inactive)
        more_prefixes |= len(rows) == pool
        add(rows, q)
    for q in keys:
        if len(q) >= 3 and not more_prefixes and as_typed() < limit:
            add(_substring_candidates(q, pool, include_inactive), q)
    for q in keys:
        if len(best) >= limit:
            break
        if len(q) >= TYPO_MIN:
            add(_typo_candidates(q, limit - len(best), set(best), include_inactive), q)
    ranked = sorted(best.items(), key=lambda item: item[1][:4])[:limit]
    return _hits([(i, k, m, found) for i, (_, _, _, k, m, found) in ranked], event_id)


def count(text: str, *, cap: int = COUNT_CAP, include_inactive: bool = False) -> int:
    """How many people `search(text)` can find by name or NIP (the one-typo fallback aside), up to
    cap + 1: a result of cap + 1 means "more than cap". For the desk's "the first 20 of N"."""
    digits = _NIP_NOISE.sub("", text or "")
    active = _active(include_inactive)
    found: set[int] = set()
    if digits.isascii() and digits.isdigit():
        queries = [("nip", _safe(digits))]
    else:
        queries = [("search_key", _safe(q)) for q in fold_query(text)]
    for column, q in queries:
        if len(q) < 3:  # search() looks only at the beginning here
            sql = (f"SELECT e.id FROM employee e{dialect.index_hint(f'employee_{column}')}"
                   f" WHERE {dialect.text_range_sql(f'e.{column}')}{active} LIMIT ?")
            args = (q, _upper(q) if column == "search_key" else q + ":", cap + 1)
        else:
            sql = (f"SELECT e.id FROM ({dialect.contains_ids_sql(column)}) f"
                   f" {dialect.ordered_join()} employee e ON e.id = f.id WHERE TRUE{active} LIMIT ?")
            args = (_contains(q), cap + 1)
        found.update(i for (i,) in db.execute_sql(sql, args))
        if len(found) > cap:
            break
    return min(len(found), cap + 1)


def warm_up() -> None:
    """Build the one-typo index now (about 0.3 s for 100,000 people), e.g. off the GUI thread
    after opening the database, rather than in the first search that needs the typo fallback."""
    typo_index.warm_up()


def find_by_code(code: str) -> Employee | None:
    """The employee with this exact 18-digit NIP (unique index) or 16-digit NIK (its index), or this
    card code (models/cards.py), active or not."""
    code = (code or "").strip()
    if code[:4].upper() == "IKR-":
        return person_by_card(code)
    if not (code.isascii() and code.isdigit()) or len(code) not in (16, 18):
        return None
    if len(code) == 18:
        return Employee.get_or_none(Employee.nip == code)
    # A NIK is not unique on a roster (a person listed twice): prefer the active row.
    return Employee.select().where(Employee.nik == code).order_by(Employee.active.desc(), Employee.id).first()
