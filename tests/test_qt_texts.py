"""Qt's own texts in Indonesian (resources/i18n/qt_id.ts): every source is a string of the Qt that
PySide6 ships, the .qm is what lrelease makes of the .ts, and a file chooser, a message box and the
print dialog speak Indonesian under the window's translator; English leaves them as Qt wrote them.
Native dialogs are used only while they speak Ikrar's language."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QMessageBox, QWidget

from ikrar.ui import i18n

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def _build():
    spec = importlib.util.spec_from_file_location("i18n_build", I18N / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_every_source_is_a_string_of_this_qt():
    build = _build()
    ours = build.ts_messages(I18N / "qt_id.ts")
    assert len(ours) > 200
    assert sorted(ours - build.qt_sources()) == [], "qt_id.ts has a source Qt never looks up"
    assert build.unfinished(I18N / "qt_id.ts") == []


def test_qt_qm_is_built_from_the_ts(tmp_path):
    build = _build()
    rebuilt = build.lrelease(I18N / "qt_id.ts", tmp_path / "qt_id.qm")
    assert rebuilt.read_bytes() == (I18N / "qt_id.qm").read_bytes(), "run resources/i18n/build.py --release"


@pytest.fixture
def indonesian(qapp):
    app = QApplication.instance()
    i18n.install_translator(app, "id")
    yield app
    i18n.remove_translator(app)


def _texts(dialog: QWidget) -> set[str]:
    found = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            found.add(widget.text())
        if widget.toolTip():
            found.add(widget.toolTip())
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
    return found


def test_file_chooser_speaks_indonesian(indonesian, qtbot, tmp_path):
    dialog = QFileDialog(None, "Simpan ke", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert {"&Simpan", "Batal", "Lihat di:", "&Nama berkas:", "Jenis berkas:", "Semua berkas (*)",
            "Folder induk", "Buat folder baru"} <= texts
    assert not texts & {"Cancel", "&Save", "Look in:", "File &name:", "Files of type:", "Parent Directory"}


def test_message_box_buttons_speak_indonesian(indonesian, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Ikrar", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Tidak", "&Ya", "Batal"]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"  # "Batal", as Ikrar's own buttons


def test_print_dialog_speaks_indonesian(indonesian, qtbot):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Cetak"
    assert {"&Cetak", "Batal", "Salinan:", "Semua halaman"} <= _texts(dialog)


def test_english_leaves_qt_as_it_is(qapp, qtbot):
    app = QApplication.instance()
    try:
        i18n.install_translator(app, "en")
        assert i18n.qt_qm_path("en") is None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.remove_translator(app)


def test_switching_back_to_english_drops_qts_indonesian(indonesian):
    i18n.switch_language(indonesian, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    i18n.switch_language(indonesian, "id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


@pytest.mark.parametrize(("system", "lang", "native"), [
    ("id", "id", True), ("en", "id", False), ("en", "en", True), ("", "id", False), ("id", "en", False)])
def test_native_dialogs_only_in_ikrars_language(monkeypatch, indonesian, system, lang, native):
    monkeypatch.setattr(i18n, "system_language", lambda: system)
    assert i18n.use_native_dialogs(lang) is native
    i18n.install_translator(indonesian, lang)
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs) is not native
