"""`ikrar settings list|get|set`: every key a person sets, a wrong key (exit 2) and a wrong value (exit 1)
as one Indonesian sentence, desk_name renaming the desk, the logo kept as bytes, and the admin PIN
read from a prompt (getpass), never from the command line."""
from __future__ import annotations

import json

import pytest
from PIL import Image

from ikrar.models import settings
from ikrar.models.desk import local_desk
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database


@pytest.fixture
def prompts(monkeypatch):
    """Answers for getpass, in order; records the prompts shown."""
    answers, shown = [], []

    def fake(prompt=""):
        shown.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("getpass.getpass", fake)
    return answers, shown


def stored(tmp_path, fn):
    """Read the CLI's database directly."""
    open_database(tmp_path / "cli.db")
    try:
        return fn()
    finally:
        close_database()


def test_list_shows_every_key_and_what_is_missing(cli):
    code, out, _ = cli("settings", "list")
    assert code == 0
    for key in (*settings.PERSON_KEYS, "admin_pin"):
        assert f"  {key} " in out
    assert "Kop surat belum diatur" in out and "PIN admin belum diatur" in out
    code, out, _ = cli("settings", "--json")
    data = json.loads(out)
    assert code == 0 and data["letterhead_is_set"] is False and "letterhead_lines" in data["missing"]
    assert data["settings"]["admin_pin"] is False and data["settings"]["logo"] is None


def test_set_and_get(cli, tmp_path):
    code, out, _ = cli("settings", "set", "letterhead_lines", "PEMERINTAH KABUPATEN MAJU", "Dinas Kesehatan",
                       "Jl. Sehat No. 1, Maju")
    assert code == 0 and "Disimpan: letterhead_lines" in out
    assert cli("settings", "get", "letterhead_lines")[1].splitlines() == [
        "PEMERINTAH KABUPATEN MAJU", "Dinas Kesehatan", "Jl. Sehat No. 1, Maju"]
    assert cli("settings", "set", "city", "Maju")[0] == 0
    assert cli("settings", "set", "approver_position", "Kepala", "Dinas", "Kesehatan")[0] == 0  # words joined
    assert cli("settings", "set", "approver_nip", "19860926 201505 1 001")[0] == 0
    assert cli("settings", "get", "approver_nip")[1].strip() == "19860926 201505 1 001"
    assert cli("settings", "set", "paper", "a4")[0] == 0 and cli("settings", "get", "paper")[1].strip() == "A4"
    assert cli("settings", "set", "sound", "tidak")[0] == 0
    code, out, _ = cli("settings", "get", "city", "--json")
    assert json.loads(out) == {"key": "city", "value": "Maju"}
    values = stored(tmp_path, settings.all_values)
    assert values["approver_position"] == "Kepala Dinas Kesehatan" and values["sound"] is False
    assert values["approver_nip"] == "198609262015051001" and values["paper"] == "A4"
    code, out, _ = cli("settings", "list", "--json")
    assert json.loads(out)["letterhead_is_set"] is True and "city" not in json.loads(out)["missing"]


def test_set_desk_name_renames_the_desk(cli, tmp_path):
    code, out, _ = cli("settings", "set", "desk_name", "Meja Pintu Utara")
    assert code == 0 and "Meja Pintu Utara" in out
    assert stored(tmp_path, lambda: local_desk().name) == "Meja Pintu Utara"
    assert "Meja Pintu Utara" in cli("settings", "list")[1].splitlines()[0]


def test_a_wrong_key_is_a_usage_error_with_one_sentence(cli):
    for action in (("get", "kota"), ("set", "kota", "Maju"), ("set", "admin_pin_hash", "x")):
        code, out, err = cli("settings", *action)
        assert code == 2 and out == ""
        assert err.startswith(f"ikrar: Pengaturan '{action[1]}' tidak ada; yang ada: ") and "city" in err
        assert err.count("\n") == 1


def test_a_wrong_value_is_refused_with_one_sentence(cli, tmp_path):
    code, _, err = cli("settings", "set", "approver_nip", "19860926 201513 1 001")
    assert code == 1 and "NIP pejabat tidak sah" in err and err.count("\n") == 1
    code, _, err = cli("settings", "set", "sound", "mungkin")
    assert code == 1 and "harus ya atau tidak" in err
    code, _, err = cli("settings", "set", "language", "jawa")
    assert code == 1 and "id, en" in err
    code, _, err = cli("settings", "set", "approver_nip", "19860926 201513 1 001", "--lang", "en")
    assert code == 1 and "The official's NIP is not valid" in err
    assert stored(tmp_path, lambda: settings.get("approver_nip")) == ""


def test_logo_from_a_file_into_the_database(cli, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (48, 60), (20, 90, 40)).save(logo)
    code, out, _ = cli("settings", "set", "logo", str(logo))
    assert code == 0 and "PNG 48 × 60 piksel" in out
    logo.unlink()
    code, out, _ = cli("settings", "get", "logo", "--json")
    assert json.loads(out)["value"]["width"] == 48
    bad = tmp_path / "logo.txt"
    bad.write_text("bukan gambar")
    code, _, err = cli("settings", "set", "logo", str(bad))
    assert code == 1 and "PNG atau JPG" in err
    assert cli("settings", "set", "logo")[0] == 2
    assert cli("settings", "set", "logo", "")[0] == 0
    assert stored(tmp_path, settings.logo_image) is None


def test_the_pin_is_typed_at_a_prompt(cli, tmp_path, prompts):
    answers, shown = prompts
    code, _, err = cli("settings", "set", "admin_pin", "2468")
    assert code == 2 and "tidak diketik di baris perintah" in err and not shown
    answers += ["2468", "2468"]
    code, out, _ = cli("settings", "set", "admin_pin")
    assert code == 0 and "PIN admin disimpan" in out and "2468" not in out
    assert len(shown) == 2 and "baru" in shown[0]
    assert stored(tmp_path, lambda: settings.check_admin_pin("2468"))

    answers += ["1111", "1357", "1357"]  # a wrong current PIN: nothing else is asked
    code, _, err = cli("settings", "set", "admin_pin")
    assert code == 1 and "PIN admin saat ini salah" in err and answers == ["1357", "1357"]
    answers.clear()
    answers += ["2468", "1357", "1358"]
    code, _, err = cli("settings", "set", "admin_pin")
    assert code == 1 and "Kedua PIN baru berbeda" in err
    answers += ["2468", "12", "12"]
    code, _, err = cli("settings", "set", "admin_pin")
    assert code == 1 and "4–12 angka" in err
    answers += ["2468", "1357", "1357"]
    assert cli("settings", "set", "admin_pin")[0] == 0
    assert stored(tmp_path, lambda: settings.check_admin_pin("1357") and not settings.check_admin_pin("2468"))
    assert json.loads(cli("settings", "get", "admin_pin", "--json")[1])["value"] is True
