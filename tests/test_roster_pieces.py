"""Cutting a CSV into pieces each process reads on its own (models/roster/pieces.py): the pieces
must give exactly the rows, and row numbers, that reading the whole file gives, or refuse to be
used (Unsplittable) so that the import reads the file in one go."""
from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_roster_bulk import HEAD, dump, nip_of, notes, roster_rows

from ikrar.models.roster import import_roster, pieces, pipeline
from ikrar.models.roster.pieces import CsvPieces, Unsplittable
from ikrar.models.roster.rows import Picker, RowParser
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database

WIDTH = 3
IDENTITY = Picker(WIDTH, lambda cells: tuple(cells[:WIDTH]))


def whole(path: Path, encoding: str, delimiter: str) -> list[tuple[int, tuple]]:
    with open(path, encoding=encoding, newline="", errors="replace") as f:
        return [(n, IDENTITY(row)) for n, row in enumerate(csv.reader(f, delimiter=delimiter), 1)]


def cut(path: Path, encoding: str, delimiter: str, size: int) -> list[tuple[int, tuple]]:
    source = CsvPieces(path, encoding, delimiter, 0, IDENTITY)
    source.size = size
    out = []
    for piece in source.pieces():
        numbers, rows = source.rows_of(piece)
        out.extend(zip(numbers, rows, strict=True))
    return out


cell = st.text(alphabet=st.sampled_from(list('ab ,;"\n\r\t\u00e9\u2019x')), max_size=8)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(cell, min_size=WIDTH, max_size=WIDTH), max_size=25),
       size=st.integers(min_value=1, max_value=64), crlf=st.booleans(), bom=st.booleans(),
       final_newline=st.booleans())
def test_pieces_of_a_written_csv_read_like_the_whole(tmp_path_factory, rows, size, crlf, bom, final_newline):
    """Whatever csv.writer writes (quoted line ends, quotes, delimiters inside fields), the pieces
    give the same rows and row numbers as one reader over the file."""
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    data = text.getvalue()
    if not final_newline:
        data = data.rstrip("\r\n")
    path = tmp_path_factory.mktemp("p") / "f.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    encoding = "utf-8-sig" if bom else "utf-8"
    try:
        got = cut(path, encoding, ",", size)
    except Unsplittable:  # allowed only where the whole-file reader sees something parity cannot
        assert "\r" in data.replace("\r\n", "") or any(c.endswith(("\n", "\r")) for r in rows for c in r)
        return
    assert got == whole(path, encoding, ",")


@pytest.mark.parametrize("text", [
    'a,"b\nc"\nd,e\n',  # a quoted line end: one row, then the next
    'a,b\n\n\nc,d',  # blank lines are rows too; no final line end
    'x;"y ""q"" z"\r\nw;v\r\n',  # escaped quotes, CRLF
])
def test_cuts_fall_between_rows(tmp_path, text):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode())
    delimiter = ";" if ";" in text else ","
    for size in range(1, len(text) + 2):
        assert cut(path, "utf-8", delimiter, size) == whole(path, "utf-8", delimiter)


@pytest.mark.parametrize(("text", "size", "expected"), [
    # the first read ends inside a quoted field: cut at the line end before the field
    ('a,b\nc,"d\ne"\n', 10, [(1, b"a,b\n", 1), (2, b'c,"d\ne"\n', 1)]),
    # the first read has no line end outside quotes: nothing is cut until a read closes the field
    ('"a\nb"\nc\n', 3, [(1, b'"a\nb"\n', 1), (2, b"c\n", 1)]),
    # rows counted by quote parity; an unterminated last line is a row of its own
    ('a\n"b\nc"\nd', 100, [(1, b'a\n"b\nc"\n', 2), (3, b"d", 1)]),
    ("a\n\n", 100, [(1, b"a\n\n", 2)]),  # a blank line is a row
])
def test_pieces_are_cut_at_line_ends_outside_quotes(tmp_path, text, size, expected):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode())
    source = CsvPieces(path, "utf-8", ",", 0, IDENTITY)
    source.size = size
    assert [tuple(piece) for piece in source.pieces()] == expected


@pytest.mark.parametrize("text", [
    'a"b,"c\nd",e\nf,g\n',  # a quote inside an unquoted field: parity is wrong here
    "a,b\rc,d\re,f\r",  # bare CR line ends (old Mac files)
])
def test_what_parity_cannot_see_is_refused(tmp_path, text):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode())
    with pytest.raises(Unsplittable):
        for size in (4, 7, 100):
            cut(path, "utf-8", ",", size)


def _import_both(path: Path, tmp_path: Path, monkeypatch):
    """(report, rows) through the pieces with a worker, and through the serial reader."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ROWS", 0)
    monkeypatch.setattr(pieces, "PIECE", 1024)
    monkeypatch.delenv("IKRAR_IMPORT_WORKERS", raising=False)
    out = []
    for name, workers in (("p.db", None), ("s.db", "0")):
        if workers:
            monkeypatch.setenv("IKRAR_IMPORT_WORKERS", workers)
        open_database(tmp_path / name)
        try:
            out.append((import_roster(path), dump()))
        finally:
            close_database()
    return out


def _roster_text(rows: list[list], newline: str = "\n") -> str:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator=newline).writerows([HEAD] + rows)
    return text.getvalue()


@pytest.mark.parametrize("variant", ["quoted_newlines", "crlf_cp1252", "stray_quote", "bare_cr"])
def test_import_through_pieces_equals_serial(tmp_path, monkeypatch, variant):
    rows = roster_rows(400)
    resets = []
    real_reset = RowParser.reset
    monkeypatch.setattr(RowParser, "reset",  # not the call __init__ makes
                        lambda self: (hasattr(self, "records") and resets.append(1)) or real_reset(self))
    if variant == "quoted_newlines":
        for i in range(0, 400, 7):
            rows[i][8] = f"Staf\nBagian {i}"  # a position written on two lines
        data = _roster_text(rows).encode("utf-8")
    elif variant == "crlf_cp1252":
        for i in range(0, 400, 5):
            rows[i][2] = f"Andr\u00e9 Ma\u2019ruf {i}"
        data = _roster_text(rows, "\r\n").encode("cp1252")
    elif variant == "stray_quote":
        text = _roster_text(rows)
        lines = text.split("\n")
        lines[150] = lines[150].replace("Staf", 'Staf 5"', 1)  # csv reads the quote literally
        lines[151] = lines[151].replace(",Staf,", ',"Staf,', 1)
        data = "\n".join(lines).encode("utf-8")
        real_rows_of = CsvPieces.rows_of  # this process slowed: the worker meets the bad cut too
        monkeypatch.setattr(CsvPieces, "rows_of", lambda self, piece: time.sleep(0.02) or real_rows_of(self, piece))
    else:
        data = _roster_text(rows, "\r").encode("utf-8")
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    (parallel, parallel_rows), (serial, serial_rows) = _import_both(path, tmp_path, monkeypatch)
    assert notes(parallel) == notes(serial) and parallel_rows == serial_rows
    assert serial.created > (100 if variant == "stray_quote" else 300)  # the quote swallows the rest
    fell_back = variant in ("stray_quote", "bare_cr")
    assert bool(resets) == fell_back  # read again in one go only where the cuts could be wrong
    if variant == "quoted_newlines":
        assert sum(1 for r in serial_rows if (r[9] or "").startswith("Staf Bagian")) > 40
    if variant == "crlf_cp1252":
        assert any(r[2].startswith("Andr\u00e9 Ma\u2019ruf") for r in serial_rows)
    assert nip_of(0) in {r[0] for r in serial_rows}
