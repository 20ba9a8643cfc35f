"""Reports benchmark: prints figures, asserts nothing.

    python bench/bench_reports.py [--signed 5000] [--roster 100000] [--pacts 1000] [--keep DIR]
    python bench/bench_reports.py --screenshots docs/screenshots/reports   # sample renderings (PNG)

1. signed list of N signed attendances (issue target: 3 s, 4 MB), demo signatures and denser ones
   (5x the points, like a real pad at 100 Hz);
2. recap over a roster of M people (target 2 s);
3. K individual pact pages, as one PDF and as one file per person (target 20 s).
The databases are filled in bulk (synchronous off) so the setup does not dominate the run; each
report runs in a child process with a time limit (--timeout) and prints wall and CPU seconds.
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
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WIB = timezone(timedelta(hours=7))
UNITS = ["Sekretariat Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Inspektorat",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Pekerjaan Umum dan Penataan Ruang",
         "Kecamatan Kota", "Dinas Sosial", "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja"]


def dense(strokes, factor: int = 5):
    """The same signature with *factor* times the points (linear interpolation)."""
    from ikrar.models.strokes import StrokeData

    out = []
    for s in strokes.strokes:
        pts = []
        for a, b in pairwise(s):
            for k in range(factor):
                f = k / factor
                pts.append((a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f, a[3]))
        pts.append(s[-1])
        out.append(pts)
    return StrokeData(strokes.width, strokes.height, out)


def build(path: Path, people: int, present: float, signed: float, *, seed: int = 5, factor: int = 1,
          units: list[str] | None = None):
    """A database with *people* on the roster, an apel for all units, a share present and signed,
    some absence codes; rows written in bulk. Returns the event."""
    from ikrar.models import clock, settings
    from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
    from ikrar.models.desk import local_desk
    from ikrar.models.events import create_event
    from ikrar.models.store.connection import db
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Attendance, Employee, Signature

    open_database(path)
    db.execute_sql("PRAGMA synchronous=OFF")
    clock.set_clock(datetime(2026, 11, 23, 7, 0, tzinfo=WIB))
    insert_people(generate_people(people, seed=seed, units=units or UNITS))
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
    attendances, signatures, pact = [], [], event.pact_sha256
    for i, emp in enumerate(ids):
        roll = rng.random()
        if roll < present:
            status = "H"
        elif roll < present + 0.04:
            status = rng.choice(("S", "I", "C", "DL", "TK"))
        else:
            continue
        moment = datetime(2026, 11, 23, 7, 0, tzinfo=WIB) + timedelta(seconds=i * 3 % 4000)
        aid = f"00000000-0000-4000-8000-{i:012d}"
        attendances.append(dict(id=aid, event=event.id, employee=emp, status=status, recorded_at=clock.iso(moment),
                                recorded_utc=clock.iso_utc(moment), desk=desk.id, method="scan",
                                late=moment.hour * 60 + moment.minute > 450, note=""))
        if status == "H" and rng.random() < signed / max(present, 1e-9):
            strokes = demo_strokes(i)
            strokes = dense(strokes, factor) if factor > 1 else strokes
            signatures.append(dict(id=f"10000000-0000-4000-8000-{i:012d}", attendance=aid,
                                   strokes=strokes.strokes_json(), pad_width=strokes.width, pad_height=strokes.height,
                                   pact=pact, signed_at=clock.iso(moment), desk=desk.id))
    with db.atomic():
        for start in range(0, len(attendances), 500):
            Attendance.insert_many(attendances[start:start + 500]).execute()
        for start in range(0, len(signatures), 500):
            Signature.insert_many(signatures[start:start + 500]).execute()
    return event


def run_child(args) -> None:
    """One report in this process, timed; prints one JSON line for the parent."""
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Event
    from ikrar.reports import api

    open_database(args.db)
    event = Event.select().first()
    options = json.loads(args.options or "{}")
    wall, cpu = time.perf_counter(), time.process_time()
    result = api.generate(args.run, event, args.out, fixed_date=True, **options)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out = Path(args.out)
    size = out.stat().st_size if out.is_file() else sum(f.stat().st_size for f in result.files)
    print(json.dumps({"wall": wall, "cpu": cpu, "size": size, "pages": result.pages, "rows": result.rows}))


def timed(label: str, kind: str, db: Path, out: Path, *, timeout: float, **options) -> None:
    """Run one report in a child process (its own memory, a hard time limit) and print its figures."""
    command = [sys.executable, __file__, "--run", kind, "--db", str(db), "--out", str(out),
               "--options", json.dumps(options)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        print(f"{label:<62} > {timeout:.0f} s (stopped)", flush=True)
        return
    except subprocess.CalledProcessError as exc:
        print(f"{label:<62} failed: {exc.stderr.strip().splitlines()[-1]}", flush=True)
        return
    f = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{label:<62} {f['wall']:6.2f} s wall {f['cpu']:6.2f} s cpu {f['size'] / 1e6:6.2f} MB "
          f"{f['pages']:5d} pages {f['rows']:7,d} rows", flush=True)


def fresh(folder: Path, name: str) -> Path:
    from ikrar.models.store.connection import close_database

    close_database()
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--signed", type=int, default=5000)
    parser.add_argument("--roster", type=int, default=100_000)
    parser.add_argument("--pacts", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=120, help="seconds allowed per report")
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
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ikrar-bench-reports-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"outputs in {folder}", flush=True)
    t = args.timeout
    for factor in (1, 5):
        db = fresh(folder, f"signed{factor}.db")
        build(db, args.signed, 1.0, 1.0, factor=factor)
        timed(f"signed list, {args.signed:,} signed (points x{factor})", "signed-list", db,
              folder / f"signed-list-x{factor}.pdf", timeout=t)
    timed(f"signed list, {args.signed:,} signed, by unit, A4", "signed-list", db, folder / "signed-list-a4.pdf",
          timeout=t, paper="A4", group_by_unit=True)
    for size in sorted({min(10_000, args.roster), args.roster}):
        db = fresh(folder, f"roster{size}.db")
        build(db, size, 0.7, 0.6, units=UNITS + [f"Kecamatan {i}" for i in range(1, 26)])
        timed(f"recap, roster of {size:,}", "recap", db, folder / f"recap{size}.pdf", timeout=t)
        timed(f"not-signed list, roster of {size:,}", "not-signed", db, folder / f"not-signed{size}.pdf",
              timeout=t)
    db = fresh(folder, "pacts.db")
    build(db, args.pacts, 1.0, 1.0)
    timed(f"pacts, {args.pacts:,} pages in one PDF", "pacts", db, folder / "pacts.pdf", timeout=t)
    timed(f"pacts, {args.pacts:,} files in a folder", "pacts", db, folder / "pacts", timeout=t)
    timed(f"xlsx, {args.pacts:,} rows with signature images", "xlsx", db, folder / "list.xlsx", timeout=t,
          signatures=True)


def screenshots(target: Path, keep: Path | None = None) -> None:
    """Sample renderings of every document (first pages, 60 dpi) for docs/ and for review; the PDFs
    themselves are kept in *keep* when given."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ikrar-report-shots-") as folder:
        _screenshots(target, Path(folder), keep=keep)


def _screenshots(target: Path, work: Path, keep: Path | None) -> None:
    from ikrar.models import settings
    from ikrar.models.checkin import check_in, mark_absence, mark_cannot_sign, void_attendance
    from ikrar.models.demo.build import demo_strokes
    from ikrar.models.store.connection import close_database
    from ikrar.models.store.schema import Employee
    from ikrar.reports import api

    event = build(work / "shots.db", 400, 0.0, 0.0, units=UNITS[:4])
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
            result = check_in(event, person, strokes=demo_strokes(i))
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
