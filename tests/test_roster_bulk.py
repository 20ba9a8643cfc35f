"""Large imports: the second process that checks rows (models/roster/pipeline.py), which must give
exactly what the serial path gives; and the roster rows other tests import (roster_rows, write_csv,
dump, notes). The bulk write itself (models/store/bulk.py) is test_store_bulk.py's."""
from __future__ import annotations

import csv
import gc
import importlib.util
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikrar.models.roster import ImportCancelled, RosterError, import_roster, pieces, pipeline, xlsx
from ikrar.models.roster import worker as worker_mod
from ikrar.models.roster.rows import RowParser
from ikrar.models.search.fold import fold_name
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "roster_fixtures", Path(__file__).parent / "data" / "roster" / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

HEAD = ["NIP", "NIK", "NAMA", "GELAR DEPAN", "TANGGAL LAHIR", "JENIS KELAMIN", "STATUS", "GOLONGAN", "JABATAN",
        "UNIT KERJA"]
FIRST = ["Ahmad", "Siti", "Budi", "Dewi", "Joko", "Wayan", "Made", "Nur", "Rahmat", "Indah"]
LAST = ["Santoso", "Wijaya", "Lestari", "Hidayat", "Siregar", "Permana", "Gunawan", "Handayani"]


def nip_of(i: int) -> str:
    """A valid, distinct PNS NIP for i < 9000."""
    year, day = 1970 + i % 30, 1 + i % 28
    return f"{year}01{day:02d}{year + 25}03{1 + i % 2}{1 + i // 9:03d}"[:18]


def name_of(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[i * 7 % len(LAST)]} {i}"


def roster_rows(n: int) -> list[list]:
    """n rows with everything the checks react to: blank rows, bad and duplicate NIPs, NIK-only rows,
    NIK warnings, category conflicts, unreadable birth dates, titles and units."""
    rows = []
    for i in range(n):
        nip = nip_of(i % 8000)
        nik = f"3201{10 + i % 30:02d}{1 + i % 28 + (40 if i % 2 else 0):02d}0185{i % 10000:04d}"
        name = name_of(i)
        row = [nip, nik, name, ["", "Dr.", "H."][i % 3], f"{1 + i % 28:02d}-01-{1970 + i % 30}",
               "L" if i % 2 == 0 else "P", "PNS", ["III/a", "IV/b", "II/c"][i % 3], "Staf", f"Dinas {i % 7}"]
        kind = i % 97
        if kind == 1:
            row[0] = "1" + nip[1:4] + "13" + nip[6:]  # month 13
        elif kind == 2:
            row[0] = ""  # NIK only: NON_ASN
            row[6] = "Honorer"
        elif kind == 3:
            row = [""] * len(HEAD)  # a blank row
        elif kind == 4:
            row[0] = nip_of((i - 50) % 8000) if i >= 50 else nip  # a duplicate NIP
        elif kind == 5:
            row[1] = row[1][:6] + "3213" + row[1][10:]  # NIK with a month 13: a warning
        elif kind == 6:
            row[6] = "PPPK"  # conflicts with the PNS NIP: a warning
        elif kind == 7:
            row[4] = "kemarin"  # unreadable birth date: a warning
        elif kind == 8:
            row[2] = ""  # no name
        elif kind == 9:
            row[1] = "0001" + row[1][4:]  # bad NIK region next to a good NIP: dropped with a warning
        rows.append(row)
    return rows


def write_csv(path: Path, rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        w.writerows(rows)
    return path


def dump() -> list[tuple]:
    return db.execute_sql(
        "SELECT e.nip, e.nik, e.name, e.front_title, e.gender, e.birth_date, e.category, e.golongan, e.pangkat,"
        " e.position, u.name, e.search_key, e.roster_order, e.active FROM employee e"
        " LEFT JOIN unit u ON u.id = e.unit_id ORDER BY e.roster_order").fetchall()


def notes(report) -> tuple:
    return ([r.to_dict() for r in report.rejected], [w.to_dict() for w in report.warnings],
            (report.rows, report.created, report.updated, report.unchanged, report.units_created))


def import_into(path: Path, dbfile: Path, **kw):
    open_database(dbfile)
    try:
        report = import_roster(path, **kw)
        return report, dump()
    finally:
        close_database()


@pytest.fixture
def force_parallel(monkeypatch):
    """Every file goes through the worker, in small pieces."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ROWS", 0)
    monkeypatch.setattr(pipeline, "CHUNK", 97)
    monkeypatch.setattr(pieces, "PIECE", 2048)
    monkeypatch.setattr(xlsx, "PIECE", 4096)
    monkeypatch.delenv("IKRAR_IMPORT_WORKERS", raising=False)
    started = []
    real = pipeline.start_worker

    def start(*args):
        worker = real(*args)
        started.append(worker)
        return worker

    monkeypatch.setattr(pipeline, "start_worker", start)
    return started


def count_deliveries(monkeypatch) -> list:
    """Pieces whose results came from the worker (one entry each)."""
    delivered = []
    real = worker_mod.Worker.results

    def results(self, index, block):
        out = real(self, index, block)
        if out:
            delivered.append(index)
        return out

    monkeypatch.setattr(worker_mod.Worker, "results", results)
    return delivered


# --- the second process -------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["shared", "mostly_worker", "no_worker"])
def test_parallel_import_equals_serial(tmp_path, monkeypatch, force_parallel, mode):
    path = write_csv(tmp_path / "roster.csv", roster_rows(1500))
    delivered = count_deliveries(monkeypatch)
    if mode == "mostly_worker":  # this process slowed down: the worker claims most pieces
        real = pieces.CsvPieces.rows_of
        monkeypatch.setattr(pieces.CsvPieces, "rows_of", lambda self, piece: time.sleep(0.05) or real(self, piece))
    elif mode == "no_worker":
        monkeypatch.setattr(pipeline, "start_worker", lambda *a: force_parallel.append(None))
    parallel, parallel_rows = import_into(path, tmp_path / "p.db", deactivate_missing=True)
    if mode == "no_worker":
        assert force_parallel == [None] and not delivered
    else:
        assert force_parallel and force_parallel[0] is not None
    if mode == "mostly_worker":
        assert len(delivered) > 25  # of ~70 pieces
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    serial, serial_rows = import_into(path, tmp_path / "s.db", deactivate_missing=True)
    assert notes(parallel) == notes(serial)
    assert parallel_rows == serial_rows
    codes = {r.reason.code for r in serial.rejected} | {w.reason.code for w in serial.warnings}
    assert {"bad_month", "duplicate_nip", "empty_name", "nik_bad_date", "category_conflict", "bad_birth_date",
            "nik_ignored"} <= codes
    assert all(r[11] == fold_name(r[2]) for r in serial_rows)  # every search key


def test_parallel_dry_run_and_reimport_equal_serial(tmp_path, monkeypatch, force_parallel):
    path = write_csv(tmp_path / "roster.csv", roster_rows(800))
    dbfile = tmp_path / "p.db"
    dry = import_into(path, dbfile, dry_run=True)[0]
    first = import_into(path, dbfile)[0]
    again, rows = import_into(path, dbfile)
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    assert notes(dry) == notes(import_into(path, tmp_path / "s.db", dry_run=True)[0])
    assert first.created == dry.created and again.unchanged == first.created
    assert all(r[11] == fold_name(r[2]) for r in rows)


def test_parallel_xlsx_equals_serial(tmp_path, monkeypatch, force_parallel):
    rows = roster_rows(600)
    for i, row in enumerate(rows):
        if i % 5 == 0 and row[0]:
            row[0] = int(row[0])  # a number cell holding the whole NIP
        if i % 11 == 0:
            row[4] = 31000 + i  # an Excel day number
    rows[10][0] = 1.98609262015051e17  # Excel's float: refused
    path = fx.minimal_xlsx(tmp_path / "roster.xlsx", [["DAFTAR PEGAWAI"], [], HEAD] + rows)
    parallel, parallel_rows = import_into(path, tmp_path / "p.db")
    assert force_parallel and force_parallel[0] is not None
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    serial, serial_rows = import_into(path, tmp_path / "s.db")
    assert parallel.header_row == 3 and parallel.created > 500
    assert notes(parallel) == notes(serial) and parallel_rows == serial_rows
    assert "excel_float" in {r.reason.code for r in serial.rejected}


@pytest.mark.slow  # kills the worker process
def test_a_broken_worker_changes_nothing_but_speed(tmp_path, monkeypatch, force_parallel):
    path = write_csv(tmp_path / "roster.csv", roster_rows(1200))
    real = pipeline.start_worker

    def start_and_kill(*args):
        worker = real(*args)
        worker.process.kill()
        return worker

    monkeypatch.setattr(pipeline, "start_worker", start_and_kill)
    broken, broken_rows = import_into(path, tmp_path / "b.db")
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    serial, serial_rows = import_into(path, tmp_path / "s.db")
    assert notes(broken) == notes(serial) and broken_rows == serial_rows


def _wait_no_children(timeout: float = 10) -> list:
    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return multiprocessing.active_children()


def test_cancel_and_progress_with_the_worker(tmp_path, force_parallel):
    path = write_csv(tmp_path / "roster.csv", roster_rows(1500))
    open_database(tmp_path / "c.db")
    try:
        calls = []

        def cancel():
            calls.append(1)
            return len(calls) > 20  # checked between pieces (~70 here)

        with pytest.raises(ImportCancelled):
            import_roster(path, cancel=cancel)
        assert Employee.select().count() == 0
        assert _wait_no_children() == []
        seen = []
        report = import_roster(path, progress=lambda done, total: seen.append((done, total)))
        assert report.created > 1000 and Employee.select().count() == report.created
        assert len(seen) >= 2 and seen[-1][0] == seen[-1][1]
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)
        assert _wait_no_children() == []
    finally:
        close_database()


def test_the_worker_does_not_run_an_unguarded_script_again(tmp_path):
    """A script without `if __name__ == "__main__":` that imports a large roster: the spawned
    worker must not run it a second time."""
    path = write_csv(tmp_path / "roster.csv", roster_rows(300))
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import sys\n"
        "print('script body runs', flush=True)\n"
        "from ikrar.models.store.connection import close_database\n"
        "from ikrar.models.store.opening import open_database\n"
        "from ikrar.models.roster import import_roster, pipeline\n"
        "pipeline.PARALLEL_MIN_ROWS = 0\n"
        "pipeline.CHUNK = 50\n"
        "started = []\n"
        "real = pipeline.start_worker\n"
        "pipeline.start_worker = lambda *a: started.append(real(*a)) or started[-1]\n"
        f"open_database({str(tmp_path / 'u.db')!r})\n"
        f"report = import_roster({str(path)!r})\n"
        "close_database()\n"
        "print('worker', started[0] is not None, 'created', report.created, flush=True)\n",
        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "IKRAR_IMPORT_WORKERS"}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("script body runs") == 1
    assert "worker True created" in out.stdout


def test_clean_chunks_taken_in_bulk_equal_row_by_row(tmp_path, monkeypatch):
    """RowParser.take's bulk path (a chunk without problems) against its row-by-row loop, with
    duplicates whose first row sits in an earlier, clean chunk."""

    rows = [[nip_of(i), f"3201{10 + i % 30:02d}{1 + i % 28:02d}0185{i:04d}", name_of(i), "", "", "L", "PNS", "", "",
             "Dinas A"] for i in range(1500)]
    rows += [[nip_of(5), "", "Kembar NIP", "", "", "L", "PNS", "", "", "Dinas A"],
             ["", rows[7][1], "Kembar NIK", "", "", "L", "Honorer", "", "", "Dinas A"],
             [nip_of(7000), rows[9][1], "NIK dengan NIP lain", "", "", "L", "PNS", "", "", "Dinas A"]]
    rows += [[nip_of(2000 + i), "", name_of(2000 + i), "", "", "L", "PNS", "", "", "Dinas B"] for i in range(1200)]
    path = write_csv(tmp_path / "roster.csv", rows)
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    bulk_report, bulk_rows = import_into(path, tmp_path / "a.db")
    monkeypatch.setattr(RowParser, "take_clean", lambda self, kept: False)
    loop_report, loop_rows = import_into(path, tmp_path / "b.db")
    assert notes(bulk_report) == notes(loop_report) and bulk_rows == loop_rows
    assert {(r.row, r.reason.code, r.other_row) for r in loop_report.rejected} == {
        (1502, "duplicate_nip", 7), (1503, "duplicate_nik", 9)}
    assert loop_report.created == 1500 + 1 + 1200


def test_the_garbage_collector_is_back_on_after_an_import_however_it_ends(tmp_path):

    path = write_csv(tmp_path / "roster.csv", roster_rows(50))
    open_database(tmp_path / "gc.db")
    try:
        seen = []
        import_roster(path, progress=lambda done, total: seen.append(gc.isenabled()))
        assert seen and not any(seen) and gc.isenabled()  # off while it ran
        with pytest.raises(ImportCancelled):
            import_roster(path, cancel=lambda: True)
        assert gc.isenabled()
        with pytest.raises(RosterError):
            import_roster(tmp_path / "missing.csv")
        assert gc.isenabled()
    finally:
        close_database()
