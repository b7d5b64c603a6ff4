"""Tenant policies (threshold and age rules per tenant and jurisdiction) and the routing decision.

Policy file (TOML)::

    [jurisdictions.eu-default]          # named presets that tenants inherit
    min_age_gap_years = 5
    [jurisdictions.strict]
    min_age_gap_years = 3
    peer_max_gap_years = 2

    [tenants.default]                   # always present (added with built-in values if missing)
    threshold = 0.5
    [tenants.acme-chat]
    jurisdiction = "strict"             # inherits the preset, then overrides
    threshold = 0.35

Keys of a tenant or preset: ``threshold`` (0 < t <= 1), ``adult_age``, ``min_age_gap_years``,
``peer_max_gap_years``; a tenant may also name a ``jurisdiction``. Unknown keys are errors, so a typo
never silently changes nothing. A file that fails validation never replaces the running policy.

The decision applies the safeguards after the threshold (S1, S5, S6): a conversation is routed only when
its score reaches the tenant's threshold *and* it shows at least one text element (an indicator category, or
learned grooming language over several messages) *and* at least two independent elements of suspicion, and
it is not between verified adults or between peers. A conversation
with a single participant (listed or writing) is scored but never routed: there is no one to groom in it.
"""

from __future__ import annotations

import enum
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from grooming_risk.model.evidence import Evidence
from grooming_risk.model.rules import ScoringRules

DEFAULT_TENANT = "default"
_RULE_KEYS = ("adult_age", "min_age_gap_years", "peer_max_gap_years")
_TENANT_KEYS = frozenset({"threshold", "jurisdiction", *_RULE_KEYS})
_PRESET_KEYS = frozenset({"threshold", *_RULE_KEYS})


class PolicyError(ValueError):
    """A policy file or update is invalid; the message says where and why."""


class Decision(enum.Enum):
    DISCARDED = "DISCARDED"
    ROUTED_TO_REVIEW = "ROUTED_TO_REVIEW"


class DiscardReason(enum.Enum):
    NONE = "NONE"
    BELOW_THRESHOLD = "BELOW_THRESHOLD"
    SINGLE_INDICATOR = "SINGLE_INDICATOR"
    VERIFIED_ADULTS = "VERIFIED_ADULTS"
    PEERS = "PEERS"


@dataclass(frozen=True, slots=True)
class TenantPolicy:
    tenant_id: str
    threshold: float
    rules: ScoringRules
    jurisdiction: str | None = None


@dataclass(frozen=True)
class PolicySet:
    """All tenants' policies; immutable, replaced as a whole on reload or update."""

    tenants: Mapping[str, TenantPolicy]
    jurisdictions: Mapping[str, Mapping[str, Any]]
    source: str  # file path or "built-in"

    def for_tenant(self, tenant_id: str) -> TenantPolicy | None:
        return self.tenants.get(tenant_id or DEFAULT_TENANT)


def decide(score: float, evidence: Evidence, policy: TenantPolicy) -> tuple[Decision, DiscardReason]:
    """Route or discard: the threshold first, then the safeguards (combination rule, adults, peers)."""
    if score < policy.threshold:
        return Decision.DISCARDED, DiscardReason.BELOW_THRESHOLD
    if evidence.verified_adults:
        return Decision.DISCARDED, DiscardReason.VERIFIED_ADULTS
    if evidence.peers:
        return Decision.DISCARDED, DiscardReason.PEERS
    if not evidence.meets_combination_rule():
        # One person alone lacks the element every other one presupposes (someone to groom); the contract has
        # no reason of its own for it yet, and SINGLE_INDICATOR ("not enough independent elements") is nearest.
        return Decision.DISCARDED, DiscardReason.SINGLE_INDICATOR
    return Decision.ROUTED_TO_REVIEW, DiscardReason.NONE


def _check_threshold(value: Any, where: str) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0.0 < float(value) <= 1.0
    ):
        raise PolicyError(f"{where}: threshold must be a number in (0, 1]")
    return float(value)


def _check_keys(table: Any, allowed: frozenset[str], where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise PolicyError(f"{where}: must be a table")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise PolicyError(f"{where}: unknown key(s) {', '.join(unknown)}")
    return table


def _rules(values: Mapping[str, Any], where: str) -> ScoringRules:
    kwargs = {}
    for key in _RULE_KEYS:
        if key in values:
            if isinstance(values[key], bool) or not isinstance(values[key], int):
                raise PolicyError(f"{where}: {key} must be an integer")
            kwargs[key] = values[key]
    try:
        return ScoringRules(**kwargs)
    except ValueError as exc:
        raise PolicyError(f"{where}: {exc}") from None


def _section(data: Mapping[str, Any], name: str) -> dict[str, Any]:
    """A top-level table of the policy (``[tenants.NAME]`` or ``[jurisdictions.NAME]`` sections)."""
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise PolicyError(f"{name}: must be a table of named sections ([{name}.NAME]), not a {type(value).__name__}")
    return dict(value)


def build_policy(data: Mapping[str, Any], default_threshold: float, source: str) -> PolicySet:
    """Validate a parsed policy document and resolve inheritance."""
    _check_keys(dict(data), frozenset({"tenants", "jurisdictions"}), source)
    presets = {}
    for name, table in _section(data, "jurisdictions").items():
        presets[name] = _check_keys(table, _PRESET_KEYS, f"jurisdictions.{name}")
        _rules(presets[name], f"jurisdictions.{name}")
        if "threshold" in presets[name]:
            _check_threshold(presets[name]["threshold"], f"jurisdictions.{name}")
    tenants_raw = _section(data, "tenants")
    tenants_raw.setdefault(DEFAULT_TENANT, {})
    tenants = {}
    for tenant_id, table in tenants_raw.items():
        where = f"tenants.{tenant_id}"
        table = _check_keys(table, _TENANT_KEYS, where)
        jurisdiction = table.get("jurisdiction")
        merged: dict[str, Any] = {}
        if jurisdiction is not None:
            if jurisdiction not in presets:
                raise PolicyError(f"{where}: jurisdiction {jurisdiction!r} is not defined")
            merged.update(presets[jurisdiction])
        merged.update({k: v for k, v in table.items() if k != "jurisdiction"})
        threshold = _check_threshold(merged.get("threshold", default_threshold), where)
        tenants[tenant_id] = TenantPolicy(tenant_id, threshold, _rules(merged, where), jurisdiction)
    return PolicySet(tenants, presets, source)


def load_policy(path: Path | None, default_threshold: float) -> PolicySet:
    """The policy from a TOML file, or the built-in default (the model's default threshold)."""
    if path is None:
        return build_policy({}, default_threshold, "built-in")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: not valid TOML ({exc})") from None
    return build_policy(data, default_threshold, str(path))


def with_threshold(policies: PolicySet, tenant_id: str, threshold: float) -> PolicySet:
    """A new policy set where one tenant has a new threshold (validated)."""
    current = policies.for_tenant(tenant_id)
    if current is None:
        raise PolicyError(f"tenant {tenant_id!r} has no policy")
    updated = replace(current, threshold=_check_threshold(threshold, f"tenants.{current.tenant_id}"))
    return replace(policies, tenants={**policies.tenants, current.tenant_id: updated})
