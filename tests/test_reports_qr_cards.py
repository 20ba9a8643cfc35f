"""The QR card sheets (reports/documents/qr_cards.py, qr_card_face.py): what the QR codes carry (read
back from the rendered page), that nothing printed overlaps, leaves its card or the page, or is
smaller than 9 pt, and that units follow each other on a sheet."""
from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta, timezone
from itertools import combinations

import pdfplumber
import pytest
import zxingcpp as zxing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.lib.units import mm
from test_reports_support import make_apel

from ikrar.models.card_code import new_code, printed
from ikrar.models.cards import person_by_card
from ikrar.models.identifiers import format_nip
from ikrar.models.store.schema import Employee
from ikrar.reports import api
from ikrar.reports.data import Approver, Context, Entry, EventInfo, Group
from ikrar.reports.documents import qr_card_face, qr_cards
from ikrar.reports.drawing.common import MARGIN_BOTTOM

WIB = timezone(timedelta(hours=7))
NIK = "3201014501900001"
NIP = "198609262015051001"
CARD_W, CARD_H = qr_card_face.CARD_W, qr_card_face.CARD_H
EPS = 0.5  # pt


def context(paper: str = "F4", title: str = "Apel Ikrar Netralitas ASN", letterhead: str = "PEMERINTAH KABUPATEN CONTOH"):
    event = EventInfo("e1", title, date(2026, 11, 23), "Senin, 23 November 2026", "07.30 WIB", "Halaman", "BKPSDM", "WIB")
    return Context([letterhead] if letterhead else [], None, "Kota", paper, "Meja 1", event, Approver("", "", ""),
                   datetime(2026, 11, 23, 7, 0, tzinfo=WIB), invariant=True)


def entry(n: int, name: str, nip: str = "", unit: str = "Dinas Kesehatan", position: str = "Staf") -> Entry:
    return Entry(n, name, format_nip(nip) if nip else "", "", position, unit, "PNS" if nip else "NON_ASN", None, "",
                 False, None, None)


def render(tmp_path, groups, codes, ctx=None, name="cards.pdf"):
    path = tmp_path / name
    pages = qr_cards.render(ctx or context(), groups, codes, path, fp="abcdef012345")
    return path, pages


def decoded(path, tmp_path, page: int = 1) -> set[str]:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(stem)], check=True)
    return {r.text for r in zxing.read_barcodes(Image.open(f"{stem}.png"))}


def test_a_non_asn_card_carries_its_code_and_never_the_nik(tmp_path):
    code = new_code()
    groups = [Group("Dinas Kesehatan", [entry(1, "BUDI SANTOSO, S.T.", NIP), entry(2, "SITI AMINAH"),
                                        entry(3, "RINA WATI")])]
    # Rina's code is her NIK, as the reports gave it before card codes: never drawn, said missing
    path, _ = render(tmp_path, groups, {1: NIP, 2: code, 3: NIK})
    assert decoded(path, tmp_path) == {NIP, code}
    text = " ".join(page.extract_text() for page in pdfplumber.open(path).pages)
    assert printed(code) in text and f"NIP. {format_nip(NIP)}" in text
    assert qr_card_face.NO_CODE in text
    assert NIK not in text and NIK not in path.read_bytes().decode("latin-1")


def test_the_qr_is_what_the_payload_check_allows():
    code = new_code()
    assert qr_card_face.payload(NIP) == NIP and qr_card_face.payload(code) == code
    for other in (NIK, "", "1986092620150510011", "IKR-123", code.lower(), printed(code)):
        assert qr_card_face.payload(other) is None


def words(page) -> list[dict]:
    return page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"])


def overlapping(items) -> list[tuple[str, str]]:
    found = []
    for a, b in combinations(items, 2):
        if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > EPS and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > EPS:
            found.append((a["text"], b["text"]))
    return found


def card_boxes(page) -> list[dict]:
    return [r for r in page.rects if abs(r["width"] - CARD_W) < 1 and abs(r["height"] - CARD_H) < 1]


def check_page(page) -> None:
    """Nothing outside the page; no two words on each other; text at 9 pt or more (above the footer);
    a word that starts on a card ends on it, and no other word touches a card."""
    chars = page.chars
    assert all(c["x0"] >= -EPS and c["x1"] <= page.width + EPS and c["top"] >= -EPS and c["bottom"] <= page.height + EPS
               for c in chars)
    ours = [c for c in chars if c["top"] < page.height - MARGIN_BOTTOM]  # the footer is drawing.common's
    assert all(c["size"] >= 9 - 0.01 for c in ours), sorted({c["size"] for c in ours})
    assert not overlapping(words(page))
    boxes = card_boxes(page)
    for w in words(page):  # a word that starts on a card ends on it; any other touches no card
        home = [b for b in boxes if b["x0"] - EPS <= w["x0"] < b["x1"] and b["top"] - EPS <= w["top"] < b["bottom"]]
        if home:
            assert w["x1"] <= home[0]["x1"] + EPS and w["bottom"] <= home[0]["bottom"] + EPS, w["text"]
        else:
            assert not overlapping([w, *({**b, "text": "card"} for b in boxes)]), w["text"]


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("title", ["Apel Pagi", "Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas "
                                   "Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum Tahun 2029 di "
                                   "Lingkungan Pemerintah Kabupaten Contoh Provinsi Kalimantan Selatan"])
def test_the_titles_are_measured_and_never_meet(tmp_path, paper, title):
    groups = [Group("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Contoh Provinsi "
                    "Kalimantan Selatan/Unit Pelaksana Teknis Daerah Pusat Pelatihan dan Pengembangan Kompetensi",
                    [entry(i, f"PEGAWAI {i}", NIP[:-2] + f"{i:02d}") for i in range(1, 12)])]
    path, pages = render(tmp_path, groups, {i: NIP[:-2] + f"{i:02d}" for i in range(1, 12)}, context(paper, title))
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            check_page(page)
            top = [w for w in words(page) if w["top"] < 40 * mm]
            kartu = next(w for w in top if w["text"] == "KARTU")
            assert all(w is kartu or w["x0"] >= kartu["x1"] or w["top"] >= kartu["bottom"] for w in top)


def test_units_follow_each_other_and_a_long_one_repeats_its_heading(tmp_path):
    small = [Group(f"Unit Kecil {n}", [entry(n, f"ORANG {n}", NIP[:-2] + f"{n:02d}")]) for n in range(1, 7)]
    big = Group("Dinas Pendidikan", [entry(100 + i, f"GURU {i}", NIP[:-3] + f"{i:03d}") for i in range(30)])
    codes = {e.employee_id: e.nip.replace(" ", "") for g in [*small, big] for e in g.entries}
    path, pages = render(tmp_path, [*small, big], codes, context("F4"))
    with pdfplumber.open(path) as pdf:
        texts = [re.sub(r"\s+", " ", page.extract_text()) for page in pdf.pages]
        assert len(pdf.pages) == pages
        for page in pdf.pages:
            check_page(page)
    assert pages < len(small) + 4  # six units of one: not a page each
    assert sum(t.count("Unit Kecil") for t in texts) == 6
    assert "Dinas Pendidikan — 30 orang" in " ".join(texts)
    continued = [t for t in texts if "Dinas Pendidikan — 30 orang (lanjutan)" in t]
    assert continued and all(t.index("(lanjutan)") < t.index("GURU") for t in continued)
    assert all(f"Halaman {n} dari {pages}" in t for n, t in enumerate(texts, 1))


def test_an_empty_event_says_so_on_one_page(tmp_path):
    path, pages = render(tmp_path, [], {})
    assert pages == 1 and qr_cards.EMPTY in pdfplumber.open(path).pages[0].extract_text()


LONG_WORDS = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/-.,'"),
                     min_size=1, max_size=60)
TEXT = st.lists(st.one_of(LONG_WORDS, st.sampled_from(["Dr.", "H.", "S.Pd.,", "M.Si.", "Kepala", "Dinas", "dan"])),
                min_size=1, max_size=30).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(TEXT, min_size=1, max_size=5), unit=TEXT, position=TEXT, title=TEXT, letterhead=TEXT,
       paper=st.sampled_from(["A4", "F4"]))
def test_nothing_leaves_its_card_or_the_page(tmp_path, names, unit, position, title, letterhead, paper):
    groups = [Group(unit, [entry(i, name, NIP if i % 2 else "", unit, position) for i, name in enumerate(names)]),
              Group("Inspektorat", [entry(99, names[0], "", "Inspektorat", position)])]
    codes = {e.employee_id: (NIP if e.nip else new_code()) for g in groups for e in g.entries}
    path, _ = render(tmp_path, groups, codes, context(paper, title, letterhead), name="h.pdf")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            check_page(page)


def test_a_name_with_every_degree_is_printed_whole(tmp_path):
    name = "Prof. Dr. Ir. H. MUHAMMAD ABDURRAHMAN WAHYUDI SAPUTRA, S.T., M.T., M.Eng., Ph.D., IPU"
    path, _ = render(tmp_path, [Group("Dinas Kesehatan", [entry(1, name, NIP)])], {1: NIP})
    text = re.sub(r"\s+", " ", pdfplumber.open(path).pages[0].extract_text())
    assert name in text and "…" not in text


# ---- the document of an event, through reports.api -----------------------------------------------

@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()


def cards_of(result, tmp_path) -> set[str]:
    found = set()
    for n in range(1, result.pages + 1):
        found |= decoded(result.path, tmp_path, n)
    return found


def test_no_nik_is_on_any_card_of_an_event(apel, tmp_path):
    result = api.qr_cards(apel.event, tmp_path / "kartu.pdf")
    niks = {p.nik for p in Employee.select() if p.nik}
    assert niks
    text = " ".join(page.extract_text() for page in pdfplumber.open(result.path).pages)
    payloads = cards_of(result, tmp_path)
    assert payloads and not payloads & niks
    assert not any(nik in text for nik in niks)


def test_every_card_of_an_event_carries_a_code_that_finds_its_person(apel, tmp_path):
    result = api.qr_cards(apel.event, tmp_path / "kartu.pdf")
    payloads = cards_of(result, tmp_path)
    honorer = list(Employee.select().where(Employee.nip.is_null()))
    assert honorer
    for person in honorer:
        assert person.card is not None or Employee.get_by_id(person.id).card
    codes = {Employee.get_by_id(p.id).card for p in honorer}
    assert codes <= payloads
    assert all(person_by_card(code) is not None for code in codes)
