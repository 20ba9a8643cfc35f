"""Refresh the translations of the window and build the .qm files the program loads.

    python resources/i18n/build.py            # lupdate over ui/, fill English, lrelease both
    python resources/i18n/build.py --release  # only lrelease (after translating in the .ts)
    python resources/i18n/build.py --check    # also fail when ikrar_id.ts has untranslated strings

The source strings are English, so ikrar_en.ts is filled with the source text for every new
message (a translator may still improve it); ikrar_id.ts is translated by hand (Qt Linguist or any
editor: fill each <translation> and drop type="unfinished"). The .qm outputs are committed so a
fresh install needs no Qt tools.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("id", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang: str) -> Path:
    return HERE / f"ikrar_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"ikrar_{lang}.qm"


def sources() -> list[Path]:
    """Every Python file of the window (the command line under ui/cli has no tr() calls, harmless)."""
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """Qt's lupdate or lrelease as PySide6 ships them (inside the package: no PATH needed)."""
    import PySide6  # late: only this developer tool needs the package's folder

    found = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not found.is_file():
        sys.exit(f"{found} is missing (it comes with PySide6: pip install PySide6-Essentials)")
    return str(found)


def lupdate(lang: str, target: Path | None = None) -> Path:
    target = target or ts_path(lang)
    cmd = [tool("lupdate"), *map(str, sources()), "-source-language", "en", "-target-language", lang,
           "-no-obsolete", "-locations", "none", "-silent", "-ts", str(target)]
    subprocess.run(cmd, check=True)
    return target


def lrelease(ts: Path, qm: Path) -> Path:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def fill_english(ts: Path) -> int:
    """English is the source language: an unfinished English message takes its source text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = form.text or source
        else:
            translation.text = translation.text or source
        del translation.attrib["type"]
        filled += 1
    if filled:
        write_ts(tree, ts)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def unfinished(ts: Path) -> list[str]:
    """Sources of the messages in *ts* that still lack a translation."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") == "unfinished" or not all((f.text or "").strip() for f in forms):
            missing.append(message.findtext("source", ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    parser.add_argument("--check", action="store_true", help="exit 1 when ikrar_id.ts is not fully translated")
    args = parser.parse_args(argv)
    if not args.release:
        for lang in LANGUAGES:
            lupdate(lang)
        filled = fill_english(ts_path("en"))
        if filled:
            print(f"ikrar_en.ts: {filled} new message(s) filled with the English source")
        lupdate("en")  # let lupdate put the file back in its own layout
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))
    missing = unfinished(ts_path("id"))
    for source in missing:
        print(f"ikrar_id.ts: untranslated: {source!r}")
    print(f"built {', '.join(qm_path(lang).name for lang in LANGUAGES)}; {len(missing)} untranslated in ikrar_id.ts")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
