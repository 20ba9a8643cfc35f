"""Coverage across all events, for the BKPSDM: per unit, how many active employees, how many have
signed the pact at least once (a live, present, signed record at any event), and who has not.

The employees are this database's own roster (people its roster import listed: employee.origin
'roster'), never whoever the sync files named: a hub that has only merged files knows the people who
came, not the people who did not, and would count Dinas Pendidikan 4/4 instead of 4/79. People
known here only from files (or registered here as walk-ins) are counted apart, per unit, with no
percentage; without any roster import every output says so (NO_ROSTER).

A province's hub holds every regency's roster, whose OPD names repeat ("Dinas Pendidikan" in every
kabupaten): by_region answers the same figures per region (employee.region, the roster's kabupaten/kota)
and per region and unit. Region '' (this hub's own regency, or none given) is shown as NO_REGION. The
per-unit outputs above ignore the region: a regency hub sees what it always saw.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ikrar.models.queries.record import LIVE_PRESENT, count_if, signed_anywhere
from ikrar.models.store.connection import db

_SIGNED = signed_anywhere("e.id")
ROSTER = "e.origin = 'roster'"  # listed by this database's own roster import

# What every coverage output says when no roster has been imported here (Indonesian, English).
NO_ROSTER = (
    "Daftar pegawai belum diimpor: cakupan dihitung dari daftar pegawai (SIASN/SIMPEG) yang diimpor di basis "
    "data ini, bukan dari orang yang muncul di berkas sinkronisasi. Impor daftar pegawai kabupaten terlebih "
    "dahulu; sampai itu orang yang hanya dikenal dari berkas ditampilkan terpisah, tanpa persentase.",
    "No employee list imported: coverage counts the employee list (SIASN/SIMPEG) imported into this database, "
    "not the people who appear in sync files. Import the regency's employee list first; until then people "
    "known only from files are shown apart, without a percentage.",
)
# How region '' (this hub's own regency, or none given) is shown (Indonesian, English).
NO_REGION = ("(tanpa wilayah)", "(no region)")
# The heading of the people apart (Indonesian, English).
OUTSIDE_ROSTER = ("Hanya dikenal dari berkas sinkronisasi (tidak ada di daftar pegawai yang diimpor; tanpa "
                  "persentase)",
                  "Known only from sync files (not on the imported employee list; no percentage)")


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
class UnitKnown:
    """People of a unit known here only from sync files or as walk-ins: how many, how many signed.
    No percentage and no "not signed": who else belongs to the unit is not known."""

    unit_id: int | None
    unit_name: str
    people: int
    signed: int

    def to_dict(self) -> dict:
        return {"unit_id": self.unit_id, "unit": self.unit_name, "people": self.people, "signed": self.signed}


@dataclass
class Coverage:
    """Everything a coverage output shows."""

    roster_imported: bool  # has this database's roster import listed anybody?
    units: list[UnitCoverage]  # the roster's people, per unit
    total: UnitCoverage
    outside: list[UnitKnown] = field(default_factory=list)  # known only from files, per unit
    outside_total: UnitKnown = field(default_factory=lambda: UnitKnown(None, "", 0, 0))

    def to_dict(self) -> dict:
        data = {"roster_imported": self.roster_imported, "units": [u.to_dict() for u in self.units],
                "total": self.total.to_dict(),
                "outside_roster": {"units": [u.to_dict() for u in self.outside],
                                   "total": self.outside_total.to_dict()}}
        if not self.roster_imported:
            data["total"]["signed_pct"] = None  # nothing to be a percentage of
        return data


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
    employment_status: str = ""  # a non-ASN's status as the roster spells it ("Honorer"), else ""
    region: str = ""  # the roster's kabupaten/kota (a province's hub), else ""

    @property
    def display_name(self) -> str:
        name = f"{self.front_title} {self.name}".strip() if self.front_title else self.name
        return f"{name}, {self.back_title}" if self.back_title else name

    @property
    def code(self) -> str:
        return self.nip or self.nik or ""

    def to_dict(self) -> dict:
        data = {"employee_id": self.employee_id, "nip": self.nip, "nik": self.nik, "name": self.display_name,
                "golongan": self.golongan, "position": self.position, "category": self.category,
                "unit": self.unit_name, "last_signed_at": self.last_signed_at}
        if self.region:  # a regency hub's output stays as it was
            data["region"] = self.region
        return data


@dataclass
class RegionCoverage:
    """One region's roster: its total (unit_name is the region) and its units."""

    region: str  # '' = this hub's own regency / not given (shown as NO_REGION)
    total: UnitCoverage
    units: list[UnitCoverage]

    def to_dict(self) -> dict:
        figures = {k: v for k, v in self.total.to_dict().items() if k not in ("unit_id", "unit")}
        return {"region": self.region, **figures, "units": [u.to_dict() for u in self.units]}


def region_order(region: str) -> tuple:
    """Regions by name, case folded (the same order on both engines, whatever the server's locale);
    '' last."""
    return region == "", region.casefold(), region


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
    return " AND (" + (" OR ".join(parts) or "FALSE") + ")", params


def roster_imported() -> bool:
    """Has this database's own roster import listed anybody (active or not)?"""
    return bool(db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM employee e WHERE {ROSTER})").fetchone()[0])


def _per_unit(unit_ids, roster: bool) -> list[tuple]:
    where, params = _unit_filter(unit_ids)
    sql = f"""
    SELECT e.unit_id, COALESCE(u.name, ''), COUNT(*), {count_if(_SIGNED)}
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id
    WHERE e.active = TRUE AND {'' if roster else 'NOT '}{ROSTER} {where}
    GROUP BY e.unit_id, u.name, u.sort_order ORDER BY e.unit_id IS NULL, u.sort_order, u.name
    """
    return [(r[0], r[1], int(r[2]), int(r[3] or 0)) for r in db.execute_sql(sql, params)]


def coverage(unit_ids: list[int | None] | None = None) -> list[UnitCoverage]:
    """The roster's active people per unit in the units' order (people without a unit last). unit_ids
    limits the units (None: all). Empty when no roster has been imported (roster_imported)."""
    return [UnitCoverage(*r) for r in _per_unit(unit_ids, roster=True)]


def outside_roster(unit_ids: list[int | None] | None = None) -> list[UnitKnown]:
    """Active people known here only from sync files or as walk-ins, per unit: counted apart."""
    return [UnitKnown(*r) for r in _per_unit(unit_ids, roster=False)]


def total(rows: list[UnitCoverage]) -> UnitCoverage:
    return UnitCoverage(None, "", sum(r.employees for r in rows), sum(r.signed for r in rows))


def summary(unit_ids: list[int | None] | None = None) -> Coverage:
    """The roster's coverage per unit, its total, and the people apart: what every output shows."""
    units, outside = coverage(unit_ids), outside_roster(unit_ids)
    return Coverage(roster_imported(), units, total(units), outside,
                    UnitKnown(None, "", sum(u.people for u in outside), sum(u.signed for u in outside)))


def regions() -> list[str]:
    """The regions of the roster's active people, in region_order ([''] on a regency hub)."""
    found = db.execute_sql(f"SELECT DISTINCT e.region FROM employee e WHERE e.active = TRUE AND {ROSTER}")
    return sorted((r[0] or "" for r in found), key=region_order)


def has_regions() -> bool:
    """Does the roster name more than one region (a province's hub)? One regency's own SIASN export
    names its own Pemkab on every row: one region, nothing to group by."""
    return len(regions()) > 1


def by_region(region: str | None = None, unit_ids: list[int | None] | None = None) -> list[RegionCoverage]:
    """The roster's active people per region (region_order) and, within each, per unit (the units'
    order): employees, signed, not signed, %. *region* narrows to one region ('' = none given)."""
    where, params = _unit_filter(unit_ids)
    if region is not None:
        where += " AND e.region = ?"
        params = [*params, region]
    sql = f"""
    SELECT e.region, e.unit_id, COALESCE(u.name, ''), COUNT(*), {count_if(_SIGNED)}
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id
    WHERE e.active = TRUE AND {ROSTER} {where}
    GROUP BY e.region, e.unit_id, u.name, u.sort_order ORDER BY e.unit_id IS NULL, u.sort_order, u.name
    """
    grouped: dict[str, list[UnitCoverage]] = {}
    for name, unit_id, unit_name, employees, signed in db.execute_sql(sql, params):
        grouped.setdefault(name or "", []).append(UnitCoverage(unit_id, unit_name, int(employees), int(signed or 0)))
    out = []
    for name in sorted(grouped, key=region_order):
        units = grouped[name]
        whole = total(units)
        whole.unit_name = name
        out.append(RegionCoverage(name, whole, units))
    return out


def people(unit_ids: list[int | None] | None = None, *, signed: bool = False,
           region: str | None = None) -> list[PersonCoverage]:
    """The roster's active people who have (signed=True) or have not (False) signed at any event, in
    roster order (with *region*: of that region only). People known only from files are never listed
    as not signed: nobody knows whether they are all of their unit."""
    where, params = _unit_filter(unit_ids)
    if region is not None:
        where += " AND e.region = ?"
        params = [*params, region]
    sql = f"""
    SELECT e.id, e.nip, e.nik, e.name, e.front_title, e.back_title, e.golongan, e.position, e.category,
        e.unit_id, COALESCE(u.name, ''),
        (SELECT MAX(s.signed_at) FROM attendance a JOIN signature s ON s.attendance_id = a.id
         WHERE a.employee_id = e.id AND {LIVE_PRESENT}), e.employment_status, e.region
    FROM employee e LEFT JOIN unit u ON u.id = e.unit_id
    WHERE e.active = TRUE AND {ROSTER} AND {'' if signed else 'NOT '}{_SIGNED} {where}
    ORDER BY e.unit_id IS NULL, u.sort_order, u.name, e.roster_order, e.name
    """
    return [PersonCoverage(*r) for r in db.execute_sql(sql, params)]


def not_signed(unit_ids: list[int | None] | None = None, region: str | None = None) -> list[PersonCoverage]:
    return people(unit_ids, signed=False, region=region)
