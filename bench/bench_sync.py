"""Sync benchmark, as the desks and the hub run it (format 2). An organizer with a 100,000-person roster
makes an event and exports its package; 20 desks, each a database of its own (so its own key and desk
id), import that package, check in 500 people each with signatures of a real pad's density (300–600
points: demo_strokes' 40–120 resampled), and export their sync files; the organizer, as the hub,
merges the 20 files (10,000 attendances; target: the merge in 5 s or less), then the same 20 again.
Also: the export of one desk's 5,000 signed attendances. Prints figures; asserts nothing but that
every file merges.

    python bench/bench_sync.py [--signed 5000] [--roster 100000] [--files 20] [--per-file 500]

The package is imported once; each desk is a copy of that database given a fresh local desk (a new
key pair, so a new desk id = desk_id_of(its public key)): what importing the package into each desk's
empty database leaves, without 20 imports of 100,000 people. Check-ins are written in bulk, with
record_id(desk) ids (check_in's per-person commit is not what is measured). The hub's merge runs in a
child process, so the peak memory printed is the hub's own (its peak RSS from just before the merge).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import peak_mb, real_strokes, start_peak  # noqa: E402 (bench/ is on sys.path: the scripts run from it)

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.desk import ensure_local_desk, rename_local_desk
from ikrar.models.events import create_event, find_event
from ikrar.models.queries.coverage import coverage
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Signature, record_id
from ikrar.models.sync.crypto import desk_id_of
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.manifest import read_file
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.package import export_package, import_package
from ikrar.models.sync.records import check_strokes

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)


def _code(person: dict) -> str:
    return person["nip"] or person["nik"]


def check_in_bulk(event_id: str, desk: Desk, codes: list[str], start: datetime, seed: int) -> list[int]:
    """Signed present records by *desk* for the people with these NIP/NIK codes, a few seconds apart.
    Returns the signatures' point counts."""
    event = find_event(event_id)
    ids = {}
    for i in range(0, len(codes), 500):
        part = codes[i:i + 500]
        for e in Employee.select(Employee.id, Employee.nip, Employee.nik).where(
                Employee.nip.in_(part) | Employee.nik.in_(part)):
            ids[e.nip or e.nik] = e.id
    attendances, signatures, points = [], [], []
    for n, code in enumerate(codes):
        moment = start + timedelta(seconds=7 * n)
        att = record_id(desk.id)
        attendances.append({"id": att, "event": event.id, "employee": ids[code], "status": "H",
                            "recorded_at": clock.iso(moment), "recorded_utc": clock.iso_utc(moment), "desk": desk.id,
                            "method": "scan", "late": False, "note": ""})
        strokes = real_strokes(seed + n, curved=False)
        points.append(strokes.point_count)
        signatures.append({"id": record_id(desk.id), "attendance": att, "strokes": strokes.strokes_json(),
                           "pad_width": strokes.width, "pad_height": strokes.height, "pact": event.pact_sha256,
                           "signed_at": clock.iso(moment + timedelta(seconds=5)), "desk": desk.id})
    with db.atomic():
        for i in range(0, len(attendances), 200):
            Attendance.insert_many(attendances[i:i + 200]).execute()
            Signature.insert_many(signatures[i:i + 200]).execute()
    return points


def organizer(root: Path, roster: int) -> tuple[list[dict], str, Path]:
    """The hub's database: the roster, the event (all units), its package. Returns people, event id, package."""
    t0 = time.perf_counter()
    people = generate_people(roster, seed=1)
    print(f"generating {roster:,} people: {time.perf_counter() - t0:.1f} s")
    open_database(root / "hub" / "hub.db")
    rename_local_desk("BKPSDM")
    t0 = time.perf_counter()
    insert_people(people)
    print(f"hub roster of {roster:,} people inserted: {time.perf_counter() - t0:.1f} s")
    event = create_event("Apel Ikrar Netralitas ASN", date(2026, 11, 23))
    t0 = time.perf_counter()
    package = export_package(event, root / "package.ikrar")
    print(f"event package with a {roster:,}-person roster: export {time.perf_counter() - t0:.2f} s, "
          f"{package.stat().st_size / 1e6:.1f} MB")
    event_id = event.id
    close_database()
    return people, event_id, package


def template(root: Path, package: Path) -> Path:
    """A desk database that imported the package (once; each desk is a copy of it)."""
    path = root / "template.db"
    open_database(path)
    t0 = time.perf_counter()
    report = import_package(package)
    took = time.perf_counter() - t0
    assert report.ok, report.reason("en")
    print(f"  import into an empty desk: {took:.2f} s ({report.new['people']:,} people)")
    t0 = time.perf_counter()
    report = import_package(package)
    print(f"  the same package again: {time.perf_counter() - t0:.2f} s ({report.known['people']:,} already known)")
    close_database()
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        assert not side.exists() or not side.stat().st_size, f"{side} left after closing"
    return path


def new_desk(prepared: Path, path: Path, name: str) -> Desk:
    """A copy of the prepared desk database with a local desk of its own (a new key, so a new id)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(prepared, path)
    open_database(path)  # keeps the copied local desk...
    Desk.delete().where(Desk.is_local == True).execute()  # noqa: E712 (peewee expression)
    desk = ensure_local_desk(name)  # ...replaced by a new one
    assert desk.id == desk_id_of(desk.public_key)
    return desk


def bench_export(root: Path, prepared: Path, event_id: str, people: list[dict], signed: int) -> None:
    desk = new_desk(prepared, root / "export" / "export.db", "Meja Ekspor")
    points = check_in_bulk(event_id, desk, [_code(p) for p in people[:signed]], datetime(2026, 11, 23, 7, 0,
                                                                                          tzinfo=WIB), 0)
    t0 = time.perf_counter()
    path = export_sync(event_id, root / "export")
    took = time.perf_counter() - t0
    t0 = time.perf_counter()
    secret = export_sync(event_id, root / "export" / "secret.ikrar", passphrase="kata sandi rahasia")
    took_enc = time.perf_counter() - t0
    print(f"signatures: {min(points)}–{max(points)} points, mean {statistics.mean(points):.0f}")
    print(f"export of {len(points):,} signed attendances: {took:.2f} s, {path.stat().st_size / 1e6:.1f} MB "
          f"({path.name})")
    print(f"  encrypted (scrypt + AES-GCM): {took_enc:.2f} s, {secret.stat().st_size / 1e6:.1f} MB")
    close_database()


def make_desk_files(root: Path, prepared: Path, event_id: str, people: list[dict], files: int,
                    per_file: int) -> list[Path]:
    """*files* desks check in *per_file* people each (neighbours overlap by a tenth: duplicates to note)."""
    paths, ids = [], set()
    stride = int(per_file * 0.9)
    t0 = time.perf_counter()
    for f in range(files):
        chosen = people[f * stride:f * stride + per_file]
        desk = new_desk(prepared, root / f"desk{f}" / "desk.db", f"Meja {f + 1}")
        ids.add(desk.id)
        check_in_bulk(event_id, desk, [_code(p) for p in chosen], datetime(2026, 11, 23, 7, f % 60, tzinfo=WIB),
                      (f + 1) * 100_000)
        paths.append(export_sync(event_id, root / f"desk{f}"))
        close_database()
    assert len(ids) == files
    size = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
    print(f"{files} desks ({len(ids)} desk ids), {per_file} signed each, sync files exported "
          f"({size:.1f} MB each): {time.perf_counter() - t0:.1f} s")
    return paths


def hub_merge(hub: str, paths: list[str]) -> None:
    """Child process: the hub merges the desks' files, then the same files again."""
    clock.set_clock(NOW)
    open_database(hub)
    roster = Employee.select().count()
    base = start_peak()
    marks = [time.perf_counter()]
    reports = merge_files(paths, progress=lambda done, total: marks.append(time.perf_counter()))
    took = marks[-1] - marks[0]
    peak = peak_mb()
    assert all(r.ok for r in reports), [r.reason("en") for r in reports if not r.ok]
    per = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    new = sum(r.new["attendances"] for r in reports)
    signatures = sum(r.new["signatures"] for r in reports)
    dups = sum(len(r.duplicates) for r in reports)
    print(f"merge of {len(paths)} files, {new:,} attendances ({signatures:,} signatures), into a {roster:,}-person "
          f"roster: {took:.2f} s (target ≤ 5 s); per file {statistics.mean(per):.3f} s "
          f"(fastest {min(per):.3f}, slowest {max(per):.3f}); {dups:,} duplicates noted")
    print(f"  hub peak RSS during the merge {peak:.0f} MB ({peak - base:+.0f} MB over the open hub, {base:.0f} MB)")
    base = start_peak()
    t0 = time.perf_counter()
    again = merge_files(paths)
    took = time.perf_counter() - t0
    assert all(r.ok for r in again)
    print(f"  the same {len(paths)} files again (idempotent): {took:.2f} s, "
          f"{sum(r.new['attendances'] for r in again)} new, {sum(r.known['attendances'] for r in again):,} known; "
          f"peak RSS {peak_mb():.0f} MB ({peak_mb() - base:+.0f} MB)")
    t0 = time.perf_counter()
    verified = [read_file(path) for path in paths]
    verify = time.perf_counter() - t0
    t0 = time.perf_counter()
    for vf in verified:
        check_strokes("signatures.json", vf.records("signatures.json"))
    print(f"  parts of the merge, measured apart: verification (read_file) {verify:.2f} s, the signatures' "
          f"strokes parsed and checked (records.check_strokes) {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    rows = coverage()
    print(f"  coverage over {roster:,} employees, {len(rows)} units: {time.perf_counter() - t0:.2f} s")
    close_database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signed", type=int, default=5000)
    parser.add_argument("--roster", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--per-file", type=int, default=500)
    parser.add_argument("--hub-merge", nargs="+", help=argparse.SUPPRESS)  # child: HUB.db FILE...
    args = parser.parse_args()
    if args.hub_merge:
        hub_merge(args.hub_merge[0], args.hub_merge[1:])
        return
    clock.set_clock(NOW)
    need = max(args.signed, args.files * int(args.per_file * 0.9) + args.per_file)
    if need > args.roster:
        parser.error(f"--roster must hold at least {need:,} people for these --signed/--files/--per-file")
    with tempfile.TemporaryDirectory(prefix="ikrar-bench-sync-") as tmp:
        root = Path(tmp)
        people, event_id, package = organizer(root, args.roster)
        prepared = template(root, package)
        bench_export(root, prepared, event_id, people, args.signed)
        paths = make_desk_files(root, prepared, event_id, people, args.files, args.per_file)
        sys.stdout.flush()
        subprocess.run([sys.executable, __file__, "--hub-merge", str(root / "hub" / "hub.db"),
                        *map(str, paths)], check=True)


if __name__ == "__main__":
    main()
