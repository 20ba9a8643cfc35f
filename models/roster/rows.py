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


def _text(value) -> str:
    if isinstance(value, str):
        return " ".join(value.split()) if "  " in value or "\n" in value or "\t" in value else value.strip()
    return cell_text(value)


def _id_arg(value):
    """parse_nip/parse_nik argument. A plain ASCII digit string goes as an int, which the identifier
    module reads on its fast path: the result is the same, ~3x quicker per row (a leading 0 keeps
    the string, so the length is never changed)."""
    if isinstance(value, str):
        s = value.strip()
        if s.isascii() and s.isdigit() and s[0] != "0":
            return int(s)
    return value


class RowParser:
    def __init__(self, roster: RosterFile, today: date | None = None):
        m = roster.mapping
        self.roster = roster
        self.today = today or date.today()
        self.col = {f: m.get(f) for f in H.FIELDS}
        self.idx = {f: roster.index(h) for f, h in self.col.items()}
        self.unit_idx = [roster.index(h) for h in roster.unit_candidates]
        self.combined = H.is_combined_id(m.get("nip"))
        self.rejected: list[RejectedRow] = []
        self.warnings: list[RowWarning] = []
        self.mentioned: set[str] = set()  # identifiers of rejected rows: never deactivated for a typo
        self.seen_nip: dict[str, int] = {}
        self.seen_nik: dict[str, tuple[int, bool]] = {}  # nik -> (row, the row's identifier is the NIK)
        self.rows = 0
        self._date_cache: dict = {}

    def _reject(self, row: int, field: str, value, why, other: int | None = None) -> None:
        self.rejected.append(RejectedRow(row, self.col.get(field) or "", _text(value), why, other))
        digits = "".join(c for c in str(value) if c.isdigit())
        if len(digits) in (16, 18):
            self.mentioned.add(digits)

    def _warn(self, row: int, field: str, value, why) -> None:
        self.warnings.append(RowWarning(row, self.col.get(field) or "", _text(value), why))

    def parse(self, row: int, cells: list) -> Record | None:
        idx = self.idx
        n = len(cells)

        def get(field):
            i = idx[field]
            return cells[i] if i is not None and i < n else ""

        raw_nip, raw_nik, raw_name = get("nip"), get("nik"), get("name")
        nip_txt, nik_txt, name = _text(raw_nip), _text(raw_nik), _text(raw_name)
        if not (nip_txt or nik_txt or name):
            return None  # a blank line, a subtotal or a footer
        self.rows += 1
        nip_info = nik_info = None
        nik_field = "nik"
        if nip_txt and self.combined and not nik_txt and len(nip_txt.replace(" ", "")) == 16:
            raw_nik, nik_txt, nik_field, nip_txt = raw_nip, nip_txt, "nip", ""  # a NIK in "NIP/NIK"
        if nip_txt:
            try:
                nip_info = parse_nip(_id_arg(raw_nip), today=self.today)
            except IdentifierError as exc:
                return self._reject(row, "nip", raw_nip, exc.reason)
        if nik_txt:
            try:
                nik_info = parse_nik(_id_arg(raw_nik), today=self.today)
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
        if nip is not None:
            self.seen_nip[nip] = row
        if nik is not None and nik not in self.seen_nik:
            self.seen_nik[nik] = (row, nip is None)
        return self._record(row, get, cells, name, nip_info, nik_info)

    def _record(self, row, get, cells, name, nip_info, nik_info) -> Record:
        category = self._category(row, get, nip_info)
        gender = None
        if self.idx["gender"] is not None:
            gender = parse_gender(_text(get("gender")))
        if gender is None:
            gender = nip_info.gender if nip_info else (nik_info.gender if nik_info else None)
        birth = None
        raw_birth = get("birth_date")
        if raw_birth != "" and raw_birth is not None:
            key = raw_birth if isinstance(raw_birth, (str, int, float)) else str(raw_birth)
            birth = self._date_cache.get(key, 0)
            if birth == 0:
                birth = self._date_cache[key] = parse_date(raw_birth)
            if birth is None and _text(raw_birth):
                self._warn(row, "birth_date", raw_birth, reason(
                    "bad_birth_date", "Tanggal lahir tidak terbaca; diambil dari NIP/NIK",
                    "The birth date cannot be read; taken from the NIP/NIK"))
        if birth is None:
            birth = nip_info.birth_date if nip_info else (nik_info.birth_date if nik_info else None)
        golongan = pangkat = None
        if self.idx["golongan"] is not None:
            golongan, pangkat = parse_rank(_text(get("golongan")))
        if self.idx["pangkat"] is not None and self.col["pangkat"] != self.col["golongan"]:
            g2, p2 = parse_rank(_text(get("pangkat")))
            pangkat = p2 or pangkat
            golongan = golongan or g2
        return Record(
            row, nip_info.nip if nip_info else None, nik_info.nik if nik_info else None, name,
            self._opt(get, "front_title"), self._opt(get, "back_title"), gender,
            birth.isoformat() if birth else None, category, golongan, pangkat, self._opt(get, "position"),
            tuple(_text(cells[i]) if i is not None and i < len(cells) else "" for i in self.unit_idx))

    def _opt(self, get, field) -> str | None:
        if self.idx[field] is None:
            return None
        return _text(get(field)) or None

    def _category(self, row, get, nip_info) -> str:
        from_nip = nip_info.category if nip_info else "NON_ASN"
        if self.idx["category"] is None:
            return from_nip
        text = _text(get("category"))
        stated = parse_category(text) if text else None
        if stated is None:
            return from_nip
        if nip_info is None or stated == from_nip or (stated == "PPPK_PW" and from_nip == "PPPK"):
            return stated
        self._warn(row, "category", text, reason(
            "category_conflict", f"Status '{text}' tidak sesuai dengan NIP ({from_nip}); dipakai {from_nip}",
            f"Status '{text}' does not match the NIP ({from_nip}); {from_nip} is used"))
        return from_nip

