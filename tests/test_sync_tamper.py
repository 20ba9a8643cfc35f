"""A changed byte anywhere is refused whole, naming what failed, with nothing imported; keys and
passphrases are checked before any record is read."""
from __future__ import annotations

import hashlib
import json
import os
import zipfile

import pytest
from test_sync_support import new_key_pair, organizer, person, pin, sign, the_event

from ikrar.models.checkin import void_person
from ikrar.models.desk import local_desk
from ikrar.models.store.schema import Desk
from ikrar.models.sync import container
from ikrar.models.sync.crypto import is_encrypted
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.errors import SyncRefused
from ikrar.models.sync.export import collect, export_sync
from ikrar.models.sync.manifest import read_file, write_file
from ikrar.models.sync.merge import import_file


@pytest.fixture
def made(world):
    """Desk A's sync file (two signed, one voided), and a hub that has not seen it."""

    event_id, _ = organizer(world)
    for i in range(3):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=i)
    void_person(the_event(event_id), person(2), "salah orang")
    path = export_sync(the_event(event_id), world.files)
    world.use("hub")
    return event_id, path


def _dump():
    return canonical_dump()


def _import(world, blob: bytes, name: str = "x.ikrar", passphrase=None):
    path = world.files / name
    path.write_bytes(blob)
    return import_file(path, passphrase)


def _members(path) -> dict[str, bytes]:
    return {name: content for name, (content, _stored) in container.read(path.read_bytes()).items()}


def _rebuild(members: dict[str, bytes]) -> bytes:
    """A well-formed zip of *members*, as a forger with a zip tool would make it."""

    return container.build([container.pack(n, d, compress=not n.startswith("manifest.")) for n, d in members.items()])


def test_a_changed_byte_in_any_member_is_refused_naming_it(world, made):
    _, path = made
    members = _members(path)
    before = _dump()
    for name, data in members.items():
        changed = bytearray(data)
        changed[len(changed) // 2] ^= 0x01
        report = _import(world, _rebuild({**members, name: bytes(changed)}))
        assert not report.ok, name
        expected = {name} if not name.startswith("manifest.") else {"manifest.json", "manifest.sig"}
        assert report.member in expected, (name, report.member, report.reason("en"))
        assert report.member in report.reason("en")  # the refusal names the member it found changed
        assert "nothing was changed" in report.reason("en")
    assert _dump() == before


def test_every_byte_flip_of_the_file_is_refused(world, made):
    _, path = made
    blob = path.read_bytes()
    read_file(blob)  # the intact file verifies
    # every byte, with one bit and with all bits flipped; every bit of each member's last byte,
    # where deflate leaves padding bits that no decompressor looks at
    flips = [(offset, mask) for offset in range(len(blob)) for mask in (1 << offset % 8, 0xFF)]
    for _content, stored in container.read(blob).values():
        flips += [(blob.index(stored) + len(stored) - 1, 1 << bit) for bit in range(8)]
    for offset, mask in flips:
        flipped = bytearray(blob)
        flipped[offset] ^= mask
        with pytest.raises(SyncRefused):
            read_file(bytes(flipped))
    for cut in (blob[:-1], blob + b"\0", blob[:100]):
        with pytest.raises(SyncRefused):
            read_file(cut)


def test_a_flipped_byte_changes_nothing_in_the_database(world, made):
    _, path = made
    blob = path.read_bytes()
    before = _dump()
    for offset in range(0, len(blob), max(1, len(blob) // 40)):
        flipped = bytearray(blob)
        flipped[offset] ^= 0x20
        assert not _import(world, bytes(flipped)).ok
    assert _dump() == before
    assert _import(world, blob).ok and _dump() != before


def test_a_rehashed_member_without_a_new_signature_is_refused(world, made):
    _, path = made
    members = _members(path)
    people = members["people.json"].replace(b'"active":true', b'"active":false', 1)
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["people.json"]["sha256"] = hashlib.sha256(people).hexdigest()
    members.update({"people.json": people, "manifest.json": json.dumps(manifest, indent=2, sort_keys=True).encode()})
    report = _import(world, _rebuild(members))
    assert not report.ok and report.member == "manifest.sig"


def _forged_as(desk_id: str, world, name: str):
    """A file whose manifest claims *desk_id*, signed (validly) with a newly made key."""
    private, public = new_key_pair()
    forger = Desk(id=desk_id, name="Meja palsu", private_key=private, public_key=public, created_at="")
    return write_file(world.files / name, "sync", forger, {"attendances.json": []}, events=[])


def test_a_file_claiming_another_desks_id_is_refused(world, made):
    """A desk is its key: a new key cannot sign as a known desk (T2), nor as this one."""
    event_id, first = made
    assert import_file(first).ok
    desk_a = import_file(first).desk_id
    before = _dump()
    for claimed, name in ((desk_a, "as-a.ikrar"), (local_desk().id, "as-hub.ikrar")):
        report = import_file(_forged_as(claimed, world, name))
        assert not report.ok and report.code == "desk_id" and report.member == "manifest.json"
        assert "claims another desk" in report.reason("en")
    assert _dump() == before


def test_encrypted_file_round_trip_and_wrong_passphrase(world, made):

    event_id, _ = made
    world.use("a")
    with pytest.raises(SyncRefused):
        export_sync(the_event(event_id), world.files / "short.ikrar", passphrase="pendek")
    path = export_sync(the_event(event_id), world.files / "secret.ikrar", passphrase="kata sandi rahasia")
    assert is_encrypted(path) and not zipfile.is_zipfile(path)
    assert b"Apel" not in path.read_bytes()
    world.use("hub")
    before = _dump()
    assert import_file(path).code == "passphrase_needed"
    assert import_file(path, "kata sandi salah!").code == "wrong_passphrase"
    flipped = bytearray(path.read_bytes())
    flipped[-40] ^= 0x01
    assert _import(world, bytes(flipped), passphrase="kata sandi rahasia").code == "wrong_passphrase"
    assert _dump() == before
    report = import_file(path, "kata sandi rahasia")
    assert report.ok and report.new["attendances"] == 3


def test_signed_but_invalid_records_are_refused_whole(world, made):
    event_id, _ = made
    world.use("a")
    members = collect([the_event(event_id)])
    members["attendances.json"][-1]["person"] = 999999  # a person the file does not hold
    bad = write_file(world.files / "bad.ikrar", "sync", local_desk(), members, events=[])
    members = collect([the_event(event_id)])
    members["pact_texts.json"][0]["text"] += "Tambahan.\n"  # not the text its hash names
    bad_pact = write_file(world.files / "bad-pact.ikrar", "sync", local_desk(), members, events=[])
    members = collect([the_event(event_id)])
    members["signatures.json"][0]["desk"] = "0" * 32  # a record of another desk: never in this desk's file
    bad_desk = write_file(world.files / "bad-desk.ikrar", "sync", local_desk(), members, events=[])
    world.use("hub")
    before, desks = _dump(), Desk.select().count()
    for path, member in ((bad, "attendances.json"), (bad_pact, "pact_texts.json"), (bad_desk, "signatures.json")):
        report = import_file(path)
        assert not report.ok and report.member == member and report.code in ("bad_record", "foreign_record")
    assert _dump() == before and Desk.select().count() == desks  # not even the desk was recorded


def test_an_interrupted_write_leaves_no_file(world, made, monkeypatch):
    event_id, _ = made
    world.use("a")

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        export_sync(the_event(event_id), world.files / "full.ikrar")
    assert not list(world.files.glob("full*"))
