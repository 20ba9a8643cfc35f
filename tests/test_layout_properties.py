"""The layout rules of tests/test_layout_signed_list.py for the other lists of people: the not-signed list
and the regency-wide coverage list (issue 14). Names, positions, ranks, unit names (the caption
bands and the coverage's units table) and notes are any text of any length and character (long words
without spaces, '/', '-', ’, é, combining accents, odd but printable Unicode); read back with
pdfplumber, no character crosses a rule (a word outside its column) or lies outside the page's side
margins, none is under 9 pt, every row is there once and in order, and the "Mengetahui," block is on
the last page with rows of the table before it."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_layout_signed_list import check_page, entries, text
from test_layout_support import Page, context, crossings, off_sheet, read, too_small

from ikrar.models.queries.coverage import Coverage, PersonCoverage, UnitCoverage
from ikrar.reports.data import CoverageData, Group
from ikrar.reports.documents import coverage, not_signed

# Beyond test_layout_signed_list's characters: combining accents (a decomposed "é"), Latin Extended
# Additional ("ễ"), letter-like symbols, dashes and a no-break space, none of them control characters.
ODD = st.sampled_from(["e\u0301", "Ne\u0301ne\u0301", "ễ", "ẞ", "ƒ", "№", "™", "‰", "‐", "‑", "\u00a0", "ŉ", "Ǆ",
                       "ﬁ", "…", "·", "«»", "Ⅻ"])
LONG = st.integers(40, 160).map(lambda n: "PENGADMINISTRASIPERKANTORAN"[: n % 27 + 1] * (n // 27 + 1))
ANY = st.one_of(text(6), text(6), st.lists(st.one_of(ODD, LONG, text(2)), min_size=1, max_size=5).map(
    lambda parts: " ".join(parts).strip() or "X"))
# Who is on these lists: present without signing (with the reason as the note), absent, not recorded.
PEOPLE = st.fixed_dictionaries({"name": ANY, "position": ANY, "unit": ANY, "rank": text(3), "note": ANY,
                                "kind": st.sampled_from(["cannot sign", "absent", "not recorded"]),
                                "nip": st.booleans()})
MM = 72 / 25.4
LEFT = 30 * MM


def numbers_in_order(pages: list[Page], groups: list[list]) -> None:
    """Each table's rows numbered 1..n, once each, in order: no row lost or printed twice. A row's number
    is the word in the No. column (right of the table's left rule, within 8 mm of it) of a table row."""
    found = [int(w["text"]) for p in pages for w in sorted(p.words, key=lambda w: w["top"])
             if w["text"].isdigit() and w["x1"] < LEFT + 8 * MM and "Bold" not in w["fontname"]
             and any(abs(x - LEFT) < 1 and top <= w["top"] <= bottom for x, top, bottom in p.vertical)]
    expected = [n for members in groups for n in range(1, len(members) + 1)]
    assert found == expected, (found, expected)


def approval_with_rows(pages: list[Page]) -> None:
    signing = [n for n, p in enumerate(pages) if "Mengetahui," in p.text()]
    assert signing == [len(pages) - 1], signing
    block = min(w["top"] for w in pages[-1].words if w["text"] == "Mengetahui,")
    assert any(w["text"].isdigit() and w["top"] < block and w["x1"] < LEFT + 8 * MM for w in pages[-1].words)


def check(page: Page) -> None:
    assert not crossings(page), crossings(page)[:5]
    assert not off_sheet(page), off_sheet(page)[:5]
    assert not too_small(page), too_small(page)[:5]


def units_of(groups: list[list[dict]], names: list[str]) -> list[tuple[str, list[dict]]]:
    return [(names[n % len(names)] + ("" if n < len(names) else f" {n}"), people) for n, people in enumerate(groups)]


NOT_SIGNED = dict(groups=st.lists(st.lists(PEOPLE, min_size=1, max_size=4), min_size=1, max_size=3),
                  units=st.lists(ANY, min_size=1, max_size=3), paper=st.sampled_from(["F4", "A4"]), approver=ANY)
COVERAGE = dict(groups=st.lists(st.lists(PEOPLE, min_size=1, max_size=4), min_size=1, max_size=3),
                units=st.lists(ANY, min_size=1, max_size=3), paper=st.sampled_from(["F4", "A4"]))
QUICK = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LONG_RUN = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(**NOT_SIGNED)
@example(groups=[[{"name": "A" * 150, "position": "Kepala/Subbagian/Umum/Kepegawaian/Keuangan" * 3,
                   "unit": "x", "rank": "Penata Muda Tingkat I, III/b", "note": "é" * 200, "kind": "absent",
                   "nip": True}]], units=["Dinas " + "Pemberdayaan" * 20], paper="A4", approver="B" * 90)
def test_the_not_signed_list_keeps_any_text_in_its_cells(groups, units, paper, approver):
    not_signed_list(groups, units, paper, approver)


@pytest.mark.slow
@LONG_RUN
@given(**{**NOT_SIGNED, "groups": st.lists(st.lists(PEOPLE, min_size=1, max_size=25), min_size=1, max_size=4)})
def test_longer_not_signed_lists_of_any_text(groups, units, paper, approver):
    not_signed_list(groups, units, paper, approver)


def not_signed_list(groups, units, paper, approver) -> None:
    built, start = [], 0
    for unit, people in units_of(groups, units):
        built.append(Group(unit, entries(people, start)))
        start += len(people)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "belum.pdf"
        not_signed.render(context(paper, approver_name=approver), built, path, fp="0123456789ab")
        pages = read(path)
    for page in pages:
        check(page)
    numbers_in_order(pages, groups)
    approval_with_rows(pages)


def person(n: int, p: dict, unit: str) -> PersonCoverage:
    nip = "198004152000112071" if p["nip"] else None
    return PersonCoverage(n, nip, None if nip else "3201014509900001", p["name"], "", "", p["rank"][:12],
                          p["position"], "PNS" if nip else "NON_ASN", n, unit, None,
                          p["note"] if not nip else "")


@QUICK
@given(**COVERAGE)
def test_the_coverage_list_keeps_any_text_in_its_cells(groups, units, paper):
    coverage_list(groups, units, paper)


@pytest.mark.slow
@LONG_RUN
@given(**{**COVERAGE, "groups": st.lists(st.lists(PEOPLE, min_size=1, max_size=25), min_size=1, max_size=4)})
def test_longer_coverage_lists_of_any_text(groups, units, paper):
    coverage_list(groups, units, paper)


def coverage_list(groups, units, paper) -> None:
    named = units_of(groups, units)
    people = [person(n, p, unit) for unit, members in named for n, p in enumerate(members)]
    summary = Coverage(True, [UnitCoverage(n, unit, len(members) + 3, 3) for n, (unit, members) in enumerate(named)],
                       UnitCoverage(None, "", sum(len(m) + 3 for m in groups), 3 * len(groups)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cakupan.pdf"
        coverage.render_pdf(context(paper), CoverageData(summary, people), path, fp="0123456789ab")
        pages = read(path)
    for page in pages:
        check(page)
    approval_with_rows(pages)
    assert re.search(r"Halaman 1 dari \d+", pages[0].text())


def test_the_checks_see_a_word_outside_its_column(tmp_path):
    """The reader is not blind: the signed list's check finds a character drawn across a rule."""
    from test_layout_signed_list import ordinary
    from test_layout_support import render
    pages = read(render(tmp_path / "list.pdf", ordinary(3)))
    page = pages[0]
    rule, top, bottom = next(line for line in page.vertical if line[2] - line[1] > 20)
    crossing = next(c for c in page.chars if top + 2 < c["top"] < bottom - 12)
    page.chars.append({**crossing, "x0": rule - 3, "x1": rule + 3})
    assert crossings(page)
    try:
        check_page(page)
    except AssertionError:
        return
    raise AssertionError("check_page missed a character across a rule")
