"""Pact texts: every version ever shown is kept unchanged, keyed by the SHA-256 of its bytes, so a
signature can always be matched to the exact words the signer read.

A new event's text is made from a template (resources/pact/) by filling in its fields: the Pemda's
name, the election and its year (`fill`). The filled text is the event's pact text: hashed, carried in
its package, shown to the signer. It keeps one marker, `{identitas}` on a line of its own, where the
signer's identity goes on the printed page (reports/documents/pacts.py) and on the desk's screen
(`reading_text`). Texts stored before the marker existed stay as they are and print unchanged.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ikrar.models import clock, settings
from ikrar.models.errors import Refused
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event, PactText
from ikrar.resources import resource_path

# The template every new event starts with. Events keep the text they were made with; changing this
# file changes only events made afterwards.
DEFAULT_TEMPLATE = "pakta_netralitas_asn.txt"
IDENTITY = "{identitas}"  # a line of its own: the signer's identity block
FIELDS = ("pemda", "pemilihan", "tahun")
DEFAULT_ELECTION = "Pemilihan Umum dan Pemilihan Kepala Daerah"
GENERIC_PEMDA = "Pemerintah Daerah"  # only while neither the setting nor the kop names the Pemda
_NO_YEAR = re.compile(r"[ \t]*\bTahun[ \t]+\{tahun\}")  # an empty year takes its "Tahun" with it
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_LIMITS = {"pemda": 100, "pemilihan": 150}


def normalize_text(text: str) -> str:
    # Line endings differ between Windows and the rest; the hash must not.
    return text.replace("\r\n", "\n").replace("\r", "\n").strip() + "\n"


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


# --- the template and its fields ------------------------------------------------------------------
@dataclass(frozen=True)
class PactFields:
    """What the event's owner fills in: "Pemerintah Kabupaten Contoh", the election, its year ("" none)."""

    pemda: str
    pemilihan: str = DEFAULT_ELECTION
    tahun: str = ""


def pact_template() -> str:
    return normalize_text(resource_path("pact", DEFAULT_TEMPLATE).read_text(encoding="utf-8"))


def pemda_from_letterhead(lines) -> str:
    """The Pemda as the kop's first line names it ("PEMERINTAH KABUPATEN BANGKA BARAT" → "Pemerintah
    Kabupaten Bangka Barat"; short words such as DKI, OKU or DI stay in capitals), or ""."""
    first = " ".join(str(lines[0]).split()) if lines else ""
    if not first.upper().startswith("PEMERINTAH ") or first.upper() == settings.PLACEHOLDER_FIRST_LINE:
        return ""
    if first != first.upper():
        return first
    return " ".join(w if len(w) <= 3 else "-".join(p.capitalize() for p in w.split("-")) for w in first.split())


def default_fields() -> PactFields:
    """The fields a new event starts with: the Pemda from the settings (else the kop), no year."""
    pemda = settings.get("pemda_name") or pemda_from_letterhead(settings.get("letterhead_lines")) or GENERIC_PEMDA
    return PactFields(pemda)


def check_fields(fields: PactFields) -> PactFields:
    """The fields as filled in: one line each, spaces collapsed; the Pemda and the election required,
    the year empty or four digits. Refused with one sentence naming the field."""
    names = {"pemda": ("Nama Pemda", "The Pemda's name"), "pemilihan": ("Nama pemilihan", "The election"),
             "tahun": ("Tahun pemilihan", "The election's year")}
    cleaned = {}
    for field in FIELDS:
        value = " ".join(str(getattr(fields, field) or "").split())
        what_id, what_en = names[field]
        if field != "tahun" and not value:
            raise Refused(f"{what_id} wajib diisi.", f"{what_en} is required.", code="pact_field", field=field)
        if _CONTROL.search(value) or "{" in value or "}" in value:
            raise Refused(f"{what_id} memuat karakter yang tidak boleh ada di teks pakta (kurung kurawal atau "
                          "karakter kendali).", f"{what_en} holds a character a pact text cannot carry (a brace "
                          "or a control character).", code="pact_field", field=field)
        if field in _LIMITS and len(value) > _LIMITS[field]:
            raise Refused(f"{what_id} terlalu panjang: paling banyak {_LIMITS[field]} huruf, ini {len(value)}.",
                          f"{what_en} is too long: at most {_LIMITS[field]} characters, this has {len(value)}.",
                          code="pact_field", field=field)
        cleaned[field] = value
    year = cleaned["tahun"]
    if year and not (len(year) == 4 and year.isascii() and year.isdigit() and 2000 <= int(year) <= 2100):
        raise Refused(f"Tahun pemilihan '{year}' harus empat angka, misalnya 2029, atau dikosongkan.",
                      f"The election's year '{year}' must be four digits, e.g. 2029, or left empty.",
                      code="pact_field", field="tahun")
    return PactFields(**cleaned)


def fields_in(text: str) -> set[str]:
    """The template fields *text* still has to be filled with."""
    return {name for name in FIELDS if "{" + name + "}" in text}


def fill(template: str, fields: PactFields) -> str:
    """*template* with its fields filled in (the marker kept): the text an event stores. A text without
    fields comes back as it is (normalised); fields it needs are checked first."""
    if not fields_in(template):
        return normalize_text(template)
    fields = check_fields(fields)
    text = template if fields.tahun else _NO_YEAR.sub("", template)
    for name in FIELDS:
        text = text.replace("{" + name + "}", getattr(fields, name))
    return normalize_text(text)


def default_pact_text() -> str:
    """The default template filled with the default fields: what an event gets when nobody chose."""
    return fill(pact_template(), default_fields())


def fields_of(text: str, template: str | None = None) -> PactFields | None:
    """The fields that make *text* from *template* (the default one), or None when it was not made so:
    lets the event dialog show the template and its fields again for a text it made."""
    template = normalize_text(template or pact_template())
    pattern = re.escape(template)
    year = re.escape(" Tahun {tahun}")
    pattern = pattern.replace(year, r"(?: Tahun (?P<tahun>\d{4}))?", 1) if year in pattern else pattern
    for name in ("pemda", "pemilihan"):
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[^\\n{{}}]+?)", 1)
    match = re.fullmatch(pattern, normalize_text(text))
    if match is None:
        return None
    found = match.groupdict()
    return PactFields(found.get("pemda") or "", found.get("pemilihan") or "", found.get("tahun") or "")


# --- where the identity goes -----------------------------------------------------------------------
def is_marker(line: str) -> bool:
    return line.strip() == IDENTITY


def reading_text(text: str, identity_lines=()) -> str:
    """*text* as a person reads it: each marker line replaced by *identity_lines* (the first; the others
    dropped), or left out when there are none."""
    out, placed = [], False
    for line in text.split("\n"):
        if is_marker(line):
            if not placed:
                out.extend(identity_lines)
                placed = True
            continue
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


# --- stored texts -----------------------------------------------------------------------------------
def store_pact_text(text: str) -> PactText:
    """Return the stored version of *text*, adding it if it is new. Existing rows are never changed."""
    text = normalize_text(text)
    if not text.strip():
        raise ValueError("pact text is empty / teks pakta kosong")
    digest = text_sha256(text)
    with db.atomic():
        row = PactText.get_or_none(PactText.sha256 == digest)
        if row is None:
            row = PactText.create(sha256=digest, text=text, created_at=clock.iso(clock.now()))
    return row


def texts_by_sha(shas) -> dict[str, str]:
    """SHA-256 -> text of the stored pact texts among *shas* (empty ones skipped)."""
    shas = sorted({s for s in shas if s})
    if not shas:
        return {}
    return {p.sha256: p.text for p in PactText.select().where(PactText.sha256.in_(shas))}


def event_pact_text(event: Event) -> tuple[str, str] | None:
    """(sha256, text) of the event's current pact text."""
    if not event.pact_sha256:
        return None
    row = PactText.get_or_none(PactText.sha256 == event.pact_sha256)
    return (row.sha256, row.text) if row else None
