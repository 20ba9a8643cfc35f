"""The one NIP, NIK or card code in a scanner's or a QR code's text (stdlib only).

Labelled values (JSON keys, query keys, printed prefixes) win over bare digit runs; printed groupings
("19860926 201505 1 001") are joined first; two different codes are refused rather than one guessed.
"""
from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from urllib.parse import unquote_plus

from ikrar.models.card_code import card_in
from ikrar.models.identifier_digits import IdentifierError, normalize_digits

# Printed groupings joined back into one run before looking for 18/16-digit runs.
_SEP = r"(?:\s*[.\-/]\s*|\s+)"
_PRINTED = [re.compile(p.replace("S", _SEP)) for p in (
    r"(?<!\d)(\d{8})S(\d{6})S(\d)S(\d{3})(?!\d)",           # NIP 8-6-1-3
    r"(?<!\d)(\d{8})S(\d{4})S(\d)S(\d)S(\d)S(\d{3})(?!\d)",  # NI PPPK 8-4-1-1-1-3
    r"(?<!\d)(\d{4})S(\d{4})S(\d{4})S(\d{4})(?!\d)",         # NIK 4-4-4-4
    r"(?<!\d)(\d{6})S(\d{6})S(\d{4})(?!\d)")]                # NIK 6-6-4
# A label (JSON key, query key, printed prefix) directly followed by a digit run.
_LABELED = re.compile(r"(?i)(?<![a-z])(nip(?:[ _]?baru)?|ni[ _]?pppk|nik)(?![a-z])\W{0,6}?(\d+)")
_RUN = re.compile(r"(?<!\d)\d+(?!\d)")


def _json_codes(obj) -> list[tuple[str, str]]:
    """(kind, value) for every nip/nik-like key anywhere in a decoded JSON payload."""
    found: list[tuple[str, str]] = []
    items = obj.items() if isinstance(obj, dict) else enumerate(obj) \
        if isinstance(obj, list) else ()
    for key, value in items:
        label = str(key).lower().replace("_", "").replace(" ", "") if isinstance(obj, dict) else ""
        if label in ("nip", "nipbaru", "nipppk", "nik") and isinstance(value, (str, int)):
            found.append((label[:3] if label != "nipppk" else "nip", str(value)))
        else:
            found.extend(_json_codes(value))
    return found


def _digits_or_blank(value: str) -> str:
    try:
        return normalize_digits(value)
    except IdentifierError:
        return ""


def _join_printed(text: str) -> str:
    for pattern in _PRINTED:
        text = pattern.sub(lambda m: "".join(m.groups()), text)
    return text


def extract_code(scanned: str) -> str | None:
    """Find the one 18-digit NIP or 16-digit NIK in scanner/QR text, or else one card code
    ("IKR-…", stored form); None when not recognised.

    Explicit keys (JSON "nip"/"nik", ?nip=, "NIP:") win; a labelled value of the wrong length
    gives None rather than a guess at some other number. Unlabelled runs must be unambiguous.
    Dates are not checked here.
    """
    if not isinstance(scanned, str):
        return None
    # Scanner framing (STX/ETX, CR/LF, tab) becomes whitespace; zero-width marks vanish.
    text = "".join("" if unicodedata.category(c) == "Cf" else " "
                   if unicodedata.category(c)[0] in "CZ" else c for c in scanned).strip()
    found = _extract(text)
    # Percent-decoding only as a second try: "%20" + digits must not eat the first two digits.
    if found is None and "%" in text:
        found = _extract(unquote_plus(text).strip())
    # The card code of someone without a NIP (models/card_code.py): the QR never holds a NIK
    return found if found is not None else card_in(text)


def _extract(text: str) -> str | None:
    labeled: list[tuple[str, str]] = []
    if text[:1] in ("{", "["):
        with contextlib.suppress(ValueError):
            labeled = [(k, _digits_or_blank(v)) for k, v in _json_codes(json.loads(text))]
    text = _join_printed(text)
    if not labeled:
        labeled = [("nik" if m.group(1).lower() == "nik" else "nip", m.group(2))
                   for m in _LABELED.finditer(text)]
    if labeled:
        # NIP keys before NIK keys; the first of each in document order.
        for kind in ("nip", "nik"):
            for k, value in labeled:
                if k == kind and len(value) in (16, 18):
                    return value
        return None
    runs = [m.group(0) for m in _RUN.finditer(text)]
    for length in (18, 16):
        found = {r for r in runs if len(r) == length}
        if len(found) == 1:
            return found.pop()
        if found:
            return None          # two different codes: refuse rather than pick one
    return None
