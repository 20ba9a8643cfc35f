"""A throwaway PostgreSQL server for the tests (IKRAR_TEST_DB=postgresql): a cluster in a temporary
folder, run as an unprivileged user (initdb refuses root), listening on a Unix socket only, no fsync
(nothing in it outlives the run). tests/conftest.py starts one per session unless IKRAR_TEST_PG_URL
names a server already running; .ci/run starts one with this script and passes its URL:

    python tests/pg_cluster.py start DIR   # prints the admin URL (postgresql://USER@/postgres?host=DIR)
    python tests/pg_cluster.py stop DIR
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

USER = "ikrarpg"  # the unprivileged user the server runs as when the tests run as root


def bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if not versions:
        raise RuntimeError("PostgreSQL is not installed (no pg_ctl): apt-get install postgresql")
    return Path(versions[-1]).parent


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
    return ["runuser", "-u", USER, "--", *argv]


def server_user() -> str:
    return USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name


def start(folder: str | os.PathLike) -> str:
    """Make and start a cluster in *folder* (made if missing); returns the admin URL."""
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        _as_server_user(["true"])  # makes the user if missing
        shutil.chown(folder, USER)
    data, pg = folder / "data", bin_dir()
    subprocess.run(_as_server_user([str(pg / "initdb"), "-D", str(data), "-A", "trust", "-U", server_user(),
                                    "-E", "UTF8", "--no-sync", "--locale=C.UTF-8"]),
                   check=True, stdout=subprocess.DEVNULL)
    options = (f"-c listen_addresses='' -c unix_socket_directories={folder} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    subprocess.run(_as_server_user([str(pg / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                                    "-o", options, "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
    return f"postgresql://{server_user()}@/postgres?host={folder}"


def stop(folder: str | os.PathLike) -> None:
    folder = Path(folder).resolve()
    subprocess.run(_as_server_user([str(bin_dir() / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                                    "-w", "stop"]), check=False, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    action, where = sys.argv[1], sys.argv[2]
    if action == "start":
        print(start(where))
    else:
        stop(where)
