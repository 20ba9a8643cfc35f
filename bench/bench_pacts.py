"""Pact pages benchmark: prints figures, asserts nothing.

    python bench/bench_pacts.py [--pages 1000] [--people 5000] [--keep DIR] [--only one,folder,big]

A roster of PNS, PPPK and non-ASN people (models.demo.build.generate_people), every one present and
signed with a signature of a real pad's density: 300-600 points (mean ~450), demo_strokes' 40-120
resampled along a Catmull-Rom curve through them with a pad's jitter (the idea of bench_sync.py's
real_strokes; straight lines between the demo's points would thin back to the demo's points). Each
document is made in a child process of its own (its own memory, a time limit), which prints its wall
and CPU seconds, its peak RSS and its RSS just before the document began (Python, the imports, the
open database), the size and the pages:
- one:    --pages pact pages in one PDF (target: 1,000 in 10 s or less);
- folder: the same as one file per person;
- big:    --people pact pages in one PDF (target: peak memory 250 MB or less at 5,000).
The databases are filled in bulk (synchronous off), so the setup does not dominate the run.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import child_figures, peak_mb, real_strokes  # noqa: E402 (bench/ is on sys.path: the scripts run from it)

WIB = timezone(timedelta(hours=7))
UNITS = ["Sekretariat Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Inspektorat",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Pekerjaan Umum dan Penataan Ruang",
         "Kecamatan Kota", "Dinas Sosial", "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja"]


def build(path: Path, people: int, *, seed: int = 5) -> tuple[int, int]:
    """A database of *people*, all present and signed at an apel of every unit. (points, non-ASN)."""
    from ikrar.models import clock, settings
    from ikrar.models.demo.build import generate_people, insert_people
    from ikrar.models.desk import local_desk
    from ikrar.models.events import create_event
    from ikrar.models.pact import PactFields
    from ikrar.models.store.connection import close_database, db
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Attendance, Employee, Signature

    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path)
    db.execute_sql("PRAGMA synchronous=OFF")
    clock.set_clock(datetime(2026, 11, 23, 7, 0, tzinfo=WIB))
    insert_people(generate_people(people, seed=seed, units=UNITS))
    for key, value in (("city", "Maju"), ("pemda_name", "Pemerintah Kabupaten Maju"),
                       ("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU",
                                             "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                                             "Jalan Merdeka No. 1, Kota Maju 12345"])):
        settings.set(key, value)
    event = create_event("Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN", date(2026, 11, 23),
                         place="Halaman Kantor Bupati Contoh", organizer="BKPSDM",
                         pact_fields=PactFields("Pemerintah Kabupaten Maju",
                                                "Pemilihan Umum dan Pemilihan Kepala Daerah", "2029"))
    desk = local_desk()
    attendances, signatures, points = [], [], 0
    for i, emp in enumerate(Employee.select(Employee.id).order_by(Employee.roster_order)):
        moment = datetime(2026, 11, 23, 7, 0, tzinfo=WIB) + timedelta(seconds=i * 3 % 4000)
        aid = f"00000000-0000-4000-8000-{i:012d}"
        attendances.append(dict(id=aid, event=event.id, employee=emp.id, status="H", recorded_at=clock.iso(moment),
                                recorded_utc=clock.iso_utc(moment), desk=desk.id, method="scan",
                                late=False, note=""))
        strokes = real_strokes(i)
        points += strokes.point_count
        signatures.append(dict(id=f"10000000-0000-4000-8000-{i:012d}", attendance=aid,
                               strokes=strokes.strokes_json(), pad_width=strokes.width, pad_height=strokes.height,
                               pact=event.pact_sha256, signed_at=clock.iso(moment), desk=desk.id))
    with db.atomic():
        for start in range(0, len(attendances), 500):
            Attendance.insert_many(attendances[start:start + 500]).execute()
            Signature.insert_many(signatures[start:start + 500]).execute()
    non_asn = Employee.select().where(Employee.category == "NON_ASN").count()
    close_database()
    return points, non_asn


def run_child(args) -> None:
    """One pacts document in this process, timed; one JSON line for the parent."""
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Event
    from ikrar.reports import api
    from ikrar.reports.documents import pacts  # noqa: F401 - loaded before the clock starts, as in the window

    open_database(args.db)
    event = Event.select().first()
    before = peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    result = api.pacts(event, args.out, fixed_date=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out = Path(args.out)
    size = out.stat().st_size if out.is_file() else sum(f.stat().st_size for f in result.files)
    peak = peak_mb()
    print(json.dumps({"wall": wall, "cpu": cpu, "size": size, "pages": result.pages, "rows": result.rows,
                      "peak": peak, "before": before}))


def timed(label: str, db: Path, out: Path, timeout: float) -> None:
    f = child_figures(__file__, ["--run", "--db", str(db), "--out", str(out)], f"{label:<40}", timeout)
    if f is None:
        return
    print(f"{label:<40} {f['wall']:6.2f} s wall {f['cpu']:6.2f} s cpu {f['size'] / 1e6:6.2f} MB "
          f"{f['pages']:5d} pages  peak {f['peak']:4.0f} MB (from {f['before']:3.0f})"
          f"  {1000 * f['wall'] / max(f['pages'], 1):5.1f} ms/page", flush=True)


def section(folder: Path, n: int, kinds: list[tuple[str, str]], timeout: float) -> None:
    db = folder / f"pacts{n}.db"
    started = time.perf_counter()
    points, non_asn = build(db, n)
    print(f"(built {n:,} signed people, {non_asn:,} of them non-ASN, {points / n:.0f} points a signature, "
          f"in {time.perf_counter() - started:.0f} s)", flush=True)
    for label, name in kinds:
        timed(label.format(n=n), db, folder / name, timeout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--only", default="one,folder,big")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--keep", type=Path, help="write the outputs here (default: a temp folder)")
    parser.add_argument("--run", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        return run_child(args)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ikrar-bench-pacts-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"outputs in {folder}", flush=True)
    only = set(args.only.split(","))
    small = [k for k in (("pacts, {n:,} pages in one PDF", "pacts.pdf"),
                         ("pacts, {n:,} files in a folder", "pakta")) if
             ("one" if k[1].endswith(".pdf") else "folder") in only]
    if small:
        section(folder, args.pages, small, args.timeout)
    if "big" in only:
        section(folder, args.people, [("pacts, {n:,} pages in one PDF", "pacts-big.pdf")], args.timeout)
    return None


if __name__ == "__main__":
    main()
