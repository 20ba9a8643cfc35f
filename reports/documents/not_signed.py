"""Belum tanda tangan: per unit, who is expected and has not signed, for the follow-up."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ikrar.reports.data import Context, Entry, Group
from ikrar.reports.documents.signed_list import nip_width
from ikrar.reports.drawing.common import build_pdf, frame_width
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.kop import BODY, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number

STATES = {None: "Belum hadir", "H": "Hadir, belum TTD", "S": "Sakit", "I": "Izin", "C": "Cuti",
          "DL": "Dinas luar", "TK": "Tanpa keterangan"}


def state_of(entry: Entry) -> str:
    text = STATES.get(entry.status, entry.status or "")
    if entry.status and entry.status != "H":
        text = f"{entry.status} — {text}"
    return f"{text}: {entry.note}" if entry.note else text


def columns(width: float) -> list[Column]:
    cols = [Column("No.", 9 * mm, "C"), Column("Nama", 0), Column("NIP", nip_width()),
            Column("Pangkat/Gol.", 26 * mm), Column("Jabatan", 36 * mm), Column("Keterangan", 34 * mm)]
    cols[1].width = width - sum(c.width for c in cols)
    return cols


def render(ctx: Context, groups: list[Group], path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    cols = columns(width)
    total = sum(len(g.entries) for g in groups)
    ticker = Ticker(total, progress, cancel)
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block("Daftar Pegawai Belum Tanda Tangan", ctx)]
    if not total:
        story.append(Paragraph("Semua pegawai yang diharapkan sudah menandatangani.", BODY))
    for group in groups:
        rows = [Row([str(n), e.name, e.nip or "-", e.rank, e.position, state_of(e)])
                for n, e in enumerate(group.entries, 1)]
        caption = f"{group.unit or 'Tanpa unit'} — {number(len(rows))} orang"
        story.append(Grid(cols, rows, caption=caption, size=8, min_height=6.5 * mm, ticker=ticker))
        story.append(Spacer(1, 4 * mm))
    if total:
        story.append(Paragraph(f"Jumlah belum tanda tangan: {number(total)} orang dari "
                               f"{number(len(groups))} unit kerja.", BODY))
    story.append(approval(ctx))
    running = f"Belum Tanda Tangan · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"Belum tanda tangan — {ctx.event.title}", fp=fp, running=running)
