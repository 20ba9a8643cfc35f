"""The webcam's decoder, fed frames made from generated QR images (no camera needed), and the
camera control that is absent when there is no camera or no QtMultimedia."""
from __future__ import annotations

import io
import json

import pytest
import qrcode
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QTransform
from test_desk_support import draw_mouse, key, live_records, person, zigzag

from ikrar.models.identifiers import extract_code
from ikrar.ui.desk import desk_devices
from ikrar.ui.desk.camera import decode_frame
from ikrar.ui.desk.desk_view import DeskView

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures

NIP = "198609262015051001"


def qr_image(text: str, box: int = 8) -> QImage:
    png = io.BytesIO()
    qrcode.make(text, box_size=box, border=4).save(png, format="PNG")
    return QImage.fromData(png.getvalue())


def camera_frame(code: QImage, angle: float = 0.0, size=(640, 480)) -> QImage:
    """A 640×480 RGB frame, grey background, the code turned and placed off-centre, like a card
    held up to a webcam."""
    frame = QImage(*size, QImage.Format_RGB32)
    frame.fill(QColor("#8a8f96"))
    turned = code.transformed(QTransform().rotate(angle), Qt.SmoothTransformation)
    painter = QPainter(frame)
    painter.drawImage(QPoint(120, 40), turned.scaledToHeight(380, Qt.SmoothTransformation))
    painter.end()
    return frame


@pytest.mark.parametrize("payload", [NIP, f"NIP: {NIP}", json.dumps({"nip": NIP, "nama": "BUDI"}),
                                     "https://simpeg.example.go.id/pegawai?nip=" + NIP])
def test_decoder_reads_the_payload_of_a_generated_qr(qapp, payload):
    text = decode_frame(qr_image(payload))
    assert text == payload and extract_code(text) == NIP


@pytest.mark.parametrize("angle", [0, 12, 90])
def test_decoder_reads_a_code_in_a_camera_like_frame(qapp, angle):
    assert decode_frame(camera_frame(qr_image(NIP), angle)) == NIP


def test_decoder_says_none_without_a_code(qapp):
    empty = QImage(640, 480, QImage.Format_RGB32)
    empty.fill(QColor("white"))
    assert decode_frame(empty) is None
    assert decode_frame(QImage()) is None


@pytest.mark.parametrize("available", [False, True])
def test_desk_adds_the_camera_control_only_with_a_camera(roster, qtbot, monkeypatch, available):
    """Once its window is up, the desk looks for a camera; the control (and F8) only when there is one."""
    asked = []
    monkeypatch.setattr(desk_devices, "camera_available", lambda: asked.append(1) or available)
    view = DeskView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.left.camera_button.isHidden()  # not before the window is up
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    assert view.left.camera_button.isVisible() == available
    assert any(a.shortcut() == QKeySequence("F8") for a in view.actions()) == available


def test_a_camera_read_opens_the_person(desk, roster, monkeypatch):
    """What the camera dialog hands over is opened like a scan, with method 'camera'."""

    employee = person(0)
    text = decode_frame(camera_frame(qr_image(f"NIP: {employee.nip}")))

    desk.open_code(extract_code(text), "camera")
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert live_records(roster, employee)[0].method == "camera"

