"""Assets that ship with Ikrar (fonts, pact templates, translations, sounds, icons).

Everything is found through resource_path(), so nothing depends on where the program is installed.
"""
from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped asset, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    path = _ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (looked in {_ROOT})")
    return path


def app_version() -> str:
    """Ikrar's version: the installed package's, else the pyproject.toml shipped beside the package
    (a checkout, or the frozen build, which carries it as data)."""
    try:
        return metadata.version("ikrar")
    except metadata.PackageNotFoundError:
        pyproject = _ROOT.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, ValueError):
            return "0"
