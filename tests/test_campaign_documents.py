"""The not-signed list against a campaign's deadline as a PDF and a workbook (docs/campaigns.md):
`ikrar coverage --campaign ID --pdf/--xlsx`, read back with pdfplumber and openpyxl."""
from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pdfplumber
import pytest
from openpyxl import load_workbook
from test_documents_variants import check_pages, lone_approval

from ikrar.models import clock, settings
from ikrar.models.campaigns import create_campaign, create_campaign_event
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import resolve_units
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Unit
from ikrar.reports import data
from ikrar.reports.campaign_data import campaign_coverage
from ikrar.reports.documents import campaign_coverage as doc

WIB = timezone(timedelta(hours=7))
UNITS = ["Dinas Kesehatan", "Inspektorat", "Dinas Sosial"]
APPROVER = ("Kepala BKPSDM", "Drs. H. AHMAD BAHRI NASUTION, S.Sos., M.Si.", "196710101995031006")


@pytest.fixture
def campaign_db(tmp_path):
    """90 people in three units; a campaign with a deadline of 23 November 2026; in Dinas Kesehatan 5
    sign by the deadline and 2 after it, in Inspektorat 4 by the deadline."""
    clock.set_clock(datetime(2026, 11, 20, 8, 0, tzinfo=WIB))
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(90, seed=3, units=UNITS))
    for key, value in zip(("approver_position", "approver_name", "approver_nip"), APPROVER, strict=True):
        settings.set(key, value)
    campaign = create_campaign("Pakta Netralitas Pilkada 2026", "23-11-2026")
    event = create_campaign_event(campaign, "Pakta Dinkes", datetime(2026, 11, 23).date(),
                                  units=resolve_units(UNITS[:2]))
    health, inspect = (_people(u) for u in UNITS[:2])
    for day, people in ((23, health[:5] + inspect[:4]), (24, health[5:7])):
        clock.set_clock(datetime(2026, 11, day, 9, 0, tzinfo=WIB))
        for n, person in enumerate(people):
            check_in(event, Employee.get_by_id(person), strokes=demo_strokes(n))
    close_database()
    yield tmp_path / "cli.db", campaign.id, {"health": len(health), "inspect": len(inspect)}
    clock.set_clock(None)
    close_database()


def _people(unit: str) -> list[int]:
    return [e.id for e in Employee.select().join(Unit).where(Unit.name == unit).order_by(Employee.id)]


def _words(path) -> list[str]:
    with pdfplumber.open(str(path)) as pdf:
        return [" ".join(w["text"] for w in page.extract_words()) for page in pdf.pages]


def _summary_line(text: str, label: str) -> list[str]:
    """The counts after *label* on the summary table's row: Pegawai, Sudah, Terlambat, Belum, %."""
    after = text.split(f" {label} ", 1)[1].split()
    return after[:5]


def test_the_pdf_and_xlsx_read_back_with_rows_and_totals_that_add_up(cli, campaign_db, tmp_path):
    db_path, campaign_id, sizes = campaign_db
    pdf, xlsx = tmp_path / "tenggat.pdf", tmp_path / "tenggat.xlsx"
    code, out, err = cli("coverage", "--campaign", campaign_id, "--pdf", str(pdf), "--xlsx", str(xlsx), "--json")
    assert code == 0, err
    assert json.loads(out)["files"] == [str(pdf), str(xlsx)]
    pages = _words(pdf)
    text = " ".join(pages)
    assert "BELUM MENANDATANGANI PAKTA SAMPAI 23 NOVEMBER 2026" in text
    assert "Pakta Netralitas Pilkada 2026" in text
    health = _summary_line(text, "Dinas Kesehatan")
    assert health[:4] == [str(sizes["health"]), "5", "2", str(sizes["health"] - 7)]
    inspect = _summary_line(text, "Inspektorat")
    assert inspect[:4] == [str(sizes["inspect"]), "4", "0", str(sizes["inspect"] - 4)]
    total = _summary_line(text, "JUMLAH")
    assert total[:4] == ["90", "9", "2", "79"] and int(total[0]) == sum(int(x) for x in total[1:4])
    # the list: the late ones (with when) and those who never signed; one caption per OPD with its count
    assert f"Dinas Kesehatan — {sizes['health'] - 5} orang" in text
    assert f"Inspektorat — {sizes['inspect'] - 4} orang" in text
    assert text.split().count("terlambat:") == 2 and "09.00 WIB" in text  # in Ket.: when the late ones signed
    assert not check_pages(pdf, "campaign-coverage")[:8]
    assert not lone_approval(pdf), lone_approval(pdf)

    wb = load_workbook(xlsx)
    rows = [r for r in wb["Per OPD"].iter_rows(min_row=5, values_only=True) if r[1]]
    by_unit = {r[1]: r[2:6] for r in rows if r[2] is not None}
    assert by_unit["Dinas Kesehatan"] == (sizes["health"], 5, 2, sizes["health"] - 7)
    assert by_unit["JUMLAH"] == (90, 9, 2, 79)
    listed = [r for r in wb["Belum TTD"].iter_rows(min_row=5, values_only=True) if r[0]]
    assert len(listed) == 81 and sum(1 for r in listed if r[6]) == 2  # 79 never + 2 late


def test_with_units_the_list_is_the_cli_rows_and_wrong_input_is_one_sentence(cli, campaign_db, tmp_path):
    _, campaign_id, sizes = campaign_db
    pdf = tmp_path / "dinkes.pdf"
    code, out, _ = cli("coverage", "--campaign", campaign_id, "--unit", "Dinas Kesehatan", "--pdf", str(pdf))
    assert code == 0
    printed = [line for line in out.splitlines() if line.startswith("  Dinas Kesehatan |")]
    text = " ".join(_words(pdf))
    assert len(printed) == sizes["health"] - 5 and "Inspektorat" not in text
    flat = text.replace(" ", "")
    for line in printed:  # every person the CLI prints is in the PDF: by NIP, a non-ASN by name (no NIK printed)
        _, code_, name = line.split(" | ")
        assert (code_ if len(code_) == 18 else name.replace(" ", ""))[:12] in flat, line
    code, out, err = cli("coverage", "--campaign", campaign_id, "--pdf", str(tmp_path / "no-dir" / "x.pdf"))
    assert code == 1 and "Traceback" not in err + out and err.strip().count("\n") == 0


def test_the_approval_block_stays_with_rows_around_a_page_boundary(tmp_path, campaign_db):
    db_path, campaign_id, _ = campaign_db
    open_database(db_path)
    from ikrar.models.campaigns import find_campaign

    found = campaign_coverage(find_campaign(campaign_id))
    ctx = data.office_context(fixed_date=True)
    close_database()
    one_unit = [dataclasses.replace(p, unit_name="Dinas Kesehatan") for p in found.people]
    pages_before, checked = None, 0
    for n in range(20, 81):
        path = tmp_path / f"n{n}.pdf"
        pages = doc.render_pdf(ctx, dataclasses.replace(found, people=one_unit[:n]), path, fp="0" * 12)
        if pages_before is not None and pages > pages_before:  # n - 1 rows: the last page as full as it gets
            for m in (n - 1, n):
                assert not lone_approval(tmp_path / f"n{m}.pdf"), (m, lone_approval(tmp_path / f"n{m}.pdf"))
            checked += 1
        pages_before = pages
    assert checked >= 1
