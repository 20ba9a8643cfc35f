"""What a file is when it is not an employee list, told from its first bytes: a PDF, a Word or
PowerPoint file, an archive, an image, a program, a database, an Ikrar sync file, a web page, a
password-protected workbook, or bytes that are not text at all.

The reader asks before it opens a file (`refuse_foreign`), and again when no row of a text file
looks like column titles (`looks_binary`), so such a file is refused in one sentence that says
what it looks like and what to do, and never quoted: its bytes read as text are noise. A CSV with
a control character in a cell is not "binary": only a file with no usable header row is judged
by its bytes (the cell is refused on its own row, hostile.py).
"""
from __future__ import annotations

import zipfile
import zlib

from ikrar.models.roster.report import RosterError

HEAD = 1 << 16  # bytes read to tell what a file is
DAMAGED = (zlib.error, zipfile.BadZipFile, EOFError)  # what a damaged XLSX raises while it is read

# (first bytes, Indonesian, English); an archive is told to be extracted, the rest to be exported
_MAGIC = (
    (b"%PDF", "dokumen PDF", "a PDF document"),
    (b"\x89PNG", "gambar PNG", "a PNG image"),
    (b"\xff\xd8\xff", "gambar JPEG (foto)", "a JPEG image (a photo)"),
    (b"GIF8", "gambar GIF", "a GIF image"),
    (b"II*\x00", "gambar TIFF (hasil pindai)", "a TIFF image (a scan)"),
    (b"MM\x00*", "gambar TIFF (hasil pindai)", "a TIFF image (a scan)"),
    (b"MZ", "program Windows", "a Windows program"),
    (b"\x7fELF", "program", "a program"),
    (b"SQLite format 3\x00", "basis data SQLite (misalnya basis data Ikrar sendiri)",
     "an SQLite database (Ikrar's own database, for example)"),
    (b"Rar!", "arsip RAR", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "arsip 7-Zip", "a 7-Zip archive"),
    (b"\x1f\x8b", "arsip gzip", "a gzip archive"),
    (b"{\\rtf", "dokumen RTF (Word)", "an RTF (Word) document"),
)
_ARCHIVES = {b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b"}
_OLE = b"\xd0\xcf\x11\xe0"


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _refusal(path, what_id: str, what_en: str, todo_id: str, todo_en: str) -> RosterError:
    return RosterError(path, f"berkas ini {what_id}, bukan daftar pegawai; {todo_id}",
                       f"this file is {what_en}, not an employee list; {todo_en}", code="not_a_table")


_EXPORT_ID = "ekspor daftar pegawai dari SIASN atau SIMPEG sebagai CSV atau XLSX, lalu pilih berkas itu."
_EXPORT_EN = "export the employee list from SIASN or SIMPEG as CSV or XLSX and choose that file."
_EXTRACT_ID = "keluarkan (ekstrak) daftar pegawai dari arsip ini, lalu pilih berkas hasilnya."
_EXTRACT_EN = "extract the employee list from this archive first, then choose the extracted file."


def refuse_foreign(path, head: bytes) -> None:
    """Raise RosterError when *head* (the file's first bytes) shows a file that is not a table:
    see the module doc. A workbook (XLSX, ODS, XLS) and anything that may be text pass."""
    for magic, what_id, what_en in _MAGIC:
        if head.startswith(magic):
            if magic in _ARCHIVES:
                raise _refusal(path, what_id, what_en, _EXTRACT_ID, _EXTRACT_EN)
            raise _refusal(path, what_id, what_en, _EXPORT_ID, _EXPORT_EN)
    if head.startswith(b"PK\x03\x04"):
        _refuse_foreign_zip(path)
    elif head.startswith(_OLE):
        _refuse_foreign_ole(path, head)
    elif _is_web_page(head):
        raise _refusal(path, "halaman web (HTML)", "a web page (HTML)",
                       "buka di Excel, simpan sebagai XLSX (Buku Kerja Excel), lalu pilih berkas itu.",
                       "open it in Excel, save it as XLSX (Excel Workbook) and choose that file.")


def _refuse_foreign_zip(path) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            kind = z.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError, *DAMAGED):
        raise damaged(path) from None
    if "xl/workbook.xml" in names or b"spreadsheet" in kind:
        return  # a workbook: XLSX/XLSM or ODS
    if "manifest.sig" in names:
        raise _refusal(path, "berkas sinkronisasi Ikrar (.ikrar)", "an Ikrar sync file (.ikrar)",
                       "gabungkan di layar Sinkronisasi; daftar pegawai diimpor dari CSV atau XLSX.",
                       "merge it on the Sync screen; employee lists are imported from CSV or XLSX.")
    if "word/document.xml" in names or b"opendocument.text" in kind:
        raise _refusal(path, "dokumen Word", "a Word document", _EXPORT_ID, _EXPORT_EN)
    if any(n.startswith("ppt/") for n in names) or b"presentation" in kind:
        raise _refusal(path, "presentasi (PowerPoint)", "a presentation (PowerPoint)", _EXPORT_ID, _EXPORT_EN)
    raise _refusal(path, "arsip ZIP", "a ZIP archive", _EXTRACT_ID, _EXTRACT_EN)


def damaged(path) -> RosterError:
    return RosterError(path, "berkas ZIP/XLSX ini rusak atau tidak lengkap; ekspor atau unduh ulang daftar "
                       "pegawainya, lalu pilih berkas yang baru.",
                       "this ZIP/XLSX file is damaged or incomplete; export or download the employee list "
                       "again and choose the new file.", code="damaged")


def _refuse_foreign_ole(path, head: bytes) -> None:
    """An old Office file: a workbook (XLS) passes; a protected XLSX and a Word document do not.
    Their stream names sit in the directory, near the start of a small file."""
    if _utf16("EncryptionInfo") in head or _utf16("EncryptedPackage") in head:
        raise RosterError(path, "buku kerja ini dilindungi kata sandi; buka di Excel, hapus kata sandinya "
                          "(File > Info > Proteksi Buku Kerja), simpan, lalu pilih lagi.",
                          "this workbook is protected by a password; open it in Excel, remove the password "
                          "(File > Info > Protect Workbook), save it and choose it again.", code="not_a_table")
    if _utf16("WordDocument") in head and _utf16("Workbook") not in head:
        raise _refusal(path, "dokumen Word", "a Word document", _EXPORT_ID, _EXPORT_EN)


def _is_web_page(head: bytes) -> bool:
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or (start.startswith(b"<") and b"<table" in start)


def looks_binary(head: bytes) -> bool:
    """True when *head* is not text: a NUL byte outside UTF-16, or more than one byte in twenty a
    control character other than tab, line end, form feed and Ctrl-Z."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), 11, *range(14, 26), *range(27, 32), 127))
    return b"\x00" in head or controls * 20 > len(head)


def refuse_binary(path, head: bytes) -> RosterError:
    """The refusal for a file looks_binary() called binary (UTF-16 without its mark said as such)."""
    odd = head[1::2]
    if len(head) >= 8 and odd.count(0) * 10 >= len(odd) * 9:
        return RosterError(path, "berkas ini teks Unicode (UTF-16) tanpa penanda BOM; di Excel simpan sebagai "
                           "\"CSV UTF-8\", lalu pilih berkas itu.", "this file is Unicode (UTF-16) text without a "
                           "byte order mark; in Excel save it as \"CSV UTF-8\" and choose that file.",
                           code="not_a_table")
    return _refusal(path, "berkas biner, bukan teks (mungkin program, gambar atau dokumen yang diberi nama .csv)",
                    "a binary file, not text (perhaps a program, an image or a document named .csv)",
                    _EXPORT_ID, _EXPORT_EN)
