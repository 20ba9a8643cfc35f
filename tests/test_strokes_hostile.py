"""Hostile signature strokes (T7): whatever comes in through the pad, `ikrar checkin --signature` or a
sync file is held to what a pad can draw (models/strokes.py), refused in one sentence naming the field.
A bad signature already in a database: test_strokes_stored.py; the properties: test_strokes_properties.py."""
from __future__ import annotations

import json
import os
import re
import uuid

import pytest
from test_sync_support import new_key_pair, organizer, pin, sign, the_event

from ikrar.models import errors
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.errors import Refused
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Signature, Unit
from ikrar.models.strokes import (
    MAX_JSON_CHARS,
    MAX_POINTS,
    MAX_STROKE_POINTS,
    MAX_STROKES,
    StrokeData,
)
from ikrar.models.sync import container
from ikrar.models.sync.crypto import desk_id_of
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.manifest import write_file
from ikrar.models.sync.merge import import_file

NAN, INF = float("nan"), float("inf")
JUNK = "".join(chr(c) for c in range(256)) * 40  # every byte value, 10 KB, as text
SMALL = 200  # characters: a refusal is one short sentence, never a copy of what was refused


def good_points(n: int = 30) -> list[list[float]]:
    return [[100 + 10 * i, 50 + (i % 7) * 15, 10 * i, 0.5] for i in range(n)]


def pad(strokes, width=600, height=200) -> dict:
    return {"width": width, "height": height, "strokes": strokes}


def point(x=10, y=10, t=0, p=0.5) -> dict:
    return pad([[*good_points(3), [x, y, t + 30, p]]])


def _ids(cases) -> list[str]:
    """Short test ids (the cases hold megabytes)."""
    return [f"{i}-" + re.sub(r"[^a-z0-9]+", "-", str(case[1] if isinstance(case, tuple) else "pad").lower())[:40]
            for i, case in enumerate(cases)]


def one_sentence(text: str) -> None:
    assert text.endswith(".") and ". " not in text.rstrip(".") and "\n" not in text, text
    assert len(text) < SMALL and all(c.isprintable() for c in text), text


HOSTILE = [  # (object, the field the refusal must name, a fragment of the English sentence)
    (point(x=NAN), "x", "x must be a finite number, not NaN"),
    (point(y=INF), "y", "y must be a finite number, not inf"),
    (point(x=-INF), "x", "x must be a finite number"),
    (point(x=1.7e308), "x", "x = 1.7e+308 is outside -600..1200"),
    (point(y=-1e308), "y", "y = -1e+308 is outside -200..400"),
    (point(x=10 ** 400), "x", "x must be a finite number, not ~1e400"),
    (point(x=1201), "x", "is outside -600..1200"),
    (point(t=NAN), "t_ms", "t_ms must be a finite number"),
    (point(t=-100), "t_ms", "t_ms = -70 is outside"),
    (point(t=1e300), "t_ms", "t_ms = 1e+300 is outside"),
    (pad([[[1, 1, 50, 0.5], [2, 2, 40, 0.5]]]), "t_ms", "stroke 1, point 2: t_ms goes back (40 after 50)"),
    (point(p=NAN), "pressure", "pressure must be a finite number"),
    (point(p=1.5), "pressure", "pressure = 1.5 is outside 0..1"),
    (point(p=-0.1), "pressure", "pressure = -0.1 is outside 0..1"),
    (point(x="12.5"), "x", "x must be a number, not a string"),
    (point(x="nan"), "x", "x must be a number, not a string"),
    (point(y=True), "y", "y must be a number, not true/false"),
    (point(x=None), "x", "x must be a number, not null"),
    (point(x=[1, [2, [3]]]), "x", "x must be a number, not a list"),
    (point(p={"a": 1}), "pressure", "pressure must be a number, not an object"),
    (pad([[[1, 2]]]), "point", "stroke 1, point 1 must be [x, y, t_ms, pressure]"),
    (pad([[[1, 2, 3, 0.5, 9]]]), "point", "must be [x, y, t_ms, pressure]"),
    (pad([["abcd"]]), "point", "stroke 1, point 1 must be [x, y, t_ms, pressure]"),
    (pad([[{"x": 1, "y": 2, "t": 3, "p": 4}]]), "point", "must be [x, y, t_ms, pressure]"),
    (pad(["strokes"]), "strokes", "stroke 1 must be a list of points, not a string"),
    (pad({"0": []}), "strokes", "'strokes' must be a list of strokes, not an object"),
    (pad("[[[1,2,3,1]]]"), "strokes", "'strokes' must be a list of strokes, not a string"),
    ({"width": 600, "height": 200}, "strokes", "'strokes' must be a list of strokes, not null"),
    (pad([], width=-600), "width", "'width' must be between 1 and 10000 pixels, not -600"),
    (pad([], width=0), "width", "'width' must be between 1 and 10000 pixels, not 0"),
    (pad([], height=NAN), "height", "'height' must be between 1 and 10000 pixels, not NaN"),
    (pad([], height=1e308), "height", "not 1e+308"),
    (pad([], width="600"), "width", "'width' must be a number, not a string"),
    (pad([], width=True), "width", "'width' must be a number, not true/false"),
    ([[[1, 2, 3, 1]]], "json", "must be a JSON object {width, height, strokes}, not a list"),
    ("strokes", "json", "not a string"),
    (pad([[[1, 1, i, 0.5] for i in range(100_000)]]), "strokes", "stroke 1 holds 100000 points, at most 5000"),
    (pad([[[1, 1, i, 0.5] for i in range(4000)] for _ in range(25)]), "strokes",
     f"more than {MAX_POINTS} points in all"),
    (pad([[[1, 1, 0, 0.5]]] * (MAX_STROKES + 1)), "strokes", f"holds {MAX_STROKES + 1} strokes, at most {MAX_STROKES}"),
]


@pytest.mark.parametrize(("obj", "field", "fragment"), HOSTILE, ids=_ids(HOSTILE))
def test_hostile_strokes_are_refused_naming_the_field(obj, field, fragment):
    with pytest.raises(Refused) as err:
        StrokeData.from_obj(obj, source="sig.json")
    refusal = err.value
    assert refusal.code == "bad_strokes" and refusal.details.get("field") == field
    assert refusal.en_text.startswith("sig.json: ") and fragment in refusal.en_text, refusal.en_text
    one_sentence(refusal.en_text)
    one_sentence(refusal.id_text)


def test_the_limits_leave_room_for_real_pads():
    """Up to each limit is accepted (a 240 Hz pen's slow signature, points on the bounds, a 3-number
    point has pressure 1, the demo's signatures), one past it is not."""
    busy = [[[(i * 0.37) % 600, (i * 0.11) % 200, i * 4, 0.3] for i in range(MAX_STROKE_POINTS)]
            for _ in range(MAX_POINTS // MAX_STROKE_POINTS)]
    assert StrokeData.from_obj(pad(busy)).point_count == MAX_POINTS
    edges = StrokeData.from_obj(pad([[[-600, -200, 0, 0], [1200, 400, 0, 1], [0, 0, 5]]]))
    assert edges.strokes[0][2] == (0, 0, 5, 1.0)
    many = StrokeData.from_obj(pad([good_points(2)] * MAX_STROKES))
    assert len(many.strokes) == MAX_STROKES
    for seed in range(300):  # the demo's signatures reach 1.52 × the width
        demo = demo_strokes(seed)
        assert StrokeData.from_obj(demo.to_obj()).strokes_json() == demo.strokes_json()
    for past in (pad(busy + [[[1, 1, 0, 0.5]]]), pad([[[1, 1, 0, 0.5]] * (MAX_STROKE_POINTS + 1)]),
                 pad([good_points(2)] * (MAX_STROKES + 1)), pad([[[1200.2, 1, 0, 0]]]), pad([[[1, -200.2, 0, 0]]]),
                 pad([[[1, 1, 86_400_001, 0]]])):
        with pytest.raises(Refused):  # one past each limit
            StrokeData.from_obj(past)


JSON_CASES = [
    ("{", "is not valid JSON (line 1, column 2)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 100, "is not UTF-8 text"),
    ("[" * 100_000, "is nested too deeply"),
    ("1" * 5000, "holds a number too long to read"),
    ('{"width": NaN, "height": 200, "strokes": []}', "'width' must be between 1 and 10000 pixels, not NaN"),
    ('{"width": 600, "height": 200, "strokes": [[[Infinity, 1, 0, 1]]]}', "x must be a finite number, not inf"),
    ('{"width": 600, "height": 200, "strokes": [[[1e999, 1, 0, 1]]]}', "x must be a finite number, not inf"),
    (json.dumps(pad(JUNK)), "'strokes' must be a list of strokes, not a string"),
    (json.dumps(pad([[[JUNK, 1, 0, 1]]])), "x must be a number, not a string"),
]


@pytest.mark.parametrize(("text", "fragment"), JSON_CASES, ids=_ids(JSON_CASES))
def test_hostile_json_is_refused_in_one_sentence(text, fragment):
    with pytest.raises(Refused) as err:
        StrokeData.from_json(text, source="sig.json")
    assert fragment in err.value.en_text, err.value.en_text
    one_sentence(err.value.en_text)
    one_sentence(err.value.id_text)


def test_ten_megabytes_are_refused_before_they_are_parsed(monkeypatch):
    points = [[100.123456789, 100.123456789, 5, 0.5]] * 250_000  # valid points, 10 MB of them
    text = json.dumps(pad([points[i:i + 100] for i in range(0, len(points), 100)]))
    assert len(text) > 10_000_000 > MAX_JSON_CHARS

    def never(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr("ikrar.models.strokes.json.loads", never)
    for data in (text, text.encode()):
        with pytest.raises(Refused) as err:
            StrokeData.from_json(data, source="sig.json")
        assert err.value.en_text == "sig.json: is larger than 4 MB." and err.value.details["field"] == "json"


def test_the_source_is_quoted_short_and_escaped():
    with pytest.raises(Refused) as err:
        StrokeData.from_obj(point(x=NAN), source="\x00\x1b[31m" + "A" * 500)
    one_sentence(err.value.en_text)
    assert "\x1b" not in err.value.en_text and "\\x1b" in err.value.en_text


# ---- the pad (check_in builds StrokeData directly) ------------------------------------------------

@pytest.fixture
def event(db, at):
    from datetime import date

    from ikrar.models.events import create_event, resolve_units

    at(7, 10)
    insert_people(generate_people(20, seed=3, units=["Dinas Kesehatan"]))
    return create_event("Apel", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan"]))


def _person():
    return Employee.select().join(Unit).where(Employee.nip.is_null(False)).order_by(Employee.roster_order).first()


PAD_CASES = [
    StrokeData(600, 200, [[(x, 50 + i * 5, i * 10, 0.5) for i, x in enumerate([10, 20, 30, NAN, 50, 60, 70, 80,
                                                                               90, 100, 110, 120])]]),
    StrokeData(600, 200, [[(i * 1e307, i * 2e307, i, 0.5) for i in range(12)]]),
    StrokeData(NAN, 200, [[(i * 10, 5 + i * 10, i, 0.5) for i in range(12)]]),
    StrokeData(-600, 200, [[(-i * 10, 5 + i * 10, i, 0.5) for i in range(12)]]),
]


@pytest.mark.parametrize("strokes", PAD_CASES, ids=_ids(PAD_CASES))
def test_the_pads_strokes_are_held_to_the_same_checks(event, strokes):
    with pytest.raises(Refused) as err:
        check_in(event, _person(), strokes=strokes)
    assert err.value.code == "bad_strokes"
    assert Attendance.select().count() == 0 and Signature.select().count() == 0  # nothing half-written


def test_hostile_ink_is_bad_strokes_but_an_empty_pad_too_little_ink(event):
    with pytest.raises(Refused) as err:
        check_in(event, _person(), strokes=StrokeData(1.0, 1.0, [[(NAN, NAN, 0, 0.5)] * 12]))
    assert err.value.code == "bad_strokes"
    with pytest.raises(Refused) as err:
        check_in(event, _person(), strokes=StrokeData(1.0, 1.0, []))  # what an untouched pad gives
    assert err.value.code == "too_little_ink"


# ---- the command line -----------------------------------------------------------------------------

@pytest.fixture
def cli_en(cli):
    """conftest's `cli`, answering in English."""
    yield lambda *argv: cli("--lang", "en", *argv)
    errors.set_language("id")


@pytest.fixture
def cli_event(cli_en, tmp_path):
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(20, seed=3, units=["Dinas Kesehatan"]))
    nip = _person().nip
    close_database()
    code, out, _ = cli_en("event", "new", "--title", "Apel", "--date", "2026-11-23", "--unit", "Dinas Kesehatan")
    assert code == 0
    return out.strip(), nip


CLI_CASES = [
    (json.dumps(point(x=NAN)), "stroke 1, point 4: x must be a finite number, not NaN"),
    (json.dumps(point(x=1.7e308)), "stroke 1, point 4: x = 1.7e+308 is outside -600..1200"),
    (json.dumps(pad([[[1, 1, 0, 1]]], width=-1)), "'width' must be between 1 and 10000 pixels, not -1"),
    (json.dumps(pad([["junk"]])), "stroke 1, point 1 must be [x, y, t_ms, pressure]"),
    (json.dumps(pad([[[1, 1, i, 1] for i in range(100_000)]])), "stroke 1 holds 100000 points, at most 5000"),
    (b"\x00\x01\xfe\xff" * 2000, "is not UTF-8 text"),
    ("[" * 200_000, "is nested too deeply"),
    ("x" * (10 * 1024 * 1024), "is larger than 4 MB"),
]


@pytest.mark.parametrize(("content", "fragment"), CLI_CASES, ids=_ids(CLI_CASES))
def test_cli_checkin_refuses_hostile_signature_files(cli_en, cli_event, tmp_path, monkeypatch, content, fragment):
    event_id, nip = cli_event
    monkeypatch.chdir(tmp_path)
    path = "sig.json"
    (tmp_path / path).write_bytes(content if isinstance(content, bytes) else content.encode())
    code, out, err = cli_en("checkin", "--event", event_id, nip, "--signature", path)
    assert code == 1 and out == "" and "Traceback" not in err, err
    line = err.strip()
    assert "\n" not in line and line.startswith(f"ikrar: {path}: ") and fragment in line, line
    one_sentence(line.removeprefix("ikrar: ").removeprefix(f"{path}: "))
    code, out, _ = cli_en("status", "--event", event_id, "--json")
    assert json.loads(out)["total"]["present"] == 0  # nothing half-written


# ---- sync files from a rogue desk -----------------------------------------------------------------

@pytest.fixture
def real_file(world):
    """Desk A's real sync file (two signatures), and a hub that has not seen it."""
    event_id, _ = organizer(world)
    for i in range(2):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=i)
    path = export_sync(the_event(event_id), world.files)
    world.use("hub")
    return path


def rogue_copy(world, path, change) -> object:
    """*path* with its signatures.json records changed by *change*, signed by a rogue desk's own key."""
    members = {name: data for name, (data, _stored) in container.read(path.read_bytes()).items()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    records = {name: json.loads(data) for name, data in members.items()}
    change(records["signatures.json"])
    private, public = new_key_pair()
    rogue = Desk(id=desk_id_of(public), name="Meja Nakal", private_key=private, public_key=public,
                 created_at=manifest["created_at"])
    for member in ("attendances.json", "signatures.json", "voids.json"):  # the rogue's own rows
        for record in records[member]:
            record["desk"] = rogue.id
    return write_file(world.files / f"rogue-{uuid.uuid4().hex[:6]}.ikrar", "sync", rogue, records,
                      events=manifest["events"])


def _set(key, value):
    def change(signatures):
        signatures[-1][key] = value
    return change


ROGUE_CASES = [
    (_set("strokes", JUNK), "record 2: 'strokes' is not valid JSON (line 1, column 1)"),
    (_set("strokes", "\x00\x01\x02 not json \xff"), "record 2: 'strokes' is not valid JSON"),
    (_set("strokes", "[[[NaN,1,0,1]]]"), "record 2: stroke 1, point 1: x must be a finite number, not NaN"),
    (_set("strokes", "[[[1e308,1,0,1]]]"), "record 2: stroke 1, point 1: x = 1e+308 is outside"),
    (_set("strokes", "[" * 100_000), "record 2: 'strokes' is nested too deeply"),
    (_set("strokes", "[]"), "record 2: 'strokes' holds no point at all"),
    (_set("strokes", json.dumps([[[1, 1, i, 1] for i in range(6000)]])), "stroke 1 holds 6000 points, at most 5000"),
    # text that deflates like real data (a run of spaces would be refused earlier, as a zip bomb)
    (_set("strokes", os.urandom(MAX_JSON_CHARS // 2 + 1).hex()), "record 2: 'strokes' is larger than 4 MB"),
    (_set("pad_width", 1e308), "record 2: 'pad_width' must be between 1 and 10000 pixels, not 1e+308"),
    (_set("pad_height", -200), "record 2: 'pad_height' must be between 1 and 10000 pixels, not -200"),
]


@pytest.mark.parametrize(("change", "fragment"), ROGUE_CASES, ids=_ids(ROGUE_CASES))
def test_a_rogue_desks_hostile_strokes_refuse_the_whole_file(world, real_file, change, fragment):
    rogue = rogue_copy(world, real_file, change)
    before = canonical_dump()
    report = import_file(rogue)
    assert not report.ok and report.member == "signatures.json" and report.code == "bad_record"
    reason = report.reason("en")
    assert reason.startswith("signatures.json: record 2: ") and fragment in reason, reason
    assert reason.endswith("; the file was refused, nothing was changed.") and len(reason) < 2 * SMALL, reason
    assert "\n" not in reason and all(c.isprintable() for c in reason)
    assert report.reason("id").startswith("signatures.json: catatan ke-2: ")
    assert canonical_dump() == before
    assert import_file(rogue_copy(world, real_file, lambda s: None)).ok  # the same file unchanged merges
