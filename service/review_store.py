"""The review store: routed cases (content encrypted), verdicts, complaints, audit log, persisted counters.

SQLite by default (one file in the data directory, WAL mode, ``secure_delete`` so erased content is
overwritten rather than left in free pages), PostgreSQL for many replicas (`service.db`). Only routed
conversations ever reach this module; discarded ones move nothing but the day's counters (numbers only).

Erasure is real: a false positive keeps only score, indicators, model version, tenant, timestamps and
verdict (for error-rate statistics); its encrypted content, conversation id and notes are deleted, then
the write-ahead log is checkpointed and truncated so no copy of the old page survives in it.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.crypto import Keyring
from service.db import Backend, SqliteBackend, open_backend
from service.errors import Conflict, InvalidRequest, NotFound, Unavailable

PENDING, CONFIRMED, FALSE_POSITIVE, EXPIRED = "PENDING", "CONFIRMED", "FALSE_POSITIVE", "EXPIRED"
STATES = (PENDING, CONFIRMED, FALSE_POSITIVE, EXPIRED)
MAX_RETENTION_DAYS = 365


@dataclass(frozen=True)
class NewCase:
    tenant_id: str
    conversation_id: str
    risk_score: float
    threshold: float
    indicators: Sequence[str]
    model_version: str
    messages_count: int
    content: dict[str, Any]  # participants, messages (with their indicator marks), suspect


@dataclass(frozen=True)
class CaseRecord:
    case_id: str
    tenant_id: str
    risk_score: float
    threshold: float
    indicators: tuple[str, ...]
    model_version: str
    created_at: float
    state: str
    messages_count: int
    conversation_id: str | None  # None once erased (or when not decrypted)
    verdict_at: float | None
    reviewer_id: str | None
    erased_at: float | None
    content: dict[str, Any] | None = None  # only from get_case


@dataclass(frozen=True)
class Complaint:
    complaint_id: str
    tenant_id: str
    case_id: str | None
    kind: str
    received_at: float
    status: str
    resolved_at: float | None


class ReviewStore:
    """Thread-safe store on one SQLite connection (routed traffic is small; counters are batched)."""

    def __init__(self, where: Path | Backend, keyring: Keyring | None, clock: Callable[[], float] = time.time) -> None:
        """`where`: a SQLite file path or an open backend. `keyring` may be None for tools that only count and
        purge (report, purge)."""
        self._db = where if isinstance(where, Backend) else SqliteBackend(where)
        if not isinstance(where, Backend):
            self._db.migrate()
        self.keyring = keyring
        self.clock = clock
        self._lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: Path, db_url: str | None, keyring: Keyring | None) -> ReviewStore:
        return cls(open_backend(data_dir, db_url), keyring)

    @property
    def dialect(self) -> str:
        return self._db.dialect

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        """A write transaction; engine failures (full, read-only, corrupt, disconnected) become Unavailable."""
        with self._lock, self._db.transaction() as cur:
            yield cur

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.read(sql, args)

    def check(self) -> None:
        """Raise Unavailable unless a case-sized write would succeed (probe written, then rolled back)."""

        class _Probe(Exception):
            pass

        try:
            with self._tx() as cur:
                cur.execute("INSERT INTO audit_log (at, actor, action) VALUES (0, 'health', ?)", ("x" * 65536,))
                raise _Probe
        except _Probe:
            return

    # --- encryption helpers -----------------------------------------------------------------------
    def _keys(self) -> Keyring:
        if self.keyring is None:
            raise Unavailable("no encryption keyring is configured")
        return self.keyring

    def _seal(self, case_id: str, column: str, value: Any) -> tuple[str, bytes]:
        return self._keys().encrypt(json.dumps(value, ensure_ascii=False).encode(), f"{case_id}/{column}")

    def _open(self, case_id: str, column: str, key_id: str, blob: bytes | None) -> Any:
        if blob is None:
            return None
        return json.loads(self._keys().decrypt(key_id, bytes(blob), f"{case_id}/{column}"))

    # --- cases ------------------------------------------------------------------------------------
    def create_case(self, case: NewCase) -> str:
        """Store a routed case durably (committed before the id is returned)."""
        case_id = uuid.uuid4().hex
        key_id, conversation = self._seal(case_id, "conversation", case.conversation_id)
        _, content = self._seal(case_id, "content", case.content)
        try:
            with self._tx() as cur:
                cur.execute(
                    "INSERT INTO cases (case_id, tenant_id, risk_score, threshold, indicators, model_version,"
                    " created_at, state, messages_count, key_id, conversation_enc, content_enc)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        case_id,
                        case.tenant_id,
                        case.risk_score,
                        case.threshold,
                        json.dumps(list(case.indicators)),
                        case.model_version,
                        self.clock(),
                        PENDING,
                        case.messages_count,
                        key_id,
                        conversation,
                        content,
                    ),
                )
        except Unavailable as exc:
            raise Unavailable(f"the case could not be stored: {exc}") from None
        return case_id

    def _record(self, row: tuple[Any, ...], with_content: bool, decrypt: bool = True) -> CaseRecord:
        """A CaseRecord from a row of _COLUMNS; decrypts the conversation id (and content if asked)."""
        (case_id, tenant, score, threshold, indicators, version, created, state, count, key_id, conv, content,
         verdict_at, reviewer, erased_at) = row  # fmt: skip
        conversation = self._open(case_id, "conversation", key_id, conv) if decrypt and conv is not None else None
        body = self._open(case_id, "content", key_id, content) if with_content and content is not None else None
        return CaseRecord(
            case_id,
            tenant,
            score,
            threshold,
            tuple(json.loads(indicators)),
            version,
            created,
            state,
            count,
            conversation,
            verdict_at,
            reviewer,
            erased_at,
            body,
        )

    _COLUMNS = (
        "case_id, tenant_id, risk_score, threshold, indicators, model_version, created_at, state,"
        " messages_count, key_id, conversation_enc, {content}, verdict_at, reviewer_id, erased_at"
    )

    def list_cases(
        self, tenant_id: str | None, state: str, page_size: int, page_token: str | None
    ) -> tuple[list[CaseRecord], str | None]:
        """Cases in `state`, highest risk first (then oldest first); opaque page token for the next page."""
        if state not in STATES:
            raise InvalidRequest("state is not a known case state")
        offset = 0
        if page_token:
            try:
                offset = int(page_token)
                if offset < 0:
                    raise ValueError
            except ValueError:
                raise InvalidRequest("page_token is not valid") from None
        sql = f"SELECT {self._COLUMNS.format(content='NULL')} FROM cases WHERE state = ?"
        args: list[Any] = [state]
        if tenant_id:
            sql += " AND tenant_id = ?"
            args.append(tenant_id)
        sql += " ORDER BY risk_score DESC, created_at ASC, case_id ASC LIMIT ? OFFSET ?"
        rows = self._read(sql, [*args, page_size + 1, offset])
        records = [self._record(r, False) for r in rows[:page_size]]
        return records, (str(offset + page_size) if len(rows) > page_size else None)

    def get_case(self, case_id: str, actor: str) -> CaseRecord:
        """A case with its decrypted content; every read is audited. NOT_FOUND once content is erased."""
        rows = self._read(
            f"SELECT {self._COLUMNS.format(content='content_enc')} FROM cases WHERE case_id = ?", (case_id,)
        )
        if not rows or rows[0][11] is None:  # column 11: content_enc
            raise NotFound("no case with this id, or its content has been erased")
        record = self._record(rows[0], True)
        self.audit(actor, "read_case", case_id)
        return record

    def case_summary(self, case_id: str, decrypt: bool = True) -> CaseRecord:
        rows = self._read(f"SELECT {self._COLUMNS.format(content='NULL')} FROM cases WHERE case_id = ?", (case_id,))
        if not rows:
            raise NotFound("no case with this id")
        return self._record(rows[0], False, decrypt)

    def submit_verdict(
        self, case_id: str, verdict: str, reviewer_id: str, note: str, retention_days: int
    ) -> CaseRecord:
        """Record a verdict once. FALSE_POSITIVE erases the content at once; CONFIRMED keeps it for retention."""
        if verdict not in (CONFIRMED, FALSE_POSITIVE):
            raise InvalidRequest("verdict must be CONFIRMED or FALSE_POSITIVE")
        if not 1 <= retention_days <= MAX_RETENTION_DAYS:
            raise InvalidRequest(f"retention must be between 1 and {MAX_RETENTION_DAYS} days")
        now = self.clock()
        with self._tx() as cur:
            row = cur.execute(
                f"SELECT state, key_id, created_at FROM cases WHERE case_id = ?{self._db.lock}", (case_id,)
            ).fetchone()
            if row is None:
                raise NotFound("no case with this id")
            if row[0] != PENDING:
                raise Conflict("this case already has a verdict or has expired")
            if verdict == FALSE_POSITIVE:
                cur.execute(
                    "UPDATE cases SET state = ?, verdict_at = ?, reviewer_id = ?, conversation_enc = NULL,"
                    " content_enc = NULL, note_enc = NULL, key_id = NULL, erased_at = ? WHERE case_id = ?",
                    (FALSE_POSITIVE, now, reviewer_id, now, case_id),
                )
            else:
                note_blob = (
                    self.keyring.encrypt_with(row[1], json.dumps(note, ensure_ascii=False).encode(), f"{case_id}/note")
                    if note
                    else None
                )
                cur.execute(
                    "UPDATE cases SET state = ?, verdict_at = ?, reviewer_id = ?, note_enc = ?, retain_until = ?"
                    " WHERE case_id = ?",
                    (CONFIRMED, now, reviewer_id, note_blob, self.retain_until(row[2], now, retention_days), case_id),
                )
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (now, reviewer_id, "verdict", case_id, verdict),
            )
        if verdict == FALSE_POSITIVE:
            self._compact()
        return self.case_summary(case_id)

    @staticmethod
    def retain_until(created_at: float, verdict_at: float, retention_days: int) -> float:
        """Retention runs from the verdict, but never past 365 days after identification (S10)."""
        return min(verdict_at + retention_days * 86400.0, created_at + MAX_RETENTION_DAYS * 86400.0)

    def _compact(self) -> None:
        """Make erasure physical (SQLite: checkpoint and truncate the WAL; PostgreSQL: VACUUM)."""
        with self._lock:
            self._db.compact()

    def purge(self, pending_limit_days: float, now: float | None = None) -> dict[str, int]:
        """Erase confirmed cases past retention and pending cases nobody reviewed in time."""
        now = self.clock() if now is None else now
        with self._tx() as cur:
            expired = cur.execute(
                "UPDATE cases SET content_enc = NULL, conversation_enc = NULL, note_enc = NULL, key_id = NULL,"
                " erased_at = ? WHERE state = ? AND retain_until <= ? AND content_enc IS NOT NULL",
                (now, CONFIRMED, now),
            ).rowcount
            stale = cur.execute(
                "UPDATE cases SET state = ?, content_enc = NULL, conversation_enc = NULL, key_id = NULL,"
                " erased_at = ? WHERE state = ? AND created_at <= ?",
                (EXPIRED, now, PENDING, now - pending_limit_days * 86400.0),
            ).rowcount
            if expired or stale:
                cur.execute(
                    "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                    (
                        now,
                        "retention-sweeper",
                        "purge",
                        None,
                        json.dumps({"confirmed_erased": expired, "pending_expired": stale}),
                    ),
                )
        if expired or stale:
            self._compact()
        return {"confirmed_erased": expired, "pending_expired": stale}

    def queue_stats(self) -> tuple[int, float]:
        """(pending cases, age in seconds of the oldest pending case or 0)."""
        row = self._read("SELECT count(*), min(created_at) FROM cases WHERE state = ?", (PENDING,))[0]
        return int(row[0]), (self.clock() - row[1]) if row[1] is not None else 0.0

    # --- audit, complaints, counters, thresholds --------------------------------------------------
    def audit(self, actor: str, action: str, case_id: str | None, detail: str | None = None) -> None:
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (self.clock(), actor, action, case_id, detail),
            )

    def audit_entries(self, case_id: str | None = None) -> list[tuple[float, str, str, str | None, str | None]]:
        sql = "SELECT at, actor, action, case_id, detail FROM audit_log"
        args: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            args = (case_id,)
        return [tuple(r) for r in self._read(sql + " ORDER BY id", args)]  # type: ignore[misc]

    def record_complaint(self, tenant_id: str, case_id: str | None, kind: str, details: str) -> Complaint:
        if case_id and not self._read("SELECT 1 FROM cases WHERE case_id = ?", (case_id,)):
            raise NotFound("no case with this id")
        complaint_id = uuid.uuid4().hex
        key_id, blob = self._seal(complaint_id, "details", details) if details else (None, None)
        now = self.clock()
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO complaints (complaint_id, tenant_id, case_id, kind, received_at, status, key_id,"
                " details_enc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (complaint_id, tenant_id, case_id, kind, now, "OPEN", key_id, blob),
            )
        return Complaint(complaint_id, tenant_id, case_id, kind, now, "OPEN", None)

    def resolve_complaint(self, complaint_id: str, outcome: str, actor: str) -> Complaint:
        if outcome not in ("UPHELD", "REJECTED"):
            raise InvalidRequest("outcome must be UPHELD or REJECTED")
        now = self.clock()
        with self._tx() as cur:
            row = cur.execute(
                "SELECT tenant_id, case_id, kind, received_at, status FROM complaints"
                f" WHERE complaint_id = ?{self._db.lock}",
                (complaint_id,),
            ).fetchone()
            if row is None:
                raise NotFound("no complaint with this id")
            if row[4] != "OPEN":
                raise Conflict("this complaint already has an outcome")
            cur.execute(
                "UPDATE complaints SET status = ?, resolved_at = ? WHERE complaint_id = ?", (outcome, now, complaint_id)
            )
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (now, actor, "complaint_outcome", row[1], outcome),
            )
        return Complaint(complaint_id, row[0], row[1], row[2], row[3], outcome, now)

    def complaints(self, start: float, end: float) -> list[Complaint]:
        rows = self._read(
            "SELECT complaint_id, tenant_id, case_id, kind, received_at, status, resolved_at"
            " FROM complaints WHERE received_at >= ? AND received_at < ? ORDER BY received_at",
            (start, end),
        )
        return [Complaint(*r) for r in rows]

    def add_counts(self, rows: dict[tuple[str, str, str, str], int]) -> None:
        """Add to persisted daily counters: {(day, tenant, model_version, name): increment}."""
        if not rows:
            return
        with self._tx() as cur:
            cur.executemany(
                "INSERT INTO counters (day, tenant_id, model_version, name, value) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (day, tenant_id, model_version, name)"
                " DO UPDATE SET value = counters.value + excluded.value",
                [(*k, v) for k, v in rows.items()],
            )

    def counts(self, first_day: str, last_day: str) -> list[tuple[str, str, str, str, int]]:
        return [
            tuple(r)
            for r in self._read(  # type: ignore[misc]
                "SELECT day, tenant_id, model_version, name, value FROM counters WHERE day >= ? AND day <= ?"
                " ORDER BY day",
                (first_day, last_day),
            )
        ]

    def cases_between(self, start: float, end: float) -> list[CaseRecord]:
        rows = self._read(
            f"SELECT {self._COLUMNS.format(content='NULL')} FROM cases"
            " WHERE created_at >= ? AND created_at < ? ORDER BY created_at",
            (start, end),
        )
        return [self._record(r, False, decrypt=False) for r in rows]

    def record_threshold_change(
        self, tenant_id: str, old: float | None, new: float, actor: str, reason: str, source: str
    ) -> None:
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO threshold_history (at, tenant_id, old_threshold, new_threshold, actor, reason,"
                " source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self.clock(), tenant_id, old, new, actor, reason, source),
            )

    def threshold_history(
        self, start: float, end: float
    ) -> list[tuple[float, str, float | None, float, str, str, str]]:
        return [
            tuple(r)
            for r in self._read(  # type: ignore[misc]
                "SELECT at, tenant_id, old_threshold, new_threshold, actor, reason, source FROM threshold_history"
                " WHERE at >= ? AND at < ? ORDER BY at",
                (start, end),
            )
        ]

    def reencrypt(self, keyring: Keyring) -> int:
        """Re-encrypt every stored blob with keyring.primary (key rotation); returns rows rewritten."""
        old = self._keys()
        done = 0
        with self._tx() as cur:
            for case_id, key_id, conv, content, note in cur.execute(
                "SELECT case_id, key_id, conversation_enc, content_enc, note_enc FROM cases WHERE key_id IS NOT NULL"
            ).fetchall():
                values = []
                for column, blob in (("conversation", conv), ("content", content), ("note", note)):
                    if blob is None:
                        values.append(None)
                        continue
                    plain = old.decrypt(key_id, bytes(blob), f"{case_id}/{column}")
                    values.append(keyring.encrypt(plain, f"{case_id}/{column}")[1])
                cur.execute(
                    "UPDATE cases SET key_id = ?, conversation_enc = ?, content_enc = ?, note_enc = ?"
                    " WHERE case_id = ?",
                    (keyring.primary, *values, case_id),
                )
                done += 1
            for complaint_id, key_id, blob in cur.execute(
                "SELECT complaint_id, key_id, details_enc FROM complaints WHERE key_id IS NOT NULL"
            ).fetchall():
                plain = old.decrypt(key_id, bytes(blob), f"{complaint_id}/details")
                cur.execute(
                    "UPDATE complaints SET key_id = ?, details_enc = ? WHERE complaint_id = ?",
                    (keyring.primary, keyring.encrypt(plain, f"{complaint_id}/details")[1], complaint_id),
                )
                done += 1
        self.keyring = keyring
        self._compact()
        return done

    def verdict_scores(self, tenant_id: str | None) -> list[tuple[float, bool]]:
        """(risk score, confirmed?) of every case with a verdict (content is not needed, not read)."""
        sql = "SELECT risk_score, state FROM cases WHERE state IN (?, ?)"
        args: list[Any] = [CONFIRMED, FALSE_POSITIVE]
        if tenant_id:
            sql += " AND tenant_id = ?"
            args.append(tenant_id)
        return [(score, state == CONFIRMED) for score, state in self._read(sql, args)]

    def policy_overrides(self) -> dict[str, dict[str, Any]]:
        return {t: json.loads(v) for t, v in self._read("SELECT tenant_id, overrides FROM policy_overrides")}

    def set_policy_override(self, tenant_id: str, overrides: dict[str, Any], actor: str, reason: str) -> None:
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO policy_overrides (tenant_id, overrides, updated_at, actor, reason) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (tenant_id) DO UPDATE SET overrides = excluded.overrides,"
                " updated_at = excluded.updated_at, actor = excluded.actor, reason = excluded.reason",
                (tenant_id, json.dumps(overrides, sort_keys=True), self.clock(), actor, reason),
            )

    def clear_policy_override(self, tenant_id: str, actor: str, reason: str) -> None:
        with self._tx() as cur:
            cur.execute("DELETE FROM policy_overrides WHERE tenant_id = ?", (tenant_id,))
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (self.clock(), actor, "policy_reset", None, json.dumps({"tenant": tenant_id, "reason": reason})),
            )

    def policy_updated_at(self, tenant_id: str) -> float | None:
        rows = self._read("SELECT max(at) FROM threshold_history WHERE tenant_id = ?", (tenant_id,))
        return rows[0][0] if rows else None

    def last_thresholds(self) -> dict[str, float]:
        rows = self._read(
            "SELECT tenant_id, new_threshold FROM threshold_history h WHERE id ="
            " (SELECT max(id) FROM threshold_history WHERE tenant_id = h.tenant_id)"
        )
        return {t: v for t, v in rows}

    def key_ids_in_use(self) -> set[str]:
        rows = self._read(
            "SELECT DISTINCT key_id FROM cases WHERE key_id IS NOT NULL"
            " UNION SELECT DISTINCT key_id FROM complaints WHERE key_id IS NOT NULL"
        )
        return {r[0] for r in rows}
