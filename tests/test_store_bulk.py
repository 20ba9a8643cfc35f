"""Large writes (models/store/bulk.py): fts_bulk builds the search index and the table's indexes
once, in the write's transaction, and gives the triggers back however the block ends; a large
write is checkpointed after its commit, on a background thread. The roster rows are
test_roster_bulk.py's."""
from __future__ import annotations

import threading

import peewee
import pytest
from test_roster_bulk import name_of, nip_of, roster_rows, write_csv

from ikrar.models.roster import import_roster
from ikrar.models.search.fold import fold_name
from ikrar.models.search.lookup import search
from ikrar.models.store import bulk, dialect
from ikrar.models.store.bulk import fts_bulk, index_sql, trigger_sql, worth_bulk
from ikrar.models.store.connection import checkpoint_afterwards, close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee


def test_worth_bulk():
    assert not worth_bulk(1_999, 2_000)
    assert worth_bulk(2_000, 2_000) and worth_bulk(100_000, 100_000)
    assert not worth_bulk(5_000, 100_000)  # a small change to a large table: the triggers are cheaper


@pytest.mark.sqlite_only  # FTS5 and its triggers
def test_bulk_import_rebuilds_search_and_restores_triggers_and_indexes(db, tmp_path):
    conn = db.connection()
    triggers, indexes = trigger_sql(conn), index_sql(conn)
    assert set(triggers) == {"employee_fts_ai", "employee_fts_au"} and "employee_nip" in indexes
    report = import_roster(write_csv(tmp_path / "big.csv", roster_rows(3000)))
    assert report.created > bulk.BULK_MIN_ROWS
    assert trigger_sql(conn) == triggers and index_sql(conn) == indexes
    conn.execute("INSERT INTO employee_fts(employee_fts) VALUES ('integrity-check')")  # raises if out of step
    hits = search(name_of(1002))
    assert hits and Employee.get_by_id(hits[0].employee_id).name == name_of(1002)
    assert search(nip_of(1002))[0].nip == nip_of(1002)
    # the triggers work again: a walk-in added afterwards is found
    Employee.create(name="Zulkarnaen Walk In", search_key=fold_name("Zulkarnaen Walk In"), category="NON_ASN",
                    active=True, roster_order=0, is_walk_in=True, front_title="", back_title="", golongan="",
                    pangkat="", position="")
    assert Employee.get_by_id(search("Zulkarnaen")[0].employee_id).name == "Zulkarnaen Walk In"


def test_reimport_with_changed_names_in_bulk_keeps_search_right(db, tmp_path):
    rows = roster_rows(2500)
    import_roster(write_csv(tmp_path / "a.csv", rows))
    for row in rows:
        if row[2]:
            row[2] = "Zaenal " + row[2]
    again = import_roster(write_csv(tmp_path / "b.csv", rows))
    assert again.updated > bulk.BULK_MIN_ROWS
    if not dialect.is_postgres():  # FTS5 says whether its index is out of step (PostgreSQL's is the table's own)
        db.connection().execute("INSERT INTO employee_fts(employee_fts) VALUES ('integrity-check')")
    hits = search("Zaenal " + name_of(1002))
    assert hits and Employee.get_by_id(hits[0].employee_id).name == "Zaenal " + name_of(1002)
    assert all(e.search_key == fold_name(e.name) for e in Employee.select())


def _add(conn, nip: str, name: str) -> None:
    conn.execute("INSERT INTO employee (nip, name, front_title, back_title, category, golongan, pangkat, position,"
                 " active, roster_order, is_walk_in, search_key) VALUES (?, ?, '', '', 'PNS', '', '', '', 1, 0, 0, ?)",
                 (nip, name, fold_name(name)))


@pytest.mark.sqlite_only  # FTS5's triggers
def test_fts_bulk_rolls_back_and_keeps_triggers_after_an_error(db):
    conn = db.connection()
    triggers, indexes = trigger_sql(conn), index_sql(conn)
    with pytest.raises(RuntimeError), fts_bulk(db, indexes=True):
        _add(db.connection(), "198609262015051001", "Ahmad Yani")
        assert trigger_sql(db.connection()) == {} and index_sql(db.connection()) == {}
        raise RuntimeError("boom")
    assert trigger_sql(conn) == triggers and index_sql(conn) == indexes
    assert Employee.select().count() == 0
    _add(conn, "198609262015051001", "Ahmad Yani")  # the insert trigger is back
    assert search("Ahmad Yani")[0].nip == "198609262015051001"


@pytest.mark.sqlite_only  # FTS5's triggers
def test_fts_bulk_inside_a_transaction_and_a_duplicate_on_the_unique_index(db):
    conn = db.connection()
    triggers, indexes = trigger_sql(conn), index_sql(conn)
    with db.atomic():
        with fts_bulk(db):
            _add(conn, "198609262015051001", "Ahmad Yani")
        assert trigger_sql(conn) == triggers
    assert search("Ahmad")[0].nip == "198609262015051001"

    with pytest.raises(peewee.IntegrityError), fts_bulk(db, indexes=True):
        _add(conn, "198609262015051001", "Ahmad Kembar")  # no unique index to stop it here...
    # ...but it is made again at the end, which fails the whole block
    assert trigger_sql(conn) == triggers and index_sql(conn) == indexes
    assert [e.name for e in Employee.select()] == ["Ahmad Yani"]


@pytest.mark.sqlite_only  # FTS5's triggers
def test_fts_bulk_disabled_is_a_plain_transaction(db):
    conn = db.connection()
    with fts_bulk(db, enabled=False):
        assert set(trigger_sql(db.connection())) == {"employee_fts_ai", "employee_fts_au"}
        _add(db.connection(), "198609262015051001", "Ahmad Yani")
    assert search("Ahmad")[0].nip == "198609262015051001"
    assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 1


@pytest.mark.sqlite_only  # SQLite's WAL
def test_a_large_write_is_checkpointed_after_its_commit_not_during_it(tmp_path):

    database = open_database(tmp_path / "ck.db")
    try:
        conn = database.connection()
        with checkpoint_afterwards(database):
            assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
            with database.atomic():
                conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                                 [(f"k{i}", "x" * 500) for i in range(5000)])
            # committed, and only in the WAL: nothing was copied back into the file yet
            assert (tmp_path / "ck.db-wal").stat().st_size > 2_500_000 > (tmp_path / "ck.db").stat().st_size
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        for thread in threading.enumerate():
            if thread.name == "ikrar-checkpoint":
                thread.join(10)
        assert (tmp_path / "ck.db").stat().st_size > 2_500_000  # the background thread copied it
        assert conn.execute("SELECT count(*) FROM setting WHERE key LIKE 'k%'").fetchone()[0] == 5000
    finally:
        close_database()
