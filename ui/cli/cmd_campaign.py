"""`ikrar campaign new|list|edit` and `ikrar coverage --campaign ID` (docs/campaigns.md)."""
from __future__ import annotations

from ikrar.models.campaigns import campaign_events, create_campaign, find_campaign, list_campaigns, update_campaign
from ikrar.models.desk import local_desk
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import parse_date, resolve_units
from ikrar.models.queries import campaign_coverage
from ikrar.reports import api
from ikrar.ui.cli.output import EXIT_OK, date_text, os_reason, say, time_text


def register(sub, common) -> None:
    ca = sub.add_parser("campaign", parents=[common],
                        help=say("kampanye: penandatanganan pakta satu pemilihan, dengan tenggatnya",
                                 "campaigns: the pact signing of one election, with its deadline"))
    ca_sub = ca.add_subparsers(dest="campaign_command", metavar=say("TINDAKAN", "ACTION"))
    new = ca_sub.add_parser("new", parents=[common], help=say("buat kampanye (mencetak id-nya)",
                                                              "create a campaign (prints its id)"))
    _fields(new, required=True)
    new.set_defaults(handler=campaign_new)
    lst = ca_sub.add_parser("list", parents=[common], help=say("tampilkan kampanye", "list campaigns"))
    lst.set_defaults(handler=campaign_list)
    ed = ca_sub.add_parser("edit", parents=[common],
                           help=say("ubah kampanye meja ini", "change a campaign of this desk"))
    ed.add_argument("--campaign", required=True, metavar="ID", help=campaign_help())
    _fields(ed, required=False)
    ed.set_defaults(handler=campaign_edit)


def campaign_help() -> str:
    return say("id kampanye, awalannya, atau namanya", "campaign id, a prefix of it, or its name")


def _fields(parser, required: bool) -> None:
    parser.add_argument("--name", required=required, metavar=say("NAMA", "NAME"),
                        help=say("nama, misalnya 'Pakta Netralitas Pilkada 2026'",
                                 "the name, e.g. 'Pakta Netralitas Pilkada 2026'"))
    parser.add_argument("--deadline", required=required, metavar=say("TANGGAL", "DATE"),
                        help=say("tenggat: tanda tangan sampai akhir hari ini (HH-BB-TTTT)",
                                 "deadline: signed by the end of this day (DD-MM-YYYY)"))
    parser.add_argument("--pact-file", metavar=say("BERKAS", "FILE"),
                        help=say("berkas teks pakta kampanye (dipakai acaranya)",
                                 "the campaign's pact text file (its events use it)"))


def _pact(path) -> str | None:
    if not path:
        return None
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except OSError as exc:
        raise Refused(f"{path}: tidak terbaca ({os_reason(exc)})", f"{path}: cannot read ({os_reason(exc)})") from None


def campaign_dict(campaign) -> dict:
    return {"id": campaign.id, "name": campaign.name, "deadline": campaign.deadline, "owner": campaign.owner,
            "owned_here": campaign.owner == local_desk().id, "pact_sha256": campaign.pact_sha256,
            "events": [e.id for e in campaign_events(campaign)]}


def _deadline_text(campaign) -> str:
    return date_text(parse_date(campaign.deadline))


def campaign_new(args, out) -> int:
    campaign = create_campaign(args.name, args.deadline, pact_text=_pact(args.pact_file))
    out.emit(campaign_dict(campaign), campaign.id)
    return EXIT_OK


def campaign_edit(args, out) -> int:
    campaign = find_campaign(args.campaign)
    if args.name is None and args.deadline is None and not args.pact_file:
        raise Refused("Tidak ada yang diubah: beri --name, --deadline atau --pact-file.",
                      "Nothing to change: give --name, --deadline or --pact-file.", code="nothing")
    campaign = update_campaign(campaign, name=args.name, deadline=args.deadline, pact_text=_pact(args.pact_file))
    out.emit(campaign_dict(campaign), say(f"Kampanye '{campaign.name}' diubah; tenggat {_deadline_text(campaign)}.",
                                          f"Campaign '{campaign.name}' changed; deadline {_deadline_text(campaign)}."))
    return EXIT_OK


def campaign_list(args, out) -> int:
    campaigns = list_campaigns()
    lines = [f"{c.id}  {say('tenggat', 'deadline')} {_deadline_text(c)}  {c.name}"
             f"{'' if c.owner == local_desk().id else say('  (dari meja lain)', '  (from another desk)')}"
             for c in campaigns] or [say("(belum ada kampanye)", "(no campaigns yet)")]
    out.emit([campaign_dict(c) for c in campaigns], "\n".join(lines))
    return EXIT_OK


def coverage(args, out) -> int:
    """`ikrar coverage --campaign ID [--unit NAME…]`: per OPD against the deadline; with --unit, who."""
    campaign = find_campaign(args.campaign)
    unit_ids = [u.id for u in resolve_units(args.unit)] if args.unit else None
    summary = campaign_coverage.summary(campaign, unit_ids)
    if not summary.units and unit_ids:
        raise NotFound("Unit ini tidak punya pegawai aktif.", "These units have no active employees.", code="unit")
    people = campaign_coverage.not_signed(campaign, unit_ids) if unit_ids else []
    data = summary.to_dict()
    lines = [say(f"Kampanye: {campaign.name}; tenggat {_deadline_text(campaign)} (akhir hari, waktu acaranya)",
                 f"Campaign: {campaign.name}; deadline {_deadline_text(campaign)} (end of day, the event's time)")]
    if not summary.roster_imported:
        data["roster_warning"] = say(*campaign_coverage.NO_ROSTER)
        lines.append(data["roster_warning"])
    width = max([len(r.unit_name) for r in summary.units] + [10])
    lines.append(f"{say('OPD', 'Unit'):<{width}}  {say('Pegawai', 'Staff'):>8}  {say('Sudah', 'Signed'):>8}  "
                 f"{say('Terlambat', 'Late'):>9}  {say('Belum', 'Not yet'):>8}  %")
    for n, r in enumerate([*summary.units, summary.total]):
        name = say("JUMLAH", "TOTAL") if n == len(summary.units) else r.unit_name or say("(tanpa unit)", "(no unit)")
        lines.append(f"{name:<{width}}  {r.employees:>8}  {r.signed:>8}  {r.late:>9}  {r.not_signed:>8}  "
                     f"{r.signed_pct:5.1f}")
    lines.append(say("Belum = belum tanda tangan sampai tenggat (yang terlambat termasuk).",
                     "Not yet = not signed by the deadline (the late ones included)."))
    if unit_ids:
        data["not_signed"] = [p.to_dict() for p in people]
        lines.append(say("\nBelum menandatangani sampai tenggat:", "\nNot signed by the deadline:"))
        lines += [f"  {p.unit_name} | {p.code} | {p.display_name}" + (
            say(f" (terlambat: {time_text(p.last_signed_at, with_date=True)})",
                f" (late: {time_text(p.last_signed_at, with_date=True)})") if p.last_signed_at else "")
            for p in people]
    for name, path in (("campaign_not_signed", args.pdf), ("campaign_not_signed_xlsx", args.xlsx)):
        if path is not None:  # the not-signed list against the deadline, every OPD or the --unit ones
            written = str(getattr(api, name)(campaign, path, unit_ids=unit_ids).path)
            data.setdefault("files", []).append(written)
            lines.append(written)
    out.emit(data, "\n".join(lines))
    return EXIT_OK
