"""The merge's read-ahead (models/sync/read_ahead.py): the next files verified and their strokes
checked in the second process give the very reports and the very database of one process, a file
the worker refuses is refused here naming why, and a file the worker has not begun is read here."""
from __future__ import annotations

import json
from concurrent.futures import Future

import pytest
from test_sync_support import new_key_pair, pin, scenario

from ikrar.models.processes import parallel_allowed
from ikrar.models.store.schema import Desk
from ikrar.models.sync import checking, container
from ikrar.models.sync.bundle import export_bundle
from ikrar.models.sync.crypto import desk_id_of
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.manifest import write_file
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.read_ahead import Ahead, prepare, read_ahead

OUTSIDE = json.dumps([[[10, 10, 0, 0.5], [90000, 20, 10, 0.5]]])  # x far outside any pad


def rogue(world, path, name: str, strokes: str | None = None):
    """*path*'s records signed by a new desk of its own; the last signature's strokes replaced."""
    members = {n: data for n, (data, _stored) in container.read(path.read_bytes()).items()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    records = {n: json.loads(data) for n, data in members.items()}
    if strokes is not None:
        records["signatures.json"][-1]["strokes"] = strokes
    private, public = new_key_pair()
    desk = Desk(id=desk_id_of(public), name="Meja Lain", private_key=private, public_key=public,
                created_at=manifest["created_at"])
    for member in ("attendances.json", "signatures.json", "voids.json"):
        for record in records[member]:
            record["desk"] = desk.id
    return write_file(world.files / name, "sync", desk, records, events=manifest["events"])


@pytest.fixture
def files(world):
    """The scenario's files, a tampered copy, a signed file with one impossible signature, and a
    bundle of a hub that merged two of them."""
    made = scenario(world)
    tampered = world.files / "tampered.ikrar"
    data = bytearray(made["A2"].read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    bad = rogue(world, made["A1"], "bad-strokes.ikrar", OUTSIDE)
    world.use("bundler")
    assert all(r.ok for r in merge_files([made["P1"], made["B1"], made["C1"]]))
    bundle = export_bundle(world.files / "bundle.ikrar")[0]
    return {**made, "tampered": tampered, "bad": bad, "bundle": bundle}


def merged(world, hub: str, paths) -> tuple[list[dict], str]:
    world.use(hub)
    pin(9, 0)
    reports = merge_files(paths)
    return [{k: v for k, v in r.to_dict().items() if k != "path"} for r in reports], canonical_dump()


def test_read_ahead_merges_as_one_process_does(world, files, monkeypatch):
    order = [files[k] for k in ("P1", "A1", "bad", "B1", "tampered", "A2", "bundle", "C1", "B2", "A1")]
    seen = []
    real_give = read_ahead.__globals__["_give_worker"]

    def counting(*args):
        future = real_give(*args)
        seen.append(future is not None)
        return future

    monkeypatch.setattr("ikrar.models.sync.read_ahead._give_worker", counting)
    together = merged(world, "two", order)
    assert any(seen) == parallel_allowed()  # files were queued to the worker where there is one
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    alone = merged(world, "one", order)
    for mine, theirs in zip(together[0], alone[0], strict=True):
        assert mine == theirs
    assert together[1] == alone[1]
    reports = together[0]
    bad, tampered = reports[2], reports[4]
    assert not bad["ok"] and bad["refused"]["member"] == "signatures.json"
    assert "titik 2 goresan 1: x = 90000 di luar" in bad["refused"]["reason"]  # the language of the tests: Indonesian
    assert not tampered["ok"] and reports[5]["ok"]  # the untouched A2 still merges after it
    assert reports[6]["kind"] == "bundle" and reports[6]["ok"]
    assert reports[9]["already_merged"]  # A1 again, answered without being read


def test_the_worker_says_only_verified_and_strokes_fine(files):
    good = prepare(files["A1"].read_bytes(), None)
    assert good.kind == "sync" and good.strokes_ok and not good._parsed
    assert prepare(files["bad"].read_bytes(), None).strokes_ok is False
    assert prepare(files["tampered"].read_bytes(), None) is None
    assert prepare(files["P1"].read_bytes(), None).strokes_ok is False  # a package: checked where applied


def test_a_file_the_worker_has_not_begun_is_read_here(files):
    waiting = Future()  # never started: cancel() succeeds, so this process reads the file itself
    vf = Ahead(files["A1"].read_bytes(), waiting).verified(None)
    assert waiting.cancelled() and vf.kind == "sync" and not vf.strokes_ok
    broken = Future()
    broken.set_running_or_notify_cancel()
    broken.set_exception(RuntimeError("the worker died"))
    assert Ahead(files["A1"].read_bytes(), broken).verified(None).kind == "sync"


def test_reading_ahead_keeps_order_and_depth(tmp_path):
    paths = []
    for i in range(7):
        paths.append(tmp_path / f"{i}.bin")
        paths[-1].write_bytes(bytes([i]))
    loaded = []

    def load(path):
        loaded.append(path)
        return path.read_bytes()

    with checking.stroke_workers(1):  # no worker: the order and the bound still hold
        got = read_ahead(paths, load)
        first = next(got)
        assert first[0] == paths[0] and first[1].blob == b"\x00" and first[1].future is None
        assert len(loaded) <= 1 + 3 + 1
        rest = [source for source, _ahead in got]
    assert rest == paths[1:]
    missing = next(read_ahead([tmp_path / "none.bin"], load))
    assert missing[1].blob is None  # the merge loads it again and says it cannot be read
