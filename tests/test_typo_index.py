"""The one-typo index (models/typo.py): the same hits as checking every key, keystroke after
keystroke, and it follows the roster when people are added, renamed or deactivated."""
from __future__ import annotations

import random

from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.search import typo, typo_index
from ikrar.models.search.fold import fold_name, fold_query
from ikrar.models.search.lookup import search
from ikrar.models.store.schema import Employee, Unit


def _brute(people: list[tuple[int, str]], q: str, need: int) -> list[tuple[int, str, str]]:
    """What typo.find must return, from checking every (id, key), without the index."""
    first, later = [], []
    for i, key in people:
        start = typo.typo_start(q, key)
        if start >= 0:
            (first if start <= 1 else later).append((len(key), key, i, start))
    ranked = sorted(first) + sorted(later)
    return [(i, k, "typo" if s <= 1 else "typo_inside") for _, k, i, s in ranked][:need]


def _typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(text) - 1)
    c = rng.choice("abdeiklmnorstuy")
    return rng.choice([text[:i] + c + text[i + 1:], text[:i] + c + text[i:], text[:i] + text[i + 1:],
                       text[:i] + text[i + 1] + text[i] + text[i + 2:]])


def test_keystroke_by_keystroke_matches_checking_every_key(db):
    insert_people(generate_people(600, seed=3))
    rng = random.Random(5)
    names = [e.name.lower() for e in Employee.select(Employee.name)]
    people = [(e.id, e.search_key) for e in Employee.select().where(Employee.active)]
    checked = 0
    for _ in range(25):
        typed = _typo(rng.choice(names), rng)
        for end in range(1, len(typed) + 1):  # each keystroke extends the last: kept candidates
            for q in fold_query(typed[:end]):
                if len(q) < 6:
                    continue
                for need in (3, 20):
                    assert typo_index.find(q, need, set()) == _brute(people, q, need), q
                    checked += 1
    assert checked > 100


def test_the_index_follows_the_roster(db):
    unit = Unit.create(name="Inspektorat")

    def person(name, **extra):
        return Employee.create(name=name, search_key=fold_name(name), unit=unit, **extra)

    person("BUDI SANTOSO")
    assert [h.display_name for h in search("budi santosa")] == ["BUDI SANTOSO"]
    new = person("SITI NURHALIZA")  # added after the index was built
    assert [h.display_name for h in search("siti nurhaliza")] == ["SITI NURHALIZA"]
    assert [h.display_name for h in search("siti nurhalisa")] == ["SITI NURHALIZA"]
    new.name, new.search_key = "SITI AMINAH", fold_name("SITI AMINAH")  # renamed
    new.save()
    assert search("siti nurhalisa") == []
    assert [h.display_name for h in search("siti aminak")] == ["SITI AMINAH"]
    new.active = False  # no longer on the roster
    new.save()
    assert search("siti aminak") == []
    assert [h.display_name for h in search("siti aminak", include_inactive=True)] == ["SITI AMINAH"]
    Employee.delete().where(Employee.id == new.id).execute()
    assert search("siti aminak", include_inactive=True) == []


def test_warm_up_builds_the_index_once(db):
    insert_people(generate_people(50, seed=1))
    typo_index.warm_up()
    index = typo_index.key_index()
    assert typo_index.key_index() is index
    search("abcdefgh")
    assert typo_index.key_index() is index
