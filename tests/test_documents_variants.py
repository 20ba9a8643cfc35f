"""Every PDF variant of reports/api.py (issue 14): the "Mengetahui," block never alone on its last page,
whatever the number of rows, and every page of every variant inside the paper at 9 pt or more.

The approval block's test renders each document from the data of a real-format apel
(test_documents_support) cut or repeated to *n* rows, so that a row count is one render: the row
counts tried are the ones around a page boundary (where one more row adds a page, i.e. where the
last page is nearly full), a whole page's cycle of them (slow), and any count (hypothesis, slow).
"Alone" is read back with pdfplumber: the page holding "Mengetahui," and the approver's name and
NIP must hold, above the block, a table row (a number in the No. column) or the totals ("Jumlah …",
"JUMLAH")."""
from __future__ import annotations

import dataclasses
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_documents_support import APPROVED, UNITS, VARIANTS, real_apel, render
from test_layout_support import context as layout_context
from test_layout_support import entry
from test_layout_support import read as read_layout
from test_layout_support import render as render_list

from ikrar.models import clock
from ikrar.models.demo.build import generate_people
from ikrar.models.identifiers import format_nip
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.reports import data
from ikrar.reports.data import Group
from ikrar.reports.documents import coverage, not_signed, recap, signed_list

MM = 72 / 25.4
LEFT, RIGHT = 30 * MM, 20 * MM
APPROVER_NIP = "NIP. 19671010 199503 1 006"
APPROVER_NAME = "NASUTION,"  # a word of the approver's name ("… BAHRI NASUTION, S.Sos., M.Si.")
WIB = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A real-format apel of 120 people, and its data read once (the renderers take data, not the database)."""
    folder = tmp_path_factory.mktemp("variants")
    open_database(folder / "ikrar.db")
    clock.set_clock(datetime(2026, 11, 23, 7, 20, tzinfo=WIB))
    try:
        event = real_apel(120)
        found = Source(event, folder)
        yield found
    finally:
        clock.set_clock(None)
        close_database()


class Source:
    def __init__(self, event, folder: Path):
        self.event, self.folder = event, folder
        self.contexts = {paper: self._context(data.context(event, paper=paper, fixed_date=True))
                         for paper in ("F4", "A4")}
        self.office = {paper: data.office_context(paper=paper, fixed_date=True) for paper in ("F4", "A4")}
        self.lists = {(grouped, everyone): data.attendance_list(event, all_expected=everyone, by_unit=grouped)
                      for grouped in (False, True) for everyone in (False, True)}
        self.not_signed = data.not_signed_list(event)
        self.recap = data.recap(event)
        self.coverage = data.coverage()

    @staticmethod
    def _context(ctx):
        totals = ctx.count_totals()  # counted now: the renders below may run after the database is closed
        ctx.count_totals = lambda: totals
        return ctx


def more(items: list, n: int, rename=None) -> list:
    """The first *n* of *items*, repeated as often as needed (each copy renamed by *rename*)."""
    out = []
    while len(out) < n:
        for item in items[: n - len(out)]:
            out.append(rename(item, len(out)) if rename else item)
    return out


def listed(groups: list, n: int) -> list:
    """*n* rows of the listed groups (their first rows, repeated), the people apart kept as they are."""
    inside = [(g, e) for g in groups if not g.outside for e in g.entries]
    rows, cut = more(inside, n), {}
    for group, row in rows:
        cut.setdefault(group.unit, dataclasses.replace(group, entries=[])).entries.append(row)
    return [*cut.values(), *(g for g in groups if g.outside)]


def _unit(unit, k):
    return dataclasses.replace(unit, unit_name=f"{unit.unit_name} {k + 1}")


# (document, paper, signed list grouped by unit, all expected): the variants that end with the block.
KINDS = {
    "signed-f4": ("signed", "F4", False, False), "signed-a4": ("signed", "A4", False, False),
    "signed-by-unit-f4": ("signed", "F4", True, False), "signed-by-unit-a4": ("signed", "A4", True, False),
    "signed-all-expected-f4": ("signed", "F4", False, True), "signed-all-expected-a4": ("signed", "A4", False, True),
    "signed-by-unit-all-expected-f4": ("signed", "F4", True, True),
    "signed-by-unit-all-expected-a4": ("signed", "A4", True, True),
    "recap-f4": ("recap", "F4", False, False), "recap-a4": ("recap", "A4", False, False),
    "not-signed-f4": ("not-signed", "F4", False, False), "not-signed-a4": ("not-signed", "A4", False, False),
    "coverage-f4": ("coverage", "F4", False, False), "coverage-a4": ("coverage", "A4", False, False),
}
# The fewest rows that make several pages (3 or more) of each document with this data.
FIRST = {"signed": 30, "recap": 40, "not-signed": 60, "coverage": 70}


def render_rows(src: Source, kind: str, n: int, path: Path) -> int:
    """The document *kind* with *n* rows in its main table; its number of pages."""
    doc, paper, grouped, everyone = KINDS[kind]
    ctx, fp = src.contexts[paper], "0123456789ab"
    if doc == "signed":
        return signed_list.render(ctx, listed(src.lists[grouped, everyone], n), path, fp=fp, grouped=grouped,
                                  all_expected=everyone)
    if doc == "not-signed":
        return not_signed.render(ctx, listed(src.not_signed, n), path, fp=fp)
    if doc == "recap":
        return recap.render(ctx, dataclasses.replace(src.recap, units=more(src.recap.units, n, _unit)), path, fp=fp)
    summary = dataclasses.replace(src.coverage.summary, units=more(src.coverage.summary.units, max(1, n // 20), _unit))
    found = dataclasses.replace(src.coverage, summary=summary, people=more(src.coverage.people, n))
    return coverage.render_pdf(src.office[paper], found, path, fp=fp)


def lone_approval(path: Path) -> str:
    """Why the approval block stands alone on its page, or "" when it does not."""
    with pdfplumber.open(str(path)) as pdf:
        pages = [p.extract_words() for p in pdf.pages]
        width = float(pdf.pages[0].width)
    holding = [n for n, words in enumerate(pages) if any(w["text"] == "Mengetahui," for w in words)]
    if len(holding) != 1:
        return f"'Mengetahui,' on pages {holding}"
    n = holding[0]
    text = " ".join(w["text"] for w in pages[n])
    if n != len(pages) - 1 or APPROVER_NIP not in text or APPROVER_NAME not in text:
        return f"the block on page {n + 1} of {len(pages)}, its name and NIP elsewhere"
    block = min(w["top"] for w in pages[n] if w["text"] == "Mengetahui,") - 14  # the place and date line above
    above = [w for w in pages[n] if w["top"] < block]
    rows = [w for w in above if w["text"].isdigit() and w["x0"] < LEFT + 12 * MM and w["x1"] < width - RIGHT]
    totals = [w for w in above if w["text"] in ("Jumlah", "JUMLAH")]
    return "" if rows or totals else f"page {n + 1}: nothing above the block but {[w['text'] for w in above][:12]}"


def boundary(src: Source, kind: str, folder: Path) -> int:
    """The first row count from FIRST on, at 3 pages or more, where one more row adds a page."""
    n = FIRST[KINDS[kind][0]]
    while (pages := render_rows(src, kind, n, folder / "scan.pdf")) < 3:
        n += 5
    for m in range(n + 1, n + 120):
        more_pages = render_rows(src, kind, m, folder / "scan.pdf")
        if more_pages > pages:
            return m - 1
        pages = more_pages
    raise AssertionError(f"{kind}: no page boundary between {n} and {n + 120} rows")


@pytest.mark.parametrize("kind", KINDS)
def test_the_approval_is_never_alone_where_the_last_page_is_nearly_full(source, kind, tmp_path):
    """At the row count where the last page is as full as it gets (one more row adds a page), and at
    one more: the block stays with rows or totals."""
    edge = boundary(source, kind, tmp_path)
    for n in (edge - 1, edge, edge + 1):
        path = tmp_path / f"{kind}-{n}.pdf"
        assert render_rows(source, kind, n, path) >= 3
        assert not lone_approval(path), (kind, n, lone_approval(path))


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_the_approval_is_never_alone_over_a_page_of_row_counts(source, kind, tmp_path):
    """Every row count from the boundary on, for as many rows as a page holds and a few more."""
    edge = boundary(source, kind, tmp_path)
    first = FIRST[KINDS[kind][0]]
    for n in range(edge - 2, edge + max(12, edge - first) + 3):
        path = tmp_path / f"{kind}-{n}.pdf"
        render_rows(source, kind, n, path)
        assert not lone_approval(path), (kind, n, lone_approval(path))


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(list(KINDS)), extra=st.integers(0, 150))
def test_the_approval_is_never_alone_at_any_row_count(source, kind, extra):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        render_rows(source, kind, FIRST[KINDS[kind][0]] + extra, path)
        assert not lone_approval(path), (kind, extra, lone_approval(path))


def check_pages(path: Path, name: str) -> list[str]:
    """Characters outside the paper (or, but on the QR card sheets, the side margins) or under 9 pt, on
    the first, a middle and the last page."""
    faults = []
    cards = name.startswith("qr-cards")
    with pdfplumber.open(str(path)) as pdf:
        count = len(pdf.pages)
        for number in sorted({1, (count + 1) // 2, count}):
            page = pdf.pages[number - 1]
            left, right = (0, float(page.width)) if cards else (LEFT, float(page.width) - RIGHT)
            for c in page.chars:
                if not c["text"].strip():
                    continue
                if c["x0"] < left - 0.5 or c["x1"] > right + 0.5 or c["top"] < 0 or c["bottom"] > page.height:
                    faults.append(f"p{number} {c['text']!r} at x {c['x0']:.1f}-{c['x1']:.1f} y {c['top']:.1f}")
                if c["size"] < 9 - 1e-6:
                    faults.append(f"p{number} {c['text']!r} at {c['size']:.2f} pt")
    return faults


@pytest.mark.parametrize("name", VARIANTS)
def test_every_variant_of_a_real_apel_stays_on_the_paper_at_9_pt(source, name):
    path = render(name, source.event, source.folder)
    assert not check_pages(path, name)[:8], name
    if name in APPROVED:
        assert not lone_approval(path), (name, lone_approval(path))


def test_the_grouped_f4_list_of_one_line_names_holds_18_rows_a_full_page(tmp_path):
    """Ordinary names, each on one line of its cell (the NIP on the next), in real units of 30 to 60
    people: every page but the last (which holds the approval block) has at least 18 rows."""
    people = [p for p in generate_people(900, seed=5, units=UNITS[1:5]) if len(p["name"]) <= 18 and p.get("nip")]
    groups: dict[str, list] = {}
    for i, p in enumerate(people[:200]):
        groups.setdefault(p["unit"], []).append(
            entry(i, p["name"], position=p["position"], unit=p["unit"], nip=format_nip(p["nip"]),
                  rank=f"{p['pangkat']}, {p['golongan']}" if p["category"] == "PNS" else f"PPPK {p['golongan']}"))
    pages = read_layout(render_list(tmp_path / "list.pdf", [Group(u, e) for u, e in groups.items()],
                                    layout_context("F4"), grouped=True))
    rows = [len(p.labels()) for p in pages]
    assert len(rows) >= 4 and min(rows[:-1]) >= 18, rows
    assert sum(rows) == 200
    names = {e.name for g in groups.values() for e in g}
    for page in pages:  # one line each: the line right above each NIP, in its column, is a whole name
        for nip in (w for w in page.words if w["text"].isdigit() and len(w["text"]) == 8 and w["x0"] < 70 * MM):
            edge = min(x for x, top, bottom in page.vertical if x > nip["x1"] and top <= nip["top"] <= bottom)
            line = [w for w in page.words if nip["x0"] - 1 < w["x0"] and w["x1"] < edge
                    and 8 < nip["top"] - w["top"] < 14]
            assert " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])) in names, line


@pytest.mark.parametrize("kind", ["recap-f4", "recap-a4"])
def test_the_recap_of_a_regency_s_many_units_charts_them_on_as_many_pages_as_it_takes(source, kind, tmp_path):
    """130 units: one bar each is taller than a page; the chart goes on in pieces, each within the
    frame, the later ones '(lanjutan)' (one drawing that size could not be placed: the recap failed)."""
    path = tmp_path / "rekap.pdf"
    render_rows(source, kind, 130, path)
    with pdfplumber.open(str(path)) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    pieces = [t for t in texts if "Cakupan per unit kerja" in t]
    assert len(pieces) >= 3 and all("(lanjutan)" in t for t in pieces[1:]) and "(lanjutan)" not in pieces[0]
    lines = {line.strip() for t in pieces for line in t.splitlines()}
    short = [u.unit_name for u in more(source.recap.units, 130, _unit) if len(u.unit_name) < 24]
    assert len(short) > 30 and all(name in lines for name in short)  # each unit's bar, its name whole
    assert not check_pages(path, kind) and not lone_approval(path)
