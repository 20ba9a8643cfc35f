"""`ikrar desk --event ID` opens that event's desk; `ikrar desk trust FILE` (sync) lives in the same
command; `ikrar --demo` and run_gui open the window on the right screen."""
from __future__ import annotations

import argparse
import re
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

import ikrar.ui.app as gui_app
from ikrar.models.demo.build import build_demo, generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui import app as gui
from ikrar.ui import i18n
from ikrar.ui.cli.app import build_parser, run
from ikrar.ui.main_window import MainWindow


def test_desk_parser_takes_an_event_and_the_trust_action():
    parser = build_parser()
    args = parser.parse_args(["desk", "--event", "3f2a", "--fullscreen"])
    assert args.handler.__name__ == "open_desk" and args.event == "3f2a" and args.fullscreen
    args = parser.parse_args(["--fullscreen", "desk", "--event", "3f2a"])
    assert args.fullscreen
    args = parser.parse_args(["desk", "--event", "3f2a"])
    assert not args.fullscreen
    args = parser.parse_args(["desk", "trust", "ab12 cd34"])
    assert args.handler.__name__ == "desk_decide" and args.action == "trust" and args.desk == "ab12 cd34"
    listed = re.findall(r"^ {4}(\S+)", build_parser().format_help(), re.MULTILINE)  # the commands in --help
    assert listed.count("desk") == 1 and "trust" not in listed  # one command; trust is its action


@pytest.fixture
def event_db(tmp_path):

    path = tmp_path / "desk.db"
    open_database(path)
    insert_people(generate_people(20, seed=2))
    event = create_event("Apel Senin", date(2026, 11, 23))
    close_database()
    return path, event.id


def test_desk_command_starts_the_window_on_that_event(event_db, monkeypatch):
    path, event_id = event_db
    started = []
    monkeypatch.setattr(gui_app, "run_gui", lambda args, event_id=None: started.append((args, event_id)) or 0)
    assert run(["--db", str(path), "desk", "--event", event_id[:8]]) == 0
    assert started[0][1] == event_id

    close_database()


def test_desk_command_without_or_with_a_wrong_event(event_db, capsys):
    path, _ = event_db
    assert run(["--db", str(path), "desk"]) == 2
    assert "--event" in capsys.readouterr().err
    close_database()
    assert run(["--db", str(path), "desk", "--event", "ffffffff"]) == 1
    close_database()


def test_run_gui_opens_the_database_and_the_demo_desk(qapp, tmp_path, monkeypatch):

    path = tmp_path / "demo.db"
    open_database(path)
    event = build_demo(200)
    close_database()
    seen = {}

    def exec_once():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["window"] = windows[-1]
        return 0

    monkeypatch.setattr(qapp, "exec", exec_once)
    code = gui.run_gui(argparse.Namespace(db=str(path), demo=True, fullscreen=False, lang="en"))
    window = seen["window"]
    try:
        assert code == 0 and window.current == "desk" and window.desk().current_event.id == event.id
    finally:
        window.desk().cancel()
        window.close()
        close_database()

        i18n.remove_translator(QApplication.instance())
