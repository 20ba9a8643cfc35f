"""The first-start setup filled as a clerk fills it: typed, page by page; a wrong NIP refused with its
sentence; the PIN typed twice; the kop's preview following the typing and drawn like the printed
kop; everything saved at Finish, nothing at "Later"; and the window's hook run_first_start."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ikrar.models import settings
from ikrar.models.desk import OLD_DEFAULT_NAME, local_desk
from ikrar.models.pact import default_fields
from ikrar.reports.drawing import kop
from ikrar.reports.letterhead import letterhead_specs
from ikrar.ui import i18n
from ikrar.ui.dialogs import setup_preview
from ikrar.ui.dialogs.settings_dialog import SettingsDialog
from ikrar.ui.dialogs.setup_dialog import SetupDialog, run_first_start

SCREEN = (1366, 768)
KOP = ["PEMERINTAH KABUPATEN MAJU", "Dinas Kesehatan", "Jalan Sehat No. 1, Maju 12345"]


@pytest.fixture
def indonesian(qtbot):
    i18n.install_translator(QApplication.instance(), "id")
    yield
    i18n.remove_translator(QApplication.instance())


@pytest.fixture
def dialog(qtbot, db, indonesian):
    d = SetupDialog(first_start=True)
    qtbot.addWidget(d)
    d.show()
    return d


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def red_pixels(image: QImage) -> int:
    """Pixels of the KOP BELUM DIATUR mark's red, one in every 3×3."""
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if (c := QColor(image.pixel(x, y))).red() > 150 and c.green() < 80 and c.blue() < 100)


def test_a_clerk_fills_the_setup(qtbot, dialog, tmp_path):
    # 1. this desk: a name is suggested (never "Meja 1"); the clerk types another
    desk = dialog.desk_page
    assert desk.desk_name.text().startswith("Meja ") and desk.desk_name.text() != OLD_DEFAULT_NAME
    type_into(qtbot, desk.desk_name, "")
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 0 and dialog.message.text() == (
        "Nama meja tidak boleh kosong; misalnya \"Meja Pintu Utara\".")
    type_into(qtbot, desk.desk_name, "Meja Pintu Utara")
    click(qtbot, dialog.next_button)

    # 2. the kop: the preview follows the typing
    kop = dialog.kop_page
    assert dialog.stack.currentIndex() == 1 and dialog.message.text() == ""
    assert not kop.preview.is_set()
    empty = picture(kop.preview)
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 1 and "PEMERINTAH KABUPATEN MAJU" in dialog.message.text()
    for edit, line in zip(kop.lines, KOP, strict=False):
        qtbot.keyClicks(edit, line)
    assert kop.preview.lines == KOP and kop.preview.is_set()
    typed = picture(kop.preview)
    assert red_pixels(empty) > 20 and red_pixels(typed) == 0  # the red mark is gone
    logo = tmp_path / "logo.png"
    Image.new("RGB", (50, 60), (20, 90, 40)).save(logo)
    assert kop.logo.set_file(str(logo))
    assert picture(kop.preview) != typed and "50 × 60 piksel" in kop.logo.label.text()
    click(qtbot, dialog.next_button)

    # 3. the city and the official: a wrong NIP is refused with its sentence
    official = dialog.official_page
    assert dialog.stack.currentIndex() == 2 and official.city.hasFocus()  # the cursor is where to type
    qtbot.keyClicks(official.city, "Maju")
    assert official.example.text().startswith("Maju, ")
    qtbot.keyClicks(official.position, "Kepala Dinas Kesehatan")
    qtbot.keyClicks(official.name, "dr. BUDI SANTOSO, M.Kes.")
    qtbot.keyClicks(official.nip.edit, "19860926 201513 1 001")  # TMT month 13
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 2
    assert dialog.message.text().startswith("NIP pejabat yang mengetahui: ") and "13" in dialog.message.text()
    assert official.nip.edit.hasFocus()
    type_into(qtbot, official.nip.edit, "19860926 201505 1 001")
    click(qtbot, dialog.next_button)

    # 4. the PIN, twice
    pin = dialog.pin_page
    assert dialog.stack.currentIndex() == 3 and dialog.next_button.text() == "Selesai"
    assert not pin.old_pin.isVisibleTo(pin)  # nothing to ask for yet
    click(qtbot, dialog.next_button)
    assert "PIN admin" in dialog.message.text() and not settings.has_admin_pin()
    qtbot.keyClicks(pin.new_pin, "2468")
    qtbot.keyClicks(pin.repeat_pin, "2469")
    click(qtbot, dialog.next_button)
    assert dialog.message.text() == "Kedua PIN baru berbeda; ketik ulang PIN baru." and pin.repeat_pin.text() == ""
    qtbot.keyClicks(pin.repeat_pin, "2468")
    click(qtbot, dialog.next_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("letterhead_lines") == KOP and settings.letterhead_is_set()
    assert (settings.get("city"), settings.get("approver_name"), settings.get("approver_nip")) == (
        "Maju", "dr. BUDI SANTOSO, M.Kes.", "198609262015051001")
    assert local_desk().name == "Meja Pintu Utara"
    assert settings.logo_info(settings.logo_image()) == ("PNG", 50, 60)
    assert settings.check_admin_pin("2468") and not settings.needs_setup() and settings.missing() == []


def test_later_saves_nothing_and_the_setup_comes_back(qtbot, db, indonesian):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    first = run_first_start(window)
    assert first is not None and first.isVisible() and first.windowModality() == Qt.WindowModality.WindowModal
    qtbot.keyClicks(first.desk_page.desk_name, " X")
    first.desk_page.language.setCurrentIndex(first.desk_page.language.findData("en"))
    assert i18n.current_language() == "en"
    qtbot.waitUntil(lambda: first.later_button.text() == "Later")  # switched live
    click(qtbot, first.later_button)
    assert i18n.current_language() == "id"  # the language goes back with the rest
    assert settings.needs_setup() and not local_desk().name.endswith(" X")
    saved = []
    again = run_first_start(window, on_saved=lambda: saved.append(True))
    for edit, line in zip(again.kop_page.lines, KOP, strict=False):
        edit.setText(line)
    again.official_page.city.setText("Maju")
    again.pin_page.new_pin.setText("2468")
    again.pin_page.repeat_pin.setText("2468")
    again.go(3)
    click(qtbot, again.next_button)
    assert saved == [True] and not settings.needs_setup()
    assert run_first_start(window) is None


def test_the_pin_set_before_is_asked_for_first(qtbot, db, indonesian):
    settings.set_admin_pin("1111")
    d = SetupDialog()
    qtbot.addWidget(d)
    pin = d.pin_page
    assert pin.old_pin.isVisibleTo(pin) and d.later_button.text() == "Batal"
    assert pin.check() == ""  # nothing typed: the PIN stays
    pin.new_pin.setText("2222")
    pin.repeat_pin.setText("2222")
    pin.old_pin.setText("9999")
    assert pin.check() == "PIN saat ini salah; PIN tidak diubah."
    pin.old_pin.setText("1111")
    assert pin.check() == "" and pin.value() == "2222"


def test_the_preview_draws_what_the_pdf_draws():
    """One rule for both (reports/letterhead.py), and neither keeps a copy of its own."""
    lines = ["Pemerintah Kabupaten Maju", "Dinas Kependudukan dan Pencatatan Sipil", "Jl. A", "Telp. 1"]
    assert setup_preview.letterhead_specs is kop.letterhead_specs is letterhead_specs
    assert [size for _, _, size in letterhead_specs(lines)] == [13.5, 15.5, 9, 9]
    assert letterhead_specs(lines)[1] == ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", True, 15.5)


def test_the_preview_marks_a_kop_not_set_in_red(qtbot):
    preview = setup_preview.KopPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 10)
    preview.set_lines([])
    assert red_pixels(picture(preview)) > 20
    preview.set_lines(["PEMERINTAH KABUPATEN CONTOH", "BADAN KEPEGAWAIAN"])  # the old made-up kop
    assert red_pixels(picture(preview)) > 20
    preview.set_lines(KOP)
    assert red_pixels(picture(preview)) == 0


def test_settings_opens_the_setup_and_shows_what_it_saved(qtbot, db, indonesian):
    settings_dialog = SettingsDialog()
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    click(qtbot, settings_dialog.setup_button)
    setup = settings_dialog.setup
    assert setup.isVisible() and not setup.first_start
    for edit, line in zip(setup.kop_page.lines, KOP, strict=False):
        edit.setText(line)
    setup.official_page.city.setText("Maju")
    setup.pin_page.new_pin.setText("2468")
    setup.pin_page.repeat_pin.setText("2468")
    setup.go(3)
    click(qtbot, setup.next_button)
    assert setup.result() == QDialog.DialogCode.Accepted
    assert settings_dialog.letterhead.toPlainText().splitlines() == KOP and settings_dialog.city.text() == "Maju"
    assert settings_dialog.old_pin.isVisibleTo(settings_dialog)


def test_the_setup_fits_a_1366x768_laptop(qtbot, dialog, tmp_path):
    shots = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    screen = QImage(*SCREEN, QImage.Format.Format_RGB32)
    screen.fill(QColor("#3a6ea5"))
    for edit, line in zip(dialog.kop_page.lines, KOP, strict=False):
        edit.setText(line)
    for index in range(4):
        dialog.go(index)
        qtbot.wait(20)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 80
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 80  # the taskbar and title bar
        image = picture(dialog)
        image.save(str(shots / f"setup_{index + 1}.png"))
        if index == 1:
            painter = QPainter(screen)
            painter.drawImage((SCREEN[0] - image.width()) // 2, (SCREEN[1] - 40 - image.height()) // 2, image)
            painter.end()
            screen.save(str(shots / "setup_on_1366x768.png"))


def test_the_kop_step_asks_the_pemda_of_the_pact_text(qtbot, dialog):
    """pemda_name beside the kop: empty, the field says what the pact will name (the kop's first line);
    a value the registry refuses keeps the clerk on the kop step at the field; Finish saves it."""
    kop = dialog.kop_page
    dialog.go(1)
    for edit, line in zip(kop.lines, KOP, strict=False):
        edit.setText(line)
    label = kop.form.labelForField(kop.pemda)
    assert label.text() == "Pemda di teks pakta" and label.isVisible() and kop.pemda.isVisible()
    assert kop.pemda.placeholderText() == "dari kop surat: Pemerintah Kabupaten Maju"
    assert "halaman pakta" in kop.pemda.toolTip()
    kop.pemda.setText("Pemerintah\x1b Kabupaten Maju")
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 1 and kop.pemda.hasFocus()
    assert dialog.message.text() == "Nama pemerintah daerah memuat karakter yang tidak dapat dicetak."
    type_into(qtbot, kop.pemda, "Pemerintah Kabupaten Maju Jaya")
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 2
    dialog.official_page.city.setText("Maju")
    dialog.pin_page.new_pin.setText("2468")
    dialog.pin_page.repeat_pin.setText("2468")
    dialog.go(3)
    click(qtbot, dialog.next_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("pemda_name") == "Pemerintah Kabupaten Maju Jaya"
    assert default_fields().pemda == "Pemerintah Kabupaten Maju Jaya"  # a new event's pact starts with it


def test_the_kop_step_with_a_long_kop_and_the_pemda_fits_a_laptop(qtbot, dialog, tmp_path):
    kop = dialog.kop_page
    dialog.go(1)
    long_kop = ["PEMERINTAH KABUPATEN KEPULAUAN SANGIHE", "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, "
                "PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "Jalan Raya Tahuna No. 1, Tahuna 95812",
                "Telp. (0432) 21000 · dp3appkb@sangihekab.go.id"]
    for edit, line in zip(kop.lines, long_kop, strict=True):
        edit.setText(line)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (50, 60), (20, 90, 40)).save(logo)
    assert kop.logo.set_file(str(logo))
    qtbot.wait(20)
    assert len(kop.preview.printed_lines()) == 6  # the office in three lines beside the logo
    assert dialog.minimumSizeHint().height() <= SCREEN[1] - 80 and dialog.height() <= SCREEN[1] - 80
    shots = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    picture(dialog).save(str(shots / "setup_long_kop.png"))
