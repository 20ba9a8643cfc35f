"""Folding names to a search key, so a desk finds a person however the name was typed.

`fold_name` turns a name as written on a roster into the key stored in `Employee.search_key`:

1. Case and accents go (casefold, NFKD, combining marks dropped); apostrophes (' ’ ‘ ` ´ ʼ) vanish
   without splitting the word, so "Syafi'i" == "Syafi’i" == "Syafii".
2. Everything after the first comma is degrees and goes ("AHMAD, S.Pd., M.Si." -> "ahmad").
3. The rest is split into pieces at spaces and punctuation. A run of three or more single letters
   without dots is a letter-spaced word and is joined first ("A H M A D" -> "ahmad"), so it is
   never mistaken for initials or titles.
4. Front titles at the start are dropped (Prof, Dr, dr, Drs, Dra, Drg, Drh, Ir, H, Hj, KH/K.H.,
   HC/H.C., TGH, apt, Ns) and known degrees at the end written without a comma (S.Pd, SE, S. Sos,
   M.Si, A.Md, S.Kep Ns, ...) -- always leaving at least one name piece.
5. Old spellings are folded per piece to one canonical form, in this order:
   dj->j, tj->c, sj->sy, nj->ny, ch->kh, every j->y, then every u->oe (the old way round, see
   below). So both spellings of a pair meet: Soeharto/Suharto -> "soeharto", Djoko/Joko -> "yoko",
   Tjahjo/Cahyo -> "cahyo", Sjamsul/Syamsul -> "syamsoel", Njoman/Nyoman -> "nyoman",
   Chairul/Khairul -> "khairoel", Jusuf/Yusuf -> "yoesoef".
   Per piece, not across the join, so "Ahmad Jaelani" keeps "ahmad" (joined first, the "d j" would
   fold to "y" and "ahmad" would no longer be in the key). u->oe rather than oe->u for the same
   reason: "Joko Edi" joins to "yokoedi", which folding again with oe->u would turn into "yokudi";
   with u->oe the key is already final. The one join folded again is a word-final "c" before an
   "h" (ch->kh over the whole key, rare in names), so that folding a key changes nothing.
6. The spellings of Muhammad (Mochammad, Mohammad, Mohamad, Muhamad, ...) become Muhammad (key
   "moehammad") wherever they stand. In names of more than one piece, so do the abbreviations
   Muh, Moh, Mhd, Mohd, Muhd, Much, Moch and a lone "M" before another piece ("Moh" alone may be
   a whole name). "LM" before a name is La Ode Muhammad and "WD" is Wa Ode (Buton abbreviations).
7. Pieces are joined without spaces: "Nur Hidayat" == "Nurhidayat". Only [a-z0-9] remain.

`fold_query` folds what the desk typed the same way, and because the last word may still be half
typed, also offers the key with that word taken literally: "muh" looks for Muhammad and for
"Muhtar"; "Moch" or "Mocham" for Muhammad and for "Mochtar".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Raise when a change to the rules below changes any key: databases then fold their stored keys
# again on opening (models/search/stored_keys.py). 1: the first release; 2: u -> oe (was oe -> u).
FOLD_VERSION = 2

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼʹ′"), None)
_PIECE = re.compile(r"([a-z0-9]+)(\.?)")
_WORD = re.compile(r"[a-z0-9]+")
_LONE_LETTER = re.compile(r"(?<![a-z0-9])[a-z0-9](?![a-z0-9.])")  # a one-letter piece without a dot


def _variants(*dotted: str) -> set[tuple[str, ...]]:
    """ "S.Pd" -> {("s", "pd"), ("spd",)}: written with or without dots and spaces."""
    out: set[tuple[str, ...]] = set()
    for title in dotted:
        parts = tuple(p for p in re.split(r"[.\s]+", title.lower()) if p)
        out.add(parts)
        out.add(("".join(parts),))
    return out


FRONT_TITLES = _variants(
    "Prof", "Dr", "Drs", "Dra", "Drg", "Drh", "Ir", "H", "Hj", "K.H", "H.C", "TGH", "Apt", "Ns"
)

# Two-letter forms that could be a real name piece ("Ma", "Me") are only accepted dotted.
BACK_TITLES = _variants(
    "S.Pd", "S.Pd.I", "S.Pd.SD", "S.Sos", "S.E", "S.E.I", "S.H", "S.H.I", "S.T", "S.Kom", "S.Si",
    "S.IP", "S.AP", "S.Ag", "S.Hut", "S.P", "S.Pt", "S.Pi", "S.KM", "S.Ked", "S.Kep", "S.Farm",
    "S.Psi", "S.Tr", "S.ST", "S.Th", "S.I.Kom", "S.Stat", "S.Ak", "S.Sn", "S.Hum", "S.Gz", "S.Keb",
    "S.Kes", "S.Tr.Keb", "S.Tr.Kes", "S.Sy", "S.Kel", "S.Ars",
    "M.Si", "M.Pd", "M.Pd.I", "M.M", "M.AP", "M.Kes", "M.H", "M.T", "M.Kom", "M.Ag", "M.Sc",
    "M.Eng", "M.Hum", "M.Psi", "M.Ak", "M.Kn", "M.PH", "M.Ec.Dev", "MBA", "MPA", "MPH", "M.Si.Han",
    "A.Md", "A.Md.Kep", "A.Md.Keb", "A.Md.Kes", "A.Md.Gz", "A.Md.Farm", "A.Md.Ak", "A.Md.T",
    "A.Md.Kom", "A.Ma", "A.Ma.Pd", "Ph.D", "B.Sc", "Lc", "Ak", "Apt", "Ns", "Ners",
    "Sp.A", "Sp.PD", "Sp.OG", "Sp.B", "Sp.M", "Sp.THT", "Sp.KK", "Sp.An", "Sp.Rad", "Sp.JP",
    "Sp.S", "Sp.KJ", "Sp.N", "Sp.PK", "Sp.PA", "Sp.F", "Sp.U", "Sp.OT", "Sp.THT-KL",
) | {("m", "a"), ("m", "e"), ("m", "p")}

_OLD_SPELLINGS = (("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"), ("j", "y"), ("u", "oe"))


@lru_cache(maxsize=1 << 16)  # a roster repeats its name pieces: each is spelled once
def _spelling(piece: str) -> str:
    for old, new in _OLD_SPELLINGS:
        piece = piece.replace(old, new)
    return piece


MUHAMMAD = _spelling("muhammad")  # "moehammad"
_MUHAMMAD_FULL = {
    _spelling(w)
    for w in (
        "muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "muchammad",
        "muchamad", "muhammed", "mohammed", "mohamed", "muhamed",
    )
}
_MUHAMMAD_SHORT = {_spelling(w) for w in ("muh", "moh", "mhd", "mohd", "muhd", "mhmd", "much", "moch")}
# Full spellings are folded wherever they stand, even in a one-word name ("MOHAMMAD").
_MUHAMMAD_ANYWHERE = re.compile("|".join(sorted(_MUHAMMAD_FULL - {MUHAMMAD}, key=len, reverse=True)))
_EXPAND = {"lm": ("la", "ode", MUHAMMAD), "wd": ("wa", "ode")}
_SPECIAL = _MUHAMMAD_SHORT | {"m"} | _EXPAND.keys()  # pieces a whole name's fold may rewrite


def _clean(text: str) -> str:
    if text.isascii():  # nearly every name: nothing to decompose (casefold == lower for ASCII)
        return text.translate(_APOSTROPHES).lower()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    # Letters without an ASCII base (ø, ł, đ) vanish inside the word rather than split it.
    return "".join(
        c for c in text
        if not unicodedata.combining(c) and (c.isascii() or not c.isalpha())
    ).translate(_APOSTROPHES)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """(piece, dotted) pairs, with letter-spaced runs joined."""
    raw = [(p, bool(dot)) for p, dot in _PIECE.findall(text)]
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and len(raw[j][0]) == 1 and not raw[j][1]:
            j += 1
        if j - i >= 3:
            out.append(("".join(p for p, _ in raw[i:j]), False))
            i = j
        else:
            out.append(raw[i])
            i += 1
    return out


_FRONT_FIRST = {t[0] for t in FRONT_TITLES}  # a name starting with none of these has no front title
_BACK_LAST = {t[-1] for t in BACK_TITLES}


def _strip_titles(words: list[str], keep_last: bool) -> list[str]:
    changed = bool(words) and words[0] in _FRONT_FIRST
    while changed:
        changed = False
        for size in (3, 2, 1):  # longest first: "K.H." before "K"
            if len(words) > size and tuple(words[:size]) in FRONT_TITLES:
                words = words[size:]
                changed = True
                break
    # a half-typed last word ("se" of "Setiawan") is no degree yet
    changed = not keep_last and bool(words) and words[-1] in _BACK_LAST
    while changed:
        changed = False
        for size in (4, 3, 2, 1):
            if len(words) > size and tuple(words[-size:]) in BACK_TITLES:
                words = words[:-size]
                changed = True
                break
    return words


def _fold(text: str, last: str = "name") -> str:
    """last: "name" (a whole name), "literal" (the last word may be half typed: keep it as it is)
    or "expand" (also read a half-typed Muhammad, "Moch" or "Muha", as Muhammad)."""
    cleaned = _clean(text)
    head, comma, _ = cleaned.partition(",")
    if comma and not _PIECE.search(head):
        head = cleaned.replace(",", " ")
    if comma:
        last = "name"
    # the usual name has no one-letter piece to join ("A H M A D"): its pieces are just the words
    words = [p for p, _ in _pieces(head)] if _LONE_LETTER.search(head) else _WORD.findall(head)
    words = _strip_titles(words, keep_last=last == "literal")
    words = [_spelling(w) for w in words]
    usual = last == "name" and (len(words) < 2 or _SPECIAL.isdisjoint(words))  # the usual name
    key = "".join(words if usual else _expanded(words, last))
    if "mo" in key:  # every spelling of Muhammad starts so, once folded
        key = _MUHAMMAD_ANYWHERE.sub(MUHAMMAD, key)
    return key.replace("ch", "kh")


def _expanded(words: list[str], last: str) -> list[str]:
    """The pieces with Muhammad's abbreviations and La Ode / Wa Ode written out."""
    out: list[str] = []
    for i, word in enumerate(words):
        is_last = i == len(words) - 1
        if is_last and last == "literal":
            out.append(word)
        elif is_last and last == "expand" and (
            word in _MUHAMMAD_SHORT or (len(word) >= 4 and any(w.startswith(word) for w in _MUHAMMAD_FULL))
        ):
            out.append(MUHAMMAD)
        elif len(words) > 1 and (word in _MUHAMMAD_SHORT or (word == "m" and not is_last)):
            # Only within a longer name: "Moh" alone may be all of someone's name, and a key
            # ("moh" from "MO H") must fold to itself.
            out.append(MUHAMMAD)
        elif word in _EXPAND and not is_last:
            out.extend(_EXPAND[word])
        else:
            out.append(word)
    return out


def _head_words(text: str) -> list[str]:
    """The words of a name before its degrees, as `_fold` cuts them (case and accents gone)."""
    cleaned = _clean(text)
    head, comma, _ = cleaned.partition(",")
    if comma and not _PIECE.search(head):
        head = cleaned.replace(",", " ")
    return [p for p, _ in _pieces(head)] if _LONE_LETTER.search(head) else _WORD.findall(head)


def plain_words(text: str, typed: bool = False) -> list[str]:
    """The words of a name, or of what was typed (*typed*: the last word may be half typed), as
    written: case, accents, apostrophes, titles and degrees gone, the spelling kept ("Djoko" stays
    "djoko"). What the desk compares to tell a name written as typed from one found through
    another spelling."""
    return _strip_titles(_head_words(text or ""), keep_last=typed and "," not in (text or ""))


def key_words(name: str) -> list[str] | None:
    """fold_name(name) cut where the name's words meet ("Wahyu Wijaya" -> ["wahyoe", "wiyaya"]),
    or None in the rare name whose key does not cut so (a spelling folded across two words)."""
    words = [_spelling(w) for w in _strip_titles(_head_words(name or ""), keep_last=False)]
    if len(words) > 1 and not _SPECIAL.isdisjoint(words):
        words = _expanded(words, "name")
    pieces = [_MUHAMMAD_ANYWHERE.sub(MUHAMMAD, w) if "mo" in w else w for w in words]
    pieces = [p.replace("ch", "kh") for p in pieces if p]
    return pieces if "".join(pieces) == fold_name(name) else None


def fold_name(name: str) -> str:
    """The search key stored for *name*: see the module docstring."""
    return _fold(name or "")


def fold_query(text: str) -> list[str]:
    """One or two keys to search for what was typed: the full fold, and the fold with the last
    word taken literally (not expanded, not read as a degree) while it may still be half typed."""
    keys = []
    for key in (_fold(text or "", last="expand"), _fold(text or "", last="literal")):
        if key and key not in keys:
            keys.append(key)
    return keys
