"""What a roster file from outside may hold that must never be stored: a stray quote that swallows
rows, rows in another encoding, control characters. Every rule refuses rows, with their number,
their column and what to do; the rest of the file is imported. The rules:

- Quotes (CSV): a quoted cell must end with its quote right before the delimiter or the line end
  (Python's csv in strict mode). A cell whose quote is never closed, or is closed inside the cell,
  refuses its row (the record the csv reader makes of it), with the line where the quote opens.
  A stray quote closed by a second stray quote at a cell's end is well-formed CSV that still
  swallows rows: a cell that runs over line ends is taken for a swallow when it holds what only
  rows hold — at least as many delimiters as a row has (the header's cells - 1, at least 2), or a
  delimiter and a 16- or 18-digit number (a NIP or NIK) — or when its record has more cells than
  the header. A quoted address or position over two lines, with commas, is none of these.
  Identifiers in a refused record are kept from deactivation (they are "mentioned"). After a
  refused record the reader goes on where the record, read leniently, ends (scan). In a file whose
  lines end in LF, a lone CR is inside its row (a cell typed with CR), which it refuses.
- Encodings (CSV without a BOM): UTF-8 unless a byte says otherwise; then the lines are counted:
  more lines with UTF-8 characters than with bytes UTF-8 cannot read → UTF-8, and the other rows
  show U+FFFD and are refused; else Windows-1252, and a row whose text is UTF-8 read as
  Windows-1252 ("JOSÃ‰") is refused. With a UTF-8 BOM the file is UTF-8.
- Characters (every stored field, CSV and spreadsheets alike): no control character (C0, DEL,
  C1), no U+FFFD (a character already lost), no line or paragraph separator (U+2028/9), no
  bidirectional override or isolate (which show a name other than the one stored). Tab, CR and
  LF are allowed in the position and unit cells, which Excel wraps with Alt+Enter (they are
  stored as one space, as before), and around any cell (trimmed); not inside a name, title,
  identifier, date or rank.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ikrar.models.identifiers import Reason

# --- characters ---------------------------------------------------------------------------------------

_BIDI = frozenset(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))
_WRAPS = frozenset("\t\r\n")
_NAMES = {"\x00": ("NUL", "NUL"), "\t": ("tab", "a tab"), "\n": ("pindah baris (LF)", "a line break (LF)"),
          "\r": ("pindah baris (CR)", "a line break (CR)"), "\ufffd": ("\ufffd (U+FFFD)", "\ufffd (U+FFFD)")}
SHOWN_MAX = 100  # characters of a refused cell shown in the report


def bad_char(text: str, wraps: bool) -> str | None:
    """The first character of *text* a stored field must not hold (None when there is none).
    *wraps*: a cell Excel may wrap (position, unit), where tab, CR and LF become a space."""
    for ch in text:
        o = ord(ch)
        if o < 32 or 127 <= o < 160:
            if wraps and ch in _WRAPS:
                continue
            return ch
        if ch == "\ufffd" or ch in _BIDI or ch in "\u2028\u2029":
            return ch
    return None


def char_name(ch: str) -> tuple[str, str]:
    """(Indonesian, English) name of a refused character."""
    if ch in _NAMES:
        return _NAMES[ch]
    code = f"U+{ord(ch):04X}"
    if ch in _BIDI:
        return f"{code} (pengatur arah teks)", f"{code} (a text direction control)"
    return f"karakter kontrol {code}", f"the control character {code}"


def shown(value) -> str:
    """A cell as the report shows it: control and direction characters escaped (\\x00, \\u202e), so
    that the report, its CSV and the window stay readable; at most SHOWN_MAX characters."""
    text = value if isinstance(value, str) else str(value)
    if not text.isprintable():
        text = "".join(_escaped(c) for c in text)
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "\u2026"


def _escaped(ch: str) -> str:
    if ch == " " or ch.isprintable() or bad_char(ch, False) is None:
        return ch
    return f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"


# --- encodings ------------------------------------------------------------------------------------------

# bytes 0x80-0xBF (UTF-8's continuation bytes) as Windows-1252 reads them (undefined ones: U+FFFD)
_CONT = "".join(bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xC0))
_CONT_CLASS = "[" + re.escape("".join(sorted(set(_CONT)))) + "]"
MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|"
                      f"[\u00f0-\u00f4]{_CONT_CLASS}{{3}}")
_NON_ASCII = re.compile(rb"[\x80-\xff]+")


def utf8_in_cp1252(text: str) -> str | None:
    """The first piece of *text* that is UTF-8 read as Windows-1252 ("Ã‰" for "É"), or None."""
    for m in MOJIBAKE.finditer(text):
        piece = m.group()
        if "\ufffd" in piece:
            return piece  # a continuation byte Windows-1252 does not define
        try:
            piece.encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        return piece
    return None


def as_utf8(text: str) -> str:
    """What UTF-8 read as Windows-1252 was meant to say (for the report only)."""
    try:
        return text.encode("cp1252", errors="replace").decode("utf-8", errors="replace")
    except UnicodeError:
        return text


def count_encodings(path) -> tuple[int, int]:
    """(lines with UTF-8 characters, lines with bytes UTF-8 cannot read) of a file."""
    utf8: set[int] = set()
    other: set[int] = set()
    line, tail = 0, b""

    def classify(data: bytes, line: int) -> int:
        pos = 0
        for m in _NON_ASCII.finditer(data):
            line += data.count(b"\n", pos, m.start())
            pos = m.start()
            try:
                m.group().decode("utf-8")
            except UnicodeDecodeError:
                other.add(line)
            else:
                utf8.add(line)
        return line + data.count(b"\n", pos)

    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            data = tail + chunk
            cut = data.rfind(b"\n") + 1
            if not cut:
                tail = data
                continue
            data, tail = data[:cut], data[cut:]
            line = classify(data, line)
    if tail:
        classify(tail, line)
    return len(utf8), len(other)


# --- quotes -----------------------------------------------------------------------------------------------

_ID = re.compile(r"(?<!\d)(?:\d{18}|\d{16})(?!\d)")


def identifiers_in(text: str) -> list[str]:
    """The 16- and 18-digit numbers in *text* (the NIPs and NIKs a broken record swallowed)."""
    return _ID.findall(text)


def line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def swallowed(cells: list[str], width: int, delimiter: str) -> int | None:
    """The index of the cell that swallowed rows, in a record that runs over line ends; None when
    its line ends are a wrapped address or position. *width*: cells in the header row."""
    need = max(width - 1, 2)
    first = None
    for j, cell in enumerate(cells):
        if "\n" in cell or "\r" in cell:
            if first is None:
                first = j
            k = cell.count(delimiter)
            if k >= need or (k and _ID.search(cell)):
                return j
    if first is not None and len(cells) > width:
        return first
    return None


def scan(text: str, delimiter: str) -> tuple[tuple[int, int] | None, bool]:
    """One record's raw *text* read leniently (a quote closed inside its cell is taken as closed,
    the rest of the cell as written; line ends outside quotes as characters): (the cell index and
    offset of the first quote not closed right at the end of its cell, or None; True when the text
    ends inside a quoted cell, which then goes on on the next line)."""
    cell, i, n = 0, 0, len(text)
    broken = None
    at_start = True
    while i < n:
        ch = text[i]
        if at_start and ch == '"':
            start, i = i, i + 1
            while True:
                q = text.find('"', i)
                if q < 0:
                    return broken or (cell, start), True  # not closed (yet)
                if text.startswith('""', q):
                    i = q + 2
                    continue
                i = q + 1
                if broken is None and i < n and text[i] not in (delimiter, "\r", "\n"):
                    broken = (cell, start)  # closed inside the cell
                break
            at_start = False
            continue
        if ch == delimiter:
            cell += 1
            at_start = True
        else:
            at_start = False
        i += 1
    return broken, False


class BrokenRecord(NamedTuple):
    """A record refused for its quotes, or for a CR inside an unquoted cell (built by the reader)."""
    row: int  # as numbered (records)
    column: int | None  # index of the cell whose quote is broken (or that holds the CR)
    first_line: int  # the file's line where that quote (or CR) is
    last_line: int  # the last line the record took
    value: str  # the cell's text from its quote, as shown
    ids: tuple  # 16/18-digit numbers in the record
    cr: bool = False  # not a quote: a lone CR inside an unquoted cell of a file whose lines end in LF


def broken_from_cells(row: int, first: int, last: int, cells: list[str], j: int) -> BrokenRecord:
    line = first + sum(line_breaks(c) for c in cells[:j])
    return BrokenRecord(row, j, line, last, shown(cells[j].splitlines()[0] if cells[j] else ""),
                        tuple(identifiers_in("\n".join(cells))))


def broken_from_text(row: int, first: int, last: int, text: str, delimiter: str) -> BrokenRecord:
    found = scan(text, delimiter)[0]
    if found is None:
        cr = _lone_cr(text)
        if cr is not None:  # the csv reader met a CR that does not end the line
            start = text.rfind(delimiter, 0, cr) + 1
            end = text.find(delimiter, cr)
            return BrokenRecord(row, text.count(delimiter, 0, cr), first, last,
                                shown(text[start:end if end >= 0 else len(text)].rstrip("\r\n")),
                                tuple(identifiers_in(text)), True)
        return BrokenRecord(row, None, first, last, shown(text.splitlines()[0] if text else ""),
                            tuple(identifiers_in(text)))
    j, at = found
    rest = text[at:].splitlines()
    return BrokenRecord(row, j, first + line_breaks(text[:at]), last, shown(rest[0] if rest else ""),
                        tuple(identifiers_in(text)))


def _lone_cr(text: str) -> int | None:
    """The offset of the first CR of *text* not followed by LF (nor ending it), or None."""
    at = text.find("\r")
    while 0 <= at < len(text) - 1:
        if text[at + 1] != "\n":
            return at
        at = text.find("\r", at + 2)
    return None


def broken_reason(b: BrokenRecord, column: str) -> Reason:
    col = column or "?"
    if b.cr:
        return char_reason(column, "\r", None, False)
    taken = b.last_line - b.first_line
    if taken > 0:
        return Reason(
            "broken_quote",
            f"Tanda kutip (\") di awal sel {col} pada baris {b.first_line} berkas tidak ditutup dengan benar, "
            f"sehingga baris {b.first_line}\u2013{b.last_line} terbaca sebagai satu baris dan {taken} baris "
            f"berikutnya tidak diimpor; hapus tanda kutip itu atau tulis dua kali (\"\") di berkas (mis. dengan "
            f"Notepad), lalu impor lagi.",
            f"The quote (\") at the start of the {col} cell on line {b.first_line} of the file is not closed "
            f"properly, so lines {b.first_line}\u2013{b.last_line} were read as one row and the next {taken} "
            f"line(s) were not imported; remove that quote or write it twice (\"\") in the file (e.g. in "
            f"Notepad), then import again.")
    return Reason(
        "broken_quote",
        f"Tanda kutip (\") di awal sel {col} pada baris {b.first_line} berkas tidak ditutup tepat di akhir "
        f"selnya, sehingga baris ini tidak terbaca dengan pasti; hapus tanda kutip itu atau tulis dua kali "
        f"(\"\") di berkas, lalu impor lagi.",
        f"The quote (\") at the start of the {col} cell on line {b.first_line} of the file is not closed right "
        f"at the end of the cell, so this row cannot be read for certain; remove that quote or write it "
        f"twice (\"\") in the file, then import again.")


def char_reason(column: str, ch: str, encoding: str | None, mixed: bool) -> Reason:
    col = column or "?"
    if ch == "\ufffd" and mixed and (encoding or "").startswith("utf-8"):
        return Reason(
            "not_utf8",
            f"Sel {col} memuat byte yang bukan UTF-8 padahal bagian lain berkas ini UTF-8 (baris ini disimpan "
            f"dengan pengodean lain, mis. ANSI); ketik ulang sel itu, atau simpan seluruh berkas sebagai "
            f"\"CSV UTF-8\", lalu impor lagi.",
            f"The {col} cell holds bytes that are not UTF-8 while the rest of the file is UTF-8 (this row was "
            f"saved in another encoding, e.g. ANSI); retype the cell, or save the whole file as \"CSV UTF-8\", "
            f"then import again.")
    if ch == "\ufffd":
        return Reason(
            "lost_char",
            f"Sel {col} memuat \ufffd (U+FFFD), tanda huruf yang sudah hilang saat berkas disimpan; ketik ulang "
            f"sel itu di berkas, lalu impor lagi.",
            f"The {col} cell holds \ufffd (U+FFFD), the mark of a character lost when the file was saved; "
            f"retype the cell in the file, then import again.")
    name_id, name_en = char_name(ch)
    return Reason(
        "control_char",
        f"Sel {col} memuat {name_id}, yang tidak boleh ada dalam teks yang disimpan; hapus karakter itu "
        f"(ketik ulang selnya) di berkas, lalu impor lagi.",
        f"The {col} cell holds {name_en}, which a stored text must not; delete it (retype the cell) in the "
        f"file, then import again.")


def mixed_reason(column: str, garbled: str) -> Reason:
    col = column or "?"
    meant = as_utf8(garbled)
    return Reason(
        "mixed_encoding",
        f"Sel {col} ditulis dalam UTF-8 padahal berkas ini Windows-1252 (ANSI), sehingga akan tersimpan rusak "
        f"('{garbled}' alih-alih '{meant}'); ketik ulang sel itu, atau simpan seluruh berkas sebagai "
        f"\"CSV UTF-8\", lalu impor lagi.",
        f"The {col} cell is written in UTF-8 while the file is Windows-1252 (ANSI), so it would be stored "
        f"garbled ('{garbled}' instead of '{meant}'); retype the cell, or save the whole file as \"CSV UTF-8\", "
        f"then import again.")
