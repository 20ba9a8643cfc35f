"""`ikrar desk --event ID [--fullscreen]`: open that event's desk straight away; and a hub admin's
`ikrar desk list|reject|accept|trust` (models/sync/decisions.py)."""
from __future__ import annotations

import argparse
import sys

from ikrar.models.errors import AlreadyDone
from ikrar.models.events import find_event
from ikrar.models.sync.crypto import fingerprint
from ikrar.models.sync.decisions import decide, list_desks
from ikrar.ui.cli.cmd_gui import start_gui
from ikrar.ui.cli.output import EXIT_ALREADY, EXIT_OK, EXIT_USAGE, number, say


def register(sub, common) -> None:
    desk = sub.add_parser("desk", parents=[common], help=say("buka meja registrasi sebuah acara (jendela), atau "
                                                             "kelola meja", "open the desk of an event (the window), "
                                                             "or manage desks"))
    desk.description = say("Buka meja registrasi sebuah acara (ikrar desk --event ID), atau, di hub, tampilkan meja "
                           "yang berkasnya sudah digabung lalu tolak, terima atau percayai salah satunya.",
                           "Open the registration desk of an event (ikrar desk --event ID), or, at a hub, list the "
                           "desks whose files were merged and reject, accept or trust one.")
    desk.add_argument("--event", metavar="ID", help=say("id acara atau awalan yang jelas",
                                                        "the event's id or an unambiguous prefix of it"))
    desk.add_argument("--fullscreen", action="store_true", default=argparse.SUPPRESS,
                      help=say("buka layar penuh", "open full screen"))
    desk.set_defaults(handler=open_desk)
    actions = desk.add_subparsers(dest="desk_command", metavar=say("TINDAKAN", "ACTION"))
    actions.required = False  # `ikrar desk --event ID` has no action
    ls = actions.add_parser("list", parents=[common], help=say("meja yang dikenal di sini: sidik jari, nama, "
                                                               "keadaan, catatan", "the desks known here: "
                                                               "fingerprint, name, state, records"))
    ls.set_defaults(handler=desk_list)
    for action, text in (("reject", say("catatannya tidak lagi dihitung (tetap disimpan, tampil batal dengan "
                                        "alasannya)", "its records stop counting (kept, shown voided with the "
                                        "reason)")),
                         ("accept", say("batalkan penolakan (atau berhenti mempercayai hub)",
                                        "undo a rejection (or stop trusting a hub)")),
                         ("trust", say("hitung keputusan dalam bundel hub ini (penolakan dan pembatalan adminnya)",
                                       "count the decisions in this hub's bundles (its rejections and admin voids)"))):
        parser = actions.add_parser(action, parents=[common], help=text)
        parser.add_argument("desk", metavar=say("MEJA", "DESK"),
                            help=say("sidik jari atau id meja, atau awalan yang jelas",
                                     "the desk's fingerprint or id, or an unambiguous start of it"))
        if action == "reject":
            parser.add_argument("--reason", required=True, metavar=say("ALASAN", "REASON"),
                                help=say("alasannya (disimpan bersama keputusan)", "why (kept with the decision)"))
        parser.add_argument("--pin", help=say("PIN admin, bila sudah dipasang", "the admin PIN, when one is set"))
        parser.set_defaults(handler=desk_decide, action=action)


def open_desk(args, out) -> int:
    if not getattr(args, "event", None):
        print(say("ikrar: desk: --event ID wajib diisi (ikrar event list menampilkan id-nya)",
                  "ikrar: desk: --event ID is required (ikrar event list shows the ids)"), file=sys.stderr)
        return EXIT_USAGE
    event = find_event(args.event)
    return start_gui(args, event_id=event.id)


def desk_list(args, out) -> int:
    rows = list_desks()
    lines = []
    for r in rows:
        state = (say("meja ini", "this desk") if r.is_local else
                 say(f"DITOLAK: {r.reject_reason}", f"REJECTED: {r.reject_reason}") if r.rejected else
                 say("hub dipercaya", "trusted hub") if r.hub_trusted else say("dihitung", "counts"))
        lines.append(f"{r.fingerprint}  {r.name[:30]:30}  {number(r.records):>6} {say('catatan', 'records')}  {state}")
    out.emit([r.__dict__ for r in rows], "\n".join(lines) or say("(belum ada meja)", "(no desks yet)"))
    return EXIT_OK


def desk_decide(args, out) -> int:
    try:
        desk = decide(args.desk, args.action, reason=getattr(args, "reason", "") or "", pin=args.pin)
    except AlreadyDone as done:
        out.emit({"code": done.code}, done.text())
        return EXIT_ALREADY
    shown = f"'{desk.name}' ({fingerprint(desk.public_key)})"
    text = {"reject": (f"Meja {shown} ditolak: catatannya tidak lagi dihitung (tetap disimpan).",
                       f"Desk {shown} rejected: its records no longer count (they are kept)."),
            "accept": (f"Meja {shown} diterima: catatannya dihitung lagi.",
                       f"Desk {shown} accepted: its records count again."),
            "trust": (f"Keputusan hub {shown} (penolakan, pembatalan admin) kini dihitung.",
                      f"The decisions of hub {shown} (rejections, admin voids) now count.")}[args.action]
    out.emit({"desk_id": desk.id, "name": desk.name, "rejected": bool(desk.rejected),
              "hub_trusted": bool(desk.hub_trusted)}, say(*text))
    return EXIT_OK
