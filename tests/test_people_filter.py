"""The attendance view's text filter: words as typed or folded like names (old spellings)."""
from __future__ import annotations

from ikrar.models.queries.people import PersonRow
from ikrar.ui.screens.people_model import PeopleFilter, PeopleModel


def _row(i: int, name: str, nip: str) -> PersonRow:
    return PersonRow(i, nip, name, "", "", "III/a", "Penata Muda", "Analis", "PNS", 1, "Dinas Kesehatan", i,
                     None, None, False, None, None, "", False, 0, False)


def test_filter_matches_old_spellings_and_spaced_nip(qtbot):
    model = PeopleModel()
    model.set_rows([_row(1, "SOEHARTO", "198609262015051001"), _row(2, "DJOKO SUSILO", "197001012000031003"),
                    _row(3, "BUDI", "199001012024211002")])
    proxy = PeopleFilter()
    proxy.setSourceModel(model)

    def shown(text: str) -> int:
        proxy.set_text(text)
        return proxy.rowCount()

    assert shown("suharto") == 1
    assert shown("joko") == 1
    assert shown("kesehatan budi") == 1
    assert shown("19860926") == 1
    assert shown("zzz") == 0
    assert shown("") == 3
