"""A hub's bundle in parts: a regency's 2,000 desk files (~850 MB) do not fit in one file a receiver
reads (256 MB, 1,024 members), so the bundle is cut into parts, each signed and carrying the hub's
decisions; the province merging every part ends as with one bundle."""
from __future__ import annotations

from test_sync_support import pin, scenario

from ikrar.models.store.connection import db
from ikrar.models.sync import bundle, container
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.manifest import read_file
from ikrar.models.sync.merge import MergeReport, apply_file, merge_files


def test_parts_cut_by_count_and_by_size(monkeypatch):
    monkeypatch.setattr(bundle, "PART_FILES", 3)
    monkeypatch.setattr(bundle, "PART_BYTES", 100)
    assert bundle.parts([]) == [[]]  # decisions only: one bundle
    assert bundle.parts([(str(i), 10) for i in range(7)]) == [["0", "1", "2"], ["3", "4", "5"], ["6"]]
    assert bundle.parts([("a", 60), ("b", 60), ("c", 150), ("d", 1)]) == [["a"], ["b"], ["c"], ["d"]]
    assert bundle.parts([("a", 40), ("b", 60), ("c", 1)]) == [["a", "b"], ["c"]]


def test_a_bundle_in_parts_merges_as_one_bundle(world, monkeypatch):
    made = scenario(world)
    world.use("hub")
    pin(9, 0)
    assert all(r.ok for r in merge_files([made[k] for k in ("P1", "A1", "B1", "A2", "C1", "B2")]))
    whole = bundle.export_bundle(world.files / "whole.ikrar")
    monkeypatch.setattr(bundle, "PART_FILES", 2)
    cut = bundle.export_bundle(world.files / "cut.ikrar")
    assert len(whole) == 1 and len(cut) == 3
    assert [p.name for p in cut] == ["cut_1-dari-3.ikrar", "cut_2-dari-3.ikrar", "cut_3-dari-3.ikrar"]
    inside = [sorted(n for n in container.read(p.read_bytes()) if n.endswith(".ikrar")) for p in cut]
    everything = sorted(n for n in container.read(whole[0].read_bytes()) if n.endswith(".ikrar"))
    assert sorted(n for part in inside for n in part) == everything and all(len(p) <= 2 for p in inside)
    assert all(read_file(p).kind == "bundle" for p in cut)  # each part signed and verified on its own

    dumps = []
    for name, paths in (("province-a", whole), ("province-b", cut)):
        world.use(name)
        pin(10, 0)
        reports = merge_files(paths)
        assert all(r.ok for r in reports), [r.reason("en") for r in reports]
        dumps.append(canonical_dump())
    assert dumps[0] == dumps[1]


def test_a_bundles_appliers_keep_no_file(world):
    """A province's bundle part holds ~930 desk files: each file's applier, kept until the bundle's
    duplicates are looked up, lets go of the file and its parsed records once applied."""
    made = scenario(world)
    world.use("hub")
    pin(9, 0)
    assert all(r.ok for r in merge_files([made[k] for k in ("P1", "A1", "B1", "C1")]))
    [path] = bundle.export_bundle(world.files / "whole.ikrar")
    world.use("province")
    pin(10, 0)
    with db.atomic():
        appliers = apply_file(read_file(path), MergeReport(path=str(path)))
    files = appliers[:-1]  # the last applies the hub's decisions
    assert len(files) == 3 and all(a.vf is None and a.file_live for a in files)
