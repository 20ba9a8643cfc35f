"""`ikrar desk --event ID [--fullscreen]`: open that event's desk straight away. The same `desk`
command carries `ikrar desk trust FILE` from the sync part (ui/cli/cmd_sync.py)."""
from __future__ import annotations

import argparse
import sys

from ikrar.models.events import find_event
from ikrar.ui.cli import cmd_sync
from ikrar.ui.cli.cmd_gui import start_gui
from ikrar.ui.cli.output import EXIT_USAGE


def _actions(parser: argparse.ArgumentParser):
    found = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
    if found is None:
        found = parser.add_subparsers(dest="desk_command", metavar="ACTION")
    found.required = False  # `ikrar desk --event ID` has no action
    return found


def register(sub, common) -> None:
    desk = sub.choices.get("desk")  # cmd_sync may have made it already
    if desk is None:
        desk = sub.add_parser("desk", parents=[common], help="open the desk of an event (the window)")
    desk.description = "Open the registration desk of an event (ikrar desk --event ID), or manage desks."
    desk.add_argument("--event", metavar="ID", help="the event's id or an unambiguous prefix of it")
    desk.add_argument("--fullscreen", action="store_true", default=argparse.SUPPRESS, help="open full screen")
    desk.set_defaults(handler=open_desk)
    actions = _actions(desk)
    if "trust" not in actions.choices:
        cmd_sync.register_desk_trust(actions, common)


def open_desk(args, out) -> int:
    if not getattr(args, "event", None):
        print("ikrar: desk: --event ID is required (ikrar event list shows the ids)", file=sys.stderr)
        return EXIT_USAGE
    event = find_event(args.event)
    return start_gui(args, event_id=event.id)
