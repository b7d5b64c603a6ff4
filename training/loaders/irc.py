"""IRC disentanglement threads (#ubuntu, #linux; Kummerfeld et al. 2019, CC-BY-4.0) as negatives.

Strangers talking one to one or in small groups, short turns, adult. Times are the log's HH:MM on the
log's date. Threads of one source log file share a group.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant


def _stamp(date: str, hhmm: str | None, fallback: float) -> float:
    if not hhmm or ":" not in hhmm:
        return fallback
    base = datetime.fromisoformat(date).replace(tzinfo=UTC).timestamp() if date else 0.0
    hours, minutes = hhmm.split(":")[:2]
    return base + int(hours) * 3600 + int(minutes) * 60


def load_irc_threads(path: Path) -> list[LabeledConversation]:
    out: list[LabeledConversation] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            thread = json.loads(line)
            raw = [m for m in thread["messages"] if m.get("text")]
            speakers = sorted({m["speaker"] for m in raw})
            if len(raw) < 2 or len(speakers) < 2:
                continue
            date = thread.get("date") or "2005-01-01"
            messages, last = [], 0.0
            for m in raw:
                t = max(_stamp(date, m.get("time"), last), last)  # logs cross midnight within a file
                messages.append(Message(m["speaker"], t, m["text"]))
                last = t
            conversation = Conversation(thread["id"], tuple(Participant(s) for s in speakers), tuple(messages))
            out.append(LabeledConversation(conversation, 0, "irc", f"irc:{thread['source_path']}"))
    return out
