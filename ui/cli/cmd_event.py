"""`ikrar event new|list|close|reopen|archive|unarchive`, `ikrar status`, `ikrar demo`, `ikrar search`."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ikrar.models import settings
from ikrar.models.campaigns import create_campaign_event, create_followup, find_campaign, frozen_size
from ikrar.models.demo.build import build_demo
from ikrar.models.errors import Refused
from ikrar.models.events import (
    create_event,
    expected_units,
    find_event,
    list_events,
    parse_date,
    resolve_units,
    set_archived,
    set_closed,
)
from ikrar.models.identifiers import format_nip
from ikrar.models.pact import PactFields, check_fields, default_fields, fields_in, pact_template
from ikrar.models.queries.counts import count_grid, event_counts, outside_unit_counts, unit_counts
from ikrar.models.search.lookup import search as run_search
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli.cmd_sync import merged_before_warning
from ikrar.ui.cli.database import demo_db
from ikrar.ui.cli.output import EXIT_ALREADY, EXIT_OK, date_text, os_reason, say, start_text, time_text, warn

# the pact template's fields (models/pact.py) and the option that fills each
PACT_OPTIONS = {"pemda": "--pemda", "pemilihan": "--pemilihan", "tahun": "--tahun"}


def register(sub, common) -> None:
    _register_event(sub, common)
    _register_others(sub, common)


def _register_event(sub, common) -> None:
    ev = sub.add_parser("event", parents=[common], help=say("buat, tampilkan, tutup atau arsipkan acara",
                                                            "create, list, close or archive events"))
    ev_sub = ev.add_subparsers(dest="event_command", metavar=say("TINDAKAN", "ACTION"))
    new = ev_sub.add_parser("new", parents=[common], help=say("buat acara (mencetak id-nya)",
                                                              "create an event (prints its id)"))
    new.add_argument("--title", required=True, metavar=say("JUDUL", "TITLE"), help=say("judul acara", "the title"))
    new.add_argument("--date", required=True, metavar=say("TANGGAL", "DATE"),
                     help=say("HH-BB-TTTT (24-11-2026) atau TTTT-BB-HH (2026-11-24)",
                              "DD-MM-YYYY (24-11-2026) or YYYY-MM-DD (2026-11-24)"))
    new.add_argument("--time", default="07:30", metavar=say("JAM", "TIME"),
                     help=say("jam mulai JJ:MM (terlambat sesudahnya; bawaan 07:30)",
                              "start time HH:MM (late after it; default 07:30)"))
    new.add_argument("--tz", default="WIB", choices=("WIB", "WITA", "WIT"),
                     help=say("zona waktu acara (bawaan WIB)", "the event's time zone (default WIB)"))
    new.add_argument("--kind", default="apel", choices=("apel", "upacara", "pakta"),
                     help=say("jenis acara (bawaan apel)", "kind of event (default apel)"))
    new.add_argument("--place", default="", metavar=say("TEMPAT", "PLACE"), help=say("tempat", "the place"))
    new.add_argument("--organizer", default="", metavar=say("PENYELENGGARA", "ORGANIZER"),
                     help=say("penyelenggara", "the organizer"))
    new.add_argument("--unit", action="append", default=[], metavar="UNIT",
                     help=say("unit yang diharapkan hadir (boleh diulang; bawaan: semua unit)",
                              "an expected unit (repeat); default: all units"))
    new.add_argument("--pact-file", metavar=say("BERKAS", "FILE"),
                     help=say("berkas teks pakta (bawaan: templat bawaan Ikrar)",
                              "pact text file (default: the shipped template)"))
    new.add_argument("--pemda", metavar=say("NAMA", "NAME"),
                     help=say("pemerintah daerah yang disebut di teks pakta, mis. \"Pemerintah Kabupaten Maju\" "
                              "(bawaan: pengaturan pemda_name, atau baris pertama kop surat)",
                              "the local government named in the pact text, e.g. \"Pemerintah Kabupaten Maju\" "
                              "(default: the pemda_name setting, else the letterhead's first line)"))
    new.add_argument("--pemilihan", metavar=say("PEMILIHAN", "ELECTION"),
                     help=say("pemilihan yang disebut di teks pakta (bawaan: \"Pemilihan Umum dan Pemilihan "
                              "Kepala Daerah\")", "the election named in the pact text (default: \"Pemilihan "
                              "Umum dan Pemilihan Kepala Daerah\")"))
    new.add_argument("--tahun", metavar=say("TTTT", "YYYY"),
                     help=say("tahun pemilihan, empat angka, mis. 2029 (bawaan: tanpa tahun)",
                              "the election's year, four digits, e.g. 2029 (default: no year)"))
    new.add_argument("--approver-position", default="", metavar=say("JABATAN", "POSITION"),
                     help=say("jabatan pejabat yang mengetahui", "the approving official's position"))
    new.add_argument("--approver-name", default="", metavar=say("NAMA", "NAME"),
                     help=say("nama pejabat yang mengetahui", "the approving official's name"))
    new.add_argument("--approver-nip", default="", metavar="NIP",
                     help=say("NIP pejabat yang mengetahui", "the approving official's NIP"))
    new.add_argument("--campaign", metavar="ID",
                     help=say("acara ini bagian dari kampanye ini (teks paktanya dipakai bila tanpa --pact-file)",
                              "the event belongs to this campaign (its pact text unless --pact-file)"))
    new.add_argument("--followup-of", metavar=say("KAMPANYE", "CAMPAIGN"),
                     help=say("acara susulan kampanye ini: pesertanya tepat pegawai unit --unit yang belum tanda "
                              "tangan saat ini (daftarnya dibekukan)",
                              "a follow-up event of this campaign: it expects exactly the people of the --unit "
                              "units who have not signed by now (the list is frozen)"))
    new.set_defaults(handler=event_new)
    lst = ev_sub.add_parser("list", parents=[common], help=say("tampilkan acara", "list events"))
    lst.add_argument("--archived", action="store_true",
                     help=say("tampilkan acara yang diarsipkan saja", "list the archived events only"))
    lst.set_defaults(handler=event_list)
    for name, closing, text in (
            ("close", True, say("tutup acara: tidak ada meja yang mencatat kehadiran lagi",
                                "close an event: no desk records check-ins for it any more")),
            ("reopen", False, say("buka kembali acara yang ditutup", "reopen a closed event"))):
        cl = ev_sub.add_parser(name, parents=[common], help=text)
        _event_and_pin(cl)
        cl.set_defaults(handler=event_close, closing=closing)
    for name, archiving, text in (
            ("archive", True, say("arsipkan acara: tidak tampil lagi di daftar; tidak ada yang dihapus",
                                  "archive an event: hidden from the lists; nothing is deleted")),
            ("unarchive", False, say("kembalikan acara dari arsip ke daftar", "bring an archived event back"))):
        ar = ev_sub.add_parser(name, parents=[common], help=text)
        _event_and_pin(ar)
        ar.set_defaults(handler=event_archive, archiving=archiving)


def _register_others(sub, common) -> None:
    st = sub.add_parser("status", parents=[common], help=say("hitungan kehadiran sebuah acara", "counts of an event"))
    st.add_argument("--event", required=True, metavar="ID", help=_event_help())
    st.set_defaults(handler=status)

    se = sub.add_parser("search", parents=[common], help=say("cari pegawai menurut nama atau NIP",
                                                             "find people by name or NIP"))
    se.add_argument("text", metavar=say("TEKS", "TEXT"), help=say("nama, NIP atau NIK", "a name, NIP or NIK"))
    se.add_argument("--limit", type=int, default=20, metavar="N",
                    help=say("paling banyak N hasil (bawaan 20)", "at most N results (default 20)"))
    se.add_argument("--event", metavar="ID", help=say("tunjukkan juga apakah masing-masing hadir di acara ini",
                                                      "also show whether each is present at this event"))
    se.set_defaults(handler=search)

    de = sub.add_parser("demo", parents=[common],
                        help=say("buat ulang basis data demo", "build the demo database anew"))
    de.add_argument("--people", type=int, default=3000, metavar="N",
                    help=say("jumlah pegawai rekaan (bawaan 3000)", "how many made-up people (default 3000)"))
    de.set_defaults(handler=demo, no_db=True)


def _event_help() -> str:
    return say("id acara atau awalannya", "event id or a prefix of it")


def _event_and_pin(parser) -> None:
    parser.add_argument("--event", required=True, metavar="ID", help=_event_help())
    parser.add_argument("--pin", help=say("PIN admin, bila sudah dipasang", "the admin PIN, when one is set"))


def _check_pin(args) -> None:
    """Behind the admin PIN when one is set, as in the window."""
    if settings.has_admin_pin() and not settings.check_admin_pin(args.pin or ""):
        raise Refused("PIN admin salah atau tidak diberikan (--pin).", "Wrong or missing admin PIN (--pin).",
                      code="pin")


def event_new(args, out) -> int:
    pact_text = None
    if args.pact_file:
        try:
            with open(args.pact_file, encoding="utf-8-sig") as handle:
                pact_text = handle.read()
        except OSError as exc:
            raise Refused(f"{args.pact_file}: tidak terbaca ({os_reason(exc)})",
                          f"{args.pact_file}: cannot read ({os_reason(exc)})") from None
    if args.campaign and args.followup_of:
        raise Refused("Pilih salah satu: --campaign atau --followup-of (acara susulan sudah masuk kampanyenya).",
                      "Choose one: --campaign or --followup-of (a follow-up belongs to its campaign).",
                      code="campaign")
    campaign = find_campaign(args.campaign or args.followup_of) if args.campaign or args.followup_of else None
    if pact_text is None and campaign is not None and campaign.pact_sha256:
        pact_text = campaign.pact.text  # an event of a campaign takes its pact text unless --pact-file
    fields = dict(
        kind=args.kind, start_time=args.time, tz=args.tz, place=args.place, organizer=args.organizer,
        pact_text=pact_text, pact_fields=_pact_fields(args, pact_text if pact_text is not None else pact_template()),
        approver_position=args.approver_position, approver_name=args.approver_name, approver_nip=args.approver_nip,
    )
    day, units = parse_date(args.date), resolve_units(args.unit)
    if args.followup_of:
        event = create_followup(campaign, args.title, day, units=units, **fields)
        expected = frozen_size(event)
        out.emit({"id": event.id, "campaign": event.campaign_id, "expected": expected},
                 event.id + say(f"\nAcara susulan: {expected} orang belum tanda tangan (daftar dibekukan).",
                                f"\nFollow-up event: {expected} people have not signed (the list is frozen)."))
        return EXIT_OK
    if args.campaign:
        event = create_campaign_event(campaign, args.title, day, units=units, **fields)
    else:
        event = create_event(args.title, day, units=units, **fields)
    out.emit({"id": event.id, "campaign": event.campaign_id}, event.id)
    return EXIT_OK


def _pact_fields(args, template: str) -> PactFields:
    """The template's fields as the window's event dialog starts them (models.pact.default_fields: the
    Pemda from the settings, else the kop), with what --pemda, --pemilihan and --tahun say instead;
    checked here so a refusal names the option. A text without fields (an old --pact-file) takes none."""
    given = {field: getattr(args, field) for field in PACT_OPTIONS if getattr(args, field) is not None}
    if not fields_in(template):
        if given:
            warn("teks pakta dari --pact-file tidak memuat isian {pemda}, {pemilihan} atau {tahun}; "
                 f"{', '.join(PACT_OPTIONS[f] for f in given)} tidak dipakai.",
                 "the --pact-file text has no {pemda}, {pemilihan} or {tahun} fields; "
                 f"{', '.join(PACT_OPTIONS[f] for f in given)} not used.")
        return default_fields()
    fields = replace(default_fields(), **given)
    try:
        return check_fields(fields)
    except Refused as exc:
        option = PACT_OPTIONS.get(exc.details.get("field"), "")
        raise Refused(f"{exc.text('id').rstrip('.')} ({option}).", f"{exc.text('en').rstrip('.')} ({option}).",
                      code="pact_field", field=exc.details.get("field")) from None


def event_dict(event) -> dict:
    return {
        "id": event.id, "title": event.title, "kind": event.kind, "date": event.date, "start_time": event.start_time,
        "tz": event.tz, "place": event.place, "organizer": event.organizer, "closed": event.closed,
        "pact_sha256": event.pact_sha256, "units": None if event.all_units else [u.name for u in expected_units(event)],
        "campaign": event.campaign_id, "followup": event.followup_at is not None,
    }


def event_list(args, out) -> int:
    events = list_events(archived=args.archived)
    days = [date_text(e.date) for e in events]
    width = max(map(len, days), default=0)
    lines = ([f"{e.id}  {day:>{width}}  {start_text(e)}  {e.title}" for e, day in zip(events, days, strict=True)]
             or [say("(tidak ada acara di arsip)", "(no archived events)") if args.archived
                 else say("(belum ada acara)", "(no events yet)")])
    out.emit([event_dict(e) for e in events], "\n".join(lines))
    return EXIT_OK


def event_archive(args, out) -> int:
    """Archive or bring back (args.archiving): hidden from this desk's lists, nothing deleted."""
    event = find_event(args.event)
    _check_pin(args)
    if not set_archived(event, args.archiving):
        out.emit(event_dict(event),
                 say(f"Acara '{event.title}' memang {'sudah' if args.archiving else 'tidak'} diarsipkan.",
                     f"Event '{event.title}' is {'already' if args.archiving else 'not'} archived."))
        return EXIT_ALREADY
    out.emit(event_dict(event), say(
        f"Acara '{event.title}' diarsipkan: tidak tampil lagi di daftar (ikrar event list --archived); "
        "tidak ada yang dihapus." if args.archiving else f"Acara '{event.title}' kembali ke daftar.",
        f"Event '{event.title}' archived: hidden from the lists (ikrar event list --archived); nothing was "
        "deleted." if args.archiving else f"Event '{event.title}' is back in the lists."))
    return EXIT_OK


def event_close(args, out) -> int:
    """Close or reopen (args.closing); behind the admin PIN when one is set, as in the window."""

    event = find_event(args.event)
    _check_pin(args)
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
    """The event's counts: the invited (expected, present, signed …), which add up (expected = present
    + each absence code + belum hadir, JSON "not_arrived"), and, apart, the people di luar daftar
    peserta (walk-ins, units not invited), never in expected or a percentage."""
    event = find_event(args.event)
    grid = count_grid(event)
    total = event_counts(event, grid)
    units = unit_counts(event, grid)
    apart = outside_unit_counts(event, grid)
    data = {"event": event_dict(event), "total": total.to_dict(),
            "units": [{"unit": u.unit_name, **u.to_dict()} for u in units],
            "outside_units": [{"unit": u.unit_name, **u.outside.outside_dict()} for u in apart]}
    codes = "  ".join(f"{k}:{v}" for k, v in total.codes.items())
    adds = " + ".join(f"{k} {v}" for k, v in total.codes.items())
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
        say(f"Diharapkan {total.expected} = hadir {total.present} + {adds} + belum hadir {total.not_arrived}",
            f"Expected {total.expected} = present {total.present} + {adds} + not arrived {total.not_arrived}"),
    ]
    if event.followup_at:  # whom it expects is a list frozen when it was made, not its units' people
        frozen = time_text(event.followup_at, event.tz, with_date=True)
        lines.append(say(f"Acara susulan: pesertanya daftar yang dibekukan {frozen} (yang belum tanda tangan saat "
                         "itu).",
                         f"Follow-up event: it expects the list frozen {frozen} (who had not signed then)."))
    for u in units:
        lines.append(f"  {u.unit_name[:48]:48} {u.present:5}/{u.expected:<5} {u.signed:5} {u.pct(u.signed):5.1f}%  "
                     + say(f"belum hadir {u.not_arrived}", f"not arrived {u.not_arrived}"))
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
