"""Sync benchmark: export of 5,000 signed attendances, and the merge of 20 sync files holding 10,000
attendances in all into a hub with a 100,000-person roster (target: the merge in 5 s or less).
Prints figures; asserts nothing.

    python bench/bench_sync.py [--signed 5000] [--roster 100000] [--files 20] [--per-file 500]

Setup rows are written in bulk (not through check_in, whose per-person commit is not what is measured).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ikrar.models import clock
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database

ROOT = Path(__file__).resolve().parent.parent


EVENT_ID = "5e1f0000-0000-4000-8000-000000000001"
WIB = timezone(timedelta(hours=7))


def _event():
    from ikrar.models.events import create_event

    return create_event("Apel Ikrar Netralitas ASN", date(2026, 11, 23), event_id=EVENT_ID)


def _check_in_bulk(event, codes: list[str], start: datetime, seed: int) -> None:
    """Signed present records for the people with these NIP/NIK codes, a few seconds apart."""
    from ikrar.models.desk import local_desk
    from ikrar.models.store.schema import Attendance, Employee, Signature, new_uuid

    desk = local_desk().id
    ids = {}
    for i in range(0, len(codes), 500):
        part = codes[i:i + 500]
        for e in Employee.select(Employee.id, Employee.nip, Employee.nik).where(
                Employee.nip.in_(part) | Employee.nik.in_(part)):
            ids[e.nip or e.nik] = e.id
    attendances, signatures = [], []
    for n, code in enumerate(codes):
        moment = start + timedelta(seconds=7 * n)
        att = new_uuid()
        attendances.append({"id": att, "event": event.id, "employee": ids[code], "status": "H",
                            "recorded_at": clock.iso(moment), "recorded_utc": clock.iso_utc(moment), "desk": desk,
                            "method": "scan", "late": False, "note": ""})
        strokes = demo_strokes(seed + n)
        signatures.append({"id": new_uuid(), "attendance": att, "strokes": strokes.strokes_json(),
                           "pad_width": strokes.width, "pad_height": strokes.height, "pact": event.pact_sha256,
                           "signed_at": clock.iso(moment), "desk": desk})
    with db.atomic():
        for i in range(0, len(attendances), 200):
            Attendance.insert_many(attendances[i:i + 200]).execute()
            Signature.insert_many(signatures[i:i + 200]).execute()


def _code(person: dict) -> str:
    return person["nip"] or person["nik"]


def bench_export(root: Path, signed: int) -> None:
    from ikrar.models.sync.export import export_sync

    open_database(root / "export.db")
    people = generate_people(signed + 500, seed=11)
    insert_people(people)
    event = _event()
    _check_in_bulk(event, [_code(p) for p in people[:signed]], datetime(2026, 11, 23, 7, 0, tzinfo=WIB), 0)
    t0 = time.perf_counter()
    path = export_sync(event, root)
    took = time.perf_counter() - t0
    t0 = time.perf_counter()
    secret = export_sync(event, root / "secret.ikrar", passphrase="kata sandi rahasia")
    took_enc = time.perf_counter() - t0
    print(f"export of {signed:,} signed attendances: {took:.2f} s, {path.stat().st_size / 1e6:.1f} MB "
          f"({path.name})")
    print(f"  encrypted (scrypt + AES-GCM): {took_enc:.2f} s, {secret.stat().st_size / 1e6:.1f} MB")
    close_database()


def bench_merge(root: Path, roster: int, files: int, per_file: int) -> None:
    from ikrar.models.queries.coverage import coverage
    from ikrar.models.sync.export import export_sync
    from ikrar.models.sync.manifest import read_file
    from ikrar.models.sync.merge import merge_files

    t0 = time.perf_counter()
    people = generate_people(roster, seed=1)
    print(f"generating {roster:,} people: {time.perf_counter() - t0:.1f} s")
    paths = []
    stride = int(per_file * 0.9)  # neighbouring desks overlap by a tenth: duplicates to note
    for f in range(files):
        chosen = people[f * stride:f * stride + per_file]
        open_database(root / f"desk{f}.db")
        insert_people(chosen)
        event = _event()
        _check_in_bulk(event, [_code(p) for p in chosen], datetime(2026, 11, 23, 7, f % 60, tzinfo=WIB), f * 1000)
        folder = root / f"out{f}"
        folder.mkdir()
        paths.append(export_sync(event, folder))
        close_database()
    total = files * per_file
    open_database(root / "hub.db")
    t0 = time.perf_counter()
    insert_people(people)
    print(f"hub roster of {roster:,} people inserted: {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    for path in paths:
        read_file(path)
    verify = time.perf_counter() - t0
    t0 = time.perf_counter()
    reports = merge_files(paths)
    took = time.perf_counter() - t0
    assert all(r.ok for r in reports), [r.reason("en") for r in reports if not r.ok]
    new = sum(r.new["attendances"] for r in reports)
    dups = sum(len(r.duplicates) for r in reports)
    print(f"merge of {files} files, {total:,} attendances, into a {roster:,}-person roster: {took:.2f} s "
          f"(target ≤ 5 s); verification alone {verify:.2f} s; {new:,} new, {dups:,} duplicates noted")
    t0 = time.perf_counter()
    again = merge_files(paths)
    print(f"  the same {files} files again (all already known): {time.perf_counter() - t0:.2f} s, "
          f"{sum(r.new['attendances'] for r in again)} new")
    t0 = time.perf_counter()
    rows = coverage()
    print(f"  coverage over {roster:,} employees, {len(rows)} units: {time.perf_counter() - t0:.2f} s")
    bench_package(root)


def bench_package(root: Path) -> None:
    """The hub's event takes every unit: its package carries the whole roster."""
    from ikrar.models.events import find_event
    from ikrar.models.store.schema import Employee
    from ikrar.models.sync.package import export_package, import_package

    count = Employee.select().count()
    t0 = time.perf_counter()
    path = export_package(find_event(EVENT_ID), root / "package.ikrar")
    print(f"event package with a {count:,}-person roster: export {time.perf_counter() - t0:.2f} s, "
          f"{path.stat().st_size / 1e6:.1f} MB")
    close_database()
    open_database(root / "new-desk.db")
    t0 = time.perf_counter()
    report = import_package(path)
    print(f"  import into an empty desk: {time.perf_counter() - t0:.2f} s ({report.new['people']:,} people)")
    t0 = time.perf_counter()
    report = import_package(path)
    print(f"  the same package again: {time.perf_counter() - t0:.2f} s ({report.known['people']:,} already known)")
    close_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signed", type=int, default=5000)
    parser.add_argument("--roster", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--per-file", type=int, default=500)
    args = parser.parse_args()
    clock.set_clock(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))
    with tempfile.TemporaryDirectory(prefix="ikrar-bench-sync-") as tmp:
        bench_export(Path(tmp), args.signed)
        bench_merge(Path(tmp), args.roster, args.files, args.per_file)


if __name__ == "__main__":
    main()
