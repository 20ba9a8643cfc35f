"""The typed registry of settings: each setting's key, type, default and, for what a person may set
(the `about` ones), the check of a typed value, one sentence per refusal; get/set over the `setting`
table (JSON), and change() for what a person typed. Callers import it all from models/settings.py."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ikrar.models.desk import check_desk_name, rename_local_desk
from ikrar.models.errors import Refused
from ikrar.models.identifiers import IdentifierError, parse_nip
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Setting

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
LINE_LIMIT, LETTERHEAD_MAX_LINES = 100, 6


def _text(limit: int, what_id: str, what_en: str) -> Callable[[str], str]:
    """A check for one line of text: spaces collapsed, at most *limit* characters, printable."""
    def check(value: str) -> str:
        value = " ".join(str(value).split())
        if len(value) > limit:
            raise Refused(f"{what_id} terlalu panjang: paling banyak {limit} huruf, ini {len(value)}.",
                          f"{what_en} is too long: at most {limit} characters, this has {len(value)}.", code="setting")
        if _UNPRINTABLE.search(value):
            raise Refused(f"{what_id} memuat karakter yang tidak dapat dicetak.",
                          f"{what_en} holds a character that cannot be printed.", code="setting")
        return value
    return check


def check_letterhead(lines: list) -> list[str]:
    """The kop's lines as stored: each checked, blank ones dropped, at most LETTERHEAD_MAX_LINES."""
    kept = [_text(LINE_LIMIT, f"Baris {i} kop surat", f"Letterhead line {i}")(line) for i, line in enumerate(lines, 1)]
    kept = [line for line in kept if line]
    if len(kept) > LETTERHEAD_MAX_LINES:
        raise Refused(f"Kop surat paling banyak {LETTERHEAD_MAX_LINES} baris; ini {len(kept)} baris.",
                      f"The letterhead has at most {LETTERHEAD_MAX_LINES} lines; this has {len(kept)}.", code="setting")
    return kept


def check_approver_nip(value: str) -> str:
    """Blank, or the bare 18 digits of a valid NIP (models/identifiers.py says why not)."""
    if not str(value).strip():
        return ""
    try:
        return parse_nip(str(value).strip()).nip
    except IdentifierError as exc:
        raise Refused(f"NIP pejabat tidak sah: {exc.reason.id.rstrip('.')}.",
                      f"The official's NIP is not valid: {exc.reason.en.rstrip('.')}.", code="setting") from None


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple = ()
    about: tuple[str, str] = ()  # (id, en) for `ikrar settings`; none: kept by Ikrar itself, never typed
    check: Callable[[Any], Any] | None = None  # a typed value -> the value stored, or Refused with a sentence


OPTIONS = {o.key: o for o in [
    # empty until a person sets it: every document then carries "KOP BELUM DIATUR" (reports/drawing/kop.py)
    Option("letterhead_lines", list, [], about=("Baris-baris kop surat: pemerintah daerah, instansi, alamat",
                                                "The letterhead's lines: the government, the office, the address"),
           check=check_letterhead),
    Option("logo", str, "", about=("Logo di kiri kop surat (PNG atau JPG, disimpan di basis data)",
                                   "The logo left of the letterhead (PNG or JPG, kept in the database)")),
    Option("logo_path", str, ""),  # before the logo was kept in the database: read, never written again
    Option("city", str, "", about=("Kota pada \"tempat, tanggal\" di dokumen", "The city in \"place, date\""),
           check=_text(60, "Nama kota", "The city")),
    # the Pemda in the pact's points ("Pegawai ASN di lingkungan Pemerintah Kabupaten …"): a new event's
    # pact starts with it (models/pact.py default_fields; unset: taken from the kop's first line)
    Option("pemda_name", str, "", about=("Nama pemerintah daerah di teks pakta, mis. Pemerintah Kabupaten Contoh",
                                         "The local government named in the pact text, e.g. Pemerintah "
                                         "Kabupaten Contoh"),
           check=_text(100, "Nama pemerintah daerah", "The local government's name")),
    Option("approver_position", str, "", about=("Jabatan pejabat yang mengetahui", "The approving official's position"),
           check=_text(150, "Jabatan pejabat", "The official's position")),
    Option("approver_name", str, "", about=("Nama pejabat yang mengetahui, dengan gelar",
                                            "The approving official's name, with titles"),
           check=_text(120, "Nama pejabat", "The official's name")),
    Option("approver_nip", str, "", about=("NIP pejabat yang mengetahui (18 angka)", "The approving official's NIP"),
           check=check_approver_nip),
    Option("paper", str, "F4", ("F4", "A4"), about=("Ukuran kertas dokumen", "The documents' paper size")),
    Option("desk_name", str, "", about=("Nama meja ini, tercetak di dokumen dan berkas sinkron",
                                        "This desk's name, printed on documents and sync files"),
           check=check_desk_name),
    Option("language", str, "id", ("id", "en"), about=("Bahasa tampilan", "The display language")),
    Option("sound", bool, True, about=("Bunyi di meja pendaftaran", "Sounds at the desk")),
    Option("admin_pin_hash", str, ""),
    Option("admin_pin_failures", int, 0),  # wrong PINs in a row (check_admin_pin)
    Option("admin_pin_failed_at", str, ""),  # when the last of them was typed (UTC ISO)
    Option("setup_done", bool, False),  # the first-start setup was finished (needs_setup)
    Option("archived_events", list, []),  # this desk's archived event ids (models/events.py; never synced)
    # set by the desk's Tes pemindai (ui/desk/scanner_test.py), never typed: this desk's scanner
    Option("scanner_gap_ms", int, 0),  # 0: the default threshold (ui/desk/scan_timing.py)
    Option("scanner_terminator", str, "", ("", "enter", "tab", "none")),
    # set by migration 3: this database merged files before the trust model (status and coverage say so)
    Option("merged_before_trust_model", bool, False),
]}
PERSON_KEYS = tuple(key for key, option in OPTIONS.items() if option.about)


def get(key: str) -> Any:
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return option.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return option.default
    return value if isinstance(value, option.type) else option.default


def set(key: str, value: Any) -> None:  # noqa: A001 - the registry's verb
    option = OPTIONS[key]
    if not isinstance(value, option.type):
        raise TypeError(f"setting {key} takes {option.type.__name__}")
    if option.choices and value not in option.choices:
        raise Refused(f"Nilai '{value}' untuk {key} tidak sah; pilih salah satu: {', '.join(option.choices)}.",
                      f"Value '{value}' for {key} is invalid; choose one of: {', '.join(option.choices)}.",
                      code="setting")
    with db.atomic():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}).execute()


def unknown_key(key: str, keys: tuple[str, ...] = PERSON_KEYS) -> Refused:
    return Refused(f"Pengaturan '{key}' tidak ada; yang ada: {', '.join(keys)}.",
                   f"There is no setting '{key}'; there are: {', '.join(keys)}.", code="unknown_setting")


def change(key: str, value: Any) -> Any:
    """Set what a person typed: only a key with `about`, the value checked (one sentence when it
    is refused), the local desk renamed with desk_name. Returns the value stored. The logo goes
    through store_logo, the PIN through set_admin_pin."""
    option = OPTIONS.get(key)
    if option is None or not option.about or key == "logo":
        raise unknown_key(key)
    if option.check is not None:
        value = option.check(value)
    with db.atomic():
        set(key, value)
        if key == "desk_name":
            rename_local_desk(value)
    return value


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in OPTIONS}
