"""`ikrar event new|list|close|reopen`, `ikrar status`, `ikrar demo`, `ikrar search`."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ikrar.models import settings
from ikrar.models.demo.build import build_demo
from ikrar.models.errors import Refused
from ikrar.models.events import create_event, expected_units, find_event, list_events, resolve_units, set_closed
from ikrar.models.identifiers import format_nip
from ikrar.models.queries.counts import count_grid, event_counts, outside_unit_counts, unit_counts
from ikrar.models.search.lookup import search as run_search
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli.cmd_sync import merged_before_warning
from ikrar.ui.cli.database import demo_db
from ikrar.ui.cli.output import EXIT_ALREADY, EXIT_OK, say


def register(sub, common) -> None:
    ev = sub.add_parser("event", parents=[common], help="create or list events")
    ev_sub = ev.add_subparsers(dest="event_command", metavar="ACTION")
    new = ev_sub.add_parser("new", parents=[common], help="create an event (prints its id)")
    new.add_argument("--title", required=True)
    new.add_argument("--date", required=True, help="YYYY-MM-DD")
    new.add_argument("--time", default="07:30", help="start time HH:MM (late after it)")
    new.add_argument("--tz", default="WIB", choices=("WIB", "WITA", "WIT"))
    new.add_argument("--kind", default="apel", choices=("apel", "upacara", "pakta"))
    new.add_argument("--place", default="")
    new.add_argument("--organizer", default="")
    new.add_argument("--unit", action="append", default=[], help="an expected unit (repeat); default: all units")
    new.add_argument("--pact-file", help="pact text file (default: the shipped template)")
    new.add_argument("--approver-position", default="")
    new.add_argument("--approver-name", default="")
    new.add_argument("--approver-nip", default="")
    new.set_defaults(handler=event_new)
    lst = ev_sub.add_parser("list", parents=[common], help="list events")
    lst.set_defaults(handler=event_list)
    for name, closing, text in (("close", True, "close an event: no desk records check-ins for it any more"),
                                ("reopen", False, "reopen a closed event")):
        cl = ev_sub.add_parser(name, parents=[common], help=text)
        cl.add_argument("--event", required=True, help="event id or a prefix of it")
        cl.add_argument("--pin", help="the admin PIN, when one is set")
        cl.set_defaults(handler=event_close, closing=closing)

    st = sub.add_parser("status", parents=[common], help="counts of an event")
    st.add_argument("--event", required=True, help="event id or a prefix of it")
    st.set_defaults(handler=status)

    se = sub.add_parser("search", parents=[common], help="find people by name or NIP")
    se.add_argument("text")
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--event", help="also show whether each is present at this event")
    se.set_defaults(handler=search)

    de = sub.add_parser("demo", parents=[common], help="build the demo database anew")
    de.add_argument("--people", type=int, default=3000)
    de.set_defaults(handler=demo, no_db=True)


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused(f"Tanggal '{text}' harus TTTT-BB-HH, misalnya 2026-11-23.",
                      f"Date '{text}' must be YYYY-MM-DD, e.g. 2026-11-23.", code="date") from None


def event_new(args, out) -> int:
    pact_text = None
    if args.pact_file:
        try:
            with open(args.pact_file, encoding="utf-8-sig") as handle:
                pact_text = handle.read()
        except OSError as exc:
            raise Refused(f"{args.pact_file}: tidak terbaca ({exc.strerror})",
                          f"{args.pact_file}: cannot read ({exc.strerror})") from None
    event = create_event(
        args.title, _parse_date(args.date), kind=args.kind, start_time=args.time, tz=args.tz, place=args.place,
        organizer=args.organizer, units=resolve_units(args.unit), pact_text=pact_text,
        approver_position=args.approver_position, approver_name=args.approver_name, approver_nip=args.approver_nip,
    )
    out.emit({"id": event.id}, event.id)
    return EXIT_OK


def event_dict(event) -> dict:
    return {
        "id": event.id, "title": event.title, "kind": event.kind, "date": event.date, "start_time": event.start_time,
        "tz": event.tz, "place": event.place, "organizer": event.organizer, "closed": event.closed,
        "pact_sha256": event.pact_sha256, "units": None if event.all_units else [u.name for u in expected_units(event)],
    }


def event_list(args, out) -> int:
    events = list_events()
    lines = ([f"{e.id}  {e.date}  {e.start_time} {e.tz}  {e.title}" for e in events]
             or [say("(belum ada acara)", "(no events yet)")])
    out.emit([event_dict(e) for e in events], "\n".join(lines))
    return EXIT_OK


def event_close(args, out) -> int:
    """Close or reopen (args.closing); behind the admin PIN when one is set, as in the window."""

    event = find_event(args.event)
    if settings.has_admin_pin() and not settings.check_admin_pin(args.pin or ""):
        raise Refused("PIN admin salah atau tidak diberikan (--pin).", "Wrong or missing admin PIN (--pin).",
                      code="pin")
    if bool(event.closed) == args.closing:
        out.emit(event_dict(event),
                 say(f"Acara '{event.title}' memang sudah {'ditutup' if args.closing else 'terbuka'}.",
                     f"Event '{event.title}' is already {'closed' if args.closing else 'open'}."))
        return EXIT_ALREADY
    event = set_closed(event, args.closing)
    out.emit(event_dict(event), say(f"Acara '{event.title}' {'ditutup' if args.closing else 'dibuka kembali'}.",
                                    f"Event '{event.title}' {'closed' if args.closing else 'reopened'}."))
    return EXIT_OK


def status(args, out) -> int:
    """The event's counts: the invited (expected, present, signed …) and, apart, the people di luar
    daftar peserta (walk-ins, units not invited), never in expected or a percentage."""
    event = find_event(args.event)
    grid = count_grid(event)
    total = event_counts(event, grid)
    units = unit_counts(event, grid)
    apart = outside_unit_counts(event, grid)
    data = {"event": event_dict(event), "total": total.to_dict(),
            "units": [{"unit": u.unit_name, **u.to_dict()} for u in units],
            "outside_units": [{"unit": u.unit_name, **u.outside.outside_dict()} for u in apart]}
    codes = "  ".join(f"{k}:{v}" for k, v in total.codes.items())
    o = total.outside
    more = say(f" + {o.present} di luar daftar peserta", f" + {o.present} outside the list") if o.people else ""
    lines = [
        f"{event.title} — {event.date} {event.start_time} {event.tz}",
        say(f"Diharapkan {total.expected}  Hadir {total.present}/{total.expected} "
            f"({total.pct(total.present)}%){more}  Tanda tangan {total.signed} ({total.pct(total.signed)}%)  "
            f"Terlambat {total.late}  {codes}",
            f"Expected {total.expected}  Present {total.present}/{total.expected} "
            f"({total.pct(total.present)}%){more}  Signed {total.signed} ({total.pct(total.signed)}%)  "
            f"Late {total.late}  {codes}"),
    ]
    for u in units:
        lines.append(f"  {u.unit_name[:48]:48} {u.present:5}/{u.expected:<5} {u.signed:5} {u.pct(u.signed):5.1f}%")
    if o.people:
        marks = "  ".join(f"{k}:{v}" for k, v in o.codes.items() if v)
        lines.append(say(f"Di luar daftar peserta (walk-in, unit yang tidak diundang; tidak termasuk yang diharapkan): "
                         f"hadir {o.present}, tanda tangan {o.signed}, terlambat {o.late}",
                         f"Outside the list of participants (walk-ins, units not invited; not among the expected): "
                         f"present {o.present}, signed {o.signed}, late {o.late}") + (f"  {marks}" if marks else ""))
        for u in apart:
            name = u.unit_name if u.unit_id is not None else say("(tanpa unit)", "(no unit)")
            lines.append(f"  {name[:48]:48} {u.outside.present:5}       {u.outside.signed:5}")
    warning = merged_before_warning()
    if warning:
        data["warning"] = warning
        lines.insert(0, warning)
    out.emit(data, "\n".join(lines))
    return EXIT_OK


def search(args, out) -> int:
    event_id = find_event(args.event).id if args.event else None
    hits = run_search(args.text, limit=max(1, args.limit), event_id=event_id)
    data = [{"employee_id": h.employee_id, "nip": h.nip, "name": h.display_name, "position": h.position,
             "unit": h.unit_name, "category": h.category, "present": h.present, "match": h.match} for h in hits]
    lines = [f"{format_nip(h.nip) if h.nip else '(NIK)':22} {h.display_name[:40]:40} {h.unit_name[:30]}"
             + ("  ✓" if h.present else "") for h in hits] or [say("(tidak ditemukan)", "(nothing found)")]
    out.emit(data, "\n".join(lines))
    return EXIT_OK


def demo(args, out) -> int:
    if getattr(args, "db", None):
        path = Path(args.db)
        if path.exists():  # never overwrite a file the user named: it may be a real desk
            raise Refused(f"{path} sudah ada; demo hanya dibuat di berkas baru.",
                          f"{path} already exists; the demo is only built into a new file.", code="exists")
    else:
        path = demo_db()
        for suffix in ("", "-wal", "-shm"):
            target = path.with_name(path.name + suffix)
            if target.exists():
                target.unlink()
    open_database(path)
    event = build_demo(max(1, args.people))
    out.emit({"db": str(path), "event": event.id},
             say(f"Basis data demo: {path}\nAcara demo: {event.id}", f"Demo database: {path}\nDemo event: {event.id}"))
    close_database()
    return EXIT_OK
