"""The local desk: one database is one desk, with an Ed25519 key pair made with it; its id is the
key's (crypto.desk_id_of), so a desk is its key."""
from __future__ import annotations

import os
import platform
import re

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ikrar.models import clock
from ikrar.models.errors import Refused
from ikrar.models.store import keyfile
from ikrar.models.store.connection import db, engine_name
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
    """This database's desk, made (with its key pair) the first time. On a server (a hub on
    PostgreSQL) the private key is in the operator's key file (store/keyfile.py), never in a row:
    it is read from there into the returned object, which Desk.save never writes back."""
    desk = Desk.get_or_none(Desk.is_local == 1)
    on_server = engine_name() == "postgresql"
    if desk is None:
        private_raw, public_raw = _new_key_pair()
        desk_id = desk_id_of(public_raw)
        if on_server:
            keyfile.write_key(desk_id, private_raw)  # before the row: a desk never lacks its key
        with db.atomic():
            desk = Desk.create(
                id=desk_id,
                name=name or suggested_desk_name(desk_id=desk_id),
                is_local=True,
                private_key=private_raw,
                public_key=public_raw,
                created_at=clock.iso(clock.now()),
            )
        desk.private_key = private_raw
    elif on_server:
        _key_from_file(desk)
    return desk


def _key_from_file(desk: Desk) -> None:
    """The server's row holds no private key; a key found there anyway (written by an older program or
    by hand) moves to the key file and leaves the server."""
    if desk.private_key:
        keyfile.write_key(desk.id, bytes(desk.private_key))
        Desk.update(private_key=None).where(Desk.id == desk.id).execute()
        return
    desk.private_key = keyfile.read_key(desk.id)


def local_desk() -> Desk:
    return ensure_local_desk()


def signing_key(desk: Desk | None = None) -> bytes:
    """The local desk's private key, to sign with; on a hub's server whose key file is not on this
    computer (another operator's, a reinstalled one) one sentence saying which file to copy here."""
    desk = desk or local_desk()
    if desk.private_key:
        return bytes(desk.private_key)
    path = keyfile.key_path(desk.id)
    raise Refused(f"Kunci tanda tangan hub ini tidak ada di komputer ini ({path}); salin berkas kunci itu dari "
                  "komputer operator yang pertama membuka hub ini, lalu coba lagi.",
                  f"This hub's signing key is not on this computer ({path}); copy that key file from the computer "
                  "of the operator who first opened this hub, then try again.", code="signing_key_missing")


def rename_local_desk(name: str) -> Desk:
    """Give this desk the name a person chose (checked: check_desk_name); files and reports carry it."""
    desk = local_desk()
    desk.name = check_desk_name(name)
    desk.save(only=[Desk.name])
    return desk


def local_desk_name() -> str:
    """The local desk's name without creating a desk (a report never writes)."""
    desk = Desk.get_or_none(Desk.is_local == 1)
    return desk.name if desk and desk.name else ""


# --- naming ------------------------------------------------------------------------------------
OLD_DEFAULT_NAME = "Meja 1"  # what every desk was called before a name was asked for (issue 11)
NAME_LIMIT = 40
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_GENERIC_HOSTS = {"", "localhost", "localhost.localdomain", "ubuntu", "debian", "raspberrypi"}


def check_desk_name(name: str) -> str:
    """The name as stored (spaces collapsed), or Refused with one sentence: empty, too long, unprintable."""
    name = " ".join(str(name or "").split())
    if not name:
        raise Refused("Nama meja tidak boleh kosong; misalnya \"Meja Pintu Utara\".",
                      "The desk's name cannot be empty; for example \"North Gate Desk\".", code="desk_name")
    if len(name) > NAME_LIMIT:
        raise Refused(f"Nama meja terlalu panjang: paling banyak {NAME_LIMIT} huruf, ini {len(name)}.",
                      f"The desk's name is too long: at most {NAME_LIMIT} characters, this one has {len(name)}.",
                      code="desk_name")
    if _UNPRINTABLE.search(name):
        raise Refused("Nama meja memuat karakter yang tidak dapat dicetak.",
                      "The desk's name holds a character that cannot be printed.", code="desk_name")
    return name


def computer_name() -> str:
    """This computer's name as Windows shows it (COMPUTERNAME), else the host name without its domain."""
    raw = os.environ.get("COMPUTERNAME") or platform.node() or ""
    return raw.split(".")[0].strip()


def suggested_desk_name(host: str | None = None, *, desk_id: str = "") -> str:
    """A name that tells this desk from the others: "Meja <computer name>" ("Meja LAPTOP-BKPSDM-03"),
    never the "Meja 1" every desk used to share; with no telling computer name, the start of the
    desk's id ("Meja 3F2A")."""
    host = computer_name() if host is None else host
    host = _UNPRINTABLE.sub("", " ".join(host.split()))
    if host.lower() in _GENERIC_HOSTS:
        host = desk_id[:4].upper() if desk_id else "baru"
    return f"Meja {host}"[:NAME_LIMIT].rstrip()


def is_named(desk: Desk | None = None) -> bool:
    """False while the local desk still has the name every desk used to share."""
    desk = desk or Desk.get_or_none(Desk.is_local == 1)
    return bool(desk and desk.name and desk.name != OLD_DEFAULT_NAME)
