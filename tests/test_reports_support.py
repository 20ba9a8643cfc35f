"""Shared by the report tests: an apel with signed, absent, voided and unsigned people, and readers
that take a PDF apart with pypdf (text, text positions, the signature paths' boxes)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pypdf import PdfReader
from pypdf.generic import ContentStream

from ikrar.models.checkin import check_in, mark_absence, mark_cannot_sign, void_attendance
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.store.schema import Employee, Unit

UNITS = ["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat", "Dinas Sosial"]
INK = (0.08, 0.15, 0.45)
NIP_PRINTED = re.compile(r"(?<!NIP\. )\b\d{8} \d{6} \d \d{3}\b")  # not the approver's "NIP. …"


@dataclass
class Apel:
    event: object
    signed: list = field(default_factory=list)  # Employee rows that signed
    absent: list = field(default_factory=list)  # (Employee, code)
    voided: list = field(default_factory=list)
    cannot_sign: list = field(default_factory=list)
    unrecorded: list = field(default_factory=list)


def make_apel(count: int = 40, *, units=UNITS[:3], seed: int = 11, everyone_signs: bool = False) -> Apel:
    """*count* people over *units* (plus a 4th unit not expected), checked in with demo signatures."""

    insert_people(generate_people(count, seed=seed, units=[*units, UNITS[3]]))
    event = create_event("Apel Ikrar Netralitas ASN", date(2026, 11, 23), start_time="07:30",
                         place="Halaman Kantor Bupati",
                         units=resolve_units(list(units)), approver_position="Kepala BKPSDM",
                         approver_name="Dra. Hj. SITI AMINAH, M.Si.", approver_nip="196710101995031006")
    apel = Apel(event)
    expected = list(Employee.select().join(Unit).where(Unit.name.in_(list(units))).order_by(Employee.roster_order))
    for i, person in enumerate(expected):
        if everyone_signs or i % 6 in (0, 2, 4):
            result = check_in(event, person, strokes=demo_strokes(i))
            if not everyone_signs and i % 12 == 4:
                void_attendance(result.attendance, "salah orang")
                apel.voided.append(person)
            else:
                apel.signed.append(person)
        elif i % 6 == 1:
            mark_absence(event, person, "S" if i % 12 == 1 else "DL")
            apel.absent.append((person, "S" if i % 12 == 1 else "DL"))
        elif i % 6 == 3:
            mark_cannot_sign(event, person, "tangan cedera")
            apel.cannot_sign.append(person)
        else:
            apel.unrecorded.append(person)
    return apel


def read(path):
    return PdfReader(str(path))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pages_text(path) -> list[str]:
    return [page.extract_text() or "" for page in read(path).pages]


def all_text(path) -> str:
    return flat(" ".join(pages_text(path)))


def nips_in_order(path) -> list[str]:
    return NIP_PRINTED.findall(" ".join(pages_text(path)))


def _mul(m, n):
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def ink_boxes(page) -> list[tuple[float, float, float, float]]:
    """Boxes (page coordinates) of the stroked paths drawn in signature ink."""

    ops = ContentStream(page.get_contents(), page.pdf).operations
    ctm, color, stack, points, boxes = (1, 0, 0, 1, 0, 0), None, [], [], []
    for operands, op in ops:
        if op == b"q":
            stack.append((ctm, color))
        elif op == b"Q":
            ctm, color = stack.pop()
        elif op == b"cm":
            ctm = _mul(tuple(float(v) for v in operands), ctm)
        elif op == b"RG":
            color = tuple(round(float(v), 2) for v in operands)
        elif op in (b"m", b"l"):
            x, y = (float(v) for v in operands)
            points.append((x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5]))
        elif op in (b"S", b"s", b"n", b"f", b"B"):
            if op == b"S" and color == INK and points:
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
            points = []
    return boxes


def text_positions(page) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on *page*, in page coordinates."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x, y = tm[4], tm[5]
            found.append((text.strip(), x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found
