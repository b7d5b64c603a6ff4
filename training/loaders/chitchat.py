"""chitchat-dataset (PyPI, MIT): 7,168 real conversations between people, with senders and timestamps.

Benign, adult, mostly getting-to-know-you small talk, which makes it a useful negative for the
friendship-forming language of grooming. Conversations longer than `max_len` messages are cut into
consecutive windows that share a group.
"""

from __future__ import annotations

from datetime import datetime

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant


def _epoch(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def load_chitchat(limit: int | None = None, max_len: int = 150) -> list[LabeledConversation]:
    """Load chitchat conversations as label-0 examples (needs the `training` extra)."""
    import chitchat_dataset  # imported here: a training-only dependency

    out: list[LabeledConversation] = []
    for number, (key, value) in enumerate(sorted(chitchat_dataset.Dataset().items())):
        if limit is not None and number >= limit:
            break
        raw = [m for turn in value["messages"] for m in turn if m.get("text")]
        if len(raw) < 2:
            continue
        senders = sorted({m["sender"] for m in raw})
        alias = {s: f"cc-{number:05d}-{k}" for k, s in enumerate(senders)}
        participants = tuple(Participant(alias[s]) for s in senders)
        for w, start in enumerate(range(0, len(raw), max_len)):
            chunk = raw[start : start + max_len]
            if len(chunk) < 2:
                continue
            messages = tuple(Message(alias[m["sender"]], _epoch(m["timestamp"]), m["text"]) for m in chunk)
            conversation = Conversation(f"cc-{number:05d}-w{w}", participants, messages)
            out.append(LabeledConversation(conversation, 0, "chitchat", f"chitchat:{key}"))
    return out
