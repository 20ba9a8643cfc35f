"""The signed list's Unit Kerja column (the list not grouped by unit): a unit the row above already
names is printed "sda" (sama dengan atas), and a page's first row writes it out whole, so a long OPD
name no longer makes every row six lines tall."""
from __future__ import annotations

import pytest
from test_documents_support import UNITS
from test_layout_support import context, crossings, entry, read, render

from ikrar.reports.data import Group

NAMES = ["SITI AMINAH", "BUDI SANTOSO", "I KADEK RUDI", "ANDI IRWAN", "EUIS SURYANI", "DEDI KURNIAWAN"]
RUNS = [UNITS[0], UNITS[1], UNITS[5], UNITS[2]]  # three long OPD names and Dinas Kesehatan, 45 people each


def unit_cells(page) -> list[tuple[int, str]]:
    """(row number, the text of its Unit Kerja cell) for each row on *page*, top to bottom."""
    head = next(w for w in page.words if w["text"] == "Unit")
    left = max(x for x, top, bottom in page.vertical if x < head["x0"] and top <= head["top"] <= bottom)
    right = min(x for x, top, bottom in page.vertical if x > head["x1"] and top <= head["top"] <= bottom)
    labels = sorted(page.labels(), key=lambda w: w["top"])
    cells = []
    for label in labels:
        top = label["top"] - 3
        bottom = min(y for y, x0, x1 in page.horizontal if y > label["top"] + 1 and x0 <= left + 1 and x1 >= right - 1)
        words = [w for w in page.words if left <= w["x0"] and w["x1"] <= right
                 and top <= w["top"] < bottom and w["top"] > head["bottom"]]
        cells.append((int(label["text"][:-1]), " ".join(w["text"] for w in sorted(words, key=lambda w: (
            round(w["top"]), w["x0"])))))
    return cells


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_a_repeated_unit_is_sda_and_each_page_names_its_first_rows_unit(tmp_path, paper):
    entries = [entry(i, f"{NAMES[i % len(NAMES)]} {i}", unit=RUNS[i // 45]) for i in range(180)]
    pages = read(render(tmp_path / "list.pdf", [Group("", entries)], context(paper)))
    seen = {}
    for number, page in enumerate(pages, 1):
        cells = unit_cells(page)
        if not cells:
            continue
        first_number, first = cells[0]
        assert first != "sda" and first.split()[0] in ("Dinas", "Badan"), (number, cells[0])
        for row, text in cells[1:]:
            unit = RUNS[(row - 1) // 45]
            if (row - 1) % 45 == 0:  # a unit's first row names it
                assert text.startswith(unit.split()[0]) and text != "sda", (number, row, text)
            else:
                assert text == "sda", (number, row, text)
        seen.update(cells)
        assert not crossings(page), (number, crossings(page)[:3])
    assert sorted(seen) == list(range(1, 181))
    rows = [len(unit_cells(p)) for p in pages]
    # one-line names and units said once: a full page holds what the signature cells allow, not 4-10 rows
    assert min(rows[1:-1]) >= (20 if paper == "F4" else 17), rows
