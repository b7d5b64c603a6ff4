"""gRPC servicer of groomingrisk.v1.PolicyService: read and change tenant policies live (audited)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import grpc

from grooming_risk.model.policy import DEFAULT_TENANT, TenantPolicy
from grooming_risk.service.api.common import timestamp
from grooming_risk.service.auth import caller_identity
from grooming_risk.service.errors import Conflict, InvalidRequest, NotFound
from grooming_risk.service.policy_runtime import FIELDS, LivePolicy
from grooming_risk.service.report import build_report, parse_day, render, retention_terms
from grooming_risk.service.report_facts import ReportFacts, load_facts
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc

MAX_REASON = 1000


def policy_to_pb(policy: TenantPolicy, live: LivePolicy) -> ppb.Policy:
    out = ppb.Policy(
        tenant_id=policy.tenant_id,
        threshold=policy.threshold,
        adult_age=policy.rules.adult_age,
        min_age_gap_years=policy.rules.min_age_gap_years,
        peer_max_gap_years=policy.rules.peer_max_gap_years,
        jurisdiction=policy.jurisdiction or "",
        source=live.source_of(policy.tenant_id),
    )
    updated = live.store.policy_updated_at(policy.tenant_id)
    if updated is not None:
        out.updated_at.CopyFrom(timestamp(updated))
    return out


@dataclass(frozen=True)
class ReportInputs:
    """What the transparency report states besides the store: the server's retention settings and the
    operator's facts file (legal ground, transfers, organisations)."""

    confirmed_retention_days: int
    pending_review_limit_days: float
    facts_file: Path | None = None


_FORMATS = {
    ppb.REPORT_FORMAT_UNSPECIFIED: ("html", "text/html; charset=utf-8"),
    ppb.REPORT_FORMAT_HTML: ("html", "text/html; charset=utf-8"),
    ppb.REPORT_FORMAT_MARKDOWN: ("md", "text/markdown; charset=utf-8"),
    ppb.REPORT_FORMAT_JSON: ("json", "application/json"),
}
HISTORY_LIMIT, HISTORY_MAX = 100, 500


class PolicyServicer(ppb_grpc.PolicyServiceServicer):
    def __init__(self, live: LivePolicy, report: ReportInputs | None = None) -> None:
        self.live = live
        self.report = report

    def GetPolicy(self, request: ppb.GetPolicyRequest, context: grpc.ServicerContext) -> ppb.Policy:
        policy = self.live.current.for_tenant(request.tenant_id)
        if policy is None:
            raise NotFound("tenant_id has no policy")
        return policy_to_pb(policy, self.live)

    def ListPolicies(self, request: ppb.ListPoliciesRequest, context: grpc.ServicerContext) -> ppb.ListPoliciesResponse:
        tenants = sorted(self.live.current.tenants.values(), key=lambda t: (t.tenant_id != DEFAULT_TENANT, t.tenant_id))
        return ppb.ListPoliciesResponse(policies=[policy_to_pb(t, self.live) for t in tenants])

    def UpdatePolicy(self, request: ppb.UpdatePolicyRequest, context: grpc.ServicerContext) -> ppb.Policy:
        actor = caller_identity(context) or request.actor
        if len(request.reason) > MAX_REASON:
            raise InvalidRequest(f"reason is longer than {MAX_REASON} characters")
        if request.reset_to_file:
            return policy_to_pb(self.live.reset(request.tenant_id, request.reason, actor), self.live)
        changes = {field: getattr(request, field) for field in FIELDS if request.HasField(field)}
        if not changes:
            raise InvalidRequest("nothing to change: set threshold or an age rule, or reset_to_file")
        return policy_to_pb(self.live.update(request.tenant_id, changes, request.reason, actor), self.live)

    def GetThresholdHistory(
        self, request: ppb.GetThresholdHistoryRequest, context: grpc.ServicerContext
    ) -> ppb.GetThresholdHistoryResponse:
        """Every recorded threshold of a tenant, newest first (what the report's threshold table lists)."""
        if request.limit < 0 or request.limit > HISTORY_MAX:
            raise InvalidRequest(f"limit must be between 0 and {HISTORY_MAX}")
        policy = self.live.current.for_tenant(request.tenant_id)
        if policy is None:
            raise NotFound("tenant_id has no policy")
        rows = [r for r in self.live.store.threshold_history(0.0, float("inf")) if r[1] == policy.tenant_id]
        changes = []
        for at, tenant, old, new, actor, reason, source in reversed(rows[-(request.limit or HISTORY_LIMIT) :]):
            change = ppb.ThresholdChange(tenant_id=tenant, new_threshold=new, actor=actor, reason=reason, source=source)
            change.changed_at.CopyFrom(timestamp(at))
            if old is not None:
                change.old_threshold = old
            changes.append(change)
        return ppb.GetThresholdHistoryResponse(changes=changes)

    def GetTransparencyReport(
        self, request: ppb.GetTransparencyReportRequest, context: grpc.ServicerContext
    ) -> ppb.GetTransparencyReportResponse:
        """The yearly report, rendered here from the store (numbers only) so that an admin's browser or script
        can fetch it without access to the store; the same figures as `grooming-risk report`."""
        if self.report is None:
            raise Conflict("this server was started without report settings")
        try:
            start = parse_day(request.from_date, "from_date")
            end = parse_day(request.to_date, "to_date")
        except ValueError as error:
            raise InvalidRequest(str(error)) from None
        if end < start:
            raise InvalidRequest("to_date is before from_date")
        fmt = _FORMATS.get(request.format)
        if fmt is None:
            raise InvalidRequest("format is not a known ReportFormat")
        try:
            facts = load_facts(self.report.facts_file) if self.report.facts_file else ReportFacts()
        except (OSError, ValueError) as error:
            raise Conflict(f"the server's report facts file is not usable: {error}") from None
        inputs = self.report
        thresholds = {t.tenant_id: t.threshold for t in self.live.current.tenants.values()}
        retention = retention_terms(inputs.confirmed_retention_days, inputs.pending_review_limit_days)
        built = build_report(self.live.store, start, end, retention, thresholds, facts)
        extension, content_type = fmt
        missing = [(f"({m['item']}) " if m["item"] else "") + str(m["what"]) for m in built["completeness"]["missing"]]
        return ppb.GetTransparencyReportResponse(
            content=render(built, "markdown" if extension == "md" else extension).encode("utf-8"),
            content_type=content_type,
            filename=f"transparency-report-{start.isoformat()}-{end.isoformat()}.{extension}",
            missing_items=missing,
        )
