"""`ikrar checkin`, `ikrar void`."""
from __future__ import annotations

from pathlib import Path

from ikrar.models import settings
from ikrar.models.checkin import check_in, void_person
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import find_event
from ikrar.models.identifiers import extract_code
from ikrar.models.search.lookup import find_by_code
from ikrar.models.strokes import MAX_JSON_CHARS, StrokeData
from ikrar.ui.cli.output import EXIT_ALREADY, EXIT_OK, say


def register(sub, common) -> None:
    ci = sub.add_parser("checkin", parents=[common], help="check a person in (CODE: NIP, NIK or a scanner payload)")
    ci.add_argument("code")
    ci.add_argument("--event", required=True)
    ci.add_argument("--signature", type=Path, metavar="STROKES.json", help="record this signature too")
    ci.add_argument("--status", default="H", choices=("H", "S", "I", "C", "DL", "TK"))
    ci.add_argument("--method", default="scan", choices=("scan", "search", "manual", "camera"))
    ci.add_argument("--note", default="")
    ci.set_defaults(handler=checkin)

    vo = sub.add_parser("void", parents=[common], help="void a person's record at an event, with a reason")
    vo.add_argument("code")
    vo.add_argument("--event", required=True)
    vo.add_argument("--reason", required=True)
    vo.add_argument("--pin", help="the admin PIN, when one is set (as in the window)")
    vo.set_defaults(handler=void)


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
            raise Refused(f"{args.signature}: tidak terbaca ({exc.strerror})",
                          f"{args.signature}: cannot read ({exc.strerror})") from None
        strokes = StrokeData.from_json(raw, source=str(args.signature))
    result = check_in(event, employee, method=args.method, status=args.status, note=args.note, strokes=strokes)
    data = {"created": result.created, "signature_created": result.signature_created,
            "name": employee.display_name(), **attendance_dict(result.attendance, result.signature)}
    done_something = result.created or result.signature_created
    if done_something:
        text = say(f"Tercatat: {employee.display_name()} — {result.attendance.status} {result.attendance.recorded_at}",
                   f"Recorded: {employee.display_name()} — {result.attendance.status} {result.attendance.recorded_at}")
        if result.signature_created:
            text += say(" (bertanda tangan)", " (signed)")
        out.emit(data, text)
        return EXIT_OK
    att = result.attendance
    out.emit(data, say(f"Sudah tercatat: {employee.display_name()} — {att.status} {att.recorded_at} "
                       f"di meja {att.desk_id[:8]}"
                       + (" (sudah bertanda tangan)" if result.signature else ""),
                       f"Already recorded: {employee.display_name()} — {att.status} {att.recorded_at} "
                       f"at desk {att.desk_id[:8]}"
                       + (" (already signed)" if result.signature else "")))
    return EXIT_ALREADY


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
