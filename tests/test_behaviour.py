"""Behaviour over 24 hours: the same semantics in-process and in Redis, expiry, and no raw ids kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from grooming_risk.service.behaviour import WINDOW_SECONDS, Behaviour, MemoryBehaviour, RedisBehaviour, behaviour_key

KEY = behaviour_key(b"test secret")
T0 = 1_800_000_000.0


@pytest.fixture(params=["memory", "redis"])
def behaviour(request) -> Iterator[Behaviour]:  # type: ignore[no-untyped-def]
    if request.param == "memory":
        yield MemoryBehaviour(KEY)
        return
    server = request.getfixturevalue("redis_server")
    redis.Redis.from_url(server.url).flushdb()
    opened = RedisBehaviour(KEY, server.url)
    yield opened
    opened.close()


def _send(behaviour: Behaviour, conversation: str, sender: str, minor: str, stamps: list[float], now: float):  # type: ignore[no-untyped-def]
    return behaviour.record(conversation, [(sender, minor)], {sender: stamps, minor: []}, now)[sender]


def test_fan_out_counts_distinct_minors_across_conversations(behaviour: Behaviour) -> None:
    for k, minor in enumerate(["kid-1", "kid-2", "kid-3", "kid-2"]):
        activity = _send(behaviour, f"conv-{k}", "adult", minor, [T0 + k], T0 + k)
    assert activity.minors_24h == 3  # kid-2 twice counts once
    assert activity.messages_24h == 4
    other = _send(behaviour, "conv-x", "someone-else", "kid-1", [T0 + 10], T0 + 10)
    assert other.minors_24h == 1  # senders are kept apart


def test_resending_a_growing_conversation_counts_each_message_once(behaviour: Behaviour) -> None:
    first = _send(behaviour, "conv", "adult", "kid", [T0, T0 + 1, T0 + 2], T0 + 2)
    assert first.messages_24h == 3
    again = _send(behaviour, "conv", "adult", "kid", [T0, T0 + 1, T0 + 2], T0 + 3)
    assert again.messages_24h == 3
    grown = _send(behaviour, "conv", "adult", "kid", [T0, T0 + 1, T0 + 2, T0 + 60, T0 + 61], T0 + 61)
    assert grown.messages_24h == 5
    assert grown.minors_24h == 1


def test_activity_leaves_the_window_after_24_hours(behaviour: Behaviour) -> None:
    _send(behaviour, "conv-a", "adult", "kid-1", [T0], T0)
    _send(behaviour, "conv-b", "adult", "kid-2", [T0 + 3600], T0 + 3600)
    half_day = T0 + WINDOW_SECONDS / 2
    assert _send(behaviour, "conv-c", "adult", "kid-3", [half_day], half_day).minors_24h == 3
    later = T0 + WINDOW_SECONDS + 1  # kid-1 has left the window, kid-2 and kid-3 have not
    activity = _send(behaviour, "conv-d", "adult", "kid-3", [later], later)
    assert activity.minors_24h == 2
    assert activity.messages_24h < 4  # the first message's hour has gone
    much_later = T0 + 3 * WINDOW_SECONDS
    fresh = _send(behaviour, "conv-e", "adult", "kid-9", [much_later], much_later)
    assert (fresh.minors_24h, fresh.messages_24h) == (1, 1)


def test_memory_state_shrinks_when_a_day_passes() -> None:
    behaviour = MemoryBehaviour(KEY)
    for k in range(500):
        _send(behaviour, f"conv-{k}", f"adult-{k % 50}", f"kid-{k}", [T0 + k], T0 + k)
    full = behaviour.size()
    assert full == 50 + 50 + 500  # senders with minors, senders with message counts, conversations
    _send(behaviour, "conv-next-day", "adult-new", "kid-new", [T0 + 2 * WINDOW_SECONDS], T0 + 2 * WINDOW_SECONDS)
    assert behaviour.size() == 3  # only what the new call recorded


def test_only_keyed_hashes_of_ids_are_kept(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    shared = RedisBehaviour(KEY, redis_server.url)
    _send(shared, "conversation-secret-id", "adult-secret-id", "kid-secret-id", [T0], T0)
    keys = [k.decode() for k in client.keys("*")]
    stored = " ".join(keys + [m.decode() for k in keys if k.startswith("gr:minors:") for m in client.zrange(k, 0, -1)])
    assert keys and "secret" not in stored
    assert all(0 < client.ttl(k) <= WINDOW_SECONDS + 3600 for k in keys)
    other_deployment = RedisBehaviour(behaviour_key(b"another secret"), redis_server.url)
    assert other_deployment.hashed("adult-secret-id") != shared.hashed("adult-secret-id")
    shared.close()
    other_deployment.close()
    local = MemoryBehaviour(KEY)
    _send(local, "conversation-secret-id", "adult-secret-id", "kid-secret-id", [T0], T0)
    held = repr((local._minors, local._hours, local._counted)).encode()
    assert b"secret" not in held
