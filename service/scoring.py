"""The scoring core behind every transport: validate → score → decide → route or discard → count.

The gRPC handler and the offline ``grooming-risk score`` command both call `ScoringCore.score_request`,
so they give the same answer for the same request; only the offline command runs without a router
(nothing is stored).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from grooming_risk.model.domain import Conversation
from grooming_risk.model.evidence import minor_ids
from grooming_risk.model.features import HIGH_MESSAGES_24H, extract
from grooming_risk.model.policy import Decision, DiscardReason, PolicySet, TenantPolicy, decide
from grooming_risk.model.scorer import Model, ScoreResult
from grooming_risk.model.validation import Limits, validate_request
from grooming_risk.service.behaviour import Behaviour, BehaviourUnavailable
from grooming_risk.service.counters import CounterBuffer
from grooming_risk.service.errors import Expired, NotFound, Unavailable
from grooming_risk.service.metrics import Metrics
from grooming_risk.service.routing import Router, request_identity
from groomingrisk.v1 import risk_scoring_pb2 as pb

_DECISION = {Decision.DISCARDED: pb.DECISION_DISCARDED, Decision.ROUTED_TO_REVIEW: pb.DECISION_ROUTED_TO_REVIEW}
_REASON = {
    DiscardReason.NONE: pb.DISCARD_REASON_UNSPECIFIED,
    DiscardReason.BELOW_THRESHOLD: pb.DISCARD_REASON_BELOW_THRESHOLD,
    DiscardReason.SINGLE_INDICATOR: pb.DISCARD_REASON_SINGLE_INDICATOR,
    DiscardReason.VERIFIED_ADULTS: pb.DISCARD_REASON_VERIFIED_ADULTS,
    DiscardReason.PEERS: pb.DISCARD_REASON_PEERS,
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A scored request and the policy's decision, before any routing."""

    conversation: Conversation  # as scored: with 24-hour activity the server added
    policy: TenantPolicy
    result: ScoreResult
    decision: Decision
    reason: DiscardReason
    seconds: float  # in-process scoring time
    request: pb.ScoreConversationRequest  # as the caller sent it: what makes a retry the same request
    marks: list[list[str]] | None = None  # indicator ids per message, when a scoring process computed them

    @property
    def routed(self) -> bool:
        return self.decision is Decision.ROUTED_TO_REVIEW


class ScoringCore:
    def __init__(
        self,
        model: Model,
        policies: PolicySet,
        limits: Limits,
        metrics: Metrics | None = None,
        router: Router | None = None,
        counters: CounterBuffer | None = None,
        on_store_error: Callable[[], None] | None = None,
        behaviour: Behaviour | None = None,
    ) -> None:
        self.model = model
        self.policies = policies  # replaced as a whole on reload: a request uses the set it started with
        self.limits = limits
        self.metrics = metrics
        self.router = router
        self.counters = counters
        self.on_store_error = on_store_error
        self.behaviour = behaviour
        self._children: dict[tuple[str, Decision, DiscardReason], tuple[Any, Any, Any]] = {}

    def evaluate(self, request: pb.ScoreConversationRequest, alive: Callable[[], bool] = lambda: True) -> Evaluation:
        """Validate, score and decide (pure CPU, no I/O); raises service errors."""
        conversation = validate_request(request, self.limits)
        policy = self.policy_for(request, alive)
        started = time.perf_counter()
        extraction = extract(conversation)
        if self.behaviour is not None:
            minors = minor_ids(extraction, policy.rules)  # ages only: cheap, before scoring
            enriched = self.with_behaviour(conversation, minors)
            if enriched is not None:  # derived fan-out or message counts: the same text, other participant counts
                conversation = enriched
                extraction = dataclasses.replace(extraction, conversation=enriched)
        result = self.model.score_extraction(extraction, policy.rules)
        elapsed = time.perf_counter() - started
        return self.decided(conversation, policy, result, elapsed, request)

    def policy_for(self, request: pb.ScoreConversationRequest, alive: Callable[[], bool]) -> TenantPolicy:
        """The tenant's policy, once the call is known to be still wanted (also for the scoring processes)."""
        policy = self.policies.for_tenant(request.tenant_id)
        if policy is None:
            raise NotFound("tenant_id has no policy")
        if not alive():
            raise Expired("the deadline passed (or the call was cancelled) before scoring")
        return policy

    @staticmethod
    def decided(
        conversation: Conversation,
        policy: TenantPolicy,
        result: ScoreResult,
        seconds: float,
        request: pb.ScoreConversationRequest,
        marks: list[list[str]] | None = None,
    ) -> Evaluation:
        """The policy's decision on a scored conversation."""
        decision, reason = decide(result.risk_score, result.evidence, policy)
        return Evaluation(conversation, policy, result, decision, reason, seconds, request, marks)

    def with_behaviour(self, conversation: Conversation, minors: frozenset[str]) -> Conversation | None:
        """Record who messaged which minor; fill in 24-hour activity the caller did not send."""
        assert self.behaviour is not None
        times: dict[str, list[float]] = {}
        for message in conversation.messages:
            times.setdefault(message.sender_id, []).append(message.sent_at)
        edges = [(sender, minor) for sender in times if sender not in minors for minor in minors if minor != sender]
        try:
            activity = self.behaviour.record(conversation.conversation_id, edges, times, time.time())
        except BehaviourUnavailable:
            if self.metrics is not None:
                self.metrics.behaviour_errors.inc()
            return None
        if not any(
            seen.messages_24h >= HIGH_MESSAGES_24H or (seen.minors_24h and p.distinct_minor_contacts_24h is None)
            for p in conversation.participants
            if (seen := activity.get(p.participant_id)) is not None
        ):
            return None  # nothing that could change the score (e.g. two adults): no copies made
        participants = []
        for p in conversation.participants:
            seen = activity.get(p.participant_id)
            if seen is not None:
                fan_out = p.distinct_minor_contacts_24h
                if fan_out is None and seen.minors_24h:
                    fan_out = seen.minors_24h
                p = dataclasses.replace(p, messages_24h=seen.messages_24h, distinct_minor_contacts_24h=fan_out)
            participants.append(p)
        return dataclasses.replace(conversation, participants=tuple(participants))

    def route(self, evaluation: Evaluation, alive: Callable[[], bool] = lambda: True) -> str:
        """Store a routed conversation (the one blocking step); "" when no router is configured."""
        if evaluation.decision is not Decision.ROUTED_TO_REVIEW or self.router is None:
            return ""
        if not alive():  # expired work is not stored
            raise Expired("the deadline passed (or the call was cancelled) before routing")
        try:
            return self.router.route(
                evaluation.conversation,
                evaluation.result,
                evaluation.policy,
                self.model.version,
                request_identity(evaluation.request),
                evaluation.marks,
            )
        except Unavailable:
            if self.on_store_error is not None:
                self.on_store_error()
            raise

    def response(self, evaluation: Evaluation, case_id: str) -> pb.ScoreConversationResponse:
        """The response for an evaluated (and, when routed, stored) conversation."""
        result, policy = evaluation.result, evaluation.policy
        return pb.ScoreConversationResponse(
            conversation_id=evaluation.conversation.conversation_id,
            risk_score=result.risk_score,
            decision=_DECISION[evaluation.decision],
            threshold=policy.threshold,
            indicators=list(result.indicators),
            model_version=self.model.version,
            review_case_id=case_id,
            discard_reason=_REASON[evaluation.reason],
            messages_scored=result.messages_scored,
            languages=list(result.languages),
        )

    def score_request(
        self, request: pb.ScoreConversationRequest, alive: Callable[[], bool] = lambda: True
    ) -> pb.ScoreConversationResponse:
        """Evaluate, route if needed, count and respond, all in the calling thread."""
        evaluation = self.evaluate(request, alive)
        case_id = self.route(evaluation, alive)
        self.count(evaluation)
        return self.response(evaluation, case_id)

    def count(self, evaluation: Evaluation) -> None:
        """Count a decision in the metrics and the persisted counters (never the content: tenant, decision,
        reason, score and sizes only). The gRPC handlers call it once the response is handed to gRPC."""
        result = evaluation.result
        tenant, decision, reason = evaluation.policy.tenant_id, evaluation.decision, evaluation.reason
        score, messages, elapsed = result.risk_score, result.messages_scored, evaluation.seconds
        routed = decision is Decision.ROUTED_TO_REVIEW
        if self.metrics is not None:
            m = self.metrics
            key = (tenant, decision, reason)
            children = self._children.get(key)
            if children is None:  # label lookups cost microseconds: once per (tenant, decision, reason)
                children = self._children[key] = (
                    m.decisions.labels(tenant, decision.value),
                    m.messages_scored.labels(tenant),
                    m.safeguard_discards.labels(tenant, reason.value)
                    if reason not in (DiscardReason.NONE, DiscardReason.BELOW_THRESHOLD)
                    else None,
                )
            decisions, messages_scored, safeguard = children
            decisions.inc()
            m.risk_score.observe(score)
            m.scoring_seconds.observe(elapsed)
            messages_scored.inc(messages)
            if safeguard is not None:
                safeguard.inc()
            if routed:
                m.queue_depth.inc()
        if self.counters is not None:
            self.counters.add(
                tenant,
                self.model.version,
                {
                    "scored": 1,
                    "messages": messages,
                    "routed": int(routed),
                    "discarded": int(not routed),
                    "safeguard_discards": int(reason not in (DiscardReason.NONE, DiscardReason.BELOW_THRESHOLD)),
                },
            )
