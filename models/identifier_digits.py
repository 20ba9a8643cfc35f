"""The digits of an identifier as a person, a spreadsheet or a scanner gives them (stdlib only).

normalize_digits() returns the bare ASCII digits or refuses, with a Reason, what is unsafe to read:
a number Excel turned into a float or a scientific display, letters that look like digits. The
NIP / NIK layouts are checked in identifiers.py; a scanner's text is searched in scanned_code.py.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import NoReturn


@dataclass(frozen=True)
class Reason:
    code: str
    id: str
    en: str

    def __str__(self) -> str:
        return self.id


class IdentifierError(ValueError):
    def __init__(self, reason: Reason):
        super().__init__(reason.id)
        self.reason = reason


def fail(code: str, id_text: str, en_text: str) -> NoReturn:
    raise IdentifierError(Reason(code, id_text, en_text))


_EXCEL_ID = ("Nomor ini sudah diubah Excel menjadi angka ({0}); digit terakhirnya hilang. "
             "Ketik ulang dari dokumen asli (SK/kartu pegawai/KTP), jangan ditebak.")
_EXCEL_EN = ("Excel turned this number into a numeric value ({0}); its last digits are lost. "
             "Retype it from the source document (decree/ID card); do not guess them.")
# 1.98609E+17, 1,98609E+17, 1.98609e17: a spreadsheet's scientific display.
_SCI = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
# 198.609.262.015.051.000 / 198,609,262,015,051,000: a number shown with thousands separators.
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+")
# 198609262015051001.0: went through a float somewhere.
_DOT_ZERO = re.compile(r"\d{15,}[.,]0+")
# Separators used in printed numbers ("19860926 201505 1 001", "19860926.201505.1.001").
_SEP_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s.\-]+(?=\d)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_LOOKALIKE = {"O": "0", "o": "0", "I": "1", "l": "1"}


def normalize_digits(raw) -> str:
    """Return the bare ASCII digit string; raise IdentifierError for anything unsafe to read."""
    cls = raw.__class__
    if cls is str and raw.isascii() and raw.isdigit():  # the common case: nothing to clean
        return raw
    if cls is int and raw >= 0:
        return str(raw)
    return _normalize_slow(raw)


def _normalize_slow(raw) -> str:
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        fail("empty", "Nomor kosong", "The number is empty")
    if isinstance(raw, bool):
        fail("not_digits", "Nomor harus berupa angka", "The number must consist of digits")
    if isinstance(raw, float):
        # 2**53 ~ 9e15: a float cannot hold a 16- or 18-digit number exactly, so never trust one.
        if math.isfinite(raw) and abs(raw) >= 1e15:
            shown = f"{raw:.5E}"
            fail("excel_float", _EXCEL_ID.format(shown), _EXCEL_EN.format(shown))
        if not (math.isfinite(raw) and raw.is_integer() and raw >= 0):
            fail("not_digits", f"Nomor harus bilangan bulat positif, tertulis {raw!r}",
                  f"The number must be a positive whole number, got {raw!r}")
        return str(int(raw))
    if isinstance(raw, int):
        if raw < 0:
            fail("not_digits", "Nomor tidak boleh bertanda minus", "The number cannot be negative")
        return str(raw)
    text = str(raw).translate(_INVISIBLE).strip()
    if text[:1] in ("'", "\u2019", "`"):        # Excel's "keep as text" apostrophe
        text = text[1:].strip()
    if not text:
        fail("empty", "Nomor kosong", "The number is empty")
    if _SCI.fullmatch(text) or _DOT_ZERO.fullmatch(text) or (
            _THOUSANDS.fullmatch(text) and sum(c.isdigit() for c in text) > 15):
        fail("excel_float", _EXCEL_ID.format(text), _EXCEL_EN.format(text))
    text = _SEP_BETWEEN_DIGITS.sub("", text)
    # Full-width / other-script digits are still digits; letters are not silently fixed.
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    bad = sorted({c for c in text if c not in "0123456789"}, key=text.index)
    if bad:
        shown = " ".join(repr(c) for c in bad[:5])
        hint_id = hint_en = ""
        look = [f"{c!r}→{_LOOKALIKE[c]}" for c in bad if c in _LOOKALIKE]
        if look:
            hint_id = f" (huruf yang mirip angka? {', '.join(look)})"
            hint_en = f" (a letter that looks like a digit? {', '.join(look)})"
        fail("not_digits", f"Nomor hanya boleh berisi angka; ada karakter {shown}{hint_id}",
              f"The number may contain only digits; found {shown}{hint_en}")
    return text
