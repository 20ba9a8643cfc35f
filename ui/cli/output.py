"""How commands answer: JSON with --json, otherwise plain text in the chosen language (Indonesian
unless --lang en), with dates, times and numbers in that language's one style (reports/wording.py).
The JSON keys and values, and the exit codes, are the same in every language."""
from __future__ import annotations

import errno
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime

from ikrar.models.clock import event_start, parse_iso
from ikrar.models.errors import DomainError, language
from ikrar.reports import wording

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ALREADY = 0, 1, 2, 3


def say(id_text: str, en_text: str) -> str:
    return en_text if language() == "en" else id_text


def date_text(value: date, weekday: bool = False) -> str:
    """"23 November 2026" / with the day: "Senin, 23 November 2026"."""
    return wording.date_text(value, language(), weekday)


def time_text(moment: datetime | str, tz: str | None = None, with_date: bool = False) -> str:
    """A stored time (ISO text or datetime) on the event's wall clock: "07.30 WIB" ("07:30 WIB" in
    English), whatever zone the computer that recorded it was in; *with_date* puts the date before."""
    moment = parse_iso(moment) if isinstance(moment, str) else moment
    return wording.date_time(moment, tz, language()) if with_date else wording.clock_time(moment, tz, language())


def start_text(event) -> str:
    """An event's start on its own clock: "07.30 WIB" ("07:30 WIB" in English)."""
    return time_text(event_start(event.date, event.start_time, event.tz), event.tz)


def number(value: float, decimals: int | None = None) -> str:
    return wording.number(value, decimals, language())


def percent_of(value: float) -> str:
    """"4,0%" / "4.0%"."""
    return wording.percent_of(value, language())


# what the operating system says about a file, in each language (its own text is the OS's language)
OS_REASONS = {
    errno.ENOENT: ("berkas tidak ada", "no such file"), errno.EACCES: ("tidak ada izin", "permission denied"),
    errno.EPERM: ("tidak diizinkan", "not permitted"), errno.EISDIR: ("ini folder, bukan berkas", "is a folder"),
    errno.ENOTDIR: ("bagian jalurnya bukan folder", "a part of the path is not a folder"),
    errno.ENOSPC: ("disk penuh", "the disk is full"), errno.EROFS: ("disk hanya-baca", "the disk is read-only"),
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused a file, in the current language."""
    known = OS_REASONS.get(exc.errno)
    return say(*known) if known else (exc.strerror or str(exc))


def warn(id_text: str, en_text: str) -> None:
    """A warning on stderr: the command goes on, and --json's answer is unchanged."""
    print(f"ikrar: {say(id_text, en_text)}", file=sys.stderr)


def _default(value):
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


@dataclass
class Output:
    json_mode: bool = False

    def emit(self, data, text: str | None = None) -> None:
        """Print *data* as JSON in --json mode, else *text* (or data's lines)."""
        if self.json_mode:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
        elif text is not None:
            print(text)

    def error(self, err: DomainError | str, code: int = EXIT_FAILED, data: dict | None = None) -> int:
        message = err.text() if isinstance(err, DomainError) else str(err)
        print(f"ikrar: {message}", file=sys.stderr)
        if self.json_mode:
            payload = {"ok": False, "error": message}
            if isinstance(err, DomainError):
                payload["code"] = err.code
            payload.update(data or {})
            print(json.dumps(payload, ensure_ascii=False, indent=2, default=_default))
        return code
