"""NPS Chat Corpus (2006 age-specific public chat rooms: teens, 20s, 30s, 40s, adults) as hard negatives.

Rooms are multi-party. Each session (``nps_chat_sessions.jsonl``) is cut into consecutive windows of
`window` posts without the ``System`` posts (joins, parts, nick changes); every speaker of a window is a
participant. All windows of a session share a group. The room's age band is kept in `source`
(e.g. ``nps:teens``) so evaluation can report it separately.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.training.timing import synthetic_times


def load_nps_chat(path: Path, window: int = 40, seed: int = 0) -> list[LabeledConversation]:
    rng = random.Random(seed)
    out: list[LabeledConversation] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            session = json.loads(line)
            posts = [m for m in session["messages"] if m.get("dialogue_act") != "System" and m.get("text")]
            for w, start in enumerate(range(0, len(posts), window)):
                chunk = posts[start : start + window]
                speakers = sorted({m["speaker"] for m in chunk})
                if len(chunk) < 5 or len(speakers) < 2:
                    continue
                times = synthetic_times(len(chunk), rng)
                messages = tuple(Message(m["speaker"], t, m["text"]) for m, t in zip(chunk, times, strict=False))
                conversation = Conversation(f"{session['id']}-w{w}", tuple(Participant(s) for s in speakers), messages)
                out.append(LabeledConversation(conversation, 0, f"nps:{session['room']}", f"nps:{session['id']}"))
    return out
