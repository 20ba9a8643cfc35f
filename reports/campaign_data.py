"""The data of the not-signed list against a campaign's deadline (docs/campaigns.md): the per-OPD
counts and who had not signed by the deadline, from models/queries/campaign_coverage.py (the same rows
`ikrar coverage --campaign` prints). Plain data; the renderer (documents/campaign_coverage.py) never
queries."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ikrar.models.queries import campaign_coverage as cc
from ikrar.models.queries.coverage import PersonCoverage
from ikrar.reports.wording import date_text, date_time


@dataclass
class CampaignCoverageData:
    summary: cc.CampaignCoverage
    people: list[PersonCoverage]  # not signed by the deadline, the late ones included (last_signed_at set)

    @property
    def deadline_text(self) -> str:
        """"30 November 2026"."""
        return date_text(date.fromisoformat(self.summary.deadline))

    @property
    def title(self) -> str:
        return f"Belum menandatangani pakta sampai {self.deadline_text}"


def late_text(person: PersonCoverage) -> str:
    """"TTD terlambat: 2 Desember 2026 08.15 WITA" for one who signed after the deadline, else ""."""
    if not person.last_signed_at:
        return ""
    return f"TTD terlambat: {date_time(datetime.fromisoformat(person.last_signed_at))}"


def campaign_coverage(campaign, unit_ids: list[int] | None = None) -> CampaignCoverageData:
    return CampaignCoverageData(cc.summary(campaign, unit_ids), cc.not_signed(campaign, unit_ids))
