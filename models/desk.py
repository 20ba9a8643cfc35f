"""The local desk: one database is one desk, with an Ed25519 key pair made with it; its id is the
key's (crypto.desk_id_of), so a desk is its key."""
from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ikrar.models import clock
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Desk
from ikrar.models.sync.crypto import desk_id_of


def _new_key_pair() -> tuple[bytes, bytes]:
    private = Ed25519PrivateKey.generate()
    private_raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return private_raw, public_raw


def ensure_local_desk(name: str = "") -> Desk:
    desk = Desk.get_or_none(Desk.is_local == 1)
    if desk is None:
        private_raw, public_raw = _new_key_pair()
        with db.atomic():
            desk = Desk.create(
                id=desk_id_of(public_raw),
                name=name or "Meja 1",
                is_local=True,
                private_key=private_raw,
                public_key=public_raw,
                created_at=clock.iso(clock.now()),
            )
    return desk


def local_desk() -> Desk:
    return ensure_local_desk()


def rename_local_desk(name: str) -> Desk:
    desk = local_desk()
    desk.name = name.strip() or desk.name
    desk.save()
    return desk


def local_desk_name() -> str:
    """The local desk's name without creating a desk (a report never writes)."""
    desk = Desk.get_or_none(Desk.is_local == 1)
    return desk.name if desk and desk.name else ""
