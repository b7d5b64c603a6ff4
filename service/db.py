"""Database backends of the review store: SQLite (default, one file) and PostgreSQL (many replicas).

The store writes its SQL once, with ``?`` placeholders and two dialect markers (``{blob}`` column type,
``{lock}`` row lock); a backend adapts them. Schema changes are numbered migrations applied in code at
start-up, under a lock (SQLite: the write transaction; PostgreSQL: an advisory lock), so that replicas
starting together migrate once.

Failures of the engine (disk full, read-only, corrupt file, lost connection) become `Unavailable`.
SQLite's reason is passed on (it never names values); PostgreSQL's messages can quote values, so only
its SQLSTATE class is.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from grooming_risk.service.errors import Unavailable

# Numbered migrations. {blob}: binary column type; {id}: auto-increment integer primary key.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE IF NOT EXISTS cases (
            case_id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            risk_score DOUBLE PRECISION NOT NULL,
            threshold DOUBLE PRECISION NOT NULL,
            indicators TEXT NOT NULL,
            model_version TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            state TEXT NOT NULL,
            messages_count INTEGER NOT NULL,
            key_id TEXT,
            conversation_enc {blob},
            content_enc {blob},
            verdict_at DOUBLE PRECISION,
            reviewer_id TEXT,
            note_enc {blob},
            retain_until DOUBLE PRECISION,
            erased_at DOUBLE PRECISION
        )""",
            "CREATE INDEX IF NOT EXISTS cases_queue ON cases (state, tenant_id, risk_score DESC, created_at)",
            "CREATE INDEX IF NOT EXISTS cases_created ON cases (created_at)",
            """CREATE TABLE IF NOT EXISTS audit_log (
            id {id}, at DOUBLE PRECISION NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, case_id TEXT,
            detail TEXT
        )""",
            """CREATE TABLE IF NOT EXISTS complaints (
            complaint_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, case_id TEXT, kind TEXT NOT NULL,
            received_at DOUBLE PRECISION NOT NULL, status TEXT NOT NULL, resolved_at DOUBLE PRECISION, key_id TEXT,
            details_enc {blob}
        )""",
            """CREATE TABLE IF NOT EXISTS counters (
            day TEXT NOT NULL, tenant_id TEXT NOT NULL, model_version TEXT NOT NULL, name TEXT NOT NULL,
            value BIGINT NOT NULL, PRIMARY KEY (day, tenant_id, model_version, name)
        )""",
            """CREATE TABLE IF NOT EXISTS threshold_history (
            id {id}, at DOUBLE PRECISION NOT NULL, tenant_id TEXT NOT NULL, old_threshold DOUBLE PRECISION,
            new_threshold DOUBLE PRECISION NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL
        )""",
            """CREATE TABLE IF NOT EXISTS policy_overrides (
            tenant_id TEXT PRIMARY KEY, overrides TEXT NOT NULL, updated_at DOUBLE PRECISION NOT NULL,
            actor TEXT NOT NULL, reason TEXT NOT NULL
        )""",
        ],
    ),
    (
        2,
        [
            # One row per key the store's data may be encrypted with: a known text encrypted with that key.
            # A keyring that lacks a registered key, or holds another key under its id, is refused at start
            # (service.review_store), and a writer re-reads its key's row in the transaction of each write.
            """CREATE TABLE IF NOT EXISTS key_check (
            key_id TEXT PRIMARY KEY, check_enc {blob} NOT NULL, registered_at DOUBLE PRECISION NOT NULL
        )""",
        ],
    ),
    (
        3,
        [
            # A keyed digest of a routed request (tenant, conversation and content): a caller that retries
            # the same request (say, after DEADLINE_EXCEEDED) gets the case already stored, not a second one.
            # Erased with the content; NULLs never conflict, in SQLite and PostgreSQL alike.
            "ALTER TABLE cases ADD COLUMN request_digest TEXT",
            "CREATE UNIQUE INDEX IF NOT EXISTS cases_request ON cases (tenant_id, request_digest)",
        ],
    ),
    (
        4,
        [
            # A confirmed case reported to an organisation acting in the public interest against child sexual
            # abuse (ReviewService.RecordReferral): which organisation and when, for the transparency report
            # (Regulation (EU) 2021/1232, Art. 3(1)(g)(vii), last indent). No content: the organisation's name,
            # its case-folded key (one referral per case and organisation), who recorded it and when.
            """CREATE TABLE IF NOT EXISTS referrals (
            case_id TEXT NOT NULL, organisation_key TEXT NOT NULL, organisation TEXT NOT NULL,
            referred_at DOUBLE PRECISION NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (case_id, organisation_key)
        )""",
            "CREATE INDEX IF NOT EXISTS referrals_at ON referrals (referred_at)",
        ],
    ),
    (
        5,
        [
            # Who is looking at a pending case right now (ReviewService.ClaimCase), so that two reviewers do
            # not read the same conversation twice; a claim lapses at expires_at and ends with the verdict.
            # Reviewer names only, no content; in the store (not in memory) so that replicas share claims.
            """CREATE TABLE IF NOT EXISTS case_claims (
            case_id TEXT PRIMARY KEY, reviewer_id TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL
        )""",
        ],
    ),
    (
        6,
        [
            # The note a reviewer gives with a complaint's outcome (ResolveComplaint), encrypted like the
            # complaint's details (it may quote the conversation), under the complaint's key.
            "ALTER TABLE complaints ADD COLUMN resolution_note_enc {blob}",
        ],
    ),
]
LATEST = max(version for version, _ in MIGRATIONS)
assert [v for v, _ in MIGRATIONS] == sorted({v for v, _ in MIGRATIONS}), "migrations: unique, in order"


class Backend:
    """One connection, used by one thread at a time (the store serialises access)."""

    dialect = ""
    lock = ""  # row-lock clause appended to reads that precede an update
    share_lock = ""  # row-lock clause for a read that must hold its row until commit (others may read it too)

    def transaction(self) -> Any:
        raise NotImplementedError

    def read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def compact(self) -> None:
        """Make erased content physically unrecoverable where the engine allows it."""

    def close(self) -> None:
        raise NotImplementedError

    def migrate(self) -> None:
        with self.transaction() as cur:
            self._lock_migrations(cur)
            cur.execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)")
            row = cur.execute("SELECT max(version) FROM schema_info").fetchone()
            current = row[0] if row and row[0] is not None else 0
            if current > LATEST:
                raise Unavailable("the review store was written by a newer version of grooming-risk")
            for version, statements in MIGRATIONS:
                if version > current:
                    for statement in statements:
                        cur.execute(statement.format(blob=self.blob_type, id=self.id_type))
                    cur.execute("INSERT INTO schema_info (version) VALUES (?)", (version,))

    blob_type = "BLOB"
    id_type = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def _lock_migrations(self, cur: Any) -> None:
        """Hold a lock that other replicas wait on while migrating."""

    def lock_keys(self, cur: Any) -> None:
        """Serialise keyring registration across replicas until the transaction ends (SQLite: BEGIN
        IMMEDIATE already does), so that of two replicas starting together with different keyrings only one
        registers its key and the other sees it and refuses."""


class SqliteBackend(Backend):
    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self.connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10.0)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=FULL")
            self.connection.execute("PRAGMA secure_delete=ON")
        except sqlite3.DatabaseError as exc:
            raise sqlite_unavailable(exc) from None

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        cur = self.connection.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            yield cur
            cur.execute("COMMIT")
        except BaseException as exc:
            if self.connection.in_transaction:
                with suppress(sqlite3.DatabaseError):
                    cur.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise sqlite_unavailable(exc) from None
            raise
        finally:
            cur.close()

    def read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise sqlite_unavailable(exc) from None

    def compact(self) -> None:
        """secure_delete zeroed the freed cells; checkpoint and truncate the WAL so no old page survives."""
        try:
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError as exc:
            raise sqlite_unavailable(exc) from None

    def close(self) -> None:
        self.connection.close()


def sqlite_unavailable(exc: sqlite3.DatabaseError) -> Unavailable:
    """SQLite's reason (e.g. "database or disk is full") names no content: safe to pass on."""
    return Unavailable(f"review store unavailable ({str(exc) or exc.__class__.__name__})")


class _PgCursor:
    """Cursor adapter: `?` placeholders, chainable execute like sqlite3's."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, args: Sequence[Any] = ()) -> _PgCursor:
        self._cursor.execute(sql.replace("?", "%s"), args)
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._cursor.executemany(sql.replace("?", "%s"), rows)

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


class PostgresBackend(Backend):
    dialect = "postgresql"
    lock = " FOR UPDATE"
    share_lock = " FOR SHARE"
    blob_type = "BYTEA"
    id_type = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"

    def __init__(self, url: str) -> None:
        self.url = url
        self._mutex = threading.Lock()
        self.connection: Any = None
        self._connect()

    def _connect(self) -> None:
        import psycopg

        try:
            self.connection = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise pg_unavailable(exc) from None

    def _ensure(self) -> None:
        if self.connection is None or self.connection.closed or self.connection.broken:
            self._connect()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        import psycopg

        try:
            self._ensure()
            with self.connection.transaction(), self.connection.cursor() as cur:
                yield _PgCursor(cur)
        except psycopg.Error as exc:
            raise pg_unavailable(exc) from None

    def read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        try:
            self._ensure()
            with self.connection.cursor() as cur:
                cur.execute(sql.replace("?", "%s"), args)
                return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in cur.fetchall()]
        except psycopg.Error as exc:
            raise pg_unavailable(exc) from None

    def _lock_migrations(self, cur: Any) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(741231)")  # one replica migrates; the others wait

    def lock_keys(self, cur: Any) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(741233)")  # one replica registers its key at a time

    def compact(self) -> None:
        """Reclaim dead row versions of erased content (their ciphertext) now rather than at autovacuum."""
        import psycopg

        try:
            self._ensure()
            self.connection.execute("VACUUM cases")
        except psycopg.Error as exc:
            raise pg_unavailable(exc) from None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()


def pg_unavailable(exc: Exception) -> Unavailable:
    """PostgreSQL messages can quote values: pass on the error class and SQLSTATE only."""
    state = getattr(exc, "sqlstate", None)
    return Unavailable(f"review store unavailable ({exc.__class__.__name__}{f' {state}' if state else ''})")


def open_backend(data_dir: Path, url: str | None) -> Backend:
    """PostgreSQL for postgresql:// URLs; otherwise the SQLite file review.db in the data directory."""
    if url and url.startswith(("postgresql://", "postgres://")):
        backend: Backend = PostgresBackend(url)
    elif url and url.startswith("sqlite:///"):
        backend = SqliteBackend(Path(url[len("sqlite:///") :]))
    elif url:
        raise ValueError("--db-url must start with postgresql:// or sqlite:///")
    else:
        backend = SqliteBackend(data_dir / "review.db")
    backend.migrate()
    return backend
