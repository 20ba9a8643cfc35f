"""A roster file cut into pieces that another process can read on its own.

Both processes of a large import (pipeline.py) walk the same file and cut it at the same places, so
that a piece is named by its index alone and nothing but results travels between them. A Piece is
the number of its first row, its bytes and how many rows it holds:
- CSV: about PIECE bytes ending at a line end outside quotes (by quote parity; a quoted field may
  hold line ends). The row count comes from the same parity. Parity is what RFC 4180 files obey;
  Python's csv reader also takes a quote inside an unquoted field literally, which parity cannot
  see. So every piece is checked when it is read: the csv reader must find exactly the rows parity
  counted and must not end inside a quoted field. A piece that fails raises Unsplittable, and the
  caller reads the whole file in one go instead (slower, never different). Encodings whose line
  end is not the byte 0x0A on its own (UTF-16) are not cut at all. So does a piece holding what
  the whole-file reader refuses (hostile.py): a quote not closed right at the end of its cell
  (the csv reader is strict) or a cell that swallowed rows; the whole-file reader then names them.
- XLSX: about 1 MB of sheet XML ending after a `</row>` (rows carry their own numbers).
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ikrar.models.roster import hostile, xlsx
from ikrar.models.roster.cells import Picker
from ikrar.models.roster.xlsx import CellReader, sheet_pieces

PIECE = 1 << 18  # bytes of CSV per piece: ~500 rows of a SIASN export
MAX_RECORD = 1 << 24  # bytes without a line end outside quotes after which the file is not cut (a stray
# quote flips the parity for the rest of the file: each read would scan the whole growing tail again)
_QUOTE, _NL = b'"', b"\n"
SPLITTABLE_ENCODINGS = {"utf-8", "utf-8-sig", "cp1252"}


class Piece(NamedTuple):
    """A piece of the file (a few hundred per file: each process cuts its own, none travels)."""
    first_row: int | None  # None in XLSX, whose rows carry their numbers
    data: bytes
    rows: int | None  # how many rows it holds; None in XLSX


class Unsplittable(Exception):
    """This CSV cannot be cut at line ends; read it in one go."""


def _last_cut(data: bytes) -> int:
    """The index just after the last line end of *data* that is outside quotes (data starts outside
    them), or 0 when there is none."""
    end = data.rfind(_NL)
    if end < 0:
        return 0
    if _QUOTE not in data:
        return end + 1
    odd = data.count(_QUOTE, 0, end) & 1  # quotes before the candidate, kept up to date going back
    while odd:
        before = data.rfind(_NL, 0, end)
        if before < 0:
            return 0
        odd ^= data.count(_QUOTE, before, end) & 1
        end = before
    return end + 1


def _rows_in(piece: bytes) -> int:
    """Rows in *piece* by quote parity: line ends outside quotes, plus an unterminated last line."""
    unterminated = 1 if piece and not piece.endswith(_NL) else 0
    if _QUOTE not in piece:
        return piece.count(_NL) + unterminated
    rows, odd = 0, 0
    for line in piece.split(_NL)[:-1]:
        odd ^= line.count(_QUOTE) & 1
        rows += not odd
    return rows + unterminated


class CsvPieces:
    """Pieces of a CSV file, and their rows (picklable)."""

    def __init__(self, path: Path, encoding: str, delimiter: str, header_row: int, picked: Picker, width: int = 0):
        """width: the header row's cells, for the swallowed-rows check (0: no check)."""
        self.path, self.delimiter, self.header_row, self.picked = Path(path), delimiter, header_row, picked
        self.width = width
        self.skip = 3 if encoding == "utf-8-sig" else 0  # the BOM
        self.encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        self.size = PIECE  # fixed here: the worker must cut exactly where this process does

    def pieces(self) -> Iterator[Piece]:
        row, tail = 1, b""
        with open(self.path, "rb") as f:
            f.seek(self.skip)
            while True:
                data = f.read(self.size)
                if not data:
                    break
                data = tail + data
                cut = _last_cut(data)
                if not cut:
                    if len(data) > MAX_RECORD:
                        raise Unsplittable()
                    tail = data
                    continue
                piece, tail = data[:cut], data[cut:]
                count = _rows_in(piece)
                yield Piece(row, piece, count)
                row += count
        if tail:
            yield Piece(row, tail, _rows_in(tail))

    def rows_of(self, piece: Piece) -> tuple[list[int], list[tuple]]:
        first, data, count = piece.first_row, piece.data, piece.rows
        text = data.decode(self.encoding, errors="replace")
        if _QUOTE not in data and b"\0" not in data and data.count(b"\r") == data.count(b"\r\n"):
            # no quotes, NULs or bare CRs: what the csv module would read is just the lines split at
            # the delimiter (twice as quick); a blank line gives [""] for csv's [], which the
            # Picker pads the same way
            if "\r" in text:
                text = text.replace("\r\n", "\n")
            lines = text.split("\n")
            if not lines[-1]:
                lines.pop()
            delimiter = self.delimiter
            records = [line.split(delimiter) for line in lines]
        else:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter, strict=True)
            try:
                records = list(reader)
            except csv.Error:
                raise Unsplittable() from None  # the whole-file reader reports it with its row
            if self.width and reader.line_num != len(records):  # a record runs over line ends
                self._check_wrapped(records[max(0, self.header_row + 1 - first):])
        if len(records) != count or (records and records[-1] and records[-1][-1].endswith(("\n", "\r"))):
            raise Unsplittable()  # the cut fell inside a quoted field, or a bare CR ends lines
        skip = max(0, self.header_row + 1 - first)  # the title block and header in the first piece
        width, pick = self.picked.width, self.picked.pick  # Picker, inlined: this runs once per row
        rows = []
        for cells in records[skip:] if skip else records:
            if len(cells) != width:
                cells = (cells + [""] * width)[:width]
            cells.append("")
            rows.append(pick(cells))
        return list(range(first + skip, first + len(records))), rows

    def _check_wrapped(self, records: list[list[str]]) -> None:
        """Unsplittable when a record that runs over line ends swallowed rows (hostile.swallowed)."""
        width, delimiter = self.width, self.delimiter
        for cells in records:
            if any("\n" in c or "\r" in c for c in cells) and hostile.swallowed(cells, width, delimiter) is not None:
                raise Unsplittable()


class XlsxPieces:
    """Pieces of an XLSX worksheet, and their rows (picklable once the reader has its strings)."""

    def __init__(self, path: Path, member: str, reader: CellReader, header_row: int, picked: Picker):
        self.path, self.member, self.reader = Path(path), member, reader
        self.header_row, self.picked = header_row, picked
        self.size = xlsx.PIECE  # fixed here: the worker must cut exactly where this process does

    def pieces(self) -> Iterator[Piece]:
        with zipfile.ZipFile(self.path) as book:
            for data in sheet_pieces(book, self.member, self.size):
                yield Piece(None, data, None)

    def rows_of(self, piece: Piece) -> tuple[list[int], list[tuple]]:
        numbers, rows, picked, header_row = [], [], self.picked, self.header_row
        for number, cells in self.reader.rows(piece.data.decode("utf-8", errors="replace")):
            if number > header_row:
                numbers.append(number)
                rows.append(picked(cells))
        return numbers, rows
