"""Metadata-attached copies of training conversations for the metadata stage (`training.train`).

Uses exactly the serving feature code (`model.features`): a copy with prior-drawn metadata
(`training.metadata_priors`) reuses the text of the original extraction; only the metadata and timing parts
are recomputed, and each sender's row gets its label (is this sender the offender).
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

from grooming_risk.model import features as F
from grooming_risk.model.domain import LabeledConversation
from grooming_risk.training import metadata_priors


def row_labels(item: LabeledConversation, ex: F.Extraction) -> list[int]:
    ids = [item.conversation.participants[s.index].participant_id if s.index >= 0 else "" for s in ex.senders]
    if item.label == 0:
        return [0] * len(ids)
    if item.offender_ids:
        return [1 if pid in item.offender_ids else 0 for pid in ids]
    declared = {p.participant_id: p.age_years for p in item.conversation.participants if p.age_years is not None}
    if declared:  # the oldest declared participant is taken as the offender
        oldest = max(declared, key=lambda k: declared[k])
        return [1 if pid == oldest else 0 for pid in ids]
    return [1] * len(ids)  # unknown: every sender (documented label noise)


def with_metadata(
    item: LabeledConversation, ex: F.Extraction, rng: random.Random
) -> tuple[LabeledConversation, F.Extraction]:
    """A metadata-attached copy of an item and its extraction (text reused, metadata recomputed)."""
    attached = metadata_priors.attach(item, rng)
    conv = attached.conversation
    position = {p.participant_id: k for k, p in enumerate(conv.participants)}
    media: Counter[int] = Counter()
    for i in ex.message_indices:
        m = conv.messages[i]
        if m.has_media:
            media[position.get(m.sender_id, -1)] += 1
    senders = [dataclasses.replace(s, n_media=media.get(s.index, 0)) for s in ex.senders]
    rate, burst, night = F.timing(conv, ex.message_indices)
    new_ex = dataclasses.replace(
        ex, conversation=conv, senders=senders, messages_per_minute=rate, burst=burst, night_messages=night
    )
    return attached, new_ex
