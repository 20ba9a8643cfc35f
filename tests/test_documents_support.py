"""Shared by the document-variant tests (and handy for looking at the documents by hand): an apel
with real-format data, and every PDF variant of reports/api.py rendered from it.

Real format, as the issue's 165-person apel had it: long titled names ("Prof. Dr. Ir. H. …, S.H.,
M.H., M.Kn."), long OPD names, slash-joined positions, ’ and é, honorer staff, a walk-in, absences
with codes, a voided record and someone present who could not sign."""
from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from ikrar.models import settings
from ikrar.models.checkin import check_in, mark_absence, mark_cannot_sign, register_walk_in, void_attendance
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.schema import Employee, Unit
from ikrar.reports import api

UNITS = ["Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kesehatan",
         "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Sekretariat Daerah",
         "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman", "Inspektorat Daerah"]
POSITIONS = ["Kepala Subbagian Umum/Kepegawaian/Keuangan", "Analis Sumber Daya Manusia Aparatur Ahli Muda",
             "Pengelola Layanan Operasional/Pengadministrasi Perkantoran", "Pranata Komputer Ahli Pertama",
             "Kepala Bidang Pengendalian Penduduk dan Keluarga Berencana", "Staf"]
LONG_NAMES = ["Prof. Dr. Ir. H. MUHAMMAD ABDURRAHMAN SYAFI’I SIREGAR, S.H., M.H., M.Kn.",
              "Dr. dr. NI KADEK AYU PUSPITA ANDRÉ DEWI LESTARI, Sp.PD-KGEH., FINASIM",
              "Hj. WA ODE SITI NURHALIZA RAHMAWATI, S.Kep., Ns., M.Kep."]
LETTERHEAD = ["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
              "Jalan Jenderal Sudirman No. 1, Kota Maju 12345 · Telp. (0123) 456789 · bkpsdm@maju.go.id"]
APPROVER = ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Dr. H. ACHMAD SJAMSUL BAHRI NASUTION, S.Sos., M.Si.", "196710101995031006")
WALK_IN_NIK = "3201014509900001"


def _logo() -> bytes:
    """A round emblem, as a logo is (PNG)."""
    picture = Image.new("RGB", (240, 280), "white")
    ImageDraw.Draw(picture).ellipse((10, 10, 230, 270), fill=(20, 90, 40), outline=(200, 160, 0), width=12)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def real_people(count: int, seed: int = 3) -> list[dict]:
    """*count* people (demo_build's, made real-format): every 7th name long and titled, every 5th
    position slash-joined, one in ten honorer staff."""
    rng = random.Random(seed)
    people = generate_people(count, seed=seed, units=UNITS)
    for i, p in enumerate(people):
        if i % 7 == 3:
            p["front_title"], p["name"], p["back_title"] = "", LONG_NAMES[i % 3], ""
        if i % 5 == 1:
            p["position"] = rng.choice(POSITIONS)
        if p["category"] == "NON_ASN":
            p["pangkat"] = "Honorer Daerah"
    return people


def real_apel(count: int, *, seed: int = 3, sign_every: int = 1):
    """An apel of *count* people on the roster (all units expected) and the event back: most signed
    (demo signatures), every 11th absent with a code, every 13th not recorded, one voided, one who
    could not sign, and one walk-in. With *sign_every* > 1 only every n-th present person signs
    with strokes (the rest the same rows, faster to build)."""
    settings.set("letterhead_lines", LETTERHEAD)
    settings.set("city", "Kota Maju")
    settings.store_logo(_logo())
    settings.set("approver_position", APPROVER[0])  # the regency-wide coverage signs with the settings' approver
    settings.set("approver_name", APPROVER[1])
    settings.set("approver_nip", APPROVER[2])
    insert_people(real_people(count, seed))
    event = create_event("Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN", date(2026, 11, 23),
                         start_time="07:30", place="Halaman Kantor Bupati Maju", organizer="BKPSDM",
                         approver_position=APPROVER[0], approver_name=APPROVER[1], approver_nip=APPROVER[2])
    people = list(Employee.select().order_by(Employee.roster_order))
    for i, person in enumerate(people):
        if i % 11 == 5:
            mark_absence(event, person, ("S", "I", "C", "DL", "TK")[i % 5], note="surat menyusul")
        elif i % 13 == 7:
            continue
        elif i == 2:
            mark_cannot_sign(event, person, "Tangan kanan cedera (gips), hadir dan disaksikan petugas meja")
        elif i == 4:
            void_attendance(check_in(event, person, strokes=demo_strokes(i)).attendance, "salah orang dipindai")
        else:
            check_in(event, person, strokes=demo_strokes(i) if i % sign_every == 0 else None)
    unit = Unit.get(Unit.name == UNITS[2])
    register_walk_in(event, WALK_IN_NIK, "NENG EUIS SURYANI (TAMU)", unit=unit, position="Tenaga Kontrak",
                     strokes=demo_strokes(9999))
    return event


# Every PDF the program makes: (name, function(event, folder) -> path of the PDF).
def _signed(paper, **options):
    return lambda event, folder, name: api.signed_list(event, folder / f"{name}.pdf", paper=paper, fixed_date=True,
                                                      **options).path


VARIANTS = {
    "signed-f4": _signed("F4"), "signed-a4": _signed("A4"),
    "signed-by-unit-f4": _signed("F4", group_by_unit=True), "signed-by-unit-a4": _signed("A4", group_by_unit=True),
    "signed-all-expected-f4": _signed("F4", all_expected=True),
    "signed-all-expected-a4": _signed("A4", all_expected=True),
    "signed-by-unit-all-expected-a4": _signed("A4", group_by_unit=True, all_expected=True),
    "signed-by-name-f4": _signed("F4", order="name"),
    "recap-f4": lambda e, f, n: api.recap(e, f / f"{n}.pdf", paper="F4", fixed_date=True).path,
    "recap-a4": lambda e, f, n: api.recap(e, f / f"{n}.pdf", paper="A4", fixed_date=True).path,
    "not-signed-f4": lambda e, f, n: api.not_signed(e, f / f"{n}.pdf", paper="F4", fixed_date=True).path,
    "not-signed-a4": lambda e, f, n: api.not_signed(e, f / f"{n}.pdf", paper="A4", fixed_date=True).path,
    "coverage-f4": lambda e, f, n: api.coverage_not_signed(f / f"{n}.pdf", paper="F4", fixed_date=True).path,
    "coverage-a4": lambda e, f, n: api.coverage_not_signed(f / f"{n}.pdf", paper="A4", fixed_date=True).path,
    "pacts-f4": lambda e, f, n: api.pacts(e, f / f"{n}.pdf", paper="F4", fixed_date=True).path,
    "pacts-folder-a4": lambda e, f, n: api.pacts(e, f / n, paper="A4", fixed_date=True).files[-1],
    "qr-cards-f4": lambda e, f, n: api.qr_cards(e, f / f"{n}.pdf", paper="F4", fixed_date=True).path,
    "qr-cards-a4": lambda e, f, n: api.qr_cards(e, f / f"{n}.pdf", paper="A4", fixed_date=True).path,
}
# The ones that end with the "Mengetahui," block.
APPROVED = [name for name in VARIANTS if not name.startswith(("pacts", "qr-cards"))]


def render(name: str, event, folder: Path) -> Path:
    return VARIANTS[name](event, folder, name)
