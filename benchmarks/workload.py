"""Reproducible synthetic conversations of a given length for benchmarks (no real data)."""

from __future__ import annotations

import random

from groomingrisk.v1 import risk_scoring_pb2 as pb

_BENIGN = [
    "hey",
    "how was your day",
    "lol same",
    "did you see the game last night",
    "i have so much homework",
    "the new update broke my wifi driver",
    "try rebooting first",
    "ok thanks",
    "what are you doing later",
    "just watching netflix",
    "haha nice",
    "my sister is so annoying",
    "what did you get on the test",
    "i think it went ok",
    "see you tomorrow",
    "yeah",
    "no way",
    "that is so cool",
    "brb",
    "back",
]
_GROOMING = [
    "asl?",
    "13 f",
    "ur so mature for ur age",
    "r ur parents home?",
    "dont tell anyone ok",
    "send me a pic",
    "add me on snap",
    "i can pick u up after school",
    "its our little secret",
]


def conversation(n_messages: int, seed: int, grooming: bool = False) -> pb.ScoreConversationRequest:
    rng = random.Random(seed)
    request = pb.ScoreConversationRequest(conversation_id=f"bench-{seed}")
    request.participants.add(participant_id="u1", age_years=rng.choice([34, 41, 17, 22]))
    request.participants.add(participant_id="u2", age_years=rng.choice([13, 14, 19, 25]))
    start = 1_760_000_000 + rng.randrange(0, 86400)
    for k in range(n_messages):
        pool = _GROOMING if grooming and rng.random() < 0.3 else _BENIGN
        message = request.messages.add(sender_id="u1" if k % 2 == 0 else "u2", text=rng.choice(pool))
        message.sent_at.seconds = start + 12 * k
    return request
