"""Search at the desk: any part of a name or NIP, whatever the spelling, titles or one typo."""
from __future__ import annotations

import itertools
from datetime import date
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikrar.models.desk import local_desk
from ikrar.models.search.fold import fold_name
from ikrar.models.search.lookup import find_by_code, search, typo_start
from ikrar.models.search.typo import backward_pattern, forward_pattern
from ikrar.models.search.typo_index import KeyIndex
from ikrar.models.store.schema import Attendance, Employee, Event, Unit, record_id

NOW = "2026-11-23T07:10:00.000+07:00"
_serial = itertools.count(1)


def person(name: str, *, nip: str | None = None, nik: str | None = None, active: bool = True, **extra) -> Employee:
    unit, _ = Unit.get_or_create(name="Dinas Kesehatan")
    if nip is None and nik is None:
        nip = f"19860926201505{next(_serial) % 10_000:04d}"
    return Employee.create(
        name=name, nip=nip, nik=nik, active=active, unit=unit, search_key=fold_name(name), **extra
    )


def names(text: str, **kw) -> list[str]:
    return [h.display_name for h in search(text, **kw)]


def test_part_of_a_name(db):
    person("AHMAD YANI")
    person("SITI AMINAH")
    assert names("yan") == ["AHMAD YANI"]
    assert names("a") == ["AHMAD YANI"]  # 1-2 letters: names that start with them
    assert names("mina") == ["SITI AMINAH"]
    assert names("zzz") == []


def test_hit_carries_what_the_desk_shows(db):
    e = person("AHMAD YANI", front_title="Drs.", back_title="M.Si.", position="Analis",
               category="PNS", golongan="III/a")
    [hit] = search("ahmad yani")
    assert hit.employee_id == e.id and hit.nip == e.nip and not hit.nik_present
    assert hit.display_name == "Drs. AHMAD YANI, M.Si."
    assert (hit.position, hit.unit_name, hit.category, hit.golongan) == ("Analis", "Dinas Kesehatan", "PNS", "III/a")
    assert hit.active and hit.present is None and hit.match == "exact"


@pytest.mark.parametrize("typed", ["19860926 2015", "198609262015", "19860926 201505 1 001", "2015051001", "0926",
                                   "NIP. 19860926 201505 1 001", "nip:198609262015051001", "NIP198609262015"])
def test_nip_with_and_without_spaces(db, typed):
    person("AHMAD YANI", nip="198609262015051001")
    person("BUDI", nip="197001012000031002")
    hits = search(typed)
    assert [h.nip for h in hits] == ["198609262015051001"]
    assert hits[0].match == "nip"


def test_nip_prefix_ranks_before_nip_substring(db):
    person("A", nip="197001012000031986")
    person("B", nip="198609262015051001")
    assert [h.display_name for h in search("1986")] == ["B", "A"]


@pytest.mark.parametrize("typed", ["ahmad yani", "AHMAD  YANI", "Drs. H. Ahmad Yani, S.Pd.", "ahmad-yani", "Ahmád Yaní", "ahmadyani"])
def test_case_titles_punctuation_accents_ignored(db, typed):
    person("Drs. H. AHMAD YANI, S.Pd., M.Si.")
    person("YANI AHMAD")
    hits = search(typed)
    assert hits[0].display_name == "Drs. H. AHMAD YANI, S.Pd., M.Si."
    assert hits[0].match == "exact"


@pytest.mark.parametrize("stored, typed", [("Syafi'i", "Syafi’i"), ("Syafi’i", "syafi'i"), ("SYAFII", "Syafi’i")])
def test_straight_and_curly_apostrophes(db, stored, typed):
    person(stored)
    assert names(typed) == [stored]


@pytest.mark.parametrize(
    "old, new",
    [("Soeharto", "Suharto"), ("Djoko", "Joko"), ("Tjahjo", "Cahyo"), ("Sjamsul", "Syamsul"),
     ("Njoman", "Nyoman"), ("Chairul", "Khairul"), ("Jusuf", "Yusuf")],
)
def test_old_spellings_both_ways(db, old, new):
    person(f"{old} Wibowo")
    person(f"Bambang {new}")
    assert set(names(old)) == set(names(new)) == {f"{old} Wibowo", f"Bambang {new}"}


@pytest.mark.parametrize("typed", ["Muh. Yusuf", "M. Yusuf", "Mhd Yusuf", "Moh Jusuf", "muhammad yusuf"])
def test_muhammad_abbreviations(db, typed):
    person("MUHAMMAD YUSUF")
    person("YUSUF KALLA")
    assert names(typed)[0] == "MUHAMMAD YUSUF"


def test_half_typed_muh_finds_muhtar_and_muhammad(db):
    person("MUHTAR LUBIS")
    person("MUH. ALI")
    assert set(names("muh")) == {"MUHTAR LUBIS", "MUH. ALI"}
    assert names("ali muh") == []
    person("ALI MUHTAR")
    assert names("ali muh") == ["ALI MUHTAR"]


def test_ranking_exact_prefix_substring_then_shorter(db):
    person("RAHMAN HAKIM")
    person("ABDUL RAHMAN")
    person("RAHMANSYAH")
    person("RAHMAN")
    person("ARAHMAN")
    hits = search("rahman")
    # a word that starts with what was typed before the same letters inside a word
    assert [h.display_name for h in hits] == ["RAHMAN", "RAHMANSYAH", "RAHMAN HAKIM", "ABDUL RAHMAN", "ARAHMAN"]
    assert [h.found for h in hits] == ["exact", "exact", "exact", "exact", "inside"]
    assert [h.match for h in hits] == ["exact", "prefix", "prefix", "substring", "substring"]


@pytest.mark.parametrize("typo", ["Hidayar", "Hidyat", "Hiddayat", "Hiadyat", "Hidayatt", "Hdayat"])
def test_one_typo_found_below_exact_matches(db, typo):
    person("NUR HIDAYAT")
    person(typo.upper())  # someone whose name is exactly the typo
    hits = search(typo)
    assert [h.match for h in hits] == ["exact", "typo"]
    assert hits[1].display_name == "NUR HIDAYAT"


def _one_edit_typos(word: str) -> set[str]:
    letters = "aeiouky"
    out = set()
    for i in range(len(word)):
        out |= {word[:i] + c + word[i + 1:] for c in letters}  # wrong letter
        out |= {word[:i] + c + word[i:] for c in letters}  # extra letter
        out.add(word[:i] + word[i + 1:])  # missing letter
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # swapped
    return out


@pytest.mark.parametrize("stored, typed", [
    ("Sulistyowati", "sulistyowati"),  # the u is stored as oe: a typo on it is still one edit
    ("SOEKARNO", "sukarno"),
    ("Hidayat", "hidayat"),
    ("Agus Budi", "agusbudi"),
    ("Rahmat", "rahmat"),
    ("Nurdin", "nurdin"),
    ("Yusuf", "yusuf"),
    ("Djoko Susilo", "jokosusilo"),
])
def test_every_single_typo_is_found(db, stored, typed):
    """The candidates come from the trigram index: check that no edit position is missed."""
    target = person(stored)
    for other in ("ANDI BASO", "SITI AMINAH", "BUDI SANTOSO", "AGUS SALIM"):
        person(other)
    missed = [t for t in sorted(_one_edit_typos(typed))
              if len(fold_name(t)) >= 6 and target.id not in {h.employee_id for h in search(t)}]
    assert missed == []


def _edited_keys(q: str) -> set[str]:
    """Every key holding q with one edit, made on the key as stored and on it as typed (u for oe)."""
    out = set()
    for text, back in ((q, lambda t: t), (q.replace("oe", "u"), lambda t: t.replace("u", "oe"))):
        for e in _one_edit_typos(text) | {text[:i] + "u" + text[i + 1:] for i in range(len(text))}:
            out.add(back(e))
    return out


@settings(max_examples=80, deadline=None)
@given(st.text("abdeiklmnorstuy", min_size=6, max_size=22).map(fold_name).filter(lambda k: len(k) >= 6))
def test_typo_patterns_admit_every_single_edit(q):
    """Exact check of the two regular expressions of the typo index (one half literally, the other
    with one edit, or the middle swapped) against every one-edit variant of q, as stored and as
    typed in modern spelling, at the start of a name, inside it and at its end."""
    edited = sorted(k for k in _edited_keys(q)
                    if _brute_typo(q, k) or _brute_typo(q.replace("oe", "u"), k.replace("oe", "u")))
    rows = [(text, n, True) for n, text in enumerate(
        x for k in edited for x in (k, f"ahmad{k}", f"{k}yani", f"sri{k}ni"))]
    index = KeyIndex(rows)
    for budget in (0, 10_000):  # the regular expressions, or each occurrence of the literals
        with patch("ikrar.models.search.typo_index.LITERAL_BUDGET", budget):
            found = {index.key(i) for i in index.scan_all(q)}
        missed = [text for text, _, _ in rows if text not in found]
        assert missed == [], (q, budget, forward_pattern(q), backward_pattern(q))
    assert all(typo_start(q, k) >= 0 for k in edited)


def _one_edit_or_less(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _brute_typo(q: str, key: str) -> bool:
    return any(
        _one_edit_or_less(q, key[i:j]) for i in range(len(key) + 1) for j in range(i, min(len(key), i + len(q) + 1) + 1)
    )


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["a", "b", "o", "e", "oe"]), min_size=4, max_size=7).map("".join),
       st.lists(st.sampled_from(["a", "b", "o", "e", "oe"]), max_size=9).map("".join))
def test_typo_check_agrees_with_brute_force(q, key):
    modern = _brute_typo(q.replace("oe", "u"), key.replace("oe", "u"))
    assert (typo_start(q, key) >= 0) == (_brute_typo(q, key) or modern)


def test_no_typo_match_for_a_five_letter_query(db):
    person("BUDIMAN")
    assert names("budiman") == ["BUDIMAN"]
    assert names("budim") == ["BUDIMAN"]
    assert names("bidim") == []  # one edit away, but too short to guess


def test_two_typos_are_not_matched(db):
    person("HIDAYAT")
    assert names("hidaryatt") == []


def test_present_flag_with_an_event(db):
    here = person("SITI AMINAH")
    voided = person("SITI NURHALIZA")
    sick = person("SITI RAHAYU")
    person("SITI ZUBAIDAH")
    event = Event.create(title="Apel", date=date(2026, 11, 23), created_at=NOW, updated_at=NOW)
    desk = local_desk()
    common = {"event": event, "recorded_at": NOW, "recorded_utc": "2026-11-23T00:10:00.000Z", "desk": desk}
    Attendance.create(id=record_id(desk.id), employee=here, status="H", **common)
    Attendance.create(id=record_id(desk.id), employee=voided, status="H", voided_at=NOW, void_reason="salah orang",
                      **common)
    Attendance.create(id=record_id(desk.id), employee=sick, status="S", **common)
    present = {h.display_name: h.present for h in search("siti", event_id=event.id)}
    assert present == {"SITI AMINAH": True, "SITI NURHALIZA": False, "SITI RAHAYU": False, "SITI ZUBAIDAH": False}
    assert {h.present for h in search("siti")} == {None}


def test_inactive_excluded_by_default(db):
    person("AHMAD RETIRED", active=False)
    person("AHMAD ACTIVE")
    for typed in ("ah", "ahmad", "retired", "ahmad retirrd"):
        assert "AHMAD RETIRED" not in names(typed)
    assert "AHMAD RETIRED" in names("retired", include_inactive=True)
    assert not search("retired", include_inactive=True)[0].active


@pytest.mark.parametrize("typed", ["s", "sr", "sri", "srirah", "srirahayy", "1986"])
def test_limit_respected(db, typed):
    for i in range(30):
        person(f"SRI RAHAYU {chr(65 + i % 26)}{i}")
    assert len(search(typed, limit=7)) == 7
    assert len(search(typed)) == 20
    assert search(typed, limit=0) == []


def test_find_by_code(db):
    a = person("AHMAD YANI", nip="198609262015051001")
    b = person("TENAGA HONORER", nik="7371014509900002")
    c = person("RETIRED", nip="196001011985031001", active=False)
    assert find_by_code("198609262015051001").id == a.id
    assert find_by_code(" 7371014509900002 ").id == b.id
    assert find_by_code("196001011985031001").id == c.id
    assert find_by_code("198609262015051002") is None
    assert find_by_code("19860926201505") is None
    assert find_by_code("7371014509900002x") is None


@pytest.mark.parametrize("typed", ['"', "%", "_", "*", "?", "[", "a\"b", "ab%c", "x_y*z?[", "' OR 1=1 --", "ahmad\"", "NEAR(a b)"])
def test_special_characters_are_harmless(db, typed):
    person("AHMAD YANI")
    search(typed)
    search(typed + "yani")
