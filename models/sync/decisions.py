"""A hub admin's decisions on desks, and what follows from them.

Every merged desk counts until an admin rejects it: `reject` (its records stop counting everywhere:
kept, and shown voided with the reason), `accept` (undo), `trust` (count the decisions in this hub's
bundles: its rejections and admin voids). Decisions are records of the deciding desk. This database's
own decisions rule; a trusted hub's decisions count where this database has none on that desk.
A hub's decisions never count before this database's admin trusts it: a bundle signed by any new key
could otherwise reject every honest desk.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from ikrar.models import clock, settings
from ikrar.models.desk import local_desk
from ikrar.models.errors import AlreadyDone, NotFound, Refused
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Desk, DeskDecision, record_id
from ikrar.models.sync.crypto import fingerprint
from ikrar.models.voids import refresh, utc_key

ACTIONS = ("reject", "accept", "trust")


@dataclass(frozen=True)
class DeskRow:
    """A desk as `ikrar desk list` and the sync screen show it."""

    id: str
    name: str
    fingerprint: str
    is_local: bool
    rejected: bool
    reject_reason: str
    hub_trusted: bool
    records: int
    first_seen: str


def find_desk(key: str) -> Desk:
    """A desk by id or fingerprint, or an unambiguous start of either ('ab12 cd34' works too)."""
    wanted = re.sub(r"[\s:-]", "", key or "").lower()
    if len(wanted) < 4:
        raise NotFound("Sebutkan meja dengan sidik jarinya (paling sedikit 4 huruf/angka).",
                       "Name the desk by its fingerprint (at least 4 characters).", code="desk")
    matches = list(Desk.select().where(Desk.id.startswith(wanted)).limit(2))
    if not matches:
        raise NotFound(f"Meja '{key}' tidak dikenal di basis data ini (ikrar desk list).",
                       f"Desk '{key}' is not known in this database (ikrar desk list).", code="desk")
    if len(matches) > 1:
        raise NotFound(f"'{key}' cocok dengan lebih dari satu meja; ketik lebih panjang.",
                       f"'{key}' matches more than one desk; type more of it.", code="desk")
    return matches[0]


def decide(key: str, action: str, *, reason: str = "", pin: str | None = None) -> Desk:
    """This database's admin decides on a desk. Exit code 3 (AlreadyDone) when it is already so."""
    if action not in ACTIONS:
        raise ValueError(action)
    if settings.has_admin_pin() and not settings.check_admin_pin(pin or ""):
        raise Refused("PIN admin salah.", "Wrong admin PIN.", code="pin")
    if action == "reject" and not reason.strip():
        raise Refused("Tuliskan alasan penolakan (--reason).", "Write the reason for the rejection (--reason).",
                      code="reason")
    desk, me = find_desk(key), local_desk()
    if desk.id == me.id:
        raise Refused("Meja ini sendiri tidak dapat ditolak atau dipercaya.",
                      "This desk itself cannot be rejected or trusted.", code="own_desk")
    state = "reject" if desk.rejected else ("trust" if desk.hub_trusted else "accept")
    if state == action:
        raise AlreadyDone(f"Meja '{desk.name}' ({fingerprint(desk.public_key)}) sudah {_WORD[action][0]}.",
                          f"Desk '{desk.name}' ({fingerprint(desk.public_key)}) is already {_WORD[action][1]}.",
                          code=f"already_{action}")
    moment = clock.now()
    last = (DeskDecision.select(DeskDecision.decided_at).where(DeskDecision.desk == me.id)
            .order_by(DeskDecision.decided_utc.desc()).scalar())
    if last and clock.parse_iso(last) >= moment:  # one desk's decisions keep their order, whatever the clock
        moment = clock.parse_iso(last).astimezone(moment.tzinfo) + timedelta(milliseconds=1)
    moment = clock.iso(moment)
    with dialect.serialized():
        DeskDecision.create(id=record_id(me.id), desk=me, target=desk.id, action=action, reason=reason.strip(),
                            decided_at=moment, decided_utc=utc_key(moment))
        recompute()
    return Desk.get_by_id(desk.id)


_WORD = {"reject": ("ditolak", "rejected"), "accept": ("diterima", "accepted"),
         "trust": ("dipercaya sebagai hub", "trusted as a hub")}


def recompute() -> None:
    """Work out every desk's state from the stored decisions and refresh what changed."""
    me = local_desk().id
    latest: dict[tuple[str, str], DeskDecision] = {}  # (decider, target) -> the latest decision
    for d in DeskDecision.select().order_by(DeskDecision.decided_utc, DeskDecision.decided_at, DeskDecision.id):
        latest[(d.desk_id, d.target)] = d
    mine = {target: d for (decider, target), d in latest.items() if decider == me}
    trusted = {t for t, d in mine.items() if d.action == "trust"}
    state: dict[str, DeskDecision] = dict(mine)
    for (decider, target), d in latest.items():  # trusted hubs rule where this database has not decided
        ruling = decider in trusted and target not in mine and d.action != "trust"
        if ruling and (target not in state or _order(d) > _order(state[target])):
            state[target] = d
    changed = []
    # plain tuples of the columns it compares: a hub meets a desk a file, and building every Desk as a
    # peewee object after every file was 100 s of a 531-s merge of 2,000 files (bench_hub.py)
    columns = ("rejected", "hub_trusted", "rejected_at", "rejected_by", "reject_reason")
    for desk_id, is_local, *now in Desk.select(Desk.id, Desk.is_local, *(getattr(Desk, c) for c in columns)).tuples():
        d = state.get(desk_id)
        rejected = d is not None and d.action == "reject" and not is_local
        values = dict(rejected=rejected, hub_trusted=desk_id in trusted,
                      rejected_at=d.decided_at if rejected else None, rejected_by=d.desk_id if rejected else None,
                      reject_reason=d.reason if rejected else None)
        if any(bool(old) != new if isinstance(new, bool) else old != new
               for old, new in zip(now, values.values(), strict=True)):
            Desk.update(**values).where(Desk.id == desk_id).execute()
            changed.append(desk_id)
    if changed:
        refresh(desk_ids=changed)


def _order(d: DeskDecision) -> tuple:
    return d.decided_utc, d.decided_at, d.id


def list_desks() -> list[DeskRow]:
    counts = dict(db.execute_sql("SELECT desk_id, COUNT(*) FROM attendance GROUP BY desk_id").fetchall())
    rows = [DeskRow(d.id, d.name, fingerprint(d.public_key) if d.public_key else d.id[:16], bool(d.is_local),
                    bool(d.rejected), d.reject_reason or "", bool(d.hub_trusted), counts.get(d.id, 0),
                    d.trusted_at or d.created_at)
            for d in Desk.select()]
    return sorted(rows, key=lambda r: (not r.is_local, r.name.lower(), r.id))
