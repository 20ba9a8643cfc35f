"""The command line speaks Indonesian unless --lang en: every --help (argparse's own words too), its
messages and usage errors; the JSON keys and the exit codes do not change with the language. A
reader that stops early (`| head`) ends it quietly; without a display it says so in one sentence."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ikrar.models import settings
from ikrar.models.errors import language, set_language
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli.app import build_parser, run
from ikrar.ui.cli.cmd_gui import display_problem

ROOT = Path(__file__).resolve().parent.parent
# every parser the command line has: the top one, each command, each action of a command
HELP_PATHS = [[], ["event"], ["event", "new"], ["event", "list"], ["event", "close"], ["event", "archive"],
              ["status"], ["search"], ["demo"], ["checkin"], ["void"], ["report"], ["package", "export"],
              ["package", "import"], ["export-sync"], ["bundle", "export"], ["merge"], ["coverage"], ["desk"],
              ["desk", "list"], ["desk", "reject"]]
ENGLISH = re.compile(r"\b(the|show|write|event id|usage|options|positional|prefix|when one is set|"
                     r"default)\b")


def help_of(capsys, *argv: str) -> str:
    assert run([*argv, "--help"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("path", HELP_PATHS, ids=lambda p: " ".join(p) or "ikrar")
def test_help_is_indonesian_by_default(capsys, path):
    text = help_of(capsys, *path)
    assert text.startswith("cara pakai: ikrar")
    assert "pilihan:" in text and "tampilkan bantuan ini, lalu keluar" in text
    english = [line for line in text.splitlines() if ENGLISH.search(line.split("  ")[-1] if "  " in line else line)]
    assert english == [], "English left in the Indonesian --help"


@pytest.mark.parametrize("path", HELP_PATHS, ids=lambda p: " ".join(p) or "ikrar")
def test_help_is_english_with_lang_en(capsys, path):
    text = help_of(capsys, "--lang", "en", *path)
    assert text.startswith("usage: ikrar") and "show this help message and exit" in text
    assert "cara pakai" not in text and "tampilkan bantuan" not in text
    assert help_of(capsys, *path, "--lang=en").startswith("usage: ikrar")  # after the command, with "=", too


def test_usage_errors_speak_the_language(capsys):
    assert run(["checkin"]) == 2
    err = capsys.readouterr().err
    assert "ikrar checkin: kesalahan: argumen ini wajib diisi: KODE, --event" in err and "cara pakai:" in err
    assert run(["--lang", "en", "checkin"]) == 2
    assert "error: the following arguments are required: CODE, --event" in capsys.readouterr().err
    assert run(["event", "new", "--title", "X", "--date", "1-1-2026", "--tz", "UTC"]) == 2
    assert "pilihan 'UTC' tidak ada (pilih dari 'WIB', 'WITA', 'WIT')" in capsys.readouterr().err


def test_messages_are_indonesian_without_lang_and_keys_stay(cli):
    code, out, err = cli("--json", "status", "--event", "nothing")
    assert code == 1 and "tidak ditemukan" in err
    assert set(json.loads(out)) == {"ok", "error", "code"} and json.loads(out)["code"] == "event"
    code, out, err = cli("--lang", "en", "--json", "status", "--event", "nothing")
    assert code == 1 and "not found" in err and set(json.loads(out)) == {"ok", "error", "code"}
    assert cli("event", "list")[1].strip() == "(belum ada acara)"
    assert language() == "id"


def test_the_windows_language_setting_leaves_the_command_line_indonesian(cli, tmp_path):
    cli("event", "list")  # makes the database
    open_database(tmp_path / "cli.db")
    settings.set("language", "en")
    close_database()
    code, _, err = cli("status", "--event", "nothing")
    assert code == 1 and "tidak ditemukan" in err


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path):
    db = tmp_path / "pipe.db"
    assert subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--people", "300"],
                          capture_output=True, timeout=120).returncode == 0
    done = subprocess.run(f'"{sys.executable}" "{ROOT / "main.py"}" --db "{db}" search a --limit 200 --json | head -c1',
                          shell=True, capture_output=True, text=True, timeout=120)
    assert done.stdout == "["
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr and "Exception" not in done.stderr


def test_without_a_display_one_indonesian_sentence(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ""
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.db")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ikrar: jendela Ikrar tidak dapat dibuka")
    assert "DISPLAY kosong" in lines[0] and "Traceback" not in done.stderr and "qt.qpa" not in done.stderr


def test_a_display_nobody_answers_is_one_sentence_too(tmp_path):
    """Qt's display plugin fails (its fatal message is caught): no Qt text, no abort, exit 1."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":187"  # no X server there
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--db", str(tmp_path / "x.db")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "ikrar: the Ikrar window cannot open because this computer has no display it can use (nothing answers at "
        "DISPLAY=:187); start Ikrar from a desktop, or use the command line (ikrar --help)."]


@pytest.mark.parametrize(("environ", "platform", "refused"), [
    ({}, "linux", True), ({"DISPLAY": ""}, "linux", True), ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False), ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True), ({}, "win32", False), ({}, "darwin", False)])
def test_display_problem(environ, platform, refused):
    assert (display_problem(environ, platform) is not None) is refused


def test_parser_is_built_in_the_current_language():
    try:
        set_language("en")
        assert "COMMAND" in build_parser().format_usage()
        set_language("id")
        usage = build_parser().format_usage()
        assert "PERINTAH" in usage and usage.startswith("usage:")  # argparse's words: only while run() parses
    finally:
        set_language("id")
