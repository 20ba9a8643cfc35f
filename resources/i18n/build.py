"""Refresh the translations of the window and build the .qm files the program loads.

    python resources/i18n/build.py            # lupdate over ui/, fill English, lrelease both
    python resources/i18n/build.py --release  # only lrelease (after translating in the .ts)
    python resources/i18n/build.py --check    # also fail when ikrar_id.ts has untranslated strings

The source strings are English, so ikrar_en.ts is filled with the source text for every new
message (a translator may still improve it); ikrar_id.ts is translated by hand (Qt Linguist or any
editor: fill each <translation> and drop type="unfinished"). The .qm outputs are committed so a
fresh install needs no Qt tools.

qt_id.ts holds Qt's own texts that Ikrar shows (file chooser, dialog buttons, print dialog, text
field menus) in Indonesian, for which Qt ships no catalogue. lupdate does not touch it (its sources
are Qt's, not Ikrar's); lrelease builds qt_id.qm from it. Each source must be a string of the Qt
that PySide6 ships, word for word: `qt_sources()` reads them from PySide6's own qtbase_*.qm
catalogues, and --check refuses a source Qt does not have (it would never be looked up).
"""
from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("id", "en")
QT_LANGUAGES = ("id",)  # Qt's own texts: English is their source; Indonesian is ours
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang: str) -> Path:
    return HERE / f"ikrar_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"ikrar_{lang}.qm"


def qt_ts_path(lang: str) -> Path:
    return HERE / f"qt_{lang}.ts"


def qt_qm_path(lang: str) -> Path:
    return HERE / f"qt_{lang}.qm"


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


def qm_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a compiled .qm file (Qt's documented layout: sections
    of tag, length, bytes; the messages section holds tagged fields ending in tag 1)."""
    data = Path(path).read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{path} is not a .qm file")
    pos, sections = 16, {}
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        sections[tag] = data[pos + 5:pos + 5 + size]
        pos += 5 + size
    found, field, body, i = set(), {}, sections.get(0x69, b""), 0
    while i < len(body):
        tag, i = body[i], i + 1
        if tag == 1:  # end of a message
            found.add((field.get(7, ""), field.get(6, "")))
            field = {}
        elif tag in (3, 6, 7, 8):  # translation (UTF-16), source, context, comment (UTF-8)
            size = struct.unpack(">I", body[i:i + 4])[0]
            i += 4
            if size != 0xFFFFFFFF:
                field[tag] = body[i:i + size].decode("utf-8") if tag != 3 else None
                i += size
        elif tag == 5:  # the obsolete hash field
            i += 4
    return found


def qt_sources() -> set[tuple[str, str]]:
    """(context, source) of Qt's own texts, from the qtbase catalogues PySide6 ships."""
    import PySide6  # late: only this developer tool and its test need the package's folder

    folder = Path(PySide6.__file__).parent / "Qt" / "translations"
    return {pair for qm in sorted(folder.glob("qtbase_*.qm")) for pair in qm_messages(qm)}


def ts_messages(ts: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name", ""), m.findtext("source", ""))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


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
    for lang in QT_LANGUAGES:
        lrelease(qt_ts_path(lang), qt_qm_path(lang))
    missing = unfinished(ts_path("id")) + unfinished(qt_ts_path("id"))
    for source in missing:
        print(f"ikrar_id.ts / qt_id.ts: untranslated: {source!r}")
    not_qt = sorted(ts_messages(qt_ts_path("id")) - qt_sources()) if args.check else []
    for context, source in not_qt:
        print(f"qt_id.ts: not a string of this Qt: {context} {source!r}")
    built = [qm_path(lang).name for lang in LANGUAGES] + [qt_qm_path(lang).name for lang in QT_LANGUAGES]
    print(f"built {', '.join(built)}; {len(missing)} untranslated")
    return 1 if args.check and (missing or not_qt) else 0


if __name__ == "__main__":
    sys.exit(main())
