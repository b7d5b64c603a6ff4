"""Which messages carried which indicator: what a reviewer sees next to a routed conversation.

Only computed for routed conversations (never on the scoring hot path for discarded ones). It reads the
pass the conversation was scored from (`model.evidence.Analysis`): the windowed, normalised messages and
their category masks are not computed again; only the per-message age scan is its own.
"""

from __future__ import annotations

from grooming_risk.model.domain import Conversation
from grooming_risk.model.evidence import Analysis
from grooming_risk.model.features import SELF_DISCLOSED_MINOR, age_evidence, window_messages
from grooming_risk.model.indicators import categories_in
from grooming_risk.model.language import identify
from grooming_risk.model.normalize import normalize_texts
from grooming_risk.model.packs import match_messages

#: The age scan of a message without its child-cue scans (the marks use the ages only).
_NO_CUE_WORDS: frozenset[str] = frozenset()


def mark_messages(conversation: Conversation, analysis: Analysis | None = None) -> list[list[str]]:
    """Indicator ids per message of the request (messages outside the 24 h window get none). `analysis`: the
    one the conversation was scored from; without it (a result that crossed a process boundary) the window
    is normalised and matched here, and nothing else of a full extraction is done."""
    if analysis is not None:
        ex = analysis.extraction
        indices, normalized, masks = ex.message_indices, ex.normalized, ex.message_masks
        languages = ex.languages.messages
    else:
        indices = window_messages(conversation)
        texts = [conversation.messages[i].text for i in indices]
        normalized = normalize_texts(texts)
        languages = identify(texts).messages
        masks = match_messages(normalized, [text.split() for text in normalized], languages)
    marks: list[list[str]] = [[] for _ in conversation.messages]
    for i, text, mask, code in zip(indices, normalized, masks, languages, strict=True):
        ids = categories_in(mask)
        evidence = age_evidence([text], [0], (code,), _NO_CUE_WORDS)  # read in the message's own language
        if any(a < 18 for a in (*evidence.self_ages, *evidence.other_ages)):
            ids.append(SELF_DISCLOSED_MINOR)
        marks[i] = ids
    return marks
