"""Reading a QR code or barcode from a webcam. QtMultimedia and zxing-cpp are imported only when
used; without a camera (or without QtMultimedia, as in PySide6-Essentials) the desk simply shows no
camera control."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ikrar.models.identifiers import extract_code

DECODE_EVERY_S = 0.15  # a frame every 150 ms is plenty for a card held to the camera


def decode_frame(image: QImage) -> str | None:
    """The text of a QR code or barcode in *image* (one that holds a NIP/NIK first), or None."""
    import zxingcpp  # late, optional: the camera extra (pip install ikrar[camera])

    if image is None or image.isNull():
        return None
    gray = image.convertToFormat(QImage.Format_Grayscale8)
    try:
        found = zxingcpp.read_barcodes(gray)
    except (TypeError, ValueError):  # an older zxing-cpp without QImage support: pass the pixels

        pixels = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.sizeInBytes())
        found = zxingcpp.read_barcodes(pixels.reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()].copy())
    texts = [b.text for b in found if b.text]
    for text in texts:
        if extract_code(text):
            return text
    return texts[0] if texts else None


def camera_available() -> bool:
    """True when QtMultimedia, zxing-cpp and at least one camera are present."""
    try:
        # Late, optional: the camera extra brings both (the shipped build has neither).
        import zxingcpp  # noqa: F401
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:  # no multimedia backend on this machine
        return False


class CameraDialog(QDialog):
    """Shows the camera picture and closes as soon as a code with a NIP/NIK is read."""

    decoded = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink  # late, optional (see above)

        self.setWindowTitle(self.tr("Read a QR code with the camera"))
        layout = QVBoxLayout(self)
        self.view = QLabel(self.tr("Starting the camera…"), alignment=Qt.AlignCenter)
        self.view.setMinimumSize(480, 360)
        layout.addWidget(self.view)
        self.status = QLabel(self.tr("Hold the QR code or barcode in front of the camera."), wordWrap=True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._last = 0.0
        self.camera = QCamera(self)
        self.sink = QVideoSink(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        self.camera.start()

    def _frame(self, frame) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self.view.setPixmap(QPixmap.fromImage(image).scaled(self.view.size(), Qt.KeepAspectRatio))
        now = time.monotonic()
        if now - self._last < DECODE_EVERY_S:
            return
        self._last = now
        text = decode_frame(image)
        if text and extract_code(text):
            self.camera.stop()
            self.decoded.emit(text)
            self.accept()
        elif text:
            self.status.setText(self.tr("This code holds no NIP or NIK."))

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)
