"""How a search hit matched, in the words the desk shows, and whether a clerk can trust it enough
for the desk to choose it before they do.

A name is found by its folded key (`fold.fold_name`): case, titles, old spellings and the spaces
between words are gone from it. That finds "Djoko" for "Joko", but also "Wahyu Wijaya" for "djuwi"
(the key "wahyoewiyaya" holds "yoewi" across the two words). So each hit says how it was found:

- "nip": the NIP holds the digits typed;
- "exact": the letters typed stand in the name as written, from the start of one of its words;
- "spelling": as "exact", but only once folded: another spelling (Djoko/Joko, Oe/U, Muh./Muhammad);
- "inside": inside one word, not from its start ("mina" in Aminah);
- "words": from inside one word into the next ("djuwi" in Wahyu Wijaya): letters that happen to
  meet where the words are joined;
- "typo": with one wrong, extra, missing or swapped letter.

The first three are `TRUSTED`: the desk may choose such a hit before the clerk does (the first row
is highlighted, Enter opens it). The others are shown, marked, and never chosen for the clerk.
Search ranks by this order first, so a name written as typed comes before another spelling of it.
"""
from __future__ import annotations

from ikrar.models.search.fold import key_words, plain_words

FOUND_ORDER = ("nip", "exact", "spelling", "inside", "words", "typo")
TRUSTED = frozenset(("nip", "exact", "spelling"))
_TIER = {found: i for i, found in enumerate(FOUND_ORDER)}


def tier(found: str) -> int:
    """The rank of a way of being found: lower is more certain."""
    return _TIER[found]


def typed_letters(text: str) -> str:
    """What was typed as written, titles aside and without spaces: "Drs. Djoko S" -> "djokos"."""
    return "".join(plain_words(text, typed=True))


def _starts(words: list[str]) -> tuple[int, ...]:
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word)
    return tuple(starts)


# Typing a name, one keystroke after another meets the same people again: each name is cut once.
# Plain dicts, emptied when full: an lru_cache keeps a list per entry for the garbage collector to
# walk (the desk keeps its long-lived objects few, bench/bench_desk.py).
_CACHE_MAX = 1 << 13
_written_cache: dict[str, tuple[str, tuple[int, ...]]] = {}
_starts_cache: dict[str, tuple[int, ...] | None] = {}


def _written(name: str) -> tuple[str, tuple[int, ...]]:
    found = _written_cache.get(name)
    if found is None:
        if len(_written_cache) >= _CACHE_MAX:
            _written_cache.clear()
        words = plain_words(name)
        found = _written_cache[name] = ("".join(words), _starts(words))
    return found


def _key_starts(name: str) -> tuple[int, ...] | None:
    if name in _starts_cache:
        return _starts_cache[name]
    if len(_starts_cache) >= _CACHE_MAX:
        _starts_cache.clear()
    words = key_words(name)
    found = _starts_cache[name] = None if words is None else _starts(words)
    return found


def as_written(typed: str, name: str) -> bool:
    """Whether the letters typed stand in *name* as it is written, from the start of one of its
    words (spaces, case, accents and titles aside)."""
    if not typed:
        return True
    whole, starts = _written(name)
    return any(whole.startswith(typed, at) for at in starts)


def where_in_key(q: str, key: str, name: str) -> str:
    """For a key that holds q but does not start with it: "start" when q begins at one of the
    name's words, "inside" when it stays inside one word, "words" when it runs from inside one word
    into the next. A name whose key cannot be cut into words counts as "inside"."""
    starts = _key_starts(name)
    if starts is None:
        return "inside"
    starts += (len(key),)
    best = "words"
    at = key.find(q)
    while at >= 0:
        if at in starts:
            return "start"
        next_start = next(s for s in starts if s > at)
        if at + len(q) <= next_start:
            best = "inside"
        at = key.find(q, at + 1)
    return best


def how_found(typed: str, name: str | None, key: str, q: str, match: str) -> str:
    """One of FOUND_ORDER for a hit of the search for q (a folded query key) whose search key is
    *key*; *typed* is typed_letters(what was typed); match is lookup's (nip, exact, prefix,
    substring, typo, typo_inside)."""
    if match == "nip":
        return "nip"
    if match.startswith("typo"):
        return "typo"
    if match == "substring":
        where = where_in_key(q, key, name or "")
        if where != "start":
            return where
    return "exact" if as_written(typed, name or "") else "spelling"
