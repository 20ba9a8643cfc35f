"""The event dialog (its Pact tab is ui/dialogs/pact_editor.py) as its own program on a real X server,
for tests/test_pact_editor_x11.py: `python x11_pact_editor_app.py DB STATE`. The test drives it with
xdotool's keys as a clerk would; this program only says what it shows: every 100 ms it writes STATE
(JSON: where the keyboard is, the fields, what the preview shows, the dialog's and buttons' places on
the screen), and once the dialog is closed, the saved event's pact text, then it ends."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ikrar.models.events import find_event
from ikrar.models.store.opening import open_database
from ikrar.ui import i18n
from ikrar.ui.dialogs.event_dialog import EventDialog


def box(widget: QWidget) -> list[int]:
    """(x, y, width, height) of *widget* on the screen."""
    corner = widget.mapToGlobal(QPoint(0, 0))
    return [corner.x(), corner.y(), widget.width(), widget.height()]


def main(db: str, state: str) -> int:
    app = QApplication(sys.argv[:1])
    open_database(Path(db))
    i18n.install_translator(app, "id")
    dialog = EventDialog()
    editor = dialog.pact_editor
    names = {dialog.title: "title", dialog.tabs.tabBar(): "tabs", editor.pemda: "pemda", editor.election: "election",
             editor.year: "year", editor.text: "template", editor.reset: "reset", dialog.save_button: "save",
             dialog.cancel_button: "cancel"}

    def write(**extra) -> None:
        focus = app.focusWidget()
        shown = {
            "focus": names.get(focus, type(focus).__name__ if focus else ""), "tab": dialog.tabs.currentIndex(),
            "fields": [editor.pemda.text(), editor.election.text(), editor.year.text()],
            "template_tabs": editor.template().count("\t"), "preview": editor.preview.text.toPlainText(),
            "dialog": box(dialog), "visible": dialog.isVisible(), "message": dialog.message.text(),
            "buttons": {name: [*box(button), button.isVisible(), button.text()]
                        for name, button in (("save", dialog.save_button), ("cancel", dialog.cancel_button))},
            **extra}
        Path(state + ".tmp").write_text(json.dumps(shown), encoding="utf-8")
        os.replace(state + ".tmp", state)

    def finished(result: int) -> None:
        timer.stop()
        event = find_event(dialog.event_id) if dialog.event_id else None
        write(result=result, saved=event.pact.text if event else None)
        QTimer.singleShot(300, app.quit)

    timer = QTimer()
    timer.timeout.connect(write)
    timer.start(100)
    dialog.finished.connect(finished)
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
