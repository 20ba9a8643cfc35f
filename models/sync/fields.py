"""Every field of a record that arrives in a file, held to what the desk itself accepts when typed:
text without control characters and within a length, times in ISO 8601 with a UTC offset, codes from
their lists, NIP and NIK through models.identifiers. The refusal names the member, the record and the
field, and never quotes what it refused (it may be binary junk).
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

from ikrar.models.card_code import STORED as _CARD
from ikrar.models.identifiers import IdentifierError, read_nik, read_nip
from ikrar.models.roster.values import STATUS_LIMIT
from ikrar.models.sync.errors import damaged

# C0 and C1 control characters and the Unicode line/paragraph separators; a newline is allowed only
# where a text has lines (a pact text, a note).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_LINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DESK = re.compile(r"^[0-9a-f]{32}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z?$")
# Longest text per field; the rest get DEFAULT_LIMIT. A real roster's longest unit name is ~120.
LIMITS = {"text": 20_000, "note": 1_000, "reason": 1_000, "title": 300, "place": 300, "position": 300,
          "unit": 300, "organizer_unit": 300, "parent": 300, "name": 200, "organizer": 300,
          "approver_position": 300, "approver_name": 200, "employment_status": STATUS_LIMIT}
DEFAULT_LIMIT = 100
YEARS = (2000, 2100)  # a time outside these is not a check-in's


class Fields:
    """The checks of one member's records; each method takes the record's index and key."""

    def __init__(self, member: str):
        self.member = member

    def bad(self, index: int, key: str, id_why: str, en_why: str):
        return damaged(self.member, f"catatan ke-{index + 1}: kolom '{key}' {id_why}",
                       f"record {index + 1}: field '{key}' {en_why}", code="bad_record")

    def missing(self, index: int, key: str, id_what: str, en_what: str):
        return self.bad(index, key, f"menunjuk {id_what} yang tidak ada di sini maupun dalam berkas",
                        f"names {en_what} that is neither here nor in the file")

    def texts(self, index: int, record: dict, *, lines: tuple[str, ...] = ()) -> None:
        """Every text field of *record*: no control characters, not too long."""
        for key, value in record.items():
            if not isinstance(value, str) or key in ("strokes", "owner_key", "signature"):
                continue
            if len(value) > LIMITS.get(key, DEFAULT_LIMIT):
                raise self.bad(index, key, f"terlalu panjang ({len(value)} karakter; paling banyak "
                               f"{LIMITS.get(key, DEFAULT_LIMIT)})",
                               f"is too long ({len(value)} characters; at most {LIMITS.get(key, DEFAULT_LIMIT)})")
            if (_CONTROL_LINES if key in lines else _CONTROL).search(value):
                raise self.bad(index, key, "memuat karakter kendali", "contains control characters")
        for key in ("units",):
            for name in record.get(key) or []:
                if not isinstance(name, str) or len(name) > LIMITS["unit"] or _CONTROL.search(name):
                    raise self.bad(index, key, "memuat nama unit yang tidak sah", "holds an invalid unit name")

    def time(self, index: int, record: dict, key: str) -> datetime:
        """An ISO 8601 time with a UTC offset, in a plausible year."""
        value = record.get(key)
        try:
            moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        except (TypeError, ValueError, AttributeError):
            moment = None
        if moment is None or moment.tzinfo is None or not YEARS[0] <= moment.year <= YEARS[1]:
            raise self.bad(index, key, "bukan waktu ISO 8601 dengan zona waktu (mis. 2026-11-23T07:15:00+07:00)",
                           "is not an ISO 8601 time with a UTC offset (e.g. 2026-11-23T07:15:00+07:00)")
        return moment

    def utc(self, index: int, record: dict, key: str, local: datetime) -> None:
        """The UTC twin of a local time must be that same instant."""
        value = record.get(key)
        if not isinstance(value, str) or not _UTC.match(value):
            raise self.bad(index, key, "bukan waktu UTC", "is not a UTC time")
        moment = datetime.fromisoformat(value.rstrip("Z"))
        if abs((local.astimezone(UTC).replace(tzinfo=None) - moment).total_seconds()) > 0.001:
            raise self.bad(index, key, "tidak sama dengan waktu setempatnya", "differs from its local time")

    def day(self, index: int, record: dict, key: str, years: tuple[int, int] = YEARS) -> date:
        try:
            value = date.fromisoformat(record.get(key))
        except (TypeError, ValueError):
            value = None
        if value is None or not years[0] <= value.year <= years[1]:
            raise self.bad(index, key, "bukan tanggal (TTTT-BB-HH)", "is not a date (YYYY-MM-DD)")
        return value

    def hhmm(self, index: int, record: dict, key: str) -> None:
        if not isinstance(record.get(key), str) or not _HHMM.match(record[key]):
            raise self.bad(index, key, "bukan jam JJ:MM", "is not a time HH:MM")

    def one_of(self, index: int, record: dict, key: str, allowed) -> None:
        if record.get(key) not in allowed:
            listed = ", ".join(allowed)
            raise self.bad(index, key, f"harus salah satu dari {listed}", f"must be one of {listed}")

    def shape(self, index: int, record: dict, key: str, kind: str, *, nullable: bool = False) -> None:
        """An id of a known shape: 'uuid', 'desk' (32 hex digits), 'sha256'."""
        value = record.get(key)
        if value is None and nullable:
            return
        pattern = {"uuid": _UUID, "desk": _DESK, "sha256": _SHA}[kind]
        if not isinstance(value, str) or not pattern.match(value):
            raise self.bad(index, key, f"bukan {kind} yang sah", f"is not a valid {kind}")

    def identifiers(self, index: int, record: dict) -> None:
        """NIP and NIK as the roster import accepts them (normalized: the stored form)."""
        for key, read in (("nip", read_nip), ("nik", read_nik)):
            value = record.get(key)
            if value is None:
                continue
            try:
                normal = read(value)[0]
            except IdentifierError as exc:
                raise self.bad(index, key, f"tidak sah: {exc.reason.id}", f"is invalid: {exc.reason.en}") from None
            if normal != value:
                raise self.bad(index, key, "tidak ditulis sebagai deretan angka saja", "is not written as digits only")

    def card(self, index: int, record: dict) -> None:
        """A card code, when there is one, in its stored form ("IKR-" and 10 of card_code.ALPHABET)."""
        value = record.get("card")
        if value is not None and not (isinstance(value, str) and _CARD.match(value)):
            raise self.bad(index, "card", "bukan kode kartu yang sah (IKR- dan 10 huruf atau angka)",
                           "is not a valid card code (IKR- and 10 letters or digits)")

    def employment_status(self, index: int, record: dict) -> None:
        """A non-ASN's status word (texts() checked its length and characters): only beside the category
        NON_ASN, and not blank but for spaces (the roster import keeps none for an ASN)."""
        value = record.get("employment_status")
        if not value:
            return
        if record.get("category") != "NON_ASN":
            raise self.bad(index, "employment_status", "hanya untuk pegawai non-ASN (kategori NON_ASN)",
                           "is only for non-ASN staff (category NON_ASN)")
        if value != " ".join(value.split()):
            raise self.bad(index, "employment_status", "memuat spasi di awal, di akhir atau berturut-turut",
                           "has spaces at its ends or in a row")
