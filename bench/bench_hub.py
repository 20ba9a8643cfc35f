"""The hub on both engines (issue 15): a regency's BKPSDM merges its desks' sync files into an empty
hub on SQLite and on PostgreSQL. N people (--people), F desk files (--files) holding C signed check-ins
(--checkins) with 300-600-point signatures (a real pad's size in a sync file). Prints, per engine: the
hub's setup (the event packages imported: roster and events), the merge of all files into the empty hub
(target <= 2 min), the same files again (target <= 5 % of the first), coverage per OPD (<= 1 s), the
recap's data (<= 2 s), the database's disk use; on PostgreSQL also four `merge` processes at once over
the same files (the same canonical dump digest as one merge). Asserts nothing but that files merge.

    PYTHONPATH=/work/hubpath python bench/bench_hub.py [--people 100000 --files 2000 --checkins 200000]
        [--cache DIR] [--province] [--engines sqlite,postgresql] [--profile] [--no-concurrent]

The desk files are made once into --cache (reused when present; building 2,000 signed files is slow):
an organizer (SQLite) with the roster and E = ceil(C / N) events (one check-in a person an event), one
package an event; a desk database that imported the packages; then, in --workers processes, each a copy
of that desk: for each file a new local desk (a new key, so a new desk id), C / F people checked in with
signatures to one event, the file exported, the check-ins deleted before the next file. PostgreSQL: a
throwaway cluster (tests/pg_cluster.py: fsync off, Unix socket) unless IKRAR_BENCH_PG_URL names a server
(a role that may CREATE DATABASE). --profile runs the PostgreSQL merge under cProfile and prints where
the time goes (the driver's calls: the server and the round trips; the rest: Python).
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import math
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import best_of, peak_mb, real_strokes, start_peak, timed  # noqa: E402 (bench/ is on sys.path)
from pg_server import Server, StatementClock  # noqa: E402

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.desk import ensure_local_desk, rename_local_desk
from ikrar.models.events import create_event, find_event
from ikrar.models.queries.coverage import coverage
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Event, Signature, record_id
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.package import export_package, import_package
from ikrar.reports.data import recap

ROOT = Path(__file__).resolve().parent.parent
WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
CONCURRENT = 4


# ---------------------------------------------------------------- the desk files (cached)

def plan(args) -> dict:
    events = max(1, math.ceil(args.checkins / args.people))
    return {"people": args.people, "files": args.files, "checkins": args.checkins, "events": events,
            "per_file": args.checkins // args.files}


def build_cache(folder: Path, shape: dict, workers: int) -> None:
    """The organizer, its packages, a prepared desk, then the files in *workers* processes."""
    folder.mkdir(parents=True, exist_ok=True)
    clock.set_clock(NOW)
    t0 = time.perf_counter()
    people = generate_people(shape["people"], seed=1)
    open_database(folder / "organizer.db")
    rename_local_desk("BKPSDM")
    insert_people(people)
    event_ids = []
    for e in range(shape["events"]):
        event = create_event(f"Apel Ikrar Netralitas ASN {e + 1}", date(2026, 11, 23) + timedelta(days=7 * e))
        export_package(event, folder / f"package{e}.ikrar")
        event_ids.append(event.id)
    close_database()
    open_database(folder / "desk.db")
    for e in range(shape["events"]):
        report = import_package(folder / f"package{e}.ikrar")
        assert report.ok, report.reason("en")
    close_database()
    codes = [p["nip"] or p["nik"] for p in people]
    (folder / "codes.json").write_text(json.dumps(codes))
    print(f"  organizer, {shape['events']} package(s), prepared desk: {time.perf_counter() - t0:.0f} s", flush=True)
    (folder / "files").mkdir(exist_ok=True)
    t0 = time.perf_counter()
    chunk = math.ceil(shape["files"] / workers)
    children = [subprocess.Popen([sys.executable, __file__, "--make-files", str(folder), json.dumps(event_ids),
                                  str(w * chunk), str(min(shape["files"], (w + 1) * chunk)), str(shape["per_file"])])
                for w in range(workers) if w * chunk < shape["files"]]
    assert all(child.wait() == 0 for child in children)
    took = time.perf_counter() - t0
    shape["build_s"] = round(took, 1)
    (folder / "shape.json").write_text(json.dumps(shape))
    print(f"  {shape['files']:,} signed desk files in {len(children)} processes: {took:.0f} s", flush=True)


def make_files(folder: Path, event_ids: list[str], start: int, end: int, per_file: int) -> None:
    """Child: files start..end-1 from a copy of the prepared desk, one new local desk each."""
    clock.set_clock(NOW)
    codes = json.loads((folder / "codes.json").read_text())
    work = Path(tempfile.mkdtemp(prefix="ikrar-bench-hub-desk-"))
    shutil.copyfile(folder / "desk.db", work / "desk.db")
    open_database(work / "desk.db")
    ids = {e.nip or e.nik: e.id for e in Employee.select(Employee.id, Employee.nip, Employee.nik)}
    events = [find_event(i) for i in event_ids]
    for f in range(start, end):
        event, k = events[f % len(events)], f // len(events)  # the k-th file of its event
        first = (k * per_file) % len(codes)
        chosen = [codes[(first + j) % len(codes)] for j in range(per_file)]
        Signature.delete().execute()
        Attendance.delete().execute()
        Desk.delete().where(Desk.is_local == True).execute()  # noqa: E712 (peewee expression)
        desk = ensure_local_desk(f"Meja {f + 1}")
        check_in(event, desk, [ids[c] for c in chosen], datetime(2026, 11, 23, 7, f % 60, tzinfo=WIB), f * 1000)
        export_sync([event.id], folder / "files" / f"desk{f:05d}.ikrar")
    close_database()
    shutil.rmtree(work)


def check_in(event: Event, desk: Desk, employees: list[int], start: datetime, seed: int) -> None:
    attendances, signatures = [], []
    for n, employee in enumerate(employees):
        moment = start + timedelta(seconds=7 * n)
        att = record_id(desk.id)
        attendances.append({"id": att, "event": event.id, "employee": employee, "status": "H",
                            "recorded_at": clock.iso(moment), "recorded_utc": clock.iso_utc(moment), "desk": desk.id,
                            "method": "scan", "late": False, "note": ""})
        strokes = real_strokes(seed + n, curved=False)  # the size a signature has in a sync file
        signatures.append({"id": record_id(desk.id), "attendance": att, "strokes": strokes.strokes_json(),
                           "pad_width": strokes.width, "pad_height": strokes.height, "pact": event.pact_sha256,
                           "signed_at": clock.iso(moment + timedelta(seconds=5)), "desk": desk.id})
    with db.atomic():
        for i in range(0, len(attendances), 200):
            Attendance.insert_many(attendances[i:i + 200]).execute()
            Signature.insert_many(signatures[i:i + 200]).execute()


# ---------------------------------------------------------------- one engine's hub (a child process)

def disk_use(target: str) -> dict:
    if target.startswith("postgresql://"):
        (total,), = db.execute_sql("SELECT pg_database_size(current_database())")
        (signatures,), = db.execute_sql("SELECT pg_total_relation_size('signature')")
        return {"disk_mb": total / 1e6, "signature_mb": signatures / 1e6}
    size = sum(Path(f"{target}{s}").stat().st_size for s in ("", "-wal") if Path(f"{target}{s}").exists())
    return {"disk_mb": size / 1e6}


def digest() -> str:
    return hashlib.sha256(json.dumps(canonical_dump(), sort_keys=True, default=str).encode()).hexdigest()[:16]


def setup_hub(target: str, folder: Path, people: int) -> dict:
    """An empty hub: its own roster (the organizer's people, origin 'roster': what coverage counts) and
    the event packages imported (the events; the people already known). Child."""
    clock.set_clock(NOW)
    open_database(target)
    rename_local_desk("BKPSDM")
    t0 = time.perf_counter()
    insert_people(generate_people(people, seed=1))
    took = time.perf_counter() - t0
    for package in sorted(folder.glob("package*.ikrar")):
        report, wall, _ = timed(import_package, package)
        assert report.ok, report.reason("en")
        took += wall
    close_database()
    return {"setup_s": took}


def run_hub(target: str, folder: Path, options: dict) -> dict:
    """Child: setup, merge, merge again, coverage, recap, disk use, dump digest."""
    out = setup_hub(target, folder, options["people"])
    clock.set_clock(NOW)
    database = open_database(target)
    for sql in options.get("before", []):  # experiments on the server's table settings (--pg-sql)
        database.execute_sql(sql)
    paths = sorted((folder / "bundles").glob("*.ikrar")) if options.get("bundled") else \
        sorted((folder / "files").glob("desk*.ikrar"))
    profiler = cProfile.Profile() if options["profile"] else None
    if profiler:
        statements = StatementClock(database)
        profiler.enable()
    start_peak()  # the merge's own peak, not the setup's (nor the dump digest's, which holds every stroke)
    reports, out["merge_s"], out["merge_cpu_s"] = timed(merge_files, paths)
    out["merge_peak_mb"] = peak_mb()
    if profiler:
        profiler.disable()
        out["profile"] = where_time_goes(profiler, out["merge_s"])
        out["profile"]["statements"] = statements.top()
        del database.execute_sql
    assert all(r.ok for r in reports), [r.reason("en") for r in reports if not r.ok][:3]
    out["attendances"] = sum(r.new["attendances"] for r in reports)
    out["signatures"] = sum(r.new["signatures"] for r in reports)
    again, out["again_s"], out["again_cpu_s"] = timed(merge_files, paths)
    assert all(r.ok for r in again) and not sum(r.new["attendances"] for r in again)
    out["coverage_s"], out["coverage_cpu_s"] = best_of(3, coverage)
    out["units"] = len(coverage())
    events = list(Event.select().order_by(Event.date))
    out["recap_s"], out["recap_cpu_s"] = best_of(3, recap, events[0])
    out.update(disk_use(target))
    out["digest"], out["dump_s"], _ = timed(digest)
    close_database()
    return out


def where_time_goes(profiler: cProfile.Profile, wall: float) -> dict:
    """The merge's time split: in the database driver's calls (psycopg2's execute and friends: the
    server's work and the round trips) vs the rest (Python), and the biggest costs by own time."""
    stats = pstats.Stats(profiler)
    driver, top = 0.0, []
    for (file, line, name), (_, calls, own, total, _) in stats.stats.items():
        where = f"{Path(file).name}:{line}({name})" if line else name
        if "psycopg2" in file or "psycopg2" in name:
            driver += own
        top.append((own, calls, total, where))
    top.sort(reverse=True)
    return {"driver_s": driver, "wall_s": wall,
            "top": [f"{own:7.1f} s own {total:7.1f} s cum {calls:>9,} calls  {where}" for own, calls, total, where
                    in top[:14]]}


def concurrent_merges(url: str, folder: Path) -> dict:
    """CONCURRENT `main.py merge` processes at once over the same files (each in another order)."""
    paths = [str(p) for p in sorted((folder / "files").glob("desk*.ikrar"))]
    step = max(1, len(paths) // CONCURRENT)
    t0 = time.perf_counter()
    children = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "merge", "--json", "--db", url,
                                  *paths[n * step:], *paths[:n * step]],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for n in range(CONCURRENT)]
    outputs = [child.communicate() for child in children]
    took = time.perf_counter() - t0
    ok = all(child.returncode == 0 for child in children) and all(json.loads(o)["ok"] for o, _ in outputs)
    new = sum(f["new"].get("attendances", 0) for o, _ in outputs for f in json.loads(o)["files"]) if ok else None
    if not ok:
        print("  concurrent merge failed:", [e[-500:] for _, e in outputs])
    open_database(url)
    out = {"concurrent_s": took, "concurrent_ok": ok, "concurrent_new": new, "concurrent_digest": digest()}
    close_database()
    return out


# ---------------------------------------------------------------- the parent

def child(kind: str, *argv: str) -> dict:
    """Run kind in a child process (its own memory and connection); returns its JSON."""
    done = subprocess.run([sys.executable, __file__, f"--{kind}", *argv], stdout=subprocess.PIPE, text=True)
    assert done.returncode == 0, f"{kind} failed"
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(engine: str, r: dict, shape: dict) -> None:
    f = shape["files"]
    print(f"{engine}: hub setup (its roster of {shape['people']:,} people, the packages) {r['setup_s']:.1f} s",
          flush=True)
    print(f"  merge of {f:,} files ({r['attendances']:,} attendances, {r['signatures']:,} signatures) into the "
          f"empty hub: {r['merge_s']:.1f} s wall, {r['merge_cpu_s']:.1f} s CPU here "
          f"({r['merge_s'] / f * 1000:.0f} ms a file; target <= 120 s at the regency's size)")
    print(f"  the same files again: {r['again_s']:.1f} s wall, {r['again_cpu_s']:.1f} s CPU = "
          f"{100 * r['again_s'] / r['merge_s']:.1f} % of the first (target <= 5 %)")
    print(f"  coverage per OPD ({r['units']} units): {r['coverage_s']:.2f} s (CPU {r['coverage_cpu_s']:.2f}; "
          f"target <= 1 s); recap data: {r['recap_s']:.2f} s (CPU {r['recap_cpu_s']:.2f}; target <= 2 s)")
    print(f"  disk: {r['disk_mb']:.0f} MB" + (f" (signature table {r['signature_mb']:.0f} MB)"
                                              if "signature_mb" in r else "") + f"; dump digest {r['digest']}; "
          f"the merging process's peak memory during the merge {r.get('merge_peak_mb', 0):.0f} MB")
    for key in ("profile",):
        if key in r:
            p = r[key]
            print(f"  profile: {p['driver_s']:.1f} s of {p['wall_s']:.1f} s in the driver's calls (server + round "
                  f"trips), the rest Python; biggest own times:")
            for line in p["top"]:
                print("    " + line)
            print("  the statements' time in execute_sql (server + round trip), by the statement's first words:")
            for line in p["statements"]:
                print("    " + line)
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=2_000)
    parser.add_argument("--checkins", type=int, default=200_000)
    parser.add_argument("--province", action="store_true", help="500,000 people, 10,000 files, 500,000 check-ins; "
                        "PostgreSQL only")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ikrar-bench-hub")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--no-concurrent", action="store_true")
    parser.add_argument("--bundled", action="store_true", help="merge the regencies' bundles bench_forge.py "
                        "--bundles made (the same desk files inside) instead of the desk files")
    parser.add_argument("--pg-sql", action="append", default=[], help="SQL run on the PostgreSQL hub before "
                        "its merge (an experiment, e.g. ALTER TABLE signature ALTER COLUMN strokes SET STORAGE "
                        "EXTERNAL)")
    parser.add_argument("--make-files", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--hub", nargs=3, help=argparse.SUPPRESS)  # TARGET FOLDER OPTIONS
    args = parser.parse_args()
    if args.make_files:
        folder, ids, start, end, per_file = args.make_files
        make_files(Path(folder), json.loads(ids), int(start), int(end), int(per_file))
        return
    if args.hub:
        print(json.dumps(run_hub(args.hub[0], Path(args.hub[1]), json.loads(args.hub[2]))))
        return
    if args.province:
        args.people, args.files, args.checkins, args.engines = 500_000, 10_000, 500_000, "postgresql"
    shape = plan(args)
    folder = args.cache / f"p{shape['people']}-f{shape['files']}-c{shape['checkins']}"
    if (folder / "shape.json").exists():  # as built (bench_forge.py splits a province into several events)
        shape.update({k: v for k, v in json.loads((folder / "shape.json").read_text()).items() if k in shape})
    print(f"hub bench: {shape['people']:,} people, {shape['files']:,} files, {shape['checkins']:,} check-ins "
          f"({shape['per_file']} a file, {shape['events']} event(s)); cache {folder}; load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if (folder / "shape.json").exists():
        built = json.loads((folder / "shape.json").read_text())
        print(f"  desk files from the cache (built in {built['build_s']} s)")
    else:
        build_cache(folder, shape, args.workers)
    size = sum(p.stat().st_size for p in (folder / "files").glob("*.ikrar"))
    print(f"  files: {size / 1e6:.0f} MB ({size / shape['files'] / 1e3:.0f} kB a file)", flush=True)
    results = {}
    work = Path(tempfile.mkdtemp(prefix="ikrar-bench-hub-"))
    server = Server() if "postgresql" in args.engines else None
    try:
        for engine in args.engines.split(","):
            target = server.fresh("bench_hub") if engine == "postgresql" else str(work / "hub.db")
            pg = engine == "postgresql"
            options = {"people": shape["people"], "profile": args.profile and pg, "before": args.pg_sql if pg else [],
                       "bundled": args.bundled}
            results[engine] = child("hub", target, str(folder), json.dumps(options))
            show(engine, results[engine], shape)
        if server and not args.no_concurrent:
            url = server.fresh("bench_hub_concurrent")
            child_setup = subprocess.run([sys.executable, "-c", "import sys, json; sys.argv=['x']; "
                                          f"sys.path.insert(0, {str(ROOT / 'bench')!r}); import bench_hub; "
                                          f"print(json.dumps(bench_hub.setup_hub({url!r}, "
                                          f"bench_hub.Path({str(folder)!r}), {shape['people']})))"],
                                         check=True, stdout=subprocess.DEVNULL)
            assert child_setup.returncode == 0
            r = concurrent_merges(url, folder)
            same = r["concurrent_digest"] == results["postgresql"]["digest"]
            print(f"postgresql: {CONCURRENT} merge processes at once over the same {shape['files']:,} files: "
                  f"{r['concurrent_s']:.1f} s wall, all ok {r['concurrent_ok']}, {r['concurrent_new']} new "
                  f"attendances counted in all; dump digest {r['concurrent_digest']} "
                  f"{'= one merge' if same else 'DIFFERS from one merge'}", flush=True)
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
