"""Persisted per-day counters for the transparency report, batched in memory.

Every scored conversation moves counters (scored, discarded, routed, messages, safeguard discards) by
tenant and model version — numbers only, never ids. They are added up in memory and written to the
review store every `flush_seconds` and when the server stops, so scoring never waits on a database
write for a discarded conversation. A crash loses at most the last interval's counts (documented).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from datetime import UTC, datetime

from grooming_risk.service.review_store import ReviewStore


def day_of(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d")


class CounterBuffer:
    def __init__(self, store: ReviewStore | None, flush_seconds: float = 10.0) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str, str, str], int] = defaultdict(int)
        self._stop = threading.Event()
        self._flush_seconds = flush_seconds
        self._thread: threading.Thread | None = None
        self._day, self._day_start = "", -1.0

    def add(self, tenant: str, model_version: str, counts: dict[str, int], now: float | None = None) -> None:
        now = time.time() if now is None else now
        if not self._day_start <= now < self._day_start + 86400.0:  # format the day once per day, not per call
            self._day = day_of(now)
            self._day_start = now - now % 86400.0
        day = self._day
        with self._lock:
            for name, value in counts.items():
                if value:
                    self._pending[(day, tenant, model_version, name)] += value

    def flush(self) -> None:
        with self._lock:
            rows, self._pending = dict(self._pending), defaultdict(int)
        if rows and self._store is not None:
            try:
                self._store.add_counts(rows)
            except Exception:
                with self._lock:  # keep them for the next attempt
                    for key, value in rows.items():
                        self._pending[key] += value
                raise

    def start(self) -> None:
        def loop() -> None:
            while not self._stop.wait(self._flush_seconds):
                try:
                    self.flush()
                except Exception:
                    continue

        self._thread = threading.Thread(target=loop, name="counter-flush", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.flush()
