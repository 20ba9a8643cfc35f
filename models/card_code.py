"""The code on a person's QR card, without the database: its shape, a new one, and finding one in what a
scanner or a clerk typed. An ASN's card carries the NIP; anyone without a NIP carries "IKR-" and ten
characters drawn from the operating system's CSPRNG (`secrets`), never anything derived from the NIK:
a NIK has so little entropy (region, birth date, a serial) that any hash of it can be reversed by
trying them all. models/cards.py stores the codes and finds the person behind one.

The ten characters are Crockford's base 32 (digits and capitals without I, L, O and U): 50 random
bits, read aloud or typed without doubt; typed, O is read as 0 and I and L as 1. Stored and carried
in files as "IKR-" + ten characters; printed "IKR-XXXXX-XXXXX" for the eye; both are read back.
A QR of either is a version-1 code in alphanumeric mode (capitals, digits and '-').
"""
from __future__ import annotations

import base64
import re
import secrets

PREFIX = "IKR-"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U
LENGTH = 10  # 50 bits
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})
# The stored form, and what a file may carry.
STORED = re.compile(rf"^IKR-[{ALPHABET}]{{{LENGTH}}}$")
# In scanned or typed text: "IKR-" (in any case: a scanner with Caps Lock on inverts it) and the ten
# characters, in one run or as 5 + 5 split by '-' or a space; never inside a longer word. The hyphen
# after IKR is required, so a name that starts with "Ikr…" is never taken for a card.
_FOUND = re.compile(r"(?<![0-9A-Za-z])[Ii][Kk][Rr]-([0-9A-Za-z]{5})[- ]?([0-9A-Za-z]{5})(?![0-9A-Za-z])")


def new_code() -> str:
    """A fresh code from the CSPRNG (the caller makes sure it is not taken: models/cards.py)."""
    return new_codes(1)[0]


_FROM_RFC4648 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode("ascii"))


def new_codes(count: int) -> list[str]:
    """*count* fresh codes at once: the CSPRNG's bytes in base 32 (5 bits a character, uniform), read in
    Crockford's alphabet; 4 codes to every 25 bytes."""
    text = base64.b32encode(secrets.token_bytes(25 * -(-count // 4))).translate(_FROM_RFC4648).decode("ascii")
    return [PREFIX + text[i:i + LENGTH] for i in range(0, LENGTH * count, LENGTH)]


def normalise(text) -> str | None:
    """The stored form of a card code written any way people write it ("ikr-7kq2m 9xhtp", "IKR-7KQ2M-9XHTP",
    O for 0), or None when *text* is not one card code (only the code, spaces around it aside)."""
    if not isinstance(text, str):
        return None
    match = _FOUND.fullmatch(text.strip())
    return _stored(match) if match else None


def card_in(scanned) -> str | None:
    """The one card code in scanner or QR text (with framing or other words around it), stored form;
    None when there is none or more than one different."""
    if not isinstance(scanned, str) or "-" not in scanned:
        return None
    found = {code for code in map(_stored, _FOUND.finditer(scanned)) if code}
    return found.pop() if len(found) == 1 else None


def printed(code: str) -> str:
    """'IKR-7KQ2M9XHTP' → 'IKR-7KQ2M-9XHTP' (what the card shows under the name)."""
    if isinstance(code, str) and STORED.match(code):
        body = code[len(PREFIX):]
        return f"{PREFIX}{body[:5]}-{body[5:]}"
    return code


def _stored(match: re.Match) -> str | None:
    body = (match.group(1) + match.group(2)).upper().translate(_TYPED)
    return PREFIX + body if all(c in ALPHABET for c in body) else None
