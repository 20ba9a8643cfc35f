"""Starting the window: the only place the command line reaches into Qt, and only when asked."""
from __future__ import annotations

from pathlib import Path

from ikrar.ui.cli.output import EXIT_FAILED


def _window_module():
    """ikrar.ui.app, or None with one sentence printed when Qt cannot load here."""
    try:
        # Late: Qt is heavy (a command never loads it), and a machine without its system libraries
        # still gets every command and this one sentence instead of a traceback.
        from ikrar.ui import app
    except ImportError as exc:
        print(f"ikrar: the window cannot start ({exc}); the command line works: ikrar --help")
        return None
    return app


def start_gui(args, event_id: str | None = None) -> int:
    app = _window_module()
    return EXIT_FAILED if app is None else app.run_gui(args, event_id=event_id)


def smoke_test(out: Path) -> int:
    app = _window_module()
    return EXIT_FAILED if app is None else app.smoke_test(out)
