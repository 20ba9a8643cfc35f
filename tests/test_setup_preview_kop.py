"""The setup's kop preview prints what the PDF prints: a long office name breaks into the same lines, at
the same size, at the same place on the page (beside the logo or across the frame, F4 and A4), and the
red KOP BELUM DIATUR mark takes the same room. The PDF is a real signed list, read back with
pdfplumber; the preview is ui/dialogs/setup_preview.py's layout, the one it paints."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_layout_support import context, entry, render

from ikrar.reports.data import Group
from ikrar.reports.drawing.common import BOLD, FONT, register_fonts
from ikrar.ui.dialogs.setup_preview import KopPreview, string_width

GOVERNMENT = "Pemerintah Kabupaten Maju"
ADDRESS = "Jalan Merdeka No. 1, Kota Maju 12345 · Telp. (0123) 456789 · bkpsdm@maju.go.id"
OFFICES = [
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu, Tenaga Kerja dan Transmigrasi",
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN KEPULAUAN SELAYAR/BARAT-DAYA",
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (Bappeda-Litbang) Kabupaten Maju",
]


def logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 48), (20, 90, 40)).save(out, format="PNG")
    return out.getvalue()


def pdf_kop(lines: list[str], paper: str, image: bytes | None, folder: Path) -> dict:
    """The kop of a rendered signed list: its lines (text, size, left x, baseline from the page's top),
    the y of its thick rule and the warning mark's box (top, bottom) when there is one."""
    path = render(folder / "kop.pdf", [Group("Dinas Kesehatan", [entry(1, "SITI AMINAH")])],
                  context(paper, letterhead=lines, logo=image))
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[0]
        rule = min(line["top"] for line in page.lines if abs(line["linewidth"] - 2.25) < 0.01)
        mark = [(r["top"], r["bottom"]) for r in page.rects if r["bottom"] < rule]
        rows: dict[float, list[dict]] = {}
        for char in page.chars:
            baseline = page.height - char["matrix"][5]
            if baseline < rule and not (mark and baseline < mark[0][1]):  # the kop's text, not the mark's
                rows.setdefault(round(baseline, 2), []).append(char)
    printed = []
    for baseline, chars in sorted(rows.items()):
        text = "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))
        printed.append((text, round(chars[0]["size"], 2), min(c["x0"] for c in chars), baseline))
    return {"lines": printed, "rule": rule, "mark": mark[0] if mark else None}


def preview_kop(qtbot, lines: list[str], paper: str, image: bytes | None) -> tuple[KopPreview, dict]:
    preview = KopPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 10)
    preview.set_paper(paper)
    preview.set_lines(lines)
    preview.set_logo(image)
    kop = preview.layout_
    printed = [(p.line.text, round(p.line.size, 2), p.x, p.baseline) for p in preview.printed_lines()]
    return preview, {"lines": printed, "rule": kop.rule_y, "mark": kop.mark}


def same_kop(pdf: dict, shown: dict) -> None:
    assert [(t, s) for t, s, *_ in shown["lines"]] == [(t, s) for t, s, *_ in pdf["lines"]]
    for (text, _, x, baseline), (_, _, px, pbaseline) in zip(shown["lines"], pdf["lines"], strict=True):
        assert abs(x - px) < 0.05 and abs(baseline - pbaseline) < 0.05, text
    assert abs(shown["rule"] - pdf["rule"]) < 0.05


def test_the_widths_are_reportlabs_to_the_last_bit(qtbot):
    register_fonts()
    for text in [*OFFICES, ADDRESS, "’é ÉÇ ß Ω ✓ 漢字 😀 \u00a0x", "Kota Tanjungpinang – Kepulauan Riau"]:
        for bold, font in ((True, BOLD), (False, FONT)):
            for size in (9, 13.5, 14.25, 15.5):
                assert string_width(text, bold, size) == stringWidth(text, font, size), (text, bold, size)


@pytest.mark.parametrize("paper", ["F4", "A4"])
@pytest.mark.parametrize("with_logo", [False, True])
@pytest.mark.parametrize("office", OFFICES)
def test_a_long_office_name_breaks_where_the_pdf_breaks_it(qtbot, tmp_path, paper, with_logo, office):
    lines = [GOVERNMENT, office, ADDRESS]
    image = logo() if with_logo else None
    pdf = pdf_kop(lines, paper, image, tmp_path)
    _, shown = preview_kop(qtbot, lines, paper, image)
    same_kop(pdf, shown)
    assert len(pdf["lines"]) >= 3 and pdf["mark"] is None and shown["mark"] == 0
    office_lines = [t for t, s, *_ in shown["lines"][1:] if s > 9]  # under PEMERINTAH…, above the address
    assert " ".join(office_lines) == " ".join(office.upper().split())


def test_the_reviewers_office_name_wraps_beside_the_logo_in_three_lines_at_13_5_pt_or_more(qtbot):
    office = OFFICES[0]
    _, shown = preview_kop(qtbot, [GOVERNMENT, office, ADDRESS], "F4", logo())
    office_lines = [(t, s) for t, s, *_ in shown["lines"][1:-1]]
    assert len(office_lines) >= 2 and all(s >= 13.5 for _, s in office_lines)
    assert all(x >= (30 + 28) * 72 / 25.4 - 0.01 for _, _, x, _ in shown["lines"])  # right of the logo


def test_the_mark_of_a_kop_not_set_takes_the_pdfs_room(qtbot, tmp_path):
    for paper in ("F4", "A4"):
        pdf = pdf_kop([], paper, None, tmp_path)
        _, shown = preview_kop(qtbot, [], paper, None)
        assert pdf["mark"] is not None and abs((pdf["mark"][1] - pdf["mark"][0]) - shown["mark"]) < 0.05
        assert abs(shown["rule"] - pdf["rule"]) < 0.05 and shown["lines"] == []


LINE = st.lists(st.text(st.characters(min_codepoint=0x21, max_codepoint=0x17F, categories=("L", "N", "P")) |
                        st.sampled_from("’é/-.,"), min_size=1, max_size=25),
                min_size=1, max_size=12).map(" ".join).map(lambda t: t[:100])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(office=LINE, address=LINE, with_logo=st.booleans(), paper=st.sampled_from(["F4", "A4"]))
def test_any_kop_breaks_where_the_pdf_breaks_it(qtbot, office, address, with_logo, paper):
    lines = [GOVERNMENT, office, address]
    image = logo() if with_logo else None
    with tempfile.TemporaryDirectory() as folder:
        pdf = pdf_kop(lines, paper, image, Path(folder))
    _, shown = preview_kop(qtbot, lines, paper, image)
    same_kop(pdf, shown)
