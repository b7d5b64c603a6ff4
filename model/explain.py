"""Which messages carried which indicator: what a reviewer sees next to a routed conversation.

Only computed for routed conversations (never on the scoring hot path for discarded ones).
"""

from __future__ import annotations

from model import ages as age_text
from model.domain import Conversation
from model.features import SELF_DISCLOSED_MINOR, window_messages
from model.indicators import categories_in, match_message
from model.normalize import normalize_texts


def mark_messages(conversation: Conversation) -> list[list[str]]:
    """Indicator ids per message of the request (messages outside the 24 h window get none)."""
    marks: list[list[str]] = [[] for _ in conversation.messages]
    indices = window_messages(conversation)
    normalized = normalize_texts([conversation.messages[i].text for i in indices])
    for i, text in zip(indices, normalized, strict=True):
        ids = categories_in(match_message(text))
        evidence = age_text.extract_age_evidence(text)
        if any(a < 18 for a in (*evidence.self_ages, *evidence.other_ages)):
            ids.append(SELF_DISCLOSED_MINOR)
        marks[i] = ids
    return marks
