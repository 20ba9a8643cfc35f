"""A raw row → a validated Record, or a RejectedRow saying why not.

Rules (one reason per rejected row, the first that fails):
- a row whose NIP, NIK and name cells are all empty is skipped silently (blank lines, subtotals);
- the NIP must pass identifiers.parse_nip (a number Excel turned into a float is refused there);
  a 16-digit value in a combined "NIP/NIK" column is a NIK;
- a bad NIK refuses the row only when the NIK is the row's identifier; next to a valid NIP it is
  dropped with a warning;
- the name must not be empty;
- within a file the first row with an identifier wins; the second is refused naming both rows.
Fields left empty (or unmapped) are None: the import then keeps what the database has.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from ..identifiers import IdentifierError, parse_nik, parse_nip
from . import headers as H
from .reader import RosterFile, cell_text
from .report import RejectedRow, RowWarning, reason
from .values import parse_category, parse_date, parse_gender, parse_rank


@dataclass(slots=True)
class Record:
    row: int
    nip: str | None
    nik: str | None
    name: str
    front_title: str | None
    back_title: str | None
    gender: str | None
    birth_date: str | None  # ISO
    category: str
    golongan: str | None
    pangkat: str | None
    position: str | None
    units: tuple  # the value of each unit candidate column; the import picks one


def _s(value) -> str:
    """A cell as stripped text with inner runs of whitespace collapsed."""
    if value.__class__ is str:
        value = value.strip()
        return " ".join(value.split()) if "  " in value or "\n" in value or "\t" in value else value
    return cell_text(value)


def _id_arg(raw, text: str):
    """parse_nip/parse_nik argument. A plain ASCII digit string goes as an int, which the identifier
    module reads on its fast path: the result is the same, twice as quick per row (a leading 0 keeps
    the string, so the length is never changed). Anything else goes as it came (a float from Excel
    must reach the identifier module as a float to be refused as such)."""
    if raw.__class__ is not str:
        return raw
    if text.isdigit() and text.isascii() and text[0] != "0":
        return int(text)
    return text


class RowParser:
    def __init__(self, roster: RosterFile, today: date | None = None):
        m = roster.mapping
        self.roster = roster
        self.today = today or date.today()
        self.col = {f: m.get(f) or "" for f in H.FIELDS}
        self.width = width = len(roster.headers)
        # one C call picks the mapped cells; unmapped fields read the "" appended at index `width`
        index = [roster.index(m.get(f)) for f in H.FIELDS]
        self.pick = itemgetter(*[width if i is None else i for i in index])
        unit_idx = [roster.index(h) for h in roster.unit_candidates]
        self.columns = sorted({i for i in index + unit_idx if i is not None})  # what the reader must fill
        self.pick_units = itemgetter(*unit_idx, width) if unit_idx else None  # trailing "" keeps a tuple
        self.combined = H.is_combined_id(m.get("nip"))
        self.rejected: list[RejectedRow] = []
        self.warnings: list[RowWarning] = []
        self.mentioned: set[str] = set()  # identifiers of rejected rows: never deactivated for a typo
        self.seen_nip: dict[str, int] = {}
        self.seen_nik: dict[str, tuple[int, bool]] = {}  # nik -> (row, the row's identifier is the NIK)
        self.rows = 0
        self._dates: dict = {}
        self._memo: dict = {}
        self._ids: tuple[str, str] = ("", "")
        self._texts: dict = {}
        self.same_rank_column = self.col["pangkat"] == self.col["golongan"]

    def _reject(self, row: int, field: str, value, why, other: int | None = None) -> None:
        self.rejected.append(RejectedRow(row, self.col[field], _s(value), why, other))
        for text in self._ids:
            digits = "".join(c for c in text if c.isdigit())
            if len(digits) in (16, 18):
                self.mentioned.add(digits)

    def _warn(self, row: int, field: str, value, why) -> None:
        self.warnings.append(RowWarning(row, self.col[field], _s(value), why))

    def parse(self, row: int, cells: list) -> Record | None:
        width = self.width
        if len(cells) != width:
            cells = (list(cells) + [""] * width)[:width]
        cells.append("")
        (raw_nip, raw_nik, raw_name, front, back, gender, raw_birth, category, golongan, pangkat, position,
         _unit) = self.pick(cells)
        nip_txt, nik_txt, name = _s(raw_nip), _s(raw_nik), _s(raw_name)
        if not (nip_txt or nik_txt or name):
            return None  # a blank line, a subtotal or a footer
        self.rows += 1
        self._ids = (nip_txt, nik_txt)
        nip_info = nik_info = None
        nik_field = "nik"
        if nip_txt and self.combined and not nik_txt and len(nip_txt.replace(" ", "")) == 16:
            raw_nik, nik_txt, nik_field, nip_txt = raw_nip, nip_txt, "nip", ""  # a NIK in "NIP/NIK"
        if nip_txt:
            try:
                nip_info = parse_nip(_id_arg(raw_nip, nip_txt), today=self.today)
            except IdentifierError as exc:
                return self._reject(row, "nip", raw_nip, exc.reason)
        if nik_txt:
            try:
                nik_info = parse_nik(_id_arg(raw_nik, nik_txt), today=self.today)
            except IdentifierError as exc:
                if nip_info is None:
                    return self._reject(row, nik_field, raw_nik, exc.reason)
                self._warn(row, "nik", raw_nik, reason(
                    "nik_ignored", f"NIK diabaikan: {exc.reason.id}", f"NIK ignored: {exc.reason.en}"))
            else:
                for w in nik_info.warnings:
                    self._warn(row, nik_field, raw_nik, w)
        if nip_info is None and nik_info is None:
            return self._reject(row, "nip" if self.col["nip"] else "nik", "", reason(
                "no_identifier", "Baris tanpa NIP atau NIK", "The row has no NIP or NIK"))
        if not name:
            return self._reject(row, "name", raw_name, reason("empty_name", "Nama kosong", "The name is empty"))
        nip = nip_info.nip if nip_info else None
        nik = nik_info.nik if nik_info else None
        # duplicates inside the file: the first row wins
        if nip is not None:
            first = self.seen_nip.get(nip)
            if first is not None:
                return self._reject(row, "nip", nip, reason(
                    "duplicate_nip", f"NIP ganda: sudah ada di baris {first}; baris {first} yang dipakai",
                    f"Duplicate NIP: already on row {first}; row {first} is kept"), first)
        if nik is not None:
            seen = self.seen_nik.get(nik)
            if seen is not None and (nip is None or seen[1]):
                return self._reject(row, nik_field, nik, reason(
                    "duplicate_nik", f"NIK ganda: sudah ada di baris {seen[0]}; baris {seen[0]} yang dipakai",
                    f"Duplicate NIK: already on row {seen[0]}; row {seen[0]} is kept"), seen[0])
            if seen is None:
                self.seen_nik[nik] = (row, nip is None)
        if nip is not None:
            self.seen_nip[nip] = row

        # the other fields; an empty cell is None (the import keeps what the database has). Most
        # columns repeat a few values, so each distinct raw value is worked out once.
        memo = self._memo
        key = (gender, category, golongan, pangkat)
        facts = memo.get(key)
        if facts is None:
            gol, pk = parse_rank(_s(golongan)) if golongan != "" else (None, None)
            if pangkat != "" and not self.same_rank_column:
                g2, p2 = parse_rank(_s(pangkat))
                pk, gol = p2 or pk, gol or g2
            stated = _s(category)
            facts = memo[key] = (parse_gender(_s(gender)) if gender != "" else None,
                                 stated, parse_category(stated) if stated else None, gol, pk)
        sex, stated, cat, gol, pk = facts
        if sex is None:
            sex = nip_info.gender if nip_info else nik_info.gender
        from_nip = nip_info.category if nip_info else "NON_ASN"
        if cat is None:
            cat = from_nip
        elif nip_info is not None and cat != from_nip and not (cat == "PPPK_PW" and from_nip == "PPPK"):
            self._warn(row, "category", stated, reason(
                "category_conflict", f"Status '{stated}' tidak sesuai dengan NIP ({from_nip}); dipakai {from_nip}",
                f"Status '{stated}' does not match the NIP ({from_nip}); {from_nip} is used"))
            cat = from_nip
        birth = self._birth(row, raw_birth) if raw_birth != "" else None
        if birth is None:
            birth = nip_info.birth_date if nip_info else nik_info.birth_date
        text = self._text
        units = text(self.pick_units(cells)) if self.pick_units else ()
        return Record(row, nip, nik, name, text(front), text(back), sex, birth.isoformat() if birth else None,
                      cat, gol, pk, text(position), units)

    def _text(self, value):
        """Cleaned text of a cell (None when empty), or of a tuple of unit cells; memoised."""
        texts = self._texts
        out = texts.get(value, 0)
        if out == 0:
            if value.__class__ is tuple:
                out = tuple(_s(v) for v in value[:-1])
            else:
                out = _s(value) or None
            if len(texts) < 200_000:
                texts[value] = out
        return out

    def _birth(self, row: int, raw) -> date | None:
        key = raw if isinstance(raw, (str, int, float)) else repr(raw)
        birth = self._dates.get(key, 0)
        if birth == 0:
            birth = self._dates[key] = parse_date(raw)
        if birth is None and _s(raw):
            self._warn(row, "birth_date", raw, reason(
                "bad_birth_date", "Tanggal lahir tidak terbaca; diambil dari NIP/NIK",
                "The birth date cannot be read; taken from the NIP/NIK"))
        return birth
