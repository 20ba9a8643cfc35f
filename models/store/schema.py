"""The peewee models. Identifiers (NIP, NIK, UUIDs) are text, never numbers.

A desk is its key: its id is derived from its public key (models/sync/crypto.desk_id_of). A record
that travels (attendance, signature, void) is the work of one desk and is identified by that desk
and a UUID made where it was created: its stored id is "<desk id>:<uuid>" (record_id), so records
another desk sends with the same UUID are that desk's, never these. An event is owned by the desk
that created it (its id is bound to the owner by a hash, every version signed by the owner's key).
"""
from __future__ import annotations

import uuid

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DoubleField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

from ikrar.models.card_code import new_code
from ikrar.models.store.connection import db

CATEGORIES = ("PNS", "PPPK", "PPPK_PW", "NON_ASN")
EVENT_KINDS = ("apel", "upacara", "pakta")
TIME_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
STATUSES = ("H", "S", "I", "C", "DL", "TK")
ABSENCE_CODES = ("S", "I", "C", "DL", "TK")
METHODS = ("scan", "search", "manual", "camera")
# Where a person came from (Employee.origin): this database's own roster import ("roster": the only
# origin the regency-wide coverage counts), a sync file or event package ("file"), or registered here
# as a walk-in ("walk_in"). A roster import that lists someone makes them "roster", whatever they were.
ORIGINS = ("roster", "file", "walk_in")


def new_uuid() -> str:
    return str(uuid.uuid4())


def record_id(desk_id: str, record_uuid: str | None = None) -> str:
    """The stored id of a desk's record: "<desk id>:<uuid>" (a new UUID when none is given)."""
    return f"{desk_id}:{record_uuid or new_uuid()}"


def record_uuid(stored_id: str) -> str:
    """The UUID part of a stored record id (what a file carries, beside the desk)."""
    return stored_id.split(":", 1)[-1]


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Desk(BaseModel):
    """A database is a desk. Other desks become known through the files they sign (sync files,
    packages, bundles); their id is their key's (crypto.desk_id_of), their name the newest file's."""

    id = CharField(primary_key=True)
    name = CharField(default="")
    is_local = BooleanField(default=False)
    public_key = BlobField(null=True)  # Ed25519 raw public key
    private_key = BlobField(null=True)  # only for the local desk; never exported
    created_at = CharField()  # ISO time with offset: made here, or first met
    trusted_at = CharField(null=True)  # first file of its own signing merged (before version 3: key accepted)
    name_at = CharField(null=True)  # created_at of the newest file that gave the name
    # Derived by models/sync/decisions.py from the decisions, never set by hand:
    rejected = BooleanField(default=False)
    rejected_at = CharField(null=True)
    rejected_by = CharField(null=True)  # the deciding desk (this one, or a hub whose bundle said so)
    reject_reason = TextField(null=True)
    hub_trusted = BooleanField(default=False)  # this database's admin counts its bundle's decisions

    def save(self, *args, **kwargs):
        # On a server the private key lives in the operator's key file (store/keyfile.py): the object
        # carries it once read, and saving it never sends it to the server.
        if isinstance(db.obj, PostgresqlDatabase):
            kwargs["only"] = [f for f in (kwargs.get("only") or self._meta.sorted_fields) if f is not Desk.private_key]
        return super().save(*args, **kwargs)


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
    # One of ORIGINS. The roster import and the sync merge write theirs in their own SQL; a person made
    # through the model is "roster" (the demo, tests), and a new walk-in "walk_in" (see save).
    origin = CharField(default="roster")
    # The code on the QR card of someone without a NIP (models/card_code.py: "IKR-" + 10 random
    # characters), made with the person here or taken from the file that brought them; never changed.
    # Other codes met in files for the same person are CardAlias rows. An ASN's card carries the NIP.
    card = CharField(null=True, unique=True)
    # A non-ASN's employment status as the roster spells it ("Honorer", "PPNPN", "Tenaga Kontrak", "THL";
    # models/roster: the category cell's word, or a status column of its own): what the documents print
    # for them instead of "Non-ASN" (models/pact_identity.status_word). "" when unknown, and for an ASN.
    employment_status = CharField(default="")
    # The regency/city (kabupaten/kota) as the roster spells it (SIASN's INSTANSI INDUK NAMA, a local
    # list's KABUPATEN/KOTA): a province's hub holds every regency's roster, whose OPD names repeat, and
    # counts coverage per region (models/queries/coverage.py). "" for this hub's own regency / not given.
    region = CharField(default="")

    def save(self, *args, **kwargs):
        if self.id is None:
            # A new walk-in (checkin.register_walk_in says only is_walk_in=True) is never the roster
            # import's: that import writes its own SQL and never makes walk-ins.
            if self.is_walk_in and self.origin == "roster":
                self.origin = "walk_in"
            if not self.nip and not self.card:  # the roster import and the merge make theirs in bulk
                self.card = free_code()
        return super().save(*args, **kwargs)

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


class CardAlias(BaseModel):
    """Another card code of a person: one a sync file or package carried for someone this database
    already knew under another code (two desks that each registered the same walk-in before they met).
    Every code stays resolvable (models/cards.py); a code is never moved to another person."""

    code = CharField(primary_key=True)
    employee = ForeignKeyField(Employee, backref="card_aliases")


def code_taken(code: str) -> bool:
    return (Employee.select().where(Employee.card == code).exists()
            or CardAlias.select().where(CardAlias.code == code).exists())


def free_code() -> str:
    """A new card code no one here has (50 random bits: a clash is not expected, but checked)."""
    code = new_code()
    while code_taken(code):
        code = new_code()
    return code


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
    # Ownership (models/sync/owner.py): only the owner's signed versions change the event. NULL owner:
    # an event met before ownership existed, read-only here.
    owner = CharField(null=True)  # the owning desk's id
    nonce = CharField(null=True)  # id == owner.event_id(owner, nonce)
    owner_record = TextField(null=True)  # the owner-signed record as last sealed or received, forwarded verbatim
    # The campaign the event belongs to (models/campaigns.py), by id and no foreign key: an event may
    # arrive in a file before its campaign does. Set, with the rest, only by the event's owner.
    campaign_id = CharField(null=True, index=True)
    # A follow-up ("susulan") event: when its expected list was frozen (EventExpected); None otherwise.
    followup_at = CharField(null=True)


class Campaign(BaseModel):
    """The pact signing of one election: events are grouped under it and coverage is counted against
    its deadline. Owned like an event (models/sync/campaign_records.py): its id is bound to the owning
    desk by a hash and every version travels signed by the owner's key."""

    id = CharField(primary_key=True)
    name = CharField()
    deadline = CharField()  # YYYY-MM-DD: signed by the end of that day on each event's own clock
    pact = ForeignKeyField(PactText, null=True, column_name="pact_sha256")
    owner = CharField()
    nonce = CharField()
    created_at = CharField()
    updated_at = CharField()
    owner_record = TextField(null=True)  # the owner-signed record, forwarded verbatim


class EventExpected(BaseModel):
    """A follow-up event's frozen expected list: the people of its units who had not signed by the
    time it was made. It travels inside the owner-signed event record (as NIPs / "nik:" keys)."""

    event = ForeignKeyField(Event, backref="frozen_expected", on_delete="CASCADE")
    employee = ForeignKeyField(Employee, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("event", "employee")


class EventUnit(BaseModel):
    """The expected units of an event that does not take all units."""

    event = ForeignKeyField(Event, backref="expected_units", on_delete="CASCADE")
    unit = ForeignKeyField(Unit, on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("event", "unit")


class Attendance(BaseModel):
    """Present (H) or an absence code (a mark) for one person at one event. Never deleted, never
    changed after it is made (but for `note`); voided by a Void record. The void columns here are
    derived (models/sync/voids.py): the void that counts, or the desk's rejection."""

    id = CharField(primary_key=True)  # record_id(desk, uuid)
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
    id = CharField(primary_key=True)  # record_id(desk, uuid)
    attendance = ForeignKeyField(Attendance, backref="signatures", unique=True)
    strokes = TextField()  # JSON: [[[x, y, t_ms, pressure], ...], ...]
    pad_width = FloatField()
    pad_height = FloatField()
    pact = ForeignKeyField(PactText, column_name="pact_sha256")
    signed_at = CharField()  # local time with offset
    desk = ForeignKeyField(Desk)
    # first to last point in ms (models/signing_span.py), stored with the strokes so the recap never reads
    # them (migration 9); not part of the record: worked out here from the strokes, never taken from a file
    signing_ms = DoubleField(null=True)


class Void(BaseModel):
    """A void: the work of one desk, about one attendance. It counts when its desk recorded the
    attendance, or as an admin void of this database or of a hub's bundle (models/sync/voids.py).
    `attendance_id` is no foreign key: a void may arrive before the attendance it concerns."""

    id = CharField(primary_key=True)  # record_id(desk, uuid)
    attendance_id = CharField(index=True)
    desk = ForeignKeyField(Desk, backref="voids")
    voided_at = CharField()  # local time with offset
    voided_utc = CharField()
    reason = TextField()
    admin = BooleanField(default=False)  # a hub admin's void of another desk's record


class DeskDecision(BaseModel):
    """A hub admin's decision on a desk: reject (its records stop counting) or accept (undo)."""

    id = CharField(primary_key=True)  # record_id(deciding desk, uuid)
    desk = ForeignKeyField(Desk, backref="decisions")  # who decided
    target = CharField(index=True)  # the desk decided on (may not be known here yet)
    action = CharField()  # "reject" / "accept"
    reason = TextField(default="")
    decided_at = CharField()
    decided_utc = CharField()


class ReceivedFile(BaseModel):
    """A file merged here, kept byte for byte (decrypted) under the data folder's received/, so a
    bundle can pass it on with its desk's own signature."""

    sha256 = CharField(primary_key=True)
    kind = CharField()
    desk = CharField()  # the signer's id
    created_at = CharField()  # the file's own time
    merged_at = CharField()


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()  # JSON


ALL_MODELS = [Desk, Unit, Employee, CardAlias, PactText, Event, EventUnit, Attendance, Signature, Void, DeskDecision,
              ReceivedFile, Setting, Campaign, EventExpected]
