"""Argument parsing and dispatch. Each commands module registers its own sub-commands.

The command line speaks Indonesian unless asked for English (--lang en): its --help (each module
writes its help texts with say(), read when the parser is built, after the language is known; argparse's
own words through argparse_id) and its messages. The JSON keys and the exit codes are the same in both.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ikrar.models.errors import DomainError, set_language
from ikrar.models.store.connection import db
from ikrar.models.store.faults import storage_problem
from ikrar.resources import app_version
from ikrar.ui.cli import cmd_campaign, cmd_checkin, cmd_desk, cmd_event, cmd_report, cmd_roster, cmd_settings, cmd_sync
from ikrar.ui.cli.argparse_id import speaking
from ikrar.ui.cli.cmd_gui import smoke_test, start_gui
from ikrar.ui.cli.database import open_for_command
from ikrar.ui.cli.output import EXIT_FAILED, EXIT_USAGE, Output, os_reason, say

COMMAND_MODULES = [cmd_roster, cmd_event, cmd_campaign, cmd_checkin, cmd_report, cmd_sync, cmd_desk, cmd_settings]


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the command name (`ikrar --json status …` or `ikrar status … --json`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=say("jawab dalam JSON (kuncinya sama di kedua bahasa)", "answer in JSON"))
    common.add_argument("--db", metavar=say("BERKAS", "PATH"), default=argparse.SUPPRESS,
                        help=say("berkas basis data (bawaan: folder data)", "database file (default: the data folder)"))
    common.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS,
                        help=say("bahasa pesan dan bantuan (bawaan: id)",
                                 "language of messages and help (default: id)"))
    return common


def build_parser() -> argparse.ArgumentParser:
    """The parser in the current language (models.errors.language()): build it after set_language."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="ikrar", parents=[common],
        description=say("Ikrar: daftar hadir dan tanda tangan pakta integritas netralitas ASN, luring.",
                        "Ikrar: attendance and signatures of the ASN neutrality integrity pact, offline."),
    )
    parser.add_argument("--demo", action="store_true",
                        help=say("pakai basis data demo (dibuat bila belum ada)", "use (and if needed build) the demo "
                                 "database"))
    parser.add_argument("--fullscreen", action="store_true",
                        help=say("buka jendela layar penuh", "open the window full screen"))
    parser.add_argument("--version", action="version", version=f"ikrar {app_version()}",
                        help=say("tampilkan versi program, lalu keluar", "show the program's version and exit"))
    parser.add_argument("--open", dest="open_file", metavar=say("BERKAS.ikrar", "FILE.ikrar"), type=Path,
                        help=say("buka jendela di layar sinkronisasi dengan berkas ini siap digabung (tidak ada "
                                 "yang digabung sebelum diklik); satu argumen BERKAS.ikrar saja sama artinya",
                                 "open the window on the sync screen with this file ready to merge (nothing is "
                                 "merged before a click); a lone FILE.ikrar argument means the same"))
    parser.add_argument("--smoke-test", metavar="OUT.png", type=Path,
                        help=say("gambar layar awal tanpa layar ke OUT.png dengan basis data sekali pakai, lalu keluar "
                                 "(bukti sebuah build jalan: Qt, huruf, terjemahan, indeks pencarian SQLite)",
                                 "render the start screen offscreen to OUT.png with a throwaway database, then exit "
                                 "(proves a build works: Qt, fonts, translations, SQLite's search index)"))
    sub = parser.add_subparsers(dest="command", metavar=say("PERINTAH", "COMMAND"))
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def asked_language(argv: list[str]) -> str | None:
    """The language given with --lang (before parsing: the help is written in it), or None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def opened_file(argv: list[str]) -> list[str]:
    """Windows opens a double-clicked .ikrar file as `Ikrar.exe "C:\\…\\file.ikrar"`: a lone path
    ending in .ikrar becomes `--open PATH`; any other argument list is left as it is."""
    if len(argv) == 1 and argv[0].lower().endswith(".ikrar") and not argv[0].startswith("-"):
        return ["--open", argv[0]]
    return argv


def run(argv: list[str] | None = None) -> int:
    """Parse *argv* (default: the process's), run the command, return its exit code. A reader that
    stops reading early (`ikrar search x --json | head`) ends the command quietly."""
    try:
        code = _run(opened_file(sys.argv[1:] if argv is None else list(argv)))
        sys.stdout.flush()  # here, not at exit, where a closed pipe would print a traceback
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_FAILED
    return code


def _stdout_to_devnull() -> None:
    """After a broken pipe, what Python still flushes at exit goes nowhere instead of failing again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's captured output)
        pass


def _run(argv: list[str]) -> int:
    lang = asked_language(argv)
    set_language("en" if lang == "en" else "id")  # Indonesian unless English is asked for
    with speaking("en" if lang == "en" else "id"):
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse: 2 for usage, 0 for --help
            return int(exc.code or 0)
    out = Output(json_mode=getattr(args, "json", False))
    if args.smoke_test is not None:
        return smoke_test(args.smoke_test)
    if args.command is None:
        return start_gui(args)
    handler = getattr(args, "handler", None)
    if handler is None:
        with speaking("en" if lang == "en" else "id"):
            parser.parse_args([args.command, "--help"])
        return EXIT_USAGE
    try:
        if not getattr(args, "no_db", False):
            open_for_command(args)  # the window's language setting is the window's: the command line keeps --lang's
        return handler(args, out)
    except BrokenPipeError:
        raise  # the reader went away: run() ends quietly
    except DomainError as err:
        return out.error(err)
    except KeyboardInterrupt:
        return out.error(say("dibatalkan", "cancelled"))
    except Exception as err:  # a storage fault is one sentence; anything else is a bug and shows as one
        problem = storage_problem(err, _database_name(args))
        if problem is not None:
            return out.error(problem)
        if isinstance(err, OSError):
            return out.error(f"{getattr(err, 'filename', '') or ''}: {os_reason(err)}".lstrip(": "))
        raise


def _database_name(args) -> str | None:
    """The database file the command was working on, for the sentence that says what failed."""
    name = getattr(args, "db", None) or (getattr(db.obj, "database", None) if db.obj is not None else None)
    return str(name) if name else None


def main() -> None:
    sys.exit(run())
