"""How fast each desk of an event worked: check-ins per hour and how long signing took.

What the organizer needs to plan the next apel's desks. Per desk (by name), over its live present
records at the event (H, not voided; the people di luar daftar peserta too, since they took the desk's
time; absence marks are not desk work and voided records do not count):

- check-ins, the first and the last;
- people per hour over the busy span: check-ins / (last - first), the span taken as at least one
  WINDOW, so a handful of check-ins seconds apart does not read as thousands an hour;
- the peak: the most check-ins in any WINDOW (15 minutes, starting at a check-in), as people per hour;
- signing time per signature: from its first to its last point (the strokes' t_ms, whatever order the
  strokes are stored in; models/signing_span.py, stored with each signature as signature.signing_ms),
  the median and the 90th percentile (statistics.quantiles, method 'inclusive': linear between the
  nearest ranks; one signature is its own median and p90), over the signatures drawn at that desk
  (signature.desk).

`total` is the same over every desk together (its peak: how many people the event took at once).
"""
from __future__ import annotations

import statistics
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ikrar.models.queries.record import LIVE_PRESENT
from ikrar.models.signing_span import signing_ms
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event

WINDOW = timedelta(minutes=15)
WINDOW_MS = WINDOW // timedelta(milliseconds=1)
HOUR_MS = 3_600_000


# Each check-in's UTC instant in whole ms since 1970, worked out by the database (dialect.epoch_ms_sql):
# 70,000 of them come back as integers instead of text to parse.
def _checkins_sql() -> str:
    return (f"SELECT a.desk_id, {dialect.epoch_ms_sql('a.recorded_utc')} "
            f"FROM attendance a WHERE a.event_id = ? AND {LIVE_PRESENT}")


# Each signature's span as stored with it (signature.signing_ms), from the index signature_span (the
# attendance, the desk, the span: migration 9), never the row: SQLite keeps that column at the row's
# end, behind ~10 KB of strokes whose overflow pages it walks to get there (0.77 s for 100,000; 0.24 s
# from the index, bench/bench_recap_hub.py), and its planner takes the unique attendance index unless
# told. *missing*: the strokes of the rows stored without a span (a path that did not fill it), whose
# span is worked out from them; never all strokes (1 GB for a regency's 100,000 on a server's wire).
def _signatures_sql(missing: bool) -> str:
    return (f"SELECT s.desk_id, {'s.strokes' if missing else 's.signing_ms'} FROM signature s"
            f"{dialect.index_hint('signature_span')} JOIN attendance a ON a.id = s.attendance_id "
            f"WHERE a.event_id = ? AND {LIVE_PRESENT}" + (" AND s.signing_ms IS NULL" if missing else ""))


@dataclass
class DeskSpeed:
    desk_id: str  # "" for the total of every desk
    name: str
    checkins: int = 0
    first: datetime | None = None  # aware (UTC): show on the event's clock
    last: datetime | None = None
    per_hour: float | None = None  # over the busy span; None without a check-in
    peak_per_hour: float | None = None  # the busiest WINDOW, as people per hour
    peak_start: datetime | None = None  # where that window begins
    signatures: int = 0
    median_ms: float | None = None  # signing time
    p90_ms: float | None = None
    times: list[int] = field(default_factory=list, repr=False)  # ms since 1970, UTC
    signing_ms: list[float] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict:
        def iso(moment):
            return moment.isoformat() if moment else None

        return {"desk_id": self.desk_id, "name": self.name, "checkins": self.checkins, "first": iso(self.first),
                "last": iso(self.last), "per_hour": self.per_hour, "peak_per_hour": self.peak_per_hour,
                "peak_start": iso(self.peak_start), "signatures": self.signatures, "median_ms": self.median_ms,
                "p90_ms": self.p90_ms}


def busiest(times: list[int]) -> tuple[int, int | None]:
    """The most of the sorted *times* (ms) within one WINDOW starting at one of them, and its start."""
    best, start = 0, None
    for i, moment in enumerate(times):
        count = bisect_left(times, moment + WINDOW_MS, lo=i) - i
        if count > best:
            best, start = count, moment
    return best, start


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def _rates(speed: DeskSpeed) -> None:
    times = speed.times = sorted(speed.times)
    speed.checkins = len(times)
    if times:
        speed.first, speed.last = _moment(times[0]), _moment(times[-1])
        speed.per_hour = len(times) * HOUR_MS / max(times[-1] - times[0], WINDOW_MS)
        count, start = busiest(times)
        speed.peak_start = _moment(start)
        speed.peak_per_hour = count * HOUR_MS / WINDOW_MS
    durations = speed.signing_ms
    speed.signatures = len(durations)
    if durations:
        speed.median_ms = statistics.median(durations)
        speed.p90_ms = (statistics.quantiles(durations, n=10, method="inclusive")[8] if len(durations) > 1
                        else durations[0])


def desk_speed(event: Event) -> tuple[list[DeskSpeed], DeskSpeed]:
    """Per desk that recorded a check-in or a signature at *event*, ordered by name (then id), and the
    total of every desk together."""
    names = dict(db.execute_sql("SELECT id, name FROM desk"))
    desks: dict[str, DeskSpeed] = {}
    total = DeskSpeed("", "")

    def desk(desk_id: str) -> DeskSpeed:
        if desk_id not in desks:
            desks[desk_id] = DeskSpeed(desk_id, (names.get(desk_id) or "").strip() or desk_id[:8])
        return desks[desk_id]

    for desk_id, moment in db.execute_sql(_checkins_sql(), [event.id]):
        if moment is not None:  # a time SQLite cannot read (none is stored: models/sync/fields.py)
            desk(desk_id).times.append(moment)
            total.times.append(moment)
    missing = False
    for desk_id, duration in db.execute_sql(_signatures_sql(False), [event.id]):
        if duration is None:
            missing = True
            continue
        desk(desk_id).signing_ms.append(duration)
        total.signing_ms.append(duration)
    for desk_id, strokes in db.execute_sql(_signatures_sql(True), [event.id]) if missing else ():
        duration = signing_ms(strokes)
        if duration is not None:  # None: no point in it, or a stored row that is no strokes at all
            desk(desk_id).signing_ms.append(duration)
            total.signing_ms.append(duration)
    for speed in (*desks.values(), total):
        _rates(speed)
    return sorted(desks.values(), key=lambda d: (d.name.casefold(), d.desk_id)), total
