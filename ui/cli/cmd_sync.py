"""`ikrar package export|import`, `ikrar export-sync`, `ikrar bundle export`, `ikrar merge`, `ikrar coverage`."""
from __future__ import annotations

from pathlib import Path

from ikrar.models import settings
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import find_event, resolve_units
from ikrar.models.queries.coverage import NO_ROSTER, OUTSIDE_ROSTER, not_signed
from ikrar.models.queries.coverage import summary as coverage_summary
from ikrar.models.sync.bundle import export_bundle
from ikrar.models.sync.crypto import read_passphrase_file
from ikrar.models.sync.export import export_sync as write
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.package import export_package, import_package
from ikrar.reports import api
from ikrar.ui.cli import cmd_campaign, cmd_region_coverage
from ikrar.ui.cli.output import EXIT_FAILED, EXIT_OK, number, os_reason, say, time_text


def register(sub, common) -> None:
    _register_files(sub, common)
    co = sub.add_parser("coverage", parents=[common],
                        help=say("siapa di kabupaten yang sudah tanda tangan, per unit, di semua acara",
                                 "who in the regency has signed, per unit, across all events"))
    co.add_argument("--unit", action="append", default=[], metavar="UNIT",
                    help=say("hanya unit ini (boleh diulang); juga menampilkan yang belum tanda tangan",
                             "only this unit (repeat); also lists who has not signed"))
    co.add_argument("--pdf", type=Path, metavar=say("BERKAS", "FILE"),
                    help=say("tulis daftar yang belum tanda tangan per unit sebagai PDF",
                             "write the not-signed list per unit as PDF"))
    co.add_argument("--xlsx", type=Path, metavar=say("BERKAS", "FILE"),
                    help=say("tulis daftar yang belum tanda tangan per unit sebagai XLSX",
                             "write the not-signed list per unit as XLSX"))
    co.add_argument("--campaign", metavar="ID",
                    help=say("hitung terhadap tenggat kampanye ini, per OPD (ikrar campaign list)",
                             "count against this campaign's deadline, per unit (ikrar campaign list)"))
    cmd_region_coverage.register_options(co)
    co.set_defaults(handler=coverage)


def _passphrase_option(parser, what: tuple[str, str]) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="F", help=say(*what))


def _out_option(parser, what: tuple[str, str]) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar=say("FOLDER_ATAU_BERKAS", "DIR_OR_FILE"),
                        help=say(*what))


def _register_files(sub, common) -> None:
    encrypt = ("sandikan dengan frasa sandi di berkas F", "encrypt with the passphrase in F")
    out_help = ("sebuah folder (flashdisk) atau nama berkas", "a folder (USB stick) or a file name")
    pk = sub.add_parser("package", parents=[common], help=say("paket acara: serahkan acara dan daftar pegawainya ke "
                                                              "meja lain", "event packages: hand an event and its "
                                                              "roster to other desks"))
    pk_sub = pk.add_subparsers(dest="package_command", metavar=say("TINDAKAN", "ACTION"))
    ex = pk_sub.add_parser("export", parents=[common], help=say("tulis paket acara (mencetak lokasinya)",
                                                                "write an event's package (prints the path)"))
    ex.add_argument("--event", required=True, metavar="ID",
                    help=say("id acara atau awalannya", "event id or a prefix of it"))
    _out_option(ex, out_help)
    _passphrase_option(ex, encrypt)
    ex.set_defaults(handler=package_export)
    im = pk_sub.add_parser("import", parents=[common], help=say("impor paket acara", "import an event package"))
    im.add_argument("file", type=Path, metavar=say("BERKAS", "FILE"), help=say("berkas paket .ikrar",
                                                                               "the package's .ikrar file"))
    _passphrase_option(im, ("frasa sandi paket yang disandikan ada di berkas F",
                            "the passphrase of an encrypted package is in F"))
    im.set_defaults(handler=package_import)

    es = sub.add_parser("export-sync", parents=[common],
                        help=say("tulis berkas sinkronisasi bertanda tangan untuk BKPSDM (mencetak lokasinya)",
                                 "write a signed sync file for the BKPSDM (prints the path)"))
    es.add_argument("--event", required=True, action="append", metavar="ID",
                    help=say("id acara atau awalannya (ulangi untuk beberapa acara)",
                             "event id or prefix (repeat for several)"))
    _out_option(es, out_help)
    _passphrase_option(es, ("sandikan dengan frasa sandi di berkas F (untuk surel)",
                            "encrypt with the passphrase in F (for e-mail)"))
    es.set_defaults(handler=export_sync)

    bu = sub.add_parser("bundle", parents=[common], help=say("bundel: teruskan yang digabung hub ini, bertanda tangan",
                                                             "bundles: pass on what this hub merged, signed"))
    bu_sub = bu.add_subparsers(dest="bundle_command", metavar=say("TINDAKAN", "ACTION"))
    bx = bu_sub.add_parser("export", parents=[common],
                           help=say("tulis bundel hub ini: setiap berkas meja yang digabung apa adanya, dan "
                                    "keputusannya", "write this hub's bundle: every merged desk file as signed, "
                                    "and its decisions"))
    _out_option(bx, out_help)
    _passphrase_option(bx, encrypt)
    bx.set_defaults(handler=bundle_export)

    me = sub.add_parser("merge", parents=[common],
                        help=say("periksa dan gabungkan berkas sinkronisasi dan bundel (keluar dengan 1 bila ada "
                                 "yang ditolak)", "verify and merge sync files and bundles (exit 1 if any is "
                                 "refused)"))
    me.add_argument("files", nargs="+", type=Path, metavar=say("BERKAS", "FILE"),
                    help=say("berkas .ikrar", ".ikrar files"))
    _passphrase_option(me, ("frasa sandi berkas yang disandikan ada di berkas F", "passphrase of encrypted files"))
    me.set_defaults(handler=merge)


def _passphrase(args) -> str | None:
    path = getattr(args, "passphrase_file", None)
    if path is None:
        return None

    try:
        return read_passphrase_file(path)
    except OSError as exc:
        raise Refused(f"{path}: tidak terbaca ({os_reason(exc)})", f"{path}: cannot read ({os_reason(exc)})") from None


def package_export(args, out) -> int:
    path = export_package(find_event(args.event), args.out, passphrase=_passphrase(args))
    out.emit({"path": str(path)}, str(path))
    return EXIT_OK


def package_import(args, out) -> int:
    report = import_package(args.file, _passphrase(args))
    return _show([report], out)


def export_sync(args, out) -> int:
    path = write([find_event(e) for e in args.event], args.out, passphrase=_passphrase(args))
    out.emit({"path": str(path)}, str(path))
    return EXIT_OK


def bundle_export(args, out) -> int:
    paths = export_bundle(args.out, passphrase=_passphrase(args))
    # "path": the first (the only one unless the hub's files needed several parts), as before
    out.emit({"path": str(paths[0]), "paths": [str(p) for p in paths]}, "\n".join(str(p) for p in paths))
    return EXIT_OK


def merge(args, out) -> int:
    return _show(merge_files(args.files, _passphrase(args)), out)


# what a merge report counts, named in each language (the JSON keeps the keys)
WHAT = {"attendances": ("kehadiran", "attendances"), "signatures": ("tanda tangan", "signatures"),
        "voids": ("pembatalan", "voids"), "people": ("pegawai", "people"), "events": ("acara", "events"),
        "units": ("unit", "units"), "pact_texts": ("teks pakta", "pact texts"), "desks": ("meja", "desks"),
        "decisions": ("keputusan", "decisions"), "attendance": ("kehadiran", "attendance"),
        "signature": ("tanda tangan", "signature"), "void": ("pembatalan", "void")}


def _word(key: str) -> str:
    return say(*WHAT[key]) if key in WHAT else key.replace("_", " ")


def _counts(counter, keys) -> str:
    return ", ".join(f"{number(counter.get(k, 0))} {_word(k)}" for k in keys)


def _recorded(stamp: str, event_id: str) -> str:
    """A duplicate's time on its event's clock."""
    try:
        event = find_event(event_id)
    except NotFound:
        return time_text(stamp, with_date=True)
    return time_text(stamp, event.tz, with_date=True)


def _show(reports, out) -> int:
    all_ok = all(r.ok for r in reports)
    lines = []
    for r in reports:
        if not r.ok:
            lines.append(say(f"DITOLAK  {r.path}: {r.reason()}", f"REFUSED  {r.path}: {r.reason()}"))
            continue
        head = f"{r.path} — {say('meja', 'desk')} {r.desk_name} ({(r.desk_id or '')[:8]})"
        lines.append(say(f"DIGABUNG {head}", f"MERGED   {head}"))
        if r.already_merged:
            when = r.already_merged[:16].replace("T", " ")
            lines.append(say(f"  berkas yang sama sudah digabung {when}: tidak ada yang baru",
                             f"  this very file was merged {when}: nothing new"))
            continue
        lines.append(say("  baru: ", "  new: ")
                     + _counts(r.new, ("attendances", "signatures", "voids", "people", "events")))
        lines.append(say("  sudah ada: ", "  already known: ")
                     + _counts(r.known, ("attendances", "signatures", "voids")))
        lines += _new_desks(r)
        if r.updated:
            lines.append(say("  diperbarui: ", "  updated: ") + _counts(r.updated, sorted(r.updated)))
        lines.append(say(f"  ganda (tercatat di meja lain): {len(r.duplicates)}",
                         f"  duplicates (also checked in at another desk): {len(r.duplicates)}"))
        for d in r.duplicates:
            others = "; ".join(f"{o['desk_name']} {_recorded(o['recorded_at'], d['event_id'])}" for o in d["others"])
            counted = f"{d['counts']['desk_name']} {_recorded(d['counts']['recorded_at'], d['event_id'])}"
            lines.append(say(f"    {d['name']} ({d['code']}): dihitung {counted}; juga {others}",
                             f"    {d['name']} ({d['code']}): counts {counted}; also {others}"))
        for c in r.conflicts:
            kept = say("yang tersimpan tetap", "the stored one stays") if c["kept"] == "stored" else say(
                "yang baru menggantikannya", "the incoming one replaces it")
            lines.append(say(f"  KONFLIK {_word(c['kind'])} {c['id']} meja {c['desk'][:8]}: isi berbeda dengan UUID "
                             f"sama (kunci meja disalin?); {kept}",
                             f"  CONFLICT {_word(c['kind'])} {c['id']} desk {c['desk'][:8]}: other content, same UUID "
                             f"(a copied key?); {kept}"))
    out.emit({"ok": all_ok, "files": [r.to_dict() for r in reports]}, "\n".join(lines))
    return EXIT_OK if all_ok else EXIT_FAILED


def _new_desks(r) -> list[str]:
    """New desks and hubs, named with their fingerprint: a key nobody expected is worth a look."""
    lines = [say(f"  MEJA BARU: {d['name']} — sidik jari {d['fingerprint']} (periksa dengan meja itu; tolak bila "
                 f"palsu: ikrar desk reject {d['fingerprint'][:9].replace(' ', '')} --reason ...)",
                 f"  NEW DESK: {d['name']} — fingerprint {d['fingerprint']} (check it with that desk; reject it if "
                 f"forged: ikrar desk reject {d['fingerprint'][:9].replace(' ', '')} --reason ...)")
             for d in r.new_desks]
    for h in r.hubs:
        if h["trusted"]:
            lines.append(say(f"  hub {h['name']}: {h['decisions']} keputusan dihitung",
                             f"  hub {h['name']}: {h['decisions']} decisions count"))
        elif h["decisions"]:
            short = h["fingerprint"][:9].replace(" ", "")
            lines.append(say(f"  hub {h['name']} ({h['fingerprint']}): {h['decisions']} keputusan disimpan tetapi "
                             f"belum dihitung; bila hub ini sah: ikrar desk trust {short}",
                             f"  hub {h['name']} ({h['fingerprint']}): {h['decisions']} decisions kept but not "
                             f"counted; if this hub is genuine: ikrar desk trust {short}"))
    return lines


def merged_before_warning() -> str | None:
    """A database that merged files before the trust model: its merged data cannot be vouched for."""
    if not settings.get("merged_before_trust_model"):
        return None
    return say("PERHATIAN: basis data ini menggabungkan berkas sebelum pembaruan kepercayaan (format 2); gabungkan "
               "lagi berkas-berkas aslinya ke basis data hub yang baru.",
               "WARNING: this database merged files before the trust update (format 2); merge the original files "
               "again into a fresh hub database.")


def coverage(args, out) -> int:
    if args.campaign:
        return cmd_campaign.coverage(args, out)
    unit_ids = [u.id for u in resolve_units(args.unit)] if args.unit else None
    if args.by_region or args.region is not None:
        data, lines, region = cmd_region_coverage.coverage_by_region(args, unit_ids)
        return _files_and_emit(args, unit_ids, data, lines, out, region)
    summary = coverage_summary(unit_ids)
    rows = summary.units
    if not rows and not summary.outside and unit_ids:
        raise NotFound("Unit ini tidak punya pegawai aktif.", "These units have no active employees.", code="unit")
    people = not_signed(unit_ids) if unit_ids else []
    data = summary.to_dict()
    if unit_ids:
        data["not_signed"] = [p.to_dict() for p in people]
    width = max([len(r.unit_name) for r in [*rows, *summary.outside]] + [10])
    lines = []
    if not summary.roster_imported:
        data["roster_warning"] = say(*NO_ROSTER)
        lines.append(data["roster_warning"])
    if rows or summary.roster_imported:
        lines.append(f"{say('Unit', 'Unit'):<{width}}  {say('Pegawai', 'Staff'):>8}  {say('Sudah', 'Signed'):>8}  "
                     f"{say('Belum', 'Not yet'):>8}  %")
        for n, r in enumerate([*rows, summary.total]):
            name = say("JUMLAH", "TOTAL") if n == len(rows) else r.unit_name or say("(tanpa unit)", "(no unit)")
            lines.append(f"{name:<{width}}  {r.employees:>8}  {r.signed:>8}  {r.not_signed:>8}  {r.signed_pct:5.1f}")
    if summary.outside:  # people known only from files: how many, how many signed; no percentage
        lines += ["", say(*OUTSIDE_ROSTER) + ":",
                  f"{say('Unit', 'Unit'):<{width}}  {say('Orang', 'People'):>8}  {say('Sudah', 'Signed'):>8}"]
        for n, k in enumerate([*summary.outside, summary.outside_total]):
            name = (say("JUMLAH", "TOTAL") if n == len(summary.outside)
                    else k.unit_name or say("(tanpa unit)", "(no unit)"))
            lines.append(f"{name:<{width}}  {k.people:>8}  {k.signed:>8}")
    warning = merged_before_warning()
    if warning:
        data["warning"] = warning
        lines.insert(0, warning)
    if people:
        lines.append(say("\nBelum menandatangani:", "\nNot signed yet:"))
        lines += [f"  {p.unit_name} | {p.code} | {p.display_name}" for p in people]
    return _files_and_emit(args, unit_ids, data, lines, out)


def _files_and_emit(args, unit_ids, data: dict, lines: list[str], out, region: str | None = None) -> int:
    """The documents asked for (--pdf, --xlsx; of *region* only when one is given), then the output."""
    for name, path in (("coverage_not_signed", args.pdf), ("coverage_not_signed_xlsx", args.xlsx)):
        if path is not None:
            written = _render(name, path, unit_ids, region)
            data.setdefault("files", []).append(written)
            lines.append(written)
    out.emit(data, "\n".join(lines))
    return EXIT_OK


def _render(name: str, path: Path, unit_ids, region: str | None = None) -> str:
    """The not-signed list through the report renderers (reports/api.py), when they provide it."""
    extra = {} if region is None else {"region": region}
    return str(getattr(api, name)(path, unit_ids=unit_ids, **extra).path)
