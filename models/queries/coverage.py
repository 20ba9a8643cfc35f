"""Coverage across all events, for the BKPSDM: per unit, how many active employees, how many have
signed the pact at least once (a live, present, signed record at any event), and who has not.
"""
from __future__ import annotations

from dataclasses import dataclass

from ikrar.models.queries.record import LIVE_PRESENT, signed_anywhere
from ikrar.models.store.connection import db

_SIGNED = signed_anywhere("e.id")


@dataclass
class UnitCoverage:
    unit_id: int | None
    unit_name: str
    employees: int
    signed: int

    @property
    def not_signed(self) -> int:
        return self.employees - self.signed

    @property
    def signed_pct(self) -> float:
        return round(100.0 * self.signed / self.employees, 1) if self.employees else 0.0

    def to_dict(self) -> dict:
        return {"unit_id": self.unit_id, "unit": self.unit_name, "employees": self.employees, "signed": self.signed,
                "not_signed": self.not_signed, "signed_pct": self.signed_pct}


@dataclass
class PersonCoverage:
    employee_id: int
    nip: str | None
    nik: str | None
    name: str
    front_title: str
    back_title: str
    golongan: str
    position: str
    category: str
    unit_id: int | None
    unit_name: str
    last_signed_at: str | None  # when signed most recently, at any event

    @property
    def display_name(self) -> str:
        name = f"{self.front_title} {self.name}".strip() if self.front_title else self.name
        return f"{name}, {self.back_title}" if self.back_title else name

    @property
    def code(self) -> str:
        return self.nip or self.nik or ""

    def to_dict(self) -> dict:
        return {"employee_id": self.employee_id, "nip": self.nip, "nik": self.nik, "name": self.display_name,
                "golongan": self.golongan, "position": self.position, "category": self.category,
                "unit": self.unit_name, "last_signed_at": self.last_signed_at}


def _unit_filter(unit_ids: list[int | None] | None) -> tuple[str, list]:
    if unit_ids is None:
        return "", []
    parts, params = [], []
    real = [u for u in unit_ids if u is not None]
    if real:
        parts.append(f"e.unit_id IN ({', '.join('?' * len(real))})")
        params += real
    if None in unit_ids:
        parts.append("e.unit_id IS NULL")
    return " AND (" + (" OR ".join(parts) or "0") + ")", params


def coverage(unit_ids: list[int | None] | None = None) -> list[UnitCoverage]:
    """Per unit in the units' order (people without a unit last). unit_ids limits the units (None: all)."""
    where, params = _unit_filter(unit_ids)
    sql = f"""
    SELECT e.unit_id, COALESCE(u.name, ''), COUNT(*), SUM({_SIGNED})
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id
    WHERE e.active = 1 {where}
    GROUP BY e.unit_id ORDER BY e.unit_id IS NULL, u.sort_order, u.name
    """
    return [UnitCoverage(r[0], r[1], int(r[2]), int(r[3] or 0)) for r in db.execute_sql(sql, params)]


def total(rows: list[UnitCoverage]) -> UnitCoverage:
    return UnitCoverage(None, "", sum(r.employees for r in rows), sum(r.signed for r in rows))


def people(unit_ids: list[int | None] | None = None, *, signed: bool = False) -> list[PersonCoverage]:
    """Active employees who have (signed=True) or have not (False) signed at any event, in roster order."""
    where, params = _unit_filter(unit_ids)
    sql = f"""
    SELECT e.id, e.nip, e.nik, e.name, e.front_title, e.back_title, e.golongan, e.position, e.category,
        e.unit_id, COALESCE(u.name, ''),
        (SELECT MAX(s.signed_at) FROM attendance a JOIN signature s ON s.attendance_id = a.id
         WHERE a.employee_id = e.id AND {LIVE_PRESENT})
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id
    WHERE e.active = 1 AND {'' if signed else 'NOT '}{_SIGNED} {where}
    ORDER BY e.unit_id IS NULL, u.sort_order, u.name, e.roster_order, e.name
    """
    return [PersonCoverage(*r) for r in db.execute_sql(sql, params)]


def not_signed(unit_ids: list[int | None] | None = None) -> list[PersonCoverage]:
    return people(unit_ids, signed=False)
