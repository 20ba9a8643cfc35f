"""Which database this user's window and commands open when neither --db nor IKRAR_DB names one.

The choice is kept outside the database, because it chooses the database: a small JSON file in the
user's config folder (platformdirs user_config_dir "Ikrar"), `{}` for the desk's own file in the data
folder (the default, also when there is no file) or `{"server": "postgresql://..."}` for a hub's server.
The address never holds a password: libpq reads it from the user's pgpass file (PGPASSFILE), so no
password sits in a plain file here. --db and IKRAR_DB win over it (ui/cli/database.py)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from platformdirs import user_config_dir
from playhouse.db_url import parse as parse_url

from ikrar.models.store.connection import ServerRefused, db, engine_name
from ikrar.models.store.pg_schema import require_trigram
from ikrar.models.store.postgres import SCHEMES, open_server, shown

FILE_NAME = "database.json"
TRY_TIMEOUT = 10  # seconds "Uji sambungan" waits for a server that does not answer (libpq's connect_timeout)

# Tests only (tests/conftest.py): the folder the choice file is kept in instead of the user's config
# folder, so a developer's own choice of server never reaches a test.
folder_override: Path | None = None


def choice_file() -> Path:
    folder = folder_override or Path(user_config_dir("Ikrar", appauthor=False))
    return folder / FILE_NAME


def _refused(id_text: str, en_text: str, where: str | None = None) -> ServerRefused:
    return ServerRefused(id_text, en_text, where, code="db_address")


def _has_password(address: str) -> bool:
    parts = urlsplit(address)
    return parts.password is not None or any(key.lower() == "password" for key in parse_qs(parts.query))


def check_address(text: str) -> str:
    """The server address *text* (stripped) if it may be kept, else ServerRefused with one sentence:
    empty, another scheme, a password in it, no database name, or not readable as an address."""
    address = text.strip()
    if not address:
        raise _refused("Tulis alamat server, misalnya postgresql://ikrar@db.bkpsdm.local/ikrar_hub.",
                       "Write the server's address, for example postgresql://ikrar@db.bkpsdm.local/ikrar_hub.")
    if "://" not in address or address.split("://", 1)[0].lower() not in SCHEMES:
        raise _refused(f"Alamat \"{address}\" bukan alamat server PostgreSQL; tulis alamat yang dimulai dengan "
                       "postgresql://, misalnya postgresql://ikrar@db.bkpsdm.local/ikrar_hub.",
                       f"\"{address}\" is not a PostgreSQL server address; write one that starts with postgresql://, "
                       "for example postgresql://ikrar@db.bkpsdm.local/ikrar_hub.", address)
    try:
        password = _has_password(address)
        database = parse_url(address).get("database")
        urlsplit(address).port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise _refused(f"Alamat server \"{shown(address)}\" tidak dapat dibaca ({exc}); tulis seperti "
                       "postgresql://pengguna@host:5432/nama_basis_data.",
                       f"The server address \"{shown(address)}\" cannot be read ({exc}); write it like "
                       "postgresql://user@host:5432/database_name.", address) from exc
    if password:
        raise _refused("Alamat server tidak boleh memuat kata sandi (tersimpan di berkas biasa); hapus sandinya dan "
                       "simpan di berkas pgpass pengguna ini (PGPASSFILE).",
                       "The server address must not hold a password (it would sit in a plain file); take it out and "
                       "keep it in this user's pgpass file (PGPASSFILE).")
    if not database:
        raise _refused(f"Alamat server {address} tidak menyebut nama basis data; tulis postgresql://pengguna@host/NAMA.",
                       f"The server address {address} names no database; write postgresql://user@host/NAME.", address)
    return address


def read_choice() -> str | None:
    """The saved server address, or None for the desk's own file (no choice file, or `{}`). A file that
    cannot be read, or holds an address that may not be used, is refused naming the file."""
    path = choice_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or str(exc)) from exc
    try:
        saved = json.loads(text)
        if not isinstance(saved, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        raise _cannot_read(path, str(exc)) from exc
    server = saved.get("server")
    if server is None:
        return None
    if not isinstance(server, str):
        raise _cannot_read(path, "\"server\" is not text")
    try:
        return check_address(server)
    except ServerRefused as exc:
        said = exc.refused
        raise ServerRefused(f"{path}: {said.id_text}", f"{path}: {said.en_text}", str(path), code=said.code) from exc


def _cannot_read(path: Path, reason: str) -> ServerRefused:
    return ServerRefused(
        f"Berkas pilihan basis data {path} tidak dapat dibaca ({reason}); hapus berkas itu, lalu Ikrar memakai "
        "berkas di komputer ini lagi dan server dapat dipilih kembali di Pengaturan.",
        f"The database choice file {path} cannot be read ({reason}); delete it, and Ikrar uses this computer's "
        "file again and the server can be chosen again in Settings.", str(path), code="db_choice")


def save_choice(address: str | None) -> Path:
    """Keep *address* (a server, checked first: check_address) or None (the desk's own file) as this
    user's choice; written whole or not at all (a new file renamed over the old one)."""
    content = {} if address is None else {"server": check_address(address)}
    path = choice_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    partial.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return path


def try_server(address: str) -> str:
    """Open a connection to the server *address* names (on the calling thread, not bound to the program's
    database), check it has pg_trgm, close it; its label (server_label) when it works, else ServerRefused
    with store's sentence (no server, no such role or database, no driver, no pg_trgm)."""
    address = check_address(address)
    database = open_server(address, connect_timeout=TRY_TIMEOUT)
    try:
        require_trigram(database)
    finally:
        database.close()
    return server_label(address)


def server_label(address: str) -> str:
    """"host:port/database" (a Unix socket's folder for host), as the start screen shows a server: no
    user, never a password."""
    parts = urlsplit(address)
    host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
    try:
        port = parts.port
    except ValueError:
        port = None
    name = parts.path.lstrip("/")
    return f"{host}{f':{port}' if port else ''}/{name}"


def open_server_label() -> str | None:
    """The open database's server label, or None when it is a file (a desk's SQLite)."""
    if engine_name() != "postgresql":
        return None
    return server_label(db.obj.ikrar_path)
