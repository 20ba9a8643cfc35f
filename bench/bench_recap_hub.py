"""The recap's data at a regency hub's size (issue 15: "a recap <= 2 s"), on SQLite and PostgreSQL, before
and after migration 9 (signature.signing_ms): N people (--people), one event (--events), each person
present and signed there with a 300-600-point signature (bench/common.py real_strokes, not curved: the
size a signature has in a sync file, ~10 kB of JSON) at one of --desks desks (bench_hub.py's shape: 2,000
files of 100 check-ins over 2 events, so 1,000 desks an event), written in bulk as bench_hub.py's desks
write them. Much quicker to build than bench_hub.py's merged hub (no sync files, no merge), with the same
rows the recap reads.

Per engine, in a child process of its own, the rows written without their span (as a hub before
migration 9 holds them): the recap's data (reports.data.recap) best of 3 with desk_speed as it was before
(--before, a commit: every signature's strokes read), once with today's code (the spans missing: each
row's strokes read instead), then the migration's fill (migration_signing_span.fill_signing_spans: what
upgrading such a hub costs), then the recap again best of 3; wall and this process's CPU (on PostgreSQL
the server's work is in the wall only); the figures must be the same every time. --profile: where the
recap's time goes after (cProfile, and the time in execute_sql by statement). PostgreSQL: a throwaway
cluster (tests/pg_cluster.py, fsync off) unless IKRAR_BENCH_PG_URL names a server; ANALYZE after the
bulk writes (a server's autovacuum does the same).

    python bench/bench_recap_hub.py [--people 100000] [--events 1] [--desks 1000] [--distinct 1000]
        [--engines sqlite,postgresql] [--profile] [--before 93a87ab]

--distinct: how many different signatures the rows take their strokes from (making 100,000 costs ~2 min;
the recap's cost does not depend on which strokes a row holds, only on their size).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
import types
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import (  # noqa: E402 (bench/ is on sys.path)
    best_of,
    real_strokes,  # noqa: E402
    timed,
)
from pg_server import Server, StatementClock  # noqa: E402

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.migration_signing_span import fill_signing_spans
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Signature, record_id
from ikrar.reports import data as report_data
from ikrar.reports.data import recap

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "93a87ab"  # main before migration 9: the recap read every signature's strokes
WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
ROWS = 500  # rows a bulk statement


def build(options: dict) -> list:
    """The roster, the events, every person present and signed at each (signing_ms left NULL)."""
    insert_people(generate_people(options["people"], seed=1))
    stamp = clock.iso(clock.now())
    Desk.insert_many([{"id": f"{d:032x}", "name": f"Meja {d + 1}", "created_at": stamp}
                      for d in range(options["desks"])]).execute()
    desks = [f"{d:032x}" for d in range(options["desks"])]
    pool = [real_strokes(seed, curved=False) for seed in range(options["distinct"])]
    pool = [(s.strokes_json(), s.width, s.height) for s in pool]
    ids = [e.id for e in Employee.select(Employee.id).order_by(Employee.roster_order)]
    events = [create_event(f"Apel Ikrar Netralitas ASN {e + 1}", date(2026, 11, 23) + timedelta(days=7 * e))
              for e in range(options["events"])]
    for e, event in enumerate(events):
        start = datetime(2026, 11, 23, 7, 0, tzinfo=WIB) + timedelta(days=7 * e)
        for first in range(0, len(ids), ROWS):
            attendances, signatures = [], []
            for n, employee in enumerate(ids[first:first + ROWS], start=first):
                desk = desks[n % len(desks)]  # every desk at work at once, a person every 7 s
                moment = start + timedelta(seconds=7 * (n // len(desks)))
                att = record_id(desk)
                attendances.append({"id": att, "event": event.id, "employee": employee, "status": "H",
                                    "recorded_at": clock.iso(moment), "recorded_utc": clock.iso_utc(moment),
                                    "desk": desk, "method": "scan", "late": False, "note": ""})
                text, width, height = pool[n % len(pool)]
                signatures.append({"id": record_id(desk), "attendance": att, "strokes": text, "pad_width": width,
                                   "pad_height": height, "pact": event.pact_sha256,
                                   "signed_at": clock.iso(moment + timedelta(seconds=5)), "desk": desk})
            with db.atomic():
                Attendance.insert_many(attendances).execute()
                Signature.insert_many(signatures).execute()
    return events


def old_desk_speed(rev: str):
    """desk_speed as the code at *rev* (before migration 9) had it: every signature's strokes read."""
    text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:models/queries/desk_speed.py"], check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    module = sys.modules["desk_speed_before"] = types.ModuleType("desk_speed_before")  # dataclasses look it up
    exec(compile(text, f"{rev}:desk_speed.py", "exec"), module.__dict__)  # noqa: S102 (our own file at a commit)
    return module.desk_speed


def figures(event) -> list[dict]:
    data = recap(event)
    return [d.to_dict() for d in (*data.desks, data.all_desks)]


def where_time_goes(event) -> dict:
    statements = StatementClock(db.obj)
    profiler = cProfile.Profile()
    wall = time.perf_counter()
    profiler.enable()
    recap(event)
    profiler.disable()
    wall = time.perf_counter() - wall
    del db.obj.execute_sql
    stats = pstats.Stats(profiler)
    top = sorted(((own, total, calls, f"{Path(f).name}:{line}({name})" if line else name)
                  for (f, line, name), (_, calls, own, total, _) in stats.stats.items()), reverse=True)[:12]
    cumulative = sorted(((total, calls, f"{Path(f).name}:{line}({name})") for (f, line, name), (_, calls, _o, total, _)
                         in stats.stats.items() if "ikrar" in f or "/main/" in f), reverse=True)[:12]
    return {"wall_s": wall, "statements": statements.top(8),
            "own": [f"{own:6.2f} s own {total:6.2f} s cum {calls:>9,} calls  {where}"
                    for own, total, calls, where in top],
            "cumulative": [f"{total:6.2f} s cum {calls:>9,} calls  {where}" for total, calls, where in cumulative]}


def run_engine(target: str, options: dict) -> dict:
    """Child: build, recap before, fill, recap after."""
    clock.set_clock(NOW)
    pg = target.startswith("postgresql://")
    open_database(target)
    if not pg:
        db.execute_sql("PRAGMA synchronous=OFF")  # the setup only; the recap reads
    out = {}
    events, out["build_s"], _ = timed(build, options)
    if pg:
        db.execute_sql("ANALYZE")
    event = events[0]
    assert db.execute_sql("SELECT COUNT(*) FROM signature WHERE signing_ms IS NOT NULL").fetchone()[0] == 0
    current = report_data.desk_speed
    report_data.desk_speed = old_desk_speed(options["before"])  # what recap() calls
    before = figures(event)
    out["before_s"], out["before_cpu_s"] = best_of(3, recap, event)
    report_data.desk_speed = current
    out["missing_s"], out["missing_cpu_s"] = best_of(1, recap, event)  # today's code, no span stored yet
    out["same_missing"] = figures(event) == before
    with db.atomic():
        _, out["fill_s"], out["fill_cpu_s"] = timed(fill_signing_spans, db.obj)
    if pg:
        db.execute_sql("VACUUM ANALYZE signature")  # the fill's dead row versions, as autovacuum would
    assert db.execute_sql("SELECT COUNT(*) FROM signature WHERE signing_ms IS NULL").fetchone()[0] == 0
    (out["filled"],), = db.execute_sql("SELECT COUNT(*) FROM signature")
    out["same_figures"] = figures(event) == before
    out["after_s"], out["after_cpu_s"] = best_of(3, recap, event)
    out["signatures"], out["before"] = before[-1]["signatures"], options["before"]
    if options["profile"]:
        out["profile"] = where_time_goes(event)
    if pg:
        (out["disk_mb"],), = db.execute_sql("SELECT pg_database_size(current_database()) / 1e6")
        (out["signature_mb"],), = db.execute_sql("SELECT pg_total_relation_size('signature') / 1e6")
        (out["signature_heap_mb"],), = db.execute_sql("SELECT pg_relation_size('signature') / 1e6")
    else:
        out["disk_mb"] = sum(Path(f"{target}{s}").stat().st_size for s in ("", "-wal")
                             if Path(f"{target}{s}").exists()) / 1e6
    close_database()
    return out


def show(engine: str, r: dict) -> None:
    print(f"{engine}: built in {r['build_s']:.0f} s; {r['signatures']:,} signatures at the event; disk "
          f"{float(r['disk_mb']):.0f} MB" + (f" (signature table {float(r['signature_mb']):.0f} MB, its heap without "
                                             f"the strokes' TOAST {float(r['signature_heap_mb']):.0f} MB)"
                                             if "signature_mb" in r else ""))
    print(f"  recap data before (the code at {r['before']}, every signature's strokes read): {r['before_s']:.2f} s "
          f"wall, {r['before_cpu_s']:.2f} s CPU here (best of 3); today's code with no span stored yet: "
          f"{r['missing_s']:.2f} s wall, {r['missing_cpu_s']:.2f} s CPU (one run), same figures: {r['same_missing']}")
    print(f"  migration 9's fill of {r['filled']:,} spans (every event's): {r['fill_s']:.1f} s wall, "
          f"{r['fill_cpu_s']:.1f} s CPU")
    print(f"  recap data, spans stored: {r['after_s']:.2f} s wall, {r['after_cpu_s']:.2f} s CPU here (best of 3; "
          f"target <= 2 s); same figures: {r['same_figures']}")
    if "profile" in r:
        p = r["profile"]
        print(f"  profile of one recap after ({p['wall_s']:.2f} s under cProfile): execute_sql by statement:")
        for line in p["statements"]:
            print("    " + line)
        print("  biggest own times:")
        for line in p["own"]:
            print("    " + line)
        print("  Ikrar's functions by cumulative time:")
        for line in p["cumulative"]:
            print("    " + line)
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1)
    parser.add_argument("--distinct", type=int, default=1_000)
    parser.add_argument("--desks", type=int, default=1_000)
    parser.add_argument("--before", default=BEFORE, help="the commit whose desk_speed is timed as before")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--engine", nargs=2, help=argparse.SUPPRESS)  # TARGET OPTIONS (the child)
    args = parser.parse_args()
    if args.engine:
        print(json.dumps(run_engine(args.engine[0], json.loads(args.engine[1]))))
        return
    options = {"people": args.people, "events": args.events, "distinct": args.distinct, "desks": args.desks,
               "profile": args.profile, "before": args.before}
    print(f"recap at a hub: {args.people:,} people, {args.events} event(s), every person signed at each "
          f"(300-600 points; {args.distinct:,} different signatures) at one of {args.desks:,} desks; "
          f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    work = Path(tempfile.mkdtemp(prefix="ikrar-bench-recap-"))
    server = Server() if "postgresql" in args.engines else None
    try:
        for engine in args.engines.split(","):
            target = server.fresh("bench_recap") if engine == "postgresql" else str(work / "hub.db")
            done = subprocess.run([sys.executable, __file__, "--engine", target, json.dumps(options)],
                                  stdout=subprocess.PIPE, text=True)
            assert done.returncode == 0, f"{engine} failed"
            show(engine, json.loads(done.stdout.strip().splitlines()[-1]))
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
