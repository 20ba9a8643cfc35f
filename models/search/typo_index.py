"""The one-typo search over a whole roster, fast enough to run per keystroke (see models/search/typo.py
for what counts as one typo and for the patterns).

The trigram index could not do it: one edit leaves only the trigrams far from it, and names share
their common parts ("moehammad", "made"), so it offered thousands of rows to read and check for a
handful of hits (20-80 ms on 100,000 people). Instead every distinct search key is kept in memory
(about 5 MB for 100,000 people) in search order (shorter first, then alphabetical), as one string.
A hit holds one of two literals (`typo.literals`): str.find walks their occurrences; a literal
found more than LITERAL_BUDGET times is left to a regular expression that also checks the other half, in
C (`typo.forward_pattern`, and `typo.backward_pattern` on the reversed string). The text is read in
slices, in search order, each twice the last: once the best `need` hits are known (a common
query), the rest is not read. Every candidate is checked exactly with `typo.typo_start`.

Typing extends the query one letter at a time, and whatever holds "hidayat" with one typo also
holds "hidaya" with one typo: the candidates of the last queries are kept, and a longer query only
re-checks those of the query it extends, when they are few.

The index is rebuilt when the roster changed: its fingerprint (highest id, the inactive people,
and a mark that changes with every search key written: dialect.search_keys_mark_sql) costs a few
index lookups per search. `warm_up()` builds it ahead, e.g. off the GUI thread.
"""
from __future__ import annotations

import re
import threading
import weakref
from array import array
from bisect import bisect_right
from collections import OrderedDict

from ikrar.models.search import typo
from ikrar.models.store import dialect
from ikrar.models.store.connection import db

LITERAL_BUDGET = 50  # occurrences of a literal checked one key at a time; past that, the regex
_FIRST_SLICE = 2048  # keys read first; each next slice twice as many
_RECENT = 16  # queries whose candidates are kept
_REUSE_MAX = 600  # re-check a kept candidate list only when it is this short; else scan again


def _fingerprint_sql() -> str:
    return ("SELECT (SELECT max(id) FROM employee), (SELECT count(*) FROM employee WHERE active = FALSE),"
            " (SELECT COALESCE(SUM(id), 0) FROM employee WHERE active = FALSE),"
            f" ({dialect.search_keys_mark_sql()})")  # changes with every search key written


class KeyIndex:
    """Every distinct search key in search order, as one string (and reversed), with its people."""

    def __init__(self, rows, fingerprint=None):
        people: dict[str, list[int]] = {}
        self.inactive: set[int] = set()
        for key, person, active in rows:
            people.setdefault(key, []).append(person)
            if not active:
                self.inactive.add(person)
        keys = sorted(people, key=lambda k: (len(k), k))
        # Flat arrays, not a list per key: the garbage collector walks every list at each full
        # collection, and 60,000 of them made that a 25 ms pause in the middle of a keystroke.
        self.ids, self.first = array("q"), array("l")
        for key in keys:
            self.first.append(len(self.ids))
            self.ids.extend(sorted(people[key]))
        self.first.append(len(self.ids))
        self.text = "\n" + "\n".join(keys) + "\n"
        self.reversed = self.text[::-1]
        starts, at = array("l"), 1
        for key in keys:
            starts.append(at)
            at += len(key) + 1
        starts.append(at)
        self.starts = starts
        self.fingerprint = fingerprint
        self._recent: OrderedDict[str, list[int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.first) - 1

    def people(self, i: int) -> array:
        """The employee ids whose search key is key number i."""
        return self.ids[self.first[i]:self.first[i + 1]]

    def key(self, i: int) -> str:
        return self.text[self.starts[i]:self.starts[i + 1] - 1]

    def scan(self, q: str):
        """Yields, slice by slice in search order, sorted key numbers that may hold q with one
        typo: together a superset of those that do, to check."""
        sides = [_Side(self, literal, backward) for backward, literal in enumerate(typo.literals(q))]
        first = 0
        size = _FIRST_SLICE
        while first < len(self):
            last = min(len(self), first + size)
            a, b = self.starts[first], self.starts[last] - 1
            found: set[int] = set()
            for side in sides:
                found.update(bisect_right(self.starts, p) - 1 for p in side.positions(q, a, b))
            yield sorted(found)
            first, size = last, size * 2

    def scan_all(self, q: str) -> list[int]:
        return [i for found in self.scan(q) for i in found]

    def kept(self, q: str) -> list[int] | None:
        """The kept candidates of q, or of a query q extends when they are few; None if none."""
        modern = q.replace("oe", "u")
        with self._lock:
            if q in self._recent:
                self._recent.move_to_end(q)
                return self._recent[q]
            base = max((p for p, found in self._recent.items() if len(found) <= _REUSE_MAX
                        and q.startswith(p) and modern.startswith(p.replace("oe", "u"))), key=len, default=None)
            return None if base is None else self._recent[base]

    def remember(self, q: str, candidates: list[int]) -> None:
        with self._lock:
            self._recent[q] = candidates
            self._recent.move_to_end(q)
            while len(self._recent) > _RECENT:
                self._recent.popitem(last=False)


class _Side:
    """One half of the pigeonhole: the occurrences of its literal, one by one while they are few,
    then those of its regular expression (which checks the other half too)."""

    def __init__(self, index: KeyIndex, literal: str, backward: bool):
        self.index, self.literal, self.backward = index, literal, backward
        self.regex: re.Pattern | None = None
        self.seen = 0

    def positions(self, q: str, a: int, b: int) -> list[int]:
        """Positions (in the forward text) of candidates within [a, b)."""
        out: list[int] = []
        if self.regex is None and self.literal:
            find = self.index.text.find
            p = find(self.literal, a, b)
            while p >= 0 and self.seen < LITERAL_BUDGET:
                out.append(p)
                self.seen += 1
                p = find(self.literal, p + 1, b)
            if p < 0:
                return out
            # Too common: the regular expression takes over from the name this occurrence is in
            # (a hit found backward begins before its literal).
            a = self.index.starts[bisect_right(self.index.starts, p) - 1]
        if self.regex is None:
            self.regex = re.compile(typo.backward_pattern(q) if self.backward else typo.forward_pattern(q))
        if self.backward:
            end = len(self.index.reversed)
            out += [end - 1 - m.start() for m in self.regex.finditer(self.index.reversed, end - b, end - a)]
        else:
            out += [m.start() for m in self.regex.finditer(self.index.text, a, b)]
        return out


_lock = threading.Lock()
_current: tuple[weakref.ref, KeyIndex] | None = None


def key_index() -> KeyIndex:
    """The index of the open database, rebuilt first if the roster changed since it was made."""
    global _current
    fingerprint = tuple(db.execute_sql(_fingerprint_sql()).fetchone())
    with _lock:
        current = _current
        if current is not None and current[0]() is db.obj and current[1].fingerprint == fingerprint:
            return current[1]
        # From two covering indexes, row by row: reading the table itself would fill the page
        # cache with 40 MB of rows, and fetchall() hold 100,000 tuples at once.
        inactive = {i for (i,) in db.execute_sql("SELECT id FROM employee WHERE active = FALSE")}
        rows = db.execute_sql(f"SELECT search_key, id FROM employee{dialect.index_hint('employee_search_key')}")
        index = KeyIndex(((key, i, i not in inactive) for key, i in rows), fingerprint)
        _current = (weakref.ref(db.obj), index)
        return index


def warm_up() -> None:
    """Build the index now (about 0.3 s for 100,000 people), rather than in the first search that
    needs it."""
    key_index()


def find(q: str, need: int, exclude: set[int], include_inactive: bool = False) -> list[tuple[int, str, str]]:
    """(employee id, key, "typo" | "typo_inside") for the best *need* people holding q with one
    typo, leaving out *exclude*: those whose key holds it from its first or second letter first,
    then the others; shorter keys first within each."""
    index = key_index()
    kept = index.kept(q)
    slices = [kept] if kept is not None else index.scan(q)
    first: list[tuple[int, str, str]] = []
    later: list[tuple[int, str, str]] = []
    matching: list[int] = []  # candidates still possible for a longer query
    complete = True
    for found in slices:
        for n, i in enumerate(found):
            key = index.key(i)
            start = typo.typo_start(q, key)
            if start < 0:
                continue
            matching.append(i)
            people = [p for p in index.people(i) if p not in exclude and (include_inactive or p not in index.inactive)]
            if start <= 1:
                first += [(p, key, "typo") for p in people]
                if len(first) >= need:
                    matching += found[n + 1:]
                    complete = kept is not None  # a scan stopped here has not read the rest
                    break
            else:
                later += [(p, key, "typo_inside") for p in people]
        else:
            continue
        break
    if complete:
        index.remember(q, matching)
    return (first + later)[:need]
