"""Reports benchmark: prints figures, asserts nothing.

    python bench/bench_reports.py [--signed 5000] [--roster 100000] [--pacts 1000] [--only people,pacts,roster]
    python bench/bench_reports.py --only signed --keep /tmp/r [--reuse]   # the signed list's pair only
    python bench/bench_reports.py --screenshots docs/screenshots/reports   # sample renderings (PNG)

Every document kind, each in a child process of its own (a time limit, --timeout), with its wall and
CPU seconds, its size and the child's peak RSS (VmHWM; and its RSS just before the report began: Python,
the imports and the open database):
- people: a roster of N + 10% people, N present and signed with signatures of a real pad's density
  (300–600 points each, mean ~450: demo_strokes' 40–120 resampled along a smooth curve with a pad's
  jitter); every kind at that size; the signed list first with no print form stored (it makes and
  stores them: the first list after a merge) and again (it reads them: every later list), and the same
  list where only one person's signature is stored (the "without signatures" baseline, same rows);
- pacts: K pact pages of real-density signatures, one PDF and one file per person;
- roster: recap and not-signed list over a roster of M people.
Targets (issue 14): the signed list of 5,000 in 3 s or less and at most 2x the list without
signatures, at most 4 MB; peak memory at most 250 MB for any document at 5,000 people; the XLSX with
signature images for 5,000 in 10 s or less; recap over 100,000 in 2 s; 1,000 pacts in 20 s.
The databases are filled in bulk (synchronous off) so the setup does not dominate the run.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import real_strokes  # noqa: E402 (bench/ is on sys.path: the scripts run from it)

ROOT = Path(__file__).resolve().parent.parent

WIB = timezone(timedelta(hours=7))
UNITS = ["Sekretariat Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Inspektorat",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Pekerjaan Umum dan Penataan Ruang",
         "Kecamatan Kota", "Dinas Sosial", "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja"]


def build(path: Path, people: int, present: int, signed: int, *, seed: int = 5, density: str = "real",
          units: list[str] | None = None):
    """A database with *people* on the roster, an apel for all units, *present* of them present (spread
    over the roster), *signed* of those with a signature ("real" density, "demo", or "one": only the
    first signer's is stored, the rest present without), 4% with absence codes; rows written in bulk.
    Returns the event."""
    from ikrar.models import clock, settings
    from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
    from ikrar.models.desk import local_desk
    from ikrar.models.events import create_event
    from ikrar.models.signing_span import signing_ms
    from ikrar.models.store.connection import db
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Attendance, Employee, Signature

    open_database(path)
    db.execute_sql("PRAGMA synchronous=OFF")
    clock.set_clock(datetime(2026, 11, 23, 7, 0, tzinfo=WIB))
    insert_people(generate_people(people, seed=seed, units=units or UNITS))
    settings.set("city", "Kota Contoh")
    settings.set("approver_position", "Kepala BKPSDM")
    settings.set("approver_name", "Dra. Hj. SITI AMINAH, M.Si.")
    settings.set("approver_nip", "196710101995032006")
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN CONTOH",
                                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                                      "Jalan Merdeka No. 1, Kota Contoh 12345 · Telp. (0123) 456789 · "
                                      "bkpsdm@contoh.go.id"])
    event = create_event("Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN", date(2026, 11, 23),
                         start_time="07:30", place="Halaman Kantor Bupati Contoh", organizer="BKPSDM")
    desk, rng = local_desk(), random.Random(seed)
    ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.roster_order)]
    order = rng.sample(range(len(ids)), len(ids))
    rank = {i: r for r, i in enumerate(order)}  # < signed: signs; < present: present; then 4% absent
    absent = present + round(0.04 * people)
    attendances, signatures, pact = [], [], event.pact_sha256
    for i, emp in enumerate(ids):
        if rank[i] >= absent:
            continue
        status = "H" if rank[i] < present else rng.choice(("S", "I", "C", "DL", "TK"))
        moment = datetime(2026, 11, 23, 7, 0, tzinfo=WIB) + timedelta(seconds=i * 3 % 4000)
        aid = f"00000000-0000-4000-8000-{i:012d}"
        attendances.append(dict(id=aid, event=event.id, employee=emp, status=status, recorded_at=clock.iso(moment),
                                recorded_utc=clock.iso_utc(moment), desk=desk.id, method="scan",
                                late=moment.hour * 60 + moment.minute > 450, note=""))
        if rank[i] < signed and (density != "one" or rank[i] == 0):
            strokes = real_strokes(i) if density == "real" else demo_strokes(i)
            text = strokes.strokes_json()
            signatures.append(dict(id=f"10000000-0000-4000-8000-{i:012d}", attendance=aid,
                                   strokes=text, pad_width=strokes.width, pad_height=strokes.height,
                                   pact=pact, signed_at=clock.iso(moment), desk=desk.id,
                                   signing_ms=signing_ms(text)))  # as the desk's check-in stores it
    with db.atomic():
        for start in range(0, len(attendances), 500):
            Attendance.insert_many(attendances[start:start + 500]).execute()
        for start in range(0, len(signatures), 500):
            Signature.insert_many(signatures[start:start + 500]).execute()
    return event


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (Linux): now (VmRSS), or its peak (VmHWM). Not ru_maxrss, which
    counts the parent's memory when the child was forked from it."""
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1]) / 1e3  # kB


def run_child(args) -> None:
    """One report in this process, timed; prints one JSON line for the parent."""
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Event
    from ikrar.reports import api

    open_database(args.db)
    event = Event.select().first()
    options = json.loads(args.options or "{}")
    before = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    result = api.generate(args.run, event, args.out, fixed_date=True, **options)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out = Path(args.out)
    size = out.stat().st_size if out.is_file() else sum(f.stat().st_size for f in result.files)
    peak = rss_mb("VmHWM")
    print(json.dumps({"wall": wall, "cpu": cpu, "size": size, "pages": result.pages, "rows": result.rows,
                      "peak": peak, "before": before}))


def timed(label: str, kind: str, db: Path, out: Path, *, timeout: float, **options) -> dict | None:
    """Run one report in a child process (its own memory, a hard time limit); print and return its figures."""
    command = [sys.executable, __file__, "--run", kind, "--db", str(db), "--out", str(out),
               "--options", json.dumps(options)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        print(f"{label:<58} > {timeout:.0f} s (stopped)", flush=True)
        return None
    except subprocess.CalledProcessError as exc:
        print(f"{label:<58} failed: {(exc.stderr.strip().splitlines() or ['?'])[-1]}", flush=True)
        return None
    f = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{label:<58} {f['wall']:6.2f} s wall {f['cpu']:6.2f} s cpu {f['size'] / 1e6:6.2f} MB "
          f"{f['pages']:5d} pages {f['rows']:7,d} rows  peak {f['peak']:4.0f} MB (from {f['before']:3.0f})",
          flush=True)
    return f


REUSE = False  # --reuse: a database already in the --keep folder is timed again, not rebuilt


def fresh(folder: Path, name: str) -> Path | None:
    """*folder*/*name* emptied for a new build; None when --reuse keeps the one already there."""
    from ikrar.models.store.connection import close_database

    close_database()
    path = folder / name
    if REUSE and path.exists():
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _built(folder: Path, name: str, *args, **kwargs) -> Path:
    """The database *name* in *folder*: built (args as build's), or kept from before with --reuse."""
    db = fresh(folder, name)
    if db is None:
        print(f"({name}: the one built before, --reuse)", flush=True)
        return folder / name
    started = time.perf_counter()
    build(db, *args, **kwargs)
    print(f"(built {name} in {time.perf_counter() - started:.0f} s)", flush=True)
    return db


def forget_forms(path: Path) -> None:
    """Empty the database's stored print forms (models/print_forms.py), as after a merge: the next
    signed list makes them all."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'print_form'").fetchone():
            conn.execute("DELETE FROM print_form")
    conn.close()


def signed_pair(folder: Path, n: int, t: float) -> None:
    """The signed list of n with signatures of a real pad's density, first with no print form stored
    (the list makes and stores them all, as the first list after a merge), then again (the forms read
    back: every later list), and the same list without signatures (the ratio the target is about)."""
    roster = n + n // 10
    db = _built(folder, "people.db", roster, n, n)
    bare = _built(folder, "bare.db", roster, n, n, density="one")
    forget_forms(db)
    first = timed(f"signed list, {n:,} signed, first (print forms made)", "signed-list", db,
                  folder / "signed-list-first.pdf", timeout=t)
    again = timed(f"signed list, {n:,} signed, again (print forms read)", "signed-list", db,
                  folder / "signed-list.pdf", timeout=t)
    without = timed("same list, without signatures (one stored)", "signed-list", bare,
                    folder / "signed-list-bare.pdf", timeout=t)
    for label, with_ink in (("first", first), ("again", again)):
        if with_ink and without:
            print(f"{'  ratio with / without signatures, ' + label:<58} {with_ink['wall'] / without['wall']:6.2f} x "
                  f"wall {with_ink['cpu'] / without['cpu']:6.2f} x cpu", flush=True)


def people_section(folder: Path, n: int, t: float) -> None:
    """Every kind at n signed people (real density), and the list without signatures."""
    roster = n + n // 10
    signed_pair(folder, n, t)
    db = folder / "people.db"
    timed(f"signed list, {n:,} signed, by unit, A4", "signed-list", db, folder / "signed-list-a4.pdf",
          timeout=t, paper="A4", group_by_unit=True)
    timed(f"signed list and absences, all {roster:,} expected", "signed-list", db,
          folder / "signed-list-all.pdf", timeout=t, all_expected=True)
    timed(f"xlsx, {n:,} rows with signature images", "xlsx", db, folder / "list-signatures.xlsx", timeout=t,
          signatures=True)
    timed(f"xlsx, {n:,} rows, no images", "xlsx", db, folder / "list.xlsx", timeout=t)
    timed(f"pacts, {n:,} pages in one PDF", "pacts", db, folder / "pacts-all.pdf", timeout=t)
    timed(f"qr cards, {roster:,} people", "qr-cards", db, folder / "qr-cards.pdf", timeout=t)
    timed(f"recap, roster of {roster:,}", "recap", db, folder / "recap-people.pdf", timeout=t)
    timed(f"not-signed list, roster of {roster:,}", "not-signed", db, folder / "not-signed-people.pdf", timeout=t)


def pacts_section(folder: Path, k: int, t: float) -> None:
    db = _built(folder, "pacts.db", k, k, k)
    timed(f"pacts, {k:,} pages in one PDF", "pacts", db, folder / "pacts.pdf", timeout=t)
    timed(f"pacts, {k:,} files in a folder", "pacts", db, folder / "pacts", timeout=t)


def roster_section(folder: Path, m: int, t: float) -> None:
    db = _built(folder, f"roster{m}.db", m, int(m * 0.7), int(m * 0.6), density="demo",
                units=UNITS + [f"Kecamatan {i}" for i in range(1, 26)])
    timed(f"recap, roster of {m:,}", "recap", db, folder / f"recap{m}.pdf", timeout=t)
    timed(f"not-signed list, roster of {m:,}", "not-signed", db, folder / f"not-signed{m}.pdf", timeout=t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--signed", type=int, default=5000)
    parser.add_argument("--roster", type=int, default=100_000)
    parser.add_argument("--pacts", type=int, default=1000)
    parser.add_argument("--only", default="people,pacts,roster",
                        help="sections to run, comma-separated: people, pacts, roster, or signed (the signed "
                             "list with and without signatures only)")
    parser.add_argument("--reuse", action="store_true",
                        help="time again on the databases already in the --keep folder instead of rebuilding")
    parser.add_argument("--timeout", type=float, default=180, help="seconds allowed per report")
    parser.add_argument("--keep", type=Path, help="write the outputs here (default: a temp folder)")
    parser.add_argument("--screenshots", type=Path, help="render sample documents to PNG here and stop")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--options", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        return run_child(args)
    if args.screenshots:
        return screenshots(args.screenshots, args.keep)
    global REUSE
    REUSE = args.reuse and args.keep is not None
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ikrar-bench-reports-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"outputs in {folder}", flush=True)
    sections = set(args.only.split(","))
    if "people" in sections:
        people_section(folder, args.signed, args.timeout)
    elif "signed" in sections:
        signed_pair(folder, args.signed, args.timeout)
    if "pacts" in sections:
        pacts_section(folder, args.pacts, args.timeout)
    if "roster" in sections:
        roster_section(folder, args.roster, args.timeout)


def screenshots(target: Path, keep: Path | None = None) -> None:
    """Sample renderings of every document (first pages, 60 dpi) for docs/ and for review; the PDFs
    themselves are kept in *keep* when given."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ikrar-report-shots-") as folder:
        _screenshots(target, Path(folder), keep=keep)


def _screenshots(target: Path, work: Path, keep: Path | None) -> None:
    from ikrar.models import settings
    from ikrar.models.checkin import check_in, mark_absence, mark_cannot_sign, void_attendance
    from ikrar.models.store.connection import close_database
    from ikrar.models.store.schema import Employee
    from ikrar.reports import api

    event = build(work / "shots.db", 400, 0, 0, units=UNITS[:4])
    logo = work / "logo.png"
    _logo(logo)
    settings.set("logo_path", str(logo))
    people = list(Employee.select().order_by(Employee.roster_order))
    for i, person in enumerate(people):
        if i % 9 == 4:
            mark_absence(event, person, ("S", "I", "C", "DL", "TK")[i % 5])
        elif i % 13 == 6:
            mark_cannot_sign(event, person, "tangan kanan cedera")
        elif i % 7 != 3:
            result = check_in(event, person, strokes=real_strokes(i))
            if i % 41 == 0:
                void_attendance(result.attendance, "salah orang")
    runs = [("signed-list", "signed-list.pdf", {}), ("signed-list", "signed-list-by-unit-a4.pdf",
            dict(group_by_unit=True, all_expected=True, paper="A4")), ("recap", "recap.pdf", {}),
            ("not-signed", "not-signed.pdf", {}), ("pacts", "pacts.pdf", {}), ("qr-cards", "qr-cards.pdf", {})]
    for kind, name, options in runs:
        result = api.generate(kind, event, work / name, fixed_date=True, **options)
        stem = target / Path(name).stem
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(result.path),
                        str(stem)], check=True)
        print(f"{stem}.png  ({result.pages} pages)")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(result.path, keep / name)
    close_database()


def _logo(path: Path) -> None:
    """A plain shield standing in for the regency's emblem."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (200, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(10, 10), (190, 10), (190, 150), (100, 230), (10, 150)], fill=(20, 90, 40, 255),
                 outline=(200, 160, 0, 255), width=8)
    draw.ellipse((60, 45, 140, 125), fill=(230, 190, 30, 255))
    draw.rectangle((95, 130, 105, 190), fill=(230, 190, 30, 255))
    image.save(path)


if __name__ == "__main__":
    main()
