"""How each search hit was found (models/search/match.py), what ranks first, what a clerk can trust,
and count() for "the first 20 of N"."""
from __future__ import annotations

import itertools

import pytest

from ikrar.models.search.fold import fold_name, key_words, plain_words
from ikrar.models.search.lookup import COUNT_CAP, count, search
from ikrar.models.search.match import as_written, where_in_key
from ikrar.models.store.schema import Employee, Unit

_serial = itertools.count(1)


def person(name: str, active: bool = True) -> Employee:
    unit, _ = Unit.get_or_create(name="Dinas Kesehatan")
    return Employee.create(name=name, nip=f"19860926201505{next(_serial) % 10_000:04d}", active=active, unit=unit,
                           search_key=fold_name(name))


def found(text: str) -> list[tuple[str, str]]:
    return [(h.display_name, h.found) for h in search(text)]


@pytest.mark.parametrize("name", ["Wahyu Wijaya", "Drs. H. AHMAD YANI, S.Pd., M.Si.", "LM. Sajo", "Muh. Yusuf",
                                  "A H M A D Yani", "Mochammad Chairul", "I Gusti Ngurah Rai", "Syafi'i"])
def test_key_words_cut_the_stored_key(name):
    assert "".join(key_words(name)) == fold_name(name)


def test_plain_words_keep_the_spelling():
    assert plain_words("Drs. DJOKO Soesilo, S.Pd.") == ["djoko", "soesilo"]
    assert plain_words("djoko s", typed=True) == ["djoko", "s"]


def test_where_a_key_holds_the_query():
    assert where_in_key("yoewi", "wahyoewiyaya", "Wahyu Wijaya") == "words"  # djuwi
    assert where_in_key("yoe", "wahyoewiyaya", "Wahyu Wijaya") == "inside"
    assert where_in_key("wiy", "wahyoewiyaya", "Wahyu Wijaya") == "start"
    assert as_written("wijaya", "Wahyu Wijaya") and not as_written("wiyaya", "Wahyu Wijaya")


def test_djuwita_is_a_typo_and_djuwi_a_match_across_words(db):
    person("Wahyu Wijaya")
    person("Siti Aminah")
    assert found("djuwita") == [("Wahyu Wijaya", "typo")]
    assert not search("djuwita")[0].trusted
    assert found("djuwi") == [("Wahyu Wijaya", "words")]
    assert not search("djuwi")[0].trusted
    assert found("wahyu") == [("Wahyu Wijaya", "exact")] and search("wahyu")[0].trusted


def test_written_as_typed_ranks_before_another_spelling(db):
    person("Joko")
    person("Joko Widodo")
    person("Djoko Susilo")
    person("Agus Djoko")
    assert found("djoko") == [("Djoko Susilo", "exact"), ("Agus Djoko", "exact"), ("Joko", "spelling"),
                              ("Joko Widodo", "spelling")]
    assert [name for name, _ in found("joko")][:2] == ["Joko", "Joko Widodo"]


def test_old_spelling_and_muhammad_are_trusted(db):
    person("Soeharto")
    person("MUHAMMAD YUSUF")
    [hit] = search("suharto")
    assert hit.found == "spelling" and hit.trusted
    [hit] = search("muh. yusuf")
    assert hit.found == "spelling" and hit.trusted
    hits = search("198609262015")
    assert len(hits) == 2 and all(h.found == "nip" and h.trusted for h in hits)


def test_inside_a_word_is_shown_but_not_trusted(db):
    person("Siti Aminah")
    [hit] = search("mina")
    assert hit.found == "inside" and not hit.trusted
    [hit] = search("aminah")
    assert hit.found == "exact" and hit.trusted


def test_count_says_how_many_beyond_the_first_twenty(db):
    for i in range(30):
        person(f"Sutrisno Nomor{i}")
    person("Sutrisno Pensiun", active=False)
    assert len(search("sutrisno")) == 20
    assert count("sutrisno") == 30
    assert count("su") == 30  # one or two letters: names that start with them
    assert count("198609262015") == 30
    assert count("sutrisno nomor1") == 11  # nomor1, nomor10..19
    assert count("zzz") == 0


def test_count_stops_at_its_cap(db):
    for i in range(COUNT_CAP + 5):
        Employee.create(name=f"Budi {i}", nip=None, nik=None, search_key=fold_name(f"Budi {i}"))
    assert count("budi") == COUNT_CAP + 1
