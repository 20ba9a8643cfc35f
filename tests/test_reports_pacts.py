"""The pact pages read back (pdfplumber): the official form's order, the Pemda's name, the non-ASN
identity, an old event's text unchanged, page numbers per person, long names, and the streaming."""
from __future__ import annotations

import re
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from ikrar.models import settings
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, insert_people
from ikrar.models.events import create_event, update_event
from ikrar.models.pact import DEFAULT_ELECTION, PactFields, fill, pact_template
from ikrar.models.store.schema import Employee
from ikrar.reports import api, pact_data
from ikrar.reports.data import Approver, Context, EventInfo
from ikrar.reports.documents import pacts as pacts_doc
from ikrar.reports.drawing.common import MARGIN_RIGHT

WIB = timezone(timedelta(hours=7))
OLD_TEXT = """PAKTA INTEGRITAS
NETRALITAS PEGAWAI APARATUR SIPIL NEGARA

Saya yang bertanda tangan di bawah ini, Pegawai di lingkungan Pemerintah Daerah, dengan ini menyatakan:

1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan publik, baik sebelum, selama, maupun sesudah pelaksanaan Pemilihan Umum dan Pemilihan Kepala Daerah Tahun 2024;
2. Menolak politik uang dan segala jenis pemberian dalam bentuk apa pun.

Demikian pakta integritas ini saya buat dengan sebenar-benarnya.
"""  # noqa: E501 (an event's text as stored before the marker: one line per point)


def person(name, category, *, nip=None, nik=None, pangkat="", golongan="", position="Analis", unit="Dinas Kesehatan"):
    return {"nip": nip, "nik": nik, "name": name, "front_title": "", "back_title": "", "gender": "P",
            "birth_date": date(1986, 9, 26), "category": category, "golongan": golongan, "pangkat": pangkat,
            "position": position, "unit": unit}


PEOPLE = [
    person("ANI RAHMAWATI", "PNS", nip="198609262015052001", pangkat="Penata Muda", golongan="III/a"),
    person("BUDI SANTOSO", "PPPK", nip="199001012024211001", golongan="IX", position="Guru Ahli Pertama"),
    person("CITRA LESTARI", "NON_ASN", nik="3201026609860003", pangkat="Honorer Daerah", position="Tenaga Kontrak"),
]


@pytest.fixture
def event(db, at):
    at(7, 0)
    settings.change("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN DAERAH", "Jalan Merdeka 1"])
    settings.change("city", "Maju")
    settings.change("pemda_name", "Pemerintah Kabupaten Maju")
    insert_people(PEOPLE)
    made = create_event("Apel Netralitas ASN", date(2026, 11, 23),
                        pact_fields=PactFields("Pemerintah Kabupaten Maju", DEFAULT_ELECTION, "2029"))
    for i, employee in enumerate(Employee.select().order_by(Employee.roster_order)):
        at(7, 10 + i)
        check_in(made, employee, strokes=demo_strokes(i))
    return made


def pages(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [re.sub(r"[ \t]+", " ", page.extract_text()) for page in pdf.pages]


def page_of(texts: list[str], name: str) -> str:
    found = [t for t in texts if name in t]
    assert len(found) == 1, name
    return found[0]


def in_order(text: str, *parts: str) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not after position {at} in:\n{text}"
        at = found + len(part)


def test_the_page_reads_as_the_official_form(event, tmp_path):
    texts = pages(api.pacts(event, tmp_path / "pakta.pdf").path)
    assert len(texts) == 3
    ani = page_of(texts, "ANI RAHMAWATI")
    in_order(ani, "PAKTA INTEGRITAS", "NETRALITAS PEGAWAI APARATUR SIPIL NEGARA",
             "Saya yang bertanda tangan di bawah ini:", "Nama : ANI RAHMAWATI", "NIP : 19860926 201505 2 001",
             "Pangkat/Gol. : Penata Muda, III/a", "Jabatan : Analis", "Unit Kerja : Dinas Kesehatan",
             "dengan ini menyatakan:", "1. Menjaga dan menegakkan", "4. Menolak politik uang",
             "Demikian pakta integritas", "Maju, 23 November 2026", "Yang membuat pernyataan,", "ANI RAHMAWATI",
             "NIP. 19860926 201505 2 001", "Ditandatangani di Ikrar pada 23 November 2026 07.10 WIB")
    flat = " ".join(ani.split())
    assert "Pegawai ASN di lingkungan Pemerintah Kabupaten Maju dalam melaksanakan" in flat
    assert "Pemilihan Umum dan Pemilihan Kepala Daerah Tahun 2029;" in flat
    assert "Pemerintah Daerah" not in flat and "{" not in flat


def test_a_non_asn_page_names_the_status_and_a_masked_nik(event, tmp_path):
    citra = page_of(pages(api.pacts(event, tmp_path / "pakta.pdf").path), "CITRA LESTARI")
    in_order(citra, "Saya yang bertanda tangan di bawah ini:", "Nama : CITRA LESTARI", "NIK : 3201********0003",
             "Status : Honorer Daerah", "Jabatan : Tenaga Kontrak", "dengan ini menyatakan:",
             "Yang membuat pernyataan,", "CITRA LESTARI", "NIK. 3201********0003")
    assert "NIP" not in citra and "Pangkat" not in citra and "…" not in citra and "..." not in citra
    assert "3201026609860003" not in citra  # the whole NIK is never printed


def test_a_pppk_page_names_the_ni_pppk(event, tmp_path):
    budi = page_of(pages(api.pacts(event, tmp_path / "pakta.pdf").path), "BUDI SANTOSO")
    in_order(budi, "NI PPPK : 19900101 202421 1 001", "Golongan : IX", "Status : PPPK", "Jabatan : Guru Ahli Pertama",
             "Yang membuat pernyataan,", "BUDI SANTOSO", "NI PPPK. 19900101 202421 1 001")


def test_every_persons_pages_are_numbered_on_their_own(event, tmp_path):
    long_text = "PAKTA PANJANG\n\nSaya yang bertanda tangan di bawah ini:\n\n{identitas}\n\ndengan ini menyatakan:\n\n"
    long_text += "\n".join(f"{n}. " + "Kalimat janji yang panjang sekali. " * 30 for n in range(1, 9))
    update_event(event, pact_text=long_text)
    check_in(event, Employee.get(Employee.name == "ANI RAHMAWATI"), strokes=demo_strokes(9))  # (kept: signed)
    insert_people([person("DEDI KURNIAWAN", "PNS", nip="197612121996071002")])
    check_in(event, Employee.get(Employee.name == "DEDI KURNIAWAN"), strokes=demo_strokes(7))
    texts = pages(api.pacts(event, tmp_path / "pakta.pdf").path)
    footers = [tuple(map(int, re.search(r"Halaman (\d+) dari (\d+)", t).groups())) for t in texts]
    assert footers.count((1, 1)) == 3  # the three who signed the short text
    first = footers.index(next(f for f in footers if f[1] > 1))
    n = footers[first][1]
    assert footers[first:first + n] == [(i, n) for i in range(1, n + 1)]  # then "1 dari n" … "n dari n"
    dedi = "".join(texts[first:first + n])
    assert dedi.count("DEDI KURNIAWAN") == 2 and "DEDI KURNIAWAN" in texts[first]
    assert "Yang membuat pernyataan" not in texts[first]  # the signature after the whole text
    in_order(texts[first + n - 1], "8. Kalimat janji", "Yang membuat pernyataan,", "DEDI KURNIAWAN")


def test_an_old_events_text_prints_unchanged(db, at, tmp_path):
    at(7, 0)
    settings.change("pemda_name", "Pemerintah Kabupaten Maju")
    insert_people(PEOPLE[:1])
    event = create_event("Apel Lama", date(2024, 11, 23), pact_text=OLD_TEXT)
    check_in(event, Employee.get(), strokes=demo_strokes(1))
    text = pages(api.pacts(event, tmp_path / "lama.pdf").path)[0]
    flat = " ".join(text.split())
    for line in OLD_TEXT.splitlines():
        assert " ".join(line.split()) in flat, line  # word for word: the Pemda setting does not change it
    assert "Pemerintah Kabupaten Maju" not in flat
    # as it always was: the identity under the title, before the text's own sentence
    in_order(text, "NETRALITAS PEGAWAI", "Nama : ANI RAHMAWATI", "Saya yang bertanda tangan di bawah ini, Pegawai",
             "1. Menjaga", "Yang membuat pernyataan,")


def test_a_text_without_marker_but_the_forms_lead_in_gets_the_identity_there():
    title, before, after = pacts_doc.sections("JUDUL\n\nSaya yang bertanda tangan di bawah ini:\n"
                                              "dengan ini menyatakan:\n1. Satu.")
    assert (title, before, after) == (["JUDUL"], ["Saya yang bertanda tangan di bawah ini:"],
                                      ["dengan ini menyatakan:", "1. Satu."])
    assert pacts_doc.sections("JUDUL\n\nSaya berjanji.\n\n{identitas}\n\nTitik.\n{identitas}\nAkhir.") == (
        ["JUDUL"], ["Saya berjanji."], ["Titik.", "Akhir."])  # a second marker is left out


def test_the_strokes_are_read_a_batch_at_a_time(event):
    people = pact_data.signers(event)
    assert all(p.signature.strokes is None for p in people)
    loaded = list(pact_data.with_strokes(people, batch=2))
    assert [p.employee_id for p in loaded] == [p.employee_id for p in people]
    assert all(p.signature.strokes.point_count > 0 for p in loaded)
    assert all(p.signature.strokes is None for p in people)  # the list keeps none of them


def test_the_folder_export_has_the_same_page(event, tmp_path):
    result = api.pacts(event, tmp_path / "pakta")
    citra = next(f for f in result.files if "CITRA" in f.name)
    assert citra.name.startswith("tanpa-nip-")  # never the NIK in a file name
    text = pages(citra)[0]
    in_order(text, "NIK : 3201********0003", "Status : Honorer Daerah", "dengan ini menyatakan:",
             "NIK. 3201********0003", "Halaman 1 dari 1")


# --- long names ----------------------------------------------------------------------------------
def _context() -> Context:
    info = EventInfo("e1", "Apel", date(2026, 11, 23), "Senin, 23 November 2026", "07.30 WIB", "Halaman", "BKPSDM",
                     "WIB")
    return Context(["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN DAERAH"], None, "Maju", "A4", "Meja 1", info,
                   Approver("", "", ""), datetime(2026, 11, 23, 9, 0, tzinfo=WIB), True)


WORD = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ'.-"), min_size=1, max_size=60)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(WORD, min_size=1, max_size=20).filter(lambda w: len(" ".join(w)) <= 200),
       category=st.sampled_from(["PNS", "NON_ASN"]))
def test_long_names_stay_on_one_page_inside_the_margins(words, category):
    name = " ".join(words)
    text = fill(pact_template(), PactFields("Pemerintah Kabupaten Maju"))
    signer = pact_data.Signer(1, name, "198609262015052001" if category == "PNS" else "",
                              "3201026609860003" if category == "NON_ASN" else "", category, "Penata Muda",
                              "III/a", "Analis " * 8, "Dinas Pendidikan dan Kebudayaan " * 3, "H", "a1",
                              pact_data.PactSignature("s1", "abc", "2026-11-23T07:10:00+07:00", demo_strokes(3)))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "p.pdf"
        count = pacts_doc.render(_context(), [signer], 1, {"abc": text}, out, fp="x")
        with pdfplumber.open(out) as pdf:
            # one page for any real name; a name of 150-200 characters may take a second, numbered so
            assert count == len(pdf.pages) <= (1 if len(name) <= 120 else 2)
            for page in pdf.pages:
                assert max(c["x1"] for c in page.chars) <= page.width - MARGIN_RIGHT + 1
            flat = "".join("".join(page.extract_text().split()) for page in pdf.pages)
    squeezed = "".join(name.split())
    assert flat.count(squeezed) >= 2  # in the identity and under the signature, whole
    assert f"Halaman1dari{count}" in flat
