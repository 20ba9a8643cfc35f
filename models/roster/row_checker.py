"""One row on its own → a validated record, or a RejectedRow saying why not (RowChecker).

Rules (one reason per rejected row, the first that fails):
- a row whose NIP, NIK and name cells are all empty is skipped silently (blank lines, subtotals);
- a cell holding a control character, U+FFFD or a text direction override, or UTF-8 read as
  Windows-1252, refuses its row (hostile.py says which and where: tab and line breaks are allowed
  in the position and unit, which Excel wraps);
- the NIP must pass identifiers.parse_nip (a number Excel turned into a float is refused there);
  a 16-digit value in a combined "NIP/NIK" column is a NIK;
- a bad NIK refuses the row only when the NIK is the row's identifier; next to a valid NIP it is
  dropped with a warning;
- the name must not be empty;
- a region (kabupaten/kota) longer than REGION_LIMIT characters refuses its row: no regency's name is
  that long, so the column holds something else (an address, a pasted note).
Fields left empty (or unmapped) are None: the import then keeps what the database has.

RowChecker needs nothing but its Config (plain values), so that it can run in another process
(pipeline.py, worker.py); what depends on the rows before (duplicates) is rows.py's RowParser.
"""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ikrar.models.identifiers import IdentifierError, read_nik, read_nip
from ikrar.models.roster import headers as H
from ikrar.models.roster import hostile
from ikrar.models.roster.cells import cell_text
from ikrar.models.roster.report import RejectedRow, RowWarning, reason
from ikrar.models.roster.values import STATUS_LIMIT, parse_category, parse_date, parse_gender, parse_rank, status_word
from ikrar.models.search.fold import fold_name

# The fields a row is picked into, in this order, followed by the unit candidate columns.
PICKED = H.FIELDS[:-1]
UNITS_AT = len(PICKED)  # picked cells from here on are the unit candidates
WRAPS_AT = PICKED.index("position")  # from here on, cells Excel may wrap (position, region, units)
REGION_AT = PICKED.index("region")
# The longest regency's name with its prefix ("Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro")
# has 53 characters; twice that leaves room for any spelling and still refuses an address or a note.
REGION_LIMIT = 100
# RowChecker unpacks the picked cells into names in this order
assert PICKED == ("nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
                  "employment_status", "golongan", "pangkat", "position", "region")

# A record: one kept row. Its fields, in order: units holds the value of each unit candidate
# column (the import picks one); search_key is None when it was not worked out (a dry run, or a
# name the database already has: the import folds it if it needs it). birth_date is ISO text.
# employment_status: a non-ASN's word ("Honorer"), None when the row gives none, "" for an ASN.
# region: the kabupaten/kota as written (spaces collapsed, case kept), None when the row gives none.
RECORD_FIELDS = ("row", "nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
                 "employment_status", "golongan", "pangkat", "position", "region", "units", "search_key")
(R_ROW, R_NIP, R_NIK, R_NAME, R_FRONT_TITLE, R_BACK_TITLE, R_GENDER, R_BIRTH_DATE, R_CATEGORY, R_STATUS,
 R_GOLONGAN, R_PANGKAT, R_POSITION, R_REGION, R_UNITS, R_SEARCH_KEY) = range(len(RECORD_FIELDS))

# What RowChecker.check_rows gives for a row that is not blank: its fields, in order (see RowChecker).
CHECKED_FIELDS = ("row", "rejected", "early", "late", "ids", "nik_field", "record")
C_ROW, C_REJECTED, C_EARLY, C_LATE, C_IDS, C_NIK_FIELD, C_RECORD = range(len(CHECKED_FIELDS))

# Records and checker results are plain tuples read through the names above, not NamedTuples or
# dataclasses: 100,000 of each are made, and most are pickled from the worker process to this one.
# Measured for 100,000 rows on this machine (Python 3.11): made in 19 ms as tuples, 49 ms as
# NamedTuples, 39 ms as dataclasses; the results pickled and unpickled in pieces of 500: 48 + 50 ms
# as tuples, 229 + 103 ms with NamedTuple records and results, 225 + 180 ms with dataclasses. The
# difference, about 0.25 s, is a tenth of a 100,000-row import.


def _s(value) -> str:
    """A cell as stripped text with inner runs of whitespace collapsed."""
    if value.__class__ is str:
        value = value.strip()
        return " ".join(value.split()) if "  " in value or "\n" in value or "\t" in value else value
    return cell_text(value)


_MISS = object()


_PRINTABLE_ASCII = bytes(range(32, 127))


def _plain(cells: tuple, mojibake) -> bool:
    """True when no cell can hold what must not be stored: one test over the row's text, in C
    (RowChecker._hostile looks closer at the others). mojibake: the search for UTF-8 read as
    Windows-1252, or None."""
    try:
        text = "".join(cells)
    except TypeError:  # a spreadsheet's numbers and dates
        text = "".join([c for c in cells if c.__class__ is str])
    if text.isascii():  # most rows: nothing but printable ASCII is left out of the bytes
        return not text.encode().translate(None, _PRINTABLE_ASCII)
    return text.isprintable() and "\ufffd" not in text and (mojibake is None or not mojibake(text))


class Config(NamedTuple):
    """What a RowChecker needs; plain values, so that it can be sent to another process."""
    columns: dict  # field -> header ("" when unmapped), for the notes
    combined: bool  # the NIP column is a combined "NIP/NIK" column
    same_rank_column: bool  # golongan and pangkat are read from the same column
    today: date
    fold: bool  # work out search keys (not in a dry run)
    known_names: frozenset  # names the database has: their key is not worked out here
    unit_columns: tuple = ()  # the headers of the unit candidate cells, in picked order
    encoding: str | None = None  # a CSV's encoding
    mixed: bool = False  # the CSV has lines in another encoding (reader._sniff_encoding)


class RowChecker:
    """Checks one row on its own. check_rows(numbers, rows) → one result per row: None for a
    blank row, else a tuple of CHECKED_FIELDS (row, rejected, early, late, ids, nik_field, record):
    `rejected` is a RejectedRow (and record None) when the row is refused on its own; the early
    warnings stand even if the row turns out to be a duplicate, the late ones only if it is kept;
    ids are the row's NIP and NIK cell texts when they differ from the record's (else None)."""

    def __init__(self, config: Config):
        self.config = config
        self.col = config.columns
        self.today = config.today
        self._dates: dict = {}
        self._memo: dict = {}
        self._texts: dict = {}

    def check_rows(self, numbers: list[int], rows: list[tuple], fold: bool | None = None) -> list:
        """fold=False: leave every search key None (the caller has them folded elsewhere)."""
        # one loop with everything it needs in local names: it runs once per row of the file
        out = []
        append = out.append
        rejected, warning, record_of = self._rejected, self._warning, self._record
        combined, today = self.config.combined, self.today
        fold_keys = self.config.fold if fold is None else fold
        known = self.config.known_names
        no_nip_field = "nip" if self.col["nip"] else "nik"
        mojibake = hostile.MOJIBAKE.search if self.config.mixed and self.config.encoding == "cp1252" else None
        for row, cells in zip(numbers, rows, strict=True):
            raw_nip, raw_nik, raw_name = cells[:3]  # PICKED starts with the nip, nik and name
            nip_txt = _s(raw_nip) if raw_nip != "" else ""
            nik_txt = _s(raw_nik) if raw_nik != "" else ""
            name = _s(raw_name) if raw_name != "" else ""
            if not (nip_txt or nik_txt or name):
                append(None)  # a blank line, a subtotal or a footer
                continue
            ids = (nip_txt, nik_txt)
            if not _plain(cells, mojibake) and (refused := self._hostile(row, cells, ids)) is not None:
                append(refused)  # a cell holds what must not be stored (hostile.py)
                continue
            early = ()
            nip = nik = None
            nik_field = "nik"
            if nip_txt and combined and not nik_txt and len(nip_txt.replace(" ", "")) == 16:
                raw_nik, nik_txt, nik_field, nip_txt = raw_nip, nip_txt, "nip", ""  # a NIK in "NIP/NIK"
            if nip_txt:
                try:
                    # a text cell goes as its cleaned text; a number (XLSX) as it is, so that a
                    # float Excel made of an 18-digit NIP is refused as such
                    nip, from_nip, id_birth, id_sex = read_nip(nip_txt if raw_nip.__class__ is str else raw_nip,
                                                               today=today)
                except IdentifierError as exc:
                    append(rejected(row, "nip", raw_nip, exc.reason, early, ids))
                    continue
            if nik_txt:
                try:
                    nik, nik_birth, nik_sex, nik_notes = read_nik(nik_txt if raw_nik.__class__ is str else raw_nik,
                                                                  today=today)
                except IdentifierError as exc:
                    if nip is None:
                        append(rejected(row, nik_field, raw_nik, exc.reason, early, ids))
                        continue
                    early = (warning(row, "nik", raw_nik, reason(
                        "nik_ignored", f"NIK diabaikan: {exc.reason.id}", f"NIK ignored: {exc.reason.en}")),)
                else:
                    if nik_notes:
                        early = tuple(warning(row, nik_field, raw_nik, w) for w in nik_notes)
                    if nip is None:
                        from_nip, id_birth, id_sex = "NON_ASN", nik_birth, nik_sex
            if nip is None and nik is None:
                append(rejected(row, no_nip_field, "", reason(
                    "no_identifier", "Baris tanpa NIP atau NIK", "The row has no NIP or NIK"), early, ids))
                continue
            region = cells[REGION_AT]  # refused when longer than REGION_LIMIT once spaces are collapsed
            if not name or len(str(region)) > REGION_LIMIT and len(_s(region)) > REGION_LIMIT:
                append(self._no_name_or_long_region(row, raw_name, region, early, ids))
                continue
            # from_nip, id_birth, id_sex: what the NIP says (else the NIK; a NIK-only row is NON_ASN)
            late, record = record_of(row, cells, nip, nik, name, from_nip, id_birth, id_sex,
                                     fold_name(name) if fold_keys and name not in known else None)
            ids = None if nip_txt == (nip or "") and nik_txt == (nik or "") else ids
            append((row, None, early, late, ids, nik_field, record))  # in CHECKED_FIELDS' order
        return out

    def _record(self, row, cells, nip, nik, name, from_nip, id_birth, id_sex, search_key) -> tuple:
        """(late warnings, record) of a row whose identifiers and name are good: the other fields;
        an empty cell is None (the import keeps what the database has). Most columns repeat a few
        values, so each distinct raw value is worked out once."""
        (raw_front, raw_back, gender, raw_birth, category, raw_status, golongan, pangkat,
         raw_position, raw_region) = cells[3:UNITS_AT]  # PICKED's order, after the nip, nik and name
        late = ()
        warning, texts = self._warning, self._texts
        key = (gender, category, raw_status, golongan, pangkat)
        facts = self._memo.get(key)
        if facts is None:
            facts = self._memo[key] = self._facts(gender, category, raw_status, golongan, pangkat)
        sex, stated, cat, gol, pk, word = facts
        if sex is None:
            sex = id_sex
        if cat is None:
            cat = from_nip
        elif nip is not None and cat != from_nip and not (cat == "PPPK_PW" and from_nip == "PPPK"):
            late = (warning(row, "category", stated, reason(
                "category_conflict",
                f"Status '{stated}' tidak sesuai dengan NIP ({from_nip}); dipakai {from_nip}",
                f"Status '{stated}' does not match the NIP ({from_nip}); {from_nip} is used")),)
            cat = from_nip
        birth = None
        if raw_birth != "":
            birth = self._dates.get(raw_birth, _MISS) if raw_birth.__class__ is str else _MISS
            if birth is _MISS:
                birth = self._birth(raw_birth)
            if birth is None and _s(raw_birth):
                late += (warning(row, "birth_date", raw_birth, reason(
                    "bad_birth_date", "Tanggal lahir tidak terbaca; diambil dari NIP/NIK",
                    "The birth date cannot be read; taken from the NIP/NIK")),)
        if birth is None and id_birth is not None:
            birth = id_birth.isoformat()
        if cat != "NON_ASN":
            word = ""  # an ASN has no non-ASN status (someone who became PPPK loses "Honorer")
        elif word is not None and len(word) > STATUS_LIMIT:
            late += (warning(row, "employment_status" if raw_status != "" else "category", word, reason(
                "status_too_long", f"Status kepegawaian lebih dari {STATUS_LIMIT} huruf; tidak disimpan",
                f"The employment status is longer than {STATUS_LIMIT} characters; it is not kept")),)
            word = None
        # the cleaned text of each cell, or of the tuple of unit cells ("" is None)
        front = texts.get(raw_front, _MISS) if raw_front != "" else None
        if front is _MISS:
            front = self._text(raw_front)
        back = texts.get(raw_back, _MISS) if raw_back != "" else None
        if back is _MISS:
            back = self._text(raw_back)
        position = texts.get(raw_position, _MISS) if raw_position != "" else None
        if position is _MISS:
            position = self._text(raw_position)
        region = self._text(raw_region) if raw_region != "" else None  # memoised there
        units = cells[UNITS_AT:]
        units = texts.get(units, _MISS)
        if units is _MISS:
            units = self._text(cells[UNITS_AT:])
        # in RECORD_FIELDS' order
        return late, (row, nip, nik, name, front, back, sex, birth, cat, word, gol, pk, position, region, units,
                      search_key)

    def _no_name_or_long_region(self, row, raw_name, raw_region, early, ids):
        """The result refusing a row without a name, or whose region is longer than REGION_LIMIT."""
        if not _s(raw_name):
            return self._rejected(row, "name", raw_name, reason("empty_name", "Nama kosong", "The name is empty"),
                                  early, ids)
        return self._rejected(row, "region", raw_region, reason(
            "region_too_long",
            f"Nama kabupaten/kota lebih dari {REGION_LIMIT} huruf; isi kolom ini dengan nama kabupaten/kota "
            "saja (mis. Kabupaten Sleman)",
            f"The regency/city name is longer than {REGION_LIMIT} characters; put only the regency's or "
            "city's name in this column (e.g. Kabupaten Sleman)"), early, ids)

    def _rejected(self, row, field, value, why, early, ids):
        """A result (CHECKED_FIELDS) for a row refused on its own."""
        return row, RejectedRow(row, self.col[field], hostile.shown(_s(value)), why), early, (), ids, None, None

    def _warning(self, row, field, value, why) -> RowWarning:
        return RowWarning(row, self.col[field], hostile.shown(_s(value)), why)

    def _hostile(self, row, cells, ids):
        """The result refusing a row one of whose cells holds what must not be stored (a control
        character, U+FFFD, a direction override, UTF-8 in a Windows-1252 file), else None."""
        config = self.config
        mojibake = config.mixed and config.encoding == "cp1252"
        for i, value in enumerate(cells):
            if value.__class__ is not str or not value:
                continue
            text = value.strip()
            column = self.col[PICKED[i]] if i < UNITS_AT else config.unit_columns[i - UNITS_AT]
            garbled = hostile.utf8_in_cp1252(text) if mojibake else None
            if garbled is not None:
                why = hostile.mixed_reason(column, garbled)
            else:
                ch = hostile.bad_char(text, i >= WRAPS_AT)
                if ch is None:
                    continue
                why = hostile.char_reason(column, ch, config.encoding, config.mixed)
            return row, RejectedRow(row, column, hostile.shown(text), why), (), (), ids, None, None
        return None

    def _facts(self, gender, category, status, golongan, pangkat) -> tuple:
        """(sex, the stated category, the category, golongan, pangkat, the non-ASN status word): the
        status column's word, else the category's when it names a kind of non-ASN ("Honorer", not
        "Non ASN"); None when neither gives one."""
        gol, pk = parse_rank(_s(golongan)) if golongan != "" else (None, None)
        if pangkat != "" and not self.config.same_rank_column:
            g2, p2 = parse_rank(_s(pangkat))
            pk, gol = p2 or pk, gol or g2
        stated = _s(category)
        cat = parse_category(stated) if stated else None
        word = status_word(_s(status)) if status != "" else None
        if word is None and cat == "NON_ASN":
            word = status_word(stated)
        return (parse_gender(_s(gender)) if gender != "" else None, stated, cat, gol, pk, word)

    def _text(self, value):
        """Cleaned text of a cell (None when empty), or of a tuple of unit cells; memoised."""
        texts = self._texts
        out = texts.get(value, _MISS)
        if out is _MISS:
            out = tuple([_s(v) for v in value]) if value.__class__ is tuple else _s(value) or None
            if len(texts) < 200_000:
                texts[value] = out
        return out

    def _birth(self, raw) -> str | None:
        """The birth date in the cell, ISO; None when it cannot be read. Memoised."""
        key = raw if isinstance(raw, (str, int, float)) else repr(raw)
        birth = self._dates.get(key, _MISS)
        if birth is _MISS:
            found = parse_date(raw)
            birth = found.isoformat() if found is not None else None
            if len(self._dates) < 200_000:
                self._dates[key] = birth
        return birth
