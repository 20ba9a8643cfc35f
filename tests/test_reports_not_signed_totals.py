"""The not-signed list's summary adds up (issue 14, item 7): not signed = belum hadir + present without
signing + each absence code, its belum hadir the recap's; under it the event's totals
(data.Context.totals, the sentence the signed list's summary prints too)."""
from __future__ import annotations

import re

import pytest
from test_reports_support import all_text, make_apel

from ikrar.models.queries.counts import event_counts
from ikrar.reports import api, data


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()


def test_not_signed_summary_adds_up_and_meets_the_recap(apel, tmp_path):
    text = all_text(api.not_signed(apel.event, tmp_path / "belum.pdf").path)
    found = re.search(r"Jumlah belum tanda tangan: (\d+) orang dari \d+ unit kerja = belum hadir (\d+) \+ hadir, "
                      r"belum TTD (\d+) \+ sakit \(S\) (\d+) \+ izin \(I\) (\d+) \+ cuti \(C\) (\d+) \+ dinas luar "
                      r"\(DL\) (\d+) \+ tanpa keterangan \(TK\) (\d+)\.", text)
    assert found, text
    total, not_arrived, unsigned, *codes = (int(v) for v in found.groups())
    counts = event_counts(apel.event)
    assert total == counts.not_signed == not_arrived + unsigned + sum(codes)
    assert not_arrived == counts.not_arrived == len(apel.unrecorded) + len(apel.voided)
    assert codes == [counts.codes[c] for c in ("S", "I", "C", "DL", "TK")]
    assert data.context(apel.event).totals.text in text


def test_context_totals_for_the_signed_list(apel):
    ctx = data.context(apel.event)
    counts = event_counts(apel.event)
    totals = ctx.totals
    assert totals is ctx.totals and totals.counts == counts  # counted once, when first asked
    assert sum(n for _, n in totals.parts) == counts.expected
    assert totals.text.startswith(f"Jumlah pegawai yang diharapkan {counts.expected} orang = hadir {counts.present} + ")
    assert f"+ belum hadir {counts.not_arrived}; bertanda tangan {counts.signed} orang." in totals.text
    assert data.office_context().totals is None
