"""User interfaces: the PySide6 windows (ui/desk, ui/...) and the command line (ui/cli, no Qt)."""
