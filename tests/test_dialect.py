"""models/store/dialect.py: each named function gives the same answer on SQLite and on PostgreSQL
(IKRAR_TEST_DB=postgresql runs these on a server)."""
from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from peewee import OperationalError

from ikrar.models.store import dialect
from ikrar.models.store.bulk import execute_values
from ikrar.models.store.connection import db as proxy
from ikrar.models.store.schema import Employee, Unit


def _person(name: str, key: str | None = None, nip: str | None = None) -> int:
    return Employee.create(name=name, search_key=key or name.lower(), nip=nip).id


def test_position_and_the_byte_order_of_a_prefix_scan(db):
    at = f"SELECT {dialect.position_sql('?', 'CAST(? AS TEXT)')}"  # the haystack's ? comes first in the SQL
    assert db.execute_sql(at, ("abc", "b")).fetchone()[0] == 2
    assert db.execute_sql(at, ("abc", "x")).fetchone()[0] == 0
    for key in ("ab", "abz", "ab9", "ac", "a", "b"):
        _person(key.upper(), key)
    rows = db.execute_sql(f"SELECT search_key FROM employee e WHERE {dialect.text_range_sql('e.search_key')} "
                          "ORDER BY search_key", ("ab", "ab~")).fetchall()
    assert [r[0] for r in rows] == ["ab", "ab9", "abz"]  # byte order: digits before letters, '~' after both


def test_epoch_milliseconds_of_a_stored_utc_time(db):
    for text in ("1970-01-01T00:00:01.500000", "2026-11-23T00:15:42.123000"):
        expected = round(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)
        assert db.execute_sql(f"SELECT {dialect.epoch_ms_sql('?')}", (text,)).fetchone()[0] == expected


def test_an_update_from_values_types_dates_and_empty_columns(db):
    ids = [_person("Ahmad"), _person("Budi")]
    unit = Unit.create(name="Dinas A").id
    cols = ("id", "birth_date", "unit_id", "roster_order")
    sets = ", ".join(f"{c} = {dialect.typed(f'v.{c}', Employee, c)}" for c in cols if c != "id")
    execute_values(db, f"WITH v({', '.join(cols)}) AS (VALUES ",
                   [(ids[0], "1980-02-03", None, 5), (ids[1], None, unit, 6)],
                   f") UPDATE employee SET {sets} FROM v WHERE employee.id = {dialect.typed('v.id', Employee, 'id')}")
    got = {e.id: (str(e.birth_date) if e.birth_date else None, e.unit_id, e.roster_order) for e in Employee.select()}
    assert got == {ids[0]: ("1980-02-03", None, 5), ids[1]: (None, unit, 6)}


def test_ids_taken_ahead_never_meet_the_databases_own(db):
    before = _person("Already here")
    first = dialect.new_ids("employee", 3)
    assert first == sorted(first) and len(set(first)) == 3 and min(first) > before
    for pid in first:
        db.execute_sql("INSERT INTO employee (id, name, front_title, back_title, category, golongan, pangkat, "
                       "position, active, roster_order, is_walk_in, search_key, origin) "
                       "VALUES (?, 'X', '', '', 'PNS', '', '', '', TRUE, 0, FALSE, 'x', 'roster')", (pid,))
    other = _person("Made by the database")  # a plain insert after them: no clash with an id given out
    assert other not in first
    assert min(dialect.new_ids("employee", 2)) > max(first + [other])
    assert dialect.new_ids("employee", 0) == []


def test_execute_many_and_serialized_nest(db):
    ids = [_person(f"P{i}") for i in range(3)]
    with dialect.serialized(), dialect.serialized():  # a savepoint inside: the outer one holds the lock
        dialect.execute_many("UPDATE employee SET roster_order = ? WHERE id = ?", [(7, i) for i in ids])
    assert {e.roster_order for e in Employee.select()} == {7}
    with pytest.raises(RuntimeError), dialect.serialized():
        dialect.execute_many("UPDATE employee SET roster_order = ? WHERE id = ?", [(8, ids[0])])
        raise RuntimeError("rolled back")
    assert Employee.get_by_id(ids[0]).roster_order == 7


def test_a_running_query_is_stopped_from_another_thread(db):
    long = ("SELECT pg_sleep(20)" if dialect.is_postgres() else
            "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000) SELECT max(n) FROM c")
    ready, outcome = threading.Event(), []

    def worker():
        try:
            stop = dialect.interrupter()
            outcome.append(stop)
            ready.set()
            proxy.execute_sql(long).fetchone()
            outcome.append("finished")
        except OperationalError as exc:
            outcome.append(exc)
        finally:
            proxy.close()

    thread = threading.Thread(target=worker)
    thread.start()
    assert ready.wait(10)
    time.sleep(0.3)
    started = time.monotonic()
    outcome[0]()
    thread.join(15)
    assert not thread.is_alive() and time.monotonic() - started < 10
    assert isinstance(outcome[1], OperationalError)
