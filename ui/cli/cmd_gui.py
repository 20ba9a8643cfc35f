"""Starting the window: the only place the command line reaches into Qt, and only when asked."""
from __future__ import annotations

from ikrar.ui.cli.output import EXIT_FAILED


def start_gui(args, event_id: str | None = None) -> int:
    try:
        # Late: Qt is heavy (a command never loads it), and a machine without its system libraries
        # still gets every command and this one sentence instead of a traceback.
        from ikrar.ui.app import run_gui
    except ImportError as exc:
        print(f"ikrar: the window cannot start ({exc}); the command line works: ikrar --help")
        return EXIT_FAILED
    return run_gui(args, event_id=event_id)
