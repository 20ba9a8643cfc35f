"""The parts around the list, for any text: the kop's lines wrap beside the logo and never print under
9 pt (the office line never under the PEMERINTAH line's 13.5 pt), the approver's titled name stays
whole where it fits and is otherwise broken between words (never inside "S.Pd.,"), each of its lines
underlined under its own text, and the footer stays in the bottom margin. Read back with pdfplumber."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_layout_support import BOTTOM, LEFT, MM, RIGHT, Page, context, entry, off_sheet, read, render, too_small

from ikrar.reports.data import Group
from ikrar.reports.drawing.common import BOLD, FONT
from ikrar.reports.letterhead import fit_letterhead, text_box

CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x24F, categories=("L", "N", "P", "S")) | \
    st.sampled_from("’é/-.,")
LINE = st.lists(st.text(CHARS, min_size=1, max_size=30), min_size=1, max_size=10).map(" ".join).map(lambda t: t[:100])
OFFICES = ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
           "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]
DEGREES = ["S.Pd.,", "M.Pd.,", "S.E.,", "M.Si.,", "S.H.,", "M.H.,", "S.Kep.,", "Ns.,", "M.Ak.,", "Ph.D.,", "S.Sos.,"]


def logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 48), (20, 90, 40)).save(out, format="PNG")
    return out.getvalue()


def one_row_list(folder: Path, ctx) -> list[Page]:
    return read(render(folder / "list.pdf", [Group("Dinas Kesehatan", [entry(1, "SITI AMINAH, S.Pd.")])], ctx))


def kop_chars(page: Page) -> list[dict]:
    """The characters above the kop's thick rule."""
    with_rule = [y for y, x0, x1 in page.horizontal]  # the 2.25 pt rule is a line too
    rule = min(with_rule) if with_rule else page.height
    return [c for c in page.chars if c["bottom"] <= rule + 0.5 and c["top"] < 0.4 * page.height]


def check_kop(page: Page, has_logo: bool) -> None:
    chars = kop_chars(page)
    assert chars
    assert not too_small(page)
    assert not off_sheet(page)
    bold = [c for c in chars if "Bold" in c["fontname"]]
    assert all(c["size"] >= 13.5 - 1e-6 for c in bold), sorted({c["size"] for c in bold})
    assert all(c["size"] == 9 for c in chars if "Bold" not in c["fontname"])  # the address
    if has_logo:  # nothing on the logo
        assert all(c["x0"] >= LEFT + 28 * MM - 0.5 for c in chars)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(LINE, min_size=1, max_size=4), has_logo=st.booleans(), paper=st.sampled_from(["F4", "A4"]))
def test_kop_lines_of_any_length_wrap_at_9_pt_or_more(lines, has_logo, paper):
    lines = ["Pemerintah Kabupaten Maju", *lines]
    with tempfile.TemporaryDirectory() as folder:
        pages = one_row_list(Path(folder), context(paper, letterhead=lines, logo=logo() if has_logo else None))
    check_kop(pages[0], has_logo)


def test_the_reviewers_office_lines_wrap_beside_the_logo_at_their_size(tmp_path):
    for office in OFFICES:
        ctx = context("F4", letterhead=["Pemerintah Kabupaten Maju", office, "Jalan Merdeka No. 1, Kota Maju"],
                      logo=logo())
        page = one_row_list(tmp_path, ctx)[0]
        check_kop(page, True)
        words = " ".join(w["text"] for w in page.words if w["size"] >= 13.5)
        assert " ".join(office.split()) in words  # every word of it, in order, none dropped
        office_sizes = {c["size"] for c in kop_chars(page) if c["size"] > 13.5}
        assert office_sizes and min(office_sizes) >= 14  # the office line keeps (nearly) its 15.5 pt


def test_fit_letterhead_keeps_every_word_and_the_sizes_apart():
    measure = lambda t, b, s: stringWidth(t, BOLD if b else FONT, s)  # noqa: E731
    for office in OFFICES:
        for has_logo in (False, True):
            _, room = text_box(165 * MM, has_logo)
            fitted = fit_letterhead(["Pemerintah Kabupaten Maju", office, "Jl. A"], room, measure)
            assert all(measure(k.text, k.bold, k.size) <= room + 1e-6 for k in fitted)
            printed = " ".join(k.text for k in fitted[1:-1])
            assert printed == " ".join(office.split())
            assert fitted[0].size == 13.5 and all(k.size >= 13.5 for k in fitted[1:-1]) and fitted[-1].size == 9


def name_lines(page: Page) -> list[tuple[str, float, float, float]]:
    """The approver's name as printed: (text, x0, x1, bottom) per line (bold, 10 pt)."""
    words = [w for w in page.words if "Bold" in w["fontname"] and abs(w["size"] - 10) < 0.01]
    lines: dict[float, list] = {}
    for w in words:
        lines.setdefault(round(w["bottom"], 1), []).append(w)
    return [(" ".join(w["text"] for w in ws), min(w["x0"] for w in ws), max(w["x1"] for w in ws), bottom)
            for bottom, ws in sorted(lines.items())]


NAME = st.tuples(st.lists(st.sampled_from(["Dr.", "Ir.", "H.", "Hj.", "Drs.", "Prof."]), max_size=3),
                 st.lists(st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ’É"), min_size=2, max_size=14),
                          min_size=1, max_size=9),
                 st.lists(st.sampled_from(DEGREES), max_size=5))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAME, paper=st.sampled_from(["F4", "A4"]))
def test_the_approvers_titled_name_is_whole_where_it_fits_and_each_line_underlined(name, paper):
    front, words, degrees = name
    text = " ".join([*front, *words])
    if degrees:
        text += ", " + " ".join(degrees).rstrip(",")
    with tempfile.TemporaryDirectory() as folder:
        page = one_row_list(Path(folder), context(paper, approver_name=text))[-1]
    lines = name_lines(page)
    assert " ".join(t for t, *_ in lines) == text  # every word, in order
    frame = page.width - LEFT - RIGHT
    if stringWidth(text, BOLD, 10) <= frame:
        assert len(lines) == 1
    for degree in degrees:  # never inside a degree
        assert any(degree.rstrip(",") in t.split(" ") or degree in t.split(" ") for t, *_ in lines)
    for t, x0, x1, bottom in lines:  # each line underlined, under its own text only
        assert any(abs(ux0 - x0) < 0.6 and abs(ux1 - x1) < 0.6 and bottom - 2.5 < uy < bottom + 1.5
                   for uy, ux0, ux1 in page.underlines), (t, page.underlines)
        assert x0 >= LEFT - 0.5 and x1 <= page.width - RIGHT + 0.5


def test_a_long_desk_name_stays_in_the_footer(tmp_path):
    ctx = context("A4", desk="Meja Registrasi Utama Gedung Serbaguna Kantor Bupati Lantai Dua Sisi Timur " * 3)
    for page in one_row_list(tmp_path, ctx):
        footer = [c for c in page.chars if c["top"] > page.height - BOTTOM]
        assert footer and not off_sheet(page) and not too_small(page)
        number = [w for w in page.words if w["text"] == "Halaman"][0]
        assert all(c["x1"] < number["x0"] - 5 for c in footer if c["top"] < number["bottom"] and c["x0"] < number["x0"])
