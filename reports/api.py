"""One function per report kind: event + output path + options in, file out, a Result back.

Shared by the command line (`ikrar report KIND`) and the Reports screen. Each function may take
progress(done, total) and cancel() -> bool (ui.tasks passes them); a cancelled report leaves no file.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import Path

from models import report_queries
from models.errors import Refused
from models.schema import Event

from . import data
from .common import check_writable, fingerprint


@dataclass
class Result:
    kind: str
    path: Path
    pages: int = 0
    rows: int = 0
    fingerprint: str = ""
    files: list[Path] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "path": str(self.path), "pages": self.pages, "rows": self.rows,
                "fingerprint": self.fingerprint, "files": [str(f) for f in self.files]}


def _require_signatures(event: Event) -> None:
    if not report_queries.any_signature(event):
        raise Refused(f"Belum ada yang menandatangani pada acara '{event.title}'.",
                      f"Nobody has signed at event '{event.title}' yet.", code="nobody_signed")


def signed_list(event: Event, out, *, paper: str | None = None, group_by_unit: bool = False,
                all_expected: bool = False, order: str = "roster", fixed_date: bool = False,
                progress=None, cancel=None) -> Result:
    from . import signed_list as renderer

    path = check_writable(Path(out))
    _require_signatures(event)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=all_expected, order=order, by_unit=group_by_unit)
    fp = data.entries_fingerprint(ctx, groups, "signed-list", all_expected)
    pages = renderer.render(ctx, groups, path, fp=fp, grouped=group_by_unit, all_expected=all_expected,
                            progress=progress, cancel=cancel)
    return Result("signed-list", path, pages, sum(len(g.entries) for g in groups), fp)


def recap(event: Event, out, *, paper: str | None = None, fixed_date: bool = False,
          progress=None, cancel=None) -> Result:
    from . import recap as renderer

    path = check_writable(Path(out))
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    summary = data.recap(event)
    fp = fingerprint([ctx.event.id, "recap", [u.__dict__ for u in summary.units]])
    pages = renderer.render(ctx, summary, path, fp=fp, progress=progress, cancel=cancel)
    return Result("recap", path, pages, len(summary.units), fp)


def not_signed(event: Event, out, *, paper: str | None = None, order: str = "roster",
               fixed_date: bool = False, progress=None, cancel=None) -> Result:
    from . import not_signed as renderer

    path = check_writable(Path(out))
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.not_signed_list(event, order=order)
    fp = data.entries_fingerprint(ctx, groups, "not-signed")
    pages = renderer.render(ctx, groups, path, fp=fp, progress=progress, cancel=cancel)
    return Result("not-signed", path, pages, sum(len(g.entries) for g in groups), fp)


def pacts(event: Event, out, *, paper: str | None = None, order: str = "roster", fixed_date: bool = False,
          progress=None, cancel=None) -> Result:
    """One page per signer: into one PDF when *out* ends in .pdf, else one file per person in the
    folder *out* (named by NIP and name)."""
    from . import pacts as renderer

    out = Path(out)
    folder = out.suffix.lower() != ".pdf"
    path = check_writable(out, folder=folder)
    _require_signatures(event)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    entries = data.signed_entries(event, order=order)
    texts = data.pact_texts(entries, event)
    fp = data.entries_fingerprint(ctx, [data.Group("", entries)], "pacts")
    if folder:
        files = renderer.render_folder(ctx, entries, texts, path, progress=progress, cancel=cancel)
        return Result("pacts", path, len(files), len(entries), fp, files)
    pages = renderer.render(ctx, entries, texts, path, fp=fp, progress=progress, cancel=cancel)
    return Result("pacts", path, pages, len(entries), fp)


def qr_cards(event: Event, out, *, paper: str | None = None, order: str = "roster", fixed_date: bool = False,
             progress=None, cancel=None) -> Result:
    from . import qr_cards as renderer

    path = check_writable(Path(out))
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=True, order=order, by_unit=True, with_signatures=False)
    codes = data.card_codes(groups)
    fp = data.entries_fingerprint(ctx, groups, "qr-cards")
    pages = renderer.render(ctx, groups, codes, path, fp=fp, progress=progress, cancel=cancel)
    return Result("qr-cards", path, pages, len(codes), fp)


def xlsx(event: Event, out, *, all_expected: bool = False, order: str = "roster", signatures: bool = False,
         fixed_date: bool = False, progress=None, cancel=None) -> Result:
    from . import xlsx as renderer

    path = check_writable(Path(out))
    ctx = data.context(event, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=all_expected, order=order, with_signatures=signatures)
    summary = data.recap(event)
    fp = data.entries_fingerprint(ctx, groups, "xlsx", all_expected)
    renderer.render(ctx, groups, summary, path, fp=fp, signatures=signatures, progress=progress, cancel=cancel)
    return Result("xlsx", path, 0, sum(len(g.entries) for g in groups), fp)


def _coverage(out, unit_ids, paper, fixed_date):
    from models.sync import coverage as cov

    path = check_writable(Path(out))
    ctx = data.office_context(paper=paper, fixed_date=fixed_date)
    units = cov.coverage(unit_ids)
    people = cov.not_signed(unit_ids)
    fp = fingerprint(["coverage", [u.to_dict() for u in units], [p.employee_id for p in people]])
    return path, ctx, units, cov.total(units), people, fp


def coverage_not_signed(out, *, unit_ids: list | None = None, paper: str | None = None, fixed_date: bool = False,
                        progress=None, cancel=None) -> Result:
    """Regency-wide (every event, every merged desk): per unit signed / not signed, and who has not."""
    from . import coverage as renderer

    path, ctx, units, total, people, fp = _coverage(out, unit_ids, paper, fixed_date)
    pages = renderer.render_pdf(ctx, units, total, people, path, fp=fp, progress=progress, cancel=cancel)
    return Result("coverage", path, pages, len(people), fp)


def coverage_not_signed_xlsx(out, *, unit_ids: list | None = None, fixed_date: bool = False,
                             progress=None, cancel=None) -> Result:
    from . import coverage as renderer

    path, ctx, units, total, people, fp = _coverage(out, unit_ids, None, fixed_date)
    renderer.render_xlsx(ctx, units, total, people, path, fp=fp, progress=progress, cancel=cancel)
    return Result("coverage-xlsx", path, 0, len(people), fp)


KINDS = {"signed-list": signed_list, "recap": recap, "not-signed": not_signed, "pacts": pacts,
         "qr-cards": qr_cards, "xlsx": xlsx}


def generate(kind: str, event: Event, out, **options) -> Result:
    """Run *kind* with the options it takes (others are ignored: one form serves every kind)."""
    fn = KINDS[kind]
    accepted = inspect.signature(fn).parameters
    return fn(event, out, **{k: v for k, v in options.items() if k in accepted})


def options_of(kind: str) -> set[str]:
    return set(inspect.signature(KINDS[kind]).parameters) - {"event", "out", "progress", "cancel"}
