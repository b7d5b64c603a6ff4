"""Behaviour over the last 24 hours: per sender, the distinct minors messaged and the messages sent.

When a platform does not send `distinct_minor_contacts_24h`, the service derives it from the conversations
it has scored itself: every scored conversation records "sender messaged minor" edges (an adult, or a
participant of unknown age, writing in a conversation with a participant who is a minor by declared or
disclosed age) and the sender's message count. Only keyed hashes of the pseudonymous ids are kept (never
the ids, never any text), in a sliding 24-hour window that expires by itself.

- `MemoryBehaviour`: in the process (a single node; lost on restart, which only shortens the window).
- `RedisBehaviour`: shared by every replica (`--redis-url`); sorted sets and hourly counters with a
  24-hour expiry.

This is the one thing a discarded conversation leaves behind, and it is documented as such: hashed ids
and counts that vanish after a day, so that one adult messaging many children is seen across conversations.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

WINDOW_SECONDS = 86_400
HOUR = 3600
RETRY_AFTER_SECONDS = 5.0  # after a Redis failure, score without shared behaviour for this long

log = logging.getLogger(__name__)


class BehaviourUnavailable(Exception):
    """The shared behaviour store cannot be reached: score without derived behaviour (never fail a call)."""


@dataclass(frozen=True)
class Activity:
    minors_24h: int  # distinct minors this sender messaged in the window
    messages_24h: int  # messages this sender sent in the window


class Behaviour:
    """Records activity of hashed senders and answers for the 24 hours before `now`."""

    remote = False  # True when `record` waits on the network (callers then run it off the event loop)

    def __init__(self, key: bytes) -> None:
        self._key = key

    def hashed(self, participant_id: str) -> bytes:
        """A keyed hash (96 bits): ids cannot be recovered, or linked across deployments.

        Keyed BLAKE2b is a MAC by design (no HMAC construction needed) and, unlike OpenSSL's HMAC, costs
        about a microsecond even when the scoring path has pushed it out of the CPU caches."""
        return hashlib.blake2b(participant_id.encode("utf-8", "surrogatepass"), key=self._key, digest_size=12).digest()

    def record(
        self, conversation_id: str, edges: Iterable[tuple[str, str]], times: dict[str, list[float]], now: float
    ) -> dict[str, Activity]:
        """Record sender->minor edges and each sender's message times (plain ids, hashed here); return each
        sender's activity. A conversation is usually sent again as it grows, so messages are counted once:
        only those newer than the newest already counted for this conversation."""
        edges = list(edges)
        ids = {i: self.hashed(i) for i in {*times, *(i for edge in edges for i in edge)}}  # each id hashed once
        hashed_edges = [(ids[s], ids[m]) for s, m in edges]
        hashed_times = {ids[s]: t for s, t in times.items()}
        names = {ids[s]: s for s in times}
        activity = self._record(self.hashed(f"conversation\x00{conversation_id}"), hashed_edges, hashed_times, now)
        return {names[h]: a for h, a in activity.items() if h in names}

    def _record(
        self, conversation: bytes, edges: list[tuple[bytes, bytes]], times: dict[bytes, list[float]], now: float
    ) -> dict[bytes, Activity]:
        raise NotImplementedError

    def close(self) -> None:
        """Release connections."""


class MemoryBehaviour(Behaviour):
    """Single-node behaviour state, in this process only.

    Each table is an OrderedDict kept in order of last update (an updated entry is moved to the end), so
    expired entries are always at the front and are dropped in amortised constant time on every call:
    memory is bounded by one day of traffic, and no call ever scans the whole state. (A plain dict would
    not do: finding its first item after many deletions at the front scans the deleted slots.)
    """

    def __init__(self, key: bytes) -> None:
        super().__init__(key)
        self._lock = threading.Lock()
        # sender -> (last edge, minor -> when); sender -> (last count, hour -> messages);
        # conversation -> (last seen, newest message time counted)
        self._minors: OrderedDict[bytes, tuple[float, dict[bytes, float]]] = OrderedDict()
        self._hours: OrderedDict[bytes, tuple[float, dict[int, int]]] = OrderedDict()
        self._counted: OrderedDict[bytes, tuple[float, float]] = OrderedDict()

    def _record(
        self, conversation: bytes, edges: list[tuple[bytes, bytes]], times: dict[bytes, list[float]], now: float
    ) -> dict[bytes, Activity]:
        cutoff, hour = now - WINDOW_SECONDS, int(now // HOUR)
        with self._lock:
            self._expire(cutoff)
            for sender, minor in edges:
                minors = _touch(self._minors, sender, now)
                minors.pop(minor, None)  # re-inserted at the end: each sender's minors stay oldest first
                minors[minor] = now
            watermark = self._counted.get(conversation, (0.0, float("-inf")))[1]
            newest = max((max(ts) for ts in times.values() if ts), default=watermark)
            self._counted[conversation] = (now, max(watermark, newest))
            self._counted.move_to_end(conversation)
            for sender, stamps in times.items():
                count = len(stamps) if watermark == float("-inf") else sum(1 for t in stamps if t > watermark)
                if count:
                    buckets = _touch(self._hours, sender, now)
                    buckets[hour] = buckets.get(hour, 0) + count
            return {sender: self._activity(sender, cutoff, hour) for sender in times}

    def _activity(self, sender: bytes, cutoff: float, hour: int) -> Activity:
        minors = self._minors.get(sender, (0.0, {}))[1]
        while minors and next(iter(minors.values())) <= cutoff:
            del minors[next(iter(minors))]
        buckets = self._hours.get(sender, (0.0, {}))[1]
        for old in [h for h in buckets if h <= hour - 24]:
            del buckets[old]
        return Activity(len(minors), sum(buckets.values()))

    def _expire(self, cutoff: float) -> None:
        """Drop senders and conversations not updated within the window (they are at the front)."""
        for table in (self._minors, self._hours, self._counted):
            while table:
                oldest = next(iter(table))
                if table[oldest][0] > cutoff:
                    break
                table.popitem(last=False)

    def size(self) -> int:
        """Entries held (for tests and the memory benchmark)."""
        with self._lock:
            return len(self._minors) + len(self._hours) + len(self._counted)


def _touch(table: OrderedDict[bytes, tuple[float, Any]], key: bytes, now: float) -> Any:
    """The entry's payload (a new dict for a new key), moved to the end of the table, updated `now`."""
    entry = table.get(key)
    payload = entry[1] if entry is not None else {}
    table[key] = (now, payload)
    table.move_to_end(key)
    return payload


class RedisBehaviour(Behaviour):
    """Behaviour state shared by every replica through Redis (one atomic script call per conversation).

    Redis is an aid, not a dependency of scoring: when it fails or is slow (250 ms timeouts), `record`
    raises `BehaviourUnavailable` at once for `RETRY_AFTER_SECONDS`, and conversations are scored on what
    the caller sent, as they would be without `--redis-url`.
    """

    remote = True

    def __init__(self, key: bytes, url: str, timeout: float = 0.25) -> None:
        super().__init__(key)
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self._error = redis.RedisError
        self._script = self._redis.register_script(_RECORD_SCRIPT)
        self._retry_at = 0.0

    def _record(
        self, conversation: bytes, edges: list[tuple[bytes, bytes]], times: dict[bytes, list[float]], now: float
    ) -> dict[bytes, Activity]:
        if time.monotonic() < self._retry_at:
            raise BehaviourUnavailable("redis is unavailable")
        try:
            return self._exchange(conversation, edges, times, now)
        except self._error as error:
            self._retry_at = time.monotonic() + RETRY_AFTER_SECONDS
            log.warning("behaviour store unavailable (%s); scoring without it", type(error).__name__)
            raise BehaviourUnavailable("redis is unavailable") from None

    def _exchange(
        self, conversation: bytes, edges: list[tuple[bytes, bytes]], times: dict[bytes, list[float]], now: float
    ) -> dict[bytes, Activity]:
        newest = max((t for ts in times.values() for t in ts), default=0.0)
        args: list[str | int | float] = [repr(now), int(now // HOUR), WINDOW_SECONDS, conversation.hex(), repr(newest)]
        args.append(len(edges))
        for sender, minor in edges:
            args += [sender.hex(), minor.hex()]
        senders = list(times)
        args.append(len(senders))
        for sender in senders:
            args += [sender.hex(), len(times[sender]), *map(repr, times[sender])]
        counts = self._script(args=args)
        return {sender: Activity(int(counts[2 * k]), int(counts[2 * k + 1])) for k, sender in enumerate(senders)}

    def close(self) -> None:
        self._redis.close()


# One round trip per conversation, atomic in Redis: advance the conversation's watermark (the newest message
# time already counted), add sender->minor edges, count each sender's messages newer than the old
# watermark in the current hour's counter, and answer each sender's distinct minors and messages over the
# last 24 hours. ARGV: now, hour, window, conversation, newest, #edges, (sender, minor)*, #senders,
# (sender, #times, time*)*. Watermarks are stored as the caller's strings, so no precision is lost.
_RECORD_SCRIPT = """
local now, hour, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local conv_key = 'gr:conv:' .. ARGV[4]
local previous = redis.call('GET', conv_key)
local watermark = previous and tonumber(previous) or nil
if watermark and watermark > tonumber(ARGV[5]) then
  redis.call('EXPIRE', conv_key, window)
else
  redis.call('SET', conv_key, ARGV[5], 'EX', window)
end
local i = 7
for _ = 1, tonumber(ARGV[6]) do
  local key = 'gr:minors:' .. ARGV[i]
  redis.call('ZADD', key, now, ARGV[i + 1])
  redis.call('EXPIRE', key, window)
  i = i + 2
end
local senders = tonumber(ARGV[i])
i = i + 1
local out = {}
for _ = 1, senders do
  local sender, stamps = ARGV[i], tonumber(ARGV[i + 1])
  local count = 0
  for j = i + 2, i + 1 + stamps do
    if not watermark or tonumber(ARGV[j]) > watermark then count = count + 1 end
  end
  i = i + 2 + stamps
  local prefix = 'gr:msgs:' .. sender .. ':'
  if count > 0 then
    redis.call('INCRBY', prefix .. hour, count)
    redis.call('EXPIRE', prefix .. hour, window + 3600)
  end
  local minors_key = 'gr:minors:' .. sender
  redis.call('ZREMRANGEBYSCORE', minors_key, '-inf', now - window)
  local total = 0
  for h = hour - 23, hour do
    total = total + (tonumber(redis.call('GET', prefix .. h)) or 0)
  end
  out[#out + 1] = redis.call('ZCARD', minors_key)
  out[#out + 1] = total
end
return out
"""


def behaviour_key(secret: bytes) -> bytes:
    """The key for hashing ids (keyed BLAKE2b), derived from a deployment secret (the encryption keyring's key)."""
    return hashlib.sha256(b"grooming-risk behaviour ids\x00" + secret).digest()


def open_behaviour(secret: bytes, redis_url: str | None) -> Behaviour:
    key = behaviour_key(secret)
    return RedisBehaviour(key, redis_url) if redis_url else MemoryBehaviour(key)
