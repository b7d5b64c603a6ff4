"""Routing: a routed conversation becomes an encrypted review case; a discarded one leaves no trace.

This is the only place that writes conversation content anywhere, and it only does so for
conversations the policy routed to human review (S6, S8, S9).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from grooming_risk.model.domain import Conversation
from grooming_risk.model.explain import mark_messages
from grooming_risk.model.policy import TenantPolicy
from grooming_risk.model.scorer import ScoreResult
from grooming_risk.service.review_store import NewCase, ReviewStore
from groomingrisk.v1 import risk_scoring_pb2 as pb


def case_content(
    conversation: Conversation, result: ScoreResult, marks: list[list[str]] | None = None
) -> dict[str, object]:
    """What a reviewer needs: participants, messages with their indicator marks, the likely suspect.
    `marks`: computed already (by a scoring process); else from the pass the score came from."""
    if marks is None:
        marks = mark_messages(conversation, result.analysis)
    return {
        "participants": [asdict(p) for p in conversation.participants],
        "participants_are_contacts": conversation.participants_are_contacts,
        "messages": [
            {
                "sender_id": m.sender_id,
                "sent_at": m.sent_at,
                "text": m.text,
                "has_media": m.has_media,
                "indicators": marks[i],
            }
            for i, m in enumerate(conversation.messages)
        ],
        "suspect_participant_id": result.suspect_participant,
        "risk_factors": sorted(result.evidence.risk_factors),
    }


def request_identity(request: pb.ScoreConversationRequest) -> str:
    """A digest of the request as the caller sent it, equal for a retry of the same call: its deterministic
    serialisation (canonical, whatever client encoded it) hashed in C, with the GIL released for large ones."""
    return hashlib.blake2b(request.SerializeToString(deterministic=True), digest_size=32).hexdigest()


class Router:
    def __init__(self, store: ReviewStore) -> None:
        self.store = store

    def route(
        self,
        conversation: Conversation,
        result: ScoreResult,
        policy: TenantPolicy,
        model_version: str,
        identity: str = "",
        marks: list[list[str]] | None = None,
    ) -> str:
        """Store the case (durably) and return its id; the same request routed again returns the same id.
        `identity`: `request_identity` of the request as the caller sent it (`conversation` may carry 24-hour
        activity the server added, which changes from one call to the next); "": the stored content."""
        return self.store.create_case(
            NewCase(
                tenant_id=policy.tenant_id,
                conversation_id=conversation.conversation_id,
                risk_score=result.risk_score,
                threshold=policy.threshold,
                indicators=result.indicators,
                model_version=model_version,
                messages_count=result.messages_scored,
                content=case_content(conversation, result, marks),
                request_identity=identity,
            )
        )
