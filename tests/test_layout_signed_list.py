"""The signed list's layout rules, for any data: read back with pdfplumber, no character crosses a
rule (text outside its cell) or lies outside the page's side margins, none is smaller than 9 pt, each
zig-zag half of the TTD cell is at least 25 mm and holds its row's signature or note, and the
approval block never stands alone on a page. Names, positions, ranks, units and notes are any text
of any length (long words, '/', '-', ’, é …); examples are a few rows each so this runs in seconds."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_layout_support import MM, Page, context, crossings, entry, off_sheet, read, render, sign_columns, too_small

from ikrar.models.demo.build import generate_people
from ikrar.models.identifiers import format_nip
from ikrar.reports.data import Group

CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x24F, categories=("L", "N", "P", "S")) | \
    st.sampled_from("’‘“”–—éÉ/-.,")
WORD = st.text(CHARS, min_size=1, max_size=45)


def text(most: int):
    """Up to *most* words joined by spaces, '/' or '-' (so a run of them may be one long word)."""
    return st.lists(st.tuples(WORD, st.sampled_from([" ", " ", " ", "/", "-", ", "])), max_size=most).map(
        lambda parts: "".join(w + sep for w, sep in parts).strip(" ,/-") or "X")


PERSON = st.fixed_dictionaries({
    "name": text(6), "position": text(6), "unit": text(5), "rank": text(3), "note": text(8),
    "kind": st.sampled_from(["signed", "signed", "cannot sign", "absent", "not recorded"]),
    "nip": st.booleans()})


def entries(people: list[dict], start: int = 0) -> list:
    out = []
    for i, p in enumerate(people, start):
        kind = p["kind"]
        status = {"signed": "H", "cannot sign": "H", "absent": "S", "not recorded": None}[kind]
        out.append(entry(i, p["name"], position=p["position"], unit=p["unit"], rank=p["rank"],
                         nip="19800415 200011 2 071" if p["nip"] else "", status=status, signed=kind == "signed",
                         note=p["note"] if kind != "signed" else ""))
    return out


def check_page(page: Page) -> None:
    assert not crossings(page), crossings(page)[:5]
    assert not off_sheet(page), off_sheet(page)[:5]
    assert not too_small(page), too_small(page)[:5]
    for left, right, top, bottom in sign_columns(page):
        assert (right - left) / 2 >= 25 * MM - 0.01
        middle = (left + right) / 2
        inside = [c for c in page.chars if "Italic" in c["fontname"] and left <= c["x0"] and c["x1"] <= right]
        for c in inside:  # a note stays in its half
            assert c["x1"] <= middle + 0.5 or c["x0"] >= middle - 0.5, c
        for curve in page.curves:  # a signature stays in its half and its row
            if left - 1 <= curve["x0"] and curve["x1"] <= right + 1 and top <= curve["top"] <= bottom:
                assert curve["x1"] <= middle + 0.5 or curve["x0"] >= middle - 0.5
                assert not any(curve["top"] + 0.5 < y < curve["bottom"] - 0.5 for y, x0, x1 in page.horizontal
                               if x0 <= curve["x0"] <= x1)


def check_approval(pages: list[Page], last_rows: int) -> None:
    """The page with "Mengetahui," also has the last rows (at least 3, or all of a shorter last table)."""
    signing = [p for p in pages if "Mengetahui," in p.text()]
    assert len(signing) == 1
    assert signing[0] is pages[-1]
    assert len(signing[0].labels()) >= min(3, last_rows)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups=st.lists(st.lists(PERSON, min_size=1, max_size=4), min_size=1, max_size=3),
       grouped=st.booleans(), all_expected=st.booleans(), paper=st.sampled_from(["F4", "A4"]),
       approver=text(8))
def test_any_text_stays_in_its_cell_at_9_pt_or_more(groups, grouped, all_expected, paper, approver):
    built, start = [], 0
    for n, people in enumerate(groups):
        built.append(Group(f"Unit {n}", entries(people, start)))
        start += len(people)
    with tempfile.TemporaryDirectory() as folder:
        pages = read(render(Path(folder) / "list.pdf", built, context(paper, approver_name=approver),
                            grouped=grouped, all_expected=all_expected))
    for page in pages:
        check_page(page)
    check_approval(pages, len(built[-1].entries))


@pytest.mark.parametrize("count", range(16, 25))
def test_the_approval_block_is_never_alone_on_its_page(tmp_path, count):
    """Around the row count where the table just fills the first page (and the block would not fit):
    the last rows go over with the block."""
    people = [entry(i, f"PESERTA NOMOR {i}, S.Pd.") for i in range(count)]
    pages = read(render(tmp_path / "list.pdf", [Group("Dinas Kesehatan", people)]))
    check_approval(pages, count)
    numbers = [int(w["text"][:-1]) for p in pages for w in p.labels()]
    assert numbers == list(range(1, count + 1))  # every row once, in order


def ordinary(count: int, seed: int = 7) -> list[Group]:
    """The demo's made-up people (titles, degrees, ranks, positions, units), grouped by unit."""
    groups: dict[str, list] = {}
    for i, p in enumerate(generate_people(count, seed=seed)):
        name = " ".join(x for x in (p["front_title"], p["name"]) if x) + (f", {p['back_title']}" if p["back_title"] else "")
        rank = "Non-ASN" if p["category"] == "NON_ASN" else (
            f"PPPK {p['golongan']}" if p["category"].startswith("PPPK") else f"{p['pangkat']}, {p['golongan']}")
        groups.setdefault(p["unit"], []).append(entry(i, name, position=p["position"], unit=p["unit"], rank=rank,
                                                      nip=format_nip(p["nip"]) if p.get("nip") else ""))
    return [Group(unit, people) for unit, people in groups.items()]


def test_a_grouped_f4_page_holds_18_rows_or_more_of_ordinary_names(tmp_path):
    pages = read(render(tmp_path / "list.pdf", ordinary(240), context("F4"), grouped=True))
    rows = [len(p.labels()) for p in pages]
    assert len(rows) >= 3 and min(rows[:-1]) >= 18, rows  # the last page: what is left, with the block
    for page in pages:
        check_page(page)


def test_each_half_of_the_signature_cell_is_25_mm_on_both_papers(tmp_path):
    for paper in ("F4", "A4"):
        for grouped in (False, True):
            pages = read(render(tmp_path / f"{paper}{grouped}.pdf", ordinary(30), context(paper), grouped=grouped,
                                all_expected=True))
            columns = [c for p in pages for c in sign_columns(p)]
            assert columns and all((right - left) / 2 >= 25 * MM - 0.01 for left, right, _, _ in columns)
            assert ("Unit Kerja" in pages[0].text()) is not grouped  # the unit's column only when not grouped


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(groups=st.lists(st.lists(PERSON, min_size=1, max_size=30), min_size=1, max_size=4),
       grouped=st.booleans(), all_expected=st.booleans(), paper=st.sampled_from(["F4", "A4"]))
def test_longer_lists_of_any_text(groups, grouped, all_expected, paper):
    built, start = [], 0
    for n, people in enumerate(groups):
        built.append(Group(f"Unit {n}", entries(people, start)))
        start += len(people)
    with tempfile.TemporaryDirectory() as folder:
        pages = read(render(Path(folder) / "list.pdf", built, context(paper), grouped=grouped,
                            all_expected=all_expected))
    for page in pages:
        check_page(page)
    check_approval(pages, len(built[-1].entries))
    assert re.search(r"Halaman 1 dari \d+", pages[0].text())
