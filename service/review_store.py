"""The review store: routed cases (content encrypted), verdicts, complaints, audit log, persisted counters.

SQLite by default (one file in the data directory, WAL mode, ``secure_delete`` so erased content is
overwritten rather than left in free pages), PostgreSQL for many replicas (`service.db`). Only routed
conversations ever reach this module; discarded ones move nothing but the day's counters (numbers only).

Erasure is real: a false positive keeps only score, indicators, model version, tenant, timestamps and
verdict (for error-rate statistics); its encrypted content, conversation id and notes are deleted, then
the write-ahead log is checkpointed and truncated so no copy of the old page survives in it.

Keys: the store registers every key its data may be encrypted with (table ``key_check``: a known text
encrypted with that key). Opening the store with a keyring checks it against that registry and the key ids
rows use, and refuses a keyring that lacks one or holds another key under its id — so a lost or replaced
keyring (or two replicas with different ones) stops the start, not the review queue. A row that still cannot
be decrypted (altered, or its key lost) is reported by case id (`Undecryptable`, DATA_LOSS) and marked in
listings, never taking the rest of the queue down with it.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grooming_risk.service.crypto import ENV_KEYS, Keyring, KeyringError, MissingKey, WrongKey, warn_created
from grooming_risk.service.db import Backend, SqliteBackend, open_backend
from grooming_risk.service.errors import Conflict, InvalidRequest, NotFound, ServiceError, Unavailable

PENDING, CONFIRMED, FALSE_POSITIVE, EXPIRED = "PENDING", "CONFIRMED", "FALSE_POSITIVE", "EXPIRED"
STATES = (PENDING, CONFIRMED, FALSE_POSITIVE, EXPIRED)
MAX_RETENTION_DAYS = 365
MAX_RESOLUTION_NOTE = 2000
KEY_CHECK_TEXT = b"grooming-risk key check"
KEY_MISSING, AUTHENTICATION_FAILED = "key_missing", "authentication_failed"


def _page_offset(page_token: str | None) -> int:
    """The row offset a listing's opaque page token stands for (INVALID_ARGUMENT for anything else)."""
    if not page_token:
        return 0
    try:
        offset = int(page_token)
    except ValueError:
        offset = -1
    if offset < 0:
        raise InvalidRequest("page_token is not valid")
    return offset


class Undecryptable(ServiceError):
    """A stored row cannot be decrypted with this keyring. DATA_LOSS rather than INTERNAL: the client (and the
    log) learn which case and why (its key id is missing, or authentication failed) — never any content."""

    status = "DATA_LOSS"

    def __init__(self, kind: str, row_id: str, key_id: str, reason: str) -> None:
        self.kind, self.row_id, self.key_id, self.reason = kind, row_id, key_id, reason
        if reason == KEY_MISSING:
            why = f"key {key_id!r} is not in this server's keyring (restore the keyring that holds it)"
        else:
            why = f"authentication failed with key {key_id!r} (another key under that id, or the row was altered)"
        super().__init__(f"{kind} {row_id} cannot be decrypted: {why}")


def _undecryptable(kind: str, row_id: str, key_id: str, error: KeyringError) -> Undecryptable:
    return Undecryptable(kind, row_id, key_id, KEY_MISSING if isinstance(error, MissingKey) else AUTHENTICATION_FAILED)


def _ids(key_ids: Sequence[str] | set[str]) -> str:
    return ", ".join(sorted(key_ids))


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
    request_identity: str = ""  # the request as sent, canonical (routing.request_identity); "": the content


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
    unreadable: Undecryptable | None = None  # set (in listings and summaries) when the row cannot be decrypted


@dataclass(frozen=True)
class Complaint:
    complaint_id: str
    tenant_id: str
    case_id: str | None
    kind: str
    received_at: float
    status: str
    resolved_at: float | None


MAX_ORGANISATION_CHARS = 200
_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})  # control, format, surrogate, private, unassigned


def organisation_name(value: str, field: str = "organisation") -> str:
    """An organisation's name as the transparency report states it: NFC, runs of spaces made one, no surrounding
    space; 1-200 characters; printable only (a control, format, line-break, private-use or unassigned character
    is refused, not dropped). Errors name the field, the rule and a position, never the value."""
    for position, ch in enumerate(value, start=1):
        if unicodedata.category(ch) in _UNPRINTABLE:
            raise InvalidRequest(
                f"{field} contains a control, format or line-break character at position {position} "
                "(names must be printable text)"
            )
    name = " ".join(unicodedata.normalize("NFC", value).split())
    if not name:
        raise InvalidRequest(f"{field} is required")
    if len(name) > MAX_ORGANISATION_CHARS:
        raise InvalidRequest(f"{field} is longer than {MAX_ORGANISATION_CHARS} characters")
    return name


def organisation_key(name: str) -> str:
    """The key one organisation is known by, however its name is capitalised: one referral per case and key."""
    return organisation_name(name).casefold()


@dataclass(frozen=True)
class Referral:
    """A confirmed case reported to an organisation acting in the public interest against child sexual abuse:
    which organisation, when, and who recorded it. Nothing of the case's content."""

    case_id: str
    organisation: str
    referred_at: float
    actor: str


_STATE_WORDS = {PENDING: "pending review", FALSE_POSITIVE: "a false positive", EXPIRED: "expired unreviewed"}


class ReviewStore:
    """Thread-safe store on one SQLite connection (routed traffic is small; counters are batched)."""

    def __init__(
        self,
        where: Path | Backend,
        keyring: Keyring | None,
        clock: Callable[[], float] = time.time,
        shared: bool = False,
    ) -> None:
        """`where`: a SQLite file path or an open backend. `keyring` may be None for tools that only count and
        purge (report, purge); otherwise it is checked against the store (KeyringError if it cannot read it).
        `shared`: the store is reached through --db-url, so replicas share it and a keyring created on the
        spot (which no other replica has) is refused."""
        self._db = where if isinstance(where, Backend) else SqliteBackend(where)
        self.keyring = keyring
        self.clock = clock
        self._lock = threading.RLock()
        try:
            if not isinstance(where, Backend):
                self._db.migrate()
            if keyring is not None:
                self._verify_keyring(keyring, shared)
        except BaseException:
            if not isinstance(where, Backend):
                self._db.close()
            raise

    @classmethod
    def open(cls, data_dir: Path, db_url: str | None, keyring: Keyring | None) -> ReviewStore:
        """The store of a data directory or --db-url. A keyring that `load_keyring` created just now is removed
        again if the store refuses it (or cannot be opened): nothing was encrypted with it, and leaving it would
        only stand in the way of restoring the real one."""
        try:
            backend = open_backend(data_dir, db_url)
            try:
                return cls(backend, keyring, shared=db_url is not None)
            except BaseException:
                backend.close()
                raise
        except BaseException:
            if keyring is not None and keyring.created is not None:
                keyring.created.unlink(missing_ok=True)
            raise

    # --- keyring check ----------------------------------------------------------------------------
    def _key_state(self, fetch: Callable[[str], list[Any]]) -> tuple[dict[str, bytes], dict[str, int]]:
        """(registered key id -> check blob, key id used by rows -> number of rows)."""
        registered = {k: bytes(v) for k, v in fetch("SELECT key_id, check_enc FROM key_check")}
        used: dict[str, int] = {}
        for table in ("cases", "complaints"):
            sql = f"SELECT key_id, count(*) FROM {table} WHERE key_id IS NOT NULL GROUP BY key_id"
            for key_id, count in fetch(sql):
                used[key_id] = used.get(key_id, 0) + int(count)
        return registered, used

    @staticmethod
    def _judge(keyring: Keyring, registered: dict[str, bytes], used: dict[str, int], shared: bool) -> None:
        """Raise KeyringError unless `keyring` holds every key the store needs (the message says what to do)."""
        needed = set(registered) | set(used)
        if keyring.created is not None and shared:
            raise KeyringError(
                "no keyring was given, and a --db-url review store is shared by replicas that must all use the "
                "same keyring: create one with `grooming-risk keygen --out FILE` and give every replica "
                f"--encryption-keys-file FILE (or {ENV_KEYS})"
                + (f"; this store needs key(s) {_ids(needed)}" if needed else "")
            )
        if keyring.created is not None and needed:
            raise KeyringError(
                f"no keyring at {keyring.created}, but the review store holds data encrypted with key(s) "
                f"{_ids(needed)}: a new keyring could not read it, so none was created. Restore the keyring "
                "file that holds them (from a backup or your secrets store), or pass --encryption-keys-file"
            )
        missing = needed - set(keyring.keys)
        if missing:
            rows = sum(used.get(k, 0) for k in missing)
            raise MissingKey(
                sorted(missing)[0],
                f"{keyring.source or 'the keyring'}: the review store needs key(s) {_ids(missing)} "
                f"({rows} stored row(s) use them), which are not in the keyring. Start with the keyring that "
                "holds them (restore it from a backup; replicas of one store must share one keyring file)",
            )
        for key_id, blob in registered.items():
            try:
                ok = keyring.decrypt(key_id, blob, f"key-check/{key_id}") == KEY_CHECK_TEXT
            except WrongKey:
                ok = False
            if not ok:
                raise WrongKey(
                    key_id,
                    f"{keyring.source or 'the keyring'}: its key {key_id!r} is not the key of that id this review "
                    "store was encrypted with. Start with the keyring the store was written with",
                )

    def _verify_keyring(self, keyring: Keyring, shared: bool) -> None:
        """Refuse a keyring that cannot read the store; register its primary key (and, for a store written
        before the registry existed, the keys its rows use, after a trial decryption).

        Registration runs under a lock that replicas share (`Backend.lock_keys`) and re-checks inside it: of
        two replicas that start together on an empty store with different keyrings, one registers and the
        other sees that key and refuses."""
        registered, used = self._key_state(self._read)
        self._judge(keyring, registered, used, shared)
        if keyring.primary not in registered or not set(used) <= set(registered):
            with self._tx() as cur:
                self._db.lock_keys(cur)
                registered, used = self._key_state(lambda sql: cur.execute(sql).fetchall())
                self._judge(keyring, registered, used, shared)
                for key_id in sorted(set(used) - set(registered)):
                    self._trial_decrypt(cur, keyring, key_id)
                    self._register(cur, keyring, key_id)
                if keyring.primary not in registered:
                    self._register(cur, keyring, keyring.primary)
        if keyring.created is not None:
            warn_created(keyring)

    def _register(self, cur: Any, keyring: Keyring, key_id: str) -> None:
        cur.execute(
            "INSERT INTO key_check (key_id, check_enc, registered_at) VALUES (?, ?, ?) ON CONFLICT (key_id) DO NOTHING",
            (key_id, keyring.encrypt_with(key_id, KEY_CHECK_TEXT, f"key-check/{key_id}"), self.clock()),
        )

    @staticmethod
    def _trial_decrypt(cur: Any, keyring: Keyring, key_id: str) -> None:
        """A key that rows use but that was never registered: it must decrypt one of a few of those rows."""
        samples = (
            cur.execute(
                "SELECT case_id, 'conversation', conversation_enc FROM cases WHERE key_id = ? LIMIT 5", (key_id,)
            ).fetchall()
            + cur.execute(
                "SELECT complaint_id, 'details', details_enc FROM complaints WHERE key_id = ? LIMIT 5", (key_id,)
            ).fetchall()
        )
        for row_id, column, blob in samples:
            try:
                keyring.decrypt(key_id, bytes(blob), f"{row_id}/{column}")
                return
            except WrongKey:
                continue
        raise WrongKey(
            key_id,
            f"{keyring.source or 'the keyring'}: its key {key_id!r} does not decrypt the stored rows that use it. "
            "Start with the keyring the store was written with",
        )

    def _require_key(self, cur: Any, key_id: str) -> None:
        """In a write's transaction: the key is still registered (a rotation has not retired it). Holding the
        row (PostgreSQL: FOR SHARE) until commit makes `drop_keys` wait for this write and then see its row."""
        if cur.execute(f"SELECT 1 FROM key_check WHERE key_id = ?{self._db.share_lock}", (key_id,)).fetchone() is None:
            raise Unavailable(
                f"encryption key {key_id!r} was retired by a key rotation; restart this server with the current keyring"
            )

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
        try:
            return json.loads(self._keys().decrypt(key_id, bytes(blob), f"{case_id}/{column}"))
        except KeyringError as error:
            raise _undecryptable("case", case_id, key_id, error) from None

    # --- cases ------------------------------------------------------------------------------------
    def create_case(self, case: NewCase) -> str:
        """Store a routed case durably (committed before the id is returned). Idempotent: the same request
        routed again (a retry after a lost response or an expired deadline) returns the case already stored."""
        case_id = uuid.uuid4().hex
        key_id, conversation = self._seal(case_id, "conversation", case.conversation_id)
        _, content = self._seal(case_id, "content", case.content)
        digest = self._request_digest(case)
        try:
            with self._tx() as cur:
                self._require_key(cur, key_id)
                # ON CONFLICT: a concurrent identical request (another replica) waits for that insert and
                # then inserts nothing; the SELECT below returns the one stored case either way.
                cur.execute(
                    "INSERT INTO cases (case_id, tenant_id, risk_score, threshold, indicators, model_version,"
                    " created_at, state, messages_count, key_id, conversation_enc, content_enc, request_digest)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (tenant_id, request_digest) DO NOTHING",
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
                        digest,
                    ),
                )
                stored = cur.execute(
                    "SELECT case_id FROM cases WHERE tenant_id = ? AND request_digest = ?", (case.tenant_id, digest)
                ).fetchone()
        except Unavailable as exc:
            raise Unavailable(f"the case could not be stored: {exc}") from None
        return str(stored[0]) if stored else case_id

    def _request_digest(self, case: NewCase) -> str:
        """Keyed BLAKE2b of the request as the caller sent it: equal only for the same request, and meaningless
        without the keyring (the column holds no content). A key rotation starts new digests."""
        keyring = self._keys()
        identity = case.request_identity or json.dumps(
            case.content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        material = json.dumps([case.tenant_id, case.conversation_id, case.model_version, identity]).encode()
        key = hashlib.blake2b(keyring.keys[keyring.primary], digest_size=32, person=b"gr-request-key").digest()
        return hashlib.blake2b(material, key=key, digest_size=32).hexdigest()

    def _record(
        self, row: tuple[Any, ...], with_content: bool, decrypt: bool = True, strict: bool = False
    ) -> CaseRecord:
        """A CaseRecord from a row of _COLUMNS; decrypts the conversation id (and content if asked). A row that
        cannot be decrypted raises Undecryptable if `strict`, else comes back marked (`unreadable`) without
        its decrypted fields, so that one bad row never fails a whole listing."""
        (case_id, tenant, score, threshold, indicators, version, created, state, count, key_id, conv, content,
         verdict_at, reviewer, erased_at) = row  # fmt: skip
        conversation = body = unreadable = None
        try:
            conversation = self._open(case_id, "conversation", key_id, conv) if decrypt and conv is not None else None
            body = self._open(case_id, "content", key_id, content) if with_content and content is not None else None
        except Undecryptable as error:
            if strict:
                raise
            conversation, body, unreadable = None, None, error
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
            unreadable,
        )

    _COLUMNS = (
        "case_id, tenant_id, risk_score, threshold, indicators, model_version, created_at, state,"
        " messages_count, key_id, conversation_enc, {content}, verdict_at, reviewer_id, erased_at"
    )

    def list_cases(
        self, tenant_id: str | None, state: str, page_size: int, page_token: str | None, oldest_first: bool = False
    ) -> tuple[list[CaseRecord], str | None]:
        """Cases in `state`, highest risk first (then oldest first), or oldest first (the queue order that keeps
        cases from reaching the pending limit); opaque page token for the next page."""
        if state not in STATES:
            raise InvalidRequest("state is not a known case state")
        offset = _page_offset(page_token)
        sql = f"SELECT {self._COLUMNS.format(content='NULL')} FROM cases WHERE state = ?"
        args: list[Any] = [state]
        if tenant_id:
            sql += " AND tenant_id = ?"
            args.append(tenant_id)
        if oldest_first:
            sql += " ORDER BY created_at ASC, case_id ASC LIMIT ? OFFSET ?"
        else:
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
        record = self._record(rows[0], True, strict=True)
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
                    " content_enc = NULL, request_digest = NULL, note_enc = NULL, key_id = NULL, erased_at = ?"
                    " WHERE case_id = ?",
                    (FALSE_POSITIVE, now, reviewer_id, now, case_id),
                )
            else:
                try:
                    note_blob = (
                        self._keys().encrypt_with(
                            row[1], json.dumps(note, ensure_ascii=False).encode(), f"{case_id}/note"
                        )
                        if note
                        else None
                    )
                except KeyringError as error:
                    raise _undecryptable("case", case_id, row[1], error) from None
                cur.execute(
                    "UPDATE cases SET state = ?, verdict_at = ?, reviewer_id = ?, note_enc = ?, retain_until = ?"
                    " WHERE case_id = ?",
                    (CONFIRMED, now, reviewer_id, note_blob, self.retain_until(row[2], now, retention_days), case_id),
                )
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (now, reviewer_id, "verdict", case_id, verdict),
            )
            cur.execute("DELETE FROM case_claims WHERE case_id = ?", (case_id,))  # a decided case is nobody's
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
                " request_digest = NULL,"
                " erased_at = ? WHERE state = ? AND retain_until <= ? AND content_enc IS NOT NULL",
                (now, CONFIRMED, now),
            ).rowcount
            stale = cur.execute(
                "UPDATE cases SET state = ?, content_enc = NULL, conversation_enc = NULL, key_id = NULL,"
                " request_digest = NULL,"
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
            if key_id is not None:
                self._require_key(cur, key_id)
            cur.execute(
                "INSERT INTO complaints (complaint_id, tenant_id, case_id, kind, received_at, status, key_id,"
                " details_enc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (complaint_id, tenant_id, case_id, kind, now, "OPEN", key_id, blob),
            )
        return Complaint(complaint_id, tenant_id, case_id, kind, now, "OPEN", None)

    def resolve_complaint(self, complaint_id: str, outcome: str, actor: str, note: str = "") -> Complaint:
        """Record a complaint's outcome once; `note` (why) is kept encrypted, and audited as present or not."""
        if outcome not in ("UPHELD", "REJECTED"):
            raise InvalidRequest("outcome must be UPHELD or REJECTED")
        if len(note) > MAX_RESOLUTION_NOTE:
            raise InvalidRequest(f"note is longer than {MAX_RESOLUTION_NOTE} characters")
        now = self.clock()
        with self._tx() as cur:
            row = cur.execute(
                "SELECT tenant_id, case_id, kind, received_at, status, key_id FROM complaints"
                f" WHERE complaint_id = ?{self._db.lock}",
                (complaint_id,),
            ).fetchone()
            if row is None:
                raise NotFound("no complaint with this id")
            if row[4] != "OPEN":
                raise Conflict("this complaint already has an outcome")
            key_id, sealed = row[5], None
            if note:  # under the row's key (the details' key, or the primary): rotation re-encrypts both
                key_id = key_id or self._keys().primary
                self._require_key(cur, key_id)
                sealed = self._keys().encrypt_with(
                    key_id, json.dumps(note, ensure_ascii=False).encode(), f"{complaint_id}/resolution_note"
                )
            cur.execute(
                "UPDATE complaints SET status = ?, resolved_at = ?, key_id = ?, resolution_note_enc = ?"
                " WHERE complaint_id = ?",
                (outcome, now, key_id, sealed, complaint_id),
            )
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (now, actor, "complaint_outcome", row[1], outcome + (" with a note" if note else "")),
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

    # --- referrals (Regulation (EU) 2021/1232, Art. 3(1)(g)(vii): organisations data was shared with) -------
    def record_referral(self, case_id: str, organisation: str, actor: str) -> tuple[Referral, bool]:
        """Record that a confirmed case was reported to `organisation`: (referral, created). Idempotent per case
        and organisation (names compared case-insensitively): a repeat returns the stored referral with
        created=False and writes nothing. Audited (action "referral", the organisation in the detail). Reads and
        writes no content: only the case's state, the organisation's name, the actor and the time."""
        name = organisation_name(organisation)
        key = name.casefold()
        now = self.clock()
        with self._tx() as cur:
            row = cur.execute(f"SELECT state FROM cases WHERE case_id = ?{self._db.lock}", (case_id,)).fetchone()
            if row is None:
                raise NotFound("no case with this id")
            if row[0] != CONFIRMED:
                raise Conflict(
                    f"only a confirmed case can be referred; this case is {_STATE_WORDS.get(row[0], row[0])}"
                )
            stored = cur.execute(
                "SELECT organisation, referred_at, actor FROM referrals WHERE case_id = ? AND organisation_key = ?",
                (case_id, key),
            ).fetchone()
            if stored is not None:
                return Referral(case_id, str(stored[0]), float(stored[1]), str(stored[2])), False
            cur.execute(
                "INSERT INTO referrals (case_id, organisation_key, organisation, referred_at, actor)"
                " VALUES (?, ?, ?, ?, ?)",
                (case_id, key, name, now, actor),
            )
            cur.execute(
                "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                (now, actor, "referral", case_id, json.dumps({"organisation": name}, ensure_ascii=False)),
            )
        return Referral(case_id, name, now, actor), True

    def referrals_between(self, start: float, end: float) -> list[Referral]:
        """Referrals recorded in [start, end), oldest first."""
        rows = self._read(
            "SELECT case_id, organisation, referred_at, actor FROM referrals"
            " WHERE referred_at >= ? AND referred_at < ? ORDER BY referred_at, case_id, organisation_key",
            (start, end),
        )
        return [Referral(str(r[0]), str(r[1]), float(r[2]), str(r[3])) for r in rows]

    def _sealed_rows(self, fetch: Callable[[str], list[Any]]) -> list[tuple[str, str, str, dict[str, Any]]]:
        """(kind, row id, key id, {column: blob or None}) of every row that holds encrypted data."""
        rows: list[tuple[str, str, str, dict[str, Any]]] = []
        for case_id, key_id, conv, content, note in fetch(
            "SELECT case_id, key_id, conversation_enc, content_enc, note_enc FROM cases WHERE key_id IS NOT NULL"
        ):
            rows.append(("case", case_id, key_id, {"conversation": conv, "content": content, "note": note}))
        for complaint_id, key_id, blob, resolution in fetch(
            "SELECT complaint_id, key_id, details_enc, resolution_note_enc FROM complaints WHERE key_id IS NOT NULL"
        ):
            rows.append(("complaint", complaint_id, key_id, {"details": blob, "resolution_note": resolution}))
        return rows

    @staticmethod
    def _unseal_row(keyring: Keyring, kind: str, row_id: str, key_id: str, blobs: dict[str, Any]) -> dict[str, Any]:
        try:
            return {
                column: None if blob is None else keyring.decrypt(key_id, bytes(blob), f"{row_id}/{column}")
                for column, blob in blobs.items()
            }
        except KeyringError as error:
            raise _undecryptable(kind, row_id, key_id, error) from None

    def undecryptable_rows(self) -> list[Undecryptable]:
        """Every row the current keyring cannot decrypt (checked before a rotation changes anything)."""
        found = []
        for kind, row_id, key_id, blobs in self._sealed_rows(self._read):
            try:
                self._unseal_row(self._keys(), kind, row_id, key_id, blobs)
            except Undecryptable as error:
                found.append(error)
        return found

    def reencrypt(self, keyring: Keyring) -> int:
        """Re-encrypt every stored blob with keyring.primary (key rotation) and register that key; returns rows
        rewritten. One transaction: a row that cannot be decrypted (Undecryptable, naming it) changes nothing."""
        old = self._keys()
        done = 0
        with self._tx() as cur:
            self._db.lock_keys(cur)
            self._register(cur, keyring, keyring.primary)
            for kind, row_id, key_id, blobs in self._sealed_rows(lambda sql: cur.execute(sql).fetchall()):
                plain = self._unseal_row(old, kind, row_id, key_id, blobs)
                sealed = {c: None if p is None else keyring.encrypt(p, f"{row_id}/{c}")[1] for c, p in plain.items()}
                if kind == "case":
                    cur.execute(
                        "UPDATE cases SET key_id = ?, conversation_enc = ?, content_enc = ?, note_enc = ?"
                        " WHERE case_id = ?",
                        (keyring.primary, sealed["conversation"], sealed["content"], sealed["note"], row_id),
                    )
                else:
                    cur.execute(
                        "UPDATE complaints SET key_id = ?, details_enc = ?, resolution_note_enc = ?"
                        " WHERE complaint_id = ?",
                        (keyring.primary, sealed["details"], sealed["resolution_note"], row_id),
                    )
                done += 1
        self.keyring = keyring
        self._compact()
        return done

    def drop_keys(self, keyring: Keyring, key_ids: set[str]) -> set[str]:
        """Retire those of `key_ids` that no row uses (never the primary); returns the retired ones, which the
        caller may then remove from the keyring file (after this commits: a crash in between leaves an extra key
        in the file, never a registered key missing from it).

        Each key's registry row is locked first: a server's write holds that row (`_require_key`) until it
        commits, so the usage check that follows sees its row and the key is kept; a later write finds the
        key retired and is refused rather than stored under a key that is about to be thrown away."""
        dropped: set[str] = set()
        with self._tx() as cur:
            self._db.lock_keys(cur)
            for key_id in sorted(key_ids - {keyring.primary}):
                cur.execute(f"SELECT 1 FROM key_check WHERE key_id = ?{self._db.lock}", (key_id,)).fetchone()
                in_use = cur.execute(
                    "SELECT 1 FROM cases WHERE key_id = ? UNION ALL SELECT 1 FROM complaints WHERE key_id = ?",
                    (key_id, key_id),
                ).fetchone()
                if in_use is None:
                    cur.execute("DELETE FROM key_check WHERE key_id = ?", (key_id,))
                    dropped.add(key_id)
        return dropped

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

    # Claims: which reviewer is looking at a pending case (names and times only, never content).

    def claim_case(self, case_id: str, reviewer_id: str, seconds: float) -> tuple[bool, str, float]:
        """Claim a pending case for `seconds`: (granted, holder, expires_at). Another reviewer's live claim is
        kept (not granted); the caller's own claim, or an expired one, is replaced. Audited when granted."""
        now = self.clock()
        with self._tx() as cur:
            row = cur.execute(f"SELECT state FROM cases WHERE case_id = ?{self._db.lock}", (case_id,)).fetchone()
            if row is None:
                raise NotFound("no case with this id")
            if row[0] != PENDING:
                raise Conflict("this case already has a verdict or has expired")
            held = cur.execute(
                "SELECT reviewer_id, expires_at FROM case_claims WHERE case_id = ?", (case_id,)
            ).fetchone()
            if held is not None and held[0] != reviewer_id and held[1] > now:
                return False, str(held[0]), float(held[1])
            expires = now + seconds
            cur.execute("DELETE FROM case_claims WHERE case_id = ?", (case_id,))
            cur.execute(
                "INSERT INTO case_claims (case_id, reviewer_id, expires_at) VALUES (?, ?, ?)",
                (case_id, reviewer_id, expires),
            )
            if held is None or held[0] != reviewer_id:
                cur.execute(
                    "INSERT INTO audit_log (at, actor, action, case_id, detail) VALUES (?, ?, ?, ?, ?)",
                    (now, reviewer_id, "claim_case", case_id, None),
                )
        return True, reviewer_id, expires

    def release_case(self, case_id: str, reviewer_id: str) -> bool:
        """End the reviewer's own claim on a case; another reviewer's claim is left alone."""
        with self._tx() as cur:
            cur.execute("DELETE FROM case_claims WHERE case_id = ? AND reviewer_id = ?", (case_id, reviewer_id))
            return bool(cur.rowcount)

    def live_claims(self, case_ids: Sequence[str]) -> dict[str, tuple[str, float]]:
        """{case_id: (reviewer, expires_at)} of the unexpired claims among `case_ids`."""
        if not case_ids:
            return {}
        marks = ", ".join("?" for _ in case_ids)
        rows = self._read(
            f"SELECT case_id, reviewer_id, expires_at FROM case_claims WHERE expires_at > ? AND case_id IN ({marks})",
            [self.clock(), *case_ids],
        )
        return {str(r[0]): (str(r[1]), float(r[2])) for r in rows}

    def list_complaints(
        self, tenant_id: str | None, status: str | None, page_size: int, page_token: str | None
    ) -> tuple[list[Complaint], str | None]:
        """Complaints oldest first (the longest-waiting first), optionally of one tenant and status."""
        offset = _page_offset(page_token)
        sql = "SELECT complaint_id, tenant_id, case_id, kind, received_at, status, resolved_at FROM complaints"
        clauses, args = [], []
        if tenant_id:
            clauses.append("tenant_id = ?")
            args.append(tenant_id)
        if status:
            clauses.append("status = ?")
            args.append(status)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self._read(sql + " ORDER BY received_at, complaint_id LIMIT ? OFFSET ?", [*args, page_size + 1, offset])
        return [Complaint(*r) for r in rows[:page_size]], (str(offset + page_size) if len(rows) > page_size else None)
