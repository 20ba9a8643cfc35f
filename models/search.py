"""Finding a person at the desk: by any part of the name or the NIP, fast enough to run per keystroke.

Names are compared as folded keys (`textfold.fold_name`, stored in `employee.search_key`). A key
holds only [a-z0-9] and a NIP query only digits, so no LIKE/GLOB/FTS special character can ever
reach a pattern; `_safe` still checks that before any pattern is built.

Plan, chosen by measurement on 100,000 people (bench/bench_search.py), per folded query key:
- 1-2 characters: names starting with them, in key order (a range on `employee_search_key`).
- 3+ characters: the exact key, then keys starting with it (shortest first, ranked among the
  first 2,000 of the index range), then keys containing it (FTS5 trigram index, shortest first
  among the first 500 found).
- 6+ characters and fewer than `limit` hits: keys holding it with one wrong, extra, missing or
  swapped letter (see "one typo" below), after all of the above.
- digits only (spaces, dots, dashes and a leading "NIP" ignored): NIP prefix on the unique index,
  then NIP substrings from the trigram index.
Call `warm_up()` once after opening the database to keep the first typo search quick.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .db import db
from .schema import Employee
from .textfold import fold_query

MATCH_ORDER = ("nip", "exact", "prefix", "substring", "typo")
TYPO_MIN = 6  # shorter queries would match too much at one edit
_SAFE = re.compile(r"[a-z0-9]+")
_NIP_NOISE = re.compile(r"^\s*nip(?![a-z])[.:]?|[\s.\-]", re.IGNORECASE)  # "NIP. 19860926 201505 1 001"
# "typo_inside" (the typo match is inside the name, not at its start) ranks last, shown as "typo".
_RANK = {**{m: i for i, m in enumerate(MATCH_ORDER)}, "typo_inside": len(MATCH_ORDER)}
# CROSS JOIN keeps SQLite from turning an FTS subquery inside out (probing the FTS index once
# per employee row). The caps bound how many index entries one keystroke may rank: past them,
# the user types another letter.
_PREFIX_CAP = 2000
_SUBSTRING_CAP = 500


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


def _contains(column: str, q: str) -> str:
    """An FTS5 query for rows whose *column* may contain q: the phrase itself, or for a long q its
    non-overlapping trigrams only (a third of the index reads; together they rarely occur apart,
    and the caller checks with instr())."""
    if len(q) < 8:
        return f'{{{column}}}: "{q}"'
    starts = sorted({*range(0, len(q) - 2, 3), len(q) - 3})
    return f"{{{column}}}: (" + " AND ".join(f'"{q[i:i + 3]}"' for i in starts) + ")"


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
    # Rank the first _PREFIX_CAP keys from the covering index alone; read rows (for `active`) only
    # for the best few.
    rows = db.execute_sql(
        "SELECT c.id, c.search_key FROM (SELECT id, search_key FROM (SELECT id, search_key FROM"
        " employee INDEXED BY employee_search_key WHERE search_key >= ? AND search_key < ? LIMIT ?)"
        " ORDER BY length(search_key), search_key LIMIT ?) c"
        f" CROSS JOIN employee e ON e.id = c.id WHERE 1{active}"
        " ORDER BY length(c.search_key), c.search_key LIMIT ?",
        (q, _upper(q), _PREFIX_CAP, 3 * limit, limit),  # 3x: room for the inactive
    ).fetchall()
    out = [(i, k, "exact" if k == q else "prefix") for i, k in rows]  # exact is the shortest
    if len(out) < limit:
        rows = db.execute_sql(
            "SELECT e.id, e.search_key FROM (SELECT rowid FROM employee_fts WHERE employee_fts"
            " MATCH ? LIMIT ?) f CROSS JOIN employee e ON e.id = f.rowid"
            f" WHERE instr(e.search_key, ?) > 1{active}"  # > 1: the prefixes are above already
            " ORDER BY length(e.search_key), e.search_key LIMIT ?",
            (_contains("search_key", q), _SUBSTRING_CAP, q, limit - len(out)),
        ).fetchall()
        out += [(i, k, "substring") for i, k in rows]
    return out


# --- one typo ---------------------------------------------------------------------------------
# A key holding q with one edit still holds every trigram of q that the edit does not touch: an
# edit at i spoils at most the trigrams starting in [i-2, i+1]. So candidates are asked from the
# trigram index as an OR of small ANDs of q's trigrams ("clauses") such that for every possible
# edit some clause avoids the trigrams it spoils. An FTS5 query reads every term's whole list, so
# the clauses are picked greedily by estimated cost (index entries read + rows to check), from
# trigram counts sampled off the roster. SQLite then drops rows lacking the untouched parts of q
# (instr), and Python checks the rest exactly. Edits are counted both on the key as stored and
# as typed in modern spelling, where the stored "oe" is the one letter "u".

_TYPO_CAP = 3000  # candidates read at most, a bound for pathological queries
_SAMPLE = 10_000  # keys sampled for the trigram counts
_READ_COST, _ROW_COST = 0.05, 2.0  # microseconds per index entry read / per candidate row checked
_stats: dict[int, tuple[int, int, int, Counter]] = {}  # id(database) -> (max id, rows, step, counts)


def _trigram_counts() -> tuple[int, int, Counter]:
    """(rows, sampling step, trigram counts in the sample), rebuilt when the roster grew or shrank
    by a tenth: an estimate only needs to tell rare from common."""
    top = db.execute_sql("SELECT coalesce(max(id), 0) FROM employee").fetchone()[0]
    cached = _stats.get(id(db.obj))
    if cached and abs(top - cached[0]) <= cached[0] // 10:
        return cached[1:]
    keys = [k for (k,) in db.execute_sql("SELECT search_key FROM employee INDEXED BY employee_search_key")]
    step = max(1, len(keys) // _SAMPLE)
    counts: Counter = Counter()
    for key in keys[::step]:
        counts.update(key[i:i + 3] for i in range(len(key) - 2))
    _stats[id(db.obj)] = (top, len(keys), step, counts)
    return len(keys), step, counts


def _letters(q: str, modern: bool) -> list[tuple[int, int]]:
    """The letters of key q as (first, last) character positions in q. Modern: an "oe" is one
    letter, the "u" the desk typed (keys spell u as oe), so a typo on it counts as one edit."""
    spans, i = [], 0
    while i < len(q):
        wide = modern and q.startswith("oe", i)
        spans.append((i, i + wide))
        i += 1 + wide
    return spans


def _spoiled_windows(q: str) -> tuple[list[tuple[int, int]], set[str]]:
    """The trigram ranges [lo, hi] one edit can spoil (counting letters both as stored and as
    typed in modern spelling), and the edited strings (letter dropped, letters swapped) for the
    edits that spoil every trigram, to be asked for literally."""
    m = len(q) - 2
    windows, literals = set(), set()

    def add(lo: int, hi: int, literal: str | None = None) -> None:
        lo, hi = max(0, lo), min(m - 1, hi)
        if (lo, hi) != (0, m - 1):
            windows.add((lo, hi))
        elif literal:
            literals.add(literal)
        # else: a wrong letter for the "oe" in the middle of a 6-character key ("aauaa" typed,
        # 5 letters): no trigram is left to ask the index with; not looked for

    for modern in (False, True):
        spans = _letters(q, modern)
        for i, (first, last) in enumerate(spans):
            add(first - 2, last, q[:first] + q[last + 1:])  # a wrong or an extra letter
            if i > 0:
                add(first - 2, first - 1)  # a letter missing before this one
            if i + 1 < len(spans):
                nxt = q[spans[i + 1][0]:spans[i + 1][1] + 1]
                add(first - 2, spans[i + 1][1], q[:first] + nxt + q[first:last + 1] + q[spans[i + 1][1] + 1:])
    return sorted(windows), literals


def _typo_query(q: str) -> str:
    """The FTS5 query for rows that may hold q with one edit (see above)."""
    rows, step, counts = _trigram_counts()
    tri = [q[j:j + 3] for j in range(len(q) - 2)]
    freq = [counts[t] * step for t in tri]
    windows, literals = _spoiled_windows(q)
    rare = sorted(range(len(tri)), key=lambda j: freq[j])[:8]
    options = []  # (terms, windows it avoids as a bit mask, estimated cost)
    for terms in [(j,) for j in range(len(tri))] + [(a, b) for a in rare for b in rare if a < b]:
        mask = sum(1 << w for w, (lo, hi) in enumerate(windows) if not any(lo <= j <= hi for j in terms))
        f = [freq[j] for j in terms]
        if len(terms) == 1:
            rows_est = f[0]
        elif abs(terms[0] - terms[1]) < 3:  # overlapping trigrams travel together
            rows_est = min(f)
        else:
            rows_est = 2 * f[0] * f[1] / max(rows, 1)
        options.append((terms, mask, 1 + sum(f) * _READ_COST + rows_est * _ROW_COST))
    todo = (1 << len(windows)) - 1
    chosen = []
    while todo:  # ends: a window never holds every trigram, so a single one outside covers it
        terms, mask, _ = max(options, key=lambda o: (o[1] & todo).bit_count() / o[2])
        if not mask & todo:
            raise AssertionError(f"no clause covers the typo windows of {q!r}")
        chosen.append(terms)
        todo &= ~mask
    clauses = sorted({" AND ".join(sorted({f'"{tri[j]}"' for j in terms})) for terms in chosen})
    clauses += [f'"{s}"' for s in sorted(literals)]
    return "{search_key}: (" + " OR ".join(f"({c})" for c in clauses) + ")"


def _prefix_one_edit(s: str, t: str) -> int:
    """How many letters of s spell t with at most one edit, from the start of s; -1 if none do."""
    k, n = 0, min(len(s), len(t))
    while k < n and s[k] == t[k]:
        k += 1
    if k == len(t):
        return k
    if s.startswith(t[k + 1:], k + 1):  # a wrong letter
        return len(t)
    if s.startswith(t[k:], k + 1):  # a letter too many in s
        return len(t) + 1
    if s.startswith(t[k + 1:], k):  # a letter missing in s
        return len(t) - 1
    if k + 1 < n and s[k] == t[k + 1] and s[k + 1] == t[k] and s.startswith(t[k + 2:], k + 2):
        return len(t)  # two letters swapped
    return -1


def _one_edit_start(q: str, key: str) -> int:
    """Where key holds q with at most one wrong, extra, missing or swapped letter, or -1. One edit
    leaves one half of q intact (or swaps the two letters around the middle): find that half with
    str.find, then compare the rest letter by letter."""
    h = len(q) // 2
    left, right = q[:h], q[h:]
    for whole in (q, q[:h - 1] + q[h] + q[h - 1] + q[h + 1:]):
        if whole in key:
            return key.find(whole)
    p = key.find(left)
    while p >= 0:
        if _prefix_one_edit(key[p + h:], right) >= 0:
            return p
        p = key.find(left, p + 1)
    left_reversed = left[::-1]
    p = key.find(right)
    while p >= 0:
        used = _prefix_one_edit(key[:p][::-1], left_reversed)
        if used >= 0:
            return p - used
        p = key.find(right, p + 1)
    return -1


def typo_start(q: str, key: str) -> int:
    """Where key holds q with one typo, as stored or as typed in modern spelling; -1 if not."""
    start = _one_edit_start(q, key)
    if start not in (0, 1) and ("oe" in q or "oe" in key):  # the ranking asks only "<= 1?"
        modern = _one_edit_start(q.replace("oe", "u"), key.replace("oe", "u"))
        if modern >= 0 and (start < 0 or modern < start):
            start = modern
    return start


def _intact_parts(q: str) -> list[tuple[str, str]]:
    """For each possible edit (as stored or as typed), the parts of q left and right of the
    letters it touches: a key holding q with that edit holds both. Weaker pairs make the
    stronger ones redundant."""
    pairs = set()
    for modern in (False, True):
        spans = _letters(q, modern)
        for i, (first, last) in enumerate(spans):
            pairs.add((q[:first], q[last + 1:]))  # a wrong or extra letter
            pairs.add((q[:first], q[first:]))  # a letter missing before this one
            if i + 1 < len(spans):
                pairs.add((q[:first], q[spans[i + 1][1] + 1:]))  # two letters swapped
    return sorted(
        (a, b) for a, b in pairs
        if not any((c, d) != (a, b) and c in a and d in b for c, d in pairs)
    )


def _typo_candidates(
    q: str, limit: int, exclude: set[int], include_inactive: bool
) -> list[tuple[int, str, str]]:
    _safe(q)
    parts = _intact_parts(q)
    # The intact parts are checked by SQLite (instr is cheap), so Python checks only the few
    # rows that survive.
    rows = db.execute_sql(
        "SELECT e.id, e.search_key FROM (SELECT rowid FROM employee_fts WHERE employee_fts MATCH ?) f"
        " CROSS JOIN employee e ON e.id = f.rowid WHERE ("
        + " OR ".join("(instr(e.search_key, ?) AND instr(e.search_key, ?))" for _ in parts)
        + f"){_active(include_inactive)} LIMIT ?",
        (_typo_query(q), *[x for pair in parts for x in pair], _TYPO_CAP),
    ).fetchall()
    # Names starting with the match first, then shorter: checking stops at `limit` hits of the
    # best kind.
    rows.sort(key=lambda r: (len(r[1]), r[1]))
    first, later = [], []
    for i, k in rows:
        if i in exclude:
            continue
        start = typo_start(q, k)
        if start >= 0:
            (first if start <= 1 else later).append((i, k, "typo"))
            if len(first) == limit:
                break
    return (first + [(i, k, "typo_inside") for i, k, _ in later])[:limit]


def _nip_candidates(digits: str, limit: int, include_inactive: bool) -> list[tuple[int, str, str]]:
    _safe(digits)
    active = _active(include_inactive)
    rows = db.execute_sql(
        "SELECT e.id, e.nip FROM employee e INDEXED BY employee_nip"
        f" WHERE e.nip >= ? AND e.nip < ?{active} ORDER BY e.nip LIMIT ?",
        (digits, digits + ":", limit),  # ':' sorts right after '9'
    ).fetchall()
    if len(rows) < limit and len(digits) >= 3:
        # No ORDER BY: SQLite stops at the LIMIT instead of reading every match of "199".
        more = db.execute_sql(
            "SELECT e.id, e.nip FROM (SELECT rowid FROM employee_fts WHERE employee_fts MATCH ?) f"
            f" CROSS JOIN employee e ON e.id = f.rowid WHERE instr(e.nip, ?) > 1{active} LIMIT ?",
            (_contains("nip", digits), digits, limit - len(rows)),
        ).fetchall()
        rows += sorted(more, key=lambda r: r[1])
    return [(i, k, "nip") for i, k in rows]


def _hits(ranked: list[tuple[int, str, str]], event_id: str | None) -> list[SearchHit]:
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
    for employee_id, _, match in ranked:
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
            )
        )
    return out


def search(
    text: str, *, limit: int = 20, event_id: str | None = None, include_inactive: bool = False
) -> list[SearchHit]:
    """People whose name or NIP contains what was typed, best first, at most *limit*."""
    if limit <= 0:
        return []
    digits = _NIP_NOISE.sub("", text or "")
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
    return _hits([(i, k, "typo" if m == "typo_inside" else m) for i, (_, _, k, m) in ranked], event_id)


def warm_up() -> None:
    """Sample the trigram counts now (about 0.1 s for 100,000 people), e.g. off the GUI thread
    after opening the database, rather than in the first search that needs the typo fallback."""
    _trigram_counts()


def find_by_code(code: str) -> Employee | None:
    """The employee with this exact 18-digit NIP (unique index) or 16-digit NIK (its index),
    active or not. Raw SQL: peewee's query building costs more than the lookup itself."""
    code = (code or "").strip()
    if not (code.isascii() and code.isdigit()) or len(code) not in (16, 18):
        return None
    if len(code) == 18:
        sql = "SELECT * FROM employee WHERE nip = ?"
    else:
        # A NIK is not unique on a roster (a person listed twice): prefer the active row.
        sql = "SELECT * FROM employee WHERE nik = ? ORDER BY active DESC, id LIMIT 1"
    return next(iter(Employee.raw(sql, code)), None)
