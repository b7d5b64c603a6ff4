"""Synthetic timestamps for sources that have none (Perverted-Justice, NPS chat, generated chats).

The same process times every such conversation, whatever its label, so that timing features cannot
learn the label from how the data was prepared. Gaps between messages follow a log-normal law around
twenty seconds (typical instant-messaging turn times); the start is a random moment between 2019 and 2024.
"""

from __future__ import annotations

import random

_START = 1_546_300_800.0  # 2019-01-01T00:00:00Z
_SPAN = 6 * 365 * 86_400.0


def synthetic_times(count: int, rng: random.Random, start_hour: float | None = None) -> list[float]:
    """Return `count` increasing epoch seconds; `start_hour` (UTC, 0-24) fixes the time of day."""
    start = _START + rng.random() * _SPAN
    if start_hour is not None:
        day = start - start % 86_400.0
        start = day + start_hour * 3600.0
    times = []
    t = start
    for _ in range(count):
        times.append(round(t, 3))
        t += min(600.0, rng.lognormvariate(2.8, 0.9))
    return times
