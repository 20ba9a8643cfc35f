"""One typo: where a search key holds what was typed with one wrong, extra, missing or swapped
letter (`typo_start`), counted both on the key as stored and as typed in modern spelling, where
the stored "oe" is the one letter "u"; and the patterns that find such keys among many
(`models/search/typo_index.py` holds the keys and runs them).

One edit leaves the left or the right half of the query intact (split at a letter boundary in both
spellings), except a swap of the two letters around the split. So every key holding q with one typo
holds `literals(q)[0]` (the left half but its last letter: the middle swap keeps that too) or
`literals(q)[1]` (the right half); and for a half too common to check each key that holds it,
`forward_pattern` (the left half literally, then the right half with at most one edit, or the
middle swapped) and `backward_pattern` (the same, mirrored, for the reversed text) check the other
half in C. The alternatives are factored into a tree, so the regex engine rejects an occurrence
after a letter or two.
"""
from __future__ import annotations

import re


# --- the exact check --------------------------------------------------------------------------
def letters(q: str, modern: bool) -> list[tuple[int, int]]:
    """The letters of key q as (first, last) character positions in q. Modern: an "oe" is one
    letter, the "u" the desk typed (keys spell u as oe), so a typo on it counts as one edit."""
    spans, i = [], 0
    while i < len(q):
        wide = modern and q.startswith("oe", i)
        spans.append((i, i + wide))
        i += 1 + wide
    return spans


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


# --- the patterns -----------------------------------------------------------------------------
_ANY = None  # one letter of any kind, the "oe" of a modern "u" included


def _tokens(s: str, modern: bool) -> list[str]:
    return [s[a:b + 1] for a, b in letters(s, modern)]


def _one_edit(tokens: list[str]) -> set[tuple]:
    """The letters with at most one edit, each as a tuple of characters and _ANY."""
    def chars(ts):
        return tuple(c for t in ts for c in t)

    n, out = len(tokens), {chars(tokens)}
    for i in range(n + 1):
        out.add(chars(tokens[:i]) + (_ANY,) + chars(tokens[i:]))  # a letter too many
    for i in range(n):
        out.add(chars(tokens[:i]) + (_ANY,) + chars(tokens[i + 1:]))  # a wrong letter
        out.add(chars(tokens[:i] + tokens[i + 1:]))  # a letter missing
        if i + 1 < n:
            out.add(chars(tokens[:i] + [tokens[i + 1], tokens[i]] + tokens[i + 2:]))  # two swapped
    return out


def _regex(sequences: set[tuple], any_letter: str) -> str:
    """One regular expression for all the sequences, common beginnings written once."""
    end = ""
    tree: dict = {}
    for seq in sequences:
        node = tree
        for item in seq:
            node = node.setdefault(item, {})
        node[end] = None

    def render(node: dict) -> str:
        items = sorted((k for k in node if k != end), key=lambda k: (k is _ANY, k or ""))
        parts = [(any_letter if k is _ANY else k) + render(node[k]) for k in items]
        if end in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return render(tree)


def split_point(q: str) -> int:
    """Where to halve q: a letter boundary in both spellings, nearest the middle."""
    bounds = [first for first, _ in letters(q, True)][1:]
    return min(bounds, key=lambda b: (abs(2 * b - len(q)), b))


def literals(q: str) -> tuple[str, str]:
    """Two parts of q, one of which every key holding q with one typo holds."""
    h = split_point(q)
    return "".join(_tokens(q[:h], True)[:-1]), q[h:]


_NEAR_MIN = 8  # a part this long is checked by its two halves, not spelled out edit by edit
_LETTERS = "[a-z0-9]"


def _spelled_out(part: str, backward: bool) -> str:
    """Every variant of part with at most one edit (as stored and as typed), for the text read
    forward, or reversed."""
    found: set[tuple] = set()
    for modern in (False, True):
        found |= _one_edit(_tokens(part, modern))
    if backward:
        return _regex({tuple(reversed(seq)) for seq in found}, "(?:eo|[a-z0-9])")
    return _regex(found, "(?:oe|[a-z0-9])")


def _swapped(first: str, second: str) -> set[str]:
    """first + second with the letters around the join swapped, as stored and as typed."""
    out = set()
    for modern in (False, True):
        ft, st = _tokens(first, modern), _tokens(second, modern)
        out.add("".join(ft[:-1]) + st[0] + ft[-1] + "".join(st[1:]))
    return out


def _near(part: str, backward: bool) -> str:
    """A regex for part with at most one edit (and more, for the exact check to drop), beginning
    where part begins (or, backward, on the reversed text, where it ends). A long part is halved:
    an edit in one half leaves the other intact, next to its neighbour or 0-2 characters off ("oe"
    is two characters); a swap across the halves keeps all but a letter; each half is looked at the
    same way. A short one is spelled out."""
    if len(part) < _NEAR_MIN:
        return _spelled_out(part, backward)
    h = split_point(part)
    first, second = part[:h], part[h:]
    if not backward:
        lead = "".join(_tokens(first, True)[:-1])  # the middle swap keeps this
        inner = [re.escape(first[len(lead):]) + _near(second, False)]
        inner += [re.escape(s[len(lead):]) for s in sorted(_swapped(first, second))]
        shifted = f"{_LETTERS}{{{max(0, len(first) - 2)},{len(first) + 2}}}{re.escape(second)}"
        return f"(?:{re.escape(lead)}(?:{'|'.join(inner)})|{shifted})"
    tail = "".join(_tokens(second, True)[1:])  # mirrored
    head = second[:len(second) - len(tail)]
    inner = [re.escape(head[::-1]) + _near(first, True)]
    inner += [re.escape(s[:len(s) - len(tail)][::-1]) for s in sorted(_swapped(first, second))]
    shifted = f"{_LETTERS}{{{max(0, len(second) - 2)},{len(second) + 2}}}{re.escape(first[::-1])}"
    return f"(?:{re.escape(tail[::-1])}(?:{'|'.join(inner)})|{shifted})"


def forward_pattern(q: str) -> str:
    """Keys holding q with one typo in its right half, or its middle letters swapped; the regex
    begins with literals(q)[0]."""
    h = split_point(q)
    left, right = q[:h], q[h:]
    lead = literals(q)[0]
    inner = [re.escape(left[len(lead):]) + _near(right, False)]
    inner += [re.escape(s[len(lead):]) for s in sorted(_swapped(left, right))]
    return re.escape(lead) + "(?:" + "|".join(inner) + ")"


def backward_pattern(q: str) -> str:
    """Keys holding q with one typo in its left half, for the text reversed: the regex begins with
    literals(q)[1] reversed."""
    h = split_point(q)
    left, right = q[:h], q[h:]
    return re.escape(right[::-1]) + _near(left, True)
