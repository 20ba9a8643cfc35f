"""Pakta integritas per person: one page each with the exact pact text that person saw (by its
SHA-256), their identity, place and date, and their signature drawn from the strokes."""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from ikrar.models.clock import parse_iso
from ikrar.reports.data import Context, Entry
from ikrar.reports.drawing.common import FONT, GREY, build_pdf
from ikrar.reports.drawing.ink import draw_signature
from ikrar.reports.drawing.kop import BODY, Letterhead, sign_block
from ikrar.reports.files import (
    Cancelled,
    FileNames,
    Ticker,
    discard,
    fingerprint,
    finish_file,
    fresh_temp,
    inside,
    sync_dir,
)
from ikrar.reports.wording import date_time, in_zone, plain_date

HEAD = ParagraphStyle("pact-head", fontName="Ikrar-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER)
TEXT = ParagraphStyle("pact-text", parent=BODY, fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
ITEM = ParagraphStyle("pact-item", parent=TEXT, leftIndent=7 * mm, firstLineIndent=0, bulletIndent=0,
                      bulletFontName=FONT, bulletFontSize=10.5)
NOTE = ParagraphStyle("pact-note", parent=BODY, fontSize=7, leading=9, textColor=GREY)
_ITEM = re.compile(r"^(\d{1,2}|[a-z])[.)]\s+(.*)$", re.DOTALL)


class SetFingerprint(Flowable):
    """Zero-size: this page's footer carries this person's fingerprint (FooterCanvas.ikrar_fp)."""

    def __init__(self, fp: str):
        super().__init__()
        self.fp = fp

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv.ikrar_fp = self.fp


class SignatureBox(Flowable):
    def __init__(self, strokes, width: float, height: float):
        super().__init__()
        self.strokes, self.width, self.height = strokes, width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        draw_signature(self.canv, self.strokes, 0, 1 * mm, self.width * 0.8, self.height - 2 * mm, line_width=1.0)


def split_text(text: str) -> tuple[list[str], list[str]]:
    """(title lines, body blocks): the first block is the title when it is a few short lines."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    if len(blocks) > 1 and all(len(line) <= 90 for line in blocks[0].splitlines()) and len(blocks[0].splitlines()) <= 3:
        return blocks[0].splitlines(), [line for b in blocks[1:] for line in b.splitlines() if line.strip()]
    return [], [line for b in blocks for line in b.splitlines() if line.strip()]


def identity(entry: Entry) -> Table:
    rows = [("Nama", entry.name), ("NIP", entry.nip or "-"), ("Pangkat/Gol.", entry.rank or "-"),
            ("Jabatan", entry.position or "-"), ("Unit Kerja", entry.unit or "-")]
    table = Table([[label, ":", Paragraph(escape(value), TEXT)] for label, value in rows],
                  colWidths=[32 * mm, 5 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def page(ctx: Context, entry: Entry, text: str, sha: str) -> list:
    sig = entry.signature
    title, body = split_text(text)
    story = [SetFingerprint(person_fingerprint(ctx, entry, sha)), Letterhead(ctx.letterhead, ctx.logo),
             Spacer(1, 5 * mm)]
    story += [Paragraph(escape(line), HEAD) for line in title]
    story += [Spacer(1, 6 * mm), identity(entry), Spacer(1, 4 * mm)]
    for line in body:
        match = _ITEM.match(line)
        if match:
            story.append(Paragraph(escape(match.group(2)), ITEM, bulletText=f"{match.group(1)}."))
        else:
            story.append(Paragraph(escape(line), TEXT))
    signed_at = in_zone(parse_iso(sig.signed_at), ctx.event.tz) if sig else None  # on the event's clock
    day = plain_date(signed_at.date()) if signed_at else plain_date(ctx.event.date)
    lines = [f"{ctx.city}, {day}" if ctx.city else day, "Yang membuat pernyataan,"]
    drawing = SignatureBox(sig.strokes, 70 * mm, 24 * mm) if sig else None
    story += [Spacer(1, 6 * mm), sign_block(lines, entry.name, entry.nip, drawing=drawing, width=75 * mm)]
    if signed_at:
        story += [Spacer(1, 8 * mm), Paragraph(
            escape(f"Ditandatangani di Ikrar pada {date_time(signed_at)} "
                   f"({ctx.event.title}). Teks pakta SHA-256: {sha}. Tanda tangan: {sig.id}."), NOTE)]
    return story


def person_fingerprint(ctx: Context, entry: Entry, sha: str) -> str:
    return fingerprint([ctx.event.id, "pact", entry.employee_id, entry.nip, entry.name,
                        entry.signature.id if entry.signature else None, sha])


def _text_of(entry: Entry, texts: dict[str, str]) -> tuple[str, str]:
    sha = entry.signature.pact_sha256 if entry.signature else ""
    if sha in texts:
        return texts[sha], sha
    sha, text = next(iter(texts.items()), ("", ""))  # (cannot happen: a signature keeps its text)
    return text, sha


class _Tick(Flowable):
    """Zero-size: counts a finished person for progress and cancel."""

    def __init__(self, ticker: Ticker):
        super().__init__()
        self.ticker = ticker

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.ticker.add(1)


def render(ctx: Context, entries: list[Entry], texts: dict[str, str], path: Path, *, fp: str,
           progress=None, cancel=None) -> int:
    ticker = Ticker(len(entries), progress, cancel)
    story: list = []
    for n, entry in enumerate(entries):
        if n:
            story.append(PageBreak())
        story += page(ctx, entry, *_text_of(entry, texts))
        story.append(_Tick(ticker))
    return build_pdf(path, story, ctx, title=f"Pakta integritas — {ctx.event.title}", fp=fp)


def file_parts(entry: Entry) -> tuple[list[str], str]:
    """(parts, fallback) of a person's file name: the NIP (only when it is all digits, as a real NIP or
    NI PPPK is; anything else may have come from a sync file and is not used), then the name."""
    digits = entry.nip.replace(" ", "") if entry.nip else ""
    if not entry.nip:
        code = f"tanpa-nip-{entry.employee_id}"
    elif digits.isascii() and digits.isdigit() and len(digits) <= 24:
        code = digits
    else:
        code = f"nip-tidak-sah-{entry.employee_id}"
    return [code, entry.name], f"orang-{entry.employee_id}"


MARKER = "_BELUM-SELESAI.txt"
MARKER_TEXT = """BELUM SELESAI

Ekspor pakta integritas per orang ke folder ini belum selesai: terhenti atau dibatalkan di tengah jalan.
Berkas PDF di folder ini belum lengkap. Jalankan ekspor sekali lagi ke folder ini; berkas ini terhapus
sendiri setelah semua berkas selesai ditulis. Jangan memakai folder ini untuk memeriksa siapa yang
belum menandatangani selama berkas ini masih ada.

NOT FINISHED

The per-person pact export into this folder did not finish: it was stopped or cancelled halfway.
The PDF files in this folder are incomplete. Run the export again into this folder; this file is
removed by itself once every file has been written. Do not use this folder to check who has not
signed while this file is here.

Acara / event: {event}
Dimulai / started: {started}
"""


def _write_marker(ctx: Context, folder: Path) -> Path:
    """The marker, on the disk before any pact file is written."""
    marker = inside(folder, MARKER)
    tmp = fresh_temp(marker)
    title = " ".join(ctx.event.title.split())[:200]
    try:
        tmp.write_text(MARKER_TEXT.format(event=f"{title} ({ctx.event.id})", started=ctx.made_at.isoformat()),
                       encoding="utf-8", newline="\r\n")  # (Notepad on older Windows wants CRLF)
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, marker)
    return marker


def render_folder(ctx: Context, entries: list[Entry], texts: dict[str, str], folder: Path, *,
                  progress=None, cancel=None) -> list[Path]:
    """One PDF per person in *folder*, named by NIP and name (sanitised, unique, checked to lie in
    *folder*). A marker file says the folder is incomplete until every file is written."""
    folder.mkdir(parents=True, exist_ok=True)
    ticker = Ticker(len(entries), progress, cancel)
    names = FileNames()
    targets = []
    for entry in entries:
        parts, fallback = file_parts(entry)
        targets.append(inside(folder, names.name(parts, fallback=fallback, suffix=".pdf")))
    marker = _write_marker(ctx, folder)
    files = []
    for entry, target in zip(entries, targets, strict=True):
        if cancel is not None and cancel():
            raise Cancelled()
        text, sha = _text_of(entry, texts)
        build_pdf(target, page(ctx, entry, text, sha), ctx, title=f"Pakta integritas — {entry.name}",
                  fp=person_fingerprint(ctx, entry, sha), sync_folder=False)
        files.append(folder / target.name)
        ticker.add(1)
    sync_dir(marker.parent)  # every rename on the disk before the marker goes
    marker.unlink()
    sync_dir(marker.parent)
    return files
