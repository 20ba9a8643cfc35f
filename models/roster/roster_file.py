"""An opened roster file: its header row, its mapping, and its rows as the spreadsheet shows them.

reader.py opens a file and finds the header row; RosterFile then reads the rows under it: a CSV
strictly (a record with a broken quote, or whose cell swallowed rows, is kept aside in `broken`:
hostile.py), an XLSX through the streaming reader (xlsx.py), other workbooks through python-calamine.
"""
from __future__ import annotations

import contextlib
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ikrar.models.roster import headers as H
from ikrar.models.roster import hostile, sniff
from ikrar.models.roster.cells import cell_text
from ikrar.models.roster.pieces import SPLITTABLE_ENCODINGS, CsvPieces, XlsxPieces
from ikrar.models.roster.xlsx import XlsxStream

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an address cell with pasted text is not an error


@dataclass
class RosterFile:
    path: Path
    kind: str  # "csv" | "xlsx"
    headers: list[str]
    header_row: int  # 1-based
    mapping: dict[str, str]  # field -> header
    unit_candidates: list[str] = field(default_factory=list)  # unit columns, in priority order
    explicit: dict[str, str] = field(default_factory=dict)  # the caller's part of the mapping
    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    total_estimate: int = 0  # data rows, roughly (CSV: lines)
    mixed_encoding: bool = False  # CSV: some lines are in another encoding than `encoding` (hostile.py)
    newline: str = ""  # CSV: "\n" when its lines end in LF (a lone CR is then inside a row), else ""
    broken: list = field(default_factory=list)  # CSV: hostile.BrokenRecord of the last rows() read
    _sheet: object = field(default=None, repr=False)  # a python-calamine sheet, or
    _stream: XlsxStream | None = field(default=None, repr=False)  # the streaming reader and
    _member: str = ""  # its worksheet member
    _offset: int = 0  # rows above the first row python-calamine yields

    @property
    def complete(self) -> bool:
        """The mapping has a name column and a NIP or NIK column: the file can be imported as mapped."""
        return H.usable(self.mapping)

    def index(self, header: str | None) -> int | None:
        if header is None:
            return None
        try:
            return self.headers.index(header)
        except ValueError:
            return None

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()

    def rows(self, columns: list[int] | None = None) -> Iterator[tuple[int, list]]:
        """(row number, cells) for the rows under the header. *columns*: the column indexes the
        caller needs; a reader may leave the other cells empty (the streaming XLSX reader does, and
        skips rows without any of them)."""
        if self._stream is not None:
            for number, cells in self._stream.rows(self._member, columns):
                if number > self.header_row:
                    yield number, cells
        elif self.kind == "csv":
            yield from self._csv_rows()
        else:
            for number, cells in enumerate(self._sheet.iter_rows(), 1 + self._offset):
                if number > self.header_row:
                    yield number, cells

    def _csv_rows(self) -> Iterator[tuple[int, list]]:
        """The CSV's records under the header, read strictly: a record whose quote is broken, or
        whose cell swallowed rows (hostile.py), is not yielded but kept in self.broken."""
        self.broken = broken = []
        header_row, delimiter, width = self.header_row, self.delimiter, len(self.headers)
        raw = _Lines(self.path, self.encoding, self.newline)  # the file's lines again, for a broken record
        with open(self.path, encoding=self.encoding, newline=self.newline, errors="replace") as f, \
                contextlib.closing(raw):
            reader = csv.reader(f, delimiter=delimiter, strict=True)
            number = line = skipped = 0  # records read; the last line of the last record; lines read here
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error:  # a quote not closed right at the end of its cell, or a lone CR
                    number, first, line = number + 1, line + 1, reader.line_num + skipped
                    text = raw.text(first, line)
                    # the reader goes on at the next line; if this record, read leniently, is still
                    # inside a quoted cell there, its lines are this record's, not new rows
                    while hostile.scan(text, delimiter)[1] and (more := next(f, None)) is not None:
                        text, skipped, line = text + more, skipped + 1, line + 1
                    if number > header_row:
                        broken.append(hostile.broken_from_text(number, first, line, text, delimiter))
                    continue
                number, first, line = number + 1, line + 1, reader.line_num + skipped
                if number > header_row:
                    if line != first:  # the record runs over line ends: a wrapped cell, or a swallow
                        j = hostile.swallowed(cells, width, delimiter)
                        if j is not None:
                            broken.append(hostile.broken_from_cells(number, first, line, cells, j))
                            continue
                    yield number, cells

    def splitter(self, columns: list[int], picked):
        """The file as pieces each process can read on its own (pieces.py), or None when it cannot
        be cut (python-calamine's formats, a UTF-16 CSV). *columns*: the column indexes needed;
        *picked*: the rows.Picker that turns a row into the checker's cells."""

        if self._stream is not None and columns:
            reader = self._stream.cell_reader(columns)
            reader.strings = self._stream.strings()  # loaded here, so that the reader can travel
            return XlsxPieces(self.path, self._member, reader, self.header_row, picked)
        if self.kind == "csv" and self.encoding in SPLITTABLE_ENCODINGS:
            return CsvPieces(self.path, self.encoding, self.delimiter, self.header_row, picked, len(self.headers))
        return None

    def preview(self, n: int = 20) -> list[dict[str, str]]:
        """The first *n* non-blank data rows as {header: text}, for a mapping screen."""
        out: list[dict[str, str]] = []
        try:
            for _, cells in self.rows():
                texts = [cell_text(c) for c in cells]
                if any(texts):
                    out.append({h: (texts[i] if i < len(texts) else "") for i, h in enumerate(self.headers) if h})
                    if len(out) >= n:
                        break
        except sniff.DAMAGED:
            raise sniff.damaged(self.path) from None
        return out


class _Lines:
    """The lines of a text file as RosterFile._csv_rows' reader sees them, read forward."""

    def __init__(self, path: Path, encoding: str, newline: str):
        self.path, self.encoding, self.newline = path, encoding, newline
        self.file = None
        self.at = 0  # lines read so far

    def text(self, first: int, last: int) -> str:
        """Lines first..last (1-based), joined as they are in the file."""
        if self.file is None or first <= self.at:
            if self.file is not None:
                self.file.close()
            self.file = open(self.path, encoding=self.encoding, newline=self.newline,  # noqa: SIM115
                             errors="replace")
            self.at = 0
        out = []
        for text in self.file:
            self.at += 1
            if self.at >= first:
                out.append(text)
            if self.at >= last:
                break
        return "".join(out)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
