"""Who signed, as the pact's identity block and its signature line say it (docs/reports.md, "Pakta").

An ASN is named by the NIP (a PPPK by the NI PPPK); someone without one (honorer, PPNPN, tenaga kontrak:
category NON_ASN) by the NIK, masked to its first and last four digits (3201********0003: the region
and the serial; the birth date and district hidden), and by their status, never by "NIP : -".
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


def status_text(category: str, pangkat: str = "", golongan: str = "") -> str:
    """The status printed for a non-PNS: "PPPK", "PPPK Paruh Waktu", "Non-ASN (Honorer Daerah)". The
    roster's own word survives only where a roster gave it in the pangkat or golongan column (the
    category column is read into PNS/PPPK/PPPK_PW/NON_ASN and its word is not kept)."""
    label = STATUS.get(category, category or "")
    if category != "NON_ASN":
        return label
    word = " ".join((pangkat or golongan or "").split())
    if not word or re.sub(r"[^A-Z]", "", word.upper()) in _NOT_A_KIND:
        return label
    return f"{label} ({word})"


def id_label(category: str, nip: str, nik: str) -> tuple[str, str]:
    """("NIP", "19860926 201505 1 001"), ("NI PPPK", …) or ("NIK", "3201********0003"); ("", "") when
    the person has neither."""
    if nip:
        return ("NI PPPK" if category in ("PPPK", "PPPK_PW") else "NIP"), printed_nip(nip)
    if nik:
        return "NIK", mask_nik(nik)
    return "", ""


def identity_rows(*, name: str, category: str, nip: str, nik: str, pangkat: str, golongan: str,
                  position: str, unit: str) -> list[tuple[str, str]]:
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
        rows.append(("Status", status_text(category, pangkat, golongan)))
    rows += [("Jabatan", position or "-"), ("Unit Kerja", unit or "-")]
    return rows


def signature_line(category: str, nip: str, nik: str) -> str:
    """The line under the name: "NIP. 19860926 201505 1 001", "NI PPPK. …", "NIK. 3201********0003", or ""."""
    label, code = id_label(category, nip, nik)
    return f"{label}. {code}" if label else ""
