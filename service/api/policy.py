"""gRPC servicer of groomingrisk.v1.PolicyService: read and change tenant policies live (audited)."""

from __future__ import annotations

import grpc

from grooming_risk.model.policy import DEFAULT_TENANT, TenantPolicy
from grooming_risk.service.api.common import timestamp
from grooming_risk.service.auth import caller_identity
from grooming_risk.service.errors import InvalidRequest, NotFound
from grooming_risk.service.policy_runtime import FIELDS, LivePolicy
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


class PolicyServicer(ppb_grpc.PolicyServiceServicer):
    def __init__(self, live: LivePolicy) -> None:
        self.live = live

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
