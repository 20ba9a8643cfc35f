"""Who signed, as the pact's identity block and its signature line say it (docs/reports.md, "Pakta").

An ASN is named by the NIP (a PPPK by the NI PPPK); someone without one (honorer, PPNPN, tenaga kontrak:
category NON_ASN) by the NIK, masked to its first and last four digits (3201********0003: the region
and the serial; the birth date and district hidden), and by their status as the roster spells it
("Status : Honorer"; employee.employment_status), never by "NIP : -".
"""
from __future__ import annotations

import re

from ikrar.models.identifiers import format_nip

STATUS = {"PPPK": "PPPK", "PPPK_PW": "PPPK Paruh Waktu", "NON_ASN": "Non-ASN"}
_NOT_A_KIND = {"NONASN", "NONPNS", "NON"}  # a roster's word that only repeats "Non-ASN"


def mask_nik(nik: str) -> str:
    """"3201020609860003" → "3201********0003"; a short or odd value is starred whole."""
    value = re.sub(r"\s", "", nik or "")
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def printed_nip(nip: str) -> str:
    digits = re.sub(r"\D", "", nip or "")
    return format_nip(digits) if len(digits) == 18 else (nip or "")


def status_word(category: str, employment_status: str = "", pangkat: str = "", golongan: str = "") -> str:
    """A non-ASN's status as the roster spells it ("Honorer", "PPNPN", "Tenaga Kontrak"): the employee's
    employment_status, else a word a roster left in the pangkat or golongan column (people imported
    before the field existed); "" for an ASN and when none is known."""
    if category != "NON_ASN":
        return ""
    for text in (employment_status, pangkat or golongan):
        word = " ".join((text or "").split())
        if word and re.sub(r"[^A-Z]", "", word.upper()) not in _NOT_A_KIND:
            return word
    return ""


def status_text(category: str, pangkat: str = "", golongan: str = "", employment_status: str = "") -> str:
    """The status printed for a non-PNS: "PPPK", "PPPK Paruh Waktu", a non-ASN's own word ("Honorer",
    status_word), or "Non-ASN" when none is known."""
    return status_word(category, employment_status, pangkat, golongan) or STATUS.get(category, category or "")


def id_label(category: str, nip: str, nik: str) -> tuple[str, str]:
    """("NIP", "19860926 201505 1 001"), ("NI PPPK", …) or ("NIK", "3201********0003"); ("", "") when
    the person has neither."""
    if nip:
        return ("NI PPPK" if category in ("PPPK", "PPPK_PW") else "NIP"), printed_nip(nip)
    if nik:
        return "NIK", mask_nik(nik)
    return "", ""


def identity_rows(*, name: str, category: str, nip: str, nik: str, pangkat: str, golongan: str,
                  position: str, unit: str, employment_status: str = "") -> list[tuple[str, str]]:
    """(label, value) rows of the identity block, in the official form's order."""
    label, code = id_label(category, nip, nik)
    rows = [("Nama", name)]
    if label:
        rows.append((label, code))
    if category not in STATUS:  # PNS (or a category this code does not know)
        rank = ", ".join(x for x in (pangkat, golongan) if x)
        if rank:
            rows.append(("Pangkat/Gol.", rank))
    else:
        if category in ("PPPK", "PPPK_PW") and golongan:
            rows.append(("Golongan", golongan))
        rows.append(("Status", status_text(category, pangkat, golongan, employment_status)))
    rows += [("Jabatan", position or "-"), ("Unit Kerja", unit or "-")]
    return rows


def signature_line(category: str, nip: str, nik: str) -> str:
    """The line under the name: "NIP. 19860926 201505 1 001", "NI PPPK. …", "NIK. 3201********0003", or ""."""
    label, code = id_label(category, nip, nik)
    return f"{label}. {code}" if label else ""
