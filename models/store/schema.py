"""The peewee models. Identifiers (NIP, NIK, UUIDs) are text, never numbers.

Records that travel between desks (attendance, signature, event, desk) are keyed by UUIDs made where
they are created, so files from many desks merge without clashes.
"""
from __future__ import annotations

import uuid

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from ikrar.models.store.connection import db

CATEGORIES = ("PNS", "PPPK", "PPPK_PW", "NON_ASN")
EVENT_KINDS = ("apel", "upacara", "pakta")
TIME_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
STATUSES = ("H", "S", "I", "C", "DL", "TK")
ABSENCE_CODES = ("S", "I", "C", "DL", "TK")
METHODS = ("scan", "search", "manual", "camera")


def new_uuid() -> str:
    return str(uuid.uuid4())


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Desk(BaseModel):
    """A database is a desk. Other desks become known through event packages and sync files."""

    id = CharField(primary_key=True, default=new_uuid)
    name = CharField(default="")
    is_local = BooleanField(default=False)
    public_key = BlobField(null=True)  # Ed25519 raw public key
    private_key = BlobField(null=True)  # only for the local desk; never exported
    created_at = CharField()  # ISO time with offset
    trusted_at = CharField(null=True)


class Unit(BaseModel):
    """An OPD / unit kerja / SKPD."""

    name = CharField(unique=True)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="SET NULL")
    sort_order = IntegerField(default=0)


class Employee(BaseModel):
    nip = CharField(null=True, unique=True)
    nik = CharField(null=True, index=True)
    name = CharField()  # as written on the roster
    front_title = CharField(default="")
    back_title = CharField(default="")
    gender = CharField(null=True)  # "L" / "P"
    birth_date = DateField(null=True)
    category = CharField(default="PNS")  # one of CATEGORIES
    golongan = CharField(default="")  # "III/a", "IX" for PPPK
    pangkat = CharField(default="")  # "Penata Muda"
    position = CharField(default="")  # jabatan
    unit = ForeignKeyField(Unit, null=True, backref="employees", on_delete="SET NULL")
    active = BooleanField(default=True, index=True)
    roster_order = IntegerField(default=0)  # row order of the imported list, for the printed sheets
    is_walk_in = BooleanField(default=False)
    search_key = CharField(default="")  # fold_name(name): what FTS indexes
    updated_at = CharField(null=True)

    def display_name(self) -> str:
        """Full name with titles, as printed: "Dr. H. Ahmad Yani, S.Pd., M.Si."."""
        name = self.name
        if self.front_title:
            name = f"{self.front_title} {name}"
        if self.back_title:
            name = f"{name}, {self.back_title}"
        return name

    @property
    def identifier(self) -> str:
        return self.nip or self.nik or ""


class PactText(BaseModel):
    """Every pact text ever shown, unchangeable, keyed by the SHA-256 of its UTF-8 bytes."""

    sha256 = CharField(primary_key=True, max_length=64)
    text = TextField()
    created_at = CharField()


class Event(BaseModel):
    id = CharField(primary_key=True, default=new_uuid)
    title = CharField()
    kind = CharField(default="apel")
    date = DateField()
    start_time = CharField(default="07:30")  # HH:MM, local to tz
    tz = CharField(default="WIB")
    place = CharField(default="")
    organizer = CharField(default="")
    organizer_unit = ForeignKeyField(Unit, null=True, on_delete="SET NULL")
    pact = ForeignKeyField(PactText, null=True, column_name="pact_sha256")
    all_units = BooleanField(default=True)
    approver_position = CharField(default="")
    approver_name = CharField(default="")
    approver_nip = CharField(default="")
    closed = BooleanField(default=False)
    created_at = CharField()
    updated_at = CharField()


class EventUnit(BaseModel):
    """The expected units of an event that does not take all units."""

    event = ForeignKeyField(Event, backref="expected_units", on_delete="CASCADE")
    unit = ForeignKeyField(Unit, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("event", "unit")


class Attendance(BaseModel):
    """Present (H) or an absence code for one person at one event. Never deleted: voided."""

    id = CharField(primary_key=True, default=new_uuid)
    event = ForeignKeyField(Event, backref="attendances", on_delete="CASCADE")
    employee = ForeignKeyField(Employee, backref="attendances")
    status = CharField(default="H")
    recorded_at = CharField()  # local time with UTC offset, ISO 8601
    recorded_utc = CharField(index=True)  # the same instant in UTC, for ordering across desks
    desk = ForeignKeyField(Desk, backref="attendances")
    method = CharField(default="search")
    late = BooleanField(default=False)
    note = TextField(default="")  # e.g. present but cannot sign
    voided_at = CharField(null=True)
    void_reason = TextField(null=True)
    void_desk = ForeignKeyField(Desk, null=True, column_name="void_desk_id")

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None


class Signature(BaseModel):
    id = CharField(primary_key=True, default=new_uuid)
    attendance = ForeignKeyField(Attendance, backref="signatures", unique=True)
    strokes = TextField()  # JSON: [[[x, y, t_ms, pressure], ...], ...]
    pad_width = FloatField()
    pad_height = FloatField()
    pact = ForeignKeyField(PactText, column_name="pact_sha256")
    signed_at = CharField()  # local time with offset
    desk = ForeignKeyField(Desk)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()  # JSON


ALL_MODELS = [Desk, Unit, Employee, PactText, Event, EventUnit, Attendance, Signature, Setting]
