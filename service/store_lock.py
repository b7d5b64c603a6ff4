"""Who may use a review store at the same time: servers share it, a key rotation must have it alone.

SQLite (one file in the data directory): a lock file next to it, ``review.db.lock``, locked with
``flock`` — the kernel drops the lock when its process dies, even by ``kill -9``, so a crash never leaves a
store locked. A server locks it exclusively: a second server on the same data directory is refused (replicas
share a store through ``--db-url``). The workers of one ``serve --processes N`` supervisor share it: they
take a shared lock, and the file names their supervisor (their parent process), so that workers of another
supervisor are refused too. ``rotate-key`` takes it exclusively and so refuses while any server runs.

PostgreSQL (``--db-url``): a session-level advisory lock on a connection of its own, held shared by every
running replica and taken exclusively by ``rotate-key``.

``purge``, ``report`` and the reviewer console take no lock: they run beside a server (cron purge) and never
encrypt with a key a rotation could drop. Rotation is also safe without the lock (`ReviewStore.drop_keys`
only retires a key no row uses, and a writer re-checks its key in each write); the lock keeps a rotation from
re-encrypting under a server that would then lack the new key.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

from grooming_risk.service.db import pg_unavailable

ADVISORY_KEY = 741232  # 741231: migrations, 741233: key registration (service.db)


class StoreBusy(ValueError):
    """Another process holds the review store in a way that excludes this one (the message says which)."""


class StoreLock:
    """A held lock; `release` is idempotent (also called when a server that failed to start is discarded)."""

    def release(self) -> None:
        raise NotImplementedError


def sqlite_path(data_dir: Path, db_url: str | None) -> Path | None:
    """The SQLite file a store uses (as `service.db.open_backend` picks it), or None for PostgreSQL."""
    if db_url is None:
        return data_dir / "review.db"
    if db_url.startswith("sqlite:///"):
        return Path(db_url[len("sqlite:///") :])
    return None


class _FileLock(StoreLock):
    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def __del__(self) -> None:
        self.release()


class _PgLock(StoreLock):
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def release(self) -> None:
        if self._connection is not None:
            self._connection.close()  # a session-level advisory lock ends with its session
            self._connection = None


def _holder(fd: int) -> str:
    return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()


def _write_holder(fd: int, text: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode(), 0)


def _try(fd: int, operation: int) -> bool:
    try:
        fcntl.flock(fd, operation | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _open_lock_file(database: Path) -> tuple[int, Path]:
    path = database.with_name(database.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600), path


def _busy_for_server(directory: Path, holder: str) -> StoreBusy:
    return StoreBusy(
        f"the review store in {directory} is in use by another grooming-risk process ({holder or 'unknown'}): "
        "two servers must not share one data directory. Use `serve --processes N` for more cores on one "
        "machine, or replicas that share a --db-url (PostgreSQL) store"
    )


def _lock_file_for_server(database: Path, worker: bool) -> StoreLock:
    fd, path = _open_lock_file(database)
    try:
        if not worker:
            if not _try(fd, fcntl.LOCK_EX):
                raise _busy_for_server(path.parent, _holder(fd))
            _write_holder(fd, f"server pid {os.getpid()}")
            return _FileLock(fd)
        mine = f"workers of supervisor pid {os.getppid()}"
        if _try(fd, fcntl.LOCK_EX):  # the first worker: claim the file for this supervisor, then share it
            _write_holder(fd, mine)
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        elif not _try(fd, fcntl.LOCK_SH):
            raise _busy_for_server(path.parent, _holder(fd))
        holder = _holder(fd)  # read after locking: another supervisor may have claimed it in between
        if holder != mine:
            raise _busy_for_server(path.parent, holder)
        return _FileLock(fd)
    except BaseException:
        os.close(fd)
        raise


def _pg_connect(url: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise pg_unavailable(exc) from None


def lock_for_server(data_dir: Path, db_url: str | None, worker: bool = False) -> StoreLock:
    """The lock a running server holds until it stops (StoreBusy if it may not use the store now)."""
    database = sqlite_path(data_dir, db_url)
    if database is not None:
        return _lock_file_for_server(database, worker)
    assert db_url is not None
    connection = _pg_connect(db_url)
    if not connection.execute("SELECT pg_try_advisory_lock_shared(%s)", (ADVISORY_KEY,)).fetchone()[0]:
        connection.close()
        raise StoreBusy("a key rotation (rotate-key) is running on this --db-url review store; start when it ends")
    return _PgLock(connection)


def lock_for_rotation(data_dir: Path, db_url: str | None) -> StoreLock:
    """The store alone, for `rotate-key` (StoreBusy while any server or worker runs on it)."""
    advice = "stop it first: a running server would keep encrypting with the old key and could not read the new one"
    database = sqlite_path(data_dir, db_url)
    if database is not None:
        fd, path = _open_lock_file(database)
        if not _try(fd, fcntl.LOCK_EX):
            holder = _holder(fd)
            os.close(fd)
            raise StoreBusy(f"the review store in {path.parent} is in use by a running server ({holder}): {advice}")
        _write_holder(fd, f"rotate-key pid {os.getpid()}")
        return _FileLock(fd)
    assert db_url is not None
    connection = _pg_connect(db_url)
    if not connection.execute("SELECT pg_try_advisory_lock(%s)", (ADVISORY_KEY,)).fetchone()[0]:
        holders = connection.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = %s"
            " AND objsubid = 1 AND granted",
            (ADVISORY_KEY,),
        ).fetchone()[0]
        connection.close()
        raise StoreBusy(f"the --db-url review store is in use by {holders} running server(s): {advice}")
    return _PgLock(connection)
