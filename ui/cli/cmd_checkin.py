"""`ikrar checkin`, `ikrar void`."""
from __future__ import annotations

from pathlib import Path

from ikrar.models import clock, settings
from ikrar.models.checkin import check_in, void_person
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import find_event
from ikrar.models.identifiers import extract_code
from ikrar.models.search.lookup import find_by_code
from ikrar.models.strokes import MAX_JSON_CHARS, StrokeData
from ikrar.ui.cli.output import EXIT_ALREADY, EXIT_OK, date_text, os_reason, say, time_text, warn


def register(sub, common) -> None:
    ci = sub.add_parser("checkin", parents=[common],
                        help=say("catat kehadiran seseorang (KODE: NIP, NIK atau isi pindaian)",
                                 "check a person in (CODE: NIP, NIK or a scanner payload)"),
                        description=say("Catat kehadiran seseorang. Acara yang tanggalnya bukan hari ini tetap "
                                        "dicatat, dengan peringatan di stderr (misalnya mencatat dari daftar kertas).",
                                        "Check a person in. An event dated another day than today is still "
                                        "recorded, with a warning on stderr (entering a paper list later, say)."))
    ci.add_argument("code", metavar=say("KODE", "CODE"), help=say("NIP, NIK atau isi pindaian",
                                                                  "NIP, NIK or a scanner payload"))
    ci.add_argument("--event", required=True, metavar="ID", help=say("id acara atau awalannya",
                                                                     "event id or a prefix of it"))
    ci.add_argument("--signature", type=Path, metavar="STROKES.json",
                    help=say("catat juga tanda tangan ini", "record this signature too"))
    ci.add_argument("--status", default="H", choices=("H", "S", "I", "C", "DL", "TK"),
                    help=say("H hadir (bawaan), atau kode ketidakhadiran", "H present (default), or an absence code"))
    ci.add_argument("--method", default="scan", choices=("scan", "search", "manual", "camera"),
                    help=say("cara orang itu ditemukan (bawaan scan)", "how the person was found (default scan)"))
    ci.add_argument("--note", default="", metavar=say("CATATAN", "NOTE"), help=say("catatan", "a note"))
    ci.set_defaults(handler=checkin)

    vo = sub.add_parser("void", parents=[common], help=say("batalkan catatan seseorang di sebuah acara, dengan alasan",
                                                           "void a person's record at an event, with a reason"))
    vo.add_argument("code", metavar=say("KODE", "CODE"), help=say("NIP atau NIK", "NIP or NIK"))
    vo.add_argument("--event", required=True, metavar="ID", help=say("id acara atau awalannya",
                                                                     "event id or a prefix of it"))
    vo.add_argument("--reason", required=True, metavar=say("ALASAN", "REASON"), help=say("alasan", "the reason"))
    vo.add_argument("--pin", help=say("PIN admin, bila sudah dipasang (seperti di jendela)",
                                      "the admin PIN, when one is set (as in the window)"))
    vo.set_defaults(handler=void)


def warn_if_not_today(event) -> None:
    """A check-in for an event of another day is recorded (a clerk entering a paper list later
    expects it to be) with the time it is recorded, and the clerk is told on stderr, as the
    window's banner tells the desk."""
    today = clock.now().astimezone(clock.zone(event.tz)).date()
    if today != event.date:
        warn(f"perhatian: acara '{event.title}' bertanggal {date_text(event.date)}, bukan hari ini "
             f"({date_text(today)}); kehadiran tetap dicatat dengan waktu sekarang.",
             f"note: event '{event.title}' is dated {date_text(event.date)}, not today ({date_text(today)}); "
             "the check-in is recorded with the current time all the same.")


def find_person(code: str):
    found = extract_code(code)
    if found is None:
        raise NotFound(f"Kode '{code}' tidak dikenali (bukan NIP 18 digit atau NIK 16 digit).",
                       f"Code '{code}' not recognised (not an 18-digit NIP or 16-digit NIK).",
                       code="not_recognised")
    employee = find_by_code(found)
    if employee is None:
        raise NotFound(f"{found} tidak ada dalam daftar pegawai.", f"{found} is not on the roster.",
                       code="not_on_roster")
    return employee


def attendance_dict(attendance, signature=None) -> dict:
    return {
        "attendance_id": attendance.id, "employee_id": attendance.employee_id, "status": attendance.status,
        "recorded_at": attendance.recorded_at, "desk_id": attendance.desk_id, "method": attendance.method,
        "late": attendance.late, "note": attendance.note, "voided_at": attendance.voided_at,
        "signature_id": signature.id if signature else None,
    }


def checkin(args, out) -> int:
    event = find_event(args.event)
    employee = find_person(args.code)
    strokes = None
    if args.signature:
        try:
            with args.signature.open("rb") as file:  # one byte past the bound: enough to refuse a larger file
                raw = file.read(MAX_JSON_CHARS + 1)
        except OSError as exc:
            raise Refused(f"{args.signature}: tidak terbaca ({os_reason(exc)})",
                          f"{args.signature}: cannot read ({os_reason(exc)})") from None
        strokes = StrokeData.from_json(raw, source=str(args.signature))
    result = check_in(event, employee, method=args.method, status=args.status, note=args.note, strokes=strokes)
    data = {"created": result.created, "signature_created": result.signature_created,
            "name": employee.display_name(), **attendance_dict(result.attendance, result.signature)}
    att = result.attendance
    when = _when(att.recorded_at, event)
    if result.created or result.signature_created:
        warn_if_not_today(event)
        text = say(f"Tercatat: {employee.display_name()} — {att.status} {when}",
                   f"Recorded: {employee.display_name()} — {att.status} {when}")
        if result.signature_created:
            text += say(" (bertanda tangan)", " (signed)")
        out.emit(data, text)
        return EXIT_OK
    out.emit(data, say(f"Sudah tercatat: {employee.display_name()} — {att.status} {when} di meja {att.desk_id[:8]}"
                       + (" (sudah bertanda tangan)" if result.signature else ""),
                       f"Already recorded: {employee.display_name()} — {att.status} {when} at desk {att.desk_id[:8]}"
                       + (" (already signed)" if result.signature else "")))
    return EXIT_ALREADY


def _when(recorded_at: str, event) -> str:
    """The time on the event's clock ("07.15 WIB"); with the date when it is another day's."""
    moment = clock.parse_iso(recorded_at).astimezone(clock.zone(event.tz))
    return time_text(moment, event.tz, with_date=moment.date() != event.date)


def void(args, out) -> int:
    """Void a person's live records; behind the admin PIN when one is set, as in the window. A
    locked PIN entry (too many wrong PINs) is check_admin_pin's Refused: exit 1, with the wait."""
    event = find_event(args.event)
    employee = find_person(args.code)
    if settings.has_admin_pin() and not settings.check_admin_pin(args.pin or ""):
        raise Refused("PIN admin salah atau tidak diberikan (--pin).", "Wrong or missing admin PIN (--pin).",
                      code="pin")
    voided = void_person(event, employee, args.reason)
    out.emit([attendance_dict(a) for a in voided],
             say(f"Dibatalkan: {employee.display_name()} ({len(voided)} catatan)",
                 f"Voided: {employee.display_name()} ({len(voided)} records)"))
    return EXIT_OK
