"""QR cards benchmark: prints figures, asserts nothing.

    python bench/bench_cards.py [--people 1000 5000 20000] [--paper F4] [--keep DIR] [--profile]
                                [--pages DIR]   # the first, a middle and the last page as PNG (60 dpi)

For each roster size: a database with that many people (the demo's mix: about 8 % without a NIP, each with a card
code), an apel for all units, then in a child process of its own (its own memory, --timeout):
  1. `reports.api.qr_cards` end to end, as the window and `ikrar report qr-cards` make it;
  2. its parts: the data (attendance_list + models.cards.card_codes) and the render alone;
peak memory is the child's maximum resident set (ru_maxrss). Then the QR codes alone: this program's
encoder (reports/drawing/qr.py) against the `qrcode` library, per code. --profile prints the render's
15 most expensive functions.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import subprocess
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from common import child_figures  # noqa: E402 (bench/ is on sys.path: the scripts run from it)

WIB = timezone(timedelta(hours=7))
UNITS = ["Sekretariat Daerah", "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Inspektorat",
         "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Pekerjaan Umum dan Penataan Ruang",
         "Kecamatan Kota", "Dinas Sosial", "Badan Perencanaan Pembangunan Daerah", "Satuan Polisi Pamong Praja"]


def build(path: Path, people: int, paper: str) -> None:
    """*people* on the roster (bulk, synchronous off), their card codes made, an apel for all units."""
    from ikrar.models import cards, clock, settings
    from ikrar.models.demo.build import generate_people, insert_people
    from ikrar.models.events import create_event
    from ikrar.models.store.connection import close_database, db
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Employee

    open_database(path)
    db.execute_sql("PRAGMA synchronous=OFF")
    clock.set_clock(datetime(2026, 11, 23, 7, 0, tzinfo=WIB))
    insert_people(generate_people(people, seed=5, units=UNITS + [f"Kecamatan {i}" for i in range(1, 26)]))
    cards.card_codes([e.id for e in Employee.select(Employee.id)])  # as the roster import makes them
    settings.set("paper", paper)
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN CONTOH",
                                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"])
    create_event("Apel Ikrar dan Penandatanganan Pakta Integritas Netralitas ASN", date(2026, 11, 23),
                 start_time="07:30", place="Halaman Kantor Bupati Contoh", organizer="BKPSDM")
    close_database()


def child(args) -> None:
    """Time the document and its parts in this process; one JSON line for the parent."""
    from ikrar.models.cards import card_codes
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Event
    from ikrar.reports import api, data
    from ikrar.reports.documents import qr_cards

    open_database(args.db)
    event = Event.select().first()
    out = Path(args.out)
    figures = {}
    wall, cpu = time.perf_counter(), time.process_time()
    result = api.qr_cards(event, out, fixed_date=True)
    figures["api"] = (time.perf_counter() - wall, time.process_time() - cpu)
    figures["pages"], figures["size"] = result.pages, out.stat().st_size
    wall = time.perf_counter()
    ctx = data.context(event, fixed_date=True)
    groups = data.attendance_list(event, all_expected=True, by_unit=True, with_signatures=False)
    codes = card_codes(e.employee_id for g in groups for e in g.entries)
    figures["data"] = time.perf_counter() - wall
    figures["honorer"] = sum(1 for code in codes.values() if code.startswith("IKR-"))
    profile = cProfile.Profile() if args.profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        profile.enable()
    qr_cards.render(ctx, groups, codes, out.with_suffix(".render.pdf"), fp="bench")
    if profile:
        profile.disable()
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("tottime").print_stats(15)
        figures["profile"] = text.getvalue()
    figures["render"] = (time.perf_counter() - wall, time.process_time() - cpu)
    figures["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MB (Linux: KB)
    print(json.dumps(figures))


def run(db: Path, out: Path, people: int, timeout: float, profile: bool) -> None:
    f = child_figures(__file__, ["--child", "--db", str(db), "--out", str(out)] + (["--profile"] if profile else []),
                      f"{people:>7,d} people:", timeout)
    if f is None:
        return
    print(f"{people:>7,d} people ({f['honorer']:,} with a card code): api {f['api'][0]:5.2f} s wall "
          f"{f['api'][1]:5.2f} s cpu | data + codes {f['data']:4.2f} s | render {f['render'][0]:5.2f} s wall "
          f"{f['render'][1]:5.2f} s cpu | {f['pages']:,} pages, {f['size'] / 1e6:4.1f} MB | peak RSS "
          f"{f['rss']:4.0f} MB", flush=True)
    if profile:
        print(f["profile"], flush=True)


def codes_alone(count: int = 2000) -> None:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    from ikrar.models.card_code import new_codes
    from ikrar.reports.drawing import qr

    codes = new_codes(count)
    qr.rows_of(codes[0])  # the tables, once
    start = time.perf_counter()
    for text in codes:
        qr.rows_of(text)
    ours = (time.perf_counter() - start) / count * 1000
    start = time.perf_counter()
    for text in codes[: count // 4]:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(text)
        code.make(fit=True)
        code.get_matrix()
    theirs = (time.perf_counter() - start) / (count // 4) * 1000
    print(f"a QR code: {ours:.3f} ms here (reports/drawing/qr.py), {theirs:.2f} ms with the qrcode library "
          f"(x{theirs / ours:.0f})", flush=True)


def pages(pdf: Path, target: Path, total: int) -> None:
    """The first, a middle and the last page at 60 dpi, to look at."""
    target.mkdir(parents=True, exist_ok=True)
    for label, page in (("first", 1), ("middle", (total + 1) // 2), ("last", total)):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                        str(target / f"qr-cards-{label}")], check=True)
    print(f"pages 1, {(total + 1) // 2} and {total} in {target}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--paper", default="F4", choices=["F4", "A4"])
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--keep", type=Path, help="write the databases and PDFs here (default: a temp folder)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--pages", type=Path, help="render the first, a middle and the last page of the largest")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ikrar-bench-cards-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"outputs in {folder}; paper {args.paper}", flush=True)
    codes_alone()
    for people in args.people:
        db = folder / f"cards{people}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        build(db, people, args.paper)
        run(db, folder / f"cards{people}.pdf", people, args.timeout, args.profile)
    if args.pages:
        from pypdf import PdfReader

        largest = folder / f"cards{max(args.people)}.pdf"
        pages(largest, args.pages, len(PdfReader(str(largest)).pages))


if __name__ == "__main__":
    main()
