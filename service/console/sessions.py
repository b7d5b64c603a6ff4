"""Server-side sessions: the cookie holds a random id only; the token, role, CSRF secret and the reviewer's
wellbeing counters stay in this process's memory and vanish on sign-out, idle timeout or restart. Also the
sign-in throttle (failed attempts per client address)."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

# Sessions created before sign-in (each visit to the sign-in page without a cookie makes one) are capped, so
# that a flood of anonymous visits cannot grow the console's memory: past the cap the least recently used
# anonymous session goes. Signed-in sessions are never evicted for this.
MAX_ANONYMOUS_SESSIONS = 1000


@dataclass
class Session:
    sid: str
    csrf: str
    last_seen: float
    token: str = ""  # the bearer token presented at sign-in (never logged, never sent to the browser)
    role: str = ""  # "reviewer" or "admin"; "" before sign-in
    name: str = ""  # the service's name for the reviewer, learned from the first granted claim
    started_at: float = 0.0
    cases_reviewed: int = 0
    seconds_reviewed: float = 0.0
    break_taken_at: float = 0.0
    open_case: str = ""  # the case whose page was last rendered, and since when (time reviewed)
    open_since: float = 0.0
    seen_cases: set[str] = field(default_factory=set)

    @property
    def signed_in(self) -> bool:
        return bool(self.role)

    def check_csrf(self, presented: str) -> bool:
        return bool(presented) and hmac.compare_digest(self.csrf.encode(), presented.encode())

    def stop_clock(self, now: float) -> None:
        """Add the time spent on the open case to the session's reviewed time."""
        if self.open_case:
            self.seconds_reviewed += max(0.0, min(now - self.open_since, 3600.0))
            self.open_case = ""


class SessionStore:
    """Sessions by id, dropped after `idle_seconds` without a request."""

    def __init__(
        self,
        idle_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        max_anonymous: int = MAX_ANONYMOUS_SESSIONS,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.max_anonymous = max_anonymous
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def new(self) -> Session:
        now = self.clock()
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now)
        with self._lock:
            self._expire(now)
            anonymous = [s for s in self._sessions.values() if not s.signed_in]
            if len(anonymous) >= self.max_anonymous:
                anonymous.sort(key=lambda s: s.last_seen)
                for old in anonymous[: len(anonymous) - self.max_anonymous + 1]:
                    self._sessions.pop(old.sid, None)
            self._sessions[session.sid] = session
        return session

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)

    def get(self, sid: str | None) -> Session | None:
        """The live session with this id, touched; None when unknown or idle too long (then it is dropped)."""
        if not sid:
            return None
        now = self.clock()
        with self._lock:
            self._expire(now)
            session = self._sessions.get(sid)
            if session is not None:
                session.last_seen = now
            return session

    def rotate(self, session: Session) -> Session:
        """A fresh session in place of this one (at sign-in): a new id and CSRF secret, so that an id seen before
        sign-in is worthless, and nothing carried over from whoever used the old one (name, counters, token)."""
        fresh = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), self.clock())
        with self._lock:
            self._sessions.pop(session.sid, None)
            self._sessions[fresh.sid] = fresh
        session.token = ""
        return fresh

    def drop(self, session: Session) -> None:
        with self._lock:
            self._sessions.pop(session.sid, None)
        session.token = ""

    def _expire(self, now: float) -> None:
        for sid in [s for s, v in self._sessions.items() if now - v.last_seen > self.idle_seconds]:
            self._sessions.pop(sid).token = ""


class SigninThrottle:
    """Failed sign-ins per client address in a sliding window; past `limit`, sign-in is refused for that
    address (without asking the service) until the oldest failure leaves the window. Tokens are long and
    random, so guessing is hopeless anyway; this keeps a guesser from using the console as a fast oracle.
    At most `max_addresses` addresses are tracked (the least recently failing are forgotten first)."""

    def __init__(
        self,
        limit: int = 10,
        window_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        max_addresses: int = 10_000,
    ) -> None:
        self.limit = limit
        self.window = window_seconds
        self.clock = clock
        self.max_addresses = max_addresses
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, address: str) -> float:
        """Seconds until `address` may try again; 0 when it may now."""
        now = self.clock()
        with self._lock:
            failures = self._prune(address, now)
            if failures is None or len(failures) < self.limit:
                return 0.0
            return max(0.0, failures[0] + self.window - now)

    def failed(self, address: str) -> None:
        now = self.clock()
        with self._lock:
            failures = self._prune(address, now)
            if failures is None:
                if len(self._failures) >= self.max_addresses:
                    oldest = min(self._failures, key=lambda a: self._failures[a][-1])
                    del self._failures[oldest]
                failures = self._failures[address] = deque()
            failures.append(now)
            while len(failures) > self.limit:
                failures.popleft()

    def _prune(self, address: str, now: float) -> deque[float] | None:
        failures = self._failures.get(address)
        if failures is None:
            return None
        while failures and now - failures[0] >= self.window:
            failures.popleft()
        if not failures:
            del self._failures[address]
            return None
        return failures
