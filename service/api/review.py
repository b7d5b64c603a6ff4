"""gRPC servicer of groomingrisk.v1.ReviewService: protobuf in, the review store, protobuf out.

A case the server cannot decrypt (its key is missing from the keyring, or the row fails authentication) is
still listed — without its conversation id, and marked with the risk factor CONTENT_UNREADABLE — so the rest
of the queue stays usable; GetCase on it answers DATA_LOSS naming the case and the reason. Each such case is
logged (id and reason only) and counted once per process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import grpc

from grooming_risk.service.api.common import timestamp
from grooming_risk.service.auth import caller_identity
from grooming_risk.service.errors import InvalidRequest
from grooming_risk.service.metrics import Metrics
from grooming_risk.service.review_store import (
    CONFIRMED,
    EXPIRED,
    FALSE_POSITIVE,
    PENDING,
    CaseRecord,
    Complaint,
    Referral,
    ReviewStore,
    Undecryptable,
)
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc

log = logging.getLogger(__name__)
T = TypeVar("T")
UNREADABLE_MARK = "CONTENT_UNREADABLE"  # risk factor on a listed case whose content cannot be decrypted

STATE_TO_PB = {
    PENDING: rpb.CASE_STATE_PENDING,
    CONFIRMED: rpb.CASE_STATE_CONFIRMED,
    FALSE_POSITIVE: rpb.CASE_STATE_FALSE_POSITIVE,
    EXPIRED: rpb.CASE_STATE_EXPIRED,
}
STATE_FROM_PB = {v: k for k, v in STATE_TO_PB.items()}
VERDICT_FROM_PB = {rpb.VERDICT_CONFIRMED: CONFIRMED, rpb.VERDICT_FALSE_POSITIVE: FALSE_POSITIVE}
KIND_FROM_PB = {
    rpb.COMPLAINT_KIND_WRONGLY_FLAGGED: "WRONGLY_FLAGGED",
    rpb.COMPLAINT_KIND_ACCOUNT_ACTION: "ACCOUNT_ACTION",
    rpb.COMPLAINT_KIND_OTHER: "OTHER",
}
KIND_TO_PB = {v: k for k, v in KIND_FROM_PB.items()}
STATUS_TO_PB = {
    "OPEN": rpb.COMPLAINT_STATUS_OPEN,
    "UPHELD": rpb.COMPLAINT_STATUS_UPHELD,
    "REJECTED": rpb.COMPLAINT_STATUS_REJECTED,
}
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50
MAX_TEXT = 10_000
DEFAULT_CLAIM_SECONDS = 300  # a claim outlives a normal read of one case; a forgotten tab frees it soon
MAX_CLAIM_SECONDS = 3600
VERDICT_BANDS = 20  # GetVerdictStats: bands of 0.05


def case_to_pb(record: CaseRecord) -> rpb.ReviewCase:
    case = rpb.ReviewCase(
        case_id=record.case_id,
        conversation_id=record.conversation_id or "",
        tenant_id=record.tenant_id,
        risk_score=record.risk_score,
        indicators=list(record.indicators),
        model_version=record.model_version,
        created_at=timestamp(record.created_at),
        state=STATE_TO_PB[record.state],
        threshold=record.threshold,
        messages_scored=record.messages_count,
        reviewer_id=record.reviewer_id or "",
    )
    if record.unreadable is not None:
        case.risk_factors.append(UNREADABLE_MARK)
    if record.verdict_at is not None:
        case.verdict_at.CopyFrom(timestamp(record.verdict_at))
    content = record.content
    if content:
        for p in content["participants"]:
            out = case.participants.add(participant_id=p["participant_id"], age_verified=p["age_verified"])
            for field in ("age_years", "account_age_days", "distinct_minor_contacts_24h", "utc_offset_minutes"):
                if p.get(field) is not None:
                    setattr(out, field, p[field])
        for index, m in enumerate(content["messages"]):
            item = case.messages.add(index=index, indicators=m["indicators"])
            item.message.sender_id = m["sender_id"]
            item.message.text = m["text"]
            item.message.has_media = m["has_media"]
            item.message.sent_at.FromNanoseconds(int(m["sent_at"] * 1e9))
        case.participants_are_contacts = bool(content.get("participants_are_contacts"))
        case.suspect_participant_id = content.get("suspect_participant_id") or ""
        case.risk_factors.extend(content.get("risk_factors", []))
    return case


def complaint_to_pb(complaint: Complaint) -> rpb.Complaint:
    out = rpb.Complaint(
        complaint_id=complaint.complaint_id,
        tenant_id=complaint.tenant_id,
        case_id=complaint.case_id or "",
        kind=KIND_TO_PB[complaint.kind],
        received_at=timestamp(complaint.received_at),
        status=STATUS_TO_PB[complaint.status],
    )
    if complaint.resolved_at is not None:
        out.resolved_at.CopyFrom(timestamp(complaint.resolved_at))
    return out


def referral_to_pb(referral: Referral) -> rpb.Referral:
    return rpb.Referral(
        case_id=referral.case_id,
        organisation=referral.organisation,
        referred_at=timestamp(referral.referred_at),
        recorded_by=referral.actor,
    )


def _reviewer(given: str, context: grpc.ServicerContext) -> str:
    """The authenticated reviewer if tokens are in use, else the id the client gives (required)."""
    identity = caller_identity(context)
    if identity:
        return identity
    if not given:
        raise InvalidRequest("reviewer_id is required")
    if len(given) > 256:
        raise InvalidRequest("reviewer_id is longer than 256 characters")
    return given


class ReviewServicer(rpb_grpc.ReviewServiceServicer):
    def __init__(self, store: ReviewStore, metrics: Metrics, retention_days: int) -> None:
        self.store = store
        self.metrics = metrics
        self.retention_days = retention_days
        self._unreadable_seen: set[str] = set()
        self._seen_lock = threading.Lock()

    def _unreadable(self, error: Undecryptable) -> None:
        """Log and count an undecryptable case once per process (listings repeat; the alert should not)."""
        with self._seen_lock:
            if error.row_id in self._unreadable_seen:
                return
            self._unreadable_seen.add(error.row_id)
        self.metrics.undecryptable_cases.labels(error.reason).inc()
        log.error("%s; it stays listed, marked %s", error, UNREADABLE_MARK)

    def _reporting(self, call: Callable[[], T]) -> T:
        try:
            return call()
        except Undecryptable as error:
            self._unreadable(error)
            raise

    def _case(self, record: CaseRecord) -> rpb.ReviewCase:
        if record.unreadable is not None:
            self._unreadable(record.unreadable)
        return case_to_pb(record)

    def ListCases(self, request: rpb.ListCasesRequest, context: grpc.ServicerContext) -> rpb.ListCasesResponse:
        if request.page_size < 0 or request.page_size > MAX_PAGE_SIZE:
            raise InvalidRequest(f"page_size must be between 0 and {MAX_PAGE_SIZE}")
        state = STATE_FROM_PB.get(request.state, PENDING)
        records, token = self.store.list_cases(
            request.tenant_id or None,
            state,
            request.page_size or DEFAULT_PAGE_SIZE,
            request.page_token or None,
            oldest_first=request.order == rpb.CASE_ORDER_OLDEST_FIRST,
        )
        cases = [self._case(r) for r in records]
        self._mark_claims(cases)
        return rpb.ListCasesResponse(cases=cases, next_page_token=token or "")

    def _mark_claims(self, cases: list[rpb.ReviewCase]) -> None:
        """Fill claimed_by/claim_expires_at from the live claims, so every reviewer sees who is on a case."""
        claims = self.store.live_claims([c.case_id for c in cases if c.state == rpb.CASE_STATE_PENDING])
        for case in cases:
            if case.case_id in claims:
                holder, expires = claims[case.case_id]
                case.claimed_by = holder
                case.claim_expires_at.CopyFrom(timestamp(expires))

    def GetCase(self, request: rpb.GetCaseRequest, context: grpc.ServicerContext) -> rpb.ReviewCase:
        if not request.case_id:
            raise InvalidRequest("case_id is required")
        reviewer = _reviewer(request.reviewer_id, context)
        case = self._case(self._reporting(lambda: self.store.get_case(request.case_id, reviewer)))
        self._mark_claims([case])
        return case

    def SubmitVerdict(self, request: rpb.SubmitVerdictRequest, context: grpc.ServicerContext) -> rpb.ReviewCase:
        if not request.case_id:
            raise InvalidRequest("case_id is required")
        verdict = VERDICT_FROM_PB.get(request.verdict)
        if verdict is None:
            raise InvalidRequest("verdict must be VERDICT_CONFIRMED or VERDICT_FALSE_POSITIVE")
        if len(request.note) > MAX_TEXT:
            raise InvalidRequest(f"note is longer than {MAX_TEXT} characters")
        reviewer = _reviewer(request.reviewer_id, context)
        record = self._reporting(
            lambda: self.store.submit_verdict(request.case_id, verdict, reviewer, request.note, self.retention_days)
        )
        self.metrics.verdicts.labels(record.tenant_id, verdict, record.model_version).inc()
        if record.verdict_at is not None:
            self.metrics.review_latency.observe(max(0.0, record.verdict_at - record.created_at))
        self.metrics.queue_depth.dec()
        if verdict == FALSE_POSITIVE:
            self.metrics.erasures.labels("false_positive").inc()
        return self._case(record)

    def RecordComplaint(self, request: rpb.RecordComplaintRequest, context: grpc.ServicerContext) -> rpb.Complaint:
        kind = KIND_FROM_PB.get(request.kind)
        if kind is None:
            raise InvalidRequest("kind must be a COMPLAINT_KIND_ value other than UNSPECIFIED")
        if not request.tenant_id:
            raise InvalidRequest("tenant_id is required")
        if len(request.details) > MAX_TEXT:
            raise InvalidRequest(f"details is longer than {MAX_TEXT} characters")
        complaint = self.store.record_complaint(request.tenant_id, request.case_id or None, kind, request.details)
        self.metrics.complaints.labels(complaint.tenant_id).inc()
        return complaint_to_pb(complaint)

    def ResolveComplaint(self, request: rpb.ResolveComplaintRequest, context: grpc.ServicerContext) -> rpb.Complaint:
        outcomes = {rpb.COMPLAINT_STATUS_UPHELD: "UPHELD", rpb.COMPLAINT_STATUS_REJECTED: "REJECTED"}
        outcome = outcomes.get(request.outcome)
        if outcome is None:
            raise InvalidRequest("outcome must be COMPLAINT_STATUS_UPHELD or COMPLAINT_STATUS_REJECTED")
        if not request.complaint_id:
            raise InvalidRequest("complaint_id is required")
        reviewer = _reviewer(request.reviewer_id, context)
        return complaint_to_pb(self.store.resolve_complaint(request.complaint_id, outcome, reviewer, request.note))

    def RecordReferral(
        self, request: rpb.RecordReferralRequest, context: grpc.ServicerContext
    ) -> rpb.RecordReferralResponse:
        """A confirmed case reported to an organisation: recorded (name, time, who), audited; no content."""
        if not request.case_id:
            raise InvalidRequest("case_id is required")
        if len(request.case_id) > 256:
            raise InvalidRequest("case_id is longer than 256 characters")
        actor = _reviewer(request.reviewer_id, context)
        referral, created = self.store.record_referral(request.case_id, request.organisation, actor)
        return rpb.RecordReferralResponse(referral=referral_to_pb(referral), created=created)

    def ClaimCase(self, request: rpb.ClaimCaseRequest, context: grpc.ServicerContext) -> rpb.ClaimCaseResponse:
        if not request.case_id:
            raise InvalidRequest("case_id is required")
        if not 0 <= request.claim_seconds <= MAX_CLAIM_SECONDS:
            raise InvalidRequest(f"claim_seconds must be between 0 and {MAX_CLAIM_SECONDS}")
        reviewer = _reviewer(request.reviewer_id, context)
        granted, holder, expires = self.store.claim_case(
            request.case_id, reviewer, request.claim_seconds or DEFAULT_CLAIM_SECONDS
        )
        return rpb.ClaimCaseResponse(
            case_id=request.case_id, granted=granted, claimed_by=holder, expires_at=timestamp(expires)
        )

    def ReleaseCase(self, request: rpb.ReleaseCaseRequest, context: grpc.ServicerContext) -> rpb.ReleaseCaseResponse:
        if not request.case_id:
            raise InvalidRequest("case_id is required")
        reviewer = _reviewer(request.reviewer_id, context)
        return rpb.ReleaseCaseResponse(released=self.store.release_case(request.case_id, reviewer))

    def ListComplaints(
        self, request: rpb.ListComplaintsRequest, context: grpc.ServicerContext
    ) -> rpb.ListComplaintsResponse:
        if request.page_size < 0 or request.page_size > MAX_PAGE_SIZE:
            raise InvalidRequest(f"page_size must be between 0 and {MAX_PAGE_SIZE}")
        statuses = {v: k for k, v in STATUS_TO_PB.items()}
        if request.status != rpb.COMPLAINT_STATUS_UNSPECIFIED and request.status not in statuses:
            raise InvalidRequest("status is not a known complaint status")
        complaints, token = self.store.list_complaints(
            request.tenant_id or None,
            statuses.get(request.status),
            request.page_size or DEFAULT_PAGE_SIZE,
            request.page_token or None,
        )
        return rpb.ListComplaintsResponse(
            complaints=[complaint_to_pb(c) for c in complaints], next_page_token=token or ""
        )

    def GetVerdictStats(
        self, request: rpb.GetVerdictStatsRequest, context: grpc.ServicerContext
    ) -> rpb.GetVerdictStatsResponse:
        """Counts per score band only: enough to draw precision by threshold, nothing about any one case."""
        confirmed = [0] * VERDICT_BANDS
        false_positive = [0] * VERDICT_BANDS
        for score, is_confirmed in self.store.verdict_scores(request.tenant_id or None):
            band = min(VERDICT_BANDS - 1, max(0, int(score * VERDICT_BANDS)))
            if is_confirmed:
                confirmed[band] += 1
            else:
                false_positive[band] += 1
        return rpb.GetVerdictStatsResponse(
            bands=[
                rpb.VerdictBand(score_from=i / VERDICT_BANDS, confirmed=confirmed[i], false_positive=false_positive[i])
                for i in range(VERDICT_BANDS)
            ]
        )
