"""The reports with hostile data: every value that reaches a document may come from another desk's sync
file (names, NIPs, units, titles, notes are not trusted). File names stay inside the chosen folder,
spreadsheet cells never become formulas, files reach the disk before their final name, and an
interrupted per-person export is marked as unfinished."""
from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_reports_support import make_apel, read

from ikrar.models.errors import Refused
from ikrar.models.store.schema import Employee, Event, Unit
from ikrar.reports import api, files
from ikrar.reports.documents import pacts as pacts_doc
from ikrar.reports.files import Cancelled
from ikrar.ui.cli.app import run

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,119}\.pdf$")
FORMULAS = ['=HYPERLINK("http://x","klik")', "=cmd|' /C calc'!A0", "=1+1", "+1", "-1", "@SUM(A1)",
            "\t=1+1", "\r=1+1"]


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel(24)


def hostile(person, **fields) -> None:
    """Write the row directly, as a merged sync file would (no identifier checks on the way)."""
    Employee.update(front_title="", back_title="", **fields).where(Employee.id == person.id).execute()


def pdfs_under(root: Path) -> set[Path]:
    return {p.resolve() for p in root.rglob("*.pdf")}


# --- T4: file names --------------------------------------------------------------------------------

def test_hostile_nips_and_names_stay_inside_the_folder(apel, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    attacks = [dict(nip="../../evil"), dict(nip=str(outside / "abs-nip")), dict(nip="..\\..\\win"),
               dict(name="../../../../name-escape"), dict(name=str(outside / "abs-name")),
               dict(nip=None, name="..")]
    for person, attack in zip(apel.signed, attacks, strict=False):
        hostile(person, **attack)
    folder = tmp_path / "out" / "pakta"
    folder.parent.mkdir()
    result = api.pacts(apel.event, folder)
    inside = pdfs_under(folder)
    assert pdfs_under(tmp_path) == inside  # nothing written anywhere else
    assert len(inside) == len(result.files) == len(apel.signed)
    for path in result.files:
        assert path.resolve().parent == folder.resolve()
        assert SAFE_NAME.match(path.name), path.name
    assert len({p.name.lower() for p in result.files}) == len(result.files)


def test_the_cli_export_stays_inside_the_folder(tmp_path, at, capsys):
    from ikrar.models.store.connection import close_database
    from ikrar.models.store.opening import open_database

    at(7, 20)
    db_path = tmp_path / "cli.db"
    open_database(db_path)
    try:
        apel = make_apel(12)
        hostile(apel.signed[0], nip="../../../cli-evil")
        hostile(apel.signed[1], nip=str(tmp_path / "cli-abs"))
        event_id = apel.event.id
    finally:
        close_database()
    folder = tmp_path / "deep" / "er" / "pakta"
    folder.parent.mkdir(parents=True)
    code = run(["--db", str(db_path), "report", "pacts", "--event", event_id, "--out", str(folder)])
    close_database()
    capsys.readouterr()
    assert code == 0
    assert pdfs_under(tmp_path) == pdfs_under(folder) and len(pdfs_under(folder)) == len(apel.signed)


def test_names_are_ascii_bounded_and_fall_back(apel, tmp_path):
    hostile(apel.signed[0], name="Siti Ḿaryam Ñoor 张伟 " + "Panjang" * 40)
    hostile(apel.signed[1], name="%$#@!..", nip=None)  # nothing left of the name, no NIP
    hostile(apel.signed[2], name="CON", nip=None)
    result = api.pacts(apel.event, tmp_path / "pakta")
    names = [p.name for p in result.files]
    assert all(SAFE_NAME.match(n) for n in names), names
    assert any(n.startswith("tanpa-nip-") and n.endswith(f"{apel.signed[1].id}.pdf") for n in names)
    assert not any(n.split(".")[0].upper() in {"CON", "PRN", "AUX", "NUL"} for n in names)


def test_names_are_unique_in_the_folder(apel, tmp_path):
    first, second = apel.signed[:2]
    real = "198701012010011001"
    hostile(first, name="Budi Santoso", nip=real)
    hostile(second, name="Budi Santoso", nip="19870101 2010011001")  # prints as the same NIP
    result = api.pacts(apel.event, tmp_path / "pakta")
    assert len({p.name.lower() for p in result.files}) == len(result.files) == len(apel.signed)
    assert len(pdfs_under(tmp_path / "pakta")) == len(apel.signed)  # none overwritten
    # the real NIP's file holds its own person's page
    named = [p for p in result.files if p.name.startswith(real)]
    assert len(named) == 2 and all(len(read(p).pages) == 1 for p in named)


@pytest.mark.skipif(os.name == "nt", reason="making a symbolic link needs a privilege on Windows")
def test_a_link_planted_in_the_folder_is_refused(apel, tmp_path):
    folder = tmp_path / "pakta"
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    result = api.pacts(apel.event, folder)
    target = sorted(result.files)[0]
    target.unlink()
    (folder / f".{target.name}.part").symlink_to(victim)  # a stale temp name pointing outside
    with pytest.raises(Refused) as caught:
        api.pacts(apel.event, folder)
    assert victim.read_text() == "untouched"
    assert caught.value.code == "unsafe_path"
    assert str(folder.resolve()) in caught.value.text() and caught.value.text().count(". ") == 0


@pytest.mark.skipif(os.name == "nt", reason="making a symbolic link needs a privilege on Windows")
@pytest.mark.parametrize("kind", ["recap", "xlsx"])
def test_a_link_planted_as_the_temp_file_is_not_followed(apel, tmp_path, kind):
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    out = tmp_path / "laporan" / f"rekap.{'xlsx' if kind == 'xlsx' else 'pdf'}"
    out.parent.mkdir()
    (out.parent / f".{out.name}.part").symlink_to(victim)
    api.generate(kind, apel.event, out)
    assert victim.read_text() == "untouched" and out.is_file() and not out.is_symlink()
    assert list(out.parent.iterdir()) == [out]


def test_a_name_is_checked_against_the_folder(tmp_path):
    with pytest.raises(Refused):
        files.inside(tmp_path, "../escape.pdf")
    with pytest.raises(Refused):
        files.inside(tmp_path, str(tmp_path.parent / "abs.pdf"))
    assert files.inside(tmp_path, "ok_1.pdf") == tmp_path.resolve() / "ok_1.pdf"


# --- T6: spreadsheet injection -------------------------------------------------------------------

def assert_no_formula(path: Path, expected: set[str]) -> None:
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.startswith("xl/worksheets/") and member.endswith(".xml"):
                xml = archive.read(member).decode("utf-8")
                assert not re.search(r"<f[ >/]", xml), member
    seen = set()
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"):
                    assert cell.data_type == "s" and cell.quotePrefix, (cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.add(cell.value)
    expected = {v.replace("\r", "\n") for v in expected}  # (an XML reader turns a bare CR into LF)
    assert expected <= seen, expected - seen  # every value shown unchanged


def test_xlsx_cells_never_become_formulas(apel, tmp_path):
    people = apel.signed + [p for p, _ in apel.absent]
    for person, text in zip(people, FORMULAS, strict=False):
        hostile(person, name=text, position=text)
    hostile(people[len(FORMULAS)], nip="=1+2")
    Unit.update(name="=SUM(1,2)").where(Unit.id == people[0].unit_id).execute()
    Event.update(title="=HYPERLINK(\"http://x\",\"acara\")").where(Event.id == apel.event.id).execute()
    event = Event.get_by_id(apel.event.id)
    path = api.xlsx(event, tmp_path / "daftar.xlsx", all_expected=True).path
    assert_no_formula(path, set(FORMULAS) | {"=1+2", "=SUM(1,2)"})
    assert not list(tmp_path.glob(".*.part"))


def test_coverage_xlsx_cells_never_become_formulas(apel, tmp_path):
    for person, text in zip(apel.unrecorded + apel.cannot_sign, FORMULAS, strict=False):
        hostile(person, name=text, position=text, golongan="@x")
    Unit.update(name="-Unit").where(Unit.id == apel.unrecorded[0].unit_id).execute()
    path = api.coverage_not_signed_xlsx(tmp_path / "cakupan.xlsx").path
    assert_no_formula(path, set(FORMULAS[:len(apel.unrecorded + apel.cannot_sign)]) | {"-Unit", "@x"})


def test_control_characters_do_not_stop_the_workbook(apel, tmp_path):
    hostile(apel.signed[0], name="Budi\x07 Santoso\x1b")
    path = api.xlsx(apel.event, tmp_path / "daftar.xlsx").path
    names = {c.value for c in load_workbook(path)["Daftar Hadir"]["B"]}
    assert any(isinstance(n, str) and n.startswith("Budi") and "Santoso" in n for n in names)
    assert not list(tmp_path.glob(".*.part"))


# --- durable writes ------------------------------------------------------------------------------

def test_a_report_reaches_the_disk_before_its_name(apel, tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", "dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"))
        return real_fsync(fd)

    def replace(src, dst):
        calls.append(("replace", Path(dst).name))
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    api.recap(apel.event, tmp_path / "rekap.pdf")
    assert calls[:3] == [("fsync", "file"), ("replace", "rekap.pdf"), ("fsync", "dir")]


@pytest.mark.parametrize("kind", ["signed-list", "recap", "not-signed", "pacts", "qr-cards", "xlsx"])
def test_no_part_file_when_the_rename_fails(apel, tmp_path, monkeypatch, kind):
    def fail(src, dst):
        raise PermissionError(13, "the file is open in another program")

    monkeypatch.setattr(files.os, "replace", fail)
    out = tmp_path / ("x.xlsx" if kind == "xlsx" else "x.pdf")
    with pytest.raises(PermissionError):
        api.generate(kind, apel.event, out)
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part")) and not out.exists()


def test_no_part_file_when_cancelled(apel, tmp_path):
    """Every renderer, the regency-wide workbook too (it used to tick, and so cancel, after its rename)."""
    for kind in ("signed-list", "recap", "not-signed", "pacts", "qr-cards", "xlsx", "coverage"):
        out = tmp_path / (f"{kind}.xlsx" if kind in ("xlsx", "coverage") else f"{kind}.pdf")
        with pytest.raises(Cancelled):
            if kind == "coverage":
                api.coverage_not_signed_xlsx(out, cancel=lambda: True)
            else:
                api.generate(kind, apel.event, out, cancel=lambda: True)
        assert not list(tmp_path.glob(".*.part")) and not out.exists(), kind


# --- an interrupted per-person export ------------------------------------------------------------

def test_an_interrupted_folder_export_is_marked(apel, tmp_path):
    folder = tmp_path / "pakta"
    asked = []

    def cancel_halfway() -> bool:
        asked.append(1)
        return len(asked) > len(apel.signed) // 2

    with pytest.raises(Cancelled):
        api.pacts(apel.event, folder, cancel=cancel_halfway)
    marker = folder / pacts_doc.MARKER
    written = list(folder.glob("*.pdf"))
    assert marker.is_file() and 0 < len(written) < len(apel.signed)
    text = marker.read_text(encoding="utf-8")
    assert "BELUM SELESAI" in text and "NOT FINISHED" in text and "lagi" in text and "again" in text

    result = api.pacts(apel.event, folder)  # run again: complete, and the marker is gone
    assert not marker.exists() and len(result.files) == len(apel.signed)
    assert sorted(folder.iterdir()) == sorted(result.files)


def test_a_failing_folder_export_keeps_its_marker(apel, tmp_path, monkeypatch):
    made = []
    real = pacts_doc.build_pdf

    def fail_on_third(*args, **kwargs):
        made.append(1)
        if len(made) == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(pacts_doc, "build_pdf", fail_on_third)
    with pytest.raises(OSError):
        api.pacts(apel.event, tmp_path / "pakta")
    assert (tmp_path / "pakta" / pacts_doc.MARKER).is_file()
