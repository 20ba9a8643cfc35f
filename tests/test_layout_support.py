"""Shared by the layout tests: a signed list rendered from plain data (no database: the renderer takes
data and a path), and its pages read back with pdfplumber: characters with their font and size, the
table's rules, the signature curves, and what crosses what."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pdfplumber

from ikrar.models.demo.build import demo_strokes
from ikrar.reports.data import Approver, Context, Entry, EventInfo, Group, Signed
from ikrar.reports.documents import signed_list

MM = 72 / 25.4
LEFT, TOP, RIGHT, BOTTOM = 30 * MM, 20 * MM, 20 * MM, 25 * MM
LETTERHEAD = ["Pemerintah Kabupaten Maju", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
              "Jalan Merdeka No. 1, Kota Maju 12345 · Telp. (0123) 456789 · bkpsdm@maju.go.id"]
UNDERLINE = 0.6  # pt: the name's underline (and the kop's thin rule), kept apart from the table's rules
EPS = 0.6  # pt: what a rule may touch of a character's box (the box is the font's, a little taller than ink)


def context(paper: str = "F4", *, approver_name: str = "Dra. Hj. SITI AMINAH, M.Si.", position: str = "Kepala BKPSDM",
            letterhead: list[str] | None = None, logo: bytes | None = None, title: str = "Apel Ikrar Netralitas ASN",
            desk: str = "Meja 1") -> Context:
    info = EventInfo("e1", title, date(2026, 11, 23), "Senin, 23 November 2026", "07.30 WIB", "Halaman Kantor Bupati",
                     "BKPSDM", "WIB")
    return Context(letterhead=LETTERHEAD if letterhead is None else letterhead, logo=logo, city="Maju", paper=paper,
                   desk_name=desk, event=info, approver=Approver(position, approver_name, "19671010 199503 1 006"),
                   made_at=datetime(2026, 11, 23, 7, 30, tzinfo=timezone(timedelta(hours=7))), invariant=True)


def entry(i: int, name: str, *, position: str = "Analis Kepegawaian", unit: str = "Dinas Kesehatan",
          rank: str = "Penata Muda, III/a", nip: str = "19800415 200011 2 071", status: str | None = "H",
          signed: bool = True, note: str = "") -> Entry:
    signature = Signed(f"s{i}", demo_strokes(i), "0" * 64, "2026-11-23T07:20:00+07:00") if signed else None
    return Entry(i, name, nip, rank, position, unit, "PNS", status, note, False, None, f"a{i}", signature)


def render(path: Path, groups: list[Group], ctx: Context | None = None, *, grouped: bool = False,
           all_expected: bool = False) -> Path:
    signed_list.render(ctx or context(), groups, path, fp="0123456789ab", grouped=grouped, all_expected=all_expected)
    return path


@dataclass
class Page:
    width: float
    height: float
    chars: list[dict]
    words: list[dict]
    vertical: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)
    horizontal: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    curves: list[dict] = field(default_factory=list)
    underlines: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1), the name's

    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    def labels(self) -> list[dict]:
        """The row numbers printed in the TTD cells ("12."), grey."""
        return [w for w in self.words if w["text"].endswith(".") and w["text"][:-1].isdigit()
                and w.get("non_stroking_color") not in (None, (0,), (0, 0, 0), [0], [0, 0, 0])]


def read(path: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            page = Page(float(p.width), float(p.height), [c for c in p.chars if c["text"].strip()],
                        p.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"]))
            for line in p.lines:
                if abs(line.get("linewidth", 0) - UNDERLINE) < 0.01:
                    page.underlines.append((line["top"], line["x0"], line["x1"]))
                elif abs(line["x0"] - line["x1"]) < 0.01:
                    page.vertical.append((line["x0"], line["top"], line["bottom"]))
                elif abs(line["top"] - line["bottom"]) < 0.01:
                    page.horizontal.append((line["top"], line["x0"], line["x1"]))
            for rect in p.rects:
                if rect["stroke"]:
                    page.vertical += [(rect["x0"], rect["top"], rect["bottom"]), (rect["x1"], rect["top"], rect["bottom"])]
                    page.horizontal += [(rect["top"], rect["x0"], rect["x1"]), (rect["bottom"], rect["x0"], rect["x1"])]
            page.curves = list(p.curves)
            pages.append(page)
    return pages


def crossings(page: Page) -> list[str]:
    """Characters a rule runs through: text drawn outside its cell."""
    found = []
    for c in page.chars:
        for x, top, bottom in page.vertical:
            if c["x0"] + EPS < x < c["x1"] - EPS and c["top"] + EPS < bottom and c["bottom"] - EPS > top:
                found.append(f"{c['text']!r} at x {c['x0']:.1f}-{c['x1']:.1f} crosses the rule at x {x:.1f}")
        for y, x0, x1 in page.horizontal:
            if c["top"] + EPS < y < c["bottom"] - EPS and c["x0"] + EPS < x1 and c["x1"] - EPS > x0:
                found.append(f"{c['text']!r} at y {c['top']:.1f}-{c['bottom']:.1f} crosses the rule at y {y:.1f}")
    return found


def off_sheet(page: Page) -> list[str]:
    """Characters outside the page, or left or right of the text between the side margins."""
    return [f"{c['text']!r} at x {c['x0']:.1f}-{c['x1']:.1f}, y {c['top']:.1f}" for c in page.chars
            if c["x0"] < LEFT - 0.5 or c["x1"] > page.width - RIGHT + 0.5 or c["top"] < 0 or c["bottom"] > page.height]


def too_small(page: Page, smallest: float = 9.0) -> list[str]:
    return [f"{c['text']!r} at {c['size']:.2f} pt" for c in page.chars if c["size"] < smallest - 1e-6]


def sign_columns(page: Page) -> list[tuple[float, float, float, float]]:
    """(left, right, top, bottom) of each TTD column on the page: the rules either side of a "Tanda" heading."""
    found = []
    for word in page.words:
        if word["text"] != "Tanda":
            continue
        centre = (word["x0"] + word["x1"]) / 2
        xs = [x for x, top, bottom in page.vertical if top <= word["top"] <= bottom]
        left = max((x for x in xs if x < centre), default=None)
        right = min((x for x in xs if x > centre), default=None)
        spans = [(top, bottom) for x, top, bottom in page.vertical if x == left and top <= word["top"] <= bottom]
        if left is not None and right is not None and spans:
            found.append((left, right, spans[0][0], spans[0][1]))
    return found
