"""What a frozen build runs to prove itself: `--version`, `--smoke-test OUT.png`, and the SQLite check
that refuses to start without the trigram search."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ikrar.models.store.connection import DatabaseOpenError, require_trigram_search

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_version_is_the_projects(tmp_path):
    done = run_main("--version", cwd=tmp_path)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert done.returncode == 0 and done.stdout.strip() == f"ikrar {version}"


def test_smoke_test_renders_the_start_screen_without_a_database(tmp_path):
    out = tmp_path / "smoke.png"
    done = run_main("--smoke-test", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # the start screen in Indonesian: not a blank picture (many distinct colours: text, buttons)
    colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 20
    assert not list(tmp_path.glob("*.db")), "the smoke test must not leave a database behind"


def test_smoke_test_says_when_it_cannot_write(tmp_path):
    done = run_main("--smoke-test", str(tmp_path / "no" / "such" / "folder.png"), cwd=tmp_path)
    assert done.returncode == 1 and "smoke test failed" in done.stderr and "Traceback" not in done.stderr


class _NoFts5:
    def execute_sql(self, sql, *args):
        raise sqlite3.OperationalError("no such module: fts5")


def test_a_sqlite_without_trigram_search_is_refused_with_a_sentence():
    with pytest.raises(DatabaseOpenError, match="FTS5 trigram"):
        require_trigram_search(_NoFts5())
