"""Real PostgreSQL and Redis servers for the tests, started on free ports (Debian postgresql, redis-server).

Without the binaries the tests that need them are skipped, unless GROOMING_RISK_REQUIRE_INTEGRATION=1 (as
`.ci/run` sets it), which turns a missing binary into a failure.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE = os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _missing(what: str) -> None:
    if REQUIRE:
        pytest.fail(f"{what} is required for the integration tests (.ci/run installs it)")
    pytest.skip(f"{what} is not installed")


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run PostgreSQL as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Postgres:
    def __init__(self) -> None:
        bindir = _pg_bin()
        if bindir is None:
            _missing("PostgreSQL (Debian package postgresql)")
        self.bindir = bindir
        # Not under pytest's temporary directories: their parents are private to root, and PostgreSQL runs as
        # the postgres user when the tests run as root.
        self.base = Path(tempfile.mkdtemp(prefix="grooming-risk-pg-"))
        self.dir = self.base / "pgdata"
        self.sockets = self.base / "pgsock"
        self.port = free_port()
        self.sockets.mkdir()
        if os.geteuid() == 0:
            uid = pwd.getpwnam("postgres").pw_uid
            os.chmod(self.base, 0o755)
            os.chown(self.sockets, uid, -1)
            self.dir.mkdir()
            os.chown(self.dir, uid, -1)
        subprocess.run(
            _as_postgres([str(bindir / "initdb"), "-D", str(self.dir), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
            check=True,
            capture_output=True,
        )
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_postgres(
                [str(bindir / "pg_ctl"), "-D", str(self.dir), "-o", options, "-l", str(self.dir / "log"), "-w", "start"]
            ),
            check=True,
            capture_output=True,
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "stop"]), capture_output=True
        )
        shutil.rmtree(self.base, ignore_errors=True)


class Redis:
    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            _missing("Redis (Debian package redis-server)")
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(binary), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import redis

        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        client.close()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    server = Postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[Redis]:
    server = Redis()
    yield server
    server.stop()
