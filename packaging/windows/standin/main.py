"""Stand-in for ikrar.main: the same kinds of work as the real program (Qt window rendered to PNG,
reportlab PDF with an embedded TrueType font, CSV import into SQLite with FTS5, Babel dates, QR code,
cryptography, calamine, openpyxl), so the freezer and the installer can be proven without the app."""
from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from pathlib import Path


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("ikrar")
    except metadata.PackageNotFoundError:
        import tomllib

        text = (Path(__file__).resolve().parent / "pyproject.toml").read_text("utf-8")
        return tomllib.loads(text)["project"]["version"]


def _data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Ikrar", appauthor=False))


def _db(args) -> sqlite3.Connection:
    path = Path(args.db) if args.db else _data_dir() / ("ikrar-demo.db" if args.demo else "ikrar.db")
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.execute("create table if not exists person(nip text primary key, name text, unit text)")
    con.execute("create table if not exists event(id text primary key, title text)")
    con.execute("create virtual table if not exists person_fts using fts5(name, tokenize='trigram', detail=none)")
    return con


def _emit(args, data, text) -> None:
    print(json.dumps(data) if args.json else text)


def cmd_demo(args) -> int:
    con = _db(args)
    rows = [("1986092620150510%02d" % i, f"Muhammad Yusuf {i}", "Dinas Kesehatan") for i in range(args.people)]
    con.executemany("insert or replace into person values (?,?,?)", rows)
    con.executemany("insert into person_fts(name) values (?)", [(r[1],) for r in rows])
    con.execute("insert or replace into event values ('3f2a9c', 'Apel Netralitas ASN')")
    con.commit()
    _emit(args, {"db": str(args.db), "event": "3f2a9c"}, "Demo event: 3f2a9c")
    return 0


def cmd_event(args) -> int:
    con = _db(args)
    if args.demo:
        con.execute("insert or replace into event values ('3f2a9c', 'Apel Netralitas ASN')")
        con.commit()
    events = [{"id": i, "title": t} for i, t in con.execute("select id, title from event")]
    _emit(args, events, "\n".join(f"{e['id']}  {e['title']}" for e in events))
    return 0


def cmd_import(args) -> int:
    con = _db(args)
    with open(args.file, newline="", encoding="utf-8-sig") as f:
        rows = [(r["NIP BARU"], r["NAMA"], r.get("UNOR NAMA", "")) for r in csv.DictReader(f)]
    con.executemany("insert or replace into person values (?,?,?)", rows)
    con.executemany("insert into person_fts(name) values (?)", [(r[1],) for r in rows])
    con.commit()
    _emit(args, {"imported": len(rows)}, f"imported {len(rows)}")
    return 0


def cmd_search(args) -> int:
    con = _db(args)
    hits = [n for (n,) in con.execute("select name from person_fts where name like ?", (f"%{args.text}%",))]
    _emit(args, [{"name": n} for n in hits], "\n".join(hits))
    return 0


def cmd_report(args) -> int:
    from datetime import date

    import qrcode
    from babel.dates import format_date
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from ikrar.resources import resource_path

    pdfmetrics.registerFont(TTFont("Ikrar", str(resource_path("fonts", "Vera.ttf"))))
    c = Canvas(args.out, initialFontName="Ikrar")
    c.setFont("Ikrar", 14)
    day = format_date(date(2026, 11, 24), "EEEE, d MMMM y", locale="id")
    c.drawString(72, 760, f"{args.kind} {args.event}: {day}")
    c.drawString(72, 740, resource_path("pact.txt").read_text("utf-8").strip())
    c.drawImage(ImageReader(qrcode.make("198609262015051001").get_image()), 72, 600, 100, 100)
    c.save()
    print(args.out)
    return 0


def cmd_selfcheck(args) -> int:
    """Imports the compiled pieces the real program uses."""
    import cryptography.hazmat.primitives.asymmetric.ed25519 as ed
    import openpyxl  # noqa: F401
    import python_calamine  # noqa: F401
    import rl_accel  # noqa: F401

    key = ed.Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"x"), b"x")
    print("ok")
    return 0


def smoke_test(out: str) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.addWidget(QLabel("Ikrar — Daftar hadir apel"))
    w.resize(400, 120)
    w.show()
    app.processEvents()
    ok = w.grab().save(out)
    w.close()
    return 0 if ok and Path(out).stat().st_size > 0 else 1


def gui(args) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel(f"Ikrar {_version()}" + (f"\n{args.open}" if args.open else ""))
    label.show()
    return app.exec()


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="ikrar", description="Ikrar (packaging stand-in)")
    p.add_argument("--version", action="version", version=f"ikrar {_version()}")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--db", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.add_argument("--smoke-test", metavar="OUT.png")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    s = sub.add_parser("demo", help="demo")
    s.add_argument("--people", type=int, default=3000)
    s.set_defaults(func=cmd_demo)
    s = sub.add_parser("import-roster", help="import-roster")
    s.add_argument("file")
    s.set_defaults(func=cmd_import)
    s = sub.add_parser("search", help="search")
    s.add_argument("text")
    s.set_defaults(func=cmd_search)
    s = sub.add_parser("report", help="report")
    s.add_argument("kind")
    s.add_argument("--event", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_report)
    sub.add_parser("selfcheck", help="selfcheck").set_defaults(func=cmd_selfcheck)
    s = sub.add_parser("event", help="event")
    s.add_argument("action", choices=("list",))
    s.set_defaults(func=cmd_event)
    for name in ("status", "checkin", "void", "package", "export-sync", "merge", "coverage", "desk"):
        sub.add_parser(name, help="(not in the stand-in)").set_defaults(func=lambda args: 1)
    args, rest = p.parse_known_args(argv)
    if args.smoke_test:
        sys.exit(smoke_test(args.smoke_test))
    if args.command is None:
        args.open = rest[0] if rest else None  # a .ikrar file from the file association
        sys.exit(gui(args))
    if rest:
        p.error("unrecognized arguments: " + " ".join(rest))
    sys.exit(args.func(args))
