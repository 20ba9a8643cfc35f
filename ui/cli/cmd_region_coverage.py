"""`ikrar coverage --by-region [--region NAME]`: a province's hub, per region (kabupaten/kota) and per OPD
within each region (models/queries/coverage.by_region; docs/province.md)."""
from __future__ import annotations

from ikrar.models.errors import NotFound
from ikrar.models.queries.coverage import (
    NO_REGION,
    NO_ROSTER,
    OUTSIDE_ROSTER,
    by_region,
    not_signed,
    outside_roster,
    regions,
    roster_imported,
)
from ikrar.ui.cli.output import say


def register_options(co) -> None:
    co.add_argument("--by-region", action="store_true",
                    help=say("per kabupaten/kota (hub provinsi), lalu per OPD di tiap kabupaten/kota",
                             "per regency/city (a province's hub), then per unit within each"))
    co.add_argument("--region", metavar=say("NAMA", "NAME"),
                    help=say("hanya kabupaten/kota ini (nama seperti di daftar pegawai; \"\" = tanpa wilayah)",
                             "only this regency/city (named as in the roster; \"\" = no region)"))


def resolve_region(name: str | None) -> str | None:
    """The stored region *name* means (case and spaces aside); None for all. Unknown: one sentence
    naming the regions there are."""
    if name is None:
        return None
    wanted = " ".join(name.split()).casefold()
    if wanted in ("", NO_REGION[0].casefold(), NO_REGION[1].casefold()):
        return ""
    known = regions()
    for region in known:
        if region.casefold() == wanted:
            return region
    listed = ", ".join(r or say(*NO_REGION) for r in known) or "-"
    raise NotFound(f"Kabupaten/kota '{name}' tidak ada di daftar pegawai yang diimpor. Yang ada: {listed}.",
                   f"Regency/city '{name}' is not in the imported roster. There are: {listed}.", code="region")


def _line(name: str, r, width: int, indent: str = "") -> str:
    return (f"{indent}{name:<{width - len(indent)}}  {r.employees:>8}  {r.signed:>8}  {r.not_signed:>8}  "
            f"{r.signed_pct:5.1f}")


def coverage_by_region(args, unit_ids) -> tuple[dict, list[str], str | None]:
    """(the JSON data, the text lines, the region chosen or None)."""
    region = resolve_region(args.region)
    found = by_region(region, unit_ids)
    if not found and (unit_ids or region is not None):
        raise NotFound("Tidak ada pegawai aktif di pilihan ini.", "No active employees in this choice.",
                       code="unit")
    grand = [r.total for r in found]
    total = type(grand[0])(None, "", sum(t.employees for t in grand), sum(t.signed for t in grand)) if grand else None
    data = {"roster_imported": roster_imported(), "regions": [r.to_dict() for r in found],
            "total": {k: v for k, v in total.to_dict().items() if k not in ("unit_id", "unit")} if total else None}
    shown = {r.region: r.region or say(*NO_REGION) for r in found}
    width = max([len(s) for s in shown.values()] + [len(u.unit_name) + 2 for r in found for u in r.units] + [14])
    head = f"{say('Pegawai', 'Staff'):>8}  {say('Sudah', 'Signed'):>8}  {say('Belum', 'Not yet'):>8}  %"
    lines = []
    if not data["roster_imported"]:
        data["roster_warning"] = say(*NO_ROSTER)
        lines.append(data["roster_warning"])
    lines.append(f"{say('Kabupaten/kota', 'Regency/city'):<{width}}  {head}")
    lines += [_line(shown[r.region], r.total, width) for r in found]
    if total is not None:
        lines.append(_line(say("JUMLAH", "TOTAL"), total, width))
    for r in found:  # then each region's units
        lines += ["", f"{shown[r.region]}", f"  {say('Unit', 'Unit'):<{width - 2}}  {head}"]
        lines += [_line(u.unit_name or say("(tanpa unit)", "(no unit)"), u, width, "  ") for u in r.units]
        lines.append(_line(say("JUMLAH", "TOTAL"), r.total, width, "  "))
    outside = outside_roster(unit_ids) if region is None else []  # known only from files: no region
    if outside:
        data["outside_roster"] = {"units": [k.to_dict() for k in outside],
                                  "total": {"people": sum(k.people for k in outside),
                                            "signed": sum(k.signed for k in outside)}}
        lines += ["", say(*OUTSIDE_ROSTER) + ":",
                  f"{say('Unit', 'Unit'):<{width}}  {say('Orang', 'People'):>8}  {say('Sudah', 'Signed'):>8}"]
        lines += [f"{k.unit_name or say('(tanpa unit)', '(no unit)'):<{width}}  {k.people:>8}  {k.signed:>8}"
                  for k in outside]
    if unit_ids:
        people = not_signed(unit_ids, region)
        data["not_signed"] = [p.to_dict() for p in people]
        lines.append(say("\nBelum menandatangani:", "\nNot signed yet:"))
        lines += [f"  {p.region or say(*NO_REGION)} | {p.unit_name} | {p.code} | {p.display_name}" for p in people]
    return data, lines, region
