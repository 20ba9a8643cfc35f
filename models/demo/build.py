"""The demo: made-up people with valid NIPs in 30 units and a demo event, in a database of its own,
so a new user sees a working desk at once. Also the generator the benchmarks use."""
from __future__ import annotations

import math
import random
from datetime import date, timedelta

from peewee import chunked

from ikrar.models import clock, settings
from ikrar.models.checkin import check_in
from ikrar.models.demo.names import (
    BACK,
    FAMILY,
    FRONT,
    GIVEN_F,
    GIVEN_M,
    GOLONGAN,
    POSITIONS,
    PPPK_GOLONGAN,
    PREFIX_F,
    PREFIX_M,
    UNITS,
)
from ikrar.models.events import create_event, resolve_units
from ikrar.models.search.fold import fold_name
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Employee, Unit
from ikrar.models.strokes import StrokeData

# Non-ASN staff's status as rosters spell it; every fifth has none (printed "Non-ASN", as for a roster
# without the word). Chosen by the person's index, not drawn: the seeded people stay who they were.
NON_ASN_STATUS = ("Honorer", "PPNPN", "Tenaga Kontrak", "THL", "")


def _birth(rng: random.Random) -> date:
    return date(1965, 1, 1) + timedelta(days=rng.randrange(0, 365 * 36))


def _person(rng: random.Random, index: int, units: list[str]) -> dict:
    female = rng.random() < 0.48
    birth = _birth(rng)
    given = GIVEN_F if female else GIVEN_M
    prefix = rng.choice(PREFIX_F if female else PREFIX_M)
    words = [rng.choice(given) for _ in range(rng.choice((1, 2, 2, 3)))]
    if rng.random() < 0.2:
        words.append(rng.choice(FAMILY))
    name = prefix + " ".join(dict.fromkeys(words))
    roll = rng.random()
    seq = index % 999 + 1
    gender_digit = "2" if female else "1"
    if roll < 0.72:  # PNS
        tmt = date(min(birth.year + rng.randint(20, 32), 2023), rng.randint(1, 12), 1)
        nip = f"{birth:%Y%m%d}{tmt:%Y%m}{gender_digit}{seq:03d}"
        golongan, pangkat = rng.choice(GOLONGAN[4:])
        category = "PNS"
    elif roll < 0.92:  # PPPK
        nip = f"{birth:%Y%m%d}{rng.choice((2021, 2022, 2023, 2024))}2{rng.randint(1, 3)}{gender_digit}{seq:03d}"
        golongan, pangkat, category = rng.choice(PPPK_GOLONGAN), "", "PPPK"
    else:
        nip, golongan, pangkat, category = None, "", "", "NON_ASN"
    day = birth.day + (40 if female else 0)
    nik = (f"{rng.randint(11, 94)}{rng.randint(1, 30):02d}{rng.randint(1, 20):02d}{day:02d}{birth:%m%y}"
           f"{rng.randint(1, 9999):04d}")
    return {
        "nip": nip, "nik": nik if category == "NON_ASN" else None, "name": name,
        "front_title": rng.choice(FRONT) if category != "NON_ASN" else "",
        "back_title": rng.choice(BACK) if category != "NON_ASN" else "",
        "gender": "P" if female else "L", "birth_date": birth, "category": category,
        "golongan": golongan, "pangkat": pangkat,
        "position": rng.choice(POSITIONS) if category != "NON_ASN" else "Tenaga Kontrak",
        "unit": units[index % len(units)],
        "employment_status": NON_ASN_STATUS[index % len(NON_ASN_STATUS)] if category == "NON_ASN" else "",
    }


def generate_people(count: int, seed: int = 0, units: list[str] | None = None) -> list[dict]:
    """*count* made-up people (dicts of Employee fields, unit by name); NIPs unique and valid."""
    rng = random.Random(seed)
    units = units or UNITS
    people, seen = [], set()
    index = 0
    while len(people) < count:
        person = _person(rng, index, units)
        index += 1
        key = person["nip"] or person["nik"]
        if key in seen:
            continue
        seen.add(key)
        people.append(person)
    return people


def demo_strokes(seed: int, width: float = 600, height: float = 200) -> StrokeData:
    """A plausible hand-written loop signature, for demo data and tests."""
    rng = random.Random(seed)
    strokes, t = [], 0.0
    x0 = width * rng.uniform(0.1, 0.25)
    for part in range(rng.randint(1, 3)):
        points = []
        loops = rng.uniform(2.0, 4.0)
        span = width * rng.uniform(0.25, 0.4)
        for i in range(40):
            f = i / 39
            x = x0 + span * f + 18 * math.sin(f * loops * 2 * math.pi)
            y = height * 0.5 + height * 0.28 * math.cos(f * loops * 2 * math.pi + part) * (1 - 0.4 * f)
            t += rng.uniform(8, 14)
            points.append((round(x, 1), round(y, 1), round(t), round(rng.uniform(0.4, 0.9), 2)))
        strokes.append(points)
        x0 += span + width * 0.03
        t += 150
    return StrokeData(width, height, strokes)


def insert_people(people: list[dict]) -> None:
    """Write generated people (units by name) in one transaction."""

    with db.atomic():
        units = {}
        for order, name in enumerate(dict.fromkeys(p["unit"] for p in people)):
            units[name] = Unit.get_or_create(name=name, defaults={"sort_order": order})[0].id
        stamp = clock.iso(clock.now())
        rows = [
            {**{k: v for k, v in p.items() if k != "unit"}, "unit": units[p["unit"]], "roster_order": i,
             "search_key": fold_name(p["name"]), "updated_at": stamp}
            for i, p in enumerate(people)
        ]
        for part in chunked(rows, 500):  # within SQLite's bound-parameter limit (32,766 since SQLite 3.32)
            Employee.insert_many(part).execute()


def build_demo(people: int = 3000, *, signed: int | None = None, seed: int = 7):
    """Fill the open (empty) database with the demo roster and an apel today; returns the event."""

    if Employee.select().exists():
        raise RuntimeError("the demo is built only into an empty database")
    insert_people(generate_people(people, seed=seed))
    today = clock.now().date()
    units = resolve_units(UNITS[:3])
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN CONTOH",
                                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                                      "Jalan Merdeka No. 1, Kota Contoh 12345 · Telp. (0123) 456789"])
    settings.set("approver_name", "Dra. Hj. SITI AMINAH, M.Si.")
    settings.set("approver_nip", "19671010 199503 2 006")
    event = create_event(
        "Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN (demo)", today, kind="apel",
        start_time="07:30", tz="WIB", place="Halaman Kantor Bupati Contoh", organizer="BKPSDM Kabupaten Contoh",
        organizer_unit=resolve_units(["Badan Kepegawaian"])[0], units=units,
        approver_position="Kepala BKPSDM", approver_name="Dra. Hj. SITI AMINAH, M.Si.",
        approver_nip="196710101995032006",
    )
    expected = list(Employee.select().where(Employee.unit.in_(units)).order_by(Employee.roster_order))
    for i, person in enumerate(expected[: signed if signed is not None else len(expected) // 5]):
        check_in(event, person, method="scan" if i % 3 else "search", strokes=demo_strokes(i))
    return event
