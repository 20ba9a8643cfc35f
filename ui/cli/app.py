"""Argument parsing and dispatch. Each commands module registers its own sub-commands."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ikrar.models import settings
from ikrar.models.errors import DomainError, set_language
from ikrar.models.store.connection import db
from ikrar.models.store.faults import storage_problem
from ikrar.resources import app_version
from ikrar.ui.cli import cmd_checkin, cmd_desk, cmd_event, cmd_report, cmd_roster, cmd_settings, cmd_sync
from ikrar.ui.cli.cmd_gui import smoke_test, start_gui
from ikrar.ui.cli.database import open_db
from ikrar.ui.cli.output import EXIT_USAGE, Output

COMMAND_MODULES = [cmd_roster, cmd_event, cmd_checkin, cmd_report, cmd_sync, cmd_desk, cmd_settings]


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the command name (`ikrar --json status …` or `ikrar status … --json`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="answer in JSON")
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: the data folder)")
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS, help="language of messages")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="ikrar", parents=[common],
        description="Ikrar: daftar hadir dan tanda tangan pakta integritas netralitas ASN, luring.",
    )
    parser.add_argument("--demo", action="store_true", help="use (and if needed build) the demo database")
    parser.add_argument("--fullscreen", action="store_true", help="open the window full screen")
    parser.add_argument("--version", action="version", version=f"ikrar {app_version()}")
    parser.add_argument("--open", dest="open_file", metavar="FILE.ikrar", type=Path,
                        help="open the window on the sync screen with this file ready to merge (nothing is "
                             "merged before a click); a lone FILE.ikrar argument means the same")
    parser.add_argument("--smoke-test", metavar="OUT.png", type=Path,
                        help="render the start screen offscreen to OUT.png with a throwaway database, then exit "
                             "(proves a build works: Qt, fonts, translations, SQLite's search index)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def opened_file(argv: list[str]) -> list[str]:
    """Windows opens a double-clicked .ikrar file as `Ikrar.exe "C:\\…\\file.ikrar"`: a lone path
    ending in .ikrar becomes `--open PATH`; any other argument list is left as it is."""
    if len(argv) == 1 and argv[0].lower().endswith(".ikrar") and not argv[0].startswith("-"):
        return ["--open", argv[0]]
    return argv


def run(argv: list[str] | None = None) -> int:
    argv = opened_file(sys.argv[1:] if argv is None else list(argv))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for usage, 0 for --help
        return int(exc.code or 0)
    out = Output(json_mode=getattr(args, "json", False))
    if getattr(args, "lang", None):
        set_language(args.lang)
    if args.smoke_test is not None:
        return smoke_test(args.smoke_test)
    if args.command is None:
        return start_gui(args)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args([args.command, "--help"])
        return EXIT_USAGE
    try:
        if not getattr(args, "no_db", False):
            open_db(args)
            if not getattr(args, "lang", None):
                set_language(settings.get("language"))
        return handler(args, out)
    except DomainError as err:
        return out.error(err)
    except KeyboardInterrupt:
        return out.error("dibatalkan / cancelled")
    except Exception as err:  # a storage fault is one sentence; anything else is a bug and shows as one
        problem = storage_problem(err, _database_name(args))
        if problem is not None:
            return out.error(problem)
        if isinstance(err, OSError):
            return out.error(f"{getattr(err, 'filename', '') or ''} {err.strerror or err}".strip())
        raise


def _database_name(args) -> str | None:
    """The database file the command was working on, for the sentence that says what failed."""
    name = getattr(args, "db", None) or (getattr(db.obj, "database", None) if db.obj is not None else None)
    return str(name) if name else None


def main() -> None:
    sys.exit(run())
