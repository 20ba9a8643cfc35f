"""Plain data for the renderers, built from the named queries (no SQL here, no reportlab).

The renderers take these dataclasses and a path; they never touch the database, so they can be
tested and timed on their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from ikrar.models import cards, clock, settings
from ikrar.models.desk import local_desk_name
from ikrar.models.identifiers import format_nip
from ikrar.models.pact import event_pact_text, texts_by_sha
from ikrar.models.pact_identity import status_word
from ikrar.models.queries import coverage as cov
from ikrar.models.queries.counts import (
    Counts,
    Numbers,
    UnitCounts,
    category_counts,
    count_grid,
    event_counts,
    outside_unit_counts,
    unit_counts,
)
from ikrar.models.queries.desk_speed import DeskSpeed, desk_speed
from ikrar.models.queries.people import not_signed_people, people, signed_people
from ikrar.models.queries.signatures import signatures_by_employee
from ikrar.models.queries.units import units_in_order
from ikrar.models.store.schema import ABSENCE_CODES, Event
from ikrar.models.strokes import StrokeData
from ikrar.reports.drawing.simplify import InkBatch, stored_ink
from ikrar.reports.files import fingerprint
from ikrar.reports.wording import clock_time, long_date, number

CATEGORY_LABELS = {"PNS": "PNS", "PPPK": "PPPK", "PPPK_PW": "PPPK Paruh Waktu", "NON_ASN": "Non-ASN"}
# The people apart at an event (models/queries/counts.py): their heading, and what it means.
OUTSIDE = "Di luar daftar peserta"
OUTSIDE_NOTE = ("Di luar daftar peserta: walk-in (tidak ada di daftar pegawai) dan pegawai unit kerja yang tidak "
                "diundang; tidak termasuk jumlah pegawai yang diharapkan maupun persentase.")
CODE_NAMES = {"S": "sakit", "I": "izin", "C": "cuti", "DL": "dinas luar", "TK": "tanpa keterangan"}
NOT_ARRIVED = "Belum hadir"  # expected, with no live record: neither present nor an absence mark


@dataclass
class Totals:
    """The event's figures that add up: expected = present + each absence code + not arrived ("belum
    hadir"); the people di luar daftar peserta apart, never in them. `text` is the sentence a
    document prints (the signed list's summary, the recap, the not-signed list)."""

    counts: Counts

    @property
    def parts(self) -> list[tuple[str, int]]:
        """(label, number) summing to the expected: Hadir, S … TK, Belum hadir."""
        c = self.counts
        return [("Hadir", c.present), *((code, c.codes.get(code, 0)) for code in ABSENCE_CODES),
                (NOT_ARRIVED, c.not_arrived)]

    @property
    def text(self) -> str:
        """"Jumlah pegawai yang diharapkan 165 orang = hadir 62 + sakit (S) 3 + … + belum hadir 93;
        bertanda tangan 60 orang." and, when there are any, the people apart in a sentence of their own."""
        c = self.counts
        parts = [f"hadir {number(c.present)}"]
        parts += [f"{CODE_NAMES[code]} ({code}) {number(c.codes.get(code, 0))}" for code in ABSENCE_CODES]
        parts.append(f"{NOT_ARRIVED.lower()} {number(c.not_arrived)}")
        text = (f"Jumlah pegawai yang diharapkan {number(c.expected)} orang = {' + '.join(parts)}; "
                f"bertanda tangan {number(c.signed)} orang.")
        o = c.outside
        if o.people:
            marks = "".join(f", {code} {number(v)}" for code, v in o.codes.items() if v)
            text += (f" {OUTSIDE} (tidak termasuk jumlah di atas): hadir {number(o.present)} orang, "
                     f"bertanda tangan {number(o.signed)} orang{marks}.")
        return text


@dataclass
class Approver:
    position: str
    name: str
    nip: str  # printed form, "19671010 199503 1 006", or ""


@dataclass
class EventInfo:
    id: str
    title: str
    date: date
    day_text: str  # "Senin, 23 November 2026"
    time_text: str  # "07.30 WIB"
    place: str
    organizer: str
    tz: str = ""  # the event's zone ("WIB", "WITA", "WIT"): every time printed is on its clock; "" names the zone


@dataclass
class Context:
    """Everything around the data: letterhead, event, approver, paper, who made it and when."""

    letterhead: list[str]
    logo: bytes | None  # the image's bytes, kept in the database (settings.logo_image)
    city: str
    paper: str
    desk_name: str
    event: EventInfo
    approver: Approver
    made_at: datetime
    invariant: bool = False
    count_totals: Callable[[], Totals] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def totals(self) -> Totals | None:
        """The event's figures that add up (Totals; None for a regency-wide document), counted when a
        document first asks: over a 100,000-person roster that is 0.5 s the others need not pay."""
        return self.count_totals() if self.count_totals is not None else None


@dataclass
class Signed:
    id: str
    strokes: StrokeData
    pact_sha256: str
    signed_at: str


@dataclass
class Entry:
    employee_id: int
    name: str  # with titles
    nip: str  # printed form ("" for non-ASN)
    rank: str  # "Penata Muda, III/a", "PPPK IX", "Non-ASN"
    position: str
    unit: str
    category: str
    status: str | None
    note: str
    late: bool
    recorded_at: str | None
    attendance_id: str | None
    signature: Signed | None = None


@dataclass
class Group:
    unit: str
    entries: list[Entry] = field(default_factory=list)
    outside: bool = False  # the people di luar daftar peserta, listed apart at the end


def print_nip(raw: str | None) -> str:
    digits = re.sub(r"\D", "", raw or "")
    return format_nip(digits) if len(digits) == 18 else (raw or "")


def golongan_text(category: str, golongan: str, status: str = "") -> str:
    """The one way every document prints a golongan: "III/a", "PPPK IX", "PPPK PW V", and for a non-ASN
    their *status* as the roster spells it ("Honorer", pact_identity.status_word), else "Non-ASN"."""
    if category == "NON_ASN":
        return status or "Non-ASN"
    if category in ("PPPK", "PPPK_PW"):
        label = "PPPK PW" if category == "PPPK_PW" else "PPPK"
        return f"{label} {golongan or ''}".strip()
    return golongan or ""


def rank_text(row) -> str:
    """Pangkat and golongan: "Penata Muda, III/a"; PPPK and Non-ASN as golongan_text."""
    if row.category in ("NON_ASN", "PPPK", "PPPK_PW"):
        return golongan_text(row.category, row.golongan,
                             status_word(row.category, row.employment_status, row.pangkat, row.golongan))
    return ", ".join(x for x in (row.pangkat, row.golongan) if x)


def _context(info: EventInfo, approver: Approver, paper: str | None, made_at: datetime, invariant: bool) -> Context:
    return Context(
        letterhead=[line for line in settings.get("letterhead_lines") if str(line).strip()],
        logo=settings.logo_image(),
        city=settings.get("city"),
        paper=(paper or settings.get("paper") or "F4").upper(),
        desk_name=local_desk_name() or settings.get("desk_name"),
        event=info, approver=approver, made_at=made_at, invariant=invariant,
    )


def context(event: Event, *, paper: str | None = None, fixed_date: bool = False) -> Context:
    """The event's approver fields override the settings'; a fixed date makes the event's start the
    creation time (and the PDF invariant), so the same data gives the same bytes."""
    start = clock.event_start(event.date, event.start_time, event.tz)
    approver = Approver(
        event.approver_position or settings.get("approver_position"),
        event.approver_name or settings.get("approver_name"),
        print_nip(event.approver_nip or settings.get("approver_nip")),
    )
    info = EventInfo(event.id, event.title, event.date, long_date(event.date), clock_time(start),
                     event.place, event.organizer, event.tz)
    ctx = _context(info, approver, paper, start if fixed_date else clock.now(), fixed_date)
    ctx.count_totals = lambda: Totals(event_counts(event))
    return ctx


def office_context(*, paper: str | None = None, fixed_date: bool = False) -> Context:
    """For documents about no single event (regency-wide coverage): "as of" now."""
    now = clock.now()
    info = EventInfo("", "Seluruh acara", now.date(), long_date(now.date()), clock_time(now), "", "")
    approver = Approver(settings.get("approver_position"), settings.get("approver_name"),
                        print_nip(settings.get("approver_nip")))
    return _context(info, approver, paper, now, fixed_date)


def _entry(row, signature=None, batch: InkBatch | None = None) -> Entry:
    signed = None
    if signature is not None:
        signed = Signed(signature.id, stored_ink(signature, batch), signature.pact_sha256, signature.signed_at)
    return Entry(row.employee_id, row.display_name, print_nip(row.nip), rank_text(row), row.position,
                 row.unit_name, row.category, row.status, row.note, row.late, row.recorded_at,
                 row.attendance_id, signed)


def group_entries(entries: list[Entry], by_unit: bool) -> list[Group]:
    if not by_unit:
        return [Group("", entries)]
    groups: dict[str, Group] = {}
    for entry in entries:  # entries arrive in unit order (roster) or name order: keep unit order
        groups.setdefault(entry.unit, Group(entry.unit)).entries.append(entry)
    return list(groups.values())


def _unit_rank(event: Event) -> dict[str, int]:
    return {u.name: i for i, u in enumerate(units_in_order())}


def attendance_list(event: Event, *, all_expected: bool = False, order: str = "roster",
                    by_unit: bool = False, with_signatures: bool = True) -> list[Group]:
    """People present (or all expected), with the signature that counts for each; the people di luar
    daftar peserta (walk-ins, units not invited) in one group of their own at the end."""
    rows = people(event, order=order, present_only=not all_expected)
    sigs = signatures_by_employee(event) if with_signatures else {}
    batch = InkBatch()  # the signatures' print forms, read and stored together (reports/drawing/simplify.py)
    entries = [_entry(r, sigs.get(r.employee_id), batch) for r in rows if not r.outside]
    apart = [_entry(r, sigs.get(r.employee_id), batch) for r in rows if r.outside]
    if by_unit and order == "name":
        rank = _unit_rank(event)
        entries.sort(key=lambda e: rank.get(e.unit, 1 << 30))  # stable: names stay sorted in a unit
    groups = group_entries(entries, by_unit) if entries or not apart else []
    if apart:
        groups.append(Group(OUTSIDE, apart, outside=True))
    return groups


def not_signed_list(event: Event, order: str = "roster") -> list[Group]:
    entries = [_entry(r) for r in not_signed_people(event, order=order)]
    if order == "name":
        rank = _unit_rank(event)
        entries.sort(key=lambda e: rank.get(e.unit, 1 << 30))
    return group_entries(entries, True)


def signed_entries(event: Event, order: str = "roster") -> list[Entry]:
    """Everyone who signed, the people apart too (each has a pact page)."""
    rows = signed_people(event, order=order)
    sigs, batch = signatures_by_employee(event), InkBatch()
    return [_entry(r, sigs.get(r.employee_id), batch) for r in rows if r.employee_id in sigs]


@dataclass
class Recap:
    units: list[UnitCounts]  # the invited units
    total: Counts  # of the invited; total.outside: the people apart
    categories: list[tuple[str, Counts]]
    outside_units: list[UnitCounts] = field(default_factory=list)  # the people apart per unit (in .outside)
    desks: list[DeskSpeed] = field(default_factory=list)  # per desk by name (models/queries/desk_speed.py)
    all_desks: DeskSpeed | None = None  # every desk together

    @property
    def outside(self) -> Numbers:
        return self.total.outside


def recap(event: Event) -> Recap:
    grid = count_grid(event)  # one query for the unit, category and total tables
    cats = category_counts(event, grid)
    ordered = [(CATEGORY_LABELS[c], cats[c]) for c in CATEGORY_LABELS if c in cats]
    ordered += [(c or "-", v) for c, v in cats.items() if c not in CATEGORY_LABELS]
    desks, all_desks = desk_speed(event)
    return Recap(unit_counts(event, grid), event_counts(event, grid), ordered, outside_unit_counts(event, grid),
                 desks, all_desks)


def pact_texts(entries: list[Entry], event: Event) -> dict[str, str]:
    texts = texts_by_sha(e.signature.pact_sha256 for e in entries if e.signature)
    current = event_pact_text(event)
    if current:
        texts.setdefault(*current)
    return texts


def card_codes(groups: list[Group]) -> dict[int, str]:
    """The code on each person's card: the NIP, or the card code ("IKR-…", models/cards.py) of someone
    without one, never the NIK (a personal identifier on a card people carry)."""
    return cards.card_codes(e.employee_id for g in groups for e in g.entries)


def entries_fingerprint(ctx: Context, groups: list[Group], *extra) -> str:
    # everything a row prints: a roster import that changes only a rank, a position, a unit or a
    # status word makes another document
    rows = [[e.employee_id, e.nip, e.name, e.rank, e.position, e.unit, e.note, e.status, e.attendance_id,
             e.signature.id if e.signature else None] + ([1] if g.outside else []) for g in groups for e in g.entries]
    return fingerprint([ctx.event.id, rows, *extra])


@dataclass
class CoverageData:
    """The regency-wide coverage document's data: the roster's coverage and the people apart
    (models/queries/coverage.py), and who of the roster has not signed."""

    summary: cov.Coverage
    people: list[cov.PersonCoverage]  # the roster's people who have not signed
    # A province's hub (the roster names more than one region, or one region was chosen): per region
    # and its units, the people then in region order; empty otherwise (the document as it always was).
    regions: list[cov.RegionCoverage] = field(default_factory=list)
    region: str | None = None  # the one region chosen, else None


def coverage(unit_ids: list | None = None, region: str | None = None) -> CoverageData:
    if region is None and not cov.has_regions():
        return CoverageData(cov.summary(unit_ids), cov.not_signed(unit_ids))
    people = sorted(cov.not_signed(unit_ids, region), key=lambda p: cov.region_order(p.region))  # stable
    return CoverageData(cov.summary(unit_ids), people, cov.by_region(region, unit_ids), region)
