"""Belum tanda tangan: per unit, who is expected and has not signed, for the follow-up. Its summary
adds up: not signed = belum hadir + present without signing + each absence code; and the event's
totals (expected = present + each code + belum hadir) under it."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.reports.data import CODE_NAMES, NOT_ARRIVED, Context, Entry, Group
from ikrar.reports.documents.signed_list import nip_width
from ikrar.reports.drawing.common import FONT, build_pdf, frame_width, keep_with_last_rows
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.kop import BODY, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number

SIZE = 9.0  # pt: every text of the list (no text on a sheet is smaller)
PAD = 2.4
STATES = {None: NOT_ARRIVED, "H": "Hadir, belum TTD", "S": "Sakit", "I": "Izin", "C": "Cuti",
          "DL": "Dinas luar", "TK": "Tanpa keterangan"}


def state_of(entry: Entry) -> str:
    text = STATES.get(entry.status, entry.status or "")
    if entry.status and entry.status != "H":
        text = f"{entry.status} — {text}"
    return f"{text}: {entry.note}" if entry.note else text


def summary(groups: list[Group]) -> str:
    """"Jumlah belum tanda tangan: 103 orang dari 3 unit kerja = belum hadir 93 + hadir, belum TTD 2 + …"."""
    entries = [e for g in groups for e in g.entries]
    by_status: dict = {}
    for e in entries:
        by_status[e.status] = by_status.get(e.status, 0) + 1
    parts = [f"{NOT_ARRIVED.lower()} {number(by_status.get(None, 0))}",
             f"hadir, belum TTD {number(by_status.get('H', 0))}"]
    parts += [f"{CODE_NAMES[code]} ({code}) {number(by_status.get(code, 0))}" for code in ABSENCE_CODES]
    return (f"Jumlah belum tanda tangan: {number(len(entries))} orang dari {number(len(groups))} unit kerja = "
            f"{' + '.join(parts)}.")


def columns(width: float, count: int) -> list[Column]:
    """No. (as wide as the largest number *count*), name over NIP (never narrower than a NIP), rank,
    position, state: each text column its share of what the fixed ones leave."""
    number_w = max(8 * mm, stringWidth(str(max(count, 1)), FONT, SIZE) + 2 * PAD + 2)
    rank_w, state_w = 27 * mm, 36 * mm
    room = width - number_w - rank_w - state_w
    name_w = max(nip_width(SIZE), 0.55 * room)
    return [Column("No.", number_w, "C"), Column("Nama / NIP", name_w), Column("Pangkat/Gol.", rank_w),
            Column("Jabatan", room - name_w), Column("Keterangan", state_w)]


def render(ctx: Context, groups: list[Group], path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    total = sum(len(g.entries) for g in groups)
    cols = columns(width, max((len(g.entries) for g in groups), default=1))  # one set for every unit's table
    ticker = Ticker(total, progress, cancel)
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block("Daftar Pegawai Belum Tanda Tangan", ctx)]
    if not total:
        story.append(Paragraph("Semua pegawai yang diharapkan sudah menandatangani.", BODY))
    for group in groups:
        rows = [Row([str(n), f"{e.name}\n{e.nip}" if e.nip else e.name, e.rank, e.position, state_of(e)])
                for n, e in enumerate(group.entries, 1)]
        caption = f"{group.unit or 'Tanpa unit'} — {number(len(rows))} orang"
        story.append(Grid(cols, rows, caption=caption, size=SIZE, pad=PAD, ticker=ticker))
        story.append(Spacer(1, 4 * mm))
    if total:
        story.append(Paragraph(summary(groups), BODY))
    if ctx.totals is not None:
        story += [Spacer(1, 1.5 * mm), Paragraph(ctx.totals.text, BODY)]
    story = keep_with_last_rows(story, approval(ctx))  # never alone on a page
    running = f"Belum Tanda Tangan · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"Belum tanda tangan — {ctx.event.title}", fp=fp, running=running)
