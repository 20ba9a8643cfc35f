"""The desk's other ways in and out: the signer's window on a second screen (or a tablet) and the
webcam. Both are made only when asked for, so the desk starts without them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ikrar.models.identifiers import extract_code
from ikrar.ui.desk.camera import CameraDialog, camera_available
from ikrar.ui.desk.signer_window import SignerWindow


class SignerAndCamera:
    """Mixed into DeskView (which provides ink, employee, current_event, dialog, left, save…)."""

    def open_signer(self):
        if self.signer is None:
            self.signer = SignerWindow(self.ink, self)
            self.signer.clear_requested.connect(self.clear_ink)
            self.signer.done_requested.connect(self.save)
            if self.current_event is not None:
                self.signer.set_pact(self.current_event.pact.text)
        if self.employee is not None:
            self.signer.show_person(self.employee.display_name(), not self.already_signed)
        self.signer.place()
        return self.signer

    def _offer_camera(self) -> None:
        if camera_available():
            self.left.camera_button.show()
            self.left.camera_button.clicked.connect(self.read_camera)
            action = QAction(self, shortcut="F8", shortcutContext=Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(self.read_camera)
            self.addAction(action)

    def read_camera(self) -> None:
        if self.dialog is None and self.current_event is not None:
            self.dialog = CameraDialog(self)
            self.dialog.decoded.connect(lambda text: self.open_code(extract_code(text), "camera"))
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()
