"""`ikrar report KIND --event ID --out FILE`: the PDFs and the workbook the organizer prints."""
from __future__ import annotations

import sys

from ikrar.models.events import find_event
from ikrar.reports import api
from ikrar.reports.files import Cancelled
from ikrar.ui.cli.output import EXIT_FAILED, EXIT_OK, number, say

KINDS = ("signed-list", "recap", "not-signed", "pacts", "qr-cards", "xlsx")


def register(sub, common) -> None:
    rp = sub.add_parser(
        "report", parents=[common], help=say("tulis dokumen: ", "write a report: ") + ", ".join(KINDS),
        description=say("Tulis dokumen sebuah acara: signed-list (daftar hadir bertanda tangan), recap "
                        "(rekapitulasi), not-signed (yang belum tanda tangan), pacts (pakta per orang), qr-cards "
                        "(kartu QR), xlsx (buku kerja). pacts: --out berakhiran .pdf memberi satu PDF, selain itu "
                        "sebuah folder dengan satu PDF per orang.",
                        "Write a report of an event. pacts: --out ending in .pdf gives one PDF, "
                        "otherwise a folder with one PDF per person."))
    rp.add_argument("kind", choices=KINDS, metavar=say("JENIS", "KIND"), help=", ".join(KINDS))
    rp.add_argument("--event", required=True, metavar="ID",
                    help=say("id acara atau awalannya", "event id or a prefix of it"))
    rp.add_argument("--out", required=True, metavar=say("BERKAS", "FILE"),
                    help=say("berkas hasil (pacts: .pdf atau folder)", "output file (pacts: a .pdf or a folder)"))
    rp.add_argument("--group-by-unit", action="store_true",
                    help=say("signed-list: judul dan penomoran per unit",
                             "signed-list: a heading and numbering per unit"))
    rp.add_argument("--all-expected", action="store_true",
                    help=say("signed-list, xlsx: semua yang diharapkan, dengan kode ketidakhadiran (Ket.)",
                             "signed-list, xlsx: everyone expected, with absence codes (Ket.)"))
    rp.add_argument("--paper", type=str.upper, choices=("F4", "A4"),
                    help=say("kertas (bawaan: pengaturan, F4)", "paper (default: the setting, F4)"))
    rp.add_argument("--order", choices=("roster", "name"), default="roster",
                    help=say("urutan daftar pegawai dalam tiap unit (bawaan) atau menurut nama",
                             "roster order within each unit (default) or by name"))
    rp.add_argument("--signatures", action="store_true",
                    help=say("xlsx: gambar tanda tangan kecil di tiap baris", "xlsx: a small signature image per row"))
    rp.add_argument("--fixed-date", action="store_true",
                    help=say("hasil yang dapat diulang: mulai acara sebagai waktu pembuatan, tanpa id acak",
                             "reproducible output: the event's start as creation time, no random ids"))
    rp.set_defaults(handler=report)


def report(args, out) -> int:
    event = find_event(args.event)
    options = dict(paper=args.paper, group_by_unit=args.group_by_unit, all_expected=args.all_expected,
                   order=args.order, signatures=args.signatures, fixed_date=args.fixed_date)
    try:
        result = api.generate(args.kind, event, args.out, **options)
    except Cancelled:
        return out.error(say("dibatalkan", "cancelled"), EXIT_FAILED)
    if result.files:
        text = say(f"{len(result.files)} berkas ditulis ke {result.path} (sidik {result.fingerprint})",
                   f"{len(result.files)} files written to {result.path} (fingerprint {result.fingerprint})")
    else:
        pages = say(f", {number(result.pages)} halaman", f", {number(result.pages)} pages") if result.pages else ""
        text = say(f"Ditulis: {result.path} ({number(result.rows)} baris{pages}, sidik {result.fingerprint})",
                   f"Written: {result.path} ({number(result.rows)} rows{pages}, fingerprint {result.fingerprint})")
    out.emit(result.to_dict(), text)
    sys.stdout.flush()
    return EXIT_OK
