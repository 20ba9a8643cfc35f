"""Desk files made fast for bench_hub.py at a province's size (issue 15): 500,000 people and 10,000
signed files would take bench_hub's own builder (a real check-in and export per file) ~50 minutes
here. This builds bench_hub's cache folder (package0.ikrar, files/desk*.ikrar, shape.json) with the
same content export_sync writes, without a database write per file:

- an organizer (SQLite) with the roster of N people and its events, exported as event packages (one
  event, or at a province's size one per share of the units: a package holds at most 250,000 people);
  a desk that imported them (its people's records, the event's owner-signed record, the units and the
  pact text are read from it once, as export_sync's collect() reads them);
- per file, in --workers processes: a new desk (a new key pair, so a new desk id), C / F of one
  event's people checked in (attendance records as rec.attendance_from_row makes them, seven seconds apart) with
  signatures of 300-600 points taken from a pool of real-pad strokes (bench/common.py), the file
  signed by that desk with manifest.write_file, as export_sync signs it.

    python bench/bench_forge.py --people 500000 --files 10000 --checkins 500000 [--cache DIR]
    python bench/bench_hub.py --province --no-concurrent [--cache DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import real_strokes  # noqa: E402 (bench/ is on sys.path: the scripts run from it)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.desk import rename_local_desk
from ikrar.models.events import create_event, expected_units, find_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Desk, Event, Unit
from ikrar.models.sync import records as rec
from ikrar.models.sync.bundle import parts
from ikrar.models.sync.crypto import desk_id_of
from ikrar.models.sync.export import event_records
from ikrar.models.sync.manifest import MAX_RECORDS, write_file
from ikrar.models.sync.package import export_package, import_package

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
POOL = 1_000  # distinct signatures; a file takes its own run of them


def organizer(folder: Path, people: int) -> list[str]:
    """The organizer's roster and its events, their packages, and a desk that imported them. A package
    carries at most manifest.MAX_RECORDS people (250,000: a laptop's memory), so a province's roster
    is split: events of a share of the units each (the regencies' own apels), every unit in one."""
    clock.set_clock(NOW)
    open_database(folder / "organizer.db")
    rename_local_desk("BKD Provinsi")
    insert_people(generate_people(people, seed=1))
    units = list(Unit.select().order_by(Unit.id))
    split = 1 if people <= MAX_RECORDS else math.ceil(people / (MAX_RECORDS * 0.8))
    event_ids = []
    for e in range(split):
        share = units[e::split] if split > 1 else None
        event = create_event(f"Apel Ikrar Netralitas ASN {e + 1}", date(2026, 11, 23), units=share)
        export_package(event, folder / f"package{e}.ikrar")
        event_ids.append(event.id)
    close_database()
    open_database(folder / "desk.db")
    for e in range(split):
        report = import_package(folder / f"package{e}.ikrar")
        assert report.ok, report.reason("en")
    close_database()
    return event_ids


def forge(folder: Path, event_ids: list[str], start: int, end: int, per_file: int) -> None:
    """Child: files start..end-1, each of one event and that event's people (one check-in each)."""
    clock.set_clock(NOW)
    open_database(folder / "desk.db")
    events = [find_event(i) for i in event_ids]
    all_people = rec.person_records("1 = 1", [])
    crowds = []
    for event in events:
        invited = {u.name for u in expected_units(event)}
        crowds.append([p for p in all_people if p["unit"] in invited])
    events_out = {e.id: event_records([e]) for e in events}
    units = {u["name"]: u for u in rec.unit_records()}
    pacts = rec.pact_records({e.pact_sha256 for e in events})
    close_database()
    strokes = [real_strokes(seed, curved=False) for seed in range(POOL)]
    pool = [(s.strokes_json(), s.width, s.height) for s in strokes]
    for f in range(start, end):
        event, people = events[f % len(events)], crowds[f % len(events)]
        k = f // len(events)  # the k-th file of its event
        records = events_out[event.id]
        summary = [{"id": e["id"], "title": e["title"], "date": e["date"]} for e in records]
        desk = _new_desk(f"Meja {f + 1}")
        chosen = [people[(k * per_file + j) % len(people)] for j in range(per_file)]
        attendances, signatures = [], []
        for n, person in enumerate(chosen):
            moment = datetime(2026, 11, 23, 7, f % 60, tzinfo=WIB) + timedelta(seconds=7 * n)
            att = f"{desk.id}:{uuid.uuid4()}"
            attendances.append(rec.attendance_from_row((att, event.id, person["ref"], "H", clock.iso(moment),
                                                        clock.iso_utc(moment), desk.id, "scan", False, "")))
            text, width, height = pool[(f * per_file + n) % POOL]
            signatures.append(rec.signature_from_row((f"{desk.id}:{uuid.uuid4()}", att, text, width, height,
                                                      event.pact_sha256, clock.iso(moment + timedelta(seconds=5)),
                                                      desk.id)))
        attendances.sort(key=lambda a: (a["recorded_utc"], a["id"]))
        signatures.sort(key=lambda s: s["id"])
        names = {p["unit"] for p in chosen} | {e["organizer_unit"] for e in records}
        names |= {name for e in records for name in e["units"]}
        members = {"attendances.json": attendances, "signatures.json": signatures, "voids.json": [],
                   "people.json": sorted(chosen, key=lambda p: p["ref"]),
                   "units.json": [units[n] for n in sorted(units) if n in names], "events.json": records,
                   "pact_texts.json": [p for p in pacts if p["sha256"] == event.pact_sha256]}
        write_file(folder / "files" / f"desk{f:05d}.ikrar", "sync", desk, members, events=summary)


def bundle_files(folder: Path, regencies: int) -> None:
    """The desk files as *regencies* regency hubs pass them on: each hub's share in its bundle (in parts,
    as bundle.export_bundle cuts them), signed by that hub's own key, into folder/bundles/."""
    clock.set_clock(NOW)
    (folder / "bundles").mkdir(exist_ok=True)
    paths = sorted((folder / "files").glob("desk*.ikrar"))
    open_database(folder / "desk.db")
    events = [{"id": e.id, "title": e.title, "date": str(e.date)} for e in Event.select().order_by(Event.id)]
    close_database()
    share = math.ceil(len(paths) / regencies)
    for r in range(regencies):
        hub = _new_desk(f"BKPSDM Kabupaten {r + 1}")
        mine = {f"{hashlib.sha256(b).hexdigest()[:32]}.ikrar": b
                for b in (p.read_bytes() for p in paths[r * share:(r + 1) * share])}
        cut = parts([(name, len(blob)) for name, blob in mine.items()])
        for n, names in enumerate(cut, 1):
            write_file(folder / "bundles" / f"bundle{r:02d}_{n}.ikrar", "bundle", hub, {"decisions.json": []},
                       events=events, files={name: mine[name] for name in names})


def _new_desk(name: str) -> Desk:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return Desk(id=desk_id_of(public), name=name, is_local=True, public_key=public,
                private_key=private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                  serialization.NoEncryption()),
                created_at=clock.iso(NOW))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=500_000)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--checkins", type=int, default=500_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ikrar-bench-hub")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--bundles", type=int, default=0, help="then pack the files as this many regency "
                        "hubs' bundles into bundles/ (bench_hub.py --bundled merges those)")
    parser.add_argument("--forge", nargs=5, help=argparse.SUPPRESS)  # FOLDER EVENT START END PER_FILE
    args = parser.parse_args()
    if args.forge:
        folder, event_ids, start, end, per_file = args.forge
        forge(Path(folder), json.loads(event_ids), int(start), int(end), int(per_file))
        return
    assert args.checkins <= args.people, "one check-in a person"
    per_file = args.checkins // args.files
    folder = args.cache / f"p{args.people}-f{args.files}-c{args.checkins}"
    if args.bundles and (folder / "shape.json").exists():  # the files are there: bundle them only
        t0 = time.perf_counter()
        bundle_files(folder, args.bundles)
        print(f"  {args.bundles} regencies' bundles: {time.perf_counter() - t0:.0f} s", flush=True)
        return
    (folder / "files").mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    event_ids = organizer(folder, args.people)
    print(f"  organizer, package and prepared desk: {time.perf_counter() - t0:.0f} s", flush=True)
    t1 = time.perf_counter()
    chunk = math.ceil(args.files / args.workers)
    children = [subprocess.Popen([sys.executable, __file__, "--forge", str(folder), json.dumps(event_ids),
                                  str(w * chunk), str(min(args.files, (w + 1) * chunk)), str(per_file)])
                for w in range(args.workers) if w * chunk < args.files]
    assert all(child.wait() == 0 for child in children)
    took = time.perf_counter() - t0
    shape = {"people": args.people, "files": args.files, "checkins": args.checkins, "events": len(event_ids),
             "per_file": per_file, "build_s": round(took, 1), "forged": True}
    (folder / "shape.json").write_text(json.dumps(shape))
    print(f"  {args.files:,} signed desk files in {len(children)} processes: {time.perf_counter() - t1:.0f} s "
          f"({took:.0f} s in all)", flush=True)


if __name__ == "__main__":
    main()
