"""A throwaway PostgreSQL server on loopback for the tests (see ../../shared/machine-setup.md).

`PgServer.start()` runs initdb into a fresh data folder under the system temp folder, starts the
server on 127.0.0.1 on a free port (its socket in that folder too) and waits until it accepts
connections; `stop()` stops it (fast shutdown) and removes the folder. As root the server binaries
run as the `postgres` user (`runuser -u postgres`), as PostgreSQL refuses to run as root.

`TEMPLATE` is a database migrated through every alembic revision once (the `pg_server` fixture
does that). `fresh_database()` gives a new copy of it (CREATE DATABASE ... TEMPLATE, ~0.3 s);
tests share one copy instead, emptied between tests by `empty()` (DELETE of every table but
alembic_version, a few ms), which ends any connection a test left open first.

The binaries are looked up in /usr/lib/postgresql/<version>/bin (newest first), then on PATH. When
they are missing the caller fails the test run with `MISSING` (they are part of `make test`'s
system packages: scripts/system-deps.sh test installs `postgresql`).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

MISSING = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: "
    "install them with `apt-get install -y postgresql` (scripts/system-deps.sh test does it for `make test`)"
)
TEMPLATE = "pos_template"


def find_bin_dir() -> Path | None:
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
        reverse=True,
    )
    if versions:
        return versions[0].parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="pos-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self._names = itertools.count(1)
        self.started = False

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            output = f"{result.stderr}{result.stdout}\n{tail}"
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{output}")

    def start(self) -> PgServer:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o700)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            timeout=120,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.started = True
        return self

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> Any:
        import psycopg  # the test extra; imported here so that SQLite-only runs never need it

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True)

    def create(self, name: str, template: str | None = None) -> str:
        with self._admin() as conn:
            copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def empty(self, name: str) -> None:
        """Delete every row of database `name` except its schema revision."""
        with self._admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=name, autocommit=True) as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"
                )
            ]
            with conn.transaction():  # DELETE beats TRUNCATE on a few rows; no FK order needed as replica
                conn.execute("SET LOCAL session_replication_role = replica")
                for table in tables:
                    conn.execute(f'DELETE FROM "{table}"')

    def fresh_database(self) -> tuple[str, str]:
        """(name, URL) of a new database copied from the migrated template."""
        name = f"pos_test_{next(self._names)}"
        return name, self.create(name, TEMPLATE)
