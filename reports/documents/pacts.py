"""Pakta integritas per person: one page each with the exact pact text that person saw (by its SHA-256),
read as the official form: the title, "Saya yang bertanda tangan di bawah ini:", the identity (where
the text's `{identitas}` marker stands), "dengan ini menyatakan:", the points, the closing, then place
and date, "Yang membuat pernyataan,", the signature drawn from the strokes, the name and the NIP.

Streamed: the pages are written one person at a time (signatures read a batch at a time, only the
current person's pages held until their footers, "Halaman 1 dari 1", are drawn), and what every page
of a text shares is drawn once per PDF (pact_parts.Block).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Spacer

from ikrar.models.clock import parse_iso
from ikrar.models.pact import is_marker
from ikrar.models.pact_identity import identity_rows, signature_line
from ikrar.reports.data import Context
from ikrar.reports.documents.pact_parts import Block, Identity, Note, SignBlock, Together
from ikrar.reports.drawing.common import (
    FONT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    build_pdf,
    draw_footer,
    footer_text,
    page_size,
    register_fonts,
)
from ikrar.reports.drawing.kop import BODY, Letterhead
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
from ikrar.reports.pact_data import Signer
from ikrar.reports.wording import date_time, in_zone, plain_date

HEAD = ParagraphStyle("pact-head", fontName="Ikrar-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER)
TEXT = ParagraphStyle("pact-text", parent=BODY, fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
ITEM = ParagraphStyle("pact-item", parent=TEXT, leftIndent=7 * mm, firstLineIndent=0, bulletIndent=0,
                      bulletFontName=FONT, bulletFontSize=10.5)
_ITEM = re.compile(r"^(\d{1,2}|[a-z])[.)]\s+(.*)$", re.DOTALL)
_LEADS_IN = re.compile(r"di\s+bawah\s+ini\s*:\s*$", re.IGNORECASE)  # "Saya yang bertanda tangan di bawah ini:"


# --- the text: title, the words before the identity, the words after --------------------------------
def split_text(text: str) -> tuple[list[str], list[str]]:
    """(title lines, body lines): the first block is the title when it is a few short lines that do not
    lead into anything (no closing colon, no marker)."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    first = blocks[0].splitlines() if blocks else []
    if (len(blocks) > 1 and len(first) <= 3 and all(len(line) <= 90 for line in first)
            and not first[-1].rstrip().endswith(":") and not any(is_marker(line) for line in first)):
        return first, [line for b in blocks[1:] for line in b.splitlines() if line.strip()]
    return [], [line for b in blocks for line in b.splitlines() if line.strip()]


def sections(text: str) -> tuple[list[str], list[str], list[str]]:
    """(title, before, after): the identity goes between before and after. Where the text has its
    marker, there (other markers are left out); in a text from before the marker, after a line ending
    "di bawah ini:", else right under the title, where it always was. The words are never changed."""
    title, body = split_text(text)
    at = next((i for i, line in enumerate(body) if is_marker(line)), None)
    if at is not None:
        return title, body[:at], [line for line in body[at + 1:] if not is_marker(line)]
    at = next((i for i, line in enumerate(body) if _LEADS_IN.search(line)), None)
    return (title, body[:at + 1], body[at + 1:]) if at is not None else (title, [], body)


def paragraphs(lines: list[str]) -> list:
    out = []
    for line in lines:
        match = _ITEM.match(line)
        if match:
            out.append(Paragraph(escape(match.group(2)), ITEM, bulletText=f"{match.group(1)}."))
        else:
            out.append(Paragraph(escape(line), TEXT))
    return out


class Shared:
    """The Blocks of one document: the kop with each text's title and lead-in, and each text's points."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._texts: dict[str, tuple[Block, Block]] = {}

    def blocks(self, text: str, sha: str) -> tuple[Block, Block]:
        key = sha or str(hash(text))
        if key not in self._texts:
            title, before, after = sections(text)
            top = [Letterhead(self.ctx.letterhead, self.ctx.logo), Spacer(1, 5 * mm)]
            top += [Paragraph(escape(line), HEAD) for line in title]
            top += [Spacer(1, 6 * mm)] + paragraphs(before)
            self._texts[key] = (Block(top), Block(paragraphs(after)))
        return self._texts[key]


def page(ctx: Context, person: Signer, text: str, sha: str, shared: Shared) -> list:
    """One person's flowables."""
    sig = person.signature
    top, rest = shared.blocks(text, sha)
    rows = identity_rows(name=person.name, category=person.category, nip=person.nip, nik=person.nik,
                         pangkat=person.pangkat, golongan=person.golongan, position=person.position, unit=person.unit,
                         employment_status=person.employment_status)
    signed_at = in_zone(parse_iso(sig.signed_at), ctx.event.tz)  # on the event's clock
    day = plain_date(signed_at.date())
    above = [f"{ctx.city}, {day}" if ctx.city else day, "Yang membuat pernyataan,"]
    line = signature_line(person.category, person.nip, person.nik)
    note = (f"Ditandatangani di Ikrar pada {date_time(signed_at)} ({ctx.event.title}). "
            f"Teks pakta SHA-256: {sha}. Tanda tangan: {sig.id}.")
    return [top, Identity(rows), rest, SignBlock(above, sig.strokes, person.name, line), Note(note)]


def person_fingerprint(ctx: Context, person: Signer, sha: str) -> str:
    return fingerprint([ctx.event.id, "pact", person.employee_id, person.nip, person.name, person.signature.id, sha])


def _text_of(person: Signer, texts: dict[str, str]) -> tuple[str, str]:
    sha = person.signature.pact_sha256
    if sha in texts:
        return texts[sha], sha
    sha, text = next(iter(texts.items()), ("", ""))  # (cannot happen: a signature keeps its text)
    return text, sha


# --- one PDF, streamed -------------------------------------------------------------------------------
class PactCanvas(Canvas):
    """Holds only the current person's pages; end_person draws their footers ("Halaman i dari n", the
    person's fingerprint) and writes them out."""

    def __init__(self, *args, footer: str, **kwargs):
        register_fonts()
        kwargs["initialFontName"] = FONT  # never reportlab's Helvetica (not embedded)
        super().__init__(*args, **kwargs)
        self.footer, self.held = footer, []

    def showPage(self):
        self.held.append(dict(self.__dict__))
        self._startPage()

    def end_person(self, fp: str) -> int:
        pages, self.held = self.held, []
        for number, state in enumerate(pages, 1):
            self.__dict__.update(state)
            draw_footer(self, f"{self.footer} · sidik {fp}", number, len(pages))
            Canvas.showPage(self)
        self.held = []
        return len(pages)


def _frame(size) -> Frame:
    width, height = size
    return Frame(MARGIN_LEFT, MARGIN_BOTTOM, width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def _room(frame: Frame, flowables: list, canv: Canvas) -> bool:
    """Whether *flowables* fit, one under the other, in what is left of *frame*."""
    need = 0.0 if frame._atTop else flowables[0].getSpaceBefore()
    for i, f in enumerate(flowables):
        f.canv = canv
        need += f.wrap(frame._aW, frame._aH)[1] + (f.getSpaceBefore() if i else 0)
        del f.canv
    return need <= frame._y - frame._y1p + 1e-6


def _keep_with(story: list) -> int:
    """How many flowables after the first are kept with it (keep_with_previous)."""
    n = 1
    while n < len(story) and getattr(story[n], "keep_with_previous", False):
        n += 1
    return n - 1


def lay_out(canv: Canvas, size, story: list) -> None:
    """Draw *story* from the top of a new page, on as many pages as it takes (each ended by showPage).
    A flowable with keep_with_previous goes onto the page of the one before it (a Block gives up its
    last paragraph for that)."""
    frame, story = _frame(size), list(story)
    while story:
        head, kept = story[0], _keep_with(story)
        if kept and not getattr(head, "kept", False) and not _room(frame, story[:kept + 1], canv):
            story[0:kept + 1] = (head.split(frame._aW, frame._aH) + story[1:kept + 1] if isinstance(head, Block)
                                 else [Together(story[:kept + 1])])
            continue
        if frame.add(head, canv, trySplit=0):
            del story[0]
            continue
        parts = frame.split(head, canv)
        if parts and parts[0] is not head:
            story[0:1] = parts
            continue
        if frame._atTop:  # larger than an empty page and not to be split: drawn as it is, cut at the edge
            _, h = head.wrap(frame._aW, frame._aH)
            head.drawOn(canv, frame._x1, frame._y2 - h)
            del story[0]
            continue
        canv.showPage()
        frame = _frame(size)
    canv.showPage()


def render(ctx: Context, people: Iterable[Signer], count: int, texts: dict[str, str], path: Path, *, fp: str,
           progress=None, cancel=None) -> int:
    """Every person's pages into one PDF at *path* (through a temp file); the page count."""
    ticker = Ticker(count, progress, cancel)
    size = page_size(ctx.paper)
    shared, pages = Shared(ctx), 0
    tmp = fresh_temp(Path(path))
    try:
        canv = PactCanvas(str(tmp), pagesize=size, invariant=1 if ctx.invariant else 0, pageCompression=1,
                          footer=footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz))
        canv.setTitle(f"Pakta integritas — {ctx.event.title}")
        canv.setAuthor(ctx.desk_name)
        canv.setSubject(ctx.event.title)
        canv.setCreator("Ikrar")
        canv.setProducer("Ikrar")
        for person in people:
            text, sha = _text_of(person, texts)
            lay_out(canv, size, page(ctx, person, text, sha, shared))
            pages += canv.end_person(person_fingerprint(ctx, person, sha))
            ticker.add(1)
        if not pages:
            canv.showPage()
            pages = canv.end_person(fp)
        canv.save()
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, Path(path))
    return pages


# --- one file per person -------------------------------------------------------------------------
def file_parts(person: Signer) -> tuple[list[str], str]:
    """(parts, fallback) of a person's file name: the NIP (only when it is all digits, as a real NIP or
    NI PPPK is; anything else may have come from a sync file and is not used), then the name."""
    digits = person.nip.replace(" ", "") if person.nip else ""
    if not person.nip:
        code = f"tanpa-nip-{person.employee_id}"
    elif digits.isascii() and digits.isdigit() and len(digits) <= 24:
        code = digits
    else:
        code = f"nip-tidak-sah-{person.employee_id}"
    return [code, person.name], f"orang-{person.employee_id}"


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


def render_folder(ctx: Context, everyone: list[Signer], people: Iterable[Signer], texts: dict[str, str],
                  folder: Path, *, progress=None, cancel=None) -> list[Path]:
    """One PDF per person in *folder*, named by NIP and name (sanitised, unique, checked to lie in
    *folder*). *everyone* names the files up front; *people* are the same, strokes loaded, in the same
    order. A marker file says the folder is incomplete until every file is written."""
    folder.mkdir(parents=True, exist_ok=True)
    ticker = Ticker(len(everyone), progress, cancel)
    names = FileNames()
    targets = []
    for person in everyone:
        parts, fallback = file_parts(person)
        targets.append(inside(folder, names.name(parts, fallback=fallback, suffix=".pdf")))
    marker = _write_marker(ctx, folder)
    files, shared = [], Shared(ctx)
    for person, target in zip(people, targets, strict=True):
        if cancel is not None and cancel():
            raise Cancelled()
        text, sha = _text_of(person, texts)
        build_pdf(target, page(ctx, person, text, sha, shared), ctx, title=f"Pakta integritas — {person.name}",
                  fp=person_fingerprint(ctx, person, sha), sync_folder=False)
        files.append(folder / target.name)
        ticker.add(1)
    sync_dir(marker.parent)  # every rename on the disk before the marker goes
    marker.unlink()
    sync_dir(marker.parent)
    return files
