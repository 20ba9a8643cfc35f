"""Translations: every string of the window is in both .ts files, translated (Indonesian fully;
English may repeat the source), with every placeholder kept; the shipped .qm files are exactly what
lrelease makes of the .ts; and the language switches live."""
from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ikrar.models.errors import Refused
from ikrar.ui import i18n

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGS = ("id", "en")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")


def messages(lang: str) -> list[dict]:
    out = []
    for context in ET.parse(I18N / f"ikrar_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            out.append({"context": context.findtext("name"), "source": message.findtext("source", ""),
                        "type": translation.get("type"), "forms": forms})
    return [m for m in out if m["type"] not in ("vanished", "obsolete")]


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    found = messages(lang)
    assert len(found) > 100
    missing = [m["source"] for m in found if m["type"] == "unfinished" or not all(f.strip() for f in m["forms"])]
    assert missing == [], f"untranslated in ikrar_{lang}.ts (run resources/i18n/build.py, then translate)"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang):
    broken = []
    for m in messages(lang):
        wanted = sorted(PLACEHOLDER.findall(m["source"]))
        for form in m["forms"]:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append((m["context"], m["source"], form))
    assert broken == []


def test_indonesian_is_really_indonesian():
    id_text = {(m["context"], m["source"]): m["forms"][0] for m in messages("id")}
    assert id_text[("StartScreen", "Events")] == "Acara"
    assert id_text[("SettingsDialog", "Save")] == "Simpan"
    assert id_text[("SettingsDialog", "Cancel")] == "Batal"
    assert id_text[("AttendanceView", "Not signed")] == "Belum tanda tangan"
    assert (id_text[("PeopleModel", "Yes")], id_text[("PeopleModel", "Not yet")]) == ("Sudah", "Belum")
    assert id_text[("PactPanel", "By signing, I declare that I have read and agree to this integrity pact.")] == (
        "Dengan menandatangani, saya menyatakan telah membaca dan menyetujui pakta integritas ini.")
    same = [k for k, v in id_text.items() if v == k[1] and re.search(r"[a-z]{4} [a-z]{4}", v)]
    assert same == [], "sentences left in English in ikrar_id.ts"


def _build():
    """resources/i18n/build.py, the developer tool that runs lupdate and lrelease."""
    spec = importlib.util.spec_from_file_location("i18n_build", I18N / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_ts_files_hold_every_string_of_the_window(tmp_path):
    """lupdate over ui/ now finds exactly the messages of the committed .ts files."""
    fresh = _build().lupdate("id", tmp_path / "fresh.ts")
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    for lang in LANGS:
        committed = {(m["context"], m["source"]) for m in messages(lang)}
        assert sorted(found - committed) == [], f"new strings: run resources/i18n/build.py ({lang})"
        assert sorted(committed - found) == [], f"stale strings: run resources/i18n/build.py ({lang})"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_built_from_the_current_ts(lang, tmp_path):
    rebuilt = tmp_path / f"ikrar_{lang}.qm"
    subprocess.run([_build().tool("lrelease"), "-silent", str(I18N / f"ikrar_{lang}.ts"), "-qm", str(rebuilt)], check=True)
    assert rebuilt.read_bytes() == (I18N / f"ikrar_{lang}.qm").read_bytes(), "run resources/i18n/build.py --release"


@pytest.mark.parametrize(("lang", "expected"), [("id", "Acara"), ("en", "Events")])
def test_shipped_qm_loads_and_translates(qapp, lang, expected):
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(lang)))
    assert translator.translate("StartScreen", "Events") == expected
    assert translator.translate("AbsenceDialog", "Absence code for %n person(s): {names}", None, 2) != ""


class _Probe(QWidget):
    """A widget that re-translates on LanguageChange, as every screen does."""

    def __init__(self):
        super().__init__()
        self.label = QLabel(self)
        self.retranslate()

    def retranslate(self):
        self.label.setText(QCoreApplication.translate("StartScreen", "Events"))

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def test_switch_language_live(qtbot):
    app = QApplication.instance()
    probe = _Probe()
    qtbot.addWidget(probe)
    try:
        assert i18n.install_translator(app, "id")
        qtbot.waitUntil(lambda: probe.label.text() == "Acara")
        assert i18n.current_language() == "id"
        assert i18n.switch_language(app, "en")
        qtbot.waitUntil(lambda: probe.label.text() == "Events")

        assert Refused("ditolak", "refused").text() == "refused"  # domain texts follow the window
        i18n.switch_language(app, "id")
        qtbot.waitUntil(lambda: probe.label.text() == "Acara")
    finally:
        i18n.remove_translator(app)
