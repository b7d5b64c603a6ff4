"""Metadata attached to training conversations from stated priors (no public corpus has metadata).

Public grooming and benign transcripts carry no ages, account ages, contact lists or fan-out counts.
The metadata weights of the shipped model are therefore learned from copies of the real training
conversations to which the values below were attached at random *given the label only*. They encode
assumptions, not measurements; the model card lists them, and users with labeled data that has real
metadata retrain with ``grooming-risk train --labeled their.jsonl`` to replace them.

`PRIORS` is the single source of these numbers (the model card prints it).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence

from grooming_risk.model.domain import Conversation, LabeledConversation, Participant
from grooming_risk.training.timing import synthetic_times

PRIORS: dict[str, dict[str, object]] = {
    "all": {
        "timing": "every copy is re-timed by one process whatever its label (training.timing): log-normal "
        "gaps around 16 s. Message rate and bursts are therefore no model input (no evidence to set a prior); "
        "they are reported as the HIGH_MESSAGE_RATE risk factor",
    },
    "grooming": {
        "offender_age": "uniform 18-60 (Perverted-Justice offenders were adults of all ages)",
        "child_age": "uniform 11-15 (decoys posed as 12-14; reported victims are mostly 12-15)",
        "ages_declared": "each participant independently with p=0.7",
        "offender_declares_younger": "p=0.15: declares 16-19 instead of the true age",
        "child_declares_adult": "p=0.2: the child declared 18-21 at sign-up",
        "age_verified": "offender p=0.05, child p=0.0",
        "contacts": "p=0.15 that the pair are contacts",
        "offender_account_age_days": "p=0.5 under 30 days, else uniform 30-2000",
        "offender_minor_contacts_24h": "p=0.4 of 3-12 distinct minors, else 0-2",
        "media": "offender p=0.3, child p=0.3 (images sent on request) of sending media in 5-20% of messages",
        "utc_offset_known": "p=0.5; when known, p=0.6 that the chat starts between 21:00 and 02:00 local",
    },
    "benign": {
        "ages": "from the source: chitchat/IRC/NPS adult rooms 18-65, NPS teen room 13-19, "
        "generated scenarios their own ages; p=0.08 that an adult source is an adult-child "
        "family/teacher chat (adult 28-60, child 8-16, contacts p=0.9)",
        "ages_declared": "each participant independently with p=0.7",
        "child_declares_adult": "p=0.1 for a child",
        "age_verified": "adults p=0.2, children 0",
        "contacts": "p=0.5 (generated scenarios keep their own)",
        "account_age_days": "p=0.15 under 30 days, else uniform 30-3000",
        "minor_contacts_24h": "adults: p=0.03 of 3-6 (teachers, coaches), else 0-1; children 0-8",
        "media": "each sender independently p=0.15 of sending media in 2-15% of their messages",
        "utc_offset_known": "p=0.5; when known, p=0.25 that the chat starts between 21:00 and 02:00 local",
    },
}

_NIGHT_HOURS = [21.0, 22.0, 23.0, 0.0, 1.0]


def _adult_source_ages(source: str, rng: random.Random, n: int) -> list[int]:
    if source == "nps:teens":
        return [rng.randint(13, 19) for _ in range(n)]
    return [rng.randint(18, 65) for _ in range(n)]


def _retime(conversation: Conversation, rng: random.Random, night_probability: float) -> tuple[tuple, int | None]:
    """Re-time the messages (one process for every label); maybe give a local offset and a prior start hour."""
    times = synthetic_times(len(conversation.messages), rng)
    offset = None
    if rng.random() < 0.5:
        offset = rng.choice([-480, -300, -240, 0, 60, 120, 330])
        hour = rng.choice(_NIGHT_HOURS) if rng.random() < night_probability else rng.uniform(7.0, 20.5)
        local_start = (times[0] + offset * 60) % 86400.0
        shift = (hour * 3600.0 - local_start) % 86400.0
        times = [t + shift for t in times]
    return tuple(dataclasses.replace(m, sent_at=t) for m, t in zip(conversation.messages, times, strict=True)), offset


def _media(conversation: Conversation, chance: dict[str, float], rng: random.Random) -> tuple:
    """Mark messages as carrying media: each sender with its own probability of sending any."""
    shares = {sid: rng.uniform(0.05, 0.2) for sid, p in chance.items() if rng.random() < p}
    return tuple(
        dataclasses.replace(m, has_media=True) if rng.random() < shares.get(m.sender_id, 0.0) else m
        for m in conversation.messages
    )


def attach_all(items: Sequence[LabeledConversation], seed: int) -> list[LabeledConversation]:
    """Copies of `items` with metadata drawn in order from one generator seeded with `seed` (reproducible)."""
    rng = random.Random(seed)
    return [attach(i, rng) for i in items]


def attach(item: LabeledConversation, rng: random.Random) -> LabeledConversation:
    """A copy of `item` with metadata drawn from `PRIORS` for its label (and source)."""
    conv = item.conversation
    ids = [p.participant_id for p in conv.participants]
    # In order of first message, not a set: `_media` draws once per sender in this order, and a set of strings
    # iterates in an order that changes with PYTHONHASHSEED (two runs gave different metadata weights).
    senders = list(dict.fromkeys(m.sender_id for m in conv.messages))
    if item.label == 1:
        offenders = set(item.offender_ids) or {ids[0]}
        ages = {}
        for pid in ids:
            if pid in offenders:
                true = rng.randint(18, 60)
                ages[pid] = rng.randint(16, 19) if rng.random() < 0.15 else true
            else:
                true = rng.randint(11, 15)
                ages[pid] = rng.randint(18, 21) if rng.random() < 0.2 else true
        contacts = rng.random() < 0.15
        participants = tuple(
            Participant(
                pid,
                age_years=ages[pid] if rng.random() < 0.7 else None,
                age_verified=pid in offenders and rng.random() < 0.05,
                account_age_days=(rng.randint(0, 29) if rng.random() < 0.5 else rng.randint(30, 2000))
                if pid in offenders
                else rng.randint(30, 1500),
                distinct_minor_contacts_24h=(rng.randint(3, 12) if rng.random() < 0.4 else rng.randint(0, 2))
                if pid in offenders
                else rng.randint(0, 1),
            )
            for pid in ids
        )
        messages = _media(conv, dict.fromkeys(senders, 0.3), rng)
        night = 0.6
    else:
        given = {p.participant_id: p.age_years for p in conv.participants if p.age_years is not None}
        contacts = conv.participants_are_contacts if item.source.startswith("synthetic:") else rng.random() < 0.5
        if given:
            ages = dict(given)
        elif rng.random() < 0.08 and len(ids) == 2:  # a parent, teacher or coach with a child
            ages = {ids[0]: rng.randint(28, 60), ids[1]: rng.randint(8, 16)}
            contacts = rng.random() < 0.9
        else:
            ages = dict(zip(ids, _adult_source_ages(item.source, rng, len(ids)), strict=True))
        declared = {pid: (rng.randint(18, 21) if a < 18 and rng.random() < 0.1 else a) for pid, a in ages.items()}
        participants = tuple(
            Participant(
                pid,
                age_years=declared[pid] if rng.random() < 0.7 else None,
                age_verified=ages[pid] >= 18 and rng.random() < 0.2,
                account_age_days=rng.randint(0, 29) if rng.random() < 0.15 else rng.randint(30, 3000),
                distinct_minor_contacts_24h=(rng.randint(3, 6) if rng.random() < 0.03 else rng.randint(0, 1))
                if ages[pid] >= 18
                else rng.randint(0, 8),
            )
            for pid in ids
        )
        messages = _media(conv, dict.fromkeys(senders, 0.15), rng)
        night = 0.25
    retimed, offset = _retime(dataclasses.replace(conv, messages=messages), rng, night)
    if offset is not None:
        participants = tuple(dataclasses.replace(p, utc_offset_minutes=offset) for p in participants)
    new_conv = dataclasses.replace(
        conv, participants=participants, messages=retimed, participants_are_contacts=contacts
    )
    return dataclasses.replace(item, conversation=new_conv)
