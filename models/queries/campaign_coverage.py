"""Coverage against a campaign's deadline (docs/campaigns.md): per OPD, the active people of this
database's own roster (as the regency-wide coverage: queries/coverage.py), how many signed at one of
the campaign's events by the deadline, how many only after it, how many not at all; and who.

"Signed" is the same everywhere (queries/record.py): a live present record carrying a signature. "By
the deadline": recorded before the day after the deadline began on the event's own clock (WIB, WITA
or WIT), compared in UTC, so desks in other zones count alike. SQL both engines accept: CASE instead
of SUM(bool), TRUE for booleans, `?` placeholders through execute_sql.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from ikrar.models.queries.coverage import NO_ROSTER, ROSTER, PersonCoverage, roster_imported
from ikrar.models.queries.record import LIVE_PRESENT, ON_ROSTER
from ikrar.models.store.connection import db
from ikrar.models.store.schema import TIME_ZONES

__all__ = ["NO_ROSTER", "CampaignCoverage", "UnitDeadline", "deadline_bounds", "not_signed", "summary",
           "unsigned_in_units"]


def deadline_bounds(deadline: str) -> list[str]:
    """For each zone (WIB, WITA, WIT in order), the UTC instant the day after *deadline* begins there,
    as text that sorts against attendance.recorded_utc ('2027-01-31T17:00:00': a record at that very
    instant sorts after it, so counts as late)."""
    day = date.fromisoformat(deadline) + timedelta(days=1)
    midnight = datetime(day.year, day.month, day.day)
    return [(midnight - timedelta(hours=TIME_ZONES[tz])).replace(tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
            for tz in ("WIB", "WITA", "WIT")]


# Per person who signed at one of the campaign's events: late = 0 when any signing was by the deadline.
_SIGNERS = f"""
WITH signers AS (
    SELECT a.employee_id,
        MIN(CASE WHEN a.recorded_utc < (CASE ev.tz WHEN 'WITA' THEN ? WHEN 'WIT' THEN ? ELSE ? END)
            THEN 0 ELSE 1 END) AS late,
        MIN(a.recorded_utc || '|' || a.recorded_at) AS first_signed
    FROM attendance a JOIN signature s ON s.attendance_id = a.id JOIN event ev ON ev.id = a.event_id
    WHERE ev.campaign_id = ? AND {LIVE_PRESENT}
    GROUP BY a.employee_id
)
"""


def _signers_params(campaign) -> list:
    wib, wita, wit = deadline_bounds(campaign.deadline)
    return [wita, wit, wib, campaign.id]


def _units(unit_ids: list[int] | None) -> tuple[str, list]:
    if unit_ids is None:
        return "", []
    if not unit_ids:
        return " AND e.unit_id IS NULL AND e.unit_id IS NOT NULL", []  # no unit chosen: nobody
    return f" AND e.unit_id IN ({', '.join('?' * len(unit_ids))})", list(unit_ids)


@dataclass
class UnitDeadline:
    unit_id: int | None
    unit_name: str
    employees: int
    signed: int  # by the deadline
    late: int  # only after the deadline

    @property
    def not_signed(self) -> int:
        """Not signed by the deadline (the late ones included)."""
        return self.employees - self.signed

    @property
    def never(self) -> int:
        return self.employees - self.signed - self.late

    @property
    def signed_pct(self) -> float:
        return round(100.0 * self.signed / self.employees, 1) if self.employees else 0.0

    def to_dict(self) -> dict:
        return {"unit_id": self.unit_id, "unit": self.unit_name, "employees": self.employees, "signed": self.signed,
                "signed_late": self.late, "not_signed": self.not_signed, "never_signed": self.never,
                "signed_pct": self.signed_pct}


@dataclass
class CampaignCoverage:
    campaign_id: str
    name: str
    deadline: str
    roster_imported: bool
    units: list[UnitDeadline]
    total: UnitDeadline

    def to_dict(self) -> dict:
        return {"campaign": {"id": self.campaign_id, "name": self.name, "deadline": self.deadline},
                "roster_imported": self.roster_imported, "units": [u.to_dict() for u in self.units],
                "total": self.total.to_dict()}


def summary(campaign, unit_ids: list[int] | None = None) -> CampaignCoverage:
    """Per OPD (in the units' order, people without a unit last) and in total; *unit_ids* limits the units."""
    where, params = _units(unit_ids)
    sql = _SIGNERS + f"""
    SELECT u.id, COALESCE(u.name, ''), COUNT(*),
        SUM(CASE WHEN g.late = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN g.late = 1 THEN 1 ELSE 0 END)
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN signers g ON g.employee_id = e.id
    WHERE e.active = TRUE AND {ROSTER}{where}
    GROUP BY u.id, u.name, u.sort_order ORDER BY CASE WHEN u.id IS NULL THEN 1 ELSE 0 END, u.sort_order, u.name
    """
    rows = [UnitDeadline(r[0], r[1], int(r[2]), int(r[3] or 0), int(r[4] or 0))
            for r in db.execute_sql(sql, [*_signers_params(campaign), *params])]
    total = UnitDeadline(None, "", *(sum(getattr(r, k) for r in rows) for k in ("employees", "signed", "late")))
    return CampaignCoverage(campaign.id, campaign.name, campaign.deadline, roster_imported(), rows, total)


def not_signed(campaign, unit_ids: list[int] | None = None) -> list[PersonCoverage]:
    """The roster's active people who did not sign by the deadline, in roster order; last_signed_at is
    when they signed after it (None: not at all)."""
    where, params = _units(unit_ids)
    sql = _SIGNERS + f"""
    SELECT e.id, e.nip, e.nik, e.name, e.front_title, e.back_title, e.golongan, e.position, e.category,
        e.unit_id, COALESCE(u.name, ''), g.first_signed
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN signers g ON g.employee_id = e.id
    WHERE e.active = TRUE AND {ROSTER} AND (g.late IS NULL OR g.late = 1){where}
    ORDER BY CASE WHEN e.unit_id IS NULL THEN 1 ELSE 0 END, u.sort_order, u.name, e.roster_order, e.name
    """
    rows = db.execute_sql(sql, [*_signers_params(campaign), *params])
    return [PersonCoverage(*r[:11], r[11].split("|", 1)[1] if r[11] else None) for r in rows]


def unsigned_in_units(campaign_id: str, unit_ids: list[int]) -> list[int]:
    """The people a follow-up of the campaign expects: active, on the roster (as an event's invited:
    queries/record.ON_ROSTER), of *unit_ids*, with no signature at any of the campaign's events yet."""
    where, params = _units(unit_ids)
    sql = f"""
    SELECT e.id FROM employee e
    WHERE e.active = TRUE AND {ON_ROSTER}{where} AND NOT EXISTS (
        SELECT 1 FROM attendance a JOIN signature s ON s.attendance_id = a.id JOIN event ev ON ev.id = a.event_id
        WHERE a.employee_id = e.id AND ev.campaign_id = ? AND {LIVE_PRESENT})
    ORDER BY e.id
    """
    return [r[0] for r in db.execute_sql(sql, [*params, campaign_id])]
