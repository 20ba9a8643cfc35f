"""One function per report kind: event + output path + options in, file out, a Result back.

Shared by the command line (`ikrar report KIND`) and the Reports screen. Each function may take
progress(done, total) and cancel() -> bool (ui.tasks passes them); a cancelled report leaves no file.

Each function imports its document's module when called: those load reportlab (and openpyxl),
about 0.3 s, which the window's start and every other command should not pay. Nothing else here
loads them, so the window, the CLI and the sync screen import this module at their top.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import Path

from ikrar.models.errors import Refused
from ikrar.models.queries.signatures import any_signature
from ikrar.models.store.integrity import check_before_export
from ikrar.models.store.schema import Event
from ikrar.reports import data
from ikrar.reports.files import check_writable, fingerprint


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


def _ready_to_write(out, *, folder: bool = False) -> Path:
    """Before any work: the database is sound (a damaged one exports nothing) and *out* can be written."""
    check_before_export()
    return check_writable(Path(out), folder=folder)


def _require_signatures(event: Event) -> None:
    if not any_signature(event):
        raise Refused(f"Belum ada yang menandatangani pada acara '{event.title}'.",
                      f"Nobody has signed at event '{event.title}' yet.", code="nobody_signed")


def signed_list(event: Event, out, *, paper: str | None = None, group_by_unit: bool = False,
                all_expected: bool = False, order: str = "roster", fixed_date: bool = False,
                progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import signed_list as signed_list_doc

    path = _ready_to_write(out)
    _require_signatures(event)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=all_expected, order=order, by_unit=group_by_unit)
    fp = data.entries_fingerprint(ctx, groups, "signed-list", all_expected)
    pages = signed_list_doc.render(ctx, groups, path, fp=fp, grouped=group_by_unit, all_expected=all_expected,
                            progress=progress, cancel=cancel)
    return Result("signed-list", path, pages, sum(len(g.entries) for g in groups), fp)


def recap(event: Event, out, *, paper: str | None = None, fixed_date: bool = False,
          progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import recap as recap_doc

    path = _ready_to_write(out)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    summary = data.recap(event)
    fp = recap_fingerprint(ctx.event.id, summary)
    pages = recap_doc.render(ctx, summary, path, fp=fp, progress=progress, cancel=cancel)
    return Result("recap", path, pages, len(summary.units), fp)


def recap_fingerprint(event_id: str, summary: data.Recap) -> str:
    """Of everything the recap prints: each unit's figures, the people apart, and each desk's (check-ins,
    people per hour, signing times: a check-in at another desk of someone already present changes
    only those)."""
    desks = [d.to_dict() for d in summary.desks] + ([summary.all_desks.to_dict()] if summary.all_desks else [])
    return fingerprint([event_id, "recap", [[u.unit_id, u.unit_name, u.to_dict()] for u in summary.units],
                        [[u.unit_id, u.outside.outside_dict()] for u in summary.outside_units], desks])


def not_signed(event: Event, out, *, paper: str | None = None, order: str = "roster",
               fixed_date: bool = False, progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import not_signed as not_signed_doc

    path = _ready_to_write(out)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.not_signed_list(event, order=order)
    fp = data.entries_fingerprint(ctx, groups, "not-signed")
    pages = not_signed_doc.render(ctx, groups, path, fp=fp, progress=progress, cancel=cancel)
    return Result("not-signed", path, pages, sum(len(g.entries) for g in groups), fp)


def pacts(event: Event, out, *, paper: str | None = None, order: str = "roster", fixed_date: bool = False,
          progress=None, cancel=None) -> Result:
    """One page per signer: into one PDF when *out* ends in .pdf, else one file per person in the
    folder *out* (named by NIP and name). The signatures are read a batch at a time (pact_data)."""
    from ikrar.reports import pact_data
    from ikrar.reports.documents import pacts as pacts_doc

    out = Path(out)
    folder = out.suffix.lower() != ".pdf"
    path = _ready_to_write(out, folder=folder)
    _require_signatures(event)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    people = pact_data.signers(event, order=order)
    texts = pact_data.texts(people, event)
    fp = pact_data.document_fingerprint(ctx.event.id, people)
    if folder:
        files = pacts_doc.render_folder(ctx, people, pact_data.with_strokes(people), texts, path,
                                        progress=progress, cancel=cancel)
        return Result("pacts", path, len(files), len(people), fp, files)
    pages = pacts_doc.render(ctx, pact_data.with_strokes(people), len(people), texts, path, fp=fp,
                             progress=progress, cancel=cancel)
    return Result("pacts", path, pages, len(people), fp)


def qr_cards(event: Event, out, *, paper: str | None = None, order: str = "roster", fixed_date: bool = False,
             progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import qr_cards as qr_cards_doc

    path = _ready_to_write(out)
    ctx = data.context(event, paper=paper, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=True, order=order, by_unit=True, with_signatures=False)
    codes = data.card_codes(groups)
    fp = data.entries_fingerprint(ctx, groups, "qr-cards")
    pages = qr_cards_doc.render(ctx, groups, codes, path, fp=fp, progress=progress, cancel=cancel)
    return Result("qr-cards", path, pages, len(codes), fp)


def xlsx(event: Event, out, *, all_expected: bool = False, order: str = "roster", signatures: bool = False,
         fixed_date: bool = False, progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import xlsx as xlsx_doc

    path = _ready_to_write(out)
    ctx = data.context(event, fixed_date=fixed_date)
    groups = data.attendance_list(event, all_expected=all_expected, order=order, with_signatures=signatures)
    summary = data.recap(event)
    fp = data.entries_fingerprint(ctx, groups, "xlsx", all_expected)
    xlsx_doc.render(ctx, groups, summary, path, fp=fp, signatures=signatures, progress=progress, cancel=cancel)
    return Result("xlsx", path, 0, sum(len(g.entries) for g in groups), fp)


def _coverage(out, unit_ids, paper, fixed_date, region=None):
    path = _ready_to_write(out)
    ctx = data.office_context(paper=paper, fixed_date=fixed_date)
    found = data.coverage(unit_ids, region)
    regions = [[r.to_dict() for r in found.regions]] if found.regions else []  # a regency's print: as before
    fp = fingerprint(["coverage", found.summary.to_dict(), [p.employee_id for p in found.people], *regions])
    return path, ctx, found, fp


def coverage_not_signed(out, *, unit_ids: list | None = None, paper: str | None = None, fixed_date: bool = False,
                        progress=None, cancel=None, region: str | None = None) -> Result:
    from ikrar.reports.documents import coverage as coverage_doc

    """Regency-wide (every event, every merged desk): per unit signed / not signed, and who has not; on a
    province's hub per region and its units (*region*: that one only)."""

    path, ctx, found, fp = _coverage(out, unit_ids, paper, fixed_date, region)
    pages = coverage_doc.render_pdf(ctx, found, path, fp=fp, progress=progress, cancel=cancel)
    return Result("coverage", path, pages, len(found.people), fp)


def coverage_not_signed_xlsx(out, *, unit_ids: list | None = None, fixed_date: bool = False,
                             progress=None, cancel=None, region: str | None = None) -> Result:
    from ikrar.reports.documents import coverage as coverage_doc

    path, ctx, found, fp = _coverage(out, unit_ids, None, fixed_date, region)
    coverage_doc.render_xlsx(ctx, found, path, fp=fp, progress=progress, cancel=cancel)
    return Result("coverage-xlsx", path, 0, len(found.people), fp)


def _campaign_coverage(out, campaign, unit_ids, paper, fixed_date):
    from ikrar.reports.campaign_data import campaign_coverage

    path = _ready_to_write(out)
    ctx = data.office_context(paper=paper, fixed_date=fixed_date)
    found = campaign_coverage(campaign, unit_ids)
    fp = fingerprint(["campaign-coverage", found.summary.to_dict(),
                      [(p.employee_id, p.last_signed_at) for p in found.people]])
    return path, ctx, found, fp


def campaign_not_signed(campaign, out, *, unit_ids: list | None = None, paper: str | None = None,
                        fixed_date: bool = False, progress=None, cancel=None) -> Result:
    """Against *campaign*'s deadline (docs/campaigns.md): per OPD, and who had not signed by it."""
    from ikrar.reports.documents import campaign_coverage as doc

    path, ctx, found, fp = _campaign_coverage(out, campaign, unit_ids, paper, fixed_date)
    pages = doc.render_pdf(ctx, found, path, fp=fp, progress=progress, cancel=cancel)
    return Result("campaign-coverage", path, pages, len(found.people), fp)


def campaign_not_signed_xlsx(campaign, out, *, unit_ids: list | None = None, fixed_date: bool = False,
                             progress=None, cancel=None) -> Result:
    from ikrar.reports.documents import campaign_coverage as doc

    path, ctx, found, fp = _campaign_coverage(out, campaign, unit_ids, None, fixed_date)
    doc.render_xlsx(ctx, found, path, fp=fp, progress=progress, cancel=cancel)
    return Result("campaign-coverage-xlsx", path, 0, len(found.people), fp)


KINDS = {"signed-list": signed_list, "recap": recap, "not-signed": not_signed, "pacts": pacts,
         "qr-cards": qr_cards, "xlsx": xlsx}


def generate(kind: str, event: Event, out, **options) -> Result:
    """Run *kind* with the options it takes (others are ignored: one form serves every kind)."""
    fn = KINDS[kind]
    accepted = inspect.signature(fn).parameters
    return fn(event, out, **{k: v for k, v in options.items() if k in accepted})


def options_of(kind: str) -> set[str]:
    return set(inspect.signature(KINDS[kind]).parameters) - {"event", "out", "progress", "cancel"}
