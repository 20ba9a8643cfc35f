"""Assets that ship with Ikrar (fonts, pact templates, translations, sounds, icons).

Everything is found through resource_path(), so nothing depends on where the program is installed.
"""
from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped asset, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    path = _ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)} (looked in {_ROOT})")
    return path
